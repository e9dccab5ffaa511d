package pipeline

import (
	"errors"
	"fmt"
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
)

func sources(n int, bad map[int]bool) []Source {
	var ss []Source
	for i := 0; i < n; i++ {
		i := i
		name := fmt.Sprintf("doc%03d.txt", i)
		ss = append(ss, Source{Name: name, Read: func() ([]*document.Document, error) {
			if bad[i] {
				return nil, errors.New(name + ": empty file")
			}
			if i == 7 {
				panic("boom")
			}
			return []*document.Document{{ID: name, Text: "The leaders met in the city on Monday."}}, nil
		}})
	}
	return ss
}

func TestRunKeepsInputOrderAndIsolatesFailures(t *testing.T) {
	var got []string
	err := Run(sources(40, map[int]bool{3: true}), 4, func(o Output) error {
		switch {
		case o.Err != nil:
			got = append(got, "ERR "+o.Source)
		default:
			got = append(got, o.Results[0].Doc.ID)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 40 {
		t.Fatalf("got %d outputs, want 40", len(got))
	}
	for i, g := range got {
		want := fmt.Sprintf("doc%03d.txt", i)
		if i == 3 || i == 7 {
			want = "ERR " + want
		}
		if g != want {
			t.Errorf("output %d = %q, want %q", i, g, want)
		}
	}
}

func TestRunStopsWhenEmitFails(t *testing.T) {
	n := 0
	stop := errors.New("stop")
	err := Run(sources(100, nil), 3, func(o Output) error {
		n++
		if n == 5 {
			return stop
		}
		return nil
	})
	if err != stop || n != 5 {
		t.Fatalf("err=%v n=%d, want stop after 5", err, n)
	}
}

func TestCompactKeepsSpans(t *testing.T) {
	r := Process(&document.Document{ID: "x", Text: "Leaders met on Monday. They left."})
	n := len(r.Sentences)
	r.Compact()
	if len(r.Sentences) != n || n != 2 || r.Sentences[1].Start == 0 || r.Sentences[0].Tokens != nil {
		t.Errorf("after Compact: %+v", r.Sentences)
	}
}
