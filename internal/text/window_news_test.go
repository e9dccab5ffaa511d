package text_test

import (
	"path/filepath"
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/timeml"
)

// No sentence of ordinary news reaches the bound, so windowing changes
// nothing there.
func TestNewsSentencesUnderBound(t *testing.T) {
	dir := "../../../shared/data/tempeval3/TBAQ-cleaned"
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.tml"))
	if len(files) == 0 {
		t.Skip("TBAQ-cleaned not found in ../shared: skipped")
	}
	longest := 0
	for _, f := range files {
		docs, err := document.Read(f, document.Options{TimeML: timeml.ParseDocument})
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			for _, s := range text.Segment(d) {
				longest = max(longest, len(s.Tokens))
			}
		}
	}
	t.Logf("longest sentence: %d tokens", longest)
	if longest >= text.MaxSentenceTokens {
		t.Errorf("a TBAQ sentence has %d tokens, at the bound %d", longest, text.MaxSentenceTokens)
	}
}
