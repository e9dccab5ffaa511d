package syntax

import (
	"bytes"
	"strings"
	"testing"
)

func TestCoNLLUErrors(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"1\tA\n", "line 1: 2 fields"},
		{"2\tA\t_\t_\t_\t_\t0\troot\t_\t_\n", "line 1: word ID \"2\", want 1"},
		{"1\tA\t_\t_\t_\t_\tx\troot\t_\t_\n", "head \"x\" is not a number"},
		{"1\tA\t_\t_\t_\t_\t5\troot\t_\t_\n\n", "head 5 outside the sentence"},
	} {
		_, err := ReadCoNLLU(strings.NewReader(c.in))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.in, err, c.want)
		}
	}
}

// What the reader accepts, the writer writes back so that it reads the
// same again; nothing panics.
func FuzzReadCoNLLU(f *testing.F) {
	f.Add([]byte(tinyTreebank))
	f.Add([]byte("# text = a\n1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\t_\t_\t_\t_\t0\troot\t_\t_\n2\tn't\t_\t_\t_\t_\t1\tadvmod\t_\t_\n2.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n"))
	f.Add([]byte("\ufeff1\tA\t_\t_\t_\t_\t_\t_\t_\t_\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s1, err := ReadCoNLLU(bytes.NewReader(data))
		if err != nil {
			return
		}
		var b bytes.Buffer
		if err := WriteCoNLLU(&b, s1); err != nil {
			t.Fatal(err)
		}
		s2, err := ReadCoNLLU(bytes.NewReader(b.Bytes()))
		if err != nil {
			t.Fatalf("written CoNLL-U does not read back: %v\n%q", err, b.String())
		}
		var b2 bytes.Buffer
		WriteCoNLLU(&b2, s2)
		if !bytes.Equal(b.Bytes(), b2.Bytes()) {
			t.Fatalf("not stable:\n%q\n%q", b.String(), b2.String())
		}
		if len(s1) != len(s2) {
			t.Fatalf("%d sentences, then %d", len(s1), len(s2))
		}
		for i := range s1 {
			if len(s1[i].Words) != len(s2[i].Words) {
				t.Fatalf("sentence %d: %d words, then %d", i, len(s1[i].Words), len(s2[i].Words))
			}
		}
	})
}

// The model never panics on odd words and always gives a tree.
func FuzzAnnotate(f *testing.F) {
	f.Add("Putin met Abe")
	f.Add("The crisis began on Tuesday , when Anna Berg , the chief , and Tom Lind quit , as investors fled .")
	f.Add("\x00 ’’ -- 2017-11-10 n't 's")
	f.Add("")
	m, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var ws []Word
		for _, x := range strings.Fields(s) {
			ws = append(ws, Word{Form: x})
		}
		m.Annotate(ws)
		roots := 0
		for i, w := range ws {
			if w.Head < 0 || w.Head > len(ws) || w.Head == i+1 || w.UPOS == "" || w.Rel == "" {
				t.Fatalf("word %d %+v", i, w)
			}
			if w.Head == 0 {
				roots++
			}
		}
		if len(ws) > 0 && roots != 1 {
			t.Fatalf("%d roots", roots)
		}
		if len(ws) > 0 && !isTree(ws) {
			t.Fatalf("not a tree: %+v", ws)
		}
	})
}
