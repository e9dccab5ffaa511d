package pipeline

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
)

// batchDocs reads the articles of this package's and the repository's
// testdata, in a fixed order.
func batchDocs(t *testing.T) []*document.Document {
	t.Helper()
	var docs []*document.Document
	for _, dir := range []string{"testdata/articles", "../../testdata/articles"} {
		paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range paths {
			ds, err := document.ReadFile(p, document.Options{})
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, ds...)
		}
	}
	if len(docs) < 40 {
		t.Fatalf("read %d documents, want the testdata articles", len(docs))
	}
	return docs
}

func resultsJSON(t *testing.T, rs []*Result) []byte {
	t.Helper()
	b, err := json.Marshal(rs)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Processed in batches (stage by stage over several documents), the
// documents get the same results as processed one at a time: every field,
// tokens and trees included. A document over SectionBytes in the middle of
// a batch is processed in sections, as Process does.
func TestBatchSameAsOneAtATime(t *testing.T) {
	docs := batchDocs(t)
	if !testing.Short() {
		// A long document, processed in sections, inside a batch.
		var b strings.Builder
		for b.Len() <= SectionBytes {
			for _, d := range docs[:10] {
				b.WriteString(strings.TrimSpace(d.Text))
				b.WriteString("\n\n")
			}
		}
		long := &document.Document{ID: "long.txt", Text: b.String(), DCT: docs[0].DCT}
		docs = append(docs[:5:5], append([]*document.Document{long}, docs[5:]...)...)
	}
	for _, keep := range []bool{false, true} {
		one := make([]*Result, len(docs))
		for i, d := range docs {
			if keep {
				one[i] = ProcessAll(d)
			} else {
				one[i] = Process(d)
			}
		}
		var batched []*Result
		for i := 0; i < len(docs); {
			n := BatchLen(docs[i:])
			if n < 1 {
				t.Fatalf("BatchLen = %d", n)
			}
			batched = append(batched, ProcessBatch(docs[i:i+n], keep)...)
			i += n
		}
		// All of them in one batch too.
		all := ProcessBatch(docs, keep)
		want := resultsJSON(t, one)
		if got := resultsJSON(t, batched); !bytes.Equal(got, want) {
			t.Errorf("keep=%v: batches of BatchLen differ from one at a time", keep)
		}
		if got := resultsJSON(t, all); !bytes.Equal(got, want) {
			t.Errorf("keep=%v: one batch of %d differs from one at a time", keep, len(docs))
		}
	}
}

func TestBatchLen(t *testing.T) {
	doc := func(n int) *document.Document { return &document.Document{Text: strings.Repeat("a", n)} }
	var many []*document.Document
	for i := 0; i < BatchDocs+10; i++ {
		many = append(many, doc(100))
	}
	for _, tc := range []struct {
		name string
		docs []*document.Document
		want int
	}{
		{"none", nil, 0},
		{"one", many[:1], 1},
		{"at most BatchDocs", many, BatchDocs},
		{"a big one ends it", []*document.Document{doc(10), doc(BatchBytes), doc(10)}, 2},
		{"a big one first is alone", []*document.Document{doc(SectionBytes + 1), doc(10)}, 1},
	} {
		if got := BatchLen(tc.docs); got != tc.want {
			t.Errorf("%s: BatchLen = %d, want %d", tc.name, got, tc.want)
		}
	}
}

// A document that makes a stage panic gets an error naming it; the other
// documents of its batch still get their results, the same as alone.
func TestBatchIsolatesPanics(t *testing.T) {
	docs := batchDocs(t)[:4]
	// A body span past the end of the text: segmentation panics.
	bad := &document.Document{ID: "bad.txt", Text: "Leaders met on Monday.", Body: []document.Span{{Start: 0, End: 1000}}}
	batch := []*document.Document{docs[0], docs[1], bad, docs[2], docs[3]}
	names := []string{"a.txt", "b.txt", "bad.txt", "c.txt", "d.txt"}
	outs := processBatch(names, batch, false)
	if len(outs) != len(batch) {
		t.Fatalf("%d outputs for %d documents", len(outs), len(batch))
	}
	for i, o := range outs {
		if o.Source != names[i] {
			t.Errorf("output %d is of %s, want %s", i, o.Source, names[i])
		}
		if i == 2 {
			if o.Err == nil || !strings.Contains(o.Err.Error(), "bad.txt") || o.Results != nil {
				t.Errorf("the bad document: err %v, %d results; want an error naming it", o.Err, len(o.Results))
			}
			continue
		}
		if o.Err != nil || len(o.Results) != 1 {
			t.Fatalf("document %s: err %v, %d results", names[i], o.Err, len(o.Results))
		}
		if got, want := resultsJSON(t, o.Results), resultsJSON(t, []*Result{Process(batch[i])}); !bytes.Equal(got, want) {
			t.Errorf("document %s differs from processed alone", names[i])
		}
	}
}

// Through RunWith, whatever batches the workers make: the same results in
// input order, and a bad document's error among them.
func TestRunBatchesKeepOrderAndResults(t *testing.T) {
	docs := batchDocs(t)
	bad := &document.Document{ID: "bad.txt", Text: "Leaders met on Monday.", Body: []document.Span{{Start: 0, End: 1000}}}
	docs = append(docs[:7:7], append([]*document.Document{bad}, docs[7:]...)...)
	src := Source{Name: "all", Each: func(yield func(*document.Document) error) error {
		for _, d := range docs {
			if err := yield(d); err != nil {
				return err
			}
		}
		return nil
	}}
	var got []*Result
	var errs []int
	i := 0
	err := RunWith([]Source{src}, Options{Workers: 2}, func(o Output) error {
		if o.Done {
			return nil
		}
		if o.Err != nil {
			errs = append(errs, i)
		} else {
			got = append(got, o.Results...)
		}
		i++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(errs) != 1 || errs[0] != 7 {
		t.Fatalf("errors at %v, want at 7 only", errs)
	}
	var want []*Result
	for _, d := range docs {
		if d != bad {
			want = append(want, Process(d))
		}
	}
	if !bytes.Equal(resultsJSON(t, got), resultsJSON(t, want)) {
		t.Error("RunWith's results differ from Process's")
	}
}
