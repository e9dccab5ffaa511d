package syntax

import (
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/internal/cputime"
	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/text"
)

// TestHugePagesAB parses slices of the TBAQ sentences with the model on
// huge pages and with the same model on the Go heap, in turn, and reports
// the thread CPU time of each (CHRONICLE_AB=1).
func TestHugePagesAB(t *testing.T) {
	if os.Getenv("CHRONICLE_AB") == "" {
		t.Skip("CHRONICLE_AB not set")
	}
	var files []string
	for _, d := range []string{"TimeBank", "AQUAINT"} {
		fs, _ := filepath.Glob(filepath.Join("../../../shared/data/tempeval3/TBAQ-cleaned", d, "*.tml"))
		files = append(files, fs...)
	}
	markup := regexp.MustCompile(`<[^>]*>`)
	var docs [][]text.Sentence
	for _, f := range files {
		raw, _ := os.ReadFile(f)
		docs = append(docs, text.Segment(&document.Document{Text: markup.ReplaceAllString(string(raw), "")}))
	}
	read := func(name string) ([]byte, error) { return modelFS.ReadFile("model/" + name) }
	mh, err := loadModel(read, true)
	if err != nil {
		t.Fatal(err)
	}
	mn, err := loadModel(read, false)
	if err != nil {
		t.Fatal(err)
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	for _, d := range docs {
		mh.ParseSentences(d)
		mn.ParseSentences(d)
	}
	var th, tn time.Duration
	var ratios []float64
	for round := 0; round < 16; round++ {
		for k := 0; k < len(docs); k += 32 {
			part := docs[k:min(k+32, len(docs))]
			run := func(m *Model) time.Duration {
				c0 := cputime.Thread()
				for _, d := range part {
					m.ParseSentences(d)
				}
				return cputime.Thread() - c0
			}
			var a, b time.Duration
			if (round+k/32)%2 == 0 {
				a, b = run(mh), run(mn)
			} else {
				b, a = run(mn), run(mh)
			}
			th, tn = th+a, tn+b
			ratios = append(ratios, float64(a)/float64(b))
		}
	}
	slices.Sort(ratios)
	t.Logf("huge %v, heap %v, ratio %.3f; slice ratios median %.3f (quartiles %.3f-%.3f)", th, tn, float64(th)/float64(tn),
		ratios[len(ratios)/2], ratios[len(ratios)/4], ratios[3*len(ratios)/4])
}
