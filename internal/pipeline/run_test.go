package pipeline

import (
	"errors"
	"fmt"
	"runtime"
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

// TestRunMemoryIsFlat streams many documents through Run and checks that the
// live heap after the last one is not larger than after the first batch:
// nothing may accumulate per document (caches keyed by document, results
// kept past emit).
func TestRunMemoryIsFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 1,200 documents")
	}
	text := "Prime Minister Shinzo Abe met President Vladimir Putin in Danang, Vietnam, on Friday night. " +
		"The two leaders agreed to start joint projects on the islands next spring, officials said. " +
		"Abe plans to visit Russia in May, after talks in Vladivostok in September.\n"
	const batch = 300
	ss := make([]Source, 4*batch)
	for i := range ss {
		name := fmt.Sprintf("doc%04d.txt", i)
		// Each document different, so no cache can serve a repeat.
		body := fmt.Sprintf("Report %d.\n%s", i, text)
		ss[i] = Source{Name: name, Read: func() ([]*document.Document, error) {
			d := &document.Document{ID: name, Text: body}
			return []*document.Document{d}, nil
		}}
	}
	live := func() uint64 {
		var m runtime.MemStats
		runtime.GC()
		runtime.GC()
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	var after []uint64
	n := 0
	err := Run(ss, 2, func(o Output) error {
		if o.Err != nil {
			return o.Err
		}
		n++
		if n%batch == 0 {
			after = append(after, live())
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// Models load on the first document, so compare with the first batch.
	first, last := after[0], after[len(after)-1]
	t.Logf("live heap after each %d documents: %v", batch, after)
	if last > first+first/4+1<<20 {
		t.Errorf("live heap grew from %d to %d bytes over %d documents", first, last, n)
	}
}
