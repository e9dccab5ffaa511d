package entity

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/ner"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/timex"
	"github.com/chronicle-news/chronicle/internal/wordset"
)

// Recognize finds the named (and described) entities of doc, merged by referent.
func Recognize(doc *document.Document, sents []text.Sentence, tx []timex.Timex) []Entity {
	r := newRecognizer(doc, sents, DefaultLexicon())
	defer r.release()
	r.timexes = tx
	spans := r.tagNames()
	cands := r.headlineNames(r.possNames(r.combine(r.candidates(), spans)))
	return r.addPublisher(r.resolve(cands))
}

// addPublisher makes the document's publisher (Document.Source, found by
// the reader on a byline such as "• , The Japan Times") an organization
// with its mention on the byline, which lies outside the article body and
// so outside every sentence (Mention.Sentence is -1). A publisher the text
// also names is that entity, with one more mention. Entity IDs follow the
// first mentions again afterwards.
func (r *recognizer) addPublisher(ents []Entity) []Entity {
	src := strings.TrimSpace(r.doc.Source)
	if src == "" {
		return ents
	}
	sp, ok := r.bylineSpan(src)
	if !ok {
		return ents
	}
	m := Mention{Span: sp, Text: r.doc.Text[sp.Start:sp.End], Sentence: -1, Kind: "name"}
	key := strings.ToLower(strings.TrimPrefix(src, "The "))
	found := -1
	for i := range ents {
		if strings.ToLower(strings.TrimPrefix(ents[i].Name, "The ")) == key {
			found = i
			break
		}
	}
	if found < 0 {
		e := Entity{Type: Organization, Subtype: "media", Name: src}
		if g := r.lex.Lookup(src); g != nil && g.Type == Organization {
			e.Name, e.Subtype = g.Name, g.Subtype
		} else if fs := r.lex.forms[strings.Fields(src)[0]]; len(fs) > 0 {
			for _, f := range fs {
				if f.entry.Type == Organization && strings.Join(f.toks, " ") == strings.Join(formTokens(src), " ") {
					e.Name, e.Subtype = f.entry.Name, f.entry.Subtype
					break
				}
			}
		}
		ents = append(ents, e)
		found = len(ents) - 1
	}
	e := &ents[found]
	e.Mentions = append(e.Mentions, m)
	sort.SliceStable(e.Mentions, func(i, j int) bool { return e.Mentions[i].Start < e.Mentions[j].Start })
	return renumber(ents)
}

// bylineSpan returns the first place outside the article body where the
// publisher's name is written.
func (r *recognizer) bylineSpan(src string) (document.Span, bool) {
	t := r.doc.Text
	for off := 0; off < len(t); {
		i := strings.Index(t[off:], src)
		if i < 0 {
			break
		}
		sp := document.Span{Start: off + i, End: off + i + len(src)}
		if !r.doc.InBody(sp) {
			return sp, true
		}
		off = sp.End
	}
	return document.Span{}, false
}

// renumber gives the entities IDs e1, e2, ... in the order of their first
// mentions, and updates the PartOf references.
func renumber(ents []Entity) []Entity {
	first := func(e Entity) int {
		if len(e.Mentions) == 0 {
			return -1
		}
		return e.Mentions[0].Start
	}
	sort.SliceStable(ents, func(i, j int) bool { return first(ents[i]) < first(ents[j]) })
	ids := make(map[string]string, len(ents))
	for i := range ents {
		id := "e" + strconv.Itoa(i+1)
		if ents[i].ID != "" {
			ids[ents[i].ID] = id
		}
		ents[i].ID = id
	}
	for i := range ents {
		if ents[i].PartOf != "" {
			ents[i].PartOf = ids[ents[i].PartOf]
		}
	}
	return ents
}

type recognizer struct {
	doc     *document.Document
	sents   []text.Sentence
	views   [][]tokView
	lex     *Lexicon
	timexes []timex.Timex
	lower   map[string]bool // words seen in lower case in the document
	buf     *recBuffers
	sports  int8 // sportsReport: 0 not yet known, 1 no, 2 yes
	// capIndex: the capitalized tokens of the document by their text,
	// built on first use (usedAlone).
	capIndex   map[string][]tokPos
	aloneAsked int
}

// recBuffers is the working memory of a recognizer, reused from one
// document to the next (recognizer.release): the token views, the
// tagger's input and the candidates are a few times the size of the text,
// and allocating them anew for every document made the garbage collector
// a good part of the stage's time.
type recBuffers struct {
	views []tokView
	sents [][]tokView
	lower map[string]bool
	// tagger input (nerInput)
	toks  []string
	idx   []nerTok
	ntoks [][]string
	nidx  [][]nerTok
	// candidates, and the candidates combined with the tagger's spans
	cands, comb []Candidate
	// the words of the document that begin a sentence with a capital
	filter wordFilter
	// the words of group names (recognizer.fields)
	words []string
	// per sentence: 0 not known yet, 1 not a headline, 2 a headline
	heads []int8
	// per sentence: 0 not known yet, else 1 + its lineKind
	lines []int8
	// resolve: the groups (the first len(order) of groupMem are in use),
	// by key and in order, the group of each candidate, and the
	// candidates and mention kinds of the groups
	groupMem []group
	groupMap map[groupKey]*group
	order    []*group
	of       []*group
	candMem  []*Candidate
	kindMem  []string
	// the tagger's spans per sentence (nerSpans)
	spans     [][]nerSpan
	spanSlabs []nerSpan
}

// maxKeptMap is the size beyond which a map of recBuffers is dropped
// rather than cleared: clearing costs its capacity, which one long
// document would leave large for all the short ones after it.
const maxKeptMap = 4096

var recPool = sync.Pool{New: func() any { return &recBuffers{lower: map[string]bool{}} }}

// release hands the recognizer's working memory back for the next
// document, cleared so that it keeps no document alive. The recognizer
// is unusable afterwards; nothing it returned refers to that memory.
func (r *recognizer) release() {
	b := r.buf
	if b == nil {
		return
	}
	r.buf, r.views, r.lower = nil, nil, nil
	// Each slice holds what this document used of it.
	clear(b.views)
	clear(b.sents)
	if len(b.lower) > maxKeptMap {
		b.lower = map[string]bool{}
	} else {
		clear(b.lower)
	}
	clear(b.groupMem[:len(b.order)])
	clear(b.order)
	b.order = b.order[:0]
	if len(b.groupMap) > maxKeptMap {
		b.groupMap = nil
	} else {
		clear(b.groupMap)
	}
	clear(b.of)
	clear(b.candMem)
	clear(b.kindMem)
	clear(b.spans)
	clear(b.spanSlabs)
	clear(b.toks)
	clear(b.ntoks)
	clear(b.nidx)
	clear(b.cands)
	clear(b.comb)
	clear(b.filter.bits)
	clear(b.words)
	b.words = b.words[:0]
	b.heads = b.heads[:0]
	b.lines = b.lines[:0]
	recPool.Put(b)
}

func newRecognizer(doc *document.Document, sents []text.Sentence, lex *Lexicon) *recognizer {
	b := recPool.Get().(*recBuffers)
	r := &recognizer{doc: doc, sents: sents, lex: lex, lower: b.lower, buf: b}
	if cap(b.sents) < len(sents) {
		b.sents = make([][]tokView, len(sents))
	}
	b.sents = b.sents[:len(sents)]
	r.views = b.sents
	n := 0
	for _, s := range sents {
		n += len(s.Tokens)
	}
	// One backing array for the views of all sentences.
	if cap(b.views) < n {
		b.views = make([]tokView, 0, n)
	}
	all := b.views[:0]
	if b.filter.bits == nil {
		b.filter = newWordFilter(12)
	}
	filter := &b.filter
	for i, s := range sents {
		k0 := len(all)
		all = appendViews(all, s, lex)
		r.views[i] = all[k0:len(all):len(all)]
		// Words that begin a sentence or quotation: is the capital only
		// grammatical? Seeing them in lower case elsewhere says so.
		v := r.views[i]
		for k := range v {
			// (grammaticalCapital asks only about the words that are not
			// common words)
			if v[k].cap && initialAt(v, k) && v[k].fl&wCommon == 0 {
				r.lower[v[k].low] = false
				filter.add(v[k].low)
			}
		}
	}
	b.views = all
	for _, s := range sents {
		for k := range s.Tokens {
			t := &s.Tokens[k]
			if t.Kind != text.Word || t.Text == "" || t.Text[0] < utf8.RuneSelf && (t.Text[0] < 'a' || t.Text[0] > 'z') || !filter.mayHave(t.Lower) {
				continue // only a word that begins with a lower-case letter counts
			}
			if seen, need := r.lower[t.Lower]; need && !seen {
				c, _ := utf8.DecodeRuneInString(t.Text)
				if unicode.IsLower(c) {
					r.lower[t.Lower] = true
				}
			}
		}
	}
	return r
}

// formsAt returns the gazetteer forms that begin with token t.
func (r *recognizer) formsAt(t *tokView) []gazForm {
	if t.forms == 0 {
		return nil
	}
	return r.lex.formList[t.forms-1]
}

// inTimex reports whether a span overlaps a temporal expression. Timexes
// come in text order without overlaps, so a binary search finds the only
// candidate: a linear scan made long documents quadratic.
func (r *recognizer) inTimex(sp document.Span) bool {
	i := sort.Search(len(r.timexes), func(i int) bool { return r.timexes[i].End > sp.Start })
	return i < len(r.timexes) && r.timexes[i].Span.Overlaps(sp)
}

// gazMatch returns the longest gazetteer form starting at token k of v and
// ending before end (exclusive). It returns the form and its token count.
func (r *recognizer) gazMatch(v []tokView, k, end int) (gazForm, int) {
	for _, f := range r.formsAt(&v[k]) {
		n := len(f.toks)
		if k+n > end {
			continue
		}
		ok := true
		for j := 1; j < n; j++ {
			t := v[k+j]
			if t.base != f.toks[j] || v[k+j-1].poss {
				ok = false
				break
			}
		}
		if ok {
			return f, n
		}
	}
	// "The Bahamas"/"The Japan Times" forms include "The"; other forms
	// never start with an article, so nothing else to try.
	return gazForm{}, 0
}

// gazName returns the gazetteer name starting at token k of v and ending
// before end, with what continues it: the designators after a company's
// name ("Apple Computer", "Sony Corp"), and every further capitalized word
// or number of a product's name ("Mac OS X Lion", "MacBook Pro").
func (r *recognizer) gazName(v []tokView, k, end int) (gazForm, int) {
	f, n := r.gazMatch(v, k, end)
	if n == 0 || f.demonym {
		return f, n
	}
	switch f.entry.Type {
	case Organization:
		for k+n < end && !v[k+n-1].poss && v[k+n].fl&wOrgSuffix != 0 {
			n++
		}
	case productType:
		for k+n < end && !v[k+n-1].poss && (v[k+n].cap || v[k+n].Kind == text.Number) {
			n++
		}
	}
	return f, n
}

// camelProduct reports whether t is written like a product name: a lower
// case letter, then a capital ("iPhone", "iTunes", "eReader"), and is no
// known organization ("eBay").
func (r *recognizer) camelProduct(t tokView) bool {
	if t.Kind != text.Word || len(t.base) < 3 {
		return false
	}
	c0, w := utf8.DecodeRuneInString(t.base)
	c1, _ := utf8.DecodeRuneInString(t.base[w:])
	if !unicode.IsLower(c0) || !unicode.IsUpper(c1) {
		return false
	}
	for _, f := range r.formsAt(&t) {
		if len(f.toks) == 1 && f.entry.Type != productType {
			return false
		}
	}
	return true
}

// currency reports whether tokens [a, b) of v are a currency code or the
// letters of a currency sign ("USD", "US$", "HK$").
func (r *recognizer) currency(v []tokView, a, b int) bool {
	if b-a != 1 {
		return false
	}
	if v[a].fl&wCurrency != 0 {
		return true
	}
	if a+1 < len(v) && v[a+1].Text == "$" && v[a+1].Start == v[a].End {
		return true
	}
	// "10:07 a.m. Pacific time", "noon Eastern time": a time zone.
	return a+1 < len(v) && v[a+1].Lower == "time" && timeZones.Has(v[a].low)
}

// timeZones are the one-word zones written before "time".
var timeZones = wordset.Of(map[string]bool{"pacific": true, "eastern": true, "central": true, "mountain": true,
	"atlantic": true, "alaska": true, "hawaii": true, "greenwich": true, "moscow": true, "tokyo": true, "beijing": true})

// titleMatch returns the length in tokens of the longest title starting at
// token k (case-insensitive), with optional modifiers ("Deputy Chief
// Cabinet Secretary"), and the title text in lower case.
func (r *recognizer) titleMatch(v []tokView, k, end int) (int, string) {
	if k >= end {
		return 0, ""
	}
	i := k
	for i < end && i < k+3 && v[i].fl&wTitleMod != 0 {
		i++
	}
	if i == k && v[k].fl&wTitleFirst == 0 {
		return 0, "" // the common case: no title starts here
	}
	n, t := r.titleMatchAt(v, k, i, end)
	if i > k {
		// A modifier may begin a title of its own: "chief executive officer".
		if n2, t2 := r.titleMatchAt(v, k, k, end); n2 > n {
			return n2, t2
		}
	}
	return n, t
}

// titleMatchAt is titleMatch with the title proper starting at token i,
// after the modifiers k..i-1.
func (r *recognizer) titleMatchAt(v []tokView, k, i, end int) (int, string) {
	if i >= end || v[i].fl&wTitleFirst == 0 {
		return 0, ""
	}
	best, bestText := 0, ""
	var buf [64]byte
	key := buf[:0]
	for n := 1; n <= r.lex.titleMax && i+n <= end; n++ {
		if n > 1 {
			key = append(key, ' ')
		}
		key = append(key, v[i+n-1].low...)
		canon, ok := r.lex.titleCanon[string(key)]
		if !ok || !r.lex.titlePrefix[canon] {
			break
		}
		if _, ok := r.lex.titles[canon]; ok {
			best, bestText = i+n-k, canon
		}
		if i+n < end && v[i+n].Text == "." && v[i+n].Start == v[i+n-1].End {
			if dotted, ok := r.lex.titleCanon[string(append(key, '.'))]; ok {
				if _, ok := r.lex.titles[dotted]; ok {
					best, bestText = i+n+1-k, dotted
				}
			}
		}
		if v[i+n-1].poss {
			break
		}
	}
	if best == 0 {
		return 0, ""
	}
	if i > k { // keep the modifiers in the title: "deputy chief cabinet secretary"
		var parts []string
		for j := k; j < i; j++ {
			parts = append(parts, v[j].low)
		}
		bestText = strings.Join(parts, " ") + " " + bestText
	}
	return best, bestText
}

var titleModifiers = wordset.Of(map[string]bool{"deputy": true, "vice": true, "acting": true, "former": true, "interim": true,
	"senior": true, "assistant": true, "first": true, "late": true, "then": true, "ex": true, "outgoing": true, "incoming": true, "chief": true})

// titleKeys returns the role keys of a title, including modifiers' base.
func (r *recognizer) titleKeys(t string) []string {
	for {
		if ks, ok := r.lex.titles[t]; ok {
			return ks
		}
		i := strings.IndexByte(t, ' ')
		if i < 0 {
			return nil
		}
		t = t[i+1:]
	}
}

// Kinds of line for teamContext: prose, or a line of names and numbers
// (at most three lower-case words) with none, one, or several numbers.
const (
	proseLine = iota
	namesLine
	oneNumberLine
	numbersLine
)

// lineKind returns the kind of sentence si (v its views), computed once.
func (r *recognizer) lineKind(si int, v []tokView) int {
	b := r.buf
	if len(b.lines) != len(r.views) {
		b.lines = slices.Grow(b.lines[:0], len(r.views))[:len(r.views)]
		clear(b.lines)
	}
	if si < 0 || si >= len(b.lines) {
		return proseLine
	}
	if b.lines[si] == 0 {
		b.lines[si] = 1 + int8(kindOfLine(v))
	}
	return int(b.lines[si] - 1)
}

func kindOfLine(v []tokView) int {
	words, nums := 0, 0
	for k := range v {
		t := &v[k]
		switch {
		case t.Kind == text.Number || isScore(t.Text):
			nums++
		case t.Kind == text.Word && !t.cap && !t.lowerIs(wFixture):
			words++ // a lower-case word: prose, not a table
			if words > 3 {
				return proseLine
			}
		}
	}
	switch {
	case words > 3:
		return proseLine
	case nums == 0:
		return namesLine
	case nums == 1:
		return oneNumberLine
	}
	return numbersLine
}

// teamCandidate reports whether the words around v[a:b] could make it a
// team (a number after it, a fixture word beside it): only then is the
// line's kind worth computing.
func teamCandidate(v []tokView, a, b int) bool {
	if b < len(v) {
		t := v[b].Text
		if v[b].Kind == text.Number || t != "" && (t[0] >= '0' && t[0] <= '9' || t[0] == '.') && isScore(t) ||
			len(t) <= 3 && v[b].lowerIs(wFixture) {
			return true
		}
	}
	return a > 0 && len(v[a-1].Text) <= 3 && v[a-1].lowerIs(wFixture)
}

// teamContext reports whether the name at v[a:b] stands for a team in a
// line of sports results (kind: lineKind): a score right after it in a
// line of names and numbers ("BOSTON 69 65 .515", "Chicago 4 HOUSTON 3",
// "Kent 108-3, Sussex 363"), or a fixture ("CHICAGO AT TORONTO": the
// visitors, then the place of the game; "Ajax v PSV": two teams). Places
// there are the clubs named after them.
func teamContext(v []tokView, a, b, kind int) bool {
	switch kind {
	case numbersLine:
		return b < len(v) && (v[b].Kind == text.Number || isScore(v[b].Text))
	case namesLine:
		fixture := func(k int) bool { return k >= 0 && k < len(v) && v[k].lowerIs(wFixture) }
		return fixture(b) && b+1 < len(v) && v[b+1].cap ||
			fixture(a-1) && v[a-1].Lower != "at" && a >= 2 && v[a-2].cap
	}
	return false
}

// stateAfterComma reports whether v[k:] begins with a known country,
// state, province or region that ends its phrase (a full stop, a closing
// bracket, the end, or a comma and a word in lower case): the name before
// the comma is a place in it ("a Pan Am flight over Lockerbie,
// Scotland."). Not before a number or a capitalized word: "Ato Boldon,
// Trinidad, 19.80" lists a runner and his country.
func (r *recognizer) stateAfterComma(v []tokView, k int) bool {
	if k >= len(v) || !v[k].cap {
		return false
	}
	f, n := r.gazMatch(v, k, len(v))
	if n == 0 || f.demonym || f.entry.Type != Location || v[k+n-1].poss {
		return false
	}
	switch f.entry.Subtype {
	case "country", "state", "province", "region":
	default:
		return false
	}
	e := k + n
	if e >= len(v) {
		return true
	}
	switch v[e].Text {
	case ".", ")", ";":
		return true
	case ",":
		return e+1 < len(v) && v[e+1].Kind == text.Word && !v[e+1].cap
	}
	return false
}

// stateAbbrev reports whether v[k] and the dot after it are a state's
// abbreviation that the gazetteer knows ("Calif.", "Wash.").
func (r *recognizer) stateAbbrev(v []tokView, k int) bool {
	f, n := r.gazMatch(v, k, k+2)
	return n == 2 && f.entry.Type == Location && f.entry.Subtype == "state"
}

// clubPlace reports whether clubs are named after place g: a city, a
// state or a province (CoNLL-2003 tags a country's national team as the
// country, a place).
func clubPlace(g *GazEntry) bool {
	switch g.Subtype {
	case "city", "state", "province", "region":
		return true
	}
	return false
}

// teamProse reports whether the place name at v[a:b] acts as a club in
// the prose of a sports report: the subject of a result ("St Louis
// defeated Colorado", "Los Angeles won"), the one beaten or played
// ("beat Milan", "against Torino", "a draw with Leeds"), the club of a
// player or a move ("for Los Angeles", "transferred to Milan", "joined
// Milan from Torino", "Atlanta 's Tom Glavine", "Florida manager John
// Boles", "Birmingham 's Gary Breen").
func teamProse(v []tokView, a, b int) bool {
	if b < len(v) {
		n := v[b].Lower
		if resultVerbs.Has(n) || teamMembers.Has(n) && !v[b].cap {
			return true
		}
		if v[b-1].poss || n == "'s" || n == "’s" {
			k := b
			if !v[b-1].poss {
				k++
			}
			if k < len(v) && (teamMembers.Has(v[k].Lower) || v[k].cap && v[k].firstName) {
				return true
			}
		}
	}
	if a > 0 {
		p := v[a-1].Lower
		if beatVerbs.Has(p) || p == "against" {
			return true
		}
		if a >= 2 {
			pp := v[a-2].Lower
			if p == "for" && forTeamVerbs.Has(pp) || p == "to" && moveVerbs.Has(pp) || p == "with" && (pp == "draw" || pp == "drew" || pp == "tie" || pp == "tied") {
				return true
			}
			if p == "from" && a >= 3 && (moveVerbs.Has(pp) || moveVerbs.Has(v[a-3].Lower) || a >= 4 && moveVerbs.Has(v[a-4].Lower)) {
				return true // "joined Milan from Torino"
			}
		}
	}
	return false
}

// resultVerbs follow a club that won, lost or played; beatVerbs come
// before the club beaten; teamMembers are the people and parts of a club.
var resultVerbs = wordset.Of(map[string]bool{"beat": true, "beats": true, "defeated": true, "defeats": true, "drew": true,
	"edged": true, "routed": true, "thrashed": true, "crushed": true, "downed": true, "blanked": true,
	"swept": true, "outscored": true, "won": true, "lost": true, "trail": true, "trailed": true, "trails": true})

var beatVerbs = wordset.Of(map[string]bool{"beat": true, "beats": true, "beating": true, "defeated": true, "defeats": true,
	"defeating": true, "edged": true, "routed": true, "thrashed": true, "crushed": true, "downed": true,
	"blanked": true, "swept": true, "outscored": true, "joined": true, "joins": true, "join": true})

var teamMembers = wordset.Of(map[string]bool{"manager": true, "coach": true, "striker": true, "midfielder": true,
	"defender": true, "goalkeeper": true, "pitcher": true, "players": true, "player": true, "fans": true,
	"captain": true, "side": true, "squad": true, "starter": true, "reliever": true, "outfielder": true,
	"shortstop": true, "quarterback": true, "forward": true, "winger": true, "skipper": true})

var forTeamVerbs = wordset.Of(map[string]bool{"scored": true, "played": true, "plays": true, "playing": true, "signed": true,
	"homered": true, "homer": true, "goal": true, "goals": true, "pitched": true, "won": true, "equalised": true,
	"equalized": true, "hit": true, "homers": true})

var moveVerbs = wordset.Of(map[string]bool{"transferred": true, "moved": true, "moves": true, "loaned": true, "sold": true,
	"joined": true, "signed": true, "move": true, "transfer": true, "lost": true})

// sportsWords make a document a sports report when three of them are in it.
var sportsWords = map[string]bool{"match": true, "matches": true, "goal": true, "goals": true, "striker": true,
	"midfielder": true, "defender": true, "goalkeeper": true, "coach": true, "season": true, "league": true,
	"championship": true, "tournament": true, "semi-final": true, "semifinal": true, "semifinals": true,
	"semi-finals": true, "quarter-final": true, "quarterfinal": true, "innings": true, "inning": true,
	"homer": true, "homers": true, "pitcher": true, "wicket": true, "wickets": true, "touchdown": true,
	"quarterback": true, "halftime": true, "half-time": true, "penalty": true, "unbeaten": true,
	"relegation": true, "stadium": true, "scored": true, "seeded": true, "playoff": true, "playoffs": true,
	"standings": true, "fixtures": true, "midfield": true, "soccer": true, "football": true, "baseball": true,
	"basketball": true, "cricket": true, "rugby": true, "hockey": true, "tennis": true}

// sportsReport reports whether the document is a sports report: three
// different sports words in it (computed once, when a place first stands
// where a club would).
func (r *recognizer) sportsReport() bool {
	if r.sports == 0 {
		r.sports = 1
		seen := map[string]bool{}
	scan:
		for _, v := range r.views {
			for k := range v {
				if w := v[k].low; v[k].fl&wSports != 0 && !seen[w] {
					seen[w] = true
					if len(seen) >= 3 {
						r.sports = 2
						break scan
					}
				}
			}
		}
	}
	return r.sports == 2
}

// productContext reports whether the name at v[a:b] names a product or a
// work by its context: a lower-case kind of thing right before it ("web
// browser Safari", "e-mail client Mail", "the album Revolver"), a vessel
// or craft noun right after it ("the Deepwater Horizon rig"), or a
// description after it that makes it a version of something ("Tiger, the
// newest version of Mac OS X", "Lion, the new release of ...").
func productContext(v []tokView, a, b int) bool {
	if a > 0 && !v[a-1].cap && len(v[a-1].Text) >= 3 && productKinds.Has(v[a-1].Lower) {
		return true
	}
	if a > 1 && v[a-1].Lower == "carrier" && v[a-2].Lower == "aircraft" {
		return true // "the aircraft carrier Carl Vinson" (a "carrier" alone may be an airline)
	}
	if makerOf(v, a) {
		return true // "the maker of Jeep and Ram trucks"
	}
	if modelList(v, a, b) {
		return true // "its Sportage and Niro models"
	}
	// "the Deepwater Horizon rig", "the Ever Given container ship": a
	// vessel or craft named, after "the" and with its kind in lower case
	// right after the name (past at most one lower-case word); "U.S. Gulf
	// rig count" is a place's.
	for j := b; a > 0 && v[a-1].Lower == "the" && j < len(v) && j <= b+1 && v[j].Kind == text.Word && !v[j].cap; j++ {
		if craftNouns.Has(v[j].Lower) {
			return true
		}
	}
	// "the two Viking landers": a number between.
	if a > 1 && v[a-2].Lower == "the" && (v[a-1].Kind == text.Number || quantityWords.Has(v[a-1].Lower)) && b < len(v) && craftNouns.Has(v[b].Lower) {
		return true
	}
	// "the rover, Sojourner,", "another spacecraft, Mars Global
	// Surveyor,": a craft named after its kind and a comma.
	if a > 1 && v[a-1].Text == "," && !v[a-2].cap && craftNouns.Has(v[a-2].Lower) {
		return true
	}
	k := b
	if k >= len(v) || v[k].Text != "," {
		return false // "Tiger, the newest version of ...": only after a comma
	}
	k++
	if k < len(v) && (v[k].Lower == "the" || v[k].Lower == "a" || v[k].Lower == "an") {
		k++
		for j := k; j < len(v) && j <= k+3; j++ {
			if versionNouns.Has(v[j].Lower) {
				return j+1 < len(v) && (v[j+1].Lower == "of" || v[j+1].Lower == "for")
			}
			if v[j].Kind != text.Word || v[j].cap {
				break
			}
		}
	}
	return false
}

// productKinds are the kinds of thing that, in lower case right before a
// name, make it a product's or a work's name.
var productKinds = wordset.Of(map[string]bool{
	"browser": true, "client": true, "software": true, "app": true, "application": true, "smartphone": true,
	"handset": true, "console": true, "tablet": true, "laptop": true, "notebook": true, "chip": true,
	"processor": true, "camera": true, "album": true, "song": true, "single": true, "film": true, "movie": true,
	"novel": true, "game": true, "drug": true, "vaccine": true, "satellite": true, "rocket": true,
	"spacecraft": true, "jet": true, "aircraft": true, "car": true, "sedan": true, "model": true,
	"carriers": true, "warship": true, "frigate": true, "destroyer": true, "submarine": true, "cruiser": true,
	"tanker": true, "freighter": true, "ferry": true, "yacht": true, "vessel": true, "probe": true, "rover": true,
	"lander": true, "orbiter": true, "telescope": true, "capsule": true,
})

// craftNouns, in lower case right after a name, make it a vessel's or a
// craft's: no person, company or place.
// modelList reports whether the name at v[a:b] is one of the names, alone
// or in a list joined by commas, "and" or "or", between a determiner and a
// lower-case noun of vehicle models: "its Sportage and Niro models", "the
// Camry sedan", "their Model Y and Mustang Mach-E crossovers".
func modelList(v []tokView, a, b int) bool {
	k := b
	for k < len(v) && k <= b+8 && (v[k].cap || v[k].Kind == text.Number || v[k].Text == "," || v[k].Lower == "and" || v[k].Lower == "or") {
		k++
	}
	if k >= len(v) || v[k].cap || !modelNouns[v[k].Lower] || k > b && !v[k-1].cap && v[k-1].Kind != text.Number {
		return false
	}
	j := a - 1
	for j >= 0 && j >= a-8 && (v[j].cap || v[j].Kind == text.Number || v[j].Text == "," || v[j].Lower == "and" || v[j].Lower == "or") {
		j--
	}
	if j < 0 {
		return false
	}
	switch v[j].Lower {
	case "the", "its", "their", "his", "her", "our":
		return true
	}
	return false
}

// modelNouns are the kinds of vehicle that follow a model's name.
var modelNouns = map[string]bool{"model": true, "models": true, "sedan": true, "sedans": true, "hatchback": true,
	"hatchbacks": true, "suv": true, "suvs": true, "minivan": true, "minivans": true, "crossover": true,
	"crossovers": true, "pickup": true, "pickups": true, "coupe": true, "roadster": true, "nameplate": true,
	"nameplates": true, "brand": true, "brands": true, "variant": true, "variants": true, "airliner": true, "airliners": true, "widebody": true,
	"wide-body": true, "wide-bodies": true, "narrowbody": true, "narrow-body": true, "turboprop": true, "turboprops": true}

var craftNouns = wordset.Of(map[string]bool{
	"rig": true, "ship": true, "vessel": true, "tanker": true, "freighter": true, "liner": true, "ferry": true,
	"yacht": true, "submarine": true, "frigate": true, "destroyer": true, "warship": true, "airliner": true,
	"spacecraft": true, "probe": true, "rover": true, "lander": true, "telescope": true, "capsule": true,
	"orbiter": true, "satellite": true, "probes": true, "rovers": true, "landers": true, "orbiters": true,
	"satellites": true, "ships": true, "vessels": true, "tankers": true,
})

// versionNouns, after "Name, the (new) ... of", make the name a version of
// a product.
var versionNouns = wordset.Of(map[string]bool{
	"version": true, "edition": true, "release": true, "update": true, "successor": true, "model": true,
	"upgrade": true, "generation": true,
})

// firmNouns, after a name's possessive, make it a company's: its plant,
// its subsidiary, its shareholders, its creditors and stores, its board
// (and its "chief executive", in context). (Not "shares" or "brand": people have
// those too.)
var firmNouns = wordset.Of(map[string]bool{
	"plant": true, "plants": true, "factory": true, "factories": true, "subsidiary": true, "subsidiaries": true,
	"division": true, "headquarters": true, "workforce": true, "dealers": true, "dealerships": true,
	"shareholders": true, "stockholders": true, "earnings": true, "revenue": true, "revenues": true,
	"ceo": true, "creditors": true, "customers": true, "stores": true, "warehouses": true, "landlords": true,
	"stock": true, "board": true,
	// a company's officers, money and goods: "Ferrari's chairman",
	// "Regeneron's drug", "Maersk's fleet"
	"chairman": true, "chairwoman": true, "cfo": true, "executives": true, "management": true,
	"bondholders": true, "lenders": true, "shares": true, "profit": true, "profits": true, "sales": true,
	"fleet": true, "vessels": true, "jets": true, "drug": true, "drugs": true, "vaccine": true,
	"brands": true, "products": true, "assets": true,
})

// fixtureWords join the two teams of a fixture.
var fixtureWords = map[string]bool{"at": true, "v": true, "vs": true, "vs.": true, "v.": true}

// isScore reports whether s is a number or a score ("108-3", "4-55",
// ".515").
// saidIt reports whether what a verb of saying reports, from v[k] on,
// opens with "it" or "its": "said it", and after a short phrase of time
// or source ("said on Friday it had won", "said in a statement its
// profit fell"). Not "said that it": people say that it was hard (on the
// CoNLL-2003 development half it cost names).
func saidIt(v []tokView, k int) bool {
	if k < len(v) && (v[k].Lower == "on" || v[k].Lower == "in" || v[k].Lower == "late" || v[k].Lower == "earlier") {
		// a short phrase of time or source, no name and no comma in it
		e := k + 1
		for e < len(v) && e < k+5 && v[e].Kind == text.Word && v[e].Lower != "it" &&
			v[e].Lower != "its" && (!v[e].cap || weekdayOrMonth(v[e].low)) {
			e++
		}
		k = e
	}
	return k < len(v) && (v[k].Lower == "it" || v[k].Lower == "its")
}

// weekdayOrMonth reports whether lower-case word w names a day of the
// week or a month.
func weekdayOrMonth(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
		"march", "april", "may", "june", "july", "august", "september", "october", "november", "december":
		return true
	}
	return false
}

// staffNouns are people who work at a firm: a name after one and "at"
// (or after one, a person's two-word name and "at") is a company's ("an
// economist at Nomura", "analyst Paula Buratti at Indosuez"). In the
// CoNLL-2003 training text such names are organizations 11 times in 11.
var staffNouns = wordset.Of(map[string]bool{"analyst": true, "analysts": true, "economist": true, "economists": true,
	"strategist": true, "strategists": true, "trader": true, "traders": true, "dealer": true, "dealers": true,
	"broker": true, "brokers": true, "engineer": true, "engineers": true, "executive": true, "executives": true,
	"manager": true, "managers": true, "researcher": true, "researchers": true, "consultant": true})

// travelWords go to and come from places: a name after one and "to",
// "from" or "via" is a place's ("cancelled its flights to Kirkwall",
// "sailed from Rotterdam").
var travelWords = wordset.Of(map[string]bool{"flight": true, "flights": true, "ferry": true, "ferries": true, "route": true,
	"routes": true, "crossing": true, "crossings": true, "voyage": true, "train": true, "trains": true,
	"sailed": true, "sailing": true, "sails": true, "flew": true, "flies": true, "fly": true, "flying": true,
	"travelled": true, "traveled": true, "travelling": true, "traveling": true, "trip": true, "trips": true,
	"journey": true, "road": true, "highway": true, "railway": true, "pipeline": true})

// afterWord reports whether a word in lower case comes right before
// v[a], so that a capital there is a name's, not the sentence's ("after
// Chevron warned", "and Shell cut"); a common word after punctuation or
// at the start is only capitalized ("** Security was tight").
func afterWord(v []tokView, a int) bool {
	return a > 0 && v[a-1].Kind == text.Word && !v[a-1].cap
}

// makerOf reports whether the name at v[a] is what a maker makes, after
// "maker of" or "makers of" (also "carmaker", "drugmaker") or a verb of
// making, first or coordinated with the names before it: "the maker of
// Jeep and Ram trucks", "the makers of Oreo, Ritz and Toblerone", "which
// makes the Chevrolet Spark and Trax" are brands and products.
func makerOf(v []tokView, a int) bool {
	k := a - 1
	for k > 0 && k >= a-8 && (v[k].cap || v[k].Lower == "and" || v[k].Text == ",") {
		k--
	}
	if k >= 0 && v[k].Lower == "the" {
		k-- // "which makes the Chevrolet Spark and Trax"
	}
	if k >= 0 && makeVerbs.Has(v[k].Lower) {
		return true
	}
	if k < 1 || v[k].Lower != "of" {
		return false
	}
	w := v[k-1].Lower
	w = strings.TrimSuffix(w, "s")
	return strings.HasSuffix(w, "maker") && !v[k-1].cap
}

// marketVerbs tell how a share price moved: a name before one, a number
// and "percent" (or "points", "cents") is a listed company's ("Nvidia
// slid 4 percent", "Carrefour rose 2.1 percent"; in the CoNLL-2003
// training text an organization 7 times in 8, an index once).
var marketVerbs = wordset.Of(map[string]bool{"rose": true, "fell": true, "slid": true, "jumped": true, "tumbled": true,
	"gained": true, "lost": true, "climbed": true, "dropped": true, "slipped": true, "surged": true,
	"plunged": true, "sank": true, "added": true, "eased": true, "firmed": true, "edged": true, "soared": true,
	"slumped": true, "advanced": true, "declined": true, "rallied": true, "retreated": true})

// marketMove reports whether the words from v[b] on tell a share price's
// move (see marketVerbs), after at most one adverb ("edged up", "fell
// back").
func marketMove(v []tokView, b int) bool {
	if b >= len(v) || !marketVerbs.Has(v[b].Lower) {
		return false
	}
	k := b + 1
	if k < len(v) && (v[k].Lower == "up" || v[k].Lower == "down" || v[k].Lower == "back" || v[k].Lower == "nearly" || v[k].Lower == "almost" || v[k].Lower == "about") {
		k++
	}
	if k+1 >= len(v) || v[k].Kind != text.Number && !allDigits(strings.ReplaceAll(strings.ReplaceAll(v[k].Text, ".", ""), ",", "")) {
		return false
	}
	switch v[k+1].Lower {
	case "percent", "pct", "%", "points", "cents", "pence":
		return true
	}
	return false
}

// otherFirms reports whether the words from v[b] on say that the name
// before is one of a kind of firm: "Nvidia and other chipmakers", "Ford
// and other automakers", "HSBC and other banks".
func otherFirms(v []tokView, b int) bool {
	if b+2 >= len(v) || v[b].Lower != "and" || v[b+1].Lower != "other" {
		return false
	}
	w := v[b+2].Lower
	return firmKindsPlural.Has(w) || len(w) > 7 && strings.HasSuffix(w, "makers")
}

// firmsSuchAs reports whether the name at v[a] is given as one of a kind
// of firm, first or coordinated with the names before it: "local rivals
// such as Hangzhou Zhongmei Huadong", "banks including HSBC and
// Barclays".
func firmsSuchAs(v []tokView, a int) bool {
	k := a - 1
	for k > 0 && k >= a-8 && (v[k].cap || v[k].Lower == "and" || v[k].Text == ",") {
		k--
	}
	if k >= 1 && v[k].Lower == "as" && v[k-1].Lower == "such" {
		k -= 2
	} else if k >= 0 && v[k].Lower == "including" {
		k--
	} else {
		return false
	}
	return k >= 0 && !v[k].cap && (firmKindsPlural.Has(v[k].Lower) || rivalNouns.Has(v[k].Lower) || len(v[k].Lower) > 7 && strings.HasSuffix(v[k].Lower, "makers"))
}

var rivalNouns = wordset.Of(map[string]bool{"rivals": true, "competitors": true, "peers": true, "lenders": true, "investors": true})

var firmKindsPlural = wordset.Of(map[string]bool{"companies": true, "firms": true, "banks": true, "lenders": true,
	"airlines": true, "carriers": true, "automakers": true, "carmakers": true, "retailers": true,
	"insurers": true, "brokerages": true, "manufacturers": true, "suppliers": true, "producers": true,
	"exporters": true, "miners": true, "refiners": true, "utilities": true, "operators": true, "clubs": true})

// fromPlaceTo reports whether "to" at v[k] closes a range that opens
// with "from" and a place the gazetteer knows: "sailing from Singapore to
// Jebel Ali", "flights from London to Kirkwall" (what follows is a place).
func (r *recognizer) fromPlaceTo(v []tokView, k int) bool {
	for j := k - 1; j >= 1 && j >= k-4 && v[j].cap; j-- {
		if v[j-1].Lower != "from" {
			continue
		}
		f, n := r.gazMatch(v, j, k)
		return n == k-j && f.entry.Type == Location && !f.demonym
	}
	return false
}

var makeVerbs = wordset.Of(map[string]bool{"makes": true, "produces": true, "manufactures": true,
	"builds": true, "assembles": true})

// regionRest reports whether the words v[a:b] name a country, a region
// or a continent where a company has a unit ("Korea", "North America",
// "Europe", "International").
func (r *recognizer) regionRest(v []tokView, a, b int) bool {
	if b-a == 1 {
		switch v[a].low {
		case "korea", "europe", "america", "asia", "africa", "international", "americas", "china", "india", "japan":
			return true
		}
	}
	f, n := r.gazName(v, a, b)
	return n == b-a && f.entry.Type == Location && !f.demonym && (f.entry.Subtype == "country" || f.entry.Subtype == "region" || f.entry.Subtype == "continent")
}

// coordSubject reports whether the words from v[b] on coordinate one
// more one-word name with the name before b, the two the subject of a
// finite verb group: "Renault and Nissan agreed to rebalance".
func coordSubject(v []tokView, b int) bool {
	return b+2 < len(v) && v[b].Lower == "and" && v[b+1].cap && v[b+1].Kind == text.Word && !v[b+1].firstName &&
		!v[b+1].poss && subjectVerbAt(v, b+2)
}

// hasScore reports whether sentence v gives a match's score, two small
// numbers joined by a dash ("Porto beat Benfica 3-1"): a result, in a
// text that has no other sports words.
func hasScore(v []tokView) bool {
	for k := range v {
		w := v[k].Text
		if i := strings.IndexByte(w, '-'); i >= 1 && i <= 2 && len(w)-i-1 >= 1 && len(w)-i-1 <= 2 && allDigits(w[:i]) && allDigits(w[i+1:]) {
			return true
		}
	}
	return false
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// camelName reports whether word w is written as brands are, a capital
// right after a small letter inside it ("JetBlue", "AeroSystems",
// "SkyWest", "GlaxoSmithKline"), and not as surnames are ("McDonald",
// "MacArthur", "DiCaprio", "LeBron", "DeSantis", "LaGuardia").
func camelName(w string) bool {
	prev := rune(0)
	for i, c := range w {
		if i > 0 && unicode.IsUpper(c) && unicode.IsLower(prev) {
			switch w[:i] {
			case "Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "Fitz", "St":
				return false
			}
			return true
		}
		prev = c
	}
	return false
}

// innerCapital reports whether word w has a capital letter after its
// first letter, as brands have ("TotalEnergies", "BioNTech") and common
// nouns never: such a word is no plural of a common noun.
func innerCapital(w string) bool {
	for i, c := range w {
		if i > 0 && unicode.IsUpper(c) {
			return true
		}
	}
	return false
}

func isScore(s string) bool {
	if s == "" {
		return false
	}
	digit := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			digit = true
		case c == '-' || c == '.' || c == '/':
		default:
			return false
		}
	}
	return digit
}

// initialAt reports whether token k begins a sentence or a quotation.
func initialAt(v []tokView, k int) bool {
	if k == 0 {
		return true
	}
	p := v[k-1].Text
	return p == "“" || p == "\"" || p == "‘" || p == "(" || p == ":" || p == "—" || p == "–" || p == "•" || p == "-" || p == "--" || p == "_" || p == "'" || p == "`"
}

// isHeadline reports whether a line is in title case or capitals: every
// lower-case word is a short function word ("Putin Links Treaty to Japan's
// Alliances"), so capitals say little about names.
func isHeadline(v []tokView) bool {
	words := 0
	for k := range v {
		t := &v[k]
		if t.Kind != text.Word {
			continue
		}
		words++
		if !t.cap && !t.lowerIs(wHeadLower) {
			return false
		}
	}
	return words >= 4
}

// headline is isHeadline of sentence si, computed once.
func (r *recognizer) headline(si int) bool {
	b := r.buf
	if len(b.heads) != len(r.views) {
		b.heads = slices.Grow(b.heads[:0], len(r.views))[:len(r.views)]
		clear(b.heads)
	}
	if b.heads[si] == 0 {
		b.heads[si] = 1
		if isHeadline(r.views[si]) {
			b.heads[si] = 2
		}
	}
	return b.heads[si] == 2
}

var headlineLower = wordset.Of(map[string]bool{"to": true, "of": true, "in": true, "on": true, "at": true, "for": true, "and": true,
	"the": true, "a": true, "an": true, "with": true, "from": true, "by": true, "as": true, "but": true, "or": true, "vs": true, "over": true})

// candidates scans every sentence for capitalized runs and splits them into
// gazetteer matches, titles and free name pieces.
func (r *recognizer) candidates() []Candidate {
	out := r.buf.cands[:0]
	for si := range r.sents {
		v := r.views[si]
		head := r.headline(si)
		for k := 0; k < len(v); {
			if !v[k].cap {
				// Adjectival compounds: "Russian-held", "U.S.-led".
				if v[k].hyphen {
					out = r.compoundPrefix(out, si, v, k)
				}
				k++
				continue
			}
			e := k + 1
			for e < len(v) && !v[e-1].poss {
				if v[e].cap || hyphenGiven(&v[e]) {
					e++
					continue
				}
				// "Mr. Abe": the abbreviation dot of a title.
				if v[e].Text == "." && e+1 < len(v) && v[e+1].cap && v[e].Start == v[e-1].End {
					if _, ok := r.lex.titles[v[e-1].low+"."]; ok {
						e += 2
						continue
					}
				}
				// "PASADENA, Calif. -", "in Lansing, Mich.": a state's
				// abbreviation after a comma keeps its dot.
				if e == k+1 && v[e].Text == "." && v[e].Start == v[e-1].End && k > 0 && v[k-1].Text == "," && r.stateAbbrev(v, k) {
					e++
					break
				}
				// "Mount St. Helens", "Fort St. John", "Mt. Vernon": a
				// saint's, mount's or fort's abbreviation inside a name.
				if v[e].Text == "." && e+1 < len(v) && v[e+1].cap && v[e].Start == v[e-1].End && nameAbbrevs.Has(v[e-1].low) {
					e += 2
					continue
				}
				// "Ms. von der Leyen", "Mr. bin Salman": a surname's
				// particles after an honorific.
				if v[e].Text == "." && v[e].Start == v[e-1].End && honorifics.Has(v[e-1].low+".") {
					if j := particlesEnd(v, e+1); j > e+1 && j < len(v) && v[j].cap {
						e = j + 1
						continue
					}
				}
				// connectors inside names: "Bank of Japan", "Sea of the ..."
				if v[e].connector() && v[e].Kind != text.Punct || v[e].Text == "&" {
					j := e + 1
					if j < len(v) && v[j].Lower == "the" && (v[e].Lower == "of" || v[e].Lower == "and") {
						j++
					}
					if j < len(v) && v[j].cap {
						e = j + 1
						continue
					}
				}
				break
			}
			// "iPod Classic", "iTunes Music Store": capitals that go on
			// a product name written in camel case are no name of their own.
			if k == 0 || !r.camelProduct(v[k-1]) {
				out = r.segmentRun(out, si, v, k, e, head)
			}
			k = e
		}
	}
	out = r.suffixCands(out)
	for i := range out {
		sortedFeatures(&out[i])
	}
	r.buf.cands = out
	return out
}

// compoundPrefix records the country in "Russian-held" or "U.S.-led".
func (r *recognizer) compoundPrefix(out []Candidate, si int, v []tokView, k int) []Candidate {
	t := v[k]
	i := strings.IndexByte(t.base, '-')
	first := t.base[:i]
	if !capWord(first) {
		return out
	}
	for _, f := range r.lex.formsOf(first) {
		if len(f.toks) == 1 && f.entry.Type == Location || len(f.toks) == 1 && f.demonym {
			c := Candidate{Span: document.Span{Start: t.Start, End: t.Start + i}, Text: t.Text[:i], Sentence: si,
				First: k, Last: k, Gaz: f.entry, Demonym: f.demonym}
			return append(out, c)
		}
	}
	return out
}

// segmentRun splits the capitalized run v[a:b] into candidates.
func (r *recognizer) segmentRun(out []Candidate, si int, v []tokView, a, b int, head bool) []Candidate {
	// Sentence-initial common words ("Still", "When", "Meeting") are not
	// part of a name.
	for a < b && initialAt(v, a) && !particleOpens(v, a, b) && r.grammaticalCapital(v, a, b) {
		a++
	}
	for a < b && v[a].connector() && !particleOpens(v, a, b) {
		a++
	}
	// "Results of the European Parliament": the name follows "of".
	a = r.commonOfStart(v, a, b)
	if a >= b {
		return out
	}
	// A wire dateline's place in capitals: "DETROIT - General Motors ..."
	if a == 0 && datelineAt(v, b) {
		if f, ok := r.gazWhole(v, a, b); ok && f.entry.Type == Location && !f.demonym {
			c := r.gazCand(si, v, a, b, f, head)
			c.addFeature("dateline")
			return append(out, c)
		}
	}
	// A product whose name goes on past the run with its number: "the
	// Nikkei 225 index", "the CAC 40" (not the newspaper, not a firm).
	if f, n := r.gazMatch(v, a, len(v)); n > b-a && f.entry.Type == productType {
		return append(out, r.gazCand(si, v, a, a+n, f, head))
	}
	// Whole-run organization or place names: "Bank of Japan", "Japan
	// Times", "Hokkaido University", "Sea of ...".
	if f, n := r.gazName(v, a, b); n == b-a {
		return append(out, r.gazCand(si, v, a, b, f, head))
	}
	// A known company and the place of its unit: "GM Korea", "Nissan
	// North America", "BBC Scotland" are one organization.
	if f, n := r.gazName(v, a, b); n > 0 && n < b-a && f.entry.Type == Organization && !f.demonym && r.regionRest(v, a+n, b) {
		if c, ok := r.freeCand(si, v, a, b, head); ok {
			c.addFeature("orgsuffix")
			return append(out, c)
		}
	}
	// A known city and capitalized words no text the tagger learned from
	// has: a firm named after its home town ("Hangzhou Zhongmei Huadong").
	if f, n := r.gazName(v, a, b); n > 0 && n < b-a && f.entry.Subtype == "city" && !f.demonym && unknownCaps(v, a+n, b) {
		if c, ok := r.freeCand(si, v, a, b, head); ok {
			return append(out, c)
		}
	}
	// Two names joined by "and" or "&" ("the Ministry of Defence and
	// Boeing", "Procter & Gamble and Johnson & Johnson"): each on its own.
	if k := r.coordBreak(v, a, b); k >= 0 {
		out = r.segmentRun(out, si, v, a, k, head)
		return r.segmentRun(out, si, v, k+1, b, head)
	}
	if c, ok := r.suffixName(si, v, a, b, head); ok {
		return append(out, c)
	}
	var title string
	var titleStart = -1
	var nat *GazEntry
	// The word before a name's suffix is a surname, not a title:
	// "Martin Luther King Jr.".
	surname := -1
	if b-a >= 3 && nameSuffix(v, b-1) {
		surname = b - 2
	}
	p := a
	for p < b {
		if v[p].connector() && !particleOpens(v, p, b) && !(title != "" && particleName(v, p, b)) || v[p].Lower == "the" {
			p++
			continue
		}
		f, gn := r.gazName(v, p, b)
		tn, tt := r.titleMatch(v, p, b)
		if p == surname {
			tn = 0
		}
		if gn > 0 && gn >= tn {
			c := r.gazCand(si, v, p, p+gn, f, head)
			out = append(out, c)
			if p+gn < b && (f.entry.Type == Location || f.demonym) {
				nat = f.entry // "U.S. President", "Russian President"
			} else {
				nat = nil
			}
			p += gn
			continue
		}
		if tn > 0 && p+tn < b {
			title, titleStart = tt, p
			p += tn
			continue
		}
		if tn > 0 && p+tn == b && tn >= gn && !nameLikeTitles.Has(tt) {
			break // a title ending the run names no one ("the Chief Operating Officer", "as CEO")
		}
		// free piece up to the next gazetteer or title match
		q := p + 1
		for q < b {
			if v[q].connector() && v[q].Lower != "of" && !surnameParticles.Has(v[q].Lower) && v[q].Text != "&" {
				break // "and": two names ("&" separates none that coordBreak left: "Johnson & Johnson")
			}
			if _, g := r.gazMatch(v, q, b); g > 0 && !v[q].connector() {
				// A person's name may contain a place name ("Ana Lima",
				// "George Washington"): after a given name or a title, a
				// single-word gazetteer match continues the name.
				personal := (v[p].firstName || title != "") && g == 1 && q == p+1
				if !personal {
					break
				}
			}
			if n, _ := r.titleMatch(v, q, b); n > 0 && q+n < b && !v[q].connector() && q != surname {
				break
			}
			q++
		}
		e := q
		for e > p && v[e-1].connector() {
			e--
		}
		if e > p {
			if c, ok := r.freeCand(si, v, p, e, head); ok {
				if title != "" && titleStart+len(strings.Fields(title)) <= p {
					c.Title = title
					c.TitleKeys = r.titleKeys(title)
					c.Nationality = nat
					if honorifics.Has(title) || title == "dr" || title == "sir" || title == "dame" {
						c.addFeature("honorific")
					} else {
						c.addFeature("title")
					}
				}
				out = append(out, c)
			}
		}
		title, nat = "", nil
		p = q
	}
	return out
}

// nameAbbrevs are abbreviations written inside place and person names
// before another capitalized word: "St. Louis", "Mt. Vernon", "Ft.
// Worth", "Pt. Reyes".
var nameAbbrevs = wordset.Of(map[string]bool{"st": true, "mt": true, "ft": true, "pt": true, "ste": true})

// abbrevJoins joins two tagger spans of one type that an abbreviation
// inside a name separates ("Mount" and "St. Helens", "Fort" and "St.
// John"): the tagger may cut there when the document's other mentions
// mislead it.
func abbrevJoins(v []tokView, ns []nerSpan) []nerSpan {
	var out []nerSpan
	for j := 0; j+1 < len(ns); j++ {
		a, b := ns[j], ns[j+1]
		if b.first != a.last+1 || a.typ != b.typ || b.first+2 > b.last || v[b.first+1].Text != "." || !nameAbbrevs.Has(v[b.first].low) {
			continue
		}
		if out == nil {
			out = append(make([]nerSpan, 0, len(ns)), ns...)
			ns = out
		}
		ns[j] = nerSpan{first: a.first, last: b.last, typ: a.typ, conf: max(a.conf, b.conf)}
		ns = append(ns[:j+1], ns[j+2:]...)
		out = ns
		j--
	}
	return ns
}

// particleOpens reports whether the connector v[k] is a capitalized
// particle that opens a name with the capitalized word after it ("Le Pen",
// "De Beers", "Al Qaeda"), not a word that joins two ("And", "Of").
func particleOpens(v []tokView, k, b int) bool {
	return v[k].cap && particleName(v, k, b)
}

// particleName reports whether the surname particles at v[k] end at a
// capitalized word before b: "von der Leyen" after "Ms.".
func particleName(v []tokView, k, b int) bool {
	j := particlesEnd(v, k)
	return j > k && j < b && v[j].cap && !v[j].connector()
}

// particlesEnd returns the index after the surname particles that begin
// at v[k] ("von der"), k when none does.
func particlesEnd(v []tokView, k int) int {
	for k < len(v) && v[k].Kind == text.Word && surnameParticles.Has(v[k].Lower) {
		k++
	}
	return k
}

// hyphenGiven reports whether t is written as an East Asian given name of
// two syllables joined by a hyphen, the second in lower case ("Dong-jin",
// "Jae-in", "Ing-wen"), which follows a family name: not an English
// compound ("Pro-war", "Tokyo-based").
func hyphenGiven(t *tokView) bool {
	b := t.base
	i := strings.IndexByte(b, '-')
	if i < 2 || i > 5 || len(b)-i-1 < 2 || len(b)-i-1 > 5 || b[0] < 'A' || b[0] > 'Z' {
		return false
	}
	for j := 1; j < len(b); j++ {
		if j != i && (b[j] < 'a' || b[j] > 'z') {
			return false
		}
	}
	return !compoundSeconds.Has(b[i+1:]) && !compoundFirsts.Has(strings.ToLower(b[:i]))
}

// compoundSeconds and compoundFirsts are the parts of English compounds
// that hyphenGiven's shape would take for a given name.
var compoundSeconds = wordset.Of(map[string]bool{"led": true, "held": true, "based": true, "born": true, "owned": true,
	"run": true, "made": true, "era": true, "style": true, "like": true, "free": true, "wide": true, "year": true,
	"old": true, "term": true, "long": true, "up": true, "out": true, "off": true,
	"over": true, "down": true, "back": true, "war": true, "time": true, "day": true, "week": true, "type": true,
	"class": true, "level": true, "scale": true, "known": true, "elect": true, "fed": true, "rich": true})

var compoundFirsts = wordset.Of(map[string]bool{"pro": true, "anti": true, "non": true, "post": true, "pre": true, "ex": true,
	"co": true, "self": true, "well": true, "all": true, "half": true, "mid": true, "semi": true, "multi": true,
	"vice": true, "neo": true, "re": true, "one": true, "two": true, "three": true, "four": true, "five": true,
	"six": true, "ten": true, "long": true, "high": true, "low": true, "full": true, "part": true, "far": true,
	"hard": true, "top": true, "cross": true, "open": true, "year": true, "first": true, "back": true, "sit": true,
	"log": true, "check": true, "drive": true, "walk": true, "break": true, "lock": true, "plug": true, "add": true,
	"tie": true, "pile": true, "set": true, "stand": true, "lay": true, "shut": true, "sign": true, "take": true,
	"make": true, "push": true, "pull": true, "roll": true, "pay": true, "kick": true, "start": true, "run": true})

// grammaticalCapital reports whether the sentence-initial token v[k] is
// capitalized only because it starts the sentence.
func (r *recognizer) grammaticalCapital(v []tokView, k, b int) bool {
	t := &v[k]
	if _, n := r.gazMatch(v, k, b); n > 0 {
		return false
	}
	if t.firstName {
		return false
	}
	if n, _ := r.titleMatch(v, k, b); n > 0 && k+n < b {
		return false
	}
	lw := t.low
	if t.fl&wCommon != 0 || r.lower[lw] {
		return true
	}
	if n, _ := r.titleMatch(v, k, len(v)); k+n > b {
		return true // a title that goes on in lower case: "Chief executive Carsten Spohr urged"
	}
	if len(lw) > 4 && (strings.HasSuffix(lw, "ing") && gerundStem(lw) || strings.HasSuffix(lw, "ly")) {
		return true
	}
	return false
}

// gerundStem reports whether w, ending in "ing", is the "-ing" form of a
// word the tagger's unlabeled text writes in lower case ("meeting",
// "raising", "stopping"), unlike names that end so ("Kering shares
// dropped", "Boeing").
func gerundStem(w string) bool {
	stem := w[:len(w)-3]
	if known(stem) || known(stem+"e") {
		return true
	}
	n := len(stem)
	return n >= 2 && stem[n-1] == stem[n-2] && known(stem[:n-1])
}

// known reports whether the tagger's unlabeled text has word w in lower
// case.
func known(w string) bool { return ner.WordClasses(w)[0] != 0 }

// unknownCaps reports whether v[a:b] are capitalized words, none of them
// in the tagger's unlabeled text or a possessive.
func unknownCaps(v []tokView, a, b int) bool {
	for k := a; k < b; k++ {
		if !v[k].cap || v[k].poss || known(v[k].low) {
			return false
		}
	}
	return a < b
}

func (r *recognizer) gazCand(si int, v []tokView, a, b int, f gazForm, head bool) Candidate {
	c := Candidate{Span: document.Span{Start: v[a].Start, End: v[b-1].end}, Sentence: si, First: a, Last: b - 1,
		Gaz: f.entry, Demonym: f.demonym, Acronym: f.acronym, Headline: head}
	c.Text = r.doc.Text[c.Start:c.End]
	c.addFeature(gazFeature(f.entry.Type))
	r.context(&c, v)
	return c
}

// gazFeature is the feature of a gazetteer match of type typ.
func gazFeature(typ string) string {
	switch typ {
	case Person:
		return "gaz:" + Person
	case Organization:
		return "gaz:" + Organization
	case Location:
		return "gaz:" + Location
	case productType:
		return "gaz:" + productType
	}
	return "gaz:" + typ
}

// suffixName recognizes a whole run as one organization or place name by
// its head word.
func (r *recognizer) suffixName(si int, v []tokView, a, b int, head bool) (Candidate, bool) {
	if b-a < 2 {
		return Candidate{}, false
	}
	if n, _ := r.titleMatch(v, a, b); n > 0 {
		return Candidate{}, false
	}
	last := v[b-1].low
	feat := ""
	switch {
	case v[b-1].fl&wOrgSuffix != 0:
		feat = "orgsuffix"
	case v[b-1].fl&wLocSuffix != 0:
		feat = "locsuffix"
	case b-a == 2 && placeOpeners.Has(v[a].low) && v[b-1].Kind == text.Word:
		feat = "lochead_first" // "Camp David", "Fort Bragg", "Lake Geneva"
	default:
		for k := a + 1; k < b-1; k++ {
			if v[k].Lower == "of" {
				if v[k-1].fl&wOrgHead != 0 {
					feat = "orghead_of"
				} else if v[k-1].fl&wLocHead != 0 {
					feat = "lochead_of"
				}
				break
			}
		}
	}
	if feat == "" {
		return Candidate{}, false
	}
	if v[a].Lower == "the" {
		a++
	}
	c, ok := r.freeCand(si, v, a, b, head)
	if !ok {
		return c, false
	}
	c.addFeature(feat)
	if feat == "lochead_first" || feat == "locsuffix" && placeOnlySuffixes.Has(last) {
		// "Camp David", "the Rose Garden", "Jackson Square": no given
		// name and surname
		c.Features = slices.DeleteFunc(c.Features, func(f string) bool { return f == "two_caps" || f == "firstname" })
	}
	if feat == "orgsuffix" && mediaSuffix.Has(last) {
		c.addFeature("orgsuffix_media")
	}
	return c, true
}

// placeOpeners open two-word place names: "Camp David", "Fort Bragg",
// "Mount Kenya", "Lake Geneva", "Cape Cod", "Port Moresby".
var placeOpeners = wordset.Of(map[string]bool{"camp": true, "fort": true, "mount": true, "lake": true, "cape": true,
	"port": true, "isla": true, "lago": true, "monte": true, "sierra": true})

// placeOnlySuffixes are the place names' last words (locsuffix) that are
// no one's surname ("Park", "Lake", "Bay", "Street" may be).
var placeOnlySuffixes = wordset.Of(map[string]bool{"garden": true, "gardens": true, "stadium": true, "bridge": true,
	"palace": true, "square": true, "avenue": true, "airport": true, "river": true, "island": true, "islands": true,
	"isles": true, "ocean": true, "sea": true, "valley": true, "province": true, "prefecture": true, "county": true,
	"township": true, "district": true, "region": true, "oblast": true, "desert": true, "canal": true,
	"peninsula": true, "strait": true, "gulf": true, "archipelago": true, "plateau": true, "village": true,
	"borough": true, "parish": true})

// nameOpeners are words of the non-entity list that open the names of
// organizations ("International Olympic Committee", "National Highway
// Traffic Safety Administration", "Central Committee", "World Health
// Organization"): before an organization's last word (orgsuffix) they
// stay in the name.
var nameOpeners = wordset.Of(map[string]bool{"international": true, "national": true, "central": true, "world": true,
	"olympic": true, "north": true, "south": true, "east": true, "west": true, "northern": true, "southern": true,
	"eastern": true, "western": true, "english": true})

// freeCand builds a candidate for a name piece not in the gazetteers.
func (r *recognizer) freeCand(si int, v []tokView, a, b int, head bool) (Candidate, bool) {
	// Leading words that are never names ("Trending Japan", "Friday"),
	// except a surname after an honorific: "Mrs. May", "Mr. Friday".
	orgName := b-a >= 2 && v[b-1].fl&wOrgSuffix != 0 && !v[b-1].poss
	for a < b && v[a].fl&wNonEntity != 0 && !afterHonorific(v, a) && !(orgName && nameOpeners.Has(v[a].low)) {
		a++
	}
	if a >= b {
		return Candidate{}, false
	}
	allNon := !afterHonorific(v, a)
	for k := a; k < b; k++ {
		if v[k].fl&wNonEntity == 0 && !isRoman(v[k].base) && v[k].Kind == text.Word {
			allNon = false
		}
	}
	if allNon {
		return Candidate{}, false
	}
	// A single shouted word ("PRINT", "INTERNATIONAL") is page furniture,
	// unless it is a wire dateline's place ("SMALLVILLE - The mayor ...";
	// not a common word: "NOTE - Apic Yamada Corp is ...").
	dateline := a == 0 && r.lineKind(si, v) == proseLine && datelineAt(v, b) && !(b-a == 1 && commonCapital(&v[a]))
	if b-a == 1 && allCaps(v[a].base) && utf8.RuneCountInString(v[a].base) >= 5 && !strings.Contains(v[a].base, ".") && !dateline {
		return Candidate{}, false
	}
	c := Candidate{Span: document.Span{Start: v[a].Start, End: v[b-1].end}, Sentence: si, First: a, Last: b - 1, Headline: head}
	c.Text = r.doc.Text[c.Start:c.End]
	if r.inTimex(c.Span) {
		return Candidate{}, false
	}
	c.Initial = initialAt(v, a)
	if b-a == 1 && isAcronym(v[a].base) && utf8.RuneCountInString(v[a].base) <= 8 {
		c.Acronym = true
		c.addFeature("acronym")
	}
	if v[a].firstName {
		if b-a > 1 {
			c.addFeature("firstname")
		} else {
			c.addFeature("firstname_only")
		}
	}
	if b-a == 2 && !c.Acronym {
		c.addFeature("two_caps")
	}
	for k := a; k < b; k++ {
		if camelName(v[k].base) && (k == a || !head && (a > 0 || !commonCapital(&v[a]))) {
			// (a headline's words, and a sentence's first common word,
			// before the brand are no part of it: "Faulty CrowdStrike
			// update grounds flights")
			c.addFeature("camel") // "Spirit AeroSystems": no person (typeGroups), no vote of its own ("FinMin", "OctNov")
			break
		}
	}
	if b-a >= 2 && hyphenGiven(&v[b-1]) {
		c.addFeature("given_hyphen") // "Koh Dong-jin", "Moon Jae-in"
	}
	if dateline {
		c.addFeature("dateline") // "SMALLVILLE - The mayor said"
	}
	r.context(&c, v)
	return c, true
}

// datelineAt reports whether the words v[:b], all in capitals, open a
// wire story as its dateline: a dash follows them, or the agency in
// brackets and a dash ("DETROIT -", "DETROIT (Reuters) -"), and then a
// word that is not in capitals (the story, not a headline's topic:
// "SOCCER - JAPAN GET LUCKY WIN").
func datelineAt(v []tokView, b int) bool {
	if b == 0 || b >= len(v) {
		return false
	}
	for k := 0; k < b; k++ {
		if v[k].Kind == text.Word && !allCaps(v[k].base) {
			return false
		}
	}
	k := b
	if v[k].Text == "(" {
		for k < len(v) && k < b+5 && v[k].Text != ")" {
			k++
		}
		k++
	}
	if k+1 >= len(v) || !isDash(v[k].Text) {
		return false
	}
	n := &v[k+1]
	return n.Kind == text.Word && !allCaps(n.base)
}

func isDash(s string) bool { return s == "-" || s == "--" || s == "—" || s == "–" }

// afterHonorific reports whether word k follows an honorific ("Mrs. May",
// "Mrs May", "Dr. Friday"): then it is a surname, whatever else it may be.
func afterHonorific(v []tokView, k int) bool {
	if k >= 1 && honorifics.Has(v[k-1].low) && v[k-1].Kind == text.Word {
		return true
	}
	return k >= 2 && v[k-1].Text == "." && v[k-1].Start == v[k-2].End && honorifics.Has(v[k-2].low+".")
}

func isRoman(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 'I', 'V', 'X', 'L':
		default:
			return false
		}
	}
	return true
}

// personVerbs are verbs whose subject is, in news, almost always a person:
// a one-word name right before one ("Putin met", "Merkel apologized",
// "Abe plans") is a person's surname even at the start of a sentence,
// where a capital alone says nothing.
var personVerbs = wordset.Of(map[string]bool{"met": true, "meets": true, "apologized": true, "apologizes": true, "apologised": true,
	"resigned": true, "resigns": true, "pleaded": true, "pleads": true, "vowed": true, "vows": true, "insisted": true,
	"insists": true, "spoke": true, "speaks": true, "testified": true, "testifies": true, "smiled": true, "laughed": true,
	"wept": true, "died": true, "dies": true, "married": true, "thanked": true, "thanks": true, "hugged": true,
	"shook": true, "greeted": true, "greets": true, "arrived": true, "arrives": true, "flew": true, "travelled": true,
	"traveled": true, "visited": true, "visits": true, "plans": true, "planned": true, "hopes": true, "hoped": true,
	"wants": true, "wanted": true, "believes": true, "believed": true, "thinks": true, "thought": true})

// orgVerbs are verbs whose subject is, in news, mostly a company: "Fiat
// bought Chrysler", "Toyota recalled 2 million cars".
var orgVerbs = wordset.Of(map[string]bool{"acquired": true, "acquires": true, "bought": true, "buys": true, "merged": true,
	"recalled": true, "recalls": true, "hired": true, "hires": true, "fired": true, "laid": true, "posted": true,
	"posts": true, "earned": true, "earns": true, "reported": true, "reports": true, "shipped": true, "ships": true,
	"sold": true, "sells": true, "launched": true, "launches": true, "filed": true, "files": true})

// personObjectVerbs take a person as object: "Putin met Abe".
var personObjectVerbs = wordset.Of(map[string]bool{"met": true, "meets": true, "greeted": true, "greets": true, "thanked": true,
	"told": true, "tells": true,
	"hugged": true, "married": true, "interviewed": true, "congratulated": true, "phoned": true})

// firmObjectVerbs and firmObjectPreps come before a company, not a
// person: what is owned, bought, founded or merged with.
var firmObjectVerbs = wordset.Of(map[string]bool{"owns": true, "owned": true, "bought": true, "buys": true, "acquired": true,
	"acquires": true, "acquire": true, "buy": true, "founded": true, "co-founded": true, "cofounded": true,
	// what analysts rate: "downgraded Aronkasei", "upgraded Unitog" (both
	// organizations in eng.train)
	"upgraded": true, "downgraded": true, "upgrades": true, "downgrades": true})

var firmObjectPreps = map[string]bool{"stake in": true, "shares of": true, "shares in": true, "merger with": true,
	"takeover of": true, "bid for": true, "acquisition of": true, "purchase of": true}

// firmObjectPrep reports whether noun and prep, lower case, make one of
// firmObjectPreps, without joining them (context asks for every candidate).
func firmObjectPrep(noun, prep string) bool {
	switch prep {
	case "in":
		return noun == "stake" || noun == "shares"
	case "of":
		return noun == "shares" || noun == "takeover" || noun == "acquisition" || noun == "purchase"
	case "with":
		return noun == "merger"
	case "for":
		return noun == "bid"
	case "on":
		return noun == "target" // "raised his price target on Nucor"
	}
	return false
}

// personPrepVerbs take a person after "to" or "with": "apologized to
// Erdogan", "spoke with Merkel".
var personPrepVerbs = wordset.Of(map[string]bool{"apologized": true, "apologizes": true, "apologised": true, "spoke": true,
	"speaks": true, "talked": true, "talks": true, "wrote": true, "writes": true, "married": true, "sided": true})

// firmAppositive reports whether the apposition that starts at word k
// is headed by a noun that describes a company or another organization:
// "the world's largest cryptocurrency exchange", "a Detroit automaker",
// "the office-sharing company once valued at $47 billion", "a unit of
// General Motors". The head is the last word before the first word that
// ends the noun phrase (a preposition, a relative word, a participle
// such as "based", or punctuation), at most eight words on. It begins
// with an article or a possessive name ("Japan's largest steelmaker");
// a word in the possessive heads nothing ("the company's chief
// executive" is a person).
func firmAppositive(v []tokView, k int) bool {
	if k >= len(v) || !appositionStarts.Has(v[k].Lower) && !v[k].poss {
		return false // "X, took a group of": no apposition
	}
	last := -1
	for j := k; j < len(v) && j < k+8; j++ {
		w := v[j].Lower
		if w == "," || w == "." || w == ";" || w == "(" || w == "-" || w == "--" || w == ":" || appositionEnds.Has(w) {
			break
		}
		last = j
	}
	if last < 0 || v[last].poss {
		return false
	}
	w := v[last].Lower
	if v[k].Lower == "its" && itsRelations.Has(w) {
		return true // "Sainsbury's, its closest rival,": the rival of an "it"
	}
	// (a plural after coordinated names: "Hyundai and Kia, the country's
	// biggest carmakers,")
	w = strings.TrimSuffix(w, "s")
	return firmAppositionNouns.Has(w) || firmAppositionNouns.Has(v[last].Lower) || len(w) > 5 && strings.HasSuffix(w, "maker") // steelmaker, drugmaker
}

// coordFirmsAppos reports whether the "and" at v[b] joins the name before
// it to one more name that a plural company's apposition follows, which
// describes both: "BT and Virgin Media O2, the two other big operators,".
func coordFirmsAppos(v []tokView, b int) bool {
	e := b + 1
	for e < len(v) && e < b+6 && v[e].cap {
		e++
	}
	if e == b+1 || e+1 >= len(v) || v[e].Text != "," || !firmAppositive(v, e+1) {
		return false
	}
	// the apposition's head is a plural: its last word before the next comma
	for j := e + 1; j < len(v) && j < e+10; j++ {
		if v[j].Kind == text.Punct {
			h := v[j-1].Lower
			return len(h) > 3 && strings.HasSuffix(h, "s") && !strings.HasSuffix(h, "ss")
		}
	}
	return false
}

// memberBodyNouns after "the" and a name make it an organization's:
// "the United Steelworkers union", "the Labour party", "the Hamas
// movement". (Not "company" or "automaker": "the Detroit automaker" is
// a place's name used as a modifier.)
var memberBodyNouns = wordset.Of(map[string]bool{"union": true, "party": true, "movement": true, "militia": true,
	"group": true, "faction": true, "alliance": true, "coalition": true})

// roleNounsAfter, after a name, are roles in a firm or another
// organization: "a former Qualcomm chief executive", "a Boeing
// spokesman", "Tesla shareholders". In the CoNLL-2003 training text a
// name right before one is an organization's 49 times in 57 (a place's 4
// times, "a Lisbon spokesman", MISC 3, a person's once). A known place
// keeps its type (the cue is for names no gazetteer knows).
var roleNounsAfter = wordset.Of(map[string]bool{"chief": true, "ceo": true, "chairman": true, "chairwoman": true,
	"executive": true, "executives": true, "engineer": true, "engineers": true, "founder": true, "co-founder": true,
	"cofounder": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "employees": true,
	"shareholders": true, "analyst": true,
	// what a listed company has: "Moderna shares rose" (in the CoNLL-2003
	// training text the names before these are companies or the places of
	// markets, which the gazetteer knows: "London shares", "Dhaka stocks")
	"shares": true, "stock": true})

// placeNounsAfter, in lower case after a name, make it a place's name:
// "Charles de Gaulle airport", "Tanjung Priok port", "the Pamir
// mountains", "the Nagorno-Karabakh region", "the Kosevo stadium", "the
// Casa de Narino presidential palace" (a place in CoNLL-2003).
var placeNounsAfter = wordset.Of(map[string]bool{"airport": true, "port": true, "mountains": true, "region": true,
	"river": true, "valley": true, "peninsula": true, "desert": true, "province": true, "district": true,
	"stadium": true, "arena": true, "prison": true, "palace": true, "bridge": true, "dam": true})

// mediaNounsAfter, in lower case right after a name, make it a
// newspaper's, a broadcaster's or a news agency's: "the Sun newspaper",
// "Kommersant daily", "state television Rossiya".
var mediaNounsAfter = wordset.Of(map[string]bool{"newspaper": true, "daily": true, "weekly": true, "magazine": true,
	"tabloid": true, "broadsheet": true, "newsweekly": true, "radio": true, "television": true, "newsletter": true})

// kinNouns name a person's relatives: a name right after one, or after
// one and a comma, is a person's ("Reagan's wife, Nancy,", "his son
// Hunter").
var kinNouns = wordset.Of(map[string]bool{"wife": true, "husband": true, "son": true, "daughter": true, "brother": true,
	"sister": true, "mother": true, "father": true, "widow": true, "widower": true, "grandson": true,
	"granddaughter": true, "nephew": true, "niece": true, "cousin": true, "fiancee": true, "fiance": true,
	"stepson": true, "stepdaughter": true, "uncle": true, "aunt": true})

// kinBefore reports whether a relative's noun in lower case comes right
// before the name at v[a], or before a comma before it, after a
// possessive ("his", "Reagan's").
func kinBefore(v []tokView, a int) bool {
	k := a - 1
	if k >= 0 && v[k].Text == "," {
		k--
	}
	if k < 1 || v[k].Kind != text.Word || v[k].cap || !kinNouns.Has(v[k].Lower) {
		return false
	}
	p := &v[k-1]
	switch p.Lower {
	case "his", "her", "their", "'s", "’s":
		return true
	}
	return p.poss
}

// mediaNounEnds reports whether the media noun at v[b] ("newspaper",
// "news agency") ends its phrase: no name follows it that it introduces
// ("the Bengali newspaper Banglabazar Patrika") and no plural noun that it
// modifies ("HK newspaper editorials"), a reporting verb aside ("the Sun
// newspaper says").
func mediaNounEnds(v []tokView, b int) bool {
	k := b + 1
	if v[b].Lower == "news" {
		k++
	}
	if k >= len(v) || v[k].Kind != text.Word {
		return true
	}
	t := &v[k]
	if t.cap {
		return false
	}
	return !strings.HasSuffix(t.Lower, "s") || t.lowerIs(wReporting) || verbSkips.Has(t.Lower)
}

// firmKindsBefore, in lower case right before a name, name the kind of
// company or organization it is: "press distributor Hachette", "the
// carrier Delta", "militant group Hamas". (Not "producer", "publisher",
// "developer", "broadcaster" or a "playmaker": people are those too.)
var firmKindsBefore = wordset.Of(map[string]bool{"company": true, "firm": true, "bank": true, "lender": true,
	"retailer": true, "airline": true, "carrier": true, "insurer": true, "conglomerate": true,
	"brokerage": true, "chain": true, "startup": true, "start-up": true, "subsidiary": true,
	"distributor": true, "supplier": true, "manufacturer": true, "giant": true, "newspaper": true,
	"daily": true, "agency": true, "network": true, "group": true, "automaker": true, "carmaker": true,
	"chipmaker": true, "steelmaker": true, "drugmaker": true, "planemaker": true, "shipper": true, "miner": true,
	"refiner": true, "utility": true, "lessor": true})

// appositionStarts begin an apposition (as does a possessive name:
// "Japan's largest steelmaker").
var appositionStarts = wordset.Of(map[string]bool{"the": true, "a": true, "an": true, "one": true, "its": true})

// itsRelations head an apposition that opens with "its" and makes the name
// a firm of the firm the sentence talks about: "Sainsbury's, its closest
// rival,", "Stellantis, its parent,".
// (Not an owner, a partner or an investor: "Musk, its owner,".)
var itsRelations = wordset.Of(map[string]bool{"rival": true, "competitor": true, "peer": true, "parent": true})

// appositionEnds end the noun phrase of an apposition: its head is the
// word before.
var appositionEnds = wordset.Of(map[string]bool{"of": true, "in": true, "at": true, "for": true, "with": true, "behind": true,
	"from": true, "on": true, "to": true, "that": true, "which": true, "who": true, "whose": true, "once": true,
	"based": true, "valued": true, "founded": true, "owned": true, "known": true, "headquartered": true,
	"and": true, "or": true, "than": true, "by": true, "since": true, "after": true})

// firmAppositionNouns head an appositive that describes a company (or
// another organization).
var firmAppositionNouns = wordset.Of(map[string]bool{"company": true, "firm": true, "exchange": true, "automaker": true, "carmaker": true,
	"bank": true, "lender": true, "retailer": true, "maker": true, "airline": true, "carrier": true, "insurer": true,
	"reinsurer":   true,
	"broadcaster": true, "publisher": true, "startup": true, "start-up": true, "giant": true, "manufacturer": true,
	"chipmaker": true, "conglomerate": true, "operator": true, "producer": true, "supplier": true, "developer": true,
	"corporation": true, "subsidiary": true, "unit": true, "brokerage": true, "chain": true, "group": true,
	"companies": true, "firms": true, "newspaper": true, "network": true, "agency": true, "party": true,
	"union": true, "charity": true, "organization": true, "organisation": true, "association": true,
	"brand": true, "label": true, "affiliate": true, "division": true, "arm": true,
	// the trades of shipping, mining, energy and sport: "Hapag-Lloyd, the
	// German container line,", "Vale, the Brazilian miner,", "Sampdoria,
	// the Genoa club,"
	"line": true, "shipper": true, "miner": true, "refiner": true, "utility": true, "consortium": true,
	"regulator": true, "watchdog": true, "club": true, "outfit": true, "franchise": true, "consultancy": true,
	"shipbuilder": true, "shipyard": true, "brewer": true, "grocer": true, "supermarket": true, "distiller": true,
	"bottler": true, "lessor": true, "planemaker": true, "fund": true, "platform": true, "service": true, "telecom": true, "telco": true})

// context adds the features of the words around a candidate.
func (r *recognizer) context(c *Candidate, v []tokView) {
	a, b := c.First, c.Last+1
	c.ApposKeys = r.apposRole(v, a, b)
	if teamCandidate(v, a, b) && teamContext(v, a, b, r.lineKind(c.Sentence, v)) && (c.Gaz == nil || c.Gaz.Subtype != "country") {
		// (a country's national team is the country, as CoNLL-2003 tags
		// "France at Japan" and "Israel 2 , Bulgaria 0")
		c.addFeature("team")
	}
	if productContext(v, a, b) || modelNumber(v, a, b) && r.lineKind(c.Sentence, v) == proseLine {
		c.addFeature("product")
	}
	if r.productAcronym(v, a, b) {
		c.addFeature("product_acronym") // "the iPhone Software Development Kit (SDK)"
	}
	if c.Gaz != nil && !c.Demonym && c.Gaz.Type == Location && clubPlace(c.Gaz) && teamProse(v, a, b) {
		if r.sportsReport() || hasScore(v) {
			c.addFeature("team") // "St Louis defeated Colorado", "Atlanta 's Tom Glavine"
		} else {
			c.addFeature("team_prose") // a club if the tagger is sure of an organization (combine)
		}
	}
	if b < len(v) {
		n := v[b].Lower
		if v[b].lowerIs(wReporting) {
			c.addFeature("reporting_after")
		}
		if personVerbs.Has(n) && a == c.Last && (b+1 >= len(v) || v[b+1].Lower != "of") {
			c.addFeature("agent_verb_after")
		}
		if orgVerbs.Has(n) && a == c.Last {
			c.addFeature("org_verb_after")
		}
		if c.Gaz == nil && !v[a].firstName && !v[c.Last].poss && (a == c.Last || opensClause(v, a)) && firmVerbAfter(v, b) {
			c.addFeature("firm_verb") // "Binance agreed to acquire", "Zilbrook will lay off 200 workers"
		}
		if a == c.Last && c.Gaz == nil && !v[a].firstName && !v[a].poss && r.lineKind(c.Sentence, v) == proseLine &&
			opensClause(v, a) && (afterWord(v, a) || !commonCapital(&v[a])) && !(initialAt(v, a) && pluralName(v[a].low) && !innerCapital(v[a].base)) &&
			(subjectVerbAt(v, b) || coordSubject(v, b)) {
			c.addFeature("subj_verb") // "Binance agreed to buy FTX": see loneActor
		}
		if c.Gaz == nil && !v[c.Last].poss && opensClause(v, a) && itsAfter(v, b) {
			c.addFeature("its_after") // "Klarna agreed to cut its valuation"
		}
		if n == "," && b+1 < len(v) && v[b+1].Lower == "who" {
			c.addFeature("who_after")
		}
		if roleNounsAfter.Has(n) && (!v[b].cap || n == "ceo") && c.Gaz == nil && (b-a > 1 || v[a].fl&(wOrgSuffix|wOrgHead) == 0) {
			// (not a head word alone: "Bank chief fled", "Police spokesman")
			c.addFeature("role_after") // "a former Qualcomm chief executive", "a Boeing spokesman"
		}
		if n == "," && c.Gaz == nil && r.stateAfterComma(v, b+1) {
			c.addFeature("place_comma") // "over Lockerbie, Scotland.", "Waynesboro, Georgia, said"
		}
		if (mediaNounsAfter.Has(n) && !v[b].cap || n == "news" && b+1 < len(v) && v[b+1].Lower == "agency") && c.Gaz == nil &&
			!adjectival(v[c.Last].low) && (a == 0 || v[a-1].Lower != "a" && v[a-1].Lower != "an") && mediaNounEnds(v, b) {
			// (not a language or a kind: "a Swahili newspaper", "the
			// Arabic daily", "the Bengali newspaper Banglabazar Patrika")
			c.addFeature("media_after") // "Britain's Sun newspaper", "the Tanjug news agency"
		}
		if placeNounsAfter.Has(n) && !v[b].cap {
			c.addFeature("place_after") // "Charles de Gaulle airport", "the Pamir mountains"
		}
		if memberBodyNouns.Has(n) && !v[b].cap && a > 0 && v[a-1].Lower == "the" {
			c.addFeature("body_after") // "the United Steelworkers union", "the Wagner group"
		}
		if n == "," && firmAppositive(v, b+1) || n == "and" && coordFirmsAppos(v, b) {
			c.addFeature("firm_appos") // "Binance, the world's largest cryptocurrency exchange,"
		}
		if c.Gaz == nil && (marketMove(v, b) || otherFirms(v, b) || firmsSuchAs(v, a)) {
			c.addFeature("market_move") // "Nvidia slid 4 percent", "Nvidia and other chipmakers"
		}
		if n == "," && b+1 < len(v) && v[b+1].Lower == "which" ||
			v[b].lowerIs(wReporting) && saidIt(v, b+1) {
			c.addFeature("it_after") // "Ford said it will cut", "Fiat, which owns"
		}
	}
	// "Chrysler's plant", "Pirelli 's cables division": the possessive is
	// on the name's last token, or a token of its own.
	k := b
	if k < len(v) && (v[k].Lower == "'s" || v[k].Lower == "’s") {
		k++
	} else if k+1 < len(v) && (v[k].Text == "'" || v[k].Text == "’") && v[k+1].Lower == "s" && v[k+1].Start == v[k].End {
		k += 2 // "Pirelli ' s", as a tokenized text written out splits it
	} else if !v[b-1].poss {
		k = -1
	}
	if k >= 0 && k < len(v) && (firmNouns.Has(v[k].Lower) || k+1 < len(v) && !v[k].cap && firmNouns.Has(v[k+1].Lower) ||
		k+1 < len(v) && v[k].Lower == "chief" && v[k+1].Lower == "executive" ||
		k+1 < len(v) && v[k].Lower == "head" && v[k+1].Lower == "of") { // "Sanofi's head of vaccines"
		c.addFeature("firm_of")
	}
	if a == c.Last && c.Gaz == nil && !c.Acronym {
		thingContext(c, v, a)
	}
	if a == c.Last && c.Gaz == nil && r.lineKind(c.Sentence, v) <= namesLine && r.peopleGroup(v, a) {
		c.addFeature("people_group") // "Hundreds of Yazidis fled", "Azeris and Armenians"
	}
	if a > 0 && (firmObjectVerbs.Has(v[a-1].Lower) || a > 1 && firmObjectPrep(v[a-2].Lower, v[a-1].Lower)) {
		c.addFeature("firm_object") // "Fiat owns Chrysler", "a stake in Twitter"
	}
	if a > 0 {
		p := v[a-1].Lower
		if a == c.Last && (b >= len(v) || !v[b].cap) && (personObjectVerbs.Has(p) ||
			(p == "to" || p == "with") && a >= 2 && personPrepVerbs.Has(v[a-2].Lower)) {
			c.addFeature("met_before") // "met Abe", "apologized to Erdogan"
		}
		if a >= 2 && p == "at" && c.Gaz == nil && staffNouns.Has(v[a-2].Lower) {
			c.addFeature("staff_at") // "an economist at Nomura", "analyst Paula Buratti at Indosuez"
		} else if a >= 4 && p == "at" && c.Gaz == nil && v[a-2].cap && v[a-3].cap && staffNouns.Has(v[a-4].Lower) {
			c.addFeature("staff_at")
		}
		if a >= 2 && (p == "to" || p == "from" || p == "via") && travelWords.Has(v[a-2].Lower) || p == "to" && r.fromPlaceTo(v, a-1) {
			c.addFeature("travel_to") // "flights to Kirkwall", "the ferry from Holyhead", "from Singapore to Jebel Ali"
		}
		switch {
		case v[a-1].lowerIs(wPrepIn):
			c.addFeature("prep_in")
		case v[a-1].lowerIs(wPrepFrom):
			c.addFeature("prep_from")
		case p == "the":
			if a-1 > 0 || !initialAt(v, a-1) {
				c.addFeature("the_before")
			}
			if a >= 3 && v[a-2].Lower == "of" && v[a-3].lowerIs(wLocNoun) {
				c.addFeature("locnoun_of")
			}
		case p == "of" && a >= 2 && v[a-2].lowerIs(wLocNoun):
			c.addFeature("locnoun_of")
		}
		// lower-case titles before a name: "Russian leader Vladimir Putin"
		if c.Title == "" && c.Gaz == nil {
			for k := a - 1; k >= 0 && k >= a-r.lex.titleMax-2; k-- {
				if n, t := r.titleMatch(v, k, a); n > 0 && k+n == a {
					c.Title = t
					c.TitleKeys = r.titleKeys(t)
					c.addFeature("title")
					if k > 0 {
						if f, gn := r.gazMatch(v, k-1, k); gn > 0 && (f.entry.Type == Location || f.demonym) {
							c.Nationality = f.entry
						}
					}
					break
				}
			}
		}
		if kinBefore(v, a) {
			c.addFeature("kin_before") // "Reagan's wife, Nancy,", "his brother Raul"
		}
		if c.Title == "" && c.Gaz == nil && !v[a-1].cap && firmKindsBefore.Has(p) && utf8.RuneCountInString(v[a].base) > 1 {
			c.addFeature("firm_before") // "press distributor Hachette", "chipmaker Nvidia"
		}
	}
}

// apposRole returns the keys of a role set off by a comma right before
// the name at v[a:b], after "the" ("The captain, Chesley B. Sullenberger
// III,"), or right after it, after "the" or "a" and at most two
// modifiers ("Luis Urzua, the shift foreman who"); nil when there is none.
func (r *recognizer) apposRole(v []tokView, a, b int) []string {
	if a >= 3 && v[a-1].Text == "," {
		for k := a - 2; k >= 1 && k >= a-4; k-- {
			if v[k-1].Lower != "the" {
				continue
			}
			if n, t := r.titleMatch(v, k, a-1); n > 0 && k+n == a-1 {
				return r.titleKeys(t)
			}
		}
	}
	if b+2 < len(v) && v[b].Text == "," && (v[b+1].Lower == "the" || v[b+1].Lower == "a") {
		for k := b + 2; k < len(v) && k <= b+4; k++ {
			if v[k].cap {
				break
			}
			if n, t := r.titleMatch(v, k, len(v)); n > 0 && (k+n == len(v) || !v[k+n].cap) {
				return r.titleKeys(t)
			}
		}
	}
	return nil
}
