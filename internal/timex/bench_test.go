package timex_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/text"
	_ "github.com/chronicle-news/chronicle/internal/timeml" // reads the .tml files
	"github.com/chronicle-news/chronicle/internal/timex"
)

// BenchmarkTagCorpus runs Tag over the TempEval-3 corpus (TBAQ-cleaned,
// what `chronicle bench --stage timex` measures), read and segmented once.
func BenchmarkTagCorpus(b *testing.B) {
	root := filepath.Join("..", "..", "..", "shared", "data", "tempeval3", "TBAQ-cleaned")
	if _, err := os.Stat(root); err != nil {
		b.Skip("../shared not present: ", err)
	}
	var docs []*document.Document
	var sents [][]text.Sentence
	size := 0
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".tml") {
			return err
		}
		ds, err := document.ReadFile(path, document.Options{})
		if err != nil {
			return err
		}
		for _, doc := range ds {
			docs = append(docs, doc)
			sents = append(sents, text.Segment(doc))
			size += len(doc.Text)
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, d := range docs {
			timex.Tag(d, sents[k])
		}
	}
}
