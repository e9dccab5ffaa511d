// Time attachment: each date or time of a sentence linked to one event of
// its clause, and event nouns given the date of an earlier mention of the same
// happening.

package event

import (
	"sort"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/timex"
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
	return w
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
		// The tree says which event the time belongs to; else the clause
		// rules do.
		treeBest := x.treeTimed(si, tm, evs)
		var best *ev
		for _, e := range evs {
			if treeBest != nil {
				best = treeBest
				break
			}
			if e.clause != c || e.light || e.planVerb || e.absorbed || e.TimexID != "" && !moreSpecific(tm.t.Value, e.Value) {
				continue
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
				if e.clause > c && !e.light && !e.planVerb && !e.absorbed && (e.TimexID == "" || moreSpecific(tm.t.Value, e.Value)) && (best == nil || e.tok < best.tok) {
					if x.opener[si][e.clause] == "" {
						best = e
					}
				}
			}
			if best != nil && best.clause > c+3 {
				best = nil
			}
		}
		if best != nil && best.trig.Noun && hostKinds.Has(best.Kind) {
			// "met on the sidelines of the summit on Tuesday": the time
			// dates the event held there.
			for _, e := range evs {
				if e.host == best && e.clause == best.clause && e.TimexID == "" {
					best = e
					break
				}
			}
		}
		if best != nil && best.trig.Noun {
			// A time after a verb's object dates the verb: "signed the
			// accord in 2015", not only the accord.
			for _, v := range evs {
				if v.clause == best.clause && !v.trig.Noun && !v.light && !v.planVerb && !v.absorbed && v.tok < best.tok &&
					v.TimexID == "" && x.onlyModifiers(si, v.tok+1, best.tok) {
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
				if e.clause != c && e.TimexID == "" && !e.light && !e.planVerb && x.opener[si][e.clause] == "" && e.Modality == text.Actual {
					e.TimexID, e.Value, e.TimeRelation = tm.t.ID, tm.t.Value, rel
				}
			}
		}
	}
	x.conjTimes(si, evs)
}

// conjTimes gives a verb conjoined to a dated verb, with no subject or
// time of its own, that verb's time: "completed the takeover on Thursday
// and fired the executives" (conjOfDated).
func (x *extractor) conjTimes(si int, evs []*ev) {
	if x.treeWords(si) == nil {
		return
	}
	for _, e := range evs {
		tw := x.treeWord(si, e.tok)
		if e.TimexID != "" || tw == 0 || !x.conjOfDated(si, tw) {
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
// 2017-11-06 over "the week" 2017-W45).
func moreSpecific(a, b string) bool {
	return len(a) > len(b) && strings.HasPrefix(a, b[:min(4, len(b))])
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
