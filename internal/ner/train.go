package ner

import (
	"fmt"
	"io"
	"math/rand"
)

// TrainSentence is one annotated sentence: its tokens and its gold phrases
// (token spans with a type from Types).
type TrainSentence struct {
	Tokens []string
	Spans  []Span
}

// TrainOptions control Train.
type TrainOptions struct {
	Epochs int   // passes over the training data (default 10)
	Cutoff int   // keep features seen at least this often in the gold data (default 1)
	Seed   int64 // seed of the document order shuffle of each epoch
	// LexiconMin: lower-case words seen at least this often in lower case
	// (not sentence-initial) in the training text form the model's
	// lexicon of common words (default 3).
	LexiconMin int
	// PruneShare and PruneMin shape the tag dictionary (see
	// pruneDictOf): forms without upper-case letters seen at least
	// PruneMin times (default 1) and inside names in less than
	// PruneShare of their occurrences (default 0.05) are labeled O
	// without being scored. A negative PruneShare leaves every token
	// free.
	PruneShare float64
	PruneMin   int
	// Log receives one line per epoch; nil discards.
	Log io.Writer
	// AfterEpoch, when set, is called with the averaged model after each
	// epoch (to print a development score).
	AfterEpoch func(epoch int, t *Tagger)
}

// goldLabels converts phrases to BILOU labels; phrases of unknown type,
// overlapping or out of range are dropped.
func goldLabels(n int, spans []Span) ([]int, error) {
	labels := make([]int, n)
	for _, s := range spans {
		typ := typeIndex(s.Type)
		if typ < 0 {
			return nil, fmt.Errorf("unknown entity type %q", s.Type)
		}
		if s.Start < 0 || s.End > n || s.Start >= s.End {
			return nil, fmt.Errorf("span [%d,%d) outside a sentence of %d tokens", s.Start, s.End, n)
		}
		free := true
		for i := s.Start; i < s.End; i++ {
			if labels[i] != 0 {
				free = false
			}
		}
		if !free {
			return nil, fmt.Errorf("overlapping spans at [%d,%d)", s.Start, s.End)
		}
		if s.End-s.Start == 1 {
			labels[s.Start] = label(typ, posU)
			continue
		}
		labels[s.Start] = label(typ, posB)
		for i := s.Start + 1; i < s.End-1; i++ {
			labels[i] = label(typ, posI)
		}
		labels[s.End-1] = label(typ, posL)
	}
	return labels, nil
}

func typeIndex(t string) int {
	for i, x := range Types {
		if x == t {
			return i
		}
	}
	return -1
}

// trainDoc is a document prepared for training: static feature rows per
// token (flat, with offsets), gold labels per sentence.
type trainDoc struct {
	in   *docInput
	gold [][]int
	rows [][]int32 // per sentence: feature rows of all tokens, concatenated
	offs [][]int32 // per sentence: start of token i's rows in rows (len n+1)
}

// Train fits an averaged structured perceptron over BILOU labels with
// first-order Viterbi decoding (Collins 2002). Each training document is
// decoded with the current weights, sentence by sentence, and the
// history features (labels given earlier in the document) come from these
// predictions, as they will when tagging new text. Training is
// deterministic for a given input and options.
func Train(docs [][]TrainSentence, opt TrainOptions) (*Tagger, error) {
	opt = trainDefaults(opt)
	logf := func(format string, a ...any) {
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, format, a...)
		}
	}
	m0 := &model{lex: lexiconOf(docs, opt.LexiconMin)}
	if opt.PruneShare > 0 {
		m0.outside = pruneDictOf(docs, opt.PruneMin, opt.PruneShare)
	}
	tds, counts, err := prepareTrainDocs(docs, m0)
	if err != nil {
		return nil, err
	}
	m := featureModel(counts, opt.Cutoff, m0)
	logf("lexicon %d common lower-case words; tag dictionary %d forms\n", len(m.lex), len(m.outside))
	logf("features %d (cutoff %d), documents %d\n", len(m.keys), opt.Cutoff, len(docs))
	staticRows(tds, m)

	p := &perceptron{m: m, u: make([]float64, len(m.w)), c: 1}
	order := make([]int, len(tds))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(opt.Seed))
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		mistakes, total := p.epoch(tds, order)
		logf("epoch %d: token errors %d / %d (%.2f%%)\n", epoch, mistakes, total, 100*float64(mistakes)/float64(total))
		if opt.AfterEpoch != nil || epoch == opt.Epochs {
			t := &Tagger{m: p.averaged()}
			if opt.AfterEpoch != nil {
				opt.AfterEpoch(epoch, t)
			}
			if epoch == opt.Epochs {
				return t, nil
			}
		}
	}
	panic("unreachable")
}

// trainDefaults fills in the options left at zero: 10 epochs, cutoff 1,
// lexicon words seen 3 times, a tag dictionary of forms seen once and
// inside names less than 5% of the time.
func trainDefaults(opt TrainOptions) TrainOptions {
	if opt.Epochs <= 0 {
		opt.Epochs = 10
	}
	if opt.Cutoff <= 0 {
		opt.Cutoff = 1
	}
	if opt.LexiconMin <= 0 {
		opt.LexiconMin = 3
	}
	if opt.PruneShare == 0 {
		opt.PruneShare = 0.05
	}
	if opt.PruneMin <= 0 {
		opt.PruneMin = 1
	}
	return opt
}

// prepareTrainDocs prepares the documents for training (their gold labels
// and token analyses, with m0's lexicon and tag dictionary) and counts the
// features of the gold data.
func prepareTrainDocs(docs [][]TrainSentence, m0 *model) ([]*trainDoc, map[uint64]int32, error) {
	tds := make([]*trainDoc, len(docs))
	counts := map[uint64]int32{}
	var keys []uint64
	for di, doc := range docs {
		sents := make([][]string, len(doc))
		td := &trainDoc{gold: make([][]int, len(doc))}
		for si, s := range doc {
			sents[si] = s.Tokens
			g, err := goldLabels(len(s.Tokens), s.Spans)
			if err != nil {
				return nil, nil, fmt.Errorf("document %d, sentence %d: %w", di+1, si+1, err)
			}
			td.gold[si] = g
		}
		td.in = m0.prepare(sents, nil)
		for si, ts := range td.in.toks {
			for i := range ts {
				keys = staticFeatures(keys[:0], ts, td.in.infos[si], i, td.in.head[si])
				keys = dynamicFeatures(keys, ts, i)
				for _, k := range keys {
					counts[k]++
				}
			}
			record(ts, td.gold[si])
		}
		td.in.stats.resetHistory()
		tds[di] = td
	}
	return tds, counts, nil
}

// featureModel returns a zero model over the features counted at least
// cutoff times, in key order, with m0's lexicon and tag dictionary.
func featureModel(counts map[uint64]int32, cutoff int, m0 *model) *model {
	sorted := make([]uint64, 0, len(counts))
	for k, c := range counts {
		if int(c) >= cutoff {
			sorted = append(sorted, k)
		}
	}
	sortKeys(sorted)
	m := &model{index: newTable(len(sorted)), keys: sorted, lex: m0.lex, outside: m0.outside}
	for i, k := range sorted {
		m.index.put(k, int32(i))
	}
	m.w = make([]float32, len(sorted)*nLabels)
	return m
}

// staticRows computes each token's static feature rows once.
func staticRows(tds []*trainDoc, m *model) {
	var keys []uint64
	for _, td := range tds {
		td.rows = make([][]int32, len(td.in.toks))
		td.offs = make([][]int32, len(td.in.toks))
		for si, ts := range td.in.toks {
			var rows []int32
			offs := make([]int32, len(ts)+1)
			for i := range ts {
				offs[i] = int32(len(rows))
				keys = staticFeatures(keys[:0], ts, td.in.infos[si], i, td.in.head[si])
				for _, k := range keys {
					if r := m.index.get(k); r >= 0 {
						rows = append(rows, r)
					}
				}
			}
			offs[len(ts)] = int32(len(rows))
			td.rows[si], td.offs[si] = rows, offs
		}
	}
}

// perceptron is the training state: the current weights (m), the running
// sums for averaging them (u for the features, ut for the transitions,
// each update weighted by the step c), and scratch for decoding.
type perceptron struct {
	m    *model
	u    []float64
	ut   [nLabels + 1][nLabels]float64
	c    float64
	sc   scratch
	dyn  [][]int32
	keys []uint64
}

// epoch decodes every sentence of the documents in the given order with
// the current weights and updates them where it errs. It returns the
// token errors and the tokens.
func (p *perceptron) epoch(tds []*trainDoc, order []int) (mistakes, total int) {
	for _, di := range order {
		td := tds[di]
		td.in.stats.resetHistory()
		for si := range td.in.toks {
			mi, n := p.sentence(td, si)
			mistakes += mi
			total += n
		}
	}
	return mistakes, total
}

// sentence scores the tokens of sentence si (static and dynamic feature
// rows), decodes them, updates the weights and records the predicted
// labels for the history features. One step of the average.
func (p *perceptron) sentence(td *trainDoc, si int) (mistakes, total int) {
	m, sc := p.m, &p.sc
	ts := td.in.toks[si]
	n := len(ts)
	sc.grow(n)
	if cap(p.dyn) < n {
		p.dyn = make([][]int32, n)
	}
	p.dyn = p.dyn[:n]
	dyn := p.dyn
	rows, offs := td.rows[si], td.offs[si]
	for i := 0; i < n; i++ {
		s := &sc.scores[i]
		*s = [nLabels]float32{}
		for _, r := range rows[offs[i]:offs[i+1]] {
			addRow(m.w, r, s)
		}
		p.keys = dynamicFeatures(p.keys[:0], ts, i)
		dyn[i] = dyn[i][:0]
		for _, k := range p.keys {
			if r := m.index.get(k); r >= 0 {
				dyn[i] = append(dyn[i], r)
				addRow(m.w, r, s)
			}
		}
	}
	m.viterbi(sc.scores, sc.delta, sc.labels)
	pred := sc.labels
	mistakes, total = p.update(td.gold[si], pred, n, rows, offs, dyn)
	record(ts, pred)
	p.c++
	return mistakes, total
}

// update moves the weights of a token's feature rows towards its gold
// label and away from the predicted one where they differ, and the
// transition weights where the label or the previous one differ.
func (p *perceptron) update(gold, pred []int, n int, rows, offs []int32, dyn [][]int32) (mistakes, total int) {
	m, u, ut, c := p.m, p.u, &p.ut, p.c
	for i := 0; i < n; i++ {
		total++
		pg, pp := nLabels, nLabels
		if i > 0 {
			pg, pp = gold[i-1], pred[i-1]
		}
		if gold[i] != pred[i] {
			mistakes++
			g, p := gold[i], pred[i]
			for _, rs := range [2][]int32{rows[offs[i]:offs[i+1]], dyn[i]} {
				for _, r := range rs {
					b := int(r) * nLabels
					m.w[b+g]++
					u[b+g] += c
					m.w[b+p]--
					u[b+p] -= c
				}
			}
		}
		if gold[i] != pred[i] || pg != pp {
			m.trans[pg][gold[i]]++
			ut[pg][gold[i]] += c
			m.trans[pp][pred[i]]--
			ut[pp][pred[i]] -= c
		}
	}
	return mistakes, total
}

// averaged returns the averaged model: the weights less their running
// sums over the steps.
func (p *perceptron) averaged() *model {
	m, u, c := p.m, p.u, p.c
	avg := &model{index: m.index, keys: m.keys, w: make([]float32, len(m.w)), temp: 1, lex: m.lex, outside: m.outside}
	for i := range m.w {
		avg.w[i] = m.w[i] - float32(u[i]/c)
	}
	for a := range m.trans {
		for b := range m.trans[a] {
			avg.trans[a][b] = m.trans[a][b] - float32(p.ut[a][b]/c)
		}
	}
	avg.vt = avg.vtabOf()
	return avg
}

func addRow(w []float32, r int32, s *[nLabels]float32) {
	row := w[int(r)*nLabels : int(r)*nLabels+nLabels]
	for l := range s {
		s[l] += row[l]
	}
}

// lexiconOf collects the words written in lower case, not at the start of a
// sentence, at least min times.
func lexiconOf(docs [][]TrainSentence, min int) lexicon {
	n := map[string]int{}
	for _, d := range docs {
		for _, s := range d {
			for i, w := range s.Tokens {
				if t, _ := analyze(w); i > 0 && t.lowerWord {
					n[w]++
				}
			}
		}
	}
	lex := lexicon{}
	for w, c := range n {
		if c >= min {
			lex[hashString(w)] = struct{}{}
		}
	}
	return lex
}
