package pipeline

import "testing"

// A place that only modifies a common noun ("U.S. markets", "Tokyo
// stocks") stands for nobody that noun names, as agent or patient; before
// a body that acts for it ("U.S. officials", "Tokyo police", "U.S.
// regulators") it is the actor, and before the noun of its kind ("the
// Habomai group of islets") it is the place itself.
func TestPlaceModifierIsNoParty(t *testing.T) {
	for _, c := range []struct {
		text, lemma, place string
		party              bool
	}{
		{"U.S. markets were shut on Monday for the holiday.", "shut", "United States", false},
		{"Tokyo stocks fell sharply on Tuesday after the bank's decision.", "fall", "Tokyo", false},
		{"Investors dumped U.S. bonds on Wednesday as inflation rose.", "dump", "United States", false},
		{"U.S. officials met their Chinese counterparts in Geneva on Monday.", "meet", "United States", true},
		{"U.S. regulators fined the bank $50 million on Tuesday.", "fine", "United States", true},
		{"U.S. troops left the base on Sunday.", "leave", "United States", true},
		// a place's name before the noun of its kind: the place itself
		{"Shikotan and the Habomai group of islets were seized by the Soviet Union in 1945.", "seize", "Habomai", true},
	} {
		doc := readText(t, "March 22, 2013\n\n"+c.text+"\n")
		r := Process(doc)
		names := entityNames(r)
		found, has := false, false
		for _, e := range allEvents(r) {
			if e.Lemma != c.lemma {
				continue
			}
			found = true
			for _, p := range e.Participants {
				has = has || names[p.Entity] == c.place
			}
			for _, p := range e.Places {
				has = has || c.party && names[p] == c.place // the place itself may be where
			}
		}
		if !found {
			t.Errorf("%s: no %q event", c.text, c.lemma)
			continue
		}
		if has != c.party {
			t.Errorf("%s: %q has %s as a participant (or, wanted, a place): %v, want %v", c.text, c.lemma, c.place, has, c.party)
		}
	}
}
