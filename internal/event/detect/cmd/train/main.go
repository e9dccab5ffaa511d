// Command train trains the event detector's model on TBAQ-cleaned and
// prints honest held-out figures first: cross-corpus (TimeBank -> AQUAINT,
// AQUAINT -> TimeBank) and k-fold cross-validation by document over both,
// then the in-sample score of the shipped model (trained on everything).
// Every held-out figure is of the shipped configuration: the event model
// and the second-stage class model, both trained on the training part only.
//
//	go run ./internal/event/detect/cmd/train -data ../shared/data/tempeval3/TBAQ-cleaned -o internal/event/detect/model.gob.gz -class-o internal/event/detect/class.gob.gz
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/chronicle-news/chronicle/internal/eval"
	"github.com/chronicle-news/chronicle/internal/event/detect"
	"github.com/chronicle-news/chronicle/internal/event/detect/corpus"
	"github.com/chronicle-news/chronicle/internal/learn"
)

func main() {
	data := flag.String("data", "../shared/data/tempeval3/TBAQ-cleaned", "TBAQ-cleaned directory (with TimeBank/ and AQUAINT/)")
	out := flag.String("o", "", "write the event model trained on all of TBAQ here")
	classOut := flag.String("class-o", "", "write the class model trained on all of TBAQ here")
	epochs := flag.Int("epochs", 5, "training epochs of the event model")
	classEpochs := flag.Int("class-epochs", 5, "training epochs of the class model (0: no second stage)")
	seed := flag.Uint64("seed", 1, "shuffle seed")
	cutoff := flag.Int("cutoff", 1, "keep features seen in at least this many tokens")
	minW := flag.Float64("min-weight", 0, "drop features whose averaged weights are all below this")
	folds := flag.Int("folds", 5, "cross-validation folds by document (0: skip)")
	confusion := flag.Bool("confusion", false, "print the cross-validation confusion table")
	biasFlag := flag.Float64("bias", 0, "O bias of the written model (see detect.WithBias); -tune picks it by cross-validation")
	tune := flag.Bool("tune", true, "choose the O bias by cross-validation")
	skipHeld := flag.Bool("no-heldout", false, "skip the cross-corpus and cross-validation runs")
	flag.Parse()
	log.SetFlags(0)

	tb, err := corpus.LoadDir(filepath.Join(*data, "TimeBank"))
	if err != nil {
		log.Fatal(err)
	}
	aq, err := corpus.LoadDir(filepath.Join(*data, "AQUAINT"))
	if err != nil {
		log.Fatal(err)
	}
	all := append(append([]corpus.Doc{}, tb...), aq...)
	una, multi := 0, 0
	for _, d := range all {
		una += d.Unaligned
		multi += d.Multi
	}
	fmt.Printf("TBAQ: %d TimeBank + %d AQUAINT documents; gold events on no word token: %d, on several: %d\n", len(tb), len(aq), una, multi)

	tr := trainer{
		opt:         learn.Options{Epochs: *epochs, Seed: *seed, Cutoff: *cutoff, MinWeight: *minW},
		copt:        learn.Options{Epochs: *classEpochs, Seed: *seed, Cutoff: *cutoff, MinWeight: *minW},
		classEpochs: *classEpochs,
	}
	start := time.Now()
	bias := *biasFlag
	temp := 1.0
	if !*skipHeld {
		fmt.Printf("held out  TimeBank -> AQUAINT : %s\n", corpus.Line(corpus.Score(tr.train(tb), aq)))
		fmt.Printf("held out  AQUAINT -> TimeBank : %s\n", corpus.Line(corpus.Score(tr.train(aq), tb)))
		if *folds > 1 {
			bias, temp = tr.crossValidate(all, *folds, bias, *tune, *confusion)
		}
	}
	model, class := tr.shipped(all, bias, temp, start)
	if *out != "" {
		if err := os.WriteFile(*out, model, 0o644); err != nil {
			log.Fatal(err)
		}
	}
	if *classOut != "" && len(class) > 0 {
		if err := os.WriteFile(*classOut, class, 0o644); err != nil {
			log.Fatal(err)
		}
	}
}

// trainer trains the shipped configuration: the event model and, with
// class epochs, the second-stage class model.
type trainer struct {
	opt, copt   learn.Options
	classEpochs int
}

// train returns the detector trained on docs.
func (t trainer) train(docs []corpus.Doc) *detect.Detector {
	lab := corpus.Labelled(docs)
	d, err := detect.New(detect.TrainModel(lab, t.opt))
	if err != nil {
		log.Fatal(err)
	}
	if t.classEpochs > 0 {
		if d, err = d.WithClassifier(detect.TrainClassModel(lab, t.copt)); err != nil {
			log.Fatal(err)
		}
	}
	return d
}

// biases are the O biases the cross-validation tries.
var biases = []float64{-2, 0, 2, 4, 6, 8, 10, 14}

// crossValidate prints the k-fold cross-validation by document over all
// with O bias bias, and with tune the scores of every bias in biases and
// the best one, checks that the cascades do not change the output, and
// calibrates the temperature on the held-out scores. It returns the O
// bias (tuned or as given) and the temperature.
func (t trainer) crossValidate(all []corpus.Doc, folds int, bias float64, tune, confusion bool) (float64, float64) {
	label := map[string]int{}
	for i, l := range detect.Labels {
		label[l] = i
	}
	var cv eval.EventScore
	var dets []*detect.Detector
	var tests [][]corpus.Doc
	conf := map[[2]string]int{}
	byBias := make([]eval.EventScore, len(biases))
	var held []scored
	for k := 0; k < folds; k++ {
		var tr, te []corpus.Doc
		for i, d := range all {
			if i%folds == k {
				te = append(te, d)
			} else {
				tr = append(tr, d)
			}
		}
		det := t.train(tr)
		cv.Add(corpus.Score(det.WithBias(bias), te))
		dets, tests = append(dets, det), append(tests, te)
		for i, b := range biases {
			byBias[i].Add(corpus.Score(det.WithBias(b), te))
		}
		for _, d := range te {
			for si, s := range d.Sents {
				for ti, sc := range det.SentenceScores(s.Tokens) {
					if sc != nil {
						held = append(held, scored{sc, label[d.Labels[si][ti]]})
					}
				}
			}
		}
		if confusion {
			corpus.Confusion(det, te, conf)
		}
	}
	fmt.Printf("held out  %d-fold CV by doc    : %s  [O bias %g]\n", folds, corpus.Line(cv), bias)
	if tune {
		bias = tuneBias(byBias)
	}
	// The cascades (speed settings) must not change the output.
	var on, off eval.EventScore
	for k, det := range dets {
		on.Add(corpus.Score(det.WithBias(bias), tests[k]))
		off.Add(corpus.Score(det.WithBias(bias).WithCascade(0, 0, 0), tests[k]))
	}
	fmt.Printf("  O bias %g, no cascades       : %s\n", bias, corpus.Line(off))
	if corpus.Line(on) != corpus.Line(off) {
		fmt.Printf("  WARNING: the cascades change the output: %s (detect.CascadeMargin, DefaultPairCascade, DefaultClassCascade)\n", corpus.Line(on))
	}
	temp := calibrate(held, bias)
	if confusion {
		corpus.WriteConfusion(os.Stdout, conf)
	}
	return bias, temp
}

// tuneBias prints the cross-validation score of each O bias and returns
// the one with the best extent F1 + class F1.
func tuneBias(byBias []eval.EventScore) float64 {
	best := 0
	for i, s := range byBias {
		fmt.Printf("  O bias %5.1f: %s\n", biases[i], corpus.Line(s))
		if s.ClassF1()+s.RelaxedF1() > byBias[best].ClassF1()+byBias[best].RelaxedF1() {
			best = i
		}
	}
	bias := biases[best]
	fmt.Printf("  chosen O bias %g (best extent F1 + class F1 in CV; the line above is optimistic by that choice)\n", bias)
	return bias
}

// shipped trains the models that ship on all of TBAQ, with the O bias and
// temperature in the event model's metadata, prints their in-sample score
// and sizes, and returns the event and class models' files (the class
// one empty without class epochs).
func (t trainer) shipped(all []corpus.Doc, bias, temp float64, start time.Time) (model, class []byte) {
	var buf, cbuf bytes.Buffer
	lab := corpus.Labelled(all)
	m := detect.TrainModel(lab, t.opt)
	m.Meta = append(m.Meta,
		learn.Meta{Key: detect.MetaBias, Values: []string{strconv.FormatFloat(bias, 'g', -1, 64)}},
		learn.Meta{Key: detect.MetaTemperature, Values: []string{strconv.FormatFloat(temp, 'g', -1, 64)}})
	if err := m.Write(&buf); err != nil {
		log.Fatal(err)
	}
	m2, err := learn.Load(buf.Bytes())
	if err != nil {
		log.Fatal(err)
	}
	det, err := detect.New(m2)
	if err != nil {
		log.Fatal(err)
	}
	if t.classEpochs > 0 {
		c := detect.TrainClassModel(lab, t.copt)
		if err := c.Write(&cbuf); err != nil {
			log.Fatal(err)
		}
		c2, err := learn.Load(cbuf.Bytes())
		if err != nil {
			log.Fatal(err)
		}
		if det, err = det.WithClassifier(c2); err != nil {
			log.Fatal(err)
		}
		fmt.Printf("class model: %d features, %d bytes\n", c2.NumFeatures(), cbuf.Len())
	}
	fmt.Printf("IN-SAMPLE all TBAQ (shipped)  : %s\n", corpus.Line(corpus.Score(det, all)))
	fmt.Printf("model: %d features, %d bytes; %.1fs\n", m2.NumFeatures(), buf.Len(), time.Since(start).Seconds())
	return buf.Bytes(), cbuf.Bytes()
}

// scored is a held-out token: raw label scores (O bias 0) and gold label.
type scored struct {
	s    []float32
	gold int
}

// calibrate picks the softmax temperature with the best held-out log
// likelihood of the gold labels (scores with the chosen O bias).
func calibrate(held []scored, bias float64) float64 {
	best, bestLL := 1.0, math.Inf(-1)
	for _, t := range []float64{1, 2, 3, 5, 7, 10, 15, 20, 30, 50} {
		ll := 0.0
		for _, h := range held {
			mx := math.Inf(-1)
			v := make([]float64, len(h.s))
			for i, x := range h.s {
				v[i] = float64(x) / t
				if i == 0 {
					v[i] -= bias / t
				}
				mx = math.Max(mx, v[i])
			}
			sum := 0.0
			for _, x := range v {
				sum += math.Exp(x - mx)
			}
			ll += v[h.gold] - mx - math.Log(sum)
		}
		fmt.Printf("  temperature %4g: held-out log-likelihood per token %.4f\n", t, ll/float64(len(held)))
		if ll > bestLL {
			best, bestLL = t, ll
		}
	}
	return best
}
