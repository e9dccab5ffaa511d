package syntax

import (
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/text"
)

// BenchmarkTBAQ parses the sentences of the TBAQ TimeBank and AQUAINT
// articles (markup stripped) once an op, so that the tables' cache misses
// count as in the pipeline. Besides the wall time it reports the thread's
// CPU time an op (cpu-ms/op), which other programs on a shared machine
// disturb less: compare builds by running their test binaries in turn
// (go test -c) with -test.benchtime 1x -test.cpu 1.
func BenchmarkTBAQ(b *testing.B) {
	var files []string
	for _, d := range []string{"TimeBank", "AQUAINT"} {
		fs, _ := filepath.Glob(filepath.Join("../../../shared/data/tempeval3/TBAQ-cleaned", d, "*.tml"))
		files = append(files, fs...)
	}
	if len(files) == 0 {
		b.Skip("TBAQ not found (../shared/data/tempeval3/TBAQ-cleaned)")
	}
	markup := regexp.MustCompile(`<[^>]*>`)
	var sents []text.Sentence
	size := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		doc := &document.Document{Text: markup.ReplaceAllString(string(raw), "")}
		size += len(doc.Text)
		sents = append(sents, text.Segment(doc)...)
	}
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	m.ParseSentences(sents) // the worker's caches filled, as in a long run
	b.SetBytes(int64(size))
	var ru0, ru1 syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_THREAD, &ru0)
	for b.Loop() {
		m.ParseSentences(sents)
	}
	syscall.Getrusage(syscall.RUSAGE_THREAD, &ru1)
	cpu := time.Duration(ru1.Utime.Nano() + ru1.Stime.Nano() - ru0.Utime.Nano() - ru0.Stime.Nano())
	b.ReportMetric(float64(cpu.Microseconds())/1e3/float64(b.N), "cpu-ms/op")
}
