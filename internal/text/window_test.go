package text

import (
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
)

// Text without sentence punctuation is cut into sentences of at most
// MaxSentenceTokens tokens, preferably after a comma or at a line break,
// covering every token once and in order.
func TestLongSentenceIsWindowed(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 3000; i++ {
		b.WriteString("leaders met again")
		switch {
		case i%97 == 96:
			b.WriteString(",")
		case i%131 == 130:
			b.WriteString("\n")
		}
		b.WriteString(" ")
	}
	txt := b.String()
	all := Tokenize(txt, document.Span{Start: 0, End: len(txt)})
	ss := Segment(&document.Document{Text: txt})
	if len(ss) < len(all)/MaxSentenceTokens {
		t.Fatalf("%d sentences for %d tokens", len(ss), len(all))
	}
	n := 0
	for i, s := range ss {
		if len(s.Tokens) > MaxSentenceTokens || len(s.Tokens) == 0 {
			t.Errorf("sentence %d has %d tokens", i, len(s.Tokens))
		}
		if s.Index != i || s.Start != s.Tokens[0].Start || s.End != s.Tokens[len(s.Tokens)-1].End {
			t.Errorf("sentence %d: index %d, span %v", i, s.Index, s.Span)
		}
		for _, tk := range s.Tokens {
			if tk != all[n] {
				t.Fatalf("token %d: %+v, want %+v", n, tk, all[n])
			}
			n++
		}
		if i < len(ss)-1 {
			last := s.Tokens[len(s.Tokens)-1]
			gap := txt[last.End:ss[i+1].Start]
			if last.Text != "," && !strings.Contains(gap, "\n") {
				t.Errorf("sentence %d cut after %q with no comma or line break available nearby", i, last.Text)
			}
		}
	}
	if n != len(all) {
		t.Errorf("%d tokens in sentences, want %d", n, len(all))
	}
	// With no comma or break at all, the cut falls at the bound.
	long := strings.Repeat("word ", 1234)
	ss = Segment(&document.Document{Text: long})
	if len(ss) != 3 || len(ss[0].Tokens) != MaxSentenceTokens || len(ss[2].Tokens) != 1234-2*MaxSentenceTokens {
		t.Errorf("unbroken text: %d sentences", len(ss))
	}
}
