package syntax

import (
	"bytes"
	"embed"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/learn"
	"github.com/chronicle-news/chronicle/internal/wordset"
)

// Model is the tagger, parser and labeller with their lexicon. It is
// read-only and safe for concurrent use.
type Model struct {
	Lex    *Lexicon
	tagger scorer
	parser scorer
	// fast: tagger and parser are learn.Sparse models (not a learner in
	// training), so the run-time scorers with cached sums apply
	// (fasttag.go, fastparse.go); noneRoles are the role sums of no word.
	fast      bool
	second    float32 // the tagger's second-pass margin (0: none)
	noneRoles roleVec
	labeler   scorer
	rels      []string
	root      int // index of "root" in rels, -1 if absent

	upos  []string // per joint tag
	xpos  []string
	uidx  []uint64 // per joint tag: universal tag index + 1
	unams []string // universal tag names by index

	relIdx map[string]int    // index of each relation name in rels (relIndex)
	tagIdx map[[2]string]int // joint tag of (universal, Penn) tags (tagIndex)

	// free holds the scratch spaces not in use. Not a sync.Pool: a
	// collection would empty that, and the scratch space holds the sums
	// the worker has cached (fastCache), which a busy pipeline's frequent
	// collections would throw away. There are as many as there were
	// concurrent calls.
	mu   sync.Mutex
	free []*work
}

// root returns the first word the tree hangs on the root, or 0.
func (w *work) root() int {
	for i := 1; i < len(w.heads) && i <= len(w.forms); i++ {
		if w.heads[i] == 0 {
			return i
		}
	}
	return 0
}

// tree reports whether every word reaches the root through its heads
// (a repair that moved two arcs must not leave a cycle).
func (w *work) tree() bool {
	n := len(w.forms)
	for i := 1; i <= n; i++ {
		h, d := i, 0
		for ; h > 0 && d <= n; d++ {
			h = w.heads[h]
		}
		if h != 0 {
			return false
		}
	}
	return true
}

// work is one goroutine's scratch memory.
type work struct {
	forms  []string
	info   []wordInfo
	tags   []int
	st     state
	fc     fastCache
	heads  []int
	rels   []int
	buf    []uint64
	scores []float32
	glued  []bool // per word: joined to the words on both sides without space (hyphenNames)
	lab    labelCtx
	lemmas map[formTag][2]string // lemma and features by (form, tag): lemmaFeats
	memo   wordMemo              // what is known of each form met
	idx    []int32               // per word of the sentence: its index in memo.words, -1 if none
	batch  []sentState           // the sentences of annotateBatch
	lows   []string              // the forms in lower case, filled by lower on first use
	times  []int8                // per word: 1 a time word (timeWord), -1 not, 0 not known yet
}

// lower is the form of word i (from 0) in lower case, found once a
// sentence: the repairs ask it of the same words again and again.
func (w *work) lower(i int) string {
	if len(w.lows) != len(w.forms) {
		w.lows = w.lows[:0]
		w.times = w.times[:0]
		for _, f := range w.forms {
			w.lows = append(w.lows, strings.ToLower(f))
			w.times = append(w.times, 0)
		}
	}
	return w.lows[i]
}

// timeAt tells whether word i (from 0) is a time word (timeWord).
func (w *work) timeAt(i int) bool {
	l := w.lower(i)
	if w.times[i] == 0 {
		w.times[i] = -1
		if timeWordLower(w.forms[i], l) {
			w.times[i] = 1
		}
	}
	return w.times[i] > 0
}

func newModel(lx *Lexicon, tagger, parser, labeler scorer, rels []string) *Model {
	m := &Model{Lex: lx, tagger: tagger, parser: parser, labeler: labeler, rels: rels, root: -1}
	m.second = secondMargin(tagger)
	ts, ok1 := tagger.(*learn.Sparse)
	ps, ok2 := parser.(*learn.Sparse)
	if ok1 && ok2 && !ts.Inline() && ps.Inline() {
		m.fast = true
		var c fastCache
		c.roles(ps, 0, 0, &m.noneRoles)
	}
	m.relIdx = make(map[string]int, len(rels))
	for i, r := range rels {
		if r == "root" {
			m.root = i
		}
		if _, ok := m.relIdx[r]; !ok {
			m.relIdx[r] = i
		}
	}
	m.tagIdx = make(map[[2]string]int, len(lx.Tags))
	seen := map[string]int{}
	for _, t := range lx.Tags {
		u, x, _ := strings.Cut(t, "|")
		m.upos = append(m.upos, u)
		m.xpos = append(m.xpos, x)
		if _, ok := seen[u]; !ok {
			seen[u] = len(m.unams)
			m.unams = append(m.unams, u)
		}
		m.uidx = append(m.uidx, uint64(seen[u])+1)
		if _, ok := m.tagIdx[[2]string{u, x}]; !ok {
			m.tagIdx[[2]string{u, x}] = len(m.upos) - 1
		}
	}
	return m
}

func (m *Model) getWork() *work {
	m.mu.Lock()
	if n := len(m.free); n > 0 {
		w := m.free[n-1]
		m.free = m.free[:n-1]
		m.mu.Unlock()
		return w
	}
	m.mu.Unlock()
	n := len(m.Lex.Tags)
	if len(m.rels) > n {
		n = len(m.rels)
	}
	if n < nMoves {
		n = nMoves
	}
	w := &work{scores: make([]float32, n), lab: newLabelCtx(m.unams, m.rels)}
	if ls, ok := m.labeler.(*learn.Sparse); ok && m.fast && !ls.Inline() && len(ls.Labels) == len(m.rels) {
		w.lab.fast = newLabelFast(ls, len(m.Lex.Tags))
	}
	return w
}

func (m *Model) putWork(w *work) {
	m.mu.Lock()
	m.free = append(m.free, w)
	m.mu.Unlock()
}

// Annotate fills the tags, lemma, features, head and relation of words
// from their forms. Empty input is left as is.
func (m *Model) Annotate(words []Word) {
	if len(words) == 0 {
		return
	}
	w := m.getWork()
	defer m.putWork(w)
	w.setForms(words)
	m.analyze(w)
	m.output(w, words)
}

// setForms sets the forms of the sentence to analyze.
func (w *work) setForms(words []Word) {
	w.forms = w.forms[:0]
	w.lows = w.lows[:0]
	w.glued = w.glued[:0]
	for i := range words {
		w.forms = append(w.forms, modelForm(words[i].Form))
		// A word joined to both neighbours (a hyphen inside a word).
		g := i > 0 && i+1 < len(words) && words[i].Start > 0 && words[i-1].End == words[i].Start && words[i].End == words[i+1].Start
		w.glued = append(w.glued, g)
	}
}

// sentState is what a sentence keeps between the stages of analyze when
// annotateBatch runs each stage over several sentences: the fields of
// work that hold one sentence.
type sentState struct {
	forms []string
	glued []bool
	info  []wordInfo
	idx   []int32
	tags  []int
	words []pword
	heads []int
	rels  []int
}

// swap exchanges the sentence in w with s.
func (w *work) swap(s *sentState) {
	w.forms, s.forms = s.forms, w.forms
	w.lows = w.lows[:0] // lower fills it again for the sentence swapped in
	w.glued, s.glued = s.glued, w.glued
	w.info, s.info = s.info, w.info
	w.idx, s.idx = s.idx, w.idx
	w.tags, s.tags = s.tags, w.tags
	w.st.words, s.words = s.words, w.st.words
	w.heads, s.heads = s.heads, w.heads
	w.rels, s.rels = s.rels, w.rels
}

// batchWords bounds the words annotateBatch takes through each stage
// together. (A variable for the test of batches.)
var batchWords = 1 << 15

// annotateBatch does what Annotate does to each of sents, stage by stage
// (tags of every sentence, then trees, then labels, then repairs): the
// tables of one model stay in the cache across sentences instead of
// competing with the others' at every sentence. Each sentence's
// analysis is the one Annotate gives (the worker's cached sums are
// exact, whatever the order they are filled in).
func (m *Model) annotateBatch(sents [][]Word) {
	w := m.getWork()
	defer m.putWork(w)
	for len(sents) > 0 {
		k, words := 0, 0
		for k < len(sents) && (k == 0 || words+len(sents[k]) <= batchWords) {
			words += len(sents[k])
			k++
		}
		m.annotateSome(w, sents[:k])
		sents = sents[k:]
	}
}

func (m *Model) annotateSome(w *work, sents [][]Word) {
	if cap(w.batch) < len(sents) {
		w.batch = append(w.batch[:cap(w.batch)], make([]sentState, len(sents)-cap(w.batch))...)
	}
	states := w.batch[:len(sents)]
	for stage := range 5 {
		for i, words := range sents {
			if len(words) == 0 {
				continue
			}
			w.swap(&states[i])
			switch stage {
			case 0:
				w.setForms(words)
				m.analyzeTags(w)
			case 1:
				m.analyzeParse(w)
			case 2:
				m.analyzeLabels(w)
			case 3:
				m.repairTree(w)
			case 4:
				m.output(w, words)
			}
			w.swap(&states[i])
		}
	}
}

// output writes the analysis in w into words.
func (m *Model) output(w *work, words []Word) {
	for i := range words {
		t := w.tags[i]
		wd := &words[i]
		wd.UPOS, wd.XPOS = m.upos[t], m.xpos[t]
		wd.Lemma, wd.Feats = m.lemmaFeats(w, w.idx[i], w.forms[i], t) // (the form the model read: "Oct." as "October")
		wd.Head = w.heads[i+1]
		wd.Rel = m.rels[w.rels[i+1]]
	}
	m.whenClauses(words)
	m.frontedClauses(words)
	m.parentheticals(words)
	m.restrictiveRelatives(words)
	m.andClauses(words)
	m.thatClauses(words)
	m.midAppositions(words)
}

// midAppositions parses a sentence again without an apposition set off
// by commas after a noun inside it ("completed its takeover of ZeniMax
// Media, the parent of Bethesda, in March 2021"), when the tree does not
// hang the apposition on a word before it or hangs a word after its
// closing comma inside it (the time as the apposition's nmod, where it
// is the verb's). The rest of the sentence and the apposition are each
// parsed as sentences; the apposition's root is grafted on the noun
// before it (the head of its name), its commas its punctuation. Only an
// apposition to a name after the tree's root, that opens with
// an article, has a common noun for its head and no verb outside a
// relative clause of its own, and is followed by a preposition, adverb,
// subordinator or verb (not more of a name with commas, "Goldman, Sachs
// & Co.", nor a list's next item).
func (m *Model) midAppositions(words []Word) {
	n := len(words)
	if n < 10 {
		return
	}
	root := 0 // the root before: the apposition is no subject's and no fronted phrase's
	for k := range words {
		if words[k].Head == 0 {
			root = k + 1
		}
	}
	for a := 2; a+3 < n; a++ {
		if root == 0 || root >= a || words[a].Form != "," || words[a-1].UPOS != "PROPN" && (words[a-1].UPOS != "NOUN" || !startsUpper(words[a-1].Form)) {
			continue // (a capitalized noun ends a name: "ZeniMax Media")
		}
		b := -1
		for k := a + 2; k < n && k <= a+8; k++ {
			if words[k].Form == "," {
				b = k
				break
			}
		}
		if b < 0 || b+2 >= n {
			continue
		}
		switch words[b+1].UPOS {
		case "ADP", "ADV", "SCONJ", "VERB", "AUX":
			// What follows is the sentence's again ("in March 2021"), not
			// more of a name with commas ("Goldman, Sachs & Co.", "in
			// Buffalo, New York"), a list's next item or a relative clause.
		default:
			continue
		}
		switch f := words[a+1]; {
		case f.UPOS == "DET" && (strings.EqualFold(f.Form, "the") || strings.EqualFold(f.Form, "a") || strings.EqualFold(f.Form, "an")):
		default:
			continue
		}
		ok := true
		for k := a + 1; k < b && ok; k++ {
			if relativeWords[strings.ToLower(words[k].Form)] {
				break
			}
			switch words[k].UPOS {
			case "VERB", "AUX", "PUNCT", "CCONJ", "SCONJ", "PRON":
				ok = words[k].UPOS == "PRON" && words[k].Rel == "nmod:poss" || words[k].UPOS == "PUNCT" && words[k].Form == "-"
			}
		}
		if !ok {
			continue
		}
		// Is the tree right? One word of the phrase hangs outside it, as
		// appos of a word before it, and nothing after it hangs inside.
		outs, right := 0, true
		for k := a + 1; k < b; k++ {
			if h := words[k].Head; h <= a+1 || h > b {
				outs++
				if h > a || words[k].Rel != "appos" {
					right = false
				}
			}
		}
		for k := b + 1; k < n; k++ {
			if h := words[k].Head; h > a+1 && h <= b {
				right = false
			}
		}
		if right && outs == 1 {
			a = b - 1
			continue
		}
		shift := b + 1 - a
		reduced := make([]Word, 0, n-shift)
		reduced = append(reduced, words[:a]...)
		reduced = append(reduced, words[b+1:]...)
		m.Annotate(reduced)
		app := slices.Clone(words[a+1 : b])
		m.Annotate(app)
		pr := 0
		for k := range app {
			if app[k].Head == 0 {
				pr = k + 1
			}
		}
		if pr == 0 || app[pr-1].UPOS != "NOUN" {
			continue
		}
		anchor := a // 1-based: the word before the comma, climbed to its name's head
		for d := 0; d < 4 && anchor > 1; d++ {
			if r := reduced[anchor-1].Rel; r != "flat" && r != "flat:name" || reduced[anchor-1].Head >= anchor {
				break
			}
			anchor = reduced[anchor-1].Head
		}
		if r := reduced[anchor-1]; r.UPOS != "NOUN" && r.UPOS != "PROPN" {
			continue
		}
		if graftSetOff(words, reduced, app, a, b, pr, anchor, "appos") {
			return
		}
	}
}

// graftSetOff writes into words the sentence parsed without the phrase
// the commas at a and b (0-based) set off (reduced) and the phrase parsed
// alone (set, its root pr), the phrase's root hung on word anchor (1-based,
// before a) as rel and both commas on that root. It reports false, and
// leaves words as they were, when the result would be no tree.
func graftSetOff(words, reduced, set []Word, a, b, pr, anchor int, rel string) bool {
	before := slices.Clone(words)
	shift := b + 1 - a // the words the reduced sentence lacks, commas included
	writeReduced(words, reduced, a, shift)
	for k := range set {
		wd := set[k]
		if wd.Head == 0 {
			wd.Head, wd.Rel = anchor, rel
		} else {
			wd.Head += a + 1
		}
		words[a+1+k] = wd
	}
	words[a].Head, words[a].Rel = a+1+pr, "punct"
	words[b].Head, words[b].Rel = a+1+pr, "punct"
	if !isTree(words) {
		copy(words, before)
		return false
	}
	return true
}

// writeReduced writes into words the analysis of the sentence parsed
// without its words a to a+shift-1 (0-based): reduced's words before a
// stay where they are, the others move shift places on, and heads after a
// with them.
func writeReduced(words, reduced []Word, a, shift int) {
	for k := range reduced {
		wd := reduced[k]
		if wd.Head > a {
			wd.Head += shift
		}
		if k < a {
			words[k] = wd
		} else {
			words[k+shift] = wd
		}
	}
}

// parentheticals parses a statement again without the relative clause or
// apposition set off by commas after its subject ("The mayor, who was
// elected in 2019, resigned on Monday"; "The company, a maker of chips
// that had expanded quickly, cut 500 jobs"), when the tree does not make
// the subject's noun the subject of a verb after the second comma: the
// greedy parser, trained on few such news sentences, roots them on the
// relative clause's verb or reads the statement's verb as a participle.
// The subject (up to six words without a verb, at the start or after a
// fronted phrase without a verb: "Yet on Tuesday, Daniel Elwell, the
// agency's acting head, said ...") with the rest of the statement, and
// the set-off phrase, are each parsed as sentences; the phrase's root is
// grafted on the subject's head as acl:relcl (after who, which, whose) or
// appos, its commas its punctuation. The new tree is kept only when its
// root is a verb within three words after the subject and the subject
// its subject.
func (m *Model) parentheticals(words []Word) {
	n := len(words)
	if n < 8 {
		return
	}
	comma := func(from int) int {
		for k := from; k < n; k++ {
			if words[k].Form == "," {
				return k
			}
		}
		return -1
	}
	starts := []int{0}
	if c := comma(0); c > 0 && c <= 6 {
		verbless := true
		for k := 0; k < c; k++ {
			if u := words[k].UPOS; u == "VERB" || u == "AUX" {
				verbless = false
			}
		}
		if verbless {
			starts = append(starts, c+1)
		}
	}
	for _, s := range starts {
		a := comma(s)
		if a <= s || a-s > 6 {
			continue
		}
		noun := false
		for k := s; k < a; k++ {
			switch words[k].UPOS {
			case "NOUN", "PROPN":
				noun = true
			case "DET", "ADJ", "NUM", "PART":
			case "ADP":
				if k == s || !strings.EqualFold(words[k].Form, "of") {
					noun = false // "the mayor of Dunmore", not "In May"
					k = a
				}
			case "PRON":
				if words[k].Rel != "nmod:poss" {
					noun = false
					k = a
				}
			case "PUNCT":
				if words[k].Form != "-" {
					noun = false
					k = a
				}
			default:
				noun = false
				k = a
			}
		}
		if !noun {
			continue
		}
		b := comma(a + 1)
		if b < 0 || b == a+1 || b+2 >= n {
			continue
		}
		rel := "appos"
		switch strings.ToLower(words[a+1].Form) {
		case "who", "which", "whose":
			rel = "acl:relcl"
		default:
			switch words[a+1].UPOS {
			case "DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON":
			default:
				continue
			}
			verb := false
			for k := a + 1; k < b; k++ {
				if relativeWords[strings.ToLower(words[k].Form)] {
					break
				}
				if u := words[k].UPOS; u == "VERB" || u == "AUX" {
					verb = true
				}
			}
			if verb {
				continue
			}
		}
		// The subject's head: the one word of the phrase that hangs
		// outside it.
		head, outs := 0, 0
		for k := s; k < a; k++ {
			if hd := words[k].Head; hd <= s || hd > a {
				head = k + 1
				outs++
			}
		}
		if outs == 1 && words[head-1].Head > b+1 && strings.HasPrefix(words[head-1].Rel, "nsubj") {
			continue // the tree has it
		}
		shift := b + 1 - a // words dropped from the statement, commas included
		reduced := make([]Word, 0, n-shift)
		reduced = append(reduced, words[:a]...)
		reduced = append(reduced, words[b+1:]...)
		m.Annotate(reduced)
		r := 0
		for k := range reduced {
			if reduced[k].Head == 0 {
				r = k + 1
			}
		}
		if r <= a || r > a+3 {
			continue
		}
		if u := reduced[r-1].UPOS; u != "VERB" && u != "AUX" {
			continue
		}
		between := true // only the verb's adverbs and auxiliaries between ("StatesWest, Phoenix, Ariz., said": not so)
		for k := a; k < r-1; k++ {
			if u := reduced[k].UPOS; u != "ADV" && u != "AUX" && u != "PART" {
				between = false
			}
		}
		if !between {
			continue
		}
		subj := 0
		for k := s; k < a; k++ {
			if hd := reduced[k].Head; hd <= s || hd > a {
				if subj != 0 {
					subj = -1
					break
				}
				subj = k + 1
			}
		}
		if subj <= 0 || reduced[subj-1].Head != r || !strings.HasPrefix(reduced[subj-1].Rel, "nsubj") {
			continue
		}
		paren := slices.Clone(words[a+1 : b])
		m.Annotate(paren)
		pr := 0
		for k := range paren {
			if paren[k].Head == 0 {
				pr = k + 1
			}
		}
		if pr == 0 {
			continue
		}
		if u := paren[pr-1].UPOS; rel == "appos" && u != "NOUN" && u != "PROPN" && u != "NUM" && u != "PRON" {
			continue
		}
		if graftSetOff(words, reduced, paren, a, b, pr, subj, rel) {
			return
		}
	}
}

// relativeWords open a relative clause ("a maker of chips that had
// expanded quickly").
var relativeWords = map[string]bool{"who": true, "which": true, "that": true, "whose": true, "whom": true, "where": true, "when": true}

// frontedClauses parses again, apart, a sentence that opens with a
// subordinate clause ("As prices fell across Asia, the company, a maker
// of chips that had expanded quickly, cut 500 jobs"; "After the vote was
// counted, Senator Hale, who had led the opposition, conceded") when the
// tree does not hang that clause, whole, on a word after its comma: the
// greedy parser roots such trees on the subordinate verb, or hangs the
// main clause's subject inside it, when appositions and relative clauses
// stand between that subject and its verb. The clause (up to the first
// comma after the word its subordinator hangs on) and the rest (with the
// full stop) are each parsed as a sentence; the clause's root becomes an
// adverbial clause of the rest's, the comma its punctuation. Nothing
// changes when the subordinator is a preposition ("After years of
// decline, ..."), either part has no verb to root on, or the graft would
// not leave a tree.
func (m *Model) frontedClauses(words []Word) {
	n := len(words)
	if n < 7 || !clauseOpeners[strings.ToLower(words[0].Form)] && !strings.EqualFold(words[0].Form, "as") && !strings.EqualFold(words[0].Form, "if") {
		return
	}
	if r := words[0].Rel; r != "mark" && r != "advmod" {
		return
	}
	h := words[0].Head
	if h < 2 || h > n {
		return
	}
	if u := words[h-1].UPOS; u != "VERB" && u != "AUX" {
		return
	}
	c := -1 // 0-based index of the comma that ends the clause
	for k := h; k < n-3 && c < 0; k++ {
		if words[k].Form != "," {
			continue
		}
		if words[k-1].UPOS == "NOUN" {
			// A name set off after a noun is its apposition, inside the
			// clause: "When asked if she thought the boy's father, Juan
			// Gonzalez, was being controlled, she frowned".
			e := k + 1
			for e < n && words[e].UPOS == "PROPN" {
				e++
			}
			if e > k+1 && e < n && words[e].Form == "," {
				k = e // on past the apposition's closing comma
				continue
			}
		}
		c = k
	}
	if c < 0 {
		return
	}
	// The tree is right when one word of the clause hangs outside it, as
	// an adverbial clause of a word after the comma, and nothing after the
	// comma hangs inside the clause.
	out, ok := 0, true
	for k := 0; k < c; k++ {
		if hd := words[k].Head; hd < 1 || hd > c {
			out++
			if hd <= c+1 || words[k].Rel != "advcl" {
				ok = false
			}
		}
	}
	for k := c + 1; k < n; k++ {
		if hd := words[k].Head; hd >= 1 && hd <= c {
			ok = false
		}
	}
	if ok && out == 1 {
		return
	}
	verbRoot := func(ws []Word) int { // 1-based root, if a verb
		for k := range ws {
			if ws[k].Head == 0 {
				if u := ws[k].UPOS; u == "VERB" || u == "AUX" {
					return k + 1
				}
				return 0
			}
		}
		return 0
	}
	sub := slices.Clone(words[:c])
	m.Annotate(sub)
	sr := verbRoot(sub)
	if sr == 0 {
		return
	}
	rest := slices.Clone(words[c+1:])
	m.Annotate(rest)
	rr := verbRoot(rest)
	if rr == 0 {
		return
	}
	before := slices.Clone(words)
	for k := range sub {
		words[k] = sub[k]
	}
	words[sr-1].Head, words[sr-1].Rel = rr+c+1, "advcl"
	words[c].Head, words[c].Rel = sr, "punct"
	for k := range rest {
		wd := rest[k]
		if wd.Head > 0 {
			wd.Head += c + 1
		}
		words[c+1+k] = wd
	}
	if !isTree(words) {
		copy(words, before)
	}
}

// whenClauses parses again, as a sentence of its own, a "when" clause
// right after a time ("began on Tuesday evening, when Anna Berg, the
// finance chief, and Tom Lind, the sales chief, quit"; "surfaced on
// Wednesday, when Halvorsen Group, the parent company, said ...") when
// the tree has no clause there: "when" does not hang on a verb after it
// that is a clause of a word before it. A subject with appositions after
// "when" misleads the greedy parser (the name made a conjunct of the
// time, the verb one of the main clause's); on its own the clause opens
// with its subject, as statements do. The clause's tree is grafted as an
// adverbial clause of the word the time hangs on, "when" its advmod, the
// comma before it its punct. When a word before the clause (other than
// punctuation) hung inside it, the words before it are parsed again as a
// statement of their own. Nothing changes when the time's head is not a
// verb or adjective before the clause.
func (m *Model) whenClauses(words []Word) {
	n := len(words)
	for i := 2; i+2 < n; i++ {
		// "where" after a place's noun: "flew to Geneva, where the
		// foreign minister, Anna Lind, greeted her".
		where := strings.EqualFold(words[i].Form, "where") && words[i-1].Form == "," && (words[i-2].UPOS == "PROPN" || words[i-2].UPOS == "NOUN")
		if !where && (!strings.EqualFold(words[i].Form, "when") || words[i-1].Form != "," || !m.timeBefore(words, i-1)) {
			continue
		}
		if h := words[i].Head; h > i+1 && h <= n {
			if r := words[h-1].Rel; (r == "advcl" || r == "acl:relcl" || r == "acl" || r == "ccomp") && words[h-1].Head > 0 && words[h-1].Head <= i &&
				words[h-1].UPOS != "NOUN" && words[h-1].UPOS != "PROPN" {
				continue // the tree has the clause
			}
		}
		// The clause runs to the sentence's end, less its full stop, or to
		// a comma before another subordinator (", as investors realized").
		end := n
		if f := words[n-1].Form; f == "." || f == "!" || f == "?" {
			end = n - 1
		}
		for k := i + 2; k+1 < end; k++ {
			if words[k].Form == "," && clauseSubordinators[strings.ToLower(words[k+1].Form)] {
				end = k
				break
			}
		}
		if end-(i+1) < 2 {
			continue
		}
		// A main clause hung inside the "when" clause (the tree rooted
		// on the clause's verb) is parsed on its own too, as a
		// statement.
		dependsInside := false
		for k := 0; k < i-1; k++ {
			if h := words[k].Head; h > i && h <= end && words[k].UPOS != "PUNCT" {
				dependsInside = true
			}
		}
		var main []Word
		if dependsInside {
			main = make([]Word, i-1, i)
			copy(main, words[:i-1])
			main = append(main, Word{Form: ".", Token: -1})
			m.Annotate(main)
			r := main[len(main)-1].Head
			if r <= 0 || r >= i || main[r-1].UPOS != "VERB" && main[r-1].UPOS != "AUX" {
				continue
			}
			main = main[:i-1]
		}
		// The word the time hangs on, before the clause.
		head := func(k int) int { // 1-based word k's head, with the main clause parsed again
			if main != nil {
				return main[k-1].Head
			}
			return words[k-1].Head
		}
		upos := func(k int) string {
			if main != nil {
				return main[k-1].UPOS
			}
			return words[k-1].UPOS
		}
		anchor, rel := head(i-1), "advcl"
		if where {
			// The place's noun, the head of its name.
			anchor, rel = i-1, "acl:relcl"
			for k := 0; k < 4 && anchor > 1; k++ {
				if r := words[anchor-1].Rel; main == nil && r != "flat" && r != "flat:name" && r != "fixed" || main != nil && main[anchor-1].Rel != "flat" {
					break
				}
				anchor = head(anchor)
			}
			if u := upos(anchor); anchor <= 0 || anchor >= i || u != "NOUN" && u != "PROPN" {
				continue
			}
		}
		for k := 0; !where && k < 4 && anchor > 0 && anchor < i; k++ {
			if u := upos(anchor); u == "VERB" || u == "AUX" || u == "ADJ" || head(anchor) == 0 {
				break
			}
			anchor = head(anchor)
		}
		if anchor <= 0 || anchor >= i {
			continue
		}
		if u := upos(anchor); !where && u != "VERB" && u != "AUX" && u != "ADJ" && head(anchor) != 0 {
			continue
		}
		// The full stop goes with the clause (statements are parsed as
		// such), and keeps its place in the tree.
		sub := make([]Word, end-(i+1), end-i)
		copy(sub, words[i+1:end])
		if end == n-1 {
			sub = append(sub, words[n-1])
		}
		m.Annotate(sub)
		sub = sub[:end-(i+1)]
		root := 0
		for k := range sub {
			if sub[k].Head == 0 {
				root = i + 2 + k
			}
		}
		if root == 0 || sub[root-i-2].UPOS != "VERB" && sub[root-i-2].UPOS != "AUX" {
			continue // no verb to root the clause on
		}
		before := slices.Clone(words)
		mainRoot := anchor
		if main != nil {
			for k := range main {
				words[k] = main[k]
				if main[k].Head == 0 {
					mainRoot = k + 1
				}
			}
		}
		for k := range sub {
			wd := &words[i+1+k]
			wd.UPOS, wd.XPOS, wd.Lemma, wd.Feats = sub[k].UPOS, sub[k].XPOS, sub[k].Lemma, sub[k].Feats
			if sub[k].Head == 0 {
				wd.Head, wd.Rel = anchor, rel
			} else {
				wd.Head, wd.Rel = sub[k].Head+i+1, sub[k].Rel
			}
		}
		words[i].Head, words[i].Rel = root, "advmod"
		words[i-1].Head, words[i-1].Rel = root, "punct"
		for k := 0; k < i-1; k++ {
			if h := words[k].Head; h > i && h <= end {
				words[k].Head = anchor // punctuation that hung inside
			}
		}
		for k := end; k < n; k++ {
			if h := words[k].Head; h > i && h <= end || h == 0 {
				words[k].Head = anchor
				if k == n-1 && words[k].UPOS == "PUNCT" {
					words[k].Head = mainRoot // the full stop is the statement's
				}
			}
		}
		if !isTree(words) {
			copy(words, before) // a graft that would close a cycle: the first tree stays
			continue
		}
		i = end
	}
}

// isTree reports whether the words' heads make one tree: one root, every
// word reaching it.
func isTree(words []Word) bool {
	roots := 0
	for i := range words {
		h := words[i].Head
		if h < 0 || h > len(words) || h == i+1 {
			return false
		}
		if h == 0 {
			roots++
		}
	}
	if roots != 1 {
		return false
	}
	for i := range words {
		k := i + 1
		for steps := 0; k != 0; steps++ {
			if steps > len(words) {
				return false
			}
			k = words[k-1].Head
		}
	}
	return true
}

// clauseSubordinators open an adverbial clause after a comma.
var clauseSubordinators = map[string]bool{"as": true, "because": true, "while": true, "although": true, "though": true,
	"after": true, "before": true, "since": true, "until": true, "whereas": true, "if": true, "unless": true}

// timeBefore reports whether word k-1 (0-based: words[k-1]) ends a time:
// a day, month, part of a day or year ("on Tuesday evening", "in April",
// "in 2019"), or a day's number after its month ("on June 30").
func (m *Model) timeBefore(words []Word, k int) bool {
	f := words[k-1].Form
	if yearOrTimeWord(f) {
		return true
	}
	if k >= 2 && len(f) <= 2 && f[0] >= '0' && f[0] <= '9' {
		switch strings.ToLower(strings.TrimSuffix(words[k-2].Form, ".")) {
		case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
			"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
			return true
		}
	}
	return false
}

// lemmaFeats returns the lemma and features of a word with joint tag t,
// from the worker's memory when it has met the pair before: the two
// look-ups in the lexicon's large maps cost a tenth of the stage.
// The form's entry in the worker's word memory (at, -1 for none) keeps
// the last pair found, so that most words need no map read.
func (m *Model) lemmaFeats(w *work, at int32, form string, t int) (string, string) {
	var mw *memoWord
	if at >= 0 {
		mw = &w.memo.words[at]
		if mw.lemTag == int32(t) {
			return mw.lemma, mw.feats
		}
	}
	k := formTag{form, t}
	if v, ok := w.lemmas[k]; ok {
		if mw != nil {
			mw.lemTag, mw.lemma, mw.feats = int32(t), v[0], v[1]
		}
		return v[0], v[1]
	}
	v := [2]string{m.Lex.Lemma(form, m.upos[t], m.xpos[t]), m.Lex.FeatsOf(form, m.Lex.Tags[t])}
	if mw != nil {
		mw.lemTag, mw.lemma, mw.feats = int32(t), v[0], v[1]
	}
	if w.lemmas == nil {
		w.lemmas = map[formTag][2]string{}
	}
	if len(w.lemmas) < maxCached {
		k.form = strings.Clone(form) // not the document's text, which the key would keep
		w.lemmas[k] = v
	}
	return v[0], v[1]
}

type formTag struct {
	form string
	tag  int
}

// analyze tags, parses and labels w.forms into w.tags, w.heads, w.rels.
func (m *Model) analyze(w *work) {
	m.analyzeTags(w)
	m.analyzeParse(w)
	m.analyzeLabels(w)
	m.repairTree(w)
}

// The stages of analyze, which annotateBatch runs over several sentences
// in turn.

// analyzeTags tags w.forms and repairs the tags.
func (m *Model) analyzeTags(w *work) {
	n := len(w.forms)
	w.info, w.idx = m.Lex.infoMemo(w.forms, w.info, &w.memo, w.idx)
	w.tags = grow(w.tags, n)
	if m.fast {
		m.tagFast(&w.fc, &w.memo, w.idx, w.info, w.tags, w.buf, w.scores)
	} else {
		tagSentence(m.tagger, len(m.Lex.Tags), w.info, w.tags, w.buf, w.scores)
	}
	m.noTitleNumerals(w)
	m.hyphenNames(w)
	m.hyphenParticiples(w)
	m.initialNames(w)
	m.articleNames(w)
	m.capitalSubjects(w)
	m.irregularPasts(w)
	m.namePasts(w)
	m.clausePasts(w)
	m.initialNouns(w)
	m.objectNouns(w)
	m.prepNouns(w)
	m.headAdjectives(w)
	m.generalTitles(w)
	m.modalVerbs(w)
	m.toVerbs(w)
	m.controlParticiples(w)
	m.clauseOpeners(w)
}

// analyzeParse parses the tagged sentence into w.heads.
func (m *Model) analyzeParse(w *work) {
	n := len(w.forms)
	m.fillWords(w, w.tags)
	if m.fast {
		m.parseFast(&w.st, &w.fc, &w.memo, w.idx, w.buf)
	} else {
		parseSentence(m.parser, &w.st, w.buf, w.scores)
	}
	w.heads = grow(w.heads, n+1)
	w.heads[0] = -1
	for i := 1; i <= n; i++ {
		w.heads[i] = w.st.words[i].head
	}
}

// analyzeLabels labels the parsed sentence's arcs into w.rels.
func (m *Model) analyzeLabels(w *work) {
	w.rels = grow(w.rels, len(w.forms)+1)
	w.lab.labelSentence(m.labeler, len(m.rels), w.st.words, w.heads, w.rels, w.buf, w.scores, m.root)
}

// repairTree repairs the labelled tree, parsing again where a repair
// asks for it.
func (m *Model) repairTree(w *work) {
	if m.relativeVerbs(w) {
		m.reparseFree(w)
	}
	if v := m.nameVerb(w); v > 0 {
		m.reparse(w, v)
	}
	if v := m.finiteRoot(w); v > 0 {
		m.reparse(w, v)
	}
	if v := m.postposedReport(w); v > 0 {
		m.reparse(w, v)
	}
	if v := m.gardenPath(w); v > 0 {
		m.reparse(w, v)
	}
	if v := m.frontedParticipleRoot(w); v > 0 {
		m.reparse(w, v)
		if rAdvcl := m.relIndex("advcl"); rAdvcl >= 0 && w.heads[1] == v {
			w.rels[1] = rAdvcl // the opening participle's clause, whatever the labeller said
		}
	}
	if v := m.coordinatedRoot(w); v > 0 {
		m.reparse(w, v)
	}
	if r := w.root(); r > 0 {
		if v := m.nestedParticiple(w); v > 0 {
			s := w.heads[r-1] // the subject the noun before the participle hangs on
			for s > 0 && strings.HasPrefix(m.rels[w.rels[s]], "nmod") {
				s = w.heads[s]
			}
			m.reparse(w, v)
			// The participle modifies the noun before it, and the
			// subject is the new root's, whatever the parser says.
			if rAcl, rSubj := m.relIndex("acl"), m.relIndex("nsubj"); rAcl >= 0 && rSubj >= 0 && s > 0 && s < r-1 {
				hr, rr, hs, rs := w.heads[r], w.rels[r], w.heads[s], w.rels[s]
				w.heads[r], w.rels[r] = r-1, rAcl
				w.heads[s], w.rels[s] = v, rSubj
				if !w.tree() {
					w.heads[r], w.rels[r], w.heads[s], w.rels[s] = hr, rr, hs, rs
				}
			}
		}
	}
	if v := m.agentSubject(w); v > 0 {
		m.reparse(w, v)
	}
	if r, sub, v := m.subordinateRoot(w); v > 0 {
		m.reparse(w, v)
		if rAdvcl := m.relIndex("advcl"); rAdvcl >= 0 && w.heads[r] == v {
			w.rels[r] = rAdvcl // the clause the subordinator opens, whatever the labeller said
			rel := "mark"
			if m.upos[w.tags[sub-1]] == "ADV" {
				rel = "advmod" // "when" is WRB, an adverb, in EWT
			}
			if rs := m.relIndex(rel); rs >= 0 {
				w.heads[sub], w.rels[sub] = r, rs
			}
		}
	}
	if m.subjectParticiples(w) {
		m.fillWords(w, w.tags) // later re-parses read the new tags
		if m.clauseOnNoun(w) {
			m.reparseFree(w)
		}
	}
	if s, r, v := m.setOffParticiple(w); v > 0 {
		// The subject and the set-off phrase keep the arcs inside them
		// that the first parse gave ("Leicester" a compound of "City",
		// "before the season began" a clause of the participle), which a
		// parse forced to root on the verb may lose.
		c := v - 1
		for c > r && w.forms[c-1] != "," {
			c--
		}
		oldH := slices.Clone(w.heads[:c])
		oldR := slices.Clone(w.rels[:c])
		m.reparse(w, v)
		if w.heads[s] != v {
			if rs, ra := m.relIndex("nsubj"), m.relIndex("acl"); rs >= 0 && ra >= 0 {
				w.heads[s], w.rels[s] = v, rs
				w.heads[r], w.rels[r] = s, ra
			}
		}
		newH, newR := slices.Clone(w.heads), slices.Clone(w.rels)
		for i := 1; i < c; i++ {
			if i != r && i != s && oldH[i] >= 1 && oldH[i] < c {
				w.heads[i], w.rels[i] = oldH[i], oldR[i]
			}
		}
		if !w.tree() {
			copy(w.heads, newH)
			copy(w.rels, newR)
		}
		if rsp := m.relIndex("nsubj:pass"); rsp >= 0 && w.heads[s] == v && w.hasDep(v, func(k int) bool { return m.rels[w.rels[k]] == "aux:pass" }) {
			w.rels[s] = rsp // "were confirmed as champions": the subject is the passive's
		}
	}
	if m.bareRoot(w) {
		m.reparseFree(w)
	}
	m.participleSubjects(w)
	m.conjSubject(w)
	m.conjAsSubject(w)
	m.conjSubjectRoot(w)
	m.listSubjects(w)
	m.timeNotSubject(w)
	m.smallClauses(w)
	m.subjectConjuncts(w)
	m.apposedNames(w)
	m.conjParticiple(w)
	m.reportedClause(w)
	m.reportedSubject(w)
	m.postposedSay(w)
	m.casedObjects(w)
	m.gerundModifiers(w)
	m.controlComplements(w)
	m.frontedTimeCompound(w)
	m.frontedTimeSubjects(w)
	m.frontedTimeClauses(w)
	m.amountTimes(w)
	m.moneyCompounds(w)
	m.thenConjuncts(w)
	m.toWorkPlace(w)
	m.objectRelatives(w)
	m.subordinatePast(w)
	m.monthDays(w)
	m.yearNotRange(w)
	m.particleObjects(w)
	m.upToObjects(w)
	m.hyphenGivenNames(w)
	m.appositiveSubjects(w)
	m.apposedVerbs(w)
	m.reportConjuncts(w)
	m.setOffPredicates(w)
	m.whenOnObjects(w)
	m.clauseAfterPreposition(w)
	m.thatRelatives(w)
	m.nameSubjects(w)
	m.titleCompounds(w)
	m.descBeforeName(w)
	m.clauseMarks(w)
	m.gaplessRelatives(w)
	m.reducedRelativeRoots(w)
	m.relativeClauses(w)
	m.frontedPlaces(w)
	m.relativeSubjects(w)
	m.finiteConjuncts(w)
	m.timeConjuncts(w)
	m.activeSubjects(w)
	m.possessiveFlats(w)
	m.unitsLater(w)
	m.unitsAfter(w)
	m.reportedGardenPath(w)
	m.datedRelatives(w)
	m.contactRelatives(w)
}

// contactRelatives repairs a relative clause without a relative word
// whose head noun the parser made a second subject of the clause's verb:
// "Police blamed the IRA for a raid in December, a charge the group
// denied in January" (charge and group both nsubj of denied). A verb has
// one subject: when two noun phrases stand side by side before a verb
// without an object, the first takes the verb's place and the verb is
// its relative clause (acl:relcl), the second its subject. Only a past,
// simple or perfect, without a modal ("that the litigation between the
// two sides might resume" has one subject); not at the sentence's root.
func (m *Model) contactRelatives(w *work) {
	rRel := m.relIndex("acl:relcl")
	if rRel < 0 {
		return
	}
	n := len(w.forms)
	for v := 3; v <= n; v++ {
		if m.upos[w.tags[v-1]] != "VERB" || w.heads[v] <= 0 || w.heads[v] > v {
			continue
		}
		var subj []int
		obj := false
		for i := 1; i <= n; i++ {
			if w.heads[i] != v {
				continue
			}
			switch r := m.rels[w.rels[i]]; {
			case r == "nsubj" && i < v:
				subj = append(subj, i)
			case r == "obj" || r == "ccomp" || r == "xcomp":
				obj = true
			}
		}
		if len(subj) != 2 || obj {
			continue
		}
		// A past, simple or perfect, without a modal ("the steps the
		// United States has taken", not "the litigation might resume").
		if x := m.xpos[w.tags[v-1]]; x != "VBD" && !(x == "VBN" && w.hasDep(v, func(i int) bool { return w.lower(i-1) == "has" || w.lower(i-1) == "have" || w.lower(i-1) == "had" })) ||
			w.hasDep(v, func(i int) bool { return m.xpos[w.tags[i-1]] == "MD" }) {
			continue
		}
		a, b := subj[0], subj[1]
		if u := m.upos[w.tags[a-1]]; u != "NOUN" || w.lastDescendant(a) != b-1-w.ownWordsBefore(b) {
			continue
		}
		oh, or := slices.Clone(w.heads), slices.Clone(w.rels)
		w.heads[a], w.rels[a] = w.heads[v], w.rels[v]
		if rObj := m.relIndex("obj"); m.rels[w.rels[v]] == "ccomp" && rObj >= 0 {
			w.rels[a] = rObj // "understands the steps the United States has taken"
		}
		w.heads[v], w.rels[v] = a, rRel
		for i := 1; i < a; i++ {
			if w.heads[i] == v && m.upos[w.tags[i-1]] == "PUNCT" {
				w.heads[i] = a // the comma before the phrase
			}
		}
		w.keepIfTree(oh, or)
	}
}

// ownWordsBefore is how many words right before word b hang on b (its
// determiner and modifiers): b's phrase starts that many words earlier.
func (w *work) ownWordsBefore(b int) int {
	k := 0
	for i := b - 1; i >= 1 && w.heads[i] == b; i-- {
		k++
	}
	return k
}

// datedRelatives repairs a date that the parser hung on the verb when a
// relative clause on it shows that it dates the noun before it: "showed
// similarities with the Lion Air accident off Indonesia on Oct. 29, which
// killed 189 people" (29: obl of showed; killed: a relative clause of 29).
// A date cannot be a relative clause's subject: the clause and the date
// go to the noun before the date (past a place after "off", "in", "near"
// or "at" to what is there: the accident, not Indonesia), the date as its
// nmod.
func (m *Model) datedRelatives(w *work) {
	rRel, rNmod := m.relIndex("acl:relcl"), m.relIndex("nmod")
	if rRel < 0 || rNmod < 0 {
		return
	}
	n := len(w.forms)
	for r := 3; r <= n; r++ {
		if !strings.HasSuffix(m.rels[w.rels[r]], "relcl") {
			continue
		}
		d := w.heads[r]
		if d <= 1 || d >= r || !timeWord(w.forms[d-1]) && !(m.upos[w.tags[d-1]] == "NUM" && d > 1 && timeWord(w.forms[d-2])) {
			continue
		}
		if !w.hasDep(r, func(i int) bool {
			l := w.lower(i - 1)
			return i < r && (l == "which" || l == "that") && strings.HasPrefix(m.rels[w.rels[i]], "nsubj")
		}) {
			continue
		}
		if v := w.heads[d]; v <= 0 || m.upos[w.tags[v-1]] != "VERB" || !strings.HasPrefix(m.rels[w.rels[d]], "obl") {
			continue
		}
		// The noun before the date's phrase.
		first := d
		for i := d - 1; i >= 1 && w.under(i, d); i-- {
			first = i
		}
		nn := first - 1
		if nn < 1 || m.upos[w.tags[nn-1]] != "NOUN" && m.upos[w.tags[nn-1]] != "PROPN" {
			continue
		}
		for nn > 0 && strings.HasPrefix(m.rels[w.rels[nn]], "nmod") && w.heads[nn] < nn && w.hasDep(nn, func(i int) bool {
			switch w.lower(i - 1) {
			case "off", "in", "near", "at", "outside":
				return m.rels[w.rels[i]] == "case"
			}
			return false
		}) {
			nn = w.heads[nn]
		}
		for nn > 0 && m.upos[w.tags[nn-1]] == "PROPN" && (m.rels[w.rels[nn]] == "flat" || m.rels[w.rels[nn]] == "compound") {
			nn = w.heads[nn]
		}
		if nn <= 0 || m.upos[w.tags[nn-1]] != "NOUN" && m.upos[w.tags[nn-1]] != "PROPN" || w.under(nn, d) {
			continue
		}
		oh, or := slices.Clone(w.heads), slices.Clone(w.rels)
		w.heads[d], w.rels[d] = nn, rNmod
		w.heads[r], w.rels[r] = nn, rRel
		w.keepIfTree(oh, or)
	}
}

// reportedGardenPath repairs a report whose clause's subject has a
// participle after it, when the parser read the participle as the
// subject's modifier and the clause's verb as that participle's
// auxiliary: "The agency said new satellite data and evidence found at
// the crash site showed similarities" (found: acl of data, the object of
// said; showed: aux:pass of found). A verb that is no auxiliary
// (a simple past, not be, have, do or get) hung as an auxiliary on a
// participle after a noun, whose noun is the object of a verb of saying,
// heads that verb's clause (ccomp), with the noun its subject.
func (m *Model) reportedGardenPath(w *work) {
	rCcomp, rSubj := m.relIndex("ccomp"), m.relIndex("nsubj")
	if rCcomp < 0 || rSubj < 0 {
		return
	}
	n := len(w.forms)
	for v := 3; v <= n; v++ {
		if r := m.rels[w.rels[v]]; r != "aux" && r != "aux:pass" || m.upos[w.tags[v-1]] != "VERB" || m.xpos[w.tags[v-1]] != "VBD" {
			continue
		}
		switch m.Lex.Lemma(w.forms[v-1], "VERB", "VBD") {
		case "be", "have", "do", "get":
			continue
		}
		p := w.heads[v]
		if p <= 0 || p > v || m.rels[w.rels[p]] != "acl" || m.xpos[w.tags[p-1]] != "VBN" {
			continue
		}
		nh := w.heads[p]
		if nh <= 0 || m.rels[w.rels[nh]] != "obj" {
			continue
		}
		s := w.heads[nh]
		if s <= 0 || !sayVerbs[m.Lex.Lemma(w.forms[s-1], "VERB", m.xpos[w.tags[s-1]])] {
			continue
		}
		oh, or := slices.Clone(w.heads), slices.Clone(w.rels)
		w.heads[v], w.rels[v] = s, rCcomp
		w.heads[nh], w.rels[nh] = v, rSubj
		for i := v + 1; i <= n; i++ {
			if w.heads[i] == p && i > v {
				w.heads[i] = v // what follows the verb is its own ("similarities")
			}
		}
		w.keepIfTree(oh, or)
	}
}

// timeUnits are the nouns that count time before "after" or "before"
// (unitsAfter).
var timeUnits = map[string]bool{"seconds": true, "minutes": true, "hours": true, "days": true, "weeks": true, "months": true,
	"years": true, "decades": true, "moments": true, "minute": true, "hour": true, "day": true, "week": true, "month": true, "year": true}

// unitsAfter repairs a clause that a span of time and "after" or "before"
// open, when the parser made the span the subject of the clause's verb
// and the clause's subject a noun after "after": "Silvio Berlusconi
// resigned on Saturday evening, hours after the lower house of
// parliament approved an austerity package" (hours: nsubj of approved,
// the root; house: nmod of hours; resigned: a csubj), or "after" the
// case of the subject ("quit on Monday, days after the club lost the
// final": lost a conj of quit). As in the treebank,
// the clause's verb heads it, "after" its mark, the span its
// obl:unmarked, the noun its subject, and the clause is an advcl of the
// verb before the span (the root, when the clause's verb was).
func (m *Model) unitsAfter(w *work) {
	rMark, rSubj, rAdvcl, rRoot := m.relIndex("mark"), m.relIndex("nsubj"), m.relIndex("advcl"), m.relIndex("root")
	rUnit := m.relIndex("obl:unmarked")
	if rUnit < 0 {
		rUnit = m.relIndex("obl")
	}
	if rMark < 0 || rSubj < 0 || rAdvcl < 0 || rRoot < 0 || rUnit < 0 {
		return
	}
	n := len(w.forms)
	for k := 3; k < n-1; k++ {
		if l := w.lower(k - 1); l != "after" && l != "before" || !timeUnits[w.lower(k-2)] || m.upos[w.tags[k-2]] != "NOUN" {
			continue
		}
		t, nh := k-1, w.heads[k]
		if m.rels[w.rels[k]] != "case" || nh <= k+1 {
			continue
		}
		if u := m.upos[w.tags[nh-1]]; u != "NOUN" && u != "PROPN" && u != "PRON" {
			continue
		}
		v := 0
		for i := nh + 1; i <= n; i++ {
			if m.upos[w.tags[i-1]] == "VERB" && m.xpos[w.tags[i-1]] == "VBD" {
				v = i
				break
			}
			if !w.under(i, nh) {
				break
			}
		}
		if v == 0 || w.hasDep(v, func(c int) bool {
			r := m.rels[w.rels[c]]
			return c != t && c != nh && (strings.HasPrefix(r, "nsubj") || strings.HasPrefix(r, "csubj") && c > t) || r == "mark"
		}) {
			continue
		}
		oh, or := slices.Clone(w.heads), slices.Clone(w.rels)
		wasRoot := w.heads[v] == 0
		above := w.heads[t]
		w.heads[nh], w.rels[nh] = v, rSubj
		if rp := m.relIndex("nsubj:pass"); rp >= 0 && w.hasDep(v, func(c int) bool { return m.rels[w.rels[c]] == "aux:pass" }) {
			w.rels[nh] = rp
		}
		w.heads[k], w.rels[k] = v, rMark
		w.heads[t], w.rels[t] = v, rUnit
		if wasRoot {
			// The statement's verb: the verb before the span that the
			// parser hung on the clause's verb.
			main := 0
			for i := 1; i < t; i++ {
				if w.heads[i] == v && m.upos[w.tags[i-1]] == "VERB" {
					main = i
					break
				}
			}
			if main == 0 {
				copy(w.heads, oh)
				copy(w.rels, or)
				continue
			}
			w.heads[main], w.rels[main] = 0, rRoot
			w.heads[v], w.rels[v] = main, rAdvcl
			for i := 1; i <= n; i++ {
				if w.heads[i] == v && (i < t || i == n && m.upos[w.tags[i-1]] == "PUNCT") {
					w.heads[i] = main // the statement's own words, and its full stop
				}
			}
			if !w.hasDep(main, func(c int) bool { return m.rels[w.rels[c]] == "aux:pass" }) {
				for i := 1; i <= n; i++ {
					if w.heads[i] == main && m.rels[w.rels[i]] == "nsubj:pass" {
						w.rels[i] = rSubj // "Silvio Berlusconi resigned"
					}
				}
			}
		} else {
			a := above
			for a > 0 && (a == v || m.upos[w.tags[a-1]] != "VERB") {
				a = w.heads[a]
			}
			if a > 0 && a != v && !w.under(a, v) {
				w.heads[v], w.rels[v] = a, rAdvcl
			}
		}
		w.keepIfTree(oh, or)
	}
}

// relativeVerbs retags the verb of a relative clause set off after a
// plural noun that the tagger read as a noun: "Sponsors and broadcasters,
// which supply most of FIFA's revenue, are expected" (supply: NN, with
// "which" its determiner, so that the parser rooted the sentence on
// "Sponsors"). After a noun, a comma and "which" or "who", a word tagged
// a singular noun that may be a present-tense verb (VBP among its
// candidate tags) and is followed by a determiner, a possessive, a number
// or a quantity word is that verb; so is a past read as an adjective or a
// noun (below). It reports whether it retagged a word (the sentence is
// then parsed again).
func (m *Model) relativeVerbs(w *work) bool {
	vbp := m.tagIndex("VERB", "VBP")
	if vbp < 0 {
		return false
	}
	n, done := len(w.forms), false
	for i := 4; i < n; i++ {
		if f := w.lower(i - 2); f != "which" && f != "who" || w.forms[i-3] != "," {
			continue
		}
		if u := m.upos[w.tags[i-4]]; u != "NOUN" && u != "PROPN" || m.xpos[w.tags[i-4]] != "NNS" && m.xpos[w.tags[i-4]] != "NNPS" {
			continue // after a plural: the verb's present is the base form
		}
		if m.xpos[w.tags[i-1]] != "NN" || !slices.Contains(w.info[i-1].cands, int16(vbp)) {
			continue
		}
		next := w.lower(i)
		if u := m.upos[w.tags[i]]; u != "DET" && u != "NUM" && m.xpos[w.tags[i]] != "PRP$" && next != "most" && next != "more" && next != "much" {
			continue
		}
		w.tags[i-1] = vbp
		done = true
	}
	// A same-form past read as an adjective or a noun right after the
	// relative word: "Mexico, which shut schools and cinemas in late
	// April, was the worst hit" (shut: JJ, and the parser rooted the
	// sentence on "Mexico"). The treebank has seen it as a past, and an
	// object or a particle follows.
	vbd := m.tagIndex("VERB", "VBD")
	for i := 2; vbd >= 0 && i < n; i++ {
		// ("who" opens a relative clause with or without a comma: "groups
		// of protesters who smashed shop windows"; "which" without one
		// may be a determiner)
		if f := w.lower(i - 2); f != "who" && (f != "which" || i < 3 || w.forms[i-3] != ",") {
			continue
		}
		if u := m.upos[w.tags[i-1]]; u != "ADJ" && u != "NOUN" || !m.seenPast(w.lower(i-1)) {
			continue
		}
		next := w.lower(i)
		if u := m.upos[w.tags[i]]; u != "DET" && u != "NUM" && u != "PROPN" && m.xpos[w.tags[i]] != "PRP$" && m.xpos[w.tags[i]] != "NNS" &&
			!(u == "NOUN" && w.lower(i-2) == "who") && next != "down" && next != "up" && next != "off" && next != "out" {
			continue // (after "who", any noun: "who smashed shop windows")
		}
		w.tags[i-1] = vbd
		done = true
	}
	return done
}

// seenPast reports whether the treebank has seen a word (lower case) as a
// simple past, or as a past participle that is also its base form or ends
// in -ed ("shut", "cut", "closed"; not "given"), or it is the regular past
// of a verb WordNet knows: not a guess among the open classes.
func (m *Model) seenPast(low string) bool {
	tags := m.Lex.Words[low].Tags
	has := func(x string) bool {
		return slices.ContainsFunc(tags, func(t int16) bool { return m.upos[t] == "VERB" && m.xpos[t] == x })
	}
	if has("VBD") || has("VBN") && (has("VB") || strings.HasSuffix(low, "ed")) {
		return true
	}
	// A regular past of a verb WordNet knows ("smashed", seen only as an
	// adjective in the treebank).
	return strings.HasSuffix(low, "ed") && m.Lex.WN[m.Lex.Lemma(low, "VERB", "VBD")]&wnVerb != 0
}

// nameVerb returns the verb a sentence opened by a name should root on
// when the tagger read the verb after the name as a plural noun and the
// parser gave it an object: "Putin links peace treaty to Japan's
// alliances but agrees ..." (links: NNS, an acl of Putin, the root on
// "agrees"), "Samsung halts sales of Galaxy Note 7" (halts: NNS, "sales"
// its apposition), headline shapes where no article tells a noun from a
// verb. The word is retagged VBZ when it is a regular third person of a
// verb WordNet or the treebank knows, no finite verb comes before it, and
// a noun, pronoun or number after it is its object, apposition or dep (a
// compound noun "Boeing delays" heads no such phrase: "Boeing delays hurt
// airlines"). In a title-case headline the word may be capitalized.
func (m *Model) nameVerb(w *work) int {
	n := len(w.forms)
	vbz := m.tagIndex("VERB", "VBZ")
	if vbz < 0 || n < 3 {
		return 0
	}
	i := 1
	for i <= n && m.xpos[w.tags[i-1]] == "NNP" {
		i++
	}
	if i == 1 || i > n || m.xpos[w.tags[i-1]] != "NNS" {
		return 0
	}
	low := w.lower(i - 1)
	if low != w.forms[i-1] && !titleCase(w.forms) || !strings.HasSuffix(low, "s") {
		return 0 // capitalized only in a title-case headline
	}
	if c := w.info[i-1].cands; c != nil && !slices.Contains(c, int16(vbz)) {
		if l := m.Lex.Lemma(low, "VERB", "VBZ"); m.Lex.WN[l]&wnVerb == 0 {
			return 0
		}
	}
	if l := m.Lex.Lemma(low, "VERB", "VBZ"); m.Lex.WN[l]&wnVerb == 0 && !m.Lex.Known[l] {
		return 0
	}
	for j := i + 1; j <= n; j++ {
		if w.heads[j] != i {
			continue
		}
		switch m.rels[w.rels[j]] {
		case "obj", "appos", "dep":
		default:
			continue
		}
		switch m.upos[w.tags[j-1]] {
		case "NOUN", "PROPN", "PRON", "NUM":
			w.tags[i-1] = vbz
			return i
		}
	}
	return 0
}

// coordinatedRoot returns the verb a statement should root on when the
// parser took its first verb for a participle of the subject's
// prepositional phrase and rooted the tree on a second verb after "and":
// "Union leaders from three countries met in Geneva on Tuesday and talked
// for two hours" (met: VBN, acl of "countries"; talked: the root, with
// "and" its cc). The first verb, without auxiliary or subject of its own,
// hanging on a noun of the phrases (nmod) of the root's subject, is
// retagged a past tense and returned as the root.
func (m *Model) coordinatedRoot(w *work) int {
	r := w.root()
	vbd := m.tagIndex("VERB", "VBD")
	if r < 4 || vbd < 0 || m.upos[w.tags[r-1]] != "VERB" || !strings.HasSuffix(w.forms[len(w.forms)-1], ".") {
		return 0
	}
	if x := m.xpos[w.tags[r-1]]; x != "VBD" && x != "VBZ" && x != "VBP" {
		return 0
	}
	cc, subj := 0, 0
	for i := 1; i < r; i++ {
		if w.heads[i] == r {
			switch m.rels[w.rels[i]] {
			case "cc":
				cc = i
			case "nsubj":
				subj = i
			}
		}
	}
	if cc != r-1 || subj == 0 {
		return 0
	}
	for v := subj + 1; v < cc; v++ {
		if m.upos[w.tags[v-1]] != "VERB" || m.xpos[w.tags[v-1]] != "VBN" || m.rels[w.rels[v]] != "acl" {
			continue
		}
		if c := w.info[v-1].cands; c != nil && !slices.Contains(c, int16(vbd)) {
			continue
		}
		if w.hasDep(v, func(k int) bool {
			rel := m.rels[w.rels[k]]
			return strings.HasPrefix(rel, "aux") || strings.HasPrefix(rel, "nsubj") || rel == "mark" || rel == "obj"
		}) {
			continue
		}
		// The noun it hangs on is the subject, or in its phrases.
		h := w.heads[v]
		for d := 0; d < len(w.forms) && h != subj; d++ {
			if h <= 0 || !strings.HasPrefix(m.rels[w.rels[h]], "nmod") {
				break
			}
			h = w.heads[h]
		}
		if h != subj {
			continue
		}
		// Nothing but the verb's own phrases between it and "and".
		for i := v + 1; i < cc; i++ {
			if u := m.upos[w.tags[i-1]]; u == "VERB" || u == "AUX" || u == "PUNCT" {
				return 0
			}
		}
		w.tags[v-1] = vbd
		return v
	}
	return 0
}

// titles are words that stand before a name ("Pope Benedict XVI").
var titles = map[string]bool{"pope": true, "president": true, "king": true, "queen": true, "prince": true, "princess": true,
	"emperor": true, "chancellor": true, "senator": true, "sen.": true, "governor": true, "gov.": true,
	"gen.": true, "cardinal": true, "archbishop": true, "bishop": true, "sheikh": true, "sultan": true, "mr.": true,
	"mrs.": true, "ms.": true, "dr.": true, "rep.": true, "judge": true, "justice": true}

// titleCompounds repairs a title the parser made the head of the name
// after it: "Pope Benedict XVI said" had "Pope" the subject with
// "Benedict" its flat and "XVI" its nmod:unmarked. As in the treebank, the
// name heads the phrase, the title its compound: the first proper noun
// after the title takes the title's head and relation, and the title's
// other proper nouns and numbers after it become that name's flat.
func (m *Model) titleCompounds(w *work) {
	rComp, rFlat := m.relIndex("compound"), m.relIndex("flat")
	if rComp < 0 || rFlat < 0 {
		return
	}
	n := len(w.forms)
	for t := 1; t < n; t++ {
		if m.upos[w.tags[t-1]] != "PROPN" || !titles[w.lower(t-1)] {
			continue
		}
		x := t + 1
		if m.upos[w.tags[x-1]] != "PROPN" || w.heads[x] != t || m.rels[w.rels[x]] != "flat" || m.commonNoun(w.forms[x-1]) {
			continue // not "Justice Department", "General Mills"
		}
		old := append([]int(nil), w.heads...)
		oldR := append([]int(nil), w.rels...)
		w.heads[x], w.rels[x] = w.heads[t], w.rels[t]
		for i := 1; i <= n; i++ {
			if w.heads[i] == t {
				w.heads[i] = x
				if r := m.rels[w.rels[i]]; i > x && (m.upos[w.tags[i-1]] == "PROPN" || m.upos[w.tags[i-1]] == "NUM") && (r == "nmod:unmarked" || r == "nummod") {
					w.rels[i] = rFlat
				}
			}
		}
		w.heads[t], w.rels[t] = x, rComp
		if !w.tree() {
			copy(w.heads, old)
			copy(w.rels, oldR)
		}
	}
}

// descBeforeName repairs a common noun that describes the name right
// after it, which the parser made a second subject or object of the verb:
// "Portugal coach Luiz Felipe Scolari said" had "coach" and "Luiz" both
// nsubj of said. A verb has one subject and one direct object. As in the
// treebank, the noun is the name's nmod:desc ("rebel negotiator Anton
// Balasingham"), or, after "the", the head with the name its apposition
// ("The militant organisation Hamas has announced"). EWT dev: 3 of 2,001
// sentences change; TBAQ: 12 of 3,905.
func (m *Model) descBeforeName(w *work) {
	rDesc, rAppos := m.relIndex("nmod:desc"), m.relIndex("appos")
	if rDesc < 0 || rAppos < 0 {
		return
	}
	n := len(w.forms)
	for t := 1; t < n; t++ {
		r := m.rels[w.rels[t]]
		if r != "nsubj" && r != "obj" || m.upos[w.tags[t-1]] != "NOUN" || m.upos[w.tags[t]] != "PROPN" {
			continue
		}
		v, p := w.heads[t], t+1
		for p <= n && w.heads[p] != v && w.heads[p] > p && m.upos[w.tags[p-1]] == "PROPN" {
			p = w.heads[p] // "Luiz" of "Luiz Felipe Scolari", or the name's head after it
		}
		if p > n || w.heads[p] != v || m.rels[w.rels[p]] != r || m.upos[w.tags[p-1]] != "PROPN" {
			continue
		}
		the := false
		if w.hasDep(t, func(i int) bool {
			if m.rels[w.rels[i]] == "det" {
				if strings.EqualFold(w.forms[i-1], "the") {
					the = true
					return false
				}
				return true
			}
			return i > t
		}) {
			// The noun's own phrase goes on after it; or a relative clause
			// without "that" follows it: "Every move Google makes brings",
			// "a threat Churchill warned about".
			continue
		}
		if the {
			w.heads[p], w.rels[p] = t, rAppos
		} else {
			w.heads[t], w.rels[t] = p, rDesc
		}
	}
}

// relativeClauses repairs a relative clause set off by a comma that the
// parser hung on the next verb: "Prosecutors, who opened the
// investigation in January 2017, had asked" had "opened" a parataxis of
// asked, and "The storm, which killed 12 people, is expected" a relative
// clause of "expected". A verb whose subject is "who" or "which" right after a noun and
// a comma is that noun's relative clause (acl:relcl).
func (m *Model) relativeClauses(w *work) {
	rRel := m.relIndex("acl:relcl")
	if rRel < 0 {
		return
	}
	n := len(w.forms)
	for k := 3; k <= n; k++ { // word k is "who" or "which", k-1 the comma, k-2 the noun
		if f := w.lower(k - 1); f != "who" && f != "which" || w.forms[k-2] != "," || !strings.HasPrefix(m.rels[w.rels[k]], "nsubj") {
			continue
		}
		v, h := w.heads[k], k-2
		if u := m.upos[w.tags[h-1]]; u != "NOUN" && u != "PROPN" || v <= k || m.upos[w.tags[v-1]] != "VERB" && m.upos[w.tags[v-1]] != "AUX" {
			continue
		}
		for strings.EqualFold(w.forms[k-1], "who") && m.upos[w.tags[h-1]] == "PROPN" && m.rels[w.rels[h]] == "nmod" &&
			w.heads[h] > 0 && w.heads[h] < h && m.upos[w.tags[w.heads[h]-1]] == "NOUN" && w.hasDep(h, func(i int) bool { return m.rels[w.rels[i]] == "case" }) {
			h = w.heads[h] // "an embassy official in Nairobi, who refused": the official
		}
		switch m.rels[w.rels[v]] {
		case "parataxis", "advcl", "conj", "ccomp", "dep":
		case "acl:relcl", "advcl:relcl":
			if w.heads[v] < v {
				continue
			}
			// A relative clause hung on the verb after it: "The storm,
			// which killed 12 people in Cuba on Friday, is expected".
		default:
			continue
		}
		if w.under(h, v) {
			continue // (the noun inside the verb's own phrase)
		}
		w.heads[v], w.rels[v] = h, rRel
	}
}

// frontedPlaces repairs a fronted place phrase the parser made a second
// subject: "Outside the court, thousands of supporters clashed with
// police" had "court" and "thousands" both nsubj of clashed, "Outside"
// an adverb of court. A verb has one subject: the first of two, opened by
// a word that is a preposition of place as often as an adverb and set off
// by a comma, is an oblique, and that word its case.
func (m *Model) frontedPlaces(w *work) {
	rObl, rCase := m.relIndex("obl"), m.relIndex("case")
	if rObl < 0 || rCase < 0 {
		return
	}
	n := len(w.forms)
	for k := 1; k+1 < n; k++ {
		if !placeAdverbs.Has(w.lower(k - 1)) {
			continue
		}
		// The noun whose phrase opens right after the word.
		a := k + 1
		for a <= n && a-k < 5 && m.upos[w.tags[a-1]] != "NOUN" && m.upos[w.tags[a-1]] != "PROPN" && w.heads[a] > a {
			a = w.heads[a]
		}
		if a > n || a-k >= 5 || m.upos[w.tags[a-1]] != "NOUN" && m.upos[w.tags[a-1]] != "PROPN" {
			continue
		}
		r := m.rels[w.rels[a]]
		v := w.heads[a]
		if v <= a || r != "nsubj" && r != "obl:unmarked" || a+1 > n || w.forms[a] != "," {
			continue // (the phrase set off by the comma right after its noun)
		}
		if r == "nsubj" && !w.hasDep(v, func(i int) bool { return i > a && m.rels[w.rels[i]] == "nsubj" }) {
			continue // the only subject: "Outside the court is a fountain"
		}
		w.rels[a] = rObl
		w.heads[k], w.rels[k] = a, rCase
	}
}

// placeAdverbs are words that are prepositions of place as often as
// adverbs ("outside the court", "went outside").
var placeAdverbs = wordset.New("outside", "inside", "near", "behind", "beyond", "across", "along", "around", "beside",
	"alongside", "opposite", "underneath")

// timeConjuncts repairs a time phrase that opens a coordinated clause,
// which the parser made the conjunct and the clause's verb a parataxis:
// "moved to a more intensive response last week, and on Thursday the
// government ordered all schools to close" had "Thursday" a conj of moved.
// The verb after the time phrase, with its own subject between them, is
// the conjunct with the coordinator, and the time phrase its oblique.
// unitsLater repairs an amount of time before "later", "earlier" or
// "ago" that the parser made the head of the noun before it: "was sworn
// in as president hours later" (president: compound of "hours", "hours"
// the oblique with "as"). The noun before takes the unit's place and its
// dependents; the unit measures the adverb after it (obl:unmarked, as
// EWT has "years later").
func (m *Model) unitsLater(w *work) {
	rUnm, rComp := m.relIndex("obl:unmarked"), m.relIndex("compound")
	if rUnm < 0 || rComp < 0 {
		return
	}
	n := len(w.forms)
	for t := 2; t < n; t++ {
		if !laterUnits[w.lower(t-1)] {
			continue
		}
		switch w.lower(t) {
		case "later", "earlier", "ago":
		default:
			continue
		}
		c := t - 1
		if w.heads[c] != t || w.rels[c] != rComp || m.upos[w.tags[c-1]] != "NOUN" {
			continue
		}
		a := t + 1
		hh, hr := w.heads[t], w.rels[t]
		if hh == a {
			continue
		}
		var moved []int // the unit's dependents, which go to the noun
		for k := 1; k <= n; k++ {
			if w.heads[k] == t && k != c {
				moved = append(moved, k)
			}
		}
		w.heads[c], w.rels[c] = hh, hr
		for _, k := range moved {
			w.heads[k] = c
		}
		w.heads[t], w.rels[t] = a, rUnm
		if !w.tree() {
			w.heads[t], w.rels[t] = hh, hr
			for _, k := range moved {
				w.heads[k] = t
			}
			w.heads[c], w.rels[c] = t, rComp
		}
	}
}

// laterUnits are the units of time that measure "later" or "ago" without
// a number ("hours later", "months ago").
var laterUnits = map[string]bool{"minutes": true, "hours": true, "days": true, "weeks": true, "months": true, "years": true, "decades": true}

// possessiveFlats repairs a name after a possessive that the labeller
// made part of the owner's name: "Brazil's Senate on Wednesday removed"
// (Senate: flat of Brazil, and Brazil the subject). A name has no
// possessive inside it; the name after the "'s" heads the phrase, in the
// owner's place, and the owner is its nmod:poss; the owner's dependents
// after that name go with it ("on Wednesday").
func (m *Model) possessiveFlats(w *work) {
	rFlat, rPoss := m.relIndex("flat"), m.relIndex("nmod:poss")
	if rFlat < 0 || rPoss < 0 {
		return
	}
	n := len(w.forms)
	for t := 3; t <= n; t++ {
		h := w.heads[t]
		if w.rels[t] != rFlat || h <= 0 || h != t-2 || m.xpos[w.tags[t-1]] != "NNP" || m.xpos[w.tags[h-1]] != "NNP" {
			continue
		}
		if f := w.lower(t - 2); f != "'s" && f != "’s" || w.heads[t-1] != h {
			continue
		}
		hh, hr := w.heads[h], w.rels[h]
		var moved []int // the owner's dependents after the name, which go with it
		for k := t + 1; k <= n; k++ {
			if w.heads[k] == h {
				moved = append(moved, k)
			}
		}
		w.heads[t], w.rels[t] = hh, hr
		w.heads[h], w.rels[h] = t, rPoss
		for _, k := range moved {
			w.heads[k] = t
		}
		if !w.tree() {
			// (a cycle through the owner's head: the arcs go back)
			w.heads[h], w.rels[h] = hh, hr
			w.heads[t], w.rels[t] = h, rFlat
			for _, k := range moved {
				w.heads[k] = h
			}
		}
	}
}

func (m *Model) timeConjuncts(w *work) {
	rConj, rObl, rTmod := m.relIndex("conj"), m.relIndex("obl"), m.relIndex("obl:tmod")
	if rConj < 0 || rObl < 0 {
		return
	}
	if rTmod < 0 {
		rTmod = rObl
	}
	n := len(w.forms)
	for t := 2; t <= n; t++ {
		if !w.timeAt(t - 1) {
			continue
		}
		if c := w.heads[t]; c > 0 && c < t && m.upos[w.tags[c-1]] == "CCONJ" {
			// "and on Thursday the government ordered", with "Thursday"
			// hung on the coordinator: the verb the coordinator opens.
			if v := w.heads[c]; v > t && m.upos[w.tags[v-1]] == "VERB" {
				w.heads[t] = v
				if w.hasDep(t, func(i int) bool { return m.rels[w.rels[i]] == "case" }) {
					w.rels[t] = rObl
				} else {
					w.rels[t] = rTmod
				}
			}
			continue
		}
		if m.rels[w.rels[t]] != "conj" {
			continue
		}
		h := w.heads[t]
		if h <= 0 || h >= t || m.upos[w.tags[h-1]] != "VERB" {
			continue
		}
		v := 0
		for k := t + 1; k <= n && k <= t+12; k++ {
			if w.heads[k] == h && (m.rels[w.rels[k]] == "parataxis" || m.rels[w.rels[k]] == "conj") && m.upos[w.tags[k-1]] == "VERB" {
				v = k
				break
			}
		}
		if v == 0 || !w.hasDep(v, func(i int) bool { return i > t && i < v && strings.HasPrefix(m.rels[w.rels[i]], "nsubj") }) {
			continue
		}
		for i := 1; i <= n; i++ {
			if w.heads[i] == t && m.rels[w.rels[i]] == "cc" {
				w.heads[i] = v // the coordinator opens the clause
			}
		}
		w.rels[v] = rConj
		w.heads[t] = v
		if w.hasDep(t, func(i int) bool { return m.rels[w.rels[i]] == "case" }) {
			w.rels[t] = rObl
		} else {
			w.rels[t] = rTmod
		}
	}
}

// finiteConjuncts repairs a finite verb coordinated with a gerund that
// hangs under a finite verb of its own: "fined the carmaker for cheating
// on emissions tests and ordered it to compensate owners" had "ordered" a
// conjunct of cheating. A past or present tense with no subject of its own
// is coordinated with the nearest finite verb above the gerund.
func (m *Model) finiteConjuncts(w *work) {
	n := len(w.forms)
	finite := func(i int) bool {
		x := m.xpos[w.tags[i-1]]
		return m.upos[w.tags[i-1]] == "VERB" && (x == "VBD" || x == "VBZ" || x == "VBP")
	}
	for c := 2; c <= n; c++ {
		if m.rels[w.rels[c]] != "conj" || !finite(c) {
			continue
		}
		g := w.heads[c]
		if g <= 0 || g >= c || m.xpos[w.tags[g-1]] != "VBG" || m.rels[w.rels[g]] != "advcl" && m.rels[w.rels[g]] != "acl" {
			continue
		}
		if w.hasDep(c, func(i int) bool { return strings.HasPrefix(m.rels[w.rels[i]], "nsubj") }) {
			continue
		}
		if !w.hasDep(g, func(i int) bool { return i < g && (m.rels[w.rels[i]] == "mark" || m.rels[w.rels[i]] == "case") }) {
			continue // a participle of its own clause ("..., killing 20 and wounding"): not after a preposition
		}
		v := w.heads[g]
		if v <= 0 || !finite(v) {
			continue
		}
		w.heads[c] = v
	}
}

// relativeSubjects repairs the subject of a verb that follows a relative
// clause set off by commas, which the parser hung elsewhere: "Egyptian
// President Abdel Fattah al-Sisi, who had ordered preparations ...,
// praised the canal workers" had "Egyptian" an xcomp of praised, the name
// its apposition and praised no subject. A finite verb with no subject,
// right after a comma that closes a relative clause opened by "who" or
// "which" on a noun before it, takes that noun as its subject; a word
// before the noun that the parser had hung on the verb goes back into the
// noun's phrase.
func (m *Model) relativeSubjects(w *work) {
	rSubj, rAmod, rComp := m.relIndex("nsubj"), m.relIndex("amod"), m.relIndex("compound")
	if rSubj < 0 || rAmod < 0 || rComp < 0 {
		return
	}
	n := len(w.forms)
	under := w.under
	for v := 4; v <= n; v++ {
		if m.upos[w.tags[v-1]] != "VERB" || w.forms[v-2] != "," {
			continue
		}
		if x := m.xpos[w.tags[v-1]]; x != "VBD" && x != "VBZ" && x != "VBP" {
			continue
		}
		if w.hasDep(v, func(i int) bool {
			r := m.rels[w.rels[i]]
			return strings.HasPrefix(r, "nsubj") || strings.HasPrefix(r, "csubj") || r == "expl" || r == "aux" && i < v
		}) {
			continue
		}
		// The relative clause that ends before the comma.
		h := 0
		for r := 1; r < v-1; r++ {
			if m.rels[w.rels[r]] != "acl:relcl" || w.heads[r] >= r || !w.hasDep(r, func(i int) bool {
				f := w.lower(i - 1)
				return i < r && (f == "who" || f == "which") && strings.HasPrefix(m.rels[w.rels[i]], "nsubj")
			}) {
				continue
			}
			last := r
			for i := r + 1; i < v-1; i++ {
				if under(i, r) {
					last = i
				}
			}
			if last == v-2 {
				h = w.heads[r]
				break
			}
		}
		if h == 0 || under(v, h) {
			continue
		}
		if u := m.upos[w.tags[h-1]]; u != "NOUN" && u != "PROPN" {
			continue
		}
		finite := false // a verb before the noun: the noun is in that verb's clause ("was cut in the blast, which ...")
		for i := 1; i < h; i++ {
			x := m.xpos[w.tags[i-1]]
			finite = finite || x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD"
		}
		if finite {
			continue
		}
		old := w.heads[h]
		comma := false
		for i := old + 1; i > 0 && i < h; i++ {
			comma = comma || w.forms[i-1] == ","
		}
		if r := m.rels[w.rels[h]]; old > 0 && old < h && !comma && w.heads[old] == v && (r == "obl" || r == "nmod") {
			w.rels[old] = rSubj // the noun is the "of" phrase of the subject: "First of America, which ..."
			continue
		}
		w.heads[h], w.rels[h] = v, rSubj
		if old > 0 && old < h && !comma && w.heads[old] == v && !strings.HasPrefix(m.rels[w.rels[old]], "nsubj") {
			// "Egyptian" of "Egyptian President Abdel Fattah al-Sisi".
			switch m.upos[w.tags[old-1]] {
			case "ADJ":
				w.heads[old], w.rels[old] = h, rAmod
			case "NOUN", "PROPN":
				w.heads[old], w.rels[old] = h, rComp
			}
		}
	}
}

// clauseMarks repairs a subordinating word the parser hung on the subject
// of the clause it opens: "have been killed since violence erupted in the
// late 1960s" had "since" a det of violence and "erupted" a ccomp of
// killed. A "since", "because", "although", "while", "until", "unless"
// or "whereas" that is a det or case of a word that is the subject of a
// finite verb right after it marks that verb's clause, an adverbial
// clause of the verb it hangs on.
func (m *Model) clauseMarks(w *work) {
	rMark, rAdvcl := m.relIndex("mark"), m.relIndex("advcl")
	if rMark < 0 || rAdvcl < 0 {
		return
	}
	n := len(w.forms)
	for k := 1; k < n; k++ {
		prep := false // a word that is a preposition as often: only the oblique before a verb with no subject
		switch w.lower(k - 1) {
		case "since", "because", "although", "while", "until", "unless", "whereas":
		case "after", "before":
			prep = true
		default:
			continue
		}
		if r := m.rels[w.rels[k]]; r != "det" && r != "case" {
			continue
		}
		s := w.heads[k]
		if s <= k {
			continue
		}
		v := w.heads[s]
		if v < k && v > 0 && m.rels[w.rels[s]] == "obl" {
			m.obliqueClause(w, k, s, v)
			continue
		}
		if v <= s || !strings.HasPrefix(m.xpos[w.tags[v-1]], "VB") || m.xpos[w.tags[v-1]] == "VBG" || m.xpos[w.tags[v-1]] == "VB" {
			continue
		}
		switch m.rels[w.rels[s]] {
		case "nsubj":
			if prep {
				continue
			}
		case "obl":
			// "since fighting broke out": the word the parser made an
			// oblique is the subject the verb lacks, right before it, or
			// with a phrase of its own that the parser hung on the verb
			// ("after talks with the operator broke down").
			rSubj, rNmod := m.relIndex("nsubj"), m.relIndex("nmod")
			if rSubj < 0 || rNmod < 0 || w.hasDep(v, func(i int) bool { return strings.HasPrefix(m.rels[w.rels[i]], "nsubj") }) {
				continue
			}
			var between []int // the verb's obliques between the noun and the verb
			for i := s + 1; i < v; i++ {
				if w.heads[i] == v && m.rels[w.rels[i]] == "obl" && w.hasDep(i, func(c int) bool {
					return m.rels[w.rels[c]] == "case" && (strings.EqualFold(w.forms[c-1], "with") || strings.EqualFold(w.forms[c-1], "of"))
				}) {
					between = append(between, i)
				}
			}
			ok := true
			for i := s + 1; i < v && ok; i++ {
				ok = w.under(i, s) || slices.ContainsFunc(between, func(b int) bool { return w.under(i, b) })
			}
			if !ok {
				continue
			}
			for _, b := range between {
				w.heads[b], w.rels[b] = s, rNmod
			}
			w.rels[s] = rSubj
		default:
			continue
		}
		w.heads[k], w.rels[k] = v, rMark
		if r := m.rels[w.rels[v]]; r == "ccomp" || r == "parataxis" || r == "dep" {
			w.rels[v] = rAdvcl
		}
	}
}

// gaplessRelatives repairs a finite clause with a subject and an object
// that the parser hung on a noun as a relative clause with no relative
// word: such a clause has no gap, so it is none. When the noun is an
// oblique of a verb before it, the clause is that verb's: a parataxis
// after a semicolon ("Warner was also charged; in a statement he denied
// any wrongdoing", where the oblique goes to the clause it opens), or
// what a verb of saying says ("said in a release he issued a subpoena").
// Verbs that name what their object is ("what it calls a boom", "a move
// the firm termed amicable") are left alone.
func (m *Model) gaplessRelatives(w *work) {
	rPara, rCcomp, rObl := m.relIndex("parataxis"), m.relIndex("ccomp"), m.relIndex("obl")
	if rPara < 0 || rCcomp < 0 || rObl < 0 {
		return
	}
	n := len(w.forms)
	for v := 2; v <= n; v++ {
		if m.rels[w.rels[v]] != "acl:relcl" {
			continue
		}
		switch m.xpos[w.tags[v-1]] {
		case "VBD", "VBZ", "VBP":
		default:
			continue
		}
		switch m.Lex.Lemma(w.forms[v-1], "VERB", m.xpos[w.tags[v-1]]) {
		case "call", "term", "name", "dub", "consider", "describe", "label":
			continue
		}
		nn := w.heads[v]
		if nn <= 0 || nn >= v || m.rels[w.rels[nn]] != "obl" || w.timeAt(nn-1) || adjunctHeads.Has(w.lower(nn-1)) {
			continue // "at the same time it reported": the gap is the time
		}
		h := w.heads[nn]
		if h <= 0 || h >= nn || m.upos[w.tags[h-1]] != "VERB" {
			continue
		}
		subj, obj, rel := false, false, false
		for c := 1; c <= n; c++ {
			if w.heads[c] != v {
				continue
			}
			switch r := m.rels[w.rels[c]]; {
			case r == "nsubj" && c < v:
				subj = true
			case r == "obj" && c > v:
				obj = true
			case r == "xcomp":
				obj = false
				c = n // a small clause: "a move the firm termed amicable"
			}
			if x := m.xpos[w.tags[c-1]]; x == "WDT" || x == "WP" || x == "WP$" || x == "WRB" || w.lower(c-1) == "that" {
				rel = true
			}
		}
		if !subj || !obj || rel {
			continue
		}
		semi := false
		for k := h + 1; k < nn; k++ {
			semi = semi || w.forms[k-1] == ";"
		}
		switch {
		case semi:
			w.heads[v], w.rels[v] = h, rPara
			w.heads[nn], w.rels[nn] = v, rObl
			for k := h + 1; k < nn; k++ {
				if w.forms[k-1] == ";" && w.heads[k] != h {
					w.heads[k] = v
				}
			}
		case sayVerbs[m.Lex.Lemma(w.forms[h-1], "VERB", m.xpos[w.tags[h-1]])]:
			w.heads[v], w.rels[v] = h, rCcomp
		}
	}
}

// adjunctHeads are nouns a relative clause without a relative word
// modifies with no gap but an adjunct ("the way it ran the firm").
var adjunctHeads = wordset.New("time", "times", "way", "reason", "moment", "point", "place", "day", "week", "month", "year", "hour", "night")

// obliqueClause repairs the clause of subordinating word k when the
// parser made the clause's subject s an oblique of the verb m before it
// and the clause's finite verb a clause of m with no subject of its own:
// "The collapse came after Barclays and Bank of America walked away"
// (Barclays an oblique of came, walked its parataxis). When every word
// between s and the verb hangs under s, s is the verb's subject, k its
// mark, and the verb an adverbial clause of m.
func (m *Model) obliqueClause(w *work, k, s, mv int) {
	rMark, rAdvcl, rSubj := m.relIndex("mark"), m.relIndex("advcl"), m.relIndex("nsubj")
	if rSubj < 0 {
		return
	}
	n := len(w.forms)
	v := s + 1
	for v <= n && w.under(v, s) {
		v++
	}
	if v > n || w.heads[v] != mv {
		return
	}
	switch m.xpos[w.tags[v-1]] {
	case "VBD", "VBZ", "VBP":
	default:
		return
	}
	switch m.rels[w.rels[v]] {
	case "parataxis", "dep", "conj", "ccomp", "advcl", "advcl:relcl":
	default:
		return
	}
	if w.hasDep(v, func(c int) bool {
		r := m.rels[w.rels[c]]
		return strings.HasPrefix(r, "nsubj") || r == "mark" || r == "cc"
	}) {
		return
	}
	w.heads[s], w.rels[s] = v, rSubj
	w.heads[k], w.rels[k] = v, rMark
	w.rels[v] = rAdvcl
}

// reducedRelativeRoots repairs a participle right after its noun that the
// parser read as the sentence's past-tense root, when a verb group after
// it has no subject of its own: "A march planned for Sunday will go
// ahead" had "planned" the root and "will go" its advcl. A regular "-ed"
// root with a noun subject right before it and no object, whose later
// clause (advcl, parataxis, ccomp, dep) has a modal or a present-tense
// verb and no subject, mark or coordinator, with no comma, coordinator or
// subordinator between them, is the subject's reduced relative (acl,
// VBN); the later verb is the root and takes the subject.
func (m *Model) reducedRelativeRoots(w *work) {
	n := len(w.forms)
	rAcl, rRoot, rSubj, rSubjPass := m.relIndex("acl"), m.relIndex("root"), m.relIndex("nsubj"), m.relIndex("nsubj:pass")
	vbn := m.tagIndex("VERB", "VBN")
	if rAcl < 0 || rRoot < 0 || rSubj < 0 || rSubjPass < 0 || vbn < 0 {
		return
	}
	for v := 2; v <= n; v++ {
		if w.heads[v] != 0 || m.xpos[w.tags[v-1]] != "VBD" || !strings.HasSuffix(w.lower(v-1), "ed") {
			continue
		}
		s := v - 1
		if w.heads[s] != v || m.rels[w.rels[s]] != "nsubj" || m.upos[w.tags[s-1]] != "NOUN" && m.upos[w.tags[s-1]] != "PROPN" {
			continue
		}
		if w.hasDep(v, func(i int) bool {
			r := m.rels[w.rels[i]]
			return r == "obj" || r == "aux" || r == "aux:pass" || r == "ccomp" && i < v
		}) {
			continue
		}
		c := 0
		for i := v + 1; i <= n; i++ {
			if w.heads[i] != v {
				continue
			}
			switch m.rels[w.rels[i]] {
			case "advcl", "parataxis", "ccomp", "dep":
			default:
				continue // (a conj is a second verb of the subject: "declined to comment, and said")
			}
			if u := m.upos[w.tags[i-1]]; u != "VERB" && u != "AUX" {
				continue
			}
			if w.hasDep(i, func(k int) bool {
				r := m.rels[w.rels[k]]
				return strings.HasPrefix(r, "nsubj") || r == "mark" || r == "cc"
			}) {
				continue
			}
			modal := w.hasDep(i, func(k int) bool { return m.xpos[w.tags[k-1]] == "MD" })
			if x := m.xpos[w.tags[i-1]]; !modal && x != "VBZ" && x != "VBP" {
				continue // (a second past is as likely the subject's own: "benefited from continued demand")
			}
			c = i
			break
		}
		if c == 0 || !w.hasDep(v, func(k int) bool { return k > v && k < c }) {
			continue // the participle has a phrase of its own before the verb ("planned for Sunday"; not "packed winds")
		}
		first := c
		for k := v + 1; k < c; k++ {
			if w.heads[k] == c && k < first {
				first = k
			}
		}
		clean := true
		for k := v + 1; k < first; k++ {
			if f := w.lower(k - 1); f == "," || f == ";" || m.upos[w.tags[k-1]] == "CCONJ" || m.upos[w.tags[k-1]] == "SCONJ" {
				clean = false
			}
		}
		if !clean {
			continue
		}
		old, oldR, tv := slices.Clone(w.heads), slices.Clone(w.rels), w.tags[v-1]
		w.heads[c], w.rels[c] = 0, rRoot
		w.heads[s], w.rels[s] = c, rSubj
		if w.hasDep(c, func(k int) bool { return m.rels[w.rels[k]] == "aux:pass" }) {
			w.rels[s] = rSubjPass
		}
		w.heads[v], w.rels[v] = s, rAcl
		w.tags[v-1] = vbn
		for k := c + 1; k <= n; k++ {
			if w.heads[k] == v {
				w.heads[k] = c // what follows the new root is its: "organisers said", the full stop
			}
		}
		if !w.tree() {
			copy(w.heads, old)
			copy(w.rels, oldR)
			w.tags[v-1] = tv
		}
	}
}

// commonNoun reports whether the treebank has the word as a common noun.
func (m *Model) commonNoun(form string) bool {
	e, ok := m.Lex.Words[strings.ToLower(form)]
	if !ok {
		return false
	}
	for _, t := range e.Tags {
		if m.upos[t] == "NOUN" {
			return true
		}
	}
	return false
}

// nameSubjects repairs a statement that opens with a name renamed between
// commas, whose renaming the parser took for the subject: "Kestrel, the
// largest online retailer, said on Wednesday ..." had "retailer" the
// subject of "said" and "Kestrel" a dep. When a verb's subject is a noun
// whose phrase opens with a determiner right after a comma and ends with
// a comma right before the verb, and before that first comma the sentence
// is a name (proper nouns) hanging on the verb or the noun, the name is
// the subject and the noun its apposition.
func (m *Model) nameSubjects(w *work) {
	rSubj, rAppos, rPunct := m.relIndex("nsubj"), m.relIndex("appos"), m.relIndex("punct")
	if rSubj < 0 || rAppos < 0 || rPunct < 0 {
		return
	}
	n := len(w.forms)
	for v := 5; v <= n; v++ {
		if m.upos[w.tags[v-1]] != "VERB" || w.forms[v-2] != "," {
			continue
		}
		d := 0
		for i := 1; i < v; i++ {
			if w.heads[i] == v && m.rels[w.rels[i]] == "nsubj" {
				d = i
			}
		}
		if d != v-2 || m.upos[w.tags[d-1]] != "NOUN" {
			continue
		}
		// The noun's phrase: from its leftmost dependent to it.
		b := d
		for i := 1; i < d; i++ {
			if w.heads[i] == d {
				b = i
				break
			}
		}
		if b < 3 || m.upos[w.tags[b-1]] != "DET" || w.forms[b-2] != "," {
			continue
		}
		// The name: every word before the comma a proper noun, its last
		// word the head, hanging on the verb or the noun.
		x := b - 2
		ok := m.upos[w.tags[x-1]] == "PROPN" && (w.heads[x] == v || w.heads[x] == d)
		for i := 1; i < x && ok; i++ {
			ok = m.upos[w.tags[i-1]] == "PROPN" && w.heads[i] == x
		}
		if !ok {
			continue
		}
		old := append([]int(nil), w.heads...)
		oldR := append([]int(nil), w.rels...)
		w.heads[x], w.rels[x] = v, rSubj
		w.heads[d], w.rels[d] = x, rAppos
		w.heads[b-1], w.rels[b-1] = d, rPunct
		w.heads[v-1], w.rels[v-1] = d, rPunct
		if !w.tree() {
			copy(w.heads, old)
			copy(w.rels, oldR)
		}
	}
}

// frontedTimeSubjects repairs a fronted time the parser gave the
// subject as its apposition: "On Friday, her finance minister, Kwasi
// Kwarteng, was fired" (minister: appos of Friday, fired: no subject). A
// time word heading an oblique of a verb with no subject of its own, with
// a determiner phrase after its comma in apposition, gives that phrase to
// the verb as its subject.
func (m *Model) frontedTimeSubjects(w *work) {
	rS, rSP := m.relIndex("nsubj"), m.relIndex("nsubj:pass")
	if rS < 0 || rSP < 0 {
		return
	}
	n := len(w.forms)
	for t := 1; t <= n; t++ {
		v := w.heads[t]
		if v <= t || !strings.HasPrefix(m.rels[w.rels[t]], "obl") || !w.timeAt(t-1) {
			continue
		}
		var a int
		name := false
		var names []int // conjuncts of the time: "On Wednesday, Chancellor Angela Merkel, President Francois Hollande and Prime Minister Mariano Rajoy visited"
		for k := t + 1; k < v; k++ {
			if w.heads[k] == t && m.rels[w.rels[k]] == "conj" && m.upos[w.tags[k-1]] == "PROPN" && !w.timeAt(k-1) {
				names = append(names, k)
			}
		}
		if len(names) > 0 && m.upos[w.tags[v-1]] == "VERB" && w.lastDescendant(names[len(names)-1]) == v-1 {
			a, name = names[0], true
		}
		for k := t + 1; k < v && a == 0; k++ {
			if w.heads[k] != t || m.rels[w.rels[k]] != "appos" || w.timeAt(k-1) {
				continue
			}
			if u := m.upos[w.tags[k-1]]; u == "NOUN" || u == "PROPN" && m.upos[w.tags[v-1]] == "VERB" && w.lastDescendant(k) == v-1 {
				a, name = k, u == "PROPN"
				break
			}
		}
		if a == 0 || w.hasDep(v, func(k int) bool { return strings.HasPrefix(m.rels[w.rels[k]], "nsubj") }) ||
			!name && !w.hasDep(a, func(k int) bool { r := m.rels[w.rels[k]]; return k < a && (r == "det" || r == "nmod:poss") }) {
			continue
		}
		rel := rS
		if w.hasDep(v, func(k int) bool { return m.rels[w.rels[k]] == "aux:pass" }) {
			rel = rSP
		}
		ha, ra := w.heads[a], w.rels[a]
		w.heads[a], w.rels[a] = v, rel
		if !w.tree() {
			w.heads[a], w.rels[a] = ha, ra
			continue
		}
		if len(names) > 0 && names[0] == a {
			for _, k := range names[1:] {
				w.heads[k] = a // the other names are the first one's conjuncts
			}
		}
		for k := t + 1; k < a; k++ {
			if w.heads[k] == a && w.forms[k-1] == "," {
				w.heads[k] = t // the comma sets off the time
			}
			if w.heads[k] == a && m.upos[w.tags[k-1]] == "NUM" && m.rels[w.rels[k]] == "nummod" && slices.Contains(w.forms[k:a-1], ",") {
				w.heads[k] = t // the time's day: "On Nov. 26, Florida Secretary of State Katherine Harris certified ..."
				if r := m.relIndex("nmod:unmarked"); r >= 0 {
					w.rels[k] = r // as EWT has "Nov. 26"
				}
			}
		}
		// A participle with the name as its active subject and an object
		// after it is a simple past ("In May, Trump called off the summit":
		// called VBN, Trump the appos of May).
		if name && rel == rS && m.xpos[w.tags[v-1]] == "VBN" && w.hasDep(v, func(k int) bool { return k > v && m.rels[w.rels[k]] == "obj" }) &&
			!w.hasDep(v, func(k int) bool { r := m.rels[w.rels[k]]; return r == "aux" || r == "cop" || r == "mark" }) {
			if vbd := m.tagIndex("VERB", "VBD"); vbd >= 0 {
				if m.mayBePast(w, v, vbd) {
					w.tags[v-1] = vbd
				}
			}
		}
	}
}

// frontedTimeClauses repairs a clause opened by a time the parser took
// for a noun the clause modifies: "It bought Mojang in 2014, and last year
// it completed its purchase of ZeniMax" (year: conj of bought; completed:
// acl:relcl of year). A time head ("year", "week", a weekday or month)
// with "last", "next", "this", "earlier" or "later" before it and no
// article, whose relative clause follows it at once with a subject of its
// own and no relative word, is that clause's time (obl:unmarked, formerly obl:tmod): the verb
// takes the time's place in the tree, with its "and" and comma. "The year
// it completed" keeps its relative clause. So too when the labeller named
// the clause a plain acl or an apposition, its verb a participle ("and
// last week the company raised its forecast": raised VBN, an acl of week)
// or a base form whose past is the same ("the bank cut its rates": cut
// VB); such a verb is retagged a past tense.
func (m *Model) frontedTimeClauses(w *work) {
	rRel, rTmod := m.relIndex("acl:relcl"), m.relIndex("obl:unmarked") // UD 2.14's name for obl:tmod
	if rTmod < 0 {
		rTmod = m.relIndex("obl:tmod")
	}
	if rRel < 0 || rTmod < 0 {
		return
	}
	rAcl, vbd := m.relIndex("acl"), m.tagIndex("VERB", "VBD")
	n := len(w.forms)
	for v := 2; v <= n; v++ {
		h := w.heads[v]
		if h <= 0 || h >= v || !w.timeAt(h-1) {
			continue
		}
		acl := (w.rels[v] == rAcl || m.rels[w.rels[v]] == "appos") && m.upos[w.tags[v-1]] == "VERB"
		if acl {
			switch m.xpos[w.tags[v-1]] {
			case "VBD", "VBZ", "VBP":
			case "VBN":
				acl = vbd >= 0 && m.mayBePast(w, v, vbd) && !w.hasDep(v, func(c int) bool { return strings.HasPrefix(m.rels[w.rels[c]], "aux") })
			case "VB":
				acl = vbd >= 0 && samePast[w.lower(v-1)] && !w.hasDep(v, func(c int) bool { return strings.HasPrefix(m.rels[w.rels[c]], "aux") || m.upos[w.tags[c-1]] == "PART" })
			default:
				acl = false
			}
		}
		if w.rels[v] != rRel && !acl {
			continue
		}
		r := m.rels[w.rels[h]]
		if r == "nsubj" || r == "nsubj:pass" || r == "obj" || strings.HasPrefix(r, "nmod") || strings.HasPrefix(r, "obl") {
			continue
		}
		deictic, article := false, false
		for k := 1; k < h; k++ {
			if w.heads[k] != h {
				continue
			}
			switch w.lower(k - 1) {
			case "last", "next", "this", "earlier", "later":
				deictic = true
			case "the", "a", "an", "that":
				article = true
			}
		}
		if !deictic || article {
			continue
		}
		subj, relWord := 0, false
		for k := h + 1; k < v; k++ {
			if w.heads[k] == v && strings.HasPrefix(m.rels[w.rels[k]], "nsubj") {
				subj = k
			}
			switch w.lower(k - 1) {
			case "that", "which", "who", "when", "where":
				relWord = true
			}
		}
		if subj == 0 || relWord {
			continue
		}
		tag := w.tags[v-1]
		if acl && (m.xpos[tag] == "VBN" || m.xpos[tag] == "VB") {
			w.tags[v-1] = vbd
		}
		old := make([][2]int, 0, 8)
		move := func(k, head, rel int) {
			old = append(old, [2]int{k, w.heads[k]<<16 | w.rels[k]})
			w.heads[k], w.rels[k] = head, rel
		}
		move(v, w.heads[h], w.rels[h])
		move(h, v, rTmod)
		for k := 1; k < h; k++ {
			if w.heads[k] == h {
				if r := m.rels[w.rels[k]]; r == "cc" || r == "punct" {
					move(k, v, w.rels[k])
				}
			}
		}
		if !w.tree() {
			for i := len(old) - 1; i >= 0; i-- {
				w.heads[old[i][0]], w.rels[old[i][0]] = old[i][1]>>16, old[i][1]&0xffff
			}
			w.tags[v-1] = tag
		}
	}
}

// amountTimes repairs a time the parser hung on an amount: "bought
// Mojang for $2.5 billion in 2014" (2014: nmod of "$"). A year, month or
// weekday with "in" or "on" under a money sign or a number that is an
// oblique or object of a verb (or of a noun of the verb's, at most three
// steps down) is the verb's oblique: a price has no date of its own.
func (m *Model) amountTimes(w *work) {
	rObl := m.relIndex("obl")
	if rObl < 0 {
		return
	}
	n := len(w.forms)
	for t := 1; t <= n; t++ {
		a := w.heads[t]
		if a <= 0 || a >= t || m.rels[w.rels[t]] != "nmod" || !yearOrTimeWord(w.forms[t-1]) {
			continue
		}
		if u := m.upos[w.tags[a-1]]; u != "SYM" && u != "NUM" {
			continue
		}
		// Up to the verb the amount belongs to, past a noun the parser
		// may have hung it on ("Cerner, a health records firm, for $28
		// billion in 2022": $ under "firm").
		v, ok := w.heads[a], false
		for k, r := 0, m.rels[w.rels[a]]; k < 3 && v > 0; k++ {
			if r != "obl" && r != "obj" && r != "nmod" && r != "appos" {
				break
			}
			if m.upos[w.tags[v-1]] == "VERB" {
				ok = true
				break
			}
			r, v = m.rels[w.rels[v]], w.heads[v]
		}
		if !ok {
			continue
		}
		if !w.hasDep(t, func(k int) bool {
			f := w.lower(k - 1)
			return k < t && m.rels[w.rels[k]] == "case" && (f == "in" || f == "on")
		}) {
			continue
		}
		w.rehang(t, v, rObl)
	}
}

// yearOrTimeWord reports whether a word is a year (four digits from 1000
// to 2999) or a time word (timeWord).
func yearOrTimeWord(f string) bool {
	if len(f) == 4 && (f[0] == '1' || f[0] == '2') {
		for i := 1; i < 4; i++ {
			if f[i] < '0' || f[i] > '9' {
				return false
			}
		}
		return true
	}
	return timeWord(f)
}

// timeWord reports whether a word names a day, a month or a part of the
// day or year: what a fronted time phrase has at its head.
func timeWord(f string) bool {
	return timeWordLower(f, strings.ToLower(f))
}

// timeWordLower is timeWord of f, given f in lower case.
func timeWordLower(f, l string) bool {
	if weekdays[l] {
		return true
	}
	switch l {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december":
		return true
	}
	if f != "" && f[0] >= 'A' && f[0] <= 'Z' && timeAbbrev(strings.TrimSuffix(l, ".")) {
		return true // "Nov" "." "26": the tokenizer keeps a month's dot apart (calendarAbbrev)
	}
	return timeHeads[l]
}

// activeSubjects names the subject of a verb in the simple past with no
// passive auxiliary nsubj, not nsubj:pass: "This week, Karl Berg
// resigned" (the labeller read the fronted time as a passive's cue). A
// simple past is tagged VBD, or VBN heading a main clause without
// auxiliaries after a name, outside a title-case headline.
func (m *Model) activeSubjects(w *work) {
	rS, rSP := m.relIndex("nsubj"), m.relIndex("nsubj:pass")
	if rS < 0 || rSP < 0 {
		return
	}
	n := len(w.forms)
	for p := 1; p <= n; p++ {
		v := w.heads[p]
		if w.rels[p] != rSP || v < 1 {
			continue
		}
		switch x := m.xpos[w.tags[v-1]]; {
		case x == "VBD":
		case x == "VBN" && (w.heads[v] == 0 || m.rels[w.rels[v]] == "conj") && m.upos[w.tags[p-1]] == "PROPN" && !titleCase(w.forms):
			// A participle heading a main clause with no auxiliary, with
			// a name before it, is a simple past (a headline's "Man
			// arrested" is a passive).
		default:
			continue
		}
		if !w.hasDep(v, func(k int) bool { r := m.rels[w.rels[k]]; return r == "aux:pass" || r == "aux" }) {
			w.rels[p] = rS
		}
	}
}

// appositiveSubjects makes a fronted noun phrase the subject when the
// name after it, between commas, renames it: "Its chief executive, Maria
// Lund, resigned" (the parser made the phrase an oblique, as for "Last
// week, Maria Lund resigned", and the name the subject). Only a phrase
// with a determiner or possessive and no preposition, whose head is no
// time word.
func (m *Model) appositiveSubjects(w *work) {
	rS, rSP, rA := m.relIndex("nsubj"), m.relIndex("nsubj:pass"), m.relIndex("appos")
	if rS < 0 || rSP < 0 || rA < 0 {
		return
	}
	n := len(w.forms)
	for p := 3; p <= n; p++ {
		if (w.rels[p] != rS && w.rels[p] != rSP) || m.upos[w.tags[p-1]] != "PROPN" || w.forms[p-2] != "," {
			continue
		}
		v := w.heads[p]
		if v <= p {
			continue
		}
		// The name runs to a comma right before the verb (or its
		// auxiliaries and adverbs).
		e := p
		for e+1 <= n && w.heads[e+1] == p && m.upos[w.tags[e]] == "PROPN" {
			e++
		}
		if e+1 > n || w.forms[e] != "," {
			continue
		}
		ok := true
		for k := e + 2; k < v; k++ {
			if w.heads[k] != v || (m.upos[w.tags[k-1]] != "AUX" && m.upos[w.tags[k-1]] != "ADV") {
				ok = false
			}
		}
		if !ok {
			continue
		}
		c := p - 2 // the noun before the first comma
		if c < 1 || w.heads[c] != v || m.upos[w.tags[c-1]] != "NOUN" || timeHeads[w.lower(c-1)] {
			continue
		}
		if !strings.HasPrefix(m.rels[w.rels[c]], "obl") {
			continue
		}
		det := w.hasDep(c, func(k int) bool { r := m.rels[w.rels[k]]; return k < c && (r == "det" || r == "nmod:poss") })
		if !det || w.hasDep(c, func(k int) bool { return k < c && m.rels[w.rels[k]] == "case" }) {
			continue
		}
		rel := rS
		if w.hasDep(v, func(k int) bool { return m.rels[w.rels[k]] == "aux:pass" }) {
			rel = rSP
		}
		hc, rc, hp, rp := w.heads[c], w.rels[c], w.heads[p], w.rels[p]
		w.heads[c], w.rels[c] = v, rel
		w.heads[p], w.rels[p] = c, rA
		if !w.tree() {
			w.heads[c], w.rels[c], w.heads[p], w.rels[p] = hc, rc, hp, rp
		}
	}
}

// reportConjuncts repairs a past clause with a subject of its own after
// ", and" that the parser coordinated with the clause a report says, not
// with the report: "Peter Baring said the bank had been the victim of
// concealed dealing, and he apologised to its staff" (apologised conj of
// been). Without "that" of its own it is the teller's next statement: a
// conjunct of the report's verb. With "that" ("and that Christie would
// receive the silver") it stays part of what was said.
func (m *Model) reportConjuncts(w *work) {
	rConj, rCcomp := m.relIndex("conj"), m.relIndex("ccomp")
	if rConj < 0 || rCcomp < 0 {
		return
	}
	for v := 4; v <= len(w.forms); v++ {
		if w.rels[v] != rConj || m.xpos[w.tags[v-1]] != "VBD" || m.upos[w.tags[v-1]] != "VERB" {
			continue
		}
		c := w.heads[v]
		if c <= 0 || c >= v || w.rels[c] != rCcomp {
			continue
		}
		r := w.heads[c]
		if r <= 0 || r >= c || !sayVerbs[m.Lex.Lemma(w.forms[r-1], "VERB", m.xpos[w.tags[r-1]])] {
			continue
		}
		subj := false
		cc := 0
		for k := 1; k < v; k++ {
			if w.heads[k] != v {
				continue
			}
			switch rel := m.rels[w.rels[k]]; {
			case rel == "nsubj" || rel == "nsubj:pass":
				subj = true
			case rel == "cc":
				cc = k
			case rel == "mark":
				subj = false
				cc = -1 // "and that ...": still what was said
			}
		}
		if !subj || cc <= 1 || w.forms[cc-2] != "," {
			continue
		}
		if low := w.lower(cc - 1); low != "and" && low != "but" {
			continue
		}
		w.heads[v] = r
	}
}

// apposedVerbs repairs a past verb the parser hung on a subject's
// apposition, as a relative clause, when the sentence goes on with a verb
// coordinated to it, which it made the root: "Ramalinga Raju, the founder
// of Satyam, resigned on Wednesday and admitted that he had inflated
// profits" (resigned acl of founder, or its conjunct; admitted the root,
// with Raju as its subject). A finite past right after the apposition's closing comma, with
// no subject or marker of its own, is the subject's own verb: it becomes
// the root, the subject its subject and the later verb its conjunct. (In
// TBAQ a past tense acl is a relative clause without "that", and none
// follows an apposition's comma.)
func (m *Model) apposedVerbs(w *work) {
	rRoot, rConj, rAppos, rAcl := m.relIndex("root"), m.relIndex("conj"), m.relIndex("appos"), m.relIndex("acl")
	if rRoot < 0 || rConj < 0 || rAppos < 0 || rAcl < 0 {
		return
	}
	vbd := m.tagIndex("VERB", "VBD")
	n := len(w.forms)
	for v := 4; v <= n; v++ {
		if w.rels[v] != rAcl && w.rels[v] != rConj || m.upos[w.tags[v-1]] != "VERB" || w.forms[v-2] != "," {
			continue
		}
		x := m.xpos[w.tags[v-1]]
		if x != "VBD" && (x != "VBN" && x != "VB" || vbd < 0 || w.hasDep(v, func(k int) bool { return strings.HasPrefix(m.rels[w.rels[k]], "aux") })) {
			continue // (the tagger may read the finite verb as a participle or, for "quit", a base form: "Satyam Computer Services, resigned")
		}
		a := w.heads[v]
		if a >= v || a < 2 || w.rels[a] != rAppos {
			continue
		}
		s := w.heads[a]
		if s >= a || !strings.HasPrefix(m.rels[w.rels[s]], "nsubj") {
			continue
		}
		r := w.heads[s]
		if r <= v || w.heads[r] != 0 || m.upos[w.tags[r-1]] != "VERB" || x != "VBD" && m.xpos[w.tags[r-1]] != "VBD" || !w.hasDep(r, func(k int) bool {
			return k > v && k < r && m.rels[w.rels[k]] == "cc"
		}) || w.hasDep(v, func(k int) bool {
			rel := m.rels[w.rels[k]]
			return strings.HasPrefix(rel, "nsubj") || rel == "mark" || rel == "cc"
		}) {
			continue
		}
		oh, or := slices.Clone(w.heads), slices.Clone(w.rels)
		for k := 1; k <= n; k++ {
			if w.heads[k] == r && (k < v || m.upos[w.tags[k-1]] == "PUNCT" && k == n) {
				w.heads[k] = v // the subject, and what stood before it, and the full stop
			}
		}
		w.heads[v], w.rels[v] = 0, rRoot
		w.heads[r], w.rels[r] = v, rConj
		w.keepIfTree(oh, or)
		if w.heads[v] == 0 {
			w.tags[v-1] = vbd
		}
	}
}

// setOffPredicates repairs an adjective the parser coordinated with the
// verb before it, with no coordinator, when a comma sets it off from the
// verb's object: "found Ebbers, 63, guilty on all nine counts" (guilty
// conj of found). It says what the verb makes or finds its object: xcomp.
func (m *Model) setOffPredicates(w *work) {
	rConj, rXcomp, rObj := m.relIndex("conj"), m.relIndex("xcomp"), m.relIndex("obj")
	if rConj < 0 || rXcomp < 0 || rObj < 0 {
		return
	}
	for g := 3; g <= len(w.forms); g++ {
		v := w.heads[g]
		if w.rels[g] != rConj || m.xpos[w.tags[g-1]] != "JJ" || w.forms[g-2] != "," || v <= 0 || v >= g || m.upos[w.tags[v-1]] != "VERB" {
			continue
		}
		if w.hasDep(g, func(k int) bool {
			r := m.rels[w.rels[k]]
			return r == "cc" || strings.HasPrefix(r, "nsubj") || r == "cop"
		}) ||
			!w.hasDep(v, func(k int) bool { return k < g && w.rels[k] == rObj }) {
			continue
		}
		w.rels[g] = rXcomp
	}
}

// whenOnObjects repairs a "when" clause the parser made a relative clause
// of the object before it: "refused to answer questions when he was
// recalled to the witness stand last month" (recalled acl of questions).
// A noun that is no time ("the day when", "a moment when") takes no "when"
// clause; the clause tells when the verb whose object it is happened.
func (m *Model) whenOnObjects(w *work) {
	rAdvcl := m.relIndex("advcl")
	if rAdvcl < 0 {
		return
	}
	for v := 3; v <= len(w.forms); v++ {
		if r := m.rels[w.rels[v]]; r != "acl" && r != "acl:relcl" || m.upos[w.tags[v-1]] != "VERB" {
			continue
		}
		n := w.heads[v]
		if n <= 0 || n >= v || m.upos[w.tags[n-1]] != "NOUN" || timeHeads[w.lower(n-1)] || adjunctHeads.Has(w.lower(n-1)) {
			continue
		}
		h := w.heads[n]
		if h <= 0 || m.upos[w.tags[h-1]] != "VERB" || m.rels[w.rels[n]] != "obj" {
			continue
		}
		if !w.hasDep(v, func(k int) bool { return k < v && k > n && w.lower(k-1) == "when" }) {
			continue
		}
		w.heads[v], w.rels[v] = h, rAdvcl
	}
}

// clauseAfterPreposition reads "after" (and "before", "until", "since")
// as the subordinator of a clause whose subject has a participle phrase
// of its own: "missing after a ferry carrying 475 people capsized and
// sank", which the parser reads as "after a ferry" and a participle
// "capsized" hung on "people". The last noun before the verb heads a
// phrase the participle right after the preposition's noun began, and the
// verb, a past form with no auxiliary, subject or "by" of its own, is
// hung on that noun as a participle (acl): the verb becomes the clause
// (advcl of the preposition's head), the noun its subject, the
// preposition its marker, and the verb a past tense.
func (m *Model) clauseAfterPreposition(w *work) {
	rAdvcl, rNsubj, rMark, rAcl := m.relIndex("advcl"), m.relIndex("nsubj"), m.relIndex("mark"), m.relIndex("acl")
	vbd, sconj := m.tagIndex("VERB", "VBD"), m.tagIndex("SCONJ", "IN")
	if rAdvcl < 0 || rNsubj < 0 || rMark < 0 || rAcl < 0 || vbd < 0 || sconj < 0 {
		return
	}
	n := len(w.forms)
	for v := 5; v <= n; v++ {
		x := m.xpos[w.tags[v-1]]
		if m.upos[w.tags[v-1]] != "VERB" || x != "VBN" && x != "VBD" || m.rels[w.rels[v]] != "acl" {
			continue
		}
		if x == "VBN" && !strings.HasSuffix(w.lower(v-1), "ed") {
			continue // an irregular participle ("people taken") may be just that
		}
		obj := w.heads[v] // "people", the participle's object
		if obj != v-1 || m.upos[w.tags[obj-1]] != "NOUN" || m.rels[w.rels[obj]] != "obj" {
			continue
		}
		g := w.heads[obj] // "carrying"
		if g <= 0 || g >= obj || m.xpos[w.tags[g-1]] != "VBG" {
			continue
		}
		h := g - 1 // "ferry", the noun right before the participle
		if h < 2 || m.upos[w.tags[h-1]] != "NOUN" && m.upos[w.tags[h-1]] != "PROPN" {
			continue
		}
		a := 0 // the preposition before the noun's phrase: "after"
		for k := h - 1; k >= 1 && k >= h-4; k-- {
			if clausePrepositions[w.lower(k-1)] && w.heads[k] == h && m.rels[w.rels[k]] == "case" {
				a = k
				break
			}
			if u := m.upos[w.tags[k-1]]; u != "DET" && u != "ADJ" && u != "NUM" && u != "NOUN" && u != "PROPN" {
				break
			}
		}
		if a == 0 || w.heads[h] <= 0 || w.hasDep(v, func(k int) bool {
			r := m.rels[w.rels[k]]
			return r == "aux" || r == "aux:pass" || strings.HasPrefix(r, "nsubj") || k < v && k > a && r == "obl" || w.lower(k-1) == "by"
		}) {
			continue
		}
		oh, or := append([]int(nil), w.heads...), append([]int(nil), w.rels...)
		top := w.heads[h]
		w.heads[v], w.rels[v] = top, rAdvcl
		w.heads[h], w.rels[h] = v, rNsubj
		w.heads[a], w.rels[a] = v, rMark
		w.heads[g], w.rels[g] = h, rAcl
		w.keepIfTree(oh, or)
		if w.heads[v] == top {
			w.tags[v-1] = vbd
			w.tags[a-1] = sconj
		}
	}
}

// thatRelatives reads "that" after a verb's object, before a clause whose
// verb lacks an object of its own, as the relative pronoun of a clause on
// that object: "would not appeal the sanctions that the agency imposed
// in August", which the parser read as "appeal ... that the agency
// imposed" (imposed a ccomp of appeal, that its marker). Not after verbs
// that tell someone that something is so ("told the court that ...":
// tellVerbs, and "show", "promise", "ask"), and only when the clause has
// a subject and no object, clause or auxiliary "be" of its own.
func (m *Model) thatRelatives(w *work) {
	rRel, rObj := m.relIndex("acl:relcl"), m.relIndex("obj")
	wdt := m.tagIndex("PRON", "WDT")
	if rRel < 0 || rObj < 0 || wdt < 0 {
		return
	}
	n := len(w.forms)
	for t := 3; t < n; t++ {
		if w.lower(t-1) != "that" || m.rels[w.rels[t]] != "mark" {
			continue
		}
		v := w.heads[t]
		if v <= t || m.upos[w.tags[v-1]] != "VERB" || m.rels[w.rels[v]] != "ccomp" {
			continue
		}
		o, h := t-1, w.heads[v]
		if h <= 0 || h >= o || m.upos[w.tags[o-1]] != "NOUN" || w.heads[o] != h || m.rels[w.rels[o]] != "obj" {
			continue
		}
		if l := m.Lex.Lemma(w.forms[h-1], "VERB", m.xpos[w.tags[h-1]]); tellVerbs[l] || l == "show" || l == "promise" || l == "ask" || l == "bet" || l == "teach" {
			continue
		}
		if !w.hasDep(v, func(k int) bool { return strings.HasPrefix(m.rels[w.rels[k]], "nsubj") && k > t && k < v }) ||
			w.hasDep(v, func(k int) bool {
				r := m.rels[w.rels[k]]
				return r == "obj" || r == "ccomp" || r == "xcomp" || r == "aux:pass" || r == "cop" || r == "nsubj:pass"
			}) {
			continue
		}
		oh, or := append([]int(nil), w.heads...), append([]int(nil), w.rels...)
		w.heads[v], w.rels[v] = o, rRel
		w.rels[t] = rObj
		w.keepIfTree(oh, or)
		if w.heads[v] == o {
			w.tags[t-1] = wdt
		}
	}
}

// clausePrepositions may open a clause as well as a noun phrase.
var clausePrepositions = map[string]bool{"after": true, "before": true, "until": true, "since": true}

// timeHeads are nouns that head a fronted time ("Last week, Lund
// resigned"), not a subject.
var timeHeads = map[string]bool{"day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true,
	"year": true, "years": true, "morning": true, "afternoon": true, "evening": true, "night": true, "weekend": true,
	"time": true, "times": true, "hour": true, "hours": true, "minute": true, "minutes": true, "season": true,
	"spring": true, "summer": true, "autumn": true, "fall": true, "winter": true, "decade": true, "century": true,
	"quarter": true, "moment": true, "today": true, "yesterday": true, "tomorrow": true, "period": true}

// controlComplements names the "to" infinitive after the object of a verb
// of asking, ordering or enabling its open complement (xcomp), which the
// parser often calls an adverbial clause (advcl) or hangs on the object
// (acl): "ordered Shell on Wednesday to cut its emissions", "urged the
// drivers in a letter to reject the contract". The object is then the one
// who is to do it. In EWT train and dev, such an infinitive (with no
// subject of its own, after the object) of these verbs is xcomp 79 times
// and advcl 4; an object of theirs has an infinitive clause (acl) 3 times.
func (m *Model) controlComplements(w *work) {
	rX := m.relIndex("xcomp")
	if rX < 0 {
		return
	}
	n := len(w.forms)
	for c := 2; c <= n; c++ {
		v := w.heads[c]
		if v <= 0 || v >= c || m.upos[w.tags[c-1]] != "VERB" {
			continue
		}
		switch m.rels[w.rels[c]] {
		case "advcl":
		case "acl":
			// The object's verb, past what the object's own phrase holds
			// ("ordered about 375,000 people in low-lying neighborhoods to
			// evacuate": the infinitive on "neighborhoods").
			o, found := v, 0
			for k := 0; k < 4 && w.heads[o] > 0 && w.heads[o] < o; k++ {
				r, h := m.rels[w.rels[o]], w.heads[o]
				if r == "obj" && m.upos[w.tags[h-1]] == "VERB" && controlVerbs[m.Lex.Lemma(w.forms[h-1], m.upos[w.tags[h-1]], m.xpos[w.tags[h-1]])] {
					found = h
					break
				}
				if r != "nmod" && r != "acl" && !(r == "obj" && m.rels[w.rels[h]] == "acl") {
					break // within the object's phrase only: not "raise funds to pay debt"
				}
				o = h
			}
			if found == 0 {
				continue
			}
			v = found
		default:
			continue
		}
		if m.upos[w.tags[v-1]] != "VERB" || !controlVerbs[m.Lex.Lemma(w.forms[v-1], m.upos[w.tags[v-1]], m.xpos[w.tags[v-1]])] {
			continue
		}
		obj, to, subj := false, false, false
		for k := 1; k <= n; k++ {
			switch {
			case w.heads[k] == v && k > v && k < c && m.rels[w.rels[k]] == "obj":
				obj = true
			case w.heads[k] == c && k < c && m.rels[w.rels[k]] == "mark":
				to = to || strings.EqualFold(w.forms[k-1], "to")
			case w.heads[k] == c && strings.HasPrefix(m.rels[w.rels[k]], "nsubj"):
				subj = true
			}
		}
		if obj && to && !subj {
			w.heads[c], w.rels[c] = v, rX
		}
	}
}

// controlVerbs have an object who is to do what their infinitive says:
// "asked Putin to visit Tokyo", "ordered Shell to cut its emissions".
var controlVerbs = map[string]bool{"ask": true, "tell": true, "order": true, "urge": true, "allow": true,
	"permit": true, "force": true, "compel": true, "require": true, "encourage": true, "enable": true,
	"invite": true, "persuade": true, "convince": true, "instruct": true, "direct": true, "authorize": true,
	"authorise": true, "advise": true, "oblige": true, "pressure": true, "remind": true,
	"forbid": true, "want": true, "expect": true, "help": true, "beg": true, "command": true}

// gerundModifiers repairs a gerund between a determiner or possessive and
// a noun that the parser made the gerund's object: "The university's
// governing board said" (governing: csubj of said, board its obj). EWT
// train has 63 such gerunds modifying the noun (amod) and one taking it
// as object. The noun takes the gerund's place in the tree (a clausal
// subject becomes a subject) and the gerund modifies it.
func (m *Model) gerundModifiers(w *work) {
	rAmod, rSubj := m.relIndex("amod"), m.relIndex("nsubj")
	if rAmod < 0 || rSubj < 0 {
		return
	}
	n := len(w.forms)
	for g := 2; g < n; g++ {
		nn := g + 1
		if m.xpos[w.tags[g-1]] != "VBG" || m.upos[w.tags[nn-1]] != "NOUN" || w.heads[nn] != g || m.rels[w.rels[nn]] != "obj" {
			continue
		}
		switch m.xpos[w.tags[g-2]] {
		case "POS", "DT", "PRP$":
		default:
			continue
		}
		if w.hasDep(g, func(i int) bool {
			switch m.rels[w.rels[i]] {
			case "det", "nmod:poss", "amod", "compound":
				return i > g
			}
			return i != nn
		}) {
			continue // a clause of its own: "about your quitting smoking"
		}
		rel := w.rels[g]
		if m.rels[rel] == "csubj" {
			rel = rSubj
		}
		w.heads[nn], w.rels[nn] = w.heads[g], rel
		w.heads[g], w.rels[g] = nn, rAmod
		// The words before the gerund that hung on it (its determiner,
		// possessor) now belong to the noun.
		for i := 1; i < g; i++ {
			if w.heads[i] == g || w.heads[i] == w.heads[nn] && m.rels[w.rels[i]] == "nmod:poss" {
				w.heads[i] = nn // a possessor the parser hung on the verb too
			}
		}
	}
}

// casedObjects renames an object with a preposition of its own an oblique:
// "rushed onto the stage" (stage: obj, with "onto" its case). No object of
// EWT train has a preposition before it (9,896 obj, 649 iobj); the
// labeller, which names each arc from a few features, still gives one now
// and then, most often after a re-parse.
func (m *Model) casedObjects(w *work) {
	rObl, rCase := m.relIndex("obl"), m.relIndex("case")
	if rObl < 0 || rCase < 0 {
		return
	}
	// One pass over the prepositions, not one over the words before each
	// object: this runs on every sentence.
	for c := 1; c < len(w.heads); c++ {
		if int(w.rels[c]) != rCase || m.upos[w.tags[c-1]] != "ADP" {
			continue
		}
		if i := w.heads[c]; i > c {
			if r := m.rels[w.rels[i]]; r == "obj" || r == "iobj" || r == "xcomp" && statePreps[w.lower(c-1)] && m.upos[w.tags[i-1]] == "NOUN" && w.heads[i] > 0 && m.upos[w.tags[w.heads[i]-1]] == "VERB" {
				w.rels[i] = rObl // "placed under police control": no open complement with a preposition
			}
		}
	}
}

// sayVerbs take a clause of what was said, known or decided.
var sayVerbs = map[string]bool{"say": true, "announce": true, "report": true, "tell": true, "state": true,
	"confirm": true, "add": true, "declare": true, "warn": true, "insist": true, "claim": true, "note": true,
	"reveal": true, "disclose": true, "write": true, "explain": true, "admit": true, "acknowledge": true,
	"argue": true, "predict": true, "agree": true, "decide": true, "indicate": true, "suggest": true,
	"show": true, "learn": true, "testify": true, "allege": true, "deny": true}

// reportedClause repairs a report's "that" clause that the parser hung on
// the time before it as a relative clause: "announced on Friday that the
// government had approved the plan" (approved: acl:relcl of "Friday",
// "that" its object although "plan" is). When a verb of saying has an
// oblique noun whose relative clause opens with "that" right after the
// noun, the clause is the verb's complement (ccomp) and "that" its
// subordinator (mark). A relative "that" after a time ("the day that she
// arrived") hangs under other verbs, which are left alone.
func (m *Model) reportedClause(w *work) {
	n := len(w.forms)
	rCcomp, rMark := m.relIndex("ccomp"), m.relIndex("mark")
	sconj := m.tagIndex("SCONJ", "IN")
	if rCcomp < 0 || rMark < 0 || sconj < 0 {
		return
	}
	for c := 1; c <= n; c++ {
		if m.rels[w.rels[c]] != "acl:relcl" {
			continue
		}
		nn := w.heads[c]
		if nn <= 0 || nn >= c || !strings.HasPrefix(m.rels[w.rels[nn]], "obl") {
			continue
		}
		v := w.heads[nn]
		if v <= 0 || m.upos[w.tags[v-1]] != "VERB" || !sayVerbs[m.Lex.Lemma(w.forms[v-1], m.upos[w.tags[v-1]], m.xpos[w.tags[v-1]])] {
			continue
		}
		that := nn + 1
		if that >= c || !strings.EqualFold(w.forms[that-1], "that") || w.heads[that] != c {
			continue
		}
		w.heads[c], w.rels[c] = v, rCcomp
		w.rels[that], w.tags[that-1] = rMark, sconj
	}
	// "told a security conference in Munich that Putin would be held
	// responsible": a "that" clause with a subject of its own besides
	// "that", or with "that" for its subordinator, is no relative clause
	// but what a verb of saying above it says.
	for c := 1; c <= n; c++ {
		if m.rels[w.rels[c]] != "acl:relcl" {
			continue
		}
		that, subj, mark := 0, 0, false
		for i := 1; i < c; i++ {
			if w.heads[i] != c {
				continue
			}
			switch rel := m.rels[w.rels[i]]; {
			case rel == "mark" && strings.EqualFold(w.forms[i-1], "that"):
				that, mark = i, true // a relative "that" is a pronoun, never a mark
			case rel == "obj" && strings.EqualFold(w.forms[i-1], "that"):
				that = i // "told lawmakers that he would not run": read as the clause's object
			case !strings.HasPrefix(rel, "nsubj"):
			case strings.EqualFold(w.forms[i-1], "that"):
				that = i
			default:
				subj = i
			}
		}
		if that == 0 || subj == 0 && !mark || subj != 0 && that > subj {
			continue
		}
		// Only on the object of a verb of telling ("told a news conference
		// that ..."); a noun's own "that" clause ("requirements that it
		// maintain", "the importance that they have played") stays.
		o := w.heads[c]
		if o <= 0 || m.rels[w.rels[o]] != "obj" && m.rels[w.rels[o]] != "iobj" {
			continue
		}
		v := w.heads[o]
		if v <= 0 || v >= that || !tellVerbs[m.Lex.Lemma(w.forms[v-1], m.upos[w.tags[v-1]], m.xpos[w.tags[v-1]])] {
			continue
		}
		w.heads[c], w.rels[c] = v, rCcomp
		w.rels[that], w.tags[that-1] = rMark, sconj
		w.heads[that] = c
	}
}

// reportedSubject repairs a report whose complement's subject the parser
// took for the report's object: "said the company had identified the
// problem" (company: obj of said; identified: ccomp without a subject).
// When a verb of saying has an object right before its complement clause
// (only the clause's auxiliaries and adverbs between) and the clause has
// no subject, the object is the clause's subject.
func (m *Model) reportedSubject(w *work) {
	n := len(w.forms)
	rSubj, rSubjPass := m.relIndex("nsubj"), m.relIndex("nsubj:pass")
	if rSubj < 0 || rSubjPass < 0 {
		return
	}
	under := func(k, o int) bool { // k is o or hangs under it
		for d := 0; k > 0 && d < n; d++ {
			if k == o {
				return true
			}
			k = w.heads[k]
		}
		return false
	}
	rCcomp := m.relIndex("ccomp")
	for c := 2; c <= n; c++ {
		v := w.heads[c]
		para := m.rels[w.rels[c]] == "parataxis" ||
			m.rels[w.rels[c]] == "advcl" && !w.hasDep(c, func(k int) bool { return m.rels[w.rels[k]] == "mark" || m.rels[w.rels[k]] == "advmod" && k < c })
		if m.rels[w.rels[c]] != "ccomp" && !para || v <= 0 || v >= c || m.upos[w.tags[v-1]] != "VERB" ||
			!sayVerbs[m.Lex.Lemma(w.forms[v-1], m.upos[w.tags[v-1]], m.xpos[w.tags[v-1]])] {
			continue
		}
		if para && (rCcomp < 0 || !w.hasDep(c, func(k int) bool { r := m.rels[w.rels[k]]; return k < c && (r == "cop" || r == "aux") })) {
			// A parataxis or an adverbial clause without a subordinator is
			// the report's clause only with a verb of its own: "said its
			// chief executive, Stockton Rush, was among the dead".
			continue
		}
		o, pass := 0, false
		for k := v + 1; k < c; k++ {
			if w.heads[k] == v && m.rels[w.rels[k]] == "obj" {
				o = k
			}
		}
		if o == 0 || m.upos[w.tags[o-1]] != "NOUN" && m.upos[w.tags[o-1]] != "PROPN" && m.upos[w.tags[o-1]] != "PRON" {
			continue
		}
		ok := true
		for k := 1; k <= n; k++ {
			if w.heads[k] == c && strings.HasPrefix(m.rels[w.rels[k]], "nsubj") {
				ok = false // the clause has its subject
			}
		}
		end := o
		for k := o + 1; k < c && ok; k++ {
			switch {
			case under(k, o):
				end = k
			case w.heads[k] == c && (m.rels[w.rels[k]] == "aux" || m.rels[w.rels[k]] == "aux:pass" || m.rels[w.rels[k]] == "advmod"):
				pass = pass || m.rels[w.rels[k]] == "aux:pass"
			case para && under(k, c):
				// a copula's predicate: "was among the dead", and the comma
				// that closes the object's apposition
			default:
				ok = false
			}
		}
		if !ok || end >= c {
			continue
		}
		if para && m.rels[w.rels[c]] == "advcl" && w.forms[end-1] != "," && (end+1 > n || w.forms[end] != ",") {
			continue // an adverbial clause only after an object closed by a comma ("the company's chairman, Karl Berg, is considering")
		}
		w.heads[o], w.rels[o] = c, rSubj
		if pass {
			w.rels[o] = rSubjPass
		}
		if para {
			w.rels[c] = rCcomp
		}
	}
}

// postposedSay repairs a report after its clause that the tagger read
// as a participle: "Toyota will build a new plant, the company announced
// on Wednesday" (announced: VBN, xcomp of build; company: nsubj:pass).
// A verb of saying tagged VBN without auxiliary, whose subject follows a
// comma right before it and whose head is a verb before that comma, is
// a past tense, the parataxis of that verb, with an active subject.
func (m *Model) postposedSay(w *work) {
	n := len(w.forms)
	vbd, rPara, rSubj := m.tagIndex("VERB", "VBD"), m.relIndex("parataxis"), m.relIndex("nsubj")
	if vbd < 0 || rPara < 0 || rSubj < 0 {
		return
	}
	for v := 3; v <= n; v++ {
		h := w.heads[v]
		if m.xpos[w.tags[v-1]] != "VBN" || h <= 0 || h >= v || m.upos[w.tags[h-1]] != "VERB" ||
			!sayVerbs[m.Lex.Lemma(w.forms[v-1], "VERB", "VBD")] {
			continue
		}
		subj, ok := 0, true
		for i := 1; i <= n; i++ {
			if w.heads[i] != v {
				continue
			}
			switch r := m.rels[w.rels[i]]; {
			case r == "aux" || r == "aux:pass" || r == "ccomp" || r == "obj":
				ok = false
			case strings.HasPrefix(r, "nsubj") && i == v-1:
				subj = i
			}
		}
		if !ok || subj == 0 {
			continue
		}
		start := subj // the subject's first word: only its own words before it
		for start > 1 && w.heads[start-1] == subj {
			start--
		}
		if comma := start - 1; comma < 2 || w.forms[comma-1] != "," || h >= comma {
			continue
		}
		w.tags[v-1] = vbd
		w.rels[v] = rPara
		w.rels[subj] = rSubj
	}
}

// conjParticiple repairs a coordinated clause whose verb the tagger read
// as a participle of its subject, coordinated with the object before it:
// "Storm Daniel struck eastern Libya on Sunday, and two dams above the
// city collapsed early on Monday" (dams: conj of Libya; collapsed: VBN,
// acl of dams). A participle without auxiliary, object or agent on a noun
// that is a conjunct after ", and" of an object or oblique, with no finite
// verb after it, is the coordinated clause's past tense: the noun its
// subject, the clause a conjunct of the verb.
func (m *Model) conjParticiple(w *work) {
	n := len(w.forms)
	rSubj, rCC, rConj, rPunct := m.relIndex("nsubj"), m.relIndex("cc"), m.relIndex("conj"), m.relIndex("punct")
	vbd := m.tagIndex("VERB", "VBD")
	if rSubj < 0 || rCC < 0 || rConj < 0 || rPunct < 0 || vbd < 0 {
		return
	}
	for v := 4; v <= n; v++ {
		if m.xpos[w.tags[v-1]] != "VBN" || m.upos[w.tags[v-1]] != "VERB" || m.rels[w.rels[v]] != "acl" {
			continue
		}
		nn := w.heads[v]
		for d := 0; d < n && nn > 0 && strings.HasPrefix(m.rels[w.rels[nn]], "nmod"); d++ {
			nn = w.heads[nn] // "the river above the town flooded": the river's
		}
		if nn <= 0 || nn >= v || m.rels[w.rels[nn]] != "conj" {
			continue
		}
		if u := m.upos[w.tags[nn-1]]; u != "NOUN" && u != "PROPN" {
			continue
		}
		if w.hasDep(v, func(i int) bool {
			switch m.rels[w.rels[i]] {
			case "aux", "aux:pass", "obj", "obl:agent", "nsubj", "nsubj:pass":
				return true
			}
			return strings.EqualFold(w.forms[i-1], "by")
		}) {
			continue
		}
		later := false
		for i := v + 1; i <= n; i++ {
			switch m.xpos[w.tags[i-1]] {
			case "VBD", "VBZ", "VBP", "MD":
				later = true
			}
		}
		if later {
			continue
		}
		h := w.heads[nn]
		if h <= 0 {
			continue
		}
		g := h // the noun coordinated with the verb itself
		if m.upos[w.tags[h-1]] != "VERB" {
			switch hr := m.rels[w.rels[h]]; {
			case hr == "obj" || strings.HasPrefix(hr, "obl"):
			default:
				continue
			}
			g = w.heads[h]
		}
		if g <= 0 || m.upos[w.tags[g-1]] != "VERB" {
			continue
		}
		cc := 0
		for i := h + 1; i < nn; i++ {
			if w.heads[i] == nn && m.rels[w.rels[i]] == "cc" && (strings.EqualFold(w.forms[i-1], "and") || strings.EqualFold(w.forms[i-1], "but")) &&
				i > 1 && w.forms[i-2] == "," {
				cc = i
			}
		}
		if cc == 0 {
			continue
		}
		if c := w.info[v-1].cands; c != nil && !slices.Contains(c, int16(vbd)) && !strings.HasSuffix(w.lower(v-1), "ed") {
			continue
		}
		w.tags[v-1] = vbd
		w.heads[v], w.rels[v] = g, rConj
		w.heads[nn], w.rels[nn] = v, rSubj
		w.heads[cc], w.rels[cc] = v, rCC
		if w.heads[cc-1] == nn {
			w.heads[cc-1], w.rels[cc-1] = v, rPunct
		}
	}
}

// conjSubject repairs a coordinated clause whose subject the parser
// coordinated with the noun before it: "pulled the vessel free on Monday,
// and traffic through the waterway resumed hours later" (traffic: conj of
// Monday; resumed: conj of pulled, without a subject, so it took
// "Tugboats"). When a verb conjunct has no subject and right before it
// (past only its own auxiliaries and adverbs) ends the phrase of a noun
// that is a conjunct, after "and", of an object or oblique, that noun is
// the verb's subject, and its "and" the verb's.
func (m *Model) conjSubject(w *work) {
	n := len(w.forms)
	rSubj, rCC := m.relIndex("nsubj"), m.relIndex("cc")
	if rSubj < 0 || rCC < 0 {
		return
	}
	rConj := m.relIndex("conj")
	for v := 3; v <= n; v++ {
		// A finite verb the parser hung as an adverbial clause without a
		// subordinator, or as a complement, is such a conjunct too: "filed for bankruptcy in
		// Delaware, and Lee resigned as chief executive" (Lee: conj of
		// Delaware; resigned: advcl).
		advcl := (m.rels[w.rels[v]] == "advcl" || m.rels[w.rels[v]] == "ccomp") && rConj >= 0 && (m.xpos[w.tags[v-1]] == "VBD" || m.xpos[w.tags[v-1]] == "VBZ" ||
			m.xpos[w.tags[v-1]] == "VBN" && strings.HasSuffix(w.lower(v-1), "ed")) &&
			!w.hasDep(v, func(i int) bool {
				r := m.rels[w.rels[i]]
				return r == "mark" || r == "aux" || r == "aux:pass" || r == "advmod" && i < v
			})
		if m.rels[w.rels[v]] != "conj" && !advcl || m.upos[w.tags[v-1]] != "VERB" || w.heads[v] <= 0 || w.heads[v] >= v ||
			w.hasDep(v, func(i int) bool {
				return strings.HasPrefix(m.rels[w.rels[i]], "nsubj") || strings.HasPrefix(m.rels[w.rels[i]], "csubj")
			}) {
			continue
		}
		// The words before v that are its own (auxiliaries, adverbs).
		k := v - 1
		for k > 0 && w.heads[k] == v {
			switch m.rels[w.rels[k]] {
			case "aux", "aux:pass", "advmod":
				k--
				continue
			}
			break
		}
		// k ends a noun's phrase: climb from k to the noun that is a
		// conjunct.
		nn := k
		for d := 0; nn > 0 && d < n && m.rels[w.rels[nn]] != "conj"; d++ {
			if nn >= v || w.heads[nn] <= 0 || w.heads[nn] >= v {
				nn = 0
				break
			}
			nn = w.heads[nn]
		}
		if nn <= 0 || nn >= v {
			continue
		}
		if u := m.upos[w.tags[nn-1]]; u != "NOUN" && u != "PROPN" && u != "PRON" {
			continue
		}
		h := w.heads[nn]
		if h <= 0 {
			continue
		}
		switch hr := m.rels[w.rels[h]]; {
		case hr == "obj" || strings.HasPrefix(hr, "obl") || strings.HasPrefix(hr, "nmod"):
		default:
			continue
		}
		cc := 0
		for i := h + 1; i < nn; i++ {
			if w.heads[i] == nn && m.rels[w.rels[i]] == "cc" && strings.EqualFold(w.forms[i-1], "and") {
				cc = i
			}
		}
		if cc == 0 {
			continue
		}
		w.heads[nn], w.rels[nn] = v, rSubj
		w.heads[cc], w.rels[cc] = v, rCC
		if advcl {
			w.rels[v] = rConj
			if vbd := m.tagIndex("VERB", "VBD"); vbd >= 0 && m.xpos[w.tags[v-1]] == "VBN" {
				w.tags[v-1] = vbd
			}
			if p := cc - 1; p > 0 && w.forms[p-1] == "," && w.heads[p] == nn {
				w.heads[p] = v
			}
		}
	}
}

// conjAsSubject repairs a coordinated clause whose subject the parser
// hung on the clause's verb as a conjunct: "..., and Bank of America
// agreed the same day to buy Merrill Lynch" (Bank: conj of agreed;
// agreed: advcl), "but investors and trading partners kept pulling away"
// (investors: conj of kept). A noun, name or pronoun before a verb
// without a subject, hung on it as conj right after an "and" or "but"
// of its own (after a comma), is the verb's subject; the coordinator is
// the verb's, and an adverbial clause so opened without a subordinator
// is a conjunct of the verb it hangs on.
func (m *Model) conjAsSubject(w *work) {
	n := len(w.forms)
	rSubj, rCC, rConj, rPunct := m.relIndex("nsubj"), m.relIndex("cc"), m.relIndex("conj"), m.relIndex("punct")
	if rSubj < 0 || rCC < 0 || rConj < 0 || rPunct < 0 {
		return
	}
	for v := 3; v <= n; v++ {
		if m.upos[w.tags[v-1]] != "VERB" || w.heads[v] == 0 || w.hasDep(v, func(i int) bool {
			r := m.rels[w.rels[i]]
			return strings.HasPrefix(r, "nsubj") || strings.HasPrefix(r, "csubj") || r == "mark"
		}) {
			continue
		}
		if r := m.rels[w.rels[v]]; r != "conj" && r != "advcl" && r != "ccomp" && r != "parataxis" || w.heads[v] >= v {
			continue
		}
		c := 0
		for i := v - 1; i >= 1 && m.rels[w.rels[v]] != "parataxis"; i-- {
			if w.heads[i] == v && m.rels[w.rels[i]] == "conj" {
				if u := m.upos[w.tags[i-1]]; u == "NOUN" || u == "PROPN" || u == "PRON" {
					c = i
				}
				break
			}
		}
		if h := w.heads[v]; c == 0 && (m.rels[w.rels[v]] == "conj" || m.rels[w.rels[v]] == "parataxis") {
			// The subject hung as a conjunct on the verb the clause is
			// coordinated with: "The SEC opened an inquiry, and the chief
			// financial officer, Andrew Fastow, was replaced on Oct. 24"
			// (officer conj of opened, replaced its conj or parataxis).
			for i := v - 1; i > h; i-- {
				if w.heads[i] == h && m.rels[w.rels[i]] == "conj" {
					if u := m.upos[w.tags[i-1]]; (u == "NOUN" || u == "PROPN" || u == "PRON") && w.allUnder(i+1, v-1, i, v) {
						c = i
					}
					break
				}
			}
		}
		if c < 3 {
			continue
		}
		cc := c - 1
		for cc > 0 && w.heads[cc] == c && m.rels[w.rels[cc]] != "cc" {
			cc-- // the subject's own words before it ("trading partners")
		}
		low := w.lower(cc - 1)
		if cc < 2 || w.heads[cc] != c || m.rels[w.rels[cc]] != "cc" || low != "and" && low != "but" || w.forms[cc-2] != "," {
			continue
		}
		w.heads[c], w.rels[c] = v, rSubj
		if rp := m.relIndex("nsubj:pass"); rp >= 0 && w.hasDep(v, func(i int) bool { return m.rels[w.rels[i]] == "aux:pass" }) {
			w.rels[c] = rp
		}
		w.heads[cc], w.rels[cc] = v, rCC
		w.heads[cc-1], w.rels[cc-1] = v, rPunct
		w.rels[v] = rConj
	}
}

// conjSubjectRoot repairs a sentence of two coordinated clauses that the
// parser read as a report after its content: "Scottish voters rejected
// independence ..., and Alex Salmond, the first minister who led the
// campaign, said on Friday that he would resign" (said the root, rejected
// its ccomp, Salmond a conjunct of a noun of the first clause). When the
// root verb has no subject and comes after a noun coordinated by ", and"
// (or ", but") whose words reach up to it, and the clause before has a
// subject of its own, the first clause's verb is the root, the noun the
// later verb's subject and that verb its conjunct.
func (m *Model) conjSubjectRoot(w *work) {
	rRoot, rConj, rSubj, rCC, rPunct := m.relIndex("root"), m.relIndex("conj"), m.relIndex("nsubj"), m.relIndex("cc"), m.relIndex("punct")
	if rRoot < 0 || rConj < 0 || rSubj < 0 || rCC < 0 || rPunct < 0 {
		return
	}
	n := len(w.forms)
	v := 0
	for i := 1; i <= n; i++ {
		if w.heads[i] == 0 {
			v = i
		}
	}
	if v < 6 || m.upos[w.tags[v-1]] != "VERB" || w.hasDep(v, func(k int) bool {
		r := m.rels[w.rels[k]]
		return strings.HasPrefix(r, "nsubj") || strings.HasPrefix(r, "csubj") || r == "mark" || r == "cc" || strings.HasPrefix(r, "aux") && k < v
	}) {
		return
	}
	switch m.xpos[w.tags[v-1]] {
	case "VBD", "VBZ", "VBP":
	default:
		return
	}
	// The first clause: a verb before v hanging on it, with a subject.
	r := 0
	for k := 1; k < v; k++ {
		if w.heads[k] == v && (m.rels[w.rels[k]] == "ccomp" || m.rels[w.rels[k]] == "parataxis") && m.upos[w.tags[k-1]] == "VERB" &&
			w.hasDep(k, func(i int) bool { return strings.HasPrefix(m.rels[w.rels[i]], "nsubj") }) {
			r = k
			break
		}
	}
	if r == 0 {
		return
	}
	// The noun coordinated by ", and" between them, whose words reach v.
	for c := r + 3; c < v; c++ {
		if w.rels[c] != rConj || w.under(c, v) && !w.under(c, r) {
			continue
		}
		if u := m.upos[w.tags[c-1]]; u != "NOUN" && u != "PROPN" {
			continue
		}
		cc := c - 1
		for cc > r && w.heads[cc] == c && m.rels[w.rels[cc]] != "cc" {
			cc--
		}
		if low := w.lower(cc - 1); m.rels[w.rels[cc]] != "cc" || w.heads[cc] != c || low != "and" && low != "but" || w.forms[cc-2] != "," {
			continue
		}
		if !w.allUnder(c+1, v-1, c, v) {
			break
		}
		oh, or := slices.Clone(w.heads), slices.Clone(w.rels)
		w.heads[r], w.rels[r] = 0, rRoot
		w.heads[v], w.rels[v] = r, rConj
		w.heads[c], w.rels[c] = v, rSubj
		w.heads[cc], w.rels[cc] = v, rCC
		w.heads[cc-1], w.rels[cc-1] = v, rPunct
		for k := 1; k < r; k++ {
			if w.heads[k] == v {
				w.heads[k] = r // what stood before the first clause's verb is its own
			}
		}
		if w.heads[n] == v && m.upos[w.tags[n-1]] == "PUNCT" {
			w.heads[n] = r
		}
		w.keepIfTree(oh, or)
		return
	}
}

// listSubjects repairs a coordinated clause whose subject, a list of
// names or nouns, the parser hung as conjuncts on a noun of the clause
// before: "Britain closed its airspace on Thursday, and Norway, Denmark
// and Belgium followed within hours" (Norway and Denmark conjuncts of
// Thursday, followed a conjunct of closed with no subject, so that
// Britain followed). The run of nouns, names, commas and "and" right
// before a coordinated verb with no subject, opened by ", and" or ",
// but", is the verb's subject: its first noun the subject, the others
// its conjuncts, the coordinator the verb's.
func (m *Model) listSubjects(w *work) {
	n := len(w.forms)
	rSubj, rCC, rConj, rPunct := m.relIndex("nsubj"), m.relIndex("cc"), m.relIndex("conj"), m.relIndex("punct")
	if rSubj < 0 || rCC < 0 || rConj < 0 || rPunct < 0 {
		return
	}
	for v := 4; v <= n; v++ {
		if m.upos[w.tags[v-1]] != "VERB" || m.rels[w.rels[v]] != "conj" || w.heads[v] >= v || w.hasDep(v, func(i int) bool {
			r := m.rels[w.rels[i]]
			return strings.HasPrefix(r, "nsubj") || strings.HasPrefix(r, "csubj")
		}) {
			continue
		}
		r := v - 1 // the run's first word
		for r >= 1 {
			u := m.upos[w.tags[r-1]]
			if u == "PROPN" || u == "NOUN" || u == "DET" || u == "ADJ" || u == "CCONJ" || w.forms[r-1] == "," {
				r--
				continue
			}
			break
		}
		r++
		// The clause's coordinator: the first ", and" or ", but" of the
		// run whose noun after it hangs on a word before it.
		s, c := 0, 0
		for p := max(r, 2); p+2 < v && s == 0; p++ {
			if w.forms[p-1] != "," || m.upos[w.tags[p]] != "CCONJ" {
				continue
			}
			if low := w.lower(p); low != "and" && low != "but" {
				continue
			}
			k := p + 2
			for k < v && (m.upos[w.tags[k-1]] == "DET" || m.upos[w.tags[k-1]] == "ADJ") {
				k++
			}
			if k < v && m.rels[w.rels[k]] == "conj" && w.heads[k] <= p {
				s, c = p+1, k
			}
		}
		if s == 0 {
			continue
		}
		anchor := w.heads[c]
		w.heads[c], w.rels[c] = v, rSubj
		for i := c + 1; i < v; i++ {
			if m.rels[w.rels[i]] == "conj" && (w.heads[i] == anchor || w.heads[i] < c) {
				w.heads[i] = c
			}
		}
		w.heads[s], w.rels[s] = v, rCC
		w.heads[s-1], w.rels[s-1] = v, rPunct
	}
}

// smallClauseVerbs take an object and a participle that says what the
// object is to be or is declared: "ordered the jets grounded", "declared
// the flights cancelled". (Not "see", "find", "want", "have", "consider":
// after those a participle after a noun most often modifies it, "saw a
// suit filed in court", "considering the issues raised".)
var smallClauseVerbs = map[string]bool{"order": true, "declare": true, "deem": true, "pronounce": true, "rule": true}

// smallClauses repairs a participle after the object of a verb of ordering
// or declaring that the parser hung on a noun of the object's phrase (acl)
// or on the verb as a clause of its own (parataxis, ccomp, conj, with the
// object for its subject): "ordered all Airbus planes in the country
// grounded on Wednesday" (grounded: parataxis), "ordered the accounts in
// Spain frozen" (frozen: acl of Spain). The participle is the verb's open
// complement (xcomp), as the treebank has it, and a past tense so read is
// a participle again.
func (m *Model) smallClauses(w *work) {
	n := len(w.forms)
	rX, rObj := m.relIndex("xcomp"), m.relIndex("obj")
	vbn := m.tagIndex("VERB", "VBN")
	if rX < 0 || rObj < 0 || vbn < 0 {
		return
	}
	for v := 4; v <= n; v++ {
		if m.upos[w.tags[v-1]] != "VERB" || !strings.HasSuffix(w.lower(v-1), "ed") && m.xpos[w.tags[v-1]] != "VBN" {
			continue
		}
		if w.hasDep(v, func(i int) bool {
			r := m.rels[w.rels[i]]
			return r == "aux" || r == "aux:pass" || r == "mark" && m.upos[w.tags[i-1]] != "DET" || r == "obj"
		}) {
			continue
		}
		// The phrase right before the participle, climbed to the object of
		// a verb before it.
		k, subj := v-1, 0
		if s := w.heads[k]; m.rels[w.rels[k]] == "nsubj" && s == v {
			subj = k
		}
		obj := 0
		for d := 0; k > 0 && d < 8; d++ {
			h := w.heads[k]
			if h == v && m.rels[w.rels[k]] == "nsubj" {
				subj, obj = k, k
				break
			}
			if h <= 0 || h >= v {
				break
			}
			if m.rels[w.rels[k]] == "obj" && m.upos[w.tags[h-1]] == "VERB" {
				obj = k
				break
			}
			k = h
		}
		if obj == 0 {
			continue
		}
		h := w.heads[obj]
		if subj != 0 {
			h = w.heads[v] // "ordered the jets grounded" with jets the participle's subject: the verb it hangs on
		}
		if h <= 0 || h >= obj || m.upos[w.tags[h-1]] != "VERB" || !smallClauseVerbs[m.Lex.Lemma(w.forms[h-1], "VERB", m.xpos[w.tags[h-1]])] {
			continue
		}
		switch m.rels[w.rels[v]] {
		case "acl", "parataxis", "ccomp", "conj", "advcl", "dep":
		case "xcomp":
			if w.heads[v] == h && subj == 0 {
				w.tags[v-1] = vbn // the tree is right; the tag said a past tense
			}
			continue
		default:
			continue
		}
		hv, rv, hs, rs, tv := w.heads[v], w.rels[v], 0, 0, w.tags[v-1]
		if subj != 0 {
			hs, rs = w.heads[subj], w.rels[subj]
			w.heads[subj], w.rels[subj] = h, rObj
		}
		w.heads[v], w.rels[v] = h, rX
		w.tags[v-1] = vbn
		if !w.tree() {
			w.heads[v], w.rels[v], w.tags[v-1] = hv, rv, tv
			if subj != 0 {
				w.heads[subj], w.rels[subj] = hs, rs
			}
		}
	}
	// A determiner the parser made the participle's mark or subject is the
	// object's: "ordered all Boeing 737 MAX jets grounded" (all: mark or
	// nsubj of grounded).
	rDet := m.relIndex("det")
	for v := 2; v <= n && rDet >= 0; v++ {
		if m.rels[w.rels[v]] != "xcomp" || m.xpos[w.tags[v-1]] != "VBN" {
			continue
		}
		h := w.heads[v]
		if h <= 0 || !smallClauseVerbs[m.Lex.Lemma(w.forms[h-1], "VERB", m.xpos[w.tags[h-1]])] {
			continue
		}
		obj := 0
		for i := h + 1; i < v; i++ {
			if w.heads[i] == h && m.rels[w.rels[i]] == "obj" {
				obj = i
			}
		}
		for i := h + 1; i < obj; i++ {
			if r := m.rels[w.rels[i]]; w.heads[i] == v && (r == "mark" || r == "nsubj") && m.upos[w.tags[i-1]] == "DET" {
				w.rehang(i, obj, rDet)
			}
		}
	}
}

// objectRelatives repairs a relative clause whose object is its "which"
// or "whom", when the tagger took its verb for a participle and the
// parser read it as a modifier of the clause's subject: "signed the
// budget, which the council approved on Thursday" (approved VBN, an acl
// of council; which a goeswith). The verb is a past tense heading the
// relative clause on the noun before "which", with the noun phrase
// after "which" its subject and "which" its object.
func (m *Model) objectRelatives(w *work) {
	rRel, rS, rObj := m.relIndex("acl:relcl"), m.relIndex("nsubj"), m.relIndex("obj")
	vbd := m.tagIndex("VERB", "VBD")
	if rRel < 0 || rS < 0 || rObj < 0 || vbd < 0 {
		return
	}
	n := len(w.forms)
	for r := 2; r < n-1; r++ {
		if l := w.lower(r - 1); l != "which" && l != "whom" {
			continue
		}
		a := r - 1 // the noun the clause modifies, maybe before a comma
		if w.forms[a-1] == "," && a > 1 {
			a--
		}
		if u := m.upos[w.tags[a-1]]; u != "NOUN" && u != "PROPN" {
			continue
		}
		// The subject's phrase, then the verb hung on its head as a
		// reduced relative.
		for v := r + 2; v <= n && v <= r+5; v++ {
			s := w.heads[v]
			if m.upos[w.tags[v-1]] != "VERB" || m.xpos[w.tags[v-1]] != "VBN" || m.rels[w.rels[v]] != "acl" || s != v-1 ||
				!m.subjectWord(w, s) || w.hasDep(v, func(k int) bool { r := m.rels[w.rels[k]]; return r == "obj" || r == "aux" || r == "aux:pass" }) {
				continue
			}
			ok := true
			for k := r + 1; k < s; k++ { // nothing but the subject's own words between
				if w.heads[k] != s {
					ok = false
				}
			}
			if !ok {
				break
			}
			oh, or, ot := slices.Clone(w.heads[:n+1]), slices.Clone(w.rels[:n+1]), w.tags[v-1]
			w.heads[v], w.rels[v] = a, rRel
			w.heads[s], w.rels[s] = v, rS
			w.heads[r], w.rels[r] = v, rObj
			if m.mayBePast(w, v, vbd) {
				w.tags[v-1] = vbd
			}
			if !w.tree() {
				copy(w.heads, oh)
				copy(w.rels, or)
				w.tags[v-1] = ot
			}
			break
		}
	}
}

// subordinatePast repairs a clause opened by "after", "before", "since",
// "until", "till", "as" (not after "same", "such" or "as"), "because",
// "although", "though", "while" or "once" whose verb the tagger read as a participle or a base
// form, so that the parser took the word for a preposition and the clause's
// subject for its noun: "who took office in May after Maria Lopez resigned
// suddenly" (Maria an oblique, resigned VBN), "before the company
// collapsed" (collapsed an acl of company), "after the chief executive
// quit" (quit VB, a noun), "after the virus spread widely" (spread NN,
// whose past is the same form, before an adverb in -ly). When such a word is followed by a noun phrase
// (determiners, adjectives, nouns, names, numbers, a possessive) and
// then at once by a verb tagged VBN (that may be a past tense) or VB (one
// whose past is the same form), with no auxiliary, no subject and no "by"
// after it, and no finite verb follows before the next punctuation, the
// verb is a past tense (VBD) whose clause hangs on the nearest verb above
// the phrase as an advcl, with the word its mark and the phrase's head its
// subject.
func (m *Model) subordinatePast(w *work) {
	defer m.subordinatePhrase(w)
	rAdvcl, rMark, rSubj := m.relIndex("advcl"), m.relIndex("mark"), m.relIndex("nsubj")
	vbd := m.tagIndex("VERB", "VBD")
	if rAdvcl < 0 || rMark < 0 || rSubj < 0 || vbd < 0 {
		return
	}
	n := len(w.forms)
	for k := 1; k < n-1; k++ {
		switch w.lower(k - 1) {
		case "after", "before", "since", "until", "till", "because", "although", "though", "while", "once":
		case "as":
			compared := false // "the same person as a hair found in ...": a preposition
			for j := max(0, k-6); j < k-1; j++ {
				if l := w.lower(j); l == "same" || l == "such" || l == "as" {
					compared = true
				}
			}
			if compared {
				continue
			}
		default:
			continue
		}
		v, nounVerb := k+1, false
		for v <= n {
			u := m.upos[w.tags[v-1]]
			if u == "NOUN" && v > k+1 && v < n && m.xpos[w.tags[v]] == "RB" && strings.HasSuffix(w.forms[v], "ly") &&
				(m.upos[w.tags[v-2]] == "NOUN" || m.upos[w.tags[v-2]] == "PROPN") && (samePast[w.lower(v-1)] || slices.Contains(w.info[v-1].cands, int16(vbd))) {
				nounVerb = true // "after the virus spread widely" (spread: NN)
				break
			}
			if u == "DET" || u == "ADJ" || u == "NOUN" || u == "PROPN" || u == "NUM" || u == "PART" && m.xpos[w.tags[v-1]] == "POS" {
				v++
				continue
			}
			break
		}
		// A participle's phrase set off by commas between the subject and
		// its verb: "after Kevin Rudd, facing certain defeat, stood aside"
		// (after: the case of Rudd, stood a conjunct of the main verb).
		np, setOff := v, 0 // the end of the noun phrase; the participle
		if !nounVerb && v+1 <= n && w.forms[v-1] == "," && m.xpos[w.tags[v]] == "VBG" {
			for j := v + 2; j <= n && j <= v+10; j++ {
				if w.forms[j-1] == "," {
					if x := m.xpos[w.tags[j]]; j+1 <= n && m.upos[w.tags[j]] == "VERB" && (x == "VBD" || x == "VBN" && m.mayBePast(w, j+1, vbd)) {
						setOff, v = np+1, j+1
					}
					break
				}
				if u := m.upos[w.tags[j-1]]; u == "VERB" && j > v+1 || u == "PUNCT" {
					break
				}
			}
		}
		if v > n || v == k+1 || m.upos[w.tags[v-1]] != "VERB" && !nounVerb {
			continue
		}
		if u := m.upos[w.tags[np-2]]; u != "NOUN" && u != "PROPN" {
			continue
		}
		switch x := m.xpos[w.tags[v-1]]; {
		case nounVerb:
		case setOff > 0:
		case x == "VBN" && m.mayBePast(w, v, vbd):
		case x == "VB" && samePast[w.lower(v-1)]:
		default:
			continue
		}
		if w.hasDep(v, func(c int) bool {
			r := m.rels[w.rels[c]]
			return strings.HasPrefix(r, "aux") || strings.HasPrefix(r, "nsubj") && c > k // (a subject before the word is the parser's mistake: below)
		}) ||
			v < n && strings.EqualFold(w.forms[v], "by") {
			continue
		}
		finite := false
		for j := v + 1; j <= n && m.upos[w.tags[j-1]] != "PUNCT" && m.upos[w.tags[j-1]] != "CCONJ"; j++ {
			if x := m.xpos[w.tags[j-1]]; x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD" {
				finite = true // "after the money raised from the sale was spent"
			}
		}
		if finite {
			continue
		}
		h := 0           // the phrase's head: its one word whose head is outside it
		var onVerb []int // words of the phrase hung on the verb read as its noun
		for i := k + 1; i < np; i++ {
			if hd := w.heads[i]; hd == v && nounVerb {
				onVerb = append(onVerb, i)
			} else if hd <= k || hd >= v {
				if h != 0 {
					h = -1
				}
				if h == 0 {
					h = i
				}
			}
		}
		if h == 0 && len(onVerb) > 0 {
			h = v - 1 // "the virus spread": the last noun heads the phrase
		}
		if h <= 0 || m.upos[w.tags[h-1]] != "NOUN" && m.upos[w.tags[h-1]] != "PROPN" {
			continue
		}
		a := w.heads[v] // the verb the clause belongs to
		if setOff > 0 && a > 0 && a < k {
			// (a conjunct of the verb before "after" is that verb's clause)
		} else if a > 0 && (a > k && a < v || m.upos[w.tags[a-1]] != "VERB") {
			a = w.heads[h]
			for steps := 0; a > 0 && m.upos[w.tags[a-1]] != "VERB" && steps < 6; steps++ {
				a = w.heads[a]
			}
		}
		if a <= 0 || m.upos[w.tags[a-1]] != "VERB" || a == v {
			continue
		}
		type arc struct{ i, h, r int }
		old := []arc{{v, w.heads[v], w.rels[v]}, {k, w.heads[k], w.rels[k]}, {h, w.heads[h], w.rels[h]}}
		for _, i := range onVerb {
			if i != h {
				old = append(old, arc{i, w.heads[i], w.rels[i]})
				w.heads[i] = h // "the" of "the virus"
			}
		}
		if setOff > 0 {
			// The participle modifies the clause's verb, its commas with it.
			old = append(old, arc{setOff, w.heads[setOff], w.rels[setOff]}, arc{np, w.heads[np], w.rels[np]}, arc{v - 1, w.heads[v-1], w.rels[v-1]})
			w.heads[setOff], w.rels[setOff] = v, rAdvcl
			if rp := m.relIndex("punct"); rp >= 0 {
				w.heads[np], w.rels[np] = setOff, rp
				w.heads[v-1], w.rels[v-1] = setOff, rp
			}
		}
		// A subject the parser gave the verb before the word is the
		// object of the verb the clause belongs to: "evacuated about 800
		// people from farms as meltwater flooded the valleys" (people the
		// subject of flooded).
		for c := 1; c < k; c++ {
			if w.heads[c] == v && strings.HasPrefix(m.rels[w.rels[c]], "nsubj") {
				rObj := m.relIndex("obj")
				if rObj < 0 || w.hasDep(a, func(i int) bool { return m.rels[w.rels[i]] == "obj" }) {
					break
				}
				old = append(old, arc{c, w.heads[c], w.rels[c]})
				w.heads[c], w.rels[c] = a, rObj
			}
		}
		// The noun the word was the case of, after the verb, is the
		// verb's object: "as crews reached cut-off villages" (villages an
		// oblique with "as", reached its modifier).
		if t := w.heads[k]; t > v && m.rels[w.rels[k]] == "case" && m.upos[w.tags[t-1]] == "NOUN" {
			if rObj := m.relIndex("obj"); rObj >= 0 {
				old = append(old, arc{t, w.heads[t], w.rels[t]})
				w.heads[t], w.rels[t] = v, rObj
			}
		}
		tag := w.tags[v-1]
		w.heads[v], w.rels[v] = a, rAdvcl
		w.heads[k], w.rels[k] = v, rMark
		w.heads[h], w.rels[h] = v, rSubj
		w.tags[v-1] = vbd
		if vbz := m.tagIndex("VERB", "VBZ"); m.xpos[tag] == "NNS" && vbz >= 0 {
			w.tags[v-1] = vbz // "until the economy tilts clearly"
		}
		if !w.tree() {
			for _, o := range old {
				w.heads[o.i], w.rels[o.i] = o.h, o.r
			}
			w.tags[v-1] = tag
		}
	}
}

// subjectWord reports whether word s is a noun or pronoun that may be a
// subject.
func (m *Model) subjectWord(w *work, s int) bool {
	if s <= 0 {
		return false
	}
	u := m.upos[w.tags[s-1]]
	return u == "NOUN" || u == "PROPN" || u == "PRON"
}

// mayBePast reports whether word v, read as a participle, may be a past
// tense (VBD): its candidate tags include one, or it is a regular "-ed"
// form, or the tagger gave it no candidates.
func (m *Model) mayBePast(w *work, v, vbd int) bool {
	c := w.info[v-1].cands
	return c == nil || slices.Contains(c, int16(vbd)) || strings.HasSuffix(w.lower(v-1), "ed")
}

// toWorkPlace repairs "work" after a verb of going and "to", which the
// tagger took for an infinitive: "Dock workers returned to work on
// Thursday" (work VB, an xcomp: a plan to work). With no object of its
// own it is the noun the going goes to, an oblique with "to" its case,
// as the treebank has "back to work".
func (m *Model) toWorkPlace(w *work) {
	rObl, rCase := m.relIndex("obl"), m.relIndex("case")
	nn := m.tagIndex("NOUN", "NN")
	if rObl < 0 || rCase < 0 || nn < 0 {
		return
	}
	n := len(w.forms)
	for v := 3; v <= n; v++ {
		if !strings.EqualFold(w.forms[v-1], "work") || !strings.EqualFold(w.forms[v-2], "to") || m.upos[w.tags[v-1]] != "VERB" || w.heads[v-1] != v {
			continue
		}
		h := w.heads[v]
		back := v-2 >= 1 && strings.EqualFold(w.forms[v-3], "back")
		if back && h == v-2 {
			h = w.heads[h] // "went back to work", work hung on "back"
		}
		if h <= 0 || h >= v-1 || m.upos[w.tags[h-1]] != "VERB" {
			continue
		}
		if !goingVerbs[m.Lex.Lemma(w.forms[h-1], "VERB", m.xpos[w.tags[h-1]])] && !back {
			continue
		}
		if w.hasDep(v, func(k int) bool { r := m.rels[w.rels[k]]; return r == "obj" || r == "xcomp" || r == "ccomp" }) {
			continue // "went to work the land"
		}
		w.tags[v-1], w.heads[v], w.rels[v] = nn, h, rObl
		w.rels[v-1] = rCase
		if in := m.tagIndex("ADP", "IN"); in >= 0 {
			w.tags[v-2] = in
		}
		for k := v + 1; k <= n; k++ {
			if w.heads[k] == v && m.rels[w.rels[k]] != "punct" {
				w.heads[k] = h // the time and the clauses after it are the going's
			}
		}
	}
}

// goingVerbs go somewhere.
var goingVerbs = map[string]bool{"return": true, "go": true, "head": true, "come": true, "walk": true, "drive": true, "commute": true, "report": true}

// thenConjuncts repairs two clauses in sequence, the second after ",
// then" or "and then" without a subject of its own, that the parser hung
// the wrong way round: the first verb as a reduced relative clause of
// the subject ("The bank raised rates in May, then cut them in July":
// raised VBN, an acl of bank; cut the root with bank its subject), or as
// an adverbial clause of the second ("Trump called off the summit, then
// reinstated it": called an advcl of reinstated). The first verb takes
// the second's place in the tree, with the subject; the second is its
// conjunct, and what came before the first verb hangs on it. A relative
// clause or adverbial clause opened by a relative word or subordinator is
// left alone, and so is a participle with an auxiliary. A second clause
// the parser did hang on the first, as parataxis, is its conjunct, as in
// most of the treebank's.
func (m *Model) thenConjuncts(w *work) {
	rS, rConj, rAcl, rAdvcl := m.relIndex("nsubj"), m.relIndex("conj"), m.relIndex("acl"), m.relIndex("advcl")
	vbd := m.tagIndex("VERB", "VBD")
	if rS < 0 || rConj < 0 || rAcl < 0 || rAdvcl < 0 || vbd < 0 {
		return
	}
	n := len(w.forms)
	for v := 4; v <= n; v++ {
		t := v - 1
		if w.lower(t-1) != "then" || w.heads[t] != v {
			continue
		}
		if m.upos[w.tags[v-1]] != "VERB" {
			// A word with an object that may be a past tense is one
			// ("then shut its doors": shut JJ).
			c := w.info[v-1].cands
			if !slices.Contains(c, int16(vbd)) || !w.hasDep(v, func(k int) bool { return k > v && m.rels[w.rels[k]] == "obj" }) {
				continue
			}
			w.tags[v-1] = vbd
		}
		if x := m.xpos[w.tags[v-1]]; x != "VBD" && x != "VBZ" && x != "VBP" && !(x == "VBN" && w.heads[v] != 0) {
			continue
		}
		if b := w.lower(t - 2); b != "," && b != "and" {
			continue
		}
		if m.rels[w.rels[v]] == "parataxis" && w.heads[v] < v && m.upos[w.tags[w.heads[v]-1]] == "VERB" &&
			!w.hasDep(v, func(k int) bool { return strings.HasPrefix(m.rels[w.rels[k]], "nsubj") }) {
			w.rels[v] = rConj // the treebank's relation for most such clauses
			continue
		}
		var first, subj int
		for k := 1; k < t-1; k++ {
			if w.heads[k] != v || m.upos[w.tags[k-1]] != "VERB" {
				continue
			}
			if w.rels[k] == rAdvcl {
				first = k
			}
		}
		if first == 0 {
			// The subject's reduced relative clause.
			for s := 1; s < t-1; s++ {
				if w.heads[s] != v || w.rels[s] != rS {
					continue
				}
				for k := s + 1; k < t-1; k++ {
					if w.heads[k] == s && w.rels[k] == rAcl && m.upos[w.tags[k-1]] == "VERB" {
						first, subj = k, s
					}
				}
			}
		}
		if first == 0 {
			continue
		}
		// The first clause ends before "then" (or its comma).
		if ld := w.lastDescendant(first); ld >= t || ld == t-1 && w.forms[t-2] != "," {
			continue
		}
		x := m.xpos[w.tags[first-1]]
		if x != "VBD" && x != "VBN" && x != "VBZ" && x != "VBP" ||
			m.hasRelativeWord(w, first) || w.hasDep(first, func(k int) bool {
			r := m.rels[w.rels[k]]
			return r == "mark" || r == "aux" || r == "aux:pass" || r == "cop" || r == "nsubj:pass"
		}) {
			continue
		}
		if subj == 0 && !w.hasDep(first, func(k int) bool { return k < first && m.rels[w.rels[k]] == "nsubj" }) {
			continue
		}
		if subj == 0 && w.hasDep(v, func(k int) bool { return strings.HasPrefix(m.rels[w.rels[k]], "nsubj") }) {
			continue
		}
		old, oldR, oldT := slices.Clone(w.heads[:n+1]), slices.Clone(w.rels[:n+1]), w.tags[first-1]
		w.heads[first], w.rels[first] = w.heads[v], w.rels[v]
		w.heads[v], w.rels[v] = first, rConj
		if subj > 0 {
			w.heads[subj] = first
		}
		for k := 1; k <= n; k++ {
			if k != first && w.heads[k] == v && (k < first || m.rels[w.rels[k]] == "punct" && k == n) {
				w.heads[k] = first
			}
		}
		if x == "VBN" {
			if m.mayBePast(w, first, vbd) || samePast[w.lower(first-1)] {
				w.tags[first-1] = vbd
			}
		}
		if !w.tree() {
			copy(w.heads, old)
			copy(w.rels, oldR)
			w.tags[first-1] = oldT
		}
	}
}

// moneyCompounds repairs an amount before a noun that the parser made
// the phrase's head: "completed his $44 billion purchase of Twitter in
// October 2022" ($: obj, purchase: acl of $, and the time and the
// coordinated clause on the purchase). A currency sign followed by
// numbers and a singular noun is that noun's compound, as the treebank
// has it; the noun takes the sign's head and relation, and what hung on
// the sign after the noun, and its determiner or possessor, hang on the
// noun.
func (m *Model) moneyCompounds(w *work) {
	n := len(w.forms)
	rComp := m.relIndex("compound")
	if rComp < 0 {
		return
	}
	for d := 1; d+2 <= n; d++ {
		if m.upos[w.tags[d-1]] != "SYM" || !currencySigns[w.forms[d-1]] {
			continue
		}
		k := d + 1
		for k <= n && m.upos[w.tags[k-1]] == "NUM" {
			k++
		}
		if k == d+1 || k > n || m.xpos[w.tags[k-1]] != "NN" || startsUpper(w.forms[k-1]) {
			continue
		}
		h := k // the noun phrase's head: past compounds ("a $1 billion cereal plant")
		for h < n && m.rels[w.rels[h]] == "compound" && w.heads[h] == h+1 {
			h++
		}
		if w.heads[d] == h {
			continue // the tree has it
		}
		k = h
		hd, rd, hk, rk := w.heads[d], w.rels[d], w.heads[k], w.rels[k]
		moved := []int{}
		for i := 1; i <= n; i++ {
			if r := m.rels[w.rels[i]]; w.heads[i] == d && (i > k || r == "det" || r == "nmod:poss") {
				moved = append(moved, i) // "his $44 billion purchase": his purchase
			}
		}
		if hk == d {
			w.heads[k], w.rels[k] = hd, rd // the noun hung on the sign: it takes the sign's place
		}
		w.heads[d], w.rels[d] = k, rComp
		for _, i := range moved {
			w.heads[i] = k
		}
		if !w.tree() {
			w.heads[d], w.rels[d], w.heads[k], w.rels[k] = hd, rd, hk, rk
			for _, i := range moved {
				w.heads[i] = d
			}
		}
	}
}

// currencySigns open an amount of money.
var currencySigns = map[string]bool{"$": true, "£": true, "€": true, "¥": true, "US$": true, "C$": true, "A$": true}

// SmallClauseVerb reports whether lemma takes an object and a participle
// that says what the object is put in ("ordered the jets grounded").
func SmallClauseVerb(lemma string) bool { return smallClauseVerbs[lemma] }

// timeNotSubject relabels a time word the parser made a second subject
// of a verb ("Last Wednesday he reported a loss": Wednesday and he both
// nsubj of reported) as the verb's unmarked oblique: a verb has one
// subject, and a day, month or year names when.
func (m *Model) timeNotSubject(w *work) {
	n := len(w.forms)
	rObl := m.relIndex("obl:unmarked")
	if rObl < 0 {
		rObl = m.relIndex("obl")
	}
	if rObl < 0 {
		return
	}
	for t := 1; t <= n; t++ {
		v := w.heads[t]
		if v <= 0 || m.rels[w.rels[t]] != "nsubj" || !w.timeAt(t-1) {
			continue
		}
		if w.hasDep(v, func(i int) bool { return i != t && strings.HasPrefix(m.rels[w.rels[i]], "nsubj") }) {
			w.rels[t] = rObl
		}
	}
}

// subjectConjuncts repairs the second of two coordinated subjects that
// the parser hung on the verb: "Anna Berg, the finance chief, and Tom
// Lind, the sales chief, quit" (Tom: obl:unmarked of quit, "and" a cc of
// quit). A noun or name between a verb's subject and the verb, on the
// verb without a preposition of its own, right after an "and" or "or" on
// the verb or on it, is a conjunct of the subject, and the coordinator
// its own.
func (m *Model) subjectConjuncts(w *work) {
	n := len(w.forms)
	rConj, rCC := m.relIndex("conj"), m.relIndex("cc")
	if rConj < 0 || rCC < 0 {
		return
	}
	for v := 4; v <= n; v++ {
		if m.upos[w.tags[v-1]] != "VERB" {
			continue
		}
		s := 0
		for i := 1; i < v; i++ {
			if w.heads[i] == v && m.rels[w.rels[i]] == "nsubj" {
				s = i
				break
			}
		}
		if s == 0 {
			continue
		}
		for c := s + 1; c+1 < v; c++ {
			low := w.lower(c - 1)
			if low != "and" && low != "or" || m.upos[w.tags[c-1]] != "CCONJ" {
				continue
			}
			t := c + 1
			if w.heads[t] != v {
				if h := w.heads[t]; h > t && h < v && w.heads[h] == v {
					t = h // "and the sales chief": the phrase's head
				} else {
					continue
				}
			}
			switch m.rels[w.rels[t]] {
			case "obl:unmarked", "dep", "nsubj", "obj", "appos":
			default:
				continue
			}
			if u := m.upos[w.tags[t-1]]; u != "NOUN" && u != "PROPN" || w.hasDep(t, func(i int) bool { return m.rels[w.rels[i]] == "case" }) {
				continue
			}
			if h := w.heads[c]; h != v && h != t || !m.inSubjectPhrase(w, c, s) {
				continue
			}
			w.heads[t], w.rels[t] = s, rConj
			w.heads[c], w.rels[c] = t, rCC
			break
		}
	}
}

// apposedNames repairs a name between commas after a verb's object that
// the parser hung on the verb: "Harlan Oil dismissed its chief executive,
// Paul Agnew, on Thursday" (Paul: parataxis of dismissed, "Thursday" an
// nmod of Paul). A proper noun that is a parataxis or dep of a verb, right
// after a comma that follows the phrase of the verb's object (or
// oblique), with a comma or the end after its own name, is the object's
// apposition; what hangs on it after that comma is the verb's again.
func (m *Model) apposedNames(w *work) {
	n := len(w.forms)
	rAppos, rObl := m.relIndex("appos"), m.relIndex("obl")
	if rAppos < 0 || rObl < 0 {
		return
	}
	for p := 3; p <= n; p++ {
		v := w.heads[p]
		if r := m.rels[w.rels[p]]; r != "parataxis" && r != "dep" || m.upos[w.tags[p-1]] != "PROPN" || v <= 0 || v > p {
			continue
		}
		// The name's words: p and the proper nouns hung on it as parts of
		// a name ("Jonas" nmod:desc or compound of "Weber").
		b, e := p, p
		for i := 1; i <= n; i++ {
			if w.heads[i] == p && m.upos[w.tags[i-1]] == "PROPN" {
				switch m.rels[w.rels[i]] {
				case "flat", "compound", "nmod:desc":
					b, e = min(b, i), max(e, i)
				}
			}
		}
		if b < 3 || w.forms[b-2] != "," {
			continue
		}
		if u := m.upos[w.tags[v-1]]; u != "VERB" {
			continue
		}
		// The object's phrase ends right before the comma.
		o := b - 2
		for o > v && w.heads[o] != v {
			o = w.heads[o]
			if o <= 0 || o >= p {
				break
			}
		}
		if o <= v || o >= b || w.heads[o] != v {
			continue
		}
		if r := m.rels[w.rels[o]]; r != "obj" && r != "iobj" {
			continue
		}
		if u := m.upos[w.tags[o-1]]; u != "NOUN" {
			continue
		}
		// Then a comma or the end.
		if e+1 <= n && w.forms[e] != "," && w.forms[e] != "." {
			continue
		}
		w.heads[p], w.rels[p] = o, rAppos
		for i := e + 1; i <= n; i++ {
			if w.heads[i] == p {
				w.heads[i] = v
				if r := m.rels[w.rels[i]]; strings.HasPrefix(r, "nmod") {
					w.rels[i] = rObl
				}
			}
		}
	}
}

// inSubjectPhrase reports whether the word before coordinator c (past
// commas) belongs to subject s's own phrase: s itself, or below it by
// names, appositions, modifiers and conjuncts, not inside a phrase of a
// preposition ("the showdown between Iraq and the United States took":
// "Iraq" is the preposition's).
func (m *Model) inSubjectPhrase(w *work, c, s int) bool {
	k := c - 1
	for k > s && m.upos[w.tags[k-1]] == "PUNCT" {
		k--
	}
	for d := 0; k > 0 && d < len(w.forms); d++ {
		if k == s {
			return true
		}
		switch m.rels[w.rels[k]] {
		case "flat", "appos", "compound", "amod", "nummod", "conj":
		default:
			return false
		}
		k = w.heads[k]
	}
	return false
}

// subordinateRoot returns the verb a statement should be rooted on when
// the parser rooted it on the verb of a clause that a subordinator opens
// after it: "The union began its strike on September 15, when its
// contracts expired" (expired: root, with "when"; began: its advcl). The
// earlier verb, with a subject of its own and no subordinator, is the
// statement's when the subordinator follows a comma after it. It returns
// the old root, the subordinator and the verb; zeros when the tree is not
// so.
func (m *Model) subordinateRoot(w *work) (int, int, int) {
	n := len(w.forms)
	r := w.root()
	if r < 3 || n < 5 || w.forms[n-1] != "." || m.upos[w.tags[r-1]] != "VERB" {
		return 0, 0, 0
	}
	v := 0
	for i := 1; i < r && v == 0; i++ {
		if w.heads[i] == r && m.rels[w.rels[i]] == "advcl" && m.upos[w.tags[i-1]] == "VERB" || w.heads[i] == r && m.copularPredicate(w, i) {
			v = i
		}
	}
	if v == 0 {
		return 0, 0, 0
	}
	// A subordinator between the two verbs, in the root's clause (however
	// the parser hung it: "when" under the subject noun), not the
	// earlier verb's.
	sub := 0
	for k := v + 1; k < r && sub == 0; k++ {
		if !clauseOpeners[w.lower(k-1)] || w.forms[k-2] != "," {
			continue
		}
		h := k
		for d := 0; h > 0 && h != r && h != v && d < n; d++ {
			h = w.heads[h]
		}
		if h == r {
			sub = k
		}
	}
	if sub == 0 {
		return 0, 0, 0
	}
	subj := false
	for i := 1; i <= n; i++ {
		if w.heads[i] != v {
			continue
		}
		switch rel := m.rels[w.rels[i]]; {
		case rel == "mark" || rel == "advmod" && clauseOpeners[w.lower(i-1)]:
			return 0, 0, 0 // a clause of its own: "When the contracts expired, ..."
		case strings.HasPrefix(rel, "nsubj"):
			subj = true
		}
	}
	if !subj {
		return 0, 0, 0
	}
	return r, sub, v
}

// copularPredicate reports whether word i is a noun or adjective with a
// copula and a subject of its own: "Activision has been in turmoil since
// July, when the state sued it" (turmoil, which the parser may hang on the
// later verb as an oblique).
func (m *Model) copularPredicate(w *work, i int) bool {
	if u := m.upos[w.tags[i-1]]; u != "NOUN" && u != "ADJ" && u != "PROPN" {
		return false
	}
	return w.hasDep(i, func(k int) bool { return k < i && m.rels[w.rels[k]] == "cop" }) &&
		w.hasDep(i, func(k int) bool { return k < i && strings.HasPrefix(m.rels[w.rels[k]], "nsubj") })
}

// statePreps put someone in a state: "under police control", "into
// custody", "in state care".
var statePreps = map[string]bool{"under": true, "in": true, "into": true}

// gerundAux are the auxiliaries a gerund subject may stand before:
// "before trading was suspended", "after fighting had resumed".
var gerundAux = map[string]bool{"was": true, "were": true, "is": true, "are": true, "had": true, "has": true, "will": true, "would": true}

// clauseOpeners open an adverbial clause.
var clauseOpeners = map[string]bool{"when": true, "while": true, "because": true, "after": true, "before": true,
	"although": true, "though": true, "since": true, "until": true, "unless": true, "whereas": true, "once": true}

// reparse parses and labels the tagged sentence again with word v as the
// root.
func (m *Model) reparse(w *work, v int) {
	n := len(w.forms)
	m.fillWords(w, w.tags)
	w.st.root = v
	if m.fast {
		m.parseFast(&w.st, &w.fc, &w.memo, w.idx, w.buf)
	} else {
		parseSentence(m.parser, &w.st, w.buf, w.scores)
	}
	w.st.root = 0
	for i := 1; i <= n; i++ {
		w.heads[i] = w.st.words[i].head
	}
	w.lab.labelSentence(m.labeler, len(m.rels), w.st.words, w.heads, w.rels, w.buf, w.scores, m.root)
	m.caseNotSubject(w, v)
}

// clauseOnNoun reports whether an adverbial clause of the tree hangs on
// a noun, which no tree of the treebank does ("attacked" as an advcl of
// "Chad" in "when rebel fighters attacked northern Chad").
func (m *Model) clauseOnNoun(w *work) bool {
	for i := 1; i <= len(w.forms); i++ {
		if h := w.heads[i]; h > 0 && m.rels[w.rels[i]] == "advcl" {
			if u := m.upos[w.tags[h-1]]; u == "NOUN" || u == "PROPN" {
				return true
			}
		}
	}
	return false
}

// reparseFree parses and labels the tagged sentence again, the root
// left to the parser.
func (m *Model) reparseFree(w *work) {
	n := len(w.forms)
	m.fillWords(w, w.tags)
	if m.fast {
		m.parseFast(&w.st, &w.fc, &w.memo, w.idx, w.buf)
	} else {
		parseSentence(m.parser, &w.st, w.buf, w.scores)
	}
	for i := 1; i <= n; i++ {
		w.heads[i] = w.st.words[i].head
	}
	w.lab.labelSentence(m.labeler, len(m.rels), w.st.words, w.heads, w.rels, w.buf, w.scores, m.root)
}

// caseNotSubject relabels the subjects of word v that a preposition
// introduces as obliques ("According to a report, a memo showed ...": a
// subject takes no preposition) and all but the nearest before v as
// dep (a verb has one subject), and, if none is left, makes the nearest
// noun or pronoun before v with neither preposition nor relation of a
// clause its subject.
func (m *Model) caseNotSubject(w *work, v int) {
	n := len(w.forms)
	rObl, rSubj, rDep := m.relIndex("obl"), m.relIndex("nsubj"), m.relIndex("dep")
	if rObl < 0 || rSubj < 0 {
		return
	}
	hasCase := func(h int) bool {
		for i := 1; i < h; i++ {
			if w.heads[i] == h && m.rels[w.rels[i]] == "case" && m.upos[w.tags[i-1]] != "PART" { // not a possessive's 's
				return true
			}
		}
		return false
	}
	subj := 0 // the nearest subject before v
	for i := 1; i <= n; i++ {
		if w.heads[i] != v || m.rels[w.rels[i]] != "nsubj" {
			continue
		}
		if hasCase(i) {
			w.rels[i] = rObl
			continue
		}
		if subj > 0 && i < v && rDep >= 0 {
			w.rels[subj] = rDep // a verb has one subject: "ANKARA (...) - A quake struck"
		}
		if subj == 0 || i < v {
			subj = i
		}
	}
	if subj > 0 {
		return
	}
	for i := v - 1; i >= 1; i-- {
		if w.heads[i] != v {
			continue
		}
		u := m.upos[w.tags[i-1]]
		if (u == "NOUN" || u == "PROPN" || u == "PRON") && !hasCase(i) && m.rels[w.rels[i]] != "obl:unmarked" && m.rels[w.rels[i]] != "obl:tmod" {
			w.rels[i] = rSubj
		}
		break
	}
}

// infinitiveRoot handles a statement rooted on an infinitive whose
// subject is a plural noun that may be a verb: "The company plans to cut
// 500 jobs" read as "the company plans" (NNS) doing "to cut". The noun,
// right before the infinitive's "to", is retagged VBZ and returned as the
// root, when the sentence has no finite verb or modal.
func (m *Model) infinitiveRoot(w *work, root int) int {
	n := len(w.forms)
	to := 0
	for i := 1; i <= n; i++ {
		x := m.xpos[w.tags[i-1]]
		if x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD" {
			return 0
		}
		if w.heads[i] == root && m.rels[w.rels[i]] == "mark" && strings.EqualFold(w.forms[i-1], "to") && i < root {
			to = i
		}
	}
	vbz := m.tagIndex("VERB", "VBZ")
	s := to - 1
	if to < 2 || vbz < 0 || m.xpos[w.tags[s-1]] != "NNS" || w.heads[s] != root || !strings.HasPrefix(m.rels[w.rels[s]], "nsubj") {
		return 0
	}
	if c := w.info[s-1].cands; c != nil && !slices.Contains(c, int16(vbz)) {
		return 0
	}
	w.tags[s-1] = vbz
	return s
}

// finiteRoot returns the verb a sentence's tree should hang on its root,
// or 0. A greedy parser that has misread the first verb of a statement
// as a modifier roots the tree on a noun: "Lawmakers from both parties
// called for an investigation" (called: acl of "parties"), "Greg Becker,
// the bank's chief executive, sold shares ..." (sold: VBN, amod of
// "shares"). A statement (five words or more, ending in a full stop)
// whose root is a noun, proper noun or adjective without a copula or
// auxiliary has its first finite verb that heads no clause of its own
// (relative, adverbial, complement, coordinated) as the root; when it has
// no finite verb, its first past participle that no auxiliary, article or
// adjective precedes and whose candidate tags include the past tense is
// read as that (retagged VBD).
func (m *Model) finiteRoot(w *work) int {
	n := len(w.forms)
	if n < 5 {
		return 0
	}
	if last := w.forms[n-1]; last != "." && last != "!" {
		return 0
	}
	root := w.root()
	if root == 0 {
		return 0
	}
	numRoot := false
	if u := m.upos[w.tags[root-1]]; u == "VERB" && m.xpos[w.tags[root-1]] == "VB" {
		return m.infinitiveRoot(w, root)
	} else if u == "NUM" && root > 1 && (w.timeAt(root-2) || w.hasDep(root, func(c int) bool { return c < root && m.rels[w.rels[c]] == "case" })) {
		// A fronted date's year: "In July 2019, Britain detained an
		// Iranian tanker" (2019 the root, detained its parataxis); "In
		// 1939, an earthquake in Erzincan killed ..." (killed a relative
		// clause of the quake, the year's apposition).
		numRoot = true
	} else if u != "NOUN" && u != "PROPN" && u != "ADJ" {
		return 0
	}
	if numRoot {
		vbd := m.tagIndex("VERB", "VBD")
		for i := root + 1; i <= n; i++ {
			x := m.xpos[w.tags[i-1]]
			// A participle with an object and no auxiliary is a past
			// tense ("a fire in the harbor district destroyed about 500
			// homes": destroyed VBN, an acl of fire).
			participle := x == "VBN" && vbd >= 0 && w.hasDep(i, func(c int) bool { return c > i && m.rels[w.rels[c]] == "obj" }) &&
				!w.hasDep(i, func(c int) bool { r := m.rels[w.rels[c]]; return r == "aux" || r == "aux:pass" }) &&
				m.mayBePast(w, i, vbd)
			if m.upos[w.tags[i-1]] != "VERB" || x != "VBD" && x != "VBZ" && x != "VBP" && !participle {
				continue
			}
			if !m.hasRelativeWord(w, i) && !w.hasDep(i, func(c int) bool { return m.rels[w.rels[c]] == "mark" }) {
				if participle {
					w.tags[i-1] = vbd
				}
				return i
			}
			break
		}
	}
	for i := 1; i <= n; i++ {
		if w.heads[i] == root {
			switch m.rels[w.rels[i]] {
			case "cop", "aux", "aux:pass", "nsubj:pass", "expl":
				return 0
			}
		}
	}
	free := func(i int) bool { // heads no clause of its own
		switch m.rels[w.rels[i]] {
		case "acl", "amod", "dep", "appos", "list", "compound", "nmod", "obl", "obj", "nsubj":
			return true
		}
		return false
	}
	for i := 1; i <= n; i++ {
		x, u := m.xpos[w.tags[i-1]], m.upos[w.tags[i-1]]
		if x != "VBD" && x != "VBZ" && x != "VBP" && x != "MD" || u != "VERB" && u != "AUX" {
			continue
		}
		if i > 1 && strings.ContainsFunc(w.forms[i-1], unicode.IsUpper) {
			continue // a name the tagger took for a verb ("iTunes")
		}
		if u == "VERB" && x != "MD" && free(i) && i != root {
			return i
		}
		if u == "VERB" && x == "VBD" && m.rels[w.rels[i]] == "acl:relcl" && i > 2 && w.forms[i-2] == "," && !m.hasRelativeWord(w, i) {
			// A "relative clause" with no relative word right after a
			// comma is the statement's verb after an apposition:
			// "Kestrel, the largest online retailer, said ...".
			return i
		}
		if h := w.heads[i]; u == "VERB" && m.rels[w.rels[i]] == "conj" && h > 0 && h < i && m.xpos[w.tags[h-1]] == "VBN" && free(h) {
			// The first of two coordinated verbs read as a participle:
			// "A container ship lost power and struck a pillar".
			if vbd := m.tagIndex("VERB", "VBD"); vbd >= 0 && (w.info[h-1].cands == nil || slices.Contains(w.info[h-1].cands, int16(vbd))) {
				w.tags[h-1] = vbd
				return h
			}
		}
		if r := m.rels[w.rels[i]]; u == "VERB" && x != "MD" && w.heads[i] == root && !w.hasDep(i, func(c int) bool { return m.upos[w.tags[c-1]] == "CCONJ" }) &&
			(r == "conj" || r == "parataxis" && !sayVerbs[m.Lex.Lemma(w.forms[i-1], u, x)]) && !m.finiteAfterComma(w, i) {
			// A verb "coordinated" with the root noun without a
			// coordinator follows the subject's apposition: "Boeing's
			// chief executive, Dave Calhoun, apologized".
			return i
		}
		if h := w.heads[i]; x == "MD" && m.rels[w.rels[i]] == "aux" && h > i && m.upos[w.tags[h-1]] == "VERB" && h != root &&
			(free(h) || m.rels[w.rels[h]] == "parataxis") {
			return h // "Under the agreement, Taylor will chair a new board" (chair: parataxis)
		}
		if u == "VERB" && m.rels[w.rels[i]] != "conj" {
			continue // a verb of a clause of its own ("the exchange he founded") is not the statement's
		}
		if h := w.heads[i]; u == "AUX" && x == "VBD" && h == i+1 && m.rels[w.rels[h]] == "acl:relcl" && i > 2 && w.forms[i-2] == "," &&
			m.upos[w.tags[h-1]] == "VERB" && !m.hasRelativeWord(w, h) {
			// The same with a passive or perfect: "Sam Bankman-Fried, the
			// founder of FTX, was arrested on Monday".
			return h
		}
		if h := w.heads[i]; u == "AUX" && h > i && h != root && m.rels[w.rels[h]] == "conj" && w.hasDep(h, func(c int) bool { return c < i && m.upos[w.tags[c-1]] == "CCONJ" }) {
			// The auxiliary of a clause coordinated after "and": "founded
			// FTX in 2019, and within three years it was valued at ...".
			continue
		}
		if h := w.heads[i]; u == "AUX" && h > 0 && h != root && (clauseRels[m.rels[w.rels[h]]] || m.hasRelativeWord(w, h)) {
			// An auxiliary of such a clause: "announced that it would cut";
			// so too of a verb with a relative word, whatever the arc's
			// name ("attacked the author, who was airlifted": conj).
			continue
		}
		return 0 // the statement has its finite verb (or auxiliary) where the tree says
	}
	// A plural noun root with an infinitive of its own is a verb: "AppleInsider
	// claims to have seen ...".
	if vbz := m.tagIndex("VERB", "VBZ"); vbz >= 0 && m.xpos[w.tags[root-1]] == "NNS" && root > 1 {
		c := w.info[root-1].cands
		for i := root + 1; i <= n && (c == nil || slices.Contains(c, int16(vbz))); i++ {
			if w.heads[i] == root && m.rels[w.rels[i]] == "xcomp" && i > root+1 && strings.EqualFold(w.forms[root], "to") {
				w.tags[root-1] = vbz
				return root
			}
		}
	}
	vbd := m.tagIndex("VERB", "VBD")
	if vbd < 0 {
		return 0
	}
	for i := 2; i <= n; i++ {
		if m.namedPastAdjective(w, i, vbd) {
			// A past read as an adjective right after a name, before its
			// object: "Secretary of State Katherine Harris certified Bush
			// the winner" (certified: JJ, an amod of Bush).
			w.tags[i-1] = vbd
			return i
		}
		if m.xpos[w.tags[i-1]] != "VBN" || m.upos[w.tags[i-1]] != "VERB" || !free(i) && !(numRoot && w.heads[i] == root && m.rels[w.rels[i]] == "parataxis") {
			continue
		}
		switch m.upos[w.tags[i-2]] {
		case "AUX", "DET", "ADJ", "PRON", "ADV", "CCONJ":
			continue // "the elected", "and reduced service"
		}
		if w.forms[i-2] == "-" {
			continue // the end of a hyphenated word: "so-called", "full-blown"
		}
		if !slices.Contains(w.info[i-1].cands, int16(vbd)) && w.info[i-1].cands != nil &&
			(!strings.HasSuffix(w.lower(i-1), "ed") || i >= n || !objectStart[m.upos[w.tags[i]]]) {
			// A word the treebank has only as a participle may still be
			// a past tense when it is a regular one with an object after
			// it ("A wildfire destroyed the village": EWT has "destroyed"
			// only as VBN), not before a preposition ("estimated at").
			continue
		}
		w.tags[i-1] = vbd
		return i
	}
	// A past the same as its base form, read as a base form after a long
	// subject: "Anna Berg, the finance chief, and Tom Lind, the sales
	// chief, quit within minutes" (quit: VB, a conj of "Anna", the root).
	if u := m.upos[w.tags[root-1]]; u == "NOUN" || u == "PROPN" {
		for i := root + 1; i <= n; i++ {
			if m.xpos[w.tags[i-1]] != "VB" || m.upos[w.tags[i-1]] != "VERB" || !samePast[w.lower(i-1)] {
				continue
			}
			if r := m.rels[w.rels[i]]; r != "conj" && r != "parataxis" && !free(i) || w.hasDep(i, func(c int) bool { u := m.upos[w.tags[c-1]]; return u == "AUX" || u == "PART" }) {
				continue
			}
			if p := m.xpos[w.tags[i-2]]; p == "TO" || p == "MD" {
				continue
			}
			w.tags[i-1] = vbd
			return i
		}
	}
	// An irregular past the tagger took for another word right after the
	// root noun: "A fire tore through the cathedral" (tore: RB).
	// Or the root itself, with the subject hung on it as a compound ("A
	// storm tore through the harbor": tore NN; "A wildfire spread across
	// dry hills": spread NN, a past the same as its base form).
	irregular := func(i int) bool {
		low := w.lower(i - 1)
		u := m.upos[w.tags[i-1]]
		return u != "VERB" && u != "AUX" && u != "PUNCT" && m.Lex.WNExc[low]&wnVerb != 0 && !strings.HasSuffix(low, "ing")
	}
	if u := m.upos[w.tags[root-1]]; u == "NOUN" || u == "PROPN" {
		if i := root + 1; i <= n && irregular(i) {
			w.tags[i-1] = vbd
			return i
		}
		if root > 1 && (irregular(root) || samePast[w.lower(root-1)]) && w.heads[root-1] == root && m.rels[w.rels[root-1]] == "compound" {
			w.tags[root-1] = vbd
			return root
		}
	}
	return 0
}

// clauseRels attach a clause of its own to its head.
var clauseRels = map[string]bool{"ccomp": true, "advcl": true, "acl": true, "acl:relcl": true, "csubj": true, "xcomp": true}

// agentSubject returns the verb a statement should root on when the
// parser made the noun of a participle's "by" phrase the subject of the
// statement's verb, under a report after it: "A wildfire driven by strong
// winds swept through the town on Tuesday, ..., officials said" (winds:
// nsubj of swept, with "by"; swept: a clause of "driven"; the tree rooted
// on "said"). A subject takes no preposition: when a past tense (VBD)
// below a participle (VBN) has such a subject, between them only the
// phrase, and it is not the root, it is returned as the root (0 when
// none); the re-parse makes the participle's noun its subject. Only "by":
// "with their differences exacerbated by ..." has a subject after "with".
func (m *Model) agentSubject(w *work) int {
	n := len(w.forms)
	r := w.root()
	for c := 3; c <= n; c++ {
		if c == r || m.xpos[w.tags[c-1]] != "VBD" {
			continue
		}
		p := w.heads[c]
		if p <= 0 || p >= c || m.xpos[w.tags[p-1]] != "VBN" || !clauseRels[m.rels[w.rels[c]]] {
			continue
		}
		for s := p + 1; s < c; s++ {
			if w.heads[s] != c || m.rels[w.rels[s]] != "nsubj" {
				continue
			}
			for k := p + 1; k < s; k++ {
				if w.heads[k] == s && m.rels[w.rels[k]] == "case" && strings.EqualFold(w.forms[k-1], "by") {
					return c
				}
			}
		}
	}
	return 0
}

// nestedParticiple returns the verb a statement should root on when the
// parser took a participle after a noun of the subject's prepositional
// phrase for the main verb: "Relatives of the passengers killed in three
// crashes met the minister" (killed: the root, VBD, with "Relatives" its
// subject; met: an adverbial clause of it). When the root is an "-ed"
// form right after a noun that has a preposition of its own and hangs,
// through nouns, on the root's subject before it, the root has no object
// or auxiliary, and a later finite verb without subject, subordinator or
// coordinator hangs on it as a clause, the root is retagged a participle
// and the later verb returned as the root.
func (m *Model) nestedParticiple(w *work) int {
	n := len(w.forms)
	r := w.root()
	vbn := m.tagIndex("VERB", "VBN")
	if r < 4 || r >= n || vbn < 0 || m.upos[w.tags[r-1]] != "VERB" || !strings.HasSuffix(w.lower(r-1), "ed") {
		return 0
	}
	if x := m.xpos[w.tags[r-1]]; x != "VBD" && x != "VBN" {
		return 0
	}
	nn := r - 1
	if u := m.upos[w.tags[nn-1]]; u != "NOUN" && u != "PROPN" || !w.hasDep(nn, func(k int) bool {
		return k < nn && m.rels[w.rels[k]] == "case" && m.upos[w.tags[k-1]] == "ADP"
	}) {
		return 0
	}
	subj := 0
	for i := 1; i < nn; i++ {
		if w.heads[i] == r && strings.HasPrefix(m.rels[w.rels[i]], "nsubj") {
			subj = i
		}
	}
	if subj == 0 {
		return 0
	}
	h := nn
	for d := 0; d < n && h != subj; d++ {
		if h <= 0 || !strings.HasPrefix(m.rels[w.rels[h]], "nmod") {
			return 0
		}
		h = w.heads[h]
	}
	if h != subj {
		return 0
	}
	v := 0
	for i := r + 1; i <= n; i++ {
		if w.heads[i] != r {
			continue
		}
		switch m.rels[w.rels[i]] {
		case "obj":
			prep := false // "killed in three crashes": no object after a preposition
			for k := r + 1; k < i; k++ {
				prep = prep || m.upos[w.tags[k-1]] == "ADP"
			}
			if !prep {
				return 0
			}
		case "iobj", "aux", "aux:pass", "cop":
			return 0
		case "advcl", "parataxis", "ccomp", "dep", "conj":
			if x := m.xpos[w.tags[i-1]]; v == 0 && m.upos[w.tags[i-1]] == "VERB" && (x == "VBD" || x == "VBZ" || x == "VBP") {
				v = i
			}
		}
	}
	if v == 0 || w.hasDep(v, func(k int) bool {
		switch m.rels[w.rels[k]] {
		case "nsubj", "nsubj:pass", "mark", "cc", "aux", "aux:pass":
			return true
		}
		return false
	}) {
		return 0
	}
	for i := r + 1; i < v; i++ {
		if u := m.upos[w.tags[i-1]]; u == "PUNCT" || u == "VERB" || u == "AUX" {
			return 0 // another clause between
		}
	}
	if c := w.info[r-1].cands; c != nil && !slices.Contains(c, int16(vbn)) {
		return 0
	}
	w.tags[r-1] = vbn
	return v
}

// frontedParticipleRoot returns the verb a statement should root on when
// the parser rooted it on the participle that opens it: "Founded in 2004
// by two students, the website grew into a global business" (Founded the
// root, "grew" a clause of "website"), "Released from prison in 1990,
// Mandela became president" (became: parataxis). When the first word is
// the root and a participle (VBN or VBG) with no subject or auxiliary,
// and after its first comma comes a subject (nouns, pronouns, their
// determiners, modifiers and prepositional phrases) and then a finite
// verb, that verb is returned (0 when none), through a finite auxiliary
// to its verb ("the tower was visited by millions"). A participle right
// after the subject with an object after it may be the past tense the
// tagger missed ("the tower attracted millions": attracted VBN); it is
// retagged VBD. The re-parse makes the opening participle a clause of
// the new root.
func (m *Model) frontedParticipleRoot(w *work) int {
	n := len(w.forms)
	if n < 6 || w.root() != 1 {
		return 0
	}
	if x := m.xpos[w.tags[0]]; x != "VBN" && x != "VBG" || m.upos[w.tags[0]] != "VERB" {
		return 0
	}
	if w.hasDep(1, func(c int) bool {
		r := m.rels[w.rels[c]]
		return strings.HasPrefix(r, "nsubj") || strings.HasPrefix(r, "aux")
	}) {
		return 0
	}
	c := 0
	for i := 2; i < n; i++ {
		if w.forms[i-1] == "," {
			c = i
			break
		}
		if u := m.upos[w.tags[i-1]]; u == "AUX" || u == "VERB" && m.xpos[w.tags[i-1]] != "VBN" && m.xpos[w.tags[i-1]] != "VBG" {
			return 0 // a finite verb before the comma: "Asked about it, he said" has none
		}
	}
	if c == 0 {
		return 0
	}
	vbd := m.tagIndex("VERB", "VBD")
	subject := false
	for i := c + 1; i <= n; i++ {
		u, x := m.upos[w.tags[i-1]], m.xpos[w.tags[i-1]]
		switch {
		case u == "NOUN" || u == "PROPN" || u == "PRON":
			subject = true
		case u == "DET" || u == "ADJ" || u == "NUM" || u == "ADP" || u == "PART" && x == "POS" || u == "CCONJ" || u == "PUNCT" && w.forms[i-1] == ",":
		case !subject:
			return 0
		case u == "VERB" && (x == "VBD" || x == "VBZ" || x == "VBP"):
			return i
		case u == "VERB" && x == "VBN" && vbd >= 0 && i < n && w.forms[i] != "by" && objectStart[m.upos[w.tags[i]]] && m.mayBePast(w, i, vbd):
			w.tags[i-1] = vbd
			return i
		case u == "AUX" && (x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD"):
			for j := i + 1; j <= n; j++ {
				switch m.upos[w.tags[j-1]] {
				case "AUX", "ADV", "PART":
					continue
				case "VERB":
					return j
				}
				return 0
			}
			return 0
		default:
			return 0
		}
	}
	return 0
}

// gardenPath returns the verb a statement should root on when the parser
// took a participle after the subject for the main verb: "A tanker loaded
// with crude oil ran aground" (loaded: the root, VBD; ran: a clause of
// it with "oil" its subject), "A storm fed by warm water flooded the
// valley". When the root verb directly follows its subject, has no
// object or auxiliary, "by" or "with" follows it, and a later verb that
// hangs on it as a clause without subordinator or coordinator has a
// noun right before it, the root is retagged a participle (VBN), the
// later verb a past tense (VBD) if it was read as a participle, and the
// later verb is returned as the root.
func (m *Model) gardenPath(w *work) int {
	n := len(w.forms)
	r := w.root()
	vbn, vbd := m.tagIndex("VERB", "VBN"), m.tagIndex("VERB", "VBD")
	if r < 2 || r >= n || vbn < 0 || vbd < 0 {
		return 0
	}
	// A past form, or an "-ed" adjective that may be a participle ("A
	// ferry packed with tourists sank": packed JJ).
	if x := m.xpos[w.tags[r-1]]; m.upos[w.tags[r-1]] != "VERB" && !(x == "JJ" && strings.HasSuffix(w.lower(r-1), "ed")) ||
		m.upos[w.tags[r-1]] == "VERB" && x != "VBD" && x != "VBN" {
		return 0
	}
	if p := w.lower(r); w.heads[r-1] != r || !strings.HasPrefix(m.rels[w.rels[r-1]], "nsubj") || p != "by" && p != "with" {
		return 0 // the subject right before, the agent's or instrument's preposition right after
	}
	if u := m.upos[w.tags[r-2]]; u != "NOUN" && u != "PROPN" {
		return 0
	}
	if c := w.info[r-1].cands; c != nil && !slices.Contains(c, int16(vbn)) {
		return 0
	}
	v := 0
	for i := r + 2; i <= n; i++ {
		if w.heads[i] != r {
			continue
		}
		switch m.rels[w.rels[i]] {
		case "obj":
			if !w.hasDep(i, func(k int) bool { return m.rels[w.rels[k]] == "case" }) {
				return 0 // an object: the root is a verb of its own ("by high winds" labelled obj is an oblique)
			}
		case "aux", "aux:pass", "iobj", "xcomp":
			return 0
		case "advcl", "parataxis", "csubj", "csubj:pass", "dep", "ccomp":
			if v == 0 && m.upos[w.tags[i-1]] == "VERB" && (m.xpos[w.tags[i-1]] == "VBD" || m.xpos[w.tags[i-1]] == "VBN") {
				if u := m.upos[w.tags[i-2]]; u == "NOUN" || u == "PROPN" {
					v = i
				}
			}
		}
	}
	acl := false
	if v == 0 {
		// Or the later verb hangs on the noun right before it, as its
		// participle: "A ferry packed with tourists sank off the coast"
		// (sank: VBN, acl of "tourists"), when no finite verb follows.
		for i := r + 3; i <= n && v == 0; i++ {
			if m.upos[w.tags[i-1]] == "VERB" && w.heads[i] == i-1 && m.rels[w.rels[i]] == "acl" &&
				(m.xpos[w.tags[i-1]] == "VBD" || m.xpos[w.tags[i-1]] == "VBN") && m.upos[w.tags[i-2]] == "NOUN" {
				v, acl = i, true
			}
		}
		if v == 0 {
			return 0
		}
		for i := v + 1; i <= n; i++ {
			switch m.xpos[w.tags[i-1]] {
			case "VBD", "VBZ", "VBP", "MD":
				return 0 // "Americans caught in Iraq when Saddam sent his forces"
			}
		}
	}
	finite := m.xpos[w.tags[v-1]] == "VBD" || acl
	for i := 1; i <= n; i++ {
		if w.heads[i] != v {
			continue
		}
		switch m.rels[w.rels[i]] {
		case "cc":
			return 0 // "..., and the ship ran": a clause of its own
		case "mark":
			if i != r+1 {
				return 0 // "after Clinton met", "because the ship ran"; not the preposition right after the root
			}
		case "nsubj", "obj":
			finite = true // a clause with a subject or object, not a participle ("Americans caught in Iraq")
		}
	}
	if !finite {
		return 0
	}
	for i := r + 1; i < v; i++ {
		if u := m.upos[w.tags[i-1]]; u == "PUNCT" || u == "VERB" || u == "AUX" {
			return 0 // "rose to $180 million, a gain Du Pont attributed": another clause
		}
	}
	if m.xpos[w.tags[v-1]] == "VBN" {
		// A regular participle is a past tense too, though the treebank
		// saw "destroyed" only as a participle.
		if c := w.info[v-1].cands; c != nil && !slices.Contains(c, int16(vbd)) && !strings.HasSuffix(w.lower(v-1), "ed") {
			return 0
		}
		w.tags[v-1] = vbd
	}
	w.tags[r-1] = vbn
	return v
}

// hasDep reports whether word h has a dependent i for which match holds.
// The repairs below ask it of one word at a time; sentences are short
// enough that a scan beats building child lists for every sentence.
// lastDescendant is the last word of h's phrase: the rightmost word
// whose chain of heads reaches h (h itself when nothing after it does).
// rehang hangs word i on head h with relation r, and keeps the change
// only when the words still make a tree; it reports whether it kept it.
// allUnder reports whether every word from first to last is under a or
// under b (or is one of them).
func (w *work) allUnder(first, last, a, b int) bool {
	for k := first; k <= last; k++ {
		if !w.under(k, a) && !w.under(k, b) {
			return false
		}
	}
	return true
}

// keepIfTree keeps the arcs changed since heads and rels were saved as
// oh and or when they still make a tree, else puts the saved ones back.
func (w *work) keepIfTree(oh, or []int) {
	if !w.tree() {
		copy(w.heads, oh)
		copy(w.rels, or)
	}
}

func (w *work) rehang(i, h, r int) bool {
	oh, or := w.heads[i], w.rels[i]
	w.heads[i], w.rels[i] = h, r
	if !w.tree() {
		w.heads[i], w.rels[i] = oh, or
		return false
	}
	return true
}

func (w *work) lastDescendant(h int) int {
	last, n := h, len(w.forms)
	for i := h + 1; i <= n; i++ {
		for k, steps := i, 0; k > 0 && steps <= n; k, steps = w.heads[k], steps+1 {
			if k == h {
				last = i
				break
			}
		}
	}
	return last
}

// under reports whether word a is word b or lies under it.
func (w *work) under(a, b int) bool {
	for k := 0; a > 0 && k <= len(w.forms); k++ {
		if a == b {
			return true
		}
		a = w.heads[a]
	}
	return false
}

func (w *work) hasDep(h int, match func(i int) bool) bool {
	for i := 1; i <= len(w.forms); i++ {
		if w.heads[i] == h && match(i) {
			return true
		}
	}
	return false
}

// subjectParticiples retags as past tenses the participles that have an
// active subject and no auxiliary: "when rebel fighters attacked northern
// Chad" (attacked: VBN, with "fighters" its nsubj), which a participle
// never has; it reports whether it retagged one, and the sentence is
// then parsed again on its root.
func (m *Model) subjectParticiples(w *work) bool {
	vbd := m.tagIndex("VERB", "VBD")
	if vbd < 0 {
		return false
	}
	n, changed := len(w.forms), false
	for v := 2; v <= n; v++ {
		if m.xpos[w.tags[v-1]] != "VBN" || m.upos[w.tags[v-1]] != "VERB" {
			continue
		}
		subj, ok := false, true
		before, obj := 0, false // a subject before the participle, an object after it
		for i := 1; i <= n; i++ {
			if w.heads[i] != v {
				continue
			}
			if r := m.rels[w.rels[i]]; strings.HasPrefix(r, "nsubj") && i < v && before == 0 {
				before = i
			} else if r == "obj" && i > v {
				obj = true
			}
			switch m.rels[w.rels[i]] {
			case "aux", "aux:pass", "cop":
				ok = false
			case "nsubj":
				// A pronoun, or a noun phrase right after a subordinator or
				// relative word: no participle can follow it ("when rebel
				// fighters attacked", "which the two presidents signed").
				u := m.upos[w.tags[i-1]]
				if i < v && i >= v-2 && (u == "PRON" && personalPronouns[w.lower(i-1)] || (u == "NOUN" || u == "PROPN") && m.afterSubordinator(w, i)) {
					subj = true
				}
			}
		}
		// A subject before and an object after: no passive has both
		// without an auxiliary ("Storm Daniel struck eastern Libya":
		// struck VBN, Storm its nsubj:pass). EWT train has one such
		// participle, an adverbial clause.
		active := before > 0 && obj && w.heads[v] == 0
		if !ok || !active && (!subj || w.heads[v] == 0) {
			continue
		}
		if c := w.info[v-1].cands; c != nil && !slices.Contains(c, int16(vbd)) && !strings.HasSuffix(w.lower(v-1), "ed") {
			continue
		}
		if active {
			if r := m.relIndex("nsubj"); r >= 0 {
				w.rels[before] = r
			}
		}
		w.tags[v-1], changed = vbd, true
	}
	return changed
}

// bareRoot retags a statement's root that the tagger left a base form (VB)
// although it has a subject and no auxiliary, modal or "to": such a verb
// is finite. A verb whose past is its base form ("cut", "quit", "put",
// "shut") is a past tense (VBD): "GOODY PRODUCTS Inc. cut its quarterly
// dividend", "The company's president quit suddenly" had no tense; so is
// a participle after the subject of such a verb, coordinated with it by
// the parser's reading ("California regulators shut down the bank on
// Friday and put it under the control of ...": shut was an acl of
// "regulators"). Another verb after a subject that is not third person
// singular is a present (VBP). It reports whether the sentence should be
// parsed again (a participle was retagged).
// participleRoot retags as a past tense (VBD) a root past participle
// with an active subject before it and no auxiliary, copula or
// subordinator: "The mayor resigned on Monday" (resigned: VBN, which
// the tagger prefers for words the treebank has mostly after "has").
// Only a word whose candidate tags include the past tense, or a regular
// past in -ed.
func (m *Model) participleRoot(w *work, r, vbd int) {
	subj := false
	for i := 1; i <= len(w.forms); i++ {
		if w.heads[i] != r {
			continue
		}
		switch rel := m.rels[w.rels[i]]; {
		case rel == "aux" || rel == "aux:pass" || rel == "mark" || rel == "cop" || rel == "nsubj:pass":
			return
		case rel == "nsubj" && i < r:
			subj = true
		}
	}
	if !subj {
		return
	}
	if c := w.info[r-1].cands; c != nil && !slices.Contains(c, int16(vbd)) && !strings.HasSuffix(w.lower(r-1), "ed") {
		return
	}
	w.tags[r-1] = vbd
}

func (m *Model) bareRoot(w *work) bool {
	n := len(w.forms)
	r := w.root()
	vbd, vbp := m.tagIndex("VERB", "VBD"), m.tagIndex("VERB", "VBP")
	if r > 0 && vbd >= 0 && m.xpos[w.tags[r-1]] == "VBN" && m.upos[w.tags[r-1]] == "VERB" {
		m.participleRoot(w, r, vbd)
		return false
	}
	if r == 0 || vbd < 0 || vbp < 0 || m.xpos[w.tags[r-1]] != "VB" || m.upos[w.tags[r-1]] != "VERB" || n < 3 || w.forms[n-1] != "." {
		return false
	}
	subj := 0
	for i := 1; i <= n; i++ {
		if w.heads[i] != r {
			continue
		}
		switch rel := m.rels[w.rels[i]]; {
		case rel == "aux" || rel == "aux:pass" || rel == "mark" || rel == "cop":
			return false
		case rel == "nsubj" && i < r:
			subj = i
		}
	}
	if subj == 0 {
		return false
	}
	if !samePast[w.lower(r-1)] {
		if sx := m.xpos[w.tags[subj-1]]; sx == "NNS" || sx == "NNPS" || sx == "PRP" && !thirdSingular[w.lower(subj-1)] {
			w.tags[r-1] = vbp
		}
		return false
	}
	w.tags[r-1] = vbd
	reparse := false
	for p := subj + 1; p < r; p++ {
		if w.heads[p] == subj && m.rels[w.rels[p]] == "acl" && m.xpos[w.tags[p-1]] == "VBN" && samePast[w.lower(p-1)] {
			w.tags[p-1], reparse = vbd, true
		}
	}
	return reparse
}

// samePast are verbs whose past tense is their base form.
var samePast = map[string]bool{"cut": true, "put": true, "set": true, "hit": true, "shut": true, "quit": true, "let": true,
	"cost": true, "hurt": true, "spread": true, "split": true, "burst": true, "cast": true, "bet": true, "bid": true,
	"broadcast": true, "forecast": true, "shed": true, "thrust": true, "upset": true, "slit": true}

// SamePast reports whether a (lower-case) verb's past tense is its base
// form: "hit", "cut", "shut".
func SamePast(form string) bool { return samePast[form] }

// tellVerbs tell someone that something is so.
var tellVerbs = map[string]bool{"tell": true, "inform": true, "assure": true, "warn": true, "remind": true, "notify": true,
	"advise": true, "brief": true, "convince": true, "persuade": true}

// TellVerb reports whether a verb's lemma tells someone that something
// is so ("told reporters that ...").
func TellVerb(lemma string) bool { return tellVerbs[lemma] }

// thirdSingular are the pronouns a present tense takes "-s" after.
var thirdSingular = map[string]bool{"he": true, "she": true, "it": true, "this": true, "that": true}

// afterSubordinator reports whether the noun phrase headed by word s opens
// right after a subordinator or relative word.
func (m *Model) afterSubordinator(w *work, s int) bool {
	start := s
	for start > 1 && w.heads[start-1] == s {
		start--
	}
	return start > 1 && subordinators[w.lower(start-2)]
}

// subordinators open a clause whose verb is finite.
var subordinators = func() map[string]bool {
	m := map[string]bool{"if": true, "which": true, "that": true, "who": true, "where": true, "whom": true}
	for w := range clauseOpeners {
		m[w] = true
	}
	return m
}()

// personalPronouns are subjects no participle may follow.
var personalPronouns = map[string]bool{"i": true, "we": true, "you": true, "he": true, "she": true, "they": true, "it": true}

// postposedReport returns the verb of what a report at the end of a
// statement says, when the parser rooted the statement on the report and
// left that clause without a verb of its own: "The company agreed to pay
// $2 billion to settle the lawsuit, it said on Monday" (said: root;
// company: dislocated; agreed: VBN, acl of company). When the root is a
// verb of saying after a comma, with its subject between them and
// nothing after it but obliques and punctuation, and the clause before
// the comma has no finite verb, its first past participle that follows
// a noun is retagged a past tense and returned; the re-parse roots the
// statement on it, as the treebank does ("said" becomes its parataxis).
func (m *Model) postposedReport(w *work) int {
	n := len(w.forms)
	r := w.root()
	if r < 4 || m.upos[w.tags[r-1]] != "VERB" || !sayVerbs[m.Lex.Lemma(w.forms[r-1], m.upos[w.tags[r-1]], m.xpos[w.tags[r-1]])] {
		return 0
	}
	comma := 0
	for i := r - 1; i >= 1 && i >= r-5; i-- {
		if w.forms[i-1] == "," {
			comma = i
			break
		}
	}
	if comma < 4 {
		return 0
	}
	subj := false
	for i := 1; i <= n; i++ {
		if w.heads[i] != r {
			continue
		}
		switch m.rels[w.rels[i]] {
		case "ccomp", "obj", "xcomp", "iobj":
			if i > r {
				return 0 // what is said comes after
			}
		case "nsubj":
			// A subject between the comma and the report makes it one
			// ("..., the Swiss government said"), even when the parser
			// gave the report the clause's subject too.
			subj = subj || i > comma && i < r
		}
	}
	if !subj {
		return 0 // "X, it said", not "X, said Roeck"
	}
	vbd := m.tagIndex("VERB", "VBD")
	if vbd < 0 {
		return 0
	}
	aux := 0
	for i := 1; i < comma; i++ {
		switch m.xpos[w.tags[i-1]] {
		case "VBD", "VBZ", "VBP", "MD":
			if aux == 0 && m.upos[w.tags[i-1]] == "AUX" && w.heads[i] == r && perfectAux[w.lower(i-1)] {
				aux = i // "Scientists have for the first time produced ..., Granholm announced": the perfect's auxiliary hung on the report
				continue
			}
			if aux > 0 && i <= aux+8 && m.upos[w.tags[i-1]] == "VERB" && m.xpos[w.tags[i-1]] == "VBD" {
				continue // its participle, read as a past
			}
			return 0 // the clause has its finite verb
		}
	}
	if aux > 0 {
		// The perfect's participle, across an adverbial phrase.
		for i := aux + 1; i < comma && i <= aux+8; i++ {
			if m.upos[w.tags[i-1]] != "VERB" {
				continue
			}
			if x := m.xpos[w.tags[i-1]]; x != "VBN" && x != "VBD" {
				return 0
			}
			if vbn := m.tagIndex("VERB", "VBN"); vbn >= 0 {
				w.tags[i-1] = vbn
			}
			return i
		}
		return 0
	}
	// The first participle after a noun, or rather the first after a
	// noun or adverb that takes an object right away ("high fees
	// regulators imposed on ... substantially altered the economics").
	first, withObject := 0, 0
	for i := 2; i < comma; i++ {
		if m.xpos[w.tags[i-1]] != "VBN" || m.upos[w.tags[i-1]] != "VERB" {
			continue
		}
		if c := w.info[i-1].cands; c != nil && !slices.Contains(c, int16(vbd)) && !strings.HasSuffix(w.lower(i-1), "ed") {
			continue
		}
		u := m.upos[w.tags[i-2]]
		if (u == "NOUN" || u == "PROPN") && first == 0 {
			first = i
		}
		if next := m.upos[w.tags[i]]; (u == "NOUN" || u == "PROPN" || u == "ADV") && withObject == 0 && (next == "DET" || next == "NUM") {
			withObject = i
		}
	}
	v := first
	if withObject > 0 {
		v = withObject
	}
	if v > 0 {
		w.tags[v-1] = vbd
	}
	return v
}

// setOffParticiple finds a statement rooted on a participle set off by
// commas after its subject, whose finite verb follows the second comma:
// "The settlement, reached after three days of talks, will take effect
// on Friday" (reached: root; take: parataxis without a subject). It
// returns the subject, the participle and that verb (0s when none): the
// verb is the root, the subject its subject, the participle the
// subject's modifier.
func (m *Model) setOffParticiple(w *work) (int, int, int) {
	n := len(w.forms)
	r := w.root()
	if r < 3 || w.forms[r-2] != "," {
		return 0, 0, 0
	}
	// A past with an agent's "by" is a participle, with an object of its
	// own or not: "Leicester City, rated 5,000-1 outsiders by bookmakers
	// before the season began, were confirmed as champions" (rated: VBD).
	agent := w.hasDep(r, func(i int) bool {
		return i > r && strings.HasPrefix(m.rels[w.rels[i]], "obl") && w.hasDep(i, func(c int) bool { return strings.EqualFold(w.forms[c-1], "by") })
	})
	// So is a past without an object set off before the statement's
	// verb ("Credit Suisse, founded in 1856, posted a loss": founded the
	// root, posted its conjunct), the verb found below.
	noObj := !w.hasDep(r, func(i int) bool { return m.rels[w.rels[i]] == "obj" })
	if x := m.xpos[w.tags[r-1]]; x != "VBN" && !(x == "VBD" && (agent || noObj)) {
		return 0, 0, 0
	}
	s := 0
	for i := 1; i <= n; i++ {
		if w.heads[i] != r {
			continue
		}
		switch rel := m.rels[w.rels[i]]; {
		case rel == "aux" || rel == "aux:pass" || rel == "obj" && !agent:
			return 0, 0, 0 // "had reached", "reached a deal": the participle is the verb
		case strings.HasPrefix(rel, "nsubj") && i < r-1:
			s = i
		}
	}
	if s == 0 || m.upos[w.tags[s-1]] != "NOUN" && m.upos[w.tags[s-1]] != "PROPN" {
		return 0, 0, 0
	}
	for v := r + 2; v <= n; v++ {
		if w.heads[v] != r || m.upos[w.tags[v-1]] != "VERB" {
			continue
		}
		if rel := m.rels[w.rels[v]]; rel != "parataxis" && rel != "conj" && rel != "advcl" && rel != "ccomp" {
			continue
		}
		if last := w.lastDescendant(v); w.hasDep(v, func(i int) bool { return i < v && m.rels[w.rels[i]] == "mark" }) && (w.forms[last-1] == "," || last < n && w.forms[last] == ",") {
			continue // a subordinate clause inside the set-off phrase: "rated outsiders before the season began, were confirmed"
		}
		finite, comma := false, false
		for i := 1; i <= n; i++ {
			if w.heads[i] != v {
				continue
			}
			switch m.rels[w.rels[i]] {
			case "nsubj", "nsubj:pass", "mark", "cc":
				return 0, 0, 0 // a clause of its own
			case "aux", "aux:pass":
				finite = true
			case "punct":
				comma = comma || w.forms[i-1] == "," && i < v
			}
		}
		if x := m.xpos[w.tags[v-1]]; x == "VBD" || x == "VBZ" || x == "VBP" {
			finite = true
		}
		// The second comma, however it hangs: right before the verb or
		// its auxiliary.
		comma = comma || w.forms[v-2] == "," || v > 2 && w.forms[v-3] == "," && m.upos[w.tags[v-2]] == "AUX"
		if finite && comma {
			if vbn := m.tagIndex("VERB", "VBN"); vbn >= 0 {
				w.tags[r-1] = vbn
			}
			return s, r, v
		}
		return 0, 0, 0
	}
	return 0, 0, 0
}

// participleSubjects repairs a participle the parser made a subject, with
// the noun before it as its own subject: "A ship owned by a Greek company
// sank" (owned: nsubj of sank; ship: nsubj of owned) and "A bus filled
// with pilgrims crashed" after gardenPath. A past participle is no
// subject; the noun is, and the participle modifies it (acl).
func (m *Model) participleSubjects(w *work) {
	rAcl, rSubj := m.relIndex("acl"), m.relIndex("nsubj")
	if rAcl < 0 || rSubj < 0 {
		return
	}
	hasSubject := func(h int) bool {
		return w.hasDep(h, func(i int) bool { return strings.HasPrefix(m.rels[w.rels[i]], "nsubj") })
	}
	for r := 2; r <= len(w.forms); r++ {
		s, h := r-1, w.heads[r]
		if m.xpos[w.tags[r-1]] != "VBN" || w.heads[s] != r || !strings.HasPrefix(m.rels[w.rels[s]], "nsubj") ||
			m.upos[w.tags[s-1]] != "NOUN" && m.upos[w.tags[s-1]] != "PROPN" {
			continue
		}
		switch {
		case strings.HasPrefix(m.rels[w.rels[r]], "nsubj"):
			w.heads[s], w.rels[s] = h, w.rels[r]
		case h > r && m.upos[w.tags[h-1]] == "VERB" && m.xpos[w.tags[h-1]] == "VBD" && !hasSubject(h) &&
			(m.rels[w.rels[r]] == "xcomp" || m.rels[w.rels[r]] == "advcl" || m.rels[w.rels[r]] == "dep"):
			// "A ferry packed with tourists sank": the finite verb after
			// the participle has no subject but the participle's noun.
			w.heads[s], w.rels[s] = h, rSubj
		default:
			continue
		}
		w.heads[r], w.rels[r] = s, rAcl
	}
	m.nestedParticipleSubject(w)
}

// nestedParticipleSubject repairs a participle made the subject of the
// verb after it, with the real subject hanging on the participle: in
// "Relatives of the passengers killed in three crashes met the minister"
// the parser made "killed" the subject of "met" and "Relatives" a
// dependent of "killed". When a participle without auxiliary is the
// subject of a finite verb after it, right after a noun of the
// prepositional phrases (nmod) of a noun that depends on it, that noun
// is the verb's subject and the participle the noun's acl.
func (m *Model) nestedParticipleSubject(w *work) {
	rAcl, rSubj := m.relIndex("acl"), m.relIndex("nsubj")
	if rAcl < 0 || rSubj < 0 {
		return
	}
	noun := func(i int) bool { u := m.upos[w.tags[i-1]]; return u == "NOUN" || u == "PROPN" }
	for r := 3; r <= len(w.forms); r++ {
		h := w.heads[r]
		if m.xpos[w.tags[r-1]] != "VBN" || !strings.HasPrefix(m.rels[w.rels[r]], "nsubj") || h <= r || !noun(r-1) ||
			m.upos[w.tags[h-1]] != "VERB" {
			continue
		}
		if x := m.xpos[w.tags[h-1]]; x != "VBD" && x != "VBZ" && x != "VBP" {
			continue
		}
		if w.hasDep(r, func(i int) bool { return strings.HasPrefix(m.rels[w.rels[i]], "aux") || m.rels[w.rels[i]] == "cop" }) {
			continue
		}
		s := 0
		for i := 1; i < r-1; i++ {
			if w.heads[i] == r && noun(i) {
				s = i
			}
		}
		if s == 0 {
			continue
		}
		x := r - 1
		for d := 0; d < len(w.forms) && x != s; d++ {
			if x <= 0 || !strings.HasPrefix(m.rels[w.rels[x]], "nmod") {
				break
			}
			x = w.heads[x]
		}
		if x != s {
			continue
		}
		hs, rs, hr, rr := w.heads[s], w.rels[s], w.heads[r], w.rels[r]
		w.heads[s], w.rels[s] = h, rSubj
		w.heads[r], w.rels[r] = r-1, rAcl
		if !w.tree() {
			w.heads[s], w.rels[s], w.heads[r], w.rels[r] = hs, rs, hr, rr
		}
	}
}

// hasRelativeWord reports whether verb v has a relative pronoun or
// subordinator among its dependents (who, which, that, whom, whose, where,
// when).
func (m *Model) hasRelativeWord(w *work, v int) bool {
	return w.hasDep(v, func(i int) bool { return relativeWords[w.lower(i-1)] })
}

// relIndex returns the index of relation name in m.rels, or -1.
func (m *Model) relIndex(name string) int {
	if i, ok := m.relIdx[name]; ok {
		return i
	}
	return -1
}

// tagIndex returns the joint tag of a universal and a Penn tag, or -1.
func (m *Model) tagIndex(upos, xpos string) int {
	if i, ok := m.tagIdx[[2]string{upos, xpos}]; ok {
		return i
	}
	return -1
}

// noTitleNumerals re-tags a word the tagger called a numeral although it
// has no digit, is not in the tag dictionary and is written in title case
// ("Xi" Jinping read as the roman XI at the start of a sentence): roman
// numerals are written in capitals, so the word gets its best open-class
// tag that is not a numeral.
func (m *Model) noTitleNumerals(w *work) {
	for i := range w.info {
		wi := &w.info[i]
		if wi.known || wi.digit || wi.cas != 1 || m.upos[w.tags[i]] != "NUM" {
			continue
		}
		var p1, p2 uint64
		if i > 0 {
			p1 = uint64(w.tags[i-1]) + 1
		}
		if i > 1 {
			p2 = uint64(w.tags[i-2]) + 1
		}
		w.buf = tagFeatures(w.buf[:0], w.info, i, p1, p2)
		m.tagger.Scores(w.buf, w.scores)
		best := -1
		for _, c := range m.Lex.Open { // an unknown word's tags: open classes
			if t := int(c); m.upos[t] != "NUM" && (best < 0 || w.scores[t] > w.scores[best]) {
				best = t
			}
		}
		if best >= 0 {
			w.tags[i] = best
		}
	}
}

// hyphenNames tags the second part of a hyphenated name a proper noun
// when the first part is one: "Bankman-Fried", split as the treebank
// splits hyphens, read "Fried" as a participle and hung the sentence's
// time on it. Only for a hyphen written without spaces (w.glued, from the
// words' spans) between two capitalized parts.
func (m *Model) hyphenNames(w *work) {
	nnp := m.tagIndex("PROPN", "NNP")
	if nnp < 0 || len(w.glued) != len(w.forms) {
		return
	}
	for i := 1; i+1 < len(w.forms); i++ {
		if w.forms[i] != "-" || !w.glued[i] || m.upos[w.tags[i-1]] != "PROPN" || !startsUpper(w.forms[i-1]) {
			continue
		}
		if !startsUpper(w.forms[i+1]) {
			// A given name's second syllable is retagged after the parse
			// (hyphenGivenNames); before it, only one the tagger read as
			// a function word, which a word glued to a name is not ("in"
			// of "Moon Jae-in").
			switch m.upos[w.tags[i+1]] {
			case "ADP", "SCONJ", "PART", "DET", "CCONJ", "PRON", "AUX":
			default:
				continue
			}
			if i < 2 || m.upos[w.tags[i-2]] != "PROPN" || !startsUpper(w.forms[i-2]) || !givenSyllables(w.forms[i-1], w.forms[i+1]) {
				continue
			}
		}
		if u := m.upos[w.tags[i+1]]; u != "PROPN" {
			w.tags[i+1] = nnp
		}
	}
}

// initialNames tags a capitalized base-form verb opening the sentence a
// proper noun when a finite verb or a modal follows it, or follows the
// name's other capitalized words ("Mount St. Helens exploded"): "Begin said he
// would put the question to the Knesset" (Menachem Begin; "Begin" read as
// an imperative, the sentence had no subject and the line was lost). An
// imperative is never followed by a past or present tense.
func (m *Model) initialNames(w *work) {
	nnp := m.tagIndex("PROPN", "NNP")
	if nnp < 0 || len(w.forms) < 3 || m.xpos[w.tags[0]] != "VB" || !startsUpper(w.forms[0]) || w.forms[0] == strings.ToUpper(w.forms[0]) {
		return
	}
	j := 1 // past the name's other words: "Mount St. Helens exploded"
	for j < len(w.forms)-1 && m.upos[w.tags[j]] == "PROPN" && startsUpper(w.forms[j]) {
		j++
	}
	switch m.xpos[w.tags[j]] {
	case "VBD", "VBZ", "MD":
		w.tags[0] = nnp
	}
}

// hyphenParticiples tags a present participle glued by a hyphen to the
// word before it and followed by the noun it describes an adjective:
// "Japan's longest-serving prime minister", "the world's fastest-growing
// economy". Read as a verb, "serving" took "prime minister" as its object
// and the sentence its subject (the treebank tags such words VBG but has
// few of them: 14 in EWT train).
func (m *Model) hyphenParticiples(w *work) {
	jj := m.tagIndex("ADJ", "JJ")
	if jj < 0 || len(w.glued) != len(w.forms) {
		return
	}
	for i := 2; i+1 < len(w.forms); i++ {
		if m.xpos[w.tags[i]] != "VBG" || w.forms[i-1] != "-" || !w.glued[i-1] {
			continue
		}
		switch m.upos[w.tags[i-2]] {
		case "ADJ", "ADV", "NOUN", "PROPN", "NUM":
		default:
			continue
		}
		if u := m.upos[w.tags[i+1]]; u != "NOUN" && u != "ADJ" || startsUpper(w.forms[i]) {
			continue
		}
		w.tags[i] = jj
	}
}

// hyphenGivenNames repairs the tree of a family name and a hyphenated
// given name ("Moon Jae-in", "Lee Jae-yong"), which the parser cut into
// pieces: "in" the subject of said, "Moon" an oblique. The given name's
// parts are flat under the family name, which takes the place in the
// sentence that a part had outside the name.
func (m *Model) hyphenGivenNames(w *work) {
	rFlat, rPunct := m.relIndex("flat"), m.relIndex("punct")
	nnp := m.tagIndex("PROPN", "NNP")
	if rFlat < 0 || rPunct < 0 || nnp < 0 || len(w.glued) != len(w.forms) {
		return
	}
	n := len(w.forms)
	for i := 3; i+1 <= n; i++ { // word i is the hyphen, words i-2, i-1 and i+1 the name
		f, a, b := i-2, i-1, i+1
		if w.forms[i-1] != "-" || !w.glued[i-1] || m.upos[w.tags[f-1]] != "PROPN" || m.upos[w.tags[a-1]] != "PROPN" ||
			!startsUpper(w.forms[f-1]) || startsUpper(w.forms[b-1]) || !givenSyllables(w.forms[a-1], w.forms[b-1]) {
			continue
		}
		w.tags[b-1] = nnp // "yong" of "Jae-yong", whatever the tagger read
		// The place the name holds: the head and relation of the part
		// that hangs outside it, a verb's subject or object first, else
		// the family name's.
		head, rel := w.heads[f], w.rels[f]
		for _, p := range []int{f, a, b} {
			r := m.rels[w.rels[p]]
			if h := w.heads[p]; h != f && h != a && h != b && h != i && (strings.HasPrefix(r, "nsubj") || r == "obj") {
				head, rel = h, w.rels[p]
				break
			}
		}
		if head == f || head == a || head == b || head == i || head > 0 && w.under(head, f) {
			continue
		}
		for k := 1; k <= n; k++ {
			if k != a && k != b && k != i && (w.heads[k] == a || w.heads[k] == b) {
				w.heads[k] = f // what hung on a part hangs on the name
			}
		}
		w.heads[f], w.rels[f] = head, rel
		w.heads[a], w.rels[a] = f, rFlat
		w.heads[b], w.rels[b] = f, rFlat
		w.heads[i], w.rels[i] = b, rPunct
		// The words before the name that the parser hung on the same head
		// go back into its phrase: "South Korean President Moon Jae-in
		// said" had "Korean" a clause of said.
		for k := f - 1; k >= 1 && w.forms[k-1] != "," && head > 0; k-- {
			if w.under(k, f) {
				continue // the name's own words: "President"
			}
			if w.heads[k] != head || k == head {
				break
			}
			switch m.upos[w.tags[k-1]] {
			case "ADJ":
				w.heads[k], w.rels[k] = f, m.relIndex("amod")
			case "NOUN", "PROPN":
				w.heads[k], w.rels[k] = f, m.relIndex("compound")
			default:
				k = 0 // (the loop ends)
			}
		}
	}
}

// givenSyllables reports whether a and b, joined by a hyphen after a
// family name, are written as an East Asian given name: two short
// syllables, the second in lower case ("Lee Jae-yong", "Tsai Ing-wen",
// "Moon Jae-in"), not an English compound ("Tokyo-based", "Anglo-led").
func givenSyllables(a, b string) bool {
	if len(a) < 2 || len(a) > 5 || len(b) < 2 || len(b) > 5 {
		return false
	}
	for _, c := range b {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return !englishSeconds.Has(b)
}

// englishSeconds are the short lower-case words that end English
// compounds after a capitalized word.
var englishSeconds = wordset.New("up", "out", "old", "led", "run", "off", "on", "era", "age", "set", "day", "way", "man", "men",
	"war", "act", "owned", "based", "born", "made", "style", "like", "free", "wide", "only", "bound", "type", "size", "year", "sized", "level")

// articleNames tags as proper nouns the capitalized words after an
// article whose last word the tagger read as a verb or an adverb: "the
// Ever Given" (Ever: RB, Given: VBN) is a ship's name, and without a noun
// the parser made "Given" a clause and the sentence lost its object. A
// name with a noun at its end ("the Rolling Stones", "the United States")
// is left as tagged, as are title-case lines (most words capitalized)
// and a sentence's first word. The words after the name are tagged again.
// So is an acronym after an article (below).
func (m *Model) articleNames(w *work) {
	nnp := m.tagIndex("PROPN", "NNP")
	if nnp < 0 || titleCase(w.forms) {
		return
	}
	for i := 1; i+1 < len(w.forms); i++ {
		switch w.lower(i - 1) {
		case "the", "a", "an":
		default:
			continue
		}
		k := i
		for k < len(w.forms) && startsUpper(w.forms[k]) && !allUpper(w.forms[k]) {
			k++
		}
		if k == i {
			// A word in capitals the tagger read as a function word is an
			// acronym: "The WHO raised its alert" (WHO a relative pronoun,
			// the sentence a relative clause), "the US economy", "an IT
			// failure".
			if f := w.forms[i]; len(f) >= 2 && allUpper(f) && allLetters(f) {
				switch m.upos[w.tags[i]] {
				case "PRON", "SCONJ", "ADP", "DET", "CCONJ", "ADV", "AUX", "PART":
					w.tags[i] = nnp
					tagFrom(m.tagger, len(m.Lex.Tags), w.info, w.tags, w.buf, w.scores, i+1)
				}
			}
			continue
		}
		switch m.upos[w.tags[k-1]] {
		case "VERB", "ADV", "AUX":
		default:
			i = k
			continue
		}
		for j := i; j < k; j++ {
			if u := m.upos[w.tags[j]]; u != "PROPN" && u != "NOUN" && u != "ADJ" && u != "NUM" {
				w.tags[j] = nnp
			}
		}
		tagFrom(m.tagger, len(m.Lex.Tags), w.info, w.tags, w.buf, w.scores, k)
		i = k
	}
}

// capitalSubjects tags as a proper noun a capitalized word inside a
// sentence that the tagger read as an adjective right before a finite
// verb, with no determiner, adjective or verb of being before it: "In
// June 2008 Continental agreed to join United" (Continental: JJ, as the
// word is in lower case, and the sentence had no subject). Not a word in
// capitals or a title-case line's. The words after it are tagged again.
func (m *Model) capitalSubjects(w *work) {
	nnp := m.tagIndex("PROPN", "NNP")
	if nnp < 0 || titleCase(w.forms) {
		return
	}
	for i := 1; i+1 < len(w.forms); i++ {
		if m.xpos[w.tags[i]] != "JJ" || !startsUpper(w.forms[i]) || allUpper(w.forms[i]) || startsUpper(w.forms[i+1]) {
			continue
		}
		if x := m.xpos[w.tags[i+1]]; x != "VBD" && x != "VBZ" && x != "VBN" {
			continue
		}
		switch m.upos[w.tags[i-1]] {
		case "AUX", "ADV", "ADJ", "DET", "PRON", "PROPN", "NOUN", "VERB":
			continue // "was French", "more Catholic", "the French voted", "its Continental unit"
		}
		w.tags[i] = nnp
		tagFrom(m.tagger, len(m.Lex.Tags), w.info, w.tags, w.buf, w.scores, i+1)
	}
}

// allLetters reports whether s is made of letters only.
func allLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

// irregularPasts retags as a past tense an irregular verb form the tagger
// read as an adverb or adjective right after a noun and before a
// preposition, determiner, pronoun or number: "A fire tore through the
// cathedral" (tore: RB). WordNet lists the form as a verb's. The words
// after it are tagged again.
func (m *Model) irregularPasts(w *work) {
	vbd := m.tagIndex("VERB", "VBD")
	if vbd < 0 {
		return
	}
	for i := 1; i+1 < len(w.forms); i++ {
		u := m.upos[w.tags[i]]
		if u != "ADV" && u != "ADJ" && u != "NOUN" {
			continue
		}
		if p := m.upos[w.tags[i-1]]; p != "NOUN" && p != "PROPN" {
			continue
		}
		next := m.upos[w.tags[i+1]]
		particle := false
		switch w.lower(i + 1) {
		case "aside", "up", "out", "off", "down", "back", "away":
			particle = true
		}
		switch next {
		case "ADP", "DET", "PRON", "NUM":
		default:
			if !particle {
				continue
			}
		}
		if u == "NOUN" && samePast[w.lower(i)] && i >= 2 && m.upos[w.tags[i-2]] == "DET" && (next != "ADP" || particle) && !m.verbBefore(w, i) {
			// A past the same as its base, after the subject's noun and
			// before an object or a particle: "The company set aside 6.5
			// billion euros" (set: NN), "the bank cut 500 jobs".
		} else if particle && next != "ADP" {
			continue
		} else if u == "NOUN" && (next != "ADP" || i < 2 || m.upos[w.tags[i-2]] != "DET" || w.info[i].known) {
			continue // a noun only in "a fire tore through" (article, noun, the form, preposition), and only a word the treebank never saw ("the staging ground for")
		} else if low := w.forms[i]; low != strings.ToLower(low) || m.Lex.WNExc[low]&wnVerb == 0 || m.Lex.WN[low]&(wnAdj|wnAdv) != 0 || strings.HasSuffix(low, "ing") {
			continue // not a word that is an adjective or adverb too ("bound for", "red from")
		}
		w.tags[i] = vbd
		tagFrom(m.tagger, len(m.Lex.Tags), w.info, w.tags, w.buf, w.scores, i+1)
	}
}

// namePasts retags as a simple past a regular past the tagger read as a
// participle right after the proper name that opens the sentence (after
// "the", at most), before a determiner, possessive, plural or proper noun,
// number or object pronoun: "Venezuela recalled its ambassador, and
// Ecuador criticised the decision" (recalled: VBN, made a clausal subject
// of "criticised"). A participle right after a sentence's opening name
// with an object of its own after it would be a reduced relative with no
// verb of its own before it, which news does not open a sentence with.
func (m *Model) namePasts(w *work) {
	vbd := m.tagIndex("VERB", "VBD")
	if vbd < 0 {
		return
	}
	n := len(w.forms)
	i, s := 0, 0
	if n > 0 && w.lower(0) == "the" {
		i, s = 1, 1 // "The World Health Organization advised travellers"
	}
	for i < n && m.xpos[w.tags[i]] == "NNP" {
		i++
	}
	if i == s || i-s > 4 || i+1 >= n || m.xpos[w.tags[i]] != "VBN" || !strings.HasSuffix(w.lower(i), "ed") || !m.seenPast(w.lower(i)) {
		return
	}
	switch m.xpos[w.tags[i+1]] {
	case "PRP$", "NNS", "NNP", "NNPS", "CD":
	case "PRP":
		if l := w.lower(i + 1); l != "them" && l != "him" && l != "her" && l != "us" {
			return
		}
	default:
		if m.upos[w.tags[i+1]] != "DET" {
			return
		}
	}
	w.tags[i] = vbd
}

// clausePasts retags as a simple past a regular past the tagger read as a
// participle when its clause has no finite verb: right after the clause's
// subject noun (a determiner, number, adjective or name before it, no
// preposition before that) and before an object ("In 1979 the two
// governments stopped production, and three years later Air France cut
// its flights": stopped VBN, an acl of "governments", which the parser
// then hung on the date, so the second clause took the first's time). A
// clause runs from the sentence's start, a semicolon or a comma before
// "and"/"but" to the next such break; with a finite verb or an auxiliary
// in it, the participle is left as it is ("the results obtained last year
// were ..."), and so is one before a preposition ("Three killed in
// blast") or after a comma ("the plan, approved in May").
func (m *Model) clausePasts(w *work) {
	vbd := m.tagIndex("VERB", "VBD")
	if vbd < 0 {
		return
	}
	n := len(w.forms)
	for a := 0; a < n; {
		b := a
		for b < n {
			if f := w.forms[b]; f == ";" || f == "," && b+1 < n && (w.lower(b+1) == "and" || w.lower(b+1) == "but") {
				break
			}
			b++
		}
		m.clausePast(w, a, b, vbd)
		a = b + 1
	}
}

// initialNouns retags as a noun the capitalized word that opens a
// sentence when the tagger read it as an imperative although a plural
// noun and a past or a modal follow it: "Protest leaders said they would
// stay" (Protest: VB, the root, and "said" its complement), "Rescue
// workers dug through the night". An imperative's object is not followed
// by a past ("Protest the ruling") nor by a modal; the word must be one
// the treebank has seen as a common noun.
func (m *Model) initialNouns(w *work) {
	nn := m.tagIndex("NOUN", "NN")
	if nn < 0 || len(w.forms) < 3 || titleCase(w.forms) || m.xpos[w.tags[0]] != "VB" {
		return
	}
	if f := w.forms[0]; !startsUpper(f) || allUpper(f) || !startsUpper(f[:1]) {
		return
	}
	if m.xpos[w.tags[1]] != "NNS" || w.forms[1] != w.lower(1) {
		return
	}
	if x := m.xpos[w.tags[2]]; x != "VBD" && x != "MD" {
		return
	}
	if !slices.ContainsFunc(m.Lex.Words[w.lower(0)].Tags, func(t int16) bool { return m.xpos[t] == "NN" }) {
		return
	}
	w.tags[0] = nn
	tagFrom(m.tagger, len(m.Lex.Tags), w.info, w.tags, w.buf, w.scores, 1)
}

// participleSubject reports whether the words a to j (j excluded) of a
// clause with no finite verb hold a subject with a participle after it,
// whose phrase runs up to j: "A Scottish court sitting on a former air
// base in the Netherlands convicted a Libyan officer" (the noun before
// "convicted" is "in"'s object, but the clause's subject is "court").
func (m *Model) participleSubject(w *work, a, j int) bool {
	for k := a + 1; k < j; k++ {
		if m.xpos[w.tags[k]] != "VBG" {
			continue
		}
		switch m.xpos[w.tags[k-1]] {
		case "NN", "NNS", "NNP", "NNPS":
			return k+1 < j && (m.xpos[w.tags[k+1]] == "IN" || m.xpos[w.tags[k+1]] == "RP")
		}
		return false
	}
	return false
}

// clausePast is clausePasts on the clause of words a to b (b excluded).
// A clause after ", and" is andClauses' to mend.
func (m *Model) clausePast(w *work, a, b, vbd int) {
	if l := w.lower(a); l == "and" || l == "but" {
		return
	}
	vbn := -1
	for i := a; i < b; i++ {
		switch x := m.xpos[w.tags[i]]; {
		case x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD" || m.upos[w.tags[i]] == "AUX":
			return // a finite verb of its own
		case x == "VBN" && vbn < 0:
			vbn = i
		}
	}
	i := vbn
	if i < a+2 || i+1 >= b || w.forms[i] != w.lower(i) || !strings.HasSuffix(w.lower(i), "ed") || !m.seenPast(w.lower(i)) {
		return // (a capitalized one is a title's: "East/West-Coast Specialized Servers")
	}
	switch m.xpos[w.tags[i-1]] {
	case "NN", "NNS", "NNP", "NNPS":
	default:
		return
	}
	switch m.xpos[w.tags[i+1]] {
	case "DT", "PRP$", "NN", "NNS", "NNP", "NNPS", "CD":
	default:
		return
	}
	// Back over the subject's noun phrase to what opens it.
	// A determiner or possessive opens it; a number before a name does
	// not belong to it ("In 1979 Britain stopped").
	j := i - 1
	for j > a {
		x := m.xpos[w.tags[j]]
		if x == "DT" || x == "PRP$" {
			break
		}
		switch p := m.xpos[w.tags[j-1]]; {
		case p == "CD" && (x == "NNP" || x == "NNPS"):
		case p == "NN" || p == "NNS" || p == "NNP" || p == "NNPS" || p == "JJ" || p == "CD" || p == "DT" || p == "PRP$" || p == "POS":
			j--
			continue
		}
		break
	}
	if j == a {
		return // the clause opens with the noun phrase: namePasts' (or a headline's) case
	}
	if x := m.xpos[w.tags[j-1]]; (x == "IN" || x == "TO") && !m.participleSubject(w, a, j) || w.forms[j-1] == "," {
		return // a preposition's object, or set off by a comma
	}
	w.tags[i] = vbd
	tagFrom(m.tagger, len(m.Lex.Tags), w.info, w.tags, w.buf, w.scores, i+1)
}

// verbBefore reports whether a verb or auxiliary comes before word i.
func (m *Model) verbBefore(w *work, i int) bool {
	for k := 0; k < i; k++ {
		if u := m.upos[w.tags[k]]; u == "VERB" || u == "AUX" {
			return true
		}
	}
	return false
}

// objectNouns retags as a noun a base-form verb (VB) right after a finite
// verb: "The Titan lost contact with its support ship" (contact: VB, an
// xcomp, so the verb lost its object). A finite verb takes no bare
// infinitive but after help, let, make, have and verbs of perceiving (EWT
// train: 14 finite verbs before a VB, 7 of them "help"). Only a word that
// may be a noun (its candidate tags, or WordNet).
func (m *Model) objectNouns(w *work) {
	nn := m.tagIndex("NOUN", "NN")
	if nn < 0 {
		return
	}
	for i := 1; i < len(w.forms); i++ {
		if m.xpos[w.tags[i]] != "VB" || m.upos[w.tags[i-1]] != "VERB" {
			continue
		}
		switch m.xpos[w.tags[i-1]] {
		case "VBD", "VBZ", "VBP":
		default:
			continue
		}
		if bareInfinitiveVerbs[m.Lex.Lemma(w.forms[i-1], "VERB", m.xpos[w.tags[i-1]])] {
			continue
		}
		low := w.lower(i)
		if c := w.info[i].cands; c != nil && !slices.Contains(c, int16(nn)) || c == nil && m.Lex.WN[low]&wnNoun == 0 {
			continue
		}
		w.tags[i] = nn
		tagFrom(m.tagger, len(m.Lex.Tags), w.info, w.tags, w.buf, w.scores, i+1)
	}
}

// headAdjectives retags as a noun an adjective that ends a noun phrase
// opened by a determiner or a possessive, when news text has the word as
// a noun: "its chief executive, Alan Shaw, apologized" (executive: JJ in
// EWT, which has it four times, all before a noun, so "of" and the name
// after it were attached to the wrong words), "the official said". Words
// news has only as adjectives stay: "the poor", "the rich", "the federal
// budget".
func (m *Model) headAdjectives(w *work) {
	nn := m.tagIndex("NOUN", "NN")
	if nn < 0 {
		return
	}
	for i := 1; i < len(w.forms); i++ {
		if m.xpos[w.tags[i]] != "JJ" {
			continue
		}
		if i+1 < len(w.forms) {
			// What follows ends the phrase: a comma, a finite verb, a
			// preposition ("a magnificent tiled mosque", "military and
			// police presence", "Net/virtual" do not end it).
			switch m.upos[w.tags[i+1]] {
			case "PUNCT":
				if f := w.forms[i+1]; f != "," && f != "." && f != ";" && f != ":" {
					continue
				}
			case "VERB":
				if x := m.xpos[w.tags[i+1]]; x != "VBD" && x != "VBZ" && x != "VBP" {
					continue
				}
			case "AUX", "ADP", "PRON":
			default:
				continue
			}
		}
		// Back over adjectives and names to the determiner: no noun
		// between ("their membership secure" is said of the membership),
		// but for a noun right before that may be an adjective ("the
		// bank's chief executive": chief NN, executive JJ).
		j, adjNoun := i-1, -1
		if jj := m.tagIndex("ADJ", "JJ"); j > 0 && jj >= 0 && m.xpos[w.tags[j]] == "NN" && m.mostlyTag(w.forms[j], jj) {
			adjNoun = j
			j--
		}
		for j >= 0 {
			u := m.upos[w.tags[j]]
			if u != "ADJ" && u != "PROPN" && u != "ADV" {
				break
			}
			j--
		}
		if j < 0 {
			continue
		}
		if x := m.xpos[w.tags[j]]; x != "DT" && x != "PRP$" && x != "POS" && !(w.lower(i) == "executive" && (m.upos[w.tags[j]] == "VERB" || m.upos[w.tags[j]] == "AUX")) {
			continue // (or, for the office, the verb it completes: "became chief executive in April"; not "was proud")
		}
		if !newsNoun(m.Lex.Aux[w.lower(i)]) {
			continue
		}
		w.tags[i] = nn
		if adjNoun >= 0 {
			w.tags[adjNoun] = m.tagIndex("ADJ", "JJ")
		}
		tagFrom(m.tagger, len(m.Lex.Tags), w.info, w.tags, w.buf, w.scores, i+1)
	}
}

// generalTitles tags "general" after the noun of an office as the noun
// that heads the title: "its director general, Yukiya Amano, is expected
// to travel" (general: JJ, and the sentence's subject a clause of its
// own), "the attorney general said", "the U.N. secretary general". The
// words after it are tagged again.
func (m *Model) generalTitles(w *work) {
	nn := m.tagIndex("NOUN", "NN")
	if nn < 0 {
		return
	}
	for i := 1; i < len(w.forms); i++ {
		if w.lower(i) != "general" || m.xpos[w.tags[i]] != "JJ" || !generalOffices[w.lower(i-1)] {
			continue
		}
		if i+1 < len(w.forms) {
			if u := m.upos[w.tags[i+1]]; u == "NOUN" || u == "PROPN" && !startsUpper(w.forms[i]) {
				continue // "director general elections": an adjective after all
			}
		}
		w.tags[i] = nn
		tagFrom(m.tagger, len(m.Lex.Tags), w.info, w.tags, w.buf, w.scores, i+1)
	}
}

// generalOffices are the offices "general" follows in a title.
var generalOffices = map[string]bool{"director": true, "attorney": true, "secretary": true, "inspector": true,
	"governor": true, "consul": true, "surgeon": true, "solicitor": true, "auditor": true, "comptroller": true,
	"postmaster": true, "procurator": true, "accountant": true, "registrar": true, "adjutant": true, "paymaster": true}

// mostlyTag reports whether the treebank gives the word tag t more often
// than any other.
func (m *Model) mostlyTag(form string, t int) bool {
	e, ok := m.Lex.Words[strings.ToLower(form)]
	return ok && len(e.Tags) > 0 && int(e.Tags[0]) == t
}

// newsNoun reports whether a Lexicon.Aux entry ("JJ,NN|freq") lists the
// common noun NN among the word's tags in news.
func newsNoun(aux string) bool {
	tags, _, _ := strings.Cut(aux, "|")
	for t := range strings.SplitSeq(tags, ",") {
		if t == "NN" {
			return true
		}
	}
	return false
}

// bareInfinitiveVerbs take a bare infinitive ("helped build", "let go",
// "saw him leave"); "say" comes before quoted imperatives.
var bareInfinitiveVerbs = map[string]bool{"help": true, "let": true, "make": true, "have": true, "see": true, "hear": true,
	"watch": true, "feel": true, "dare": true, "bid": true, "go": true, "come": true, "say": true, "need": true, "suggest": true}

// titleCase reports whether most words of a sentence (of those that
// start with a letter) are capitalized: a headline in title case.
func titleCase(forms []string) bool {
	letters, upper := 0, 0
	for _, f := range forms {
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return 2*upper > letters
}

// allUpper reports whether s has letters and all are capitals ("NATO").
func allUpper(s string) bool {
	has := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		has = has || unicode.IsLetter(r)
	}
	return has
}

// finiteAfterComma reports whether a finite verb follows a comma right
// after verb v: "experts familiar with the flaws, found in the chip, say"
// (found is set off; say is the statement's verb).
func (m *Model) finiteAfterComma(w *work, v int) bool {
	for j := v + 1; j < len(w.forms); j++ {
		if w.forms[j-1] != "," {
			continue
		}
		switch m.xpos[w.tags[j]] {
		case "VBD", "VBZ", "VBP", "MD", "VB": // "say" may be tagged VB
			return true
		}
	}
	return false
}

// objectStart are the universal tags an object may start with.
var objectStart = map[string]bool{"DET": true, "NOUN": true, "PROPN": true, "NUM": true, "PRON": true}

// nounish are the universal tags of the words of a noun phrase between a
// number and its noun.
var nounish = map[string]bool{"NUM": true, "PROPN": true, "NOUN": true, "ADJ": true}

// yearLike reports whether a number is written as a year (1800-2099).
func yearLike(f string) bool {
	return len(f) == 4 && (f[:2] == "18" || f[:2] == "19" || f[:2] == "20") && strings.Trim(f, "0123456789") == ""
}

// prepNouns retags a plural noun (or a gerund, below) the tagger read as
// a verb inside a prepositional phrase: "all of the tax cuts" (cuts: VBZ, then the root
// with "tax" its subject). After a preposition, a determiner and a noun,
// a word that may be a plural noun is one.
func (m *Model) prepNouns(w *work) {
	nns := m.tagIndex("NOUN", "NNS")
	if nns < 0 {
		return
	}
	// A gerund right after a clause opener and right before an
	// auxiliary is the clause's subject, a noun: "fell 21 percent before
	// trading was suspended" (trading: VBG, the clause rooted on nothing).
	if nn := m.tagIndex("NOUN", "NN"); nn >= 0 {
		// A base verb right after "under", "in" or "into" and a noun is a
		// noun of that phrase: "placed under police control" (control:
		// VB, with "police" its subject); not after "by" ("statistics on
		// acquisitions by foreigners vary").
		for i := 2; i < len(w.forms); i++ {
			if m.xpos[w.tags[i]] != "VB" || m.upos[w.tags[i-1]] != "NOUN" || m.upos[w.tags[i-2]] != "ADP" ||
				!statePreps[w.lower(i-2)] {
				continue
			}
			if c := w.info[i].cands; c != nil && !slices.Contains(c, int16(nn)) {
				continue
			}
			w.tags[i] = nn
		}
		for i := 1; i+1 < len(w.forms); i++ {
			if m.xpos[w.tags[i]] != "VBG" || !clauseOpeners[w.lower(i-1)] || !gerundAux[w.lower(i+1)] {
				continue
			}
			w.tags[i] = nn
		}
		m.articleGerunds(w, nn)
	}
	for i := 3; i < len(w.forms); i++ {
		if m.xpos[w.tags[i]] != "VBZ" || m.upos[w.tags[i-1]] != "NOUN" || m.upos[w.tags[i-2]] != "DET" || m.upos[w.tags[i-3]] != "ADP" {
			continue
		}
		if c := w.info[i].cands; c != nil && !slices.Contains(c, int16(nns)) {
			continue
		}
		w.tags[i] = nns
	}
	// After a plain preposition and adjectives: "fanned by high winds
	// tore through" (winds: VBZ, tore: RB). The words after it are tagged
	// again with the noun before them.
	for i := 2; i < len(w.forms); i++ {
		if m.xpos[w.tags[i]] != "VBZ" || m.upos[w.tags[i-1]] != "ADJ" {
			continue
		}
		j := i - 1
		for j > 0 && m.upos[w.tags[j]] == "ADJ" {
			j--
		}
		if j > 0 && (m.upos[w.tags[j]] == "DET" || m.xpos[w.tags[j]] == "PRP$") {
			j-- // "of its commercial airplanes unit"
		}
		if m.upos[w.tags[j]] != "ADP" || !plainPreps[w.lower(j)] {
			continue
		}
		if c := w.info[i].cands; c != nil && !slices.Contains(c, int16(nns)) {
			continue
		}
		w.tags[i] = nns
		tagFrom(m.tagger, len(m.Lex.Tags), w.info, w.tags, w.buf, w.scores, i+1)
	}
	// After a preposition or determiner and a number (not a year), with
	// at most three numbers, names, nouns or adjectives between: "in two
	// 737 Max crashes" (crashes: VBZ, with "Max" its subject). EWT train:
	// 249 such words are NNS, 4 NNPS, 5 VBZ (three of them "is").
	for i := 2; i < len(w.forms); i++ {
		if m.xpos[w.tags[i]] != "VBZ" {
			continue
		}
		j := i - 1
		for j >= 0 && i-j <= 4 && nounish[m.upos[w.tags[j]]] {
			j--
		}
		if j+1 >= i || j < 0 || m.upos[w.tags[j+1]] != "NUM" || yearLike(w.forms[j+1]) {
			continue
		}
		if u := m.upos[w.tags[j]]; u != "ADP" && u != "DET" && !plainPreps[w.lower(j)] {
			continue // "in" may be tagged an adverb: "killed in two 737 Max crashes"
		}
		if c := w.info[i].cands; c != nil && !slices.Contains(c, int16(nns)) {
			continue
		}
		w.tags[i] = nns
		tagFrom(m.tagger, len(m.Lex.Tags), w.info, w.tags, w.buf, w.scores, i+1)
	}
	// A gerund after adjectives after a preposition or determiner is a
	// noun ("three days of national mourning": mourning VBG hung the
	// sentence's time on itself), unless a noun follows it ("the only
	// remaining issue"). EWT train: 137 such words are NN, 6 VBG.
	nn := m.tagIndex("NOUN", "NN")
	for i := 2; i < len(w.forms) && nn >= 0; i++ {
		if m.xpos[w.tags[i]] != "VBG" || m.upos[w.tags[i-1]] != "ADJ" {
			continue
		}
		j := i - 1
		for j > 0 && m.upos[w.tags[j]] == "ADJ" {
			j--
		}
		if u := m.upos[w.tags[j]]; u != "ADP" && u != "DET" {
			continue
		}
		if i+1 < len(w.forms) {
			if u := m.upos[w.tags[i+1]]; u == "NOUN" || u == "PROPN" {
				continue
			}
		}
		if c := w.info[i].cands; c != nil && !slices.Contains(c, int16(nn)) {
			continue
		}
		w.tags[i] = nn
		tagFrom(m.tagger, len(m.Lex.Tags), w.info, w.tags, w.buf, w.scores, i+1)
	}
}

// plainPreps are prepositions that are no subordinators: what follows
// them is a noun phrase, not a clause ("before the company wins").
var plainPreps = map[string]bool{"of": true, "by": true, "with": true, "in": true, "on": true, "at": true, "for": true,
	"from": true, "into": true, "through": true, "across": true, "against": true, "among": true, "amid": true,
	"under": true, "over": true, "toward": true, "towards": true, "during": true, "without": true, "following": true}

// modalVerbs retags the word a modal governs as a verb when the tagger
// read it as a noun or adjective: "will chair a new board" (chair: NN,
// and then the sentence had no verb). After a modal and any adverbs
// ("will not", "could also"), a word that may be a base-form verb is one.
func (m *Model) modalVerbs(w *work) {
	vb := m.tagIndex("VERB", "VB")
	if vb < 0 {
		return
	}
	for i := 0; i+1 < len(w.forms); i++ {
		if m.xpos[w.tags[i]] != "MD" || !modals[w.lower(i)] || w.forms[i] == "May" {
			continue
		}
		j := i + 1
		for j < len(w.forms) && m.upos[w.tags[j]] == "ADV" {
			j++
		}
		if j >= len(w.forms) || j > i+3 {
			continue
		}
		if u := m.upos[w.tags[j]]; u != "NOUN" && u != "ADJ" || startsUpper(w.forms[j]) {
			continue
		}
		if c := w.info[j].cands; c != nil && !slices.Contains(c, int16(vb)) && m.Lex.WN[w.lower(j)]&wnVerb == 0 {
			continue // neither the treebank nor WordNet has it as a verb
		}
		w.tags[j] = vb
	}
}

// toVerbs retags a noun between "to" and a possessive pronoun as a verb:
// "ordered Boeing to ground its jets" (ground: NN). In EWT train, the word
// between "to" and a possessive is a base-form verb 197 times in 205 (a
// gerund six times, "look forward to hearing your comments"), never a
// noun.
func (m *Model) toVerbs(w *work) {
	vb, to := m.tagIndex("VERB", "VB"), m.tagIndex("PART", "TO")
	if vb < 0 || to < 0 {
		return
	}
	for i := 0; i+2 < len(w.forms); i++ {
		j := i + 1
		if !strings.EqualFold(w.forms[i], "to") || m.xpos[w.tags[j]] != "NN" || m.xpos[w.tags[j+1]] != "PRP$" || startsUpper(w.forms[j]) {
			continue
		}
		if c := w.info[j].cands; c != nil && !slices.Contains(c, int16(vb)) && m.Lex.WN[w.lower(j)]&wnVerb == 0 {
			continue // neither the treebank nor WordNet has it as a verb
		}
		w.tags[i], w.tags[j] = to, vb
	}
}

// controlParticiples retags as a participle a verb's -ing form that the
// tagger read as a noun after a noun, when the verb asks or makes someone
// do something and what follows is whom, then "to" and a verb: "a
// warning urging shippers to check their schedules" (urging: NN, made a
// compound of "shippers", so that "check" hung on "published"). A noun
// after a noun and before an infinitive's subject is that verb's
// participle: a gerund of these verbs as a noun ("his urging") has a
// determiner or possessive before it, not a noun. Whom is at most four
// words (determiners, possessives, adjectives, nouns, names, numbers or
// "them"/"us"/"him"/"her").
func (m *Model) controlParticiples(w *work) {
	vbg := m.tagIndex("VERB", "VBG")
	if vbg < 0 {
		return
	}
	n := len(w.forms)
	for i := 1; i+3 < n; i++ {
		low := w.lower(i)
		if !strings.HasSuffix(low, "ing") || m.xpos[w.tags[i]] != "NN" || startsUpper(w.forms[i]) || m.upos[w.tags[i-1]] != "NOUN" {
			continue
		}
		if !controlVerbs[m.Lex.Lemma(low, "VERB", "VBG")] {
			continue
		}
		j := i + 1
		for ; j < n && j <= i+4; j++ {
			if p := m.xpos[w.tags[j]]; m.upos[w.tags[j]] == "DET" || p == "PRP$" || p == "PRP" || p == "JJ" || p == "NN" || p == "NNS" || p == "NNP" || p == "NNPS" || p == "CD" {
				continue
			}
			break
		}
		if j == i+1 || j+1 >= n || w.lower(j) != "to" || m.xpos[w.tags[j+1]] != "VB" {
			continue
		}
		w.tags[i] = vbg
	}
}

// clauseOpeners retags "after", "before", "since" or "until" as a
// subordinating conjunction when a subject and its finite verb follow it:
// "a day after a cabin panel blew out" (after: ADP, so that the parser
// made "panel" its object and "blew" a verb of the main clause). The
// subject is a pronoun or a short noun phrase (determiners, adjectives,
// nouns, numbers, possessives) right before a past or present verb or a
// modal (or a regular past tagged as a participle, with its object after
// it); the word opens the sentence or follows a finite verb (else that
// verb is the main clause's: "Speaker after speaker denounced").
func (m *Model) clauseOpeners(w *work) {
	sconj := m.tagIndex("SCONJ", "IN")
	if sconj < 0 {
		return
	}
	n := len(w.forms)
	finite := false // a finite verb before: the main clause's, so what follows may be a clause of its own
	for i := 0; i+2 < n; i++ {
		switch m.xpos[w.tags[i]] {
		case "VBD", "VBZ", "VBP", "MD":
			finite = true
		}
		switch w.lower(i) {
		case "after", "before", "since", "until":
		default:
			continue
		}
		if m.upos[w.tags[i]] != "ADP" || i > 0 && !finite {
			continue // "the debt after the restructuring is 10.66%": the verb is the main clause's
		}
		j := i + 1
		if x := m.xpos[w.tags[j]]; x == "PRP" {
			j++
		} else {
			for j < n && j <= i+6 && nounPhraseTag(m.xpos[w.tags[j]]) {
				j++
			}
			if j == i+1 || !strings.HasPrefix(m.xpos[w.tags[j-1]], "NN") && m.xpos[w.tags[j-1]] != "CD" {
				continue // the phrase must end in its noun
			}
		}
		if j >= n {
			continue
		}
		switch m.xpos[w.tags[j]] {
		case "VBD", "VBZ", "VBP", "MD":
			w.tags[i] = sconj
		case "VBN":
			// A regular past read as a participle, with its object
			// after it: "after the company fired Dennis Muilenburg".
			if vbd := m.tagIndex("VERB", "VBD"); vbd >= 0 && j+1 < n && strings.HasSuffix(w.lower(j), "ed") {
				switch m.xpos[w.tags[j+1]] {
				case "DT", "NNP", "PRP", "PRP$":
					w.tags[i], w.tags[j] = sconj, vbd // the words after keep their tags (and the repairs before)
				}
			}
		}
	}
}

// nounPhraseTag reports whether a Penn tag may stand inside a short noun
// phrase before its verb.
func nounPhraseTag(x string) bool {
	switch x {
	case "DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "PRP$", "POS", "HYPH":
		return true
	}
	return false
}

// modals are the modal auxiliaries a base-form verb follows.
var modals = map[string]bool{"will": true, "would": true, "can": true, "could": true, "shall": true, "should": true,
	"may": true, "might": true, "must": true, "wo": true, "ca": true}

// fillWords sets the parser's words from the word infos and tags.
func (m *Model) fillWords(w *work, tags []int) {
	n := len(w.info)
	if cap(w.st.words) < n+1 {
		w.st.words = make([]pword, n+1)
	}
	w.st.words = w.st.words[:n+1]
	w.st.words[0] = rootWord()
	for i := 0; i < n; i++ {
		t := tags[i]
		w.st.words[i+1] = pword{w: w.info[i].lowH, t: uint64(t) + 1, u: m.uidx[t]}
	}
}

func grow(s []int, n int) []int {
	if cap(s) < n {
		return make([]int, n)
	}
	return s[:n]
}

//go:embed model
var modelFS embed.FS

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the embedded model, loaded on first use.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		defaultModel, defaultErr = loadFS(func(name string) ([]byte, error) { return modelFS.ReadFile("model/" + name) })
	})
	return defaultModel, defaultErr
}

// Model files.
const (
	fileLexicon = "lexicon.gob.gz"
	fileTagger  = "tagger.bin.gz"
	fileParser  = "parser.bin.gz"
	fileLabeler = "labeler.bin.gz"
)

// LoadDir loads a model written by Save from a folder.
func LoadDir(read func(name string) ([]byte, error)) (*Model, error) { return loadFS(read) }

func loadFS(read func(name string) ([]byte, error)) (*Model, error) { return loadModel(read, true) }

// loadModel loads a model's files; huge puts the weight tables on huge
// pages (learn.Sparse.OnHugePages).
func loadModel(read func(name string) ([]byte, error), huge bool) (*Model, error) {
	// The four files load side by side: decompressing them and hashing the
	// parser's half million features take most of a second on one core.
	var (
		lx   *Lexicon
		sp   [3]*learn.Sparse
		errs [4]error
		wg   sync.WaitGroup
	)
	wg.Go(func() {
		b, err := read(fileLexicon)
		if err != nil {
			errs[0] = fmt.Errorf("syntax: %w", err)
			return
		}
		lx, errs[0] = readLexicon(bytes.NewReader(b))
	})
	for i, name := range []string{fileTagger, fileParser, fileLabeler} {
		wg.Go(func() {
			b, err := read(name)
			if err != nil {
				errs[i+1] = fmt.Errorf("syntax: %w", err)
				return
			}
			if sp[i], err = learn.LoadSparse(b); err != nil {
				errs[i+1] = fmt.Errorf("syntax: %s: %w", name, err)
				return
			}
			if i == 0 {
				sp[i] = sp[i].WithDenseRows()
			}
			if huge {
				sp[i] = sp[i].OnHugePages()
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	if len(sp[0].Labels) != len(lx.Tags) || len(sp[1].Labels) != nMoves || len(sp[2].Labels) == 0 {
		return nil, fmt.Errorf("syntax: model files do not match")
	}
	return newModel(lx, sp[0], sp[1], sp[2], sp[2].Labels), nil
}

// Trained is a model with its parts as written by training.
type Trained struct {
	Lex                      *Lexicon
	Tagger, Parser, Labeller *learn.Sparse
}

// Model returns the runnable model.
func (t *Trained) Model() *Model {
	return newModel(t.Lex, t.Tagger, t.Parser, t.Labeller, t.Labeller.Labels)
}

// Save writes the four model files through create.
func (t *Trained) Save(create func(name string) (io.WriteCloser, error)) error {
	write := func(name string, f func(io.Writer) error) error {
		w, err := create(name)
		if err != nil {
			return err
		}
		if err := f(w); err != nil {
			w.Close()
			return err
		}
		return w.Close()
	}
	if err := write(fileLexicon, t.Lex.write); err != nil {
		return err
	}
	if err := write(fileTagger, t.Tagger.WriteSparse); err != nil {
		return err
	}
	if err := write(fileParser, t.Parser.WriteSparse); err != nil {
		return err
	}
	return write(fileLabeler, t.Labeller.WriteSparse)
}

// namedPastAdjective reports whether word i of a sentence with no finite
// verb (finiteRoot) is a regular past the tagger read as an adjective:
// "-ed", a verb WordNet or the treebank knows, right after a proper noun
// and before the start of a noun phrase (its object), where an adjective
// would follow an article or another modifier ("the certified copy").
func (m *Model) namedPastAdjective(w *work, i, vbd int) bool {
	n := len(w.forms)
	if i < 2 || i >= n || m.xpos[w.tags[i-1]] != "JJ" || m.upos[w.tags[i-2]] != "PROPN" || !objectStart[m.upos[w.tags[i]]] {
		return false
	}
	low := w.lower(i - 1)
	if low != w.forms[i-1] || !strings.HasSuffix(low, "ed") || !m.mayBePast(w, i, vbd) {
		return false
	}
	l := m.Lex.Lemma(low, "VERB", "VBD")
	return l != low && (m.Lex.WN[l]&wnVerb != 0 || m.Lex.Known[l])
}

// articleGerunds retags as a noun a gerund that ends a noun phrase opened
// by "a" or "an", or by another determiner with an adjective between:
// "they set aside an earlier Florida ruling that extended the deadline"
// (ruling: VBG, an adverbial clause with "aside" its case). Only
// adjectives, names and numbers stand between; what follows is no object
// or modifier of a verb's own ("the man running the company" has a noun
// between, "a growing number" a noun after): only a relative word, "of",
// a few prepositions or the sentence's end follow. The word may be a noun.
func (m *Model) articleGerunds(w *work, nn int) {
	if n := len(w.forms); n > 0 && strings.EqualFold(w.forms[0], "with") {
		return // "With a tense Miami waiting, ...": the clause's subject and verb
	}
	n := len(w.forms)
	for i := 1; i < n; i++ {
		if m.xpos[w.tags[i]] != "VBG" {
			continue
		}
		if i+1 < n && !gerundNounNext.Has(w.lower(i+1)) {
			continue
		}
		// A noun between only before a relative word or the end: "a lower
		// court ruling that", not "a young man running for office".
		end := i+1 >= n || relWordOrEnd.Has(w.lower(i+1))
		j, adj := i-1, false
		for j >= 0 {
			u := m.upos[w.tags[j]]
			if u != "ADJ" && u != "PROPN" && u != "NUM" && (u != "NOUN" || !end) {
				break
			}
			adj = adj || u == "ADJ"
			j--
		}
		if j < 0 || j == i-1 {
			continue
		}
		d := w.lower(j)
		if m.upos[w.tags[j]] != "DET" && m.xpos[w.tags[j]] != "PRP$" || !adj && d != "a" && d != "an" {
			continue
		}
		if c := w.info[i].cands; c != nil && !slices.Contains(c, int16(nn)) || c == nil && m.Lex.WN[w.lower(i)]&wnNoun == 0 {
			continue
		}
		w.tags[i] = nn
	}
}

// upToObjects repairs an amount after "up to" that the parser made an
// oblique with "up" and "to" its cases: "had arranged up to $2 billion in
// new financing". The amount is the verb's object, "up to" its bound
// ("up" an advmod of it, "to" fixed to "up"), when the verb has no
// other object.
func (m *Model) upToObjects(w *work) {
	rObj, rAdv, rFixed := m.relIndex("obj"), m.relIndex("advmod"), m.relIndex("fixed")
	if rObj < 0 || rAdv < 0 || rFixed < 0 {
		return
	}
	for a := 3; a <= len(w.forms); a++ {
		up, to := a-2, a-1
		if w.lower(up-1) != "up" || w.lower(to-1) != "to" || w.heads[up] != a || w.heads[to] != a || !strings.HasPrefix(m.rels[w.rels[a]], "obl") {
			continue
		}
		if u := m.upos[w.tags[a-1]]; u != "SYM" && u != "NUM" {
			continue
		}
		v := w.heads[a]
		if v <= 0 || v >= up || m.upos[w.tags[v-1]] != "VERB" || w.hasDep(v, func(k int) bool { return w.rels[k] == rObj }) {
			continue
		}
		w.rels[a] = rObj
		w.rels[up] = rAdv
		w.heads[to], w.rels[to] = up, rFixed
	}
}

// particleWords are the particles a verb takes before its object.
var particleWords = wordset.New("back", "out", "up", "down", "off", "away", "aside", "apart", "over", "in", "on")

// particleObjects repairs a verb's particle the parser took for the case
// of the noun after it: "they set aside an earlier Florida ruling" (aside:
// case of ruling, an oblique). "aside", "away" and "apart" right after a
// verb are no preposition: the particle is a compound:prt of the verb,
// and the noun its object.
func (m *Model) particleObjects(w *work) {
	rPrt, rObj := m.relIndex("compound:prt"), m.relIndex("obj")
	if rPrt < 0 || rObj < 0 {
		return
	}
	for p := 2; p < len(w.forms); p++ {
		if v := p - 1; w.heads[p] == v && m.upos[w.tags[v-1]] == "VERB" && particleWords.Has(w.lower(p-1)) && !w.hasDep(v, func(k int) bool { return w.rels[k] == rObj }) {
			// An object the parser hung on the particle: "sent back its
			// first pictures" (pictures obj of back).
			for o := p + 1; o <= len(w.forms); o++ {
				if w.heads[o] == p && w.rels[o] == rObj {
					w.heads[o] = v
					w.rels[p] = rPrt
				}
			}
		}
		switch l := w.lower(p - 1); l {
		case "aside", "away", "apart":
		case "in", "out", "up", "down", "off", "over", "back":
			// Before "as", a particle: "was sworn in as prime minister",
			// "stepped down as chairman", "took over as coach".
			if v := p - 1; m.upos[w.tags[v-1]] == "VERB" && strings.EqualFold(w.forms[p], "as") && m.rels[w.rels[p]] == "case" {
				w.heads[p], w.rels[p] = v, rPrt
				if rp := m.tagIndex("ADP", "RP"); rp >= 0 {
					w.tags[p-1] = rp
				}
			}
			continue
		default:
			continue
		}
		v, o := p-1, w.heads[p]
		if m.upos[w.tags[v-1]] != "VERB" {
			continue
		}
		if o == v && m.rels[w.rels[p]] == "advmod" && p < len(w.forms) && objectStart[m.upos[w.tags[p]]] {
			// "set aside a lower court ruling" (aside: advmod): the same
			// particle, whatever the object's arc.
			w.rels[p] = rPrt
			if rp := m.tagIndex("ADP", "RP"); rp >= 0 {
				w.tags[p-1] = rp
			}
			continue
		}
		if m.rels[w.rels[p]] != "case" || o <= p || w.heads[o] != v || m.rels[w.rels[o]] != "obl" {
			continue
		}
		if w.hasDep(v, func(k int) bool { return m.rels[w.rels[k]] == "obj" }) {
			continue
		}
		w.heads[p], w.rels[p] = v, rPrt
		w.rels[o] = rObj
		if rp := m.tagIndex("ADP", "RP"); rp >= 0 {
			w.tags[p-1] = rp
		}
	}
}

// subordinatePhrase repairs a clause opened by a subordinator the parser
// read as a preposition, when its subject is a long noun phrase and its
// verb hangs elsewhere without a subject: "a day after walls of water
// unleashed by a massive undersea earthquake smashed into the island"
// (after: the case of walls; smashed: a conjunct of the main verb, which
// gave it the main verb's subject; or an acl inside the phrase). A past
// tense right after the phrase
// such a word opens, without a subject, an auxiliary, a coordinator or a
// comma before it, is that phrase's verb: the phrase's head its subject,
// the word its mark, the clause an advcl where the phrase hung.
func (m *Model) subordinatePhrase(w *work) {
	rAdvcl, rMark, rSubj := m.relIndex("advcl"), m.relIndex("mark"), m.relIndex("nsubj")
	if rAdvcl < 0 || rMark < 0 || rSubj < 0 {
		return
	}
	n := len(w.forms)
	for v := 4; v <= n; v++ {
		if m.upos[w.tags[v-1]] != "VERB" || m.xpos[w.tags[v-1]] != "VBD" || m.upos[w.tags[v-2]] == "PUNCT" {
			continue
		}
		switch m.rels[w.rels[v]] {
		case "conj", "parataxis", "dep", "ccomp", "acl", "xcomp":
		default:
			continue
		}
		if w.hasDep(v, func(i int) bool {
			r := m.rels[w.rels[i]]
			return strings.HasPrefix(r, "nsubj") || strings.HasPrefix(r, "csubj") || strings.HasPrefix(r, "aux") || r == "cc" || r == "mark" || r == "expl"
		}) {
			continue
		}
		// The verb's own words, which go with it.
		lastOwn := w.lastDescendant(v)
		// The phrase whose last word is right before the verb.
		for nh := v - 2; nh >= 2; nh-- {
			u := m.upos[w.tags[nh-1]]
			r := m.rels[w.rels[nh]]
			if u != "NOUN" && u != "PROPN" || !strings.HasPrefix(r, "obl") && !strings.HasPrefix(r, "nmod") || w.heads[nh] > nh || !w.allUnder(nh+1, v-1, nh, nh) {
				continue
			}
			// The phrase ends before the verb, or the verb hangs inside it
			// ("after winds whipped up by the storm tore through": tore an
			// acl of storm) with nothing of the phrase after the verb's words.
			if last := w.lastDescendant(nh); last != v-1 && !(w.under(v, nh) && last == lastOwn) {
				continue
			}
			p := 0
			for i := 1; i < nh; i++ {
				if w.heads[i] == nh && m.rels[w.rels[i]] == "case" {
					p = i
				}
			}
			if p == 0 {
				continue
			}
			switch w.lower(p - 1) {
			case "after", "before", "since", "until", "till", "because", "once":
			default:
				continue
			}
			h := w.heads[nh]
			for h > 0 && m.upos[w.tags[h-1]] != "VERB" && w.heads[h] > 0 {
				h = w.heads[h] // the clause's verb, not a noun it hung on ("sentenced to 25 years in prison after")
			}
			if h == 0 || m.upos[w.tags[h-1]] != "VERB" {
				h = w.heads[nh]
			}
			if h == 0 {
				break
			}
			oh, or := slices.Clone(w.heads), slices.Clone(w.rels)
			w.heads[v], w.rels[v] = h, rAdvcl
			w.heads[nh], w.rels[nh] = v, rSubj
			w.heads[p], w.rels[p] = v, rMark
			w.keepIfTree(oh, or)
			break
		}
	}
}

// monthDays hangs a day's number on the month before it when the parser
// made it an argument of the verb: "On Dec. 5 they set aside an earlier
// ruling" (5: obj of set, so "aside" could be no particle). A number of
// one or two digits right after a month (its abbreviation's dot between)
// that heads an oblique or modifier is the month's nmod:unmarked, as EWT
// has "Nov. 26"; a day that heads its month but counts a noun after it is
// an oblique.
func (m *Model) monthDays(w *work) {
	rNmod := m.relIndex("nmod:unmarked")
	if rNmod < 0 {
		return
	}
	for d := 2; d <= len(w.forms); d++ {
		f := w.forms[d-1]
		if len(f) > 2 || f[0] < '0' || f[0] > '9' || m.upos[w.tags[d-1]] != "NUM" {
			continue
		}
		mo := d - 1
		if w.forms[mo-1] == "." && mo > 1 {
			mo--
		}
		if mo == d || !monthWord(w.forms[mo-1]) || w.heads[d] == mo {
			continue
		}
		if w.heads[mo] == d {
			// The day heads the date, but counts a noun further on: "on
			// Dec. 9 by 234 votes" (9: nummod of votes). The date is then
			// an oblique of what that noun hangs on.
			if n := w.heads[d]; m.rels[w.rels[d]] == "nummod" && n > d+1 && w.heads[n] > 0 && m.upos[w.tags[w.heads[n]-1]] == "VERB" {
				if rObl := m.relIndex("obl"); rObl >= 0 {
					w.rehang(d, w.heads[n], rObl)
				}
			}
			continue
		}
		if w.hasDep(d, func(int) bool { return true }) {
			continue
		}
		switch m.rels[w.rels[d]] {
		case "obj", "nsubj", "iobj", "obl", "obl:unmarked", "nummod":
		default:
			continue
		}
		if r := m.rels[w.rels[mo]]; !strings.HasPrefix(r, "obl") && !strings.HasPrefix(r, "nmod") {
			continue
		}
		w.rehang(d, mo, rNmod)
	}
}

// monthWord reports whether f names a month, in full or abbreviated and
// capitalized.
func monthWord(f string) bool {
	l := strings.TrimSuffix(strings.ToLower(f), ".")
	if f == "" || f[0] < 'A' || f[0] > 'Z' {
		return false
	}
	switch l {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december":
		return true
	}
	return monthAbbrev.Has(l)
}

// gerundNounNext are the words after which a gerund ends its noun phrase
// (articleGerunds).
var gerundNounNext = wordset.New("that", "which", "of", ".", "on", "in", "against", "by", "for", "from")

// relWordOrEnd are the words after which a gerund with a noun before it
// ends its noun phrase (articleGerunds).
var relWordOrEnd = wordset.New("that", "which", ".")

// frontedTimeCompound repairs a fronted day or month without a comma that
// the parser read as a compound of the subject after it: "On Saturday
// police arrested two owners" (Saturday: compound of police, police the
// verb's oblique with "On" its case). The time is the verb's oblique with
// its preposition, the noun the verb's subject, and a participle with
// that subject and no auxiliary a simple past. The same after a weekday
// for a name ("and on Friday Sadat threatened to leave"), and at the head
// of a clause after "and" or "but".
func (m *Model) frontedTimeCompound(w *work) {
	n := len(w.forms)
	for p := 1; p+3 <= n; p++ {
		if !strings.EqualFold(w.forms[p-1], "on") && !strings.EqualFold(w.forms[p-1], "in") {
			continue
		}
		// At the head of the sentence, or of a clause after "and" or
		// "but": "The talks had come close to collapse, and on Friday
		// Sadat threatened to leave".
		if p > 1 && w.lower(p-2) != "and" && w.lower(p-2) != "but" {
			continue
		}
		m.frontedTimeAt(w, p)
	}
}

// frontedTimeAt is frontedTimeCompound for the preposition at word p.
func (m *Model) frontedTimeAt(w *work, p int) {
	t := p + 1
	s := w.heads[t]
	if !w.timeAt(t-1) || timeHeads[w.lower(t-1)] || s <= t || s > t+3 || m.rels[w.rels[t]] != "compound" || w.heads[p] != s {
		return
	}
	switch u := m.upos[w.tags[s-1]]; {
	case u == "NOUN" && w.forms[s-1] == w.lower(s-1) && s == t+1:
	case u == "PROPN" && weekdays[w.lower(t-1)] && startsUpper(w.forms[s-1]) && w.allUnder(t+1, s-1, s, s):
		// "on Friday Sadat threatened": a name after a weekday
	default:
		return
	}
	v := w.heads[s]
	if v <= s || m.upos[w.tags[v-1]] != "VERB" || !strings.HasPrefix(m.rels[w.rels[s]], "obl") {
		return
	}
	if w.hasDep(v, func(k int) bool { return strings.HasPrefix(m.rels[w.rels[k]], "nsubj") }) {
		return
	}
	rObl, rCase, rSubj := m.relIndex("obl"), m.relIndex("case"), m.relIndex("nsubj")
	if rObl < 0 || rCase < 0 || rSubj < 0 {
		return
	}
	old := slices.Clone(w.heads)
	oldR := slices.Clone(w.rels)
	w.heads[t], w.rels[t] = v, rObl
	w.heads[p], w.rels[p] = t, rCase
	w.heads[s], w.rels[s] = v, rSubj
	if !w.tree() {
		copy(w.heads, old)
		copy(w.rels, oldR)
		return
	}
	if vbd := m.tagIndex("VERB", "VBD"); vbd >= 0 && m.xpos[w.tags[v-1]] == "VBN" && m.mayBePast(w, v, vbd) &&
		!w.hasDep(v, func(k int) bool { r := m.rels[w.rels[k]]; return r == "aux" || r == "aux:pass" }) {
		w.tags[v-1] = vbd
	}
}

// weekdays are the days' names, lower case.
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// yearNotRange repairs a year after its preposition that the parser read
// as the first number of a range with the amount after "to": "He was
// sentenced in 2011 to 15 years in prison" (2011 a nummod of "years", 15
// its nmod). The year is the verb's oblique, and "to" the case of the
// amount's noun, with the number its nummod.
func (m *Model) yearNotRange(w *work) {
	rObl, rCase, rNum := m.relIndex("obl"), m.relIndex("case"), m.relIndex("nummod")
	if rObl < 0 || rCase < 0 || rNum < 0 {
		return
	}
	n := len(w.forms)
	for y := 2; y+3 <= n; y++ {
		if !yearLike(w.forms[y-1]) || !strings.EqualFold(w.forms[y], "to") || m.upos[w.tags[y+1]] != "NUM" || yearLike(w.forms[y+1]) {
			continue
		}
		switch w.lower(y - 2) {
		case "in", "since", "by", "during":
		default:
			continue
		}
		to, num, noun := y+1, y+2, y+3
		if u := m.upos[w.tags[noun-1]]; u != "NOUN" {
			continue
		}
		v := w.heads[noun] // the verb above the amount
		for steps := 0; v > 0 && m.upos[w.tags[v-1]] != "VERB" && steps < 4; steps++ {
			v = w.heads[v]
		}
		if v <= 0 || m.upos[w.tags[v-1]] != "VERB" || v > y {
			continue
		}
		old, oldR := slices.Clone(w.heads), slices.Clone(w.rels)
		w.heads[y], w.rels[y] = v, rObl
		w.heads[y-1], w.rels[y-1] = y, rCase
		w.heads[to], w.rels[to] = noun, rCase
		w.heads[num], w.rels[num] = noun, rNum
		w.heads[noun], w.rels[noun] = v, rObl
		if !w.tree() {
			copy(w.heads, old)
			copy(w.rels, oldR)
		}
	}
}

// perfectAux are the auxiliaries of the perfect.
var perfectAux = map[string]bool{"have": true, "has": true, "had": true}

// restrictiveRelatives parses a statement again without the relative
// clause that ends its subject when no commas set that clause off ("A
// jetliner that lost power in both engines after striking a flock of
// geese made an emergency landing"): the greedy parser, reading the
// clause's last noun and the statement's verb side by side, makes the
// verb a participle of that noun ("geese made") and the subject an
// oblique of some later word. The subject is the sentence's first words
// (up to eight: determiners, adjectives, numbers and nouns, a noun last),
// then "that", "who" or "which" and a verb, or a present participle ("An
// Air France Concorde carrying German tourists crashed": the participle's
// phrase is grafted as acl). When the tree does not make
// the subject's head the subject of a verb after that one, the first
// word after the clause that the tagger may read as a finite verb or
// participle, right after a noun, number or pronoun and within sixteen
// words with no comma before it, is tried as the statement's verb: the
// statement without the clause and the clause alone are each parsed as
// sentences, and only when the first makes the subject's head the subject
// of that verb (or of a verb within three words after it, through
// auxiliaries and adverbs) is the clause's root grafted on it as
// acl:relcl, its relative word the clause's subject (or object, when the
// clause has a subject of its own).
func (m *Model) restrictiveRelatives(words []Word) {
	n := len(words)
	if n < 8 {
		return
	}
	a := -1 // the relative word, or the participle
	participle := false
	for k := 0; k < n && k <= 8; k++ {
		l := strings.ToLower(words[k].Form)
		if l == "that" || l == "who" || l == "which" {
			a = k
			break
		}
		if words[k].XPOS == "VBG" && k > 1 && words[0].UPOS == "DET" && words[k].Rel != "amod" && words[k].Rel != "compound" {
			// "An Air France Concorde carrying German tourists crashed"
			// (not "IMF managing director ...": a modifier)
			a, participle = k, true
			break
		}
		switch words[k].UPOS {
		case "DET", "ADJ", "NUM", "NOUN", "PROPN":
		case "PRON":
			if words[k].Rel != "nmod:poss" {
				return
			}
		case "PUNCT":
			if words[k].Form != "-" {
				return
			}
		case "ADP":
			if !strings.EqualFold(words[k].Form, "of") || k == 0 {
				return
			}
		default:
			return
		}
	}
	if a < 1 || a+3 >= n {
		return
	}
	if u := words[a-1].UPOS; u != "NOUN" && u != "PROPN" {
		return
	}
	if u := words[a+1].UPOS; !participle && u != "VERB" && u != "AUX" {
		return
	}
	head := 0 // the subject's head (1-based): its one word that hangs outside it
	for k := 0; k < a; k++ {
		if hd := words[k].Head; hd <= 0 || hd > a {
			if head != 0 {
				return
			}
			head = k + 1
		}
	}
	if head == 0 {
		return
	}
	if hd := words[head-1].Head; strings.HasPrefix(words[head-1].Rel, "nsubj") && hd > a+2 {
		if u := words[hd-1].UPOS; u == "VERB" || u == "AUX" || u == "ADJ" {
			return // the tree has it
		}
	}
	v := -1
	for k := a + 3; k < n && k <= a+16; k++ {
		if words[k].UPOS == "PUNCT" {
			if words[k].Form == "-" {
				continue
			}
			return
		}
		switch words[k].XPOS {
		case "VBD", "VBN", "VBZ", "VBP", "MD":
		default:
			continue
		}
		switch words[k-1].UPOS {
		case "NOUN", "PROPN", "NUM":
		case "PRON":
			if relativeWords[strings.ToLower(words[k-1].Form)] {
				continue
			}
		default:
			continue
		}
		v = k
		break
	}
	if v < 0 {
		return
	}
	shift := v - a
	reduced := make([]Word, 0, n-shift)
	reduced = append(reduced, words[:a]...)
	reduced = append(reduced, words[v:]...)
	m.Annotate(reduced)
	sh := reduced[head-1]
	if !strings.HasPrefix(sh.Rel, "nsubj") || sh.Head <= a || sh.Head > a+4 {
		return
	}
	for k := a; k < sh.Head-1; k++ {
		if u := reduced[k].UPOS; u != "AUX" && u != "ADV" && u != "PART" {
			return
		}
	}
	if u := reduced[sh.Head-1].UPOS; u != "VERB" && u != "AUX" && u != "ADJ" {
		return
	}
	clause := slices.Clone(words[a:v])
	m.Annotate(clause)
	cr := 0
	for k := range clause {
		if clause[k].Head == 0 {
			cr = k + 1
		}
	}
	if cr <= 1 && !participle || participle && cr != 1 {
		return
	}
	if u := clause[cr-1].UPOS; u != "VERB" && u != "AUX" && u != "ADJ" {
		return
	}
	before := slices.Clone(words)
	writeReduced(words, reduced, a, shift)
	ownSubject := false
	for k := 1; k < len(clause); k++ {
		if clause[k].Head == cr && strings.HasPrefix(clause[k].Rel, "nsubj") {
			ownSubject = true
		}
	}
	for k := range clause {
		wd := clause[k]
		if wd.Head == 0 {
			wd.Head, wd.Rel = head, "acl:relcl"
			if participle {
				wd.Rel = "acl"
			}
		} else {
			wd.Head += a
		}
		words[a+k] = wd
	}
	if participle {
		if !isTree(words) {
			copy(words, before)
		}
		return
	}
	rw := &words[a]
	rw.Head = a + cr
	rw.UPOS, rw.Feats = "PRON", "PronType=Rel"
	if strings.EqualFold(rw.Form, "who") {
		rw.XPOS = "WP"
	} else {
		rw.XPOS = "WDT"
	}
	rw.Rel = "nsubj"
	if ownSubject {
		rw.Rel = "obj"
	}
	if !isTree(words) {
		copy(words, before)
	}
}

// andClauses repairs a statement coordinated after ", and" with a fronted
// phrase before its subject ("The company admitted on Sunday that it had
// manipulated the tests, and on Tuesday it said that ..."), which the
// parser rooted on the second verb, with the first clause's verb as its
// adverbial or complement and the fronted phrase a conjunct inside the
// first clause. When the root comes after ", and", has a subject of its
// own after the comma, and a finite verb before the comma with a subject
// of its own and no subordinator hangs on it as advcl, ccomp or parataxis,
// the first verb becomes the root, the second its conj (the comma and
// "and" on it), the words between "and" and the second verb that hang
// before the comma hang on the second verb (a noun with a preposition
// as obl), and what else hung on the second verb before the comma hangs
// on the first. Nothing changes when the result would be no tree.
func (m *Model) andClauses(words []Word) {
	n := len(words)
	root := -1
	for i := range words {
		if words[i].Head == 0 {
			root = i
		}
	}
	if root < 4 || n < 8 {
		return
	}
	k := -1 // "and"
	for i := 2; i < root; i++ {
		if strings.EqualFold(words[i].Form, "and") && words[i-1].Form == "," {
			k = i
		}
	}
	if k < 0 {
		return
	}
	for i := k + 1; i < root; i++ {
		if words[i].Form == "," || words[i].UPOS == "VERB" || words[i].UPOS == "AUX" {
			return // a report after a clause of its own: "..., and all 155 people were rescued, officials said"
		}
	}
	if !hasDependent(words, root, "nsubj") {
		return
	}
	for i := range words {
		if words[i].Head == root+1 && strings.HasPrefix(words[i].Rel, "nsubj") && i < k {
			return // its subject before the comma: one clause
		}
	}
	v := -1
	for i := 0; i < k-1; i++ {
		if words[i].Head != root+1 {
			continue
		}
		switch words[i].Rel {
		case "advcl", "ccomp", "parataxis":
		default:
			continue
		}
		switch words[i].XPOS {
		case "VBD", "VBZ", "VBP":
		default:
			continue
		}
		if !hasDependent(words, i, "nsubj") || hasDependent(words, i, "mark") {
			continue
		}
		v = i
	}
	if v < 0 {
		return
	}
	before := slices.Clone(words)
	for i := range words {
		if i == v || i == root {
			continue
		}
		h := words[i].Head - 1
		switch {
		case i > k && i < root && (h < k || h > root) && h != root:
			// the fronted phrase after "and": the second verb's
			words[i].Head = root + 1
			if u := words[i].UPOS; (u == "NOUN" || u == "PROPN" || u == "NUM") && hasDependent(words, i, "case") {
				words[i].Rel = "obl"
			}
		case i < k-1 && h == root:
			words[i].Head = v + 1 // what hung on the second verb before the comma
		case i > root && h == root && words[i].UPOS == "PUNCT" && i == n-1:
			words[i].Head = v + 1 // the full stop
		}
	}
	words[v].Head, words[v].Rel = 0, "root"
	words[root].Head, words[root].Rel = v+1, "conj"
	words[k].Head, words[k].Rel = root+1, "cc"
	words[k-1].Head, words[k-1].Rel = root+1, "punct"
	if !isTree(words) {
		copy(words, before)
	}
}

// thatClauses repairs a complement clause whose "that" (tagged a
// subordinator) the parser made the verb's object or subject and whose
// subject it hung on "that" ("A company spokesman denied that the
// investigation involved the bank's accounts": "that" obj, "investigation"
// its appos, "involved" a participle of it). When "that", so labelled on
// a verb, is followed by a noun phrase (determiners, adjectives, numbers,
// nouns, possessives, "of") and then a finite verb or modal within eight
// words, the verb is the clause's head (ccomp of that verb), "that" its
// mark and the phrase's head its subject. Nothing changes when the result
// would be no tree.
func (m *Model) thatClauses(words []Word) {
	n := len(words)
	for i := 0; i+2 < n; i++ {
		w := words[i]
		if !strings.EqualFold(w.Form, "that") || w.XPOS != "IN" || w.Head <= 0 {
			continue
		}
		switch w.Rel {
		case "obj", "nsubj", "appos", "dep", "obl", "nsubj:pass":
		default:
			continue
		}
		h := w.Head - 1
		if u := words[h].UPOS; u != "VERB" || h > i {
			continue
		}
		v := -1
		for k := i + 1; k < n && k <= i+8; k++ {
			x := words[k].XPOS
			if k > i+1 && (x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD" || x == "VBN" && hasDependent(words, k, "obj")) {
				v = k // (a participle with an object of its own is a past read as one: "involved the accounts")
				break
			}
			switch words[k].UPOS {
			case "DET", "ADJ", "NUM", "NOUN", "PROPN", "PART":
			case "PRON":
				if relativeWords[strings.ToLower(words[k].Form)] {
					k = n
				}
			case "ADP":
				if !strings.EqualFold(words[k].Form, "of") {
					k = n
				}
			default:
				k = n
			}
		}
		if v < 0 {
			continue
		}
		s := -1 // the phrase's head: its one word that hangs outside it
		for k := i + 1; k < v; k++ {
			if hd := words[k].Head - 1; hd < i+1 || hd >= v {
				if s >= 0 {
					s = -2
					break
				}
				s = k
			}
		}
		if s < 0 {
			continue
		}
		before := slices.Clone(words)
		for k := range words {
			if words[k].Head == i+1 && k != s {
				words[k].Head = v + 1 // what hung on "that"
			}
		}
		words[s].Head, words[s].Rel = v+1, "nsubj"
		words[v].Head, words[v].Rel = h+1, "ccomp"
		words[i].Head, words[i].Rel = v+1, "mark"
		if words[v].XPOS == "VBN" {
			words[v].XPOS, words[v].Feats = "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"
		}
		if !isTree(words) {
			copy(words, before)
		}
	}
}

// hasDependent reports whether word k (0-based) has a dependent with
// relation rel or one of its subtypes ("nsubj" also finds "nsubj:pass").
func hasDependent(words []Word, k int, rel string) bool {
	for i := range words {
		if words[i].Head == k+1 && (words[i].Rel == rel || strings.HasPrefix(words[i].Rel, rel+":")) {
			return true
		}
	}
	return false
}
