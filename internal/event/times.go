// Time attachment: each date or time of a sentence linked to one event of
// its clause, and event nouns given the date of an earlier mention of the same
// happening.

package event

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/internal/syntax"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/timex"
	"github.com/chronicle-news/chronicle/internal/wordset"
)

// anaphoricDates gives an event noun with no time of its own ("the
// bombing", "the shootings") the date of an earlier event of the same
// word family that has one ("the Aug. 7 bombings", "was shot on Oct. 23"):
// a story names a happening again without repeating its date. The nearest
// earlier such event wins; failing that, the nearest later one.
func (x *extractor) anaphoricDates(lists ...[]Event) {
	type dated struct {
		start             int
		value, timex, rel string
	}
	byKey := map[string][]dated{} // per word family, in text order
	for _, evs := range lists {
		for i := range evs {
			if e := &evs[i]; e.TimexID != "" && e.Modality == text.Actual {
				k := familyKey(e.Lemma)
				byKey[k] = append(byKey[k], dated{e.Trigger.Start, e.Value, e.TimexID, e.TimeRelation})
			}
		}
	}
	if len(byKey) == 0 {
		return
	}
	for _, ds := range byKey {
		sort.Slice(ds, func(i, j int) bool { return ds[i].start < ds[j].start })
	}
	for _, evs := range lists {
		for i := range evs {
			e := &evs[i]
			if e.TimexID != "" || e.Modality != text.Actual {
				continue
			}
			ds := byKey[familyKey(e.Lemma)]
			if len(ds) == 0 || !x.nounEvent(e) || !x.definite(e) {
				continue
			}
			// The nearest earlier one, else the first later one.
			k := sort.Search(len(ds), func(k int) bool { return ds[k].start >= e.Trigger.Start })
			var best *dated
			switch {
			case k > 0:
				best = &ds[k-1]
			case k < len(ds) && ds[k].start != e.Trigger.Start:
				best = &ds[k]
			case k+1 < len(ds):
				best = &ds[k+1]
			}
			if best != nil {
				e.Value, e.TimexID, e.TimeRelation, e.DateFrom = best.value, best.timex, best.rel, ""
			}
		}
	}
}

// definite reports whether e's trigger follows a definite determiner or a
// possessive within two words: "the shooting", "the embassy bombings",
// "its launch" name a happening already known.
func (x *extractor) definite(e *Event) bool {
	si := e.Sentence
	if si < 0 || si >= len(x.sents) {
		return false
	}
	toks := x.sents[si].Tokens
	f, _ := tokenRange(toks, e.Trigger)
	for k := f - 1; k >= 0 && k >= f-3; k-- {
		if w := toks[k].Lower; definiteDets.Has(w) {
			return true
		}
		if toks[k].Kind != text.Word {
			break
		}
	}
	return false
}

// nounEvent reports whether e's trigger is a noun in the tree.
func (x *extractor) nounEvent(e *Event) bool {
	si := e.Sentence
	if si < 0 || si >= len(x.sents) {
		return false
	}
	f, _ := tokenRange(x.sents[si].Tokens, e.Trigger)
	if tw := x.treeWord(si, f); f >= 0 && tw > 0 {
		u := x.word(si, tw).UPOS
		return u == "NOUN"
	}
	return false
}

// familyKey is the stem an event noun shares with its verb: "bombings",
// "bombing" and "bomb" -> "bomb"; "shooting" -> "shoot"; "demonstration"
// -> "demonstrate".
func familyKey(lemma string) string {
	w := strings.ToLower(lemma)
	w = strings.TrimSuffix(w, "s")
	switch {
	case strings.HasSuffix(w, "ing") && len(w) > 5:
		w = w[:len(w)-3]
		if n := len(w); n > 2 && w[n-1] == w[n-2] && w[n-1] != 'l' && w[n-1] != 's' {
			w = w[:n-1] // "shipping" -> "ship"
		}
	case strings.HasSuffix(w, "ation") && len(w) > 7:
		w = w[:len(w)-5] + "ate"
	}
	if n := len(w); n > 3 && w[n-1] == 'e' {
		w = w[:n-1] // "file" and "filing" -> "fil"
	}
	return w
}

// treeObject reports whether the tree makes the word at token n the
// direct object of the verb at token v ("approved the revised deal").
func (x *extractor) treeObject(si, v, n int) bool {
	tv, tn := x.treeWord(si, v), x.treeWord(si, n)
	if tv == 0 || tn == 0 {
		return false
	}
	d := x.word(si, tn)
	return d.Head == tv && d.Rel == "obj"
}

// comparisonSince reports whether time tm, with "since", measures a
// record rather than dating an event: "a global pandemic, the first such
// declaration since 1968", "its lowest level since 2009", "the worst
// storm since 1990", "the closest race since the return to democracy in
// 1985". The noun it modifies (or one step above it) is
// ranked by "first", "last", "only" or a superlative. A time that names an
// event ("the second world war") is left to it.
func (x *extractor) comparisonSince(si int, tm tmx, evs []*ev) bool {
	if x.treeWords(si) == nil || slices.ContainsFunc(evs, func(e *ev) bool { return e.tok >= tm.first && e.tok <= tm.last }) {
		return false // an event named by the time itself ("since the second world war")
	}
	head := x.timexHead(si, tm)
	since := func(w int) bool {
		return slices.ContainsFunc(x.children(si, w, relCase), func(c int) bool { return lowerASCII(x.word(si, c).Form) == "since" })
	}
	if head == 0 {
		return false
	}
	if !since(head) {
		// The time of the noun "since" opens: "the closest race since
		// the country's return to democracy in 1985".
		h := x.word(si, head).Head
		if h == 0 || x.word(si, h).UPOS != "NOUN" || !since(h) {
			return false
		}
		head = h
	}
	n := x.word(si, head).Head
	for step := 0; step < 2 && n > 0; step++ {
		d := x.word(si, n)
		if d.UPOS != "NOUN" && d.UPOS != "PROPN" && d.UPOS != "ADJ" {
			return false
		}
		if d.XPOS == "JJS" || d.XPOS == "RBS" {
			return true // "its lowest since 2009"
		}
		for _, a := range x.children(si, n, relAmod|relAdvmod|relDet) {
			switch f := x.word(si, a); {
			case f.XPOS == "JJS" || f.XPOS == "RBS":
				return true
			default:
				switch lowerASCII(f.Form) {
				case "first", "last", "only":
					return true
				}
			}
		}
		n = d.Head
	}
	return false
}

// attachTimes links each DATE or TIME expression of the sentence to one
// event of its clause: the nearest trigger before it, else the nearest
// after. A "when" clause's time also dates the main clause's events.
func (x *extractor) attachTimes(si int, evs []*ev) {
	for _, tm := range x.tmxs[si] {
		if tm.t.Type != timex.Date && tm.t.Type != timex.Time || strings.HasSuffix(tm.t.Value, "_REF") {
			continue // durations and "now" do not date an event
		}
		c := x.clause[si][tm.first]
		if x.describesThing(si, tm, evs) || x.setForObject(si, tm, evs) || x.comparisonSince(si, tm, evs) {
			continue
		}
		// The tree says which event the time belongs to; else the clause
		// rules do.
		treeBest := x.treeTimed(si, tm, evs)
		if r := x.reportBefore(si, tm, evs); r != nil {
			treeBest = r // "Investigators said Friday they found": the parser may give Friday to "found"
		}
		// A time the tree gives to a briefing event is not that of a
		// verb it governs as a complement, which comes after it: "ordered
		// Shell on Wednesday to cut its emissions by 2030", "vowed on
		// Tuesday to rebuild the cathedral". A purpose ("intervened on
		// Wednesday to protect pension funds") or an object ("completed
		// the acquisition on Thursday") shares it.
		var owner *ev
		if treeBest == nil && x.briefed != nil {
			if owner = x.treeTimed(si, tm, x.briefed); owner == nil {
				owner = x.reportBefore(si, tm, x.briefed)
			}
		}
		taken := owner != nil
		var best *ev
		for _, e := range evs {
			if treeBest != nil {
				best = treeBest
				break
			}
			if e.clause != c || e.light || e.planVerb || e.absorbed || e.TimexID != "" && !moreSpecific(tm.t.Value, e.Value) || taken && x.complementOf(e, owner, tm) {
				continue
			}
			if taken && x.nounBetween(si, x.treeWord(si, owner.tok), x.treeWord(si, e.tok)) {
				continue // "breaking a record set by Donna in 1960": the time is the setting's, below the breaking
			}
			if e.tok < tm.first {
				if best == nil || best.tok > tm.first || e.tok > best.tok {
					best = e
				}
			} else if best == nil || best.tok > tm.first && e.tok < best.tok {
				best = e
			}
		}
		if best == nil && !x.hasVerb(si, c) && !x.eventBefore(evs, c) {
			// A fronted adverbial ("Earlier in the week, on Monday, Abe
			// hosted ...") dates the first event of the next clause that
			// has one.
			for _, e := range evs {
				if e.clause > c && !e.light && !e.planVerb && !e.absorbed && (e.TimexID == "" || moreSpecific(tm.t.Value, e.Value)) && (best == nil || e.tok < best.tok) && !(taken && x.complementOf(e, owner, tm)) {
					if x.opener[si][e.clause] == "" {
						best = e
					}
				}
			}
			if best != nil && best.clause > c+3 {
				best = nil
			}
		}
		if best != nil && best.Class == Reporting && x.quotedBefore(si, tm.first, best.tok) {
			// "... no later than Monday morning, March 13," the agency
			// said: the time is the quotation's, not the saying's.
			best = nil
		}
		if best != nil && best.trig.Noun && (hostKinds.Has(best.Kind) || hostKinds.Has(lowerASCII(best.Lemma))) {
			// "met on the sidelines of the summit on Tuesday": the time
			// dates the event held there.
			held := false
			for _, e := range evs {
				if e.host == best && e.clause == best.clause && e.TimexID == "" {
					best, held = e, true
					break
				}
			}
			if !held {
				// "announced the release at a news conference on
				// Saturday": the verb whose phrase holds the gathering
				// happened there, then.
				if v := x.verbAtHost(si, best, evs); v != nil {
					best = v
				}
			}
		}
		if best != nil && best.trig.Noun && tm.first > best.tok && !(tm.first > 0 && x.sents[si].Tokens[tm.first-1].Lower == "for") {
			// ("called an election for July": July is the election's.)
			// A time after a verb's object dates the verb: "signed the
			// accord in 2015", not only the accord; with the tree, also
			// past the object's modifiers for a verb the detector found
			// ("approved the revised deal on Friday").
			for _, v := range evs {
				if v.clause == best.clause && !v.trig.Noun && !v.light && !v.planVerb && !v.absorbed && v.tok < best.tok && !(taken && x.complementOf(v, owner, tm)) &&
					v.TimexID == "" && (x.onlyModifiers(si, v.tok+1, best.tok) || x.finitePast(si, v.tok) && x.treeObject(si, v.tok, best.tok)) {
					best = v
				}
			}
		}
		rel := x.timeRelation(si, tm.first)
		if best != nil {
			best.TimexID, best.Value, best.TimeRelation = tm.t.ID, tm.t.Value, rel
		}
		if x.opener[si][c] == "when" {
			for _, e := range evs {
				if e.clause != c && e.TimexID == "" && !e.light && !e.planVerb && e.Modality == text.Actual && x.whenClauseOf(si, tm, e) {
					e.TimexID, e.Value, e.TimeRelation = tm.t.ID, tm.t.Value, rel
				}
			}
		}
	}
	x.whenAfterTime(si, evs)
	x.implicativeTimes(si, evs)
	x.conjTimes(si, evs) // after the attempts take their infinitive's day: "tried to buy them in December, but investors forced"
	x.subordinateTimes(si, evs)
}

// whenClauseOf reports whether the "when" clause that holds time tm
// hangs on event e's verb in the tree (directly, as its adverbial
// clause): "When the storm hit on Monday, residents fled" dates the
// fleeing; "won the election, completing a comeback few predicted when he
// was in prison three years ago" does not date the win; "the party,
// which quit the talks when Sinn Fein was admitted last September" dates
// the quitting. Without a tree, it dates a main clause's events.
func (x *extractor) whenClauseOf(si int, tm tmx, e *ev) bool {
	if x.treeWords(si) == nil {
		return x.opener[si][e.clause] == "" // a main clause's
	}
	tw, g := x.treeWord(si, e.tok), x.treeWord(si, tm.first)
	if tw == 0 || g == 0 {
		return x.opener[si][e.clause] == ""
	}
	g = x.governor(si, g)
	// The verb the when clause hangs on: e's own, or the one e's verb
	// goes on from ("When the deal was unveiled, the stock jumped,
	// ending the day above the offer").
	up := 0
	if d := x.word(si, tw); d.Rel == "advcl" || d.Rel == "conj" || d.Rel == "xcomp" {
		up = d.Head
	}
	for depth := 0; g > 0 && depth < 4; depth++ {
		if g == tw || g == up {
			return true
		}
		d := x.word(si, g)
		switch d.Rel {
		case "acl", "acl:relcl", "ccomp", "csubj", "nsubj", "nsubj:pass", "obj", "iobj", "nmod", "appos":
			return false // inside a relative clause, an object, a complement
		}
		g = d.Head
	}
	return false
}

// subordinateTimes keeps a verb from sharing, as its own, the time of a
// "before", "after" or "since" clause under it: "Iger, who ran Disney for 15 years
// before stepping down in February 2020" ran Disney before February 2020,
// not in it. The verb stands before (after) that time.
func (x *extractor) subordinateTimes(si int, evs []*ev) {
	if x.treeWords(si) == nil {
		return
	}
	for _, e := range evs {
		tw := x.treeWord(si, e.tok)
		if e.TimexID == "" || tw == 0 || e.TimeRelation != "" {
			continue
		}
		var tm *tmx
		for k := range x.tmxs[si] {
			if x.tmxs[si][k].t.ID == e.TimexID {
				tm = &x.tmxs[si][k]
			}
		}
		if tm == nil {
			continue
		}
		g := x.treeWord(si, tm.first)
		if g == 0 {
			continue
		}
		g = x.governor(si, g)
		if g == 0 || g == tw {
			continue
		}
		// g must be a clause under e's verb, opened by before or after.
		for depth := 0; g > 0 && depth < 4; depth++ {
			d := x.word(si, g)
			if d.Head != tw {
				g = d.Head
				continue
			}
			if d.Rel != "advcl" {
				break
			}
			for _, m := range x.children(si, g, relMark|relCase) {
				switch lowerASCII(x.word(si, m).Form) {
				case "before":
					e.TimeRelation = TimeBefore
				case "after":
					e.TimeRelation = TimeAfter
				case "since":
					e.TimeRelation = TimeSince // "have been killed since violence erupted in the late 1960s"
				}
			}
			break
		}
	}
	// A verb with no time of its own, in the perfect, whose "since"
	// clause has one, began then: "More than 2,000 people have died since
	// fighting broke out in the late 1990s".
	for _, e := range evs {
		tw := x.treeWord(si, e.tok)
		if e.TimexID != "" || e.trig.Noun || tw == 0 || !strings.HasPrefix(e.Aspect, "PERFECTIVE") || e.Class == Reporting {
			continue
		}
		for _, c := range x.children(si, tw, relAdvcl) {
			if !slices.ContainsFunc(x.children(si, c, relMark), func(m int) bool { return lowerASCII(x.word(si, m).Form) == "since" }) {
				continue
			}
			for _, o := range evs {
				if o.TimexID != "" && o.TimeRelation == "" && x.treeWord(si, o.tok) == c {
					e.TimexID, e.Value, e.TimeRelation = o.TimexID, o.Value, TimeSince
				}
			}
		}
	}
}

// implicativeTimes gives a verb whose "to" infinitive tells whether it
// happened, with no time of its own, the time the tree gives that
// infinitive: "refused to approve the budget on Tuesday", "failed to
// reach a deal on Friday", "managed to escape on Monday", "were trying
// to cross six weeks ago". The refusal or the attempt was then.
func (x *extractor) implicativeTimes(si int, evs []*ev) {
	if x.treeWords(si) == nil {
		return
	}
	for _, h := range evs {
		hw := x.treeWord(si, h.tok)
		if h.TimexID != "" || h.trig.Noun || hw == 0 {
			continue
		}
		l := lowerASCII(x.word(si, hw).Lemma)
		decision := decisionVerbs.Has(l) && x.word(si, hw).XPOS == "VBD"
		if !negativeImplicatives.Has(l) && !attemptVerbs.Has(l) && !decision {
			continue
		}
		for _, e := range evs {
			ew := x.treeWord(si, e.tok)
			if e == h || e.TimexID == "" || ew == 0 || x.word(si, ew).Head != hw || x.word(si, ew).Rel != "xcomp" || !x.toInfinitive(si, ew) {
				continue
			}
			if decision && (!x.doc.HasDCT() || afterDCT(e.Value, x.doc.DCT)) {
				continue // "agreed to buy it in 2012": the purchase's time, ahead
			}
			if tm := x.verbTime(si, ew); tm != nil && tm.t.ID == e.TimexID {
				h.TimexID, h.Value, h.TimeRelation = e.TimexID, e.Value, e.TimeRelation
				if decision {
					// "agreed to buy Skype on Tuesday": the agreement was
					// then; what was agreed is still to be done.
					e.TimexID, e.Value, e.TimeRelation = "", "", ""
				}
				break
			}
		}
	}
}

// decisionVerbs agree or decide, in the past, to do what their infinitive
// says: a time of the day of writing or before that the tree gives the
// infinitive is when the decision was made ("agreed to buy Skype on
// Tuesday").
var decisionVerbs = wordset.New("agree", "decide", "vote", "pledge", "promise", "resolve", "opt", "elect")

// attemptVerbs try or manage to do what their infinitive says, when they
// are dated: "managed to escape on Monday", "tried to cross in 1999".
var attemptVerbs = wordset.New("manage", "try", "attempt", "struggle")

// describesThing reports whether time tm stands before a noun that it
// modifies and that is none of the events evs: "a 1971 Convention", "the
// fabled 11th century temple" say which thing, not when anything
// happened; "apologized for the 2010 raid on Friday" dates the raid, a
// mention the detector found, not the apology. An event of evs ("the Aug.
// 7 bombings") takes it as the tree says.
func (x *extractor) describesThing(si int, tm tmx, evs []*ev) bool {
	if x.treeWords(si) == nil {
		return false
	}
	lw := x.treeWord(si, tm.last)
	if lw == 0 {
		return false
	}
	if x.eventNounInPhrase(si, lw) {
		return true
	}
	for k := tm.first; k <= tm.last; k++ {
		if x.sents[si].Tokens[k].Text == "." {
			// "the Aug. 7 bombings": a date with a month's dot is left to
			// the other rules (tried: reading the tree here when the dot is
			// part of the month's word cost TBAQ anchors 1 and 2 events).
			return false
		}
	}
	if x.ownedByNoun(si, tm, evs) {
		return true
	}
	d := x.word(si, lw)
	switch d.Rel {
	case "compound", "amod", "nummod", "nmod:unmarked":
	default:
		return false
	}
	h := x.word(si, d.Head)
	if d.Head <= lw || h.UPOS != "NOUN" && h.UPOS != "PROPN" || h.Token <= tm.last {
		return false
	}
	for _, e := range evs {
		if x.treeWord(si, e.tok) == d.Head {
			return false
		}
	}
	for _, c := range x.children(si, d.Head, relCase) {
		if l := lowerASCII(x.word(si, c).Form); l == "during" || (l == "in" || l == "at") && dayParts.Has(lowerASCII(h.Lemma)) {
			// "exploded during the Thursday morning rush hour", "in the
			// Monday afternoon session": a span of that day, when the
			// verb happened.
			return false
		}
	}
	if x.eventNoun(si, d.Head) {
		// An event that happened in or by the dated one shares its time:
		// "was injured in the 1998 bombing", "the 2010 raid killed".
		if strings.HasPrefix(h.Rel, "nsubj") {
			return false
		}
		for _, c := range x.children(si, d.Head, relCase) {
			switch lowerASCII(x.word(si, c).Form) {
			case "in", "during", "at", "amid":
				return false
			}
		}
	}
	return true
}

// ownedByNoun reports whether time tm says when a thing a verb takes
// held or was made, after it with "of" or "from": "reversing its
// position of the day before", "overturned a ruling from last year" (a
// noun that is no event of evs, nor a noun of time: "the night of April
// 15" is the night's date). Such a time dates the noun, not the verb.
func (x *extractor) ownedByNoun(si int, tm tmx, evs []*ev) bool {
	head := x.timexHead(si, tm)
	if head == 0 {
		return false
	}
	d := x.word(si, head)
	if d.Rel != "nmod" || d.Head <= 0 || d.Head >= head {
		return false
	}
	of := false
	for _, c := range x.children(si, head, relCase) {
		switch lowerASCII(x.word(si, c).Form) {
		case "of", "from":
			of = true
		}
	}
	n := x.word(si, d.Head)
	if !of || n.UPOS != "NOUN" || timeHeadNouns.Has(lowerASCII(n.Lemma)) || x.eventNoun(si, d.Head) {
		return false
	}
	for _, e := range evs {
		if x.treeWord(si, e.tok) == d.Head {
			return false
		}
	}
	switch syntax.Universal(n.Rel) {
	case "obj", "obl", "nsubj":
		return true
	}
	return false
}

// eventNounInPhrase reports whether the time whose head is tree word lw
// hangs on an event noun that is itself in a prepositional phrase: the
// noun's own time, not the verb's, when the phrase compares ("showed
// similarities with the Lion Air accident on Oct. 29", "compared it to the
// crash in March"). Not a verb's object or subject: "held talks on
// Friday" dates the holding too.
func (x *extractor) eventNounInPhrase(si, lw int) bool {
	d := x.word(si, lw)
	if d.Rel != "nmod" || d.Head <= 0 || d.Head >= lw || !x.eventNoun(si, d.Head) {
		return false
	}
	n := x.word(si, d.Head)
	return n.UPOS == "NOUN" && strings.HasPrefix(n.Rel, "nmod") && slices.ContainsFunc(x.children(si, d.Head, relCase), func(c int) bool {
		switch lowerASCII(x.word(si, c).Form) {
		case "with", "to", "like", "than":
			return true // a comparison's other term; not "a request for an injunction in July", where the parser's nesting is often wrong
		}
		return false
	})
}

// timeHeadNouns are nouns of time or of a part of one, whose "of" date is
// their own: "the night of April 15", "the end of 2019".
var timeHeadNouns = wordset.New("night", "morning", "evening", "afternoon", "day", "week", "weekend", "month", "year", "end", "beginning",
	"start", "middle", "half", "quarter", "part", "spring", "summer", "autumn", "fall", "winter", "anniversary", "time", "period",
	"eve", "dawn", "date", "deadline", "season", "session", "term", "course", "rest")

// setForObject reports whether time tm is the date a verb of scheduling
// sets for its object, an event noun that is none of evs: "set his
// sentencing for March 28" dates the sentencing (a mention, dated in its
// own pass), not the setting.
func (x *extractor) setForObject(si int, tm tmx, evs []*ev) bool {
	if tm.first == 0 || x.sents[si].Tokens[tm.first-1].Lower != "for" || x.treeWords(si) == nil {
		return false
	}
	w := x.treeWord(si, tm.first)
	if w == 0 {
		return false
	}
	v := x.word(si, w).Head
	if v <= 0 || !aheadVerbs.Has(lowerASCII(x.word(si, v).Lemma)) {
		return false
	}
	for _, o := range x.children(si, v, relObj) {
		if o > w || !x.eventNoun(si, o) {
			continue
		}
		for _, e := range evs {
			if x.treeWord(si, e.tok) == o {
				return false // the event is here: the tree rules give it the date
			}
		}
		return true
	}
	return false
}

// complementOf reports whether verb event e should leave time tm, which
// the tree gives briefing event o, alone as a verb and its aim: e is the
// "to" infinitive complement of a verb that intends it ("vowed on
// Tuesday to rebuild", "ordered Shell on Wednesday to cut": not "managed
// to escape", "was found clinging" or a purpose), or o is e's and tm lies ahead of the document
// ("expect delays to continue through the weekend", "has decided to admit
// Poland in March"; not "failed to overthrow Castro in 1961").
func (x *extractor) complementOf(e, o *ev, tm tmx) bool {
	tw := x.treeWord(e.sent, e.tok)
	if e.trig.Noun || tw == 0 {
		return false
	}
	if x.word(e.sent, tw).Rel == "xcomp" && x.intended(e.sent, tw) {
		return true // a purpose ("voted on Sunday to choose a leader", advcl) shares it
	}
	ow := x.treeWord(o.sent, o.tok)
	return ow > 0 && x.word(o.sent, ow).Head == tw && x.intended(o.sent, ow) && x.doc.HasDCT() && afterDCT(tm.t.Value, x.doc.DCT)
}

// reportBefore returns the report whose verb time tm follows right away ("said Friday", "said on Friday"): news gives a
// report its day there, whatever clause comes after it.
func (x *extractor) reportBefore(si int, tm tmx, evs []*ev) *ev {
	toks := x.sents[si].Tokens
	if toks[tm.last].End > tm.t.End || tm.last+1 < len(toks) && (toks[tm.last+1].Lower == "'s" || toks[tm.last+1].Lower == "’s") {
		return nil // "said last month's discovery": whose, not when
	}
	at := tm.first - 1
	if at >= 0 && toks[at].Lower == "on" {
		at--
	}
	for _, e := range evs {
		if e.tok == at && at >= 0 && e.Class == Reporting && !e.trig.Noun && e.TimexID == "" && sayVerbs.Has(toks[at].Lower) {
			return e
		}
	}
	return nil
}

// whenAfterTime dates the events of a "when" clause right after a date
// ("has been in turmoil since July, when the state sued the company") at
// that date: the clause says what happened then, whatever relation
// ("since") the date has to the clause before it.
func (x *extractor) whenAfterTime(si int, evs []*ev) {
	for _, tm := range x.tmxs[si] {
		w := x.whenAfter(si, tm)
		if w < 0 || tm.t.Type != timex.Date && tm.t.Type != timex.Time || strings.HasSuffix(tm.t.Value, "_REF") {
			continue
		}
		for _, e := range evs {
			if x.inWhenClause(si, w, e.tok) && (e.TimexID == "" || e.TimexID == tm.t.ID) && !e.light && !e.planVerb && e.Modality == text.Actual {
				e.TimexID, e.Value, e.TimeRelation = tm.t.ID, tm.t.Value, ""
			}
		}
	}
}

// quotedBefore reports whether token k lies inside a quotation that
// closes before token v.
func (x *extractor) quotedBefore(si, k, v int) bool {
	if v <= k {
		return false
	}
	toks := x.sents[si].Tokens
	open := false
	for i := 0; i < k; i++ {
		switch toks[i].Text {
		case "“", "``":
			open = true
		case "”", "''":
			open = false
		case "\"":
			open = !open
		}
	}
	if !open {
		return false
	}
	for i := k + 1; i < v; i++ {
		switch toks[i].Text {
		case "”", "''", "\"":
			return true
		}
	}
	return false
}

// inWhenClause reports whether token tok, after "when" (token w), is the
// word of the clause "when" opens: a word of the same clause between
// punctuation, or the verb "when" hangs on in the tree, or a verb
// coordinated with it ("when the state sued the company and froze its
// accounts"). The tree sees past the commas of a subject's appositions ("when Anna Berg,
// the finance chief, and Tom Lind, the sales chief, quit").
func (x *extractor) inWhenClause(si, w, tok int) bool {
	if tok <= w {
		return false
	}
	if x.clause[si][w] == x.clause[si][tok] {
		return true
	}
	wt, et := x.treeWord(si, w), x.treeWord(si, tok)
	if wt == 0 || et == 0 {
		return false
	}
	h := x.word(si, wt).Head
	return h > 0 && (et == h || x.word(si, et).Rel == "conj" && x.word(si, et).Head == h)
}

// whenAfter returns the token of the "when" that opens a clause right
// after time tm (", when"), or -1.
func (x *extractor) whenAfter(si int, tm tmx) int {
	toks := x.sents[si].Tokens
	if k := tm.last + 1; k+1 < len(toks) && toks[k].Text == "," && toks[k+1].Lower == "when" {
		return k + 1
	}
	return -1
}

// nounBetween reports whether tree word v hangs on word w within four
// steps through a noun: v tells of a thing of w's ("breaking a record set
// in 1960"), not of w itself ("found abandoned in December").
func (x *extractor) nounBetween(si, v, w int) bool {
	if v == 0 || w == 0 {
		return false
	}
	noun := false
	for depth := 0; depth < 4 && v > 0; depth++ {
		v = x.word(si, v).Head
		if v == w {
			return noun
		}
		if v <= 0 {
			return false
		}
		if u := x.word(si, v).UPOS; u == "NOUN" || u == "PROPN" {
			noun = true
		}
	}
	return false
}

// conjTimes gives a verb conjoined to a dated verb, with no subject or
// time of its own, that verb's time: "completed the takeover on Thursday
// and fired the executives" (conjOfDated); so does a participle that
// tells what a dated verb did ("struck western Nepal late on Friday
// night, killing at least 153 people and destroying thousands of homes":
// resultParticiple).
func (x *extractor) conjTimes(si int, evs []*ev) {
	if x.treeWords(si) == nil {
		return
	}
	for _, e := range evs {
		tw := x.treeWord(si, e.tok)
		if e.TimexID != "" || tw == 0 || !x.conjOfDated(si, tw) && !x.resultParticiple(si, tw, 0) {
			continue
		}
		head := x.word(si, tw).Head
		for _, h := range evs {
			if x.treeWord(si, h.tok) == head && h.TimexID != "" && h.Modality == e.Modality {
				e.TimexID, e.Value, e.TimeRelation = h.TimexID, h.Value, h.TimeRelation
				break
			}
		}
	}
}

// eventBefore reports whether an event of evs lies in a clause before c:
// then a verbless clause is an afterthought ("took the islands in 1945, in
// the last days of the war, and ..."), not a fronted adverbial.
func (x *extractor) eventBefore(evs []*ev, c int) bool {
	for _, e := range evs {
		if e.clause < c && !e.light && !e.planVerb && !e.absorbed {
			return true
		}
	}
	return false
}

// moreSpecific reports whether TIMEX3 value a is finer than b ("Monday"
// 2017-11-06 over "the week" 2017-W45, a day of a fiscal quarter): not
// another day or a day of another month ("on Thursday morning" is no
// refinement of "on July 17", nor "on Oct. 7" of "this month").
func moreSpecific(a, b string) bool {
	if len(a) <= len(b) || !strings.HasPrefix(a, b[:min(4, len(b))]) {
		return false
	}
	if len(b) >= 10 || len(b) == 7 && b[5] >= '0' && b[5] <= '9' && b[6] >= '0' && b[6] <= '9' { // (a month, not "2017-Q3" or "2017-SU")
		return strings.HasPrefix(a, b[:min(10, len(b))])
	}
	return true
}

// hasVerb reports whether clause c of sentence si holds a verb form.
func (x *extractor) hasVerb(si, c int) bool {
	r := x.crange[si][c]
	for k := r[0]; k < r[1]; k++ {
		w := x.sents[si].Tokens[k].Lower
		if verbContext.Has(w) && w != "to" || text.IsPastForm(w) || x.trigAt[si][k] {
			return true
		}
	}
	return false
}

// afterDCT reports whether a TIMEX3 value starts after the document day.
func afterDCT(v string, dct time.Time) bool {
	iv, err := timex.ParseValue(v)
	return err == nil && !iv.Start.Before(dct.AddDate(0, 0, 1))
}

// beyondDCTMonth reports whether a value starts in a later month than the
// document date: a past-tense report of it can only be a plan ("agreed to
// preparations toward next spring").
func beyondDCTMonth(v string, dct time.Time) bool {
	iv, err := timex.ParseValue(v)
	return err == nil && !iv.Start.Before(time.Date(dct.Year(), dct.Month()+1, 1, 0, 0, 0, 0, time.UTC))
}

// aheadSpans dates a planned or future event by a span of time counted
// from the day of writing, the span in the verb's own phrase after
// "within" (no later than then) or "in" (then): "must submit a plan within
// four months" (written on June 7, 2000: by October 2000), "will take
// effect in 90 days" (September 2000). The span may hang on a noun of the
// verb's phrase ("a plan for the breakup within four months"): its
// governor is the verb. Spans of a month or more give a month, of years a
// year: the text does not say the day.
func (x *extractor) aheadSpans(si int, evs []*ev) {
	if !x.doc.HasDCT() || x.treeWords(si) == nil {
		return
	}
	for _, tm := range x.tmxs[si] {
		h, rel, n, unit := x.aheadSpan(si, tm)
		if h == 0 {
			continue
		}
		for _, e := range evs {
			if e.Value != "" || e.TimexID != "" || e.trig.Noun || e.Modality != text.Planned && e.Tense != "FUTURE" || x.treeWord(si, e.tok) != h {
				continue
			}
			v, ok := countFrom(x.leadDay(), n, unit)
			if !ok {
				continue
			}
			switch {
			case unit == "Y":
				v = v[:4]
			case unit == "M" || n >= 28:
				v = v[:7]
			}
			e.Value, e.TimexID, e.TimeRelation, e.DateFrom = v, tm.t.ID, rel, DateRelative
		}
	}
}

// participleTimes dates a participle clause that follows its verb by that
// verb's own time: "broke apart over Texas on Saturday ..., killing all
// seven astronauts" (the killing was on Saturday too), when the
// participle has none of its own.
func (x *extractor) participleTimes(si int, evs []*ev) {
	if x.treeWords(si) == nil {
		return
	}
	for _, e := range evs {
		if e.Value != "" || e.TimexID != "" || e.trig.Noun || e.Class != Occurrence {
			continue // (not a report's participle: "..., saying" may tell what was said another day)
		}
		tw := x.treeWord(si, e.tok)
		if tw == 0 {
			continue
		}
		d := x.word(si, tw)
		if d.Rel != "advcl" || d.XPOS != "VBG" || d.Head <= 0 || d.Head > tw || len(x.children(si, tw, relMark)) > 0 {
			continue
		}
		// The verb it hangs on, or the one that verb's clause hangs on
		// ("as it glided toward a landing, killing ...").
		for v, depth := d.Head, 0; v > 0 && depth < 2; v, depth = x.word(si, v).Head, depth+1 {
			if h := evAt(evs, x, si, v); h != nil && h != e && ownTime(h) && h.Modality == e.Modality {
				e.Value, e.TimexID, e.TimeRelation = h.Value, h.TimexID, h.TimeRelation
				break
			}
			if x.word(si, v).Rel != "advcl" {
				break
			}
		}
	}
}

// relativeOfDated dates a relative clause on an event noun by the noun's
// own date, when the clause has none: "the crash off Cuba on Feb. 9,
// which killed 12 people" (the killing was on Feb. 9). Only a subject
// relative ("which", "that") of a noun that names a happening.
func (x *extractor) relativeOfDated(si int, evs []*ev) {
	if x.treeWords(si) == nil {
		return
	}
	for _, e := range evs {
		if e.Value != "" || e.TimexID != "" || e.trig.Noun || e.Class != Occurrence || e.Modality != text.Actual {
			continue
		}
		tw := x.treeWord(si, e.tok)
		if tw == 0 {
			continue
		}
		d := x.word(si, tw)
		if d.Rel != "acl:relcl" || d.Head <= 0 || d.Head > tw || !x.eventNoun(si, d.Head) ||
			!slices.ContainsFunc(x.children(si, tw, relNsubj), func(c int) bool { return relativePronouns[lowerASCII(x.word(si, c).Form)] }) {
			continue
		}
		for _, tm := range x.tmxs[si] {
			if tm.t.Type != timex.Date && tm.t.Type != timex.Time {
				continue
			}
			if h := x.timexHead(si, tm); h > 0 && h < tw && x.word(si, h).Head == d.Head && strings.HasPrefix(x.word(si, h).Rel, "nmod") {
				e.Value, e.TimexID, e.TimeRelation = tm.t.Value, tm.t.ID, ""
				break
			}
		}
	}
}

// evAt returns the event of evs at tree word w of sentence si, or nil.
func evAt(evs []*ev, x *extractor, si, w int) *ev {
	for _, h := range evs {
		if x.treeWord(si, h.tok) == w {
			return h
		}
	}
	return nil
}

// aheadSpan returns the verb that span tm, after "within" or "in",
// governs, with the time relation it gives and its count and unit; 0 when
// tm is no such span.
func (x *extractor) aheadSpan(si int, tm tmx) (verb int, rel string, n int, unit string) {
	if tm.t.Type != timex.Duration || tm.first == 0 || tm.t.Mod != "" {
		return 0, "", 0, "" // (a span of about so long looks back: "the first pope to resign in nearly 600 years")
	}
	switch x.sents[si].Tokens[tm.first-1].Lower {
	case "within":
		rel = TimeBy
	case "in":
		rel = TimeAt
	default:
		return 0, "", 0, ""
	}
	n, unit, ok := countedSpan(tm.t.Value)
	first, last := x.treeWord(si, tm.first), x.treeWord(si, tm.last)
	if !ok || first == 0 || last == 0 {
		return 0, "", 0, ""
	}
	for t := first; t <= last; t++ {
		if hd := x.word(si, t).Head; hd < first || hd > last {
			// The nearest verb above ("within two months" the parser hung
			// on a noun of the object's phrase).
			g := x.governor(si, t)
			for depth := 0; g > 0 && depth < 4 && x.word(si, g).UPOS != "VERB"; depth++ {
				g = x.word(si, g).Head
			}
			if g > 0 && x.word(si, g).UPOS == "VERB" {
				return g, rel, n, unit
			}
			break
		}
	}
	return 0, "", 0, ""
}

// spanAhead reports whether verb w is to happen (a modal "will", "shall"
// or "must", or an infinitive) within or in a span of time its phrase
// gives: "will take effect in 90 days" is dated as a day would date it.
func (x *extractor) spanAhead(si, w int) bool {
	ahead := false
	for _, a := range x.children(si, w, relAux|relMark) {
		switch lowerASCII(x.word(si, a).Form) {
		case "will", "shall", "must", "'ll":
			ahead = true
		case "to":
			r := x.word(si, w).Rel // a verb's, not a noun's: "the first pope to step down in 600 years"
			ahead = r == "xcomp" || r == "advcl" || r == "ccomp"
		}
	}
	if !ahead || !x.doc.HasDCT() {
		return false
	}
	for _, tm := range x.tmxs[si] {
		if v, _, _, _ := x.aheadSpan(si, tm); v == w {
			return true
		}
	}
	return false
}

// relativeTimes dates an event that the text places a span of time before
// or after another: "freed the ship on Monday, six days after it ran
// aground" dates the grounding six days before that Monday; "three days
// before the election on November 8, the director sent a letter" dates
// the letter November 5. The span must be a number of days, weeks, months
// or years right before "after" or "before". The event after that word (X)
// is the first in the next few words, the other (M) the nearest event
// outside them; M stands the span after X ("after") or before it
// ("before"). A date of M's (its own time expression, or, when M is not
// among evs, the nearest date written outside X's words) dates X, or one
// of X's (in its words) dates M, when that one has no time expression of
// its own: a day, or a month for spans of months and years.
func (x *extractor) relativeTimes(si int, evs []*ev) {
	x.relativeTimesWith(si, evs, nil)
}

// relativeTimesWith is relativeTimes with more events that may stand as
// M, the event the span is counted from, but are not dated here: the
// sentence's briefing events, while its mentions are dated ("grounded its
// jets on Saturday, a day after a cabin panel blew out").
func (x *extractor) relativeTimesWith(si int, evs, more []*ev) {
	toks := x.sents[si].Tokens
	type span struct {
		first, last, n int
		unit, id       string
	}
	var spans []span
	for _, tm := range x.tmxs[si] {
		if tm.t.Type != timex.Duration {
			continue
		}
		if n, unit, ok := countedSpan(tm.t.Value); ok {
			spans = append(spans, span{tm.first, tm.last, n, unit, tm.t.ID})
		} else if strings.HasPrefix(tm.t.Value, "PT") {
			spans = append(spans, span{tm.first, tm.last, 0, "D", tm.t.ID}) // "three hours after": the same day
		}
	}
	for k := 1; k < len(toks); k++ {
		// "hours after", "minutes before", "shortly after", which no
		// time expression counts: the same day.
		if l := toks[k].Lower; (l == "after" || l == "before") && (hoursWords.Has(toks[k-1].Lower) || toks[k-1].Lower == "shortly" || toks[k-1].Lower == "soon" || toks[k-1].Lower == "immediately") && !x.inTimex(si, k-1) {
			spans = append(spans, span{k - 1, k - 1, 0, "D", ""})
		}
	}
	for _, tm := range spans {
		n, unit := tm.n, tm.unit
		k := tm.last + 1
		if k >= len(toks) {
			continue
		}
		sign := 0
		switch toks[k].Lower {
		case "after":
			sign = 1
		case "before":
			sign = -1
		default:
			continue
		}
		// X's words: from the preposition to the next comma, at most eight.
		end := k + 1
		for end < len(toks) && end <= k+8 && !isBreak(toks[end].Text) {
			end++
		}
		var xe, me *ev
		for _, e := range evs {
			if e.tok > k && e.tok < end && !e.light && !e.planVerb && !e.absorbed && (xe == nil || e.tok < xe.tok) {
				xe = e
			}
		}
		meMore := false // me is one of more: it dates, it is not dated
		for l, list := range [][]*ev{evs, more} {
			for _, e := range list {
				if e.light || e.planVerb || e.absorbed || e.tok >= tm.first && e.tok < end {
					continue
				}
				if me == nil || abs(e.tok-tm.first) < abs(me.tok-tm.first) {
					me, meMore = e, l == 1
				}
			}
		}
		set := func(e *ev, from string, by int) {
			if v, ok := countFrom(dayOf(from), by*n, unit); ok {
				e.Value, e.TimexID, e.TimeRelation, e.DateFrom = v, tm.id, "", DateRelative
			}
		}
		switch {
		case xe != nil && !ownTime(xe):
			if me != nil && ownDate(me, unit) {
				set(xe, me.Value, -sign)
			} else if d := x.anaphorDay(me, evs, unit); d != "" {
				// "The filing came four days after Dynegy walked
				// away": the filing told before, on its day.
				set(xe, d, -sign)
			} else if me == nil || me.Modality != text.Actual && me.Value == "" || me.trig.Noun && !ownTime(me) {
				// (or M is a plan with no date: "said on Wednesday that
				// Altman will return, five days after the board fired
				// him" counts from the day the sentence gives; so does
				// a gathering that took no date: "announced the release
				// at a news conference on Saturday, eight days after")
				if d := x.dateIn(si, 0, tm.first, unit); d != "" {
					set(xe, d, -sign)
				} else if d := x.dateIn(si, end, len(toks), unit); d != "" {
					set(xe, d, -sign)
				}
			}
		case me != nil && !ownTime(me) && !meMore:
			if xe != nil && ownDate(xe, unit) {
				set(me, xe.Value, sign)
			} else if xe == nil {
				if d := x.dateIn(si, k+1, end, unit); d != "" {
					set(me, d, sign)
				}
			}
		}
	}
}

// anaphorDay returns the day (or month, for spans of months and years)
// of the happening a definite event noun names again ("the filing" after
// "filed for bankruptcy on Sunday"): the nearest event of an earlier
// sentence of the same word family that is actual and has a date of its
// own. "" when me is none such.
func (x *extractor) anaphorDay(me *ev, evs []*ev, unit string) string {
	if me == nil || me.Modality != text.Actual || ownTime(me) {
		return ""
	}
	si, lemma := me.sent, me.Lemma
	switch {
	case me.trig.Noun:
		if !x.definite(&me.Event) {
			return ""
		}
	default:
		// "The filing came four days after": the verb's subject names
		// the happening (an event noun, "the" or a possessive before it).
		tw := x.treeWord(si, me.tok)
		if tw == 0 {
			return ""
		}
		ws, passive := x.treeSubjects(si, tw)
		if len(ws) != 1 || passive {
			return ""
		}
		if n := evAt(evs, x, si, ws[0]); n != nil {
			if !n.trig.Noun || ownTime(n) || !x.definite(&n.Event) {
				return ""
			}
			lemma = n.Lemma
		} else {
			d := x.word(si, ws[0])
			if d.UPOS != "NOUN" {
				return ""
			}
			def := false
			for _, c := range x.children(si, ws[0], relDet|relNmodPoss) {
				if l := lowerASCII(x.word(si, c).Form); definiteDets.Has(l) || x.word(si, c).Rel == "nmod:poss" {
					def = true
				}
			}
			if !def {
				return ""
			}
			lemma = d.Lemma
		}
	}
	k := familyKey(lemma)
	var best *ev
	for _, l := range x.earlier {
		for _, e := range l {
			if e.sent < si && e.sent >= 0 && e.Modality == text.Actual && ownDate(e, unit) && familyKey(e.Lemma) == k && (best == nil || e.sent > best.sent || e.sent == best.sent && e.tok > best.tok) {
				best = e
			}
		}
	}
	if best == nil {
		return ""
	}
	return best.Value
}

// hoursWords count a span shorter than a day without a number.
var hoursWords = wordset.New("hours", "minutes", "moments", "seconds")

// isBreak reports whether a token ends a phrase: a comma, semicolon,
// colon or dash.
func isBreak(s string) bool {
	switch s {
	case ",", ";", ":", "-", "—", "–":
		return true
	}
	return false
}

// dateIn returns the value of the date written nearest the start of
// tokens [lo, hi) of sentence si: a day, or a month for spans of months
// and years; "" when there is none.
func (x *extractor) dateIn(si, lo, hi int, unit string) string {
	for _, o := range x.tmxs[si] {
		if o.first < lo || o.first >= hi || o.t.Type != timex.Date && o.t.Type != timex.Time {
			continue
		}
		v := o.t.Value
		if len(v) > 10 && v[10] == 'T' {
			v = v[:10]
		}
		if dayValue(v) || unit != "D" && monthValue(v) {
			return v
		}
	}
	return ""
}

// ownTime reports whether e is dated by a time expression of its own.
func ownTime(e *ev) bool { return e.TimexID != "" && e.DateFrom == "" }

// ownDate reports whether e is dated by a time expression of its own to a
// day, or to a month when the span counts months or years, with no
// "after", "before", "by" or "since" between them.
func ownDate(e *ev, unit string) bool {
	v := dayOf(e.Value)
	return ownTime(e) && e.TimeRelation == "" && (dayValue(v) || unit != "D" && monthValue(v))
}

// dayOf returns a time's day ("2011-11-12" of "2011-11-12TEV"), any other
// value as it is.
func dayOf(v string) string {
	if len(v) > 10 && v[10] == 'T' {
		return v[:10]
	}
	return v
}

// countedSpan reads a duration of a whole number of days, weeks, months or
// years ("P6D", "P2W", "P3M", "P1Y") as a count and a unit (D, M or Y;
// weeks as days).
func countedSpan(v string) (int, string, bool) {
	if len(v) < 3 || v[0] != 'P' || v[1] == 'T' {
		return 0, "", false
	}
	n, err := strconv.Atoi(v[1 : len(v)-1])
	if err != nil || n <= 0 || n > 1000 {
		return 0, "", false
	}
	switch u := v[len(v)-1:]; u {
	case "D", "M", "Y":
		return n, u, true
	case "W":
		return 7 * n, "D", true
	}
	return 0, "", false
}

func dayValue(v string) bool {
	_, err := time.Parse("2006-01-02", v)
	return err == nil
}

func monthValue(v string) bool {
	_, err := time.Parse("2006-01", v)
	return err == nil
}

// countFrom moves date v (a day, or a month for a span of months or years)
// by n units, at v's precision.
func countFrom(v string, n int, unit string) (string, bool) {
	layout := "2006-01-02"
	if !dayValue(v) {
		layout = "2006-01"
	}
	t, err := time.Parse(layout, v)
	if err != nil {
		return "", false
	}
	switch unit {
	case "D":
		if layout != "2006-01-02" {
			return "", false
		}
		t = t.AddDate(0, 0, n)
	case "M":
		t = t.AddDate(0, n, 0)
	case "Y":
		t = t.AddDate(n, 0, 0)
	}
	return t.Format(layout), true
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// resultParticiple reports whether verb w is a participle after a dated
// simple past, with no subject or subordinator of its own, that tells
// what it did: "struck Nepal on Friday, killing 153 people" (or a
// conjunct of one: "and destroying thousands of homes").
func (x *extractor) resultParticiple(si, w, depth int) bool {
	d := x.word(si, w)
	if d.XPOS != "VBG" || w < d.Head || depth > 3 || len(x.children(si, w, relNsubj|relNsubjPass|relMark|relAux)) > 0 {
		return false
	}
	switch d.Rel {
	case "conj":
		return x.resultParticiple(si, d.Head, depth+1)
	case "advcl":
		h := x.word(si, d.Head)
		past := x.simplePast(si, d.Head) || h.Rel == "xcomp" && h.XPOS == "VBN" && h.Head > 0 && x.simplePast(si, h.Head) // "ordered the planes grounded on Wednesday, reversing"
		return h.UPOS == "VERB" && past && x.datedByTree(si, d.Head)
	}
	return false
}

// timexHead returns the tree word of time tm whose head lies outside it
// (the expression's head), or 0.
func (x *extractor) timexHead(si int, tm tmx) int {
	for k := tm.first; k <= tm.last; k++ {
		w := x.treeWord(si, k)
		if w == 0 {
			continue
		}
		if h := x.word(si, w).Head; h == 0 || h < x.treeWord(si, tm.first) || h > x.treeWord(si, tm.last) {
			return w
		}
	}
	return 0
}

// verbAtHost returns the verb event of evs, before host noun h in its
// sentence and undated, that the tree gives h's phrase "at" or "during" (as
// its oblique or inside its object's phrase, at most three heads up): "De
// Klerk announced the release at a news conference". Nil when there is none.
func (x *extractor) verbAtHost(si int, h *ev, evs []*ev) *ev {
	th := x.treeWord(si, h.tok)
	if th == 0 {
		return nil
	}
	at := false
	for _, c := range x.children(si, th, relCase) {
		if l := lowerASCII(x.word(si, c).Form); l == "at" || l == "during" {
			at = true
		}
	}
	if !at {
		return nil
	}
	for _, v := range evs {
		if v.trig.Noun || v.light || v.planVerb || v.absorbed || v.TimexID != "" || v.tok >= h.tok {
			continue
		}
		if tv := x.treeWord(si, v.tok); tv > 0 && x.word(si, tv).UPOS == "VERB" && x.under(si, th, tv, 3) {
			return v
		}
	}
	return nil
}

// dayParts are spans within a day that a day's name may modify ("the
// Thursday morning rush hour", "Monday's afternoon session").
var dayParts = wordset.New("hour", "session", "shift", "commute", "rush", "trading", "watch")
