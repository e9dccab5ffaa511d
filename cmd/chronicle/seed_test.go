package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// The reference article lives outside the project (../shared, a
// newspaper's text); these acceptance checks skip without it.
const seed = "../../../shared/corpus/seed/japan-russia-2017-11-10.txt"

func seedOrSkip(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(seed); err != nil {
		t.Skip("../shared not present: the seed acceptance test needs ../shared/corpus/seed")
	}
}

type tlEntry struct {
	Date, Start, End, Modality, Class, Summary string
	Actors, Places                             []string
}

func seedTimeline(t *testing.T) []tlEntry {
	out, errOut, code := chronicle(t, "", "timeline", "--format", "json", seed)
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var tl struct{ Timeline []tlEntry }
	if err := json.Unmarshal([]byte(out), &tl); err != nil {
		t.Fatal(err)
	}
	return tl.Timeline
}

// The seven events of expected.md, in chronological order, with their
// dates, actors, places and status.
func TestSeedTimeline(t *testing.T) {
	seedOrSkip(t)
	tl := seedTimeline(t)
	type want struct {
		dates    []string // any of these values
		modality string
		actors   []string
		place    string
	}
	wants := []want{
		{[]string{"1945"}, "actual", []string{"Soviet Union"}, "Etorofu"},
		{[]string{"2017-09"}, "actual", []string{"Shinzo Abe", "Vladimir Putin"}, "Vladivostok"},
		{[]string{"2017-11-06"}, "actual", []string{"Shinzo Abe", "Donald Trump"}, "Tokyo"},
		{[]string{"2017-11-10TNI"}, "actual", []string{"Shinzo Abe", "Vladimir Putin"}, "Danang"},
		{[]string{"2017-11-11", "2017-11-04"}, "actual", []string{"Vladimir Putin"}, ""},
		{[]string{"2018-SP"}, "planned", nil, ""},
		{[]string{"2018-05"}, "planned", []string{"Shinzo Abe"}, "Russia"},
	}
	last := -1
	for _, w := range wants {
		found := -1
		for i, e := range tl {
			if !has(w.dates, e.Date) || e.Modality != w.modality || (w.place != "" && !has(e.Places, w.place)) {
				continue
			}
			ok := true
			for _, a := range w.actors {
				ok = ok && has(e.Actors, a)
			}
			if ok {
				found = i
				break
			}
		}
		if found < 0 {
			t.Errorf("no %v %s event with %v at %q", w.dates, w.modality, w.actors, w.place)
			continue
		}
		if len(w.dates) > 1 {
			continue // two acceptable readings: its place in the order depends on which
		}
		if found < last {
			t.Errorf("%v comes before the event expected ahead of it", w.dates)
		}
		last = found
	}
	if t.Failed() {
		for _, e := range tl {
			t.Logf("%s %s %q %v @ %v", e.Date, e.Modality, e.Summary, e.Actors, e.Places)
		}
	}
}

// The 13 temporal expressions of expected.md, and none of its non-dates.
func TestSeedTimexes(t *testing.T) {
	seedOrSkip(t)
	out, errOut, code := chronicle(t, "", "extract", seed)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var x struct {
		Timexes []struct{ Text, Type, Value string }
	}
	if err := json.Unmarshal([]byte(out), &x); err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, tx := range x.Timexes {
		got[tx.Text+"|"+tx.Type+"|"+tx.Value] = true
		if strings.Contains(tx.Text, "20th") || strings.Contains(tx.Text, "two of the five") {
			t.Errorf("%q is not a date", tx.Text)
		}
	}
	for _, w := range []string{
		"November 10, 2017|DATE|2017-11-10",
		"Friday night|TIME|2017-11-10TNI",
		"Monday|DATE|2017-11-06",
		"nearly two months|DURATION|P2M",
		"1945|DATE|1945",
		"September|DATE|2017-09",
		"next spring|DATE|2018-SP",
		"May|DATE|2018-05",
		"one year|DURATION|P1Y",
		"an hour|DURATION|PT1H",
		"15-minute|DURATION|PT15M",
	} {
		if !got[w] {
			t.Errorf("missing %s", w)
		}
	}
	if !got["Saturday|DATE|2017-11-11"] && !got["Saturday|DATE|2017-11-04"] {
		t.Error("Saturday not resolved to 2017-11-11 or 2017-11-04")
	}
	if !got["World War II|DATE|1939"] && !got["WWII|DATE|1939"] {
		t.Error("World War II not tagged as the era starting 1939")
	}
	if t.Failed() {
		t.Logf("got %v", got)
	}
}

// The names of expected.md with their types, through the whole CLI
// (reader, page-chrome removal, entity stage): the publisher comes from
// the byline "• , The Japan Times", which is page chrome, not article
// text. Nationality adjectives, "WWII" and page chrome are no entities.
func TestSeedEntities(t *testing.T) {
	seedOrSkip(t)
	out, errOut, code := chronicle(t, "", "extract", seed)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var x struct {
		Entities []struct {
			Type, Name string
			Aliases    []string
			Mentions   []struct{ Text string }
		}
	}
	if err := json.Unmarshal([]byte(out), &x); err != nil {
		t.Fatal(err)
	}
	typeOf := map[string]string{} // every name, alias and mention text -> type
	for _, e := range x.Entities {
		typeOf[e.Name] = e.Type
		for _, a := range e.Aliases {
			typeOf[a] = e.Type
		}
		for _, m := range e.Mentions {
			typeOf[m.Text] = e.Type
		}
	}
	const per, org, loc = "PERSON", "ORGANIZATION", "LOCATION"
	want := []struct{ name, typ string }{
		{"Vladimir Putin", per}, {"Shinzo Abe", per}, {"Donald Trump", per}, {"Kotaro Nogami", per},
		{"Japan", loc}, {"Russia", loc}, {"Vietnam", loc}, {"Danang", loc}, {"Vladivostok", loc}, {"Tokyo", loc},
		{"Hokkaido", loc}, {"Etorofu", loc}, {"Kunashiri", loc}, {"Shikotan", loc}, {"Habomai", loc},
		{"Korean Peninsula", loc}, {"North Korea", loc}, {"Pyongyang", loc}, {"China", loc}, {"United States", loc},
		{"Washington", loc}, {"Moscow", loc}, {"Pacific", loc}, {"Far East", loc},
		{"APEC", org}, {"U.N. Security Council", org}, {"Soviet Union", org}, {"The Japan Times", org},
	}
	for _, w := range want {
		switch got, ok := typeOf[w.name]; {
		case !ok:
			t.Errorf("%s not found", w.name)
		case got != w.typ:
			t.Errorf("%s is %s, want %s", w.name, got, w.typ)
		}
	}
	for _, n := range []string{"Japanese", "Russian", "Vietnamese", "WWII", "PRINT", "Europe & Eurasia"} {
		for _, e := range x.Entities {
			if e.Name == n || has(e.Aliases, n) {
				t.Errorf("%q is an entity (%s)", n, e.Type)
			}
			for _, m := range e.Mentions {
				if m.Text == n && n != "Japanese" && n != "Russian" && n != "Vietnamese" {
					t.Errorf("%q is a mention of %s", n, e.Name)
				}
			}
		}
	}
}
