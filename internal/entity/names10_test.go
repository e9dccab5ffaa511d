package entity

import "testing"

// wantTypes checks that every name of want is an entity of its type in
// the entities of text, and that no entity is named as one of none.
func wantTypes(t *testing.T, text string, want map[string]string, none ...string) {
	t.Helper()
	es := run(text)
	got := entityNames(es)
	for name, typ := range want {
		if got[name] != typ {
			t.Errorf("%q: %s is %q, want %s; got %v", text, name, got[name], typ, got)
		}
	}
	for _, name := range none {
		if _, ok := got[name]; ok {
			t.Errorf("%q: %s is an entity (%s), want none; got %v", text, name, got[name], got)
		}
	}
}

// A one-word name that acts and that the document never shows to be a
// person's is a company's, also where the tagger saw nothing at the
// start of a sentence or guessed a person (lonename.go).
func TestLoneActors(t *testing.T) {
	cases := []struct {
		text, name string
	}{
		{"Binance agreed to buy FTX on Tuesday, the two companies said.", "Binance"},
		{"Coinbase agreed to pay a $100 million fine.", "Coinbase"},
		{"Klarna agreed to cut its valuation.", "Klarna"},
		{"Revolut plans to open a bank in Britain.", "Revolut"},
		{"Rivian will build a factory in Georgia.", "Rivian"},
		{"Canva raised $200 million from investors.", "Canva"},
		{"Uber agreed to sell its food delivery business in India.", "Uber"},
		{"Reddit plans to go public next year.", "Reddit"},
		{"Regulators approved the deal, and Zelvara will close two plants.", "Zelvara"},
	}
	for _, tc := range cases {
		wantTypes(t, tc.text, map[string]string{tc.name: Organization})
	}
}

// The document shows a person: a given name before the surname
// elsewhere, a title, a verb of saying or of what people do; a common
// word opening a sentence is no name; a name after a preposition or an
// article is no clause's subject.
func TestLoneActorsNot(t *testing.T) {
	wantTypes(t, "Maria Kessler sued the city in May. Kessler agreed to pay the costs.", map[string]string{"Maria Kessler": Person}, "Kessler")
	wantTypes(t, "Senator Dwayne Orrick spoke first. Orrick will visit Ohio.", map[string]string{"Dwayne Orrick": Person}, "Orrick")
	for _, s := range []string{
		"Heat hit a session low of 62.45 shortly before the close.",
		"Traders agreed to cut their positions.",
		"Automakers will push back against the rule.",
		"Fruit remained on the trees.",
	} {
		for _, e := range run(s) {
			if e.Type == Organization {
				t.Errorf("%q: %s is an organization", s, e.Name)
			}
		}
	}
	for _, e := range run("A court in Dunmore ruled in its favour.") {
		if e.Type == Organization {
			t.Errorf("Dunmore: %s is an organization", e.Name)
		}
	}
}
