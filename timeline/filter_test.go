package timeline_test

import (
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/timeline"
)

func TestSelect(t *testing.T) {
	at := func(v string, actors, places []string) timeline.Entry {
		e := timeline.Entry{Date: v, Actors: actors, Places: places, Summary: v}
		if v != "" {
			iv, err := timeline.ParseValue(v)
			if err != nil {
				t.Fatal(err)
			}
			e.Interval = iv
		}
		return e
	}
	entries := []timeline.Entry{
		at("2017-09", []string{"Putin", "Abe"}, []string{"Vladivostok"}),
		at("2017-11-10", []string{"Vladimir Putin"}, []string{"Danang"}),
		at("2018-05", []string{"Abe"}, []string{"Russia"}),
		at("", []string{"Putin"}, nil),
	}
	d := func(s string) time.Time { tm, _ := time.Parse("2006-01-02", s); return tm }
	for _, tc := range []struct {
		name string
		f    timeline.Filter
		want []string
	}{
		{"none", timeline.Filter{}, []string{"2017-09", "2017-11-10", "2018-05", ""}},
		{"entity by any name", timeline.Filter{Entity: []string{"Vladimir Putin", "Putin"}}, []string{"2017-09", "2017-11-10", ""}},
		{"entity as a place", timeline.Filter{Entity: []string{"Russia"}}, []string{"2018-05"}},
		{"place", timeline.Filter{Place: []string{"Danang"}}, []string{"2017-11-10"}},
		{"from: undated left out", timeline.Filter{From: d("2017-11-01")}, []string{"2017-11-10", "2018-05"}},
		{"to, overlapping", timeline.Filter{To: d("2017-09-15")}, []string{"2017-09"}},
		{"window and entity", timeline.Filter{Entity: []string{"Abe"}, From: d("2018-01-01"), To: d("2019-01-01")}, []string{"2018-05"}},
	} {
		var got []string
		for _, e := range timeline.Select(entries, tc.f) {
			got = append(got, e.Date)
		}
		if len(got) != len(tc.want) {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
				break
			}
		}
	}
}
