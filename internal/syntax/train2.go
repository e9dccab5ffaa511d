package syntax

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"sync"

	"github.com/chronicle-news/chronicle/internal/learn"
)

// firstSent is a sentence as the first pass saw it, for the second pass to
// learn from: word information, first-pass tags and kept scores (all in
// the full lexicon's tag indices) and the gold tags.
type firstSent struct {
	ws   []wordInfo
	tags []int
	p    pass2
	gold []int
}

// ambOf is the hash of a tag set, as staticInfo computes it.
func ambOf(tags []int16) uint64 {
	h := uint64(fnvOffset)
	for _, t := range tags {
		h ^= uint64(t) + 1
		h *= fnvPrime
	}
	return h | 1
}

// foldFirst trains a lexicon and tagger on the sentences outside fold k
// and records the first pass on the sentences of fold k (every word with
// two candidates or more), in the full lexicon's tag indices (tagIndex).
func foldFirst(train []Sentence, k int, lx *Lexicon, tagIndex map[string]int, opt TrainOptions, out []firstSent, mu *sync.Mutex) {
	var in, held []int
	for i := range train {
		if i%opt.Folds == k {
			held = append(held, i)
		} else {
			in = append(in, i)
		}
	}
	sub := make([]Sentence, len(in))
	for j, i := range in {
		sub[j] = train[i]
	}
	flx := lexiconFor(sub, opt)
	ft := trainTagger(flx, append(sub, opt.News...), opt.TagEpochs, opt.Seed, opt.MinWeight, nil)
	fs := recordFirst(flx, ft, train, held, tagIndex, nTagsOf(lx))
	mu.Lock()
	for j, i := range held {
		out[i] = fs[j]
	}
	mu.Unlock()
}

func nTagsOf(lx *Lexicon) int { return len(lx.Tags) }

// recordFirst tags sentences idx of sents with tagger t (of lexicon flx)
// and returns their first-pass records in the indices of tagIndex.
func recordFirst(flx *Lexicon, t scorer, sents []Sentence, idx []int, tagIndex map[string]int, nTags int) []firstSent {
	fmap := make([]int16, len(flx.Tags))
	for i, tg := range flx.Tags {
		j, ok := tagIndex[tg]
		if !ok {
			j = -1
		}
		fmap[i] = int16(j)
	}
	var buf []uint64
	scores := make([]float32, len(flx.Tags))
	out := make([]firstSent, len(idx))
	inf := float32(math.Inf(1))
	for j, i := range idx {
		s := sents[i]
		ws := flx.info(forms(s), nil)
		tags := make([]int, len(ws))
		var p pass2
		p.reset(len(ws))
		tagFirst(t, len(flx.Tags), ws, tags, buf, scores, 0, &p, inf)
		fcands := make([][]int16, len(ws))
		for w := range ws {
			fcands[w] = ws[w].cands
		}
		fs := firstSent{ws: ws, tags: tags, gold: make([]int, len(ws))}
		fs.p.reset(len(ws))
		for w := range ws {
			tags[w] = int(max(fmap[tags[w]], 0))
			fs.gold[w] = -1
			if g, ok := tagIndex[s.Words[w].UPOS+"|"+s.Words[w].XPOS]; ok {
				fs.gold[w] = g
			}
			// Tag sets in the full lexicon's indices.
			remap := func(c []int16) []int16 {
				if c == nil {
					return nil
				}
				r := make([]int16, 0, len(c))
				for _, x := range c {
					if fmap[x] >= 0 {
						r = append(r, fmap[x])
					}
				}
				return r
			}
			ws[w].cands = remap(ws[w].cands)
			if ws[w].known {
				if e, ok := flx.Words[ws[w].low]; ok {
					ws[w].amb = ambOf(remap(e.Tags))
				}
			}
			if at := p.at[w]; at >= 0 {
				fs.p.at[w] = int32(len(fs.p.s))
				fs.p.margin[w] = p.margin[w]
				row := make([]float32, nTags)
				for k := range row {
					row[k] = float32(math.Inf(-1))
				}
				if c := fcands[w]; c == nil {
					for k, v := range p.s[at : int(at)+len(flx.Tags)] {
						if fmap[k] >= 0 {
							row[fmap[k]] = v
						}
					}
				} else {
					for k, x := range c {
						if fmap[x] >= 0 {
							row[fmap[x]] = p.s[int(at)+k]
						}
					}
				}
				fs.p.s = append(fs.p.s, row...)
			}
		}
		out[j] = fs
	}
	return out
}

// trainSecond learns the second pass's residual weights from first-pass
// records, on the words kept with a margin below theta.
func trainSecond(tags []string, recs []firstSent, epochs int, theta float32, seed uint64) *learn.Online {
	o := learn.NewOnline(tags)
	nTags := len(tags)
	order := make([]int, len(recs))
	for i := range order {
		order[i] = i
	}
	var buf []uint64
	scores := make([]float32, nTags)
	var cur []int
	for ep := 0; ep < epochs; ep++ {
		rng := rand.New(rand.NewPCG(seed, uint64(ep)+1000))
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			r := &recs[si]
			cur = append(cur[:0], r.tags...)
			tagAt := func(j int) uint64 {
				if j < 0 || j >= len(r.tags) {
					return 0
				}
				return uint64(r.tags[j]) + 1
			}
			for i := range r.ws {
				at := r.p.at[i]
				if at < 0 || !(r.p.margin[i] < theta) {
					continue
				}
				var p1 uint64
				if i > 0 {
					p1 = uint64(cur[i-1]) + 1
				}
				buf = secondFeatures(buf[:0], r.ws, i, p1, tagAt(i), tagAt(i+1), tagAt(i+2))
				o.Scores(buf, scores)
				s1 := r.p.s[at : int(at)+nTags]
				cands := r.ws[i].cands
				for k := range scores {
					scores[k] += s1[k]
				}
				pred := bestOf(scores, cands)
				g := r.gold[i]
				if g >= 0 && !math.IsInf(float64(s1[g]), -1) {
					o.Update(buf, g, pred)
				}
				o.Tick()
				cur[i] = pred
			}
		}
	}
	return o
}

// secondAccuracy scores first pass t plus second pass r (margin theta) on
// gold sentences: UPOS before and after, percent.
func secondAccuracy(lx *Lexicon, t, r scorer, sents []Sentence, theta float32) (before, after float64, kept int) {
	nTags := len(lx.Tags)
	scores := make([]float32, nTags)
	var buf []uint64
	var p pass2
	var ok1, ok2, n int
	for _, s := range sents {
		ws := lx.info(forms(s), nil)
		tags := make([]int, len(ws))
		p.reset(len(ws))
		tagFirst(t, nTags, ws, tags, buf, scores, 0, &p, theta)
		first := append([]int(nil), tags...)
		for i := range p.at {
			if p.at[i] >= 0 {
				kept++
			}
		}
		secondPass(r, nTags, ws, tags, &p, 0, buf, scores)
		for i, w := range s.Words {
			n++
			if upos(lx.Tags[first[i]]) == w.UPOS {
				ok1++
			}
			if upos(lx.Tags[tags[i]]) == w.UPOS {
				ok2++
			}
		}
	}
	return 100 * float64(ok1) / float64(n), 100 * float64(ok2) / float64(n), kept
}

func upos(t string) string {
	for i := 0; i < len(t); i++ {
		if t[i] == '|' {
			return t[:i]
		}
	}
	return t
}

// secondExperiments trains and scores second passes for the
// configurations in cfg ("theta:epochs,...": TrainOptions.SecondTrials),
// printing dev tune and held UPOS.
func secondExperiments(train []Sentence, lx *Lexicon, t *learn.Sparse, tagIndex map[string]int, opt TrainOptions, cfg string) {
	recs := make([]firstSent, len(train))
	var mu sync.Mutex
	var wg sync.WaitGroup
	sem := make(chan struct{}, opt.Workers)
	for k := 0; k < opt.Folds; k++ {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			foldFirst(train, k, lx, tagIndex, opt, recs, &mu)
		}()
	}
	wg.Wait()
	var ms []float64
	nw := 0
	for _, r := range recs {
		nw += len(r.ws)
		for i, at := range r.p.at {
			if at >= 0 {
				ms = append(ms, float64(r.p.margin[i]))
			}
		}
	}
	sort.Float64s(ms)
	fmt.Fprintf(opt.Log, "margins of %d decided words (of %d):", len(ms), nw)
	for _, q := range []float64{0.02, 0.05, 0.1, 0.2, 0.3, 0.5} {
		fmt.Fprintf(opt.Log, " %g%%: %.2f", 100*q, ms[int(q*float64(len(ms)))])
	}
	fmt.Fprintln(opt.Log)
	tune, held := Split(opt.Dev, "tune"), Split(opt.Dev, "held")
	{
		b1, _, _ := secondAccuracy(lx, t, learn.NewOnline(lx.Tags).Average(0, nil), tune, 0)
		b2, _, _ := secondAccuracy(lx, t, learn.NewOnline(lx.Tags).Average(0, nil), held, 0)
		fmt.Fprintf(opt.Log, "first pass: tune %.2f held %.2f\n", b1, b2)
	}
	for _, c := range strings.Split(cfg, ",") {
		var theta float64
		var ep int
		fmt.Sscanf(c, "%g:%d", &theta, &ep)
		o := trainSecond(lx.Tags, recs, ep, float32(theta), opt.Seed)
		r := o.Average(0, nil)
		b1, a1, k1 := secondAccuracy(lx, t, r, tune, float32(theta))
		b2, a2, k2 := secondAccuracy(lx, t, r, held, float32(theta))
		fmt.Fprintf(opt.Log, "second theta %g ep %d: tune %.2f -> %.2f (kept %d), held %.2f -> %.2f (kept %d), %d features\n", theta, ep, b1, a1, k1, b2, a2, k2, r.NumFeatures())
	}
}
