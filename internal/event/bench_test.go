package event

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/entity"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/timex"
	"regexp"
)

// BenchmarkTBAQExtract times Extract over the TimeBank texts (markup
// stripped; timexes and entities from their stages, not timed): the
// lexicon's briefing events only, the full stage with the detector, and
// the detector alone.
func BenchmarkTBAQExtract(b *testing.B) {
	dir := filepath.Join("..", "..", "..", "shared", "data", "tempeval3", "TBAQ-cleaned", "TimeBank")
	ents, err := os.ReadDir(dir)
	if err != nil {
		b.Skip("../shared not present: ", err)
	}
	tag := regexp.MustCompile(`<[^>]*>`)
	type in struct {
		d  *document.Document
		s  []text.Sentence
		tx []timex.Timex
		en []entity.Entity
	}
	var ins []in
	n := 0
	for _, e := range ents {
		raw, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			b.Fatal(err)
		}
		d := &document.Document{ID: e.Name(), Text: tag.ReplaceAllString(string(raw), "")}
		s := text.Segment(d)
		tx := timex.Tag(d, s)
		en := entity.Recognize(d, s, tx)
		ins = append(ins, in{d, s, tx, en})
		n += len(d.Text)
	}
	for _, mode := range []string{"lexicon", "full", "detect"} {
		b.Run(mode, func(b *testing.B) {
			b.SetBytes(int64(n))
			det := detector()
			for i := 0; i < b.N; i++ {
				for _, x := range ins {
					switch mode {
					case "lexicon":
						extractWith(nil, x.d, x.s, x.tx, x.en)
					case "full":
						extractWith(det, x.d, x.s, x.tx, x.en)
					case "detect":
						det.Detect(x.d, x.s)
					}
				}
			}
		})
	}
}
