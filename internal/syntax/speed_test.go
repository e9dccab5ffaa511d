package syntax

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestSpeedDev(t *testing.T) {
	dir := os.Getenv("SYNTAX_MODEL")
	if dir == "" {
		t.Skip("SYNTAX_MODEL unset")
	}
	m, err := LoadDir(func(n string) ([]byte, error) { return os.ReadFile(filepath.Join(dir, n)) })
	if err != nil {
		t.Fatal(err)
	}
	f, _ := os.Open("../../../shared/data/ud-ewt/en_ewt-ud-dev.conllu")
	sents, _ := ReadCoNLLU(f)
	var all [][]Word
	n, bytes := 0, 0
	for _, s := range sents {
		ws := make([]Word, len(s.Words))
		for i, w := range s.Words {
			ws[i].Form = w.Form
			bytes += len(w.Form) + 1
		}
		n += len(ws)
		all = append(all, ws)
	}
	start := time.Now()
	for _, ws := range all {
		m.Annotate(ws)
	}
	d := time.Since(start)
	t.Logf("%d words in %v: %.0f words/s, %.2f MB/s", n, d, float64(n)/d.Seconds(), float64(bytes)/1e6/d.Seconds())
}
