package syntax

import (
	"strings"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/text"
)

// The project's tokenizer keeps "don't", "Putin's" and "well-known" whole;
// the treebank the models learned from splits them ("do" "n't", "Putin"
// "'s", "well" "-" "known"). FromTokens makes the treebank's words from the
// project's tokens, each word keeping its bytes in the document and the
// token it came from.

// clitics are the endings split off a word, longest first, as EWT does.
var clitics = []string{"n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m"}

// FromTokens returns the words of a sentence's tokens.
func FromTokens(toks []text.Token) []Word {
	out := make([]Word, 0, len(toks)+len(toks)/8)
	for i, t := range toks {
		out = appendWords(out, t, i)
	}
	return out
}

func appendWords(out []Word, t text.Token, ti int) []Word {
	add := func(start, end int) {
		out = append(out, Word{Span: document.Span{Start: t.Start + start, End: t.Start + end}, Token: ti, Form: t.Text[start:end], Head: -1})
	}
	s := t.Text
	if t.Kind != text.Word || len(s) < 2 {
		add(0, len(s))
		return out
	}
	// "cannot" is "can" "not" in the treebank.
	if strings.EqualFold(s, "cannot") {
		add(0, 3)
		add(3, len(s))
		return out
	}
	end := len(s)
	var tail [2]int // start of a clitic, if any
	nt := 0
	for _, c := range clitics {
		if len(s) > len(c) && hasSuffixFold(s, c) {
			tail[nt] = len(s) - len(c)
			nt++
			end = len(s) - len(c)
			break
		}
	}
	// Hyphens between letters split ("well-known", "Abe-Putin"); between
	// digits they do not ("2017-11-10", phone numbers), as in EWT.
	start := 0
	for i := 1; i < end-1; i++ {
		if s[i] != '-' {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		next, _ := utf8.DecodeRuneInString(s[i+1:])
		if isDigit(prev) && isDigit(next) {
			continue
		}
		if i > start {
			add(start, i)
		}
		add(i, i+1)
		start = i + 1
	}
	if end > start {
		add(start, end)
	}
	if nt > 0 {
		add(tail[0], len(s))
	}
	return out
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func hasSuffixFold(s, suf string) bool {
	return len(s) >= len(suf) && strings.EqualFold(s[len(s)-len(suf):], suf)
}

// maxWords bounds the words parsed as one tree: a "sentence" of thousands
// of words (text without punctuation) is parsed in pieces of this size,
// each with its own root, so memory per sentence stays bounded.
const maxWords = 400

// ParseTokens tags and parses one sentence of the project's tokens.
func (m *Model) ParseTokens(toks []text.Token) Tree {
	ws := FromTokens(toks)
	for i := 0; i < len(ws); i += maxWords {
		j := min(i+maxWords, len(ws))
		m.Annotate(ws[i:j])
		if i > 0 {
			for k := i; k < j; k++ {
				if ws[k].Head > 0 {
					ws[k].Head += i
				}
			}
		}
	}
	return Tree{Words: ws}
}

// ParseSentences parses every sentence (their Tokens must be set).
func (m *Model) ParseSentences(sents []text.Sentence) []Tree {
	out := make([]Tree, len(sents))
	for i := range sents {
		out[i] = m.ParseTokens(sents[i].Tokens)
	}
	return out
}
