package entity

import (
	"slices"
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
		r := recognizerOf(tc.text)
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
		r := recognizerOf("Name " + tc.after + ".")
		if got := firmVerbAfter(r.views[0], 1); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.after, got, tc.want)
		}
		r.release()
	}
}

// A plural common noun that opens a sentence before "of" is no part of
// the name after it; a name's own head before "of" is.
func TestCommonNounOfName(t *testing.T) {
	cases := []struct {
		text string
		want []string // entity names
		not  []string
	}{
		{"Results of the Regional Assembly vote were posted on Monday.", []string{"Regional Assembly"}, []string{"Results of the Regional Assembly"}},
		{"Members of the Harbourside Rowing Club voted to admit women.", []string{"Harbourside Rowing Club"}, []string{"Members of the Harbourside Rowing Club"}},
		{"Supporters of Bank of England independence spoke up.", []string{"Bank of England"}, nil},
		{"University of Chicago researchers said the test failed.", []string{"University of Chicago"}, nil},
	}
	for _, tc := range cases {
		got := entityNames(run(tc.text))
		for _, w := range tc.want {
			if got[w] == "" {
				t.Errorf("%q: no entity %q; got %v", tc.text, w, got)
			}
		}
		for _, n := range tc.not {
			if got[n] != "" {
				t.Errorf("%q: %q is an entity", tc.text, n)
			}
		}
	}
}

func TestCommonOfStart(t *testing.T) {
	cases := []struct {
		text string
		want int // where the name starts
	}{
		{"Results of the European Parliament", 3},
		{"Leaders of Ostrava Steel Group", 2},
		{"Result of the European Parliament", 0},    // not a plural
		{"Friends of the Earth", 0},                 // no head word at the end
		{"University of Chicago Press", 0},          // a head before "of"
		{"Islands of the Pacific Forum Council", 0}, // a place's head
	}
	for _, tc := range cases {
		r := recognizerOf(tc.text)
		v := r.views[0]
		if got := r.commonOfStart(v, 0, len(v)); got != tc.want {
			t.Errorf("%q: starts at %d, want %d", tc.text, got, tc.want)
		}
		r.release()
	}
}

// A name whose "'s" owns nothing where a verb, a preposition or a comma
// follows it keeps its "'s" in every mention, when the document never
// writes it bare; a possessive stays a possessive otherwise.
func TestPossessiveNames(t *testing.T) {
	cases := []struct {
		text string
		name string   // the entity's name
		ms   []string // its mentions' texts
		not  string   // a name that must not be an entity
	}{
		{"Pellworth's said on Monday that sales fell. Pellworth's stores in Leeds will close.", "Pellworth's", []string{"Pellworth's", "Pellworth's"}, "Pellworth"},
		{"The bakery chain Dorrance's, which opened in 1952, is for sale.", "Dorrance's", []string{"Dorrance's"}, "Dorrance"},
		{"Pellworth's Holdings Inc. reported a loss. Pellworth's was hurt by the floods.", "Pellworth's Holdings Inc.", []string{"Pellworth's Holdings Inc.", "Pellworth's"}, "Holdings Inc"},
		{"Tomlin's plan was rejected. Tomlin said he would try again.", "Tomlin", []string{"Tomlin", "Tomlin"}, "Tomlin's"},
	}
	for _, tc := range cases {
		es := run(tc.text)
		e := find(es, tc.name)
		if e == nil {
			t.Errorf("%q: no entity %q; got %v", tc.text, tc.name, entityNames(es))
			continue
		}
		var ms []string
		for _, m := range e.Mentions {
			ms = append(ms, m.Text)
		}
		if !slices.Equal(ms, tc.ms) {
			t.Errorf("%q: %s has mentions %q, want %q", tc.text, tc.name, ms, tc.ms)
		}
		if find(es, tc.not) != nil {
			t.Errorf("%q: %q is an entity", tc.text, tc.not)
		}
	}
	// Tokenized text (CoNLL-2003) writes the "'s" as a token of its own.
	tags := TagTokenized("t", [][]string{{"Corvane", "'s", "was", "the", "prize", "."}, {"Analysts", "liked", "Corvane", "'s", "assets", "."}})
	if tags[0][1][2:] != tags[0][0][2:] || tags[0][1][0] != 'I' || tags[1][3][0] != 'I' {
		t.Errorf("tokenized: %v, want \"Corvane 's\" one name twice", tags)
	}
}

// A name the tagger calls an unsure "other" name is a place before a
// lower-case place noun ("the disputed ... region"), unless it has an
// adjective's ending ("the Crimean peninsula").
func TestUnsureMiscBeforePlaceNoun(t *testing.T) {
	es := run("Fighting flared again in the disputed Vorenko-Talysh region on Sunday.")
	if e := find(es, "Vorenko-Talysh"); e == nil || e.Type != Location {
		t.Errorf("Vorenko-Talysh is %+v, want a place; got %v", e, entityNames(es))
	}
	es = run("Troops moved across the Crimean peninsula.")
	if e := find(es, "Crimean"); e != nil {
		t.Errorf("Crimean is an entity: %+v", e)
	}
	for w, want := range map[string]bool{"crimean": true, "balkan": true, "baltic": true, "siamese": true, "karabakh": false, "eschen": false} {
		if adjectival(w) != want {
			t.Errorf("adjectival(%q) = %v, want %v", w, !want, want)
		}
	}
}

// A name right before a lower-case media noun is a newspaper's, a
// broadcaster's or an agency's, even one the tagger doubts; not a
// language or a kind after "a" ("a Swahili newspaper").
func TestMediaNames(t *testing.T) {
	cases := []struct {
		text, name, typ string
	}{
		{"Norway's Morgenpost newspaper reported the fine on Tuesday. The minister told the Morgenpost he would appeal.", "Morgenpost", Organization},
		{"The Velkaro news agency said two ships had docked.", "Velkaro", Organization},
		{"The decree was printed in a Swahili newspaper on Monday.", "Swahili", ""},
		{"The Arabic daily carried the letter.", "Arabic", ""},
		{"Saturday's Morgenpost newspaper says the fine was paid.", "Morgenpost", Organization},
	}
	for _, tc := range cases {
		es := run(tc.text)
		e := find(es, tc.name)
		switch {
		case tc.typ == "" && e != nil && e.Type == Organization:
			t.Errorf("%q: %s is an organization", tc.text, tc.name)
		case tc.typ != "" && (e == nil || e.Type != tc.typ):
			t.Errorf("%q: %s is %+v, want %s; got %v", tc.text, tc.name, e, tc.typ, entityNames(es))
		}
	}
}

// An acronym the tagger calls an unsure "other" name stays a candidate
// when the document names what it abbreviates (linkAcronyms merges it);
// without such a name it goes, as before.
func TestUnsureMiscAcronym(t *testing.T) {
	for _, tc := range []struct {
		text string
		keep bool
	}{
		{"The National Curling League fined two clubs.\n\nHe was one of the best skips in NCL history.", true},
		{"The clubs were fined on Monday.\n\nHe was one of the best skips in NCL history.", false},
	} {
		r := recognizerOf(tc.text)
		spans := r.tagNames()
		v := r.views[1]
		k := -1
		for i := range v {
			if v[i].Text == "NCL" {
				k = i
			}
		}
		spans[1] = []nerSpan{{first: k, last: k, typ: "MISC", conf: 0.5}} // as the tagger reads "NFL history"
		kept := false
		for _, c := range r.combine(r.candidates(), spans) {
			kept = kept || c.Text == "NCL"
		}
		if kept != tc.keep {
			t.Errorf("%q: NCL kept %v, want %v", tc.text, kept, tc.keep)
		}
		r.release()
	}
}

// media_after is no cue where the media noun introduces a name or
// modifies a plural noun.
func TestMediaNounEnds(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"He told the Kirundi newspaper Ikiriho that the vote was fair.", "Kirundi", false},
		{"PRESS DIGEST - Zeeland newspaper editorials - May 3.", "Zeeland", false},
		{"Saturday's Morgenpost newspaper says the fine was paid.", "Morgenpost", true},
		{"The minister told the Velkaro news agency that he would stay.", "Velkaro", true},
	} {
		doc := &document.Document{ID: "t", Text: tc.text}
		got := false
		for _, c := range CandidatesOf(doc, text.Segment(doc)) {
			if c.Text == tc.name {
				got = hasFeature(&c, "media_after")
			}
		}
		if got != tc.want {
			t.Errorf("%q: media_after on %s %v, want %v", tc.text, tc.name, got, tc.want)
		}
	}
}

// A place's name that is the surname of the person the document named in
// full before is that person, unless a mention reads as a place's.
func TestSurnamePlaces(t *testing.T) {
	cases := []struct {
		text, person string
		alias        string // mentions of the person by the place's name
		place        string // a place entity that must stay ("" none)
	}{
		{"Derek Holland, 47, was caught on Friday. A shopkeeper recognised Holland near the pier. Holland was moved to a secure unit.", "Derek Holland", "Holland", ""},
		{"Gareth Lima, 41, was arrested on Friday. A neighbour recognised Lima at the station, and Lima was taken to court.", "Gareth Lima", "Lima", ""},
		{"Derek Holland won the race. He flew home from Holland on Sunday.", "Derek Holland", "", "Netherlands"},
		{"Holland beat Spain in the final. Later Derek Holland spoke.", "Derek Holland", "", "Netherlands"},
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
			if m.Text == tc.alias {
				n++
			}
		}
		if tc.alias != "" && n == 0 {
			t.Errorf("%q: %q is no mention of %s: %v", tc.text, tc.alias, tc.person, e.Mentions)
		}
		if tc.place != "" {
			if p := find(es, tc.place); p == nil || p.Type != Location {
				t.Errorf("%q: the place %s is %+v; got %v", tc.text, tc.place, p, entityNames(es))
			}
		}
	}
}

// An acronym the document defines in parentheses after a product's
// words (a camel-case product opens or precedes them) is the product's,
// in all its mentions; an organization's acronym stays.
func TestProductAcronyms(t *testing.T) {
	cases := []struct {
		text, acr string
		entity    bool
	}{
		{"The firm shipped the new eReader Content Toolkit (ECT) on Monday. The ECT lets publishers format books.", "ECT", false},
		{"Developers praised the iWatch Health Framework (HF) this week. Rivals said the HF was late.", "HF", false},
		{"The Nordic Rowing Federation (NRF) met in Oslo. The NRF fined two clubs.", "NRF", true},
	}
	for _, tc := range cases {
		es := run(tc.text)
		found := false
		for _, e := range es {
			for _, m := range e.Mentions {
				found = found || m.Text == tc.acr
			}
		}
		if found != tc.entity {
			t.Errorf("%q: %s is a mention %v, want %v; got %v", tc.text, tc.acr, found, tc.entity, entityNames(es))
		}
	}
}

// A nickname in quotes between a given name and a surname is part of one
// person's name, and the surname alone later is that person.
func TestNicknames(t *testing.T) {
	cases := []struct {
		text, person, alias string
	}{
		{`The crowd cheered for Tomas "Iron Fist" Varga when he entered. Varga won in the third round.`, `Tomas "Iron Fist" Varga`, "Varga"},
		{`Ringside fans remembered Lupe “Hurricane” Osorio fondly.`, `Lupe “Hurricane” Osorio`, ""},
	}
	for _, tc := range cases {
		es := run(tc.text)
		e := find(es, tc.person)
		if e == nil || e.Type != Person {
			t.Errorf("%q: %s is %+v, want a person; got %v", tc.text, tc.person, e, entityNames(es))
			continue
		}
		if tc.alias != "" {
			found := false
			for _, m := range e.Mentions {
				found = found || m.Text == tc.alias
			}
			if !found {
				t.Errorf("%q: %q is no mention of %s", tc.text, tc.alias, tc.person)
			}
		}
	}
	for _, tc := range []struct {
		text string
		want int // the name's last token, -1 none
	}{
		{`Hector " Macho " Camacho won`, 4},
		{`Roberto " Hands of Stone " Duran won`, 6},
		{`dubbed the " Iron Lady " for her`, -1},   // no name before the quote
		{`Puerto Rico " Macho " Camacho won`, -1},  // a known place before it
		{`Hector " Macho " Camacho Smith won`, -1}, // the run goes on
		{`BOXING " MACHO " CAMACHO WINS`, -1},      // capitals
		{`Hector " of Stone " Camacho won`, -1},    // a connector opens the quote
	} {
		r := recognizerOf(tc.text)
		if got := r.nicknameAt(r.views[0], 0); got != tc.want && !(tc.want < 0 && got < 0) {
			t.Errorf("%q: %d, want %d", tc.text, got, tc.want)
		}
		r.release()
	}
}

// A sports event named after its sponsor or place ("the Harrowgate
// Classic", "the Lakeside Open", "the Duvall Trophy") is an event, no
// organization.
func TestSportsEventNames(t *testing.T) {
	es := run("Perez won the Harrowgate Classic in 1994 and the Lakeside Open a year later. He lost the Duvall Trophy final on Sunday.")
	for _, n := range []string{"Harrowgate Classic", "Lakeside Open", "Duvall Trophy"} {
		if e := find(es, n); e != nil {
			t.Errorf("%s is an entity (%s)", n, e.Type)
		}
	}
}

// A line in capitals names what the body names otherwise ("KENT" for
// Kent) where no candidate covers it, but not a short or common word, an
// abbreviation the body also writes in capitals, or a place inside an
// event's name.
func TestCapsLineNames(t *testing.T) {
	doc := "CRICKET - WARWICKSHIRE HOLD ON AS RAIN SAVES KENT IN U.S. .\n\nBIRMINGHAM 1996-08-30\n\n" +
		"Warwickshire batted through the last day against Kent at Edgbaston .\n\n" +
		"Rain stopped play in the afternoon and Kent took one point from the U.S. side .\n"
	es := recognizeWithout(doc, "KENT", "U.S.", "RAIN")
	var kent, us int
	for _, e := range es {
		for _, m := range e.Mentions {
			switch m.Text {
			case "KENT":
				if e.Name == "Kent" {
					kent++
				}
			case "U.S.":
				if m.Start < 60 {
					us++
				}
			case "RAIN":
				t.Errorf("RAIN is a mention of %s", e.Name)
			}
		}
	}
	if kent != 1 || us != 0 {
		t.Errorf("KENT a mention of Kent %d times (want 1), U.S. in the headline %d (want 0): %v", kent, us, entityNames(es))
	}
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"SOCCER - BELGIUM SCRAPE PAST TURKEY .", true},
		{"Belgium beat Turkey on Friday .", false},
		{"NATO and the EU met .", false}, // acronyms in prose
	} {
		r := recognizerOf(tc.line)
		if got := capsLine(r.views[0]); got != tc.want {
			t.Errorf("capsLine(%q) = %v, want %v", tc.line, got, tc.want)
		}
		r.release()
	}
	for _, tc := range []struct {
		line string
		k    int
		want bool
	}{
		{"ATHLETICS - OSLO GRAND PRIX RESULTS .", 2, true},
		{"CYCLING - SORENSEN WINS TOUR OF NETHERLANDS .", 6, true},
		{"SOCCER - BELGIUM SCRAPE PAST TURKEY .", 5, false},
	} {
		r := recognizerOf(tc.line)
		if got := r.inCapsEvent(r.views[0], tc.k, tc.k+1); got != tc.want {
			t.Errorf("inCapsEvent(%q, %d) = %v, want %v", tc.line, tc.k, got, tc.want)
		}
		r.release()
	}
}

// A numbered road is a place with its number in its name; a road word
// without a number, or before a year or a decimal, is none.
func TestRoadNames(t *testing.T) {
	es := run("A tanker overturned on Interstate 84 near Hartford. Crews reopened Route 9 by noon.")
	for _, n := range []string{"Interstate 84", "Route 9"} {
		if e := find(es, n); e == nil || e.Type != Location {
			t.Errorf("%s is %+v, want a place; got %v", n, e, entityNames(es))
		}
	}
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"on Interstate 95 today", true},
		{"on Highway 1 today", true},
		{"the Highway 2.5 plan", false},
		{"on Interstate 1995 plans", false},
		{"on highway 9 today", false},
		{"Interstate Bakeries said", false},
	} {
		r := recognizerOf(tc.s)
		v := r.views[0]
		got := false
		for k := range v {
			got = got || roadAt(v, k)
		}
		if got != tc.want {
			t.Errorf("%q: road %v, want %v", tc.s, got, tc.want)
		}
		r.release()
	}
}

// A name right after a relative's noun ("his wife", "Reagan's son", with
// or without a comma) is a person's.
func TestKinNames(t *testing.T) {
	es := run("The former senator's widow, Marisol, thanked the nurses. His son Orrin read a poem.")
	for _, n := range []string{"Marisol", "Orrin"} {
		if e := find(es, n); e == nil || e.Type != Person {
			t.Errorf("%s is %+v, want a person; got %v", n, e, entityNames(es))
		}
	}
	for _, tc := range []struct {
		s    string
		k    int
		want bool
	}{
		{"his wife Nancy", 2, true},
		{"Reagan's wife, Nancy", 3, true},
		{"the son Nancy", 2, false},      // no possessive before the noun
		{"his wife and Nancy", 3, false}, // a word between
	} {
		r := recognizerOf(tc.s)
		if got := kinBefore(r.views[0], tc.k); got != tc.want {
			t.Errorf("%q at %d: %v, want %v", tc.s, tc.k, got, tc.want)
		}
		r.release()
	}
}

// An unsure one-word name that opens a sentence is no name when the
// document writes the word in lower case elsewhere.
func TestInitialLowerWords(t *testing.T) {
	cases := []string{
		"Anti-Castro demonstrators marched past the house on Sunday. The anti-Castro groups were angry.",
	}
	for _, s := range cases {
		for _, e := range run(s) {
			if e.Name == "Machines" || e.Name == "Anti-Castro" {
				t.Errorf("%q: %q is an entity (%s)", s, e.Name, e.Type)
			}
		}
	}
}

// recognizerOf is a recognizer over s, a document of its own (release it).
func recognizerOf(s string) *recognizer {
	doc := &document.Document{ID: "t", Text: s}
	return newRecognizer(doc, text.Segment(doc), DefaultLexicon())
}
