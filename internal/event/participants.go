// Participants: the entities of an event's clause linked to it with a role,
// found from the words around the trigger (or its dependency tree).

package event

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/entity"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/wordset"
)

var preps = wordset.Of(map[string]bool{"in": true, "at": true, "near": true, "with": true, "by": true, "to": true, "from": true,
	"of": true, "on": true, "for": true, "between": true, "into": true, "over": true, "toward": true, "towards": true,
	"about": true, "against": true, "under": true, "off": true, "across": true, "within": true,
	"including": true, "regarding": true, "among": true, "like": true, "than": true, "via": true, "onto": true, "around": true,
	"outside": true, "inside": true, "along": true, "through": true, "throughout": true, "behind": true, "beyond": true, "beside": true})

// governingPrep returns the preposition that governs mention m (skipping
// determiners, adjectives, titles and modifiers inside its noun phrase),
// or "".
func (x *extractor) governingPrep(si int, m *ment) string {
	toks := x.sents[si].Tokens
	for k := m.first - 1; k >= 0 && k >= m.first-5; k-- {
		w := toks[k].Lower
		if courtesyTitles.Has(strings.TrimSuffix(w, ".")) || w == "." && k > 0 && courtesyTitles.Has(toks[k-1].Lower) {
			continue // "to Mr. Kalanick"
		}
		if preps.Has(w) {
			if w == "of" && k > 0 && isPlaceNoun(toks[k-1].Lower) {
				// "the city of Danang": look past the head noun.
				continue
			}
			return w
		}
		if tw := x.treeWord(si, k); tw > 0 && text.IsPastForm(w) && x.word(si, tw).Rel == "amod" && k >= 2 &&
			articles.Has(toks[k-1].Lower) && preps.Has(toks[k-2].Lower) {
			// "out of the flooded Tham Luang cave": a participle as an
			// adjective, after the article of the phrase the preposition
			// opens
			return toks[k-2].Lower
		}
		if toks[k].Kind == text.Punct && w != "’" && w != "'" || clauseWords.Has(w) || verbContext.Has(w) || text.IsPastForm(w) {
			return x.conjunctPrep(si, m)
		}
		if otherPreps.Has(w) || subordPreps.Has(w) && x.adpAt(si, k) {
			return w
		}
		if len(Lookup(w)) > 0 && !determiners.Has(w) {
			return ""
		}
	}
	return ""
}

// courtesyTitles stand before a name and are none of its phrase's words.
var courtesyTitles = wordset.New("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lady", "lord", "messrs")

// otherPreps are prepositions that govern no party: the scan for the one
// that governs a name stops at them ("to appear before a U.S. judge" is
// not "to" the United States).
var otherPreps = wordset.New("during", "amid", "despite", "without", "except", "per", "upon", "unlike", "above", "below",
	"beneath")

// subordPreps are such prepositions that may also open a clause, whose
// subject they do not govern ("days after the prime minister and Trump
// agreed"): the tree decides.
var subordPreps = wordset.New("before", "after", "since", "until")

// adpAt reports whether the tree tags token k a preposition (ADP).
func (x *extractor) adpAt(si, k int) bool {
	w := x.treeWord(si, k)
	return w > 0 && x.word(si, w).UPOS == "ADP"
}

// conjunctPrep returns the preposition of the first conjunct of the name
// m is a later conjunct of: "from Spain, Britain and Qatar" are all
// "from". Not when the first conjunct is a time ("On Sunday, the Treasury
// and the FDIC said", which a parser may coordinate).
func (x *extractor) conjunctPrep(si int, m *ment) string {
	w := x.treeWord(si, m.last)
	if w == 0 || x.word(si, w).Rel != "conj" {
		return ""
	}
	for depth := 0; depth < 16 && x.word(si, w).Rel == "conj"; depth++ {
		w = x.word(si, w).Head
	}
	if t := x.word(si, w).Token; t < 0 || x.inTimex(si, t) {
		return ""
	}
	if cs := x.children(si, w, relCase); len(cs) > 0 {
		if f := lowerASCII(x.word(si, cs[0]).Form); preps.Has(f) {
			return f
		}
	}
	return ""
}

// modifier reports whether mention m only modifies a following name
// ("U.S. President Donald Trump", "Russian President Vladimir Putin").
func (x *extractor) modifier(si int, m *ment) bool {
	ms := x.mentsIn(si, m.last+1, m.last+6)
	toks := x.sents[si].Tokens
	for k := range ms {
		n := &ms[k]
		if n.first <= m.last || n.first > m.last+5 {
			continue
		}
		// only title words between: "U.S. President Donald Trump"
		for j := m.last + 1; j < n.first; j++ {
			if toks[j].Kind != text.Word || !isUpper(toks[j].Text) {
				return false
			}
		}
		return true
	}
	return false
}

// stateBody reports whether demonym mention m heads a body that acts for
// its state ("Soviet troops", "the Japanese government"): the mention then
// stands for the state as an actor.
func (x *extractor) stateBody(si int, m *ment) bool {
	toks := x.sents[si].Tokens
	return m.last+1 < len(toks) && entity.StateBody(toks[m.last+1].Lower)
}

// coordinated reports whether tokens [a, b) join two names: "and", ",",
// articles, title words and modifier names ("the prime minister and U.S.
// President Donald Trump").
func (x *extractor) coordinated(si, a, b int) bool {
	toks := x.sents[si].Tokens
	conj := false
	for k := a; k < b; k++ {
		w := toks[k].Lower
		switch {
		case w == "and" || w == "," || w == "&":
			conj = true
		case w == "the" || w == "." || x.mentionAt(si, k) != nil:
		case toks[k].Kind == text.Word && isUpper(toks[k].Text):
		default:
			return false
		}
	}
	return conj
}

func isUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// subjectOf returns the first person mention of clause c that is not
// governed by a preposition.
func (x *extractor) subjectOf(si, c int) *ment {
	if c < 0 || c >= len(x.crange[si]) {
		return nil
	}
	r := x.crange[si][c]
	ms := x.mentsIn(si, r[0], min(r[1], r[0]+window))
	for k := range ms {
		m := &ms[k]
		if x.clause[si][m.first] == c && m.ent.Type == entity.Person && x.governingPrep(si, m) == "" && !m.poss {
			return m
		}
	}
	return nil
}

func (e *ev) add(id, role string) {
	if id == "" {
		return
	}
	if _, ok := e.parts.get(id); ok {
		return
	}
	e.parts.set(id, role)
	e.partOrd = append(e.partOrd, id)
}

// addVia adds a participant that the words at span stand for ("he",
// "the two leaders").
func (e *ev) addVia(id, role string, span document.Span) {
	if _, ok := e.parts.get(id); ok {
		return
	}
	e.add(id, role)
	if e.via == nil {
		e.via = map[string]document.Span{}
	}
	e.via[id] = span
}

func (e *ev) addPlace(id string) {
	for _, p := range e.places {
		if p == id {
			return
		}
	}
	e.places = append(e.places, id)
}

var pluralActors = wordset.Of(map[string]bool{"they": true, "leaders": true, "sides": true, "men": true, "women": true,
	"countries": true, "nations": true, "governments": true})

// participants links event e to the entities of its clause: the subject
// before the trigger (or from the tree), the possessor or modifier of an
// event noun, a pronoun or relative subject when none is named, then the
// parties, agents, objects and places after the trigger, and the place a
// "where" clause stands for.
func (x *extractor) participants(si int, e *ev, cur []*ev, earlier []*ev) {
	p := &partScan{si: si, e: e, cur: cur, earlier: earlier, toks: x.sents[si].Tokens, c: e.clause, i: e.tok}
	p.cr = x.crange[si][p.c]
	p.passive = x.pastPassive(p)
	p.subjRole, p.objRole = subjectRole(e, p.passive), RolePatient
	e.passive = p.passive
	subj := x.subjectsBefore(p)
	if !e.trig.Noun {
		p.tw = x.treeWord(si, p.i)
	}
	var treeSubj []string
	treeVia := map[string]document.Span{}
	if p.tw > 0 {
		var drop bool
		treeSubj, drop = x.treeSubjectParties(p, treeVia)
		if drop {
			subj = nil
		}
	}
	light, attend := false, false
	if e.trig.Noun {
		light, attend = x.nounParties(p)
		if !light {
			subj = nil
		}
	}
	own := len(e.partOrd) // parties named by the noun's own phrase
	x.addSubjects(p, subj, treeSubj, treeVia)
	if len(subj) == 0 && len(treeSubj) == 0 && (!e.trig.Noun || light) {
		x.unnamedSubject(p)
	}
	if e.trig.Noun && attend {
		attendees(e, own)
	}
	x.partiesAfter(p)
	x.pronounPartiesAfter(p)
	x.relativeObject(p)
	x.objectApposition(p)
	x.wherePlace(p)
	x.dropContainers(e)
	x.addTarget(e)
}

// partScan is what the steps of participants share about one event: its
// sentence, clause and trigger token, the clause's token range, whether
// the verb is passive, the roles of its subject and object, and the tree
// word of a verb trigger (0 without a tree or for a noun).
type partScan struct {
	si           int
	e            *ev
	cur, earlier []*ev
	toks         []text.Token
	c, i         int
	cr           [2]int
	passive      bool
	subjRole     string
	objRole      string
	tw           int
}

// pastPassive reports whether a verb trigger in a past form follows a form
// of "be" within three words: "were seized".
func (x *extractor) pastPassive(p *partScan) bool {
	toks, i := p.toks, p.i
	if !p.e.trig.Noun {
		// An irregular participle the "-ed" test misses ("were taken"):
		// the tree's passive auxiliary says so.
		if tw := x.treeWord(p.si, i); tw > 0 && x.word(p.si, tw).XPOS == "VBN" && x.passiveVerb(p.si, tw) {
			return true
		}
		if x.reducedRelative(p.si, i) {
			return true // "villages destroyed by the flood"
		}
		if x.headlinePassive(p.si, x.treeWord(p.si, i)) {
			return true // "Author stabbed on stage"
		}
		if tw := x.treeWord(p.si, i); tw > 0 && x.smallClauseObject(p.si, tw) > 0 {
			return true // "ordered the planes grounded": the planes were
		}
	}
	if !p.e.trig.Noun && text.IsPastForm(toks[i].Lower) {
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			w := toks[k].Lower
			if w == "was" || w == "were" || w == "been" || w == "be" || w == "is" || w == "are" || w == "being" {
				return true
			}
		}
	}
	return false
}

// reducedRelative reports whether the verb at token i is a past
// participle after the noun it modifies, with no auxiliary: "villages
// destroyed by the flood" (acl). The noun is its patient.
func (x *extractor) reducedRelative(si, i int) bool {
	tw := x.treeWord(si, i)
	if tw == 0 {
		return false
	}
	d := x.word(si, tw)
	return d.Rel == "acl" && d.XPOS == "VBN" && d.Head > 0 && d.Head < tw && len(x.children(si, tw, relAux|relAuxPass|relMark)) == 0
}

// subjectRole is the role of e's subject: the speaker of a reporting
// event, the patient of a passive, else the agent.
func subjectRole(e *ev, passive bool) string {
	subjRole := RoleAgent
	if e.Class == Reporting {
		subjRole = RoleSpeaker
	}
	if passive {
		subjRole = RolePatient
	}
	return subjRole
}

// subjectsBefore returns the subject: the mentions before the trigger in
// its clause that no preposition governs and that modify nothing, the
// group closest to the verb ("Abe and Putin").
func (x *extractor) subjectsBefore(p *partScan) []*ment {
	si, c, i := p.si, p.c, p.i
	var subj []*ment
	before := x.mentsIn(si, max(p.cr[0], i-window), i)
	for k := range before {
		m := &before[k]
		if m.last >= i || x.clause[si][m.first] != c {
			continue
		}
		if x.governingPrep(si, m) != "" || x.modifier(si, m) {
			continue
		}
		if m.poss {
			continue // possessors are handled below
		}
		if m.kind == "demonym" && !x.stateBody(si, m) {
			continue // "Japanese citizens visited": not Japan
		}
		subj = append(subj, m)
	}
	// Keep the group of subjects closest to the verb: "Abe and Putin".
	if len(subj) > 1 {
		g := []*ment{subj[len(subj)-1]}
		for k := len(subj) - 2; k >= 0; k-- {
			if subj[k].last >= g[0].first { // parts of one compound: "Abe-Putin"
				g = append([]*ment{subj[k]}, g...)
				continue
			}
			if x.coordinated(si, subj[k].last+1, g[0].first) {
				g = append([]*ment{subj[k]}, g...)
				continue
			}
			break
		}
		subj = g
	}
	return subj
}

// treeSubjectParties returns the parties a verb's subject names in the
// tree (with the span of a pronoun or description that stands for one, in
// via), and whether the subject found before the verb is to be dropped:
// the words before the verb may be another clause's ("Jackson said police
// arrested both men"), and the subject may be elsewhere ("Abe plans to
// visit"). Where the tree's subject names no entity, the words before the
// verb still decide: the parser is wrong on one arc in five (EWT dev LAS
// 81), and "The two men talked" parsed with "men" as the root would
// otherwise lose both men. The tree's voice, when it names parties,
// overrides the one read from the words (p.passive and the subject role).
func (x *extractor) treeSubjectParties(p *partScan, via map[string]document.Span) (treeSubj []string, drop bool) {
	e := p.e
	ws, pass := x.treeSubjects(p.si, p.tw)
	for _, w := range ws {
		if x.describesSubject(p.si, w, ws) {
			continue // "Sam Bankman-Fried, the founder of FTX, was arrested": the description names FTX, not who was arrested
		}
		x.subjectPlaces(p.si, w, e)
		ids, v := x.wordParties(p.si, w, p.cur, p.earlier)
		for _, id := range ids {
			if v != (document.Span{}) {
				via[id] = v
			}
		}
		treeSubj = append(treeSubj, ids...)
	}
	if len(treeSubj) > 0 || commonSubject(x, p.si, ws) {
		// A subject that is a common noun ("records began", "voters
		// decided") is no one the words before the verb may name.
		drop = true
	}
	if len(treeSubj) > 0 && pass != p.passive {
		p.passive = pass
		e.passive = pass
		p.subjRole = subjectRole(e, p.passive)
	}
	return treeSubj, drop
}

// describesSubject reports whether subject word w, a common noun, is the
// description of a named subject before it, set off by a comma, however
// the parser labelled it (appos, or a second subject).
func (x *extractor) describesSubject(si, w int, ws []int) bool {
	d := x.word(si, w)
	if d.UPOS != "NOUN" || x.mentionAt(si, d.Token) != nil {
		return false
	}
	for _, u := range ws {
		m := x.mentionAt(si, x.word(si, u).Token)
		if u >= w || m == nil || !actorType(m.ent.Type) {
			continue
		}
		if d.Rel == "appos" && d.Head == u {
			return true
		}
		// The name, a comma, then w's phrase: nothing else between.
		if toks := x.sents[si].Tokens; m.last+1 < len(toks) && toks[m.last+1].Text == "," {
			if x.under(si, x.treeWord(si, m.last+2), w, 8) || x.treeWord(si, m.last+2) == w {
				return true
			}
		}
	}
	return false
}

// subjectPlaces adds to e the places its subject is said to be at ("a
// judge in San Francisco rejected", "police in Paris arrested"): where it
// happened.
func (x *extractor) subjectPlaces(si, w int, e *ev) {
	if x.eventNoun(si, w) {
		return // "the attack in Kabul killed": the attack's own place
	}
	for _, c := range x.children(si, w, relNmod) {
		m := x.mentionAt(si, x.word(si, c).Token)
		if m == nil || m.ent.Type != entity.Location || !x.placeCase(si, c) {
			continue
		}
		prep := lowerASCII(x.word(si, x.children(si, c, relCase)[0]).Form)
		if prep == "at" || prep == "inside" {
			prep = "in"
		}
		if e.placePrep == nil {
			e.placePrep = map[string]string{}
		}
		for _, k := range x.withConjuncts(si, []int{c}) {
			// "Hospitals in Germany and Britain": both places.
			if n := x.mentionAt(si, x.word(si, k).Token); n != nil && n.ent.Type == entity.Location {
				e.addPlace(n.ent.ID)
				e.placePrep[n.ent.ID] = prep
			}
		}
	}
}

// nounParties adds the parties of an event noun's own phrase: its
// possessor or a name right before it ("Putin's visit", "the Abe-Putin
// meeting"), or a possessive pronoun ("their meeting"). Nouns take part in
// a subject only through a light verb ("held talks"): light reports one,
// attend that it is a verb of attending ("attended the meeting").
func (x *extractor) nounParties(p *partScan) (light, attend bool) {
	si, e, toks, c, i := p.si, p.e, p.toks, p.c, p.i
	for k := i - 1; k >= 0 && x.clause[si][k] == c && k >= i-5; k-- {
		w := toks[k].Lower
		if lightVerbs.Has(w) {
			light = true
			attend = attendVerbs.Has(w)
			break
		}
		// only determiners and adjectives between: "held his formal
		// meeting", "held a separate 15-minute conversation"
		if !determiners.Has(w) && toks[k].Kind != text.Number && !strings.Contains(w, "-") &&
			!strings.HasSuffix(w, "al") && !strings.HasSuffix(w, "ic") && !strings.HasSuffix(w, "ive") {
			break
		}
	}
	if tw := x.treeWord(si, i); !light && tw > 0 {
		// The tree's verb whose object the noun is, past adjectives the
		// window stops at: "reached a tentative agreement", "held
		// closed-door talks".
		if d := x.word(si, tw); d.Rel == "obj" && d.Head > 0 {
			if h := lowerASCII(x.word(si, d.Head).Lemma); lightVerbs.Has(h) || supportObjectVerbs.Has(h) && (e.Kind == "agreement" || e.Kind == "talks") {
				light, attend = true, attendVerbs.Has(h)
			}
		}
	}
	// Possessor or name modifier right before the noun.
	near := x.mentsIn(si, i-4, i)
	for k := range near {
		m := &near[k]
		if m.last < i && m.last >= i-3 && x.clause[si][m.first] == c {
			gap := toks[m.last+1 : i]
			ok := true
			for j, g := range gap {
				if j == 0 && m.poss && (g.Lower == "'s" || g.Lower == "’s") {
					continue // "Unisys Corp.'s announcement": the possessive's own token
				}
				if !determiners.Has(g.Lower) || g.Lower == "a" || g.Lower == "an" {
					ok = false
				}
			}
			if ok && (m.poss || m.last == i-1) {
				e.add(m.ent.ID, RoleAgent)
			}
		}
	}
	if i > 0 {
		ids, at := x.pronounBefore(si, i, p.cur, p.earlier)
		for _, id := range ids {
			e.addVia(id, RoleAgent, toks[at].Span)
		}
	}
	return light, attend
}

// supportObjectVerbs make their subject a party of the agreement or talks
// they take as object: "reached an agreement", "signed a deal" (not of
// "reached a 78 percent increase in its profits").
var supportObjectVerbs = wordset.New("reach", "sign", "strike", "seal", "conclude", "clinch", "finalize", "negotiate")

// addSubjects adds the subjects found before the trigger and in the tree
// in the subject role, except places: "In Tokyo, ..." names no actor, and
// the place a passive's subject names is where it happened ("the islands
// were seized").
func (x *extractor) addSubjects(p *partScan, subj []*ment, treeSubj []string, treeVia map[string]document.Span) {
	e, passive, subjRole := p.e, p.passive, p.subjRole
	for _, m := range subj {
		if m.ent.Type == entity.Location && m.ent.Subtype != "country" && m.ent.Note == "" && !passive {
			continue // "In Tokyo, ..." is a place, not an actor
		}
		if len(treeSubj) > 0 && !slices.Contains(treeSubj, m.ent.ID) && x.describes(p.si, m, treeSubj) {
			continue // "Sam Bankman-Fried, the founder of FTX, was arrested": not FTX
		}

		if passive && m.ent.Type == entity.Location && placeKinds.Has(e.Kind) {
			e.addPlace(m.ent.ID)
			continue
		}
		e.add(m.ent.ID, subjRole)
	}
	for _, id := range treeSubj {
		m := x.ents[id]
		if m.Type == entity.Location && m.Subtype != "country" && m.Note == "" && !passive {
			continue // "In Tokyo, ..." is a place, not an actor
		}
		if passive && m.Type == entity.Location && placeKinds.Has(e.Kind) {
			e.addPlace(id)
			continue
		}
		if via, ok := treeVia[id]; ok {
			e.addVia(id, subjRole, via)
			continue
		}
		e.add(id, subjRole)
	}
}

// describes reports whether mention m lies in the apposition that
// describes one of the named subjects ids: "the founder of the exchange
// FTX" after "Sam Bankman-Fried".
func (x *extractor) describes(si int, m *ment, ids []string) bool {
	w := x.treeWord(si, m.last)
	for depth := 0; w > 0 && depth < 8; depth++ {
		d := x.word(si, w)
		if d.Rel == "appos" && d.Head > 0 {
			if h := x.mentionAt(si, x.word(si, d.Head).Token); h != nil && slices.Contains(ids, h.ent.ID) {
				return true
			}
		}
		w = d.Head
	}
	return false
}

// ownerOfAntecedent reports whether name m only modifies the common noun
// the tree gives as the antecedent of verb p.tw's relative clause:
// "Microsoft's fiscal year, which ends in June" (the year ends, not
// Microsoft).
func (x *extractor) ownerOfAntecedent(p *partScan, m *ment) bool {
	if p.tw == 0 {
		return false
	}
	ws, _ := x.treeSubjects(p.si, p.tw)
	if len(ws) != 1 {
		return false
	}
	a := x.word(p.si, ws[0])
	if a.UPOS != "NOUN" || x.mentionAt(p.si, a.Token) != nil {
		return false
	}
	mw := x.treeWord(p.si, m.last)
	return mw > 0 && mw != ws[0] && x.under(p.si, mw, ws[0], 2)
}

// unnamedSubject finds a subject no name gives: a pronoun or plural
// description ("he", "they", "both sides"), the name a relative clause
// hangs on ("Moscow, which has often accused ..."), or the main subject of
// a sentence that opens with a participial clause.
func (x *extractor) unnamedSubject(p *partScan) {
	si, e, toks, c, i, subjRole := p.si, p.e, p.toks, p.c, p.i, p.subjRole
	// A pronoun or plural description as subject.
	for k := i - 1; k >= 0 && x.clause[si][k] == c && k >= i-6; k-- {
		w := toks[k].Lower
		if w == "he" || w == "she" || pluralActors.Has(w) {
			role := subjRole
			for _, id := range x.pronoun(si, k, p.cur, p.earlier) {
				e.addVia(id, role, toks[k].Span)
			}
			break
		}
	}
	// A relative clause: "Moscow, which has often accused ...".
	if len(e.parts) == 0 && !x.commonAntecedent(p) {
		if op := x.opener[si][c]; op == "which" || op == "who" {
			prev := x.mentsIn(si, max(0, p.cr[0]-window), p.cr[0])
			for k := len(prev) - 1; k >= 0; k-- {
				m := prev[k]
				if m.last < i && x.clause[si][m.last] < c {
					if x.clause[si][m.last] == c-1 && m.kind != "demonym" && !x.ownerOfAntecedent(p, &m) {
						e.add(m.ent.ID, subjRole)
					}
					break
				}
			}
		}
	}
	// Participial clause at the start of a sentence: "Meeting before
	// the opening..., Abe told Putin": its subject is the main one.
	if len(e.parts) == 0 && i == 0 {
		if m := x.subjectOf(si, c+1); m != nil {
			e.add(m.ent.ID, subjRole)
		}
	}
}

// commonAntecedent reports whether the tree hangs p's relative clause on
// a common noun that names no one: "traced to a 78-year-old woman who came
// home to Toronto" tells of the woman, not of a name before her.
func (x *extractor) commonAntecedent(p *partScan) bool {
	if p.tw == 0 {
		return false
	}
	r := p.tw
	for k := 0; k < 4 && x.word(p.si, r).Rel == "conj" && x.word(p.si, r).Head > 0; k++ {
		r = x.word(p.si, r).Head
	}
	if x.word(p.si, r).Rel != "acl:relcl" {
		return false
	}
	a := x.word(p.si, x.antecedent(p.si, r))
	return a.UPOS == "NOUN" && x.mentionAt(p.si, a.Token) == nil && !personRoles[lowerASCII(a.Lemma)]
}

// attendees makes the parties e gained after the first own (those of the
// subject of "attended the meeting") attendees: they take part, but do not
// tell which meeting it is.
func attendees(e *ev, own int) {
	for _, id := range e.partOrd[own:] {
		if e.weak == nil {
			e.weak = map[string]bool{}
		}
		e.weak[id] = true
		e.parts.set(id, RoleAttendee)
	}
}

// partiesAfter adds what the names after the trigger in its clause are:
// the other party ("with", "between"), the agent of a passive ("by"), a
// recipient ("apologized to Erdogan"), a place ("in", "at", "visit
// Russia"), the speaker ("said Putin") or the object.
// controlOf reports whether name m is the "of" of verb tw's object when
// that object is control or ownership of something: "took control of
// Silicon Valley Bank", "gained ownership of the port".
func (x *extractor) controlOf(si, tw int, m *ment) bool {
	w := x.treeWord(si, m.last)
	if w == 0 {
		return false
	}
	for depth := 0; depth < 8; depth++ { // up to the name's own head ("Valley" of "Silicon Valley Bank")
		h := x.word(si, w).Head
		if h <= 0 {
			break
		}
		if t := x.word(si, h).Token; t < m.first || t > m.last {
			break
		}
		w = h
	}
	o := x.word(si, w).Head
	if o <= 0 || o == tw {
		return false
	}
	d := x.word(si, o)
	return d.Head == tw && d.Rel == "obj" && controlNouns[lowerASCII(d.Lemma)]
}

// controlNouns are what one takes, gains or loses of something.
var controlNouns = map[string]bool{"control": true, "ownership": true, "possession": true, "command": true, "charge": true}

func (x *extractor) partiesAfter(ps *partScan) {
	si, e, toks, c, i, tw, passive, objRole, cur := ps.si, ps.e, ps.toks, ps.c, ps.i, ps.tw, ps.passive, ps.objRole, ps.cur
	var lastPrep string
	var lastPlace *ment
	after := x.mentsIn(si, i+1, min(ps.cr[1], i+1+window))
	for k := range after {
		m := &after[k]
		if m.first <= i || x.clause[si][m.first] != c || x.modifier(si, m) || m.kind == "demonym" {
			continue
		}
		// A name that modifies an event noun ("U.N. sanctions") belongs to it.
		if m.last+1 < len(toks) && hasNoun(toks[m.last+1].Lower) {
			continue
		}
		// With a tree, a verb takes only the names of its own arguments.
		if tw > 0 && (x.governor(si, x.treeWord(si, m.last)) != tw || x.roleOwner(si, x.treeWord(si, m.last))) {
			continue
		}
		nearest := !x.triggerBetween(cur, e, m.first)
		p := x.governingPrep(si, m)
		if p == "" && lastPrep == "between" && m.first > 0 && toks[m.first-1].Lower == "and" {
			p = "between"
		}
		if m.ent.Type == entity.Location && lastPlace != nil && x.locates(si, lastPlace, m) {
			lastPlace = m // "in Danang, Vietnam"
			continue
		}
		isPlace := (placePreps.Has(p) || p == "of" && m.first >= 2 && isPlaceNoun(toks[m.first-2].Lower) ||
			p == "to" && e.Kind == "visit") && m.ent.Type == entity.Location
		if !isPlace && p != "to" && x.placeModifier(si, m) {
			continue // "closed U.S. markets": the markets, not the United States
		}
		if (isPlace && p != "of" || p == "to") && m.ent.Subtype == "country" && x.modifiesNoun(si, m) && !x.modifiesLand(si, m) {
			// "outside the U.S. embassies", "to the U.S. mission": a
			// country before a noun says whose it is, not where or to
			// whom ("in a London court" is in London).
			continue
		}
		switch {
		case p == "of" && !passive && tw > 0 && x.controlOf(si, tw, m):
			e.add(m.ent.ID, objRole) // "took control of Silicon Valley Bank"
		case (p == "with" || p == "between") && nearest:
			e.add(m.ent.ID, RoleWith)
			lastPrep = p
		case p == "by" && passive:
			e.add(m.ent.ID, RoleAgent)
		case p == "to" && tw > 0 && e.Kind != "visit" && (m.ent.Type != entity.Location || m.ent.Subtype == "country") &&
			(x.treeRel(si, m.last) == "obl" || x.objectsRecipient(si, tw, m)):
			e.add(m.ent.ID, RoleRecipient) // "apologized to Erdogan", "delivered a letter to Kalanick"
		case isPlace && !(e.trig.Noun && (x.verbBetween(si, i, m.first) && !x.heldAfter(si, i) || !nearest)):
			// "in Vladivostok in Russia’s Far East": the second place
			// only locates the first.
			if lastPlace != nil && x.locates(si, lastPlace, m) {
				lastPlace = m
				continue
			}
			lastPlace = m
			e.addPlace(m.ent.ID)
			if e.placePrep == nil {
				e.placePrep = map[string]string{}
			}
			if p == "of" {
				p = "in"
			}
			e.placePrep[m.ent.ID] = p
		case p == "" && !passive && !e.trig.Noun && nearest:
			if placeKinds.Has(e.Kind) && m.ent.Type == entity.Location {
				e.addPlace(m.ent.ID)
			} else if sayVerbs.Has(toks[i].Lower) && len(e.parts) == 0 && m.first == i+1 {
				e.add(m.ent.ID, RoleSpeaker) // "said Putin"
			} else if e.Class != Reporting && (m.ent.Type != entity.Location || m.ent.Subtype == "country" || m.ent.Note != "") {
				e.add(m.ent.ID, objRole)
			} else if e.Class == Reporting && !sayVerbs.Has(toks[i].Lower) {
				e.add(m.ent.ID, objRole) // "told Putin"
			}
		}
	}
}

// modifiesNoun reports whether name m modifies a common noun after it in
// the tree ("the U.S. embassies", "the Kenyan capital").
func (x *extractor) modifiesNoun(si int, m *ment) bool {
	w := x.treeWord(si, m.last)
	if w == 0 {
		return false
	}
	d := x.word(si, w)
	if d.Rel != "compound" && d.Rel != "amod" && d.Rel != "nmod:poss" || d.Head <= w {
		return false
	}
	return x.word(si, d.Head).UPOS == "NOUN"
}

// modifiesLand reports whether the noun that name m modifies names a
// part of a land ("on Iceland's Reykjanes peninsula", "off Japan's
// northeast coast", "in Turkey's south"): the country is then where.
func (x *extractor) modifiesLand(si int, m *ment) bool {
	w := x.treeWord(si, m.last)
	if w == 0 || x.word(si, w).Head <= 0 {
		return false
	}
	h := lowerASCII(x.word(si, x.word(si, w).Head).Lemma)
	return isPlaceNoun(h) || landNouns.Has(h)
}

// landNouns name a part of a land or sea.
var landNouns = wordset.New("peninsula", "coast", "coastline", "shore", "border", "north", "south", "east", "west",
	"northeast", "northwest", "southeast", "southwest", "interior", "mainland", "countryside", "desert", "mountains",
	"valley", "delta", "plain", "plains", "highlands", "territory", "waters", "sea", "gulf", "bay", "archipelago")

// identifiedAs returns the person a verb of naming or identifying (tree
// word v) says its object pronoun at token k is, after "as": "named him
// as Andreas Lubitz", "identified her as Jane Roe"; nil otherwise.
func (x *extractor) identifiedAs(si, v, k int) *ment {
	switch lowerASCII(x.word(si, v).Lemma) {
	case "name", "identify":
	default:
		return nil
	}
	toks := x.sents[si].Tokens
	if k+2 >= len(toks) || toks[k+1].Lower != "as" {
		return nil
	}
	if m := x.mentionAt(si, k+2); m != nil && m.first == k+2 && m.ent.Type == entity.Person {
		return m
	}
	return nil
}

// pronounPartiesAfter adds the pronoun parties after the trigger:
// "between him and Abe", "with her".
func (x *extractor) pronounPartiesAfter(p *partScan) {
	si, e, toks, c, i := p.si, p.e, p.toks, p.c, p.i
	if p.tw > 0 && !p.passive && !e.trig.Noun {
		// The verb's own object pronoun: "the board fired him", "Twitter
		// sued him" (the tree says it is the verb's).
		for _, o := range x.children(si, p.tw, relObj|relIobj) {
			k := x.word(si, o).Token
			if w := toks[k].Lower; (w == "him" || w == "her") && k > i {
				if m := x.identifiedAs(si, p.tw, k); m != nil {
					// "The airline named him as Andreas Lubitz": the
					// pronoun is the name the verb gives
					e.addVia(m.ent.ID, p.objRole, toks[k].Span)
					continue
				}
				for _, id := range x.pronoun(si, k, p.cur, p.earlier) {
					e.addVia(id, p.objRole, toks[k].Span)
				}
			}
		}
	}
	for k := i + 1; k < len(toks) && k <= i+window && x.clause[si][k] == c; k++ {
		w := toks[k].Lower
		if (w == "him" || w == "her") && k > 0 && (toks[k-1].Lower == "between" || toks[k-1].Lower == "with") && !x.triggerBetween(p.cur, e, k) {
			for _, id := range x.pronoun(si, k, p.cur, p.earlier) {
				e.addVia(id, RoleWith, toks[k].Span)
			}
		}
	}
}

// objectsRecipient reports whether mention m, after "to", is a person
// or organization hung on verb tw's direct object: "delivered a letter to
// Mr. Kalanick", "sent a warning to Google" (the parser often makes it
// the object's modifier).
func (x *extractor) objectsRecipient(si, tw int, m *ment) bool {
	if m.ent.Type == entity.Location {
		return false
	}
	w := x.treeWord(si, m.last)
	if w == 0 {
		return false
	}
	d := x.word(si, w)
	if d.Rel != "nmod" || d.Head <= 0 {
		return false
	}
	h := x.word(si, d.Head)
	return h.Head == tw && h.Rel == "obj" && h.UPOS == "NOUN"
}

// relativeObject adds the noun a relative clause after a comma modifies
// when the clause's relative pronoun is the verb's object: "the treaty, which Bush
// and Gorbachev signed in 1991" (they signed the treaty), also in a
// relative clause coordinated with another ("and which ...").
func (x *extractor) relativeObject(p *partScan) {
	si, e := p.si, p.e
	if p.tw == 0 || p.passive || e.trig.Noun {
		return
	}
	for _, o := range x.children(si, p.tw, relObj) {
		if o > p.tw || !relativePronouns[lowerASCII(x.word(si, o).Form)] {
			continue
		}
		r := p.tw
		for k := 0; k < 4 && x.word(si, r).Rel == "conj" && x.word(si, r).Head > 0; k++ {
			r = x.word(si, r).Head
		}
		if f := x.clauseStart(si, r); x.word(si, r).Rel != "acl:relcl" || f < 2 || x.word(si, f-1).Form != "," {
			return // the clause after a comma: "the treaty, which ..."; the parser may hang a restrictive one on the wrong noun
		}
		ids, _ := x.wordParties(si, x.antecedent(si, r), p.cur, p.earlier)
		for _, id := range ids {
			e.add(id, p.objRole)
		}
		return
	}
}

// objectApposition adds the person or organization named in apposition to
// the verb's object, past the commas the clause scan stops at: "dismissed
// its chief executive, Paul Agnew, on Thursday" (Agnew was dismissed).
func (x *extractor) objectApposition(p *partScan) {
	si, e := p.si, p.e
	if p.tw == 0 || p.passive || e.trig.Noun || e.Class == Reporting || e.Class == IState || e.Class == State || e.Class == Perception {
		return // what is said or thought is a clause, not the apposition's name
	}
	for _, o := range x.children(si, p.tw, relObj) {
		if o < p.tw || x.word(si, o).UPOS != "NOUN" {
			continue
		}
		for _, a := range x.children(si, o, relAppos) {
			if m := x.mentionAt(si, x.word(si, a).Token); m != nil && actorType(m.ent.Type) &&
				m.first > 0 && p.toks[m.first-1].Text == "," {
				e.add(m.ent.ID, p.objRole)
			}
		}
	}
}

// wherePlace adds the place a "where" clause stands for: "the city of
// Danang, where the summit was held".
func (x *extractor) wherePlace(p *partScan) {
	si, e, c, i := p.si, p.e, p.c, p.i
	if x.opener[si][c] == "where" {
		prev := x.mentsIn(si, max(0, p.cr[0]-window), p.cr[0])
		for k := len(prev) - 1; k >= 0; k-- {
			m := &prev[k]
			if m.last < i && x.clause[si][m.last] < c {
				if m.ent.Type == entity.Location && x.clause[si][m.last] == c-1 {
					e.addPlace(m.ent.ID)
					if e.placePrep == nil {
						e.placePrep = map[string]string{}
					}
					e.placePrep[m.ent.ID] = "in"
				}
				break
			}
		}
	}
}

// triggerBetween reports whether another event of the sentence lies
// between e's trigger and token k.
func (x *extractor) triggerBetween(cur []*ev, e *ev, k int) bool {
	at := x.trigAt[e.sent]
	for j := e.tok + 1; j < k && j < len(at); j++ {
		if at[j] {
			return true
		}
	}
	return false
}

// verbBetween reports whether a finite verb lies between tokens a and b.
func (x *extractor) verbBetween(si, a, b int) bool {
	for k := a + 1; k < b; k++ {
		switch w := x.sents[si].Tokens[k].Lower; w {
		case "was", "were", "is", "are", "has", "have", "had", "will", "would", "be":
			return true
		default:
			if text.IsPastForm(w) && !x.trigAt[si][k] {
				return true // "concerned", "held"
			}
		}
	}
	return false
}

func (e *ev) partIDs() []string { return e.partOrd }
