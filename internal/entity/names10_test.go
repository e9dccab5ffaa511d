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
		"Tugboats pulled the vessel free on Monday.",
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

// Peoples and faiths named by a plural are no actors' names, and a
// quantity opening the sentence is no part of the name after it.
func TestPeopleGroups(t *testing.T) {
	cases := []struct {
		text, group string
		want        map[string]string
	}{
		{"Fighting between Azeris and Armenians broke out again in the enclave.", "Azeris", nil},
		{"Tens of thousands of Uighurs are held in camps.", "Uighurs", nil},
		{"Many Pashtuns fled across the border into Pakistan.", "Pashtuns", map[string]string{"Pakistan": Location}},
		{"Several Rohingya were killed on the boat.", "Rohingya", nil},
		{"Hundreds of Yazidis fled to Mount Sinjar.", "Yazidis", map[string]string{"Mount Sinjar": Location}},
		{"Sunnis and Shiites marched together in Baghdad on Friday.", "Shiites", map[string]string{"Baghdad": Location}},
		{"Alawites make up about a tenth of the population.", "Alawites", nil},
		{"Police said 2 Tamboris were arrested at the border.", "Tamboris", nil},
	}
	for _, tc := range cases {
		wantTypes(t, tc.text, tc.want, tc.group, "Many Pashtuns", "Hundreds of Yazidis")
	}
	// not a name that a count or an age comes before, nor one that
	// modifies the noun after it
	wantTypes(t, "The 48-year-old Dremmel told the rally that he would run. Dremmel won in 1990.", map[string]string{"Dremmel": Person})
	wantTypes(t, "Two Veltara executives resigned on Monday, Veltara said.", map[string]string{"Veltara": Organization})
	wantTypes(t, "RUGBY UNION - All Blacks relive triumph .\nAll Blacks coach John Hart said the team would rest.", map[string]string{"All Blacks": Organization})
}

func TestQuantityStart(t *testing.T) {
	cases := []struct {
		text string
		a, b int // the name's run
		want int
	}{
		{"Many Pashtuns fled", 0, 2, 1},
		{"Hundreds of Yazidis fled", 0, 3, 2},
		{"Tens of thousands of Uighurs are held", 0, 5, 4},
		{"All Blacks relive triumph", 0, 2, 0}, // no quantity here
		{"Many of the", 0, 3, 0},               // no capital after
		{"They met Many Pashtuns", 2, 4, 2},    // not at the start
	}
	for _, tc := range cases {
		r := recognizerOf(tc.text)
		if got := quantityStart(r.views[0], tc.a, tc.b); got != tc.want {
			t.Errorf("%q: starts at %d, want %d", tc.text, got, tc.want)
		}
		r.release()
	}
}

// A place followed by an organization's head word inside the tagger's
// organization is part of its name, however unsure the tagger was.
func TestOrgAfterPlace(t *testing.T) {
	for _, tc := range []struct{ text, org string }{
		{"The commander of U.S. Forces Korea met South Korean officials in Seoul.", "U.S. Forces Korea"},
		{"A spokesman for U.S. Forces Japan declined to comment.", "U.S. Forces Japan"},
		{"U.S. Forces Korea said the drills would begin on Monday.", "U.S. Forces Korea"},
	} {
		wantTypes(t, tc.text, map[string]string{tc.org: Organization}, "Forces Korea", "Forces Japan")
	}
}

// A capital that a government's verb addresses, that is coordinated with
// an acting capital or that a noun of dealing governs stands for its
// government; one visited or listed does not.
func TestCapitalsAddressed(t *testing.T) {
	cases := []struct {
		text, capital string
		acts          bool
	}{
		{"Beijing warned Tokyo against sending warships to the strait.", "Tokyo", true},
		{"Washington imposed new sanctions on Tehran.", "Tehran", true},
		{"London and Paris urged a ceasefire.", "London", true},
		{"The talks with Moscow stalled.", "Moscow", true},
		{"He flew to Tokyo and Seoul last week.", "Tokyo", false},
		{"Thousands of tourists visited Paris and London was busy.", "Paris", false},
	}
	for _, tc := range cases {
		e := find(run(tc.text), tc.capital)
		if e == nil || e.Type != Location || (e.Note != "") != tc.acts {
			t.Errorf("%q: %s is %+v, want a place that acts: %v", tc.text, tc.capital, e, tc.acts)
		}
	}
}

// One meets a person: a name the tagger took for a place is a person's
// after "met" when nothing says it is a place.
func TestMetIsPerson(t *testing.T) {
	wantTypes(t, "President Obama met Putin on Monday.", map[string]string{"Putin": Person, "Obama": Person})
	wantTypes(t, "Prime Minister Kishida met Yoon in Seoul.", map[string]string{"Yoon": Person, "Seoul": Location})
}

// A surname that owns its object with "its" after a verb of saying is
// the company, not the person of that name; a brand in apposition is a
// company's.
func TestCompanyByContext(t *testing.T) {
	text := "Ford Motor Co. reported weaker sales. Bill Ford, the company's chairman, said Ford would keep its Michigan plants open."
	es := run(text)
	p, c := find(es, "Bill Ford"), find(es, "Ford Motor Co.")
	if p == nil || c == nil {
		t.Fatalf("%q: got %v", text, entityNames(es))
	}
	for _, m := range p.Mentions {
		if m.Text == "Ford" {
			t.Errorf("%q: 'Ford would keep its plants' is Bill Ford's mention", text)
		}
	}
	wantTypes(t, "Saturn, GM's small-car brand, posted a 12 percent drop in sales.", map[string]string{"Saturn": Organization})
	for _, s := range []string{
		"Ford said it will cut 3,000 jobs in Europe.",
		"Shares of Fiat rose 4 percent in Milan.",
		"GM, the automaker, reported a loss of $2 billion.",
		"Workers at Chrysler's plant in Belvidere walked out.",
	} {
		es := run(s)
		n := 0
		for _, e := range es {
			if e.Type == Organization {
				n++
			}
			if e.Type == Person {
				t.Errorf("%q: %s is a person", s, e.Name)
			}
		}
		if n != 1 {
			t.Errorf("%q: %d organizations, want 1 (%v)", s, n, entityNames(es))
		}
	}
}

// A wire dateline's place in capitals, before a dash, is a place mention
// of kind "dateline"; a headline's topic or a common word is not.
func TestWireDatelines(t *testing.T) {
	cases := []struct{ text, place string }{
		{"DETROIT - General Motors will cut production at four plants next month, the automaker said.", "Detroit"},
		{"DETROIT (Reuters) - General Motors will cut production at four plants next month.", "Detroit"},
		{"SMALLVILLE - The mayor said the bridge would reopen on Friday after the repairs.", "SMALLVILLE"},
	}
	for _, tc := range cases {
		e := find(run(tc.text), tc.place)
		if e == nil || e.Type != Location || len(e.Mentions) == 0 || e.Mentions[0].Kind != "dateline" {
			t.Errorf("%q: %s is %+v, want a place with a dateline mention", tc.text, tc.place, e)
		}
	}
	wantTypes(t, "NOTE - Apic Yamada Corp is a leading manufacturer of semiconductor leadframes.", nil, "NOTE")
	wantTypes(t, "SOCCER - JAPAN GET LUCKY WIN .", nil, "SOCCER")
}
