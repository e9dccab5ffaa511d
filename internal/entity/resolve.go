package entity

import (
	"slices"
	"strings"

	"github.com/chronicle-news/chronicle/internal/wordset"
)

// group collects the candidates that refer to one entity.
type group struct {
	key      groupKey
	gaz      *GazEntry
	typ      string
	subtype  string
	cands    []*Candidate
	kinds    []string // mention kind per candidate
	extra    []Mention
	title    string
	keys     []string
	nat      *GazEntry
	tokens   []string // tokens of the longest name
	merged   *group   // set when merged into another group
	headOnly bool     // seen only in headline-like lines
	// position of the first mention, and the entity ID (build)
	firstAt int
	id      string
	n       int // number of candidates (resolve)
}

// grown returns (*s)[:n], with new memory when its capacity is short,
// and keeps it in *s.
func grown[T any](s *[]T, n int) []T {
	if cap(*s) < n {
		*s = make([]T, n)
	}
	*s = (*s)[:n]
	return *s
}

// groupKey identifies a group: a gazetteer entry by its name, or a free
// name by its text with spaces and apostrophes normalized (cleanName).
// A name's mentions in lines of sports results ("NEW YORK 4") are a group
// of their own (team), apart from its other mentions (the dateline "NEW
// YORK 1996-08-30"): the club, not the place.
type groupKey struct {
	gaz  bool
	team bool
	name string
}

func (g *group) root() *group {
	for g.merged != nil {
		g = g.merged
	}
	return g
}

func (g *group) first() int {
	f := -1
	for _, c := range g.cands {
		if f < 0 || c.Start < f {
			f = c.Start
		}
	}
	for _, m := range g.extra {
		if f < 0 || m.Start < f {
			f = m.Start
		}
	}
	return f
}

func candKey(c *Candidate) groupKey {
	if c.Gaz != nil && !(c.Gaz.Type == Location && hasFeature(c, "team")) {
		return groupKey{gaz: true, name: c.Gaz.Name}
	}
	return groupKey{name: spelledOut(cleanName(c.Text)), team: hasFeature(c, "team")}
}

// spelledOut writes a country's abbreviation at the start of a longer
// name in full, so that "U.S. Steel" and "United States Steel" are one
// name ("U.S." alone, the country, is the gazetteer's).
func spelledOut(name string) string {
	for _, a := range [...][2]string{{"U.S. ", "United States "}, {"U.K. ", "United Kingdom "}} {
		if strings.HasPrefix(name, a[0]) && len(name) > len(a[0]) {
			return a[1] + name[len(a[0]):]
		}
	}
	return name
}

// resolve turns the candidates into entities: it groups them by name,
// types the groups, links surnames, acronyms and compounds to the names
// they stand for, drops what is no entity, points demonyms to their
// countries, and builds the entities.
func (r *recognizer) resolve(cands []Candidate) []Entity {
	order, groups, demonyms := r.groupCands(cands)
	r.typeGroups(order)
	// Surname and first-name aliases: "Abe" -> "Shinzo Abe".
	aliasSurnames(order)
	// A place's name that is the surname of a person named before:
	// "Trevor Holland ... Holland was moved".
	surnamePlaces(order)
	// Short forms of organizations: "City" -> "Manchester City", "Inter"
	// -> "Inter Milan".
	aliasOrgWords(order)
	// A headline's short form: "Tyco" or "Lehman Brothers" in the title
	// -> "Tyco International", "Lehman Brothers Holdings" in the body.
	aliasHeadlineShort(order)
	// A name in capitals is the name written otherwise: "BALTIMORE -" (a
	// wire dateline) -> "Baltimore".
	r.aliasCapitals(order)
	// Acronyms: "Asia-Pacific Economic Cooperation (APEC)", or an acronym
	// whose letters are the initials of a name in the document.
	r.linkAcronyms(order, groups)
	// Hyphenated pairs of known names: "Abe-Putin meeting".
	r.splitCompounds(order, groups)
	// One-word names used only as things: "deliver Brexit".
	r.thingNames(order)
	kept := keptGroups(order)
	collectMerged(order)
	kept = r.dropNonEntities(kept)
	// Every other occurrence of a name or alias the document has.
	r.propagate(order, kept, cands)
	kept, byGaz := r.attachDemonyms(kept, demonyms)
	r.descriptions(kept)
	return r.build(kept, byGaz)
}

// groupCands groups the candidates that are not demonyms by name (or
// gazetteer entry), in order of first appearance, and returns the
// demonyms apart. The groups and their lists live in the recognizer's
// reused memory (recBuffers): nothing outside resolve keeps them.
func (r *recognizer) groupCands(cands []Candidate) (order []*group, groups map[groupKey]*group, demonyms []*Candidate) {
	b := r.buf
	if b.groupMap == nil {
		b.groupMap = map[groupKey]*group{}
	}
	groups = b.groupMap
	if len(b.order) > 0 { // a second call on this recognizer
		clear(b.groupMem[:len(b.order)])
		clear(groups)
	}
	if cap(b.groupMem) < len(cands) {
		b.groupMem = make([]group, len(cands)) // at most one group per candidate
	}
	mem := b.groupMem[:len(cands)]
	order = b.order[:0]
	get := func(key groupKey) *group {
		g := groups[key]
		if g == nil {
			g = &mem[len(order)]
			g.key, g.headOnly = key, true
			groups[key] = g
			order = append(order, g)
		}
		return g
	}
	// Two passes: the groups and their sizes, then the candidates, in
	// memory shared by all groups.
	of := grown(&b.of, len(cands))
	for i := range cands {
		c := &cands[i]
		if c.Demonym {
			continue
		}
		g := get(candKey(c))
		of[i] = g
		g.n++
	}
	b.order = order
	candMem := grown(&b.candMem, len(cands))
	kindMem := grown(&b.kindMem, len(cands))
	used := 0
	for _, g := range order {
		g.cands, g.kinds = candMem[used:used:used+g.n], kindMem[used:used:used+g.n]
		used += g.n
	}
	for i := range cands {
		c := &cands[i]
		if c.Demonym {
			demonyms = append(demonyms, c)
			continue
		}
		g := of[i]
		g.gaz = c.Gaz
		g.cands = append(g.cands, c)
		kind := "name"
		if c.Acronym {
			kind = "acronym"
		} else if hasFeature(c, "dateline") {
			kind = "dateline" // "DETROIT - General Motors ..."
		}
		g.kinds = append(g.kinds, kind)
		if !c.Headline {
			g.headOnly = false
		}
		if c.Title != "" && g.title == "" {
			g.title, g.keys = c.Title, append(slices.Clip(c.TitleKeys), g.keys...)
		}
		for _, k := range c.ApposKeys {
			if !hasKey(g.keys, k) {
				g.keys = append(g.keys, k)
			}
		}
		if c.Nationality != nil && g.nat == nil {
			g.nat = c.Nationality
		}
	}
	return order, groups, demonyms
}

// typeGroups types each group: a gazetteer entry's type, else the type
// its candidates' summed features score best (if enough), and a person
// when a title goes with the name even if it was seen elsewhere first.
func (r *recognizer) typeGroups(order []*group) {
	// Type the free groups by their summed features.
	var inLonger map[string]bool // words of the longer names, made when needed
	for _, g := range order {
		if g.gaz != nil {
			g.typ, g.subtype = g.gaz.Type, g.gaz.Subtype
			if g.typ == Location && mostly(g, "team") {
				// "Chicago 4 HOUSTON 3": the clubs named after the cities.
				g.typ, g.subtype = Organization, "team"
			}
			continue
		}
		if anyFeature(g, "people_group") && personCues(g) == 0 && firmCues(g) == 0 && (mostly(g, "people_group") || !sureTag(g)) {
			// "Hundreds of Yazidis fled", "Azeris and Armenians": a
			// people, a faith's followers, no actor's name (groups.go)
			continue
		}
		var sc typeScores
		for _, c := range g.cands {
			c.addScores(&sc)
		}
		best, bestScore := "", 0.0
		for i, t := range scoreTypes {
			if sc[i] > bestScore {
				best, bestScore = t, sc[i]
			}
		}
		if best != Organization && (featureCount(g, "firm_of") > 0 || firmCues(g) > 0 && personCues(g) == 0) {
			// "Chrysler's plant", "shares of Kallisto", "Veloxa, the
			// scooter start-up,": a company, whatever "at" or the tagger
			// said, unless a mention reads as a person's.
			best, bestScore = Organization, max(sc[typeIndex(Organization)], minTypeScore(g))
		}
		if best != Person && firmCues(g) == 0 && featureCount(g, "title")+featureCount(g, "honorific") > 0 &&
			!anyFeature(g, "orgsuffix", "locsuffix", "orghead_of", "lochead_of", "team", "body_after", "place_after") {
			// "Belgian goalkeeper Filip De Wilde": a title before the name
			// outweighs the tagger's organization or place.
			best, bestScore = Person, max(sc[typeIndex(Person)], minTypeScore(g))
		}
		g.tokens = r.fields(g.key.name)
		if best == Person && personCues(g) == 0 && anyFeature(g, "camel") {
			// "Spirit AeroSystems", "JetBlue": a brand's spelling, no
			// one's name, however the tagger guessed
			best, bestScore = Organization, max(sc[typeIndex(Organization)], minTypeScore(g))
		}
		if best == Person {
			if t := notPersonHead(g.tokens); t != "" {
				// "Suez Canal", "Shoei Kisen Co.": the head word is no
				// one's name, however the tagger read a headline.
				best, bestScore = t, max(sc[typeIndex(t)], minTypeScore(g))
			}
		}
		if best == Organization && naturalHead(g.tokens) && firmCues(g) == 0 && !anyFeature(g, "team", "firm_before", "role_after", "media_after", "body_after") {
			// "Chicago's Midway International Airport", "the Mississippi
			// River": a place's head ends the name, whatever the tagger
			// made of the words before it.
			best, bestScore = Location, max(sc[typeIndex(Location)], minTypeScore(g))
		}
		if best == Location && courtName(g.tokens) && !anyFeature(g, "place_comma", "locnoun_of", "travel_to", "dateline") {
			// "in the High Court", "at the Supreme Court": the court sits
			// there but is a body of the state, as "the court ruled" shows
			best, bestScore = Organization, max(sc[typeIndex(Organization)], minTypeScore(g))
		}
		if best != Location && anyFeature(g, "locnoun_of", "place_comma", "travel_to") && personCues(g) == 0 && !anyFeature(g, "firm_of", "firm_appos", "firm_object") && !mostly(g, "team") {
			// "the historic town of Lahaina", "the city of Arbil",
			// "over Lockerbie, Scotland.": a place, whatever the tagger
			// made of the name elsewhere.
			best, bestScore = Location, max(sc[typeIndex(Location)], minTypeScore(g))
		}
		if best == Location && anyFeature(g, "met_before", "kin_before") && !anyFeature(g, "prep_in", "prep_from", "locsuffix", "lochead_of", "locnoun_of", "place_comma", "place_after") {
			// "Obama met Putin": one meets a person, not a place, whatever
			// the tagger made of a name it had not seen
			best, bestScore = Person, max(sc[typeIndex(Person)], minTypeScore(g))
		}
		if best != Location && mostly(g, "place_after") {
			// "Charles de Gaulle airport": the place named after him
			best, bestScore = Location, max(sc[typeIndex(Location)], minTypeScore(g))
		}
		if best == Organization && adminPlace(g.tokens) && !mostly(g, "team") {
			// "Columbiana County officials", "Darlington Township": a
			// county or a township is a place, not its administration,
			// unless a line of sports results makes it a club.
			best, bestScore = Location, max(sc[typeIndex(Location)], minTypeScore(g))
		}
		if best == Location && mostly(g, "team") {
			best = Organization // the club named after a place
		}
		if best != Organization && len(g.tokens) == 1 && featureCount(g, "subj_verb") > 0 {
			if inLonger == nil {
				inLonger = r.longerNameWords(order)
			}
			if r.loneActor(g, inLonger) {
				// "Binance agreed to buy FTX", "Reddit plans to go public":
				// a one-word name that acts and that the document never
				// shows to be a person's is a company's (lonename.go).
				best, bestScore = Organization, max(sc[typeIndex(Organization)], minTypeScore(g))
			}
		}
		if bestScore >= minTypeScore(g) {
			g.typ = best
		}
	}
	// A title makes a person even when the name was seen elsewhere first.
	for _, g := range order {
		if g.gaz == nil && g.title != "" && g.typ == "" {
			g.typ = Person
		}
	}
}

// featureCount is how many mentions of the group have one of features fs.
func featureCount(g *group, fs ...string) int {
	n := 0
	for _, c := range g.cands {
		if hasFeature(c, fs...) {
			n++
		}
	}
	return n
}

// firmCues is how many mentions of the group read as a company's by
// their context: "said it", "X, which", "X, the automaker", "shares of
// X", "X's plant", "press distributor X", "a former X engineer", "founded
// X", "X laid off 200 workers".
func firmCues(g *group) int {
	return featureCount(g, "it_after", "its_after", "firm_of", "firm_appos", "firm_object", "firm_before", "role_after", "firm_verb", "media_after", "staff_at", "market_move")
}

// anyFeature reports whether a mention of the group has one of fs.
func anyFeature(g *group, fs ...string) bool {
	for _, c := range g.cands {
		if hasFeature(c, fs...) {
			return true
		}
	}
	return false
}

// personCues is how many mentions of the group read as a person's: a
// title or honorific, a given name, "met X", "X, who".
func personCues(g *group) int {
	return featureCount(g, "title", "honorific", "firstname", "given_hyphen", "met_before", "who_after", "kin_before")
}

// companyCues reports whether a mention of the group reads as a company's:
// "said it", "Fiat, which", "Chrysler's plant", "Ford would keep its
// plants".
func companyCues(g *group) bool {
	return featureCount(g, "it_after", "its_after") > 0 || featureCount(g, "firm_of") > 0
}

// mostly reports whether at least half the mentions of a group have
// feature f: "team" (lines of sports results), "product" ("web browser
// Safari").
func mostly(g *group, f string) bool {
	n := featureCount(g, f)
	return n > 0 && 2*n >= len(g.cands)
}

// placeHeads and orgHeads are last words that make a name a place or an
// organization and never a person's name (unlike "Park", "Court", "Bank").
var placeHeads = wordset.Of(map[string]bool{
	"canal": true, "river": true, "sea": true, "ocean": true, "strait": true, "gulf": true, "peninsula": true,
	"desert": true, "mountains": true, "islands": true, "isles": true, "archipelago": true, "atoll": true,
	"plateau": true, "valley": true, "lake": true, "airport": true, "avenue": true, "county": true,
	"township": true, "parish": true, "borough": true, "municipality": true,
	"province": true, "prefecture": true, "oblast": true, "krai": true, "district": true, "region": true,
})

// naturalHeads end the names of places that no organization's name ends
// with: waters, land forms, airports.
var naturalHeads = map[string]bool{"airport": true, "river": true, "canal": true, "sea": true, "ocean": true,
	"strait": true, "peninsula": true, "desert": true, "mountains": true, "islands": true, "isles": true,
	"lake": true, "archipelago": true, "atoll": true}

// naturalHead reports whether a name of two words or more ends in one of
// naturalHeads.
func naturalHead(words []string) bool {
	return len(words) >= 2 && naturalHeads[strings.ToLower(words[len(words)-1])]
}

// courtKinds open the names of courts ("High Court", "Supreme Court"; not
// the places "Earls Court", "Hampton Court").
var courtKinds = map[string]bool{"high": true, "supreme": true, "constitutional": true, "district": true,
	"appeals": true, "appellate": true, "federal": true, "crown": true, "magistrates": true, "magistrates'": true,
	"administrative": true, "criminal": true, "circuit": true, "superior": true, "bankruptcy": true, "family": true,
	"county": true, "provincial": true, "regional": true, "military": true, "international": true, "european": true}

// courtName reports whether a name is a court's: a kind of court, then
// "Court" ("High Court", "U.S. District Court"), or "Court of ..." ("Court
// of Appeal", "Court of Justice").
func courtName(words []string) bool {
	n := len(words)
	if n < 2 {
		return false
	}
	if strings.EqualFold(words[0], "court") && strings.EqualFold(words[1], "of") {
		return true
	}
	return strings.EqualFold(words[n-1], "court") && courtKinds[strings.ToLower(words[n-2])]
}

// facilityHeads end the names of works and sites, no one's name.
var facilityHeads = map[string]bool{"factory": true, "refinery": true, "smelter": true, "shipyard": true,
	"terminal": true, "mine": true, "dam": true}

// placeFirst are first words that make a name a place: a mountain's, a
// lake's, a cape's ("Mount Sinjar", "Lake Chad").
var placeFirst = wordset.Of(map[string]bool{"mount": true, "mt": true, "mt.": true, "lake": true, "cape": true})

var orgHeads = wordset.Of(map[string]bool{
	"inc": true, "inc.": true, "corp": true, "corp.": true, "co.": true, "ltd": true, "ltd.": true, "llc": true,
	"plc": true, "group": true, "company": true, "corporation": true, "council": true, "ministry": true,
	"party": true, "agency": true, "university": true, "college": true, "institute": true, "association": true,
	"federation": true, "union": true, "committee": true, "commission": true, "organization": true,
	"organisation": true, "foundation": true, "authority": true, "department": true, "airlines": true,
	"airways": true, "holdings": true, "industries": true, "pharmaceuticals": true, "laboratories": true,
	"enterprises": true, "incorporated": true, "limited": true, "government": true, "administration": true,
	"bureau": true, "capital": true, "partners": true, "management": true, "investments": true, "securities": true,
	"ventures": true, "technologies": true, "systems": true, "motors": true, "communications": true, "networks": true,
	"software": true, "bancorp": true, "insurance": true, "entertainment": true, "financial": true,
	"electric": true, "energy": true, "petroleum": true, "chemical": true, "chemicals": true, "telecom": true,
	"railway": true, "railways": true, "railroad": true, "bros": true, "bros.": true, "brothers": true,
	// trades that end a firm's name, no one's: "Thames Water", "Southern Water"
	"water": true, "utilities": true,
	// company designators of other countries: "Pirelli SpA", "Siemens AG"
	"spa": true, "s.p.a.": true, "ag": true, "nv": true, "n.v.": true, "sa": true, "s.a.": true, "gmbh": true,
	"bv": true, "b.v.": true, "ab": true, "asa": true, "oy": true, "oyj": true, "bhd": true, "berhad": true,
	"pty": true, "tbk": true,
	// trades no one is named after: "Harlan Oil", "Nordic Mining"
	"oil": true, "gas": true, "mining": true, "foods": true, "media": true, "logistics": true, "aerospace": true,
	"therapeutics": true, "biosciences": true, "resources": true, "shipping": true, "solutions": true, "services": true,
	"brands": true, "stores": true, "semiconductor": true, "semiconductors": true, "automotive": true,
	"lines": true, "ferries": true, "cruises": true, "aviation": true, // "Baltic Lines", "Brittany Ferries"
	"truck": true, "trucks": true, // "Daimler Truck"
	"technology": true, "pharma": true, // "Micron Technology"
	"energi": true, "energie": true, "energia": true, // "Var Energi", "EnBW Energie"
	"re":   true, // "Munich Re", "Swiss Re"
	"line": true, // "Maersk Line" (a border's or a front's "Line" is no person's either)
})

// adminHeads end the names of administrative places below a state.
var adminHeads = wordset.Of(map[string]bool{"county": true, "township": true, "parish": true, "borough": true,
	"prefecture": true, "province": true, "oblast": true, "krai": true, "district": true, "municipality": true})

// adminPlace reports whether a name of two words or more ends in the head
// of an administrative place: "Beaver County", "Darlington Township".
func adminPlace(words []string) bool {
	return len(words) >= 2 && adminHeads.Has(strings.ToLower(words[len(words)-1]))
}

// institutions are common nouns that, capitalized alone, name a body of
// the state: "told Parliament", "Congress voted". Such a name is never
// a person's.
var institutions = wordset.Of(map[string]bool{"parliament": true, "congress": true, "senate": true, "cabinet": true,
	"government": true, "police": true, "army": true, "navy": true, "court": true, "assembly": true,
	"council": true, "ministry": true, "commission": true, "committee": true, "legislature": true,
	"treasury": true, "judiciary": true})

// notPersonHead returns the type a name's last word makes it (Location,
// Organization), or "" when that word could end a person's name; words
// are the name's words (group.tokens).
func notPersonHead(words []string) string {
	if len(words) == 1 && institutions.Has(strings.ToLower(words[0])) {
		return Organization
	}
	if len(words) < 2 {
		return ""
	}
	last := strings.ToLower(words[len(words)-1])
	switch {
	case placeFirst.Has(strings.ToLower(words[0])):
		return Location // "Mount Sinjar", "Lake Chad", "Cape Cod"
	case placeHeads.Has(last):
		return Location
	case facilityHeads[last] || last == "plant" && len(words) >= 3:
		return Location // "Warren Truck Assembly Plant", "Jamnagar Refinery" (not "Robert Plant")
	case orgHeads.Has(last):
		return Organization
	}
	return ""
}

func typeIndex(t string) int {
	for i, x := range scoreTypes {
		if x == t {
			return i
		}
	}
	return 0
}

// aliasSurnames merges a one-word name into the one person of the
// document whose last name it is: "Abe" -> "Shinzo Abe". A surname with a
// particle is the particle and the name ("Le Pen" -> "Marine Le Pen", "von
// der Leyen", "bin Salman": Surname). The first word counts only for a
// name the recognizer took for a person, and when no full name ends with
// it: "Xi" -> "Xi Jinping" (family name first), "Hillary" -> "Hillary
// Clinton". When several people of the document bear the surname, it is
// the one named in full before the surname's first mention, if only one
// was ("Travis Kalanick ... Mr. Kalanick ... his mother, Bonnie
// Kalanick"): a writer names a second bearer in full before reusing it.
func aliasSurnames(order []*group) {
	surnames := map[string][]*group{}
	firsts := map[string][]*group{}
	for _, g := range order {
		if g.typ == Person && g.gaz == nil && len(g.tokens) >= 2 {
			words := withoutSuffix(g.tokens)
			s := SurnameStart(words)
			if s == 0 {
				s = len(words) - 1 // "Van Morrison": Morrison
			}
			// "de Gaulle" and "De Gaulle", opening a sentence, are one
			key := strings.ToLower(strings.Join(words[s:], " "))
			surnames[key] = append(surnames[key], g)
			if s < len(words)-1 {
				last := strings.ToLower(words[len(words)-1])
				surnames[last] = append(surnames[last], g)
			} else if p, rest, ok := strings.Cut(key, "-"); ok && surnameParticles.Has(p) && rest != "" {
				surnames[rest] = append(surnames[rest], g) // "Sisi" for "Abdel Fattah al-Sisi"
			}
			firsts[g.tokens[0]] = append(firsts[g.tokens[0]], g)
		}
	}
	for _, g := range order {
		if g.gaz != nil || len(g.tokens) == 0 || g.typ == Organization && companyCues(g) && 2*firmCues(g) >= len(g.cands) {
			// "Ford said it will cut jobs" is the company, not Bill Ford;
			// one "Johnson said it was painful" among four mentions of
			// Boris Johnson's surname is not.
			continue
		}
		if len(g.tokens) > 1 && SurnameStart(g.tokens) != 0 {
			continue
		}
		ps := surnames[strings.ToLower(strings.Join(g.tokens, " "))]
		if len(ps) == 0 && g.typ == Person && len(g.tokens) == 1 {
			ps = firsts[g.tokens[0]]
		}
		if len(ps) > 1 {
			ps = namedBefore(ps, g.first())
		}
		if len(ps) == 1 {
			g.merged = ps[0]
			g.typ = Person
			for i := range g.kinds {
				g.kinds[i] = "alias"
			}
		}
	}
}

// namedBefore returns the groups of ps first named before offset at.
func namedBefore(ps []*group, at int) []*group {
	var out []*group
	for _, p := range ps {
		if f := p.first(); f >= 0 && f < at {
			out = append(out, p)
		}
	}
	return out
}

// surnameParticles are the words that open a surname after a given name:
// "Marine Le Pen", "Charles de Gaulle", "Ursula von der Leyen", "Mohammed
// bin Salman", "Luiz Inacio Lula da Silva".
var surnameParticles = wordset.Of(map[string]bool{"le": true, "la": true, "de": true, "du": true, "des": true, "del": true,
	"della": true, "di": true, "da": true, "dos": true, "das": true, "van": true, "von": true, "der": true,
	"den": true, "ter": true, "ten": true, "al": true, "el": true, "bin": true, "ibn": true, "ben": true, "abu": true})

// SurnameStart returns the index of the word that begins the surname of
// a person's name words: the last word with the particles before it that
// follow a given name ("Marine Le Pen": 1, "Ursula von der Leyen": 1,
// "Shinzo Abe": 1). A name that is a surname alone with its particles
// ("Le Pen", "de Gaulle") gives 0.
func SurnameStart(words []string) int {
	i := len(words) - 1
	if i < 0 {
		return 0
	}
	for i > 0 && surnameParticles.Has(strings.ToLower(words[i-1])) {
		i--
	}
	if i == 0 {
		return 0
	}
	if i == 1 && surnameParticles.Has(strings.ToLower(words[0])) {
		return 0
	}
	return i
}

// withoutSuffix drops a generational suffix, and the comma before it,
// from a name's words ("Henry M. Paulson Jr." -> "Henry M. Paulson",
// "John Smith, Jr." -> "John Smith").
func withoutSuffix(words []string) []string {
	if n := len(words); n > 2 {
		switch words[n-1] {
		case "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV":
			words = words[:n-1]
			if words[n-2] == "," {
				return words[:n-2]
			}
			if w := words[n-2]; len(w) > 1 && strings.HasSuffix(w, ",") {
				return append(words[:n-2:n-2], w[:len(w)-1])
			}
			return words
		}
	}
	return words
}

// aliasOrgWords merges a one-word organization into the one longer
// organization of the document that begins or ends with that word:
// "Inter" -> "Inter Milan", "City" -> "Manchester City", as a surname
// into a person's full name. Not a word that heads many organizations'
// names ("Bank", "Airlines": orgHeads), nor a known name (a gazetteer's),
// nor when two organizations share the word.
func aliasOrgWords(order []*group) {
	var parts map[string][]*group
	for _, g := range order {
		if g.typ == Organization && g.merged == nil && len(g.tokens) >= 2 {
			if parts == nil {
				parts = map[string][]*group{}
			}
			first, last := g.tokens[0], g.tokens[len(g.tokens)-1]
			parts[first] = append(parts[first], g)
			if last != first {
				parts[last] = append(parts[last], g)
			}
		}
	}
	if parts == nil {
		return
	}
	for _, g := range order {
		if g.gaz != nil || g.typ != Organization || g.merged != nil || len(g.tokens) != 1 || g.key.team {
			continue
		}
		w := g.tokens[0]
		if orgHeads.Has(strings.ToLower(w)) || capsName(w) && len(w) <= 4 {
			continue // "Bank", or an acronym: linkAcronyms decides
		}
		if ps := parts[w]; len(ps) == 1 && ps[0].key.team == g.key.team {
			g.merged = ps[0]
			for i := range g.kinds {
				g.kinds[i] = "alias"
			}
		}
	}
	// A name of two words or more that is the one longer organization's
	// without its designator ("Time Warner" beside "Time Warner Inc.") or
	// its last words ("the Geological Survey" after "the U.S. Geological
	// Survey") is that organization's alias.
	bare := func(g, h *group) bool {
		return len(h.tokens) == len(g.tokens)+1 && slices.Equal(h.tokens[:len(g.tokens)], g.tokens) && Designator(h.tokens[len(g.tokens)])
	}
	tail := func(g, h *group) bool {
		return g.gaz == nil && len(h.tokens) > len(g.tokens) && slices.Equal(h.tokens[len(h.tokens)-len(g.tokens):], g.tokens)
	}
	for _, shorter := range []struct {
		match func(g, h *group) bool
		word  func(g *group) string
	}{{bare, func(g *group) string { return g.tokens[0] }}, {tail, func(g *group) string { return g.tokens[len(g.tokens)-1] }}} {
		for _, g := range order {
			if g.typ != Organization || g.merged != nil || len(g.tokens) < 2 || g.key.team {
				continue
			}
			var only *group
			n := 0
			for _, h := range parts[shorter.word(g)] {
				if h != g && h.merged == nil && shorter.match(g, h) {
					only = h
					n++
				}
			}
			if n == 1 {
				g.merged = only
				for i := range g.kinds {
					g.kinds[i] = "alias"
				}
			}
		}
	}
}

// Designator reports whether word w, with or without its dot, is a
// company's designator that ends its name ("Inc.", "Corp", "plc", "AG").
func Designator(w string) bool {
	return designatorWords.Has(strings.ToLower(strings.TrimSuffix(w, ".")))
}

// designatorWords end companies' names ("Inc", "Corp", "plc"), without
// their dot.
var designatorWords = wordset.New("inc", "corp", "co", "ltd", "plc", "llc", "ag", "sa", "nv", "spa", "gmbh", "se", "bv")

// aliasHeadlineShort merges a name seen only in headlines into the one
// name of the body that begins with its words ("Tyco" -> "Tyco
// International", "Lehman Brothers" -> "Lehman Brothers Holdings"), which
// keeps its type: a title-case headline shortens names that the body
// gives in full (see headlineNames).
func aliasHeadlineShort(order []*group) {
	for _, g := range order {
		if !g.headOnly || g.gaz != nil || g.merged != nil || len(g.tokens) == 0 {
			continue
		}
		var to *group
		n := 0
		for _, h := range order {
			if h.headOnly || h.merged != nil || h.typ == "" || len(h.tokens) <= len(g.tokens) {
				continue
			}
			same := true
			for i, w := range g.tokens {
				same = same && strings.EqualFold(w, h.tokens[i])
			}
			if same {
				to = h
				n++
			}
		}
		if n == 1 {
			g.merged, g.typ = to, to.typ
			for i := range g.kinds {
				g.kinds[i] = "alias"
			}
		}
	}
}

// aliasCapitals merges a name written in capitals that opens its sentence
// ("BALTIMORE -", a wire dateline, typed from its capitals alone) into the
// one other name of the document that is the same letters in another case
// ("Baltimore"), which keeps its type.
func (r *recognizer) aliasCapitals(order []*group) {
	byFold := map[string][]*group{}
	for _, g := range order {
		if g.merged == nil && !capsName(g.key.name) {
			k := strings.ToLower(g.key.name)
			byFold[k] = append(byFold[k], g)
		}
	}
	for _, g := range order {
		if g.merged != nil || !capsName(g.key.name) || len(g.cands) == 0 {
			continue
		}
		dateline := true // every mention opens its sentence and a dash or comma follows, as a dateline's place
		for _, c := range g.cands {
			rest := strings.TrimLeft(r.doc.Text[min(c.End, len(r.doc.Text)):], " ")
			dateline = dateline && c.First == 0 && !c.Headline &&
				(strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, "("))
		}
		if !dateline {
			continue // "LEEDS" in a table of results is the team, "Leeds" in the text may be the city
		}
		if hs := byFold[strings.ToLower(g.key.name)]; len(hs) == 1 && hs[0].typ != "" {
			g.merged, g.typ = hs[0], hs[0].typ
		}
	}
}

// capsName reports whether a name is in capitals, two letters or more.
func capsName(s string) bool { return allCaps(s) && len(s) >= 2 }

// keptGroups returns the groups that become entities: not merged into
// another, typed, with mentions, and not typed only from a headline
// without strong evidence.
func keptGroups(order []*group) []*group {
	var kept []*group
	for _, g := range order {
		if g.merged != nil {
			continue
		}
		if g.typ == "" || len(g.cands) == 0 && len(g.extra) == 0 {
			continue
		}
		if g.gaz == nil && g.headOnly && !sureOfName(g) {
			continue
		}
		kept = append(kept, g)
	}
	return kept
}

// collectMerged moves merged groups' candidates (and title and
// nationality, where the root has none) into their roots.
func collectMerged(order []*group) {
	for _, g := range order {
		if g.merged == nil {
			continue
		}
		rt := g.root()
		rt.cands = append(rt.cands, g.cands...)
		rt.kinds = append(rt.kinds, g.kinds...)
		rt.extra = append(rt.extra, g.extra...)
		if rt.title == "" && g.title != "" {
			rt.title = g.title
		}
		for _, k := range g.keys {
			if !hasKey(rt.keys, k) {
				rt.keys = append(rt.keys, k)
			}
		}
		if rt.nat == nil {
			rt.nat = g.nat
		}
	}
}

// dropNonEntities drops products ("iPhone", "Mac OS X", an acronym the
// document defines as a product's: "iPhone Software Development Kit
// (SDK)") and events ("Worldwide Developers Conference", with its
// acronym): they are no entities. It filters kept in place.
func (r *recognizer) dropNonEntities(kept []*group) []*group {
	n := 0
	for _, g := range kept {
		if g.gaz != nil && g.gaz.Type == productType || r.eventName(g) || g.gaz == nil && (mostly(g, "product") || anyFeature(g, "product_acronym")) {
			continue
		}
		kept[n] = g
		n++
	}
	return kept[:n]
}

// attachDemonyms points demonyms to a country the document names (or
// implies: impliedStates adds it), as mentions of it. byGaz maps the
// gazetteer name of each kept group to it.
func (r *recognizer) attachDemonyms(kept []*group, demonyms []*Candidate) ([]*group, map[string]*group) {
	byGaz := map[string]*group{}
	for _, g := range kept {
		if g.gaz != nil {
			byGaz[g.gaz.Name] = g
		}
	}
	kept = append(kept, r.impliedStates(kept, demonyms, byGaz)...)
	for _, c := range demonyms {
		if g := byGaz[c.Gaz.Name]; g != nil {
			g.extra = append(g.extra, Mention{Span: c.Span, Text: c.Text, Sentence: c.Sentence, Kind: "demonym"})
		}
	}
	return kept, byGaz
}

// eventName reports whether a name of g ends in a word that heads the
// names of events ("Conference", "Summit", "Cup") and has no word of an
// organization's name before it.
func (r *recognizer) eventName(g *group) bool {
	if g.gaz != nil {
		return false
	}
	for _, c := range g.cands {
		if c.Acronym {
			continue
		}
		v := r.views[c.Sentence]
		if !r.lex.eventHead.Has(v[c.Last].low) {
			continue
		}
		// "Organisation of the Islamic Conference" is an organization.
		org := false
		for k := c.First; k < c.Last; k++ {
			org = org || v[k].fl&(wOrgSuffix|wOrgHead) != 0
		}
		if !org {
			return true
		}
	}
	return false
}

// impliedStates makes an entity of a state the document never names but
// lets act through its people: a demonym before a body that acts for the
// state ("Soviet troops", "Japanese officials", "the Russian government")
// or giving a person's nationality ("Japanese Prime Minister Shinzo
// Abe"). A demonym elsewhere ("Japanese citizens", "Russian gas") stays a
// plain adjective. The new groups are returned and entered in byGaz, so
// the demonyms attach to them as to a named country.
func (r *recognizer) impliedStates(kept []*group, demonyms []*Candidate, byGaz map[string]*group) []*group {
	var out []*group
	nat := map[string]bool{}
	for _, g := range kept {
		if g.typ == Person && g.nat != nil {
			nat[g.nat.Name] = true
		}
	}
	for _, c := range demonyms {
		if c.Gaz == nil || byGaz[c.Gaz.Name] != nil {
			continue
		}
		if !nat[c.Gaz.Name] && !r.stateBodyAfter(c) {
			continue
		}
		g := &group{key: candKey(c), gaz: c.Gaz, typ: c.Gaz.Type, subtype: c.Gaz.Subtype}
		byGaz[c.Gaz.Name] = g
		out = append(out, g)
	}
	return out
}

// stateBodyAfter reports whether demonym c is followed by a noun of the
// cue list "statebody" (troops, forces, officials, government, ...).
func (r *recognizer) stateBodyAfter(c *Candidate) bool {
	v := r.views[c.Sentence]
	return c.Last+1 < len(v) && r.lex.stateBody.Has(v[c.Last+1].Lower)
}

// StateBody reports whether w (lower case) names a body that acts for a
// state when a demonym comes before it: "Soviet troops", "Japanese
// officials", "the Russian government".
func StateBody(w string) bool { return DefaultLexicon().stateBody.Has(w) }
