package entity

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/text"
)

// conllDoc is one CoNLL-2003 document rebuilt as text: one sentence per
// line, a blank line between sentences, tokens separated by spaces.
type conllDoc struct {
	text string
	gold map[[2]int]string // byte span of a gold phrase -> PER, ORG, LOC, MISC
}

func readCoNLL(path string) ([]conllDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []conllDoc
	var b strings.Builder
	gold := map[[2]int]string{}
	curType, curStart, curEnd := "", -1, -1
	flushPhrase := func() {
		if curType != "" {
			gold[[2]int{curStart, curEnd}] = curType
		}
		curType = ""
	}
	flushDoc := func() {
		flushPhrase()
		if b.Len() > 0 {
			docs = append(docs, conllDoc{text: b.String(), gold: gold})
		}
		b.Reset()
		gold = map[[2]int]string{}
	}
	sc := bufio.NewScanner(f)
	lineStart := true
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) == 0 {
			flushPhrase()
			if !lineStart {
				b.WriteString("\n\n")
				lineStart = true
			}
			continue
		}
		if fs[0] == "-DOCSTART-" {
			flushDoc()
			lineStart = true
			continue
		}
		tag := fs[len(fs)-1]
		if !lineStart {
			b.WriteByte(' ')
		}
		lineStart = false
		st := b.Len()
		b.WriteString(fs[0])
		en := b.Len()
		switch {
		case tag == "O":
			flushPhrase()
		case strings.HasPrefix(tag, "B-") || tag[2:] != curType:
			flushPhrase()
			curType, curStart, curEnd = tag[2:], st, en
		default:
			curEnd = en
		}
	}
	flushDoc()
	return docs, sc.Err()
}

var conllType = map[string]string{Person: "PER", Organization: "ORG", Location: "LOC"}

// TestCoNLLBaseline reports phrase-level precision and recall of names on
// CoNLL-2003 (development part) for PER, ORG and LOC. It asserts only a
// floor, to catch regressions; the numbers are in the log (go test -v).
func TestCoNLLBaseline(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "data", "conll2003", "eng.testa")
	docs, err := readCoNLL(path)
	if err != nil {
		t.Skip("../shared not present: ", err)
	}
	tp, fp, fn := map[string]int{}, map[string]int{}, map[string]int{}
	for _, d := range docs {
		doc := &document.Document{Text: d.text}
		pred := map[[2]int]string{}
		for _, e := range Recognize(doc, text.Segment(doc), nil) {
			for _, m := range e.Mentions {
				if m.Kind == "demonym" || m.Kind == "description" {
					continue
				}
				pred[[2]int{m.Start, m.End}] = conllType[e.Type]
			}
		}
		for sp, typ := range pred {
			if d.gold[sp] == typ {
				tp[typ]++
			} else {
				fp[typ]++
			}
		}
		for sp, typ := range d.gold {
			if typ == "MISC" {
				continue
			}
			if pred[sp] != typ {
				fn[typ]++
			}
		}
	}
	var TP, FP, FN int
	for _, typ := range []string{"PER", "ORG", "LOC"} {
		p, r := ratio(tp[typ], tp[typ]+fp[typ]), ratio(tp[typ], tp[typ]+fn[typ])
		t.Logf("%s: P %.1f R %.1f F1 %.1f", typ, 100*p, 100*r, 100*f1(p, r))
		TP, FP, FN = TP+tp[typ], FP+fp[typ], FN+fn[typ]
	}
	p, r := ratio(TP, TP+FP), ratio(TP, TP+FN)
	t.Logf("PER+ORG+LOC: P %.1f R %.1f F1 %.1f (%d documents)", 100*p, 100*r, 100*f1(p, r), len(docs))
	if f1(p, r) < 0.65 {
		t.Errorf("CoNLL PER/ORG/LOC F1 %.1f fell below the 65.0 floor", 100*f1(p, r))
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
