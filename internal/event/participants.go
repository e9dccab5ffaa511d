// Participants: the entities of an event's clause linked to it with a role,
// found from the words around the trigger (or its dependency tree).

package event

import (
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
	"including": true, "regarding": true, "among": true, "like": true, "than": true, "via": true, "onto": true, "around": true})

// governingPrep returns the preposition that governs mention m (skipping
// determiners, adjectives, titles and modifiers inside its noun phrase),
// or "".
func (x *extractor) governingPrep(si int, m *ment) string {
	toks := x.sents[si].Tokens
	for k := m.first - 1; k >= 0 && k >= m.first-5; k-- {
		w := toks[k].Lower
		if preps.Has(w) {
			if w == "of" && k > 0 && isPlaceNoun(toks[k-1].Lower) {
				// "the city of Danang": look past the head noun.
				continue
			}
			return w
		}
		if toks[k].Kind == text.Punct && w != "’" && w != "'" || clauseWords.Has(w) || verbContext.Has(w) || text.IsPastForm(w) {
			return ""
		}
		if len(Lookup(w)) > 0 && !determiners.Has(w) {
			return ""
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
	if _, ok := e.parts[id]; ok {
		return
	}
	if e.parts == nil {
		e.parts = map[string]string{}
	}
	e.parts[id] = role
	e.partOrd = append(e.partOrd, id)
}

// addVia adds a participant that the words at span stand for ("he",
// "the two leaders").
func (e *ev) addVia(id, role string, span document.Span) {
	if _, ok := e.parts[id]; ok {
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

// participants links event e to the entities of its clause.
func (x *extractor) participants(si int, e *ev, cur []*ev, earlier []*ev) {
	s := x.sents[si]
	toks := s.Tokens
	c := e.clause
	i := e.tok
	passive := false
	if !e.trig.Noun && text.IsPastForm(toks[i].Lower) {
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			w := toks[k].Lower
			if w == "was" || w == "were" || w == "been" || w == "be" || w == "is" || w == "are" || w == "being" {
				passive = true
				break
			}
		}
	}
	subjRole, objRole := RoleAgent, RolePatient
	if e.Class == Reporting {
		subjRole = RoleSpeaker
	}
	if passive {
		subjRole = RolePatient
	}
	e.passive = passive
	// Subject: mentions before the trigger in the clause, closest group.
	var subj []*ment
	cr := x.crange[si][c]
	before := x.mentsIn(si, max(cr[0], i-window), i)
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
	// A verb's subject from the tree, when the sentence has one: the
	// words before the verb may be another clause's ("Jackson said police
	// arrested both men"), and the subject may be elsewhere ("Abe plans to
	// visit"). Where the tree's subject names no entity, the words before
	// the verb still decide: the parser is wrong on one arc in five (EWT
	// dev LAS 81), and "The two men talked" parsed with "men" as the root
	// would otherwise lose both men.
	tw := 0
	if !e.trig.Noun {
		tw = x.treeWord(si, i)
	}
	var treeSubj []string
	treeVia := map[string]document.Span{}
	if tw > 0 {
		ws, pass := x.treeSubjects(si, tw)
		for _, w := range ws {
			ids, via := x.wordParties(si, w, cur, earlier)
			for _, id := range ids {
				if via != (document.Span{}) {
					treeVia[id] = via
				}
			}
			treeSubj = append(treeSubj, ids...)
		}
		if len(treeSubj) > 0 || commonSubject(x, si, ws) {
			// A subject that is a common noun ("records began", "voters
			// decided") is no one the words before the verb may name.
			subj = nil
		}
		if len(treeSubj) > 0 && pass != passive {
			passive = pass
			e.passive = pass
			subjRole = RoleAgent
			if e.Class == Reporting {
				subjRole = RoleSpeaker
			}
			if passive {
				subjRole = RolePatient
			}
		}
	}
	// Nouns take part only through their own phrase or a light verb.
	light, attend := false, false
	if e.trig.Noun {
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
		if !light {
			subj = nil
		}
		// Possessor or name modifier right before the noun.
		near := x.mentsIn(si, i-4, i)
		for k := range near {
			m := &near[k]
			if m.last < i && m.last >= i-3 && x.clause[si][m.first] == c {
				gap := toks[m.last+1 : i]
				ok := true
				for _, g := range gap {
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
			ids, at := x.pronounBefore(si, i, cur, earlier)
			for _, id := range ids {
				e.addVia(id, RoleAgent, toks[at].Span)
			}
		}
	}
	own := len(e.partOrd) // parties named by the noun's own phrase
	for _, m := range subj {
		if m.ent.Type == entity.Location && m.ent.Subtype != "country" && m.ent.Note == "" && !passive {
			continue // "In Tokyo, ..." is a place, not an actor
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
	if len(subj) == 0 && len(treeSubj) == 0 && (!e.trig.Noun || light) {
		// A pronoun or plural description as subject.
		for k := i - 1; k >= 0 && x.clause[si][k] == c && k >= i-6; k-- {
			w := toks[k].Lower
			if w == "he" || w == "she" || pluralActors.Has(w) {
				role := subjRole
				for _, id := range x.pronoun(si, k, cur, earlier) {
					e.addVia(id, role, toks[k].Span)
				}
				break
			}
		}
		// A relative clause: "Moscow, which has often accused ...".
		if len(e.parts) == 0 {
			if op := x.opener[si][c]; op == "which" || op == "who" {
				prev := x.mentsIn(si, max(0, cr[0]-window), cr[0])
				for k := len(prev) - 1; k >= 0; k-- {
					m := prev[k]
					if m.last < i && x.clause[si][m.last] < c {
						if x.clause[si][m.last] == c-1 && m.kind != "demonym" {
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
	if e.trig.Noun && attend {
		// The subject of "attended the meeting" takes part, but does not
		// tell which meeting it is.
		for _, id := range e.partOrd[own:] {
			if e.weak == nil {
				e.weak = map[string]bool{}
			}
			e.weak[id] = true
			e.parts[id] = RoleAttendee
		}
	}
	// After the trigger: with/between parties, agents of passives, objects, places.
	var lastPrep string
	var lastPlace *ment
	after := x.mentsIn(si, i+1, min(cr[1], i+1+window))
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
		switch {
		case (p == "with" || p == "between") && nearest:
			e.add(m.ent.ID, RoleWith)
			lastPrep = p
		case p == "by" && passive:
			e.add(m.ent.ID, RoleAgent)
		case p == "to" && tw > 0 && e.Kind != "visit" && (m.ent.Type != entity.Location || m.ent.Subtype == "country") &&
			x.treeRel(si, m.last) == "obl":
			e.add(m.ent.ID, RoleRecipient) // "apologized to Erdogan"
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
	// Pronoun parties after the trigger: "between him and Abe".
	for k := i + 1; k < len(toks) && k <= i+window && x.clause[si][k] == c; k++ {
		w := toks[k].Lower
		if (w == "him" || w == "her") && k > 0 && (toks[k-1].Lower == "between" || toks[k-1].Lower == "with") && !x.triggerBetween(cur, e, k) {
			for _, id := range x.pronoun(si, k, cur, earlier) {
				e.addVia(id, RoleWith, toks[k].Span)
			}
		}
	}
	// "the city of Danang, where the summit was held": the relative
	// adverb stands for the place before it.
	if x.opener[si][c] == "where" {
		prev := x.mentsIn(si, max(0, cr[0]-window), cr[0])
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
	x.dropContainers(e)
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
