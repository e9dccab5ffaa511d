package eval

import (
	"reflect"
	"strings"
	"testing"
)

func TestNERSpans(t *testing.T) {
	tests := []struct {
		name string
		tags string
		want []NERSpan
	}{
		{"empty", "", nil},
		{"all outside", "O O O", nil},
		{"IOB1 single", "I-PER I-PER O", []NERSpan{{0, 2, "PER"}}},
		{"IOB1 adjacent same type split by B", "I-LOC B-LOC O", []NERSpan{{0, 1, "LOC"}, {1, 2, "LOC"}}},
		{"IOB1 type change", "I-ORG I-LOC", []NERSpan{{0, 1, "ORG"}, {1, 2, "LOC"}}},
		{"IOB1 at sentence end", "O I-MISC I-MISC", []NERSpan{{1, 3, "MISC"}}},
		{"IOB2", "B-PER I-PER B-PER O B-ORG", []NERSpan{{0, 2, "PER"}, {2, 3, "PER"}, {4, 5, "ORG"}}},
		{"I after O starts", "O I-PER", []NERSpan{{1, 2, "PER"}}},
		{"IOBES", "S-LOC B-PER E-PER O B-ORG I-ORG E-ORG", []NERSpan{{0, 1, "LOC"}, {1, 3, "PER"}, {4, 7, "ORG"}}},
		{"BILOU", "U-LOC B-PER L-PER", []NERSpan{{0, 1, "LOC"}, {1, 3, "PER"}}},
		{"I after E starts anew", "B-PER E-PER I-PER", []NERSpan{{0, 2, "PER"}, {2, 3, "PER"}}},
		{"unknown tag is outside", "B-PER X I-PER", []NERSpan{{0, 1, "PER"}, {2, 3, "PER"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := NERSpans(strings.Fields(tc.tags))
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("NERSpans(%q) = %v, want %v", tc.tags, got, tc.want)
			}
		})
	}
}

// A made-up file in the CoNLL-2003 layout.
const conllSample = `-DOCSTART- -X- -X- O

Maria NNP I-NP I-PER
Lopez NNP I-NP I-PER
visited VBD I-VP O
Lisbon NNP I-NP I-LOC
. . O O

Acme NNP I-NP I-ORG
Corp NNP I-NP I-ORG
hired VBD I-VP O
her PRP I-NP O

-DOCSTART- -X- -X- O

Rain NN I-NP O
fell VBD I-VP O
`

func TestReadCoNLL(t *testing.T) {
	docs, err := ReadCoNLL(strings.NewReader(conllSample))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || len(docs[0].Sentences) != 2 || len(docs[1].Sentences) != 1 {
		t.Fatalf("got %d documents (%+v), want 2 with 2 and 1 sentences", len(docs), docs)
	}
	s := docs[0].Sentences[0]
	if strings.Join(s.Tokens, " ") != "Maria Lopez visited Lisbon ." || strings.Join(s.Tags, " ") != "I-PER I-PER O I-LOC O" {
		t.Errorf("first sentence = %v %v", s.Tokens, s.Tags)
	}
	if _, err := ReadCoNLL(strings.NewReader("word POS chunk PERSON\n")); err == nil {
		t.Error("a bad tag was accepted")
	}
	docs, err = ReadCoNLL(strings.NewReader("just\nwords\n\n"))
	if err != nil || len(docs) != 1 || docs[0].Sentences[0].Tags[1] != "O" {
		t.Errorf("untagged tokens: %+v, %v", docs, err)
	}
}

func TestScoreNER(t *testing.T) {
	gold := [][]string{
		strings.Fields("I-PER I-PER O I-LOC O"),
		strings.Fields("I-ORG I-ORG O O"),
	}
	sys := [][]string{
		strings.Fields("B-PER I-PER O B-ORG O"), // PER right, LOC typed ORG
		strings.Fields("B-ORG O O B-MISC"),      // ORG too short, spurious MISC
	}
	s, err := ScoreNER(gold, sys)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]NERCounts{
		"PER":  {Gold: 1, Sys: 1, Correct: 1},
		"LOC":  {Gold: 1, Sys: 0, Correct: 0},
		"ORG":  {Gold: 1, Sys: 2, Correct: 0},
		"MISC": {Gold: 0, Sys: 1, Correct: 0},
	}
	if !reflect.DeepEqual(s.ByType, want) {
		t.Errorf("ByType = %v, want %v", s.ByType, want)
	}
	main := s.Overall("PER", "ORG", "LOC")
	if main != (NERCounts{Gold: 3, Sys: 3, Correct: 1}) {
		t.Errorf("PER+ORG+LOC = %+v", main)
	}
	if got := s.Overall(); got != (NERCounts{Gold: 3, Sys: 4, Correct: 1}) {
		t.Errorf("all = %+v", got)
	}
	if p, r := main.P(), main.R(); p != 1.0/3 || r != 1.0/3 || main.F1() != 1.0/3 {
		t.Errorf("P %v R %v F1 %v", p, r, main.F1())
	}
	if _, err := ScoreNER(gold, sys[:1]); err == nil {
		t.Error("sentence count mismatch accepted")
	}
	if _, err := ScoreNER(gold, [][]string{sys[0], {"O"}}); err == nil {
		t.Error("token count mismatch accepted")
	}
	var b strings.Builder
	if err := WriteNERReport(&b, s, []string{"PER", "ORG", "LOC"}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"PER+ORG+LOC     33.33  33.33  33.33        3      3      1", "all types", "MISC"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, b.String())
		}
	}
}

func FuzzReadCoNLL(f *testing.F) {
	f.Add(conllSample)
	f.Add("a I-PER\nb B-PER\n\nc E-LOC\n")
	f.Fuzz(func(t *testing.T, in string) {
		docs, err := ReadCoNLL(strings.NewReader(in))
		if err != nil {
			return
		}
		var tags [][]string
		for _, d := range docs {
			for _, s := range d.Sentences {
				if len(s.Tokens) != len(s.Tags) {
					t.Fatalf("tokens %d tags %d", len(s.Tokens), len(s.Tags))
				}
				for _, sp := range NERSpans(s.Tags) {
					if sp.Start < 0 || sp.End > len(s.Tags) || sp.Start >= sp.End {
						t.Fatalf("bad span %+v", sp)
					}
				}
				tags = append(tags, s.Tags)
			}
		}
		s, err := ScoreNER(tags, tags)
		if err != nil {
			t.Fatal(err)
		}
		if c := s.Overall(); c.Correct != c.Gold || c.Gold != c.Sys {
			t.Fatalf("self-score %+v", c)
		}
	})
}
