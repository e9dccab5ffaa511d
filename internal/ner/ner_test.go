package ner

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func tagger(t testing.TB) *Tagger {
	t.Helper()
	tg, err := Default()
	if err != nil {
		t.Fatalf("embedded model: %v", err)
	}
	return tg
}

// render shows spans as "[Maria Lopez]PER".
func render(tokens []string, spans []Span) string {
	var b strings.Builder
	k := 0
	for i, w := range tokens {
		if i > 0 {
			b.WriteByte(' ')
		}
		if k < len(spans) && spans[k].Start == i {
			b.WriteByte('[')
		}
		b.WriteString(w)
		if k < len(spans) && spans[k].End == i+1 {
			b.WriteString("]" + spans[k].Type)
			k++
		}
	}
	return b.String()
}

func TestTagSentences(t *testing.T) {
	tests := []string{
		"[Maria Lopez]PER , who works for [Acme Corp]ORG , visited [Lisbon]LOC last week .",
		"[Angela Merkel]PER met [Emmanuel Macron]PER in [Berlin]LOC on Tuesday .",
		"Shares of [General Motors]ORG rose 3 percent in [New York]LOC .",
		"The [United Nations]ORG said [Kenya]LOC would send troops to [Somalia]LOC .",
		"[John Smith]PER , a spokesman for the [World Bank]ORG , declined to comment .",
		"The weather was cold and the trains were late .",
	}
	tg := tagger(t)
	for _, want := range tests {
		var tokens []string
		for _, f := range strings.Fields(want) {
			f = strings.TrimPrefix(f, "[")
			if i := strings.Index(f, "]"); i >= 0 {
				f = f[:i]
			}
			tokens = append(tokens, f)
		}
		if got := render(tokens, tg.Tag(tokens)); got != want {
			t.Errorf("got  %s\nwant %s", got, want)
		}
	}
}

// Document context: a word first seen in an all-caps headline is read like
// its mid-sentence occurrences.
func TestTagDocumentContext(t *testing.T) {
	doc := [][]string{
		strings.Fields("RAIN DELAYS FARNSWORTH CROP"),
		strings.Fields("Heavy rain delayed the harvest in Farnsworth , the county said on Monday ."),
		strings.Fields("Farnsworth growers expect losses ."),
	}
	got := TagDocument(doc)
	if len(got) != 3 {
		t.Fatalf("got %d sentences", len(got))
	}
	for i, s := range doc {
		t.Logf("%s", render(s, got[i]))
	}
	has := func(si int, start, end int) bool {
		for _, sp := range got[si] {
			if sp.Start == start && sp.End == end {
				return true
			}
		}
		return false
	}
	if !has(1, 6, 7) {
		t.Errorf("Farnsworth mid-sentence not tagged: %v", got[1])
	}
	if !has(0, 2, 3) {
		t.Errorf("FARNSWORTH in the headline not tagged: %v", got[0])
	}
}

func TestEdgeCases(t *testing.T) {
	tg := tagger(t)
	if got := tg.Tag(nil); len(got) != 0 {
		t.Errorf("Tag(nil) = %v", got)
	}
	if got := tg.TagDocument(nil); len(got) != 0 {
		t.Errorf("TagDocument(nil) = %v", got)
	}
	got := tg.TagDocument([][]string{{}, {"Paris"}, nil})
	if len(got) != 3 || len(got[0]) != 0 || len(got[2]) != 0 {
		t.Errorf("empty sentences: %v", got)
	}
	// Same input, same output.
	s := strings.Fields("Peter Blackburn of Reuters reported from Brussels .")
	a, b := tg.Tag(s), tg.Tag(s)
	if !reflect.DeepEqual(a, b) {
		t.Errorf("not deterministic: %v vs %v", a, b)
	}
}

func TestScored(t *testing.T) {
	tg := tagger(t)
	doc := [][]string{
		strings.Fields("Maria Lopez , who works for Acme Corp , visited Lisbon last week ."),
		strings.Fields("Lopez said the trip went well ."),
	}
	plain, scored := tg.TagDocument(doc), tg.TagDocumentScored(doc)
	for i := range doc {
		if len(plain[i]) != len(scored[i]) {
			t.Fatalf("sentence %d: %v vs %v", i, plain[i], scored[i])
		}
		for k, s := range scored[i] {
			p := plain[i][k]
			if s.Start != p.Start || s.End != p.End || s.Type != p.Type || p.Confidence != 0 {
				t.Errorf("sentence %d: scored %+v, plain %+v", i, s, p)
			}
			if !(s.Confidence > 0 && s.Confidence <= 1) {
				t.Errorf("%+v: confidence out of range", s)
			}
			// A full name is sure; a rare place name ("Lisbon": 0.57
			// before the word-class features, 0.40 with them) is not.
			if i == 0 && s.Start == 0 && !(s.Type == "PER" && s.Confidence > 0.9) {
				t.Errorf("%+v: want a confident PER", s)
			}
		}
	}
}

func TestIOB2(t *testing.T) {
	got := IOB2(5, []Span{{Start: 0, End: 2, Type: "PER"}, {Start: 3, End: 4, Type: "LOC"}, {Start: 4, End: 9, Type: "ORG"}})
	want := []string{"B-PER", "I-PER", "O", "B-LOC", "B-ORG"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("IOB2 = %v, want %v", got, want)
	}
}

func TestLabels(t *testing.T) {
	// BILOU constraints.
	cases := []struct {
		a, b int
		ok   bool
	}{
		{-1, 0, true}, {-1, label(0, posB), true}, {-1, label(0, posI), false}, {-1, label(0, posL), false},
		{label(0, posB), label(0, posI), true}, {label(0, posB), label(0, posL), true},
		{label(0, posB), label(1, posL), false}, {label(0, posB), 0, false}, {label(0, posB), -1, false},
		{label(0, posL), label(1, posU), true}, {label(2, posU), label(2, posI), false}, {0, -1, true},
	}
	for _, c := range cases {
		if got := allowed(c.a, c.b); got != c.ok {
			t.Errorf("allowed(%d, %d) = %v", c.a, c.b, got)
		}
	}
	for _, spans := range [][]Span{
		{{Start: 0, End: 1, Type: "PER"}, {Start: 1, End: 4, Type: "ORG"}, {Start: 5, End: 7, Type: "MISC"}},
		{{Start: 2, End: 3, Type: "LOC"}},
		nil,
	} {
		l, err := goldLabels(7, spans)
		if err != nil {
			t.Fatal(err)
		}
		if got := spansOf(l); !reflect.DeepEqual(got, spans) {
			t.Errorf("round trip %v -> %v -> %v", spans, l, got)
		}
	}
	for _, bad := range [][]Span{{{Start: 0, End: 8, Type: "PER"}}, {{Start: 1, End: 1, Type: "PER"}}, {{Start: 0, End: 2, Type: "PER"}, {Start: 1, End: 3, Type: "LOC"}}, {{Start: 0, End: 1, Type: "DATE"}}} {
		if _, err := goldLabels(7, bad); err == nil {
			t.Errorf("goldLabels accepted %v", bad)
		}
	}
}

// A model trained on a few made-up sentences learns them, survives a write
// and load, and training twice gives the same file.
func TestTrainWriteLoad(t *testing.T) {
	docs := [][]TrainSentence{{
		{Tokens: strings.Fields("Anna Berg works for Zeta Labs in Oslo ."), Spans: []Span{{Start: 0, End: 2, Type: "PER"}, {Start: 4, End: 6, Type: "ORG"}, {Start: 7, End: 8, Type: "LOC"}}},
		{Tokens: strings.Fields("Zeta Labs opened an office in Bergen ."), Spans: []Span{{Start: 0, End: 2, Type: "ORG"}, {Start: 6, End: 7, Type: "LOC"}}},
		{Tokens: strings.Fields("Berg said the office was small ."), Spans: []Span{{Start: 0, End: 1, Type: "PER"}}},
	}}
	train := func() []byte {
		tg, err := Train(docs, TrainOptions{Epochs: 5, Seed: 3})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if _, err := tg.Write(&b, 0); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	a, b := train(), train()
	if !bytes.Equal(a, b) {
		t.Error("training is not deterministic")
	}
	tg, err := Load(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range docs[0] {
		if got := tg.TagDocument([][]string{s.Tokens})[0]; !reflect.DeepEqual(got, s.Spans) {
			t.Errorf("%s: got %v, want %v", strings.Join(s.Tokens, " "), got, s.Spans)
		}
	}
	if _, err := Load(bytes.NewReader(a[:len(a)/2])); err == nil {
		t.Error("a truncated model loaded")
	}
	if _, err := Load(strings.NewReader("not a model")); err == nil {
		t.Error("garbage loaded as a model")
	}
}

func FuzzTag(f *testing.F) {
	f.Add("Maria Lopez visited Lisbon", "for Acme Corp")
	f.Add("", "U.S.")
	f.Add("ÉCOLE \x00 -- \xff 123-456", "İstanbul ǅ")
	tg := tagger(f)
	f.Fuzz(func(t *testing.T, a, b string) {
		doc := [][]string{strings.Split(a, " "), strings.Fields(b), {a + b}}
		got := tg.TagDocumentScored(doc)
		if len(got) != len(doc) {
			t.Fatalf("%d sentences in, %d out", len(doc), len(got))
		}
		for i, spans := range got {
			end := 0
			for _, s := range spans {
				if s.Start < end || s.End <= s.Start || s.End > len(doc[i]) || typeIndex(s.Type) < 0 || !(s.Confidence >= 0 && s.Confidence <= 1) {
					t.Fatalf("bad span %+v in %q", s, doc[i])
				}
				end = s.End
			}
		}
	})
}

// benchText is a made-up news paragraph (tokenized).
const benchText = `The European Commission said on Thursday it disagreed with German advice to consumers to shun British lamb until scientists determine whether mad cow disease can be transmitted to sheep .
Germany 's representative to the European Union 's veterinary committee Werner Zwingmann said on Wednesday consumers should buy sheepmeat from countries other than Britain until the scientific advice was clearer .
Shares in Acme Corp fell 4.5 percent to $ 12.30 in New York after chief executive Maria Lopez said profits would be lower in 2024 .
Rain delayed play in the match between Sri Lanka and Australia in Colombo , officials said .`

func BenchmarkTag(b *testing.B) {
	tg := tagger(b)
	var doc [][]string
	n, bytes := 0, 0
	for _, line := range strings.Split(benchText, "\n") {
		s := strings.Fields(line)
		doc = append(doc, s)
		for _, w := range s {
			n++
			bytes += len(w) + 1
		}
	}
	b.SetBytes(int64(bytes))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tg.TagDocument(doc)
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Load(bytes.NewReader(modelFile)); err != nil {
			b.Fatal(err)
		}
	}
}

func ExampleTag() {
	tokens := strings.Fields("Maria Lopez visited Lisbon on Monday with executives of Acme Corp .")
	for _, s := range Tag(tokens) {
		fmt.Println(s.Type, strings.Join(tokens[s.Start:s.End], " "))
	}
	// Output:
	// PER Maria Lopez
	// LOC Lisbon
	// ORG Acme Corp
}

func BenchmarkTagScored(b *testing.B) {
	tg := tagger(b)
	var doc [][]string
	size := 0
	for _, line := range strings.Split(benchText, "\n") {
		s := strings.Fields(line)
		doc = append(doc, s)
		for _, w := range s {
			size += len(w) + 1
		}
	}
	b.SetBytes(int64(size))
	for i := 0; i < b.N; i++ {
		tg.TagDocumentScored(doc)
	}
}

// FuzzLoad: a damaged or hostile model file is an error, never a panic.
func FuzzLoad(f *testing.F) {
	f.Add(modelFile[:200])
	var small bytes.Buffer
	tg, err := Train([][]TrainSentence{{{Tokens: strings.Fields("Ann Lee left ."), Spans: []Span{{Start: 0, End: 2, Type: "PER"}}}}}, TrainOptions{Epochs: 1})
	if err != nil {
		f.Fatal(err)
	}
	if _, err := tg.Write(&small, 0); err != nil {
		f.Fatal(err)
	}
	f.Add(small.Bytes())
	f.Fuzz(func(t *testing.T, b []byte) {
		tg, err := Load(bytes.NewReader(b))
		if err != nil {
			return
		}
		tg.TagDocumentScored([][]string{strings.Fields("Ann Lee met Bob Ray in Oslo .")})
	})
}
