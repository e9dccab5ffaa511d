package entity

import (
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/text"
)

// entityNames returns the names of es with their types.
func entityNames(es []Entity) map[string]string {
	out := map[string]string{}
	for _, e := range es {
		out[e.Name] = e.Type
	}
	return out
}

// A generational suffix stays in the person's name, written with or
// without its dot, after a comma, and after a surname that is also a
// title; the suffix alone is never a name.
func TestNameSuffixes(t *testing.T) {
	cases := []struct {
		text, person string
		alias        string // a later short mention of the same person
	}{
		{"Crowds lined the road as Martin Luther King Jr. reached the bridge in 1965.", "Martin Luther King Jr", ""},
		{"The statue of Martin Luther King Jr stands near the lake. King was 39 when he died.", "Martin Luther King Jr", "King"},
		{"After the vote, Arthur Pennock, Jr. thanked the county clerks. Pennock had run twice before.", "Arthur Pennock, Jr", "Pennock"},
		{"The firm was led for a decade by Edmund Hale III, who sold it in 2009.", "Edmund Hale III", ""},
		{"Walter Brandt Sr. founded the bakery, and his son ran it after him.", "Walter Brandt Sr", ""},
	}
	for _, tc := range cases {
		es := run(tc.text)
		e := find(es, tc.person)
		if e == nil || e.Type != Person {
			t.Errorf("%q: %s is %+v, want a person; got %v", tc.text, tc.person, e, entityNames(es))
			continue
		}
		for _, o := range es {
			if o.Name == "Jr" || o.Name == "Sr" || o.Name == "III" {
				t.Errorf("%q: the suffix %q is an entity", tc.text, o.Name)
			}
		}
		if tc.alias != "" {
			found := false
			for _, m := range e.Mentions {
				found = found || m.Text == tc.alias
			}
			if !found {
				t.Errorf("%q: %q is no mention of %s (%v)", tc.text, tc.alias, tc.person, e.Mentions)
			}
		}
	}
}

func TestSuffixAfter(t *testing.T) {
	cases := []struct {
		text string
		last int // index of the name's last word
		want int
	}{
		{"Henry Ford III visited", 1, 2},
		{"John Smith , Jr. said", 1, 3},
		{"Martin Luther King Jr. spoke", 1, 3},
		{"Martin Luther King spoke", 1, -1},
		{"Chapter III begins", 0, 1},
		{"the Ii river", 1, -1},          // not in capitals
		{"Smith and Jr said", 0, -1},     // a connector is no surname
		{"John Smith , who said", 1, -1}, // no suffix after the comma
	}
	for _, tc := range cases {
		doc := &document.Document{ID: "t", Text: tc.text}
		r := newRecognizer(doc, text.Segment(doc), DefaultLexicon())
		if got := suffixAfter(r.views[0], tc.last); got != tc.want {
			t.Errorf("%q after word %d: %d, want %d", tc.text, tc.last, got, tc.want)
		}
		r.release()
	}
}

// A one-word name that does what companies do (hires, recalls, lays off
// workers, reports a loss, after auxiliaries and verbs of intent) is an
// organization, however unfamiliar; a person named in full keeps the
// surname.
func TestFirmVerbSubjects(t *testing.T) {
	cases := []struct {
		text, name, typ string
	}{
		{"Quorvex will lay off 300 workers at its two plants, the union said.", "Quorvex", Organization},
		{"Trellium has agreed to acquire a smaller rival for $40 million.", "Trellium", Organization},
		{"The deal was announced on Friday. Brindlemoor reported a quarterly loss and Brindlemoor cut 1,200 jobs.", "Brindlemoor", Organization},
		{"Oscilla recalled 80,000 scooters after reports of battery fires.", "Oscilla", Organization},
		{"Nadia Okafor runs the shop. Okafor hired two cooks last spring.", "Nadia Okafor", Person},
	}
	for _, tc := range cases {
		es := run(tc.text)
		e := find(es, tc.name)
		if e == nil || e.Type != tc.typ {
			t.Errorf("%q: %s is %+v, want %s; got %v", tc.text, tc.name, e, tc.typ, entityNames(es))
		}
	}
}

func TestFirmVerbAfter(t *testing.T) {
	cases := []struct {
		after string // the words after a name
		want  bool
	}{
		{"acquired a rival", true},
		{"has quietly agreed to acquire a rival", true},
		{"will lay off 200 workers", true},
		{"laid down his arms", false},
		{"reported a third-quarter loss", true},
		{"posted record profits", true},
		{"cut 1,000 jobs", true},
		{"reported that the talks failed", false},
		{"posted a photo of the loss", false},
		{"cut the ribbon", false},
		{"said it would hire", false},
	}
	for _, tc := range cases {
		doc := &document.Document{ID: "t", Text: "Name " + tc.after + "."}
		r := newRecognizer(doc, text.Segment(doc), DefaultLexicon())
		if got := firmVerbAfter(r.views[0], 1); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.after, got, tc.want)
		}
		r.release()
	}
}
