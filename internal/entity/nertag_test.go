package entity

import (
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/text"
)

// TestTaggerAndRules checks how the statistical tagger's spans and the
// rules combine: names outside the gazetteers come from the tagger, known
// places keep their gazetteer type, one name has one type per document,
// strong cues beat unsure tags, MISC names and nationality words are no
// entities.
func TestTaggerAndRules(t *testing.T) {
	type want struct{ name, typ string }
	cases := []struct {
		name string
		text string
		want []want
		not  []string
	}{
		{"names outside the gazetteers",
			"Former champion Jordan Hale beat Carlos Mendez in Houston on Tuesday. Officials at Brightwater Holdings said the prize money would rise.",
			[]want{{"Jordan Hale", Person}, {"Carlos Mendez", Person}, {"Houston", Location}, {"Brightwater Holdings", Organization}},
			[]string{"Jordan", "Tuesday"}},
		{"a surname alone joins the full name",
			"Former champion Jordan Hale beat Carlos Mendez. Hale said the heat was hard, and Mendez agreed.",
			[]want{{"Jordan Hale", Person}, {"Carlos Mendez", Person}},
			[]string{"Hale", "Mendez"}},
		{"a place name that is a person's in this document",
			"Tennis player Dana Washington beat Ivo Karlovic in three sets. Washington said she was tired after the match.",
			[]want{{"Dana Washington", Person}, {"Ivo Karlovic", Person}},
			[]string{"Washington"}},
		{"a known name with a generic head stays that name",
			"The two men met at the EU Summit in Porto.",
			[]want{{"European Union", Organization}, {"Porto", Location}},
			[]string{"EU Summit"}},
		{"a title beats an unsure tag",
			"Cardinal Joseph Bernardin spoke to reporters in Chicago.",
			[]want{{"Joseph Bernardin", Person}, {"Chicago", Location}},
			nil},
		{"a known place inside a headline the tagger runs together",
			"Okafor Links Trade Deal to Lagos Port Plan\n\nNigerian President Ngozi Okafor said on Monday that the deal depended on the port.",
			[]want{{"Lagos", Location}, {"Ngozi Okafor", Person}},
			[]string{"Nigerian"}},
		{"MISC names are no entities",
			"Fans at the U.S. Open and veterans of World War II cheered the Olympic Games.",
			nil,
			[]string{"U.S. Open", "United States", "World War II", "Olympic Games"}},
	}
	for _, c := range cases {
		got := run(c.text)
		for _, w := range c.want {
			e := find(got, w.name)
			if e == nil {
				t.Errorf("%s: no entity %q in %v", c.name, w.name, names(got))
				continue
			}
			if e.Type != w.typ {
				t.Errorf("%s: %s typed %s, want %s", c.name, w.name, e.Type, w.typ)
			}
		}
		for _, n := range c.not {
			if find(got, n) != nil {
				t.Errorf("%s: %q should not be an entity (%v)", c.name, n, names(got))
			}
		}
	}
}

// TestTokenTags checks the conversion of mentions to CoNLL tags over given
// tokens: possessive pieces stay out, mentions inside a token are left out.
func TestTokenTags(t *testing.T) {
	sents := [][]string{
		{"Jordan", "Hale", "'s", "coach", "flew", "to", "Houston", "."},
		{"The", "London-based", "firm", "Brightwater", "Holdings", "said", "so", "."},
	}
	doc, ss := TokenizedDocument("t", sents)
	if doc.Text != "Jordan Hale 's coach flew to Houston .\nThe London-based firm Brightwater Holdings said so ." {
		t.Fatalf("text %q", doc.Text)
	}
	got := TokenTags(ss, Recognize(doc, ss, nil))
	want := [][]string{
		{"B-PER", "I-PER", "O", "O", "O", "O", "B-LOC", "O"},
		{"O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O"},
	}
	for i := range want {
		for k := range want[i] {
			if got[i][k] != want[i][k] {
				t.Errorf("sentence %d: tags %v, want %v", i, got[i], want[i])
				break
			}
		}
	}
	if tags := TagTokenized("t", append([][]string{{}}, sents...)); len(tags) != 3 || len(tags[0]) != 0 || len(tags[2]) != 8 {
		t.Errorf("TagTokenized with an empty sentence: %v", tags)
	}
}

func BenchmarkTagNames(b *testing.B) {
	s := benchText()
	doc := &document.Document{Text: s}
	r := newRecognizer(doc, text.Segment(doc), DefaultLexicon())
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.tagNames()
	}
}

func FuzzTagTokenized(f *testing.F) {
	for _, s := range []string{"Jordan Hale 's coach\nflew to Houston .", "", "\n\n", "U.S. - JAPAN 's\n'' ' 's", "\xff \u00a0 x", "0-00Ⱦ came"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var sents [][]string
		for _, line := range strings.Split(s, "\n") {
			sents = append(sents, strings.Split(line, " ")) // empty tokens too
		}
		tags := TagTokenized("f", sents)
		if len(tags) != len(sents) {
			t.Fatalf("%d tag lists for %d sentences", len(tags), len(sents))
		}
		for i := range sents {
			if len(sents[i]) > 0 && len(tags[i]) != len(sents[i]) {
				t.Fatalf("sentence %d: %d tags for %d tokens", i, len(tags[i]), len(sents[i]))
			}
		}
	})
}
