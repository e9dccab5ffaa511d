package eval

// Named-entity scoring in the CoNLL-2003 shared-task way (conlleval):
// phrases are compared by exact token span and type; precision is correct
// system phrases / system phrases, recall correct gold phrases / gold
// phrases. Tags may be written in IOB1 (CoNLL-2003: I-X everywhere, B-X only
// between two adjacent phrases of one type), IOB2 (B-X starts every phrase)
// or IOBES/BILOU (E-/L- end a phrase, S-/U- are one-token phrases); each
// sentence is turned into phrases before comparison, so the schemes can be
// mixed between gold and system.

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// NERSentence is one sentence of a CoNLL file: its tokens and, when the
// file has them, the NER tags (last column).
type NERSentence struct {
	Tokens []string
	Tags   []string
}

// NERDoc is one document of a CoNLL file (the text between two
// -DOCSTART- lines). A file without -DOCSTART- lines is one document.
type NERDoc struct {
	Sentences []NERSentence
}

// ReadCoNLL reads a CoNLL-2003 style file: one token a line with
// white-space separated columns (token first, NER tag last), blank lines
// between sentences, "-DOCSTART-" lines between documents. A line with a
// single column is a token without a tag ("O"). Empty documents are
// dropped.
func ReadCoNLL(r io.Reader) ([]NERDoc, error) {
	var docs []NERDoc
	var cur NERDoc
	var sent NERSentence
	endSent := func() {
		if len(sent.Tokens) > 0 {
			cur.Sentences = append(cur.Sentences, sent)
		}
		sent = NERSentence{}
	}
	endDoc := func() {
		endSent()
		if len(cur.Sentences) > 0 {
			docs = append(docs, cur)
		}
		cur = NERDoc{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	line := 0
	for sc.Scan() {
		line++
		fs := strings.Fields(sc.Text())
		if len(fs) == 0 {
			endSent()
			continue
		}
		if fs[0] == "-DOCSTART-" {
			endDoc()
			continue
		}
		tag := "O"
		if len(fs) > 1 {
			tag = fs[len(fs)-1]
			if !validTag(tag) {
				return nil, fmt.Errorf("line %d: %q is not a NER tag (O, B-X, I-X, E-X, S-X, L-X, U-X)", line, tag)
			}
		}
		sent.Tokens = append(sent.Tokens, fs[0])
		sent.Tags = append(sent.Tags, tag)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	endDoc()
	return docs, nil
}

func validTag(tag string) bool {
	if tag == "O" {
		return true
	}
	return len(tag) > 2 && tag[1] == '-' && strings.IndexByte("BIESLU", tag[0]) >= 0
}

// NERSpan is a phrase: tokens [Start, End) of a sentence, of one type.
type NERSpan struct {
	Start, End int
	Type       string
}

// splitTag returns the prefix letter and the type of a tag; "O" and
// anything unreadable give ('O', "").
func splitTag(tag string) (byte, string) {
	if len(tag) > 2 && tag[1] == '-' {
		switch p := tag[0]; p {
		case 'B', 'I', 'E', 'S', 'L', 'U':
			return p, tag[2:]
		}
	}
	return 'O', ""
}

// NERSpans turns one sentence's tags into phrases with conlleval's rules:
// a phrase starts at B-/S-/U-, at I-/E-/L- after O or after a tag of
// another type, and at I-/E-/L- after the end of a phrase (E-/L-/S-/U-);
// it ends before O, before B-/S-/U-, before a change of type, and after
// E-/L-/S-/U-.
func NERSpans(tags []string) []NERSpan {
	var out []NERSpan
	open := -1
	typ := ""
	closed := true // the previous tag ended its phrase (or there was none)
	for i, tag := range tags {
		p, t := splitTag(tag)
		start := false
		switch p {
		case 'O':
			if open >= 0 {
				out = append(out, NERSpan{open, i, typ})
				open = -1
			}
			closed = true
			continue
		case 'B', 'S', 'U':
			start = true
		default: // I, E, L
			start = open < 0 || closed || t != typ
		}
		if start && open >= 0 {
			out = append(out, NERSpan{open, i, typ})
			open = -1
		}
		if start {
			open, typ = i, t
		}
		closed = p == 'E' || p == 'L' || p == 'S' || p == 'U'
		if closed {
			out = append(out, NERSpan{open, i + 1, typ})
			open = -1
		}
	}
	if open >= 0 {
		out = append(out, NERSpan{open, len(tags), typ})
	}
	return out
}

// NERCounts are phrase counts: gold phrases, system phrases and phrases
// found in both with the same span and type.
type NERCounts struct {
	Gold, Sys, Correct int
}

// P is precision.
func (c NERCounts) P() float64 { return ratio(c.Correct, c.Sys) }

// R is recall.
func (c NERCounts) R() float64 { return ratio(c.Correct, c.Gold) }

// F1 is the harmonic mean of P and R.
func (c NERCounts) F1() float64 { return f1(c.P(), c.R()) }

func (c *NERCounts) add(o NERCounts) {
	c.Gold += o.Gold
	c.Sys += o.Sys
	c.Correct += o.Correct
}

// NERScore is the score of a tagging: counts per entity type and the number
// of sentences and tokens compared.
type NERScore struct {
	Sentences, Tokens int
	ByType            map[string]NERCounts
}

// Types returns the entity types seen in gold or system phrases, sorted.
func (s NERScore) Types() []string {
	ts := make([]string, 0, len(s.ByType))
	for t := range s.ByType {
		ts = append(ts, t)
	}
	sort.Strings(ts)
	return ts
}

// Overall sums the counts of the given types; with no types, of all.
func (s NERScore) Overall(types ...string) NERCounts {
	if len(types) == 0 {
		types = s.Types()
	}
	var c NERCounts
	for _, t := range types {
		c.add(s.ByType[t])
	}
	return c
}

// ScoreNER compares system tags with gold tags, sentence by sentence
// (gold[i] and sys[i] are the tags of sentence i). The sentence counts and
// each sentence's tag count must agree.
func ScoreNER(gold, sys [][]string) (NERScore, error) {
	s := NERScore{ByType: map[string]NERCounts{}}
	if len(gold) != len(sys) {
		return s, fmt.Errorf("ner: %d gold sentences but %d system sentences", len(gold), len(sys))
	}
	for i := range gold {
		if len(gold[i]) != len(sys[i]) {
			return s, fmt.Errorf("ner: sentence %d has %d gold tags but %d system tags", i+1, len(gold[i]), len(sys[i]))
		}
		s.Sentences++
		s.Tokens += len(gold[i])
		gs, ss := NERSpans(gold[i]), NERSpans(sys[i])
		inGold := make(map[NERSpan]bool, len(gs))
		for _, g := range gs {
			inGold[g] = true
			c := s.ByType[g.Type]
			c.Gold++
			s.ByType[g.Type] = c
		}
		for _, p := range ss {
			c := s.ByType[p.Type]
			c.Sys++
			if inGold[p] {
				c.Correct++
			}
			s.ByType[p.Type] = c
		}
	}
	return s, nil
}

// WriteNERReport writes the score as a conlleval-like table: one row per
// type, then the total over the types in main (for CoNLL-2003 without MISC:
// PER, ORG, LOC) when main is not empty, then the total over all types.
func WriteNERReport(out io.Writer, s NERScore, main []string) error {
	w := bufio.NewWriter(out)
	fmt.Fprintf(w, "=== named entities: exact span and type ===\n")
	fmt.Fprintf(w, "sentences %d   tokens %d\n", s.Sentences, s.Tokens)
	fmt.Fprintf(w, "%-14s %6s %6s %6s   %6s %6s %6s\n", "", "F1", "P", "R", "gold", "system", "correct")
	row := func(name string, c NERCounts) {
		fmt.Fprintf(w, "%-14s %s %s %s   %6d %6d %6d\n", name, pct(c.F1()), pct(c.P()), pct(c.R()), c.Gold, c.Sys, c.Correct)
	}
	for _, t := range s.Types() {
		row(t, s.ByType[t])
	}
	if len(main) > 0 {
		row(strings.Join(main, "+"), s.Overall(main...))
	}
	row("all types", s.Overall())
	return w.Flush()
}

// TagCoNLL runs a tagger over each document of a CoNLL file and returns, per
// sentence of the file, the gold tags with MISC made O (Chronicle has no
// MISC type), the system tags and the tokens. tag gets a document ID and its
// sentences' tokens and returns one tag list per sentence.
func TagCoNLL(docs []NERDoc, tag func(id string, sents [][]string) [][]string) (gold, sys, toks [][]string) {
	for i, d := range docs {
		sents := make([][]string, len(d.Sentences))
		for j, s := range d.Sentences {
			sents[j] = s.Tokens
			g := make([]string, len(s.Tags))
			for k, t := range s.Tags {
				if strings.HasSuffix(t, "-MISC") {
					t = "O"
				}
				g[k] = t
			}
			gold = append(gold, g)
			toks = append(toks, s.Tokens)
		}
		sys = append(sys, tag("conll"+strconv.Itoa(i+1), sents)...)
	}
	return gold, sys, toks
}
