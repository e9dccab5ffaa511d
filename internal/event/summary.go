package event

import (
	"slices"
	"strings"

	"github.com/chronicle-news/chronicle/internal/entity"
	"github.com/chronicle-news/chronicle/internal/syntax"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/wordset"
)

// kindVerb is the verb phrase a summary uses for a kind: base form and
// third person singular.
var kindVerb = map[string][2]string{
	"meeting":        {"meet", "meets"},
	"talks":          {"hold talks", "holds talks"},
	"visit":          {"visit", "visits"},
	"statement":      {"say", "says"},
	"warning":        {"warn", "warns"},
	"seizure":        {"seize", "seizes"},
	"attack":         {"attack", "attacks"},
	"agreement":      {"agree", "agrees"},
	"signing":        {"sign", "signs"},
	"election":       {"hold an election", "holds an election"},
	"sanction":       {"impose sanctions", "imposes sanctions"},
	"test":           {"conduct tests", "conducts tests"},
	"launch":         {"launch", "launches"},
	"summit":         {"hold a summit", "holds a summit"},
	"conference":     {"hold a conference", "holds a conference"},
	"conflict":       {"fight", "fights"},
	"surrender":      {"surrender", "surrenders"},
	"request":        {"ask", "asks"},
	"appeal":         {"urge", "urges"},
	"accusation":     {"accuse", "accuses"},
	"implementation": {"implement", "implements"},
	"preparation":    {"prepare", "prepares"},
	"halt":           {"halt", "halts"},
	"protest":        {"protest", "protests"},
	"arrest":         {"arrest", "arrests"},
	"resignation":    {"resign", "resigns"},
	"withdrawal":     {"withdraw", "withdraws"},
	"deployment":     {"deploy", "deploys"},
}

// summary builds a short headline-style phrase from the trigger lemma and
// the event's arguments: "Abe and Putin hold talks in Vladivostok",
// "Abe to visit Russia".
func (x *extractor) summary(e *ev) string {
	var s sumParts
	s.subj, s.with, s.obj, s.to = x.summaryParties(e)
	if !e.trig.Noun && !e.passive && len(s.subj) > 0 {
		// "Russia's sanctions on Iran took effect": the sanctions did
		// (not a passive's subject, what was done: "The Kansas case was
		// brought in 1951 by Oliver Brown").
		if tp := x.eventSubjectPhrase(e); tp.ok() {
			s.subj, s.subjText, s.subjPlural = nil, x.phraseText(e, tp, true), x.pluralPhrase(tp)
		}
	}
	if !e.trig.Noun && len(s.obj) > 0 {
		if op, ok := x.modifiedObject(e); ok {
			s.obj, s.objText = nil, op // "sold its last GM shares": the shares, not GM
		} else if role := x.namedRole(e); role != "" {
			s.obj[len(s.obj)-1] += " " + role // "named Mary Barra its chief executive"
		}
	}
	for _, p := range e.Places {
		s.places = append(s.places, x.short(p))
	}
	s.base, s.third = verbFor(e)
	if tw := x.treeWord(e.sent, e.tok); tw > 0 && x.word(e.sent, tw).UPOS == "ADJ" && len(x.children(e.sent, tw, relCop)) > 0 {
		// An adjective's state keeps its copula: "Pilot is dead", not
		// "Pilot deads".
		s.state = strings.ToLower(e.Text)
	}
	if prt := x.particle(e); prt != "" {
		s.base, s.third = s.base+" "+prt, s.third+" "+prt // "goes down", "sets up"
	}
	if asp := x.aspectualHead(e); asp != "" {
		// "will stop trading": the line says the stop, not the trading.
		s.base, s.third = asp+" "+strings.ToLower(e.Text), thirdPerson(asp)+" "+strings.ToLower(e.Text)
	}
	var b strings.Builder
	_, s.hasVerb = kindVerb[e.Kind]
	for _, p := range e.Places {
		s.direct = s.direct || e.placePrep[p] == ""
	}
	x.summaryPhrases(e, &s)
	if syntax.TellVerb(e.Lemma) && !e.trig.Noun && e.Modality == text.Actual && (len(s.subj) > 0 || s.subjText != "") {
		// "told a security conference in Munich that Putin would be held
		// responsible": what was told, not to whom, is the news.
		if c := x.saidClause(e); PlainClause(c) && (len(s.obj) > 0 || s.objText != c) {
			s.obj, s.objText, s.to = nil, c, nil
			if e.Lemma == "tell" {
				s.base, s.third = "say", "says" // "tells the toll would rise" does not read
			}
		}
	}
	if s.patientText == "" && s.subjText != "" && len(s.subj) == 0 && len(s.obj) == 0 && s.objText == "" && x.bareParticiple(e) {
		// "an interim accord signed in Geneva", hung as a second verb:
		// what was done to the accord, not what it did.
		s.patientText, s.subjText = s.subjText, ""
	}
	switch {
	case s.patientText != "":
		x.writePatientSummary(&b, e, &s)
	case e.trig.Noun && (!s.hasVerb || len(s.subj) == 0 && len(s.obj) == 0 && len(s.with) == 0):
		x.writeNounSummary(&b, e, &s)
	default:
		x.writeClauseSummary(&b, e, &s)
	}
	core := x.trimPreposition(e, balanceQuotes(b.String()))
	b.Reset()
	b.WriteString(core)
	writeSummaryPlaces(&b, e, s.places)
	out := b.String()
	if out != "" {
		out = strings.ToUpper(out[:1]) + out[1:]
	}
	return out
}

// timeOpeners open a time ("at about 3:25 p.m.", "in 2002").
var timeOpeners = wordset.New("at", "on", "in", "from", "for", "by", "about", "during", "before", "after", "since", "until", "around", "near", "of", "late", "early")

// trimPreposition drops a preposition left at a line's end when, in e's
// sentence, a time follows that word, which lines leave out ("Flight
// takes off from LaGuardia Airport at", of "at about 3:25 p.m.").
func (x *extractor) trimPreposition(e *ev, s string) string {
	i := strings.LastIndexByte(s, ' ')
	if i <= 0 || !strings.Contains(s[:i], " ") {
		return s
	}
	w := s[i+1:]
	if !timeOpeners.Has(w) {
		return s
	}
	prev := strings.ToLower(s[strings.LastIndexByte(s[:i], ' ')+1 : i])
	toks := x.sents[e.sent].Tokens
	for k := 1; k+1 < len(toks); k++ {
		// (the line's last two words, then the time: "Airport at about
		// 3:25 p.m."; not another "on" of the sentence beside "stay on")
		if toks[k].Lower == w && (toks[k-1].Lower == prev || k-1 == e.tok) && !x.inTimex(e.sent, k) && x.inTimex(e.sent, k+1) {
			return s[:i]
		}
	}
	return s
}

// balanceQuotes closes a quotation that a line's phrase cut open ("Abe
// asks Russia to play a “larger role", of "a “larger role” in addressing
// ..."; "the deal was \"not what we wanted"), so that what is quoted stays
// quoted, and drops a closing mark whose opening one the line lost.
func balanceQuotes(s string) string {
	switch o, c := strings.Count(s, "“"), strings.Count(s, "”"); {
	case o == c+1 && strings.LastIndex(s, "“") > strings.LastIndex(s, "”"):
		s += "”"
	case o != c:
		s = strings.NewReplacer("“", "", "”", "").Replace(s)
	}
	if strings.Count(s, "\"")%2 != 0 {
		if i := strings.LastIndex(s, "\""); i+1 < len(s) && (i == 0 || s[i-1] == ' ') {
			s += "\"" // an opening mark: close it
		} else {
			s = strings.ReplaceAll(s, "\"", "")
		}
	}
	return s
}

// bareParticiple reports whether verb trigger e is a past participle with
// no auxiliary, subject or object of its own in the tree: a participle on
// a noun the parser hung elsewhere ("and on an interim accord signed in
// Geneva"), whose noun underwent it.
func (x *extractor) bareParticiple(e *ev) bool {
	if e.trig.Noun || e.passive {
		return false
	}
	tw := x.treeWord(e.sent, e.tok)
	if tw == 0 {
		return false
	}
	d := x.word(e.sent, tw)
	if d.XPOS != "VBN" || d.Rel == "root" || d.Rel == "xcomp" || d.Rel == "ccomp" {
		return false
	}
	if len(x.children(e.sent, tw, relAux|relAuxPass|relNsubj|relNsubjPass|relObj)) > 0 {
		return false
	}
	// The noun right before it, hung on it as an oblique: "on an interim
	// accord signed".
	return slices.ContainsFunc(x.children(e.sent, tw, relObl), func(k int) bool {
		return x.word(e.sent, k).Token == d.Token-1 && x.word(e.sent, k).UPOS == "NOUN"
	})
}

// sumParts are the pieces of an event's summary: the short names of its
// subjects, other parties, objects, recipients and places; the verb's base
// and third-person forms; whether its kind has a verb of its own, whether
// a place is its object ("visit Russia"); and, without named actors, the
// clause's own phrases for the subject, the object or the patient.
type sumParts struct {
	subj, with, obj, to []string
	places              []string
	base, third         string
	hasVerb             bool
	direct              bool // a place taken as the object: "visit Russia"
	subjText            string
	subjPlural          bool
	objText             string
	patientText         string
	state               string // an adjective's state, said with its copula: "dead" ("is dead")
	conjObject          bool   // objText is the object of the verb e is coordinated with (conjObjectFor)
}

// summaryParties sorts the short names of e's participants by role:
// subjects (agents and speakers), other parties, recipients, objects.
// Attendees count only when there is no other party, and the other
// parties of a meeting, talks or an agreement are subjects too.
func (x *extractor) summaryParties(e *ev) (subj, with, obj, to []string) {
	strong := 0
	for _, p := range e.Participants {
		if !e.weak[p.Entity] {
			strong++
		}
	}
	for _, p := range e.Participants {
		if e.weak[p.Entity] && strong > 0 {
			continue // an attendee, not a party
		}
		n := x.short(p.Entity)
		switch p.Role {
		case RoleAgent, RoleSpeaker:
			if p.Role == RoleAgent {
				n = x.holdingOf(e, p.Entity, n)
			}
			subj = append(subj, n)
		case RoleWith:
			with = append(with, n)
		case RoleRecipient:
			to = append(to, n)
		case RoleTarget:
			// written as its phrase after the object (e.target)
		default:
			obj = append(obj, n)
		}
	}
	symmetric := e.Kind == "meeting" || e.Kind == "talks" || e.Kind == "agreement"
	if symmetric && len(with) > 0 {
		subj = append(subj, with...)
		with = nil
	}
	return subj, with, obj, to
}

// commonSubject reports whether verb trigger e has a common noun for its
// subject in the tree, which a line with only a co-participant named
// ("similarities with the Lion Air accident") must still write: "Data
// show similarities with Lion Air", not "Show with Lion Air".
func (x *extractor) commonSubject(e *ev) bool {
	tw := x.treeWord(e.sent, e.tok)
	if tw == 0 {
		return false
	}
	for _, c := range x.children(e.sent, tw, relNsubj|relNsubjPass) {
		if d := x.word(e.sent, c); d.UPOS == "NOUN" && x.mentionAt(e.sent, d.Token) == nil {
			return true
		}
	}
	return false
}

// holdingOf returns the subject of verb trigger e as the line writes it
// when agent id names only whose shares or stock the subject is, or
// whose happening: "LinkedIn shares jumped 47 percent" -> "LinkedIn
// shares", "Microsoft's stock fell" -> "Microsoft's stock" (not "LinkedIn
// jumps"), "the Lion Air accident, which killed 189 people" -> "Lion Air
// accident"; else name.
func (x *extractor) holdingOf(e *ev, id, name string) string {
	tw := x.treeWord(e.sent, e.tok)
	if e.trig.Noun || tw == 0 {
		return name
	}
	subjs := x.children(e.sent, tw, relNsubj)
	if t := x.word(e.sent, tw); t.Rel == "acl:relcl" && t.Head > 0 && t.Head < tw && slices.ContainsFunc(subjs, func(c int) bool { return relativePronouns[lowerASCII(x.word(e.sent, c).Form)] }) {
		subjs = []int{t.Head} // "the Lion Air accident ..., which killed 189 people": the accident
	}
	for _, s := range subjs {
		d := x.word(e.sent, s)
		if !holdings.Has(lowerASCII(d.Lemma)) && !(d.UPOS == "NOUN" && x.eventNoun(e.sent, s)) || d.Token < 0 {
			continue
		}
		for _, c := range x.children(e.sent, s, relCompound|relNmodPoss|relAmod) { // (amod: a name the tagger read as an adjective)
			if m := x.mentionAt(e.sent, x.word(e.sent, c).Token); m != nil && m.ent.ID == id {
				toks := x.sents[e.sent].Tokens
				if m.last < len(toks) && toks[m.first].Start < toks[m.last].End && toks[m.last].End <= len(x.doc.Text) {
					name = oneLine(x.doc.Text[toks[m.first].Start:toks[m.last].End]) // as written: "LinkedIn shares"
				}
				if x.word(e.sent, c).Rel == "nmod:poss" {
					return strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s") + "'s " + d.Form
				}
				return name + " " + d.Form
			}
		}
	}
	return name
}

// contactObject returns the noun phrase that verb trigger e, heading a
// relative clause without a relative word or with one for its object, has
// for its object: "a charge the group denied", "the sanctions that the
// agency imposed" -> "a charge", "the sanctions". Only a noun with a
// determiner, not at the root, and a clause with a subject of its own
// and no other object.
func (x *extractor) contactObject(e *ev) string {
	si := e.sent
	tw := x.treeWord(si, e.tok)
	if tw == 0 {
		return ""
	}
	d := x.word(si, tw)
	relObject := func(c int) bool { return c < tw && relativePronouns[lowerASCII(x.word(si, c).Form)] }
	if d.Rel != "acl:relcl" || d.Head <= 0 || d.Head > tw || len(x.children(si, tw, relCcomp|relXcomp)) > 0 ||
		slices.ContainsFunc(x.children(si, tw, relObj), func(c int) bool { return !relObject(c) }) ||
		len(x.children(si, tw, relNsubj)) == 0 || x.word(si, d.Head).Rel == "root" || len(x.children(si, d.Head, relDet)) == 0 {
		return ""
	}
	if slices.ContainsFunc(x.children(si, tw, relNsubj|relNsubjPass|relObl|relAdvmod|relMark), func(c int) bool {
		f := lowerASCII(x.word(si, c).Form)
		return c < tw && (relativePronouns[f] || f == "where" || f == "when")
	}) {
		return "" // a relative word stands for the noun
	}
	if p := x.treeNounPhrase(si, d.Head, 0); p.ok() && p.last < e.tok {
		return x.phraseText(e, p, false)
	}
	return ""
}

// lastWord returns the last word of s, in lower case.
func lastWord(s string) string {
	return strings.ToLower(s[strings.LastIndexByte(s, ' ')+1:])
}

// holdings are what a company's name may only own in a market report.
var holdings = wordset.New("share", "shares", "stock", "stocks", "bond", "bonds", "price", "currency", "valuation")

// summaryPhrases finds, without named actors, the clause's own noun
// phrases: "his office said" -> "Abe's office says", "took the islands"
// -> "Islands seized", "Soviet troops took the islands" -> "... seizes the
// islands"; and makes the named patient of a passive without an agent the
// summary's patient.
func (x *extractor) summaryPhrases(e *ev, s *sumParts) {
	// What is said is a clause, no object; but "announced new sanctions"
	// names what it announced.
	said := x.says(e)
	if !e.trig.Noun && len(s.subj) == 0 && len(s.obj) == 0 && (len(s.with) == 0 || x.commonSubject(e)) && s.subjText == "" {
		sp := x.subjectPhrase(e)
		if x.reducedRelative(e.sent, e.tok) && (!sp.ok() || x.phraseHasVerb(e.sent, sp)) {
			// The noun the participle follows, when the words before it
			// take in a verb ("plan to rebuild homes damaged by": "homes").
			sp = x.trimPhrase(e, x.treeNounPhrase(e.sent, x.word(e.sent, x.treeWord(e.sent, e.tok)).Head, 0))
		}
		// The tree's subject when the words before the verb give none
		// ("a trial had been set to begin": "Trial to begin"; "a federal
		// judge in San Francisco rejected", whose place is the event's) or
		// stop at "of" ("... quake of magnitude 7.5 hit").
		// So too when the words before the verb are another phrase than
		// the tree's subject ("Lawmakers from both parties called": not
		// "both parties").
		if tp := x.treeSubjectPhrase(e); tp.ok() && (!sp.ok() || x.afterOf(sp) || x.eventSubject(e) || tp.apart(sp) || tp.endsWith(sp)) {
			sp = tp
		}
		switch {
		case sp.ok() && e.passive:
			s.patientText = x.phraseText(e, sp, true)
		case sp.ok():
			s.subjText, s.subjPlural = x.phraseText(e, sp, true), x.pluralPhrase(sp)
		case !s.direct && e.Theme == "" && !said && x.mayHaveObject(e):
			if op := x.objectPhrase(e); op.ok() {
				s.patientText = x.phraseText(e, op, true)
			}
		}
	}
	if !e.trig.Noun && !e.passive && len(s.subj) == 0 && len(s.with) == 0 && s.subjText == "" && s.patientText == "" {
		// A detected event with a named object but an unnamed subject:
		// "An earthquake struck Japan" -> "Earthquake strikes Japan"; the
		// tree's when the words before the verb give none ("A federal jury
		// in Manhattan convicted": the place is the event's).
		sp := x.subjectPhrase(e)
		if tp := x.treeSubjectPhrase(e); tp.ok() && (!sp.ok() || tp.apart(sp)) {
			sp = tp
		}
		if sp.ok() {
			s.subjText, s.subjPlural = x.phraseText(e, sp, true), x.pluralPhrase(sp)
		}
	}
	if (said || clauseVerbs.Has(e.Lemma) && (e.Lemma != "write" && e.Lemma != "agree" || x.thatClause(e) && (e.Lemma != "agree" || !x.oblBeforeClause(e)))) && !e.trig.Noun && len(s.obj) == 0 && s.objText == "" && (len(s.subj) > 0 || s.subjText != "") {
		s.objText = x.saidClause(e) // "Biden says the banking system was safe", "X denies he had defrauded anyone"
	}
	if !e.trig.Noun && !e.passive && s.patientText == "" && len(s.obj) == 0 && !s.direct && e.Theme == "" &&
		(len(s.subj) > 0 || s.subjText != "") && !said && x.mayHaveObject(e) && !x.deniesClause(e) {
		if op := x.objectPhrase(e); op.ok() {
			s.objText = x.phraseText(e, x.withParticiple(e, op), false)
		} else if op := x.treeObjectPhrase(e); op.ok() {
			op = x.withParticiple(e, op)
			if f := x.splitOblique(e, op); f > 0 {
				op.first = f // "filed for Chapter 11 bankruptcy protection", parsed as an oblique and an object
			}
			s.objText = x.phraseText(e, op, false) // "declares a state of emergency"
		}
	}
	if !e.trig.Noun && !e.passive && s.objText == "" && len(s.obj) == 0 && s.patientText == "" && !said {
		if p := x.conjObjectFor(e); p.ok() {
			s.objText = x.phraseText(e, p, false) // "refloated the Ever Given and towed it to a lake": "tow the Ever Given"
			s.conjObject = true
		}
	}
	if s.objText != "" && DenialVerb(e.Lemma) {
		if c := x.claimClause(e); c != "" {
			s.objText += " that " + c // "ESA officials dismiss suggestions that the mission had failed"
		}
	}
	if e.passive && !e.trig.Noun && len(s.subj) > 0 && len(s.obj) == 0 && s.objText == "" && s.patientText == "" {
		// A participle with its agent, on the noun it tells of: "a record
		// set by Hurricane Donna in 1960" -> "Donna sets a record".
		if tw := x.treeWord(e.sent, e.tok); tw > 0 {
			if d := x.word(e.sent, tw); d.Rel == "acl" && d.XPOS == "VBN" && d.Head > 0 && d.Head < tw {
				if p := x.treeNounPhrase(e.sent, d.Head, 0); p.ok() && p.last < e.tok {
					s.objText = x.phraseText(e, p, false)
				}
			}
		}
	}
	if !e.trig.Noun && e.passive && len(s.subj) > 0 && s.objText == "" && s.patientText == "" && !said {
		// A passive with its agent named: what was done to its subject,
		// a common noun's phrase, is the object, whatever names it holds
		// ("The Kansas case was brought by Oliver Brown": "Brown brings
		// the Kansas case"; "The San Francisco company was founded by").
		if tw := x.treeWord(e.sent, e.tok); tw > 0 && x.word(e.sent, tw).Rel == "acl" {
			// (a participle's noun is the acl case above)
		} else if tp := x.treeSubjectPhrase(e); tp.ok() {
			if t := x.phraseText(e, tp, false); !slices.ContainsFunc(s.obj, func(o string) bool { return !strings.Contains(t, o) }) {
				s.obj, s.objText = nil, t // (a name in apposition stays the object: "The bank's finance chief, Karl Berg, will be replaced")
			}
		}
	}
	if !e.passive && !e.trig.Noun && len(s.obj) == 0 && s.objText == "" && s.patientText == "" && !said {
		s.objText = x.contactObject(e) // "a charge the group denied" -> "denies a charge"
	}
	if e.noObject && len(s.obj) == 0 && s.objText == "" && s.patientText == "" {
		if tw := x.treeWord(e.sent, e.tok); tw > 0 && slices.ContainsFunc(x.children(e.sent, tw, relObj), func(o int) bool { return lowerASCII(x.word(e.sent, o).Form) == "nothing" }) {
			s.objText = "nothing" // "Police find nothing", not "Police find"
		}
	}
	if s.patientText == "" && e.passive && !e.trig.Noun && len(s.subj) == 0 && len(s.obj) > 0 && len(s.with) == 0 {
		// A passive with its patient named and no agent: "Berlusconi
		// sentenced to four years in prison", not "Sentence Berlusconi".
		// When the patient is a common noun the name only owns
		// ("Britain's biggest water company was fined"), the phrase is the
		// patient, not the name.
		s.patientText = join(s.obj)
		if w := x.possessedSubject(e); w > 0 {
			if p := x.treeNounPhrase(e.sent, w, 0); p.ok() && p.last < e.tok {
				s.patientText = x.phraseText(e, p, true)
				if f, rest, ok := strings.Cut(s.patientText, " "); ok && len(s.obj) == 1 && possessivePronouns.Has(strings.ToLower(f)) {
					s.patientText = s.obj[0] + "'s " + rest // "its common stock dividend": the name's
				}
			}
		}
		s.obj = nil
	}
}

// conjObjectFor returns the object of the verb that verb trigger e is
// coordinated with, when e's own object is "it" or "them" standing for it:
// "refloated the Ever Given on Monday and towed it to a nearby lake".
func (x *extractor) conjObjectFor(e *ev) phrase {
	tw := x.treeWord(e.sent, e.tok)
	if tw == 0 || x.word(e.sent, tw).Rel != "conj" {
		return phrase{e.sent, 0, -1}
	}
	objs := x.children(e.sent, tw, relObj)
	if len(objs) != 1 {
		return phrase{e.sent, 0, -1}
	}
	if w := lowerASCII(x.word(e.sent, objs[0]).Form); w != "it" && w != "them" {
		return phrase{e.sent, 0, -1}
	}
	h := x.word(e.sent, tw).Head
	hobjs := x.children(e.sent, h, relObj)
	if len(hobjs) != 1 || x.word(e.sent, hobjs[0]).UPOS != "NOUN" && x.word(e.sent, hobjs[0]).UPOS != "PROPN" {
		return phrase{e.sent, 0, -1}
	}
	p := x.treeNounPhrase(e.sent, hobjs[0], 0)
	if !p.ok() {
		return p
	}
	for _, k := range x.children(e.sent, hobjs[0], relAppos|relFlat) {
		if t := x.word(e.sent, k).Token; t > p.last && t <= p.last+3 && x.word(e.sent, k).UPOS == "PROPN" {
			p.last = t // the name after its description: "the grounded tanker Atlas Star"
		}
	}
	if m := x.mentionAt(e.sent, p.last+1); m != nil && m.first == p.last+1 {
		p.last = m.last
	}
	if p.last-p.first > 5 {
		return phrase{e.sent, 0, -1}
	}
	return p
}

// possessivePronouns open a phrase their owner's name may stand for.
var possessivePronouns = wordset.New("its", "his", "her", "their")

// writePatientSummary writes a summary led by its patient: "Islands
// seized", "A treaty to be signed".
func (x *extractor) writePatientSummary(b *strings.Builder, e *ev, s *sumParts) {
	b.WriteString(s.patientText + " ")
	pp := participle(e, s.base)
	switch e.Modality {
	case text.Planned:
		b.WriteString("to be " + pp)
	case text.Possible:
		b.WriteString("may be " + pp)
	case text.Negated:
		if !noneSubject(s.patientText) && !e.noObject {
			b.WriteString("not ") // "No passengers injured": the patient says no
		}
		b.WriteString(pp)
	default:
		b.WriteString(pp)
	}
	if adj := x.predicateAdjective(e); adj != "" {
		b.WriteString(" " + adj) // "Singer found dead"
	} else if role := x.passiveRole(e); role != "" {
		b.WriteString(" " + role) // "Tsakalotos named finance minister"
	}
	k := ""
	if e.open && !s.direct && len(s.to) == 0 {
		if k = x.keyOblique(e); k != "" && !strings.HasSuffix(s.patientText, " "+k) {
			b.WriteString(" " + k) // "sentenced to four years in prison" (not twice: "its stake in Jaguar sold")
		}
	}
	if k == "" && e.Modality != text.Planned {
		if xp := x.infinitivePhrase(e); xp != "" {
			b.WriteString(" " + xp) // "Developer ordered to liquidate", "Firm told to sell its assets"
		}
	}
	if a := x.agentPhrase(e); a != "" && !strings.Contains(b.String(), a) {
		b.WriteString(" by " + a) // "Port damaged by a storm": an agent no name tells
	}
}

// timePoints are the nouns of a point in time, which "by" sets as a
// deadline, not an agent: "sold by the end of the year".
var timePoints = wordset.New("end", "time", "middle", "close", "beginning", "start", "deadline", "noon", "midnight", "morning", "evening", "night")

// agentPhrase returns the "by" agent of passive verb trigger e when it is
// a common noun's short phrase (a named agent is the line's subject):
// "damaged by a storm" -> "a storm"; else "".
func (x *extractor) agentPhrase(e *ev) string {
	if e.trig.Noun || len(e.partOrd) > 0 {
		return ""
	}
	tw := x.treeWord(e.sent, e.tok)
	if tw == 0 {
		return ""
	}
	for _, a := range x.children(e.sent, tw, relOblAgent|relObl) {
		d := x.word(e.sent, a)
		if d.UPOS != "NOUN" || d.Token <= e.tok || x.mentionAt(e.sent, d.Token) != nil || x.inTimex(e.sent, d.Token) || timePoints.Has(lowerASCII(d.Lemma)) ||
			!slices.ContainsFunc(x.children(e.sent, a, relCase), func(c int) bool { return lowerASCII(x.word(e.sent, c).Form) == "by" }) {
			continue
		}
		p := x.treeNounPhrase(e.sent, a, 0)
		if !p.ok() || p.last-p.first > 3 || p.first <= e.tok {
			return ""
		}
		return oneLine(x.doc.Text[x.sents[e.sent].Tokens[p.first].Start:x.sents[e.sent].Tokens[p.last].End])
	}
	return ""
}

// writeNounSummary writes the summary of a noun without a verb of its
// own: "Japan's surrender", "territorial dispute", "signing of a peace
// treaty".
func (x *extractor) writeNounSummary(b *strings.Builder, e *ev, s *sumParts) {
	if len(s.subj) > 0 {
		b.WriteString(join(s.subj) + "'s ")
	} else if mods := x.nounModifiers(e); mods != "" {
		b.WriteString(mods + " ") // "territorial dispute"
	}
	b.WriteString(strings.ToLower(e.Text))
	if len(s.obj) > 0 {
		b.WriteString(" of " + join(s.obj))
	} else if strings.HasSuffix(e.Text, "ing") {
		if op := x.objectPhrase(e); op.ok() {
			b.WriteString(" of " + x.phraseText(e, op, false)) // "signing of a peace treaty"
		}
	}
	if e.target != "" {
		b.WriteString(" " + e.target) // "attack on Ukraine"
	}
	if len(s.with) > 0 {
		b.WriteString(" with " + join(s.with))
	}
}

// writeClauseSummary writes a subject-verb summary: the subjects, the verb
// in the event's modality and number, its theme, object or key oblique,
// its recipients and other parties.
func (x *extractor) writeClauseSummary(b *strings.Builder, e *ev, s *sumParts) {
	base, third := s.base, s.third
	plural := len(s.subj) != 1 || holdings.Has(lastWord(s.subj[0])) && strings.HasSuffix(s.subj[0], "s") // "LinkedIn shares jump"
	if len(s.subj) > 0 {
		b.WriteString(join(s.subj))
		b.WriteByte(' ')
	} else if s.subjText != "" {
		b.WriteString(s.subjText + " ")
		plural = s.subjPlural
	}
	if s.state != "" {
		// An adjective's state: "is dead", "are missing", "is not
		// safe", "to be ready", "may be late".
		switch {
		case e.Modality == text.Planned:
			b.WriteString("to be ")
		case e.Modality == text.Possible:
			b.WriteString("may be ")
		case plural:
			b.WriteString("are ")
		default:
			b.WriteString("is ")
		}
		if e.Modality == text.Negated || e.Modality == text.Conditional && x.negatedVerb(e.sent, x.treeWord(e.sent, e.tok)) {
			b.WriteString("not ")
		}
		b.WriteString(s.state)
		base, third = "", ""
	}
	switch {
	case base == "":
	case e.Modality == text.Planned:
		b.WriteString("to " + base)
	case e.Modality == text.Possible:
		b.WriteString("may " + base)
	case e.Modality == text.Negated && (noneSubject(b.String()) || e.noObject):
		// "No other bidder comes forward": the subject says no.
		if plural {
			b.WriteString(base)
		} else {
			b.WriteString(third)
		}
	case e.Modality == text.Negated:
		if plural {
			b.WriteString("do not " + base)
		} else {
			b.WriteString("does not " + base)
		}
	case e.Modality == text.Conditional:
		// "(conditional) Company does not raise wages": the mark says
		// it is a condition, the verb keeps its polarity.
		switch {
		case x.negatedVerb(e.sent, x.treeWord(e.sent, e.tok)) && plural:
			b.WriteString("do not " + base)
		case x.negatedVerb(e.sent, x.treeWord(e.sent, e.tok)):
			b.WriteString("does not " + base)
		case plural:
			b.WriteString(base)
		default:
			b.WriteString(third)
		}
	default:
		if plural {
			b.WriteString(base)
		} else {
			b.WriteString(third)
		}
	}
	if e.Theme != "" {
		b.WriteString(" " + e.Theme) // "start activities"
	} else if e.plan != nil && len(s.obj) == 0 && s.objText == "" {
		b.WriteString(" " + x.planPhrase(e.plan)) // "agrees to buy the company"
	} else if len(s.obj) == 0 && s.objText == "" && len(s.to) == 0 {
		if xp := x.infinitivePhrase(e); xp != "" {
			b.WriteString(" " + xp) // "agrees to buy Spirit AeroSystems", "sues to block the merger"
		}
	}
	if len(s.obj) > 0 {
		b.WriteString(" " + join(s.obj))
	} else if s.objText != "" {
		b.WriteString(" " + s.objText)
	}
	if (len(s.obj) > 0 || s.objText != "") && e.Theme == "" && objectControl.Has(e.Lemma) {
		if xp := x.infinitiveOf(e); xp != "" && !strings.Contains(b.String(), xp) {
			b.WriteString(" " + xp) // "orders Shell to cut its emissions": what the object is to do
		}
	}
	if (len(s.obj) > 0 || s.objText != "") && !strings.Contains(b.String(), " as ") {
		if p := x.secondObject(e); p != "" && !strings.Contains(b.String(), p) {
			b.WriteString(" " + p) // "declares the outbreak a global emergency"
		} else if p := x.smallClausePredicate(e); p != "" && !slices.Contains(strings.Fields(b.String()), p) {
			b.WriteString(" " + p) // "orders all Boeing 737 MAX jets grounded"
		}
	}
	objectOblique := false
	if (len(s.obj) > 0 || s.objText != "") && e.target == "" && !e.trig.Noun {
		// What a charge or a sentence is for: "charges the former mayor
		// with bribery", "sentences Berlusconi to four years".
		k := x.keyOblique(e)
		if prep, _, _ := strings.Cut(k, " "); objectObliques[e.Lemma] != prep && !s.conjObject {
			k = x.objectNmod(e, objectObliques[e.Lemma]) // the parser hung it on the object: "the former mayor with bribery"
		}
		if k == "" {
			k = x.preventedClause(e) // "stops its customers from buying shares of GameStop"
		}
		if k != "" && !strings.Contains(b.String(), k) {
			b.WriteString(" " + k)
			objectOblique = true
		}
	}
	switch {
	case objectOblique:
	case e.target != "" && (len(s.obj) > 0 || s.objText != ""):
		if !strings.HasSuffix(b.String(), " "+e.target) {
			b.WriteString(" " + e.target) // "imposes new sanctions on Tehran" (not twice: "lifts the ban on the ANC")
		}
	case e.target != "" && e.trig.Noun && strings.Contains(base, " "):
		b.WriteString(" " + e.target) // "the sanctions on Iran": "imposes sanctions on Iran"
	case e.target != "" && e.trig.Noun:
		_, t, _ := strings.Cut(e.target, " ")
		b.WriteString(" " + t) // "the attack on Ukraine": "attacks Ukraine"
	case len(s.obj) == 0 && s.objText == "" && !s.direct && !x.says(e):
		if k := x.keyOblique(e); k != "" && !strings.Contains(b.String(), k) && (e.open || complementOblique(k)) &&
			(len(s.to) == 0 || !strings.HasPrefix(k, "to ")) {
			if w, rest, ok := strings.Cut(k, " "); ok && strings.HasSuffix(b.String(), " "+w) {
				k = rest // the particle is written already: "backs out" + "of the purchase"
			}
			if len(s.to) > 0 {
				b.WriteString(" to " + join(s.to)) // "apologizes to Erdogan for the 2010 raid"
				s.to = nil
			}
			b.WriteString(" " + k) // "files for bankruptcy", "calls for an investigation"
		}
	}
	if len(s.to) > 0 {
		b.WriteString(" to " + join(s.to)) // "apologizes to Erdogan"
	}
	if len(s.with) > 0 {
		b.WriteString(" with " + join(s.with))
	}
}

// caseParticles are the particles a parser may take for a preposition
// ("walked off the job"); not "over" or "up", which are often one
// ("rose over the weekend", "up to $5 billion").
var caseParticles = wordset.New("off", "out", "away", "down", "back")

// predicateAdjective returns the adjective right after verb trigger e
// that says what its subject was found or left ("found dead", "reported
// missing", "left homeless"); "" otherwise.
func (x *extractor) predicateAdjective(e *ev) string {
	tw := x.treeWord(e.sent, e.tok)
	if e.trig.Noun || tw == 0 {
		return ""
	}
	passive := len(x.children(e.sent, tw, relAuxPass)) > 0
	for _, c := range x.children(e.sent, tw, relXcomp) {
		d := x.word(e.sent, c)
		// (a passive's bare noun too, as the tagger may read "guilty")
		pred := d.UPOS == "ADJ" || passive && d.UPOS == "NOUN" && len(x.children(e.sent, c, relDet)) == 0 && d.Form == lowerASCII(d.Form)
		if pred && d.Token == e.tok+1 {
			return lowerASCII(d.Form)
		} else if pred && d.Token == e.tok+2 && x.sents[e.sent].Tokens[e.tok+1].Lower == "not" {
			return "not " + lowerASCII(d.Form) // "was found not guilty"
		}
	}
	if x.headlineStatePassive(e.sent, tw) {
		return lowerASCII(x.word(e.sent, tw+1).Form) // "Holmes found guilty", however the tagger read "Guilty"
	}
	return ""
}

// secondObject returns what a verb of declaring or naming makes its
// object, the noun phrase right after the object ("declared the outbreak
// a global emergency", "named the bank its lead adviser"), however the
// parser hung it (xcomp, or a bare nmod of the object); "" otherwise.
func (x *extractor) secondObject(e *ev) string {
	tw := x.treeWord(e.sent, e.tok)
	if e.trig.Noun || tw == 0 || !predicativeVerbs.Has(e.Lemma) {
		return ""
	}
	si := e.sent
	objs := x.children(si, tw, relObj)
	if len(objs) == 0 {
		return ""
	}
	var cands []int
	cands = append(cands, x.children(si, tw, relXcomp)...)
	cands = append(cands, x.children(si, objs[0], relNmod)...)
	for _, c := range cands {
		d := x.word(si, c)
		if d.UPOS != "NOUN" || c <= objs[0] || len(x.children(si, c, relCase)) > 0 || x.mentionAt(si, d.Token) != nil {
			continue
		}
		p := x.treeNounPhrase(si, c, x.word(si, objs[0]).Token+1)
		if !p.ok() || p.last-p.first > 5 {
			return ""
		}
		return oneLine(x.doc.Text[x.sents[si].Tokens[p.first].Start:x.sents[si].Tokens[p.last].End])
	}
	return ""
}

// predicativeVerbs make their object something: "declared the outbreak a
// global emergency".
var predicativeVerbs = wordset.New("declare", "name", "call", "appoint", "elect", "make", "label", "designate", "deem",
	"brand", "crown", "proclaim", "rate", "list")

// aspectualHead returns the lemma of the aspectual verb right before verb
// trigger e when e is its gerund complement ("stop trading", "resumed
// fighting"); "" otherwise.
func (x *extractor) aspectualHead(e *ev) string {
	if e.trig.Noun || !strings.HasSuffix(strings.ToLower(e.Text), "ing") {
		return ""
	}
	tw := x.treeWord(e.sent, e.tok)
	if tw == 0 {
		return ""
	}
	d := x.word(e.sent, tw)
	if d.Rel != "xcomp" || d.Head <= 0 || d.Head != tw-1 {
		return ""
	}
	if h := lowerASCII(x.word(e.sent, d.Head).Lemma); aspectualVerbs.Has(h) {
		return h
	}
	return ""
}

// aspectualVerbs begin, end or go on with what their complement names.
var aspectualVerbs = wordset.New("stop", "start", "begin", "resume", "halt", "cease", "continue", "finish", "quit", "keep")

// objectNmod returns the "prep ..." phrase the tree hangs on verb trigger
// e's object, when prep is not "" and the phrase is short.
func (x *extractor) objectNmod(e *ev, prep string) string {
	tw := x.treeWord(e.sent, e.tok)
	if prep == "" || tw == 0 {
		return ""
	}
	toks := x.sents[e.sent].Tokens
	for _, o := range x.children(e.sent, tw, relObj) {
		for _, n := range x.children(e.sent, o, relNmod) {
			cs := x.children(e.sent, n, relCase)
			if len(cs) == 0 || lowerASCII(x.word(e.sent, cs[0]).Form) != prep || x.inDate(e.sent, x.word(e.sent, n).Token) {
				continue
			}
			first, last := x.word(e.sent, cs[0]).Token, x.word(e.sent, n).Token
			if last-first > 7 || first <= e.tok { // ("of his seven Tour de France titles")
				return ""
			}
			return oneLine(x.doc.Text[toks[first].Start:toks[last].End])
		}
	}
	return ""
}

// preventedClause returns what a verb of preventing kept its object from
// doing, as written: "from buying shares of GameStop" (at most eight
// words); "" otherwise.
func (x *extractor) preventedClause(e *ev) string {
	tw := x.treeWord(e.sent, e.tok)
	if tw == 0 || !preventVerbs.Has(e.Lemma) {
		return ""
	}
	toks := x.sents[e.sent].Tokens
	for _, c := range x.children(e.sent, tw, relAdvcl) {
		ms := x.children(e.sent, c, relMark)
		if len(ms) == 0 || lowerASCII(x.word(e.sent, ms[0]).Form) != "from" {
			continue
		}
		first, last := x.word(e.sent, ms[0]).Token, x.word(e.sent, c).Token
		for _, o := range x.children(e.sent, c, relObj) {
			last = max(last, x.word(e.sent, o).Token)
			for _, n := range x.children(e.sent, o, relNmod|relCompound|relFlat) {
				if t := x.word(e.sent, n).Token; t > last && t <= last+3 {
					last = t
				}
			}
		}
		if first < 0 || last-first > 7 {
			return ""
		}
		return oneLine(x.doc.Text[toks[first].Start:toks[last].End])
	}
	return ""
}

// objectObliques are the verbs whose oblique after the object completes
// them, by its preposition: "charged X with bribery", "accused X of".
var objectObliques = map[string]string{"charge": "with", "accuse": "of", "convict": "of", "acquit": "of", "sentence": "to",
	"fine": "for", "indict": "on", "suspend": "for", "ban": "from", "bar": "from", "expel": "from", "sue": "for", "blame": "for",
	"strip": "of", "deprive": "of", "rob": "of", "clear": "of", "absolve": "of", "relieve": "of", "notify": "of",
	// the office one is given: "appoints Mullally as bishop of London"
	"appoint": "as", "hire": "as", "nominate": "as", "install": "as", "reappoint": "as"}

// particle returns the particle of a phrasal verb trigger ("set up",
// "pulled out"), or the directional adverb right after it ("went down"),
// lower-cased; "" when there is none or no tree.
func (x *extractor) particle(e *ev) string {
	if e.trig.Noun {
		return ""
	}
	tw := x.treeWord(e.sent, e.tok)
	if tw == 0 {
		return ""
	}
	toks := x.sents[e.sent].Tokens
	for _, c := range x.children(e.sent, tw, relCompoundPrt) {
		if d := x.word(e.sent, c); d.Token > e.tok && d.Token <= e.tok+3 {
			if k := d.Token; k+2 < len(toks) && toks[k+1].Lower == "to" && (toks[k+2].Kind == text.Number || amountSign(toks, k+2)) {
				continue // "lent the bank up to 50 billion francs", "needed up to $8 billion": an amount's bound
			}
			return lowerASCII(d.Form)
		}
	}
	// "way" right after "give": the verb's idiom, not a way given ("the
	// walkways gave way", however the parser hung it).
	if k := e.tok + 1; e.Lemma == "give" && k < len(toks) && toks[k].Lower == "way" && (k+1 == len(toks) || toks[k+1].Lower != "to" && toks[k+1].Lower != "for") {
		return "way"
	}
	// A directional adverb right after the verb: "went down", "flew back".
	for _, c := range x.children(e.sent, tw, relAdvmod) {
		if d := x.word(e.sent, c); d.Token == e.tok+1 && directionAdverbs.Has(lowerASCII(d.Form)) {
			return lowerASCII(d.Form)
		}
	}
	// "out of", "away from" right after the verb, however the parser hung
	// them: "backed out of the purchase", "walked away from the deal".
	if e.passive {
		return "" // "was pushed out of the talks", "rescued off the coast": a place, after a participle
	}
	if k := e.tok + 1; k+1 < len(toks) && (toks[k].Lower == "out" && toks[k+1].Lower == "of" || toks[k].Lower == "away" && toks[k+1].Lower == "from") {
		return toks[k].Lower
	}
	// A directional word right after the verb that the parser made the
	// preposition of the next noun: "walked off the job".
	if k := e.tok + 1; k < len(toks) && caseParticles.Has(toks[k].Lower) {
		if d := x.treeWord(e.sent, k); d > 0 && x.word(e.sent, d).Rel == "case" {
			if h := x.word(e.sent, d).Head; h > 0 && x.word(e.sent, h).Head == tw {
				if m := x.mentionAt(e.sent, x.word(e.sent, h).Token); m != nil && slices.Contains(e.places, m.ent.ID) {
					return "" // the preposition of a place the line names after: "sank off the central Philippines"
				}
				return toks[k].Lower
			}
		}
	}
	return ""
}

// modifiedObject returns the phrase of verb trigger e's object when the
// tree makes it a common noun that the names of e's objects only modify
// ("sold its last GM shares", "bought a stake in ..." is not one): the
// line says what was sold, not "sells GM".
func (x *extractor) modifiedObject(e *ev) (string, bool) {
	si := e.sent
	tw := x.treeWord(si, e.tok)
	if tw == 0 {
		return "", false
	}
	objs := x.children(si, tw, relObj)
	if len(objs) != 1 || x.mentionAt(si, x.word(si, objs[0]).Token) != nil {
		return "", false
	}
	if d := x.word(si, objs[0]); d.UPOS != "NOUN" && !(d.UPOS == "PROPN" && d.Form != "" && d.Form[0] >= 'a' && d.Form[0] <= 'z') {
		return "", false // (a lower-case word the tagger took for a name's last: "all Boeing 737 MAX jets")
	}
	p := x.treeNounPhrase(si, objs[0], e.tok+1)
	if !p.ok() {
		return "", false
	}
	// With its conjuncts, when they are short: "close its 360 remaining
	// stores and its 120 buybuy Baby stores".
	for _, c := range x.children(si, objs[0], relConj) {
		if cp := x.treeNounPhrase(si, c, p.last+1); cp.ok() && cp.first > p.last && cp.last-p.first < 14 && x.word(si, c).UPOS == "NOUN" {
			p.last = cp.last
		}
	}
	inside := false
	for _, id := range e.partOrd {
		if r := e.parts.role(id); r != RolePatient {
			continue
		}
		for k := p.first; k <= p.last; k++ {
			if m := x.mentionAt(si, k); m != nil && m.ent.ID == id {
				inside = true
			}
		}
		if !inside {
			return "", false // a patient outside the phrase: keep the names
		}
	}
	if !inside {
		return "", false
	}
	return x.phraseText(e, p, false), true
}

// smallClausePredicate returns the participle that verb trigger e, a
// verb of ordering or declaring, puts its object in ("ordered all the
// jets grounded": "grounded"), or the adjective any verb gives its object
// ("found Ebbers guilty", "ordered the plant closed", "declared him
// dead", "left thousands homeless"), or "".
func (x *extractor) smallClausePredicate(e *ev) string {
	tw := x.treeWord(e.sent, e.tok)
	if e.trig.Noun || tw == 0 {
		return ""
	}
	objs := x.children(e.sent, tw, relObj)
	if len(objs) == 0 {
		return ""
	}
	for _, c := range x.children(e.sent, tw, relXcomp) {
		d := x.word(e.sent, c)
		if c <= objs[0] || len(x.children(e.sent, c, relObj|relMark)) > 0 {
			continue
		}
		if d.XPOS == "VBN" && smallClauseVerbs.Has(e.Lemma) {
			return d.Form
		}
		if d.UPOS == "ADJ" && d.XPOS == "JJ" && d.Form != "" && d.Form[0] >= 'a' && d.Form[0] <= 'z' && x.rightAfter(e.sent, objs[0], c) {
			return d.Form
		}
	}
	return ""
}

// rightAfter reports whether tree word c follows the phrase of tree word
// o with nothing but punctuation between: "found Ebbers, 63, guilty", not
// "a tender offer for all outstanding shares".
func (x *extractor) rightAfter(si, o, c int) bool {
	last := o
	for k := o + 1; k < c; k++ {
		if x.under(si, k, o, 32) {
			last = k
		}
	}
	for k := last + 1; k < c; k++ {
		if x.word(si, k).UPOS != "PUNCT" {
			return false
		}
	}
	return true
}

// smallClauseVerbs put their object in a state a participle names.
var smallClauseVerbs = wordset.New("order", "declare", "deem", "pronounce", "rule", "want", "keep", "leave")

// namingVerbs give their object a role: "named Mary Barra its chief
// executive", "appointed Hunt chancellor".
var namingVerbs = map[string]bool{"name": true, "appoint": true, "elect": true, "make": true, "promote": true,
	"nominate": true, "choose": true, "pick": true, "install": true, "crown": true}

// namedRole returns the role a naming verb gives its last object, written
// right after the person's name: "its chief executive", "chancellor", "as
// its new chairman" (words that end with a person's role, at most five);
// "" otherwise.
func (x *extractor) namedRole(e *ev) string {
	if !namingVerbs[e.Lemma] || len(e.partOrd) == 0 {
		return ""
	}
	toks := x.sents[e.sent].Tokens
	last := -1
	for _, m := range x.ments[e.sent] {
		if m.first > e.tok && m.ent.Type == entity.Person && e.parts.role(m.ent.ID) == RolePatient {
			last = m.last
			break
		}
	}
	if last < 0 {
		return ""
	}
	for k := last + 1; k < len(toks) && k <= last+5; k++ {
		t := toks[k]
		if t.Kind != text.Word || x.mentionAt(e.sent, k) != nil || x.inTimex(e.sent, k) {
			return ""
		}
		if roleWord(lowerASCII(t.Text)) {
			end := k
			for end+1 < len(toks) && end < last+6 && toks[end+1].Kind == text.Word && roleWord(lowerASCII(toks[end+1].Text)) {
				end++ // "chief executive", "chief financial officer"
			}
			return oneLine(x.doc.Text[toks[last+1].Start:toks[end].End])
		}
	}
	return ""
}

func roleWord(w string) bool {
	return personRoles[w] || w == "executive" || w == "officer" || w == "chancellor" || w == "financial" || w == "operating"
}

// infinitivePhrase is what verb trigger e is to do, from the tree: its
// "to" infinitive complement (or purpose clause, which the parser often
// makes of one) with that verb's object
// ("agreed on Monday to buy its former supplier Spirit AeroSystems": "to
// buy its former supplier Spirit AeroSystems"; "sued to block the
// merger"); "" when there is none or the phrase is long.
func (x *extractor) infinitivePhrase(e *ev) string {
	if e.Class == Reporting {
		return ""
	}
	return x.infinitiveOf(e)
}

// infinitiveOf is infinitivePhrase for any verb, a verb of telling or
// asking too: "told Trump to pay a fine" says what Trump is to do.
func (x *extractor) infinitiveOf(e *ev) string {
	if e.trig.Noun {
		return ""
	}
	si := e.sent
	tw := x.treeWord(si, e.tok)
	if tw == 0 {
		return ""
	}
	toks := x.sents[si].Tokens
	for _, c := range x.children(si, tw, relXcomp|relAdvcl) {
		v := x.word(si, c)
		if v.UPOS != "VERB" || v.Token <= e.tok {
			continue
		}
		to, whether := false, false
		for _, m := range x.children(si, c, relMark) {
			to = to || lowerASCII(x.word(si, m).Form) == "to"
			whether = whether || lowerASCII(x.word(si, m).Form) == "whether" && x.word(si, m).Token > e.tok+1 // (right after the verb, its line has it)
		}
		if !to {
			continue
		}
		if v.Rel == "advcl" && x.nounBeforeTo(si, c) {
			continue // "exploded minutes after liftoff on a mission to resupply the station": the mission's aim, not the verb's
		}
		out := "to " + lowerASCII(v.Lemma)
		if whether {
			out = "whether " + out // "to decide whether to appeal": not a decision to appeal
		}
		if v.XPOS == "VBN" && len(x.children(si, c, relAuxPass)) > 0 {
			out = "to be " + lowerASCII(v.Form) // "expected to be sold"
		}
		for _, p := range x.children(si, c, relCompoundPrt|relAdvmod) {
			d := x.word(si, p)
			if d.Rel == "compound:prt" && d.Token > v.Token && d.Token <= v.Token+2 ||
				d.Token == v.Token+1 && directionAdverbs.Has(lowerASCII(d.Form)) {
				out += " " + lowerASCII(d.Form) // "to take over", however the parser names "over"
				break
			}
		}
		if objs := x.children(si, c, relObj); len(objs) > 0 {
			if n := x.pronounObject(e, si, c); n != "" {
				return out + " " + n
			}
			p := x.treeNounPhrase(si, objs[0], v.Token+1)
			if o := x.word(si, objs[0]); !p.ok() && (o.UPOS == "SYM" || o.UPOS == "NUM") && o.Token > v.Token {
				// An amount: "to raise $2 billion".
				p = phrase{si, o.Token, o.Token}
				for _, k := range x.children(si, objs[0], relNummod|relCompound) {
					if t := x.word(si, k).Token; t > p.last && t <= o.Token+3 {
						p.last = t
					}
				}
			}
			if !p.ok() {
				return ""
			}
			last := p.last
			for _, k := range x.children(si, objs[0], relAppos|relFlat|relCompound) {
				if t := x.word(si, k).Token; t > last && t <= last+4 {
					last = t // "its former supplier Spirit AeroSystems"
				}
			}
			if m := x.mentionAt(si, last+1); m != nil && m.first == last+1 {
				last = m.last // the name after its description, however the parser hung it
			}
			for _, k := range x.children(si, c, relXcomp) {
				if d := x.word(si, k); d.Token == last+1 && (d.UPOS == "ADJ" || d.XPOS == "VBN") {
					last = d.Token // what the object is left: "to keep passengers informed"
				}
			}
			if last-v.Token > 8 {
				return ""
			}
			out += " " + oneLine(x.doc.Text[toks[p.first].Start:toks[last].End])
		} else if agents := x.children(si, c, relOblAgent); len(agents) > 0 && len(x.children(si, c, relAuxPass)) > 0 {
			// By whom a passive infinitive is to be done: "agreed to be
			// taken over by Vodafone AirTouch".
			if m := x.mentionAt(si, x.word(si, agents[0]).Token); m != nil && m.ent != nil && actorType(m.ent.Type) && m.first > v.Token && m.first-v.Token <= 4 {
				out += " by " + m.ent.Name
			}
		} else if reportVerbs[lowerASCII(v.Lemma)] {
			// What it refused or declined to say: "refused to say the
			// title was within reach".
			for _, k := range x.children(si, c, relCcomp) {
				if x.word(si, k).Token > v.Token {
					if t := x.complementText(e, k); t != "" {
						out += " " + t
					}
					break
				}
			}
		}
		return out
	}
	return ""
}

// splitOblique returns the first token of a prepositional phrase right
// after verb trigger e that the parser cut off the object phrase p after
// it ("filed for Chapter 11 bankruptcy protection": "for Chapter 11" an
// oblique, "bankruptcy protection" the object), or 0: the gap opens with
// a preposition, holds at most four words, no punctuation, and only
// words that hang on each other or on the verb.
func (x *extractor) splitOblique(e *ev, p phrase) int {
	si := e.sent
	a, b := e.tok+1, p.first-1
	if b < a || b-a >= 4 {
		return 0
	}
	tv := x.treeWord(si, e.tok)
	ta := x.treeWord(si, a)
	if tv == 0 || ta == 0 || x.word(si, ta).UPOS != "ADP" || x.word(si, ta).Rel != "case" {
		return 0 // (not a particle: "holds up an estimated $9 billion")
	}
	toks := x.sents[si].Tokens
	for k := a; k <= b; k++ {
		tw := x.treeWord(si, k)
		if tw == 0 || toks[k].Kind == text.Punct || x.inTimex(si, k) {
			return 0
		}
		h := x.word(si, tw).Head
		if h != tv && (h <= 0 || x.word(si, h).Token < a || x.word(si, h).Token > b) {
			return 0
		}
	}
	return a
}

// objectPronouns stand for a person or group as a verb's object.
var objectPronouns = wordset.New("him", "her", "them")

// pronounObject names whom verb c of sentence si acts on when its object
// is a pronoun that stands for one entity: "voted to convict her" -> "to
// convict Rousseff". The pronoun itself when it stands for event e's own
// agent ("asked Russians to forgive him"); "" when it stands for no one
// or several.
func (x *extractor) pronounObject(e *ev, si, c int) string {
	objs := x.children(si, c, relObj)
	if len(objs) == 0 {
		return ""
	}
	o := x.word(si, objs[0])
	if o.UPOS != "PRON" || o.Token <= x.word(si, c).Token || !objectPronouns.Has(lowerASCII(o.Form)) {
		return ""
	}
	ids := x.pronoun(si, o.Token, nil, nil)
	if len(ids) != 1 {
		return ""
	}
	if e.parts.role(ids[0]) == RoleAgent {
		return lowerASCII(o.Form)
	}
	return x.short(ids[0])
}

// nounBeforeTo reports whether the word before infinitive c's "to" is a
// noun that modifies another noun of the clause (an nmod: "after liftoff
// on a mission to resupply"), which the infinitive more likely tells the
// aim of than the verb does.
func (x *extractor) nounBeforeTo(si, c int) bool {
	for _, m := range x.children(si, c, relMark) {
		if lowerASCII(x.word(si, m).Form) != "to" {
			continue
		}
		t := x.word(si, m).Token
		if t <= 0 {
			return false
		}
		p := x.treeWord(si, t-1)
		if p == 0 {
			return false
		}
		d := x.word(si, p)
		if d.UPOS != "NOUN" || d.Rel != "nmod" || x.inTimex(si, t-1) {
			return false // (a time, a name, the verb's own oblique or object: "agreed on Sunday to buy", "flew to Belfast to take charge")
		}
		return true
	}
	return false
}

// planPhrase is what a verb that dated a plan says was planned: "to buy
// the company".
func (x *extractor) planPhrase(p *ev) string {
	base, _ := verbFor(p)
	out := "to " + base
	if prt := x.particle(p); prt != "" {
		out += " " + prt // "tried to walk away"
	}
	if op := x.objectPhrase(p); op.ok() {
		out += " " + x.phraseText(p, op, false)
	} else if tw := x.treeWord(p.sent, p.tok); tw > 0 {
		if n := x.pronounObject(p, p.sent, tw); n != "" {
			out += " " + n // "voted to convict her": "to convict Rousseff"
		}
	}
	return out
}

// writeSummaryPlaces writes the places: those taken as objects ("visit
// Russia", "seized the islands") first, then places by their preposition.
func writeSummaryPlaces(b *strings.Builder, e *ev, places []string) {
	var directs []string
	byPrep := map[string][]string{}
	var preps []string
	written := b.String()
	for i, p := range e.Places {
		if places[i] != "" && containsWord(written, places[i]) {
			continue // "strikes off Japan's northeast coast": said already
		}
		pr := e.placePrep[p]
		if pr == "" {
			directs = append(directs, places[i])
			continue
		}
		if pr == "at" || pr == "inside" {
			pr = "in"
		}
		if byPrep[pr] == nil {
			preps = append(preps, pr)
		}
		byPrep[pr] = append(byPrep[pr], places[i])
	}
	if len(directs) > 0 {
		b.WriteString(" " + join(directs))
	}
	for _, pr := range preps {
		b.WriteString(" " + pr + " " + join(byPrep[pr]))
	}
}

// noneSubject reports whether a summary begun with its subject opens
// on a subject that says no one did it: "No other bidder", "Nobody".
func noneSubject(sub string) bool {
	f, _, _ := strings.Cut(sub, " ")
	switch strings.ToLower(f) {
	case "no", "nobody", "none", "neither", "nothing", "noone":
		return true
	}
	return false
}

func verbFor(e *ev) (string, string) {
	if e.standalone && e.Lemma == "take" {
		// "took the islands" reads as a seizure; "hosted", "held" keep
		// their own verb.
		if v, ok := kindVerb[e.Kind]; ok {
			return v[0], v[1]
		}
	}
	if e.pastOnly {
		return e.Lemma, strings.ToLower(e.Text) // "Horizon sank", not "sanks"
	}
	if !e.trig.Noun {
		return e.Lemma, thirdPerson(e.Lemma)
	}
	if v, ok := kindVerb[e.Kind]; ok {
		return v[0], v[1]
	}
	l := e.Lemma
	if e.trig.Noun {
		return "hold " + l, "holds " + l
	}
	return l, thirdPerson(l)
}

func thirdPerson(v string) string {
	switch v {
	case "have":
		return "has"
	case "be":
		return "is"
	case "do":
		return "does"
	}
	switch {
	case strings.HasSuffix(v, "y") && len(v) > 2 && !strings.ContainsRune("aeiou", rune(v[len(v)-2])):
		return v[:len(v)-1] + "ies"
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "o"):
		return v + "es"
	}
	return v + "s"
}

// romanNumeral reports whether w is a Roman numeral from II to XXX or I
// after a name ("Elizabeth II", "Mohammed VI", "Benedict XVI").
func romanNumeral(w string) bool {
	if w == "" || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if r != 'I' && r != 'V' && r != 'X' {
			return false
		}
	}
	return true
}

// short is the name a summary uses: a person's surname (a regnal name
// whole; a surname with its particle, "Le Pen"), else the name.
// The surname is the one word of the name the article uses alone ("Xi"
// for Xi Jinping, whose family name comes first; "Putin"); when it uses
// none, the last word.
func (x *extractor) short(id string) string {
	e := x.ents[id]
	if e == nil {
		return id
	}
	switch e.Type {
	case entity.Person:
		f := strings.Fields(e.Name)
		if n := len(f); n > 1 && (f[n-1] == "Jr." || f[n-1] == "Jr" || f[n-1] == "Sr." || f[n-1] == "Sr") {
			f = f[:n-1] // "Martin Luther King Jr.": King
		}
		if n := len(f); n > 1 && romanNumeral(f[n-1]) {
			if n > 2 && slices.ContainsFunc(e.Mentions, func(m entity.Mention) bool { return m.Text == f[n-2] }) {
				return f[n-2] // a generational suffix, the surname written alone too: "Chesley B. Sullenberger III", "Sullenberger"
			}
			return f[n-2] + " " + f[n-1] // a regnal name: "Mohammed VI", "Benedict XVI"
		}
		if len(f) > 1 && x.sharedSurname(e, f[len(f)-1]) {
			return e.Name // "Bonnie Kalanick killed", beside Travis Kalanick's "Kalanick resigns"
		}
		if familyFirst(f) {
			return f[0] // "Tsai Ing-wen": Tsai; "Hui Ka Yan": Hui
		}
		if len(f) > 1 {
			// a surname with its particle: "Le Pen", "von der Leyen"
			s := entity.SurnameStart(f)
			if s == 0 {
				s = len(f) - 1
			}
			last := strings.Join(f[s:], " ")
			if s == len(f)-1 {
				last = entity.BareSurname(last) // "Sisi praises", not "Al-Sisi praises"
			}
			alone := ""
			for _, m := range e.Mentions {
				if m.Text == last {
					return last
				}
				if alone == "" && slices.Contains(f[:len(f)-1], m.Text) {
					alone = m.Text
				}
			}
			if alone != "" {
				return alone
			}
			return last
		}
	case entity.Organization:
		// "APEC" reads better than "Asia-Pacific Economic Cooperation".
		for _, m := range e.Mentions {
			if m.Kind == "acronym" && len(m.Text) < len(e.Name) {
				return m.Text
			}
		}
		// "Du Pont earns", not "Du Pont Co. earns", when the text also
		// writes the name without its designator.
		if f := strings.Fields(e.Name); len(f) > 2 {
			bare := strings.Join(f[:len(f)-1], " ")
			if entity.Designator(f[len(f)-1]) && slices.Contains(e.Aliases, bare) {
				return bare
			}
		}
	}
	return e.Name
}

// familyFirst reports whether a person's name (its words) is written
// family name first, as Chinese and Korean names are in English news: a
// hyphenated given name after one family name ("Tsai Ing-wen", "Moon
// Jae-in", "Koh Dong-jin"), or three words of at most three letters each
// ("Hui Ka Yan", "Kim Jong Un").
func familyFirst(f []string) bool {
	switch len(f) {
	case 2:
		l := f[1]
		i := strings.IndexByte(l, '-')
		return i > 0 && i+1 < len(l) && l[i+1] >= 'a' && l[i+1] <= 'z' && len(f[0]) <= 4
	case 3:
		for _, w := range f {
			if len(w) > 3 || len(w) < 2 || w[0] < 'A' || w[0] > 'Z' || strings.ContainsAny(w, ".-") {
				return false
			}
		}
		return true
	}
	return false
}

// sharedSurname reports whether another person of the document is
// named by surname too and is mentioned at least as often as person e
// (or as often and earlier): the surname alone would name them.
func (x *extractor) sharedSurname(e *entity.Entity, last string) bool {
	for _, o := range x.ents {
		if o == e || o.Type != entity.Person || !strings.HasSuffix(o.Name, " "+last) && o.Name != last {
			continue
		}
		if len(o.Mentions) > len(e.Mentions) || len(o.Mentions) == len(e.Mentions) && o.ID < e.ID {
			return true
		}
	}
	return false
}

func join(ns []string) string {
	switch len(ns) {
	case 0:
		return ""
	case 1:
		return ns[0]
	case 2:
		return ns[0] + " and " + ns[1]
	}
	return strings.Join(ns[:len(ns)-1], ", ") + " and " + ns[len(ns)-1]
}

// clauseVerbs state, deny or hold what a clause says: their line repeats
// it as a verb of saying does.
var clauseVerbs = wordset.New("deny", "admit", "argue", "claim", "insist", "warn", "confirm", "acknowledge", "allege",
	"testify", "suggest", "predict", "fear", "conclude", "announce", "report", "reveal", "disclose", "concede",
	"promise", "pledge", "vow", "assert", "stress", "rule", "decide", "determine", "write", "agree")

// saidClauseMax is the most words of a reported clause a line repeats.
const saidClauseMax = 10

// saidClause returns what a verb of saying says, as written, when the
// tree gives it a short complement clause after it ("said on Monday that
// the banking system was safe": "the banking system was safe"), without
// its "that" and final punctuation; else "".
func (x *extractor) saidClause(e *ev) string {
	si := e.sent
	tw := x.treeWord(si, e.tok)
	if tw == 0 {
		return ""
	}
	var cs []int
	for _, c := range x.children(si, tw, relCcomp) {
		if x.word(si, c).Token > e.tok {
			cs = append(cs, c) // what is said comes after the verb (an apposition before it may be labelled ccomp)
		}
	}
	if d := x.word(si, tw); len(cs) == 0 && d.Rel == "parataxis" && d.Head > 0 && d.Head < tw {
		return x.clauseBefore(e, d.Head) // "Toyota will build a plant, the company announced"
	}
	if len(cs) == 0 {
		// The same with the report as the root and what it says its
		// clause before it: "Concluding a peace treaty would involve
		// Moscow examining ..., Putin said on Saturday".
		for _, c := range x.children(si, tw, relCcomp) {
			if t := x.word(si, c).Token; t < e.tok && x.commaBefore(si, tw) {
				return x.clauseUnder(e, c)
			}
		}
	}
	if len(cs) == 0 {
		// A gerund right after a verb that denies or admits says what it
		// denies or admits, however the parser hung it: "denied intending
		// to kill her", "admitted taking bribes".
		if g := x.gerundAfter(si, tw, e.tok); g > 0 {
			return x.complementText(e, g)
		}
	}
	if len(cs) == 0 {
		return x.thatAfterTime(e) // the parser hung "that" and its clause on the time: "said on Wednesday that ..."
	}
	if x.word(si, cs[0]).Token <= e.tok {
		return ""
	}
	if h := x.word(si, cs[0]); lowerASCII(h.Lemma) != "make" && causatives.Has(lowerASCII(h.Lemma)) && len(x.children(si, cs[0], relObj)) > 0 &&
		!slices.ContainsFunc(x.children(si, cs[0], relXcomp), func(k int) bool { return x.word(si, k).UPOS == "VERB" }) {
		return "" // what it lets or makes its object do is lost: "would let the buyer"
	}
	return x.complementText(e, cs[0])
}

// causatives are verbs whose object goes on with what it is made to do
// ("would let the buyer close two mills"). A reported clause headed by
// one leaves out "make", whose object is most often what is made.
var causatives = wordset.New("let", "help", "allow", "enable", "force", "make")

// Causative reports whether a word (lower case) is a causative verb in its
// base or third-person form ("lets", "makes"), whose object goes on with
// what it is made to do: a line that stops on its object is cut short.
func Causative(w string) bool {
	return causatives.Has(w) || strings.HasSuffix(w, "s") && causatives.Has(w[:len(w)-1])
}

// gerundAfter returns the verb child of tree word tw (token tok) whose
// clause opens on a gerund right after tok ("denied intending to ...",
// "denied having taken ..."); 0 when there is none.
func (x *extractor) gerundAfter(si, tw, tok int) int {
	toks := x.sents[si].Tokens
	if tok+1 >= len(toks) || !strings.HasSuffix(toks[tok+1].Lower, "ing") {
		return 0
	}
	for _, c := range x.children(si, tw, relXcomp|relAdvcl|relCcomp) {
		d := x.word(si, c)
		if d.UPOS != "VERB" || d.Token <= tok {
			continue
		}
		if g := x.treeWord(si, tok+1); g == c || g > 0 && x.word(si, g).Head == c && x.word(si, g).Rel == "aux" {
			return c
		}
	}
	return 0
}

// complementText returns clause c after event e's trigger, as written,
// when it is short, or its core when that is ("that its chief executive,
// Dave Calhoun, will step down at the end of the year, as ...": "Dave
// Calhoun will step down"); without its "that" and final punctuation; ""
// when even the core is long.
// thatAfterTime returns what report e says when the words after its verb
// are a time and "that" ("said on Wednesday that the number of dead could
// exceed 100,000", "announced the same day that the world body would
// release 10 million dollars") but the parser hung the clause on the time
// (as a relative clause or worse): the words after "that" to the first
// comma or the end of the sentence, when they hold a verb, cut before the
// first preposition after the verb when they are more than
// saidClauseMax; "" otherwise.
func (x *extractor) thatAfterTime(e *ev) string {
	si := e.sent
	toks := x.sents[si].Tokens
	k := e.tok + 1
	for k < len(toks) && x.inTimex(si, k) || k < len(toks) && (toks[k].Lower == "on" || toks[k].Lower == "the" || toks[k].Lower == "same") && k+1 < len(toks) && x.inTimex(si, k+1) {
		k++
	}
	if k == e.tok+1 || k >= len(toks) || toks[k].Lower != "that" {
		if k == e.tok+1 || k+2 >= len(toks) || toks[k].Lower != "day" || toks[k+1].Lower != "that" {
			return ""
		}
		k++ // "the same day that"
	}
	first, last := k+1, len(toks)-1
	for j := first; j <= last; j++ {
		if toks[j].Kind == text.Punct && toks[j].Lower != "-" && !amountSign(toks, j) {
			last = j - 1 // the clause ends at its first comma: "..., though he acknowledged"
			break
		}
	}
	verb := -1
	for j := first; j <= last; j++ {
		if tw := x.treeWord(si, j); tw > 0 && (x.word(si, tw).UPOS == "VERB" || x.word(si, tw).UPOS == "AUX") {
			verb = j
			break
		}
	}
	if verb < 0 {
		return ""
	}
	if last-first+1 > saidClauseMax {
		// Up to the first preposition after its verb group: "would release
		// 10 million dollars [from its emergency relief fund]".
		cut := -1
		for j := verb + 2; j <= last && j <= first+saidClauseMax; j++ {
			if preps.Has(toks[j].Lower) {
				cut = j - 1
				break
			}
		}
		if cut < 0 {
			return ""
		}
		last = cut
	}
	return oneLine(x.doc.Text[toks[first].Start:toks[last].End])
}

// showVerbs tell what a record, test or finding showed: the clause they
// govern is what the line is about.
var showVerbs = wordset.New("show", "reveal", "indicate", "suggest", "prove")

// stateConj reports whether k, a conjunct of adjective w or the
// conjunction before one, is a second adjective of the same state with
// no subject of its own: "were cold but unhurt".
func (x *extractor) stateConj(si, w, k int) bool {
	if x.word(si, w).UPOS != "ADJ" {
		return false
	}
	d := x.word(si, k)
	if d.Rel == "cc" {
		return slices.ContainsFunc(x.children(si, w, relConj), func(c int) bool { return c > k && x.stateConj(si, w, c) })
	}
	return d.UPOS == "ADJ" && len(x.children(si, k, relNsubj|relCop)) == 0 && d.Token-x.word(si, w).Token <= 3
}

func (x *extractor) complementText(e *ev, c int) string {
	si := e.sent
	cs := []int{c}
	first, last := x.word(si, cs[0]).Token, x.word(si, cs[0]).Token
	var walk func(w, depth int)
	walk = func(w, depth int) {
		if depth > 12 {
			return
		}
		for _, k := range x.kids[si][w] {
			if r := x.word(si, k).Rel; depth == 0 && (r == "conj" || r == "cc") && !x.stateConj(si, w, k) {
				continue // the first of coordinated clauses: "that the system was safe and that ..."
			}
			if t := x.word(si, k).Token; t >= 0 {
				first, last = min(first, t), max(last, t)
			}
			walk(k, depth+1)
		}
	}
	walk(cs[0], 0)
	toks := x.sents[si].Tokens
	first, last = x.trimSaid(si, first, last)
	if first > last || first <= e.tok {
		return ""
	}
	if out := x.namedSubjectClause(si, cs[0], first, last); out != "" {
		return out
	}
	if last-first+1 > saidClauseMax {
		// Too long: its core, subject, verb group and object, when that
		// is short ("said on Wednesday that it sold $21 billion of
		// securities at a loss ... and planned ...": "it sold $21 billion
		// of securities"), with the subject's name for its description
		// ("said that its chief executive, Dave Calhoun, will step down
		// at the end of the year, as ...": "Dave Calhoun will step
		// down"). The infinitive, then the oblique its verb needs, go
		// when the core is too long with them.
		f, l, named := x.fitCore(si, cs[0], e.tok, true)
		if named != "" {
			return named
		}
		if l < 0 {
			return ""
		}
		first, last = f, l
	}
	return oneLine(x.doc.Text[toks[first].Start:toks[last].End])
}

// deniesClause reports whether verb event e denies a clause after it: its
// line has no object but that clause ("The minister denied the kingdom
// had notified any of its customers": not "denies the kingdom").
func (x *extractor) deniesClause(e *ev) bool {
	if !DenialVerb(e.Lemma) {
		return false
	}
	tw := x.treeWord(e.sent, e.tok)
	return tw > 0 && len(x.children(e.sent, tw, relObj)) == 0 && // ("dismissed the criticism: ``...''")
		(slices.ContainsFunc(x.children(e.sent, tw, relCcomp), func(c int) bool { return x.word(e.sent, c).Token > e.tok }) ||
			x.gerundAfter(e.sent, tw, e.tok) > 0) // "denied intending to kill her"
}

// oblBeforeClause reports whether verb event e has an oblique other than
// a date between it and its clause: "agreed on Wednesday to a ceasefire
// that would halt the fighting" (what was agreed is the ceasefire, the
// clause the parser hung on the verb is the ceasefire's).
func (x *extractor) oblBeforeClause(e *ev) bool {
	tw := x.treeWord(e.sent, e.tok)
	if tw == 0 {
		return false
	}
	cs := x.children(e.sent, tw, relCcomp)
	if len(cs) == 0 {
		return false
	}
	for _, o := range x.children(e.sent, tw, relObl) {
		if t := x.word(e.sent, o).Token; t > e.tok && o < cs[len(cs)-1] && !x.inDate(e.sent, t) {
			return true
		}
	}
	return false
}

// thatClause reports whether verb event e has a clause after it opened by
// "that": "wrote that history owed an apology" reports what was written
// ("wrote in a letter ... “We lack ...”" quotes it).
func (x *extractor) thatClause(e *ev) bool {
	tw := x.treeWord(e.sent, e.tok)
	if tw == 0 {
		return false
	}
	toks := x.sents[e.sent].Tokens
	for _, c := range x.children(e.sent, tw, relCcomp) {
		if x.word(e.sent, c).Token > e.tok && slices.ContainsFunc(x.children(e.sent, c, relMark), func(m int) bool { return lowerASCII(x.word(e.sent, m).Form) == "that" }) {
			return true
		}
		// "agreed that more cooperation ... is needed", with "that" hung on
		// the clause's subject: the word right after the verb, in the clause.
		if k := e.tok + 1; k < len(toks) && toks[k].Lower == "that" && x.treeWord(e.sent, k) > 0 && x.under(e.sent, x.treeWord(e.sent, k), c, 8) &&
			x.word(e.sent, x.treeWord(e.sent, k)).Rel == "mark" {
			return true
		}
	}
	return false
}

// claimClause returns what the claim a denial verb's object names says,
// when a short clause after the object tells it: "dismissed suggestions
// that the mission had failed" -> "the mission had failed"; else "".
func (x *extractor) claimClause(e *ev) string {
	tw := x.treeWord(e.sent, e.tok)
	if tw == 0 {
		return ""
	}
	for _, o := range x.children(e.sent, tw, relObj) {
		if !deniedClaims.Has(lowerASCII(x.word(e.sent, o).Lemma)) {
			continue
		}
		// What the claim says, or a "that" clause right after it that the
		// parser hung on the verb ("rejected the defence's argument that
		// the tests were flawed").
		cs := x.children(e.sent, o, relAcl|relCcomp)
		for _, c := range x.children(e.sent, tw, relCcomp) {
			if c > o {
				cs = append(cs, c)
			}
		}
		for _, c := range cs {
			if !slices.ContainsFunc(x.children(e.sent, c, relMark), func(m int) bool { return lowerASCII(x.word(e.sent, m).Form) == "that" }) {
				continue // "the claims it made": a relative clause, not what they say ("that" is its mark, not its subject or object)
			}
			return x.complementText(e, c)
		}
	}
	return ""
}

// namedSubjectClause returns the reported clause first..last of head c
// told with its subject's name in place of the subject's description,
// when the name stands in apposition to it: "said its chief executive,
// Stockton Rush, was among the dead" says "Stockton Rush was among the
// dead". "" when the subject has no such name or the clause is long.
func (x *extractor) namedSubjectClause(si, c, first, last int) string {
	subj := x.children(si, c, relNsubj|relNsubjPass)
	if len(subj) != 1 {
		return ""
	}
	var name int
	for _, a := range x.children(si, subj[0], relAppos) {
		if m := x.mentionAt(si, x.word(si, a).Token); m != nil && m.ent.Type == entity.Person {
			name = a
		}
	}
	if name == 0 {
		return ""
	}
	sf, sl := x.word(si, subj[0]).Token, x.word(si, subj[0]).Token
	nf, nl := x.word(si, name).Token, x.word(si, name).Token
	for k := 1; k <= len(x.trees[si].Words); k++ {
		t := x.word(si, k).Token
		if t < 0 {
			continue
		}
		if x.under(si, k, subj[0], 32) {
			sf, sl = min(sf, t), max(sl, t)
		}
		if x.under(si, k, name, 32) && x.sents[si].Tokens[t].Kind != text.Punct {
			nf, nl = min(nf, t), max(nl, t)
		}
	}
	toks := x.sents[si].Tokens
	for sl+1 <= last && toks[sl+1].Kind == text.Punct {
		sl++ // the comma that closes the apposition
	}
	if sf < first || sl >= last || (sf-first)+(nl-nf+1)+(last-sl) > saidClauseMax {
		return ""
	}
	var b strings.Builder
	if sf > first {
		b.WriteString(x.doc.Text[toks[first].Start:toks[sf-1].End])
		b.WriteByte(' ')
	}
	b.WriteString(x.doc.Text[toks[nf].Start:toks[nl].End])
	b.WriteByte(' ')
	b.WriteString(x.doc.Text[toks[sl+1].Start:toks[last].End])
	return oneLine(b.String())
}

// trimSaid trims the tokens first..last of what a report says: its "that"
// and punctuation, and the report's own time before the clause, which the
// parser may hang on it ("Investigators said Friday they found a rifle").
func (x *extractor) trimSaid(si, first, last int) (int, int) {
	toks := x.sents[si].Tokens
	lead := func() {
		for first <= last && (toks[first].Lower == "that" || toks[first].Kind == text.Punct) {
			first++
		}
	}
	lead()
	if k := first; k <= last && x.inTimex(si, k) {
		for k <= last && x.inTimex(si, k) {
			k++
		}
		if k <= last && toks[k].Lower != "'s" && toks[k].Lower != "’s" {
			first = k
			lead()
		}
	}
	for last >= first && toks[last].Kind == text.Punct {
		last--
	}
	return first, last
}

// coreClause returns the first and last tokens of clause head c's core:
// itself, its subject, auxiliaries, negation, particle and object, each
// with its determiners, modifiers, compounds, numbers and "of" phrase.
// clauseBefore is what a report after its clause says: the clause of
// verb h (the report's head), its words up to the comma before the
// report, or its core when those are many; "" when none fits.
func (x *extractor) clauseBefore(e *ev, h int) string {
	si := e.sent
	toks := x.sents[si].Tokens
	first, last := x.spanBefore(si, h, e.tok)
	rw := x.treeWord(si, e.tok)
	for last >= first && (toks[last].Kind == text.Punct || x.treeWord(si, last) > 0 && x.under(si, x.treeWord(si, last), rw, 32)) {
		last-- // the report's own words and the comma before it
	}
	for first <= last && toks[first].Kind == text.Punct {
		first++
	}
	if first > last {
		return ""
	}
	if last-first+1 > saidClauseMax {
		if first, last = x.shortCore(si, h); last < 0 || last >= e.tok {
			return ""
		}
	}
	out := oneLine(x.doc.Text[toks[first].Start:toks[last].End])
	if first == 0 && sentenceOpeners.Has(toks[0].Lower) {
		out = toks[0].Lower + out[len(toks[0].Text):] // "says the five people aboard ... died", not "says The five"
	}
	return out
}

// commaBefore reports whether the phrase of report verb tw (its subject
// and the words before it that hang on it) follows a comma: the report
// comes after what it says.
func (x *extractor) commaBefore(si, tw int) bool {
	first := tw
	for _, c := range x.kids[si][tw] {
		if r := x.word(si, c).Rel; c < first && (r == "nsubj" || r == "punct") {
			first = c
		}
	}
	for k := first; k >= 1 && k > first-8; k-- {
		if x.word(si, k).Form == "," {
			return true
		}
		if k < first && !x.under(si, k, tw, 8) {
			return false
		}
	}
	return false
}

// spanBefore returns the first and last tokens of the words under tree
// word h (h's own included) that come before token end.
func (x *extractor) spanBefore(si, h, end int) (first, last int) {
	first, last = x.word(si, h).Token, x.word(si, h).Token
	for k := 1; k <= len(x.trees[si].Words); k++ {
		if t := x.word(si, k).Token; t >= 0 && t < end && x.under(si, k, h, 32) {
			first, last = min(first, t), max(last, t)
		}
	}
	return first, last
}

// clauseUnder returns the words of clause c before report e, as
// written, or its core (subject, verb group, object) when that is too
// long; "" when even the core is.
func (x *extractor) clauseUnder(e *ev, c int) string {
	si := e.sent
	toks := x.sents[si].Tokens
	first, last := x.spanBefore(si, c, e.tok)
	for last >= first && toks[last].Kind == text.Punct {
		last--
	}
	if first > last || !x.treeHasSubject(si, c) {
		return "" // "Hussein said, called Bush ...": no clause of its own
	}
	for k := 0; k < e.tok; k++ {
		if quoteMarks.Has(toks[k].Text) || toks[k].Text == "`" {
			return "" // a quotation: the speaker's own words, often "I" and "we"
		}
	}
	if last-first+1 > saidClauseMax {
		if first, last = x.shortCore(si, c); last < 0 || last >= e.tok {
			return ""
		}
	}
	out := oneLine(x.doc.Text[toks[first].Start:toks[last].End])
	if w0 := x.treeWord(si, first); w0 > 0 && lowerFirst(x.word(si, w0).UPOS) && toks[first].Text != "I" {
		out = toks[first].Lower + out[len(toks[first].Text):] // "says concluding a treaty would ...", not "says Concluding"
	}
	return out
}

// lowerFirst reports whether a clause's first word, capitalized only as
// the sentence's first, is written in lower case after "says": not a name
// nor an adjective, which may be part of one ("Automatic Data").
func lowerFirst(upos string) bool {
	switch upos {
	case "DET", "PRON", "NOUN", "VERB", "AUX", "ADV", "NUM", "SCONJ", "ADP", "PART":
		return true
	}
	return false
}

// quoteMarks open or close a quotation.
var quoteMarks = wordset.New("\"", "``", "''", "“", "”", "‘", "'")

// treeHasSubject reports whether tree word c has a subject of its own.
func (x *extractor) treeHasSubject(si, c int) bool {
	for _, k := range x.kids[si][c] {
		if r := x.word(si, k).Rel; strings.HasPrefix(r, "nsubj") || strings.HasPrefix(r, "csubj") || r == "expl" {
			return true
		}
	}
	return false
}

// PlainClause reports whether a reported clause reads on its own after
// "says": three words or more, not opening on a verb or a conjunction
// (the parser's cut: "is worried"), nor on a quotation's "I", "we" or
// "you".
func PlainClause(c string) bool {
	f := strings.Fields(c)
	if len(f) < 3 {
		return false
	}
	switch strings.ToLower(f[0]) {
	case "is", "was", "are", "were", "but", "and", "or", "i", "we", "you", "that":
		return false
	}
	return true
}

// sentenceOpeners are words capitalized only because a sentence opens on
// them.
var sentenceOpeners = wordset.New("the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "it", "he",
	"she", "they", "we", "our", "some", "many", "most", "all", "several")

func (x *extractor) coreClause(si, c int, inf bool) (int, int) {
	first, last, _ := x.coreClauseOf(si, c, inf, true)
	return first, last
}

// saidClauseLong is the most words of a reported clause's core a line
// repeats when only then does its verb keep the complement it needs:
// "the planned merger of the two mills would lead to hundreds of job
// cuts", not "... would lead".
const saidClauseLong = 14

// fitCore returns the first and last tokens of clause head c's core that
// a line repeats: one that holds what its verb needs (an object, the
// infinitive it goes on with, the oblique it needs) in saidClauseMax
// words, else in saidClauseLong, else any in saidClauseMax; -1, -1 when
// none fits. The core must come after token after. With trim, the words
// are trimmed as a report's clause after it is, and a core whose subject
// stands beside its name comes back told with the name (named).
func (x *extractor) fitCore(si, c, after int, trim bool) (first, last int, named string) {
	type core struct {
		f, l     int
		complete bool
	}
	var cores []core
	for _, v := range [][2]bool{{true, true}, {true, false}, {false, true}, {false, false}} {
		f, l, complete := x.coreClauseOf(si, c, v[0], v[1])
		if trim {
			f, l = x.trimSaid(si, f, l)
		}
		if f > l || f <= after {
			continue
		}
		if m := x.mentionAt(si, l); m != nil && m.last > l {
			l = m.last // a name the core cut: "the slated visit of U.S. Commerce Secretary William Daley"
		}
		cores = append(cores, core{f, l, complete})
	}
	for pass := range 3 {
		for _, k := range cores {
			if pass < 2 && !k.complete {
				continue
			}
			if trim {
				if out := x.namedSubjectClause(si, c, k.f, k.l); out != "" {
					return k.f, k.l, out
				}
			}
			if n := k.l - k.f + 1; n <= saidClauseMax || pass == 1 && n <= saidClauseLong {
				return k.f, k.l, ""
			}
		}
	}
	return -1, -1, ""
}

// shortCore is fitCore for a clause before its report.
func (x *extractor) shortCore(si, c int) (int, int) {
	first, last, _ := x.fitCore(si, c, -1, false)
	return first, last
}

// coreClauseOf is coreClause, with the oblique a verb with no object
// needs when obl is set, and whether the core is complete: it holds an
// object, that oblique or a verb complement (a clause the core leaves
// out does not count).
func (x *extractor) coreClauseOf(si, c int, inf, obl bool) (first, last int, complete bool) {
	first, last = x.word(si, c).Token, x.word(si, c).Token
	clause := false // a clause complement, which the core leaves out
	var np func(w, depth int)
	np = func(w, depth int) {
		if t := x.word(si, w).Token; t >= 0 {
			first, last = min(first, t), max(last, t)
		}
		if depth > 4 {
			return
		}
		for _, k := range x.kids[si][w] {
			d := x.word(si, k)
			switch d.Rel {
			case "det", "amod", "compound", "nummod", "nmod:poss", "flat", "fixed", "case":
				np(k, depth+1)
			case "nmod":
				if cs := x.children(si, k, relCase); len(cs) > 0 && lowerASCII(x.word(si, cs[0]).Form) == "of" {
					np(k, depth+1)
				}
			}
		}
	}
	for _, k := range x.kids[si][c] {
		switch x.word(si, k).Rel {
		case "nsubj", "nsubj:pass", "aux", "aux:pass", "cop", "compound:prt", "obj", "iobj", "mark":
			np(k, 0)
			complete = complete || x.word(si, k).Rel == "obj"
		case "expl":
			if k < c {
				np(k, 0) // "it has been our destiny to ..."
			}
		case "csubj":
			// A clause as subject, with its object: "concluding a peace
			// treaty would involve ...".
			if k > c {
				continue
			}
			np(k, 0)
			for _, o := range x.children(si, k, relObj) {
				np(o, 0)
			}
		case "advmod":
			if w := lowerASCII(x.word(si, k).Form); w == "not" || w == "n't" || w == "never" {
				np(k, 0)
			} else if d := x.word(si, k); d.Token == x.word(si, c).Token+1 && directionAdverbs.Has(w) && w != "on" {
				np(k, 0) // a particle the labeller called an adverb: "would hand back"
			}
		case "xcomp":
			if u := x.word(si, k).UPOS; inf && (u == "NOUN" || u == "ADJ" || u == "PROPN") && k > c {
				np(k, 0) // what the subject became: "the virus had become a global pandemic"
				continue
			}
			// What the verb's subject failed, agreed or planned to do:
			// "the company had failed to present a workable plan"; what
			// it would consider or let its object do ("might consider
			// suspending its subsidies", "would let the buyer close two
			// mills"): the clause stops short without it.
			d := x.word(si, k)
			if d.UPOS != "VERB" || d.Token <= last {
				break
			}
			f, l, full := x.coreClauseOf(si, k, false, obl)
			if inf && x.toInfinitive(si, k) || full && (d.XPOS == "VBG" || d.XPOS == "VB" && !x.toInfinitive(si, k)) {
				first, last = min(first, f), max(last, l)
				// Whole unless the infinitive lost the oblique it needs:
				// "is needed to rein [in North Korea]".
				complete = complete || full || x.neededOblique(si, k) == 0
			}
		case "ccomp":
			clause = true
			if showVerbs.Has(lowerASCII(x.word(si, c).Lemma)) && x.word(si, k).Token > last && len(x.children(si, c, relAuxPass)) == 0 {
				// What a record or finding showed is the point: "the voice
				// recorder showed that the captain had left the cockpit".
				f, l, full := x.coreClauseOf(si, k, inf, obl)
				first, last = min(first, f), max(last, l)
				complete = complete || full
				clause = false
			}
		case "conj":
			// A state's second adjective: "were cold but unhurt" (the
			// line would say only "cold").
			if d := x.word(si, k); x.word(si, c).UPOS == "ADJ" && d.UPOS == "ADJ" && d.Token > last && d.Token-last <= 3 {
				last = d.Token
			}
		}
	}
	if !complete && !clause {
		// A verb with no object goes on with the oblique it needs: "the
		// merger would lead to thousands of job cuts", "would result in
		// higher prices".
		if k := x.neededOblique(si, c); k > 0 && obl {
			np(k, 0)
			complete = true
		}
	}
	return first, last, complete
}

// neededOblique returns the first oblique after clause head c that says
// what its verb goes on to ("lead to", "result in", "called for"): a
// noun after a preposition of complements, not a date; 0 when there is
// none or c is no verb.
func (x *extractor) neededOblique(si, c int) int {
	if x.word(si, c).UPOS != "VERB" {
		return 0
	}
	for _, k := range x.children(si, c, relObl) {
		d := x.word(si, k)
		if d.Rel != "obl" || d.Token <= x.word(si, c).Token || x.inDate(si, d.Token) || x.inTimex(si, d.Token) {
			continue
		}
		if d.UPOS != "NOUN" && d.UPOS != "PROPN" && d.UPOS != "PRON" && d.UPOS != "NUM" {
			return 0 // a phrase the parser broke: "from his small, neighborhood store"
		}
		cs := x.children(si, k, relCase)
		if len(cs) == 0 {
			return 0
		}
		if p := lowerASCII(x.word(si, cs[0]).Form); complementPreps.Has(p) || p == "in" {
			return k
		}
		return 0 // the first oblique is no complement ("rose by 5 percent")
	}
	return 0
}

// says reports whether e is a verb of saying (what it says is a clause).
func (x *extractor) says(e *ev) bool {
	return e.Class == Reporting && (sayVerbs.Has(e.Lemma) || sayVerbs.Has(strings.ToLower(e.Text))) && !x.reportsThing(e)
}

// complementPreps open the obliques a lexicon event's line needs when its
// verb has no object ("call for an investigation", "resign from his post",
// "agree to a deal"); others ("at a conference", "during the keynote")
// say where or when, which the line gives apart or not at all.
var complementPreps = wordset.New("for", "to", "from", "about", "against", "on", "into", "over", "with", "off")

func complementOblique(k string) bool {
	p, _, _ := strings.Cut(k, " ")
	return complementPreps.Has(strings.ToLower(p))
}

// phraseHasVerb reports whether phrase p takes in a word the tree calls a verb.
func (x *extractor) phraseHasVerb(si int, p phrase) bool {
	for k := p.first; k <= p.last; k++ {
		if tw := x.treeWord(si, k); tw > 0 && x.word(si, tw).UPOS == "VERB" {
			return true
		}
	}
	return false
}

// containsWord reports whether s holds w as whole words: "Japan" in
// "off Japan's coast", not in "Japanese".
func containsWord(s, w string) bool {
	for k := 0; ; {
		j := strings.Index(s[k:], w)
		if j < 0 {
			return false
		}
		j += k
		end := j + len(w)
		if (j == 0 || !isWordByte(s[j-1])) && (end == len(s) || !isWordByte(s[end])) {
			return true
		}
		k = j + 1
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// passiveRole returns the noun a passive verb makes its subject, the
// object that follows it ("was named finance minister", "was elected
// president"), or "".
func (x *extractor) passiveRole(e *ev) string {
	if e.trig.Noun {
		return ""
	}
	tw := x.treeWord(e.sent, e.tok)
	if tw == 0 || len(x.children(e.sent, tw, relAuxPass)) == 0 {
		return ""
	}
	for _, o := range x.children(e.sent, tw, relObj|relXcomp) {
		w := x.word(e.sent, o)
		if w.Token <= e.tok || w.Token > e.tok+4 || w.UPOS != "NOUN" {
			continue
		}
		p := x.treeNounPhrase(e.sent, o, e.tok+1)
		if !p.ok() || p.first != e.tok+1 && !(p.first == e.tok+2 && articles.Has(x.sents[e.sent].Tokens[e.tok+1].Lower)) {
			return ""
		}
		if p.last-p.first > 4 {
			return ""
		}
		return x.phraseText(e, p, false)
	}
	return ""
}
