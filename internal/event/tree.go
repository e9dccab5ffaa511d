package event

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/entity"
	"github.com/chronicle-news/chronicle/internal/event/detect"
	"github.com/chronicle-news/chronicle/internal/syntax"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/timex"
	"github.com/chronicle-news/chronicle/internal/wordset"
)

// Participants from the dependency tree (internal/syntax): who is the
// subject of a verb, and which names after it belong to it rather than to
// another verb of the sentence. Word indices here are 1-based, as in the
// tree; 0 means none.

// treeWords returns, for each token of sentence si, the tree word it
// begins (0 when the sentence has no tree or the token starts no word).
func (x *extractor) treeWords(si int) []int {
	if x.trees == nil || si >= len(x.trees) {
		return nil
	}
	if x.wordOf[si] != nil {
		return x.wordOf[si]
	}
	t := &x.trees[si]
	for i := range t.Words {
		if t.Words[i].Head < 0 {
			return nil // not parsed
		}
	}
	// The tables are windows on the document's arrays (treeTables), carved
	// once per sentence and reused from document to document.
	mem := x.mem
	n, nw := len(x.sents[si].Tokens), len(t.Words)
	out := mem.tbufI[mem.tused : mem.tused+n : mem.tused+n]
	flat := mem.tbufI[mem.tused+n : mem.tused+n+nw : mem.tused+n+nw]
	mem.tused += n + nw
	kids := mem.kbuf[mem.kused : mem.kused+nw+1 : mem.kused+nw+1]
	rels := mem.rbuf[mem.kused : mem.kused+nw+1 : mem.kused+nw+1]
	mem.kused += nw + 1
	clear(out)
	clear(kids)
	if out == nil {
		out = []int{} // a sentence without tokens is known, not unparsed
	}
	for i := len(t.Words) - 1; i >= 0; i-- {
		w := &t.Words[i]
		if w.Token >= 0 && w.Token < n {
			out[w.Token] = i + 1
		}
		rels[i+1] = relBits(w.Rel)
	}
	rels[0] = 0
	x.wordOf[si] = out
	x.rels[si] = rels
	// Each word's dependents, left to right, for children: windows on one
	// array (counted, then filled), not a slice grown per head. Each
	// window's capacity ends at its length, so an append copies.
	mem.start = resize(mem.start, nw+2)
	start := mem.start
	clear(start)
	for i := range t.Words {
		if h := t.Words[i].Head; h >= 0 && h <= len(t.Words) {
			start[h+1]++
		}
	}
	for h := 1; h < len(start); h++ {
		start[h] += start[h-1]
	}
	for i := range t.Words {
		if h := t.Words[i].Head; h >= 0 && h <= len(t.Words) {
			a, b := start[h], start[h+1]
			if kids[h] == nil {
				kids[h] = flat[a:a:b]
			}
			kids[h] = append(kids[h], i+1)
		}
	}
	x.kids[si] = kids
	return out
}

// treeWord returns the tree word of token tok (0 when none).
func (x *extractor) treeWord(si, tok int) int {
	ws := x.treeWords(si)
	if tok < 0 || tok >= len(ws) {
		return 0
	}
	return ws[tok]
}

func (x *extractor) word(si, w int) *syntax.Word { return &x.trees[si].Words[w-1] }

// children returns the dependents of w with one of the relations rels
// (matching the whole relation or its universal part: relNsubj takes
// "nsubj:pass" too); treeWords must have been called for the sentence.
func (x *extractor) children(si, w int, rels relSet) []int {
	var out []int
	bits := x.rels[si]
	for _, k := range x.kids[si][w] {
		if bits[k]&rels != 0 {
			out = append(out, k)
		}
	}
	return out
}

// relSet is a set of the dependency relations children is asked for, one
// bit each; a word's set (relBits) holds its whole relation and its
// universal part.
type relSet uint64

const (
	relAcl relSet = 1 << iota
	relAclRelcl
	relAdvcl
	relAdvmod
	relAmod
	relAppos
	relAux
	relAuxPass
	relCase
	relCcomp
	relCompound
	relCompoundPrt
	relConj
	relCsubj
	relDet
	relExpl
	relFixed
	relFlat
	relIobj
	relMark
	relNmod
	relNmodPoss
	relNsubj
	relNsubjPass
	relNummod
	relObj
	relObl
	relParataxis
	relXcomp
	relCop
	relOblAgent
)

// relByName gives the bit of each relation of relSet (the tests check
// relOf against it).
var relByName = map[string]relSet{
	"acl": relAcl, "acl:relcl": relAclRelcl, "advcl": relAdvcl, "advmod": relAdvmod,
	"amod": relAmod, "appos": relAppos, "aux": relAux, "aux:pass": relAuxPass,
	"case": relCase, "ccomp": relCcomp, "compound": relCompound, "compound:prt": relCompoundPrt,
	"conj": relConj, "csubj": relCsubj, "det": relDet, "expl": relExpl,
	"fixed": relFixed, "flat": relFlat, "iobj": relIobj, "mark": relMark,
	"nmod": relNmod, "nmod:poss": relNmodPoss, "nsubj": relNsubj, "nsubj:pass": relNsubjPass,
	"nummod": relNummod, "obj": relObj, "obl": relObl, "parataxis": relParataxis,
	"xcomp": relXcomp, "cop": relCop, "obl:agent": relOblAgent,
}

// relOf returns the bit of relation rel, 0 if it has none: a switch,
// cheaper than a map look-up on every word of every parsed sentence.
func relOf(rel string) relSet {
	switch rel {
	case "acl":
		return relAcl
	case "acl:relcl":
		return relAclRelcl
	case "advcl":
		return relAdvcl
	case "advmod":
		return relAdvmod
	case "amod":
		return relAmod
	case "appos":
		return relAppos
	case "aux":
		return relAux
	case "aux:pass":
		return relAuxPass
	case "case":
		return relCase
	case "ccomp":
		return relCcomp
	case "compound":
		return relCompound
	case "compound:prt":
		return relCompoundPrt
	case "conj":
		return relConj
	case "csubj":
		return relCsubj
	case "det":
		return relDet
	case "expl":
		return relExpl
	case "fixed":
		return relFixed
	case "flat":
		return relFlat
	case "iobj":
		return relIobj
	case "mark":
		return relMark
	case "nmod":
		return relNmod
	case "nmod:poss":
		return relNmodPoss
	case "nsubj":
		return relNsubj
	case "nsubj:pass":
		return relNsubjPass
	case "nummod":
		return relNummod
	case "obj":
		return relObj
	case "obl":
		return relObl
	case "parataxis":
		return relParataxis
	case "xcomp":
		return relXcomp
	case "cop":
		return relCop
	case "obl:agent":
		return relOblAgent
	}
	return 0
}

// relBits returns the set of a word's relation rel: its own bit and its
// universal part's (none for relations children is never asked for).
func relBits(rel string) relSet {
	b := relOf(rel)
	if u := syntax.Universal(rel); len(u) < len(rel) {
		b |= relOf(u)
	}
	return b
}

// withConjuncts adds the conjuncts and appositions of each word ("Abe and
// Putin", "Etorofu, Kunashiri, Shikotan and Habomai").
//
// A name's description in apposition adds nothing: "Alexei Navalny, the
// most prominent opponent of President Vladimir Putin, died" is Navalny
// alone, not the names the description is about.
func (x *extractor) withConjuncts(si int, ws []int) []int {
	out := append([]int(nil), ws...)
	for k := 0; k < len(out) && k < 32; k++ {
		named := x.mentionAt(si, x.word(si, out[k]).Token) != nil
		has := false
		for _, c := range x.children(si, out[k], relConj|relAppos) {
			if named && x.word(si, c).Rel == "appos" && x.mentionAt(si, x.word(si, c).Token) == nil {
				continue
			}
			has = has || x.word(si, c).Rel == "appos"
			out = append(out, c)
		}
		if !named && !has && personRoles[lowerASCII(x.word(si, out[k]).Lemma)] {
			if p := x.roleName(si, out[k]); p > 0 {
				out = append(out, p)
			}
		}
	}
	return out
}

// roleName returns the person's name in apposition to a role's whole
// phrase that the parser hung on a word inside it: "the chief executive
// of Norfolk Southern, Alan Shaw, apologized" (Alan Shaw: appos of
// Norfolk Southern). A person's name renames the person, not the company
// or place inside the phrase; 0 when there is none.
func (x *extractor) roleName(si, w int) int {
	frontier := []int{w}
	for depth := 0; depth < 3 && len(frontier) > 0; depth++ {
		var next []int
		for _, h := range frontier {
			for _, c := range x.kids[si][h] {
				switch syntax.Universal(x.word(si, c).Rel) {
				case "appos":
					if h == w {
						continue
					}
					if m := x.mentionAt(si, x.word(si, c).Token); m != nil && m.ent.Type == entity.Person {
						return c
					}
				case "nmod", "obl", "case":
					next = append(next, c)
				}
			}
		}
		frontier = next
	}
	return 0
}

// wordParties returns the entities that argument word w stands for: the
// name it is part of; else, for a pronoun or a plural description ("he",
// "both sides", "the leaders"), what it refers to; else the names and
// references among its modifiers ("Soviet troops", "officials from both
// governments", "the Habomai group"). A word that stands for none gives
// none: "the company", "an earthquake".
func (x *extractor) wordParties(si, w int, cur, earlier []*ev) (ids []string, via document.Span) {
	tok := x.word(si, w).Token
	toks := x.sents[si].Tokens
	if m := x.mentionAt(si, tok); m != nil {
		if p := x.titledPerson(si, w, m); p != nil {
			return []string{p.ent.ID}, via // "Treasury Secretary Janet Yellen": Yellen
		}
		if m.kind == "demonym" && !x.stateBody(si, m) {
			return nil, via // "Japanese citizens": not Japan
		}
		return []string{m.ent.ID}, via
	}
	if ids := x.pronoun(si, tok, cur, earlier); len(ids) > 0 {
		return ids, toks[tok].Span
	}
	if x.word(si, w).UPOS == "PROPN" {
		// A title the parser made the head of the name after it: "U.S.
		// District Judge Denny Chin imposed" is Chin, not the United
		// States.
		for _, c := range x.children(si, w, relFlat) {
			if m := x.mentionAt(si, x.word(si, c).Token); m != nil && m.ent.Type == entity.Person {
				return []string{m.ent.ID}, via
			}
		}
	}
	if periodNouns.Has(lowerASCII(x.word(si, w).Lemma)) {
		return nil, via // "Microsoft's fiscal year, which ends in June": the year ends, not Microsoft
	}
	evNoun := x.eventNoun(si, w)
	role := personRoles[lowerASCII(x.word(si, w).Lemma)]
	if role && w < len(x.trees[si].Words) {
		if p := x.mentionAt(si, x.word(si, w+1).Token); p != nil && p.ent.Type == entity.Person {
			return nil, via // "Apple CEO Tim Cook" with the role on its own: the person acts, not Apple
		}
	}
	others := otherParties.Has(lowerASCII(x.word(si, w).Lemma))
	for _, c := range x.children(si, w, relCompound|relAmod|relNmod) {
		if role && x.word(si, c).Rel == "nmod:poss" {
			continue // "Argentina's president" is a person, not Argentina
		}
		if others {
			continue // "WeWork's landlords refused": the landlords, not WeWork
		}
		if evNoun && len(x.children(si, c, relCase)) > 0 && x.word(si, c).Rel != "nmod:poss" {
			continue // "the attack on the embassy killed": the attack, not the embassy
		}
		if cs := x.children(si, c, relCase); len(cs) > 0 && x.word(si, c).Rel == "nmod" && lowerASCII(x.word(si, cs[0]).Form) != "of" &&
			!actsForNouns.Has(lowerASCII(x.word(si, w).Lemma)) {
			continue // "a 32-year-old man from Ohio was arrested": the man, not Ohio ("the government of Japan" is Japan)
		}
		tok := x.word(si, c).Token
		if m := x.mentionAt(si, tok); m != nil && m.ent.Type == entity.Location && x.placeCase(si, c) {
			continue // "a judge in San Francisco rejected": the judge, who is there
		}
		if m := x.mentionAt(si, tok); m != nil && x.placeModifier(si, m) {
			continue // "U.S. markets were shut": the markets, not the United States
		}
		if m := x.mentionAt(si, tok); m != nil {
			if m.kind != "demonym" || x.stateBody(si, m) {
				ids = append(ids, m.ent.ID)
			}
			if x.word(si, c).Rel == "nmod" {
				// "teams from the United States, Canada and France": all three.
				for _, k := range x.withConjuncts(si, []int{c})[1:] {
					if n := x.mentionAt(si, x.word(si, k).Token); n != nil && n != m && n.kind != "demonym" {
						ids = append(ids, n.ent.ID)
					}
				}
			}
			continue
		}
		ids = append(ids, x.pronoun(si, tok, cur, earlier)...)
	}
	return ids, via
}

// placeModifier reports whether place mention m only modifies the
// common noun after it ("U.S. markets", "Tokyo stocks", "Wall Street
// banks"): the place then stands for no one that noun names, unless the
// noun is a body that acts for it ("U.S. officials", "Tokyo police", "the
// U.S. administration", "U.S. regulators") or an event it owns ("U.S.
// sanctions"), or names the place itself ("the Habomai group of islets").
// A demonym is decided apart (stateBody).
func (x *extractor) placeModifier(si int, m *ment) bool {
	if m.ent.Type != entity.Location || m.kind == "demonym" {
		return false
	}
	w := x.treeWord(si, m.last)
	if w == 0 {
		return false
	}
	d := x.word(si, w)
	if d.Rel != "compound" && d.Rel != "amod" || d.Head <= w {
		return false
	}
	h := x.word(si, d.Head)
	if h.UPOS != "NOUN" || h.Token <= m.last {
		return false
	}
	l := lowerASCII(h.Lemma)
	if isPlaceNoun(l) || landNouns.Has(l) || placeKindNouns.Has(l) {
		return false // "the Habomai group of islets", "the Kharkiv region": the place itself
	}
	if m.ent.Subtype == "city" && !capitalStateNouns.Has(l) {
		return true // "a Paris court fined": the court, not Paris ("the Baghdad government" is Iraq's)
	}
	return !entity.StateBody(lowerASCII(h.Form)) && !entity.StateBody(l) && !actsForNouns.Has(l) &&
		!stateAgencyNouns.Has(l) && !x.eventNoun(si, d.Head)
}

// capitalStateNouns, after a capital's name, name its state's rulers.
var capitalStateNouns = wordset.New("government", "regime", "authorities", "administration", "leadership", "rulers", "junta", "cabinet")

// placeKindNouns, after a place's name, name the place itself or its
// kind: "the Habomai group", "the Tokyo area".
var placeKindNouns = wordset.New("group", "chain", "cluster", "area", "islet", "islets", "atoll", "archipelago",
	"metropolis", "municipality", "suburb", "neighborhood", "neighbourhood", "oblast", "governorate")

// stateAgencyNouns name bodies that act for a state besides those of the
// cue list statebody and actsForNouns: "U.S. regulators fined the bank".
var stateAgencyNouns = wordset.New("regulator", "agency", "authority", "court", "judge", "prosecutor", "lawmaker",
	"legislator", "intelligence", "military", "government", "administration", "embassy", "consulate", "envoy", "negotiator")

// otherParties name people or bodies that deal with the one a possessive
// or modifier names, apart from it: "WeWork's landlords", "the bank's
// customers", "Boeing's rivals".
var otherParties = wordset.New("landlord", "tenant", "customer", "client", "creditor", "lender", "rival",
	"competitor", "supplier", "critic", "opponent", "victim", "neighbor", "neighbour", "shareholder", "investor",
	"bondholder", "partner", "buyer", "seller", "enemy", "adversary", "detractor", "plaintiff", "defendant")

// actsForNouns name people who act for the body a preposition names:
// "officials from both governments", "troops from Russia".
var actsForNouns = wordset.New("official", "representative", "delegate", "delegation", "diplomat", "envoy", "negotiator",
	"troop", "soldier", "force", "lawmaker", "executive", "spokesman", "spokeswoman", "spokesperson", "minister", "leader",
	"officer", "investigator", "prosecutor", "police", "team", "delegate", "member", "staff", "worker", "employee")

// placeCase reports whether tree word w is introduced by a preposition of
// place ("in", "at", "near", ...).
func (x *extractor) placeCase(si, w int) bool {
	for _, c := range x.children(si, w, relCase) {
		if placePreps.Has(lowerASCII(x.word(si, c).Form)) {
			return true
		}
	}
	return false
}

// eventNoun reports whether tree word w is a noun that names an event (a
// trigger of the lexicon or a mention the detector found): as a subject
// it is the event that acts ("the attack on the embassy killed four
// people", "Russia's sanctions on Iran took effect"), and the names after
// its prepositions are that event's parties, not the verb's.
func (x *extractor) eventNoun(si, w int) bool {
	d := x.word(si, w)
	if d.UPOS != "NOUN" || d.Token < 0 {
		return false
	}
	for _, t := range x.info[si][d.Token].trig {
		if t.Noun {
			return true
		}
	}
	if x.detected == nil {
		return false
	}
	sp := x.sents[si].Tokens[d.Token].Span
	for _, m := range x.detected[si] {
		if m.Start <= sp.Start && sp.End <= m.End {
			return true
		}
	}
	return false
}

// titledPerson returns the person named after a role in the phrase that
// word w heads when w's own name is not a person's: the tree may make
// "Treasury" the head of "Treasury Secretary Janet Yellen", or "Apple" of
// "Apple chief executive Tim Cook"; the one who acts is the person. Nil
// otherwise. Only the next few words that hang on w are read.
func (x *extractor) titledPerson(si, w int, m *ment) *ment {
	if m.ent.Type == entity.Person {
		return nil
	}
	n := len(x.trees[si].Words)
	role := false
	for v := w + 1; v <= n && v <= w+6; v++ {
		if !x.under(si, v, w, 3) {
			break
		}
		d := x.word(si, v)
		if d.UPOS != "PROPN" && d.UPOS != "NOUN" && d.UPOS != "ADJ" {
			break // the title and the name follow the organization: not "the treaty, which President Bush signed"
		}
		if l := lowerASCII(d.Lemma); personRoles[l] || l == "executive" {
			role = true
			continue
		}
		if p := x.mentionAt(si, d.Token); role && p != nil && p != m && p.ent.Type == entity.Person {
			return p
		}
	}
	return nil
}

// under reports whether word v hangs on word w within depth steps.
func (x *extractor) under(si, v, w, depth int) bool {
	for ; depth > 0 && v > 0; depth-- {
		v = x.word(si, v).Head
		if v == w {
			return true
		}
	}
	return false
}

// periodNouns name a span of time, whose owner ("Microsoft's fiscal
// year", "the company's third quarter") does nothing the period does.
var periodNouns = wordset.New("year", "quarter", "month", "week", "day", "season", "term", "period", "half", "decade")

// personRoles are head nouns that name one person by role: a possessor
// of one ("Argentina's president", "the company's chief") is not who took
// part.
var personRoles = map[string]bool{"president": true, "leader": true, "minister": true, "premier": true, "chief": true,
	"head": true, "chairman": true, "chairwoman": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"king": true, "queen": true, "ambassador": true, "envoy": true, "ceo": true, "founder": true, "governor": true,
	"mayor": true, "general": true, "commander": true, "secretary": true, "director": true, "lawyer": true, "wife": true,
	"husband": true, "son": true, "daughter": true, "executive": true, "officer": true, "mother": true, "father": true,
	"brother": true, "sister": true, "widow": true, "widower": true, "partner": true, "aide": true, "adviser": true,
	"advisor": true, "deputy": true, "assistant": true, "friend": true, "cousin": true, "uncle": true, "aunt": true,
	"nephew": true, "niece": true, "fiancee": true, "fiance": true, "girlfriend": true, "boyfriend": true}

// roleOwner reports whether word w is the possessor of a person's role
// ("Argentina" in "Argentina's president") or in a role introduced by
// "as" ("stepped down as Labour Party leader"): the person takes part, not
// w.
func (x *extractor) roleOwner(si, w int) bool {
	if x.asRole(si, w) {
		return true
	}
	for depth := 0; w > 0 && depth < 8; depth++ {
		d := x.word(si, w)
		if d.Rel == "nmod:poss" {
			return d.Head > 0 && personRoles[lowerASCII(x.word(si, d.Head).Lemma)]
		}
		if d.Rel != "flat" && d.Rel != "compound" {
			return false
		}
		w = d.Head
	}
	return false
}

// asRole reports whether the phrase of word w, up through its noun-phrase
// relations, is introduced by "as": a role ("stepped down as Conservative
// Party leader"), whose names are no parties of the verb.
func (x *extractor) asRole(si, w int) bool {
	for depth := 0; w > 0 && depth < 8; depth++ {
		for _, c := range x.children(si, w, relCase) {
			if lowerASCII(x.word(si, c).Form) == "as" {
				return true
			}
		}
		d := x.word(si, w)
		if !nominalRels[d.Rel] || d.Rel == "conj" {
			return false
		}
		w = d.Head
	}
	return false
}

// passiveVerb reports whether predicate w is passive: a passive subject
// and a passive auxiliary ("were seized"); a participle without its
// auxiliary is a tagging slip ("Abe hosted Trump" read as "hosted" VBN).
func (x *extractor) passiveVerb(si, w int) bool {
	return len(x.children(si, w, relAuxPass)) > 0
}

// regularPast reports whether the "-ed" form f is a regular past, whose
// participle is the same word: "killed", "stabbed" (WordNet lists doubled
// consonants among its exceptions), "carried"; not "fled", "bred".
func regularPast(f string) bool {
	l := detect.IrregularVerb(f)
	return l == "" || regularOf(f, l)
}

// regularOf reports whether f is lemma l with a regular "-ed" ending.
func regularOf(f, l string) bool {
	return f == l+"ed" || f == l+"d" || len(l) > 1 && f == l+l[len(l)-1:]+"ed" ||
		strings.HasSuffix(l, "y") && f == l[:len(l)-1]+"ied"
}

// headlinePassive reports whether predicate w of sentence si is a
// headline's passive without its auxiliary: "Author stabbed on stage",
// "Developer ordered to liquidate", "Three miners killed in collapse". A
// headline tells what happened in the present tense ("Apple releases
// iPhone SDK"), so a regular past form with a subject before it, no
// auxiliary and no object or clause of its own is a participle. Irregular
// forms are left alone: "fell", "rose" are pasts, not participles.
func (x *extractor) headlinePassive(si, w int) bool {
	if si != 0 || w <= 0 || !x.headline() {
		return false
	}
	d := x.word(si, w)
	if d.UPOS != "VERB" || d.XPOS != "VBD" && d.XPOS != "VBN" || d.Rel != "root" && d.Rel != "conj" {
		return false
	}
	if x.headlineStatePassive(si, w) {
		return true
	}
	if f := lowerASCII(d.Form); !strings.HasSuffix(f, "ed") || !regularPast(f) || !text.IsPastForm(f) {
		return false
	}
	subj := x.children(si, w, relNsubj|relNsubjPass)
	if len(subj) == 0 && d.Rel == "conj" {
		return false // "Apple releases iPhone SDK, announced ...": no subject of its own
	}
	if len(subj) > 0 && subj[0] > w {
		return false
	}
	return len(x.children(si, w, relAux|relAuxPass|relObj|relIobj|relCcomp|relExpl)) == 0
}

// headlineStatePassive reports whether headline verb w is a participle
// with the state it found its subject in right after it, however the
// tagger read a title-case headline: "Theranos Founder Elizabeth Holmes
// Found Guilty of Defrauding Investors", "Singer Found Dead".
func (x *extractor) headlineStatePassive(si, w int) bool {
	if w >= len(x.trees[si].Words) || len(x.children(si, w, relAux|relAuxPass)) > 0 {
		return false
	}
	switch lowerASCII(x.word(si, w).Form) {
	case "found", "held", "left", "declared", "pronounced", "ruled", "judged", "deemed":
	default:
		return false
	}
	return statePredicates.Has(lowerASCII(x.word(si, w+1).Form))
}

// statePredicates are the states a person is found or declared in.
var statePredicates = wordset.New("guilty", "innocent", "dead", "alive", "missing", "liable", "responsible", "unconscious",
	"safe", "insane", "unfit", "competent", "incompetent")

// antecedent returns the noun relative clause r modifies: its head, or,
// when the clause follows a comma right after a noun that hangs on that
// head through a preposition, that noun ("a blow to the South Korean
// company, which overtook Nokia": the company overtook Nokia, however
// the parser hung the clause). A clause on an apposition of a name is the
// name's ("Ralph Moreno, a former mayor who became governor": Moreno).
func (x *extractor) antecedent(si, r int) int {
	h := x.word(si, r).Head
	if x.whoClause(si, r) {
		// "who" is a person's: "the chief executive of Qantas who has led
		// the airline" tells of the executive, not of Qantas (and so of
		// the name the executive is an apposition to).
		if m := x.mentionAt(si, x.word(si, h).Token); m != nil && m.ent.Type != entity.Person {
			if d := x.word(si, h); strings.HasPrefix(d.Rel, "nmod") && d.Head > 0 && d.Head < h {
				if n := x.word(si, d.Head); n.Rel == "appos" && n.Head > 0 && n.Head < d.Head && x.word(si, n.Head).UPOS == "PROPN" {
					return n.Head
				}
				if n := x.word(si, d.Head); n.UPOS == "PROPN" || n.UPOS == "NOUN" {
					return d.Head // "Ben Johnson of Canada, who ran": Johnson
				}
			}
		}
	}
	if d := x.word(si, h); d.Rel == "appos" && d.Head > 0 && d.Head < h && x.word(si, d.Head).UPOS == "PROPN" && x.actorAt(si, d.Head) {
		// "Ralph Moreno, a former mayor of Tulsa who became governor":
		// the apposition's clause tells of the one it names.
		return d.Head
	}
	first := x.clauseStart(si, r)
	if first-2 <= h || x.word(si, first-1).Form != "," {
		return h
	}
	n := first - 2
	if d := x.word(si, n); (d.UPOS == "NOUN" || d.UPOS == "PROPN") && strings.HasPrefix(d.Rel, "nmod") && x.under(si, n, h, 2) {
		if m := x.mentionAt(si, d.Token); m != nil && m.ent.Type == entity.Location && x.whoClause(si, r) {
			return h // "Ben Johnson of Canada, who ran": no place is a "who"
		}
		return n
	}
	return h
}

// whoClause reports whether relative clause r has "who" for its subject.
func (x *extractor) whoClause(si, r int) bool {
	return slices.ContainsFunc(x.children(si, r, relNsubj|relNsubjPass), func(c int) bool { return lowerASCII(x.word(si, c).Form) == "who" })
}

// clauseStart returns the first word of the clause verb r heads, its
// punctuation aside, from the words between r's head and r.
func (x *extractor) clauseStart(si, r int) int {
	h := x.word(si, r).Head
	first := r
	for k := r - 1; k > h; k-- {
		if x.under(si, k, r, 3) && x.word(si, k).UPOS != "PUNCT" {
			first = k
		}
	}
	return first
}

// actorAt reports whether tree word w is part of the name of a person or
// an organization.
func (x *extractor) actorAt(si, w int) bool {
	m := x.mentionAt(si, x.word(si, w).Token)
	return m != nil && actorType(m.ent.Type)
}

// actorType reports whether an entity type is one of those who act: a
// person or an organization.
func actorType(t string) bool { return t == entity.Person || t == entity.Organization }

// actorEntity reports whether entity t acts in news: a person, an
// organization, or a country, which acts as its state ("Venezuela
// recalled its ambassador").
func actorEntity(t *entity.Entity) bool {
	return t != nil && (actorType(t.Type) || t.Subtype == "country")
}

// relativePronouns stand for the noun their clause modifies.
var relativePronouns = map[string]bool{"which": true, "who": true, "that": true, "whom": true}

// treeSubjects returns the subject words of predicate w, following what
// the tree leaves implicit: the controller of an infinitive ("Abe plans
// to visit": Abe visits; "asked Abe to visit": Abe), the shared subject of
// coordinated verbs ("arrived and met"), the subject of the clause a
// participle hangs on, and the noun a relative clause modifies ("the
// company, which filed"). passive reports a passive subject.
func (x *extractor) treeSubjects(si, w int) (subj []int, passive bool) {
	w0, under := w, false // under: w0 is a clause below the subject's verb, not its conjunct
	fronted := 0          // the adverbial clause w0 reaches the subject's verb through, when it opens the sentence
	for depth := 0; w > 0 && depth < 8; depth++ {
		if s := x.children(si, w, relNsubj|relCsubj); len(s) > 0 {
			if depth == 0 {
				if a := x.attribution(si, w, s[0]); a > 0 {
					return []int{a}, false
				}
			}
			d := x.word(si, s[0])
			passive = d.Rel == "nsubj:pass" && x.passiveVerb(si, w) || depth == 0 && x.headlinePassive(si, w)
			if under && x.word(si, w0).XPOS != "VBN" {
				// "Smith was asked to resign": Smith resigns; the
				// infinitive's own voice counts ("is expected to be sold"),
				// and a participle's is its verb's ("was found abandoned").
				passive = x.passiveVerb(si, w0)
			} else if under && fronted > 0 && fronted < s[0] && len(x.children(si, w0, relAux|relAuxPass|relMark)) == 0 && x.word(si, w0).UPOS == "VERB" {
				// A bare participle set off before its subject is done to
				// it: "Founded in 1998, Google grew into ..." (Google was
				// founded), "Built in South Korea and delivered in 2001,
				// the rig ...".
				passive = true
			} else if !under && w != w0 && x.passiveVerb(si, w0) {
				// A conjunct with a passive auxiliary of its own: "Deal is
				// retiring and will be replaced by Pope" (Deal is replaced).
				passive = true
			} else if !under && w != w0 && len(x.children(si, w0, relObj)) > 0 {
				// A conjunct with an object of its own is active, whatever
				// the first verb's voice: "was launched in 2005 and entered
				// service the following year".
				passive = false
			}
			if relativePronouns[lowerASCII(d.Form)] {
				// "the treaty, which Bush and Gorbachev signed in 1991
				// and which expired in December": a relative clause
				// coordinated with another stands for the same noun.
				r := w
				for k := 0; k < 4 && x.word(si, r).Rel == "conj" && x.word(si, r).Head > 0; k++ {
					r = x.word(si, r).Head
				}
				if syntax.Universal(x.word(si, r).Rel) == "acl" {
					return x.withConjuncts(si, []int{x.antecedent(si, r)}), passive
				}
			}
			return x.withConjuncts(si, s), passive
		}
		pw := x.word(si, w)
		switch pw.Rel {
		case "xcomp":
			if o := x.children(si, pw.Head, relObj|relIobj); len(o) > 0 {
				// Object control; a participle is done to the object:
				// "ordered the jets grounded" (the jets are grounded).
				return x.withConjuncts(si, o[:1]), w == w0 && x.smallClauseObject(si, w) > 0
			}
		case "advcl":
			if h := x.word(si, pw.Head); pw.XPOS == "VBG" && h.Rel == "xcomp" && h.Head > 0 && pw.Head < w && x.word(si, w-1).Form == "," &&
				len(x.children(si, w, relMark)) == 0 {
				// A participle set off after an object's small clause is
				// the main verb's: "ordered all the jets grounded on
				// Wednesday, reversing its position" (the agency
				// reversed, not the jets).
				w, under = h.Head, true
				continue
			}
			// A clause without a subject ("to end the war", "Meeting
			// before the summit, Abe told") is its governor's subject's;
			// but whom a verb of hiring or asking takes does its "to"
			// infinitive ("hired Altman to lead a new team").
			if objectControl.Has(lowerASCII(x.word(si, pw.Head).Lemma)) && x.toInfinitive(si, w) ||
				preventVerbs.Has(lowerASCII(x.word(si, pw.Head).Lemma)) && x.hasMark(si, w, "from") ||
				x.chargedDoing(si, pw.Head, w) {
				// "stopped its customers from buying": the customers did not buy.
				// "accuses Dynegy of walking away": Dynegy walked away.
				// (The parser may read the one asked as an iobj: "ask
				// Mario Monti, a former commissioner, to form a government".)
				if o := x.children(si, pw.Head, relObj|relIobj); len(o) > 0 {
					return x.withConjuncts(si, o[:1]), false
				}
			}
		case "conj":
			// Coordinated verbs share their subject, unless a verb the
			// parser hung on a noun stands between them ("where one of
			// the trains derailed on February 3 and spilled toxic
			// chemicals", spilled a conjunct of the sentence's main verb):
			// then the conjunct is most likely that verb's, whose
			// subject the tree has lost.
			if x.reducedVerbBetween(si, pw.Head, w) {
				return nil, false
			}
		case "acl:relcl":
			return x.withConjuncts(si, []int{pw.Head}), false
		case "acl":
			// The same clause hung on the object: "accuses Baltic Lines
			// of walking away" (walking: an acl of Lines).
			if h := x.word(si, pw.Head); h.Rel == "obj" && h.Head > 0 && x.chargedDoing(si, h.Head, w) {
				return x.withConjuncts(si, []int{pw.Head}), false
			}
			return nil, false
		default:
			return nil, false
		}
		under = under || pw.Rel != "conj"
		if pw.Rel == "advcl" && w == 1 {
			fronted = w
		}
		w = pw.Head
	}
	return nil, false
}

// chargeVerbs take as object the one who did what their "of", "for" or
// "with" clause tells: "accused the minister of misleading parliament",
// "charged the driver with causing the crash", "thanked the crew for
// saving".
var chargeVerbs = wordset.New("accuse", "suspect", "convict", "acquit", "charge", "blame", "thank", "praise",
	"criticize", "criticise", "fine", "punish", "sue", "arrest", "jail", "sentence", "indict", "credit", "penalize",
	"penalise", "reward", "congratulate", "condemn", "fault", "commend", "investigate", "prosecute", "reprimand", "censure")

// chargedDoing reports whether gerund w is the "of", "for" or "with"
// clause of verb h of charging or crediting ("accuses Dynegy of walking
// away"), whose object did it.
func (x *extractor) chargedDoing(si, h, w int) bool {
	if x.word(si, w).XPOS != "VBG" || !chargeVerbs.Has(lowerASCII(x.word(si, h).Lemma)) {
		return false
	}
	return x.hasMark(si, w, "of") || x.hasMark(si, w, "for") || x.hasMark(si, w, "with")
}

// smallClauseObject returns the object that participle w, the open
// complement of a verb of ordering or declaring, is said of ("ordered the
// planes grounded": planes, which were grounded); 0 when w is no such
// participle.
func (x *extractor) smallClauseObject(si, w int) int {
	d := x.word(si, w)
	if d.XPOS != "VBN" || d.Rel != "xcomp" || d.Head <= 0 || !syntax.SmallClauseVerb(lowerASCII(x.word(si, d.Head).Lemma)) {
		return 0
	}
	if o := x.children(si, d.Head, relObj); len(o) > 0 && o[0] < w {
		return o[0]
	}
	return 0
}

// reducedVerbBetween reports whether a past verb hung on a noun (acl),
// without an agent or object of its own, stands between verb h and its
// conjunct c, with no other verb between it and the conjunct.
func (x *extractor) reducedVerbBetween(si, h, c int) bool {
	for v := c - 1; v > h; v-- {
		d := x.word(si, v)
		if d.UPOS == "VERB" && d.Rel == "acl" && (d.XPOS == "VBD" || d.XPOS == "VBN" && len(x.children(si, v, relOblAgent|relObj)) == 0) {
			// A participle with an agent of its own is one ("the people
			// affected by the crash and promised"): not read so.
			return true
		}
		if d.UPOS == "VERB" || d.UPOS == "AUX" {
			return false
		}
	}
	return false
}

// objectControl are the verbs whose object does what their "to"
// infinitive says: "hired Altman to lead", "asked the court to block".
var objectControl = wordset.New("hire", "appoint", "name", "ask", "tell", "order", "urge", "persuade", "force",
	"invite", "allow", "enable", "recruit", "convince", "require", "encourage", "authorize", "pick", "choose",
	"select", "elect", "instruct", "direct", "call", "send", "permit", "pressure", "compel", "oblige", "want", "expect",
	"help", "remind", "advise", "forbid", "beg", "command", "empower", "authorise", "prompt", "cause", "push", "inspire")

// hasMark reports whether verb w has the subordinator m ("from", "to").
func (x *extractor) hasMark(si, w int, m string) bool {
	for _, c := range x.children(si, w, relMark) {
		if lowerASCII(x.word(si, c).Form) == m {
			return true
		}
	}
	return false
}

// toInfinitive reports whether verb w has the marker "to".
func (x *extractor) toInfinitive(si, w int) bool {
	for _, m := range x.children(si, w, relMark) {
		if lowerASCII(x.word(si, m).Form) == "to" {
			return true
		}
	}
	return false
}

// attribution returns the subject of a verb of saying after a comma
// when the parser took a word before that comma for it ("..., including
// chief executive Parag Agrawal, people familiar with the matter said":
// "people", not Agrawal): the last word of the first run of nouns and
// pronouns between the comma and the verb; 0 when the subject is right
// or the words after the comma name nobody ("Smith, 45, said").
func (x *extractor) attribution(si, w, subj int) int {
	if subj > w {
		return 0
	}
	if last := x.attributionRun(si, w); last != subj {
		return last
	}
	return 0
}

// attributionRun returns, for a verb of saying w with a comma before it,
// the last noun of the phrase right after the last such comma ("two
// people familiar with the talks said": people); 0 otherwise.
func (x *extractor) attributionRun(si, w int) int {
	v := x.word(si, w)
	if !sayVerbs.Has(lowerASCII(v.Form)) && !sayVerbs.Has(lowerASCII(v.Lemma)) {
		return 0
	}
	for _, c := range x.children(si, w, relCcomp|relObj|relXcomp|relParataxis) {
		if c > w {
			return 0 // what is said comes after: not an attribution at the end ("the lender said it had sold")
		}
	}
	comma := 0
	for k := w - 1; k > 0; k-- {
		if f := x.word(si, k).Form; f == "," {
			comma = k
			break
		}
	}
	if comma == 0 {
		return 0
	}
	// The last noun of the phrase right after the comma: "two people
	// familiar with the talks" (people), "the company's chief executive"
	// (executive).
	last := 0
	for k := comma + 1; k < w; k++ {
		d := x.word(si, k)
		switch d.UPOS {
		case "NOUN", "PROPN", "PRON":
			last = k
			continue
		case "DET", "ADJ", "NUM":
			continue
		case "PART":
			if d.XPOS == "POS" {
				continue
			}
		case "ADP", "SCONJ":
			if relativeTimeWords.Has(lowerASCII(d.Form)) {
				return 0 // "two days after the lender said": a time, not a speaker
			}
		}
		break
	}
	return last
}

// commonSubject reports whether the tree's subject words of a verb are
// common nouns with no name among their modifiers: then nobody the entity
// stage knows did it.
func commonSubject(x *extractor, si int, ws []int) bool {
	if len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		if x.word(si, w).UPOS != "NOUN" {
			return false
		}
	}
	return true
}

// nominalRels link a word to the phrase it belongs to, up to the
// predicate that governs the phrase.
var nominalRels = map[string]bool{
	"conj": true, "appos": true, "nmod": true, "compound": true, "flat": true, "amod": true,
	"nummod": true, "det": true, "case": true, "cc": true, "punct": true, "dep": true,
	"nmod:poss": true, "nmod:tmod": true, "nmod:npmod": true, "compound:prt": true, "flat:foreign": true,
}

// governor returns the predicate whose argument word w is part of: up the
// tree through noun-phrase relations, then one argument step (obj, obl,
// nsubj, ...) to the head.
// A directional adverb between the verb and its oblique belongs to the
// verb: "fly back to Beijing", "went home to Ohio" give the verb's
// argument, whose tree head is the adverb.
func (x *extractor) governor(si, w int) int {
	for depth := 0; w > 0 && depth < 32; depth++ {
		d := x.word(si, w)
		if !nominalRels[d.Rel] {
			if h := d.Head; h > 0 && d.Rel == "obl" {
				if a := x.word(si, h); (a.Rel == "advmod" || a.Rel == "compound:prt") && directionAdverbs.Has(lowerASCII(a.Form)) {
					return a.Head
				}
			}
			return d.Head
		}
		w = d.Head
	}
	return 0
}

// directionAdverbs may stand between a verb of motion and where it goes.
var directionAdverbs = wordset.New("back", "home", "away", "aside", "ahead", "forward", "out", "off", "over", "abroad", "down", "up", "across", "on", "aground", "ashore", "apart")

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// openClasses are the detector's classes that can make a timeline line:
// something happened or was done. Statements, states and perceptions are
// not, unless the trigger lexicon names them.
var openClasses = map[string]bool{Occurrence: true, IAction: true, Aspectual: true}

// openEvents adds to a sentence's lexicon events (in token order) the
// verbs that the trained detector finds and the trigger lexicon does not
// know, when the tree gives them a date of their own ("GM filed for
// bankruptcy on Monday", "The singer died on Saturday"): an action with
// its own time is news whatever its verb. Their participants, place and
// time are then found as for any event.
func (x *extractor) openEvents(si int, out []*ev) []*ev {
	if x.detected == nil || len(x.detected[si]) == 0 || x.treeWords(si) == nil {
		return out
	}
	s := x.sents[si]
	added := false
	for _, m := range x.detected[si] {
		if !openClasses[m.Class] {
			continue
		}
		f, l := tokenRange(s.Tokens, m.Span)
		if f < 0 || f != l || len(x.info[si][f].trig) > 0 {
			continue // the lexicon decides on its own words, even to say no
		}
		tw := x.treeWord(si, f)
		if tw == 0 {
			continue
		}
		w := x.word(si, tw)
		lead := false
		if !x.datedByTree(si, tw) && !x.conjOfDated(si, tw) && !x.aimDated(si, tw) && !x.spanAhead(si, tw) {
			if !x.leadPast(si, tw) {
				continue
			}
			lead = true
		}
		if w.UPOS != "VERB" || x.supportVerb(si, tw, out) {
			continue
		}
		e := x.newEv()
		e.open = true
		e.sent, e.tok, e.clause = si, f, x.clause[si][f]
		lemma, pastOnly := treeLemma(w)
		e.trig = Trigger{Lemma: lemma, Class: m.Class}
		e.pastOnly = pastOnly
		e.lead = lead
		t := s.Tokens[f]
		e.Trigger, e.Text, e.Lemma, e.Class, e.Sentence = t.Span, t.Text, e.trig.Lemma, m.Class, si
		setCues(e, s, f, true)
		x.treeTense(e)
		out = append(out, e)
		added = true
	}
	if added {
		slices.SortStableFunc(out, func(a, b *ev) int { return cmp.Compare(a.tok, b.tok) })
	}
	return out
}

// leadPast reports whether verb w is a finite past with no time of its
// own in the news lead: the document's date dates it (leadDate).
func (x *extractor) leadPast(si, w int) bool {
	if si >= LeadSentences || !x.doc.HasDCT() || !x.simplePast(si, w) || !x.mainClause(si, w) {
		return false
	}
	for _, c := range x.children(si, w, relXcomp|relConj) {
		if x.datedByTree(si, c) {
			// "stopped paying a dividend in 1984": the verb's time is its
			// complement's; "lost power and struck the bridge on
			// Tuesday": its conjunct's.
			return false
		}
	}
	return x.complemented(si, w)
}

// complemented reports whether verb w says what was done, not only that
// something was: it has an object, a complement, an oblique that is not a
// time, or a particle ("raised its dividend", "apologized to customers",
// "pulled out"). "Cuba estimates", "the company rejected" make no line.
func (x *extractor) complemented(si, w int) bool {
	for _, c := range x.children(si, w, relObj|relIobj|relObl|relXcomp|relCompoundPrt) {
		d := x.word(si, c)
		if d.Rel == "obl:tmod" || d.Rel == "obl:npmod" || x.inTimex(si, d.Token) || d.UPOS == "SCONJ" {
			continue // a time, or a parse that took "that" for an object
		}
		return true
	}
	return false
}

// mainEvent reports whether event e is told by its sentence's main
// clause: a verb heading it (mainClause), or an event noun that is the
// subject or object of such a verb ("held talks", "the strike began").
// A verb without a briefing kind must also say what was done
// (complemented): "Cuba estimated" is no news of its own.
func (x *extractor) mainEvent(e *ev) bool {
	w := x.treeWord(e.sent, e.tok)
	if w == 0 {
		return false
	}
	if e.trig.Noun {
		switch x.word(e.sent, w).Rel {
		case "obj", "nsubj", "nsubj:pass":
			w = x.word(e.sent, w).Head
		default:
			return false
		}
	} else if e.Kind == "" && !x.complemented(e.sent, w) && !x.denialStatement(e) && !(e.Modality == text.Negated && x.noneDone(e.sent, w)) {
		return false // a verb the lexicon does not know says what was done with its object (or to its passive's subject, not done: "Blatter was not charged")
	}
	return x.mainClause(e.sent, w)
}

// mainClause reports whether verb w heads the sentence's main clause or
// one coordinated with it: what the lead tells as news, not a relative
// clause's setting ("where the summit was held") nor what someone
// argued or said.
func (x *extractor) mainClause(si, w int) bool {
	for depth := 0; w > 0 && depth < 32; depth++ {
		d := x.word(si, w)
		switch d.Rel {
		case "root":
			return true
		case "conj":
			w = d.Head
		case "parataxis":
			// A clause of its own after a semicolon: "Warner was also
			// charged; in a statement he denied any wrongdoing".
			if !x.semicolonClause(si, w) {
				return false
			}
			w = d.Head
		case "ccomp":
			// What a main clause's simple past report says someone did:
			// "Binance said it pulled out" (not "said the decision was
			// made": who made it, the line could not say).
			h := d.Head
			if !reportVerbs[lowerASCII(x.word(si, h).Lemma)] || !x.simplePast(si, h) || d.XPOS != "VBD" ||
				len(x.children(si, w, relNsubj)) == 0 || len(x.children(si, w, relAux|relAuxPass)) > 0 {
				return false
			}
			w = h
		case "advcl":
			// A contrasting clause with a subject of its own is a
			// statement beside the main one: "LinkedIn shares jumped 47
			// percent, while Microsoft's stock fell 3 percent".
			// Set off by a comma: "crashed while it approached the runway"
			// tells when.
			if !x.hasMark(si, w, "while") && !x.hasMark(si, w, "whereas") || d.Head <= 0 || d.Head > w ||
				len(x.children(si, w, relNsubj|relNsubjPass)) == 0 || d.XPOS != "VBD" || !x.commaBeforeMark(si, w) {
				return false
			}
			w = d.Head
		default:
			return false
		}
	}
	return false
}

// commaBeforeMark reports whether the subordinator of clause w comes
// right after a comma.
func (x *extractor) commaBeforeMark(si, w int) bool {
	for _, m := range x.children(si, w, relMark) {
		if m > 1 && x.word(si, m-1).Form == "," {
			return true
		}
	}
	return false
}

// semicolonClause reports whether clause w, a parataxis, has a subject of
// its own and follows the clause it is set beside after a semicolon.
func (x *extractor) semicolonClause(si, w int) bool {
	h := x.word(si, w).Head
	if h <= 0 || h >= w || len(x.children(si, w, relNsubj|relNsubjPass)) == 0 {
		return false
	}
	for k := h + 1; k < w; k++ {
		if x.word(si, k).Form == ";" {
			return true
		}
	}
	return false
}

// pastPlanner returns the verb that planned event e when a date on e lies
// wholly before the document's and that verb is in the past: "Musk had
// agreed to buy the company in April" (written in October) dates the
// agreement, not a purchase still to come in April. Nil otherwise.
func (x *extractor) pastPlanner(si, w int, e *ev, tm tmx, evs []*ev) *ev {
	d := x.word(si, w)
	if e.Modality != text.Planned || d.Rel != "xcomp" && !x.intended(si, w) || !x.doc.HasDCT() {
		return nil
	}
	iv, err := timex.ParseValue(tm.t.Value)
	if err != nil || iv.End.After(x.doc.DCT) {
		return nil
	}
	if len(x.children(si, d.Head, relAuxPass|relNsubjPass)) > 0 {
		return nil // "had been scheduled to expire Friday": the date is the plan's
	}
	h := x.word(si, d.Head)
	past := h.XPOS == "VBD"
	if h.XPOS == "VBN" {
		for _, a := range x.children(si, d.Head, relAux) {
			past = past || lowerASCII(x.word(si, a).Lemma) == "have"
		}
	}
	if !past {
		return nil
	}
	for _, g := range evs {
		if x.treeWord(si, g.tok) == d.Head && g.sent == si && g.TimexID == "" && !g.light && g.Class != Reporting {
			g.plan = e
			return g
		}
	}
	return nil
}

// aimDated reports whether finite past verb w has a "to" infinitive that
// the tree dates before the document ("sued to block the merger in
// December 2022", written later): the date is most often the verb's, and
// pastPlanner gives it to it.
func (x *extractor) aimDated(si, w int) bool {
	if !x.simplePast(si, w) {
		return false
	}
	for _, c := range x.children(si, w, relXcomp|relAdvcl) {
		if x.intended(si, c) && x.datedByTree(si, c) {
			return true
		}
	}
	return false
}

// conjOfDated reports whether verb w is a finite past conjoined to a verb
// the tree dates, sharing its subject: "completed the takeover on
// Thursday and fired the executives".
func (x *extractor) conjOfDated(si, w int) bool {
	d := x.word(si, w)
	if d.Rel != "conj" && d.Rel != "advcl" || d.XPOS != "VBD" && d.XPOS != "VBN" || len(x.children(si, w, relAux|relAuxPass)) > 0 {
		return false // its own auxiliary: a clause of its own
	}
	if d.Rel == "advcl" || len(x.children(si, w, relNsubj|relNsubjPass)) > 0 {
		// A clause with a subject of its own shares the time only when
		// it says so: "Cisco shares fell on Thursday, while Splunk
		// shares jumped 21 percent".
		if d.Rel == "conj" && x.simplePast(si, w) && x.hasCoordinator(si, w) && !x.datedByTree(si, w) && x.pastNarrative(si, d.Head) {
			// A past clause coordinated with a past one that has a day
			// goes on with the story then: "Satyam tried to buy two
			// companies in December, but investors forced it to abandon
			// the deal" (the caller takes the day, however it came).
			return true
		}
		if !x.whileClause(si, w) && (d.Rel != "conj" || !x.hasCoordinator(si, w) || !x.frontedTime(si, d.Head)) || x.datedByTree(si, w) {
			return false
		}
	}
	h := x.word(si, d.Head)
	return h.UPOS == "VERB" && x.simplePast(si, d.Head) && x.datedByTree(si, d.Head)
}

// pastNarrative reports whether verb w tells a past event of the story:
// a simple past, or a past perfect ("had tried"), not a present perfect
// ("has spoken ... since he arrived on April 6, and he insisted").
func (x *extractor) pastNarrative(si, w int) bool {
	if x.word(si, w).UPOS != "VERB" {
		return false
	}
	if x.simplePast(si, w) {
		return true
	}
	aux := x.children(si, w, relAux)
	return x.word(si, w).XPOS == "VBN" && len(aux) == 1 && lowerASCII(x.word(si, aux[0]).Form) == "had" && len(x.children(si, w, relNsubj)) > 0
}

// hasCoordinator reports whether word w has a coordinator ("and",
// "but") of its own: a clause coordinated as such, not a verb the parser
// merely hung as a conjunct.
func (x *extractor) hasCoordinator(si, w int) bool {
	for _, k := range x.kids[si][w] {
		if x.word(si, k).Rel == "cc" {
			return true
		}
	}
	return false
}

// frontedTime reports whether a date of predicate w stands before w's
// subject, at the head of the sentence: it sets the time of the clauses
// coordinated after it, whatever their subjects ("Two days later, FTX
// filed for bankruptcy, and its founder resigned").
func (x *extractor) frontedTime(si, w int) bool {
	subj := x.children(si, w, relNsubj|relNsubjPass)
	if len(subj) == 0 {
		return false
	}
	for _, tm := range x.tmxs[si] {
		if tm.t.Type != timex.Date && tm.t.Type != timex.Time || len(tm.t.Value) < 4 || tm.t.Value[0] < '0' || tm.t.Value[0] > '9' {
			continue
		}
		for k := tm.first; k <= tm.last; k++ {
			if tw := x.treeWord(si, k); tw > 0 && tw < subj[0] && x.governor(si, tw) == w {
				return true
			}
		}
	}
	return false
}

// whileClause reports whether the clause of verb w opens with "while":
// it happened at the time of the clause it hangs on.
// The parser may hang "while" on the subject ("while Splunk shares
// jumped": mark of "shares"), so the words back to the clause's comma
// are read.
func (x *extractor) whileClause(si, w int) bool {
	for k := w - 1; k > 0; k-- {
		f := x.word(si, k).Form
		if f == "," || f == ";" {
			return false
		}
		if strings.EqualFold(f, "while") {
			return x.under(si, k, w, 4)
		}
	}
	return false
}

// datedByTree reports whether a date or time expression of the sentence
// is an argument or modifier of predicate w itself ("filed ... on Monday",
// "died on Saturday", "last week").
func (x *extractor) datedByTree(si, w int) bool {
	for _, tm := range x.tmxs[si] {
		if tm.t.Type != timex.Date && tm.t.Type != timex.Time || len(tm.t.Value) < 4 || tm.t.Value[0] < '0' || tm.t.Value[0] > '9' {
			continue
		}
		for k := tm.first; k <= tm.last; k++ {
			if tw := x.treeWord(si, k); tw > 0 && x.governor(si, tw) == w && !x.premodifier(si, tw) {
				return true
			}
		}
	}
	return false
}

// premodifier reports whether word w is inside an object's noun phrase
// before its head ("replaces the 1991 agreement", "strengthened the 1959
// embargo", "came as the toll from the February 6 earthquakes rose"): it
// dates the noun, not the verb. A subject's date is the verb's too ("The
// March accession will enable ...", as TimeBank reads it), and an oblique
// of occasion is the verb's ("In a Wednesday media event, Apple released
// ...").
func (x *extractor) premodifier(si, w int) bool {
	pre := false
	for depth := 0; w > 0 && depth < 32; depth++ {
		d := x.word(si, w)
		if !nominalRels[d.Rel] || d.Head <= 0 {
			// (a phrase with a preposition is an oblique whatever the
			// parser's label)
			if !pre {
				return false
			}
			switch r := syntax.Universal(d.Rel); {
			case len(x.children(si, w, relCase)) > 0:
				return !x.occasionCase(si, w) // "from the February 6 earthquakes": theirs
			default:
				return r == "obj" || r == "iobj"
			}
		}
		if h := x.word(si, d.Head); d.Head > w && (h.UPOS == "NOUN" || h.UPOS == "PROPN") {
			pre = true
		}
		w = d.Head
	}
	return false
}

// occasionCase reports whether noun w is introduced by a preposition of
// occasion ("in", "at", "during", "on", "amid", "throughout"): the phrase
// says when or where the verb happened ("In a Wednesday media event").
func (x *extractor) occasionCase(si, w int) bool {
	for _, c := range x.children(si, w, relCase) {
		switch lowerASCII(x.word(si, c).Form) {
		case "in", "at", "during", "on", "amid", "throughout":
			return true
		}
	}
	return false
}

// headlineVerbs adds to the detector's mentions the finite verbs of a
// headline that have a subject ("Apple releases iPhone SDK", "Apple
// executive leaves company"): the trained detector, which learnt from
// article bodies, misses the present tense of headlines, and a headline's
// verb is the story's main event. A headline is a first sentence of at
// most 25 words that does not end with a full stop, in a document of more
// sentences.
func (x *extractor) headlineVerbs() {
	for si := range x.sents {
		if x.treeWords(si) != nil {
			x.finiteVerbs(si, si == 0 && x.headline())
		}
	}
}

// headline reports whether the first sentence is a headline.
func (x *extractor) headline() bool {
	if len(x.sents) < 2 {
		return false
	}
	s := x.sents[0]
	n := len(s.Tokens)
	return n > 0 && n <= 25 && s.Tokens[n-1].Text != "."
}

// finiteVerbs adds to sentence si's detector mentions its finite verbs
// that have a subject (or are conjoined to a verb that has one) and that
// the detector missed: in a headline, its present-tense verbs (see
// headlineVerbs); anywhere, a verb the detector never met in training
// ("A bus collided with a truck": no TimeBank or AQUAINT text says
// "collide"), for every such verb of a statement is an event of TimeML's
// (states aside: be, have, seem and the like are left to the detector).
func (x *extractor) finiteVerbs(si int, headline bool) {
	s := x.sents[si]
	n := len(s.Tokens)
	det := x.detected[si] // sorted by start; what is added goes after them
	nd := len(det)
	for i := range x.trees[si].Words {
		w := &x.trees[si].Words[i]
		if w.UPOS != "VERB" || w.Token < 0 || w.Token >= n {
			continue
		}
		switch w.XPOS {
		case "VBZ", "VBD", "VBP":
		case "VB":
			if !headline || len(x.children(si, i+1, relMark)) == 0 {
				continue // "Apple to give ...": the infinitive of a plan
			}
		default:
			continue
		}
		if len(x.children(si, i+1, relNsubj)) == 0 && w.Rel != "conj" {
			continue
		}
		t := s.Tokens[w.Token]
		if k, _ := slices.BinarySearchFunc(det[:nd], t.Start, func(m detect.Mention, p int) int { return m.Start - p }); k < nd && det[k].Start == t.Start {
			continue
		}
		if !headline && stateVerbs.Has(lowerASCII(w.Lemma)) {
			continue // the detector's own call
		}
		class := Occurrence
		if sayVerbs.Has(t.Lower) || reportVerbs[lowerASCII(w.Lemma)] {
			class = Reporting
		}
		det = append(det, detect.Mention{Span: t.Span, Text: t.Text, Class: class, Sentence: si, Score: 0.5})
	}
	x.detected[si] = det
	slices.SortStableFunc(x.detected[si], func(a, b detect.Mention) int { return cmp.Compare(a.Start, b.Start) })
}

// stateVerbs are verbs of being and having, whose finite forms TimeML
// makes events only in some uses: the detector decides.
var stateVerbs = wordset.New("be", "have", "do", "seem", "appear", "become", "remain", "stay", "own", "belong",
	"contain", "include", "consist", "mean", "need", "want", "like", "know", "think", "believe", "feel", "hope", "wish",
	"employ", "depend", "lack", "resemble", "exist", "deserve", "possess")

// treeTimed returns the event that a date or time expression modifies in
// the tree ("announced Friday that ...", "the meeting on Monday", "filed
// for bankruptcy on Monday"): the first of the expression's ancestors that
// is the trigger of an event of evs that can take it, without passing
// another predicate. Nil when the tree does not say (the clause rules of
// attachTimes then decide).
func (x *extractor) treeTimed(si int, tm tmx, evs []*ev) *ev {
	if x.treeWords(si) == nil {
		return nil
	}
	head := x.timexHead(si, tm) // the expression's head: its word whose head lies outside it
	if head == 0 {
		return nil
	}
	w := x.word(si, head).Head
	for depth := 0; w > 0 && depth < 8; depth++ {
		d := x.word(si, w)
		for _, e := range evs {
			if x.treeWord(si, e.tok) != w {
				continue
			}
			if n := x.supportedNoun(si, w, e, evs); n != nil {
				e = n // "a meeting held on Friday", "an agreement was reached Friday"
			} else if n := x.objectEventFor(si, w, head, evs); n != nil {
				e = n // "calls an election for July": the election's month
			}
			if e.light || e.planVerb || e.absorbed || e.TimexID != "" && !moreSpecific(tm.t.Value, e.Value) {
				return nil
			}
			if e.Class == Reporting && !x.nextToReport(si, w, e, tm) {
				return nil
			}
			if g := x.pastPlanner(si, w, e, tm, evs); g != nil {
				return g
			}
			return e
		}
		if d.UPOS == "VERB" || d.UPOS == "AUX" || d.Rel == "root" || !nominalRels[d.Rel] && d.UPOS != "NOUN" && d.UPOS != "PROPN" && !(d.UPOS == "ADJ" && argumentRels[d.Rel]) {
			return nil // a predicate that is no event: the tree does not say
		}
		w = d.Head
	}
	return nil
}

// argumentRels make an adjective an argument of its head ("a new chief
// executive", tagged ADJ, is still the object).
var argumentRels = map[string]bool{"obj": true, "iobj": true, "nsubj": true, "nsubj:pass": true, "obl": true}

// nextToReport reports whether a time the tree gives to a reporting verb
// (at tree word w) stands by it, before what is reported: "announced
// Friday that ...", "said on Saturday", "Apple announced this morning".
// A time further on, or inside the report, is more often the report's
// own, and the parser's attachment there is less sure. A verb with a
// thing for its object and no clause reported takes a time the tree
// gives it up to ten words on, before any comma: "announced new
// sanctions against Russia on Friday".
func (x *extractor) nextToReport(si, w int, e *ev, tm tmx) bool {
	if tm.first > e.tok && (tm.first <= e.tok+10 && x.reportsThing(e) || x.reportsNothing(si, w)) && !x.commaBetween(si, e.tok, tm.first) && x.onVerb(si, w, tm) {
		return true // "announced new sanctions against Russia on Friday", "will report on the summit to Congress on Monday": no report, the time is the verb's
	}
	if tm.first > e.tok+3 || tm.last < e.tok-4 {
		return false
	}
	for _, c := range x.children(si, w, relCcomp|relParataxis) {
		if tok := x.word(si, c).Token; tok >= 0 && tok < tm.first && tok > e.tok {
			return false
		}
	}
	return true
}

// reportsThing reports whether reporting event e makes a thing known,
// its object, with no clause reported: "announced new sanctions",
// "unveiled a phone" (thingVerbs).
func (x *extractor) reportsThing(e *ev) bool {
	tw := x.treeWord(e.sent, e.tok)
	return tw > 0 && thingVerbs[e.Lemma] && len(x.children(e.sent, tw, relCcomp|relParataxis)) == 0 && x.nominalObject(e.sent, e.tok)
}

// reportsNothing reports whether reporting verb w (tree word) has no
// clause or object that says what was reported: "will report on the
// summit to Congress on Monday", "testified before the committee".
func (x *extractor) reportsNothing(si, w int) bool {
	return len(x.children(si, w, relCcomp|relParataxis|relXcomp|relObj|relIobj)) == 0
}

// thingVerbs make a thing known: what they announce is their object.
var thingVerbs = map[string]bool{"announce": true, "unveil": true, "reveal": true, "disclose": true, "report": true,
	"release": true, "publish": true, "present": true, "confirm": true}

// onVerb reports whether time tm hangs on tree word w itself (an oblique
// or adverbial of the verb), not on one of its nouns ("gave no reason for
// the Jan. 14 deadline").
func (x *extractor) onVerb(si, w int, tm tmx) bool {
	for i := tm.first; i <= tm.last; i++ {
		tw := x.treeWord(si, i)
		if tw > 0 && x.word(si, tw).Head == w {
			return true
		}
	}
	return false
}

// mayHaveObject reports whether the words after verb event e may be its
// object: not when the next word is an adverb of the verb and the tree
// gives the verb no object ("it ran aground in the canal": "aground" is
// no patient).
func (x *extractor) mayHaveObject(e *ev) bool {
	tw := x.treeWord(e.sent, e.tok)
	if tw == 0 || tw >= len(x.trees[e.sent].Words) {
		return true
	}
	next := x.word(e.sent, tw+1)
	if next.UPOS != "ADV" || next.Head != tw {
		return true
	}
	return len(x.children(e.sent, tw, relObj|relIobj)) > 0
}

// commaBetween reports whether a comma or semicolon lies between tokens a
// and b of sentence si.
func (x *extractor) commaBetween(si, a, b int) bool {
	for _, t := range x.sents[si].Tokens[a+1 : b] {
		if t.Text == "," || t.Text == ";" {
			return true
		}
	}
	return false
}

// supportedNoun returns, for a verb of no known kind (e, at tree word w),
// the event noun it only says took place: its subject or object ("an
// agreement was reached", "speed up preparations") or the noun it
// modifies ("a meeting held between them"). Nil otherwise.
func (x *extractor) supportedNoun(si, w int, e *ev, evs []*ev) *ev {
	if e.Kind != "" || e.trig.Noun {
		return nil
	}
	find := func(tw int) *ev {
		tok := x.word(si, tw).Token
		for _, n := range evs {
			if n.tok == tok && n.trig.Noun && n.Kind != "" {
				return n
			}
		}
		return nil
	}
	if d := x.word(si, w); d.Head > 0 && (d.Rel == "acl" || d.Rel == "acl:relcl") {
		if n := find(d.Head); n != nil {
			return n
		}
	}
	for _, a := range x.children(si, w, relNsubj|relObj) {
		if n := find(a); n != nil {
			return n
		}
	}
	return nil
}

// objectEventFor returns the event noun that is verb w's object when
// time word t hangs on w with "for" after that object: a time "for" an
// event names when the event is to be ("called an election for July",
// "set a vote for Tuesday"), whatever the parser attached it to.
func (x *extractor) objectEventFor(si, w, t int, evs []*ev) *ev {
	isFor := false
	for _, c := range x.children(si, t, relCase) {
		isFor = isFor || lowerASCII(x.word(si, c).Form) == "for"
	}
	if !isFor {
		return nil
	}
	for _, o := range x.children(si, w, relObj) {
		if o > t {
			continue
		}
		tok := x.word(si, o).Token
		for _, n := range evs {
			if n.tok == tok && n.trig.Noun {
				return n
			}
		}
	}
	return nil
}

// supportVerb reports whether verb w only says that one of the
// sentence's lexicon events took place, began or ended: a support verb
// (supportLemmas) with the event noun as its subject or object ("an
// agreement was reached", "held talks", "the talks ended"). The noun is
// the event. A verb that acts on the event ("blocked the deal", "approved
// the merger") is an event of its own.
func (x *extractor) supportVerb(si, w int, evs []*ev) bool {
	if !supportLemmas.Has(lowerASCII(x.word(si, w).Lemma)) {
		return false
	}
	for _, a := range x.children(si, w, relNsubj|relObj) {
		tok := x.word(si, a).Token
		for _, e := range evs {
			if e.tok == tok && e.trig.Noun {
				return true
			}
		}
	}
	return false
}

// supportLemmas are the verbs that say an event took place, began or
// ended without adding an action of their own.
var supportLemmas = wordset.New("reach", "hold", "have", "take", "make", "conduct", "give", "do", "carry",
	"stage", "host", "attend", "join", "begin", "start", "continue", "resume", "end", "finish", "undertake",
	"perform", "wage", "pay", "occur", "happen", "follow", "come", "go", "be", "get", "see", "mark", "open", "close")

// hasSubject reports whether an open event says who or what did it (or,
// passive, to whom): a line without ("Shoot Slepian", "Expand") tells a
// reader nothing.
func (x *extractor) hasSubject(e *ev) bool {
	for _, id := range e.partOrd {
		switch e.parts.role(id) {
		case RoleAgent, RoleSpeaker, RoleWith:
			return true
		case RolePatient:
			if e.passive {
				return true
			}
		}
	}
	sp := x.subjectPhrase(e)
	if !sp.ok() {
		sp = x.treeSubjectPhrase(e) // "a judge in San Francisco rejected": the words before name a place of it
	}
	if !sp.ok() {
		return false
	}
	if sp.si < 0 || sp.si >= len(x.sents) || sp.last >= len(x.sents[sp.si].Tokens) {
		return false
	}
	for _, t := range x.sents[sp.si].Tokens[sp.first : sp.last+1] { // (the phrase may lie in the sentence before: "It" for its noun)
		if w := t.Lower; relativePronouns[w] || w == "whose" || w == "it" || w == "this" {
			return false // "whose sales hit", "it rose": who, the line cannot say
		}
	}
	return true
}

// keyOblique returns the first oblique of an open event's verb that is
// neither its time nor a place of it, as written ("filed for
// bankruptcy", "apologized to Erdogan", "pleaded guilty" has none): what
// a line needs when the verb has no object. Empty when there is none.
func (x *extractor) keyOblique(e *ev) string {
	tw := x.treeWord(e.sent, e.tok)
	if tw == 0 {
		return ""
	}
	if len(x.children(e.sent, tw, relCcomp)) > 0 {
		return "" // what it says is a clause: "Apple reports that Tiger, the code name for this release, ..."
	}
	toks := x.sents[e.sent].Tokens
	obls := x.children(e.sent, tw, relObl)
	for _, a := range x.children(e.sent, tw, relAdvmod|relCompoundPrt) {
		if directionAdverbs.Has(lowerASCII(x.word(e.sent, a).Form)) {
			obls = append(obls, x.children(e.sent, a, relObl)...) // "fly back to Beijing"
		}
	}
	if x.asAfter(e) {
		obls = append(obls, x.children(e.sent, tw, relObj)...) // an oblique the labeller named an object ("as party leader")
	}
	for _, o := range obls {
		w := x.word(e.sent, o)
		if w.Rel != "obl" && w.Rel != "obj" || w.Token <= e.tok {
			continue // obl:tmod, obl:agent, ...; and what comes before the verb
		}
		if x.inDate(e.sent, w.Token) {
			continue // the line gives the date apart; a duration stays: "sentenced to four years"
		}
		if cs := x.children(e.sent, o, relCase); len(cs) > 0 {
			c := lowerASCII(x.word(e.sent, cs[0]).Form)
			if x.inTimex(e.sent, w.Token) && (c == "for" || c == "through") || timePreps.Has(c) && !spacePreps.Has(c) && !x.beforeBody(e.sent, c, o) {
				continue // how long or when, not what: "talked for about an hour", "fell after its shareholder ..."
			}
			if c == "according" {
				continue // who says so, not what: "struck on Tuesday, according to church officials"
			}
		}
		if m := x.mentionAt(e.sent, w.Token); m != nil && m.ent.Type == entity.Location && len(x.children(e.sent, o, relCase)) > 0 {
			if c := lowerASCII(x.word(e.sent, x.children(e.sent, o, relCase)[0]).Form); placePreps.Has(c) || slices.Contains(e.places, m.ent.ID) {
				continue // a place: the line says it after ("travel to Russia")
			}
		}
		if m := x.mentionAt(e.sent, w.Token); m != nil {
			if r, ok := e.parts.get(m.ent.ID); ok && r == RoleRecipient {
				continue // the line names the recipient apart: "apologized to Erdogan for the 2010 raid"
			}
		}
		first := x.leftmost(e.sent, o, w.Token)
		last := w.Token
		for _, c := range x.children(e.sent, o, relNummod|relCompound|relFlat) {
			if t := x.word(e.sent, c).Token; t > last && t <= w.Token+3 {
				last = t // "to $ 4.2 billion": the amount after its sign
			}
		}
		base := last
		for _, c := range x.children(e.sent, o, relNmod) {
			n := x.word(e.sent, c)
			cs := x.children(e.sent, c, relCase)
			if len(cs) == 0 || lowerASCII(x.word(e.sent, cs[0]).Form) != "of" || n.Token <= last || n.Token > last+4 {
				continue
			}
			m := x.mentionAt(e.sent, n.Token)
			if m != nil && slices.Contains(e.places, m.ent.ID) {
				continue // "near the city of Gaziantep": the line names the place after
			}
			last = n.Token // "as branches of JPMorgan Chase"
			if m != nil && m.last > last && m.last <= last+3 {
				last = m.last
			}
		}
		if last-first > 8 {
			last = base // the "of" phrase would make the line too long
		}
		for _, c := range x.children(e.sent, o, relConj) {
			// A name coordinated with the oblique's: "diverted to Antwerp
			// and Hamburg".
			n := x.word(e.sent, c)
			if n.Token <= last || n.Token > last+3 || n.UPOS != "PROPN" || w.UPOS != "PROPN" ||
				!slices.ContainsFunc(x.kids[e.sent][c], func(k int) bool { return x.word(e.sent, k).Rel == "cc" }) {
				break
			}
			m := x.mentionAt(e.sent, n.Token)
			if m != nil {
				if _, ok := e.parts.get(m.ent.ID); ok || m.first <= w.Token {
					break // a party the line names apart ("with Miami and Cuba"), or one name ("Securities and Exchange Commission")
				}
			}
			last = n.Token
			if m != nil && m.last > last && m.last <= last+3 {
				last = m.last
			}
		}
		if first <= e.tok || w.Token-first > 5 {
			return ""
		}
		return oneLine(x.doc.Text[toks[first].Start:toks[last].End])
	}
	return ""
}

// spacePreps are prepositions of time that also say where: "swept through
// the town", "gathered behind the building"; an oblique after them is a
// key oblique unless it is a time expression.
var spacePreps = wordset.New("through", "throughout", "behind", "beyond")

// bodyNouns are bodies one appears before: "testified before a House
// committee", "appeared before a judge".
var bodyNouns = wordset.New("committee", "subcommittee", "court", "judge", "jury", "panel", "congress", "parliament",
	"senate", "tribunal", "commission", "board", "lawmakers", "legislature", "magistrate", "inquiry")

// beforeBody reports whether "before" (c) with word o names where one
// appears, not when: "before a House committee", "before the Senate".
func (x *extractor) beforeBody(si int, c string, o int) bool {
	if c != "before" {
		return false
	}
	w := x.word(si, o)
	if m := x.mentionAt(si, w.Token); m != nil && m.ent.Type == entity.Organization {
		return true
	}
	return bodyNouns.Has(lowerASCII(w.Lemma))
}

// targetPreps introduce what an action is aimed at: "sanctions on Iran",
// "a lawsuit against Apple", "declared war on France".
var targetPreps = wordset.New("on", "against")

// onTargetNouns aim at what "on" after them names: "sanctions on Iran",
// "declared war on France", "a ban on Uber"; after other nouns "on" says
// where or about what ("projects on the islands").
var onTargetNouns = wordset.New("sanction", "sanctions", "tariff", "ban", "embargo", "war", "attack", "strike",
	"raid", "assault", "offensive", "pressure", "limit", "restriction", "curb", "cap", "duty", "tax", "levy",
	"fine", "penalty", "crackdown", "blockade", "freeze", "moratorium", "boycott", "bombardment", "missile",
	"demand", "claim", "hold", "grip", "control", "stake", "bid", "hike")

// target is what an event is aimed at, after its object or its noun: the
// phrase ("on Tehran" in "imposed new sanctions on Tehran", "against
// Apple" in "the lawsuit against Apple") and the token of its head.
type target struct {
	text string
	head int
}

// targetOf finds e's target in the tree: an oblique of a verb that has an
// object, or a modifier of that object or of an event noun, introduced by
// "on" or "against", after the trigger, not a date, of at most six words.
func (x *extractor) targetOf(e *ev) target {
	tw := x.treeWord(e.sent, e.tok)
	if tw == 0 {
		return target{}
	}
	var cands []int
	aims := false // the noun aims at what "on" names: "sanctions on", "war on"
	if e.trig.Noun {
		cands = x.children(e.sent, tw, relNmod)
		aims = onTargetNouns.Has(lowerASCII(x.word(e.sent, tw).Lemma))
	} else {
		objs := x.children(e.sent, tw, relObj)
		if len(objs) == 0 {
			return target{}
		}
		cands = x.children(e.sent, tw, relObl)
		for _, o := range objs {
			cands = append(cands, x.children(e.sent, o, relNmod)...)
			aims = aims || onTargetNouns.Has(lowerASCII(x.word(e.sent, o).Lemma))
		}
	}
	toks := x.sents[e.sent].Tokens
	for _, o := range cands {
		w := x.word(e.sent, o)
		if w.Token <= e.tok || x.inDate(e.sent, w.Token) {
			continue
		}
		cs := x.children(e.sent, o, relCase)
		if len(cs) != 1 {
			continue
		}
		c := x.word(e.sent, cs[0])
		if c.Token >= w.Token || !targetPreps.Has(lowerASCII(c.Form)) {
			continue
		}
		if lowerASCII(c.Form) == "on" && !aims {
			continue // "activities on four islands", "projects on the islands": where, not at what
		}
		last := w.Token
		for _, k := range x.children(e.sent, o, relCompound|relFlat|relNummod) {
			if t := x.word(e.sent, k).Token; t > last && t <= w.Token+3 {
				last = t // "on Bank of America": "Bank" heads the name
			}
		}
		if last-c.Token > 6 {
			continue
		}
		return target{text: oneLine(x.doc.Text[toks[c.Token].Start:toks[last].End]), head: w.Token}
	}
	return target{}
}

// addTarget finds e's target and makes the entity it names a participant
// in the target role (instead of a patient or other role it had from the
// words after the verb).
func (x *extractor) addTarget(e *ev) {
	t := x.targetOf(e)
	e.target = t.text
	if t.text == "" {
		return
	}
	if m := x.mentionAt(e.sent, t.head); m != nil {
		id := m.ent.ID
		if _, ok := e.parts.get(id); ok {
			e.parts.set(id, RoleTarget)
			return
		}
		e.add(id, RoleTarget)
	}
}

// leftmost returns the first token of the phrase word w opens with its
// modifiers, down through them ("as Labour Party leader": "as" hangs on
// "Party", which hangs on "leader"); first is w's own token.
func (x *extractor) leftmost(si, w, first int) int {
	for depth := 0; depth < 4; depth++ {
		moved := false
		for _, c := range x.children(si, w, relCase|relDet|relAmod|relCompound|relNummod|relNmodPoss) {
			if t := x.word(si, c).Token; t >= 0 && t < first {
				first, w, moved = t, c, true
			}
		}
		if !moved {
			return first
		}
	}
	return first
}

// briefingOf returns the briefing events of all in sentence si (all is
// in sentence order).
func (x *extractor) briefingOf(si int, all []*ev) []*ev {
	k, _ := slices.BinarySearchFunc(all, si, func(e *ev, si int) int { return e.sent - si })
	n := k
	for n < len(all) && all[n].sent == si {
		n++
	}
	return all[k:n]
}

// standBriefing sets x.briefed for dating the mentions cur of sentence
// si: cur with the sentence's briefing events of all, in text order, the
// briefing events undated as they were when their own times were
// attached (their times are kept aside, and put back by sitBriefing). A
// time the tree gives one of them is then not handed to a mention of its
// clause ("ordered Shell on Wednesday to cut its emissions by 2030":
// Wednesday is the order's, 2030 the cut's). The buffers are reused.
func (x *extractor) standBriefing(si int, cur, all []*ev) {
	briefing := x.briefingOf(si, all)
	if len(briefing) == 0 {
		x.briefed = nil
		return
	}
	x.briefed = append(append(x.briefBuf[:0], cur...), briefing...)
	x.briefBuf = x.briefed
	x.briefTimes = x.briefTimes[:0]
	for _, e := range briefing {
		x.briefTimes = append(x.briefTimes, [3]string{e.TimexID, e.Value, e.TimeRelation})
		e.TimexID, e.Value, e.TimeRelation = "", "", TimeAt
	}
	slices.SortStableFunc(x.briefed, func(a, b *ev) int { return cmp.Compare(a.tok, b.tok) })
}

// sitBriefing gives the briefing events that standBriefing undated their
// times back.
func (x *extractor) sitBriefing(si int, all []*ev) {
	if x.briefed == nil {
		return
	}
	for k, e := range x.briefingOf(si, all) {
		e.TimexID, e.Value, e.TimeRelation = x.briefTimes[k][0], x.briefTimes[k][1], x.briefTimes[k][2]
	}
	clear(x.briefBuf) // no hold on the events once dated
	x.briefed = nil
}

// mentionEvents returns the detector's event mentions that are not
// briefing events (all: every briefing event mention, merged ones too),
// with participants, place, time and summary.
//
// The slice returned has room for extra more events (joinMentions adds
// the bare ones): events are large, and a regrowth copies them all.
func (x *extractor) mentionEvents(all []*ev, extra int) []Event {
	if x.detected == nil {
		return nil
	}
	// covered flags the tokens that begin an event already: one flag per
	// token of the document, sentence after sentence (start), rather than
	// a map of positions.
	start := make([]int, len(x.sents)+1)
	for si := range x.sents {
		start[si+1] = start[si] + len(x.sents[si].Tokens)
	}
	covered := make([]bool, start[len(x.sents)])
	for _, e := range all {
		if e.sent >= 0 && e.sent < len(x.sents) && e.tok >= 0 && e.tok < len(x.sents[e.sent].Tokens) {
			covered[start[e.sent]+e.tok] = true
		}
	}
	var res []*ev
	for si := range x.sents {
		if len(x.detected[si]) == 0 {
			continue
		}
		s := x.sents[si]
		x.treeWords(si)
		var cur []*ev
		for _, m := range x.detected[si] {
			f, _ := tokenRange(s.Tokens, m.Span)
			if f < 0 || covered[start[si]+f] || x.personName(si, f) {
				continue
			}
			covered[start[si]+f] = true
			t := s.Tokens[f]
			e := x.newEv()
			e.open = true
			e.sent, e.tok, e.clause = si, f, x.clause[si][f]
			lemma, noun := t.Lower, false
			if tw := x.treeWord(si, f); tw > 0 {
				w := x.word(si, tw)
				lemma, e.pastOnly = treeLemma(w)
				noun = w.UPOS == "NOUN" || w.UPOS == "PROPN"
			}
			e.trig = Trigger{Lemma: lemma, Noun: noun, Class: m.Class}
			e.Trigger, e.Text, e.Lemma, e.Class, e.Sentence = m.Span, m.Text, lemma, m.Class, si
			setCues(e, s, f, !noun)
			if !noun {
				x.treeTense(e)
			}
			cur = append(cur, e)
		}
		x.pastMonths(si, cur)
		for _, e := range cur {
			x.participants(si, e, cur, all)
		}
		x.standBriefing(si, cur, all)
		x.attachTimes(si, cur)
		x.sitBriefing(si, all)
		// A span of time from a briefing event dates a mention, or the
		// other way round: "grounded its jets on Saturday, a day after a
		// cabin panel blew out".
		x.earlier = append(x.earlier[:0], all, res)
		x.relativeTimesWith(si, cur, x.briefingOf(si, all))
		x.aheadSpans(si, cur)
		x.participleTimes(si, cur)
		x.relativeOfDated(si, cur)
		for _, e := range cur {
			x.hoursLater(e, all, res, cur)
			x.afterClause(e, all, cur)
			x.reportedDate(e)
			x.leadDate(e)
		}
		res = append(res, cur...)
	}
	slices.SortStableFunc(res, func(a, b *ev) int { return cmp.Compare(a.Trigger.Start, b.Trigger.Start) })
	out := make([]Event, 0, len(res)+extra)
	for k, e := range res {
		e.ID = "m" + strconv.Itoa(k+1)
		x.governments(e)
		e.Participants = slices.Grow(e.Participants, len(e.partOrd)) // one allocation, not a regrowth per participant
		for _, id := range e.partOrd {
			e.Participants = append(e.Participants, Participant{Entity: id, Role: e.parts.role(id), Via: e.via[id]})
		}
		x.dropContainers(e)
		e.Places = append([]string(nil), e.places...)
		e.Summary = x.summary(e)
		e.Main = x.mainEvent(e)
		x.leadPlan(e)
		out = append(out, e.Event)
	}
	return out
}

// undatedPast returns the tree word of verb event e when it is an actual
// past with no date yet, which the story's earlier events may date
// (hoursLater, afterClause); else 0.
func (x *extractor) undatedPast(e *ev) int {
	if e.Value != "" || e.TimexID != "" || e.Modality != text.Actual || e.Tense != "PAST" || e.trig.Noun {
		return 0
	}
	return x.treeWord(e.sent, e.tok)
}

// hoursLater dates an undated past event that followed an earlier one
// within hours ("The board removed Altman on Friday. Brockman quit hours
// later.") by the day of the last event of the same or the two sentences
// before that has a day of its own (prev: the events before e, in text
// any order).
func (x *extractor) hoursLater(e *ev, prev ...[]*ev) {
	tw := x.undatedPast(e)
	if tw == 0 {
		return
	}
	toks := x.sents[e.sent].Tokens
	later := false
	for _, a := range x.children(e.sent, tw, relAdvmod) {
		k := x.word(e.sent, a).Token
		if w := toks[k].Lower; (w == "later" || w == "afterwards" || w == "afterward") && k > 0 && shortSpans.Has(toks[k-1].Lower) {
			later = true
		}
	}
	if !later {
		return
	}
	var best *ev
	for _, ps := range prev {
		for _, p := range ps {
			if p.sent < e.sent-2 || p.sent > e.sent || p.sent == e.sent && p.tok >= e.tok {
				continue
			}
			if p.TimexID == "" || len(p.Value) != 10 || p.Value[4] != '-' || p.Value[7] != '-' || p.TimeRelation != "" {
				continue
			}
			if best == nil || p.sent > best.sent || p.sent == best.sent && p.tok > best.tok {
				best = p
			}
		}
	}
	if best != nil {
		e.Value, e.DateFrom = best.Value, DateBefore
	}
}

// afterClause dates an undated past event of a clause that opens with
// "after" by the event before it in the sentence that has a time of its
// own (or, for ", when", at that time: "The war began on March 1, when
// rebels attacked the capital"): it happened by then ("became prime minister in October 2022, after Liz
// Truss resigned"). prev are the events to look in (any order).
func (x *extractor) afterClause(e *ev, prev ...[]*ev) {
	tw := x.undatedPast(e)
	if tw == 0 {
		return
	}
	// The clause opens with "after", whatever the parser made of it (a
	// mark of the verb, or the case of its subject).
	at := -1
	for _, m := range x.children(e.sent, tw, relMark|relAdvmod) {
		if f := lowerASCII(x.word(e.sent, m).Form); f == "after" || f == "when" {
			at = x.word(e.sent, m).Token
		}
	}
	toks := x.sents[e.sent].Tokens
	for k := e.tok - 1; at < 0 && k >= 0 && k >= e.tok-6; k-- {
		if toks[k].Lower == "after" || toks[k].Lower == "when" {
			at = k
		} else if toks[k].Kind == text.Punct || x.trigAt[e.sent][k] {
			break
		}
	}
	if at < 0 || at == 0 || toks[at-1].Kind != text.Punct && toks[at].Lower == "when" {
		return // "when" after a comma adds to the time just told: "began on March 1, when rebels attacked"
	}
	back := 0 // days before the time of the event it follows: "a day after a quake devastated the capital"
	if toks[at].Lower == "after" && timeUnits.Has(toks[at-1].Lower) && toks[at-1].Lower != "while" {
		if u := toks[at-1].Lower; (u == "day" || u == "days") && at >= 2 {
			back = countWord(toks[at-2].Lower)
		}
		if back == 0 {
			return // "less than three years after he swept to power": years before, not by then
		}
	}
	rel := TimeBy
	if toks[at].Lower == "when" {
		rel = TimeAt
	}
	// The event before it in the sentence with a time of its own.
	var best *ev
	for _, ps := range prev {
		for _, g := range ps {
			if g.sent != e.sent || g.tok >= at || g.TimexID == "" || g.Value == "" || g.Class == Reporting ||
				g.TimeRelation != "" && g.TimeRelation != TimeBy {
				continue
			}
			if best == nil || g.tok > best.tok {
				best = g
			}
		}
	}
	if best != nil && back > 0 {
		if len(best.Value) < 10 {
			return
		}
		d, err := time.Parse("2006-01-02", best.Value[:10])
		if err != nil {
			return
		}
		e.Value, e.TimeRelation, e.DateFrom = d.AddDate(0, 0, -back).Format("2006-01-02"), "", DateClause
		return
	}
	if best != nil {
		e.Value, e.TimeRelation, e.DateFrom = best.Value, rel, DateClause
	}
}

// countWord returns the small count a word says ("a", "one", "two", ...,
// "7"), or 0.
func countWord(w string) int {
	switch w {
	case "a", "an", "one":
		return 1
	case "two":
		return 2
	case "three":
		return 3
	case "four":
		return 4
	case "five":
		return 5
	}
	if n, err := strconv.Atoi(w); err == nil && n > 0 && n < 32 {
		return n
	}
	return 0
}

// shortSpans are amounts of time within which "later" stays on the day.
var shortSpans = wordset.New("hours", "minutes", "moments", "seconds")

// LeadSentences is how far the news lead goes (the title and, often, a
// dateline are its first sentences): its events, reported as happened and
// with no time of their own, happened by the document's date. On MEANTIME
// apple, 5 -> 6 raised the share dated right on both halves of the corpus
// (odd and even files: 31.6 -> 36.8% and 38.8 -> 42.9%); more changes
// nothing there, as only the first sentences are annotated.
const LeadSentences = 6

// habitual adverbs make a verb a habit, not an event of one day.
var habitual = map[string]bool{"often": true, "repeatedly": true, "always": true, "usually": true,
	"frequently": true, "regularly": true, "sometimes": true, "routinely": true, "long": true}

// reportedDate dates an undated past event that a dated report reports
// by the report's date: "said on Wednesday that it sold its stake" (sold
// by Wednesday), "announced on Friday that the government had approved
// the plan". The event is the report's complement (ccomp, or a conjunct
// of one) in the tree; the report has a time expression of its own.
func (x *extractor) reportedDate(e *ev) {
	if e.Value != "" || e.TimexID != "" || e.Modality != text.Actual || e.Tense != "PAST" || e.trig.Noun {
		return
	}
	w := x.treeWord(e.sent, e.tok)
	for depth := 0; w > 0 && depth < 4; depth++ {
		d := x.word(e.sent, w)
		if d.Rel == "conj" {
			w = d.Head
			continue
		}
		if d.Rel != "ccomp" || !reportVerbs[lowerASCII(x.word(e.sent, d.Head).Lemma)] {
			// A report after it, as the treebank hangs one ("The company
			// agreed to pay $2 billion, it said on Monday": said is the
			// parataxis of agreed).
			for _, p := range x.children(e.sent, w, relParataxis) {
				if p > w && reportVerbs[lowerASCII(x.word(e.sent, p).Lemma)] {
					if tm := x.verbTime(e.sent, p); tm != nil && x.timeRelation(e.sent, tm.first) == TimeAt {
						e.TimexID, e.Value, e.TimeRelation = tm.t.ID, tm.t.Value, TimeBy
					}
				}
			}
			return
		}
		if tm := x.verbTime(e.sent, d.Head); tm != nil && x.timeRelation(e.sent, tm.first) == TimeAt {
			e.TimexID, e.Value, e.TimeRelation = tm.t.ID, tm.t.Value, TimeBy
		}
		return
	}
}

// verbTime returns the date or time expression that modifies tree word w
// directly ("said on Wednesday"), or nil.
func (x *extractor) verbTime(si, w int) *tmx {
	for i := range x.tmxs[si] {
		tm := &x.tmxs[si][i]
		if tm.t.Type != timex.Date && tm.t.Type != timex.Time || strings.HasSuffix(tm.t.Value, "_REF") {
			continue
		}
		for k := tm.first; k <= tm.last; k++ {
			tw := x.treeWord(si, k)
			if tw == 0 {
				continue
			}
			if h := x.word(si, tw).Head; h == w {
				return tm
			} else if h == 0 || h < x.treeWord(si, tm.first) || h > x.treeWord(si, tm.last) {
				break // the expression's head hangs elsewhere
			}
		}
	}
	return nil
}

// leadDate dates an undated event by the document date when it is
// reported as actual and in the past or present and lies in the lead, or,
// anywhere in the document, when the text puts it at the time of writing:
// a simple present ("the company expects", "Apple says") or a report in
// the simple past ("the ministry said"): news reports what was said the
// day it is written.
func (x *extractor) leadDate(e *ev) {
	if e.Value != "" || e.TimexID != "" || !x.doc.HasDCT() {
		return
	}
	none := e.Modality == text.Negated && !e.trig.Noun && e.Tense == "PAST" && x.noneDone(e.sent, x.treeWord(e.sent, e.tok))
	denial := x.leadDenial(e) || none
	if e.Modality != text.Actual && !denial && !e.noObject {
		return // (what its object says did not happen is told as a fact: "Milton Roy has no comment")
	}
	statement := x.denialStatement(e) || x.stanceStatement(e) || x.casualties(e) || x.refusedBesideReport(e) || x.refusedWords(e)
	perfect := x.presentPerfect(e)
	if e.sent >= LeadSentences && (e.trig.Noun || !TimeOfWriting(e.Event)) && !denial && !statement && !x.storyPast(e) && !perfect {
		return
	}

	if e.Tense != "PAST" && e.Tense != "PRESENT" && !(e.trig.Noun && e.Tense == "") {
		return
	}
	if e.Tense == "PAST" && strings.HasPrefix(e.Aspect, "PERFECTIVE") && !none {
		return // "had been downloaded": some time before ("no wreckage had been found": none by now)
	}
	if tw := x.treeWord(e.sent, e.tok); tw > 0 {
		for _, a := range x.children(e.sent, tw, relAdvmod) {
			if habitual[lowerASCII(x.word(e.sent, a).Form)] {
				return // "has often accused": no one day
			}
			if sequenceAdverbs.Has(lowerASCII(x.word(e.sent, a).Form)) && !statement && !x.storyStill(e.sent) {
				return // "arrested in 2011. Prosecutors then filed charges": on from that time
			}
		}
	}
	e.Value, e.DateFrom = x.leadDay(), DateDocument
	if e.Tense == "PAST" {
		// Said or done on the news's day: "Libya again denied any role"
		// after Wednesday's verdict, in Thursday's paper; "Shares of
		// Satyam fell 78 percent" after Raju resigned on Wednesday.
		e.Value = x.newsDay()
	}
	if d := x.storyDay(e); d != "" {
		e.Value = d
	}
	if (e.Tense == "PAST" || e.sent == 0 && e.Tense == "PRESENT" && x.headline()) && e.Class != Reporting && (!statement || x.refusedDeed(e)) {
		// (A refusal to do something may be older than the day of
		// writing: "refused to take part in the April election".)
		// Reported as done (a headline's present tells what has just
		// happened): on the day or some days before; a reader is told
		// "by" that day, not a day the text does not give.
		e.TimeRelation = TimeBy
	}
	if e.Tense == "PRESENT" && e.Aspect == "PERFECTIVE" {
		e.TimeRelation = TimeBy // a present perfect: done by the day of writing ("has filed")
	}
}

// presentPerfect reports whether event e is a main clause's present
// perfect told as done, with no time of its own: "A federal judge has
// imposed heavy fines on the union", "the Justice Department has filed
// criminal charges". Done by the day of writing, wherever the story
// tells it.
func (x *extractor) presentPerfect(e *ev) bool {
	if e.trig.Noun || e.Tense != "PRESENT" || e.Aspect != "PERFECTIVE" || e.Modality != text.Actual || !openClasses[e.Class] || e.Class == Aspectual || stateVerbs.Has(e.Lemma) {
		return false
	}
	tw := x.treeWord(e.sent, e.tok)
	if tw == 0 || !x.mainClause(e.sent, tw) {
		return false
	}
	for _, a := range x.children(e.sent, tw, relAdvmod) {
		if habitual[lowerASCII(x.word(e.sent, a).Form)] || lowerASCII(x.word(e.sent, a).Form) == "long" {
			return false // "has often accused", "has long opposed": no one day
		}
	}
	for _, tm := range x.tmxs[e.sent] {
		if t := x.treeWord(e.sent, tm.first); t > 0 && (tm.t.Type == timex.Duration || tm.first > 0 && x.sents[e.sent].Tokens[tm.first-1].Lower == "since") && x.under(e.sent, t, tw, 4) {
			return false // "have given Labour a lead for more than a year": a state over a span
		}
	}
	return true
}

// rootConjunct reports whether verb w is a clause coordinated with the
// root by ", and" or ", but", with a subject of its own, the root a simple
// past: "Peter Baring said the bank had been the victim of concealed
// dealing, and he apologised to its staff".
func (x *extractor) rootConjunct(si, w int) bool {
	d := x.word(si, w)
	if d.Rel != "conj" || d.Head <= 0 || x.word(si, d.Head).Rel != "root" || !x.simplePast(si, d.Head) || !x.hasCoordinator(si, w) {
		return false
	}
	return len(x.children(si, w, relNsubj|relNsubjPass)) > 0
}

// storyPast reports whether event e, after the lead, is a simple past of
// a named actor (or of police, officials and the like: UnnamedAgent) in a
// main clause while the story has not moved: its sentence has no date or
// time before the lead's day ("Lehman, founded in 1850, survived the Great
// Depression"), nor has a main clause of the two sentences before it ("In
// 2011 he quit"). News goes on telling the day's
// happenings after its lead ("Police seized documents at FIFA's
// headquarters"); background comes with its own times.
func (x *extractor) storyPast(e *ev) bool {
	if e.trig.Noun || e.Tense != "PAST" || e.Aspect != "" || e.Modality != text.Actual || !openClasses[e.Class] || e.Class == Aspectual || stateVerbs.Has(e.Lemma) {
		return false
	}
	tw := x.treeWord(e.sent, e.tok)
	if tw == 0 || !x.simplePast(e.sent, tw) || x.word(e.sent, tw).Rel != "root" && !x.rootConjunct(e.sent, tw) {
		return false
	}
	if happeningVerbs.Has(e.Lemma) || e.Lemma == "take" && slices.ContainsFunc(x.children(e.sent, tw, relObj), func(o int) bool { return lowerASCII(x.word(e.sent, o).Form) == "place" }) {
		return false // "The meeting took place": the happening its subject names, told already
	}
	for _, a := range x.children(e.sent, tw, relAdvmod) {
		if sequenceAdverbs.Has(lowerASCII(x.word(e.sent, a).Form)) {
			return false // "Engineers then drilled three shafts": on from the story's last time, not the lead's day
		}
	}
	toks := x.sents[e.sent].Tokens
	for _, tm := range x.tmxs[e.sent] {
		if k := tm.last + 1; tm.t.Type == timex.Duration && k < len(toks) && spanWords.Has(toks[k].Lower) {
			return false // "sold shares two weeks before the collapse"
		}
	}
	if !x.namedAgent(e) {
		// or those news names by their office: "Police seized documents"
		ws, passive := x.treeSubjects(e.sent, tw)
		if len(ws) != 1 || passive || !UnnamedAgent(lowerASCII(x.word(e.sent, ws[0]).Form)) {
			return false
		}
	}
	return x.storyStillFor(e.sent, e)
}

// storyStill reports whether the story is still at the lead's day at
// sentence si: the sentence has no date or time before that day, nor
// has a main clause of the two sentences before it in its paragraph
// (mainTime; a paragraph starts after a blank line).
func (x *extractor) storyStill(si int) bool { return x.storyStillFor(si, nil) }

// storyStillFor is storyStill for event e of sentence si: a time in e's
// sentence that a past perfect other than e's verb governs looks back
// from the story's day and does not move it ("He ruled out a technical
// failure and said Lubitz had interrupted his training in 2009").
func (x *extractor) storyStillFor(si int, e *ev) bool {
	lead := x.leadDay()
	from := max(0, si-2)
	for k := si; k > from; k-- {
		if x.paragraphBreak(k) {
			from = k
			break
		}
	}
	for k := from; k <= si; k++ {
		for _, tm := range x.tmxs[k] {
			if tm.t.Type != timex.Date && tm.t.Type != timex.Time {
				continue
			}
			if v := tm.t.Value; len(v) >= 4 && v[0] >= '0' && v[0] <= '9' && v[:min(len(v), len(lead))] < lead[:min(len(v), len(lead))] && (k == si || x.mainTime(k, tm)) {
				if k == si && e != nil && x.flashbackTime(si, tm, x.treeWord(si, e.tok)) {
					continue
				}
				return false
			}
		}
	}
	return true
}

// flashbackTime reports whether time tm of sentence si hangs on a verb
// other than tree word v with the auxiliary "had" (a past perfect).
func (x *extractor) flashbackTime(si int, tm tmx, v int) bool {
	first, last := x.treeWord(si, tm.first), x.treeWord(si, tm.last)
	if first == 0 || last == 0 || v == 0 {
		return false
	}
	for t := first; t <= last; t++ {
		h := x.word(si, t).Head
		if h >= first && h <= last {
			continue
		}
		for depth := 0; h > 0 && depth < 4 && x.word(si, h).UPOS != "VERB"; depth++ {
			h = x.word(si, h).Head // up from the noun it modifies: "had interrupted his training in 2009"
		}
		return h > 0 && h != v && x.hasAux(si, h, "had")
	}
	return false
}

// paragraphBreak reports whether a blank line lies between sentence si
// and the one before it.
func (x *extractor) paragraphBreak(si int) bool {
	if si <= 0 || si >= len(x.sents) {
		return false
	}
	a, b := x.sents[si-1].End, x.sents[si].Start
	if a < 0 || b > len(x.doc.Text) || a >= b {
		return false
	}
	between := x.doc.Text[a:b]
	return strings.Contains(between, "\n\n") || strings.Contains(between, "\n\r\n")
}

// sequenceAdverbs place a happening after or before the story's last
// time, not at the lead's day.
var sequenceAdverbs = wordset.New("then", "later", "afterwards", "afterward", "subsequently", "eventually", "earlier", "previously",
	"already", "once", "initially", "first", "originally", "formerly", "since")

// spanWords after a span of time count it from another time ("two weeks
// before the collapse").
var spanWords = wordset.New("before", "after", "earlier", "later", "ago", "since")

// happeningVerbs have a happening for their subject ("the meeting
// occurred"): the happening is told by its noun.
var happeningVerbs = wordset.New("happen", "occur", "unfold", "recur")

// mainTime reports whether time tm of sentence si dates the sentence's
// main clause (its root or a conjunct of it), which moves the story: not
// a time inside a relative clause or a noun's modifier ("the World Cups,
// which were chosen in December 2010"). Without a tree, it does.
func (x *extractor) mainTime(si int, tm tmx) bool {
	if x.treeWords(si) == nil {
		return true
	}
	first, last := x.treeWord(si, tm.first), x.treeWord(si, tm.last)
	if first == 0 || last == 0 {
		return true
	}
	for t := first; t <= last; t++ {
		h := x.word(si, t).Head
		if h >= first && h <= last {
			continue // inside the expression
		}
		return h == 0 || x.mainClause(si, h)
	}
	return true
}

// storyDay returns the day an undated past happening of the lead follows
// on, or "": the one day, the day before the document's, that the
// last sentence before it with a time gives ("John Stumpf retired
// abruptly on Wednesday. The board named Tim Sloan as chief executive":
// by Wednesday, not by the day of the paper); sentences with no time
// between go on with the story's day. A time after the paper's day (the
// 2022 tournament) moves no story. A sentence with a time of its own, a
// report, or a lead sentence after one with another time keeps the
// document's.
func (x *extractor) storyDay(e *ev) string {
	if e.Tense != "PAST" || e.Class == Reporting && !x.narrativeTell(e) || e.sent < 2 || e.sent >= LeadSentences || e.Modality != text.Actual {
		return ""
	}
	lead := x.leadDay()
	// A time the story can have moved to: a date or time not after the
	// paper's day ("the 2018 World Cup", "the 2022 tournament" are none).
	moved := func(tm tmx) bool {
		if tm.t.Type != timex.Date && tm.t.Type != timex.Time || x.pluperfectTime(tm) {
			return false // (a past perfect's time is a look back, not the story's: "which he had demanded in a letter on Saturday")
		}
		v := tm.t.Value
		return len(v) < 4 || v[0] < '0' || v[0] > '9' || len(v) > len(lead) || v <= lead[:len(v)]
	}
	if slices.ContainsFunc(x.tmxs[e.sent], moved) {
		return "" // the sentence has a time of its own, even if not this event's
	}
	k := e.sent - 1 // the last sentence before with a time: those between have none and go on with it
	lo := 1
	if e.Class == Reporting {
		lo = 0 // a telling in the story goes on from the lead's own day ("landed on Sunday ... The pilot told controllers")
	}
	for k > lo && !slices.ContainsFunc(x.tmxs[k], moved) {
		k--
	}
	day := ""
	for _, tm := range x.tmxs[k] {
		if !moved(tm) {
			continue
		}
		v := tm.t.Value
		if len(v) < 10 || v[4] != '-' || v[7] != '-' {
			return "" // a month, a year: no day to follow on
		}
		v = v[:10]
		if day != "" && v != day || v >= lead {
			return ""
		}
		day = v
	}
	if day == "" {
		return ""
	}
	if d, err := time.Parse("2006-01-02", day); err != nil || x.doc.DCT.Sub(d) > 24*time.Hour {
		// The day before the paper's at most: what followed a happening
		// told days before ("Rescuers pulled twenty people from the
		// water" after Monday's storm, in Thursday's paper) may have come
		// on any day since.
		return ""
	}
	return day
}

// pluperfectTime reports whether time tm dates a verb in the past perfect
// ("had demanded ... on Saturday"): the time of a look back.
func (x *extractor) pluperfectTime(tm tmx) bool {
	si := tm.t.Sentence
	if si < 0 || si >= len(x.sents) || x.treeWords(si) == nil {
		return false
	}
	w := x.timexHead(si, tm)
	for depth := 0; w > 0 && depth < 4; depth++ {
		h := x.word(si, w).Head
		if h <= 0 {
			return false
		}
		if x.word(si, h).UPOS == "VERB" {
			for _, a := range x.children(si, h, relAux) {
				if lowerASCII(x.word(si, a).Form) == "had" {
					return true
				}
			}
			if r := x.word(si, h).Rel; r != "xcomp" && r != "ccomp" {
				return false
			}
			// (a complement of one: "had demanded [they] be withdrawn ... on Saturday")
		}
		w = h
	}
	return false
}

// narrativeTell reports whether report e tells someone in the story, not
// the press, what it says: "The pilot told controllers that he had an
// engine fire", "told the crew to abandon ship". Such a telling is a
// happening of the story, on its day, not a statement on the day of
// writing ("told reporters", "told the BBC", "told a news conference").
func (x *extractor) narrativeTell(e *ev) bool {
	if e.trig.Noun {
		return false
	}
	tw := x.treeWord(e.sent, e.tok)
	if tw == 0 {
		return false
	}
	if d := x.word(e.sent, tw); d.Rel == "conj" && d.Head > 0 && d.Head < tw && len(x.children(e.sent, tw, relNsubj)) == 0 {
		tw = d.Head // "told controllers he could not reach either runway and said he would put the plane down"
	}
	if !narrativeTells.Has(lowerASCII(x.word(e.sent, tw).Lemma)) {
		return false
	}
	for _, o := range x.children(e.sent, tw, relObj|relIobj) {
		d := x.word(e.sent, o)
		if d.UPOS != "NOUN" || pressNouns.Has(lowerASCII(d.Lemma)) || x.mentionAt(e.sent, d.Token) != nil {
			return false // (a name may be a newspaper's or a channel's)
		}
		return o > tw
	}
	return false
}

// narrativeTells say something to someone.
var narrativeTells = wordset.New("tell", "radio", "warn", "alert", "inform", "assure", "order", "instruct")

// pressNouns are who a statement for the news is told to.
var pressNouns = wordset.New("reporter", "journalist", "newsman", "press", "newspaper", "paper", "magazine", "television", "radio",
	"conference", "briefing", "interviewer", "audience", "media", "agency", "broadcaster", "channel", "station", "network", "website", "newswire")

// denialStatement reports whether event e is a statement that denies
// what it says, in the simple past, as a report is: "denied that it had
// failed to issue warnings", "dismissed suggestions that the mission had
// failed", "rejected claims of a bailout". Like "said", it was said the
// day the news is written, anywhere in the text.
func (x *extractor) denialStatement(e *ev) bool {
	if e.trig.Noun || !DenialVerb(e.Lemma) || !(e.Tense == "PAST" && e.Aspect == "" || e.Tense == "PRESENT" && e.Aspect == "PERFECTIVE") {
		return false // (the present perfect too: "has consistently denied wrongdoing")
	}
	tw := x.treeWord(e.sent, e.tok)
	if tw == 0 {
		return false
	}
	if len(x.children(e.sent, tw, relCcomp)) > 0 {
		return true
	}
	for _, o := range x.children(e.sent, tw, relObj) {
		if deniedClaims.Has(lowerASCII(x.word(e.sent, o).Lemma)) {
			return true
		}
	}
	return false
}

// stanceStatement reports whether verb event e takes a stance on its
// object in the simple past, which news tells the day it is written as
// it does a statement: "Greenpeace welcomed the deal", "Morrison praised
// the island states", "the Marshall Islands accused foreign trawlers of
// ...".
func (x *extractor) stanceStatement(e *ev) bool {
	if e.trig.Noun || !StanceVerb(e.Lemma) || e.Tense != "PAST" || e.Aspect != "" {
		return false
	}
	tw := x.treeWord(e.sent, e.tok)
	if tw == 0 {
		return false
	}
	objs := x.children(e.sent, tw, relObj)
	if e.Lemma == "refuse" || e.Lemma == "decline" {
		// A refusal of something asked ("refused Microsoft's request"),
		// not "prices declined"; or, for "refuse", of a deed ("refused to
		// join a government led by him"), not of words ("refused to
		// comment", which is no news).
		return slices.ContainsFunc(objs, func(o int) bool { return refusedObjects.Has(lowerASCII(x.word(e.sent, o).Lemma)) })
	}
	return len(objs) > 0
}

// refusedBesideReport reports whether event e is a refusal of a deed
// coordinated with a report in the simple past, which news tells the day
// it is written: "His party said it would support Monti, but the
// Northern League refused to join a government led by him".
func (x *extractor) refusedBesideReport(e *ev) bool {
	if e.Tense != "PAST" || e.Aspect != "" || !x.refusedDeed(e) {
		return false
	}
	d := x.word(e.sent, x.treeWord(e.sent, e.tok))
	if d.Rel != "conj" || d.Head <= 0 {
		return false
	}
	h := x.word(e.sent, d.Head)
	return reportVerbs[lowerASCII(h.Lemma)] && h.XPOS == "VBD"
}

// refusedWords reports whether event e, in the simple past, is a refusal
// to say something ("A union spokesman refused to say whether the union
// had been consulted", "declined to comment"): a statement to the press,
// told the day the news is written, anywhere in the text, as "said" is.
func (x *extractor) refusedWords(e *ev) bool {
	if e.trig.Noun || e.Tense != "PAST" || e.Aspect != "" || e.Lemma != "refuse" && e.Lemma != "decline" {
		return false
	}
	for _, tm := range x.tmxs[e.sent] {
		if tm.t.Type == timex.Date || tm.t.Type == timex.Time {
			return false // a day its sentence gives, which the tree may have hung elsewhere: "declined to answer questions from reporters on Sunday"
		}
	}
	tw := x.treeWord(e.sent, e.tok)
	return tw > 0 && x.simplePast(e.sent, tw) && slices.ContainsFunc(x.children(e.sent, tw, relXcomp), func(c int) bool {
		return x.toInfinitive(e.sent, c) && unsaidWords.Has(lowerASCII(x.word(e.sent, c).Lemma))
	})
}

// refusedDeed reports whether event e is "refuse" with a "to" infinitive
// of a deed, not of words: "refused to join a government", not "refused
// to comment".
func (x *extractor) refusedDeed(e *ev) bool {
	tw := x.treeWord(e.sent, e.tok)
	return e.Lemma == "refuse" && !e.trig.Noun && tw > 0 && slices.ContainsFunc(x.children(e.sent, tw, relXcomp), func(c int) bool {
		return x.toInfinitive(e.sent, c) && !unsaidWords.Has(lowerASCII(x.word(e.sent, c).Lemma))
	})
}

// UnsaidWord reports whether a verb (lower case) is one that a refusal
// to speak turns down ("refused to say", "declined to comment").
func UnsaidWord(w string) bool { return unsaidWords.Has(w) }

// unsaidWords are what "refused to" turns down when it turns down words.
var unsaidWords = wordset.New("comment", "say", "elaborate", "discuss", "confirm", "disclose", "specify", "answer",
	"speak", "identify", "name", "reveal", "detail", "respond", "talk", "explain", "give", "provide", "release",
	"speculate", "describe", "estimate", "predict", "guess", "characterize", "characterise")

// refusedObjects are what a refusal turns down.
var refusedObjects = wordset.New("request", "offer", "demand", "appeal", "call", "proposal", "bid", "invitation", "plea",
	"help", "aid", "assistance", "access", "permission", "entry", "treatment", "compensation")

// StanceVerb reports whether a verb's lemma takes a stance on its object:
// praise or blame.
func StanceVerb(lemma string) bool { return stanceVerbs.Has(lemma) }

var stanceVerbs = wordset.New("praise", "hail", "welcome", "applaud", "commend", "thank", "congratulate",
	"condemn", "criticize", "criticise", "denounce", "accuse", "blame", "slam", "decry", "deplore",
	"refuse", "decline") // (with an object: "refused Microsoft's request", "declined offers of help")

// DenialVerb reports whether a verb's lemma denies what its clause or
// object says.
func DenialVerb(lemma string) bool { return denialVerbs.Has(lemma) }

var denialVerbs = wordset.New("deny", "dismiss", "reject", "refute", "rebut", "dispute")

// deniedClaims are the objects of a denial verb: things said (saidClaims)
// and what the denier is said to have done ("denied any involvement",
// "denied wrongdoing").
var deniedClaims = wordset.New(append(saidClaims.Words(), "wrongdoing", "wrongdoings", "involvement", "responsibility", "knowledge", "guilt", "negligence", "liability", "fault", "blame", "role", "link", "links", "misconduct")...)

// saidClaims are the nouns of things said, which a denial's line must go
// on to tell ("rejects claims that ...").
var saidClaims = wordset.New("claim", "suggestion", "report", "allegation", "accusation", "charge", "speculation",
	"criticism", "idea", "notion", "rumor", "rumour", "assertion", "characterization", "talk", "account", "argument", "contention", "view")

// SaidClaim reports whether a noun (lower case, singular or plural) names
// a thing said: "claims", "suggestions", "the report".
func SaidClaim(w string) bool {
	return saidClaims.Has(w) || strings.HasSuffix(w, "s") && saidClaims.Has(w[:len(w)-1])
}

// leadDenial reports whether event e is a denial told as news in the
// simple past, by someone named: "Treasury Secretary Henry Paulson did
// not agree to put taxpayer money behind a rescue", "the board did not
// name a successor". It is dated, as a happening would be, by the
// document's day (in the lead, also by those news names by their office:
// Denier). After the lead, only by a named person or organization
// ("Prosecutors did not say whether they would retry her" is news of the
// day; a story's background has its own dates).
func (x *extractor) leadDenial(e *ev) bool {
	if e.Modality != text.Negated || e.trig.Noun || e.Tense != "PAST" {
		return false
	}
	tw := x.treeWord(e.sent, e.tok)
	if len(e.partOrd) == 0 {
		// Those news names by their office, in the lead: "The judges did
		// not accept the defence's argument".
		if ws, passive := x.treeSubjects(e.sent, tw); e.sent >= LeadSentences || tw == 0 || len(ws) != 1 || passive || !Denier(lowerASCII(x.word(e.sent, ws[0]).Form)) {
			return false
		}
	}
	if e.sent >= LeadSentences && !x.namedAgent(e) {
		return false
	}
	if tw == 0 || !x.negatedVerb(e.sent, tw) && !e.noObject {
		return false // "failed to", "refused to": told by a verb of its own
	}
	switch x.word(e.sent, tw).Rel {
	case "root", "conj":
		return true
	}
	return false
}

// casualties reports whether verb event e tells that a number of people
// died or were killed or hurt, in a main clause or a report's, in the
// past: "at least two protesters died", "five people were killed". News
// counts its dead as of the day it is written.
func (x *extractor) casualties(e *ev) bool {
	if e.trig.Noun || e.Tense != "PAST" || e.Modality != text.Actual || !casualtyVerbs.Has(e.Lemma) {
		return false
	}
	return x.casualtyClause(e.sent, x.treeWord(e.sent, e.tok), e.Lemma)
}

// casualtyClause is casualties' test on the tree: verb w (lemma) has a
// counted noun as its subject, its passive's when it kills or hurts.
func (x *extractor) casualtyClause(si, w int, lemma string) bool {
	if w == 0 || (lemma != "die" && lemma != "drown" && lemma != "perish") && !x.passiveVerb(si, w) {
		return false
	}
	for _, s := range x.children(si, w, relNsubj|relNsubjPass) {
		if d := x.word(si, s); d.UPOS == "NOUN" && len(x.children(si, s, relNummod)) > 0 {
			return x.mainClause(si, w) || x.word(si, w).Rel == "conj" || x.word(si, w).Rel == "ccomp"
		}
	}
	return false
}

var casualtyVerbs = wordset.New("die", "kill", "injure", "wound", "drown", "perish", "hurt")

// CasualtyVerb reports whether a verb's lemma tells of people dead or
// hurt: die, kill, injure.
func CasualtyVerb(lemma string) bool { return casualtyVerbs.Has(lemma) }

// noneDone reports whether predicate w of sentence si tells that none of
// a thing was done, in a passive whose subject is a "no" phrase, in a
// main clause: "No alert was issued", "no distress call was received, the
// airline said" (not a report's clause, "officials said no wreckage had
// been found", whose report tells it). News tells it as of the day it is
// written.
//
// So is a passive "not" done to a named or described subject, in the lead,
// to someone named, or while the story is still at the lead's day
// (storyStill): "Prominent Cuban dissidents were not invited", "Blatter
// was not charged".
func (x *extractor) noneDone(si, w int) bool {
	if w == 0 || !x.passiveVerb(si, w) || x.word(si, w).UPOS != "VERB" {
		return false
	}
	none := false
	for _, s := range x.children(si, w, relNsubjPass) {
		none = none || lowerASCII(x.word(si, s).Form) != "one" && // ("no one was hurt": the line would lose its subject)
			slices.ContainsFunc(x.children(si, s, relDet), func(d int) bool { return lowerASCII(x.word(si, d).Form) == "no" })
		if !none && x.negatedVerb(si, w) {
			switch x.word(si, s).UPOS {
			case "PROPN":
				none = true
			case "NOUN":
				none = si < LeadSentences || x.doc.HasDCT() && x.storyStill(si)
			}
		}
	}
	if !none {
		return false
	}
	for depth := 0; w > 0 && depth < 8; depth++ {
		d := x.word(si, w)
		switch d.Rel {
		case "root":
			return true
		case "conj", "parataxis":
			w = d.Head
		default:
			return false
		}
	}
	return false
}

// leadPlan dates an undated plan of the lead, in a main clause, by a
// named person or organization, as after the document's day: "Bobby
// Kotick will continue to lead the company until the deal closes", "He
// will keep his seat on the board". What is to happen comes after the
// writing; the timeline shows it as an open interval from that day.
func (x *extractor) leadPlan(e *ev) {
	if e.Value != "" || e.TimexID != "" || !x.doc.HasDCT() || e.Modality != text.Planned || !(e.Main || x.presentPlan(e)) || e.trig.Noun {
		return
	}
	if e.sent >= LeadSentences && e.Tense != "FUTURE" && !x.presentPlan(e) {
		return // after the lead only what "will" happen, or what a present plan says: "Pompeo will lead follow-up negotiations", "the Bank of England plans to open an inquiry"
	}
	if !e.Main && !x.namedPlanner(e) {
		return // a present plan's subject is the name itself, not a noun it modifies: "About 10,000 IBM employees are expected to move"
	}
	if !x.namedAgent(e) {
		// or those news names by their office: "The canal authority will
		// open an investigation"
		ws, passive := x.treeSubjects(e.sent, x.treeWord(e.sent, e.tok))
		if len(ws) != 1 || passive || !Denier(lowerASCII(x.word(e.sent, ws[0]).Form)) {
			return
		}
	}
	e.Value, e.DateFrom, e.TimeRelation = x.leadDay(), DateDocument, TimeAfter
	if !e.Main {
		e.Main = true // what a main clause's present plan says is to be done is the news it tells
	}
}

// presentPlan reports whether verb event e is what a main clause's present
// tense of planning says its subject is to do: "The company plans to keep
// its remaining stores open", "Iran intends to resume talks". The plan
// holds as of the writing, so what it plans comes after.
func (x *extractor) presentPlan(e *ev) bool {
	tw := x.treeWord(e.sent, e.tok)
	if tw == 0 || e.trig.Noun {
		return false
	}
	d := x.word(e.sent, tw)
	if d.Rel != "xcomp" || d.Head <= 0 || !x.toInfinitive(e.sent, tw) {
		return false
	}
	h := x.word(e.sent, d.Head)
	if lowerASCII(h.Lemma) == "expect" && h.XPOS == "VBN" && x.hasPresentBe(e.sent, d.Head) && x.mainClause(e.sent, d.Head) {
		return true // "Congress is expected to send the President a bill"
	}
	return presentPlanVerbs.Has(lowerASCII(h.Lemma)) && (h.XPOS == "VBZ" || h.XPOS == "VBP") && x.mainClause(e.sent, d.Head)
}

// hasPresentBe reports whether tree word w has "is" or "are" for its
// passive auxiliary.
func (x *extractor) hasPresentBe(si, w int) bool {
	return slices.ContainsFunc(x.children(si, w, relAuxPass), func(a int) bool {
		f := lowerASCII(x.word(si, a).Form)
		return f == "is" || f == "are"
	})
}

// namedPlanner reports whether the subjects of the verb whose plan event
// e is (presentPlan) are names, pronouns (which the participants resolve)
// or those news names by their office.
func (x *extractor) namedPlanner(e *ev) bool {
	tw := x.treeWord(e.sent, e.tok)
	if tw == 0 {
		return false
	}
	ws, _ := x.treeSubjects(e.sent, x.word(e.sent, tw).Head)
	for _, w := range ws {
		if d := x.word(e.sent, w); d.UPOS != "PROPN" && d.UPOS != "PRON" && !Denier(lowerASCII(d.Form)) {
			return false
		}
	}
	return len(ws) > 0
}

// presentPlanVerbs say in the present what their subject is to do.
var presentPlanVerbs = wordset.New("plan", "intend", "aim", "expect", "hope", "seek", "mean", "prepare")

// namedAgent reports whether a named person or organization is an agent
// of event e.
func (x *extractor) namedAgent(e *ev) bool {
	for _, id := range e.partOrd { // (the mentions' Participants are filled later)
		if t := x.ents[id]; e.parts.role(id) == RoleAgent && actorEntity(t) {
			return true
		}
	}
	return false
}

// leadDay is the day the document's lead and reports are dated by: the
// date of a wire dateline ("WASHINGTON, March 12 (Xinhua) --"), which
// tells the day the story was filed when the document's date is the
// next day's edition; else the document's date.
func (x *extractor) leadDay() string {
	if x.leadValue != "" {
		return x.leadValue
	}
	x.leadValue = x.doc.DCT.Format("2006-01-02")
	for si := 0; si < len(x.sents) && si < 2; si++ {
		toks := x.sents[si].Tokens
		for _, tm := range x.tmxs[si] {
			if len(tm.t.Value) != 10 || tm.first > 5 || tm.first == 0 || toks[tm.first-1].Text != "," {
				continue
			}
			dateline := false
			for k := tm.last + 1; k < len(toks) && k <= tm.last+4; k++ {
				if t := toks[k].Text; t == "(" || t == "-" || t == "--" || t == "—" || t == "–" || t == "_" {
					dateline = true
					break
				}
			}
			if dateline {
				x.leadValue = tm.t.Value
				return x.leadValue
			}
		}
	}
	return x.leadValue
}

// newsDay is the day reports and statements without a time of their own
// are dated by: the day before the paper's when the lead's first sentence
// dates its root by it ("A Scottish court convicted a Libyan intelligence
// agent on Wednesday", in Thursday's paper: the reactions that follow,
// "Libya again denied any role", were said with the news); else leadDay.
func (x *extractor) newsDay() string {
	if x.newsValue != "" {
		return x.newsValue
	}
	x.newsValue = x.leadDay()
	d, err := time.Parse("2006-01-02", x.newsValue)
	if err != nil {
		return x.newsValue
	}
	before := d.AddDate(0, 0, -1).Format("2006-01-02")
	for si := 0; si < len(x.sents) && si < 2; si++ {
		for _, tm := range x.tmxs[si] {
			if (tm.t.Type == timex.Date || tm.t.Type == timex.Time) && len(tm.t.Value) >= 10 && tm.t.Value[:10] == before && x.rootTime(si, tm) {
				x.newsValue = before
				return before
			}
		}
	}
	return x.newsValue
}

// rootTime reports whether time tm of sentence si dates the sentence's
// root or a conjunct of it that shares its subject ("filed for bankruptcy
// on Tuesday", "met and agreed on Tuesday"): not a clause under it or of
// its own ("for its fourth quarter ended yesterday").
func (x *extractor) rootTime(si int, tm tmx) bool {
	if x.treeWords(si) == nil {
		return false
	}
	w := x.timexHead(si, tm)
	if w == 0 {
		return false
	}
	h := x.word(si, w).Head
	// A day the parser hung on the root's object ("searched the hull of a
	// car ferry on Saturday"): up the nouns to the verb, when none of them
	// is an event noun of its own ("the talks on Friday").
	for depth := 0; h > 0 && depth < 6 && x.word(si, w).Rel == "nmod" && x.word(si, h).UPOS == "NOUN"; depth++ {
		if d := x.word(si, h); d.Token < 0 || x.trigAt[si][d.Token] || d.Rel != "obj" && d.Rel != "nmod" {
			return false
		}
		w, h = h, x.word(si, h).Head
	}
	for depth := 0; h > 0 && depth < 8 && x.word(si, h).Rel == "conj"; depth++ {
		if len(x.children(si, h, relNsubj|relNsubjPass)) > 0 {
			return false // a clause of its own ("for its fourth quarter ended yesterday", read as a conjunct)
		}
		h = x.word(si, h).Head
	}
	return h > 0 && x.word(si, h).Rel == "root"
}

// noSubject reports whether verb w's subject says no one did it:
// "neither", "nobody", "none", "nothing", "no one", or a noun with "no"
// or "neither" ("no passengers were hurt", "neither side gave way").
func (x *extractor) noSubject(si, w int) bool {
	for _, a := range x.children(si, w, relAdvmod) {
		// "and neither took part", "neither confirmed nor denied"
		// (neither: an adverb of the verb).
		if a < w && lowerASCII(x.word(si, a).Form) == "neither" {
			return true
		}
	}
	subj := x.children(si, w, relNsubj|relNsubjPass)
	if len(subj) != 1 || subj[0] > w {
		return false
	}
	for _, s := range subj {
		switch f := lowerASCII(x.word(si, s).Form); f {
		case "neither", "nobody", "none", "nothing", "noone":
			return true
		case "one":
			if s > 1 && lowerASCII(x.word(si, s-1).Form) == "no" {
				return true
			}
		}
		for _, d := range x.children(si, s, relDet) {
			switch lowerASCII(x.word(si, d).Form) {
			case "no", "neither":
				return true
			}
		}
	}
	return false
}

// passiveAsRole reports whether the verb at token i of sentence si is a
// passive with an "as" phrase of a noun: "were confirmed as Premier
// League champions", "was named as the new coach" (what the subject
// became, not a report).
func (x *extractor) passiveAsRole(si, i int) bool {
	tw := x.treeWord(si, i)
	if tw == 0 || len(x.children(si, tw, relAuxPass)) == 0 {
		return false
	}
	for _, o := range x.children(si, tw, relObl) {
		if o < tw || x.word(si, o).UPOS != "NOUN" && x.word(si, o).UPOS != "PROPN" {
			continue
		}
		for _, c := range x.children(si, o, relCase) {
			if lowerASCII(x.word(si, c).Form) == "as" {
				return true
			}
		}
	}
	return false
}

// noObjectOf reports whether verb w's object says it did not happen: a
// noun with "no" ("made no public remarks", "took no operating role",
// "gave no reason"), or "nothing".
func (x *extractor) noObjectOf(si, w int) bool {
	for _, o := range x.children(si, w, relObj) {
		if o < w {
			continue
		}
		if lowerASCII(x.word(si, o).Form) == "nothing" {
			return true
		}
		for _, d := range x.children(si, o, relDet) {
			if lowerASCII(x.word(si, d).Form) == "no" {
				return true
			}
		}
	}
	return false
}

// TimeOfWriting reports whether the text puts an event at the time it was
// written, wherever it is told: a simple present, or a report in the
// simple past (leadDate).
func TimeOfWriting(e Event) bool {
	return e.Aspect == "" && (e.Tense == "PRESENT" || e.Tense == "PAST" && e.Class == Reporting)
}

// treeTense gives a verb the tense its tag says when the words around it
// did not (setCues): "sued" is too short for the "-ed" rule, and a tagger
// that saw "Apple sued Samsung" knows it is a finite past (VBD).
func (x *extractor) treeTense(e *ev) {
	if e.trig.Noun {
		if tw := x.treeWord(e.sent, e.tok); tw > 0 && e.Modality == text.Possible {
			if d := x.word(e.sent, tw); (d.Rel == "obj" || d.Rel == "nsubj:pass") && x.reportedWould(e.sent, d.Head) {
				e.Modality = text.Planned // "said the country would hold a general election"
			}
		}
		if tw := x.treeWord(e.sent, e.tok); tw > 0 && e.Modality == text.Actual {
			if d := x.word(e.sent, tw); d.Rel == "obj" && d.Head > 0 && x.word(e.sent, d.Head).UPOS == "VERB" &&
				(x.negatedVerb(e.sent, d.Head) || x.failedVerb(e.sent, d.Head)) {
				e.Modality = text.Negated // "failed to reach a deal", "did not sign the accord": no deal, no accord
			}
		}
		if tw := x.treeWord(e.sent, e.tok); tw > 0 && e.Modality == text.Negated {
			// The setting of what is denied happens: "will not stand for
			// re-election at the annual meeting in May" (the meeting is
			// held, and is ahead).
			if d := x.word(e.sent, tw); d.Rel == "obl" && d.Head > 0 && x.word(e.sent, d.Head).UPOS == "VERB" && x.settingCase(e.sent, tw) {
				e.Modality = text.Actual
				if x.willVerb(e.sent, d.Head) {
					e.Modality = text.Planned
				}
			}
		}
		return
	}
	tw := x.treeWord(e.sent, e.tok)
	if tw == 0 {
		return
	}
	if e.Class == Reporting && x.passiveAsRole(e.sent, e.tok) {
		e.Class = Occurrence // "were confirmed as champions", "was named as the new coach": what the subject became
	}
	if d := x.word(e.sent, tw); d.Rel == "acl" && d.XPOS == "VBN" && (e.Modality == text.Planned || e.Modality == text.Possible) &&
		len(x.children(e.sent, tw, relAux|relAuxPass|relMark)) == 0 {
		// A participle after its noun happened to the noun: "villages
		// destroyed by the flood", "homes damaged by the storm" are
		// past, whatever the clause plans for the villages or homes.
		e.Modality, e.Tense = text.Actual, "PAST"
		return
	}
	if d := x.word(e.sent, tw); d.XPOS == "VBD" && (e.Modality == text.Planned || e.Modality == text.Possible) &&
		len(x.children(e.sent, tw, relAux|relAuxPass)) == 0 && len(x.children(e.sent, tw, relNsubj|relNsubjPass)) > 0 {
		// A finite past verb with its own subject and no auxiliary is a
		// clause of its own, whatever plan the words before its subject
		// name ("He tried to walk away, and Twitter sued him").
		e.Modality, e.Tense = text.Actual, "PAST"
	}
	if d := x.word(e.sent, tw); d.Rel == "conj" && d.XPOS == "VB" && e.Modality == text.Actual && d.Head > 0 && x.willVerb(e.sent, d.Head) &&
		!x.hasAux(e.sent, d.Head, "would") && len(x.children(e.sent, tw, relAux|relAuxPass|relNsubj|relNsubjPass)) == 0 {
		// A bare verb joined to a "will" future shares it: "will shrink
		// its stockpile ... and redesign the reactor at Arak so that it
		// cannot produce plutonium" (the words after it had made it past).
		e.Modality, e.Tense = text.Planned, "FUTURE"
	}
	if e.Modality == text.Possible && x.reportedWould(e.sent, tw) {
		// "announced that he would resign by October": the future of a
		// past report, a plan, not a possibility.
		e.Modality = text.Planned
	}
	if x.conditionClause(e.sent, tw) {
		e.Modality = text.Conditional // "unless the board resigned", "if the deal closes"
	}
	if e.Modality == text.Actual && (x.intended(e.sent, tw) || x.nounAim(e.sent, tw)) {
		e.Modality = text.Planned // "sued to block the merger": the block is the aim; "resisted calls to act"
	}
	if e.Modality == text.Actual && x.hasMark(e.sent, tw, "without") {
		e.Modality = text.Negated // "left without speaking to reporters": he did not speak
	}
	if x.failedVerb(e.sent, tw) || x.shortOf(e.sent, tw) {
		e.Modality = text.Negated // "refused to approve the budget", "failed to reach a deal", "stopped short of withdrawing the bill"
	}
	if e.Modality == text.Actual && x.noSubject(e.sent, tw) {
		e.Modality = text.Negated // "neither took part", "no one was hurt": it did not happen
	}
	if e.Modality == text.Actual && x.noObjectOf(e.sent, tw) {
		e.Modality, e.noObject = text.Negated, true // "made no public remarks", "gave no reason"
	}
	if d := x.word(e.sent, tw); (d.XPOS == "VBZ" || d.XPOS == "VBP" && !syntax.SamePast(lowerASCII(d.Form))) && e.Tense == "PAST" && len(x.children(e.sent, tw, relAux|relAuxPass)) == 0 {
		// A verb the tagger read as a simple present, whatever past form
		// stands before it: "New York-based POP Radio provides"; not a
		// plural's "put" or "cut", which may be a past ("The two leaders
		// put their signatures on the pact").
		e.Tense, e.Aspect = "PRESENT", ""
	}
	if e.Tense != "" || len(x.children(e.sent, tw, relAux|relAuxPass)) > 0 {
		return
	}
	switch {
	case x.simplePast(e.sent, tw):
		e.Tense = "PAST"
	case x.word(e.sent, tw).XPOS == "VBZ" || x.word(e.sent, tw).XPOS == "VBP":
		e.Tense = "PRESENT"
	}
}

// negatedVerb reports whether verb w has "not", "n't" or "never".
func (x *extractor) negatedVerb(si, w int) bool {
	if w <= 0 {
		return false
	}
	for _, a := range x.children(si, w, relAdvmod) {
		switch lowerASCII(x.word(si, a).Form) {
		case "not", "n't", "n’t", "never":
			return true
		}
	}
	return false
}

// conditionClause reports whether verb w heads (or is coordinated in) a
// clause of condition: an adverbial clause opened by "if" or "unless".
func (x *extractor) conditionClause(si, w int) bool {
	for depth := 0; w > 0 && depth < 3; depth++ {
		d := x.word(si, w)
		if d.Rel == "advcl" || d.Rel == "ccomp" {
			// A complement opened by "if" asks whether ("asked if he
			// would"); "unless" is a condition however the parser hung it.
			if d.Head > 0 && whetherHeads.Has(lowerASCII(x.word(si, d.Head).Lemma)) {
				return false // "not known if the arrest stemmed from": whether
			}
			for _, m := range x.children(si, w, relMark) {
				f := lowerASCII(x.word(si, m).Form)
				if m+1 < w && lowerASCII(x.word(si, m+1).Form) == "not" && f == "if" {
					return false // "dozens if not hundreds"
				}
				if f == "unless" || f == "if" && d.Rel == "advcl" {
					return true
				}
			}
			return false
		}
		if d.Rel != "conj" {
			return false
		}
		w = d.Head
	}
	return false
}

// whetherHeads take an "if" clause that asks whether, not one of
// condition: "not known if", "asked if", "to see if".
var whetherHeads = wordset.New("know", "ask", "wonder", "see", "determine", "check", "decide", "say", "tell",
	"clear", "unclear", "sure", "certain", "learn", "find", "doubt", "question", "investigate", "examine", "judge")

// intended reports whether verb w is a "to" infinitive that says what
// the verb it hangs on aims at ("sued to block the merger", "voted to end
// the strike"): not an event that happened. Verbs that say the infinitive
// did happen or go on (notDoneHeads) are left alone.
func (x *extractor) intended(si, w int) bool {
	d := x.word(si, w)
	// A passive infinitive is one too: "ordered Microsoft to be broken
	// into two companies".
	passiveInf := d.XPOS == "VBN" && slices.ContainsFunc(x.children(si, w, relAuxPass), func(a int) bool { return x.word(si, a).XPOS == "VB" })
	if d.Rel != "xcomp" && d.Rel != "advcl" || d.Head <= 0 || d.XPOS != "VB" && !passiveInf {
		return false
	}
	to := false
	for _, m := range x.children(si, w, relMark) {
		to = to || lowerASCII(x.word(si, m).Form) == "to"
	}
	h := x.word(si, d.Head)
	return to && h.UPOS == "VERB" && !notDoneHeads.Has(lowerASCII(h.Lemma))
}

// nounAim reports whether verb w is the "to" infinitive of a noun, which
// names it as an aim, not as done: "resisted calls to act", "a bid to buy
// the club", "efforts to reach the miners". Not after "first", "last",
// "only" or another ordinal or superlative: "the first woman to win the
// race" won it.
func (x *extractor) nounAim(si, w int) bool {
	d := x.word(si, w)
	if d.Rel != "acl" || d.XPOS != "VB" || d.Head <= 0 || !x.toInfinitive(si, w) {
		return false
	}
	h := x.word(si, d.Head)
	if h.UPOS != "NOUN" {
		return false
	}
	for _, a := range x.children(si, d.Head, relAmod|relAdvmod|relNummod) {
		m := x.word(si, a)
		switch lowerASCII(m.Form) {
		case "first", "last", "only", "second", "third", "next":
			return false
		}
		if m.XPOS == "JJS" || m.XPOS == "RBS" || strings.Contains(m.Feats, "NumType=Ord") {
			return false
		}
	}
	return true
}

// failedVerb reports whether verb w is the "to" infinitive of a verb
// that says it did not happen ("failed to reach", "refused to approve");
// not under "did not fail to".
func (x *extractor) failedVerb(si, w int) bool {
	d := x.word(si, w)
	return d.Rel == "xcomp" && d.Head > 0 && x.toInfinitive(si, w) &&
		negativeImplicatives.Has(lowerASCII(x.word(si, d.Head).Lemma)) && !x.negatedVerb(si, d.Head)
}

// shortOf reports whether verb w is what its subject stopped, fell or
// came short of: "stopped short of withdrawing the bill" (it did not).
func (x *extractor) shortOf(si, w int) bool {
	d := x.word(si, w)
	if d.Head <= 0 || lowerASCII(x.word(si, d.Head).Form) != "short" {
		return false
	}
	of := false
	for _, m := range x.children(si, w, relMark|relCase) {
		of = of || lowerASCII(x.word(si, m).Form) == "of"
	}
	s := x.word(si, d.Head)
	if !of || s.Head <= 0 {
		return false
	}
	switch x.word(si, s.Head).Lemma {
	case "stop", "fall", "come":
		return true
	}
	return false
}

// negativeImplicatives are the verbs whose "to" infinitive did not
// happen when they did: "failed to reach", "refused to approve".
var negativeImplicatives = wordset.New("fail", "refuse", "decline", "neglect", "omit",
	// and the adjectives of not being able: "unable to make a $134
	// million debt payment"
	"unable")

// notDoneHeads are the verbs whose "to" infinitive is no aim: it happened
// ("managed to", "went on to", "had to", "used to"), goes on ("began
// to"), is the head's own state ("seemed to"), is said or believed to be
// so ("are believed to live") or is negated by cues of its own ("failed
// to", "refused to").
var notDoneHeads = wordset.New("manage", "go", "come", "have", "use", "get", "begin", "start", "continue",
	"seem", "appear", "happen", "tend", "fail", "refuse", "decline", "cease", "stop", "help", "prove", "turn",
	"be", "need", "dare", "live", "grow", "remain",
	// what is said or believed to be so: "are believed to live", "claims to own"
	"believe", "say", "think", "know", "report", "rumor", "allege", "consider", "find", "show", "assume",
	"suppose", "estimate", "understand", "claim", "reckon", "presume", "deem", "feel")

// reportedWould reports whether verb w has the auxiliary "would" and is
// what a reporting verb in the past reports (its ccomp, or a conjunct of
// it): the future seen from the report's day.
func (x *extractor) reportedWould(si, w int) bool {
	would := false
	for _, a := range x.children(si, w, relAux) {
		if lowerASCII(x.word(si, a).Form) == "would" {
			would = true
		}
	}
	if !would {
		return false
	}
	// The words, when the tree misreads the clause: a past report shortly
	// before the "would" ("announced on Friday that he would resign").
	tok := x.word(si, w).Token
	toks := x.sents[si].Tokens
	for k := tok - 1; k >= 0 && k >= tok-12; k-- {
		l := toks[k].Lower
		if l == ";" || l == "." || l == "if" || l == "unless" {
			break
		}
		if kw := x.treeWord(si, k); kw > 0 && x.simplePastOrParticiple(si, kw) && reportVerbs[lowerASCII(x.word(si, kw).Lemma)] {
			return true
		}
	}
	for depth := 0; w > 0 && depth < 4; depth++ {
		d := x.word(si, w)
		switch d.Rel {
		case "conj":
			w = d.Head
			continue
		case "ccomp":
			return x.simplePastOrParticiple(si, d.Head) && reportVerbs[lowerASCII(x.word(si, d.Head).Lemma)]
		}
		return false
	}
	return false
}

// simplePastOrParticiple reports whether word w is tagged VBD or VBN.
func (x *extractor) simplePastOrParticiple(si, w int) bool {
	t := x.word(si, w).XPOS
	return t == "VBD" || t == "VBN"
}

// reportVerbs report what someone said or decided.
var reportVerbs = map[string]bool{"say": true, "announce": true, "tell": true, "state": true, "add": true,
	"insist": true, "promise": true, "vow": true, "pledge": true, "declare": true, "confirm": true,
	"report": true, "indicate": true, "signal": true, "warn": true, "decide": true, "agree": true}

// deadlinePreps open a time that a past verb may set ahead of it.
var deadlinePreps = wordset.New("to", "until", "till", "through", "by")

// pastMonths moves back a year (or a week) the time expression that the
// tree gives to a verb in the simple past, when it names a month or a
// weekday without a year and the tagger put it after the document date:
// "Apple sued Samsung in April", written in March 2013, is April 2012. The
// time tagger weighs the tense of the words near the expression against
// the nearest such month; the tree knows which verb it belongs to. The
// expression's value is corrected in place (the pipeline's timexes), so
// every output tells the same date.
func (x *extractor) pastMonths(si int, evs []*ev) {
	if !x.doc.HasDCT() || x.treeWords(si) == nil {
		return
	}
	for i := range x.tmxs[si] {
		tm := &x.tmxs[si][i]
		t := tm.t
		if t.Rule != "month" && t.Rule != "weekday" && t.Rule != "mdy" && t.Rule != "dmy" || timex.WritesYear(t.Text) || len(t.Value) < 7 ||
			!afterDCT(t.Value, x.doc.DCT) {
			continue
		}
		if tm.first > 0 && deadlinePreps.Has(x.sents[si].Tokens[tm.first-1].Lower) && !x.rangeEnd(si, i) {
			continue // a deadline may lie ahead of a past verb: "extended the offer to Nov. 20"
		}
		e := x.treeTimed(si, *tm, evs)
		if e == nil || !x.finitePast(si, e.tok) || e.Modality != text.Actual || x.dateAhead(si, *tm, e) {
			continue
		}
		iv, err := timex.ParseValue(t.Value)
		if err != nil {
			continue
		}
		var back time.Time
		if t.Rule == "weekday" {
			if len(t.Value) < 10 {
				continue
			}
			back = iv.Start.AddDate(0, 0, -7)
		} else {
			back = iv.Start.AddDate(-1, 0, 0)
		}
		if back.After(x.doc.DCT) {
			continue
		}
		t.Value = fmt.Sprintf("%04d", back.Year()) + t.Value[4:]
		if t.Rule == "weekday" {
			t.Value = back.Format("2006-01-02") + t.Value[10:]
		}
		x.rangeStartBack(si, i, back)
	}
}

// rangeEnd reports whether the i-th time expression of sentence si ends a
// range that "from" or "between" opens ("fell from February to May",
// "between March and May"): an end of what the verb tells, not a deadline
// set ahead of it.
func (x *extractor) rangeEnd(si, i int) bool {
	if i == 0 {
		return false
	}
	toks := x.sents[si].Tokens
	a, b := x.tmxs[si][i-1], x.tmxs[si][i]
	if b.first-a.last != 2 || a.first == 0 {
		return false // one word between: "to", "and", "through"
	}
	switch toks[a.last+1].Lower {
	case "to", "through", "until", "till", "and", "-", "–":
	default:
		return false
	}
	o := toks[a.first-1].Lower
	return o == "from" || o == "between"
}

// rangeStartBack moves back the first end of a range whose last end (the
// i-th time expression of sentence si) pastMonths moved to back: a past
// "between March and May", written in March, starts in last year's March,
// as no range starts after its end.
func (x *extractor) rangeStartBack(si, i int, back time.Time) {
	if !x.rangeEnd(si, i) {
		return
	}
	a := x.tmxs[si][i-1].t
	if a.Rule != "month" && a.Rule != "mdy" && a.Rule != "dmy" || timex.WritesYear(a.Text) || len(a.Value) < 7 {
		return
	}
	iv, err := timex.ParseValue(a.Value)
	if err != nil || !iv.Start.After(back) {
		return
	}
	y := back.Year()
	if iv.Start.Month() > back.Month() {
		y-- // "from October to March": the October before
	}
	a.Value = fmt.Sprintf("%04d", y) + a.Value[4:]
}

// dateAhead reports whether a date the tree hangs under past verb e's
// object, through an adjective ("declared a dividend, payable Dec. 15")
// or under a verb of planning ("planned a demonstration on Saturday",
// "set a hearing for May 3"), may lie ahead of the verb: the object's
// time, not the verb's.
func (x *extractor) dateAhead(si int, tm tmx, e *ev) bool {
	v := x.treeWord(si, e.tok)
	w := x.treeWord(si, tm.first)
	if v == 0 || w == 0 {
		return false
	}
	toks := x.sents[si].Tokens
	if k := tm.first - 1; k >= 0 && timex.AheadWord(toks[k].Lower) {
		return true // "payable Dec. 15", however the parser hung it
	}
	plan := aheadVerbs.Has(lowerASCII(x.word(si, v).Lemma))
	for depth := 0; w > 0 && depth < 12; depth++ {
		d := x.word(si, w)
		if d.Head == v {
			if plan && d.Rel == "obl" && tm.first > 0 && toks[tm.first-1].Lower == "for" && len(x.children(si, v, relObj)) > 0 {
				return true // "set his sentencing for March 28": the date set for the object
			}
			return plan && d.Rel == "obj" && d.Token < tm.first
		}
		if d.UPOS == "ADJ" && d.Token < tm.first && timex.AheadWord(lowerASCII(d.Form)) {
			return true
		}
		w = d.Head
	}
	return false
}

// settingCase reports whether noun w's preposition places something in
// it ("at the meeting", "during the talks"), not what it is about.
func (x *extractor) settingCase(si, w int) bool {
	for _, c := range x.children(si, w, relCase) {
		switch lowerASCII(x.word(si, c).Form) {
		case "at", "during", "in", "on", "after", "before", "since", "until", "ahead":
			return true
		}
	}
	return false
}

// willVerb reports whether verb v is told with "will", "would" or
// "shall": ahead of the time it is told from.
func (x *extractor) willVerb(si, v int) bool {
	for _, c := range x.children(si, v, relAux) {
		switch lowerASCII(x.word(si, c).Form) {
		case "will", "would", "shall", "'ll", "wo":
			return true
		}
	}
	return false
}

// hasAux reports whether verb v has the auxiliary a (lower case).
func (x *extractor) hasAux(si, v int, a string) bool {
	return slices.ContainsFunc(x.children(si, v, relAux), func(c int) bool { return lowerASCII(x.word(si, c).Form) == a })
}

// aheadVerbs set something for a later date: the date on their object is
// the object's ("scheduled a vote for Tuesday").
var aheadVerbs = wordset.New("plan", "schedule", "set", "call", "announce", "propose", "slate", "organize", "arrange", "fix")

// setCues sets an event's modality, and its tense and aspect when tensed,
// from the verb group of token i.
func setCues(e *ev, s text.Sentence, i int, tensed bool) {
	cues := text.ClauseCues(s, i)
	if prevented(s.Tokens, i) {
		cues.Modality = text.Negated
	}
	e.Modality = cues.Modality
	if cues.Tense != text.TenseNone && tensed {
		e.Tense = cues.Tense.String()
	}
	if a := aspectOf(cues); a != "" {
		e.Aspect = a
	}
}

// aspectOf is the TimeML aspect of a verb group's cues.
func aspectOf(c text.Cues) string {
	switch {
	case c.Perfect && c.Progressive:
		return "PERFECTIVE_PROGRESSIVE"
	case c.Perfect:
		return "PERFECTIVE"
	case c.Progressive:
		return "PROGRESSIVE"
	}
	return ""
}

// happeningKind is what sameHappening compares: an event's kind, or, for
// a verb the lexicon gives none, the group of verbs that tell the same
// happening ("fire", "remove", "oust", "sack", "dismiss"); "" for others.
func happeningKind(e *ev) string {
	if e.Kind != "" {
		return e.Kind
	}
	if g := lemmaGroups[e.Lemma]; g != "" && !e.trig.Noun {
		return "verb:" + g
	}
	return ""
}

// lemmaGroups names groups of verbs that tell one happening.
var lemmaGroups = map[string]string{
	"fire": "dismissal", "remove": "dismissal", "oust": "dismissal", "sack": "dismissal", "dismiss": "dismissal", "depose": "dismissal",
	"resign": "resignation", "quit": "resignation", "step": "resignation",
	"buy": "purchase", "acquire": "purchase", "purchase": "purchase",
	"arrest": "arrest", "detain": "arrest",
	"kill": "killing", "slay": "killing",
}

// sameHappening merges the events that tell one happening twice: the same
// kind, done by the same agents on the same date, as it happened ("Soviet
// forces occupied four of the islands in late 1945 ..." and, later, "Etorofu,
// Kunashiri, Shikotan and Habomai were seized by the Soviet Union in
// 1945"). The first mention keeps the event; the others become its
// mentions, and their places and parties join it. Statements are left
// alone: one speaker says several things a day.
func sameHappening(evs []*ev) []*ev {
	withRole := func(e *ev, role string) []string {
		var out []string
		for _, id := range e.partOrd {
			if e.parts.role(id) == role {
				out = append(out, id)
			}
		}
		sort.Strings(out)
		return out
	}
	agents := func(e *ev) []string { return withRole(e, RoleAgent) }
	patients := func(e *ev) []string { return withRole(e, RolePatient) }
	gone := make([]bool, len(evs))
	for i, a := range evs {
		ka := happeningKind(a)
		if gone[i] || ka == "" || a.Class == Reporting || a.Value == "" || a.Modality != text.Actual && a.Modality != text.Planned {
			continue
		}
		ag := agents(a)
		for j := i + 1; j < len(evs); j++ {
			b := evs[j]
			if gone[j] || happeningKind(b) != ka || b.Modality != a.Modality || b.host != nil || a.host != nil ||
				!slices.Equal(agents(b), ag) {
				continue
			}
			same := b.Value == a.Value && len(ag) > 0
			if b.Value == a.Value && len(ag) == 0 && a.Kind == "" && !a.trig.Noun && !b.trig.Noun {
				// Done by no one named, to the same one named, that day:
				// "five days after the board fired him" and "The board
				// removed Altman on Friday".
				pa := patients(a)
				same = len(pa) > 0 && slices.Equal(patients(b), pa)
			}
			if len(ag) == 0 && a.trig.Noun && b.trig.Noun && a.Modality == text.Planned && b.Value != "" && a.Value != b.Value &&
				(strings.HasPrefix(b.Value, a.Value) || strings.HasPrefix(a.Value, b.Value)) {
				// A planned event named by a noun, with no party, in a
				// month and on a day of it: "early general election for
				// July" and "a general election on July 4" are one.
				same = true
				if len(b.Value) > len(a.Value) {
					a.Value, a.TimexID, a.TimeRelation = b.Value, b.TimexID, b.TimeRelation
				}
			}
			if !same {
				continue
			}
			gone[j] = true
			b.merged, b.root = true, a
			a.Corefs = append(a.Corefs, b.Trigger)
			a.Corefs = append(a.Corefs, b.Corefs...)
			for _, id := range b.partOrd {
				a.add(id, b.parts.role(id))
			}
			for _, p := range b.places {
				a.addPlace(p)
				if pr, ok := b.placePrep[p]; ok {
					if a.placePrep == nil {
						a.placePrep = map[string]string{}
					}
					a.placePrep[p] = pr
				}
			}
		}
	}
	out := evs[:0:0]
	for i, e := range evs {
		if !gone[i] {
			out = append(out, e)
		}
	}
	return out
}

// finitePast reports whether token tok is a verb in the simple past by the
// tree's tags ("bought"): its past tense is its own, not that of a verb it
// depends on ("agreed to preparations toward next spring"), so a later
// date does not make it a plan. False without a tree.
func (x *extractor) finitePast(si, tok int) bool {
	tw := x.treeWord(si, tok)
	return tw > 0 && x.simplePast(si, tw)
}

// simplePast reports whether verb w is a simple past: tagged VBD, or a
// participle (VBN) heading a clause of its own with no auxiliary, a
// tagging slip ("The bank cut rates", "The company fired 500 workers").
func (x *extractor) simplePast(si, w int) bool {
	d := x.word(si, w)
	switch d.XPOS {
	case "VBD":
		return true
	case "VBN":
		switch d.Rel {
		case "root", "conj", "ccomp", "parataxis":
			return len(x.children(si, w, relAux|relAuxPass|relNsubjPass)) == 0 && len(x.children(si, w, relNsubj)) > 0
		}
	}
	return false
}

// treeRel returns the relation that attaches the phrase of token tok to
// its predicate: up through the noun-phrase relations, the first other one
// ("obl" for "to Prime Minister Erdogan"); "" without a tree.
func (x *extractor) treeRel(si, tok int) string {
	w := x.treeWord(si, tok)
	for depth := 0; w > 0 && depth < 32; depth++ {
		d := x.word(si, w)
		if !nominalRels[d.Rel] {
			return d.Rel
		}
		w = d.Head
	}
	return ""
}

// pastOnlyLemma reports whether a past-tense verb kept its own form as its
// lemma: an irregular past the lexicon does not know ("sank"), whose
// present the summary cannot build ("sanks").
// treeLemma returns a verb's lemma from the tree, or from WordNet's
// irregular forms when the tree kept the past form for its lemma ("lent":
// lend, "struck": strike), and whether the lemma is still unknown (a past
// form the summary keeps as written).
func treeLemma(w *syntax.Word) (string, bool) {
	l := lowerASCII(w.Lemma)
	if !pastOnlyLemma(w) {
		if w.XPOS == "VBD" || w.XPOS == "VBN" {
			// An irregular past the treebank never had gets a regular
			// guess from the tagger's lexicon ("fled": "fl"); WordNet
			// knows it ("flee").
			if f := lowerASCII(w.Form); strings.HasSuffix(f, "ed") {
				if b := detect.IrregularVerb(f); b != "" && b != l && !regularOf(f, b) {
					return b, false
				}
			}
		}
		return l, false
	}
	if b := detect.IrregularVerb(lowerASCII(w.Form)); b != "" {
		return b, false
	}
	return l, true
}

func pastOnlyLemma(w *syntax.Word) bool {
	return (w.XPOS == "VBD" || w.XPOS == "VBN") && strings.EqualFold(w.Lemma, w.Form) && !strings.HasSuffix(lowerASCII(w.Form), "ed") &&
		!syntax.SamePast(lowerASCII(w.Form)) && !(w.XPOS == "VBN" && baseParticiples.Has(lowerASCII(w.Form)))
}

// baseParticiples are past participles written as their verb's base:
// "has run the firm since 1994" (Fuld runs it, not "Fuld run").
var baseParticiples = wordset.New("run", "come", "become", "overcome", "outrun", "rerun")
