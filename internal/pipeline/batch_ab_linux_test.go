package pipeline

import (
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/internal/cputime"
	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/timeml"
)

// TestBatchAB processes the TBAQ articles one at a time (Process) and in
// batches (ProcessBatch, BatchLen), in turn, a few dozen documents at a
// time on one locked thread, and reports the thread CPU time per MB of
// each (CHRONICLE_AB=1): both see the same load from other programs.
func TestBatchAB(t *testing.T) {
	if os.Getenv("CHRONICLE_AB") == "" {
		t.Skip("CHRONICLE_AB not set")
	}
	var docs []*document.Document
	for _, d := range []string{"TimeBank", "AQUAINT"} {
		fs, _ := filepath.Glob(filepath.Join("../../../shared/data/tempeval3/TBAQ-cleaned", d, "*.tml"))
		for _, f := range fs {
			ds, err := document.ReadFile(f, document.Options{TimeML: timeml.ParseDocument})
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, ds...)
		}
	}
	if len(docs) == 0 {
		t.Skip("TBAQ not found")
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)
	for _, d := range docs {
		Process(d)
	}
	one := func(part []*document.Document) {
		for _, d := range part {
			Process(d)
		}
	}
	batched := func(part []*document.Document) {
		for i := 0; i < len(part); {
			n := BatchLen(part[i:])
			ProcessBatch(part[i:i+n], false)
			i += n
		}
	}
	const step = 64
	var ta, tb time.Duration
	var ratios []float64
	size := 0
	for round := 0; round < 6; round++ {
		for k := 0; k < len(docs); k += step {
			part := docs[k:min(k+step, len(docs))]
			for _, d := range part {
				size += len(d.Text)
			}
			run := func(f func([]*document.Document)) time.Duration {
				c0 := cputime.Thread()
				f(part)
				return cputime.Thread() - c0
			}
			var a, b time.Duration
			if (round+k/step)%2 == 0 {
				a, b = run(one), run(batched)
			} else {
				b, a = run(batched), run(one)
			}
			ta, tb = ta+a, tb+b
			ratios = append(ratios, float64(b)/float64(a))
		}
	}
	slices.Sort(ratios)
	mb := float64(size) / 1e6
	t.Logf("one at a time %.0f CPU ms per MB, batched %.0f, ratio %.3f; per part median %.3f (quartiles %.3f-%.3f)",
		float64(ta.Milliseconds())/mb, float64(tb.Milliseconds())/mb, float64(tb)/float64(ta),
		ratios[len(ratios)/2], ratios[len(ratios)/4], ratios[3*len(ratios)/4])
}
