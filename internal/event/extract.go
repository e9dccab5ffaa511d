package event

import (
	"cmp"
	"github.com/chronicle-news/chronicle/internal/permute"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/entity"
	"github.com/chronicle-news/chronicle/internal/event/detect"
	"github.com/chronicle-news/chronicle/internal/syntax"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/timex"
	"github.com/chronicle-news/chronicle/internal/wordset"
)

// Extract finds the events of doc and links them to entities and times,
// without dependency trees (ExtractAll uses them).
func Extract(doc *document.Document, sents []text.Sentence, tx []timex.Timex, ents []entity.Entity) []Event {
	evs, _ := extractAll(doc, sents, nil, tx, ents, false)
	return evs
}

// ExtractAll finds the briefing events of doc with each sentence's
// dependency tree (parallel to sents; nil for none: a verb's subject and
// the names that belong to it are then read from the tree rather than
// from the words around it), and returns every other event mention
// the trained detector finds (verbs, nouns and adjectives of every TimeML
// class), each with its participants, place and time found as for the
// briefing events: the whole event layer, of which the briefing events
// (timeline, graph, store) are the salient part. Mention IDs are m1, m2,
// ... in text order; with no trees there are none.
func ExtractAll(doc *document.Document, sents []text.Sentence, trees []syntax.Tree, tx []timex.Timex, ents []entity.Entity) (events, mentions []Event) {
	return extractAll(doc, sents, trees, tx, ents, true)
}

func extractAll(doc *document.Document, sents []text.Sentence, trees []syntax.Tree, tx []timex.Timex, ents []entity.Entity, withMentions bool) ([]Event, []Event) {
	x := newExtractor(doc, sents, tx, ents)
	defer x.release()
	if len(trees) == len(sents) {
		x.trees = trees
		x.treeTables(trees)
		x.detected = bySentence(detect.Detect(doc, sents), len(sents))
		x.headlineVerbs()
	}
	var all []*ev
	for si := range sents {
		all = append(all, x.sentence(si, all)...)
	}
	evs := x.corefer(all)
	x.hosts(all, evs)
	x.sameDayParties(evs)
	x.contentParties(evs)
	evs = sameHappening(evs)
	out := x.output(evs)
	if !withMentions {
		return out, nil
	}
	out, bare := splitBare(out, x.modifierTriggers(evs, x.toldReports(evs)))
	ms := joinMentions(x.mentionEvents(all, len(bare)), bare)
	out, ms = x.promote(out, ms)
	out, ms = x.demoteContained(out, ms)
	x.anaphoricDates(out, ms)
	return out, ms
}

// promote makes briefing events of the mentions that tell, in a main
// clause, what a named person or organization did or is to do: "President
// Rebelo de Sousa accepted the resignation", "the board fired its chief
// executive". The lexicon of briefing events cannot list every such verb;
// the detector finds them, and the tree says who did it. Reports, states
// and verbs of being or having stay mentions. Both lists are renumbered in
// text order (ev1, ..., m1, ...), and hosts follow their events.
func (x *extractor) promote(out, ms []Event) ([]Event, []Event) {
	var up []int
	for i := range ms {
		if x.salient(&ms[i]) && !toldAlready(out, &ms[i]) {
			up = append(up, i)
		}
	}
	if len(up) == 0 {
		return out, ms
	}
	ids := make(map[string]string, len(out)+len(ms))
	merged := make([]Event, 0, len(out)+len(up))
	k := 0
	for _, i := range up {
		for k < len(out) && out[k].Trigger.Start <= ms[i].Trigger.Start {
			merged = append(merged, out[k])
			k++
		}
		merged = append(merged, ms[i])
	}
	merged = append(merged, out[k:]...)
	for i := range merged {
		id := "ev" + strconv.Itoa(i+1)
		ids[merged[i].ID] = id
		merged[i].ID = id
	}
	rest := ms[:0]
	u := 0
	for i := range ms {
		if u < len(up) && up[u] == i {
			u++
			continue
		}
		id := "m" + strconv.Itoa(len(rest)+1)
		ids[ms[i].ID] = id
		ms[i].ID = id
		rest = append(rest, ms[i])
	}
	clear(ms[len(rest):])
	for _, l := range [][]Event{merged, rest} {
		for i := range l {
			if l[i].Host != "" {
				l[i].Host = ids[l[i].Host]
			}
		}
	}
	return merged, rest
}

// demoteContained makes mentions of the briefing events that name no one
// and no place and whose line (a noun's, or a verb's inside a report) another briefing event of their sentence,
// on the same date, already says: "Bird strike" beside "Crew reports a
// bird strike", "Ten bombs" beside "Ten bombs explode on four commuter
// trains". A line of its own date stays ("Shooting" of Friday beside
// "Leaders condemn the shooting" of Sunday). Both lists are renumbered in
// text order, and hosts follow their events.
func (x *extractor) demoteContained(out, ms []Event) ([]Event, []Event) {
	var down []int
	for i := range out {
		e := &out[i]
		if len(e.Participants) > 0 || len(e.Places) > 0 || e.Host != "" {
			continue
		}
		noun := x.nounEvent(e)
		line := strings.ToLower(strings.TrimSpace(e.Summary))
		if !strings.Contains(line, " ") {
			continue
		}
		for j := range out {
			o := &out[j]
			if j == i || o.Sentence != e.Sentence || o.Value != e.Value || o.Modality != e.Modality || !noun && o.Class != Reporting {
				continue // (a verb's line only inside the report that tells it: "Volkswagen says 11 million vehicles carried the software")
			}
			if ol := strings.ToLower(o.Summary); len(ol) > len(line) && containsWords(stemWords(ol), stemWords(line)) {
				down = append(down, i)
				break
			}
		}
	}
	if len(down) == 0 {
		return out, ms
	}
	ids := make(map[string]string, len(out)+len(ms))
	kept := make([]Event, 0, len(out)-len(down))
	var moved []Event
	d := 0
	for i := range out {
		if d < len(down) && down[d] == i {
			d++
			moved = append(moved, out[i])
			continue
		}
		kept = append(kept, out[i])
	}
	for i := range kept {
		id := "ev" + strconv.Itoa(i+1)
		ids[kept[i].ID] = id
		kept[i].ID = id
	}
	all := append(ms, moved...)
	orderMentions(all, ids)
	for _, l := range [][]Event{kept, all} {
		for i := range l {
			if l[i].Host != "" {
				l[i].Host = ids[l[i].Host]
			}
		}
	}
	return kept, all
}

// stemWords writes each word of s without its inflection ("carries" and
// "carried" both "carry"), so that a line's verb, in the present, matches
// the past a report's clause keeps.
func stemWords(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		switch {
		case len(w) > 4 && (strings.HasSuffix(w, "ies") || strings.HasSuffix(w, "ied")):
			f[i] = w[:len(w)-3] + "y"
		case len(w) > 4 && (strings.HasSuffix(w, "es") || strings.HasSuffix(w, "ed")):
			f[i] = w[:len(w)-2]
		case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
			f[i] = w[:len(w)-1]
		}
	}
	return strings.Join(f, " ")
}

// containsWords reports whether s holds t as whole words.
func containsWords(s, t string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], t)
		if k < 0 {
			return false
		}
		a, b := i+k, i+k+len(t)
		if (a == 0 || s[a-1] == ' ') && (b == len(s) || s[b] == ' ') {
			return true
		}
		i = a + 1
	}
}

// salient reports whether mention e tells what a named actor did or is
// to do, in a main clause, or, in the headline or the lead's first
// sentence, what happened on a day the text gives it ("a day after a
// cabin panel blew out of one of its planes") (promote).
func (x *extractor) salient(e *Event) bool {
	if cutAtVerb(e) {
		return false
	}
	none := false // "No alert was issued", "Blatter was not charged"
	if e.Modality == text.Negated && e.DateFrom == DateDocument && e.Sentence >= 0 && e.Sentence < len(x.sents) && x.treeWords(e.Sentence) != nil {
		if f, _ := tokenRange(x.sents[e.Sentence].Tokens, e.Trigger); f >= 0 {
			none = x.noneDone(e.Sentence, x.treeWord(e.Sentence, f))
		}
	}
	if none {
		return strings.Count(strings.TrimSpace(e.Summary), " ") >= 2 // (whatever the detector's class: a passive "not charged" reads as a state)
	}
	if e.Class == Reporting && !DenialVerb(e.Lemma) && !accuseVerbs.Has(e.Lemma) && !x.announcedThing(e) || (e.Class == State || e.Class == IState) && !x.becameRole(e) || e.Class == Aspectual || e.Class == Perception {
		return false // (a denial is news, however the detector classed it: "The government denied that ...")
	}
	lead := e.Sentence <= 1 && e.Modality == text.Actual && (e.TimexID != "" && e.DateFrom == "" || e.DateFrom == DateRelative || e.DateFrom == DateClause) &&
		strings.Count(strings.TrimSpace(e.Summary), " ") >= 2 && !x.chargedDeed(e)
	// A happening the text dates by a span from another, told in the
	// past: "eight days after he lifted the ban", "four days after Dynegy
	// walked away from the takeover" (relativeTimes) is a day of its own.
	rel := x.relativeDated(e) || e.DateFrom == DateRelative && e.Modality == text.Actual && e.Tense == "PAST"
	if e.Modality == text.Actual && e.Tense == "PAST" && casualtyVerbs.Has(e.Lemma) && e.Sentence >= 0 && e.Sentence < len(x.sents) && x.treeWords(e.Sentence) != nil {
		// "at least two protesters died": a count of the dead or hurt.
		if f, _ := tokenRange(x.sents[e.Sentence].Tokens, e.Trigger); f >= 0 && x.casualtyClause(e.Sentence, x.treeWord(e.Sentence, f), e.Lemma) {
			return strings.Count(strings.TrimSpace(e.Summary), " ") >= 2
		}
	}
	adv := x.adverbialDated(e)
	conjDenial := DenialVerb(e.Lemma) && e.Modality == text.Actual && x.conjOfMain(e) // "said he was shocked and denied any wrongdoing"
	if !e.Main && !lead && !x.leadDefinite(e, -1) && !x.whenClauseDated(e) && !x.namedPatientDated(e, -1) && !rel && !adv &&
		!(e.Class == Reporting && x.coordinatedMain(e)) && !conjDenial {
		return false
	}
	if e.Modality != text.Actual && e.Modality != text.Planned && !(e.Modality == text.Negated && e.Main && (e.DateFrom == DateDocument || e.TimexID != "" && e.DateFrom == "")) ||
		stateVerbs.Has(e.Lemma) && !x.appearsAt(e) && !x.becameRole(e) || !strings.Contains(strings.TrimSpace(e.Summary), " ") {
		return false // (a denial dated by the day of writing tells news: leadDenial; so does one on a day of its own)
	}
	if e.Sentence < 0 || e.Sentence >= len(x.sents) || x.treeWords(e.Sentence) == nil {
		return false
	}
	f, _ := tokenRange(x.sents[e.Sentence].Tokens, e.Trigger)
	if f < 0 {
		return false
	}
	if tw := x.treeWord(e.Sentence, f); tw == 0 || x.word(e.Sentence, tw).UPOS != "VERB" {
		return false
	} else if d := x.word(e.Sentence, tw); d.Rel == "acl" && d.XPOS == "VBG" && d.Head > 0 && d.Head < tw {
		return false // a participle that tells what its noun is: "a ferry carrying 120 people sank"
	} else if d.Rel == "amod" && d.Head > tw && d.XPOS == "VBN" {
		return false // a participle before its noun says what state it is in: "out of the flooded cave" (modifierTriggers)
	}
	for _, p := range e.Participants {
		if t := x.ents[p.Entity]; p.Role == RoleAgent && actorEntity(t) || p.Role == RoleSpeaker && (DenialVerb(e.Lemma) || accuseVerbs.Has(e.Lemma)) && t != nil && actorType(t.Type) {
			// (in the lead's first sentence, a clause dated by the main
			// one's time: "ended its strike on Wednesday after its members
			// approved"; not a complement the main verb's time dates:
			// "found guilty on Monday of defrauding investors")
			return e.Main || x.whenClauseDated(e) || rel || adv || conjDenial || lead && (e.DateFrom == DateClause || e.DateFrom == DateRelative)
		}
	}
	if x.namedPatientDated(e, f) || rel {
		return true
	}
	if e.Class == Reporting && x.announcedThing(e) && len(e.Participants) > 0 && x.ents[e.Participants[0].Entity] != nil && actorType(x.ents[e.Participants[0].Entity].Type) {
		return true // a thing a named speaker announced on a day of its own
	}
	if (e.Main || x.whenClauseDated(e) || adv) && e.Modality == text.Actual {
		// Those news names by their office: "police stopped traffic onto
		// the bridge", "rescuers dug through the rubble"; in a main
		// clause, or a time clause with its own day ("began on Sunday,
		// when divers guided the first four boys through the tunnels").
		ws, passive := x.treeSubjects(e.Sentence, x.treeWord(e.Sentence, f))
		if len(ws) == 1 && !passive &&
			(UnnamedAgent(lowerASCII(x.word(e.Sentence, ws[0]).Form)) || (DenialVerb(e.Lemma) || StanceVerb(e.Lemma)) && Denier(lowerASCII(x.word(e.Sentence, ws[0]).Form))) {
			return true
		}
		if x.thingDated(e, f, ws, passive) {
			return true
		}
	}
	if e.Main && e.DateFrom == DateDocument && (e.Modality == text.Negated || e.Modality == text.Planned && e.TimeRelation == TimeAfter) {
		// Not done, or to be done, by those news names by their office,
		// as of the day of writing: "The judges did not accept the
		// defence's argument", "The canal authority will inspect the
		// ship" (leadPlan).
		if ws, passive := x.treeSubjects(e.Sentence, x.treeWord(e.Sentence, f)); len(ws) == 1 && !passive && Denier(lowerASCII(x.word(e.Sentence, ws[0]).Form)) {
			return strings.Count(strings.TrimSpace(e.Summary), " ") >= 3
		}
	}
	if e.Main && e.Modality == text.Planned && e.TimexID != "" && e.DateFrom == "" {
		// What is to be done to a thing on a day the text gives: "the
		// sanctions will be lifted in 2016".
		if ws, passive := x.treeSubjects(e.Sentence, x.treeWord(e.Sentence, f)); passive && x.thingDated(e, f, ws, passive) {
			return true
		}
	}
	return lead || x.leadDefinite(e, f)
}

// loneName reports whether token k of sentence si is a capitalized word
// with no capitalized word beside it: a one-word name ("Dolly"), not part
// of a longer one ("Crown Prince Abdullah").
func (x *extractor) loneName(si, k int) bool {
	toks := x.sents[si].Tokens
	capital := func(i int) bool {
		return i >= 0 && i < len(toks) && toks[i].Kind == text.Word && toks[i].Text[0] >= 'A' && toks[i].Text[0] <= 'Z'
	}
	return capital(k) && !capital(k+1) && (k == 0 || !capital(k-1))
}

// relativeDated reports whether event e is the verb of a relative clause
// whose subject is its relative word, done in the past on a day of its
// own that the clause gives: "The earthquake, which struck off Sumatra
// on Sunday, measured 9.0", "Higgs, who described the mechanism in 1964,
// attended": the clause tells what its noun did then, as a main clause
// would.
func (x *extractor) relativeDated(e *Event) bool {
	if e.TimexID == "" || e.DateFrom != "" || e.Modality != text.Actual || e.Tense != "PAST" || strings.HasPrefix(e.Aspect, "PERFECTIVE") ||
		e.Sentence < 0 || e.Sentence >= len(x.sents) || x.treeWords(e.Sentence) == nil {
		return false
	}
	f, _ := tokenRange(x.sents[e.Sentence].Tokens, e.Trigger)
	if f < 0 {
		return false
	}
	if e.Class == Aspectual || strings.Count(strings.TrimSpace(e.Summary), " ") < 2 {
		return false // "Place taken", "Eastern Airlines begins"
	}
	if e.Lemma == "" {
		return false
	}
	stem := e.Lemma[:max(len(e.Lemma)-1, 1)]
	if w := strings.Fields(strings.ToLower(e.Summary)); strings.HasPrefix(w[0], stem) || strings.HasPrefix(w[len(w)-1], stem) {
		return false // no subject found for the relative word ("Lead to a $107 million verdict"), or nothing after the verb ("Eastern Airlines begins")
	}
	si, tw := e.Sentence, x.treeWord(e.Sentence, f)
	if tw == 0 || x.word(si, tw).Rel != "acl:relcl" || x.word(si, tw).UPOS != "VERB" {
		return false
	}
	if !slices.ContainsFunc(x.children(si, tw, relNsubj|relNsubjPass), func(k int) bool {
		w := lowerASCII(x.word(si, k).Form)
		return w == "who" || w == "which" || w == "that"
	}) {
		return false
	}
	for _, tm := range x.tmxs[si] {
		if tm.t.ID == e.TimexID {
			tt := x.treeWord(si, tm.first)
			return tt > 0 && x.under(si, tt, tw, 8)
		}
	}
	return false
}

// thingDated reports whether main-clause event e, done in the past on a
// day of its own that the text gives, tells what a thing it names by a
// common noun did, with an object: "nine days later a faulty connection
// between two magnets caused a helium leak". ws are the trigger's
// subjects in the tree; f is the trigger's token.
//
// A passive tells what was done to the thing, and needs no object: "the
// canal was closed in 1967", "the sanctions will be lifted in 2016".
func (x *extractor) thingDated(e *Event, f int, ws []int, passive bool) bool {
	if e.TimexID == "" || e.DateFrom != "" || len(ws) != 1 || e.Class != Occurrence {
		return false
	}
	if e.Tense != "PAST" && !(passive && e.Modality == text.Planned && e.Tense == "FUTURE") {
		return false
	}
	d := x.word(e.Sentence, ws[0])
	_, _, pron := x.nounAntecedent(e.Sentence, ws[0])
	if d.UPOS != "NOUN" && !pron && !(passive && d.UPOS == "PROPN" && x.loneName(e.Sentence, d.Token)) && !(d.UPOS == "PROPN" && x.craftName(e.Sentence, ws[0])) || x.mentionAt(e.Sentence, d.Token) != nil {
		return false // (a one-word name the name stage did not take, undergoing the passive: "Dolly was born on July 5")
	}
	if passive && x.trigAt[e.Sentence][d.Token] {
		return false // an event noun, which has its line: "the next summit will be held in Egypt"
	}
	if passive {
		return strings.Count(strings.TrimSpace(e.Summary), " ") >= 1
	}
	tw := x.treeWord(e.Sentence, f)
	if len(x.children(e.Sentence, tw, relObj)) > 0 {
		return true
	}
	// A pronoun's or a noun's thing, with a particle or a place of its
	// own: "It woke up on January 20 and arrived at the comet on August
	// 6", "The talks broke down late on Sunday".
	return (pron || d.UPOS == "NOUN") && slices.ContainsFunc(x.children(e.Sentence, tw, relCompoundPrt|relObl), func(c int) bool {
		cd := x.word(e.Sentence, c)
		return cd.Rel == "compound:prt" || cd.Token >= 0 && !x.inTimex(e.Sentence, cd.Token) && len(x.children(e.Sentence, c, relCase)) > 0
	})
}

// coordinatedMain reports whether event e's verb is coordinated with a
// main clause's verb, with a subject of its own: "In June, the bank
// reported a loss, and last week it announced a $3.9 billion loss".
func (x *extractor) coordinatedMain(e *Event) bool {
	if e.Sentence < 0 || e.Sentence >= len(x.sents) || x.treeWords(e.Sentence) == nil {
		return false
	}
	f, _ := tokenRange(x.sents[e.Sentence].Tokens, e.Trigger)
	tw := x.treeWord(e.Sentence, f)
	if f < 0 || tw == 0 || x.word(e.Sentence, tw).Rel != "conj" || len(x.children(e.Sentence, tw, relNsubj)) == 0 {
		return false
	}
	return x.mainClause(e.Sentence, x.word(e.Sentence, tw).Head)
}

// accuseVerbs make an accusation, an act of news whatever the detector's
// class ("U.S. regulators accused the carmaker of cheating").
var accuseVerbs = wordset.New("accuse", "blame")

// conjOfMain reports whether event e's verb is coordinated with a main
// clause's verb, with or without a subject of its own: "Winterkorn said
// he was shocked and denied any wrongdoing".
func (x *extractor) conjOfMain(e *Event) bool {
	if e.Sentence < 0 || e.Sentence >= len(x.sents) || x.treeWords(e.Sentence) == nil {
		return false
	}
	f, _ := tokenRange(x.sents[e.Sentence].Tokens, e.Trigger)
	if f < 0 {
		return false
	}
	tw := x.treeWord(e.Sentence, f)
	if tw == 0 || x.word(e.Sentence, tw).Rel != "conj" {
		return false
	}
	h := x.word(e.Sentence, tw).Head
	if d := x.word(e.Sentence, h); d.Rel == "ccomp" && d.Head > 0 {
		h = d.Head // (or of the clause it reports, as the parser may hang it: "said he was shocked ... and denied")
	}
	return x.mainClause(e.Sentence, h)
}

// becameRole reports whether event e is a named person's becoming what a
// noun says: "Maria Lopez became chief executive of the bank in 2004",
// "Lucio Noto will become vice chairman". A change of office is news,
// however the detector classed "become" (a state).
func (x *extractor) becameRole(e *Event) bool {
	if e.Lemma != "become" || e.Sentence < 0 || e.Sentence >= len(x.sents) || x.treeWords(e.Sentence) == nil {
		return false
	}
	named := slices.ContainsFunc(e.Participants, func(p Participant) bool {
		t := x.ents[p.Entity]
		return p.Role == RoleAgent && t != nil && t.Type == entity.Person
	})
	f, _ := tokenRange(x.sents[e.Sentence].Tokens, e.Trigger)
	if !named || f < 0 {
		return false
	}
	tw := x.treeWord(e.Sentence, f)
	return tw > 0 && slices.ContainsFunc(x.children(e.Sentence, tw, relXcomp|relObj), func(c int) bool {
		switch x.word(e.Sentence, c).UPOS {
		case "NOUN", "PROPN":
			return true
		case "ADJ":
			return len(x.children(e.Sentence, c, relNmod)) > 0 // "chief executive of the bank", as the tagger may read it; not "involved in"
		}
		return false
	})
}

// announcedThing reports whether report event e announces a thing on a
// day of its own, its object a noun and no clause: "last week it announced
// a $3.9 billion loss", "officials confirmed several deaths on Monday"
// tell the loss or the deaths as a happening would.
func (x *extractor) announcedThing(e *Event) bool {
	if e.TimexID == "" || e.DateFrom != "" || e.Tense != "PAST" || e.Sentence < 0 || e.Sentence >= len(x.sents) || x.treeWords(e.Sentence) == nil {
		return false
	}
	switch e.Lemma {
	case "announce", "report", "post", "disclose", "unveil", "publish", "release", "confirm", "reveal":
	default:
		return false
	}
	f, _ := tokenRange(x.sents[e.Sentence].Tokens, e.Trigger)
	tw := x.treeWord(e.Sentence, f)
	if f < 0 || tw == 0 || len(x.children(e.Sentence, tw, relCcomp)) > 0 {
		return false
	}
	return slices.ContainsFunc(x.children(e.Sentence, tw, relObj), func(o int) bool {
		return x.word(e.Sentence, o).UPOS != "PRON" && !SaidClaim(lowerASCII(x.word(e.Sentence, o).Form)) // ("confirmed reports that ...": what was said is the news)
	})
}

// chargedDeed reports whether event e is the deed a verb of charging or
// punishing gives its object ("fined the carmaker for cheating on
// emissions tests"), done before the charge: the charge's day is not its.
func (x *extractor) chargedDeed(e *Event) bool {
	if e.Sentence < 0 || e.Sentence >= len(x.sents) || x.treeWords(e.Sentence) == nil {
		return false
	}
	f, _ := tokenRange(x.sents[e.Sentence].Tokens, e.Trigger)
	tw := x.treeWord(e.Sentence, f)
	if f < 0 || tw == 0 {
		return false
	}
	d := x.word(e.Sentence, tw)
	if (d.Rel != "advcl" && d.Rel != "acl") || d.Head <= 0 || !x.chargedDoing(e.Sentence, d.Head, tw) {
		return false
	}
	for _, tm := range x.tmxs[e.Sentence] {
		if tm.t.ID == e.TimexID {
			if t := x.treeWord(e.Sentence, tm.first); t > 0 && x.under(e.Sentence, t, tw, 8) {
				return false // a day of the deed's own: "fined for cheating in 2015"
			}
		}
	}
	return true
}

// appearsAt reports whether "appear" event e tells of someone coming
// before a court or a body ("did not appear in court", "appeared before
// the committee"), an event, not what seems: an oblique with "in",
// "before" or "at" and no complement.
func (x *extractor) appearsAt(e *Event) bool {
	if e.Lemma != "appear" || e.Sentence < 0 || e.Sentence >= len(x.sents) || x.treeWords(e.Sentence) == nil {
		return false
	}
	f, _ := tokenRange(x.sents[e.Sentence].Tokens, e.Trigger)
	tw := x.treeWord(e.Sentence, f)
	if f < 0 || tw == 0 || len(x.children(e.Sentence, tw, relXcomp|relCcomp)) > 0 {
		return false
	}
	for _, o := range x.children(e.Sentence, tw, relObl) {
		for _, c := range x.children(e.Sentence, o, relCase) {
			switch lowerASCII(x.word(e.Sentence, c).Form) {
			case "in", "before", "at":
				return x.word(e.Sentence, o).UPOS == "NOUN" || x.word(e.Sentence, o).UPOS == "PROPN"
			}
		}
	}
	return false
}

// leadDefinite reports whether event e is the main clause of the news
// lead's first sentence, done in the past by someone or something it
// names by a definite noun: "The singer died", "The bridge collapsed"
// (the line says it as written; no one is invented). f is the trigger's
// token, or -1 to find it.
func (x *extractor) leadDefinite(e *Event, f int) bool {
	if e.Sentence > 1 || e.Modality != text.Actual || e.Tense != "PAST" || e.Sentence < 0 || e.Sentence >= len(x.sents) || x.treeWords(e.Sentence) == nil {
		return false
	}
	if f < 0 {
		if f, _ = tokenRange(x.sents[e.Sentence].Tokens, e.Trigger); f < 0 {
			return false
		}
	}
	tw := x.treeWord(e.Sentence, f)
	if tw == 0 || x.word(e.Sentence, tw).Rel != "root" {
		return false
	}
	ws, _ := x.treeSubjects(e.Sentence, tw)
	if len(ws) != 1 {
		return false
	}
	if d := x.word(e.Sentence, ws[0]); d.UPOS != "NOUN" && !(d.UPOS == "PROPN" && d.Form != "" && d.Form[0] >= 'a' && d.Form[0] <= 'z') {
		return false // (a lower-case word the tagger took for a name is a noun)
	}
	return slices.ContainsFunc(x.children(e.Sentence, ws[0], relDet), func(d int) bool { return lowerASCII(x.word(e.Sentence, d).Form) == "the" })
}

// namedPatientDated reports whether event e tells, in a passive main
// clause with no agent, what was done to one named person on a day the
// text gives: "Hui Ka Yan was placed under police control in September".
// f is the trigger's token, or -1 to find it.
func (x *extractor) namedPatientDated(e *Event, f int) bool {
	if e.Modality != text.Actual || len(e.Participants) != 1 || e.Participants[0].Role != RolePatient {
		return false
	}
	if (e.TimexID == "" || e.DateFrom != "") && !(e.DateFrom == DateDocument && e.TimeRelation == TimeBy && e.Tense == "PAST" && e.Aspect == "" &&
		e.Sentence >= 0 && e.Sentence < len(x.sents) && x.storyStill(e.Sentence)) {
		// (or, in the day's story, by the day of writing: "Temer was
		// sworn in as president hours later")
		return false
	}
	if t := x.ents[e.Participants[0].Entity]; t == nil || t.Type != entity.Person || e.Sentence < 0 || e.Sentence >= len(x.sents) || x.treeWords(e.Sentence) == nil {
		return false
	}
	if f < 0 {
		if f, _ = tokenRange(x.sents[e.Sentence].Tokens, e.Trigger); f < 0 {
			return false
		}
	}
	tw := x.treeWord(e.Sentence, f)
	return tw > 0 && x.passiveVerb(e.Sentence, tw) && x.mainClause(e.Sentence, tw)
}

// whenClauseDated reports whether event e is the verb of a "when" clause
// right after the date that dates it: "has been in turmoil since July,
// when California's Department of Fair Employment and Housing sued the
// company" tells what happened in July as a main clause would.
func (x *extractor) whenClauseDated(e *Event) bool {
	if e.TimexID == "" || e.DateFrom != "" || e.Modality != text.Actual || e.Sentence < 0 || e.Sentence >= len(x.sents) || x.treeWords(e.Sentence) == nil {
		return false
	}
	f, _ := tokenRange(x.sents[e.Sentence].Tokens, e.Trigger)
	if f < 0 {
		return false
	}
	for _, tm := range x.tmxs[e.Sentence] {
		if w := x.whenAfter(e.Sentence, tm); tm.t.ID == e.TimexID && w >= 0 && w < f {
			return x.inWhenClause(e.Sentence, w, f)
		}
	}
	return false
}

// adverbialDated reports whether event e is the finite verb of a time
// clause ("after", "before", "as", "once", "until"; not "when", whose
// clause most often sets a known scene: "When Abe held his meeting with
// Trump on Monday, the leaders agreed") with a time of its own inside the
// clause: "The collapse came after Barclays and Bank
// of America walked away from negotiations on Sunday" tells what happened
// on Sunday as a main clause would.
func (x *extractor) adverbialDated(e *Event) bool {
	if e.TimexID == "" || e.DateFrom != "" || e.Modality != text.Actual || e.Tense != "PAST" || e.Sentence < 0 || e.Sentence >= len(x.sents) || x.treeWords(e.Sentence) == nil {
		return false
	}
	f, _ := tokenRange(x.sents[e.Sentence].Tokens, e.Trigger)
	tw := x.treeWord(e.Sentence, f)
	if f < 0 || tw == 0 {
		return false
	}
	if d := x.word(e.Sentence, tw); d.Rel != "advcl" || d.XPOS != "VBD" {
		return false
	}
	marked := false
	for _, c := range x.children(e.Sentence, tw, relMark|relAdvmod) {
		switch lowerASCII(x.word(e.Sentence, c).Form) {
		case "after", "before", "as", "once", "until":
			marked = marked || c < tw
		}
	}
	if !marked {
		return false
	}
	for _, tm := range x.tmxs[e.Sentence] {
		if tm.t.ID == e.TimexID {
			t := x.treeWord(e.Sentence, tm.first)
			return t > tw && x.under(e.Sentence, t, tw, 6)
		}
	}
	return false
}

// UnnamedAgent reports whether a plural noun (lower case) names those who
// act in news by their office, without a name: police, rescuers,
// officials, prosecutors.
func UnnamedAgent(w string) bool { return unnamedAgents.Has(w) }

var unnamedAgents = wordset.New("police", "officials", "authorities", "rescuers", "firefighters", "prosecutors",
	"investigators", "regulators", "lawmakers", "troops", "soldiers", "protesters", "doctors", "paramedics",
	"scientists", "researchers", "astronomers", "engineers", "rebels", "militants", "voters", "workers", "miners", "students",
	// and the bodies that act as one, unnamed: "The supervisory board
	// accepted his resignation", "the jury found him guilty"
	"board", "jury", "cabinet", "parliament", "senate", "panel",
	// and the offices a story names by what they are once it has named
	// them: "The agency published a notice", "the transport minister
	// asked carriers"
	"agency", "ministry", "minister", "government", "court", "commission", "regulator", "council", "committee", "authority",
	"chamber", "senators", "legislators", "deputies", "delegates", "negotiators", "inspectors", "officers", "crews")

// Denier reports whether a noun (lower case) names, without a name, one
// who denies in news: "The government denied that ...".
func Denier(w string) bool { return UnnamedAgent(w) || deniers.Has(w) }

var deniers = wordset.New("government", "ministry", "military", "army", "company", "junta", "regime", "embassy",
	"authority", "agency", "board", "commission", "regulator", "council", "committee",
	"judges", "judge", "court", "jury", "groups", "critics", "activists", "unions", "union", "residents", "opposition", "lawyers",
	"experts", "analysts", "economists", "diplomats", "leaders", "executives", "investors", "shareholders", "ministers", "airlines", "carriers",
	"spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "official", "aide", "representative")

// bySentence groups the detector's mentions by sentence, in their order:
// windows on one array (counted, then filled) rather than a slice grown
// per sentence. Each window's capacity ends at its length, so an append
// to one copies it.
func bySentence(ms []detect.Mention, n int) [][]detect.Mention {
	out := make([][]detect.Mention, n)
	// The detector reports sentence by sentence: the windows are then on
	// its own array, which nothing else holds.
	if inOrder(ms, n) {
		for a := 0; a < len(ms); {
			si, b := ms[a].Sentence, a+1
			for b < len(ms) && ms[b].Sentence == si {
				b++
			}
			out[si] = ms[a:b:b]
			a = b
		}
		return out
	}
	start := make([]int, n+1)
	for i := range ms {
		if si := ms[i].Sentence; si >= 0 && si < n {
			start[si+1]++
		}
	}
	for si := 1; si <= n; si++ {
		start[si] += start[si-1]
	}
	flat := make([]detect.Mention, start[n])
	for i := range ms {
		if si := ms[i].Sentence; si >= 0 && si < n {
			a, b := start[si], start[si+1]
			if out[si] == nil {
				out[si] = flat[a:a:b]
			}
			out[si] = append(out[si], ms[i])
		}
	}
	return out
}

// inOrder reports whether every mention's sentence is one of the n and
// none comes before the one of the mention before it.
func inOrder(ms []detect.Mention, n int) bool {
	prev := 0
	for i := range ms {
		si := ms[i].Sentence
		if si < prev || si >= n {
			return false
		}
		prev = si
	}
	return true
}

// splitBare takes out of the briefing events those whose line would be one
// bare word ("End", "Announce", "Say"): no participant, no place, a
// one-word summary, and no other event held at them; and the reports in
// told (toldReports). They stay in the
// layer as mentions. The briefing events left are renumbered ev1, ev2, ...
// in evs' own array.
func splitBare(evs []Event, told map[string]bool) (kept, bare []Event) {
	hosts := map[string]bool{}
	for _, e := range evs {
		if e.Host != "" {
			hosts[e.Host] = true
		}
	}
	ids := map[string]string{}
	// Events are large: the kept ones are filtered in place (each written
	// at or before where it was read), evs being given up by the caller.
	kept = evs[:0]
	for i := range evs {
		e := &evs[i]
		if len(e.Participants) == 0 && len(e.Places) == 0 && (!strings.Contains(strings.TrimSpace(e.Summary), " ") || noSubjectSummary(e.Summary) || verbFirst(e)) && !hosts[e.ID] || told[e.ID] || cutAtVerb(e) {
			b := *e
			b.Host = ""
			bare = append(bare, b)
			continue
		}
		id := "ev" + strconv.Itoa(len(kept)+1)
		ids[e.ID] = id
		e.ID = id
		kept = append(kept, *e)
	}
	clear(evs[len(kept):]) // no hold on what moved out
	for i := range kept {
		if kept[i].Host != "" {
			kept[i].Host = ids[kept[i].Host]
		}
	}
	return kept, bare
}

// cutAtVerb reports whether verb event e's line stops at its verb,
// which says nothing without what follows it: "George spends" (the
// weekend trying to persuade banks), "Walkways give" (way), "Docking
// comes" (shortly after 11 a.m.), "Protests inspire" (inspired by an
// uprising). A verb that tells a happening on its own ("Myers
// resigns", "Talks stall") keeps its line.
func cutAtVerb(e *Event) bool {
	if e.Tense == "" || !complementVerbs.Has(e.Lemma) || len(e.Lemma) < 3 {
		return false
	}
	f := strings.Fields(e.Summary)
	if len(f) < 2 || f[0] == "No" {
		return false // (none done says it all: "No distress signal sent")
	}
	last := strings.ToLower(f[len(f)-1])
	return last == e.Lemma || last == thirdPerson(e.Lemma) || last == strings.ToLower(e.Text)
}

// complementVerbs need what follows them to say what happened.
var complementVerbs = wordset.New("spend", "come", "inspire", "call", "give", "cover", "take",
	"make", "put", "get", "set", "keep", "help", "find", "bring", "send", "show", "tell", "lead", "use", "go", "have", "do", "become")

// verbFirst reports whether verb event e's line opens on the verb itself,
// with no subject: "Win back" (from "of winning back customers' trust"),
// "Screw up", "Do not say".
func verbFirst(e *Event) bool {
	if e.Tense == "" {
		return false // a noun's line opens on the noun: "Summit in Copenhagen"
	}
	first, _, _ := strings.Cut(strings.TrimSpace(e.Summary), " ")
	return strings.EqualFold(first, e.Lemma) || strings.HasPrefix(e.Summary, "Do not ")
}

// noSubjectSummary reports whether a summary (as summary writes it)
// opens on its modality, with no subject before it: "To end", "To try to
// win a majority", "May fall". Without parties or places such a line says
// nothing of who or what.
func noSubjectSummary(s string) bool {
	return strings.HasPrefix(s, "To ") || strings.HasPrefix(s, "May ")
}

// modifierTriggers adds to told (made when nil) the events whose trigger
// is a participle modifying a noun: "had never run for elected office"
// tells of an office, not of an election. They stay in the layer.
func (x *extractor) modifierTriggers(evs []*ev, told map[string]bool) map[string]bool {
	for _, e := range evs {
		if e.trig.Noun {
			continue
		}
		tw := x.treeWord(e.sent, e.tok)
		if tw == 0 {
			continue
		}
		if d := x.word(e.sent, tw); d.Rel == "amod" && d.Head > tw && (d.XPOS == "VBN" || d.XPOS == "JJ") {
			if told == nil {
				told = map[string]bool{}
			}
			told[e.ID] = true
		}
	}
	return told
}

// toldReports returns the IDs of the reports whose line would say only
// who said it ("Interior ministry says") while what they report is a line
// of its own: "A powerful earthquake struck the High Atlas late on Friday,
// killing more than 2,000 people, the interior ministry said on Sunday".
// The report stays in the layer. A report whose content makes no line
// ("Concluding a peace treaty would involve ..., Putin said on Saturday")
// is the news, and stays a line.
func (x *extractor) toldReports(evs []*ev) map[string]bool {
	var told map[string]bool
	for _, e := range evs {
		if e.Class != Reporting || e.trig.Noun || x.saidClause(e) != "" {
			continue
		}
		tw := x.treeWord(e.sent, e.tok)
		if tw == 0 {
			continue
		}
		// What it reports: the clause before it that it hangs on, or
		// (however the parser hung a report after its clause) the
		// statement's root before it.
		content := 0
		if d := x.word(e.sent, tw); d.Rel == "root" {
			for _, c := range x.children(e.sent, tw, relCcomp) {
				if c < tw && content == 0 {
					content = c
				}
			}
		} else {
			for w := 1; w <= len(x.trees[e.sent].Words); w++ {
				if x.word(e.sent, w).Rel == "root" && w < tw {
					content = w
				}
			}
		}
		if content == 0 {
			continue
		}
		for _, g := range evs {
			if g != e && g.sent == e.sent && x.treeWord(g.sent, g.tok) == content && g.TimexID != "" && strings.Contains(g.Summary, " ") {
				if told == nil {
					told = map[string]bool{}
				}
				told[e.ID] = true
				break
			}
		}
	}
	return told
}

// toldAlready reports whether a briefing event of out tells the happening
// mention m tells: a verb of the same group (lemmaGroups) on the same
// date, with the same modality, the same agents and the same named
// patients ("five days after the board fired him" beside "The
// board removed Altman on Friday").
func toldAlready(out []Event, m *Event) bool {
	g := lemmaGroups[m.Lemma]
	if g == "" || m.Value == "" {
		return false
	}
	roles := func(e *Event, role string) []string {
		var ids []string
		for _, p := range e.Participants {
			if p.Role == role {
				ids = append(ids, p.Entity)
			}
		}
		sort.Strings(ids)
		return ids
	}
	ag, pa := roles(m, RoleAgent), roles(m, RolePatient)
	if len(pa) == 0 {
		return false // (a stake and an option the same buyer bought that day are two things)
	}
	for i := range out {
		o := &out[i]
		if lemmaGroups[o.Lemma] == g && o.Value == m.Value && o.Modality == m.Modality &&
			slices.Equal(roles(o, RoleAgent), ag) && slices.Equal(roles(o, RolePatient), pa) {
			return true
		}
	}
	return false
}

// joinMentions adds events to the mentions, in text order, renumbered m1,
// m2, ...
func joinMentions(ms, more []Event) []Event {
	if len(more) == 0 {
		return ms
	}
	ms = append(ms, more...)
	orderMentions(ms, nil)
	return ms
}

// orderMentions sorts mentions by their trigger's place and numbers them
// m1, m2, ..., recording each old ID's new one in ids when ids is not nil.
func orderMentions(ms []Event, ids map[string]string) {
	// A stable sort by one number has one result, whatever the algorithm:
	// events are large, so their indexes are sorted and each event moved
	// once.
	idx := make([]int32, len(ms))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortStableFunc(idx, func(a, b int32) int { return cmp.Compare(ms[a].Trigger.Start, ms[b].Trigger.Start) })
	permute.Apply(ms, idx)
	for i := range ms {
		id := "m" + strconv.Itoa(i+1)
		if ids != nil {
			ids[ms[i].ID] = id
		}
		ms[i].ID = id
	}
}

// ment is an entity mention located in a sentence's tokens.
type ment struct {
	first, last int // token range (inclusive)
	ent         *entity.Entity
	kind        string
	poss        bool // "Putin’s", "Japan’s"
	start       int
}

// tmx is a timex located in a sentence's tokens.
type tmx struct {
	first, last int
	t           *timex.Timex
}

// ev is an event under construction.
type ev struct {
	Event
	sent       int
	tok        int
	trig       Trigger
	clause     int
	definite   bool
	distinct   bool // "a separate conversation", "another meeting"
	noObject   bool // negated by its object's "no": "made no public remarks"
	merged     bool
	parts      roles // entity ID -> role
	partOrd    []string
	places     []string
	planVerb   bool // a plan/intend verb governing another event
	placePrep  map[string]string
	standalone bool            // a light verb used as the event itself ("took the islands")
	weak       map[string]bool // participants that do not identify the event (subject of a light verb)
	light      bool
	root       *ev                      // the event this mention was merged into (corefer)
	host       *ev                      // the event this one took place at ("on the sidelines of the summit")
	absorbed   bool                     // an event noun folded into the aspectual verb that governs it
	content    *ev                      // the event a preparation is for ("preparations for starting activities")
	plan       *ev                      // the planned event whose past date this verb took (pastPlanner): "agreed to buy"
	passive    bool                     // a passive verb ("were seized"): its subject is the patient
	open       bool                     // found by the detector, not the trigger lexicon (openEvents)
	lead       bool                     // an open event with no time of its own, in the lead (leadPast)
	pastOnly   bool                     // an irregular past whose lemma is unknown: summaries keep the form
	via        map[string]document.Span // participants named here by a pronoun or description: its span
	target     string                   // what it is aimed at: "on Tehran" (targetOf)
}

// roles maps an event's participants (entity IDs) to their roles, as a
// map would: an event has a handful, so a list searched in turn does it
// without a map's allocation and hashing. The order of the list means
// nothing (partOrd keeps the participants' order).
type roles []roleOf

type roleOf struct{ id, role string }

// get returns the role of id and whether id is a participant.
func (r roles) get(id string) (string, bool) {
	for i := range r {
		if r[i].id == id {
			return r[i].role, true
		}
	}
	return "", false
}

// role returns the role of id, "" when it is no participant.
func (r roles) role(id string) string {
	role, _ := r.get(id)
	return role
}

// set gives id the role, adding it when it is no participant.
func (r *roles) set(id, role string) {
	for i := range *r {
		if (*r)[i].id == id {
			(*r)[i].role = role
			return
		}
	}
	*r = append(*r, roleOf{id, role})
}

// del removes id.
func (r *roles) del(id string) {
	for i := range *r {
		if (*r)[i].id == id {
			*r = append((*r)[:i], (*r)[i+1:]...)
			return
		}
	}
}

// rootOf returns the event a mention was merged into (itself if none).
func rootOf(e *ev) *ev {
	for n := 0; e != nil && e.root != nil && n < 64; n++ {
		e = e.root
	}
	return e
}

type extractor struct {
	doc *document.Document
	// sexes caches sexOf per entity ID.
	sexes map[string]byte
	// briefed, while mentionEvents dates a sentence's mentions, holds them
	// with the briefing events of that sentence, undated for the while (see
	// standBriefing): a time the tree gives one of these is not a
	// mention's. briefBuf and briefTimes are its reused memory.
	briefed    []*ev
	briefBuf   []*ev
	briefTimes [][3]string
	leadValue  string // leadDay, once found
	newsValue  string // newsDay, once found
	// earlier holds the events of the sentences before the one being
	// read (anaphorDay): the briefing events, then also the mentions.
	earlier [][]*ev
	sents   []text.Sentence
	ents    map[string]*entity.Entity
	ments   [][]ment
	mentAt  [][]int // per sentence and token: index into ments, -1 for none
	tmxs    [][]tmx
	clause  [][]int      // clause index per token
	crange  [][][2]int   // per sentence and clause: token range [start, end)
	trigAt  [][]bool     // per sentence and token: an (unfolded) event trigger
	opener  [][]string   // per clause: the word that opened it ("when", "which", ...)
	info    [][]wordInfo // per sentence and token: the word's classes and trigger entries

	countryIDs []string // the document's countries, sorted (lazily)

	trees  []syntax.Tree // per sentence, or nil
	wordOf [][]int       // per sentence and token: its tree word (treeWords, lazily)
	kids   [][][]int     // per sentence and word: its dependents (with wordOf)
	rels   [][]relSet    // per sentence and word: its relation's bits (with wordOf)
	// detected: per sentence, the trained detector's event mentions
	// (with trees only), for events the trigger lexicon does not know.
	detected [][]detect.Mention

	mem *scratch
}

// scratch is an extractor's working memory, reused across documents: the
// arrays behind the per-sentence tables.
type scratch struct {
	ments  [][]ment
	mentAt [][]int
	tmxs   [][]tmx
	clause [][]int
	crange [][][2]int
	trigAt [][]bool
	opener [][]string
	info   [][]wordInfo

	counts []int
	mbuf   []ment
	ibuf   []int
	tbuf   []bool
	cbuf   [][2]int
	obuf   []string
	cls    []uint8
	wbuf   []wordInfo
	// treeWords' tables: per sentence, windows carved in turn from tbufI
	// (each sentence's token -> word map and its words' dependents) and
	// kbuf (each word's list of dependents); tused and kused are what is
	// carved.
	wordOf       [][]int
	kids         [][][]int
	rels         [][]relSet
	tbufI        []int
	kbuf         [][]int
	rbuf         []relSet // per word, windows like kbuf's
	start        []int
	tused, kused int
	ents         map[string]*entity.Entity
	evs          [][]ev // chunks of evChunk events
	evUsed       int    // events handed out
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// resize returns s with length n, reusing its array when large enough.
// The elements are zero: release clears what a document used.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// evChunk is the number of events allocated at a time.
const evChunk = 128

// newEv returns a zero event from the working memory.
func (x *extractor) newEv() *ev {
	m := x.mem
	c, k := m.evUsed/evChunk, m.evUsed%evChunk
	if c == len(m.evs) {
		m.evs = append(m.evs, make([]ev, evChunk))
	}
	m.evUsed++
	return &m.evs[c][k]
}

// release clears the working memory (so that it keeps no document alive)
// and returns it to the pool. x must not be used afterwards.
func (x *extractor) release() {
	m := x.mem
	if m == nil {
		return
	}
	x.mem = nil
	// Very large documents do not pin their arrays in the pool.
	if cap(m.ibuf) > 1<<20 || cap(m.mbuf) > 1<<16 || len(m.evs) > 64 || cap(m.tbufI) > 1<<21 {
		return
	}
	clear(m.wordOf)
	clear(m.kids)
	clear(m.rels)
	clear(m.kbuf[:m.kused]) // windows on tbufI: cleared when carved again
	m.tused, m.kused = 0, 0
	clear(m.ments)
	clear(m.mentAt)
	clear(m.tmxs)
	clear(m.clause)
	clear(m.crange)
	clear(m.trigAt)
	clear(m.opener)
	clear(m.info)
	clear(m.counts)
	clear(m.mbuf)
	clear(m.tbuf)
	clear(m.cbuf)
	clear(m.obuf)
	clear(m.wbuf)
	for c := 0; c*evChunk < m.evUsed; c++ {
		clear(m.evs[c])
	}
	m.evUsed = 0
	if len(m.ents) > 4096 {
		m.ents = nil
	} else {
		clear(m.ents)
	}
	scratchPool.Put(m)
}

// newExtractor returns an extractor for doc with its working memory from
// the pool: the document's entity mentions, timexes, word classes and
// clauses located in each sentence's tokens.
func newExtractor(doc *document.Document, sents []text.Sentence, tx []timex.Timex, ents []entity.Entity) *extractor {
	mem := scratchPool.Get().(*scratch)
	if mem.ents == nil {
		mem.ents = make(map[string]*entity.Entity, len(ents))
	}
	x := &extractor{doc: doc, sents: sents, ents: mem.ents, mem: mem}
	x.perSentenceTables(len(sents))
	ntok := 0
	for si := range sents {
		ntok += len(sents[si].Tokens)
	}
	x.locateMentions(ents)
	x.dropNestedMentions()
	x.tokenTables(ntok)
	x.locateTimexes(tx)
	x.clauseTables(ntok)
	return x
}

// treeTables sizes the tables of treeWords for the document's trees:
// room for every sentence's, which treeWords carves when first asked.
func (x *extractor) treeTables(trees []syntax.Tree) {
	mem := x.mem
	ints, hdrs := 0, 0
	for si := range trees {
		ints += len(x.sents[si].Tokens) + len(trees[si].Words)
		hdrs += len(trees[si].Words) + 1
	}
	mem.wordOf = resize(mem.wordOf, len(trees))
	mem.kids = resize(mem.kids, len(trees))
	mem.rels = resize(mem.rels, len(trees))
	mem.tbufI = resize(mem.tbufI, ints)
	mem.kbuf = resize(mem.kbuf, hdrs)
	mem.rbuf = resize(mem.rbuf, hdrs)
	mem.tused, mem.kused = 0, 0
	x.wordOf, x.kids, x.rels = mem.wordOf, mem.kids, mem.rels
}

// perSentenceTables sizes the per-sentence tables for n sentences. They
// are windows on a few arrays sized for the whole document (and reused
// from document to document).
func (x *extractor) perSentenceTables(n int) {
	mem := x.mem
	mem.ments = resize(mem.ments, n)
	mem.tmxs = resize(mem.tmxs, n)
	mem.clause = resize(mem.clause, n)
	mem.opener = resize(mem.opener, n)
	mem.mentAt = resize(mem.mentAt, n)
	mem.crange = resize(mem.crange, n)
	mem.trigAt = resize(mem.trigAt, n)
	mem.info = resize(mem.info, n)
	x.info = mem.info
	x.ments, x.tmxs, x.clause, x.opener = mem.ments, mem.tmxs, mem.clause, mem.opener
	x.mentAt, x.crange, x.trigAt = mem.mentAt, mem.crange, mem.trigAt
}

// locateMentions records the entities by ID and locates their mentions
// in their sentences' tokens (all sentences' in one array), leaving out
// a wire dateline's place ("LONDON -": where the story was filed, no
// participant) and marking possessives ("Putin’s").
func (x *extractor) locateMentions(ents []entity.Entity) {
	mem, sents := x.mem, x.sents
	n := len(sents)
	mem.counts = resize(mem.counts, n)
	counts := mem.counts
	nment := 0
	for i := range ents {
		for _, m := range ents[i].Mentions {
			if si := m.Sentence; si >= 0 && si < n {
				counts[si]++
				nment++
			}
		}
	}
	mem.mbuf = resize(mem.mbuf, nment)
	mbuf := mem.mbuf
	off := 0
	for si, c := range counts {
		x.ments[si] = mbuf[off : off : off+c]
		off += c
	}
	for i := range ents {
		e := &ents[i]
		x.ents[e.ID] = e
		for _, m := range e.Mentions {
			si := m.Sentence
			if si < 0 || si >= n {
				continue
			}
			toks := sents[si].Tokens
			f, l := tokenRange(toks, m.Span)
			if f < 0 {
				continue
			}
			if l < datelineEnd(toks, e, f) {
				continue // "LONDON -": where the story was filed, no participant
			}
			tk := toks[l]
			poss := m.End < tk.End && (strings.HasPrefix(x.doc.Text[m.End:tk.End], "’") || strings.HasPrefix(x.doc.Text[m.End:tk.End], "'")) ||
				l+1 < len(toks) && toks[l+1].Start == tk.End && (toks[l+1].Lower == "'s" || toks[l+1].Lower == "’s") // "Unisys Corp.'s"

			x.ments[si] = append(x.ments[si], ment{first: f, last: l, ent: e, kind: m.Kind, poss: poss, start: m.Start})
		}
	}
}

// dropNestedMentions sorts each sentence's mentions by position, longest
// first, and drops mentions nested in a longer one: the demonym inside
// "the Russian leader".
func (x *extractor) dropNestedMentions() {
	for si := range x.ments {
		ms := x.ments[si]
		if len(ms) > 1 {
			// slices.SortFunc runs the same pattern-defeating quicksort as
			// sort.Slice, comparison for comparison, without its reflection.
			slices.SortFunc(ms, func(a, b ment) int {
				if a.first != b.first {
					return cmp.Compare(a.first, b.first)
				}
				if a.last != b.last {
					return cmp.Compare(b.last, a.last)
				}
				return cmp.Compare(a.start, b.start)
			})
		}
		// Drop mentions nested in a longer one: the demonym inside "the
		// Russian leader".
		kept := ms[:0]
		coverFirst, coverLast := -1, -1
		for _, m := range ms {
			if coverLast >= m.last && coverLast-coverFirst > m.last-m.first {
				continue
			}
			kept = append(kept, m)
			if m.last > coverLast {
				coverFirst, coverLast = m.first, m.last
			}
		}
		x.ments[si] = kept
	}
}

// tokenTables fills the per-token tables of the document's ntok tokens:
// each token's word classes and the mention covering it (-1 for none),
// and gives the clause and trigger tables their windows.
func (x *extractor) tokenTables(ntok int) {
	mem := x.mem
	mem.ibuf = resize(mem.ibuf, 2*ntok) // mentAt, then clause
	mem.tbuf = resize(mem.tbuf, ntok)
	ibuf, tbuf := mem.ibuf, mem.tbuf
	mem.wbuf = resize(mem.wbuf, ntok)
	wbuf := mem.wbuf
	off := 0
	for si, s := range x.sents {
		nt := len(s.Tokens)
		idx := ibuf[off : off+nt : off+nt]
		x.clause[si] = ibuf[ntok+off : ntok+off+nt : ntok+off+nt]
		x.trigAt[si] = tbuf[off : off+nt : off+nt]
		info := wbuf[off : off+nt : off+nt]
		for i := range s.Tokens {
			info[i] = wordInfoOf(s.Tokens[i].Lower)
		}
		x.info[si] = info
		off += nt
		for i := range idx {
			idx[i] = -1
		}
		for k, m := range x.ments[si] {
			for i := m.first; i <= m.last; i++ {
				if idx[i] < 0 {
					idx[i] = k
				}
			}
		}
		x.mentAt[si] = idx
	}
}

// locateTimexes locates each timex in its sentence's tokens (the sentence
// it overlaps when its own index is off).
func (x *extractor) locateTimexes(tx []timex.Timex) {
	sents := x.sents
	for i := range tx {
		t := &tx[i]
		if t.Function == timex.CreationTime {
			continue // the document's date line dates no event itself
		}
		si := t.Sentence
		if si < 0 || si >= len(sents) || !sents[si].Span.Overlaps(t.Span) {
			si = sentenceOf(sents, t.Span)
			if si < 0 {
				continue
			}
		}
		f, l := tokenRange(sents[si].Tokens, t.Span)
		if f >= 0 {
			x.tmxs[si] = append(x.tmxs[si], tmx{first: f, last: l, t: t})
		}
	}
}

// clauseTables splits each sentence into clauses (x.clauses) and records
// each clause's opener and token range.
func (x *extractor) clauseTables(ntok int) {
	mem := x.mem
	n := len(x.sents)
	// A sentence has at most one clause more than tokens.
	mem.cbuf = resize(mem.cbuf, ntok+n)
	mem.obuf = resize(mem.obuf, ntok+n)
	cbuf, obuf := mem.cbuf, mem.obuf
	off := 0
	for si, s := range x.sents {
		nt := len(s.Tokens)
		if cap(mem.cls) < nt {
			mem.cls = make([]uint8, nt)
		}
		x.opener[si] = x.clauses(si, s, x.clause[si], mem.cls[:nt], obuf[off:off:off+nt+1])
		no := len(x.opener[si])
		rs := cbuf[off : off+no : off+no]
		off += nt + 1
		for i, c := range x.clause[si] {
			if rs[c][1] == 0 {
				rs[c][0] = i
			}
			rs[c][1] = i + 1
		}
		x.crange[si] = rs
	}
}

func sentenceOf(sents []text.Sentence, sp document.Span) int {
	i := sort.Search(len(sents), func(i int) bool { return sents[i].End > sp.Start })
	if i < len(sents) && sents[i].Overlaps(sp) {
		return i
	}
	return -1
}

// tokenRange returns the first and last token overlapping sp, or -1.
func tokenRange(toks []text.Token, sp document.Span) (int, int) {
	f, l := -1, -1
	lo, hi := 0, len(toks) // first token with End > sp.Start (sort.Search)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if toks[h].End > sp.Start {
			hi = h
		} else {
			lo = h + 1
		}
	}
	for i := lo; i < len(toks); i++ {
		t := &toks[i]
		if t.Overlaps(sp) {
			if f < 0 {
				f = i
			}
			l = i
		} else if f >= 0 || t.Start >= sp.End {
			break // past sp: tokens are in text order
		}
	}
	return f, l
}

// window bounds the search for an event's arguments around its trigger.
const window = 40

// mentsIn returns the mentions of sentence si that start in tokens [lo, hi).
func (x *extractor) mentsIn(si, lo, hi int) []ment {
	ms := x.ments[si]
	a := sort.Search(len(ms), func(k int) bool { return ms[k].first >= lo })
	b := sort.Search(len(ms), func(k int) bool { return ms[k].first >= hi })
	if b < a {
		b = a
	}
	return ms[a:b]
}

// governments makes the country the participant where its capital acts
// ("Moscow accused Washington": Russia accuses the United States), citing
// the capital's words (Via): the capital stays a place, and the actor is
// its government, which the country's entity stands for. A country that
// takes part already keeps its own role.
func (x *extractor) governments(e *ev) {
	k := 0
	for _, id := range e.partOrd {
		ent := x.ents[id]
		c := ""
		if ent != nil {
			c = ent.StandsFor()
		}
		if c == "" || x.ents[c] == nil {
			e.partOrd[k] = id
			k++
			continue
		}
		role := e.parts.role(id)
		via, ok := e.via[id]
		if !ok {
			via = x.mentionNear(ent, e)
		}
		e.parts.del(id)
		delete(e.via, id)
		if _, dup := e.parts.get(c); dup {
			continue
		}
		e.parts.set(c, role)
		if via != (document.Span{}) {
			if e.via == nil {
				e.via = map[string]document.Span{}
			}
			e.via[c] = via
		}
		e.partOrd[k] = c
		k++
	}
	e.partOrd = e.partOrd[:k]
}

// mentionNear returns the span of ent's mention in e's sentence nearest
// its trigger (zero if there is none).
func (x *extractor) mentionNear(ent *entity.Entity, e *ev) document.Span {
	var best document.Span
	dist := -1
	for _, m := range ent.Mentions {
		if m.Sentence != e.sent {
			continue
		}
		d := max(m.Start-e.Trigger.End, e.Trigger.Start-m.End, 0)
		if dist < 0 || d < dist {
			best, dist = m.Span, d
		}
	}
	return best
}

// mentionAt returns the mention covering token i of sentence si.
func (x *extractor) mentionAt(si, i int) *ment {
	if si < 0 || si >= len(x.mentAt) || i < 0 || i >= len(x.mentAt[si]) {
		return nil
	}
	if k := x.mentAt[si][i]; k >= 0 {
		return &x.ments[si][k]
	}
	return nil
}

func (x *extractor) output(evs []*ev) []Event {
	slices.SortStableFunc(evs, func(a, b *ev) int { return cmp.Compare(a.Trigger.Start, b.Trigger.Start) })
	out := make([]Event, 0, len(evs))
	for k, e := range evs {
		e.ID = "ev" + strconv.Itoa(k+1)
		e.Participants = nil
		x.governments(e)
		e.Participants = slices.Grow(e.Participants, len(e.partOrd)) // one allocation, not a regrowth per participant
		for _, id := range e.partOrd {
			e.Participants = append(e.Participants, Participant{Entity: id, Role: e.parts.role(id), Via: e.via[id]})
		}
		x.dropContainers(e)
		x.hoursLater(e, evs[:k])
		x.afterClause(e, evs)
		x.reportedDate(e)
		x.leadDate(e)
		e.Main = x.mainEvent(e)
		x.leadPlan(e)
		e.Places = append([]string(nil), e.places...)
		sort.Slice(e.Corefs, func(i, j int) bool { return e.Corefs[i].Start < e.Corefs[j].Start })
		e.Summary = x.summary(e)
	}
	for _, e := range evs {
		if h := rootOf(e.host); h != nil && h != e {
			e.Host = h.ID
		}
		out = append(out, e.Event)
	}
	return out
}

// Salient reports whether an event belongs on a timeline: it has a time,
// or at least one participant or place.
func Salient(e Event) bool {
	return e.TimexID != "" || len(e.Participants) > 0 || len(e.Places) > 0
}
