// Command train fits the named-entity model of package ner on CoNLL-2003
// style data and writes the model file that package embeds.
//
//	go run ./internal/ner/cmd/train \
//	    -train ../shared/data/conll2003/eng.train \
//	    -dev ../shared/data/conll2003/eng.testa \
//	    -o internal/ner/model.bin.gz
//
// Training is deterministic: the same data and flags give the same file.
// With -dev it prints the development score after every epoch.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/chronicle-news/chronicle/internal/eval"
	"github.com/chronicle-news/chronicle/internal/ner"
)

func main() {
	trainPath := flag.String("train", "", "CoNLL training file (token ... NER tag)")
	devPath := flag.String("dev", "", "CoNLL development file scored after each epoch (optional)")
	out := flag.String("o", "", "model file to write (gzip)")
	epochs := flag.Int("epochs", 10, "training epochs")
	cutoff := flag.Int("cutoff", 1, "keep features seen at least this often in the training data")
	seed := flag.Int64("seed", 1, "seed of the per-epoch document shuffle")
	lexMin := flag.Int("lexicon-min", 3, "lower-case words seen this often in the training text form the lexicon of common words")
	minWeight := flag.Float64("min-weight", 0, "drop weights smaller than this in magnitude when writing the model")
	pruneShare := flag.Float64("prune-share", 0.05, "tag dictionary: forms without capitals inside names in less than this share of their training occurrences are labeled O unscored (negative: no dictionary)")
	pruneMin := flag.Int("prune-min", 1, "tag dictionary: only forms seen at least this often in the training text")
	flag.Parse()
	if *trainPath == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "usage: train -train FILE [-dev FILE] -o MODEL [-epochs N -cutoff N -seed N -lexicon-min N -min-weight X -prune-share X -prune-min N]")
		os.Exit(2)
	}
	if err := run(*trainPath, *devPath, *out, ner.TrainOptions{Epochs: *epochs, Cutoff: *cutoff, Seed: *seed, LexiconMin: *lexMin, PruneShare: *pruneShare, PruneMin: *pruneMin}, float32(*minWeight)); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func read(path string) ([]eval.NERDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs, err := eval.ReadCoNLL(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return docs, nil
}

// Score tags every document of gold with t and scores the result.
func Score(t *ner.Tagger, gold []eval.NERDoc) (eval.NERScore, error) {
	var g, s [][]string
	for _, d := range gold {
		sents := make([][]string, len(d.Sentences))
		for i, x := range d.Sentences {
			sents[i] = x.Tokens
			g = append(g, x.Tags)
		}
		for i, sp := range t.TagDocument(sents) {
			s = append(s, ner.IOB2(len(sents[i]), sp))
		}
	}
	return eval.ScoreNER(g, s)
}

// trainDocs converts CoNLL documents to training input.
func trainDocs(in []eval.NERDoc) [][]ner.TrainSentence {
	docs := make([][]ner.TrainSentence, len(in))
	for i, d := range in {
		for _, s := range d.Sentences {
			ts := ner.TrainSentence{Tokens: s.Tokens}
			for _, sp := range eval.NERSpans(s.Tags) {
				ts.Spans = append(ts.Spans, ner.Span{Start: sp.Start, End: sp.End, Type: sp.Type})
			}
			docs[i] = append(docs[i], ts)
		}
	}
	return docs
}

func run(trainPath, devPath, out string, opt ner.TrainOptions, minWeight float32) error {
	start := time.Now()
	train, err := read(trainPath)
	if err != nil {
		return err
	}
	var dev []eval.NERDoc
	if devPath != "" {
		if dev, err = read(devPath); err != nil {
			return err
		}
	}
	docs := trainDocs(train)
	opt.Log = os.Stdout
	if dev != nil {
		opt.AfterEpoch = func(epoch int, t *ner.Tagger) {
			s, err := Score(t, dev)
			if err != nil {
				fmt.Fprintln(os.Stderr, "dev:", err)
				return
			}
			main := s.Overall("PER", "ORG", "LOC")
			all := s.Overall()
			fmt.Printf("epoch %d dev: PER+ORG+LOC F1 %.2f (P %.2f R %.2f)  PER %.2f ORG %.2f LOC %.2f MISC %.2f  all %.2f  [%s]\n",
				epoch, 100*main.F1(), 100*main.P(), 100*main.R(),
				100*s.ByType["PER"].F1(), 100*s.ByType["ORG"].F1(), 100*s.ByType["LOC"].F1(), 100*s.ByType["MISC"].F1(),
				100*all.F1(), time.Since(start).Round(time.Second))
		}
	}
	t, err := ner.Train(docs, opt)
	if err != nil {
		return err
	}
	if dev != nil {
		temp, loss, err := t.Calibrate(trainDocs(dev))
		if err != nil {
			return err
		}
		fmt.Printf("confidence temperature %.4g (dev mean -log P(gold label) %.4f)\n", temp, loss)
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	n, err := t.Write(f, minWeight)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	st, _ := os.Stat(out)
	fmt.Printf("wrote %s: %d features, %d bytes, in %s\n", out, n, st.Size(), time.Since(start).Round(time.Second))
	if dev != nil {
		f, err := os.Open(out)
		if err != nil {
			return err
		}
		defer f.Close()
		lt, err := ner.Load(f)
		if err != nil {
			return err
		}
		s, err := Score(lt, dev)
		if err != nil {
			return err
		}
		fmt.Println("development score of the written model:")
		return eval.WriteNERReport(os.Stdout, s, []string{"PER", "ORG", "LOC"})
	}
	return nil
}
