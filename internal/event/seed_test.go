package event

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/entity"
	"github.com/chronicle-news/chronicle/internal/seedtest"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/timex"
)

// seedDoc loads the reference article or skips (see seedtest.Doc).
func seedDoc(t testing.TB, real bool) *document.Document { return seedtest.Doc(t, real) }

// fakeTimexes stands in for the timex stage: it tags the given phrases
// with the given values wherever they occur.
func fakeTimexes(doc *document.Document, sents []text.Sentence, phrases [][3]string) []timex.Timex {
	var out []timex.Timex
	for _, p := range phrases {
		off := 0
		for {
			i := strings.Index(doc.Text[off:], p[0])
			if i < 0 {
				break
			}
			sp := document.Span{Start: off + i, End: off + i + len(p[0])}
			off = sp.End
			si := -1
			for k, s := range sents {
				if s.Span.Contains(sp) {
					si = k
				}
			}
			if si < 0 {
				continue
			}
			overlaps := false // "Friday" inside an earlier phrase's "Friday night"
			for _, o := range out {
				if o.Span.Overlaps(sp) {
					overlaps = true
				}
			}
			if overlaps {
				continue
			}
			out = append(out, timex.Timex{Span: sp, Text: p[0], Type: p[1], Value: p[2], Sentence: si})
		}
	}
	sortTimexes(out)
	return out
}

func sortTimexes(tx []timex.Timex) {
	for i := 1; i < len(tx); i++ {
		for j := i; j > 0 && tx[j].Start < tx[j-1].Start; j-- {
			tx[j], tx[j-1] = tx[j-1], tx[j]
		}
	}
	for i := range tx {
		tx[i].ID = "t" + string(rune('0'+i/10)) + string(rune('0'+i%10))
	}
}

var seedPhrases = [][3]string{
	{"Saturday", timex.Date, "2017-11-11"}, {"World War II", timex.Date, "1939/1945"}, {"Friday night", timex.Time, "2017-11-10TNI"},
	{"Monday", timex.Date, "2017-11-06"}, {"nearly two months", timex.Duration, "P2M"}, {"WWII", timex.Date, "1939/1945"},
	{"1945", timex.Date, "1945"}, {"September", timex.Date, "2017-09"}, {"next spring", timex.Date, "2018-SP"},
	{"May", timex.Date, "2018-05"}, {"an hour", timex.Duration, "PT1H"}, {"15-minute", timex.Duration, "PT15M"}, {"one year", timex.Duration, "P1Y"},
	{"Friday", timex.Date, "2017-11-10"},
}

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestSeedGolden compares the seed's events (with stand-in timexes, so the
// file changes only when this package does) with testdata/seed.golden:
// one line per event with kind, class, modality, time, participants,
// places and summary; no article text.
func TestSeedGolden(t *testing.T) {
	doc := seedDoc(t, false)
	sents := text.Segment(doc)
	tx := fakeTimexes(doc, sents, seedPhrases)
	ents := entity.Recognize(doc, sents, tx)
	names := map[string]string{}
	var b strings.Builder
	for _, e := range ents {
		names[e.ID] = e.Name
		fmt.Fprintf(&b, "entity %s %s/%s %q aliases=%q partOf=%s\n", e.ID, e.Type, e.Subtype, e.Name, e.Aliases, e.PartOf)
	}
	for _, e := range Extract(doc, sents, tx, ents) {
		var ps, pl []string
		for _, p := range e.Participants {
			ps = append(ps, names[p.Entity]+":"+p.Role)
		}
		for _, p := range e.Places {
			pl = append(pl, names[p])
		}
		fmt.Fprintf(&b, "event %s s%d %s/%s %s time=%s%s parts=%q places=%q corefs=%d host=%s | %s\n", e.ID, e.Sentence, e.Class, e.Kind, e.Modality, e.TimeRelation, e.Value, ps, pl, len(e.Corefs), e.Host, e.Summary)
	}
	golden := filepath.Join("testdata", "seed.golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if string(want) != b.String() {
		t.Errorf("seed output differs from %s (run go test -run SeedGolden -update and review the diff):\n%s", golden, b.String())
	}
}
