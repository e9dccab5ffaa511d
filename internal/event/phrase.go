package event

import (
	"slices"
	"strings"

	"github.com/chronicle-news/chronicle/internal/entity"
	"github.com/chronicle-news/chronicle/internal/syntax"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/timex"
	"github.com/chronicle-news/chronicle/internal/wordset"
)

// This file reads the plain noun phrases around a trigger ("the islands",
// "four of the islands", "his office", "a territorial dispute") so that a
// summary can say what an event was about when its actors or objects are
// no named entities.

// phraseMax bounds a phrase, in tokens.
const phraseMax = 6

// pronouns never head a phrase a summary can quote.
var pronouns = wordset.Of(map[string]bool{"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true,
	"him": true, "her": true, "them": true, "us": true, "me": true, "there": true, "this": true, "that": true,
	"these": true, "those": true, "what": true, "which": true, "who": true, "whom": true, "itself": true,
	"themselves": true, "himself": true, "herself": true, "something": true, "anything": true, "nothing": true,
	"everything": true, "one": true, "some": true, "all": true, "both": true, "each": true, "more": true, "less": true})

// quantities may take a partitive "of": "four of the islands", "most of
// the region", "part of the chain".
var quantities = wordset.Of(map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "some": true, "most": true, "all": true, "many": true,
	"several": true, "part": true, "parts": true, "much": true, "none": true, "each": true, "both": true, "half": true, "rest": true})

// articles open a noun phrase and are dropped when the phrase starts a
// summary ("the islands" -> "Islands seized").
var articles = wordset.Of(map[string]bool{"the": true, "a": true, "an": true})

// possessives open a noun phrase and may be resolved ("his office" ->
// "Abe's office").
var possessives = wordset.Of(map[string]bool{"his": true, "her": true, "their": true, "its": true})

// auxWords stand between a subject and its verb.
var auxWords = wordset.Of(map[string]bool{"will": true, "would": true, "shall": true, "should": true, "can": true, "could": true,
	"may": true, "might": true, "must": true, "has": true, "have": true, "had": true, "was": true, "were": true,
	"is": true, "are": true, "be": true, "been": true, "being": true, "do": true, "does": true, "did": true})

// adverbs end a phrase: "meet again in December", "took them back".
var adverbs = wordset.Of(map[string]bool{"again": true, "together": true, "back": true, "also": true, "already": true, "soon": true,
	"later": true, "now": true, "then": true, "here": true, "ever": true, "still": true, "yet": true, "away": true,
	"abroad": true, "home": true, "instead": true, "too": true, "once": true, "twice": true, "forward": true, "up": true,
	"down": true, "off": true, "out": true, "over": true, "there": true})

// timePreps are prepositions the argument lists leave out: they end a
// phrase too ("met before the opening").
var timePreps = wordset.Of(map[string]bool{"before": true, "after": true, "during": true, "since": true, "until": true, "till": true,
	"despite": true, "through": true, "throughout": true, "amid": true, "beyond": true, "behind": true, "upon": true,
	"without": true, "ahead": true, "following": true, "per": true})

// conjunctions end a phrase.
var conjunctions = wordset.Of(map[string]bool{"and": true, "or": true, "but": true, "nor": true, "as": true, "than": true})

// phraseStops: the words that end a phrase (prepositions, clause words,
// conjunctions, adverbs, auxiliaries and pronouns), in one map so a token
// costs one look-up.
var phraseStops = func() wordset.Set {
	m := map[string]bool{}
	for _, set := range []wordset.Set{preps, timePreps, clauseWords, conjunctions, adverbs, verbContext} {
		for _, w := range set.Words() {
			m[w] = true
		}
	}
	for _, w := range possessives.Words() {
		delete(m, w)
	}
	return wordset.Of(m)
}()

// inTimex reports whether token k of sentence si is part of a time
// expression.
func (x *extractor) inTimex(si, k int) bool {
	for _, tm := range x.tmxs[si] {
		if tm.first <= k && k <= tm.last {
			return true
		}
	}
	return false
}

// inDate reports whether token k of sentence si lies in a date or time
// expression (a duration, "four years", is not one).
func (x *extractor) inDate(si, k int) bool {
	for _, tm := range x.tmxs[si] {
		if tm.first <= k && k <= tm.last && (tm.t.Type == timex.Date || tm.t.Type == timex.Time) {
			return true
		}
	}
	return false
}

// phraseWord reports whether token k of sentence si may be part of a noun
// phrase that starts at first.
func (x *extractor) phraseWord(si, first, k int) bool {
	toks := x.sents[si].Tokens
	t := toks[k]
	w := t.Lower
	switch {
	case t.Kind == text.Punct && w != "’" && w != "'" && w != "-" && !amountSign(toks, k):
		return false
	case w == "-" && spacedDash(toks, k) && (!capitalized(toks[k-1]) || !capitalized(toks[k+1]) || datelineDashAt(toks) == k):
		// A dash with spaces around it parts phrases ("their new device -
		// Apple", "SANTA CLARA, California - California regulators"),
		// but not two parts of a name ("Wal - Mart" in tokenized text).
		return false
	case phraseStops.Has(w):
		return false
	case (w == "late" || w == "early") && k+1 < len(toks) && (x.inTimex(si, k+1) || timeLeads.Has(toks[k+1].Lower)):
		return false // "passed the bill late on Thursday": the time's, not the bill's
	case strings.HasSuffix(w, "ly") && len(w) > 4 && x.mentionAt(si, k) == nil && !x.nounTriggerAt(si, k) && (k+1 >= len(toks) || toks[k+1].Kind == text.Punct || preps.Has(toks[k+1].Lower)):
		return false // "formally", "jointly" ending the clause
	case x.trigAt[si][k] && !x.nounTriggerAt(si, k) && !x.treeNounAt(si, k):
		return false // another event's verb (not "a preliminary report", a noun in the tree)
	case text.IsPastForm(w) && x.mentionAt(si, k) == nil:
		// A participle as an adjective needs an article before it and a
		// word after it: "the disputed islands".
		return k > first && (determiners.Has(toks[k-1].Lower) || possessives.Has(toks[k-1].Lower)) &&
			k+1 < len(toks) && toks[k+1].Kind == text.Word && !preps.Has(toks[k+1].Lower)
	}
	return !x.inTimex(si, k)
}

// spacedDash reports whether token k, a dash, has words on both sides
// with spaces between.
func spacedDash(toks []text.Token, k int) bool {
	return k > 0 && k+1 < len(toks) && toks[k-1].End < toks[k].Start && toks[k].End < toks[k+1].Start
}

func capitalized(t text.Token) bool {
	return t.Kind == text.Word && t.Text[0] >= 'A' && t.Text[0] <= 'Z'
}

// amountSign reports whether token k is the sign of an amount: a currency
// before a number ("$4.2 billion") or a percent sign after one ("19%").
func amountSign(toks []text.Token, k int) bool {
	switch toks[k].Text {
	case "$", "€", "£", "¥", "US$":
		return k+1 < len(toks) && startsWithDigit(toks[k+1].Text)
	case "%":
		return k > 0 && startsWithDigit(toks[k-1].Text)
	}
	return false
}

func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// nounTriggerAt reports whether token k of sentence si reads as an event
// noun ("a peace treaty signing", "talks").
func (x *extractor) nounTriggerAt(si, k int) bool {
	for _, t := range Lookup(x.sents[si].Tokens[k].Lower) {
		if t.Noun {
			return true
		}
	}
	return false
}

// timeLeads open a time expression after "late" or "early".
var timeLeads = wordset.New("on", "in", "last", "this", "next", "that")

// treeNounAt reports whether the tree tags token k a common noun.
func (x *extractor) treeNounAt(si, k int) bool {
	tw := x.treeWord(si, k)
	return tw > 0 && x.word(si, tw).UPOS == "NOUN"
}

// phrase is a noun phrase: its token range [first, last] in a sentence.
type phrase struct {
	si, first, last int
}

func (p phrase) ok() bool { return p.last >= p.first && p.first >= 0 }

// apart reports whether p and q share no token.
func (p phrase) apart(q phrase) bool { return p.last < q.first || p.first > q.last }

// endsWith reports whether q is the tail of the longer phrase p: the
// words before a verb that stopped at a preposition inside the subject
// ("people familiar with the matter said": "the matter").
func (p phrase) endsWith(q phrase) bool { return p.first < q.first && p.last == q.last }

// objectPhrase returns the noun phrase right after verb trigger e, in its
// clause: "took the islands", "occupied four of the islands in the
// south" (the first prepositional phrase ends it except a partitive
// "of"). None when the object is a pronoun, a clause or a name the event
// already has.
func (x *extractor) objectPhrase(e *ev) phrase {
	si := e.sent
	toks := x.sents[si].Tokens
	first := e.tok + 1
	if x.asAfter(e) {
		return phrase{si, 0, -1} // a role, no object: "stepped down as party leader"
	}
	if prt := x.particle(e); prt != "" && first < len(toks) && toks[first].Lower == prt {
		first++ // the verb's particle, which the summary says with the verb: "set aside an earlier ruling"
		if tw := x.treeWord(si, first); first >= len(toks) || tw > 0 && !nounPhraseStart.Has(x.word(si, tw).UPOS) {
			return phrase{si, 0, -1} // "phased down rather than phased out": no object
		}
	}
	last := first - 1
	ofDone := false
	for k := first; k < len(toks) && k < first+phraseMax && x.clause[si][k] == e.clause; k++ {
		w := toks[k].Lower
		if w == "of" && k > first && quantities.Has(toks[k-1].Lower) && k+1 < len(toks) {
			last = k
			continue // "four of the islands"
		}
		if (w == "of" || k > first && nounCases[toks[k-1].Lower] == w) && k > first && !ofDone {
			// "its string of arms tests": one "of" phrase when it ends
			// within the bound (or the phrase a noun needs: "an end to
			// its armed campaign").
			j := k + 1
			for j < len(toks) && j <= k+phraseMax-2 && x.clause[si][j] == e.clause && x.phraseWord(si, k+1, j) {
				j++
			}
			if j > k+1 && j-first <= phraseMax+1 && (j >= len(toks) || !x.phraseWord(si, k+1, j) || x.clause[si][j] != e.clause) {
				last, ofDone = j-1, true
				k = j - 1
				continue
			}
			break
		}
		if !x.phraseWord(si, first, k) {
			break
		}
		last = k
	}
	if last+1 < len(toks) && relativeTimeWords.Has(toks[last+1].Lower) && timeUnits.Has(toks[last].Lower) {
		return phrase{si, 0, -1} // a time, no object: "quit hours later", "left two days ago"
	}
	if last >= first && infNouns.Has(toks[last].Lower) {
		last = x.nounInfinitiveEnd(si, last) // "recognised the right to strike"
	}
	if last >= first && last+2 < len(toks) && toks[last+1].Lower == "in" && stakeNouns.Has(toks[last].Lower) {
		if m := x.mentionAt(si, last+2); m != nil && m.first == last+2 && m.ent.Type == entity.Organization {
			last = m.last // "acquired a 34 percent stake in Mitsubishi Motors": a stake is in something
		}
	}
	return x.trimPhrase(e, phrase{si, first, last})
}

// stakeNouns are owned parts of a firm, whose line names the firm: "a
// stake in", "a majority holding in".
var stakeNouns = wordset.New("stake", "stakes", "holding", "holdings", "interest", "share", "shares")

// timeUnits are the nouns of an amount of time.
var timeUnits = wordset.New("seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "moments",
	"second", "minute", "hour", "day", "week", "month", "year", "decade", "moment", "while")

// relativeTimeWords make the amount of time before them a time: "hours
// later", "a week earlier", "two days ago", "minutes after liftoff".
var relativeTimeWords = wordset.New("later", "earlier", "ago", "afterwards", "afterward", "before", "after")

// asAfter reports whether "as" follows verb trigger e, past its particle:
// what follows is a role ("stepped down as party leader"), not an object.
func (x *extractor) asAfter(e *ev) bool {
	toks := x.sents[e.sent].Tokens
	k := e.tok + 1
	if k < len(toks) && x.particle(e) == toks[k].Lower {
		k++
	}
	return k < len(toks) && toks[k].Lower == "as"
}

// eventSubject reports whether verb trigger e's subject in the tree is a
// noun naming an event ("the attack on the embassy killed ...").
func (x *extractor) eventSubject(e *ev) bool { return x.eventSubjectWord(e) > 0 }

// eventSubjectWord returns the tree word of verb trigger e's subject when
// it is a noun naming an event, else 0.
func (x *extractor) eventSubjectWord(e *ev) int {
	tw := x.treeWord(e.sent, e.tok)
	if tw == 0 {
		return 0
	}
	for _, w := range x.children(e.sent, tw, relNsubj|relNsubjPass) {
		if x.eventNoun(e.sent, w) {
			return w
		}
	}
	return 0
}

// eventSubjectPhrase is the phrase of e's event-noun subject, names in it
// included ("Russia's sanctions"), or of a common noun a name possesses
// ("Crossland's stock plummeted", "Abacha's supporters began": the stock
// and the supporters did, not the name); not ok when there is none.
func (x *extractor) eventSubjectPhrase(e *ev) phrase {
	if w := x.eventSubjectWord(e); w > 0 {
		return x.treeNounPhrase(e.sent, w, 0)
	}
	w := x.possessedSubject(e)
	if w == 0 {
		return phrase{e.sent, 0, -1}
	}
	p := x.treeNounPhrase(e.sent, w, 0)
	toks := x.sents[e.sent].Tokens
	for k := p.first; p.ok() && k <= p.last; k++ {
		switch {
		case x.inTimex(e.sent, k):
			p.first = k + 1 // "the Oct. 23 Centennial Journal item": the date is no part of the subject
		case toks[k].Kind == text.Punct && toks[k].Text != "." && toks[k].Text != "&" && toks[k].Text != "'" && toks[k].Text != "’":
			return phrase{e.sent, 0, -1} // "Americans _ nonessential U.S. Embassy staff": no one phrase
		}
	}
	return p
}

// possessedSubject returns the tree word of verb trigger e's subject when
// it is a common noun (or a craft's or product's name no entity holds: "An
// Air France Concorde crashed"), not a person's role ("Putin's spokesman said" is
// said for Putin), whose possessor or modifier is a name ("Credit Suisse
// shares fell": the shares did); else 0.
func (x *extractor) possessedSubject(e *ev) int {
	tw := x.treeWord(e.sent, e.tok)
	if tw == 0 {
		return 0
	}
	for _, w := range x.children(e.sent, tw, relNsubj|relNsubjPass) {
		d := x.word(e.sent, w)
		if d.UPOS != "NOUN" && !(d.UPOS == "PROPN" && d.Token >= 0 && x.craftWord(e.sent, d.Token)) || d.Token < 0 || personRoles[lowerASCII(d.Lemma)] || x.mentionAt(e.sent, d.Token) != nil {
			continue
		}
		for _, p := range x.children(e.sent, w, relNmodPoss|relCompound) {
			if t := x.word(e.sent, p).Token; t >= 0 && t < d.Token && (x.mentionAt(e.sent, t) != nil || x.word(e.sent, p).UPOS == "PRON") {
				return w // "Crossland's stock", "Credit Suisse shares", "U.S. officials", "its troubles"
			}
		}
	}
	return 0
}

// craftWord reports whether token k of sentence si, a capitalized word
// that no entity holds, stands after an article and a name that
// modifies it: "An Air France Concorde", "the Lufthansa Airbus".
func (x *extractor) craftWord(si, k int) bool {
	toks := x.sents[si].Tokens
	j := k - 1
	for j >= 0 && x.mentionAt(si, j) != nil {
		j--
	}
	if j == k-1 || j < 0 {
		return false
	}
	switch toks[j].Lower {
	case "a", "an", "the":
		return true
	}
	return false
}

// treeSubjectPhrase returns the common-noun subject the tree gives verb
// trigger e when the words before it do not: the controller of a planned
// infinitive ("a trial had been set to begin": a trial begins), with its
// determiner and modifiers. Empty without a tree or for a name (the
// entity stage gives names).
// craftName reports whether name w, which the entity stage did not take,
// has a common noun in apposition, set off by commas: "The Sewol, a
// 6,825-ton vessel, left the port" (a ship, a probe, a product, which are
// no entities but do things); or is a name with "the" before it, as ships,
// aircraft and indexes are named ("The Concorde entered commercial
// service in 1976", "the Concordia was launched in 2005", "the Dow fell").
func (x *extractor) craftName(si, w int) bool {
	if slices.ContainsFunc(x.children(si, w, relDet), func(a int) bool {
		d := x.word(si, a)
		// (not a title in quotation marks: "The Empire Strikes Back")
		return lowerASCII(d.Form) == "the" && d.Token >= 0 && (d.Token == 0 || !quoteMarks.Has(x.sents[si].Tokens[d.Token-1].Text))
	}) {
		return true
	}
	return slices.ContainsFunc(x.children(si, w, relAppos), func(a int) bool {
		ad := x.word(si, a)
		return ad.UPOS == "NOUN" && ad.Token > 0 && x.sents[si].Tokens[x.word(si, w).Token+1].Text == ","
	})
}

func (x *extractor) treeSubjectPhrase(e *ev) phrase {
	si := e.sent
	tw := x.treeWord(si, e.tok)
	if tw == 0 {
		return phrase{si, 0, -1}
	}
	// Up through infinitives and conjuncts to the first subject; an
	// object controls an infinitive only ("urged its members to reject
	// the offer": the members; not "cut the workforce and plans to
	// launch"), as in treeSubjects.
	var subj []int
	if ns := x.children(si, tw, relNsubj); len(ns) > 0 && ns[0] < tw {
		if a := x.attributionRun(si, tw); a > 0 {
			// "..., people familiar with the matter said": the words
			// between the comma and the verb, when they are few.
			first, last := a, tw-1
			for first > 1 && x.word(si, first-1).Form != "," {
				first--
			}
			if d := x.word(si, a); d.UPOS != "NOUN" || x.mentionAt(si, d.Token) != nil {
				return phrase{si, 0, -1}
			}
			if last-first < 6 {
				return x.trimPhrase(e, phrase{si, x.word(si, first).Token, x.word(si, last).Token})
			}
			subj = []int{a}
		}
	}
	for w, depth := tw, 0; w > 0 && depth < 8 && len(subj) == 0; depth++ {
		subj = x.children(si, w, relNsubj|relNsubjPass)
		d := x.word(si, w)
		if o := x.smallClauseObject(si, w); len(subj) == 0 && w == tw && o > 0 {
			subj = []int{o} // "ordered all the planes grounded": the planes were
			break
		}
		if len(subj) == 0 && (d.Rel == "xcomp" || d.Rel == "advcl") && objectControl.Has(lowerASCII(x.word(si, d.Head).Lemma)) && x.toInfinitive(si, w) {
			if o := x.children(si, d.Head, relObj|relIobj); len(o) > 0 && o[0] < w {
				subj = o[:1]
				break
			}
		}
		if len(subj) == 0 && (d.Rel == "advcl" || d.Rel == "acl") && x.chargedDoing(si, d.Head, w) {
			if o := x.children(si, d.Head, relObj); len(o) > 0 && o[0] < w {
				subj = o[:1] // "fined the carmaker for cheating": the carmaker cheated
				break
			}
		}
		if d.Rel == "advcl" && d.XPOS == "VBG" && w > d.Head && len(x.children(si, w, relMark)) == 0 {
			// A participle after its clause does what the clause's
			// subject did: "An earthquake struck Nepal, killing at least
			// 153 people" (the earthquake killed).
			w = d.Head
			continue
		}
		if d.Rel != "xcomp" && d.Rel != "conj" || d.Rel == "conj" && x.reducedVerbBetween(si, d.Head, w) {
			break
		}
		w = d.Head
	}
	if len(subj) == 0 {
		return phrase{si, 0, -1}
	}
	fromRelative := false
	if r := x.word(si, subj[0]); relativePronouns[lowerASCII(r.Form)] && x.word(si, r.Head).Rel == "acl:relcl" {
		// "The senator, who was elected in 2004": the senator.
		subj = []int{x.antecedent(si, r.Head)}
		fromRelative = true
	}
	d := x.word(si, subj[0])
	if asi, aw, ok := x.nounAntecedent(si, subj[0]); ok && x.sharesSubject(si, tw, d.Head) {
		// "It woke up on January 20": the spacecraft the sentence before
		// told of.
		if p := x.treeNounPhrase(asi, aw, 0); p.ok() {
			return x.trimPhrase(e, p)
		}
		return phrase{si, 0, -1}
	}
	if d.UPOS == "NUM" && e.passive && d.Token >= 0 && d.Token+1 < e.tok {
		// A count of those it was done to: "Four more were brought out
		// on Monday", "Three others were arrested".
		if w := x.sents[si].Tokens[d.Token+1].Lower; countRest.Has(w) {
			if p := x.countObject(si, subj[0], 0); p.ok() {
				return phrase{si, p.first, d.Token + 1}
			}
		}
	}
	if d.UPOS != "NOUN" && !(d.UPOS == "PROPN" && (e.passive && d.Token >= 0 && x.loneName(si, d.Token) || x.craftName(si, subj[0]))) || d.Token < 0 || x.mentionAt(si, d.Token) != nil ||
		len(x.children(si, subj[0], relCase)) > 0 && !fromRelative { // (an antecedent's preposition is its phrase's: "links with the crash ..., which killed")
		return phrase{si, 0, -1} // a name (the entity stage gives it), or no subject: "Alongside this rumor, AppleInsider claims"
	}
	p := x.treeNounPhrase(si, subj[0], 0)
	if !p.ok() {
		return p
	}
	return x.trimPhrase(e, p)
}

// sharesSubject reports whether verb w is verb h or reaches it up
// through infinitives and conjuncts ("they planned to introduce bills",
// "it woke up ... and arrived"): h's subject is w's own, not that of a
// clause a participle only follows ("as it flew toward a landing, killing
// all four": the crew were killed, the airship did not kill them).
func (x *extractor) sharesSubject(si, w, h int) bool {
	for depth := 0; w > 0 && depth < 6; depth++ {
		if w == h {
			return true
		}
		d := x.word(si, w)
		if d.Rel != "xcomp" && d.Rel != "conj" {
			return false
		}
		w = d.Head
	}
	return false
}

// countRest are the words after a count that make it a subject of its
// own: "four more", "three others".
var countRest = wordset.New("more", "others", "other")

// treeObjectPhrase returns verb trigger e's direct object as the tree
// gives it, with its determiner and modifiers and an "of" phrase ("a
// state of emergency"), when the words right after the verb do not form
// one. Empty without a tree or object.
func (x *extractor) treeObjectPhrase(e *ev) phrase {
	si := e.sent
	tw := x.treeWord(si, e.tok)
	if tw == 0 {
		return phrase{si, 0, -1}
	}
	obj := x.children(si, tw, relObj)
	if len(obj) > 0 && x.word(si, obj[0]).Token < e.tok {
		// A relative clause's object is the noun the clause modifies:
		// "the law, which Congress passed in 2010" (Congress passes the
		// law). Only after "which" or "whom" with the clause's subject
		// next and no clause of the verb's own: a "that" after a noun
		// opens what it says as often ("evidence that the United States
		// raided", "the perception that it wants to").
		if r := lowerASCII(x.word(si, obj[0]).Form); r == "which" || r == "whom" {
			d := x.word(si, tw)
			subj := x.children(si, tw, relNsubj)
			ante := 0
			switch {
			case d.Rel == "acl:relcl" && d.Head > 0 && d.Head < obj[0]:
				ante = d.Head
			case d.Rel == "advcl:relcl" && obj[0] > 1:
				// Hung on the verb before ("left the treaty, which
				// Lithuania ratified"): the noun right before "which".
				a := obj[0] - 1
				if x.word(si, a).Form == "," && a > 1 {
					a--
				}
				if u := x.word(si, a).UPOS; u == "NOUN" || u == "PROPN" {
					ante = a
				}
			}
			if ante > 0 && len(subj) == 1 && subj[0] > obj[0] && subj[0] < tw && len(x.children(si, tw, relXcomp|relCcomp)) == 0 {
				return x.treeNounPhrase(si, ante, 0)
			}
		}
		return phrase{si, 0, -1}
	}
	if len(obj) == 0 || x.word(si, obj[0]).Token <= e.tok || x.asAfter(e) {
		return phrase{si, 0, -1} // "stepped down as party leader": an oblique the labeller may call an object
	}
	p := x.treeNounPhrase(si, obj[0], e.tok+1)
	if toks := x.sents[si].Tokens; p.ok() && p.last+1 < len(toks) && relativeTimeWords.Has(toks[p.last+1].Lower) && timeUnits.Has(toks[p.last].Lower) {
		return phrase{si, 0, -1} // "quit hours later"
	}
	if !p.ok() {
		return x.countObject(si, obj[0], e.tok+1)
	}
	return p
}

// countObject is the phrase of a bare number that is a verb's object, a
// count of those the verb acted on ("killed around 30,000", "evacuated
// more than 2,000"), with the words that bound it; empty for a number
// that is a time or has a noun of its own.
func (x *extractor) countObject(si, w, from int) phrase {
	o := x.word(si, w)
	if o.UPOS != "NUM" || o.Token < from || x.inTimex(si, o.Token) || len(x.children(si, w, relNummod|relCompound|relNmod)) > 0 {
		return phrase{si, 0, -1}
	}
	first := o.Token
	for _, c := range x.children(si, w, relAdvmod) {
		d := x.word(si, c)
		if d.Token < first && d.Token >= from && d.Token >= o.Token-2 {
			first = d.Token // "around", "more than"
		}
		for _, f := range x.children(si, c, relFixed) {
			if t := x.word(si, f).Token; t < o.Token && t >= from {
				first = min(first, t)
			}
		}
	}
	return phrase{si, first, o.Token}
}

// treeNounPhrase is the phrase of noun w in the tree: its determiner and
// modifiers before it (none before token from) and an "of" phrase after
// it ("a second quake of magnitude 7.5"). Empty when w is no noun, is in a
// time expression or the phrase is long.
func (x *extractor) treeNounPhrase(si, w, from int) phrase {
	o := x.word(si, w)
	money := o.UPOS == "SYM" && o.Token >= 0 && amountSign(x.sents[si].Tokens, o.Token)
	if o.UPOS != "NOUN" && o.UPOS != "PROPN" && !money || o.Token < 0 || x.inTimex(si, o.Token) && !x.spanOf(si, w) {
		return phrase{si, 0, -1} // "The quarter ended Oct. 31": dates, not things
	}
	first, last := o.Token, o.Token
	if money {
		// "more than $100 billion": the sign heads its amount and what
		// bounds it.
		for _, c := range x.children(si, w, relNummod|relAdvmod) {
			t := x.word(si, c).Token
			for _, g := range x.children(si, c, relCompound|relFixed|relNummod) {
				if u := x.word(si, g).Token; u >= from {
					first, last = min(first, u), max(last, u)
				}
			}
			if t >= from {
				first, last = min(first, t), max(last, t)
			}
		}
	}
	for _, c := range x.children(si, w, relDet|relAmod|relCompound|relNummod|relNmodPoss) {
		t := x.word(si, c).Token
		if m := x.mentionAt(si, t); m != nil && m.first >= from && m.first < t {
			t = m.first // a name whole: "Travelers Corp.'s net income"
		}
		if t >= from && t < first {
			first = t
		}
	}
	for _, c := range x.children(si, w, relNmod) {
		n := x.word(si, c)
		cs := x.children(si, c, relCase)
		if len(cs) > 0 && (lowerASCII(x.word(si, cs[0]).Form) == "of" || nounCases[lowerASCII(o.Lemma)] == lowerASCII(x.word(si, cs[0]).Form)) &&
			n.Token > last && n.Token-last-x.nameWordsIn(si, last+1, n.Token) <= 4 {
			last = n.Token
			for _, m := range x.children(si, c, relNummod|relCompound|relFlat) {
				if t := x.word(si, m).Token; t > last && t <= last+2 {
					last = t // "of magnitude 7.5"
				}
			}
		}
	}
	if m := x.mentionAt(si, last); m != nil && m.last > last && m.last <= last+3 {
		last = m.last // a name is not cut in two: "rival Credit Suisse" however the parser hung "Suisse"
	}
	if last == o.Token && infNouns.Has(lowerASCII(o.Lemma)) {
		last = x.nounInfinitiveEnd(si, last)
	}
	if last-first >= phraseMax+2 {
		return phrase{si, 0, -1}
	}
	return phrase{si, first, last}
}

// nounInfinitiveEnd returns the last token of the "to" infinitive right
// after noun token n, with its object when short ("the right to strike",
// "a bid to buy Chrysler"), or n when none hangs on it in the tree.
func (x *extractor) nounInfinitiveEnd(si, n int) int {
	w := x.treeWord(si, n)
	if w == 0 {
		return n
	}
	for _, c := range x.children(si, w, relAcl) {
		d := x.word(si, c)
		if d.XPOS != "VB" || d.Token != n+2 || !x.toInfinitive(si, c) {
			continue
		}
		end := d.Token
		for _, k := range x.children(si, c, relObj|relCompoundPrt|relXcomp) {
			if t := x.word(si, k).Token; t > end && t <= d.Token+4 && (x.word(si, k).Rel != "xcomp" || x.word(si, k).UPOS == "ADJ") {
				end = t // (and what it leaves it: "an attempt to go public")
			}
		}
		return end
	}
	return n
}

// infNouns say little without the "to" infinitive after them: "the right
// to strike", "a bid to buy Chrysler".
var infNouns = wordset.New("right", "rights", "decision", "bid", "attempt", "effort", "efforts", "plan", "plans", "permission",
	"authority", "power", "chance", "offer", "pledge", "promise", "vow", "call", "calls", "order", "request", "proposal",
	"move", "deal", "agreement", "campaign", "drive", "push", "vote", "license", "licence", "ability", "freedom")

// nounCases are nouns that say little without the phrase after them, and
// its preposition: "an end to its armed campaign", "a ban on exports".
var nounCases = map[string]string{"end": "to", "halt": "to", "stop": "to", "access": "to", "blow": "to", "threat": "to",
	"ban": "on", "cap": "on", "limit": "on", "limits": "on", "moratorium": "on", "freeze": "on", "curb": "on", "curbs": "on", "ceiling": "on"}

// nameWordsIn is how many tokens in [a, b) beyond the first of each name
// belong to a name (a name counts as one word: "of Workers' Party rule").
func (x *extractor) nameWordsIn(si, a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if m := x.mentionAt(si, k); m != nil && k > m.first {
			n++
		}
	}
	return n
}

// spanOf reports whether noun w, a time expression, measures what an "of"
// phrase after it names: "three days of national mourning", "two weeks
// of talks" are things done, not times.
func (x *extractor) spanOf(si, w int) bool {
	for _, c := range x.children(si, w, relNmod) {
		n := x.word(si, c)
		cs := x.children(si, c, relCase)
		if len(cs) > 0 && lowerASCII(x.word(si, cs[0]).Form) == "of" && n.Token >= 0 && !x.inTimex(si, n.Token) {
			return true
		}
	}
	return false
}

// afterOf reports whether phrase p starts right after "of": the words
// before a verb stopped inside a longer subject.
func (x *extractor) afterOf(p phrase) bool {
	return p.first > 0 && x.sents[p.si].Tokens[p.first-1].Lower == "of"
}

// subjectPhrase returns the noun phrase before verb trigger e that is its
// subject, past auxiliaries and adverbs: "his office said", "the islands
// were seized", "officials will meet".
func (x *extractor) subjectPhrase(e *ev) phrase {
	si := e.sent
	toks := x.sents[si].Tokens
	k := e.tok - 1
	for ; k >= 0 && x.clause[si][k] == e.clause; k-- {
		w := toks[k].Lower
		if auxWords.Has(w) || w == "also" || w == "already" || w == "then" || w == "again" || w == "not" || w == "never" ||
			w == "n't" || w == "n’t" || strings.HasSuffix(w, "ly") && toks[k].Kind == text.Word && x.mentionAt(si, k) == nil {
			continue
		}
		if w == "to" && k >= 2 && raisingWords.Has(toks[k-1].Lower) && auxWords.Has(toks[k-2].Lower) {
			k-- // "The trial was due to begin": the trial begins
			continue
		}
		break
	}
	last := k
	if last < 0 || x.clause[si][last] != e.clause || pronouns.Has(toks[last].Lower) {
		return phrase{si, 0, -1}
	}
	first := last + 1
	for j := last; j >= 0 && j > last-phraseMax && x.clause[si][j] == e.clause; j-- {
		w := toks[j].Lower
		if j < last && (articles.Has(w) || possessives.Has(w)) {
			first = j // the phrase opens here
			break
		}
		if !x.phraseWord(si, j, j) || j == 0 && x.clauseOpener(si, j) {
			break
		}
		first = j
	}
	return x.trimPhrase(e, phrase{si, first, last})
}

// raisingWords stand between a form of "be" and a "to" infinitive whose
// subject is the clause's: "was due to begin", "is set to open".
var raisingWords = wordset.New("due", "set", "expected", "scheduled", "slated", "poised", "likely", "unlikely",
	"about", "going", "supposed", "ready", "sure", "certain", "bound")

// clauseOpener reports whether token j opens its sentence with a word that
// is no part of a noun phrase ("Still", "Earlier").
func (x *extractor) clauseOpener(si, j int) bool {
	w := x.sents[si].Tokens[j].Lower
	return strings.HasSuffix(w, "ly") || w == "still" || w == "also" || w == "then"
}

// trimPhrase drops what cannot end a noun phrase (an article, a
// quantifier's "of") and refuses phrases with no head word or naming an
// entity the event already has.
func (x *extractor) trimPhrase(e *ev, p phrase) phrase {
	toks := x.sents[p.si].Tokens
	if p.ok() && p.first > 0 && (toks[p.first].Lower == "least" || toks[p.first].Lower == "most") && toks[p.first-1].Lower == "at" {
		p.first-- // "at least two protesters", not "least two protesters"
	}
	for p.last >= p.first {
		w := toks[p.last].Lower
		if articles.Has(w) || possessives.Has(w) || w == "of" || toks[p.last].Kind == text.Punct && !amountSign(toks, p.last) ||
			determiners.Has(w) && !x.nounTriggerAt(p.si, p.last) && isClosedDeterminer(w) {
			p.last--
			continue
		}
		break
	}
	if !p.ok() {
		return phrase{p.si, 0, -1}
	}
	head := false
	for k := p.first; k <= p.last; k++ {
		w := toks[k].Lower
		if !articles.Has(w) && !possessives.Has(w) && !pronouns.Has(w) && toks[k].Kind == text.Word {
			head = true
		}
		if m := x.mentionAt(p.si, k); m != nil {
			if _, ok := e.parts.get(m.ent.ID); ok {
				return phrase{p.si, 0, -1}
			}
			for _, pl := range e.places {
				if pl == m.ent.ID {
					return phrase{p.si, 0, -1}
				}
			}
		}
	}
	if !head || p.first == p.last && pronouns.Has(toks[p.first].Lower) {
		return phrase{p.si, 0, -1}
	}
	return p
}

// isClosedDeterminer: determiners proper (not the adjectives the
// determiners list also holds for trigger detection).
func isClosedDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "their", "his", "her", "its", "our", "my", "your", "this", "that", "these", "those",
		"another", "any", "each", "every", "no", "some", "several", "many":
		return true
	}
	return false
}

// text renders phrase p as it reads in the document, on one line. With
// lead set it starts a summary: a leading article goes ("Islands seized"),
// a possessive pronoun is resolved when it can be ("Abe's office").
func (x *extractor) phraseText(e *ev, p phrase, lead bool) string {
	if !p.ok() {
		return ""
	}
	toks := x.sents[p.si].Tokens
	first := p.first
	var pre string
	if lead {
		w := toks[first].Lower
		switch {
		case articles.Has(w) && first < p.last:
			first++
		case w == "its" && first < p.last:
			// Only the organization named last before it in the sentence:
			// "The guild ended its strike after its leaders approved".
			if before := x.mentsIn(p.si, 0, first); len(before) > 0 {
				if m := before[len(before)-1]; m.ent.Type == entity.Organization && m.last < first && !x.namesKind(p.si, m.last) && !x.subjectBetween(p.si, m.last, first) {
					pre = x.short(m.ent.ID) + "'s "
					first++
				}
			}
		case possessives.Has(w) && first < p.last && w != "its":
			if ids := x.pronoun(p.si, first, nil, nil); len(ids) > 0 {
				var ns []string
				for _, id := range ids {
					ns = append(ns, x.short(id))
				}
				pre = join(ns) + "'s "
				first++
			}
		}
	}
	s := oneLine(x.doc.Text[toks[first].Start:toks[p.last].End])
	// A capital that only starts the sentence is no name's.
	if first == 0 && x.mentionAt(p.si, 0) == nil && len(s) > 1 && isUpper(s) && !isUpper(s[1:]) {
		s = strings.ToLower(s[:1]) + s[1:]
	}
	return pre + s
}

// plural reports whether phrase p's last word reads as a plural noun.
func (x *extractor) pluralPhrase(p phrase) bool {
	if !p.ok() {
		return false
	}
	head := p.last // the noun before an "of" phrase: "residents of the town"
	if h := x.phraseHead(p); h >= 0 {
		// The tree's head: "a train carrying 300 passengers" is one train.
		head = h
	}
	for k := p.first + 1; k <= p.last && head == p.last; k++ {
		if x.sents[p.si].Tokens[k].Lower == "of" {
			head = k - 1
			break
		}
		if tw := x.treeWord(p.si, k); tw > 0 && x.word(p.si, tw).UPOS == "ADP" {
			// The last noun before another preposition: "people familiar
			// with the matter", "officials in Washington".
			for j := k - 1; j >= p.first; j-- {
				if tj := x.treeWord(p.si, j); tj > 0 && (x.word(p.si, tj).UPOS == "NOUN" || x.word(p.si, tj).UPOS == "PROPN") {
					head = j
					break
				}
			}
			break
		}
	}
	if tw := x.treeWord(p.si, head); tw > 0 {
		switch x.word(p.si, tw).XPOS {
		case "NNS", "NNPS":
			return true
		case "NN", "NNP":
			return pluralNouns[x.sents[p.si].Tokens[head].Lower]
		}
	}
	w := x.sents[p.si].Tokens[head].Lower
	if pluralNouns[w] {
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// phraseHead returns the token of phrase p whose tree word is a noun
// with its head outside the phrase and a participle or relative clause
// after it inside the phrase ("a train carrying 300 passengers": train),
// or -1: only then does the tree overrule the words.
func (x *extractor) phraseHead(p phrase) int {
	for k := p.first; k <= p.last; k++ {
		tw := x.treeWord(p.si, k)
		if tw == 0 {
			return -1
		}
		d := x.word(p.si, tw)
		if d.UPOS != "NOUN" && d.UPOS != "PROPN" {
			continue
		}
		if h := d.Head; h > 0 {
			if ht := x.word(p.si, h).Token; ht >= p.first && ht <= p.last {
				continue
			}
		}
		for _, c := range x.children(p.si, tw, relAcl|relAclRelcl) {
			if t := x.word(p.si, c).Token; t > k && t <= p.last {
				return k
			}
		}
		return -1
	}
	return -1
}

// pluralNouns are plurals without an -s: "police arrest", "500 people
// attend".
var pluralNouns = map[string]bool{"police": true, "people": true, "men": true, "women": true, "children": true,
	"personnel": true, "clergy": true, "cattle": true}

// nounModifiers returns the words between an event noun's determiner and
// the noun ("a territorial dispute" -> "territorial", "the North Korean
// nuclear threat" -> "North Korean nuclear"), or "".
func (x *extractor) nounModifiers(e *ev) string {
	si := e.sent
	toks := x.sents[si].Tokens
	first := e.tok
	for k := e.tok - 1; k >= 0 && k >= e.tok-4 && x.clause[si][k] == e.clause; k-- {
		w := toks[k].Lower
		if isClosedDeterminer(w) || preps.Has(w) || toks[k].Kind != text.Word || verbContext.Has(w) || conjunctions.Has(w) ||
			clauseWords.Has(w) || (text.IsPastForm(w) || strings.HasSuffix(w, "ed")) && x.mentionAt(si, k) == nil || x.trigAt[si][k] {
			break
		}
		if m := x.mentionAt(si, k); m != nil {
			if _, ok := e.parts.get(m.ent.ID); ok || m.kind != "demonym" {
				break // a party is named in the summary already
			}
		}
		if toks[k].Kind == text.Number || amountWords.Has(w) {
			break // "$44 billion acquisition": an amount, no modifier to name
		}
		if tw := x.treeWord(si, k); tw > 0 {
			if u := x.word(si, tw).UPOS; u == "ADP" || u == "SCONJ" || u == "VERB" || u == "AUX" {
				break // "end strike after deal": no modifier of "deal"
			}
		}
		first = k
	}
	if first == e.tok {
		return ""
	}
	return oneLine(x.doc.Text[toks[first].Start:toks[e.tok-1].End])
}

// amountWords are the words of a written amount.
var amountWords = wordset.New("hundred", "thousand", "million", "billion", "trillion", "mln", "bln", "bn")

// oneLine folds runs of white space into one space.
func oneLine(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '\n' || c == '\t' || c == '\r' || c == ' ' && i+1 < len(s) && s[i+1] == ' ' {
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}

// irregularParticiples: past participles of the verbs summaries use.
var irregularParticiples = map[string]string{"take": "taken", "wind": "wound", "hold": "held", "meet": "met", "say": "said", "tell": "told",
	"begin": "begun", "give": "given", "make": "made", "break": "broken", "win": "won", "lose": "lost", "fight": "fought",
	"build": "built", "send": "sent", "shoot": "shot", "steal": "stolen", "sell": "sold", "buy": "bought", "bring": "brought",
	"keep": "kept", "lead": "led", "leave": "left", "find": "found", "seek": "sought", "choose": "chosen", "speak": "spoken",
	"write": "written", "set": "set", "put": "put", "cut": "cut", "hit": "hit", "spend": "spent", "withdraw": "withdrawn",
	"overtake": "overtaken", "strike": "struck", "run": "run", "go": "gone", "come": "come", "do": "done", "see": "seen",
	"bear": "born", "fly": "flown", "drive": "driven", "forget": "forgotten", "hide": "hidden", "know": "known",
	"ride": "ridden", "rise": "risen", "shake": "shaken", "sink": "sunk", "swear": "sworn", "tear": "torn", "throw": "thrown",
	"wear": "worn", "bind": "bound", "feed": "fed", "hang": "hung", "lay": "laid", "pay": "paid", "seize": "seized",
	"sentence": "sentenced", "catch": "caught", "teach": "taught", "think": "thought", "beat": "beaten", "bite": "bitten",
	"draw": "drawn", "eat": "eaten", "fall": "fallen", "freeze": "frozen", "grow": "grown", "show": "shown", "slay": "slain",
	"stand": "stood", "slide": "slid", "swing": "swung", "flee": "fled", "spin": "spun", "dig": "dug", "sting": "stung", "shut": "shut"}

// participle returns the past participle of verb e for a summary in the
// passive ("islands seized"): the trigger itself when it is one of the
// lemma's own past forms, else a known irregular form or the regular one.
func participle(e *ev, base string) string {
	if h, rest, ok := strings.Cut(base, " "); ok {
		return participle(e, h) + " " + rest // "sent back", "turned over"
	}
	if p, ok := irregularParticiples[base]; ok {
		return p
	}
	if syntax.SamePast(base) {
		return base // "hurt", "spread", "broadcast"
	}
	for _, pre := range []string{"re", "over", "under", "out", "with", "up", "fore", "mis", "un"} {
		// "repay" -> "repaid", "withstand" -> "withstood" ... as their verbs
		if rest, ok := strings.CutPrefix(base, pre); ok {
			if p, ok := irregularParticiples[rest]; ok {
				return pre + p
			}
		}
	}
	w := strings.ToLower(e.Text)
	if base == e.Lemma && text.IsPastForm(w) && strings.HasSuffix(w, "ed") {
		return w
	}
	if base == e.Lemma && e.passive && !e.trig.Noun && w != base && !strings.Contains(w, " ") && !strings.HasSuffix(w, "ing") {
		return w // the passive's own participle: "was heard", whatever the rules below would make of "hear"
	}
	n := len(base)
	switch {
	case n == 0:
		return base
	case strings.HasSuffix(base, "e"):
		return base + "d"
	case strings.HasSuffix(base, "y") && n > 1 && !strings.ContainsRune("aeiou", rune(base[n-2])):
		return base[:n-1] + "ied"
	}
	return base + "ed"
}

// subjectBetween reports whether a subject other than a pronoun stands
// between tokens a and b of sentence si: "The SEC opened an inquiry, and
// the company restated its earnings" ("its" is the company's, not the
// SEC's).
func (x *extractor) subjectBetween(si, a, b int) bool {
	for k := a + 1; k < b; k++ {
		if tw := x.treeWord(si, k); tw > 0 {
			if d := x.word(si, tw); strings.HasPrefix(d.Rel, "nsubj") && d.UPOS != "PRON" {
				return true
			}
		}
	}
	return false
}

// nounPhraseStart are the universal tags a noun phrase may open with.
var nounPhraseStart = wordset.New("DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON", "SYM")

// participleMax bounds an object phrase taken on through its participle.
const participleMax = 16

// withParticiple takes verb trigger e's object phrase p on through the
// participle clause that says what its noun does or asks, when p stops
// inside that clause or right before it: "issued a directive ordering
// airlines to inspect the fan blades", "passed a resolution calling for a
// review"; the line would otherwise lose its point ("a directive ordering
// airlines"). The participle is the noun's (acl), or the verb's when the
// parser hung it there right after the noun with no comma. The clause ends
// with the participle's object, its infinitive and that one's object, or
// its oblique; p is kept when that runs past participleMax words or across
// punctuation.
func (x *extractor) withParticiple(e *ev, p phrase) phrase {
	if !p.ok() {
		return p
	}
	si := p.si
	toks := x.sents[si].Tokens
	var cands []int
	for k := p.first; k <= p.last; k++ {
		tw := x.treeWord(si, k)
		if tw == 0 {
			return p
		}
		if x.word(si, tw).UPOS == "NOUN" {
			for _, c := range x.children(si, tw, relAcl) {
				if x.word(si, c).Token > k {
					cands = append(cands, c)
				}
			}
		}
	}
	if tw := x.treeWord(si, e.tok); tw > 0 {
		for _, c := range x.children(si, tw, relXcomp|relAdvcl) {
			if t := x.word(si, c).Token; t > p.first && t <= p.last+1 && x.word(si, x.treeWord(si, t-1)).UPOS == "NOUN" {
				cands = append(cands, c)
			}
		}
	}
	for _, c := range cands {
		v := x.word(si, c)
		if v.XPOS != "VBG" || v.Token > p.last+1 {
			continue
		}
		end := x.participleEnd(si, c)
		if end <= p.last || end-p.first >= participleMax {
			return p
		}
		for j := p.last + 1; j <= end; j++ {
			if toks[j].Kind == text.Punct && toks[j].Lower != "-" && !amountSign(toks, j) || x.inTimex(si, j) {
				return p // "a plan allowing it, on Friday, to": not one phrase
			}
		}
		p.last = end
		return p
	}
	return p
}

// participleEnd is the last token of participle c's core: its object
// phrase, then its "to" infinitive with that verb's object; or, with no
// object, its first oblique after it ("calling for a review of the
// rules"). -1 when the participle has none of these.
func (x *extractor) participleEnd(si, c int) int {
	v := x.word(si, c)
	end := -1
	nounEnd := func(w, from int) int {
		np := x.treeNounPhrase(si, w, from)
		if !np.ok() {
			return -1
		}
		last := np.last
		for _, c := range x.children(si, w, relNmod) {
			// what the noun is about, right after it: "an inquiry into
			// the spill"
			n := x.word(si, c)
			if cs := x.children(si, c, relCase); len(cs) == 1 && x.word(si, cs[0]).Token == last+1 && n.Token > last && n.Token-last <= 4 {
				last = n.Token
			}
		}
		if m := x.mentionAt(si, last); m != nil && m.last > last {
			last = m.last
		}
		return last
	}
	objs := x.children(si, c, relObj)
	if len(objs) > 0 {
		o := x.word(si, objs[0])
		if o.Token <= v.Token {
			return -1
		}
		end = nounEnd(objs[0], v.Token+1)
		if end < 0 {
			if o.UPOS != "PRON" {
				return -1
			}
			end = o.Token // "urging them to": the pronoun, then what they are to do
		}
	}
	for _, xc := range x.children(si, c, relXcomp) {
		xv := x.word(si, xc)
		if xv.UPOS != "VERB" || xv.Token <= max(end, v.Token) || !x.hasMark(si, xc, "to") {
			continue
		}
		if end < 0 {
			end = v.Token
		}
		if xv.Token-end > 2 {
			return end
		}
		end = xv.Token
		if xo := x.children(si, xc, relObj); len(xo) > 0 {
			if e2 := nounEnd(xo[0], xv.Token+1); e2 > end {
				end = e2
			}
		}
		return end
	}
	if end >= 0 {
		return end
	}
	obls := x.children(si, c, relObl)
	for i, ob := range obls {
		o := x.word(si, ob)
		if o.Token <= v.Token || o.Token > v.Token+4 {
			continue
		}
		end = nounEnd(ob, v.Token+1)
		if end > 0 && i+1 < len(obls) {
			// and a second right after it, however the parser hung it:
			// "calling for an inquiry into the spill"
			if o2 := x.word(si, obls[i+1]); o2.Token > end && o2.Token-end <= 4 {
				if cs := x.children(si, obls[i+1], relCase); len(cs) == 1 && x.word(si, cs[0]).Token == end+1 && !x.inTimex(si, o2.Token) {
					if e2 := nounEnd(obls[i+1], end+1); e2 > end {
						end = e2
					}
				}
			}
		}
		return end
	}
	return -1
}
