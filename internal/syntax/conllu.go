package syntax

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// CoNLL-U (https://universaldependencies.org/format.html): one line a word,
// ten tab-separated fields, blank lines between sentences, # comments.
// Multiword-token ranges ("1-2 don't") and empty nodes ("8.1") are kept as
// lines so that a file is written back with exactly its own sentences and
// words.

// Sentence is one CoNLL-U sentence block.
type Sentence struct {
	Comments []string // without the leading "# "
	Words    []Word
	// Extra holds the range and empty-node lines, each before the word
	// at index At (len(Words) for the end).
	Extra []ExtraLine
}

// ExtraLine is a multiword-token range or an empty node, kept verbatim.
type ExtraLine struct {
	At     int
	Fields [10]string
}

// Text returns the sentence's "# text" comment, or the words joined.
func (s *Sentence) Text() string {
	for _, c := range s.Comments {
		if strings.HasPrefix(c, "text = ") {
			return strings.TrimPrefix(c, "text = ")
		}
	}
	forms := make([]string, len(s.Words))
	for i, w := range s.Words {
		forms[i] = w.Form
	}
	return strings.Join(forms, " ")
}

// ReadCoNLLU reads every sentence of r. Errors name the line.
func ReadCoNLLU(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	var out []Sentence
	var cur Sentence
	open := false
	line := 0
	flush := func() error {
		if !open {
			return nil
		}
		for i, w := range cur.Words {
			if w.Head < -1 || w.Head > len(cur.Words) {
				return fmt.Errorf("sentence ending at line %d: word %d has head %d outside the sentence", line, i+1, w.Head)
			}
		}
		out = append(out, cur)
		cur = Sentence{}
		open = false
		return nil
	}
	for sc.Scan() {
		line++
		l := strings.TrimRight(sc.Text(), "\r")
		if line == 1 {
			l = strings.TrimPrefix(l, "\ufeff")
		}
		if strings.TrimSpace(l) == "" {
			if err := flush(); err != nil {
				return out, err
			}
			continue
		}
		open = true
		if strings.HasPrefix(l, "#") {
			cur.Comments = append(cur.Comments, strings.TrimSpace(strings.TrimPrefix(l, "#")))
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 10 {
			return out, fmt.Errorf("line %d: %d fields, want 10", line, len(f))
		}
		if strings.ContainsAny(f[0], "-.") {
			var e ExtraLine
			e.At = len(cur.Words)
			copy(e.Fields[:], f)
			cur.Extra = append(cur.Extra, e)
			continue
		}
		id, err := strconv.Atoi(f[0])
		if err != nil || id != len(cur.Words)+1 {
			return out, fmt.Errorf("line %d: word ID %q, want %d", line, f[0], len(cur.Words)+1)
		}
		w := Word{Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Feats: f[5], Rel: f[7], Deps: f[8], Misc: f[9]}
		if f[6] == "_" {
			w.Head = -1
		} else if w.Head, err = strconv.Atoi(f[6]); err != nil {
			return out, fmt.Errorf("line %d: head %q is not a number", line, f[6])
		}
		cur.Words = append(cur.Words, w)
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("line %d: %w", line, err)
	}
	if err := flush(); err != nil {
		return out, err
	}
	return out, nil
}

// WriteCoNLLU writes sentences in CoNLL-U; empty fields are written "_".
func WriteCoNLLU(w io.Writer, sents []Sentence) error {
	bw := bufio.NewWriter(w)
	for _, s := range sents {
		for _, c := range s.Comments {
			bw.WriteString("# ")
			bw.WriteString(clean(c))
			bw.WriteByte('\n')
		}
		x := 0
		for i := 0; i <= len(s.Words); i++ {
			for x < len(s.Extra) && s.Extra[x].At <= i {
				bw.WriteString(strings.Join(s.Extra[x].Fields[:], "\t"))
				bw.WriteByte('\n')
				x++
			}
			if i == len(s.Words) {
				break
			}
			wd := s.Words[i]
			head := "_"
			if wd.Head >= 0 {
				head = strconv.Itoa(wd.Head)
			}
			f := [10]string{strconv.Itoa(i + 1), wd.Form, wd.Lemma, wd.UPOS, wd.XPOS, wd.Feats, head, wd.Rel, wd.Deps, wd.Misc}
			for j := range f {
				f[j] = field(f[j])
			}
			bw.WriteString(strings.Join(f[:], "\t"))
			bw.WriteByte('\n')
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// field makes a value safe for a CoNLL-U column: no tabs or newlines, and
// "_" for empty.
func field(s string) string {
	if s == "" {
		return "_"
	}
	return clean(s)
}

func clean(s string) string {
	if !strings.ContainsAny(s, "\t\n\r") {
		return s
	}
	return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s)
}
