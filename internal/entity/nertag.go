package entity

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/ner"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/wordset"
)

// The statistical tagger (internal/ner) is the main source of name spans
// and types; the rules of this package know what it does not: the
// gazetteers (a known place is a LOCATION whatever the model says), titles
// and other cues, nationality words, and the aliases of one referent. This
// file runs the tagger over the document and reconciles its spans with the
// rule candidates; resolve.go then votes a type per referent from both.

// nerSpan is a span of the tagger in recognizer terms: view tokens
// [first, last] of a sentence.
type nerSpan struct {
	first, last int
	typ         string // PER, ORG, LOC, MISC
	conf        float64
}

// nerTok maps a tagger token back to the view tokens [first, last] it
// stands for; poss marks the 's piece of a possessive.
type nerTok struct {
	first, last int
	poss        bool
}

// nerTokens lays out a sentence's view tokens as the tagger expects them
// (CoNLL-2003 tokenization): a possessive 's is a token of its own, an
// abbreviation keeps its dot ("Mr.", "Corp."), curly quotes and dashes
// become the ASCII forms of the training text.
func nerTokens(v []tokView, toks []string, idx []nerTok) ([]string, []nerTok) {
	for k := 0; k < len(v); k++ {
		t := &v[k]
		if t.poss {
			toks = append(toks, t.base, "'s")
			idx = append(idx, nerTok{k, k, false}, nerTok{k, k, true})
			continue
		}
		if k+1 < len(v) && v[k+1].Text == "." && v[k+1].Start == t.End && t.Kind == text.Word && t.fl&wAbbrevDot != 0 {
			toks = append(toks, t.Text+".")
			idx = append(idx, nerTok{k, k + 1, false})
			k++
			continue
		}
		toks = append(toks, nerForm(t))
		idx = append(idx, nerTok{k, k, false})
	}
	return toks, idx
}

// lyAdverb reports whether w is an adverb in "-ly" that texts write in
// lower case ("Ultimately, we ..."), no one's name.
func lyAdverb(w string) bool { return len(w) > 4 && strings.HasSuffix(w, "ly") && known(w) }

// abbrevDot lists the abbreviations written with their dot as one token
// in the tagger's training text.
var abbrevDot = wordset.Of(map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "rep": true,
	"gov": true, "gen": true, "lt": true, "col": true, "sgt": true, "capt": true, "cmdr": true, "adm": true, "maj": true,
	"brig": true, "rev": true, "hon": true, "pres": true, "supt": true, "messrs": true, "st": true, "jr": true, "sr": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "bros": true, "mt": true, "ft": true, "no": true, "vs": true})

// nerForm is a token's text as the tagger's training data writes it.
func nerForm(t *tokView) string {
	if t.Kind != text.Punct {
		return t.base
	}
	switch t.Text {
	case "“", "”", "„", "«", "»":
		return `"`
	case "‘", "’":
		return "'"
	case "—", "–":
		return "--"
	}
	return t.Text
}

// tagNames runs the tagger over the whole document at once (its features
// look at the other sentences) and returns the spans per sentence in view
// tokens.
func (r *recognizer) tagNames() [][]nerSpan {
	sents, idxs := r.nerInput()
	return r.nerSpans(ner.TagDocumentScored(sents), idxs)
}

// nerInput lays out every sentence for the tagger, with the map back to
// view tokens.
func (r *recognizer) nerInput() ([][]string, [][]nerTok) {
	b := r.buf
	if cap(b.ntoks) < len(r.views) {
		b.ntoks = make([][]string, len(r.views))
		b.nidx = make([][]nerTok, len(r.views))
	}
	b.ntoks, b.nidx = b.ntoks[:len(r.views)], b.nidx[:len(r.views)]
	sents, idxs := b.ntoks, b.nidx
	total := 0
	for _, v := range r.views {
		total += len(v) + 2
	}
	// One backing array for all sentences: documents can be long.
	if cap(b.toks) < total {
		b.toks = make([]string, 0, total)
		b.idx = make([]nerTok, 0, total)
	}
	toks, idx := b.toks[:0], b.idx[:0]
	for si, v := range r.views {
		n := len(toks)
		toks, idx = nerTokens(v, toks, idx)
		sents[si], idxs[si] = toks[n:len(toks):len(toks)], idx[n:len(idx):len(idx)]
	}
	b.toks, b.idx = toks, idx
	return sents, idxs
}

// nerSpans maps the tagger's spans back to view tokens.
func (r *recognizer) nerSpans(tagged [][]ner.Span, idxs [][]nerTok) [][]nerSpan {
	b := r.buf
	out := grown(&b.spans, len(idxs))
	clear(out)
	total := 0
	for _, spans := range tagged {
		total += len(spans)
	}
	all := grown(&b.spanSlabs, total)[:0]
	for si, spans := range tagged {
		if si >= len(idxs) {
			break
		}
		ix := idxs[si]
		k := len(all)
		for _, s := range spans {
			if s.Start < 0 || s.End > len(ix) || s.Start >= s.End || ix[s.Start].poss {
				continue
			}
			all = append(all, nerSpan{first: ix[s.Start].first, last: ix[s.End-1].last, typ: s.Type, conf: s.Confidence})
		}
		if len(all) > k {
			out[si] = all[k:len(all):len(all)]
		}
	}
	b.spanSlabs = all
	return out
}

// widerMin is the confidence a tagger span needs to swallow a gazetteer
// name inside it.
const widerMin = 0.5

// overruleMax is the confidence below which a tagger span gives way to a
// free rule candidate with strong cues that cuts the text differently.
const overruleMax = 0.6

// combine reconciles the rule candidates with the tagger's spans, sentence
// by sentence:
//
//   - a rule candidate the tagger does not touch stays (resolve asks more
//     evidence of a free one than of a tagged one);
//   - a span that is exactly a rule candidate annotates it with the
//     tagger's type and confidence; a MISC span drops a free candidate
//     (events, products, nationalities the gazetteer lacks);
//   - a gazetteer name (or a nationality word) wins over tagger spans inside
//     or across it, but not over a longer span that contains it ("Japan" in
//     "Japan Airlines") unless the tagger doubts that span;
//   - a free candidate with strong cues (a title before a name, an
//     organization suffix) wins over unsure spans cut differently
//     ("Chicago Cardinal Joseph Bernardin" taken for one organization);
//   - otherwise the tagger's segmentation wins over a free rule candidate;
//   - the remaining tagger spans become candidates of their own, through the
//     gazetteer when the whole span is a known name.
//
// Finally a place name the tagger reads as a person's in most of its
// mentions ("Washington" the tennis player) stops being the place.
func (r *recognizer) combine(rule []Candidate, spans [][]nerSpan) []Candidate {
	out := r.buf.comb[:0]
	if n := len(rule) + len(rule)/2; cap(out) < n {
		out = make([]Candidate, 0, n)
	}
	var gone, overruled []bool // tagger spans taken up, or overruled by rules
	var inits map[string]bool  // initials of the document's longer names, made when needed
	ri := 0
	for si := range r.views {
		v := r.views[si]
		ns := r.coordNames(v, r.adjectiveNames(v, r.particleNames(v, suffixNames(v, r.commonOfNames(v, r.splitTitles(v, roadNames(v, r.nicknameNames(v, abbrevJoins(v, spans[si])))))))))
		gone = append(gone[:0], make([]bool, len(ns))...)
		overruled = append(overruled[:0], make([]bool, len(ns))...)
		rj := ri
		for rj < len(rule) && rule[rj].Sentence == si {
			rj++
		}
		head := r.headline(si)
		sorted := spansSorted(ns)
		for i := ri; i < rj; i++ {
			lo, hi := overlapping(ns, sorted, rule[i].First, rule[i].Last)
			overrule(&rule[i], v, ns, lo, hi, overruled, head)
		}
		for ; ri < rj; ri++ {
			c := rule[ri]
			// Only the spans in [lo, hi) can overlap c: the loops below
			// visit them in the same order as a scan of all ns would,
			// without making a long sentence quadratic.
			lo, hi := overlapping(ns, sorted, c.First, c.Last)
			var exact, wider = -1, -1
			overlaps := false
			for j := lo; j < hi; j++ {
				n := ns[j]
				if n.last < c.First || n.first > c.Last || overruled[j] {
					continue
				}
				overlaps = true
				switch {
				case n.first == c.First && n.last == c.Last:
					exact = j
				case n.first <= c.First && n.last >= c.Last:
					wider = j
				}
			}
			if !overlaps {
				out = append(out, c)
				continue
			}
			if c.Gaz != nil && c.Gaz.Type == productType {
				// A product, and every span over it ("Apple Macintosh",
				// "Mac OS X Lion"): no entity (resolve drops the product).
				for j := lo; j < hi; j++ {
					if n := ns[j]; n.last >= c.First && n.first <= c.Last {
						gone[j] = true
					}
				}
				out = append(out, c)
				continue
			}
			if c.Gaz != nil {
				// Part of a longer name ("Japan" in "Japan Airlines", "Korean"
				// in "Korean War"), unless the tagger doubts that name.
				if wider >= 0 && (ns[wider].conf >= widerMin || orgAfterPlace(v, ns[wider], c)) && !r.onlyGeneric(si, ns[wider], c) && !r.placeOfPlace(v, ns[wider]) {
					continue
				}
				for j := lo; j < hi; j++ {
					if n := ns[j]; n.last >= c.First && n.first <= c.Last {
						gone[j] = true
					}
				}
				if exact >= 0 {
					c.NER, c.NERConf = ns[exact].typ, ns[exact].conf
					if c.NER == "ORG" && c.NERConf >= teamSure && hasFeature(&c, "team_prose") {
						// "Porto won the derby", in a text with no other
						// sports words: the club, as the tagger says
						c.addFeature("team")
					}
				}
				out = append(out, c)
				continue
			}
			if exact >= 0 {
				gone[exact] = true
				if ns[exact].typ == "MISC" {
					if ns[exact].conf < miscUnsure && hasFeature(&c, "agent_verb_after", "met_before", "firstname", "given_hyphen", "firm_before", "subj_verb", "it_after", "its_after", "firm_appos", "title", "honorific") ||
						ns[exact].conf < miscPlace && hasFeature(&c, "media_after") {
						// an unsure "other name" that acts as a person, a
						// given name and more ("Liz Truss resigned"), or
						// a company after its kind ("the energy company
						// Enron"), a newspaper ("Britain's Sun newspaper"),
						// a one-word name that acts ("Rivian will build") or
						// speaks of itself as "it" ("Safran, which supplies")
						out = append(out, c)
					} else if c.Last > c.First && hasFeature(&c, "orgsuffix") && !hasFeature(&c, "product") && longerNameEnds(rule, c) {
						out = append(out, c) // "the Geological Survey" after "the U.S. Geological Survey": the same body
					} else if ns[exact].conf < miscPlace && c.Last > c.First && hasFeature(&c, "orgsuffix", "locsuffix") && !hasFeature(&c, "product") {
						out = append(out, c) // "owned by Baltic Lines", "the Rose Garden": a company or place by its last word
					} else if ns[exact].conf < miscGiven && hasFeature(&c, "given_hyphen") {
						out = append(out, c) // "Tsai Ing-wen": a person's name by its shape
					} else if ns[exact].conf < miscPlace && c.Acronym && r.expanded(&inits, rule, spans, c.Text) {
						out = append(out, c) // "NFL" where the document names the National Football League
					} else if ns[exact].conf < miscPlace && (hasFeature(&c, "locnoun_of") || hasFeature(&c, "place_after") && !adjectival(v[c.Last].low)) {
						// "the province of Yunnan", "the disputed
						// Nagorno-Karabakh region": a place
						out = append(out, c)
					}
					continue
				}
				c.NER, c.NERConf = ns[exact].typ, ns[exact].conf
				out = append(out, c)
			}
			// A free candidate cut differently by the tagger gives way.
		}
		for j, n := range ns {
			if gone[j] || overruled[j] {
				continue
			}
			if c, ok := r.nerCand(si, v, n, head); ok {
				out = append(out, c)
			}
		}
	}
	// The rule candidates come in sentence order; the new ones were
	// appended after each sentence's: restore text order.
	slices.SortStableFunc(out, func(a, b Candidate) int {
		if a.Sentence != b.Sentence {
			return cmp.Compare(a.Sentence, b.Sentence)
		}
		return cmp.Compare(a.Start, b.Start)
	})
	r.buf.comb = out
	r.personsNotPlaces(out)
	r.clubCities(out)
	// Currency codes ("USD", "US$") and time zones ("Pacific time") are no places.
	kept := out[:0]
	for _, c := range out {
		if !r.currency(r.views[c.Sentence], c.First, c.Last+1) {
			kept = append(kept, c)
		}
	}
	return kept
}

// longerNameEnds reports whether another rule candidate of the document
// is a longer name that ends in c's words ("U.S. Geological Survey" for
// "Geological Survey").
func longerNameEnds(rule []Candidate, c Candidate) bool {
	for i := range rule {
		if o := rule[i].Text; len(o) > len(c.Text)+1 && strings.HasSuffix(o, c.Text) && o[len(o)-len(c.Text)-1] == ' ' {
			return true
		}
	}
	return false
}

// clubCities marks as a club's ("team") the one-word mentions of a city
// that opens or ends the name of an organization of the same sports
// report ("Real Madrid ... Madrid will sign Mbappe", "Bayern Munich ...
// Munich lost"), and those the tagger is sure are an organization
// (sureClub), where no word around a mention makes it a place (after
// "in", "from" or "to", a dateline, "Munich, Germany").
func (r *recognizer) clubCities(cands []Candidate) {
	var clubs map[string]bool
	sure := false
	for i := range cands {
		c := &cands[i]
		if c.Gaz != nil && c.NER == "ORG" && c.NERConf >= sureClub {
			sure = true
		}
		if c.Gaz == nil && c.NER == "ORG" && c.NERConf >= 0.5 && c.Last > c.First && !c.Headline {
			v := r.views[c.Sentence]
			if clubs == nil {
				clubs = map[string]bool{}
			}
			clubs[v[c.First].low] = true
			clubs[v[c.Last].low] = true
		}
	}
	if clubs == nil && !sure || !r.sportsReport() {
		return
	}
	for i := range cands {
		c := &cands[i]
		if c.Gaz == nil || c.Demonym || c.Gaz.Type != Location || !clubPlace(c.Gaz) || c.First != c.Last ||
			!clubs[r.views[c.Sentence][c.First].low] && !(c.Gaz.Subtype == "city" && c.NER == "ORG" && c.NERConf >= sureClub) || hasFeature(c, "team") ||
			hasFeature(c, "prep_in", "prep_from", "travel_to", "dateline", "place_comma", "locnoun_of", "place_after") ||
			r.lineKind(c.Sentence, r.views[c.Sentence]) != proseLine || directionOf(r.views[c.Sentence], c.First) {
			continue
		}
		c.addFeature("team")
	}
}

// sureClub is the tagger's confidence in an organization on a known
// city's name above which a sports report's prose makes it the club
// ("Genoa appealed after their defeat", "serie B club Genoa"), when no
// word around the mention makes it a place.
const sureClub = 0.8

// directionOf reports whether a direction and "of" come right before
// v[a]: "300 kms west of Bucharest", "north of Madrid".
func directionOf(v []tokView, a int) bool {
	if a < 2 || v[a-1].Lower != "of" {
		return false
	}
	switch v[a-2].Lower {
	case "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outskirts", "centre", "center":
		return true
	}
	return false
}

// orgAfterPlace reports whether tagger span n, an organization, is a
// place's name c followed by an organization's head word ("U.S. Forces
// Korea", "U.S. Army", "Japan Airlines"): the place is part of the
// organization's name however unsure the tagger was of its extent.
func orgAfterPlace(v []tokView, n nerSpan, c Candidate) bool {
	k := c.Last + 1
	return n.typ == "ORG" && !c.Demonym && c.Gaz.Type == Location && n.first == c.First && k <= n.last &&
		v[k].cap && !v[k].poss && v[k].fl&(wOrgHead|wOrgSuffix) != 0
}

// placeOfPlace reports whether tagger span n is two known places joined
// by "of" that the gazetteer does not know as one name ("the Gulf Coast of
// Florida", "Silicon Valley of India"): two places, the first in the
// second.
func (r *recognizer) placeOfPlace(v []tokView, n nerSpan) bool {
	f, m := r.gazMatch(v, n.first, n.last+1)
	if m == 0 || f.demonym || f.entry.Type != Location || n.first+m+1 > n.last || v[n.first+m].Lower != "of" {
		return false
	}
	g, k := r.gazMatch(v, n.first+m+1, n.last+1)
	return k == n.last-n.first-m && !g.demonym && g.entry.Type == Location
}

// adjectiveNames widens a tagger organization that a place adjective
// opens, left out by the tagger ("Hawaiian Electric", "Swiss Re", "Japan
// Airlines" tagged "Electric", "Re", "Airlines"), to the whole name, as
// CoNLL-2003 tags "British Airways", "American Airlines", "Southern Gas",
// "Irish Permanent". The adjective is a nationality, a known place, a word
// in -an or -ese ("Hawaiian") or a compass adjective ("Southern
// Company"), written with a capital at the start of the run of capitals,
// and only a MISC or place span of its own covers it. Not when the rest is
// a known name ("Russian Gazprom"), a person's ("American Todd Martin"),
// or a body of the state ("Russian Duma", "Brazilian Foreign Ministry"),
// which CoNLL tags apart from the nationality. The input is not modified.
func (r *recognizer) adjectiveNames(v []tokView, ns []nerSpan) []nerSpan {
	var out []nerSpan
	for j := range ns {
		n := ns[j]
		k := n.first
		if n.typ != "ORG" || k == 0 || !r.placeAdjective(v, k-1) || k >= 2 && v[k-2].cap && v[k-2].Kind == text.Word {
			continue
		}
		if j > 0 && ns[j-1].last == k-1 && (ns[j-1].first != k-1 || ns[j-1].typ != "MISC" && ns[j-1].typ != "LOC") {
			continue
		}
		if !r.firmRest(v, k, n.last) {
			continue
		}
		if out == nil {
			out = append(make([]nerSpan, 0, len(ns)), ns...)
		}
		out[j].first = k - 1
		out[j].conf = max(n.conf, widerMin) // the adjective is part of the name
		if j > 0 && ns[j-1].last == k-1 {
			out[j-1].typ = "" // the adjective's own span goes
		}
	}
	if out == nil {
		return ns
	}
	kept := out[:0]
	for _, n := range out {
		if n.typ != "" {
			kept = append(kept, n)
		}
	}
	return kept
}

// compassAdjectives open company names as place adjectives do: "Southern
// Company", "Northern Trust".
var compassAdjectives = wordset.Of(map[string]bool{"southern": true, "northern": true, "eastern": true, "western": true})

// placeAdjective reports whether v[k] is a capitalized word that names or
// qualifies a place: a nationality ("Swiss"), a known place of one word
// ("Japan"), an adjective in -an or -ese ("Hawaiian") or a compass
// adjective ("Southern").
func (r *recognizer) placeAdjective(v []tokView, k int) bool {
	t := &v[k]
	if !t.cap || t.poss || t.Kind != text.Word || t.hyphen || allCaps(t.base) {
		return false
	}
	if compassAdjectives.Has(t.low) {
		return true
	}
	if f, n := r.gazMatch(v, k, k+1); n == 1 && (f.demonym || f.entry.Type == Location) {
		return true
	}
	return len(t.low) > 5 && (strings.HasSuffix(t.low, "ian") || strings.HasSuffix(t.low, "ese")) && t.fl&wNonEntity == 0
}

// stateWords open or end the names of bodies of the state that CoNLL-2003
// tags apart from the nationality before them ("French Interior
// Ministry", "Russian Duma").
var stateWords = wordset.Of(map[string]bool{"foreign": true, "interior": true, "defence": true, "defense": true,
	"finance": true, "justice": true, "economy": true, "trade": true, "health": true, "education": true,
	"duma": true, "senate": true, "parliament": true, "congress": true, "ministry": true, "government": true,
	"army": true, "navy": true, "police": true, "cabinet": true, "court": true, "embassy": true, "coalition": true,
	"resistance": true, "federation": true, "league": true, "open": true})

// firmRest reports whether v[a..b], a tagger organization after a place
// adjective, reads as the rest of a company's name: no known name, given
// name, title or lone acronym at its start, and no word of a body of the
// state.
func (r *recognizer) firmRest(v []tokView, a, b int) bool {
	if v[a].firstName || a == b && isAcronym(v[a].base) {
		return false // "American Todd Martin", "a Polish SPC group"
	}
	if _, n := r.gazMatch(v, a, b+1); n > 0 {
		return false
	}
	if n, _ := r.titleMatch(v, a, b+1); n > 0 {
		return false
	}
	for k := a; k <= b; k++ {
		if stateWords.Has(v[k].low) || r.lex.stateBody.Has(v[k].low) {
			return false
		}
	}
	return true
}

// nameLikeTitles are titles that are also names or parts of names ("Martin
// Luther King", "General Motors", "Julie Bishop"): a tagger span is not cut
// at them unless they begin it.
var nameLikeTitles = wordset.Of(map[string]bool{"king": true, "queen": true, "prince": true, "princess": true, "emperor": true,
	"empress": true, "lord": true, "lady": true, "sir": true, "dame": true, "miss": true, "pope": true, "cardinal": true,
	"bishop": true, "archbishop": true, "judge": true, "justice": true, "general": true, "captain": true, "colonel": true,
	"leader": true, "sheikh": true, "ayatollah": true, "professor": true, "commander": true, "director": true,
	"governor": true, "founder": true})

// splitTitles cuts the tagger spans that run over a person's title, which
// is never part of a name: "Apple Computer CEO" is the company, "CEO Steve
// Jobs" the person, a span that is only a title ("Chief Operating
// Officer") no name at all. A title at the start of a span goes, and the
// rest is a person when it looks like a name (a given name first, or no
// organization or place head word); a title inside or at the end of a span
// (not after "of" or "the": "Office of the President") ends the name
// before it, and the words after it are a person. The input is not
// modified. splitTitle returns the parts of one span, or false when it
// stays whole.
func (r *recognizer) splitTitles(v []tokView, ns []nerSpan) []nerSpan {
	var out []nerSpan
	changed := false
	for j, n := range ns {
		parts, split := r.splitTitle(v, n)
		if split && !changed {
			changed = true
			out = append(make([]nerSpan, 0, len(ns)+2), ns[:j]...)
		}
		if changed {
			if split {
				out = append(out, parts...)
			} else {
				out = append(out, n)
			}
		}
	}
	if !changed {
		return ns
	}
	return out
}

func (r *recognizer) splitTitle(v []tokView, n nerSpan) ([]nerSpan, bool) {
	for k := n.first; k <= n.last; k++ {
		tn, tt := r.titleMatch(v, k, n.last+1)
		if tn == 0 || strings.HasSuffix(tt, ".") && k == n.last {
			continue
		}
		if k > n.first && suffixAfter(v, k+tn-1) >= n.last-1 && suffixAfter(v, k+tn-1) <= n.last {
			continue // a surname before a suffix: "Martin Luther King Jr."
		}
		if k > n.first && (nameLikeTitles.Has(tt) || v[k-1].connector() || v[k-1].Lower == "the") {
			continue
		}
		var parts []nerSpan
		if k > n.first {
			left := n
			left.last = k - 1
			parts = append(parts, left)
		}
		if rest := k + tn; rest <= n.last {
			if v[rest].connector() && !particleOpens(v, rest, n.last+1) && !(honorifics.Has(tt) && particlesEnd(v, rest) > rest) {
				return nil, false // "Queen of the South", "Director of Intelligence"
			}
			if k == n.first && n.typ != "PER" && !honorifics.Has(tt) && !r.personLike(v, rest, n.last) {
				return nil, false
			}
			parts = append(parts, nerSpan{first: rest, last: n.last, typ: "PER", conf: n.conf})
		}
		return parts, true
	}
	return nil, false
}

// particleNames joins a person's tagged names across the particles of a
// surname ("Mohammed" bin "Salman", "Joaquin" del "Olmo": the tagger split
// them) and widens a name to the particles before it that follow an
// honorific or open a sentence ("Mr. bin Salman", "De Gaulle urged"): a
// person's. The input is not modified.
func (r *recognizer) particleNames(v []tokView, ns []nerSpan) []nerSpan {
	var out []nerSpan
	changed := false
	for j := 0; j < len(ns); j++ {
		n := ns[j]
		joined, widened := false, false
		if j+1 < len(ns) && (n.typ == "PER" || ns[j+1].typ == "PER") && n.typ != "MISC" && ns[j+1].typ != "MISC" {
			if e := particlesEnd(v, n.last+1); e > n.last+1 && e == ns[j+1].first && !v[n.last+1].cap {
				n = nerSpan{first: n.first, last: ns[j+1].last, typ: "PER", conf: min(n.conf, ns[j+1].conf)}
				joined = true
			}
		}
		if !joined && n.typ != "MISC" {
			k := n.first
			for k > 0 && v[k-1].Kind == text.Word && surnameParticles.Has(v[k-1].Lower) {
				k--
			}
			if k < n.first {
				after := k >= 2 && v[k-1].Text == "." && honorifics.Has(v[k-2].low+".") || k >= 1 && honorifics.Has(v[k-1].low)
				if after || initialAt(v, k) && v[k].cap {
					n = nerSpan{first: k, last: n.last, typ: "PER", conf: n.conf}
					widened = true
				}
			}
		}
		if n.typ == "PER" && n.last+1 < len(v) && (hyphenParticle(v[n.last+1].Text) || n.first == n.last && hyphenGiven(&v[n.last+1])) {
			// "Abdel Fattah" al-Sisi, "Lee" Jae-yong: the tagger stopped
			// before a surname with its particle or a hyphenated given
			// name after a family name, or made it a name of its own.
			switch {
			case j+1 >= len(ns) || ns[j+1].first > n.last+1:
				n.last++
				widened = true
			case ns[j+1].first == n.last+1 && ns[j+1].last == n.last+1 && !joined:
				n.last++
				joined = true // (the next span is taken up)
			}
		}
		if (joined || widened) && !changed {
			changed = true
			out = append(make([]nerSpan, 0, len(ns)), ns[:j]...)
		}
		if changed {
			out = append(out, n)
		}
		if joined {
			j++
		}
	}
	if !changed {
		return ns
	}
	return out
}

// hyphenParticle reports whether a word is a surname joined to its
// particle by a hyphen: "al-Sisi", "el-Erian", "bin-Laden".
func hyphenParticle(w string) bool {
	return BareSurname(w) != w
}

// BareSurname returns a surname joined to its particle by a hyphen
// without the particle, as headlines name the person ("al-Sisi": Sisi,
// "al-Assad": Assad); any other word as it is.
func BareSurname(w string) string {
	p, rest, ok := strings.Cut(w, "-")
	if ok && len(rest) > 1 && rest[0] >= 'A' && rest[0] <= 'Z' && surnameParticles.Has(strings.ToLower(p)) && !strings.Contains(rest, "-") {
		return rest
	}
	return w
}

// honorifics are the titles that only a person's name follows: "Ms.
// Holmes" is a person, whatever the tagger made of the span.
var honorifics = wordset.Of(map[string]bool{"mr.": true, "mrs.": true, "ms.": true, "mr": true, "mrs": true, "ms": true,
	"miss": true, "dr.": true})

// personLike reports whether tokens [a, b] can be a person's name: a
// known given name first, or no word that heads organization or place
// names ("General Motors", "Prince Edward Island" are not persons).
func (r *recognizer) personLike(v []tokView, a, b int) bool {
	if v[a].firstName {
		return true
	}
	for k := a; k <= b; k++ {
		if v[k].fl&(wOrgSuffix|wLocSuffix|wOrgHead|wLocHead) != 0 {
			return false
		}
		if _, g := r.gazMatch(v, k, b+1); g > 0 {
			return false
		}
	}
	return b-a >= 1
}

// onlyGeneric reports whether span n is candidate c followed by words that
// are never names by themselves ("EU Summit", "APEC Forum"): a known name
// with a generic head is that name, not a new one.
func (r *recognizer) onlyGeneric(si int, n nerSpan, c Candidate) bool {
	if n.first != c.First {
		return false
	}
	v := r.views[si]
	for k := c.Last + 1; k <= n.last; k++ {
		if v[k].Kind == text.Word && v[k].fl&wNonEntity == 0 {
			return false
		}
	}
	return true
}

// overrule lets free candidate c with strong cues of its own take the place
// of the unsure tagger spans that cut it differently: they are marked
// overruled, and the other candidates no longer see them. In a headline,
// where capitals say little and the tagger often runs a name into the
// words around it ("Okafor Links Trade Deal to Lagos Port Plan"), a known
// name overrules the spans the tagger is not sure of.
func overrule(c *Candidate, v []tokView, ns []nerSpan, lo, hi int, overruled []bool, head bool) {
	if c.Demonym || c.Gaz != nil && !head {
		return
	}
	limit := overruleMax
	if c.Gaz != nil {
		limit = headlineMin
	} else {
		var sc typeScores
		c.addScores(&sc)
		if max(sc[0], sc[1], sc[2]) < ruleOnlyMin {
			return
		}
	}
	any := false
	for _, n := range ns[lo:hi] {
		if n.last < c.First || n.first > c.Last {
			continue
		}
		if n.first == c.First && n.last == c.Last || n.conf >= limit {
			return
		}
		if n.first == c.First && n.last == c.Last+1 && n.typ == "PER" && (hyphenParticle(v[n.last].Text) || hyphenGiven(&v[n.last])) {
			return // the tagger's name goes on to the surname or the given name: "Abdel Fattah al-Sisi", "Lee Jae-yong"
		}
		any = true
	}
	if !any {
		return
	}
	for j := lo; j < hi; j++ {
		if n := ns[j]; n.last >= c.First && n.first <= c.Last {
			overruled[j] = true
		}
	}
}

// spansSorted reports whether ns are in text order without overlaps (the
// tagger's spans always are), so that overlapping may binary-search them.
func spansSorted(ns []nerSpan) bool {
	for j, n := range ns {
		if n.last < n.first || j > 0 && n.first <= ns[j-1].last {
			return false
		}
	}
	return true
}

// overlapping returns the range [lo, hi) of ns outside which no span
// overlaps the tokens [first, last]: found by binary search when ns is
// sorted (spansSorted), else all of ns.
func overlapping(ns []nerSpan, sorted bool, first, last int) (lo, hi int) {
	if !sorted {
		return 0, len(ns)
	}
	lo = sort.Search(len(ns), func(j int) bool { return ns[j].last >= first })
	hi = lo + sort.Search(len(ns)-lo, func(j int) bool { return ns[lo+j].first > last })
	return lo, hi
}

// personsNotPlaces turns the mentions of a known place into free
// candidates when the tagger reads them as a person's name with more
// confidence, summed over the document, than as anything else (an untagged
// mention counts half for the place): "Washington fell short of reprising
// his Wimbledon comeback". Resolve then types them by the tagger's vote and
// merges them with the person's full name.
func (r *recognizer) personsNotPlaces(cands []Candidate) {
	type vote struct{ per, other float64 }
	var votes map[*GazEntry]*vote
	for i := range cands {
		c := &cands[i]
		if c.Gaz == nil || c.Demonym || c.Gaz.Type != Location || c.NER != "PER" || c.Last > c.First {
			continue // a known place of two words or more is no one's name ("from Palo Alto to Austin")
		}
		if votes == nil {
			votes = map[*GazEntry]*vote{}
		}
		votes[c.Gaz] = &vote{}
	}
	if votes == nil {
		return
	}
	for i := range cands {
		c := &cands[i]
		v := votes[c.Gaz]
		if v == nil || c.Demonym {
			continue
		}
		switch c.NER {
		case "PER":
			v.per += c.NERConf
		case "":
			v.other += 0.5
		default:
			v.other += c.NERConf
		}
	}
	for i := range cands {
		c := &cands[i]
		if v := votes[c.Gaz]; v != nil && !c.Demonym && v.per > v.other && v.per >= 0.5 {
			c.Gaz, c.Acronym = nil, false
			feats := c.Features[:0]
			for _, f := range c.Features {
				if !strings.HasPrefix(f, "gaz:") {
					feats = append(feats, f)
				}
			}
			c.Features = feats
		}
	}
}

// nerCand builds the candidate of a tagger span no rule candidate matched.
func (r *recognizer) nerCand(si int, v []tokView, n nerSpan, head bool) (Candidate, bool) {
	a, b := n.first, n.last+1
	if a < 0 || a >= b || b > len(v) {
		return Candidate{}, false // a span a rule cut to nothing
	}
	if f, ok := r.gazWhole(v, a, b); ok {
		c := r.gazCand(si, v, a, b, f, head)
		c.NER, c.NERConf = n.typ, n.conf
		return c, true
	}
	if n.typ == "MISC" || r.currency(v, a, b) {
		return Candidate{}, false
	}
	// Product names in camel case ("iPhone") and the capitals that go on
	// one ("iPod Classic").
	if r.camelProduct(v[a]) || a > 0 && r.camelProduct(v[a-1]) {
		return Candidate{}, false
	}
	// Words that are never names by themselves ("Friday", "Trending",
	// "PRINT"), unless the tagger is sure. Inside a longer name they stay
	// ("National League for Democracy", "East Fife").
	if n.conf < 0.9 {
		all := true
		for k := a; k < b && all; k++ {
			all = v[k].Kind != text.Word || v[k].fl&wNonEntity != 0
		}
		if all {
			return Candidate{}, false
		}
	}
	// An unsure one-word name opening a sentence that the document
	// writes in lower case elsewhere ("Little did I know"): the capital
	// is the sentence's.
	if b-a == 1 && n.conf < initialUnsure && initialAt(v, a) && (v[a].fl&wCommon != 0 || r.lower[v[a].low] || lyAdverb(v[a].low)) {
		return Candidate{}, false
	}
	c := Candidate{Span: document.Span{Start: v[a].Start, End: v[b-1].end}, Sentence: si, First: a, Last: b - 1, Headline: head,
		NER: n.typ, NERConf: n.conf}
	if c.End <= c.Start {
		return Candidate{}, false
	}
	c.Text = r.doc.Text[c.Start:c.End]
	if r.inTimexWhole(c.Span) {
		return Candidate{}, false
	}
	c.Initial = initialAt(v, a)
	if b-a == 1 && isAcronym(v[a].base) && utf8.RuneCountInString(v[a].base) <= 8 {
		c.Acronym = true
	}
	r.context(&c, v)
	return c, true
}

// gazWhole returns the gazetteer form that spans exactly v[a:b], trying
// the title-case form of words written in capitals ("JAPAN" in a
// headline).
func (r *recognizer) gazWhole(v []tokView, a, b int) (gazForm, bool) {
	if f, n := r.gazMatch(v, a, b); n == b-a {
		return f, true
	}
	caps := false
	for k := a; k < b; k++ {
		if utf8.RuneCountInString(v[k].base) > 1 && allCaps(v[k].base) && !strings.Contains(v[k].base, ".") {
			caps = true
		}
	}
	if !caps {
		return gazForm{}, false
	}
	toks := make([]string, b-a)
	for k := a; k < b; k++ {
		toks[k-a] = titleCase(v[k].base)
		if k < b-1 && v[k].poss {
			return gazForm{}, false
		}
	}
	for _, f := range r.lex.formsOf(toks[0]) {
		if len(f.toks) == len(toks) && !f.acronym && equalStrings(f.toks, toks) {
			return f, true
		}
	}
	return gazForm{}, false
}

// titleCase writes a word in capitals as a name ("NORTH" -> "North",
// "ASIA-PACIFIC" -> "Asia-Pacific"); short connectors go lower case.
func titleCase(s string) string {
	if !allCaps(s) || strings.Contains(s, ".") {
		return s
	}
	low := strings.ToLower(s)
	if connectors.Has(low) || low == "the" {
		return low
	}
	var b strings.Builder
	b.Grow(len(s))
	up := true
	for _, c := range low {
		if up {
			b.WriteString(strings.ToUpper(string(c)))
		} else {
			b.WriteRune(c)
		}
		up = c == '-'
	}
	return b.String()
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Weights of the tagger in the vote that types a referent (see
// Candidate.scores and resolve).
const (
	// nerWeight scales a tagged mention's confidence into type score: a
	// sure tag (0.95) outweighs a title before the name (3), an unsure one
	// (0.5) does not.
	nerWeight = 6.0
	// ruleOnlyMin is the score a referent the tagger never tagged needs:
	// strong cues (a title, an organization suffix), not a capital alone.
	ruleOnlyMin = 3.0
	// headlineMin is the tagger confidence that keeps a name seen only in
	// headlines, where capitals say little.
	headlineMin = 0.8
)

// initialUnsure is the tagger confidence below which a one-word name
// that opens a sentence gives way to the document's lower-case use of
// the word.
const initialUnsure = 0.6

// miscUnsure is the tagger confidence below which a MISC tag does not
// overrule a person's context ("Roth pleaded guilty").
const miscUnsure = 0.5

// teamSure is the tagger's confidence in an organization that makes a
// city's name its club where the words around it tell a result ("Porto
// won the derby", "beat Milan") but the text has too few sports words to
// be a sports report.
const teamSure = 0.9

// miscGiven is the tagger confidence below which a MISC tag does not
// overrule a family name and a hyphenated given name ("Moon Jae-in",
// tagged MISC at 0.61 in a sentence of our own).
const miscGiven = 0.9

// miscPlace is the tagger confidence below which a MISC tag does not
// overrule a place noun before the name ("the southwestern province of
// Yunnan", "the town of Lahaina"), which makes it a place's in nearly
// every case of the CoNLL-2003 training text.
const miscPlace = 0.8

func hasFeature(c *Candidate, fs ...string) bool {
	for _, f := range c.Features {
		for _, g := range fs {
			if f == g {
				return true
			}
		}
	}
	return false
}

// minTypeScore is the type score group g needs to be kept.
func minTypeScore(g *group) float64 {
	for _, c := range g.cands {
		if nerTypeIndex(c.NER) >= 0 {
			return 1.0
		}
	}
	return ruleOnlyMin
}

// sureOfName reports whether the tagger is sure of a name seen only in
// headlines.
func sureOfName(g *group) bool {
	for _, c := range g.cands {
		if nerTypeIndex(c.NER) >= 0 && c.NERConf >= headlineMin {
			return true
		}
	}
	return false
}

// inTimexWhole reports whether a temporal expression covers all of span
// ("Friday", "September"): a tagged name longer than the expression inside
// it ("the China Daily") stays a name.
func (r *recognizer) inTimexWhole(sp document.Span) bool {
	i := sort.Search(len(r.timexes), func(i int) bool { return r.timexes[i].End > sp.Start })
	return i < len(r.timexes) && r.timexes[i].Start <= sp.Start && r.timexes[i].End >= sp.End
}

// adjectival reports whether a lower-case word has the ending of an
// adjective made from a name ("Crimean", "Balkan", "Siamese", "Baltic"):
// before "peninsula" or "region" it modifies the place noun.
func adjectival(w string) bool {
	for _, s := range [...]string{"an", "ese", "ish", "ic"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// expanded reports whether acronym acr is the initials of an
// organization's name of two words or more, by its head word or the
// tagger's span ("Transcendental Meditation (TM)" is no organization)
// (linkAcronyms then merges them); *inits holds those initials, made on
// the first call.
func (r *recognizer) expanded(inits *map[string]bool, rule []Candidate, spans [][]nerSpan, acr string) bool {
	if *inits == nil {
		*inits = map[string]bool{}
		for i := range rule {
			if c := &rule[i]; c.Last > c.First && c.Gaz == nil && !c.Demonym && hasFeature(c, "orgsuffix", "orghead_of") {
				(*inits)[initials(cleanName(c.Text))] = true
			}
		}
		for si, ns := range spans {
			v := r.views[si]
			for _, n := range ns {
				if n.typ == "ORG" && n.last > n.first {
					(*inits)[initials(cleanName(r.doc.Text[v[n.first].Start:v[n.last].end]))] = true
				}
			}
		}
	}
	return len(acr) >= 2 && (*inits)[strings.ReplaceAll(acr, ".", "")]
}
