// Pronouns and descriptions that stand for actors named elsewhere: he/him,
// they, "both sides", "its", "their meeting".

package event

import (
	"slices"

	"github.com/chronicle-news/chronicle/internal/entity"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/wordset"
	"strings"
)

// refersTo resolves pronouns and plural descriptions of actors: he/him ->
// a person, they/both sides/the two leaders -> the parties of the latest
// event with two or more.
func (x *extractor) pronoun(si, i int, cur []*ev, earlier []*ev) []string {
	toks := x.sents[si].Tokens
	w := toks[i].Lower
	switch w {
	case "he", "him", "his", "she", "her", "himself", "herself":
		// A pronoun agrees with the sex its person's given name or title
		// shows, when they show one ("She called an election" after
		// "Theresa May ... David Cameron quit" is May).
		want := byte('M')
		if w == "she" || w == "her" || w == "herself" {
			want = 'F'
		}
		agrees := func(m *ment) bool { s := x.sexOf(m.ent); return s == 0 || s == want }
		// The subject of an earlier clause of this sentence.
		if c := x.clause[si][i]; c > 0 {
			if m := x.subjectOf(si, c-1); m != nil && agrees(m) {
				return []string{m.ent.ID}
			}
		}
		before := x.mentsIn(si, max(0, i-5*window), i)
		object := w == "him" || w == "her" && !x.possessivePronoun(si, i)
		var subjOf []int // the subjects of the verb an object pronoun belongs to
		if tw := x.treeWord(si, i); object && tw > 0 {
			subjOf, _ = x.treeSubjects(si, x.word(si, tw).Head)
		}
		for k := len(before) - 1; k >= 0; k-- {
			m := before[k]
			if m.last >= i || m.ent.Type != entity.Person || !agrees(&m) {
				continue
			}
			if object && (x.clause[si][m.first] == x.clause[si][i] || slices.ContainsFunc(subjOf, func(sw int) bool {
				t := x.word(si, sw).Token
				return t >= m.first && t <= m.last
			})) {
				continue // "Masipa convicted him ... but acquitted him": an object pronoun is not its verb's subject
			}
			if (w == "he" || w == "she") && x.pronounBetween(si, m.last, i, want) >= 0 {
				// A pronoun nearer than the name carries the chain: "Masipa
				// convicted him ..., finding that prosecutors had not
				// proved he meant to kill Steenkamp": he is him.
				if ids := x.pronoun(si, x.pronounBetween(si, m.last, i, want), cur, earlier); len(ids) == 1 {
					return ids
				}
			}
			return []string{m.ent.ID}
		}
		if (w == "he" || w == "she") && len(before) == 0 && si > 0 {
			// A sentence's subject "he" continues the last sentence's
			// subject, not its last name: "Biden visited Lahaina and
			// promised ... He had declared a disaster".
			if m := x.mainSubject(si-1, isPerson); m != nil && agrees(m) {
				return []string{m.ent.ID}
			}
		}
		for p := si - 1; p >= 0 && p >= si-3; p-- {
			// The person an earlier sentence makes a subject, over one it
			// names only in a phrase: "Abe ... broke the record, which had
			// been held by his great-uncle Eisaku Sato since 1972.
			// Speculation about his health had grown after he made two
			// visits" (he is Abe). Only for a subject pronoun: an object
			// is rarely its own clause's subject ("Amir ... tried to
			// impress him"), and a possessive often owns what the last
			// name did ("the visit of Secretary Daley in September. His
			// trip is still on").
			last := -1
			for k := len(x.ments[p]) - 1; k >= 0 && k >= len(x.ments[p])-5*window; k-- {
				if m := x.ments[p][k]; m.ent.Type == entity.Person && agrees(&m) {
					if (w == "he" || w == "she") && x.subjectMention(p, &m) {
						return []string{m.ent.ID}
					}
					if last < 0 {
						last = k
					}
				}
			}
			if last >= 0 {
				return []string{x.ments[p][last].ent.ID}
			}
		}
	case "countries", "nations", "governments":
		return x.twoCountries(si, i, cur, earlier)
	case "it", "its":
		if ids, ok := x.parallelSubject(si, i, cur, earlier); ok {
			return ids
		}
		if x.thingBefore(si, i) {
			return nil
		}
		return x.lastOrganization(si, i)
	default:
		if companyNouns.Has(w) && definiteNoun(toks, i) {
			return x.lastCompany(si, i)
		}
		if companyNouns.Has(singularCompany(w)) && i > 0 && (toks[i-1].Lower == "two" || toks[i-1].Lower == "both") {
			return x.twoOrganizations(si, i-1)
		}
	case "they", "their", "both", "leaders", "sides", "men", "women":
		if w != "they" && w != "their" && w != "both" && (i == 0 || !pluralDeterminers.Has(toks[i-1].Lower)) {
			return nil // "Euro zone leaders will hold a summit": other leaders than the two just named ("the two leaders" are)
		}
		if w == "they" {
			if id := x.parallelTeam(si, i); id != "" {
				return []string{id}
			}
		}
		n := len(cur) + len(earlier)
		for k := n - 1; k >= 0 && k >= n-200; k-- {
			var e *ev
			if k >= len(earlier) {
				e = cur[k-len(earlier)]
			} else {
				e = earlier[k]
			}
			if e.sent < si-3 {
				break
			}
			if e.sent > si || e.sent == si && e.tok >= i {
				continue // (the mentions' pass reads every briefing event of the text as earlier)
			}
			var ids []string
			done := false // "Urzua embraced Pinera": one did it to the other; "the men" are others (not after "met")
			for _, id := range e.partOrd {
				if t := x.ents[id].Type; t == entity.Person {
					ids = append(ids, id)
					if r := e.parts.role(id); (r == RolePatient || r == RoleRecipient || r == RoleTarget) && e.Kind != "meeting" && e.Kind != "talks" && e.Kind != "agreement" {
						done = true
					}
				}
			}
			if len(ids) >= 2 && !(done && w != "they" && w != "their" && w != "both") {
				return ids
			}
		}
	}
	return nil
}

// pronounBetween returns the last object pronoun of sex want ("him" or
// "her") between tokens a and b of sentence si, or -1.
func (x *extractor) pronounBetween(si, a, b int, want byte) int {
	toks := x.sents[si].Tokens
	for k := b - 1; k > a; k-- {
		switch toks[k].Lower {
		case "him":
			if want == 'M' {
				return k
			}
		case "her":
			if want == 'F' && !x.possessivePronoun(si, k) {
				return k
			}
		}
	}
	return -1
}

// possessivePronoun reports whether token k ("her") is a possessive in
// the tree ("her lawyer"), not an object.
func (x *extractor) possessivePronoun(si, k int) bool {
	tw := x.treeWord(si, k)
	return tw > 0 && x.word(si, tw).Rel == "nmod:poss"
}

// sexOf returns 'F' or 'M' when person e's given name (the first word of
// its name) or a title before one of its mentions in the document says
// so ("Mrs. May", "Sir Keir"), 0 otherwise. Computed once per entity.
func (x *extractor) sexOf(e *entity.Entity) byte {
	if s, ok := x.sexes[e.ID]; ok {
		return s
	}
	if x.sexes == nil {
		x.sexes = map[string]byte{}
	}
	var s byte
	if f, _, _ := strings.Cut(e.Name, " "); f != "" {
		s = entity.DefaultLexicon().GivenNameSex(f)
	}
	if s == 0 {
	titles:
		for si := range x.sents {
			for _, m := range x.ments[si] {
				if m.ent != e || m.first == 0 {
					continue
				}
				t := x.sents[si].Tokens[m.first-1].Lower
				if t == "." && m.first >= 2 {
					t = x.sents[si].Tokens[m.first-2].Lower
				}
				if v := titleSex[strings.TrimSuffix(t, ".")]; v != 0 {
					s = v
					break titles
				}
			}
		}
	}
	x.sexes[e.ID] = s
	return s
}

// titleSex are the titles before a name that tell its bearer's sex.
var titleSex = map[string]byte{"mrs": 'F', "ms": 'F', "miss": 'F', "madam": 'F', "queen": 'F', "lady": 'F', "dame": 'F',
	"princess": 'F', "duchess": 'F', "mr": 'M', "sir": 'M', "king": 'M', "lord": 'M', "prince": 'M', "duke": 'M'}

// parallelTeam resolves "they", the subject of a clause coordinated with
// an earlier one whose subject is a country or an organization, as that
// subject: a side, a team or a body spoken of in the plural ("Portugal
// dominated possession, but they never found an equaliser"). "" when
// the pronoun is no such subject.
func (x *extractor) parallelTeam(si, i int) string {
	tw := x.treeWord(si, i)
	if tw == 0 || !strings.HasPrefix(x.word(si, tw).Rel, "nsubj") {
		return ""
	}
	v := x.word(si, tw).Head
	if v <= 0 || x.word(si, v).Rel != "conj" {
		return ""
	}
	h := x.word(si, v).Head
	subj := x.children(si, h, relNsubj)
	if len(subj) != 1 || subj[0] > h {
		return ""
	}
	if m := x.mentionAt(si, x.word(si, subj[0]).Token); m != nil && (m.ent.Type == entity.Organization || isCountry(m)) {
		return m.ent.ID
	}
	return ""
}

// parallelSubject resolves "it", the subject of a clause coordinated
// with an earlier one, as that clause's subject: "The company was valued
// at $9 billion, but it unraveled after the Journal reported ..., and it
// was dissolved in 2018" (the company, not the Journal). ok is false when
// the pronoun is no such subject or the earlier subject is neither a
// name, nor "it", nor "the company" and its kind.
func (x *extractor) parallelSubject(si, i int, cur, earlier []*ev) ([]string, bool) {
	tw := x.treeWord(si, i)
	if tw == 0 || !strings.HasPrefix(x.word(si, tw).Rel, "nsubj") {
		return nil, false
	}
	v := x.word(si, tw).Head
	for depth := 0; v > 0 && depth < 4 && (x.word(si, v).Rel == "conj" || x.word(si, v).Rel == "ccomp"); depth++ {
		// (a reported clause's "it" is its reporter too: "The company
		// admitted that it had manipulated the tests")
		h := x.word(si, v).Head
		subj := x.children(si, h, relNsubj|relNsubjPass)
		if len(subj) == 0 || subj[0] > h {
			v = h
			continue
		}
		d := x.word(si, subj[0])
		switch m := x.mentionAt(si, d.Token); {
		case m != nil && m.ent.Type == entity.Organization:
			return []string{m.ent.ID}, true
		case m != nil:
			return nil, false
		case lowerASCII(d.Form) == "it" && d.Token < i:
			return x.pronoun(si, d.Token, cur, earlier), true
		case companyNouns.Has(lowerASCII(d.Form)) && definiteNoun(x.sents[si].Tokens, d.Token) && x.word(si, v).Rel == "conj":
			return x.lastCompany(si, d.Token), true // (not through a reported clause: which company "the company" is stays too unsure)
		}
		return nil, false
	}
	return nil, false
}

// companyNouns name a company: "the company", "the carmaker".
var companyNouns = wordset.New("company", "firm", "group", "carmaker", "automaker", "bank", "maker", "retailer", "manufacturer", "airline",
	"insurer", "lender", "giant", "chipmaker", "corporation", "conglomerate", "startup", "publisher", "broadcaster")

// singularCompany returns the singular of a plural company noun
// ("companies", "banks", "carmakers"), or "" for a word that is none.
func singularCompany(w string) string {
	switch {
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return ""
}

// twoOrganizations returns the two organizations "the two companies" or
// "both banks" (from token i on) stand for: the last two named before
// it, in its sentence or the three before, with no third one among the
// names of the sentence where the second was found ("Nippon Steel's
// takeover of U.S. Steel ... The two companies said"). None otherwise.
func (x *extractor) twoOrganizations(si, i int) []string {
	var ids []string
	for p := si; p >= 0 && p >= si-3; p-- {
		ms := x.ments[p]
		if p == si {
			ms = x.mentsIn(si, 0, i)
		}
		toks := x.sents[p].Tokens
		for k := len(ms) - 1; k >= 0; k-- {
			if m := ms[k]; m.ent.Type == entity.Organization && !slices.Contains(ids, m.ent.ID) {
				if m.last+1 < len(toks) && nonCompanyNouns.Has(toks[m.last+1].Lower) || institution(m.ent.Name) {
					continue // "the United Steelworkers union", "the Federal Trade Commission": no company
				}
				if len(ids) == 2 {
					return nil // three in the sentence that gave the pair: which two?
				}
				ids = append(ids, m.ent.ID)
			}
		}
		if len(ids) == 2 {
			return ids
		}
	}
	return nil
}

// nonCompanyNouns name organizations that are no companies: "the United
// Steelworkers union", "the Labour party".
var nonCompanyNouns = wordset.New("union", "party", "government", "ministry", "agency", "committee", "council", "court",
	"police", "department", "commission", "army", "regulator", "administration", "parliament", "league")

// detectedToken reports whether the trained detector found an event
// mention on token k of sentence si.
func (x *extractor) detectedToken(si, k int) bool {
	if x.detected == nil || si >= len(x.detected) {
		return false
	}
	t := x.sents[si].Tokens[k]
	for _, m := range x.detected[si] {
		if m.Start <= t.Start && t.End <= m.End {
			return true
		}
	}
	return false
}

// thingBefore reports whether "it" or "its" opening the sentence (token i)
// most likely stands for a thing the sentence before is about: that
// sentence's subject is a singular common noun that names no entity nor a
// company ("The ship, the Dali, had left the port. Its crew sent a
// mayday call" is the ship's crew, not the last company's).
func (x *extractor) thingBefore(si, i int) bool {
	if si == 0 || x.treeWords(si-1) == nil {
		return false
	}
	for k := range i {
		if t := x.sents[si].Tokens[k]; t.Kind == text.Word && t.Text[0] >= 'A' && t.Text[0] <= 'Z' && k > 0 || definiteDets.Has(t.Lower) {
			return false // a name or a noun phrase before it: it may stand for that
		}
	}
	p := si - 1
	for w := 1; w <= len(x.trees[p].Words); w++ {
		if x.word(p, w).Rel != "root" {
			continue
		}
		for _, c := range x.children(p, w, relNsubj|relNsubjPass) {
			d := x.word(p, c)
			// Not a happening ("the purchase caps a string of deals. It
			// bought ..."): a deal does not act, its buyer does.
			return d.UPOS == "NOUN" && d.XPOS == "NN" && !companyNouns.Has(lowerASCII(d.Lemma)) && x.mentionAt(p, d.Token) == nil &&
				!x.trigAt[p][d.Token] && !x.detectedToken(p, d.Token)
		}
		return false
	}
	return false
}

// lastOrganization returns the organization named last before token i of
// sentence si, in it or the three sentences before: what "it", "its" and
// "the company" stand for in business news. None when a person or a place
// was named after it in this sentence (the pronoun is then more likely
// theirs).
func (x *extractor) lastOrganization(si, i int) []string {
	if id, common := x.reporterOrganization(si, i); id != "" {
		return []string{id}
	} else if common {
		return nil // "The university's governing board said it had accepted": the board, no name
	}
	before := x.mentsIn(si, 0, i)
	for k := len(before) - 1; k >= 0; k-- {
		m := before[k]
		if m.last >= i {
			continue
		}
		if m.ent.Type == entity.Organization && !x.namesKind(si, m.last) {
			return []string{m.ent.ID}
		}
		if m.kind != "demonym" && m.ent.Type != entity.Organization {
			return nil
		}
	}
	// A sentence's "its" before any name of its own continues the last
	// sentence's subject when that is a country: "Qatar has pledged to
	// build nine new stadiums ... Its bid committee said".
	if si > 0 && len(before) == 0 {
		if m := x.mainSubject(si-1, isCountry); m != nil {
			return []string{m.ent.ID}
		}
	}
	// In an earlier sentence, the first organization: the subject, more
	// often than not ("Microsoft closed its purchase of publisher
	// Activision. ... The software company ..." is Microsoft).
	for p := si - 1; p >= 0 && p >= si-3; p-- {
		if j := x.itSubject(p); j >= 0 {
			// Its subject is "it", which goes on with the company before
			// it: "It bought Skype in 2011 and Nokia's phone business in
			// 2013. The company said" is the buyer, not Skype.
			if ids := x.lastOrganization(p, j); len(ids) > 0 {
				return ids
			}
		}
		for k := range x.ments[p] {
			if m := x.ments[p][k]; m.ent.Type == entity.Organization && !x.namesKind(p, m.last) {
				return []string{m.ent.ID}
			}
		}
	}
	return nil
}

// itSubject returns the token of "it" when it is the subject of sentence
// si's root, before any name of the sentence; -1 otherwise.
func (x *extractor) itSubject(si int) int {
	for _, sub := range x.rootSubjects(si) {
		d := x.word(si, sub)
		if lowerASCII(d.Form) == "it" && d.Token >= 0 && (len(x.ments[si]) == 0 || x.ments[si][0].first > d.Token) {
			return d.Token
		}
	}
	return -1
}

// namesKind reports whether name m only says what kind of thing the
// common noun after it is, as its compound or adjective ("a former
// Federal Reserve governor", "a Goldman Sachs banker"): no one the text
// goes on to speak of (last: the name's last token). A possessive ("the bank's president") is its
// owner, and stays a referent.
func (x *extractor) namesKind(si, last int) bool {
	w := x.treeWord(si, last)
	if w == 0 {
		return false
	}
	d := x.word(si, w)
	return (d.Rel == "compound" || d.Rel == "amod") && d.Head > w && x.word(si, d.Head).UPOS == "NOUN"
}

// lastCompany is lastOrganization for "the company" and its kind:
// organizations named as institutions ("Stanford University", "the
// Justice Department") are none.
func (x *extractor) lastCompany(si, i int) []string {
	ids := x.lastOrganization(si, i)
	if len(ids) == 0 {
		if toks := x.sents[si].Tokens; i > 0 && i < len(toks) && toks[i-1].Lower == "the" {
			return x.leadCompany(si) // "the bank"; "the San Francisco company" says which by more than the story
		}
		return nil
	}
	if !institution(x.ents[ids[0]].Name) {
		return ids
	}
	for p := si; p >= 0 && p >= si-3; p-- {
		ms := x.ments[p]
		if p == si {
			ms = x.mentsIn(si, 0, i)
		}
		for k := range ms {
			if m := ms[k]; m.ent.Type == entity.Organization && !institution(m.ent.Name) && (p < si || m.last < i) {
				return []string{m.ent.ID}
			}
		}
	}
	return nil
}

// leadCompany returns the company the story is about when a bare "the
// company" or "the bank" of sentence si has no organization named in the
// sentences before it: the first company the headline or the lead's
// first sentence names ("Wells Fargo CEO Stumpf retires ... The bank
// said"), or none.
func (x *extractor) leadCompany(si int) []string {
	for p := 0; p < 2 && p < si; p++ {
		for k := range x.ments[p] {
			if m := x.ments[p][k]; m.ent.Type == entity.Organization && !institution(m.ent.Name) {
				return []string{m.ent.ID}
			}
		}
	}
	return nil
}

// institutionWords end (or open) the names of organizations that are no
// company.
var institutionWords = wordset.New("university", "college", "institute", "school", "ministry", "department", "agency",
	"court", "police", "party", "senate", "parliament", "congress", "council", "commission", "committee", "army",
	"navy", "church", "government", "administration", "office", "bureau", "authority", "board", "assembly")

// institution reports whether name names an institution by its last or
// first word ("Stanford University", "University of Tokyo"), or by a word
// of its head before "of" ("California Department of Financial
// Protection").
func institution(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) < 2 {
		return false
	}
	if institutionWords.Has(f[len(f)-1]) {
		return true
	}
	for _, w := range f {
		if w == "of" {
			break
		}
		if institutionWords.Has(w) {
			return true
		}
	}
	return false
}

// reporterOrganization returns the organization that reports the clause
// "it" (token i) is the subject of: "Binance said that it would not buy
// FTX, a day after it had agreed to take over the company" is Binance
// twice, not the last company named. Up the tree from the pronoun's verb
// to a verb of saying whose subject names an organization; "" otherwise,
// with common set when that subject is a singular common noun that names
// no one ("the board said it had accepted"): "it" is that noun's.
func (x *extractor) reporterOrganization(si, i int) (id string, common bool) {
	tw := x.treeWord(si, i)
	if tw == 0 || !strings.HasPrefix(x.word(si, tw).Rel, "nsubj") {
		return "", false
	}
	for v, depth := x.word(si, tw).Head, 0; v > 0 && depth < 6; depth++ {
		d := x.word(si, v)
		if d.UPOS == "VERB" && reportVerbs[lowerASCII(d.Lemma)] && v != x.word(si, tw).Head {
			for _, s := range x.children(si, v, relNsubj) {
				sd := x.word(si, s)
				if m := x.mentionAt(si, sd.Token); m != nil && m.ent.Type == entity.Organization {
					return m.ent.ID, false
				} else if m == nil && sd.XPOS == "NN" && !companyNouns.Has(lowerASCII(sd.Lemma)) && s < tw {
					// Its name in apposition, when it has one: "The bank's
					// parent, SVB Financial Group, had said that it sold".
					for _, a := range x.children(si, s, relAppos) {
						if am := x.mentionAt(si, x.word(si, a).Token); am != nil && am.ent.Type == entity.Organization {
							return am.ent.ID, false
						}
					}
					return "", true
				}
			}
			return "", false
		}
		v = d.Head
	}
	return "", false
}

// pronounBefore resolves a possessive pronoun or plural description right
// before a noun trigger ("their meeting", "his comments").
func (x *extractor) pronounBefore(si, i int, cur []*ev, earlier []*ev) ([]string, int) {
	toks := x.sents[si].Tokens
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := toks[k].Lower
		if w == "their" || w == "his" || w == "her" {
			return x.pronoun(si, k, cur, earlier), k
		}
		if toks[k].Kind == text.Punct || preps.Has(w) {
			break
		}
	}
	return nil, -1
}

// definiteNoun reports whether the noun at token i opens with "the" or
// "its", past at most two modifiers: "the company", "the software
// company". (A regulator or an agency is no company: "the British
// regulator" after "the French company Ubisoft" is not Ubisoft.)
func definiteNoun(toks []text.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch toks[k].Lower {
		case "the", "its":
			return true
		case "a", "an", "this", "that", "another", "one", "any", "every", "each":
			return false
		}
		if toks[k].Kind != text.Word && toks[k].Text != "." {
			return false
		}
	}
	return false
}

// mainSubject returns the mention that is a subject of sentence si's root
// verb and passes ok ("Biden visited ... He": a person; "Qatar has pledged
// ... Its": a country), or nil.
func (x *extractor) mainSubject(si int, ok func(m *ment) bool) *ment {
	for _, sub := range x.rootSubjects(si) {
		if m := x.mentionAt(si, x.word(si, sub).Token); m != nil && ok(m) {
			return m
		}
	}
	return nil
}

// rootSubjects returns the nsubj words of sentence si's root.
func (x *extractor) rootSubjects(si int) []int {
	if x.treeWords(si) == nil {
		return nil
	}
	for w := 1; w <= len(x.trees[si].Words); w++ {
		if x.word(si, w).Rel == "root" {
			return x.children(si, w, relNsubj)
		}
	}
	return nil
}

func isPerson(m *ment) bool  { return m.ent.Type == entity.Person }
func isCountry(m *ment) bool { return m.ent.Type == entity.Location && m.ent.Subtype == "country" }

// pluralDeterminers make a plural noun ("leaders", "sides") stand for the
// people just named: "the leaders", "both men", "the two sides".
var pluralDeterminers = wordset.New("the", "both", "two", "all", "these", "those")

// nounAntecedent returns the sentence and tree word of the common noun
// that subject pronoun w ("it", "they") of sentence si stands for, when
// no entity does: the subject of an earlier clause of the same sentence
// ("Scientists then spent weeks mapping the comet, and in mid-September
// they selected a landing site"), else the main subject of the sentence
// before ("The spacecraft used gravity assists ... It woke up on January
// 20"); a plural noun for "they", a singular one for "it", neither a name
// nor a time. ok is false when there is none.
func (x *extractor) nounAntecedent(si, w int) (asi, aw int, ok bool) {
	d := x.word(si, w)
	f := lowerASCII(d.Form)
	if d.UPOS != "PRON" || f != "it" && f != "they" {
		return 0, 0, false
	}
	plural := f == "they"
	fits := func(s, n int) bool {
		nd := x.word(s, n)
		if nd.UPOS != "NOUN" || nd.Token < 0 || x.mentionAt(s, nd.Token) != nil || x.inTimex(s, nd.Token) {
			return false
		}
		return (nd.XPOS == "NNS") == plural
	}
	// An earlier clause's subject in this sentence.
	for k := w - 1; k >= 1; k-- {
		if kd := x.word(si, k); kd.Rel == "nsubj" && kd.Head != d.Head && fits(si, k) {
			return si, k, true
		}
	}
	if si == 0 || x.treeWords(si-1) == nil {
		return 0, 0, false
	}
	p := si - 1
	for r := 1; r <= len(x.trees[p].Words); r++ {
		if x.word(p, r).Rel != "root" {
			continue
		}
		for _, sub := range x.children(p, r, relNsubj|relNsubjPass) {
			if fits(p, sub) {
				return p, sub, true
			}
		}
	}
	return 0, 0, false
}

// subjectMention reports whether mention m of sentence si is the subject
// of a verb in the tree (the word of its span that hangs outside it is an
// nsubj or nsubj:pass).
func (x *extractor) subjectMention(si int, m *ment) bool {
	if x.treeWords(si) == nil {
		return false
	}
	for k := m.first; k <= m.last; k++ {
		tw := x.treeWord(si, k)
		if tw == 0 {
			continue
		}
		if hw := x.word(si, tw).Head; hw > 0 {
			if h := x.word(si, hw); h.Token >= m.first && h.Token <= m.last {
				continue // inside the name
			}
		}
		r := x.word(si, tw).Rel
		return r == "nsubj" || r == "nsubj:pass"
	}
	return false
}
