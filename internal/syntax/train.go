package syntax

import (
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/chronicle-news/chronicle/internal/learn"
)

// TrainOptions control Train. Zero values take the defaults in brackets.
type TrainOptions struct {
	TagEpochs   int     // tagger passes [10]
	ParseEpochs int     // parser passes [12]
	LabelEpochs int     // labeller passes [8]
	Folds       int     // jackknife folds for the parser's training tags [5]
	Explore     float64 // chance of following a wrong move from the second parser pass on [0.9]
	MinWeight   float64 // averaged weights at most this small are dropped [0; the shipped model: 1]
	Seed        uint64  // shuffles [1]
	Workers     int     // parallel trainings [2]
	// Aux, when set, becomes the lexicon's Aux entries (what other
	// resources say of words; see ReadCoNLL2003Lexicon).
	Aux map[string]string
	// WN and WNExc, when set, are WordNet's lemmas and irregular forms
	// (ReadWordNet).
	WN, WNExc map[string]uint8
	// News, when set, are tagged sentences without trees (CoNLL-2003's
	// Penn-tagged news: ReadCoNLL2003Sentences) that the taggers learn
	// from besides the treebank.
	News []Sentence
	// NewsDev, when set with Dev, is scored too (tagger passes): news
	// tagged by another tagger, an indication on text like the product's.
	NewsDev []Sentence
	// SecondMargin, when above 0, is the margin below which the tagger's
	// second pass decides a word again (30 was best on dev tune) [0: no
	// second pass], SecondEpochs the second pass's training passes [3].
	SecondMargin float64
	SecondEpochs int
	// SecondTrials, with TaggerOnly and Dev, trains and scores second
	// passes of these margins and passes ("30:3,40:5") on the tune and
	// held halves of Dev, from jackknifed first passes.
	SecondTrials string
	// TagSeeds is how many taggers (shuffled with seeds Seed, Seed+1, ...)
	// are trained and mixed (their weights' mean) into the one that
	// ships [1].
	TagSeeds int
	// TaggerOnly stops after the tagger (for tuning it).
	TaggerOnly bool
	// Dev, when set, is scored after every pass and printed to Log.
	Dev []Sentence
	Log io.Writer
}

func (o *TrainOptions) defaults() {
	if o.TagEpochs <= 0 {
		o.TagEpochs = 10
	}
	if o.ParseEpochs <= 0 {
		o.ParseEpochs = 12
	}
	if o.LabelEpochs <= 0 {
		o.LabelEpochs = 8
	}
	if o.Folds <= 1 {
		o.Folds = 5
	}
	if o.Explore == 0 {
		o.Explore = 0.9
	}
	if o.SecondEpochs <= 0 {
		o.SecondEpochs = 3
	}
	if o.TagSeeds <= 0 {
		o.TagSeeds = 1
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Workers <= 0 {
		o.Workers = 2
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
}

// Train learns the lexicon, tagger, parser and labeller from gold
// sentences. It is deterministic for the same sentences and options.
func Train(train []Sentence, opt TrainOptions) (*Trained, error) {
	opt.defaults()
	if len(train) == 0 {
		return nil, fmt.Errorf("syntax: no training sentences")
	}
	lx := lexiconFor(train, opt)
	tagIndex := map[string]int{}
	for i, t := range lx.Tags {
		tagIndex[t] = i
	}

	if opt.TaggerOnly {
		minW := opt.MinWeight
		if opt.TagSeeds > 1 {
			minW = 0 // pruned once mixed
		}
		t := trainTagger(lx, append(append([]Sentence(nil), train...), opt.News...), opt.TagEpochs, opt.Seed, minW, func(ep int, m *learn.Sparse) {
			if opt.Dev != nil {
				acc := tagAccuracy(lx, m, opt.Dev)
				fmt.Fprintf(opt.Log, "tagger pass %d: dev joint %.2f UPOS %.2f XPOS %.2f (%d features)", ep, acc[0], acc[1], acc[2], m.NumFeatures())
				if ep >= opt.TagEpochs-2 {
					at, ah := tagAccuracy(lx, m, Split(opt.Dev, "tune")), tagAccuracy(lx, m, Split(opt.Dev, "held"))
					fmt.Fprintf(opt.Log, "; UPOS tune %.2f held %.2f", at[1], ah[1])
				}
				if opt.NewsDev != nil {
					n := tagAccuracy(lx, m, opt.NewsDev)
					fmt.Fprintf(opt.Log, "; news dev UPOS %.2f XPOS %.2f", n[1], n[2])
				}
				fmt.Fprintln(opt.Log)
			}
		})
		if opt.TagSeeds > 1 {
			ms := []*learn.Sparse{t}
			for j := 1; j < opt.TagSeeds; j++ {
				ms = append(ms, trainTagger(lx, train, opt.TagEpochs, opt.Seed+uint64(j), 0, nil))
			}
			t = learn.MixModels(ms, opt.MinWeight, nil)
			if opt.Dev != nil {
				at, ah := tagAccuracy(lx, t, Split(opt.Dev, "tune")), tagAccuracy(lx, t, Split(opt.Dev, "held"))
				fmt.Fprintf(opt.Log, "mixed tagger of %d seeds: UPOS tune %.2f held %.2f (%d features)\n", opt.TagSeeds, at[1], ah[1], t.NumFeatures())
			}
		}
		if cfg := opt.SecondTrials; cfg != "" && opt.Dev != nil {
			secondExperiments(train, lx, t, tagIndex, opt, cfg)
		}
		return &Trained{Lex: lx, Tagger: t}, nil
	}

	var mu sync.Mutex // the log's, shared by the parallel trainings
	tagger, predTags, recs := jackknife(train, lx, tagIndex, opt, &mu)
	if opt.SecondMargin > 0 {
		// The second pass, learnt from the folds' first passes, joins the
		// tagger's weights; the first pass's scores stay the same.
		r := trainSecond(lx.Tags, recs, opt.SecondEpochs, float32(opt.SecondMargin), opt.Seed).Average(opt.MinWeight, nil)
		meta := append(append([]learn.Meta(nil), tagger.Meta...), learn.Meta{Key: metaSecondMargin, Values: []string{strconv.FormatFloat(opt.SecondMargin, 'g', -1, 64)}})
		tagger = learn.Merge(tagger, r, meta)
		if opt.Dev != nil {
			acc := tagAccuracy(lx, tagger, opt.Dev)
			fmt.Fprintf(opt.Log, "tagger with its second pass (%d features): dev joint %.2f UPOS %.2f XPOS %.2f\n", r.NumFeatures(), acc[0], acc[1], acc[2])
		}
	}
	correct, total := 0, 0
	for i, s := range train {
		for j, w := range s.Words {
			total++
			if predTags[i][j] == tagIndex[w.UPOS+"|"+w.XPOS] {
				correct++
			}
		}
	}
	fmt.Fprintf(opt.Log, "jackknifed training tags: %.2f%% right\n", 100*float64(correct)/float64(max(total, 1)))

	rels := relationsByFrequency(train)
	m := newModel(lx, tagger, nil, nil, rels)
	psents := make([]psent, len(train))
	for i, s := range train {
		psents[i] = m.psentence(s, predTags[i], rels)
	}
	var devTags [][]int
	if opt.Dev != nil {
		for _, s := range opt.Dev {
			ws := lx.info(forms(s), nil)
			tags := make([]int, len(ws))
			tagSentence(tagger, len(lx.Tags), ws, tags, nil, make([]float32, len(lx.Tags)))
			devTags = append(devTags, tags)
		}
	}
	parser, labeller := trainArcs(m, psents, rels, devTags, opt, &mu)
	return &Trained{Lex: lx, Tagger: tagger, Parser: parser, Labeller: labeller}, nil
}

// lexiconFor builds the lexicon of sents with the word lists of opt (Aux,
// WordNet).
func lexiconFor(sents []Sentence, opt TrainOptions) *Lexicon {
	lx := buildLexicon(sents)
	lx.Aux = opt.Aux
	lx.WN, lx.WNExc = opt.WN, opt.WNExc
	lx.finish() // again, with the word lists
	return lx
}

// jackknife trains, opt.Workers at a time, the tagger that ships (on
// every sentence) and one tagger per fold, and returns the shipped tagger
// and the jackknifed tags: each fold tagged by a tagger (and lexicon)
// trained on the other folds, so that the parser learns from tags as good
// as the ones it will see. mu guards the log.
func jackknife(train []Sentence, lx *Lexicon, tagIndex map[string]int, opt TrainOptions, mu *sync.Mutex) (*learn.Sparse, [][]int, []firstSent) {
	predTags := make([][]int, len(train))
	recs := make([]firstSent, len(train))
	sem := make(chan struct{}, opt.Workers)
	var wg sync.WaitGroup
	taggers := make([]*learn.Sparse, opt.TagSeeds)
	for k := 0; k < opt.Folds+opt.TagSeeds; k++ {
		wg.Add(1)
		sem <- struct{}{}
		go func(k int) {
			defer wg.Done()
			defer func() { <-sem }()
			if j := k - opt.Folds; j >= 0 {
				// The tagger that ships: every sentence, one training per
				// seed, mixed below.
				var prog func(int, *learn.Sparse)
				if opt.Dev != nil && j == 0 {
					prog = func(ep int, m *learn.Sparse) {
						acc := tagAccuracy(lx, m, opt.Dev)
						mu.Lock()
						fmt.Fprintf(opt.Log, "tagger pass %d: dev joint %.2f UPOS %.2f XPOS %.2f (%d features)\n", ep, acc[0], acc[1], acc[2], m.NumFeatures())
						mu.Unlock()
					}
				}
				minW := opt.MinWeight
				if opt.TagSeeds > 1 {
					minW = 0 // pruned once mixed
				}
				t := trainTagger(lx, append(append([]Sentence(nil), train...), opt.News...), opt.TagEpochs, opt.Seed+uint64(j), minW, prog)
				mu.Lock()
				taggers[j] = t
				mu.Unlock()
				return
			}
			foldTags(train, k, lx, tagIndex, opt, predTags, recs, mu)
		}(k)
	}
	wg.Wait()
	tagger := taggers[0]
	if len(taggers) > 1 {
		tagger = learn.MixModels(taggers, opt.MinWeight, nil)
		if opt.Dev != nil {
			acc := tagAccuracy(lx, tagger, opt.Dev)
			fmt.Fprintf(opt.Log, "mixed tagger of %d seeds: dev joint %.2f UPOS %.2f XPOS %.2f (%d features)\n", len(taggers), acc[0], acc[1], acc[2], tagger.NumFeatures())
		}
	}
	return tagger, predTags, recs
}

// foldTags trains a lexicon and tagger on the sentences outside fold k
// and writes the tags it gives the sentences of fold k into predTags (as
// indexes of the full lexicon's tags, tagIndex). mu guards predTags and
// the log.
func foldTags(train []Sentence, k int, lx *Lexicon, tagIndex map[string]int, opt TrainOptions, predTags [][]int, recs []firstSent, mu *sync.Mutex) {
	foldFirst(train, k, lx, tagIndex, opt, recs, mu)
	mu.Lock()
	for i := range train {
		if i%opt.Folds == k {
			predTags[i] = recs[i].tags
		}
	}
	fmt.Fprintf(opt.Log, "jackknife fold %d/%d tagged\n", k+1, opt.Folds)
	mu.Unlock()
}

// relationsByFrequency returns the dependency relations of the training
// sentences, most frequent first (ties in alphabetical order).
func relationsByFrequency(train []Sentence) []string {
	relCount := map[string]int{}
	for _, s := range train {
		for _, w := range s.Words {
			relCount[w.Rel]++
		}
	}
	var rels []string
	for r := range relCount {
		rels = append(rels, r)
	}
	sort.Slice(rels, func(i, j int) bool {
		if relCount[rels[i]] != relCount[rels[j]] {
			return relCount[rels[i]] > relCount[rels[j]]
		}
		return rels[i] < rels[j]
	})
	return rels
}

// trainArcs trains the parser and the labeller side by side on the
// sentences with their jackknifed tags, scoring each pass on the dev set
// (with its predicted tags, devTags) when there is one. mu guards the log.
func trainArcs(m *Model, psents []psent, rels []string, devTags [][]int, opt TrainOptions, mu *sync.Mutex) (parser, labeller *learn.Sparse) {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		var prog func(int, *learn.Sparse)
		if opt.Dev != nil {
			prog = func(ep int, p *learn.Sparse) {
				uas := m.uas(p, opt.Dev, devTags)
				mu.Lock()
				fmt.Fprintf(opt.Log, "parser pass %d: dev UAS %.2f (predicted tags, %d features)\n", ep, uas, p.NumFeatures())
				mu.Unlock()
			}
		}
		parser = trainParser(psents, opt.ParseEpochs, opt.Explore, opt.Seed, opt.MinWeight, prog)
	}()
	go func() {
		defer wg.Done()
		var prog func(int, *learn.Sparse)
		if opt.Dev != nil {
			prog = func(ep int, l *learn.Sparse) {
				acc := m.labelAccuracy(l, opt.Dev, devTags, rels)
				mu.Lock()
				fmt.Fprintf(opt.Log, "labeller pass %d: dev label accuracy on gold arcs %.2f (%d features)\n", ep, acc, l.NumFeatures())
				mu.Unlock()
			}
		}
		labeller = trainLabeller(m, psents, rels, opt.LabelEpochs, opt.Seed, opt.MinWeight, prog)
	}()
	wg.Wait()
	return parser, labeller
}

func forms(s Sentence) []string {
	out := make([]string, len(s.Words))
	for i, w := range s.Words {
		out[i] = w.Form
	}
	return out
}

// psent is a training sentence as the parser and labeller see it.
type psent struct {
	words []pword // with the root at 0
	gold  []int   // projective gold heads (training the parser)
	heads []int   // gold heads as annotated (training the labeller)
	rels  []int
}

func (m *Model) psentence(s Sentence, tags []int, rels []string) psent {
	relIndex := map[string]int{}
	for i, r := range rels {
		relIndex[r] = i
	}
	ws := m.Lex.info(forms(s), nil)
	p := psent{words: make([]pword, len(ws)+1), heads: make([]int, len(ws)+1), rels: make([]int, len(ws)+1)}
	p.words[0] = pword{w: hashString("<root>"), t: 1 << 30, u: 1 << 30}
	p.heads[0] = -1
	for i := range ws {
		p.words[i+1] = pword{w: ws[i].lowH, t: uint64(tags[i]) + 1, u: m.uidx[tags[i]]}
		p.heads[i+1] = s.Words[i].Head
		p.rels[i+1] = relIndex[s.Words[i].Rel]
	}
	p.gold = projectivize(p.heads)
	return p
}

// Word dropout: while the tagger trains, a word seen at most dropCount
// times in the treebank hides its identity (word features, tag
// dictionary) with this chance, so that affixes, shape, WordNet and
// context learn to tag words never seen. Measured on EWT dev (tagger
// alone, 6 passes): UPOS 94.15 without, 94.77 at 0.6 for words seen once,
// 95.04 at 0.8 for words seen at most twice (3 or 5 times: lower).
const (
	dropout   = 0.8
	dropCount = 2
)

var unkHash = hashString("<unk>")

func trainTagger(lx *Lexicon, sents []Sentence, epochs int, seed uint64, minW float64, progress func(int, *learn.Sparse)) *learn.Sparse {
	o := learn.NewOnline(lx.Tags)
	tagIndex := map[string]int{}
	for i, t := range lx.Tags {
		tagIndex[t] = i
	}
	infos := make([][]wordInfo, len(sents))
	gold := make([][]int, len(sents))
	for i, s := range sents {
		infos[i] = lx.info(forms(s), nil)
		gold[i] = make([]int, len(s.Words))
		for j, w := range s.Words {
			gold[i][j] = tagIndex[w.UPOS+"|"+w.XPOS]
		}
	}
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	var buf []uint64
	var scratch []wordInfo
	scores := make([]float32, len(lx.Tags))
	for ep := 0; ep < epochs; ep++ {
		rng := rand.New(rand.NewPCG(seed, uint64(ep)))
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			ws := infos[si]
			if dropout > 0 {
				// Rare words hide who they are now and then, so that
				// affixes, shape and context learn to tag unseen words.
				ws = append(scratch[:0], ws...)
				scratch = ws
				for i := range ws {
					if e, ok := lx.Words[ws[i].low]; ok && e.Count <= dropCount && rng.Float64() < dropout {
						ws[i].lowH, ws[i].formH = unkHash, unkHash
						ws[i].amb, ws[i].known, ws[i].fixed, ws[i].cands = 1, false, -1, lx.Open
					}
				}
			}
			var p1, p2 uint64
			for i := range ws {
				t := int(ws[i].fixed)
				if t < 0 {
					buf = tagFeatures(buf[:0], ws, i, p1, p2)
					o.Scores(buf, scores)
					// Every tag competes while training (keeping to the
					// word's candidates here cost 0.2 UPOS on dev).
					t, _ = learn.Argmax(scores)
					o.Update(buf, gold[si][i], t)
					o.Tick()
				}
				p2, p1 = p1, uint64(t)+1
			}
		}
		if progress != nil && ep < epochs-1 {
			progress(ep+1, o.Average(0, nil))
		}
	}
	m := o.Average(minW, nil)
	if progress != nil {
		progress(epochs, m)
	}
	return m
}

func trainParser(sents []psent, epochs int, explore float64, seed uint64, minW float64, progress func(int, *learn.Sparse)) *learn.Sparse {
	o := learn.NewOnline(moveNames)
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	var st state
	var buf []uint64
	scores := make([]float32, nMoves)
	var cost [nMoves]int
	for ep := 0; ep < epochs; ep++ {
		rng := rand.New(rand.NewPCG(seed, uint64(ep)+1000))
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			p := &sents[si]
			st.words = append(st.words[:0], p.words...)
			st.init(len(st.words) - 1)
			for !st.done() {
				buf = parseFeatures(buf[:0], &st)
				o.Scores(buf, scores)
				st.costs(p.gold, &cost)
				pred, best := -1, -1
				minCost := 1 << 30
				for mv := 0; mv < nMoves; mv++ {
					if cost[mv] >= 0 && cost[mv] < minCost {
						minCost = cost[mv]
					}
				}
				for mv := 0; mv < nMoves; mv++ {
					if cost[mv] < 0 {
						continue
					}
					if pred < 0 || scores[mv] > scores[pred] {
						pred = mv
					}
					if cost[mv] == minCost && (best < 0 || scores[mv] > scores[best]) {
						best = mv
					}
				}
				if cost[pred] > minCost {
					o.Update(buf, best, pred)
				}
				o.Tick()
				next := best
				if cost[pred] == minCost || (ep > 0 && rng.Float64() < explore) {
					next = pred
				}
				st.apply(next)
			}
		}
		if progress != nil {
			progress(ep+1, o.Average(minW, nil))
		}
	}
	return o.Average(minW, nil)
}

func trainLabeller(m *Model, sents []psent, rels []string, epochs int, seed uint64, minW float64, progress func(int, *learn.Sparse)) *learn.Sparse {
	o := learn.NewOnline(rels)
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	c := newLabelCtx(m.unams, rels)
	var buf []uint64
	scores := make([]float32, len(rels))
	root := -1
	for i, r := range rels {
		if r == "root" {
			root = i
		}
	}
	var pred []int
	for ep := 0; ep < epochs; ep++ {
		rng := rand.New(rand.NewPCG(seed, uint64(ep)+2000))
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			p := &sents[si]
			n := len(p.words) - 1
			c.prepare(n, p.heads)
			pred = grow(pred, n+1)
			for _, h := range c.order {
				for _, d := range c.kids[h] {
					if h == 0 {
						pred[d] = root
						continue
					}
					if c.punct(p.words[d].u) {
						pred[d] = c.punctRel
						continue
					}
					buf = c.labelFeatures(buf[:0], p.words, p.heads, pred, d)
					o.Scores(buf, scores)
					if root >= 0 {
						scores[root] = -1e30
					}
					best, _ := learn.Argmax(scores)
					o.Update(buf, p.rels[d], best)
					o.Tick()
					pred[d] = best
				}
			}
		}
		if progress != nil {
			progress(ep+1, o.Average(minW, nil))
		}
	}
	return o.Average(minW, nil)
}

// tagAccuracy returns joint, UPOS and XPOS accuracy (percent) on gold
// sentences.
func tagAccuracy(lx *Lexicon, m scorer, sents []Sentence) [3]float64 {
	var ws []wordInfo
	scores := make([]float32, len(lx.Tags))
	var ok [3]int
	n := 0
	var unk, unkOK, fixN, fixOK int
	defer func() {
		if os.Getenv("SYNTAX_DEBUG") != "" {
			fmt.Fprintf(os.Stderr, "  unknown words %d, UPOS right %.2f; fixed %d right %.2f\n", unk, 100*float64(unkOK)/float64(max(unk, 1)), fixN, 100*float64(fixOK)/float64(max(fixN, 1)))
		}
	}()
	for _, s := range sents {
		ws = lx.info(forms(s), ws)
		tags := make([]int, len(ws))
		tagSentence(m, len(lx.Tags), ws, tags, nil, scores)
		for i, w := range s.Words {
			u, x, _ := strings.Cut(lx.Tags[tags[i]], "|")
			n++
			if u == w.UPOS && x == w.XPOS {
				ok[0]++
			}
			if u == w.UPOS {
				ok[1]++
			}
			if !ws[i].known {
				unk++
				if u == w.UPOS {
					unkOK++
				} else if os.Getenv("SYNTAX_DEBUG") == "2" {
					fmt.Fprintf(os.Stderr, "UNK %s %s>%s\n", w.Form, w.UPOS, u)
				}
			}
			if ws[i].fixed >= 0 {
				fixN++
				if u == w.UPOS {
					fixOK++
				}
			}
			if x == w.XPOS {
				ok[2]++
			}
		}
	}
	var out [3]float64
	for i := range out {
		out[i] = 100 * float64(ok[i]) / float64(max(n, 1))
	}
	return out
}

// uas parses gold sentences (with the given tags) and returns the
// unlabelled attachment score.
func (m *Model) uas(p scorer, sents []Sentence, tags [][]int) float64 {
	var st state
	var buf []uint64
	scores := make([]float32, nMoves)
	ok, n := 0, 0
	w := &work{}
	for i, s := range sents {
		w.info = m.Lex.info(forms(s), w.info)
		m.fillWords(w, tags[i])
		st.words = w.st.words
		parseSentence(p, &st, buf, scores)
		for j, wd := range s.Words {
			n++
			if st.words[j+1].head == wd.Head {
				ok++
			}
		}
	}
	return 100 * float64(ok) / float64(max(n, 1))
}

// labelAccuracy names the gold arcs of dev sentences (with the given
// tags) and returns the share named right (universal relation).
func (m *Model) labelAccuracy(l scorer, sents []Sentence, tags [][]int, rels []string) float64 {
	c := newLabelCtx(m.unams, rels)
	scores := make([]float32, len(rels))
	root := -1
	for i, r := range rels {
		if r == "root" {
			root = i
		}
	}
	ok, n := 0, 0
	w := &work{}
	for i, s := range sents {
		w.info = m.Lex.info(forms(s), w.info)
		m.fillWords(w, tags[i])
		heads := make([]int, len(s.Words)+1)
		heads[0] = -1
		for j, wd := range s.Words {
			heads[j+1] = wd.Head
		}
		out := make([]int, len(heads))
		c.labelSentence(l, len(rels), w.st.words, heads, out, nil, scores, root)
		for j, wd := range s.Words {
			n++
			if Universal(rels[out[j+1]]) == Universal(wd.Rel) {
				ok++
			}
		}
	}
	return 100 * float64(ok) / float64(max(n, 1))
}
