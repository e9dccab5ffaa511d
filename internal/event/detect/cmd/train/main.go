// Command train trains the event detector's model on TBAQ-cleaned and
// prints honest held-out figures first: cross-corpus (TimeBank -> AQUAINT,
// AQUAINT -> TimeBank) and k-fold cross-validation by document over both,
// then the in-sample score of the shipped model (trained on everything).
//
//	go run ./internal/event/detect/cmd/train -data ../shared/data/tempeval3/TBAQ-cleaned -o internal/event/detect/model.gob.gz
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/chronicle-news/chronicle/internal/eval"
	"github.com/chronicle-news/chronicle/internal/event/detect"
	"github.com/chronicle-news/chronicle/internal/event/detect/corpus"
	"github.com/chronicle-news/chronicle/internal/learn"
)

func main() {
	data := flag.String("data", "../shared/data/tempeval3/TBAQ-cleaned", "TBAQ-cleaned directory (with TimeBank/ and AQUAINT/)")
	out := flag.String("o", "", "write the model trained on all of TBAQ here")
	epochs := flag.Int("epochs", 10, "training epochs")
	seed := flag.Uint64("seed", 1, "shuffle seed")
	cutoff := flag.Int("cutoff", 1, "keep features seen in at least this many tokens")
	minW := flag.Float64("min-weight", 0, "drop features whose averaged weights are all below this")
	folds := flag.Int("folds", 5, "cross-validation folds by document (0: skip)")
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

	opt := learn.Options{Epochs: *epochs, Seed: *seed, Cutoff: *cutoff, MinWeight: *minW}
	train := func(docs []corpus.Doc) *detect.Detector {
		d, err := detect.New(detect.TrainModel(corpus.Labelled(docs), opt))
		if err != nil {
			log.Fatal(err)
		}
		return d
	}
	start := time.Now()
	if !*skipHeld {
		fmt.Printf("held out  TimeBank -> AQUAINT : %s\n", corpus.Line(corpus.Score(train(tb), aq)))
		fmt.Printf("held out  AQUAINT -> TimeBank : %s\n", corpus.Line(corpus.Score(train(aq), tb)))
		if *folds > 1 {
			var cv eval.EventScore
			for k := 0; k < *folds; k++ {
				var tr, te []corpus.Doc
				for i, d := range all {
					if i%*folds == k {
						te = append(te, d)
					} else {
						tr = append(tr, d)
					}
				}
				cv.Add(corpus.Score(train(tr), te))
			}
			fmt.Printf("held out  %d-fold CV by doc    : %s\n", *folds, corpus.Line(cv))
		}
	}
	m := detect.TrainModel(corpus.Labelled(all), opt)
	var buf bytes.Buffer
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
	fmt.Printf("IN-SAMPLE all TBAQ (shipped)  : %s\n", corpus.Line(corpus.Score(det, all)))
	fmt.Printf("model: %d features, %d bytes; %.1fs\n", m2.NumFeatures(), buf.Len(), time.Since(start).Seconds())
	if *out != "" {
		if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
			log.Fatal(err)
		}
	}
}
