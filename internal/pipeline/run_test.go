package pipeline

import (
	"errors"
	"fmt"
	"runtime"
	"sync/atomic"
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
		case o.Done:
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

// A source of many documents streams: each document is emitted as soon as
// it is processed, and the reader never runs more than the window ahead of
// the emitter, so a million records are never all held.
func TestRunStreamsDocumentsOfOneSource(t *testing.T) {
	const n = 500
	// The reader and the emitter run on different goroutines.
	var read, emitted atomic.Int64
	maxAhead := int64(0)
	src := Source{Name: "many.jsonl", Each: func(yield func(*document.Document) error) error {
		for i := 0; i < n; i++ {
			r := read.Add(1)
			if a := r - emitted.Load(); a > maxAhead {
				maxAhead = a
			}
			if err := yield(&document.Document{ID: fmt.Sprintf("many.jsonl#%d", i+1), Text: "Hi"}); err != nil {
				return err
			}
		}
		return nil
	}}
	var ids []string
	dones := 0
	err := RunWith([]Source{src}, Options{Workers: 2}, func(o Output) error {
		if o.Done {
			dones++
			return nil
		}
		emitted.Add(1)
		ids = append(ids, o.Results[0].Doc.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != n || dones != 1 {
		t.Fatalf("emitted %d documents and %d Done, want %d and 1", len(ids), dones, n)
	}
	for i, id := range ids {
		if want := fmt.Sprintf("many.jsonl#%d", i+1); id != want {
			t.Fatalf("document %d = %s, want %s", i, id, want)
		}
	}
	// 2×workers×BatchDocs in the order queue, one being handed to a
	// worker, one being read (read and emitted are only compared loosely).
	if maxAhead > 2*2*BatchDocs+4 {
		t.Errorf("the reader ran %d documents ahead of the emitter, want at most about 2×workers×BatchDocs", maxAhead)
	}
}

// The memory budget admits documents by their estimated working memory:
// with a budget of two small documents, never more than two are in flight;
// a document larger than the budget still runs (alone).
func TestBudgetBoundsDocumentsInFlight(t *testing.T) {
	small := WorkingMemory(&document.Document{Text: "Hi"})
	b := newBudget(2 * small)
	stop := make(chan struct{})
	if !b.acquire(small, stop) || !b.acquire(small, stop) {
		t.Fatal("two small documents should fit")
	}
	got := make(chan bool)
	go func() { got <- b.acquire(small, stop) }()
	select {
	case <-got:
		t.Fatal("a third document was admitted over the budget")
	default:
	}
	b.release(small)
	if !<-got {
		t.Fatal("the third document was not admitted after a release")
	}
	b.release(small)
	b.release(small)
	if !b.acquire(100*small, stop) {
		t.Fatal("a document larger than the budget should run alone")
	}
	go func() { got <- b.acquire(small, stop) }()
	close(stop)
	if <-got {
		t.Fatal("acquire should give up when stopped")
	}
}

func TestRunWithBudgetKeepsOrder(t *testing.T) {
	var got []string
	err := RunWith(sources(30, map[int]bool{4: true}), Options{Workers: 3, MaxMemory: 1}, func(o Output) error {
		if !o.Done && o.Err == nil {
			got = append(got, o.Results[0].Doc.ID)
		}
		return nil
	})
	if err != nil || len(got) != 28 {
		t.Fatalf("err=%v, %d results, want 28", err, len(got))
	}
	for k := 1; k < len(got); k++ {
		if got[k] <= got[k-1] {
			t.Fatalf("out of order: %v", got)
		}
	}
}
