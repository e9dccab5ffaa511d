// Command train learns Chronicle's syntax model (tagger, parser, labeller,
// lexicon) from the UD English Web Treebank and writes it where the syntax
// package embeds it:
//
//	go run ./internal/syntax/cmd/train -data ../shared/data/ud-ewt -o internal/syntax/model
//
// It reads en_ewt-ud-train.conllu (and, for the progress it prints,
// en_ewt-ud-dev.conllu). Training is deterministic: the same treebank and
// flags give the same files.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/chronicle-news/chronicle/internal/syntax"
)

func main() {
	data := flag.String("data", "../shared/data/ud-ewt", "folder with en_ewt-ud-train.conllu and en_ewt-ud-dev.conllu")
	out := flag.String("o", "internal/syntax/model", "folder to write the model files to")
	tagEp := flag.Int("tag-epochs", 0, "tagger passes (0: default)")
	parseEp := flag.Int("parse-epochs", 0, "parser passes (0: default)")
	labelEp := flag.Int("label-epochs", 0, "labeller passes (0: default)")
	folds := flag.Int("folds", 0, "jackknife folds (0: default)")
	minW := flag.Float64("min-weight", 1, "drop averaged weights at most this large (1 halves the model for -0.2 LAS on EWT dev)")
	quiet := flag.Bool("quiet", false, "do not score the dev set after every pass")
	taggerOnly := flag.Bool("tagger-only", false, "train and score only the tagger, write nothing")
	conll := flag.String("conll", "../shared/data/conll2003/eng.train", "CoNLL-2003 file whose Penn tags extend the word list (empty: none)")
	wordnet := flag.String("wordnet", "internal/event/detect/wordnet.txt.gz", "WordNet lexicon (the event detector's wordnet.txt.gz, or a WordNet dict folder such as Debian's /usr/share/wordnet; empty: none)")
	eval := flag.String("eval", "", "score the model in this folder on the dev set instead of training")
	news := flag.String("news", "", "CoNLL-2003 file whose Penn-tagged sentences the taggers also learn from (empty: none)")
	newsDev := flag.String("news-dev", "", "CoNLL-2003 file to score the tagger on after every pass, with -tagger-only (empty: none)")
	seed := flag.Uint64("seed", 0, "shuffling seed (0: default)")
	tagSeeds := flag.Int("tag-seeds", 0, "taggers trained with successive seeds and mixed into the one that ships (0: one)")
	secondMargin := flag.Float64("second-margin", 0, "margin below which the tagger's second pass decides a word again (0: no second pass; 30 was best on EWT dev tune)")
	secondEp := flag.Int("second-epochs", 0, "second-pass passes (0: default)")
	secondTrials := flag.String("second-trials", "", "with -tagger-only: train and score second passes of these margins and passes (\"30:3,40:5\") on dev tune and held")
	flag.Parse()
	if *eval != "" {
		dev, err := read(filepath.Join(*data, "en_ewt-ud-dev.conllu"))
		if err == nil {
			err = evaluate(*eval, dev, 15)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "train:", err)
			os.Exit(1)
		}
		return
	}
	opt := syntax.TrainOptions{TagEpochs: *tagEp, ParseEpochs: *parseEp, LabelEpochs: *labelEp, Folds: *folds, MinWeight: *minW, TaggerOnly: *taggerOnly, Seed: *seed,
		TagSeeds: *tagSeeds, SecondMargin: *secondMargin, SecondEpochs: *secondEp, SecondTrials: *secondTrials}
	if *conll != "" {
		f, err := os.Open(*conll)
		if err == nil {
			opt.Aux, err = syntax.ReadCoNLL2003Lexicon(f)
			f.Close()
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "train:", err)
			os.Exit(1)
		}
	}
	if *news != "" || *newsDev != "" {
		ref, err := read(filepath.Join(*data, "en_ewt-ud-train.conllu"))
		for _, nf := range []struct {
			path string
			to   *[]syntax.Sentence
		}{{*news, &opt.News}, {*newsDev, &opt.NewsDev}} {
			if err != nil || nf.path == "" {
				continue
			}
			var f *os.File
			if f, err = os.Open(nf.path); err == nil {
				*nf.to, err = syntax.ReadCoNLL2003Sentences(f, ref)
				f.Close()
			}
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "train:", err)
			os.Exit(1)
		}
	}
	if *wordnet != "" {
		var err error
		if st, serr := os.Stat(*wordnet); serr == nil && st.IsDir() {
			opt.WN, opt.WNExc, err = syntax.ReadWordNet(*wordnet)
		} else {
			opt.WN, opt.WNExc, err = syntax.ReadWordNetLexicon(*wordnet)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "train:", err)
			os.Exit(1)
		}
	}
	if err := run(*data, *out, opt, *quiet); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func read(path string) ([]syntax.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := syntax.ReadCoNLLU(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

func run(data, out string, opt syntax.TrainOptions, quiet bool) error {
	start := time.Now()
	train, err := read(filepath.Join(data, "en_ewt-ud-train.conllu"))
	if err != nil {
		return err
	}
	if !quiet {
		if opt.Dev, err = read(filepath.Join(data, "en_ewt-ud-dev.conllu")); err != nil {
			return err
		}
	}
	opt.Log = os.Stderr
	t, err := syntax.Train(train, opt)
	if err != nil {
		return err
	}
	if opt.TaggerOnly {
		return nil
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	err = t.Save(func(name string) (io.WriteCloser, error) { return os.Create(filepath.Join(out, name)) })
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "tagger %d features, parser %d, labeller %d; written to %s in %s\n",
		t.Tagger.NumFeatures(), t.Parser.NumFeatures(), t.Labeller.NumFeatures(), out, time.Since(start).Round(time.Second))
	return nil
}
