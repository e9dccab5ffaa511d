package event

import (
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/syntax"
	"github.com/chronicle-news/chronicle/internal/text"
)

// treeExtractor parses one sentence with the shipped model.
func treeExtractor(t *testing.T, s string) *extractor {
	t.Helper()
	m, err := syntax.Default()
	if err != nil {
		t.Fatal(err)
	}
	doc := &document.Document{Text: s}
	sents := text.Segment(doc)
	if len(sents) != 1 {
		t.Fatalf("%q: %d sentences", s, len(sents))
	}
	x := &extractor{doc: doc, sents: sents, trees: m.ParseSentences(sents), mem: new(scratch)}
	x.treeTables(x.trees)
	x.treeWords(0)
	return x
}

func (x *extractor) wordAt(form string) int {
	for i, w := range x.trees[0].Words {
		if w.Form == form {
			return i + 1
		}
	}
	return 0
}

// The subject of a verb, including the ones the tree leaves implicit.
func TestTreeSubjects(t *testing.T) {
	for _, c := range []struct {
		sentence, verb, subj string
		passive              bool
	}{
		{"Abe plans to visit Russia in May.", "visit", "Abe", false},
		{"The ministers asked Putin to visit Tokyo.", "visit", "Putin", false},
		{"Abe arrived in Manila and met Duterte on Monday.", "met", "Abe", false},
		{"The company, which filed for bankruptcy in June, closed two plants.", "filed", "company", false},
		{"Police said they arrested both men on Friday.", "arrested", "they", false},
		{"The islands were seized by Soviet troops in 1945.", "seized", "islands", true},
		{"Netanyahu and Erdogan spoke by telephone on Friday.", "spoke", "Netanyahu Erdogan", false},
		{"An earthquake struck Japan on Sunday.", "struck", "earthquake", false},
		{"The deal replaces the 1991 treaty, which Bush and Gorbachev signed in Moscow and which expired in December.", "expired", "treaty", false},
		// The object of a verb of charging did what its "of" clause tells.
		{"The lawsuit accuses Kestrel Freight of walking away from a joint venture on Friday.", "walking", "Freight", false},
		{"Prosecutors charged the driver with causing the crash.", "causing", "driver", false},
		{"Critics blamed the agency for delaying the rescue.", "delaying", "agency", false},
	} {
		x := treeExtractor(t, c.sentence)
		ws, passive := x.treeSubjects(0, x.wordAt(c.verb))
		var got []string
		for _, w := range ws {
			got = append(got, x.word(0, w).Form)
		}
		if strings.Join(got, " ") != c.subj || passive != c.passive {
			t.Errorf("%q: subject of %q = %q (passive %v), want %q (%v)", c.sentence, c.verb, got, passive, c.subj, c.passive)
		}
	}
}

// A name after a verb belongs to it only when the tree makes it the
// verb's argument: in "Jackson said police arrested both men in Dallas",
// Dallas is where the arrest was, not where Jackson spoke.
func TestTreeGovernor(t *testing.T) {
	for _, c := range []struct {
		sentence, word, verb string
	}{
		{"Jackson said police arrested both men in Dallas.", "Dallas", "arrested"},
		{"Putin met Abe in Danang on Friday.", "Danang", "met"},
		{"Putin met Japanese Prime Minister Shinzo Abe in Danang.", "Abe", "met"},
		{"GM named Mary Barra its chief executive on Tuesday.", "Barra", "named"},
	} {
		x := treeExtractor(t, c.sentence)
		if g := x.governor(0, x.wordAt(c.word)); g != x.wordAt(c.verb) {
			got := "none"
			if g > 0 {
				got = x.word(0, g).Form
			}
			t.Errorf("%q: %q belongs to %q, want %q", c.sentence, c.word, got, c.verb)
		}
	}
}

func TestFamilyKey(t *testing.T) {
	for _, c := range [][2]string{{"bombings", "bomb"}, {"bombing", "bomb"}, {"bomb", "bomb"}, {"shooting", "shoot"},
		{"killing", "kill"}, {"shipping", "ship"}, {"demonstration", "demonstrat"}, {"filing", "fil"}, {"file", "fil"}, {"attack", "attack"}} {
		if got := familyKey(c[0]); got != c[1] {
			t.Errorf("familyKey(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}

func TestThirdPerson(t *testing.T) {
	for _, c := range [][2]string{{"have", "has"}, {"be", "is"}, {"do", "does"}, {"meet", "meets"}, {"carry", "carries"},
		{"reach", "reaches"}, {"go", "goes"}, {"pay", "pays"}} {
		if got := thirdPerson(c[0]); got != c[1] {
			t.Errorf("thirdPerson(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}

// The participle of a verb with a particle inflects the verb: "sent back".
func TestParticipleOfPhrasalVerb(t *testing.T) {
	for _, c := range []struct{ base, want string }{
		{"send back", "sent back"},
		{"turn over", "turned over"},
		{"close", "closed"},
		{"carry", "carried"},
	} {
		if got := participle(&ev{}, c.base); got != c.want {
			t.Errorf("participle(%q) = %q, want %q", c.base, got, c.want)
		}
	}
}
