package timex

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/text"
)

// TestSeedArticle checks the reference article of ../shared (expected.md).
func TestSeedArticle(t *testing.T) {
	path := filepath.Join(sharedDir(t), "corpus", "seed", "japan-russia-2017-11-10.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skip("../shared not present: ", err)
	}
	doc := &document.Document{Text: string(b), DCT: time.Date(2017, 11, 10, 0, 0, 0, 0, time.UTC)}
	got := Tag(doc, text.Segment(doc))
	want := map[string][2]string{
		"November 10, 2017":       {Date, "2017-11-10"},
		"Saturday":                {Date, "2017-11-04"},
		"World War II":            {Date, "1939"},
		"the end of World War II": {Date, "1945"},
		"the end of WWII":         {Date, "1945"},
		"Friday night":            {Time, "2017-11-10TNI"},
		"Friday":                  {Date, "2017-11-10"},
		"Monday":                  {Date, "2017-11-06"},
		"nearly two months":       {Duration, "P2M"},
		"now":                     {Date, "PRESENT_REF"},
		"1945":                    {Date, "1945"},
		"September":               {Date, "2017-09"},
		"next spring":             {Date, "2018-SP"},
		"May":                     {Date, "2018-05"},
		"one year":                {Duration, "P1Y"},
		"an hour":                 {Duration, "PT1H"},
		"15-minute":               {Duration, "PT15M"},
	}
	seen := map[string]bool{}
	for _, x := range got {
		t.Logf("%s %q %s %s %s", x.ID, x.Text, x.Type, x.Value, x.Mod)
		w, ok := want[x.Text]
		if !ok {
			t.Errorf("unexpected %q (%s %s)", x.Text, x.Type, x.Value)
			continue
		}
		seen[x.Text] = true
		if x.Type != w[0] || x.Value != w[1] {
			t.Errorf("%q: got %s %s, want %s %s", x.Text, x.Type, x.Value, w[0], w[1])
		}
	}
	for k := range want {
		if !seen[k] {
			t.Errorf("missed %q", k)
		}
	}
}
