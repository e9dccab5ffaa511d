package syntax_test

import (
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/syntax"
	"github.com/chronicle-news/chronicle/internal/text"
)

func words(s string) []syntax.Word {
	return syntax.FromTokens(text.Tokenize(s, document.Span{Start: 0, End: len(s)}))
}

func forms(ws []syntax.Word) string {
	f := make([]string, len(ws))
	for i, w := range ws {
		f[i] = w.Form
	}
	return strings.Join(f, " ")
}

func TestFromTokensEWT(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		// Clitics, with ' and ’, in any case.
		{"I don't know.", "I do n't know ."},
		{"They can't and won't.", "They ca n't and wo n't ."},
		{"DON'T", "DO N'T"},
		{"Putin's visit", "Putin 's visit"},
		{"Putin’s visit", "Putin ’s visit"},
		{"we're here, you've seen, they'll go, I'd say, I'm in", "we 're here , you 've seen , they 'll go , I 'd say , I 'm in"},
		{"it’s isn’t", "it ’s is n’t"},
		{"shouldn't've", "should n't 've"},
		{"the 1990's", "the 1990 's"},
		{"You cannot, gonna, wanna, gotta", "You can not , gon na , wan na , got ta"},
		// Not clitics.
		{"O'Brien and O'Neill's rock'n'roll", "O'Brien and O'Neill 's rock'n'roll"},
		{"the students' union", "the students ' union"},
		{"cannoted", "cannoted"},
		// Hyphens: split as EWT does.
		{"a well-known fact", "a well - known fact"},
		{"a 26-year-old man", "a 26 - year - old man"},
		{"in 1969-1970 and 3:00-5:30", "in 1969 - 1970 and 3:00 - 5:30"},
		{"the F-102 jet", "the F - 102 jet"},
		{"Al-Zaman", "Al - Zaman"},
		// Kept whole: prefixes, dates, phone numbers.
		{"e-mail non-violence anti-American mid-August co-workers", "e-mail non-violence anti-American mid-August co-workers"},
		{"non-violence-related", "non-violence - related"},
		{"on 2017-11-10 call 1-800-991-9019 or 345-9945, ZIP 77415-0027", "on 2017-11-10 call 1-800-991-9019 or 345-9945 , ZIP 77415-0027"},
		{"AK-47's", "AK - 47 's"},
		// Runs of dots and hyphens.
		{"Wait... what -- no", "Wait ... what -- no"},
		{"a . . . b", "a . . . b"},
		{"U.S. 3.5 1,000", "U.S. 3.5 1,000"},
	} {
		if got := forms(words(tc.in)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.in, got, tc.want)
		}
	}
}

// Every word's span holds its form (or, for a merged run, the run), words
// follow each other, and Token names the token they come from.
func TestFromTokensSpans(t *testing.T) {
	s := "Abe’s well-known plan... wasn't 2017-11-10's news -- e-mail it."
	toks := text.Tokenize(s, document.Span{Start: 0, End: len(s)})
	ws := syntax.FromTokens(toks)
	prev := 0
	for i, w := range ws {
		if s[w.Start:w.End] != w.Form {
			t.Errorf("word %d %q has span %v holding %q", i, w.Form, w.Span, s[w.Start:w.End])
		}
		if w.Start < prev {
			t.Errorf("word %d %q starts before the previous word ends", i, w.Form)
		}
		prev = w.End
		tok := toks[w.Token]
		if w.Start < tok.Start || w.Start >= tok.End || w.Head != -1 {
			t.Errorf("word %d %q: token %d %q, head %d", i, w.Form, w.Token, tok.Text, w.Head)
		}
	}
	if got, want := forms(ws), "Abe ’s well - known plan ... was n't 2017-11-10 's news -- e-mail it ."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
