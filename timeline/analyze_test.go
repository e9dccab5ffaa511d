package timeline_test

import (
	"context"
	"errors"
	"testing"

	"github.com/chronicle-news/chronicle/timeline"
)

// Analyze reads TimeML too (its DCT dates the text), and refuses a text
// of several documents.
func TestAnalyzeFormats(t *testing.T) {
	tml := `<?xml version="1.0" ?><TimeML><DOCID>x</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2017-11-10" functionInDocument="CREATION_TIME">2017-11-10</TIMEX3></DCT>
<TEXT>Shinzo Abe met Vladimir Putin on Friday in Danang.</TEXT></TimeML>`
	a, err := timeline.Analyze(context.Background(), tml, timeline.Options{Name: "x.tml", Format: "timeml"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Document.DCT.Format("2006-01-02") != "2017-11-10" || len(a.Entries) == 0 || a.Entries[0].Date != "2017-11-10" {
		t.Errorf("TimeML: DCT %v, entries %+v", a.Document.DCT, a.Entries)
	}
	jsonl := "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Two.\"}\n"
	if _, err := timeline.Analyze(context.Background(), jsonl, timeline.Options{Format: "jsonl"}); !errors.Is(err, timeline.ErrNotOneDocument) {
		t.Errorf("two JSON Lines records: err %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := timeline.Analyze(ctx, "Text.", timeline.Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err %v", err)
	}
}
