package detect

import (
	"html"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/learn"
	"github.com/chronicle-news/chronicle/internal/text"
)

// TestCachedScoresMatchFeatures checks that Detect's cached sums give the
// scores of the training-time feature lists (features), token by token,
// also on a second pass (cache hits) and after the cache was reset.
func TestCachedScoresMatchFeatures(t *testing.T) {
	d0, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	dd := *d0
	dd.cascade = 0 // every token fully scored
	d := &dd
	doc := &document.Document{Text: benchText + "Yesterday, FIRE-FIGHTERS said: \"it's over\" -- 3 of 4 (75%) agreed. Said.\nresigned"}
	sents := text.Segment(doc)
	for pass := 0; pass < 3; pass++ {
		w := d.work()
		if pass == 2 {
			w.c.entries = w.c.entries[:0]
			clear(w.c.index)
		}
		for _, s := range sents {
			want := d.SentenceScores(s.Tokens)
			d.scoreSentence(w, s.Tokens)
			for i, ws := range want {
				if ws == nil {
					if w.sc[i] != (vec{}) || w.ev[i] {
						t.Fatalf("%q: not scored by SentenceScores, scored by Detect", s.Tokens[i].Text)
					}
					continue
				}
				for k := range ws {
					if math.Abs(float64(ws[k]-w.sc[i][k])) > 1e-3*(1+math.Abs(float64(ws[k]))) {
						t.Fatalf("pass %d %q label %d: features %g, cached %g", pass, s.Tokens[i].Text, k, ws[k], w.sc[i][k])
					}
				}
			}
		}
		d.done(w)
	}
}

// TestCacheBound checks that the word cache starts over once full.
func TestCacheBound(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for i := 0; i < maxCacheWords+100; i++ {
		b.WriteString("w")
		b.WriteString(strings.Repeat("x", i%7))
		b.WriteByte(byte('a' + i%26))
		b.WriteByte(byte('a' + i/26%26))
		b.WriteByte(byte('a' + i/676%26))
		b.WriteString(" ")
	}
	doc := &document.Document{Text: b.String()}
	sents := text.Segment(doc)
	d.Detect(doc, sents)
	w := d.work()
	defer d.done(w)
	if len(w.c.entries) >= maxCacheWords {
		t.Errorf("cache holds %d words after reset", len(w.c.entries))
	}
}

var tagRE = regexp.MustCompile(`<[^>]*>`)

// tbaqText loads the TBAQ documents' texts and sentences, for the
// benchmarks on real news (skipped without ../shared).
func tbaqText(b *testing.B) ([]*document.Document, [][]text.Sentence, int) {
	dir := filepath.Join("..", "..", "..", "..", "shared", "data", "tempeval3", "TBAQ-cleaned")
	var docs []*document.Document
	var sents [][]text.Sentence
	n := 0
	for _, part := range []string{"TimeBank", "AQUAINT"} {
		files, _ := filepath.Glob(filepath.Join(dir, part, "*.tml"))
		if len(files) == 0 {
			b.Skip("../shared not present: no TBAQ files in ", dir)
		}
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			// The text between the TEXT tags, tags removed (internal/timeml
			// would be an import cycle here).
			s := string(raw)
			if i := strings.Index(s, "<TEXT>"); i >= 0 {
				s = s[i:]
			}
			s = html.UnescapeString(tagRE.ReplaceAllString(s, ""))
			doc := &document.Document{Text: s}
			docs = append(docs, doc)
			sents = append(sents, text.Segment(doc))
			n += len(s)
		}
	}
	return docs, sents, n
}

// BenchmarkDetectTBAQ runs the detector over the 256 TBAQ news documents,
// the word caches warm from the previous iterations (as in a pipeline
// that has seen news before).
func BenchmarkDetectTBAQ(b *testing.B) {
	docs, sents, n := tbaqText(b)
	d, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, doc := range docs {
			d.Detect(doc, sents[k])
		}
	}
}

// BenchmarkDetectTBAQCold is BenchmarkDetectTBAQ with the word caches
// emptied before every document (their memory kept): the worst case, no
// word known in advance, as for a single document.
func BenchmarkDetectTBAQCold(b *testing.B) {
	docs, sents, n := tbaqText(b)
	d, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, doc := range docs {
			for _, w := range d.caches.free {
				clear(w.c.index)
				w.c.entries = w.c.entries[:0]
			}
			d.Detect(doc, sents[k])
		}
	}
}

// slowDetect is Detect from the training-time feature lists (features,
// classFeatures), without caches or cascade: the reference Detect must
// agree with.
func slowDetect(d *Detector, sents []text.Sentence) []Mention {
	var out []Mention
	for _, s := range sents {
		toks := s.Tokens
		infos := sentenceInfos(nil, toks)
		sc := d.SentenceScores(toks)
		ev := make([]bool, len(toks))
		for i, v := range sc {
			if v != nil {
				best, _ := learn.Argmax(v)
				ev[i] = best != 0
			}
		}
		for i, v := range sc {
			if !ev[i] {
				continue
			}
			cs := make([]float32, len(ClassLabels))
			d.cls.Scores(classFeatures(nil, toks, infos, ev, i), cs)
			for k := range cs {
				cs[k] += v[k+1]
			}
			c, _ := learn.Argmax(cs)
			out = append(out, Mention{Span: toks[i].Span, Text: toks[i].Text, Class: ClassLabels[c], Sentence: s.Index})
		}
	}
	return out
}

func TestDetectMatchesFeatures(t *testing.T) {
	d0, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	dd := *d0
	dd.cascade = 0
	d := &dd
	doc := &document.Document{Text: strings.Repeat(benchText, 2) + "Yesterday, FIRE-FIGHTERS said: \"it's over\" -- 3 of 4 (75%) agreed to stop. Said.\nresigned"}
	sents := text.Segment(doc)
	want := slowDetect(d, sents)
	got := d.Detect(doc, sents)
	if len(got) != len(want) {
		t.Fatalf("Detect found %d mentions, the feature lists %d", len(got), len(want))
	}
	for i := range got {
		if got[i].Span != want[i].Span || got[i].Class != want[i].Class {
			t.Errorf("mention %d: Detect %q %s, feature lists %q %s", i, got[i].Text, got[i].Class, want[i].Text, want[i].Class)
		}
	}
}
