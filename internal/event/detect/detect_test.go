package detect

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/text"
)

func run(t testing.TB, s string) (*document.Document, []Mention) {
	t.Helper()
	doc := &document.Document{Text: s}
	return doc, Detect(doc, text.Segment(doc))
}

func classes(ms []Mention) map[string]string {
	out := map[string]string{}
	for _, m := range ms {
		out[m.Text] = m.Class
	}
	return out
}

func TestEmbeddedModel(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if d.Model().NumFeatures() < 1000 {
		t.Errorf("embedded model has only %d features", d.Model().NumFeatures())
	}
}

// Sentences written for this test. want: word -> acceptable classes
// ("" = must not be an event).
func TestDetectSentences(t *testing.T) {
	tests := []struct {
		text  string
		want  map[string][]string
		anyOf [][]string // at least one word of each list is an OCCURRENCE
	}{
		{"The company announced that it would acquire the firm after the merger talks failed.",
			map[string][]string{
				"announced": {"REPORTING"},
				"acquire":   {"OCCURRENCE", "I_ACTION"},
				"failed":    {"OCCURRENCE", "ASPECTUAL"},
				"company":   {""}, "the": {""}, "firm": {""}, "that": {""},
			},
			[][]string{{"merger", "talks"}}},
		{"Officials said the storm killed three people and destroyed hundreds of homes.",
			map[string][]string{
				"said": {"REPORTING"}, "killed": {"OCCURRENCE"}, "destroyed": {"OCCURRENCE"},
				"Officials": {""}, "people": {""}, "homes": {""},
			}, nil},
		{"The minister wants to visit the region next week, but the trip may be delayed.",
			map[string][]string{
				"wants": {"I_STATE"}, "visit": {"OCCURRENCE"}, "trip": {"OCCURRENCE"}, "delayed": {"OCCURRENCE", "ASPECTUAL", "I_ACTION"},
				"minister": {""}, "region": {""}, "week": {""},
			}, nil},
		{"Analysts expect the bank to begin cutting jobs once the sale is completed.",
			map[string][]string{
				"expect": {"I_STATE"}, "begin": {"ASPECTUAL"}, "cutting": {"OCCURRENCE"}, "sale": {"OCCURRENCE"},
				"Analysts": {""}, "bank": {""}, "jobs": {""},
			}, nil},
	}
	for _, tc := range tests {
		doc, ms := run(t, tc.text)
		got := classes(ms)
		for w, ok := range tc.want {
			c := got[w]
			found := false
			for _, o := range ok {
				if o == c {
					found = true
				}
			}
			if !found {
				t.Errorf("%q: %q is %q, want one of %q", tc.text, w, c, ok)
			}
		}
		for _, alt := range tc.anyOf {
			ok := false
			for _, w := range alt {
				ok = ok || got[w] == "OCCURRENCE"
			}
			if !ok {
				t.Errorf("%q: none of %q is an OCCURRENCE (got %v)", tc.text, alt, got)
			}
		}
		for _, m := range ms {
			if doc.Text[m.Start:m.End] != m.Text || m.Score <= 0 || m.Score > 1 {
				t.Errorf("bad mention %+v", m)
			}
		}
	}
}

func TestStem(t *testing.T) {
	for in, want := range map[string]string{
		"acquired": "acquir", "acquiring": "acquir", "acquire": "acquire", "acquires": "acquire",
		"stopped": "stop", "stopping": "stop", "talks": "talk", "companies": "company",
		"election": "elect", "elections": "elect", "crisis": "crisis", "bus": "bus", "process": "process",
	} {
		if got := stem(in); got != want {
			t.Errorf("stem(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEmptyAndOdd(t *testing.T) {
	for _, s := range []string{"", " ", ".", "\n\n", "Ünïcödé wörds sáid", strings.Repeat("a", 5000), "said"} {
		doc, ms := run(t, s)
		checkMentions(t, doc, ms)
	}
	if ms := Detect(nil, nil); ms != nil {
		t.Errorf("Detect(nil, nil) = %v", ms)
	}
}

func checkMentions(t testing.TB, doc *document.Document, ms []Mention) {
	last := -1
	for _, m := range ms {
		if m.Start < 0 || m.End > len(doc.Text) || m.Start >= m.End {
			t.Fatalf("span out of range: %+v (len %d)", m, len(doc.Text))
		}
		if m.Start < last {
			t.Fatalf("mentions out of order at %+v", m)
		}
		last = m.End
		if doc.Text[m.Start:m.End] != m.Text || !utf8.ValidString(m.Class) || m.Class == "O" || m.Class == "" {
			t.Fatalf("bad mention %+v", m)
		}
	}
}

func FuzzDetect(f *testing.F) {
	for _, s := range []string{"The company announced that it would acquire the firm.", "", "U.S.-led talks, 1998 -- failed!", "\xff\xfe said", "Mr. Smith\n\nresigned."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		doc, ms := run(t, s)
		checkMentions(t, doc, ms)
	})
}

// benchText is news-like prose written for the benchmark.
const benchText = `The central bank said on Tuesday that it would raise interest rates again next month, after inflation climbed to its highest level in a decade. Economists had expected the increase, but several warned that the move could slow growth and push unemployment higher.
The finance minister told reporters that the government planned to cut spending and sell stakes in two state companies. Opposition leaders criticized the plan and called for new elections, arguing that voters had rejected austerity in the last vote.
Talks between the unions and the employers collapsed late on Friday. A strike began at dawn, halting trains across the country, and officials feared that the dispute might last for weeks.
`

func BenchmarkDetect(b *testing.B) {
	doc := &document.Document{Text: strings.Repeat(benchText, 20)}
	sents := text.Segment(doc)
	if _, err := Default(); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(doc.Text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Detect(doc, sents)
	}
}
