package text

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
)

var tags = regexp.MustCompile(`<[^>]*>`)

// benchText is the TimeBank text when ../shared is present, else a text we
// write (repeated) so the benchmark always runs.
func benchText(b *testing.B) string {
	files, _ := filepath.Glob("../../../shared/data/tempeval3/TBAQ-cleaned/TimeBank/*.tml")
	var sb strings.Builder
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err == nil {
			sb.WriteString(tags.ReplaceAllString(string(raw), ""))
		}
	}
	if sb.Len() == 0 {
		for i := 0; i < 2000; i++ {
			sb.WriteString("The U.S. envoy met Mr. Lee in Geneva on Monday, Nov. 6, and said talks would resume in May. “It is done,” he said.\n\n")
		}
	}
	return sb.String()
}

func BenchmarkSegment(b *testing.B) {
	d := &document.Document{Text: benchText(b)}
	b.SetBytes(int64(len(d.Text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Segment(d)
	}
}
