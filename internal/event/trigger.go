// Triggers: the word that names an event, chosen per token, and the events
// of a sentence built around them.

package event

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/entity"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/wordset"
)

var sayVerbs = wordset.Of(map[string]bool{"said": true, "says": true, "say": true, "added": true, "stated": true, "announced": true, "declared": true, "noted": true})

var determiners = wordset.Of(map[string]bool{"the": true, "a": true, "an": true, "their": true, "his": true, "her": true, "its": true,
	"our": true, "my": true, "your": true, "this": true, "that": true, "these": true, "those": true, "another": true,
	"any": true, "each": true, "every": true, "no": true, "some": true, "first": true, "second": true, "last": true,
	"next": true, "previous": true, "recent": true, "separate": true, "formal": true, "informal": true, "bilateral": true,
	"joint": true, "brief": true, "several": true, "two": true, "three": true, "many": true, "further": true, "new": true,
	"economic": true, "political": true, "nuclear": true, "missile": true, "arms": true, "peace": true, "trade": true,
	"provocative": true, "military": true, "diplomatic": true, "official": true, "annual": true, "regional": true, "summit": true, "forum": true})

var definiteDets = wordset.Of(map[string]bool{"the": true, "their": true, "this": true, "that": true, "these": true, "those": true, "its": true, "his": true, "her": true})

var distinctWords = wordset.Of(map[string]bool{"separate": true, "another": true, "new": true, "second": true, "next": true, "other": true, "different": true, "further": true, "first": true, "previous": true})

var verbContext = wordset.Of(map[string]bool{"to": true, "will": true, "would": true, "can": true, "could": true, "may": true, "might": true,
	"must": true, "should": true, "shall": true, "not": true, "n't": true, "n’t": true, "he": true, "she": true, "they": true,
	"we": true, "i": true, "it": true, "who": true, "also": true, "never": true, "did": true, "does": true, "do": true,
	"has": true, "have": true, "had": true, "was": true, "were": true, "is": true, "are": true, "be": true, "been": true, "being": true, "you": true})

var lightVerbs = wordset.Of(map[string]bool{"hold": true, "held": true, "holds": true, "holding": true, "had": true, "have": true,
	"has": true, "having": true, "took": true, "take": true, "takes": true, "attend": true, "attended": true, "attends": true,
	"conduct": true, "conducted": true, "host": true, "hosted": true, "hosts": true, "join": true, "joined": true,
	"chair": true, "chaired": true, "discussed": true, "discuss": true, "began": true, "start": true, "started": true})

// lightKinds: the kind of a light verb used on its own.
var lightKinds = map[string]string{"take": "seizure", "hold": "control", "host": "meeting"}

var attendVerbs = wordset.Of(map[string]bool{"attend": true, "attended": true, "attends": true, "join": true, "joined": true})

// chooseTrigger picks the entry for token i of s, or false.
func (x *extractor) chooseTrigger(si, i int) (Trigger, bool) {
	s := &x.sents[si]
	t := &s.Tokens[i]
	if t.Kind != text.Word {
		return Trigger{}, false
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	if unicode.IsUpper(r) && i > 0 && s.Tokens[i-1].Text != "“" && s.Tokens[i-1].Text != "\"" {
		// Part of a name ("Economic Cooperation Summit"), except a
		// gathering named after its organization: "an APEC Summit".
		m := x.mentionAt(si, i-1)
		if m == nil || m.ent.Type != entity.Organization || !isHostNoun(t.Lower) {
			return Trigger{}, false
		}
	}
	if x.mentionAt(si, i) != nil {
		return Trigger{}, false
	}
	for _, tm := range x.tmxs[si] {
		if tm.first <= i && i <= tm.last {
			return Trigger{}, false
		}
	}
	info := x.info[si]
	cands := info[i].trig
	if len(cands) == 0 {
		return Trigger{}, false
	}
	prev := ""
	var prevCls uint8 // the classes of prev ("" is in none)
	if i > 0 {
		prev = s.Tokens[i-1].Lower
		prevCls = info[i-1].cls
	}
	nounCtx := prevCls&wcDet != 0 || strings.HasSuffix(prev, "’s") || strings.HasSuffix(prev, "'s") ||
		strings.HasSuffix(prev, "-minute") || strings.HasSuffix(prev, "-hour") || strings.HasSuffix(prev, "-day")
	if i > 0 && s.Tokens[i-1].Kind == text.Number {
		nounCtx = true
	}
	detCtx := nounCtx
	if m := x.mentionAt(si, i-1); m != nil && i > 0 && (strings.Contains(s.Tokens[i-1].Text, "-") || m.kind == "acronym" || m.kind == "demonym" || m.ent.Type != entity.Person) {
		nounCtx = true // "Abe-Putin meeting", "APEC summit", "U.N. sanctions"
	}
	verbCtx := prevCls&wcVerbCtx != 0 || (i == 0 && strings.HasSuffix(t.Lower, "ing"))
	var noun, verb *Trigger
	for k := range cands {
		if cands[k].Noun {
			if noun == nil {
				noun = &cands[k]
			}
		} else if verb == nil {
			verb = &cands[k]
		}
	}
	switch {
	case noun != nil && verb != nil:
		if nounCtx && !verbCtx {
			return *noun, true
		}
		if verbCtx {
			return *verb, true
		}
		// Plurals and -ment/-tion forms read as nouns; -ed and -ing as verbs.
		if strings.HasSuffix(t.Lower, "ed") || strings.HasSuffix(t.Lower, "ing") && noun.Lemma != t.Lower {
			return *verb, true
		}
		if noun.Lemma == t.Lower || strings.HasSuffix(t.Lower, "s") && noun.Lemma != t.Lower {
			if noun.Lemma == t.Lower || !verbCtx {
				return *noun, true
			}
		}
		return *verb, true
	case noun != nil:
		if verbCtx && prev != "the" {
			return Trigger{}, false
		}
		return *noun, true
	default:
		if detCtx && !strings.HasSuffix(t.Lower, "ed") {
			return Trigger{}, false
		}
		return *verb, true
	}
}

// sentence finds the events of sentence si.
func (x *extractor) sentence(si int, earlier []*ev) []*ev {
	s := x.sents[si]
	var out []*ev
	info := x.info[si]
	for i := range s.Tokens {
		if len(info[i].trig) == 0 {
			continue // not in the lexicon: chooseTrigger would say no
		}
		if x.personName(si, i) {
			continue // "Begin said": Menachem Begin, no beginning
		}
		tr, ok := x.chooseTrigger(si, i)
		if !ok {
			continue
		}
		e := x.newEv()
		e.sent, e.tok, e.trig, e.clause = si, i, tr, x.clause[si][i]
		t := s.Tokens[i]
		e.Trigger = t.Span
		e.Text = t.Text
		e.Lemma = tr.Lemma
		e.Class = tr.Class
		e.Kind = tr.Kind
		e.Sentence = si
		if e.Class == Reporting && performative.Has(e.Lemma) && x.nominalObject(si, i) {
			e.Class = Occurrence // "declared a state of emergency": an act, not a report
		}

		setCues(e, s, i, true)
		x.treeTense(e)
		if tr.Kind == "light" {
			// "held talks", "took part", "hosted a summit": the noun is the
			// event. Without an event noun after it, the verb is one:
			// "took the islands" (a seizure), "hosted Trump" (a meeting).
			e.light = false
			for k := i + 1; k < len(s.Tokens) && k <= i+4 && s.Tokens[k].Kind != text.Punct; k++ {
				if hasNoun(s.Tokens[k].Lower) || s.Tokens[k].Lower == "part" || s.Tokens[k].Lower == "place" {
					e.light = true
					break
				}
			}
			// "the summit was held", "a meeting held between ...": the
			// participle follows its noun.
			if text.IsPastForm(t.Lower) {
				for k := i - 1; k >= 0 && k >= i-4 && s.Tokens[k].Kind != text.Punct; k-- {
					if hasNoun(s.Tokens[k].Lower) {
						e.light = true
						break
					}
				}
			}
			switch {
			case tr.Lemma == "take" && i+1 < len(s.Tokens) && (s.Tokens[i+1].Lower == "office" || s.Tokens[i+1].Lower == "power"):
				e.light, e.Kind = false, "" // "took office", "took power": an act of its own, no seizure
			case !e.light && tr.Lemma == "take" && takeIdiom(s.Tokens, i):
				e.light = true // "take the projects forward", "took note": no event of its own
			case !e.light && tr.Lemma == "take" && !x.seizable(si, i):
				e.light = true // "did not take questions", "took a loss": no seizure, and no briefing event of its own
			}
			if !e.light && e.Kind == "light" {
				e.Kind = lightKinds[tr.Lemma]
				e.standalone = true
			}
		}
		if tr.Kind == "plan" && i+2 < len(s.Tokens) && s.Tokens[i+1].Lower == "to" && len(x.info[si][i+2].trig) > 0 {
			e.planVerb = true
		}
		if tr.Noun {
			for k := i - 1; k >= 0 && k >= i-4; k-- {
				w := s.Tokens[k].Lower
				if distinctWords.Has(w) {
					e.distinct = true
				}
				if definiteDets.Has(w) {
					e.definite = true
					break
				}
				if w == "a" || w == "an" {
					break
				}
			}
		}
		out = append(out, e)
	}
	out = x.openEvents(si, out)
	// An aspectual verb and the event noun it governs are one event:
	// "started the talks", "never ended their hostilities".
	for _, e := range out {
		if e.Class != Aspectual || e.trig.Noun || e.light || e.planVerb {
			continue
		}
		for _, n := range out {
			if n.tok <= e.tok || !n.trig.Noun || n.absorbed {
				continue
			}
			if n.tok <= e.tok+4 && x.onlyModifiers(si, e.tok+1, n.tok) {
				n.absorbed = true
				e.Theme = strings.ToLower(n.Text)
			}
			break
		}
	}
	for _, e := range out {
		if !e.light && !e.planVerb && !e.absorbed {
			x.trigAt[si][e.tok] = true
		}
	}
	for _, e := range out {
		x.participants(si, e, out, earlier)
	}
	x.findHosts(si, out)
	x.pastMonths(si, out)
	x.attachTimes(si, out)
	x.earlier = append(x.earlier[:0], earlier)
	x.relativeTimes(si, out)
	x.aheadSpans(si, out)
	x.participleTimes(si, out)
	x.relativeOfDated(si, out)
	x.preparations(si, out)
	// Planned by position in time: an event dated after the document date
	// has not happened yet.
	for _, e := range out {
		if e.Modality == text.Actual && e.Value != "" && x.doc.HasDCT() && afterDCT(e.Value, x.doc.DCT) &&
			(e.Tense != "PAST" || beyondDCTMonth(e.Value, x.doc.DCT) && !x.finitePast(si, e.tok)) {
			e.Modality = text.Planned
		}
	}
	var kept []*ev
	for _, e := range out {
		if e.light || e.planVerb || e.absorbed || e.standalone && len(e.parts) == 0 && e.TimexID == "" || e.open && (e.TimexID == "" && !(e.lead && e.Modality == text.Actual && e.Aspect == "") || e.lead && e.TimexID != "" || !x.hasSubject(e)) {
			continue
		}
		kept = append(kept, e)
	}
	return kept
}

// performative reporting verbs do what they say when their object is a
// thing, not a clause: "declared a state of emergency", "proclaimed
// independence".
var performative = wordset.New("declare", "proclaim")

// nominalObject reports whether the verb at token i has a noun as its
// direct object in the tree.
func (x *extractor) nominalObject(si, i int) bool {
	tw := x.treeWord(si, i)
	if tw == 0 {
		return false
	}
	for _, o := range x.children(si, tw, relObj) {
		if u := x.word(si, o).UPOS; u == "NOUN" || u == "PROPN" {
			return true
		}
	}
	return false
}

// preventVerbs keep something from happening: "kept the two countries
// from signing", "prevented Japan from joining", "barred him from running".
var preventVerbs = wordset.Of(map[string]bool{"prevent": true, "prevents": true, "prevented": true, "preventing": true, "kept": true,
	"keep": true, "keeps": true, "keeping": true, "stop": true, "stops": true, "stopped": true, "bar": true, "bars": true,
	"barred": true, "block": true, "blocks": true, "blocked": true, "ban": true, "bans": true, "banned": true})

// prevented reports whether the -ing form at token i follows "from" after a
// verb of prevention in the same stretch of text: the event did not
// happen.
func prevented(toks []text.Token, i int) bool {
	if i < 2 || !strings.HasSuffix(toks[i].Lower, "ing") || toks[i-1].Lower != "from" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-8; k-- {
		if toks[k].Kind == text.Punct {
			return false
		}
		if preventVerbs.Has(toks[k].Lower) {
			return true
		}
	}
	return false
}

// seizable reports whether "take" at token i of sentence si takes what a
// seizure takes: a place the entity stage names ("took Crimea") or a
// noun of places, control or captives in the next words ("took the
// islands", "took control of the airport", "took hostages").
func (x *extractor) seizable(si, i int) bool {
	toks := x.sents[si].Tokens
	seized := func(k int) bool {
		m := x.mentionAt(si, k)
		return m != nil && m.ent.Type == entity.Location || seizedNouns.Has(toks[k].Lower)
	}
	for k := i + 1; k < len(toks) && k <= i+5 && toks[k].Kind != text.Punct; k++ {
		if seized(k) {
			return true
		}
	}
	if i > 0 && passiveAux.Has(toks[i-1].Lower) || text.IsPastForm(toks[i].Lower) {
		// A passive's subject is what was taken: "the villages were taken".
		for k := i - 1; k >= 0 && k >= i-5 && toks[k].Kind != text.Punct; k-- {
			if seized(k) {
				return true
			}
		}
	}
	return false
}

// passiveAux stand before a passive participle.
var passiveAux = wordset.New("was", "were", "been", "being", "be", "is", "are")

// seizedNouns are what a seizure takes.
var seizedNouns = wordset.New("island", "islands", "town", "towns", "city", "cities", "village", "villages", "territory", "territories",
	"region", "regions", "area", "areas", "base", "bases", "airport", "airports", "capital", "control", "hostage", "hostages",
	"prisoner", "prisoners", "port", "ports", "bridge", "bridges", "province", "provinces", "district", "districts", "building",
	"buildings", "ship", "ships", "vessel", "vessels", "land", "lands", "peninsula", "positions", "stronghold", "fortress", "hill",
	"hills", "heights", "border", "crossing", "oilfield", "oilfields", "field", "fields", "embassy", "palace", "parliament", "compound")

// takeIdiom reports whether "take" at token i is part of an idiom that
// is not a seizure: "take the projects forward", "took note of", "take
// steps", "take action", "take care".
func takeIdiom(toks []text.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+6 && toks[k].Kind != text.Punct; k++ {
		switch toks[k].Lower {
		case "forward", "note", "steps", "action", "care", "advantage", "office", "effect", "aim", "over", "off", "up":
			return true
		}
	}
	return false
}

// personName reports whether token i of sentence si, capitalized, lies in
// the name of a person the entity stage found: no event trigger, whatever
// word it spells ("Begin", "Rush").
func (x *extractor) personName(si, i int) bool {
	t := x.sents[si].Tokens[i].Text
	if t == "" || t[0] < 'A' || t[0] > 'Z' {
		return false
	}
	m := x.mentionAt(si, i)
	return m != nil && m.ent != nil && m.ent.Type == entity.Person
}
