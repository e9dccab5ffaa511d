package detect

import (
	"hash/maphash"
	"html"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
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
	d := d0.WithCascade(0, 0, 0) // every token fully scored
	doc := &document.Document{Text: benchText + "Yesterday, FIRE-FIGHTERS said: \"it's over\" -- 3 of 4 (75%) agreed. Said.\nresigned"}
	sents := text.Segment(doc)
	for pass := 0; pass < 3; pass++ {
		w := d.work()
		if pass == 2 {
			w.c.entries = w.c.entries[:0]
			clear(w.c.index)
			w.c.nkeys = 0
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

// conllText rebuilds the news documents of CoNLL-2003's English
// development set (Reuters, 1996; not in the detector's training data):
// tokens joined by spaces, a line per sentence (skipped without
// ../shared).
func conllText(b *testing.B) ([]*document.Document, [][]text.Sentence, int) {
	f := filepath.Join("..", "..", "..", "..", "shared", "data", "conll2003", "eng.testa")
	raw, err := os.ReadFile(f)
	if err != nil {
		b.Skip("../shared not present: ", err)
	}
	var docs []*document.Document
	var sents [][]text.Sentence
	n := 0
	var sb strings.Builder
	flush := func() {
		if sb.Len() > 0 {
			doc := &document.Document{Text: sb.String()}
			docs = append(docs, doc)
			sents = append(sents, text.Segment(doc))
			n += sb.Len()
			sb.Reset()
		}
	}
	line0 := true
	for _, l := range strings.Split(string(raw), "\n") {
		fs := strings.Fields(l)
		switch {
		case len(fs) == 0:
			if !line0 {
				sb.WriteString("\n")
				line0 = true
			}
		case fs[0] == "-DOCSTART-":
			flush()
		default:
			if !line0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(fs[0])
			line0 = false
		}
	}
	flush()
	return docs, sents, n
}

func benchDocs(b *testing.B, docs []*document.Document, sents [][]text.Sentence, n int, cold bool) {
	d, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, doc := range docs {
			if cold {
				d.caches.mu.Lock()
				for _, w := range d.caches.free {
					w.c.restore()
				}
				d.caches.mu.Unlock()
			}
			d.Detect(doc, sents[k])
		}
	}
}

// BenchmarkDetectCoNLL runs the detector over the 216 news documents of
// CoNLL-2003's development set, text it was not trained on, the word
// caches warm from the previous iterations (as in a pipeline that has seen
// news before).
func BenchmarkDetectCoNLL(b *testing.B) {
	docs, sents, n := conllText(b)
	benchDocs(b, docs, sents, n, false)
}

// BenchmarkDetectCoNLLCold is BenchmarkDetectCoNLL with the word caches
// back to their start (the model's frequent words only) before every
// document: as for a process that reads a single document.
func BenchmarkDetectCoNLLCold(b *testing.B) {
	docs, sents, n := conllText(b)
	benchDocs(b, docs, sents, n, true)
}

// BenchmarkDetectTBAQ and BenchmarkDetectTBAQCold are the same on the
// TBAQ documents: the training data, where every word pair the model
// knows occurs (slower lookups than on new text).
func BenchmarkDetectTBAQ(b *testing.B) {
	docs, sents, n := tbaqText(b)
	benchDocs(b, docs, sents, n, false)
}

func BenchmarkDetectTBAQCold(b *testing.B) {
	docs, sents, n := tbaqText(b)
	benchDocs(b, docs, sents, n, true)
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
	d := d0.WithCascade(0, 0, 0)
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

// TestDetectConcurrent runs Detect from several goroutines (the caches are
// shared through the detector's free list) and checks every result against
// a sequential run. Run with -race.
func TestDetectConcurrent(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{benchText, "Rebels seized the town on Monday and said they would hold it.", strings.Repeat("Prices rose. ", 50), "The board approved the merger after shareholders voted."}
	want := make([][]Mention, len(texts))
	docs := make([]*document.Document, len(texts))
	sents := make([][]text.Sentence, len(texts))
	for i, s := range texts {
		docs[i] = &document.Document{Text: s}
		sents[i] = text.Segment(docs[i])
		want[i] = d.Detect(docs[i], sents[i])
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for r := 0; r < 20; r++ {
				i := (g + r) % len(texts)
				got := d.Detect(docs[i], sents[i])
				if len(got) != len(want[i]) {
					errs <- "different mention count"
					return
				}
				for k := range got {
					if got[k] != want[i][k] {
						errs <- "different mention"
						return
					}
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// The word cache's index finds every key it was given, after growing
// and after restore, and no other.
func TestWordCacheIndex(t *testing.T) {
	c := newWordCache(0)
	key := func(i int) string {
		return "w" + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + string(rune('a'+i/676))
	}
	add := func(i int) {
		c.entries = append(c.entries, wordEntry{key: key(i)})
		c.insert(int32(len(c.entries) - 1))
	}
	check := func(n, absent int) {
		for i := 0; i < n; i++ {
			if k, _, ok := c.find(key(i), maphash.String(c.seed, key(i))); !ok || int(k) != i {
				t.Fatalf("key %d (%s): entry %d, %v", i, key(i), k, ok)
			}
		}
		for i := n; i < absent; i++ {
			if _, _, ok := c.find(key(i), maphash.String(c.seed, key(i))); ok {
				t.Fatalf("key %d found, not added", i)
			}
		}
	}
	for i := 0; i < 100; i++ {
		add(i)
	}
	check(100, 200)
	c = c.clone()
	for i := 100; i < 5000; i++ {
		add(i)
	}
	check(5000, 6000)
	c.restore()
	if len(c.entries) != 100 || c.nkeys != 100 {
		t.Fatalf("restore kept %d entries, %d keys", len(c.entries), c.nkeys)
	}
	check(100, 5000)
}
