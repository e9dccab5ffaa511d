package detect_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/chronicle-news/chronicle/internal/eval"
	"github.com/chronicle-news/chronicle/internal/event/detect"
	"github.com/chronicle-news/chronicle/internal/event/detect/corpus"
	"github.com/chronicle-news/chronicle/internal/learn"
)

func loadTBAQ(t *testing.T) []corpus.Doc {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "..", "shared", "data", "tempeval3", "TBAQ-cleaned")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("../shared not present: ", err)
	}
	var all []corpus.Doc
	for _, part := range []string{"TimeBank", "AQUAINT"} {
		docs, err := corpus.LoadDir(filepath.Join(dir, part))
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, docs...)
	}
	return all
}

// TestTBAQCrossValidation trains on four fifths of TBAQ (by document) and
// scores the rest, five times: the held-out figures of the training
// command, with the shipped models' options (event model and second-stage
// class model, 5 epochs each) and O bias. The floors guard
// against regressions; cmd/train prints the full report.
func TestTBAQCrossValidation(t *testing.T) {
	if testing.Short() {
		t.Skip("trains five models")
	}
	all := loadTBAQ(t)
	shipped, err := detect.Default()
	if err != nil {
		t.Fatal(err)
	}
	const folds = 5
	var cv eval.EventScore
	for k := 0; k < folds; k++ {
		var tr, te []corpus.Doc
		for i, d := range all {
			if i%folds == k {
				te = append(te, d)
			} else {
				tr = append(tr, d)
			}
		}
		lab := corpus.Labelled(tr)
		det, err := detect.New(detect.TrainModel(lab, learn.Options{Epochs: 5, Seed: 1}))
		if err != nil {
			t.Fatal(err)
		}
		if det, err = det.WithClassifier(detect.TrainClassModel(lab, learn.Options{Epochs: 5, Seed: 1})); err != nil {
			t.Fatal(err)
		}
		cv.Add(corpus.Score(det.WithBias(shipped.Bias()), te))
	}
	t.Logf("5-fold CV: %s", corpus.Line(cv))
	if cv.RelaxedF1() < 0.85 || cv.ClassF1() < 0.715 {
		t.Errorf("cross-validated extent F1 %.2f (want >= 85), class F1 %.2f (want >= 71.5)", 100*cv.RelaxedF1(), 100*cv.ClassF1())
	}
}

// TestShippedModelInSample scores the embedded model on its own training
// data: a check that the file is the one the trainer wrote, not a
// generalization figure.
func TestShippedModelInSample(t *testing.T) {
	all := loadTBAQ(t)
	det, err := detect.Default()
	if err != nil {
		t.Fatal(err)
	}
	s := corpus.Score(det, all)
	t.Logf("in-sample (training data!): %s", corpus.Line(s))
	if s.RelaxedF1() < 0.93 || s.ClassF1() < 0.90 {
		t.Errorf("in-sample extent F1 %.2f, class F1 %.2f: is model.gob.gz stale?", 100*s.RelaxedF1(), 100*s.ClassF1())
	}
}
