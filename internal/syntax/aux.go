package syntax

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
)

// ReadCoNLL2003Lexicon reads CoNLL-2003 NER data (word, Penn tag, chunk,
// entity tag a line) and returns, for every lowercased word, the Penn tags
// it takes in at least a tenth of its uses and whether it is mostly part of
// a name, as Lexicon.Aux entries. Reuters news of 1996-97 seen that way
// tells the tagger about names and words the web treebank lacks.
func ReadCoNLL2003Lexicon(r io.Reader) (map[string]string, error) {
	type stat struct {
		tags  map[string]int
		n     int
		names int
		upper int
	}
	st := map[string]*stat{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		if len(f) == 0 || f[0] == "-DOCSTART-" {
			continue
		}
		if len(f) < 4 {
			return nil, fmt.Errorf("line %d: %d fields, want 4", line, len(f))
		}
		low := strings.ToLower(f[0])
		s := st[low]
		if s == nil {
			s = &stat{tags: map[string]int{}}
			st[low] = s
		}
		s.n++
		s.tags[f[1]]++
		if f[3] != "O" {
			s.names++
		}
		if f[0] != low {
			s.upper++
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	out := make(map[string]string, len(st))
	for w, s := range st {
		var tags []string
		for t, c := range s.tags {
			if c*10 >= s.n {
				tags = append(tags, t)
			}
		}
		sort.Strings(tags)
		v := strings.Join(tags, ",")
		if s.names*2 > s.n {
			v += "|name"
		}
		if s.upper*2 > s.n {
			v += "|cap"
		}
		if s.n >= 5 {
			v += "|freq"
		}
		out[w] = v
	}
	return out, nil
}

// ReadCoNLL2003Sentences reads CoNLL-2003 NER data as tagged sentences for
// the tagger (no trees): each word with its Penn tag and the universal tag
// that ref (gold treebank sentences) gives that word with that Penn tag
// most often, else the one it gives the Penn tag most often. Bracket and
// quote tags are written as the treebank writes them. The tags were given
// by a tagger, not by hand: news text of another kind than the web
// treebank's, not a gold standard.
func ReadCoNLL2003Sentences(r io.Reader, ref []Sentence) ([]Sentence, error) {
	byWord := map[[2]string]map[string]int{}
	byTag := map[string]map[string]int{}
	joint := map[string]bool{}
	for _, s := range ref {
		for _, w := range s.Words {
			k := [2]string{strings.ToLower(w.Form), w.XPOS}
			if byWord[k] == nil {
				byWord[k] = map[string]int{}
			}
			byWord[k][w.UPOS]++
			if byTag[w.XPOS] == nil {
				byTag[w.XPOS] = map[string]int{}
			}
			byTag[w.XPOS][w.UPOS]++
			joint[w.UPOS+"|"+w.XPOS] = true
		}
	}
	best := func(m map[string]int) string {
		out, n := "", 0
		for u, c := range m {
			if c > n || c == n && u < out {
				out, n = u, c
			}
		}
		return out
	}
	var out []Sentence
	var cur []Word
	flush := func() {
		if len(cur) > 0 {
			out = append(out, Sentence{Words: cur})
			cur = nil
		}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	quoteOpen := false
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			flush()
			continue
		}
		if f[0] == "-DOCSTART-" {
			continue
		}
		if len(f) < 4 {
			return nil, fmt.Errorf("line %d: %d fields, want 4", line, len(f))
		}
		xpos := f[1]
		switch xpos {
		case "(":
			xpos = "-LRB-"
		case ")":
			xpos = "-RRB-"
		case "\"":
			if quoteOpen {
				xpos = "''"
			} else {
				xpos = "``"
			}
			quoteOpen = !quoteOpen
		}
		if i := strings.IndexByte(xpos, '|'); i > 0 {
			xpos = xpos[:i]
		}
		upos := best(byWord[[2]string{strings.ToLower(f[0]), xpos}])
		if upos == "" {
			upos = best(byTag[xpos])
		}
		if upos == "" || !joint[upos+"|"+xpos] {
			flush() // a tag the treebank does not have: drop the sentence
			for sc.Scan() && strings.TrimSpace(sc.Text()) != "" {
				line++
			}
			line++
			continue
		}
		cur = append(cur, Word{Form: f[0], UPOS: upos, XPOS: xpos, Head: -1, Token: -1})
	}
	flush()
	return out, sc.Err()
}
