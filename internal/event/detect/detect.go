// Package detect finds TimeML EVENT mentions: every eventive verb, noun and
// adjective, one token each, with its TimeML class. It is a token
// classifier (an averaged perceptron, internal/learn) over features of the
// tokens alone: the word, a crude stem, affixes, shape, capitalization,
// closed-class cues (auxiliary, modal, "to", determiner, preposition...)
// and the same for two words on each side. The model is trained on the
// TimeBank and AQUAINT parts of TBAQ-cleaned (cmd/train) and embedded.
package detect

import (
	_ "embed"
	"fmt"
	"runtime"
	"strconv"
	"sync"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/learn"
	"github.com/chronicle-news/chronicle/internal/text"
)

// Labels are the classes the model chooses from; O is "not an event".
var Labels = []string{"O", "OCCURRENCE", "REPORTING", "STATE", "I_ACTION", "I_STATE", "ASPECTUAL", "PERCEPTION"}

// Mention is one event mention: the span of its token, the text, the
// TimeML class, the sentence index and the model's probability that the
// token is an event (1 - P(O) of the first stage's softmax, 0..1).
type Mention struct {
	document.Span
	Text     string
	Class    string
	Sentence int
	Score    float64
}

// metaSkip lists the words the trainer saw often and never as an event;
// they are not scored (they are mostly function words).
const (
	metaSkip = "skip"
	// metaWarm lists frequent word forms whose caches Detect fills
	// ahead, so that even a first document finds them ready.
	metaWarm    = "warm"
	metaVersion = "features"
	// MetaBias names the model's O bias (see WithBias), set by the trainer.
	MetaBias = "obias"
	// MetaTemperature names the softmax temperature that turns label scores
	// into Mention.Score, chosen by the trainer on held-out data.
	MetaTemperature = "temperature"
	// MetaCascade names the margin by which O must lead on a token's
	// cached (word and context) weights for Detect to skip looking up its
	// neighbour conjunctions: a speed setting. At 60 the 5-fold CV output
	// of TBAQ is the same event for event as without it (0: off), and
	// about 37% of the scored tokens skip the lookups; at 40, 60% skip and
	// 7 of 11346 CV events change.
	MetaCascade = "cascade"
	// CascadeMargin is the MetaCascade value TrainModel stores.
	CascadeMargin = 60
	// DefaultClassCascade is the second stage's cascade margin (see
	// WithCascade): at 40 the 5-fold CV output of TBAQ is the same as
	// without it and two thirds of the events skip the context features.
	// cmd/train checks it on every retraining.
	DefaultClassCascade = 40
	// DefaultPairCascade is the per-token pairs' cascade margin (see
	// WithCascade): at 30 the CV output is unchanged (at 20 one event in
	// 10472 changes) and about two thirds of the tokens that reach them
	// skip the four lookups.
	// Checked like DefaultClassCascade.
	DefaultPairCascade = 30
)

// Detector holds a model. It is safe for concurrent use.
type Detector struct {
	m   *learn.Model
	cls *learn.Model // second stage (class), nil: the first stage's class
	// fm and fc are Detect's lookup copies of m and cls.
	fm, fc *weights
	skip   map[string]bool
	bias   float32
	// caches holds the per-word weight caches of Detect (shared by the
	// copies WithBias and WithClassifier make: same first-stage model).
	caches *cachePool
	temp   float32  // softmax temperature (> 0)
	warm   []string // metaWarm
	// cascade is MetaCascade (0: off); clsCascade the margin by which a
	// class must lead on the word's own class weights (first stage and
	// classWordFeatures) for the second stage to skip the context
	// features (0: off).
	cascade, clsCascade float32
	// pairCascade is the margin by which O must lead on everything but
	// the four per-token pair lookups (bigrams and the like) for Detect
	// to skip them (0: off).
	pairCascade float32
}

// WithCascade returns a detector that skips work where a decision is
// already clear: all the neighbour conjunctions where O leads by more than
// event on the cached word and context weights; the four looked up per
// token where O leads by more than pair on all the rest; the second
// stage's context features where a class leads by more than class on the
// word's own weights. 0 turns a cascade off. New sets event from the
// model (MetaCascade), pair from DefaultPairCascade and class from
// DefaultClassCascade.
func (d *Detector) WithCascade(event, pair, class float64) *Detector {
	c := *d
	c.cascade, c.pairCascade, c.clsCascade = float32(event), float32(pair), float32(class)
	return &c
}

// oLead is by how much O leads the best event label of v (O bias
// applied).
func (d *Detector) oLead(v *vec) float32 {
	mx := v[1]
	for _, x := range v[2:] {
		mx = max(mx, x)
	}
	return v[0] - d.bias - mx
}

// WithBias returns a detector on the same model that lowers the score of O
// by b before choosing a label: b > 0 finds more events (recall), b < 0
// fewer (precision). The trainer picks the bias by cross-validation and
// stores it in the model (MetaBias); New applies it.
func (d *Detector) WithBias(b float64) *Detector {
	c := *d
	c.bias = float32(b)
	return &c
}

// Bias returns the detector's O bias.
func (d *Detector) Bias() float64 { return float64(d.bias) }

// New wraps a model trained by TrainModel.
func New(m *learn.Model) (*Detector, error) { return newDetector(m, nil) }

// newDetector is New; raw, if not nil, is the file m was loaded from.
func newDetector(m *learn.Model, raw []byte) (*Detector, error) {
	if v := m.MetaValues(metaVersion); len(v) != 1 || v[0] != featureVersion {
		return nil, fmt.Errorf("detect: model has feature set %v, want %s", v, featureVersion)
	}
	if len(m.Labels) != len(Labels) {
		return nil, fmt.Errorf("detect: model has %d labels, want %d", len(m.Labels), len(Labels))
	}
	for i, l := range Labels {
		if m.Labels[i] != l {
			return nil, fmt.Errorf("detect: model label %d is %s, want %s", i, m.Labels[i], l)
		}
	}
	fm, err := newWeights(m, raw)
	if err != nil {
		return nil, err
	}
	d := &Detector{m: m, fm: fm, skip: map[string]bool{}, temp: 1, caches: &cachePool{}, warm: m.MetaValues(metaWarm)}
	for _, w := range m.MetaValues(metaSkip) {
		d.skip[w] = true
	}
	if v := m.MetaValues(MetaBias); len(v) == 1 {
		b, err := strconv.ParseFloat(v[0], 32)
		if err != nil {
			return nil, fmt.Errorf("detect: model bias %q: %w", v[0], err)
		}
		d.bias = float32(b)
	}
	if v := m.MetaValues(MetaCascade); len(v) == 1 {
		x, err := strconv.ParseFloat(v[0], 32)
		if err != nil || x < 0 {
			return nil, fmt.Errorf("detect: model cascade margin %q", v[0])
		}
		d.cascade = float32(x)
	}
	d.clsCascade = DefaultClassCascade
	d.pairCascade = DefaultPairCascade
	if v := m.MetaValues(MetaTemperature); len(v) == 1 {
		x, err := strconv.ParseFloat(v[0], 32)
		if err != nil || x <= 0 {
			return nil, fmt.Errorf("detect: model temperature %q", v[0])
		}
		d.temp = float32(x)
	}
	return d, nil
}

// WithClassifier returns a detector that keeps this one's event decisions
// and chooses their class with the second-stage model c (TrainClassModel)
// together with the first stage: the class with the highest sum of both
// models' scores.
func (d *Detector) WithClassifier(c *learn.Model) (*Detector, error) {
	return d.withClassifier(c, nil)
}

func (d *Detector) withClassifier(c *learn.Model, raw []byte) (*Detector, error) {
	if v := c.MetaValues(metaVersion); len(v) != 1 || v[0] != classFeatureVersion {
		return nil, fmt.Errorf("detect: class model has feature set %v, want %s", v, classFeatureVersion)
	}
	if len(c.Labels) != len(ClassLabels) {
		return nil, fmt.Errorf("detect: class model has %d labels, want %d", len(c.Labels), len(ClassLabels))
	}
	for i, l := range ClassLabels {
		if c.Labels[i] != l {
			return nil, fmt.Errorf("detect: class model label %d is %s, want %s", i, c.Labels[i], l)
		}
	}
	fc, err := newWeights(c, raw)
	if err != nil {
		return nil, err
	}
	e := *d
	e.cls, e.fc = c, fc
	return &e, nil
}

// Classifier returns the second-stage model, nil if there is none.
func (d *Detector) Classifier() *learn.Model { return d.cls }

// Model returns the detector's model.
func (d *Detector) Model() *learn.Model { return d.m }

//go:embed model.gob.gz
var modelFile []byte

//go:embed class.gob.gz
var classFile []byte

var (
	defaultOnce sync.Once
	defaultDet  *Detector
	defaultErr  error
)

// Default returns the embedded detector, loading it on first use.
func Default() (*Detector, error) {
	defaultOnce.Do(func() {
		m, err := learn.Load(modelFile)
		if err != nil {
			defaultErr = fmt.Errorf("detect: embedded model: %w", err)
			return
		}
		d, err := newDetector(m, modelFile)
		if err != nil {
			defaultErr = err
			return
		}
		c, err := learn.Load(classFile)
		if err != nil {
			defaultErr = fmt.Errorf("detect: embedded class model: %w", err)
			return
		}
		defaultDet, defaultErr = d.withClassifier(c, classFile)
	})
	return defaultDet, defaultErr
}

// Detect finds the event mentions of the sentences with the embedded
// model, in text order. It returns nil if the embedded model cannot be
// loaded (a build error, caught by the package tests).
func Detect(doc *document.Document, sents []text.Sentence) []Mention {
	d, err := Default()
	if err != nil {
		return nil
	}
	return d.Detect(doc, sents)
}

// SentenceScores returns the label scores (O bias applied, in Labels
// order) of every token of a sentence, nil for tokens that are not scored
// (punctuation, numbers, frequent never-event words). The trainer uses it
// to calibrate Mention.Score.
func (d *Detector) SentenceScores(toks []text.Token) [][]float32 {
	out := make([][]float32, len(toks))
	infos := sentenceInfos(nil, toks)
	var feats []uint64
	for i := range toks {
		if !d.candidate(&toks[i]) {
			continue
		}
		feats = features(feats[:0], toks, infos, i)
		s := make([]float32, len(Labels))
		d.m.Scores(feats, s)
		s[0] -= d.bias
		out[i] = s
	}
	return out
}

// candidate reports whether token t is scored at all: words only, not the
// frequent never-event words.
func (d *Detector) candidate(t *text.Token) bool {
	return t.Kind == text.Word && !d.skip[t.Lower]
}

// Detect finds the event mentions of the sentences, in text order. doc
// gives the text the token spans point into (the tokens carry their own
// text, so doc may be nil).
func (d *Detector) Detect(doc *document.Document, sents []text.Sentence) []Mention {
	var out []Mention
	w := d.work()
	defer d.done(w)
	feats := make([]uint64, 0, 64)
	var scores vec
	var cscores [7]float32
	for si := range sents {
		s := &sents[si]
		toks := s.Tokens
		if !d.scoreSentence(w, toks) {
			continue
		}
		for i := range toks {
			if !w.ev[i] {
				continue
			}
			t := &toks[i]
			scores = w.sc[i]
			best, _ := learn.Argmax(scores[:])
			if d.cls != nil {
				e := &w.c.entries[w.ids[i]]
				if !e.clsOK {
					feats = classWordFeatures(feats[:0], t.Lower, &w.infos[i+2])
					var v vec
					d.fc.sum(feats, &v)
					copy(e.cls[:], v[:])
					e.clsOK = true
				}
				for k := range cscores {
					cscores[k] = e.cls[k] + scores[k+1]
				}
				if !d.clear(cscores[:]) {
					feats = classContextFeatures(feats[:0], toks, w.infos, w.ev, i)
					var ctx vec
					d.fc.sum(feats, &ctx)
					for k := range cscores {
						cscores[k] += ctx[k]
					}
				}
				c, _ := learn.Argmax(cscores[:])
				best = c + 1
			}
			for k := range scores {
				scores[k] /= d.temp
			}
			learn.Softmax(scores[:])
			p := 1 - scores[0]
			txt := t.Text
			if doc != nil && t.End <= len(doc.Text) && t.Start >= 0 && t.Start <= t.End {
				txt = doc.Text[t.Start:t.End]
			}
			out = append(out, Mention{Span: t.Span, Text: txt, Class: Labels[best], Sentence: s.Index, Score: float64(p)})
		}
	}
	return out
}

// clear reports whether the best class leads the others by more than the
// class cascade margin.
func (d *Detector) clear(s []float32) bool {
	if d.clsCascade <= 0 {
		return false
	}
	b, bv := learn.Argmax(s)
	for k, v := range s {
		if k != b && bv-v <= d.clsCascade {
			return false
		}
	}
	return true
}

// work is one Detect call's scratch space: the word cache (kept across
// calls) and per-sentence buffers.
type work struct {
	c     *wordCache
	ids   []int32
	infos []tokInfo
	ev    []bool
	sc    []vec
	feats []uint64
}

func (d *Detector) work() *work {
	p := d.caches
	var w *work
	p.mu.Lock()
	if n := len(p.free); n > 0 {
		w = p.free[n-1]
		p.free = p.free[:n-1]
	}
	p.mu.Unlock()
	if w == nil {
		w = &work{c: d.tables().warm.clone()}
	}
	if len(w.c.entries) >= maxCacheWords {
		w.c.restore()
	}
	return w
}

// done gives w back for later calls; at most GOMAXPROCS scratch spaces
// are kept.
func (d *Detector) done(w *work) {
	p := d.caches
	p.mu.Lock()
	if len(p.free) < runtime.GOMAXPROCS(0) {
		p.free = append(p.free, w)
	}
	p.mu.Unlock()
}

// scoreSentence fills w with the first stage's results for toks: infos,
// the label scores (O bias applied) of every scored token and whether it
// is an event. It reports whether any token is an event. The sums are
// those of features(), gathered from the caches (see cache.go).
func (d *Detector) scoreSentence(w *work, toks []text.Token) bool {
	n := len(toks)
	c := w.c
	lx := theLexicon()
	tb := d.tables()
	w.ids = w.ids[:0]
	w.infos = append(w.infos[:0], boundary, boundary)
	for i := range toks {
		id := d.lookup(c, &toks[i], lx)
		w.ids = append(w.ids, id)
		w.infos = append(w.infos, c.entries[id].info)
	}
	w.infos = append(w.infos, boundary, boundary)
	w.ev = append(w.ev[:0], make([]bool, n)...)
	w.sc = append(w.sc[:0], make([]vec, n)...)
	found := false
	var pair vec
	for i := range toks {
		e := &c.entries[w.ids[i]]
		if !e.cand {
			continue
		}
		v := e.self
		if i == 0 {
			v.add(&tb.first)
		}
		for k, off := range ctxOffsets {
			if j := i + off; j < 0 || j >= n {
				v.add(&tb.bound[k])
			} else {
				v.add(&c.entries[w.ids[j]].ctx[k])
			}
		}
		if d.cascade > 0 && d.oLead(&v) > d.cascade {
			// O wins by so much without the neighbour conjunctions that
			// they cannot change the decision (see MetaCascade).
			continue
		}
		me, p2, p, nx := &w.infos[i+2], &w.infos[i], &w.infos[i+1], &w.infos[i+3]
		v.add(&tb.capPair[capIndex(p.cap)][capIndex(me.cap)])
		v.add(&tb.posL[p.wnPos][me.wnPos])
		v.add(&tb.posR[me.wnPos][nx.wnPos])
		k, ok := e.left.find(p.cc)
		if !ok {
			w.feats = leftFeatures(w.feats[:0], me, p)
			d.sums(w.feats, &e.leftV[k])
		}
		v.add(&e.leftV[k])
		if k, ok = e.right.find(nx.cc); !ok {
			w.feats = rightFeatures(w.feats[:0], me, nx)
			d.sums(w.feats, &e.rightV[k])
		}
		v.add(&e.rightV[k])
		if d.pairCascade > 0 && d.oLead(&v) > d.pairCascade {
			continue
		}
		w.feats = tokenPairFeatures(w.feats[:0], me, p2, p, nx)
		d.sums(w.feats, &pair)
		v.add(&pair)
		v[0] -= d.bias
		w.sc[i] = v
		if best, _ := learn.Argmax(v[:]); best != 0 {
			w.ev[i] = true
			found = true
		}
	}
	return found
}
