// Package seedtest loads the reference article for the stages' tests. The
// article is a newspaper's text kept outside the project, in
// ../shared/corpus/seed; tests that use it skip when it is absent.
package seedtest

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/internal/document"
)

// Path is where the reference article lives, from the repository root's
// parent.
func Path() string {
	_, file, _, _ := runtime.Caller(0)
	root := filepath.Join(filepath.Dir(file), "..", "..")
	return filepath.Join(root, "..", "shared", "corpus", "seed", "japan-russia-2017-11-10.txt")
}

// Doc loads the reference article or skips the test. With real set it goes
// through the document reader (chrome removal, DCT); otherwise its body is
// approximated by ArticleBody and the DCT set to 2017-11-10, so that golden
// files of later stages do not move with the reader.
func Doc(t testing.TB, real bool) *document.Document {
	t.Helper()
	p := Path()
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

// ArticleBody approximates the reader's chrome removal: the paragraphs of
// at least eight words that are not bullets.
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

// TBAQ reads the TempEval-3 corpus (TBAQ-cleaned: TimeBank and AQUAINT,
// what `chronicle bench` measures) for the stages' corpus benchmarks, or
// skips. It returns the documents and their total text size. The caller
// passes the TimeML parser (timeml.ParseDocument): this package cannot
// import internal/timeml, which depends on stages that use it.
func TBAQ(tb testing.TB, parse document.TimeMLParser) (docs []*document.Document, size int) {
	tb.Helper()
	_, file, _, _ := runtime.Caller(0)
	root := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared", "data", "tempeval3", "TBAQ-cleaned")
	if _, err := os.Stat(root); err != nil {
		tb.Skip("../shared not present: ", err)
	}
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".tml") {
			return err
		}
		ds, err := document.ReadFile(path, document.Options{TimeML: parse})
		if err != nil {
			return err
		}
		for _, doc := range ds {
			docs = append(docs, doc)
			size += len(doc.Text)
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return docs, size
}
