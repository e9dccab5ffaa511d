package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/timex"
)

// TagTokenized runs the entity stage (with the temporal tagging it reads)
// over one pre-tokenized document and returns its names as IOB2 tags, one
// list per sentence (empty sentences get empty lists): what the product
// finds, in the form CoNLL scorers read.
func TagTokenized(id string, sentences [][]string) [][]string {
	doc, sents := TokenizedDocument(id, sentences)
	tags := TokenTags(sents, Recognize(doc, sents, timex.Tag(doc, sents)))
	out := make([][]string, len(sentences))
	j := 0
	for i, s := range sentences {
		if len(s) == 0 {
			out[i] = []string{}
			continue
		}
		out[i] = tags[j]
		j++
	}
	return out
}

// TokenizedDocument builds a document from text that comes already split
// into sentences and tokens (a CoNLL file): the tokens joined by spaces,
// one sentence a line. It returns the sentences with exactly those tokens
// and their byte spans, to pass to the stages instead of text.Segment.
// Bytes that are not UTF-8 become U+FFFD.
func TokenizedDocument(id string, sentences [][]string) (*document.Document, []text.Sentence) {
	var b strings.Builder
	n := 0
	for _, s := range sentences {
		for _, t := range s {
			n += len(t) + 1
		}
	}
	b.Grow(n)
	sents := make([]text.Sentence, 0, len(sentences))
	for _, s := range sentences {
		if len(s) == 0 {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		start := b.Len()
		toks := make([]text.Token, 0, len(s))
		for i, t := range s {
			if i > 0 {
				b.WriteByte(' ')
			}
			st := b.Len()
			b.WriteString(strings.ToValidUTF8(t, "\uFFFD"))
			toks = append(toks, text.Token{Span: document.Span{Start: st, End: b.Len()}, Kind: tokenKind(t)})
		}
		sents = append(sents, text.Sentence{Span: document.Span{Start: start, End: b.Len()}, Index: len(sents), Tokens: toks})
	}
	doc := &document.Document{ID: id, Text: b.String()}
	for i := range sents {
		for k := range sents[i].Tokens {
			t := &sents[i].Tokens[k]
			t.Text = doc.Text[t.Start:t.End]
			t.Lower = strings.ToLower(t.Text)
		}
	}
	return doc, sents
}

// tokenKind classifies a given token as text.Tokenize would.
func tokenKind(t string) text.Kind {
	r, _ := utf8.DecodeRuneInString(t)
	switch {
	case unicode.IsDigit(r):
		return text.Number
	case unicode.IsLetter(r):
		return text.Word
	}
	// "'s", "'90s": a word behind an apostrophe.
	if len(t) > 1 && (r == '\'' || r == '’') {
		r2, _ := utf8.DecodeRuneInString(t[utf8.RuneLen(r):])
		if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
			return text.Word
		}
	}
	return text.Punct
}

// TokenTags writes the names among the mentions of es as IOB2 tags over
// the tokens of sents (PER, ORG, LOC; one list per sentence): mentions of
// kind name, alias or acronym, not descriptions or nationality words. A
// mention that begins or ends inside a token ("London" in "London-based",
// "Abe" in "Abe-Putin") has no token span and is left out. Overlapping
// mentions keep the first written (entities in order, mentions in order).
func TokenTags(sents []text.Sentence, es []Entity) [][]string {
	out := make([][]string, len(sents))
	for i, s := range sents {
		out[i] = make([]string, len(s.Tokens))
		for k := range out[i] {
			out[i][k] = "O"
		}
	}
	for _, e := range es {
		typ := nerLabel[e.Type]
		if typ == "" {
			continue
		}
		for _, m := range e.Mentions {
			if m.Kind != "" && m.Kind != "name" && m.Kind != "alias" && m.Kind != "acronym" && m.Kind != "dateline" {
				continue
			}
			if m.Sentence < 0 || m.Sentence >= len(sents) {
				continue
			}
			toks := sents[m.Sentence].Tokens
			a, b := -1, -1
			for k, t := range toks {
				if t.Start == m.Start {
					a = k
				}
				if t.End == m.End {
					b = k + 1
				}
			}
			if a < 0 || b <= a {
				continue
			}
			tags := out[m.Sentence]
			free := true
			for k := a; k < b; k++ {
				if tags[k] != "O" {
					free = false
				}
			}
			if !free {
				continue
			}
			for k := a; k < b; k++ {
				if k == a {
					tags[k] = "B-" + typ
				} else {
					tags[k] = "I-" + typ
				}
			}
		}
	}
	return out
}

var nerLabel = map[string]string{Person: "PER", Organization: "ORG", Location: "LOC"}
