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
