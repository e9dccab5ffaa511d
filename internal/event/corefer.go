// Coreference: definite event nouns merged into the earlier event they name
// again.

package event

// Family groups briefing kinds that may name the same event: a meeting
// and talks are one family; every other kind is its own.
func Family(kind string) string {
	switch kind {
	case "meeting", "talks":
		return "meeting"
	}
	return kind
}

// corefer merges definite event nouns ("the meeting", "their talks") into
// the event of the most recent compatible mention of the same family
// (meeting and talks are one family). Events introduced as "separate" or
// "another" are only taken when nothing else fits.
func (x *extractor) corefer(evs []*ev) []*ev {
	root := make([]*ev, len(evs)) // the event each mention was merged into
	for i, e := range evs {
		root[i] = e
		if !e.trig.Noun || !e.definite || e.distinct {
			continue
		}
		var target *ev
		for pass := 0; pass < 2 && target == nil; pass++ {
			for j := i - 1; j >= 0 && j >= i-500; j-- {
				a := evs[j]
				if a.sent < e.sent-25 {
					break
				}
				r := root[j]
				if Family(a.Kind) != Family(e.Kind) || pass == 0 && r.distinct {
					continue
				}
				if !compatible(r, e) {
					continue
				}
				target = r
				break
			}
		}
		if target == nil || target == e {
			continue
		}
		root[i] = target
		e.merged = true
		e.root = target
		target.Corefs = append(target.Corefs, e.Trigger)
		for _, id := range e.partOrd {
			role := e.parts.role(id)
			if _, ok := target.parts.get(id); !ok {
				target.add(id, role)
				if e.weak[id] {
					if target.weak == nil {
						target.weak = map[string]bool{}
					}
					target.weak[id] = true
				}
			}
		}
		for _, p := range e.places {
			if e.trig.Noun && e.sent != target.sent && x.governorsPlace(e, p) {
				// A later sentence's "the agreement" is not where it is
				// talked of: "Biden welcomed the agreement at the White
				// House" does not put the agreement there.
				continue
			}
			target.addPlace(p)
			if pr, ok := e.placePrep[p]; ok {
				if target.placePrep == nil {
					target.placePrep = map[string]string{}
				}
				target.placePrep[p] = pr
			}
		}
		if target.TimexID == "" && e.TimexID != "" {
			target.TimexID, target.Value = e.TimexID, e.Value
		}
	}
	var out []*ev
	for _, e := range evs {
		if !e.merged {
			out = append(out, e)
		}
	}
	return out
}

// compatible: the later mention adds no new party and no other time.
func compatible(a, e *ev) bool {
	if e.Value != "" && a.Value != "" && e.Value != a.Value {
		return false
	}
	for _, id := range e.partOrd {
		if _, ok := a.parts.get(id); !ok && len(a.parts) > 0 && !e.weak[id] {
			return false
		}
	}
	return true
}

// governorsPlace reports whether place p of noun event e is the place of
// the verb e is the object of ("welcomed the agreement at the White
// House"), not of e itself.
func (x *extractor) governorsPlace(e *ev, p string) bool {
	tw := x.treeWord(e.sent, e.tok)
	if tw == 0 || x.word(e.sent, tw).Rel != "obj" {
		return false
	}
	if lightVerbs.Has(lowerASCII(x.word(e.sent, x.word(e.sent, tw).Head).Lemma)) {
		return false // "held talks in Danang": the talks were there
	}
	// The verb's oblique, or the noun's own "at" phrase, which the parser
	// cannot tell apart.
	cs := append(x.children(e.sent, x.word(e.sent, tw).Head, relObl), x.children(e.sent, tw, relNmod)...)
	for _, c := range cs {
		if m := x.mentionAt(e.sent, x.word(e.sent, c).Token); m != nil && m.ent.ID == p {
			return true
		}
	}
	return false
}
