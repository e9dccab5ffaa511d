package entity

import (
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/text"
)

// mentionTexts returns the texts of e's mentions at their offsets.
func mentionStarts(e *Entity) map[int]string {
	out := map[int]string{}
	for _, m := range e.Mentions {
		out[m.Start] = m.Text
	}
	return out
}

// A surname after an honorific is a mention of the person named in full
// before, even when the surname is also a month's or a day's name.
func TestHonorificSurnames(t *testing.T) {
	cases := []struct {
		text, person, short string
	}{
		{"Theresa May won the leadership vote in July 2016.\n\nMrs. May made the decision after a long cabinet meeting.", "Theresa May", "May"},
		{"Theresa May met party officials on Friday.\n\nMrs May said she would not resign in May.", "Theresa May", "May"},
		{"Tom Dale runs a small dairy farm near Brecon.\n\nMr. Dale said the new rules would hurt his family.", "Tom Dale", "Dale"},
		{"Joe Friday joined the police in 1951. Sgt. Smith trained him, and Mr. Friday said he owed him a lot.", "Joe Friday", "Friday"},
	}
	for _, tc := range cases {
		es := run(tc.text)
		e := find(es, tc.person)
		if e == nil || e.Type != Person {
			t.Errorf("%q: %s is %+v, want a person", tc.text, tc.person, e)
			continue
		}
		n := 0
		for _, m := range e.Mentions {
			if m.Text == tc.short {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%q: %s has mentions %v, want one %q", tc.text, tc.person, e.Mentions, tc.short)
		}
		for _, o := range es {
			if o.ID != e.ID && o.Name == tc.short {
				t.Errorf("%q: %q is an entity apart (%s)", tc.text, tc.short, o.Type)
			}
		}
	}
}

// recognizeWithout runs the entity stage with the candidates that start
// at the given substrings' first occurrences removed, as if the tagger
// or a rule had dropped them.
func recognizeWithout(s string, drop ...string) []Entity {
	doc := &document.Document{ID: "t", Text: s}
	r := newRecognizer(doc, text.Segment(doc), DefaultLexicon())
	defer r.release()
	cands := r.headlineNames(r.combine(r.candidates(), r.tagNames()))
	var kept []Candidate
	for _, c := range cands {
		gone := false
		for _, d := range drop {
			gone = gone || c.Start == strings.Index(s, d)
		}
		if !gone {
			kept = append(kept, c)
		}
	}
	return r.resolve(kept)
}

// Every exact occurrence of a name or alias the document has is a mention
// of its entity, whatever dropped its candidate, unless it is inside a
// longer name, in a date or a capital its sentence's start may explain.
func TestNamesOccurEverywhere(t *testing.T) {
	cases := []struct {
		text   string
		drop   []string // candidates dropped before resolve: "" none
		entity string
		at     string // the occurrence (its first place in text after the entity's first mention)
		want   bool
	}{
		// a dropped surname opening its sentence
		{"Sam Bankman-Fried was arrested in Nassau.\n\nBankman-Fried, who had been due to testify on Tuesday, stayed away.",
			[]string{"Bankman-Fried, who"}, "Sam Bankman-Fried", "Bankman-Fried, who", true},
		// a dropped short form of an organization
		{"The Walt Disney Company named a new chief. Disney shares rose 6 percent in New York.",
			[]string{"Disney shares"}, "Walt Disney Company", "Disney shares", false},
		{"Shares of Volkswagen fell on Monday. Volkswagen, which sold 11 million cars with the software, apologized.",
			[]string{"Volkswagen, which"}, "Volkswagen", "Volkswagen, which", true},
		// the full name again, in a possessive
		{"Jacinda Ardern resigned on Thursday. Jacinda Ardern's party chose a successor.",
			[]string{"Jacinda Ardern's"}, "Jacinda Ardern", "Jacinda Ardern's", true},
		// inside a longer name that lost its candidate
		{"Jack Warner ran the studio for decades. Warner Bros. said on Friday that sales fell.",
			[]string{"Warner Bros."}, "Jack Warner", "Warner Bros.", false},
		{"Theresa May spoke in Parliament. The Bank of England met in May.",
			nil, "Theresa May", "May.", false},
		// a headline opening with the short name, found without help
		{"Disney brings back Bob Iger as chief executive\n\nThe Walt Disney Company said on Sunday that Bob Iger would return. Disney shares rose.",
			nil, "Disney", "Disney brings", true},
		// a capital the sentence's start explains: the word is written in lower case elsewhere
		{"Gordon Brown visited the farm on Monday. Brown fields lay bare, and the brown soil was dry.",
			[]string{"Brown fields"}, "Gordon Brown", "Brown fields", false},
	}
	for _, tc := range cases {
		es := recognizeWithout(tc.text, tc.drop...)
		e := find(es, tc.entity)
		if e == nil {
			t.Errorf("%q: no entity %q in %v", tc.text, tc.entity, es)
			continue
		}
		at := strings.Index(tc.text, tc.at)
		got := false
		for _, m := range e.Mentions {
			got = got || m.Start == at
		}
		if got != tc.want {
			t.Errorf("%q: %q at %d a mention of %s: %v, want %v (%v)", tc.text, tc.at, at, tc.entity, got, tc.want, e.Mentions)
		}
	}
}

// A one-word name the document uses only as a thing (the object of
// "deliver", a noun's modifier), never as a person's, a company's or a
// place's, is no entity; a person's name that once modifies a noun stays.
func TestThingNamesAreNoEntities(t *testing.T) {
	cases := []struct {
		text   string
		name   string
		entity bool
	}{
		{"Theresa May said on Friday that she would resign after failing to deliver Brexit.\n\n" +
			"\"I have not been able to deliver Brexit,\" she said. Her latest Brexit plan had angered Brexit supporters in her party.", "Brexit", false},
		{"The prime minister promised voters that he would deliver Brexit by October.\n\n" +
			"His Brexit deal passed the Commons in December, and the Brexit date was set.", "Brexit", false},
		// a person's name that modifies a noun once, with no other cue
		{"Officials said on Monday that the Clinton administration would lift the sanctions.", "Clinton", true},
		// a person acting elsewhere keeps the name a person's
		{"Kwarteng said the plan would deliver growth. The Kwarteng budget shook the markets, and the Kwarteng plan was dropped.", "Kwarteng", true},
	}
	for _, tc := range cases {
		es := run(tc.text)
		e := find(es, tc.name)
		if tc.entity && (e == nil || e.Type != Person) {
			t.Errorf("%q: %s is %+v, want a person", tc.text, tc.name, e)
		}
		if !tc.entity && e != nil {
			t.Errorf("%q: %s is an entity (%s), want none", tc.text, tc.name, e.Type)
		}
		if tc.name == "Brexit" {
			if p := find(es, "Theresa May"); strings.HasPrefix(tc.text, "Theresa") && (p == nil || p.Type != Person) {
				t.Errorf("%q: Theresa May is %+v", tc.text, p)
			}
		}
	}
}
