package entity

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/internal/document"
)

// seedDoc loads the reference article from ../shared or skips. With real
// set it goes through the document reader (chrome removal, DCT); otherwise
// the body is approximated here, so golden files do not move with the
// reader.
func seedDoc(t testing.TB, real bool) *document.Document {
	t.Helper()
	p := filepath.Join("..", "..", "..", "shared", "corpus", "seed", "japan-russia-2017-11-10.txt")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Skip("../shared not present: ", err)
	}
	if real {
		docs, err := document.ReadFile(p, document.Options{})
		if err != nil || len(docs) != 1 {
			t.Fatalf("reading the seed: %v (%d documents)", err, len(docs))
		}
		return docs[0]
	}
	doc := &document.Document{ID: "seed", Text: string(b), DCT: time.Date(2017, 11, 10, 0, 0, 0, 0, time.UTC)}
	doc.Body = ArticleBody(doc.Text)
	return doc
}

// ArticleBody approximates the reader's chrome removal for tests: the
// paragraphs of at least eight words.
func ArticleBody(s string) []document.Span {
	var out []document.Span
	off := 0
	for _, line := range strings.SplitAfter(s, "\n") {
		trim := strings.TrimSpace(line)
		if len(strings.Fields(trim)) >= 8 && !strings.HasPrefix(trim, "•") {
			st := off + strings.Index(line, trim)
			out = append(out, document.Span{Start: st, End: st + len(trim)})
		}
		off += len(line)
	}
	return out
}
