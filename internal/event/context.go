package event

import (
	"github.com/chronicle-news/chronicle/internal/wordset"
	"sort"
	"strings"

	"github.com/chronicle-news/chronicle/internal/entity"
	"github.com/chronicle-news/chronicle/internal/text"
)

// This file links events to one another: an event and the gathering it
// took place at (its host), an agreement and the meeting it was reached
// at, a preparation and the event it prepares, and the relation of an
// event to its time ("after World War II").

// hostKinds are the kinds of gatherings other events take place at.
var hostKinds = wordset.Of(map[string]bool{"summit": true, "conference": true, "forum": true, "games": true, "ceremony": true, "congress": true})

func isHostNoun(w string) bool {
	for _, t := range Lookup(w) {
		if t.Noun && hostKinds.Has(t.Kind) {
			return true
		}
	}
	return false
}

// onlyModifiers reports whether tokens [a, b) of sentence si are only
// determiners, possessives, numbers and adjective-like words: "their",
// "the five", "a long-standing", "formal".
func (x *extractor) onlyModifiers(si, a, b int) bool {
	toks := x.sents[si].Tokens
	for k := a; k < b && k < len(toks); k++ {
		w := toks[k].Lower
		switch {
		case determiners.Has(w) || toks[k].Kind == text.Number || w == "formally" || w == "also":
		case toks[k].Kind == text.Word && (strings.Contains(w, "-") || strings.HasSuffix(w, "al") ||
			strings.HasSuffix(w, "ic") || strings.HasSuffix(w, "ive")) && len(Lookup(w)) == 0:
		default:
			return false
		}
	}
	return true
}

// timeRelation reads the preposition that introduces the timex starting
// at token first: "after", "before", "since", "until", "by", "toward",
// "ahead of", "prior to", "up to", "dating back to".
func (x *extractor) timeRelation(si, first int) string {
	toks := x.sents[si].Tokens
	k := first - 1
	if k >= 0 && (toks[k].Text == "“" || toks[k].Text == "\"") {
		k-- // a quoted time: preparations “toward next spring”
	}
	if k < 0 {
		return TimeAt
	}
	prev := func(n int) string {
		if k-n < 0 {
			return ""
		}
		return toks[k-n].Lower
	}
	switch toks[k].Lower {
	case "after", "following":
		return TimeAfter
	case "before", "toward", "towards", "pre":
		return TimeBefore
	case "since":
		return TimeSince
	case "until", "till", "til":
		return TimeUntil
	case "by":
		return TimeBy
	case "to":
		switch {
		case prev(1) == "back" && strings.HasPrefix(prev(2), "dat"), prev(1) == "back" && prev(2) == "goes", prev(1) == "back" && prev(2) == "went":
			return TimeSince // "a dispute dating back to 1945"
		case prev(1) == "prior":
			return TimeBefore
		case prev(1) == "up":
			return TimeUntil
		}
	case "of":
		if prev(1) == "ahead" || prev(1) == "advance" && prev(2) == "in" {
			return TimeBefore
		}
	}
	return TimeAt
}

// hostPhraseWords are the nouns of "on the sidelines of", "at the opening
// of", "ahead of" ... that place an event at a gathering.
var hostPhraseWords = wordset.Of(map[string]bool{"sidelines": true, "sideline": true, "margins": true, "margin": true, "fringes": true,
	"fringe": true, "opening": true, "end": true, "start": true, "close": true, "closing": true, "eve": true, "outset": true,
	"conclusion": true, "beginning": true, "ahead": true, "occasion": true})

// findHosts links events of sentence si to the gathering they took place
// at: "the meeting took place on the sidelines of a regional summit",
// "meeting before the opening of the forum summit", "said at the
// conference", "talks during the summit".
func (x *extractor) findHosts(si int, evs []*ev) {
	toks := x.sents[si].Tokens
	for _, h := range evs {
		if !h.trig.Noun || !hostKinds.Has(h.Kind) || h.absorbed {
			continue
		}
		// Back over the host's noun phrase: determiners, adjectives,
		// names ("a regional summit", "the APEC forum summit").
		k := h.tok - 1
		for ; k >= 0 && k >= h.tok-8; k-- {
			w := toks[k].Lower
			if determiners.Has(w) || x.mentionAt(si, k) != nil || w == "forum" || w == "annual" ||
				toks[k].Kind == text.Word && isUpper(toks[k].Text) && !preps.Has(w) {
				continue
			}
			break
		}
		if k < 0 {
			continue
		}
		start := -1
		switch w := toks[k].Lower; {
		case w == "at" || w == "during" || w == "on" && k > 0 && toks[k-1].Lower == "ahead":
			start = k
		case w == "of" && k > 0:
			j := k - 1
			if !hostPhraseWords.Has(toks[j].Lower) {
				break
			}
			if j > 0 && toks[j-1].Lower == "the" {
				j--
			}
			// "after the end of the summit" is not at it.
			if j > 0 && toks[j-1].Lower == "after" {
				break
			}
			start = j
			if j > 0 && preps.Has(toks[j-1].Lower) || j > 0 && toks[j-1].Lower == "before" {
				start = j - 1
			}
		}
		if start < 0 {
			continue
		}
		// The hosted event: the nearest event before the phrase.
		var best *ev
		for _, e := range evs {
			if e == h || e.tok >= start || e.light || e.planVerb || e.absorbed || e.host != nil {
				continue
			}
			if best == nil || e.tok > best.tok {
				best = e
			}
		}
		if best != nil {
			best.host = h
		}
	}
}

// preparations: "preparations toward next spring for starting activities"
// is about the activities. The event a preparation (or plan) noun is for
// is planned, and takes the preparation's time when it has none of its
// own: the target date belongs to what is prepared.
func (x *extractor) preparations(si int, evs []*ev) {
	toks := x.sents[si].Tokens
	for _, p := range evs {
		if !p.trig.Noun || p.Kind != "preparation" && p.Kind != "plan" || p.absorbed {
			continue
		}
		var target *ev
		for k := p.tok + 1; k < len(toks) && k <= p.tok+8 && x.clause[si][k] == p.clause; k++ {
			if toks[k].Lower != "for" {
				continue
			}
			for _, e := range evs {
				if e.tok > k && e.tok <= k+4 && !e.light && !e.planVerb && !e.absorbed && x.onlyModifiers(si, k+1, e.tok) {
					target = e
					break
				}
			}
			break
		}
		if target == nil {
			continue
		}
		p.content = target
		if target.Modality == text.Actual {
			target.Modality = text.Planned
		}
		if p.TimexID != "" && target.TimexID == "" {
			target.TimexID, target.Value = p.TimexID, p.Value
			if p.TimeRelation != TimeBefore { // "toward next spring": the target is then
				target.TimeRelation = p.TimeRelation
			}
			p.TimexID, p.Value, p.TimeRelation = "", "", TimeAt
		}
	}
}

// hosts resolves the places of gatherings and gives them to the events
// held there. Mentions of one gathering ("an APEC Summit in Vietnam",
// "the APEC summit", "a regional summit") are taken as one unless they
// are told apart (another summit, other organizers, another time, another
// place); the most specific place of the group wins (the city inside the
// country).
func (x *extractor) hosts(all, kept []*ev) {
	for _, e := range all {
		if e.host == nil {
			continue
		}
		r, h := rootOf(e), rootOf(e.host)
		if r != h && r.host == nil {
			r.host = h
		}
	}
	// Group the gatherings.
	group := map[*ev]*ev{} // gathering -> first member of its group
	var reps []*ev
	members := map[*ev][]*ev{}
	for _, h := range kept {
		if !h.trig.Noun || !hostKinds.Has(h.Kind) {
			continue
		}
		var into *ev
		if !h.distinct {
			for k := len(reps) - 1; k >= 0; k-- {
				r := reps[k]
				if r.Kind == h.Kind && x.sameGathering(members[r], h) {
					into = r
					break
				}
			}
		}
		if into == nil {
			into = h
			reps = append(reps, h)
		}
		group[h] = into
		members[into] = append(members[into], h)
	}
	place := map[*ev]string{}
	for _, r := range reps {
		var ps []string
		for _, m := range members[r] {
			for _, p := range m.places {
				ps = appendNew(ps, p)
			}
		}
		if p := x.mostSpecific(ps); p != "" {
			place[r] = p
			for _, m := range members[r] {
				if len(m.places) == 0 {
					m.setPlace(p, "in")
				}
			}
		}
	}
	for _, e := range kept {
		if e.host == nil {
			continue
		}
		h := rootOf(e.host)
		if r, ok := group[h]; ok {
			e.host = r
			if p := place[r]; p != "" && len(e.places) == 0 {
				e.setPlace(p, "in")
			}
		} else if len(e.places) == 0 && len(h.places) > 0 {
			e.setPlace(h.places[0], "in")
		}
	}
}

// sameGathering reports whether gathering h can be the one of the group:
// no other organizer, time or place.
func (x *extractor) sameGathering(group []*ev, h *ev) bool {
	for _, g := range group {
		if g.Value != "" && h.Value != "" && !strings.HasPrefix(g.Value, h.Value) && !strings.HasPrefix(h.Value, g.Value) {
			return false
		}
		for _, a := range orgs(x, g) {
			for _, b := range orgs(x, h) {
				if a != b {
					return false
				}
			}
		}
		for _, p := range g.places {
			for _, q := range h.places {
				if p != q && !x.within(p, q) && !x.within(q, p) {
					return false
				}
			}
		}
	}
	return true
}

func orgs(x *extractor, e *ev) []string {
	var out []string
	for _, id := range e.partOrd {
		if en := x.ents[id]; en != nil && en.Type == entity.Organization {
			out = append(out, id)
		}
	}
	return out
}

// within reports whether place a lies inside place b (Danang in Vietnam).
func (x *extractor) within(a, b string) bool {
	for n := 0; n < 16; n++ {
		e := x.ents[a]
		if e == nil || e.PartOf == "" {
			return false
		}
		if e.PartOf == b {
			return true
		}
		a = e.PartOf
	}
	return false
}

// mostSpecific returns the one place of ps that lies inside all the
// others, or "" when they disagree.
func (x *extractor) mostSpecific(ps []string) string {
	var best string
	for _, p := range ps {
		ok := true
		for _, q := range ps {
			if q != p && !x.within(p, q) {
				ok = false
				break
			}
		}
		if ok {
			best = p
		}
	}
	return best
}

func appendNew(xs []string, s string) []string {
	for _, x := range xs {
		if x == s {
			return xs
		}
	}
	return append(xs, s)
}

func (e *ev) setPlace(id, prep string) {
	e.addPlace(id)
	if e.placePrep == nil {
		e.placePrep = map[string]string{}
	}
	e.placePrep[id] = prep
}

// sameDayParties: "an agreement had also been reached Friday" names no
// party; when the document reports a meeting or talks on that same day,
// the agreement was reached between its parties (role "with"), there.
func (x *extractor) sameDayParties(evs []*ev) {
	for _, a := range evs {
		if a.Kind != "agreement" || len(a.Value) < 10 || x.hasParty(a) {
			continue
		}
		var m *ev
		n := 0
		for _, e := range evs {
			if Family(e.Kind) != "meeting" || e == a || len(e.Value) < 10 || e.Value[:10] != a.Value[:10] || e.Modality != text.Actual {
				continue
			}
			if len(x.parties(e)) < 2 {
				continue
			}
			if m == nil || !sameParties(x.parties(m), x.parties(e)) {
				n++
			}
			if m == nil {
				m = e
			}
		}
		if n != 1 {
			continue // no meeting that day, or several with other parties
		}
		for _, id := range x.parties(m) {
			a.add(id, RoleWith)
		}
		if len(a.places) == 0 {
			for _, p := range m.places {
				a.setPlace(p, "in")
			}
		}
	}
}

// hasParty reports whether e has a participant other than a speaker
// reporting it.
func (x *extractor) hasParty(e *ev) bool {
	for _, id := range e.partOrd {
		if r := e.parts.role(id); r != RoleSpeaker && r != RoleAttendee {
			return true
		}
	}
	return false
}

// parties returns the participants of e that are parties (not attendees).
func (x *extractor) parties(e *ev) []string {
	var out []string
	for _, id := range e.partOrd {
		if e.parts.role(id) != RoleAttendee && !e.weak[id] {
			out = append(out, id)
		}
	}
	return out
}

func sameParties(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		found := false
		for _, y := range b {
			found = found || x == y
		}
		if !found {
			return false
		}
	}
	return true
}

// contentParties: the events an agreement noun governs ("an agreement
// ... to speed up preparations for starting activities") are carried out
// by its parties when the text names no one else; the same for what a
// preparation is for.
func (x *extractor) contentParties(evs []*ev) {
	for _, a := range evs {
		if a.Kind != "agreement" || !a.trig.Noun {
			continue
		}
		ps := x.parties(a)
		if len(ps) == 0 {
			continue
		}
		for _, e := range evs {
			if e.sent != a.sent || e.tok <= a.tok || e.clause != a.clause || e.Class == Reporting || len(e.partOrd) > 0 || e.Modality == text.Negated {
				continue
			}
			for _, id := range ps {
				e.add(id, RoleAgent)
			}
			if e.Modality == text.Actual && e.Value == "" {
				e.Modality = text.Planned // what was agreed is still to be done
			}
			if c := e.content; c != nil && len(c.partOrd) == 0 {
				for _, id := range ps {
					c.add(id, RoleAgent)
				}
			}
		}
	}
}

// twoCountries resolves "the two countries" (nations, governments) at
// token i of sentence si: the countries of the parties of the latest
// meeting or talks when the text gives them (a country party, or a
// person's nationality), completed by the latest pair of countries named
// together ("Russia and Japan") when that pair agrees with what is known.
func (x *extractor) twoCountries(si, i int, cur, earlier []*ev) []string {
	var known []string
	n := len(cur) + len(earlier)
	for k := n - 1; k >= 0 && k >= n-200; k-- {
		var e *ev
		if k >= len(earlier) {
			e = cur[k-len(earlier)]
		} else {
			e = earlier[k]
		}
		if e.sent < si-5 {
			break
		}
		if e.sent > si || e.sent == si && e.tok >= i || Family(e.Kind) != "meeting" {
			continue
		}
		ps := x.parties(e)
		if len(ps) < 2 {
			continue
		}
		for _, id := range ps {
			if c := x.countryOf(id); c != "" {
				known = appendNew(known, c)
			}
		}
		break
	}
	if len(known) >= 2 {
		return known
	}
	pair := x.latestCountryPair(si, i)
	if pair == nil {
		return nil
	}
	for _, c := range known {
		if c != pair[0] && c != pair[1] {
			return nil // the pair named last is not the parties' countries
		}
	}
	return pair
}

// countryOf returns the ID of the country entity an entity stands for: a
// country itself, or a person's nationality when the document names it.
func (x *extractor) countryOf(id string) string {
	e := x.ents[id]
	if e == nil {
		return ""
	}
	if e.Type == entity.Location && e.Subtype == "country" {
		return id
	}
	if e.Type == entity.Person && e.Nationality != "" {
		for _, c := range x.countries() {
			if x.ents[c].Name == e.Nationality {
				return c
			}
		}
	}
	return ""
}

// countries returns the IDs of the document's country entities, sorted.
func (x *extractor) countries() []string {
	if x.countryIDs == nil {
		x.countryIDs = []string{}
		for id, e := range x.ents {
			if e.Type == entity.Location && e.Subtype == "country" {
				x.countryIDs = append(x.countryIDs, id)
			}
		}
		sort.Strings(x.countryIDs)
	}
	return x.countryIDs
}

// latestCountryPair returns the last two different countries named
// together ("Russia and Japan", "between Japan and Russia") before token i
// of sentence si, looking back at most 30 sentences.
func (x *extractor) latestCountryPair(si, i int) []string {
	for p := si; p >= 0 && p >= si-30; p-- {
		ms := x.ments[p]
		for k := len(ms) - 1; k > 0; k-- {
			a, b := &ms[k-1], &ms[k]
			if p == si && b.last >= i {
				continue
			}
			if a.ent == b.ent || a.ent.Subtype != "country" || b.ent.Subtype != "country" || a.kind == "demonym" || b.kind == "demonym" {
				continue
			}
			if b.first-a.last == 2 && x.sents[p].Tokens[a.last+1].Lower == "and" {
				return []string{a.ent.ID, b.ent.ID}
			}
		}
	}
	return nil
}
