package event

import (
	"github.com/chronicle-news/chronicle/internal/wordset"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/entity"
	"github.com/chronicle-news/chronicle/internal/event/detect"
	"github.com/chronicle-news/chronicle/internal/syntax"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/timex"
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
		x.wordOf = make([][]int, len(sents))
		x.kids = make([][][]int, len(sents))
		x.detected = make([][]detect.Mention, len(sents))
		for _, m := range detect.Detect(doc, sents) {
			if m.Sentence >= 0 && m.Sentence < len(sents) {
				x.detected[m.Sentence] = append(x.detected[m.Sentence], m)
			}
		}
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
	out, bare := splitBare(out)
	ms := joinMentions(x.mentionEvents(all), bare)
	x.anaphoricDates(out, ms)
	return out, ms
}

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

// splitBare takes out of the briefing events those whose line would be one
// bare word ("End", "Announce", "Say"): no participant, no place, a
// one-word summary, and no other event held at them. They stay in the
// layer as mentions. The briefing events left are renumbered ev1, ev2, ...
func splitBare(evs []Event) (kept, bare []Event) {
	hosts := map[string]bool{}
	for _, e := range evs {
		if e.Host != "" {
			hosts[e.Host] = true
		}
	}
	ids := map[string]string{}
	for _, e := range evs {
		if len(e.Participants) == 0 && len(e.Places) == 0 && !strings.Contains(strings.TrimSpace(e.Summary), " ") && !hosts[e.ID] {
			e.Host = ""
			bare = append(bare, e)
			continue
		}
		id := "ev" + strconv.Itoa(len(kept)+1)
		ids[e.ID] = id
		e.ID = id
		kept = append(kept, e)
	}
	for i := range kept {
		if kept[i].Host != "" {
			kept[i].Host = ids[kept[i].Host]
		}
	}
	return kept, bare
}

// joinMentions adds events to the mentions, in text order, renumbered m1,
// m2, ...
func joinMentions(ms, more []Event) []Event {
	if len(more) == 0 {
		return ms
	}
	ms = append(ms, more...)
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Trigger.Start < ms[j].Trigger.Start })
	for i := range ms {
		ms[i].ID = "m" + strconv.Itoa(i+1)
	}
	return ms
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
	merged     bool
	parts      map[string]string // entity ID -> role
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
	passive    bool                     // a passive verb ("were seized"): its subject is the patient
	open       bool                     // found by the detector, not the trigger lexicon (openEvents)
	pastOnly   bool                     // an irregular past whose lemma is unknown: summaries keep the form
	via        map[string]document.Span // participants named here by a pronoun or description: its span
}

// rootOf returns the event a mention was merged into (itself if none).
func rootOf(e *ev) *ev {
	for n := 0; e != nil && e.root != nil && n < 64; n++ {
		e = e.root
	}
	return e
}

type extractor struct {
	doc       *document.Document
	leadValue string // leadDay, once found
	sents     []text.Sentence
	ents      map[string]*entity.Entity
	ments     [][]ment
	mentAt    [][]int // per sentence and token: index into ments, -1 for none
	tmxs      [][]tmx
	clause    [][]int      // clause index per token
	crange    [][][2]int   // per sentence and clause: token range [start, end)
	trigAt    [][]bool     // per sentence and token: an (unfolded) event trigger
	opener    [][]string   // per clause: the word that opened it ("when", "which", ...)
	info      [][]wordInfo // per sentence and token: the word's classes and trigger entries

	countryIDs []string // the document's countries, sorted (lazily)

	trees  []syntax.Tree // per sentence, or nil
	wordOf [][]int       // per sentence and token: its tree word (treeWords, lazily)
	kids   [][][]int     // per sentence and word: its dependents (with wordOf)
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
	ents   map[string]*entity.Entity
	evs    [][]ev // chunks of evChunk events
	evUsed int    // events handed out
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
	if cap(m.ibuf) > 1<<20 || cap(m.mbuf) > 1<<16 || len(m.evs) > 64 {
		return
	}
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

func newExtractor(doc *document.Document, sents []text.Sentence, tx []timex.Timex, ents []entity.Entity) *extractor {
	mem := scratchPool.Get().(*scratch)
	if mem.ents == nil {
		mem.ents = make(map[string]*entity.Entity, len(ents))
	}
	x := &extractor{doc: doc, sents: sents, ents: mem.ents, mem: mem}
	// The per-sentence tables are windows on a few arrays sized for the
	// whole document (and reused from document to document).
	n := len(sents)
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
	ntok := 0
	for si := range sents {
		ntok += len(sents[si].Tokens)
	}
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
			poss := m.End < tk.End && (strings.HasPrefix(x.doc.Text[m.End:tk.End], "’") || strings.HasPrefix(x.doc.Text[m.End:tk.End], "'"))
			x.ments[si] = append(x.ments[si], ment{first: f, last: l, ent: e, kind: m.Kind, poss: poss, start: m.Start})
		}
	}
	for si := range x.ments {
		ms := x.ments[si]
		if len(ms) > 1 {
			sort.Slice(ms, func(i, j int) bool {
				if ms[i].first != ms[j].first {
					return ms[i].first < ms[j].first
				}
				if ms[i].last != ms[j].last {
					return ms[i].last > ms[j].last
				}
				return ms[i].start < ms[j].start
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
	mem.ibuf = resize(mem.ibuf, 2*ntok) // mentAt, then clause
	mem.tbuf = resize(mem.tbuf, ntok)
	ibuf, tbuf := mem.ibuf, mem.tbuf
	// A sentence has at most one clause more than tokens.
	mem.cbuf = resize(mem.cbuf, ntok+n)
	mem.obuf = resize(mem.obuf, ntok+n)
	cbuf, obuf := mem.cbuf, mem.obuf
	mem.wbuf = resize(mem.wbuf, ntok)
	wbuf := mem.wbuf
	off = 0
	for si, s := range sents {
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
	for i := range tx {
		t := &tx[i]
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
	off = 0
	for si, s := range sents {
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
	return x
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
		t := toks[i]
		if t.Overlaps(sp) {
			if f < 0 {
				f = i
			}
			l = i
		} else if f >= 0 {
			break
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

// mentionAt returns the mention covering token i of sentence si.
func (x *extractor) mentionAt(si, i int) *ment {
	if i < 0 || i >= len(x.mentAt[si]) {
		return nil
	}
	if k := x.mentAt[si][i]; k >= 0 {
		return &x.ments[si][k]
	}
	return nil
}

var clauseWords = wordset.Of(map[string]bool{"which": true, "who": true, "whom": true, "where": true, "when": true, "while": true,
	"whereas": true, "although": true, "though": true, "because": true, "but": true, "that": true, "if": true, "unless": true})

var clausePunct = wordset.Of(map[string]bool{",": true, ";": true, ":": true, "“": true, "”": true, "\"": true, "(": true, ")": true, "—": true, "–": true})

// Word classes the extractor asks about, found with one look-up per token.
const (
	wcSay uint8 = 1 << iota
	wcPrep
	wcClauseWord
	wcClausePunct
	wcDet     // determiners
	wcVerbCtx // verbContext
)

// wordInfo is what the extractor knows about a lower-case word form: its
// classes and its trigger entries (Lookup).
type wordInfo struct {
	cls  uint8
	trig []Trigger
}

var (
	wordInfoOnce sync.Once
	wordInfos    wordTable
)

// wordTable is an open-addressing hash table of word forms with an FNV-1a
// hash, kept at most a quarter full: most tokens are in none of the
// extractor's word lists and miss on the first, usually empty, slot, which
// costs less than a Go map probe.
type wordTable struct {
	mask uint32
	keys []string
	vals []wordInfo
}

func fnv(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h
}

func newWordTable(m map[string]wordInfo) wordTable {
	n := 64
	for n < 4*len(m) {
		n *= 2
	}
	t := wordTable{mask: uint32(n - 1), keys: make([]string, n), vals: make([]wordInfo, n)}
	for w, v := range m {
		if w == "" {
			continue // the empty slot marker; no list holds ""
		}
		i := fnv(w) & t.mask
		for t.keys[i] != "" {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = w, v
	}
	return t
}

func (t *wordTable) get(w string) wordInfo {
	if w == "" {
		return wordInfo{}
	}
	for i := fnv(w) & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case w:
			return t.vals[i]
		case "":
			return wordInfo{}
		}
	}
}

// wordInfoOf returns the classes and trigger entries of w.
func wordInfoOf(w string) wordInfo {
	wordInfoOnce.Do(func() {
		m := map[string]wordInfo{}
		for _, c := range []struct {
			set *wordset.Set
			bit uint8
		}{{&sayVerbs, wcSay}, {&preps, wcPrep}, {&clauseWords, wcClauseWord}, {&clausePunct, wcClausePunct},
			{&determiners, wcDet}, {&verbContext, wcVerbCtx}} {
			for _, w := range c.set.Words() {
				wi := m[w]
				wi.cls |= c.bit
				m[w] = wi
			}
		}
		for w, ts := range defaultLexicon().surface {
			wi := m[w]
			wi.trig = ts
			m[w] = wi
		}
		wordInfos = newWordTable(m)
	})
	return wordInfos.get(w)
}

// clauses splits a sentence into clauses: at punctuation (except commas
// inside a list of names) and at subordinating words.
//
// ids (the clause index per token) and cls (scratch) have one element per
// token; clauses fills ids and returns the openers.
func (x *extractor) clauses(si int, s text.Sentence, ids []int, cls []uint8, openers []string) []string {
	openers = append(openers[:0], "")
	c := 0
	var inline map[int]bool // quote marks around a short quoted phrase
	for i := range s.Tokens {
		t := &s.Tokens[i]
		cls[i] = x.info[si][i].cls
		if t.Text == "“" || t.Text == "\"" {
			for j := i + 1; j < len(s.Tokens) && j <= i+7; j++ {
				if s.Tokens[j].Text == "”" || s.Tokens[j].Text == "\"" {
					if i > 0 && j < len(s.Tokens)-1 {
						if inline == nil {
							inline = map[int]bool{}
						}
						inline[i], inline[j] = true, true
					}
					break
				}
			}
		}
	}
	for i := range s.Tokens {
		t := &s.Tokens[i]
		w := t.Lower
		brk := false
		if i > 0 && cls[i-1]&wcSay != 0 && t.Kind == text.Word && cls[i]&(wcPrep|wcClauseWord) == 0 && w != "to" {
			brk = true // "said he discussed ...": the reported clause
		} else if inline[i] {
			brk = false
		} else if cls[i]&wcClausePunct != 0 && i > 0 && !amountSign(s.Tokens, i) {
			brk = true
			if w == "," && i+1 < len(s.Tokens) {
				pm, nm := x.mentionAt(si, i-1), x.mentionAt(si, i+1)
				if pm != nil && nm != nil || nm != nil && pm == nil && isListAnd(s.Tokens, i+1) {
					brk = false // "Etorofu, Kunashiri, Shikotan and ..."
				}
			}
		} else if cls[i]&wcClauseWord != 0 && i > 0 && x.mentionAt(si, i) == nil {
			brk = true
			// "that" as a determiner ("that agreement") does not open a clause.
			if w == "that" && i+1 < len(s.Tokens) && len(x.info[si][i+1].trig) > 0 {
				brk = false
			}
		}
		if brk {
			op := ""
			if cls[i]&wcClauseWord != 0 {
				op = w
			}
			// ", which": one boundary, not an empty clause of punctuation.
			empty := i > 0 && ids[i-1] == c && s.Tokens[i-1].Kind == text.Punct && (i < 2 || ids[i-2] != c)
			if empty && c > 0 {
				openers[c] = op
			} else {
				c++
				openers = append(openers, op)
			}
		}
		ids[i] = c
		if i == 0 && cls[i]&wcClauseWord != 0 {
			openers[0] = w
		}
	}
	return openers
}

// newsAgencies are the credits a wire dateline carries: "NAIROBI, Kenya
// (AP) _".
var newsAgencies = map[string]bool{"ap": true, "reuters": true, "afp": true, "upi": true, "xinhua": true, "cnn": true,
	"bloomberg": true, "dpa": true, "ansa": true, "efe": true, "itar-tass": true, "tass": true, "kyodo": true, "yonhap": true}

// datelineEnd returns the index of the dash that ends a wire dateline at
// the start of a sentence ("LONDON -", "NAIROBI, Kenya (AP) _",
// "WASHINGTON (Reuters) —"), when place e's mention at token f is part of
// one; 0 otherwise.
func datelineEnd(toks []text.Token, e *entity.Entity, f int) int {
	if f > 6 || e.Type != entity.Location && !(f < len(toks) && newsAgencies[toks[f].Lower]) {
		return 0
	}
	for k := 0; k < len(toks) && k <= 8; k++ {
		t := toks[k]
		switch {
		case t.Text == "-" || t.Text == "—" || t.Text == "–" || t.Text == "_" || t.Text == "--":
			if k > f && k > 0 {
				return k
			}
			return 0
		case t.Text == "," || t.Text == "(" || t.Text == ")" || t.Text == ".":
		case newsAgencies[t.Lower]:
		case t.Kind == text.Word && t.Text[0] >= 'A' && t.Text[0] <= 'Z':
		default:
			return 0
		}
	}
	return 0
}

func isListAnd(toks []text.Token, i int) bool {
	return false
}

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
			if !e.light && tr.Lemma == "take" && takeIdiom(s.Tokens, i) {
				e.light = true // "take the projects forward", "took note": no event of its own
			}
			if !e.light {
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
		if e.light || e.planVerb || e.absorbed || e.standalone && len(e.parts) == 0 && e.TimexID == "" || e.open && (e.TimexID == "" || !x.hasSubject(e)) {
			continue
		}
		kept = append(kept, e)
	}
	return kept
}

var preps = wordset.Of(map[string]bool{"in": true, "at": true, "near": true, "with": true, "by": true, "to": true, "from": true,
	"of": true, "on": true, "for": true, "between": true, "into": true, "over": true, "toward": true, "towards": true,
	"about": true, "against": true, "under": true, "off": true, "across": true, "within": true,
	"including": true, "regarding": true, "among": true, "like": true, "than": true, "via": true, "onto": true, "around": true})

var placePreps = wordset.Of(map[string]bool{"in": true, "at": true, "near": true, "off": true, "inside": true, "outside": true, "across": true})

// placeKinds are kinds whose object is where they happen ("visit Russia",
// "seized the islands").
var placeKinds = wordset.Of(map[string]bool{"visit": true, "seizure": true, "attack": true})

// governingPrep returns the preposition that governs mention m (skipping
// determiners, adjectives, titles and modifiers inside its noun phrase),
// or "".
func (x *extractor) governingPrep(si int, m *ment) string {
	toks := x.sents[si].Tokens
	for k := m.first - 1; k >= 0 && k >= m.first-5; k-- {
		w := toks[k].Lower
		if preps.Has(w) {
			if w == "of" && k > 0 && isPlaceNoun(toks[k-1].Lower) {
				// "the city of Danang": look past the head noun.
				continue
			}
			return w
		}
		if toks[k].Kind == text.Punct && w != "’" && w != "'" || clauseWords.Has(w) || verbContext.Has(w) || text.IsPastForm(w) {
			return ""
		}
		if len(Lookup(w)) > 0 && !determiners.Has(w) {
			return ""
		}
	}
	return ""
}

// modifier reports whether mention m only modifies a following name
// ("U.S. President Donald Trump", "Russian President Vladimir Putin").
func (x *extractor) modifier(si int, m *ment) bool {
	ms := x.mentsIn(si, m.last+1, m.last+6)
	toks := x.sents[si].Tokens
	for k := range ms {
		n := &ms[k]
		if n.first <= m.last || n.first > m.last+5 {
			continue
		}
		// only title words between: "U.S. President Donald Trump"
		for j := m.last + 1; j < n.first; j++ {
			if toks[j].Kind != text.Word || !isUpper(toks[j].Text) {
				return false
			}
		}
		return true
	}
	return false
}

// stateBody reports whether demonym mention m heads a body that acts for
// its state ("Soviet troops", "the Japanese government"): the mention then
// stands for the state as an actor.
func (x *extractor) stateBody(si int, m *ment) bool {
	toks := x.sents[si].Tokens
	return m.last+1 < len(toks) && entity.StateBody(toks[m.last+1].Lower)
}

// coordinated reports whether tokens [a, b) join two names: "and", ",",
// articles, title words and modifier names ("the prime minister and U.S.
// President Donald Trump").
func (x *extractor) coordinated(si, a, b int) bool {
	toks := x.sents[si].Tokens
	conj := false
	for k := a; k < b; k++ {
		w := toks[k].Lower
		switch {
		case w == "and" || w == "," || w == "&":
			conj = true
		case w == "the" || w == "." || x.mentionAt(si, k) != nil:
		case toks[k].Kind == text.Word && isUpper(toks[k].Text):
		default:
			return false
		}
	}
	return conj
}

func isUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// refersTo resolves pronouns and plural descriptions of actors: he/him ->
// a person, they/both sides/the two leaders -> the parties of the latest
// event with two or more.
func (x *extractor) pronoun(si, i int, cur []*ev, earlier []*ev) []string {
	toks := x.sents[si].Tokens
	w := toks[i].Lower
	switch w {
	case "he", "him", "his", "she", "her", "himself", "herself":
		// The subject of an earlier clause of this sentence.
		if c := x.clause[si][i]; c > 0 {
			if m := x.subjectOf(si, c-1); m != nil {
				return []string{m.ent.ID}
			}
		}
		before := x.mentsIn(si, max(0, i-5*window), i)
		for k := len(before) - 1; k >= 0; k-- {
			if m := before[k]; m.last < i && m.ent.Type == entity.Person {
				return []string{m.ent.ID}
			}
		}
		for p := si - 1; p >= 0 && p >= si-3; p-- {
			for k := len(x.ments[p]) - 1; k >= 0 && k >= len(x.ments[p])-5*window; k-- {
				if m := x.ments[p][k]; m.ent.Type == entity.Person {
					return []string{m.ent.ID}
				}
			}
		}
	case "countries", "nations", "governments":
		return x.twoCountries(si, i, cur, earlier)
	case "it", "its":
		return x.lastOrganization(si, i)
	case "company", "firm", "group", "carmaker", "automaker", "bank", "maker", "retailer", "manufacturer", "airline",
		"insurer", "lender", "giant", "chipmaker", "corporation", "conglomerate", "startup", "publisher", "broadcaster":
		if i > 0 && (toks[i-1].Lower == "the" || toks[i-1].Lower == "its") {
			return x.lastOrganization(si, i)
		}
	case "they", "their", "both", "leaders", "sides", "men", "women":
		n := len(cur) + len(earlier)
		for k := n - 1; k >= 0 && k >= n-200; k-- {
			var e *ev
			if k >= len(earlier) {
				e = cur[k-len(earlier)]
			} else {
				e = earlier[k]
			}
			if e.sent < si-3 {
				break
			}
			if e.sent == si && e.tok >= i {
				continue
			}
			var ids []string
			for _, id := range e.partOrd {
				if t := x.ents[id].Type; t == entity.Person {
					ids = append(ids, id)
				}
			}
			if len(ids) >= 2 {
				return ids
			}
		}
	}
	return nil
}

// lastOrganization returns the organization named last before token i of
// sentence si, in it or the three sentences before: what "it", "its" and
// "the company" stand for in business news. None when a person or a place
// was named after it in this sentence (the pronoun is then more likely
// theirs).
func (x *extractor) lastOrganization(si, i int) []string {
	before := x.mentsIn(si, 0, i)
	for k := len(before) - 1; k >= 0; k-- {
		m := before[k]
		if m.last >= i {
			continue
		}
		if m.ent.Type == entity.Organization {
			return []string{m.ent.ID}
		}
		if m.kind != "demonym" {
			return nil
		}
	}
	for p := si - 1; p >= 0 && p >= si-3; p-- {
		for k := len(x.ments[p]) - 1; k >= 0; k-- {
			if m := x.ments[p][k]; m.ent.Type == entity.Organization {
				return []string{m.ent.ID}
			}
		}
	}
	return nil
}

// subjectOf returns the first person mention of clause c that is not
// governed by a preposition.
func (x *extractor) subjectOf(si, c int) *ment {
	if c < 0 || c >= len(x.crange[si]) {
		return nil
	}
	r := x.crange[si][c]
	ms := x.mentsIn(si, r[0], min(r[1], r[0]+window))
	for k := range ms {
		m := &ms[k]
		if x.clause[si][m.first] == c && m.ent.Type == entity.Person && x.governingPrep(si, m) == "" && !m.poss {
			return m
		}
	}
	return nil
}

func (e *ev) add(id, role string) {
	if id == "" {
		return
	}
	if _, ok := e.parts[id]; ok {
		return
	}
	if e.parts == nil {
		e.parts = map[string]string{}
	}
	e.parts[id] = role
	e.partOrd = append(e.partOrd, id)
}

// addVia adds a participant that the words at span stand for ("he",
// "the two leaders").
func (e *ev) addVia(id, role string, span document.Span) {
	if _, ok := e.parts[id]; ok {
		return
	}
	e.add(id, role)
	if e.via == nil {
		e.via = map[string]document.Span{}
	}
	e.via[id] = span
}

func (e *ev) addPlace(id string) {
	for _, p := range e.places {
		if p == id {
			return
		}
	}
	e.places = append(e.places, id)
}

var pluralActors = wordset.Of(map[string]bool{"they": true, "leaders": true, "sides": true, "men": true, "women": true,
	"countries": true, "nations": true, "governments": true})

// participants links event e to the entities of its clause.
func (x *extractor) participants(si int, e *ev, cur []*ev, earlier []*ev) {
	s := x.sents[si]
	toks := s.Tokens
	c := e.clause
	i := e.tok
	passive := false
	if !e.trig.Noun && text.IsPastForm(toks[i].Lower) {
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			w := toks[k].Lower
			if w == "was" || w == "were" || w == "been" || w == "be" || w == "is" || w == "are" || w == "being" {
				passive = true
				break
			}
		}
	}
	subjRole, objRole := RoleAgent, RolePatient
	if e.Class == Reporting {
		subjRole = RoleSpeaker
	}
	if passive {
		subjRole = RolePatient
	}
	e.passive = passive
	// Subject: mentions before the trigger in the clause, closest group.
	var subj []*ment
	cr := x.crange[si][c]
	before := x.mentsIn(si, max(cr[0], i-window), i)
	for k := range before {
		m := &before[k]
		if m.last >= i || x.clause[si][m.first] != c {
			continue
		}
		if x.governingPrep(si, m) != "" || x.modifier(si, m) {
			continue
		}
		if m.poss {
			continue // possessors are handled below
		}
		if m.kind == "demonym" && !x.stateBody(si, m) {
			continue // "Japanese citizens visited": not Japan
		}
		subj = append(subj, m)
	}
	// Keep the group of subjects closest to the verb: "Abe and Putin".
	if len(subj) > 1 {
		g := []*ment{subj[len(subj)-1]}
		for k := len(subj) - 2; k >= 0; k-- {
			if subj[k].last >= g[0].first { // parts of one compound: "Abe-Putin"
				g = append([]*ment{subj[k]}, g...)
				continue
			}
			if x.coordinated(si, subj[k].last+1, g[0].first) {
				g = append([]*ment{subj[k]}, g...)
				continue
			}
			break
		}
		subj = g
	}
	// A verb's subject from the tree, when the sentence has one: the
	// words before the verb may be another clause's ("Jackson said police
	// arrested both men"), and the subject may be elsewhere ("Abe plans to
	// visit"). Where the tree's subject names no entity, the words before
	// the verb still decide: the parser is wrong on one arc in five (EWT
	// dev LAS 81), and "The two men talked" parsed with "men" as the root
	// would otherwise lose both men.
	tw := 0
	if !e.trig.Noun {
		tw = x.treeWord(si, i)
	}
	var treeSubj []string
	treeVia := map[string]document.Span{}
	if tw > 0 {
		ws, pass := x.treeSubjects(si, tw)
		for _, w := range ws {
			ids, via := x.wordParties(si, w, cur, earlier)
			for _, id := range ids {
				if via != (document.Span{}) {
					treeVia[id] = via
				}
			}
			treeSubj = append(treeSubj, ids...)
		}
		if len(treeSubj) > 0 || commonSubject(x, si, ws) {
			// A subject that is a common noun ("records began", "voters
			// decided") is no one the words before the verb may name.
			subj = nil
		}
		if len(treeSubj) > 0 && pass != passive {
			passive = pass
			e.passive = pass
			subjRole = RoleAgent
			if e.Class == Reporting {
				subjRole = RoleSpeaker
			}
			if passive {
				subjRole = RolePatient
			}
		}
	}
	// Nouns take part only through their own phrase or a light verb.
	light, attend := false, false
	if e.trig.Noun {
		for k := i - 1; k >= 0 && x.clause[si][k] == c && k >= i-5; k-- {
			w := toks[k].Lower
			if lightVerbs.Has(w) {
				light = true
				attend = attendVerbs.Has(w)
				break
			}
			// only determiners and adjectives between: "held his formal
			// meeting", "held a separate 15-minute conversation"
			if !determiners.Has(w) && toks[k].Kind != text.Number && !strings.Contains(w, "-") &&
				!strings.HasSuffix(w, "al") && !strings.HasSuffix(w, "ic") && !strings.HasSuffix(w, "ive") {
				break
			}
		}
		if !light {
			subj = nil
		}
		// Possessor or name modifier right before the noun.
		near := x.mentsIn(si, i-4, i)
		for k := range near {
			m := &near[k]
			if m.last < i && m.last >= i-3 && x.clause[si][m.first] == c {
				gap := toks[m.last+1 : i]
				ok := true
				for _, g := range gap {
					if !determiners.Has(g.Lower) || g.Lower == "a" || g.Lower == "an" {
						ok = false
					}
				}
				if ok && (m.poss || m.last == i-1) {
					e.add(m.ent.ID, RoleAgent)
				}
			}
		}
		if i > 0 {
			ids, at := x.pronounBefore(si, i, cur, earlier)
			for _, id := range ids {
				e.addVia(id, RoleAgent, toks[at].Span)
			}
		}
	}
	own := len(e.partOrd) // parties named by the noun's own phrase
	for _, m := range subj {
		if m.ent.Type == entity.Location && m.ent.Subtype != "country" && m.ent.Note == "" && !passive {
			continue // "In Tokyo, ..." is a place, not an actor
		}

		if passive && m.ent.Type == entity.Location && placeKinds.Has(e.Kind) {
			e.addPlace(m.ent.ID)
			continue
		}
		e.add(m.ent.ID, subjRole)
	}
	for _, id := range treeSubj {
		m := x.ents[id]
		if m.Type == entity.Location && m.Subtype != "country" && m.Note == "" && !passive {
			continue // "In Tokyo, ..." is a place, not an actor
		}
		if passive && m.Type == entity.Location && placeKinds.Has(e.Kind) {
			e.addPlace(id)
			continue
		}
		if via, ok := treeVia[id]; ok {
			e.addVia(id, subjRole, via)
			continue
		}
		e.add(id, subjRole)
	}
	if len(subj) == 0 && len(treeSubj) == 0 && (!e.trig.Noun || light) {
		// A pronoun or plural description as subject.
		for k := i - 1; k >= 0 && x.clause[si][k] == c && k >= i-6; k-- {
			w := toks[k].Lower
			if w == "he" || w == "she" || pluralActors.Has(w) {
				role := subjRole
				for _, id := range x.pronoun(si, k, cur, earlier) {
					e.addVia(id, role, toks[k].Span)
				}
				break
			}
		}
		// A relative clause: "Moscow, which has often accused ...".
		if len(e.parts) == 0 {
			if op := x.opener[si][c]; op == "which" || op == "who" {
				prev := x.mentsIn(si, max(0, cr[0]-window), cr[0])
				for k := len(prev) - 1; k >= 0; k-- {
					m := prev[k]
					if m.last < i && x.clause[si][m.last] < c {
						if x.clause[si][m.last] == c-1 && m.kind != "demonym" {
							e.add(m.ent.ID, subjRole)
						}
						break
					}
				}
			}
		}
		// Participial clause at the start of a sentence: "Meeting before
		// the opening..., Abe told Putin": its subject is the main one.
		if len(e.parts) == 0 && i == 0 {
			if m := x.subjectOf(si, c+1); m != nil {
				e.add(m.ent.ID, subjRole)
			}
		}
	}
	if e.trig.Noun && attend {
		// The subject of "attended the meeting" takes part, but does not
		// tell which meeting it is.
		for _, id := range e.partOrd[own:] {
			if e.weak == nil {
				e.weak = map[string]bool{}
			}
			e.weak[id] = true
			e.parts[id] = RoleAttendee
		}
	}
	// After the trigger: with/between parties, agents of passives, objects, places.
	var lastPrep string
	var lastPlace *ment
	after := x.mentsIn(si, i+1, min(cr[1], i+1+window))
	for k := range after {
		m := &after[k]
		if m.first <= i || x.clause[si][m.first] != c || x.modifier(si, m) || m.kind == "demonym" {
			continue
		}
		// A name that modifies an event noun ("U.N. sanctions") belongs to it.
		if m.last+1 < len(toks) && hasNoun(toks[m.last+1].Lower) {
			continue
		}
		// With a tree, a verb takes only the names of its own arguments.
		if tw > 0 && (x.governor(si, x.treeWord(si, m.last)) != tw || x.roleOwner(si, x.treeWord(si, m.last))) {
			continue
		}
		nearest := !x.triggerBetween(cur, e, m.first)
		p := x.governingPrep(si, m)
		if p == "" && lastPrep == "between" && m.first > 0 && toks[m.first-1].Lower == "and" {
			p = "between"
		}
		if m.ent.Type == entity.Location && lastPlace != nil && x.locates(si, lastPlace, m) {
			lastPlace = m // "in Danang, Vietnam"
			continue
		}
		isPlace := (placePreps.Has(p) || p == "of" && m.first >= 2 && isPlaceNoun(toks[m.first-2].Lower) ||
			p == "to" && e.Kind == "visit") && m.ent.Type == entity.Location
		switch {
		case (p == "with" || p == "between") && nearest:
			e.add(m.ent.ID, RoleWith)
			lastPrep = p
		case p == "by" && passive:
			e.add(m.ent.ID, RoleAgent)
		case p == "to" && tw > 0 && e.Kind != "visit" && (m.ent.Type != entity.Location || m.ent.Subtype == "country") &&
			x.treeRel(si, m.last) == "obl":
			e.add(m.ent.ID, RoleRecipient) // "apologized to Erdogan"
		case isPlace && !(e.trig.Noun && (x.verbBetween(si, i, m.first) && !x.heldAfter(si, i) || !nearest)):
			// "in Vladivostok in Russia’s Far East": the second place
			// only locates the first.
			if lastPlace != nil && x.locates(si, lastPlace, m) {
				lastPlace = m
				continue
			}
			lastPlace = m
			e.addPlace(m.ent.ID)
			if e.placePrep == nil {
				e.placePrep = map[string]string{}
			}
			if p == "of" {
				p = "in"
			}
			e.placePrep[m.ent.ID] = p
		case p == "" && !passive && !e.trig.Noun && nearest:
			if placeKinds.Has(e.Kind) && m.ent.Type == entity.Location {
				e.addPlace(m.ent.ID)
			} else if sayVerbs.Has(toks[i].Lower) && len(e.parts) == 0 && m.first == i+1 {
				e.add(m.ent.ID, RoleSpeaker) // "said Putin"
			} else if e.Class != Reporting && (m.ent.Type != entity.Location || m.ent.Subtype == "country" || m.ent.Note != "") {
				e.add(m.ent.ID, objRole)
			} else if e.Class == Reporting && !sayVerbs.Has(toks[i].Lower) {
				e.add(m.ent.ID, objRole) // "told Putin"
			}
		}
	}
	// Pronoun parties after the trigger: "between him and Abe".
	for k := i + 1; k < len(toks) && k <= i+window && x.clause[si][k] == c; k++ {
		w := toks[k].Lower
		if (w == "him" || w == "her") && k > 0 && (toks[k-1].Lower == "between" || toks[k-1].Lower == "with") && !x.triggerBetween(cur, e, k) {
			for _, id := range x.pronoun(si, k, cur, earlier) {
				e.addVia(id, RoleWith, toks[k].Span)
			}
		}
	}
	// "the city of Danang, where the summit was held": the relative
	// adverb stands for the place before it.
	if x.opener[si][c] == "where" {
		prev := x.mentsIn(si, max(0, cr[0]-window), cr[0])
		for k := len(prev) - 1; k >= 0; k-- {
			m := &prev[k]
			if m.last < i && x.clause[si][m.last] < c {
				if m.ent.Type == entity.Location && x.clause[si][m.last] == c-1 {
					e.addPlace(m.ent.ID)
					if e.placePrep == nil {
						e.placePrep = map[string]string{}
					}
					e.placePrep[m.ent.ID] = "in"
				}
				break
			}
		}
	}
	x.dropContainers(e)
}

// dropContainers removes the places of e that contain another of its
// places: "Vladivostok in Russia’s Far East" keeps Vladivostok and the Far
// East; "a summit in Vietnam", later "held in Danang", keeps Danang.
func (x *extractor) dropContainers(e *ev) {
	var ps []string
	for _, p := range e.places {
		redundant := false
		for _, q := range e.places {
			if q != p && x.within(q, p) {
				redundant = true
			}
		}
		if !redundant {
			ps = append(ps, p)
		}
	}
	e.places = ps
}

// pronounBefore resolves a possessive pronoun or plural description right
// before a noun trigger ("their meeting", "his comments").
func (x *extractor) pronounBefore(si, i int, cur []*ev, earlier []*ev) ([]string, int) {
	toks := x.sents[si].Tokens
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := toks[k].Lower
		if w == "their" || w == "his" || w == "her" {
			return x.pronoun(si, k, cur, earlier), k
		}
		if toks[k].Kind == text.Punct || preps.Has(w) {
			break
		}
	}
	return nil, -1
}

// triggerBetween reports whether another event of the sentence lies
// between e's trigger and token k.
func (x *extractor) triggerBetween(cur []*ev, e *ev, k int) bool {
	at := x.trigAt[e.sent]
	for j := e.tok + 1; j < k && j < len(at); j++ {
		if at[j] {
			return true
		}
	}
	return false
}

// verbBetween reports whether a finite verb lies between tokens a and b.
func (x *extractor) verbBetween(si, a, b int) bool {
	for k := a + 1; k < b; k++ {
		switch w := x.sents[si].Tokens[k].Lower; w {
		case "was", "were", "is", "are", "has", "have", "had", "will", "would", "be":
			return true
		default:
			if text.IsPastForm(w) && !x.trigAt[si][k] {
				return true // "concerned", "held"
			}
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

// heldAfter reports whether the event noun at token i is followed by the
// verb that stages it: "the summit was held in Osaka", "the talks took
// place in Geneva", "the conference will be hosted in Rome".
func (x *extractor) heldAfter(si, i int) bool {
	toks := x.sents[si].Tokens
	for k := i + 1; k < len(toks) && k <= i+5; k++ {
		switch toks[k].Lower {
		case "was", "were", "is", "are", "be", "been", "being", "will", "has", "had", "have", "also", "then":
			continue
		case "held", "hosted", "convened", "staged", "organized", "organised":
			return true
		case "took", "takes", "take", "taking":
			return k+1 < len(toks) && toks[k+1].Lower == "place"
		}
		return false
	}
	return false
}

// locates reports whether place m follows place p as its location:
// "Vladivostok in Russia’s Far East", "Danang, Vietnam".
func (x *extractor) locates(si int, p, m *ment) bool {
	toks := x.sents[si].Tokens
	k := p.last + 1
	if k < len(toks) && (placePreps.Has(toks[k].Lower) || toks[k].Lower == ",") {
		k++
	}
	if k == m.first {
		return true
	}
	// through a possessor: "in Russia’s Far East"
	for _, q := range x.ments[si] {
		if q.first == k && q.poss && q.last+1 == m.first {
			return true
		}
	}
	return false
}

func hasNoun(w string) bool {
	for _, t := range Lookup(w) {
		if t.Noun {
			return true
		}
	}
	return false
}

func isPlaceNoun(w string) bool {
	switch w {
	case "city", "town", "village", "port", "capital", "province", "region", "island", "islands", "state", "prefecture", "county", "district":
		return true
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

// family groups kinds that may name the same event.
func family(kind string) string {
	switch kind {
	case "meeting", "talks":
		return "meeting"
	}
	return kind
}

func (e *ev) partIDs() []string { return e.partOrd }

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
				if family(a.Kind) != family(e.Kind) || pass == 0 && r.distinct {
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
			role := e.parts[id]
			if _, ok := target.parts[id]; !ok {
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
		if _, ok := a.parts[id]; !ok && len(a.parts) > 0 && !e.weak[id] {
			return false
		}
	}
	return true
}

func (x *extractor) output(evs []*ev) []Event {
	sort.SliceStable(evs, func(i, j int) bool { return evs[i].Trigger.Start < evs[j].Trigger.Start })
	out := make([]Event, 0, len(evs))
	for k, e := range evs {
		e.ID = "ev" + strconv.Itoa(k+1)
		e.Participants = nil
		for _, id := range e.partOrd {
			e.Participants = append(e.Participants, Participant{Entity: id, Role: e.parts[id], Via: e.via[id]})
		}
		x.dropContainers(e)
		x.leadDate(e)
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
