package entity_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/entity"
	"github.com/chronicle-news/chronicle/internal/eval"
)

// conllFloor is the PER+ORG+LOC F1 (percent) of the entity stage on the
// CoNLL-2003 development set below which TestCoNLLDev fails: a little
// under what it reaches, to catch regressions.
const conllFloor = 88.0

// TestCoNLLDev scores the entity stage (entity.Recognize, what the product
// outputs, not the bare tagger) on the CoNLL-2003 development set: exact
// span and type, PER/ORG/LOC (MISC is not an entity type here). The same
// path as `chronicle eval ner`; the report is in the log (go test -v).
func TestCoNLLDev(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "data", "conll2003", "eng.testa")
	f, err := os.Open(path)
	if err != nil {
		t.Skip("../shared not present: ", err)
	}
	defer f.Close()
	docs, err := eval.ReadCoNLL(f)
	if err != nil {
		t.Fatal(err)
	}
	score, err := scoreDocs(docs)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	eval.WriteNERReport(&b, score, []string{"PER", "ORG", "LOC"})
	t.Logf("%d documents\n%s", len(docs), b.String())
	if f1 := 100 * score.Overall("PER", "ORG", "LOC").F1(); f1 < conllFloor {
		t.Errorf("CoNLL dev PER+ORG+LOC F1 %.2f fell below the %.1f floor", f1, conllFloor)
	}
}

// scoreDocs tags every document with the entity stage and scores it
// against the gold PER, ORG and LOC phrases (gold MISC counts as O).
func scoreDocs(docs []eval.NERDoc) (eval.NERScore, error) {
	gold, sys, _ := eval.TagCoNLL(docs, entity.TagTokenized)
	return eval.ScoreNER(gold, sys)
}
