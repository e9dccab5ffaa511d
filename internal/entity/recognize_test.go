package entity

import (
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/text"
)

func run(s string) []Entity {
	doc := &document.Document{ID: "t", Text: s}
	return Recognize(doc, text.Segment(doc), nil)
}

func find(es []Entity, name string) *Entity {
	for i := range es {
		if es[i].Name == name {
			return &es[i]
		}
	}
	return nil
}

func TestRecognizeTable(t *testing.T) {
	type want struct {
		name, typ, sub string
		aliases        []string // must all be present
	}
	cases := []struct {
		text string
		want []want
		not  []string // names that must not be entities
	}{
		{
			text: "Japanese Prime Minister Yoshihide Suga met Chinese President Xi Jinping in Beijing on Tuesday. Suga said the talks were useful.",
			// A nationality before a title implies the state (its only
			// mentions are the demonyms); the demonym is no name itself.
			want: []want{{"Yoshihide Suga", Person, "", []string{"Suga"}}, {"Xi Jinping", Person, "", nil}, {"Beijing", Location, "city", nil},
				{"Japan", Location, "country", nil}, {"China", Location, "country", nil}},
			not: []string{"Japanese", "Chinese", "Prime Minister", "Tuesday"},
		},
		{
			// A one-word name at the start of a sentence, where its capital
			// says nothing, is a person's when a person's verb follows
			// ("met", "plans"); the one met is a person too.
			text: "Merkel met Hollande in Berlin on Monday. Rutte plans to visit Madrid in May.",
			want: []want{{"Merkel", Person, "", nil}, {"Hollande", Person, "", nil}, {"Rutte", Person, "", nil}, {"Madrid", Location, "city", nil}},
		},
		{
			// "International", "National", "Central" open the names of
			// organizations that end in an organization's word, which the
			// gazetteer need not know; "Laboratory" and "Survey" are such
			// words.
			text: "The International Olympic Committee met in Lausanne. Engineers at the Jet Propulsion Laboratory and the U.S. Geological Survey disagreed. The National Highway Traffic Safety Administration opened an inquiry.",
			want: []want{{"International Olympic Committee", Organization, "", nil}, {"Jet Propulsion Laboratory", Organization, "", nil},
				{"U.S. Geological Survey", Organization, "", nil}, {"National Highway Traffic Safety Administration", Organization, "", nil}},
			not: []string{"Committee", "Olympic Committee", "Highway Traffic Safety Administration"},
		},
		{
			// A body's name before "and" and a word no text writes in
			// lower case: two names ("Ministry of Trade and Industry" is
			// one). Parliaments are organizations; a garden, a stadium
			// or a bridge a place, whatever given name opens it.
			text: "Shares of Royal Bank of Scotland and Lloyds fell. The Ministry of Trade and Industry agreed. The Knesset approved the accords. Reagan spoke in the Rose Garden, then flew over the Golden Gate Bridge.",
			want: []want{{"Royal Bank of Scotland", Organization, "", nil}, {"Lloyds", Organization, "", nil},
				{"Ministry of Trade and Industry", Organization, "", nil}, {"Knesset", Organization, "government", nil},
				{"Rose Garden", Location, "", nil}, {"Golden Gate Bridge", Location, "", nil}},
			not: []string{"Royal Bank of Scotland and Lloyds"},
		},
		{
			// "Camp", "Fort", "Lake" open places' names; planets are
			// places.
			text: "Carter took the talks to Camp David. The troops left Fort Bragg on Monday. The probe will reach Mars in May.",
			want: []want{{"Camp David", Location, "", nil}, {"Fort Bragg", Location, "", nil}, {"Mars", Location, "planet", nil}},
		},
		{
			// Craft named after their kind and a comma, or before it
			// after a number, are no entities; nor is a time zone.
			text: "The rover, Sojourner, left the base. It was the first landing since the two Viking landers. Another spacecraft, Mars Global Surveyor, is due in September. The signal came at 10:07 a.m. Pacific time.",
			not:  []string{"Sojourner", "Viking", "Mars Global Surveyor", "Pacific"},
		},
		{
			// A company's name without its designator is the same company
			// ("Time Warner" beside "Time Warner Inc."); "AOL" is America
			// Online's.
			text: "America Online Inc. agreed on Monday to buy Time Warner Inc. for about $165 billion. Time Warner said its board approved the deal. AOL will own 55 percent.",
			want: []want{{"Time Warner Inc.", Organization, "", []string{"Time Warner"}}, {"America Online", Organization, "", []string{"AOL"}}},
			not:  []string{"Time Warner", "AOL"},
		},
		{
			// Names listed before "brands" are a maker's nameplates,
			// no places or people.
			text: "GM said it would drop its Saturn, Pontiac and Hummer brands.",
			want: []want{{"General Motors", Organization, "", []string{"GM"}}},
			not:  []string{"Saturn", "Pontiac", "Hummer"},
		},
		{
			// An adverb opening a quoted sentence ("``Ultimately,", as
			// wire copy writes its quotes) is no one's name.
			text: "The car was found, the FBI said. ``Ultimately, we would need a hair from Kopp himself,'' the official added.",
			want: []want{{"Kopp", Person, "", nil}},
			not:  []string{"Ultimately"},
		},
		{
			// Acronyms of common things are no organizations.
			text: "Prosecutors presented DNA tests. GDP grew 2 percent, the CEO said. SARS spread and HIV cases rose.",
			not:  []string{"DNA", "GDP", "CEO", "SARS", "HIV"},
		},
		{
			// A name after a person's title is the person where the
			// tagger, unsure, says "other"; a body's name met whole
			// before is that body when written shorter.
			text: "Congress is expected to send President Bush a bill. The U.S. Geological Survey warned of more eruptions. Scientists at the Geological Survey said the mountain could erupt.",
			want: []want{{"Bush", Person, "", nil}, {"U.S. Geological Survey", Organization, "", []string{"Geological Survey"}}},
		},
		{
			// A state's abbreviation after a city and a comma is the
			// state, with its dot.
			text: "PASADENA, Calif. - Engineers cheered. She moved to Albany, N.Y., and then to Lansing, Mich.",
			want: []want{{"California", Location, "state", []string{"Calif."}}, {"New York State", Location, "state", []string{"N.Y."}},
				{"Michigan", Location, "state", []string{"Mich."}}},
			not: []string{"Calif", "Mich"},
		},
		{
			// An abbreviation inside a name ("St.", "Mt.") does not end
			// it, even where a title-case headline named it first.
			text: "Mount St. Helens erupts\n\nMay 19, 1980\n\nVANCOUVER, Wash. - Mount St. Helens exploded on Sunday. The mill moved to Fort St. John and Mt. Vernon.",
			want: []want{{"Mount St. Helens", Location, "", nil}, {"Fort St. John", Location, "", nil}, {"Mt. Vernon", Location, "", nil}},
			not:  []string{"Mount", "St. Helens", "Fort", "St. John"},
		},
		{
			// A wire dateline's place in capitals is the place the text
			// names otherwise, and keeps that name.
			text: "PORTLAND, Oregon - Fire crews in Portland worked through the night.",
			want: []want{{"Portland", Location, "", []string{"PORTLAND"}}},
			not:  []string{"PORTLAND"},
		},
		{
			// and a company's before a company's verb.
			text: "Zalando acquired a rival in 2014.",
			want: []want{{"Zalando", Organization, "", nil}},
		},
		{
			text: "Officials at the Reserve Bank of Fiji said the Nordic Energy Council (NEC) had asked for data. The NEC meets in Oslo.",
			want: []want{{"Reserve Bank of Fiji", Organization, "", nil}, {"Nordic Energy Council", Organization, "", []string{"NEC"}}, {"Oslo", Location, "city", nil}},
		},
		{
			text: "Germany’s foreign minister spoke in the city of Ostrava. Mr. Okonkwo stayed in Accra.",
			want: []want{{"Germany", Location, "country", nil}, {"Ostrava", Location, "", nil}, {"Okonkwo", Person, "", nil}, {"Accra", Location, "city", nil}},
			not:  []string{"Germany’s", "Mr"},
		},
		{
			text: "Still, Canada and Mexico rejected the U.S.-led plan after World War II. Russian officials said WWII ended in Europe.",
			// "Russian officials" act for Russia: the state is an entity.
			want: []want{{"Canada", Location, "country", nil}, {"Mexico", Location, "country", nil}, {"Europe", Location, "continent", nil},
				{"Russia", Location, "country", nil}},
			not: []string{"Still", "World War II", "WWII", "Russian"},
		},
		{
			// A demonym before other nouns is an adjective: no state.
			text: "Japanese citizens may visit the islands. Chinese tourists filled the Russian port of Vladivostok.",
			want: []want{{"Vladivostok", Location, "city", nil}},
			not:  []string{"Japanese", "Japan", "Chinese", "China", "Russian", "Russia"},
		},
		{
			text: "Soviet troops took the islands in 1945.",
			want: []want{{"Soviet Union", Organization, "former_state", nil}},
			not:  []string{"Soviet"},
		},
		{
			text: "Leaders met at the Asia-Pacific Economic Cooperation summit. The APEC meeting ended in Lima, where Peru hosted it.",
			want: []want{{"Asia-Pacific Economic Cooperation", Organization, "international_org", []string{"APEC"}}, {"Lima", Location, "city", nil}},
		},
		{
			text: "Troops landed on Sakhalin and sailed through the Sea of Okhotsk toward the Kuril Islands.",
			want: []want{{"Sakhalin", Location, "island", nil}, {"Sea of Okhotsk", Location, "body_of_water", nil}, {"Kuril Islands", Location, "island", nil}},
		},
	}
	for _, c := range cases {
		got := run(c.text)
		for _, w := range c.want {
			e := find(got, w.name)
			if e == nil {
				t.Errorf("%q: no entity %q in %v", c.text, w.name, names(got))
				continue
			}
			if e.Type != w.typ || w.sub != "" && e.Subtype != w.sub {
				t.Errorf("%q: %s typed %s/%s, want %s/%s", c.text, w.name, e.Type, e.Subtype, w.typ, w.sub)
			}
			for _, a := range w.aliases {
				if !contains(e.Aliases, a) {
					t.Errorf("%q: %s aliases %q lack %q", c.text, w.name, e.Aliases, a)
				}
			}
		}
		for _, n := range c.not {
			if find(got, n) != nil {
				t.Errorf("%q: %q should not be an entity", c.text, n)
			}
		}
	}
}

func names(es []Entity) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Type+":"+e.Name)
	}
	return out
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func TestDescriptions(t *testing.T) {
	got := run("French President Emmanuel Macron flew to Berlin to see Chancellor Olaf Scholz. The French leader said the chancellor was a friend.")
	mac, sch := find(got, "Emmanuel Macron"), find(got, "Olaf Scholz")
	if mac == nil || sch == nil {
		t.Fatalf("entities: %v", names(got))
	}
	if mac.Nationality != "France" || mac.Title != "president" {
		t.Errorf("Macron nationality/title = %q/%q", mac.Nationality, mac.Title)
	}
	if !contains(mac.Aliases, "The French leader") {
		t.Errorf("Macron aliases %q lack the description", mac.Aliases)
	}
	if !contains(sch.Aliases, "the chancellor") {
		t.Errorf("Scholz aliases %q lack the description", sch.Aliases)
	}
	// Two presidents: "the president" is ambiguous and stays unresolved.
	got = run("President Ana Lima met President Rui Costa in Lisbon. The president said little.")
	for _, e := range got {
		for _, m := range e.Mentions {
			if m.Kind == "description" {
				t.Errorf("ambiguous description resolved to %s", e.Name)
			}
		}
	}
	// An indefinite newcomer blocks the description: "a senior official ... the official".
	got = run("Chief Cabinet Secretary Taro Kono spoke first. A senior official told reporters more. The official declined to comment.")
	if e := find(got, "Taro Kono"); e == nil || len(e.Aliases) != 0 && contains(e.Aliases, "The official") {
		t.Errorf("Kono: %+v", e)
	}
}

func TestIDsMentionsAndContainers(t *testing.T) {
	s := "Vladivostok lies in Russia. Putin’s aide, Vladimir Putin’s friend, arrived. The Russian side agreed."
	got := run(s)
	for i, e := range got {
		if e.ID != "e"+string(rune('1'+i)) {
			t.Errorf("entity %d has ID %s", i, e.ID)
		}
		for j, m := range e.Mentions {
			if s[m.Start:m.End] != m.Text {
				t.Errorf("mention text %q != span %q", m.Text, s[m.Start:m.End])
			}
			if j > 0 && e.Mentions[j-1].Start > m.Start {
				t.Errorf("mentions of %s not sorted", e.Name)
			}
			if strings.HasSuffix(m.Text, "’s") {
				t.Errorf("possessive kept in mention %q", m.Text)
			}
		}
	}
	v, r := find(got, "Vladivostok"), find(got, "Russia")
	if v == nil || r == nil || v.PartOf != r.ID || v.Container != "Russia" || v.Lat == nil {
		t.Fatalf("Vladivostok/Russia: %+v %+v", v, r)
	}
	p := find(got, "Vladimir Putin")
	if p == nil || !contains(p.Aliases, "Putin") || p.Type != Person {
		t.Errorf("Putin: %+v (%v)", p, names(got))
	}
	var demonym bool
	for _, m := range r.Mentions {
		if m.Kind == "demonym" && m.Text == "Russian" {
			demonym = true
		}
	}
	if !demonym {
		t.Errorf("Russia lacks the demonym mention: %+v", r.Mentions)
	}
}

func TestSeedEntities(t *testing.T) {
	doc := seedDoc(t, true)
	got := Recognize(doc, text.Segment(doc), nil)
	want := []struct{ name, typ string }{
		{"Vladimir Putin", Person}, {"Shinzo Abe", Person}, {"Donald Trump", Person}, {"Kotaro Nogami", Person},
		{"Japan", Location}, {"Russia", Location}, {"Vietnam", Location}, {"Danang", Location}, {"Vladivostok", Location},
		{"Tokyo", Location}, {"Hokkaido", Location}, {"Etorofu", Location}, {"Kunashiri", Location}, {"Shikotan", Location},
		{"Habomai", Location}, {"Korean Peninsula", Location}, {"North Korea", Location}, {"Pyongyang", Location},
		{"China", Location}, {"United States", Location}, {"Washington", Location}, {"Moscow", Location},
		{"Pacific Ocean", Location}, {"Far East", Location},
		{"Asia-Pacific Economic Cooperation", Organization}, {"United Nations Security Council", Organization},
		{"Soviet Union", Organization}, {"The Japan Times", Organization},
	}
	for _, w := range want {
		e := find(got, w.name)
		if e == nil {
			t.Errorf("seed: missing %s", w.name)
			continue
		}
		if e.Type != w.typ {
			t.Errorf("seed: %s is %s, want %s", w.name, e.Type, w.typ)
		}
	}
	for _, n := range []string{"Japanese", "Russian", "Vietnamese", "WWII", "World War II", "PRINT", "Europe", "Europe & Eurasia"} {
		if find(got, n) != nil {
			t.Errorf("seed: %q must not be an entity", n)
		}
	}
	aliases := map[string][]string{
		"Vladimir Putin":                    {"Putin", "the Russian leader"},
		"Shinzo Abe":                        {"Abe", "the prime minister"},
		"Donald Trump":                      {"Trump"},
		"Asia-Pacific Economic Cooperation": {"APEC"},
	}
	for n, as := range aliases {
		e := find(got, n)
		if e == nil {
			continue
		}
		for _, a := range as {
			if !contains(e.Aliases, a) {
				t.Errorf("seed: %s aliases %q lack %q", n, e.Aliases, a)
			}
		}
	}
	if d, v := find(got, "Danang"), find(got, "Vietnam"); d != nil && v != nil && d.PartOf != v.ID {
		t.Errorf("seed: Danang PartOf = %q, want %s", d.PartOf, v.ID)
	}
	if m := find(got, "Moscow"); m != nil && m.Note == "" {
		t.Errorf("seed: Moscow lacks the metonymy note")
	}
	// "Abe-Putin meeting": both names get a mention inside the compound.
	var compound int
	for _, e := range got {
		for _, m := range e.Mentions {
			if m.Start > 0 && doc.Text[m.Start-1] == '-' || m.End < len(doc.Text) && doc.Text[m.End] == '-' && (e.Name == "Shinzo Abe" || e.Name == "Vladimir Putin") {
				compound++
			}
		}
	}
	if compound < 2 {
		t.Errorf("seed: Abe-Putin compound gave %d mentions, want 2", compound)
	}
}

func FuzzRecognize(f *testing.F) {
	for _, s := range []string{"", "U.S. President Donald Trump met Abe-Putin in Tokyo’s port.", "The Bank of of", "A (B) C-D-E ’s ’", "Mr. . Mr", "\xff\xfeJapan"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		doc := &document.Document{Text: s}
		for _, e := range Recognize(doc, text.Segment(doc), nil) {
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
					t.Fatalf("bad span %v in %q", m.Span, s)
				}
			}
		}
	})
}

func benchText() string {
	var b strings.Builder
	for b.Len() < 200_000 {
		b.WriteString("Japanese Prime Minister Yoshihide Suga met Chinese President Xi Jinping in Beijing on Tuesday, the Foreign Ministry said. ")
		b.WriteString("The two leaders agreed to resume talks on the East China Sea. Suga plans to visit Seoul in May, officials at the Liberal Democratic Party said.\n\n")
		b.WriteString("Still, the Nordic Energy Council (NEC) warned that Russia’s exports through the Black Sea had fallen. The NEC meets in Oslo.\n\n")
	}
	return b.String()
}

func BenchmarkRecognize(b *testing.B) {
	s := benchText()
	doc := &document.Document{Text: s}
	sents := text.Segment(doc)
	DefaultLexicon()
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Recognize(doc, sents, nil)
	}
}

// A name whose head word is a place's or an organization's is never a
// person, whatever a title-case headline made the tagger think (our own
// lines, about a real event).
func TestHeadWordNotPerson(t *testing.T) {
	es := run("Stranded ship freed from Suez Canal after six days\n\nSalvage teams refloated the ship on Monday, six days after it ran aground and blocked the Suez Canal.\n")
	e := find(es, "Suez Canal")
	if e == nil || e.Type != Location {
		t.Fatalf("Suez Canal: %+v", e)
	}
	for _, tc := range []struct{ name, want string }{
		{"Suez Canal", Location}, {"Ohio River", Location}, {"Gaza Strip", ""}, {"Shoei Kisen Co.", Organization},
		{"Sean Park", ""}, {"Margaret Court", ""}, {"Canal", ""}, {"Redfield Capital", Organization}, {"Kestrel Partners", Organization},
	} {
		if got := notPersonHead(strings.Fields(tc.name)); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.name, got, tc.want)
		}
	}
}

// Places in lines of sports results stand for the clubs named after them:
// our own lines, in the shape of a results table.
func TestTeamsInResults(t *testing.T) {
	es := run("BASEBALL - RESULTS\n\nChicago 4 Houston 3\nBoston 6 Detroit 1\nHouston 72 63 .533\nChicago 65 66 .496\n")
	for _, name := range []string{"Chicago", "Houston", "Boston", "Detroit"} {
		e := find(es, name)
		if e == nil || e.Type != Organization {
			t.Errorf("%s: %+v, want an organization", name, e)
		}
	}
	// The team and the city of one name are two entities of one document.
	es = run("BASEBALL RESULTS\n\nNEW YORK 1996-08-30\n\nNew York 72 63 .533\nChicago 65 66 .496\nThe mayor of New York was there.\n")
	var types []string
	for _, e := range es {
		if strings.EqualFold(e.Name, "New York") {
			types = append(types, e.Type)
		}
	}
	if j := strings.Join(types, ","); !strings.Contains(j, Location) || !strings.Contains(j, Organization) {
		t.Errorf("New York: %v, want a place and a team", types)
	}
	// So when both are written the same way, in capitals: the dateline's
	// place is no club for the results' lines below it.
	es = run("BASEBALL - MAJOR LEAGUE RESULTS\n\nNEW ORLEANS 1996-08-30\n\nResults of games played on Friday ( home team first ) :\n\nNEW ORLEANS 5 Memphis 3\n\nDallas 4 Atlanta 3\n")
	types = types[:0]
	for _, e := range es {
		if e.Name == "NEW ORLEANS" {
			types = append(types, e.Type)
		}
	}
	if j := strings.Join(types, ","); !strings.Contains(j, Location) || !strings.Contains(j, Organization) {
		t.Errorf("NEW ORLEANS: %v, want a place and a team", types)
	}
	// In prose a city stays a place.
	es = run("The mayor of Chicago visited Houston on Monday.\n")
	if e := find(es, "Houston"); e == nil || e.Type != Location {
		t.Errorf("Houston in prose: %+v", e)
	}
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Chicago 4 Houston 3", true}, {"Kent 108-3 , Sussex 363", true}, {"CHICAGO AT TORONTO", true}, {"Ajax v PSV", true},
		{"Houston won the game 4 to 3 on Monday night in front of the fans", false}, {"NEW YORK 1996-08-30", false},
	} {
		toks := text.Tokenize(tc.line, document.Span{Start: 0, End: len(tc.line)})
		v := make([]tokView, len(toks))
		for i := range toks {
			v[i] = tokView{Token: &toks[i], cap: toks[i].Text[0] >= 'A' && toks[i].Text[0] <= 'Z',
				fl: uint32(DefaultLexicon().words.get(toks[i].Lower) >> 32)}
		}
		if got := teamContext(v, 0, 1, kindOfLine(v)); got != tc.want {
			t.Errorf("%q: team %v, want %v", tc.line, got, tc.want)
		}
	}
}

// A name that its context makes a product's or a work's is no person,
// organization or place: our own sentences.
func TestProductsByContext(t *testing.T) {
	es := run("Reviewers praised the web browser Opera and the album Abbey Road. Ventura, the latest version of the operating system, came out in October.\n")
	for _, name := range []string{"Opera", "Abbey Road", "Ventura"} {
		if e := find(es, name); e != nil {
			t.Errorf("%s: %+v, want no entity", name, e)
		}
	}
	// A vessel or craft: "the ... rig", "the ... container ship".
	es = run("The Sea Empress tanker spilled oil near Milford Haven. Engineers boarded the Ocean Ranger rig in February.\n")
	for _, name := range []string{"Sea Empress", "Ocean Ranger"} {
		if e := find(es, name); e != nil {
			t.Errorf("%s: %+v, want no entity", name, e)
		}
	}
	// A name with no such context stays, and a place before a craft noun
	// without "the" is a place's ("Gulf rig count").
	es = run("John Smith, the lawyer for the family, spoke to reporters in Denver. Texas rig counts fell.\n")
	if find(es, "John Smith") == nil || find(es, "Denver") == nil || find(es, "Texas") == nil {
		t.Errorf("names lost: %v", names(es))
	}
}

// A name whose possessive has a plant, a subsidiary or shareholders, or
// that is owned or bought, is a company's, whatever "at" or the tagger
// says: our own sentences.
func TestFirmByPossessive(t *testing.T) {
	es := run("Workers at Chrysler's plant in Detroit went on strike. Pirelli's cables division grew. Fiat, which owns Lancia, agreed.\n")
	for _, name := range []string{"Chrysler", "Pirelli", "Lancia"} {
		if e := find(es, name); e == nil || e.Type != Organization {
			t.Errorf("%s: %+v, want an organization", name, e)
		}
	}
	// Written out from tokens, the possessive is split from the name
	// ("Varela ' s"): still the company's.
	es = run("Varela cables look to China .\n\nThe deal marks a further move by Varela 's cables division to expand .\n")
	if e := find(es, "Varela"); e == nil || e.Type != Organization {
		t.Errorf("Varela 's cables division: %+v, want an organization", e)
	}
	// A person's possessive with other nouns stays a person's.
	es = run("Senator John Smith's wife and Smith's shares were mentioned.\n")
	if e := find(es, "John Smith"); e == nil || e.Type != Person {
		t.Errorf("John Smith: %+v", e)
	}
}

// A one-word name the text treats as a company ("Ford said it will cut
// jobs") is not merged into the person of that surname ("Bill Ford").
func TestCompanyNotSurname(t *testing.T) {
	es := run("Ford said it will cut 30,000 jobs. Bill Ford met investors on Monday.\n")
	if e := find(es, "Ford"); e == nil || e.Type != Organization {
		t.Errorf("Ford: %+v, want the company", e)
	}
	if e := find(es, "Bill Ford"); e == nil || e.Type != Person || len(e.Mentions) != 1 {
		t.Errorf("Bill Ford: %+v, want the person, once", e)
	}
	// Without such a cue the surname is the person's.
	es = run("Bill Ford met investors on Monday. Ford told them the plan was sound.\n")
	if e := find(es, "Bill Ford"); e == nil || len(e.Mentions) != 2 {
		t.Errorf("Bill Ford: %+v, want both mentions", e)
	}
	// One "said it" among a person's surnames is no company.
	es = run("Karen Holt resigned on Monday. Holt said it was hard to leave. Holt thanked her staff. Holt will stay until May.\n")
	if e := find(es, "Karen Holt"); e == nil || len(e.Mentions) != 4 {
		t.Errorf("Karen Holt: %+v, want all four mentions", e)
	}
}

// A made-up company's name, which neither the gazetteers nor the tagger
// know, is a company's when one of its mentions has a company's context
// and none a person's: the tagger's guess of a person for an unfamiliar
// one-word name gives way (our own sentences, names invented).
func TestFirmByContext(t *testing.T) {
	for _, tc := range []struct{ text, name, want string }{
		{"Shares of Kallisto fell 12 percent on Monday.", "Kallisto", Organization},
		{"Brightline's chief executive said the line would open in May.", "Brightline", Organization},
		{"Veloxa, the electric scooter start-up, filed for bankruptcy on Tuesday.", "Veloxa", Organization},
		{"Tarvik, the office-sharing company once valued at $9 billion, cut its losses.", "Tarvik", Organization},
		{"Orvane, Japan's second-largest steelmaker, raised prices.", "Orvane", Organization},
		{"KLMX, a regional carrier, grounded its fleet.", "KLMX", Organization},
		{"Dockers protested at Oravia's warehouses. Oravia makes parts.", "Oravia", Organization},
		{"Sandor Velk, a unit of Pelham Group, opened a plant.", "Sandor Velk", Organization},
		// A person's context wins, and an apposition about the company
		// is not one about the person.
		{"Karin Osterfeld, the company's chief executive, resigned. Osterfeld, who founded it, left.", "Karin Osterfeld", Person},
		{"General Tomas Reyna, took a group of reporters to the site.", "Tomas Reyna", Person},
		{"Dana Whitcombe, a former bank executive, joined the board.", "Dana Whitcombe", Person},
	} {
		es := run(tc.text + "\n")
		if e := find(es, tc.name); e == nil || e.Type != tc.want {
			t.Errorf("%q: %s is %+v, want %s", tc.text, tc.name, e, tc.want)
		}
	}
}

// A county, a township or a parish is a place, however its officials
// made the tagger read an organization, and a state body named by its
// common noun alone ("told Parliament") is no person (our own sentences;
// the places are real, the events invented).
func TestAdminPlacesAndInstitutions(t *testing.T) {
	for _, tc := range []struct{ text, name, want string }{
		{"Floods hit Harlan County and Tuscarawas Township on Sunday.", "Harlan County", Location},
		{"Floods hit Harlan County and Tuscarawas Township on Sunday.", "Tuscarawas Township", Location},
		{"Residents of Plaquemines Parish were told to leave. Cuyahoga County officials said roads were shut.", "Cuyahoga County", Location},
		{"Residents of Plaquemines Parish were told to leave. Cuyahoga County officials said roads were shut.", "Plaquemines Parish", Location},
		{"The minister told Parliament on Monday that the plan would go ahead.", "Parliament", Organization},
	} {
		es := run(tc.text + "\n")
		if e := find(es, tc.name); e == nil || e.Type != tc.want {
			t.Errorf("%q: %s is %+v, want %s", tc.text, tc.name, e, tc.want)
		}
	}
	// A club named after a county in a line of results stays a club.
	es := run("Scottish league results:\n\nRoss County 3 Stenhousemuir 1\n\nMontrose 2 Ross County 0\n")
	if e := find(es, "Ross County"); e != nil && e.Type != Organization {
		t.Errorf("Ross County in results: %+v", e)
	}
}

// A name ending in an industry's word ("Steel", "Petroleum", "Mining")
// is a company's, and a sentence's first word that is a common noun
// ("Shares of ...") is no part of it; a person so named keeps a person's
// cues (our own sentences, companies invented).
func TestIndustrySuffix(t *testing.T) {
	text := "Regulators block Orvane's purchase of Ohio Steel\n\nMarch 3, 2024\n\nThe plan was announced on Monday by Nordland Steel. Shares of Texas Steel rose.\n"
	for _, tc := range []struct{ text, name, want string }{
		{text, "Ohio Steel", Organization},
		{text, "Nordland Steel", Organization},
		{text, "Texas Steel", Organization},
		{"Canada Mining said output fell.", "Canada Mining", Organization},
		{"Former party leader David Steel, who led the Liberals, spoke on Monday.", "David Steel", Person},
	} {
		es := run(tc.text + "\n")
		if e := find(es, tc.name); e == nil || e.Type != tc.want {
			t.Errorf("%q: %s is %+v, want %s", tc.text, tc.name, e, tc.want)
		}
	}
}

// "the X union", "the X party": a body of members is an organization;
// a place before a company noun stays a place (our own sentences, names
// invented but the cities).
func TestMemberBodyAfter(t *testing.T) {
	for _, tc := range []struct{ text, name, want string }{
		{"The United Dockworkers union opposed the sale from the start.", "United Dockworkers", Organization},
		{"Leaders of the Varsek movement met in secret.", "Varsek", Organization},
		{"The Detroit automaker said it would close the plant.", "Detroit", Location},
	} {
		es := run(tc.text + "\n")
		if e := find(es, tc.name); e == nil || e.Type != tc.want {
			t.Errorf("%q: %s is %+v, want %s", tc.text, tc.name, e, tc.want)
		}
	}
}

// Company designators of other countries end organization names, never
// persons' ("Varela SpA chairman"), and a name before a lower-case place
// noun is that place's, even one named after a person ("Charles de
// Gaulle airport"): our own sentences, names invented but the airport.
func TestDesignatorsAndPlaceNouns(t *testing.T) {
	for _, tc := range []struct{ text, name, want string }{
		{"Varela SpA chairman Bruno Conti said sales rose.", "Varela SpA", Organization},
		{"Lindqvist AB and Hollmann GmbH signed the deal.", "Hollmann GmbH", Organization},
		{"Protesters marched outside Charles de Gaulle airport on Friday.", "Charles de Gaulle", Location},
		{"Sporadic gunfire echoed in the nearby Zagros mountains on Friday.", "Zagros", Location},
		{"Cargo piled up at Tanjung Priok port on Thursday.", "Tanjung Priok", Location},
	} {
		es := run(tc.text + "\n")
		if e := find(es, tc.name); e == nil || e.Type != tc.want {
			t.Errorf("%q: %s is %+v, want %s", tc.text, tc.name, e, tc.want)
		}
	}
}

// A role before a name ("goalkeeper", "analyst", "dissident") is a
// title, and a title makes the name a person's whatever the tagger said,
// unless the name's own words or context make it a company's or a
// place's (our own sentences, names invented).
func TestRolesMakePersons(t *testing.T) {
	for _, tc := range []struct{ text, name, want string }{
		{"The Belgian goalkeeper Joris Van Daele saved a penalty. Van Daele was the hero.", "Joris Van Daele", Person},
		{"Police detained the dissident Wu Tianmei on Saturday.", "Wu Tianmei", Person},
		{"\"The market is nervous,\" said analyst Pera Lindholm of Nordea.", "Pera Lindholm", Person},
	} {
		es := run(tc.text + "\n")
		if e := find(es, tc.name); e == nil || e.Type != tc.want {
			t.Errorf("%q: %s is %+v, want %s", tc.text, tc.name, e, tc.want)
		}
	}
	// The vote itself: a tagger sure of an organization gives way to a
	// title, not to a title beside an organization's head word.
	for _, tc := range []struct {
		feats []string
		want  string
	}{
		{[]string{"title"}, Person},
		{[]string{"orgsuffix", "title"}, Organization},
		{nil, Organization},
	} {
		s := "Filip Van Wilder saved it.\n"
		doc := &document.Document{ID: "t", Text: s}
		r := newRecognizer(doc, text.Segment(doc), DefaultLexicon())
		c := Candidate{Span: document.Span{Start: 0, End: 16}, Text: "Filip Van Wilder", First: 0, Last: 2,
			Features: tc.feats, NER: "ORG", NERConf: 0.9}
		es := r.resolve([]Candidate{c})
		r.release()
		if len(es) != 1 || es[0].Type != tc.want {
			t.Errorf("features %v: %+v, want %s", tc.feats, es, tc.want)
		}
	}
}

// A country's abbreviation at the start of a longer name is the name
// written in full: one company, not two.
func TestSpelledOutCountry(t *testing.T) {
	es := run("United States Steel agreed to the sale in December. U.S. Steel said on Friday it would appeal.\n")
	e := find(es, "United States Steel")
	if e == nil || len(e.Mentions) != 2 {
		t.Errorf("United States Steel: %+v, want both mentions", e)
	}
	for _, c := range []struct{ in, want string }{
		{"U.S. Steel", "United States Steel"}, {"U.S.", "U.S."}, {"U.K. Treasury", "United Kingdom Treasury"}, {"Nippon Steel", "Nippon Steel"},
	} {
		if got := spelledOut(c.in); got != c.want {
			t.Errorf("spelledOut(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
