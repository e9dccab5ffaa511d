// Command clusters learns word classes from unlabeled text for the name
// tagger of package ner, with the predictive exchange algorithm
// (Uszkoreit & Brants 2008; Martin, Liermann & Ney 1998): each word of the
// vocabulary is moved, in turn, to the class that most raises the
// likelihood of the text under P(w_i | w_i-1) = P(c(w_i) | w_i-1) ·
// P(w_i | c(w_i)), until a pass moves few words. It runs once per class
// count given in -c and writes one line per word: the word, then its class
// in each clustering (numbered from 1 by first appearance in frequency
// order), tab-separated, the words in byte order.
//
//	go run ./internal/ner/cmd/clusters \
//	    -conll ../shared/data/conll2003/eng.train \
//	    -conllu ../shared/data/ud-ewt/en_ewt-ud-train.conllu \
//	    -tml '../shared/data/tempeval3/TBAQ-cleaned/*/*.tml' \
//	    -tml '../shared/data/wikiwars-dev/*.tml' \
//	    -wordnet /usr/share/wordnet \
//	    -c 128,512,2048 -o internal/ner/clusters.txt.gz
//
// Words are taken as written (case kept); words seen fewer than -min times
// share one "rare" entry that is clustered but not written. The result is
// deterministic: the same text and flags give the same file.
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"html"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/text"
)

type list []string

func (l *list) String() string     { return strings.Join(*l, ",") }
func (l *list) Set(s string) error { *l = append(*l, s); return nil }

func main() {
	var conll, conllu, tml list
	flag.Var(&conll, "conll", "CoNLL-2003 file: first column tokens (repeatable)")
	flag.Var(&conllu, "conllu", "CoNLL-U file: FORM column (repeatable)")
	flag.Var(&tml, "tml", "glob of TimeML/XML files: text between tags, tokenized (repeatable)")
	wordnet := flag.String("wordnet", "", "WordNet dict directory: the glosses of data.{noun,verb,adj,adv}")
	classes := flag.String("c", "128,512,2048", "class counts, comma-separated: one clustering each")
	rclasses := flag.String("rc", "", "class counts of clusterings by the next word instead of the previous one (the text reversed), written after those of -c")
	minCount := flag.Int("min", 3, "words seen fewer times share the rare entry")
	iters := flag.Int("iter", 20, "most passes over the vocabulary")
	out := flag.String("o", "", "output file (.gz: gzip)")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "usage: clusters [-conll F] [-conllu F] [-tml GLOB] [-wordnet DIR] -c N,N -o FILE")
		os.Exit(2)
	}
	cs, rcs := counts(*classes), counts(*rclasses)
	if err := run(conll, conllu, tml, *wordnet, cs, rcs, *minCount, *iters, *out); err != nil {
		fmt.Fprintln(os.Stderr, "clusters:", err)
		os.Exit(1)
	}
}

func counts(s string) []int {
	var cs []int
	for _, f := range strings.Split(s, ",") {
		if strings.TrimSpace(f) == "" {
			continue
		}
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 2 {
			fmt.Fprintln(os.Stderr, "clusters: bad class count", f)
			os.Exit(2)
		}
		cs = append(cs, n)
	}
	return cs
}

func run(conll, conllu, tml []string, wordnet string, cs, rcs []int, minCount, iters int, out string) error {
	start := time.Now()
	var sents [][]string
	add := func(name string, s [][]string, err error) error {
		if err != nil {
			return err
		}
		n := 0
		for _, x := range s {
			n += len(x)
		}
		fmt.Printf("%s: %d sentences, %d tokens\n", name, len(s), n)
		sents = append(sents, s...)
		return nil
	}
	for _, f := range conll {
		s, err := readCoNLL(f, 0, "-DOCSTART-")
		if err := add(f, s, err); err != nil {
			return err
		}
	}
	for _, f := range conllu {
		s, err := readCoNLL(f, 1, "#")
		if err := add(f, s, err); err != nil {
			return err
		}
	}
	for _, g := range tml {
		files, err := filepath.Glob(g)
		if err != nil {
			return err
		}
		if len(files) == 0 {
			return fmt.Errorf("%s: no files", g)
		}
		sort.Strings(files)
		var all [][]string
		for _, f := range files {
			s, err := readTML(f)
			if err != nil {
				return err
			}
			all = append(all, s...)
		}
		if err := add(g, all, nil); err != nil {
			return err
		}
	}
	if wordnet != "" {
		var all [][]string
		for _, pos := range []string{"noun", "verb", "adj", "adv"} {
			s, err := readGlosses(filepath.Join(wordnet, "data."+pos))
			if err != nil {
				return err
			}
			all = append(all, s...)
		}
		if err := add(wordnet+" glosses", all, nil); err != nil {
			return err
		}
	}
	c := newCorpus(sents, minCount)
	fmt.Printf("vocabulary %d words seen at least %d times (of %d), %d bigram types\n", len(c.words)-2, minCount, c.types, c.nBigrams())
	var results [][]int32
	for _, k := range cs {
		results = append(results, c.exchange(k, iters))
		fmt.Printf("%d classes done [%s]\n", k, time.Since(start).Round(time.Second))
	}
	if len(rcs) > 0 {
		for _, s := range sents {
			slices.Reverse(s)
		}
		r := newCorpus(sents, minCount) // the same vocabulary, numbered alike
		for _, k := range rcs {
			results = append(results, r.exchange(k, iters))
			fmt.Printf("%d classes by the next word done [%s]\n", k, time.Since(start).Round(time.Second))
		}
	}
	return write(out, c, results)
}

// readCoNLL reads the column col of a tab- or space-separated file whose
// sentences are separated by blank lines; lines starting with skip are
// ignored, and so are CoNLL-U multiword and empty-node lines.
func readCoNLL(path string, col int, skip string) ([][]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out [][]string
	var cur []string
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" {
			if len(cur) > 0 {
				out = append(out, cur)
				cur = nil
			}
			continue
		}
		if strings.HasPrefix(line, skip) {
			continue
		}
		var fs []string
		if col > 0 {
			fs = strings.Split(line, "\t")
			if strings.ContainsAny(fs[0], "-.") {
				continue
			}
		} else {
			fs = strings.Fields(line)
		}
		if col < len(fs) {
			cur = append(cur, fs[col])
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out, nil
}

var tagRE = regexp.MustCompile(`<[^>]*>`)

// readTML returns the text of a TimeML or XML file (inside <TEXT> if it
// has one), without tags, one token list per non-blank line, tokenized as
// the pipeline tokenizes.
func readTML(path string) ([][]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if i := bytes.Index(b, []byte("<TEXT>")); i >= 0 {
		b = b[i:]
		if j := bytes.Index(b, []byte("</TEXT>")); j >= 0 {
			b = b[:j]
		}
	}
	s := html.UnescapeString(tagRE.ReplaceAllString(string(b), ""))
	return tokenizeLines(s), nil
}

func tokenizeLines(s string) [][]string {
	var out [][]string
	for _, line := range strings.Split(s, "\n") {
		toks := text.Tokenize(line, document.Span{Start: 0, End: len(line)})
		if len(toks) == 0 {
			continue
		}
		ws := make([]string, len(toks))
		for i, t := range toks {
			ws[i] = t.Text
		}
		out = append(out, ws)
	}
	return out
}

// readGlosses returns the glosses (definitions and examples) of a WordNet
// data file, one token list each.
func readGlosses(path string) ([][]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out [][]string
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "  ") { // licence header
			continue
		}
		i := strings.Index(line, " | ")
		if i < 0 {
			continue
		}
		out = append(out, tokenizeLines(strings.TrimSpace(line[i+3:]))...)
	}
	return out, nil
}

// corpus is the text as word numbers: 0 is the sentence start, 1 the rare
// entry, then the words by falling frequency (ties in byte order).
type corpus struct {
	words []string
	count []int64 // occurrences as the second word of a bigram
	// preds[w] are the words before w, with their counts.
	preds [][]pred
	types int
	total int64
}

type pred struct {
	v int32
	n int32
}

func newCorpus(sents [][]string, minCount int) *corpus {
	freq := map[string]int{}
	for _, s := range sents {
		for _, w := range s {
			freq[w]++
		}
	}
	var vocab []string
	for w, n := range freq {
		if n >= minCount {
			vocab = append(vocab, w)
		}
	}
	sort.Slice(vocab, func(i, j int) bool {
		a, b := vocab[i], vocab[j]
		if freq[a] != freq[b] {
			return freq[a] > freq[b]
		}
		return a < b
	})
	c := &corpus{words: append([]string{"<s>", "<rare>"}, vocab...), types: len(freq)}
	id := make(map[string]int32, len(vocab))
	for i, w := range vocab {
		id[w] = int32(i + 2)
	}
	c.count = make([]int64, len(c.words))
	big := map[[2]int32]int32{}
	for _, s := range sents {
		prev := int32(0)
		for _, w := range s {
			k, ok := id[w]
			if !ok {
				k = 1
			}
			big[[2]int32{prev, k}]++
			c.count[k]++
			c.total++
			prev = k
		}
	}
	c.preds = make([][]pred, len(c.words))
	keys := make([][2]int32, 0, len(big))
	for k := range big {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][1] != keys[j][1] {
			return keys[i][1] < keys[j][1]
		}
		return keys[i][0] < keys[j][0]
	})
	for _, k := range keys {
		c.preds[k[1]] = append(c.preds[k[1]], pred{k[0], big[k]})
	}
	return c
}

func (c *corpus) nBigrams() int {
	n := 0
	for _, p := range c.preds {
		n += len(p)
	}
	return n
}

// exchange clusters the words (all but the sentence start, which is never
// predicted) into k classes and returns the class of each word.
func (c *corpus) exchange(k, iters int) []int32 {
	nw := len(c.words)
	// f(x) = x log x, tabulated.
	f := make([]float64, c.total+1)
	for x := 1; x < len(f); x++ {
		f[x] = float64(x) * math.Log(float64(x))
	}
	cls := make([]int32, nw)
	for w := 1; w < nw; w++ {
		cls[w] = int32((w - 1) % k) // by frequency rank: the k most frequent words each alone
	}
	nvc := make([]int32, nw*k) // N(v, c): v followed by a word of class c
	nc := make([]int64, k)
	for w := 1; w < nw; w++ {
		for _, p := range c.preds[w] {
			nvc[int(p.v)*k+int(cls[w])] += p.n
		}
		nc[cls[w]] += c.count[w]
	}
	gain := make([]float64, k)
	for it := 1; it <= iters; it++ {
		moved := 0
		for w := 1; w < nw; w++ {
			a := int(cls[w])
			nw := c.count[w]
			ps := c.preds[w]
			for _, p := range ps {
				nvc[int(p.v)*k+a] -= p.n
			}
			nc[a] -= nw
			for b := range gain {
				gain[b] = f[nc[b]] - f[nc[b]+nw]
			}
			for _, p := range ps {
				row := nvc[int(p.v)*k : int(p.v)*k+k]
				n := p.n
				for b, x := range row {
					gain[b] += f[x+n] - f[x]
				}
			}
			best := a
			for b, g := range gain {
				if g > gain[best]+1e-9 {
					best = b
				}
			}
			if best != a {
				moved++
			}
			cls[w] = int32(best)
			for _, p := range ps {
				nvc[int(p.v)*k+best] += p.n
			}
			nc[best] += nw
		}
		ll := 0.0
		for _, x := range nvc {
			ll += f[x]
		}
		for _, x := range nc {
			ll -= f[x]
		}
		fmt.Printf("  %d classes, pass %d: %d words moved, objective %.6g\n", k, it, moved, ll)
		if moved*1000 < nw { // fewer than 0.1% of the words moved
			break
		}
	}
	return cls
}

// write stores the classes of the vocabulary's words (not the sentence
// start and rare entries), classes renumbered from 1 in order of first
// appearance by frequency, one line per word in byte order.
func write(path string, c *corpus, results [][]int32) error {
	renum := make([][]int32, len(results))
	for i, cls := range results {
		m := map[int32]int32{}
		renum[i] = make([]int32, len(cls))
		for w := 2; w < len(cls); w++ {
			r, ok := m[cls[w]]
			if !ok {
				r = int32(len(m) + 1)
				m[cls[w]] = r
			}
			renum[i][w] = r
		}
	}
	order := make([]int, 0, len(c.words)-2)
	for w := 2; w < len(c.words); w++ {
		order = append(order, w)
	}
	sort.Slice(order, func(i, j int) bool { return c.words[order[i]] < c.words[order[j]] })
	var buf bytes.Buffer
	for _, w := range order {
		buf.WriteString(c.words[w])
		for i := range renum {
			buf.WriteByte('\t')
			buf.WriteString(strconv.Itoa(int(renum[i][w])))
		}
		buf.WriteByte('\n')
	}
	data := buf.Bytes()
	if strings.HasSuffix(path, ".gz") {
		var z bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&z, gzip.BestCompression)
		zw.Write(data)
		if err := zw.Close(); err != nil {
			return err
		}
		data = z.Bytes()
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote %s: %d words, %d bytes\n", path, len(order), len(data))
	return nil
}
