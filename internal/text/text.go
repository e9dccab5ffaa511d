// Package text splits a document into sentences and tokens, each carrying
// byte offsets into Document.Text, and holds the lexical cues (tense, aspect,
// modality) that later stages read.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/document"
)

// Kind is a token's broad shape.
type Kind uint8

const (
	Word   Kind = iota // letters, possibly with digits, apostrophes, hyphens, dots (U.S.)
	Number             // digits, possibly with , . and an ordinal suffix (1,000 3.5 20th)
	Punct              // anything else, one rune per token
)

// Token is one word, number or punctuation mark.
type Token struct {
	document.Span
	Text  string
	Lower string
	Kind  Kind
}

// Sentence is a run of tokens. Index is its position in the document (0-based).
type Sentence struct {
	document.Span
	Index  int
	Tokens []Token
}

// Abbreviations that end in a dot without ending a sentence.
var abbrev = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "rep": true,
	"gov": true, "gen": true, "lt": true, "col": true, "sgt": true, "capt": true, "cmdr": true,
	"st": true, "jr": true, "sr": true, "inc": true, "corp": true, "co": true, "ltd": true,
	"vs": true, "no": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true,
	"fri": true, "sat": true, "sun": true, "etc": true, "e.g": true, "i.e": true, "approx": true,
	"dept": true, "est": true, "fig": true, "mt": true, "ft": true, "rev": true, "hon": true,
	"pres": true, "supt": true, "messrs": true, "adm": true, "maj": true, "brig": true,
	"ca": true, // circa: "ca. 466 BC"
}

// IsAbbreviation reports whether a word (lower case, without its dot) is
// an abbreviation that ends in a dot without ending a sentence: "mr",
// "dr", "st", "inc", "nov".
func IsAbbreviation(lower string) bool { return abbrev[lower] }

// Segment splits the body of doc into sentences. Sentences never cross a
// body boundary, a blank line or a bulleted line.
func Segment(doc *document.Document) []Sentence {
	return SegmentSpans(doc, doc.BodySpans())
}

// SegmentSpans splits the given regions of doc's text (a part of its body,
// in order) into sentences, indexed from 0.
func SegmentSpans(doc *document.Document, spans []document.Span) []Sentence {
	var out []Sentence
	for _, b := range spans {
		out = appendSentences(out, doc.Text, b)
	}
	for i := range out {
		out[i].Index = i
	}
	return out
}

// Tokenize splits text[span] into tokens.
func Tokenize(text string, span document.Span) []Token {
	// News text averages about five bytes a token (punctuation included);
	// sizing the slice once avoids the copying that growth by append costs.
	toks := make([]Token, 0, span.Len()/5+4)
	i := span.Start
	for i < span.End {
		if c := text[i]; c < utf8.RuneSelf {
			// ASCII, most of news text: no rune decoding.
			switch ascii[c] {
			case asciiSpace:
				i++
				continue
			case asciiPunct:
				if c == '\'' && possessiveAfterDot(text, toks, i, span.End) {
					// "Inc.'s", "Corp.'s": the possessive after an
					// abbreviation's dot is one token, as after a word.
					toks = append(toks, Token{Span: document.Span{Start: i, End: i + 2}, Text: text[i : i+2], Lower: strings.ToLower(text[i : i+2]), Kind: Word})
					i += 2
					continue
				}
				toks = append(toks, Token{Span: document.Span{Start: i, End: i + 1}, Text: text[i : i+1], Lower: text[i : i+1], Kind: Punct})
				i++
				continue
			}
		}
		r, w := utf8.DecodeRuneInString(text[i:span.End])
		switch {
		case unicode.IsSpace(r) || r == 0xA0:
			i += w
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := scanWord(text, i, span.End)
			t := text[i:j]
			toks = append(toks, Token{Span: document.Span{Start: i, End: j}, Text: t, Lower: strings.ToLower(t), Kind: wordKind(t)})
			i = j
		default:
			toks = append(toks, Token{Span: document.Span{Start: i, End: i + w}, Text: text[i : i+w], Lower: text[i : i+w], Kind: Punct})
			i += w
		}
	}
	return toks
}

// possessiveAfterDot reports whether the apostrophe at i opens "'s" right
// after a dot that ends a word ("Inc.'s"), with no letter after the s.
func possessiveAfterDot(text string, toks []Token, i, end int) bool {
	if len(toks) < 2 || i+1 >= end || text[i+1] != 's' && text[i+1] != 'S' {
		return false
	}
	if i+2 < end {
		if c := text[i+2]; c < utf8.RuneSelf && ascii[c] >= asciiLetter {
			return false
		}
	}
	d, w := toks[len(toks)-1], toks[len(toks)-2]
	return d.Text == "." && d.End == i && w.Kind == Word && w.End == d.Start
}

// ASCII byte classes for the tokenizer's fast path.
const (
	asciiPunct = iota
	asciiSpace
	asciiLetter
	asciiDigit
)

var ascii = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		r := rune(c)
		switch {
		case unicode.IsSpace(r):
			t[c] = asciiSpace
		case unicode.IsLetter(r):
			t[c] = asciiLetter
		case unicode.IsDigit(r):
			t[c] = asciiDigit
		case unicode.IsControl(r):
			t[c] = asciiPunct
		}
	}
	return t
}()

func wordKind(t string) Kind {
	if c := t[0]; c < utf8.RuneSelf {
		if ascii[c] == asciiDigit {
			return Number
		}
		return Word
	}
	r, _ := utf8.DecodeRuneInString(t)
	if unicode.IsDigit(r) {
		return Number
	}
	return Word
}

// scanWord returns the end of the word starting at i. Inside a word it
// accepts letters, digits, and single joiners (' ’ - . , /) followed by a
// letter or digit, with care for "U.S." (keeps the final dot) and for
// numbers ("1,000", "3.5").
func scanWord(text string, i, end int) int {
	j := i
	dotted := false
	for j < end {
		if c := text[j]; c < utf8.RuneSelf && ascii[c] >= asciiLetter {
			j++
			continue
		}
		r, w := utf8.DecodeRuneInString(text[j:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j += w
			continue
		}
		if r == '\'' || r == '’' || r == '-' || r == '.' || r == ',' || r == '/' || r == ':' {
			if j+w < end {
				n, _ := utf8.DecodeRuneInString(text[j+w : end])
				prev, _ := utf8.DecodeLastRuneInString(text[i:j])
				ok := false
				switch r {
				case '.':
					// U.S  or 3.5 ; a dot between letters joins only in
					// initialisms (single letters between dots).
					ok = (unicode.IsDigit(prev) && unicode.IsDigit(n)) ||
						(unicode.IsLetter(n) && singleLetterSegment(text[i:j]))
					if ok && unicode.IsLetter(n) {
						dotted = true
					}
				case ',', ':':
					ok = unicode.IsDigit(prev) && unicode.IsDigit(n)
				case '/':
					ok = unicode.IsDigit(prev) && unicode.IsDigit(n)
				default:
					ok = unicode.IsLetter(n) || unicode.IsDigit(n)
				}
				if ok {
					j += w
					continue
				}
			}
			if r == '.' && (dotted || singleLetterSegment(text[i:j]) && isInitial(text[i:j]) && (i == 0 || text[i-1] != '&')) {
				// The closing dot of an initialism: U.S. / U.N. / J.
				// (A single capital followed by a dot is an initial,
				// but not the end of "AT&T." or "Texas A&M.": a
				// sentence's end.)
				j += w
			}
		}
		break
	}
	return j
}

func singleLetterSegment(s string) bool {
	k := strings.LastIndexByte(s, '.')
	seg := s[k+1:]
	return utf8.RuneCountInString(seg) == 1
}

// isInitial reports whether s is a single capital letter ("J" of "J. Smith").
func isInitial(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return utf8.RuneCountInString(s) == 1 && unicode.IsUpper(r)
}

func isBullet(r rune) bool {
	return r == '•' || r == '·' || r == '*' || r == '▪' || r == '‣' || r == '◦' || r == '–' || r == '-'
}

func appendSentences(out []Sentence, text string, b document.Span) []Sentence {
	// First split into blocks at blank lines and bulleted lines, then split
	// each block at sentence-final punctuation.
	start := b.Start
	i := b.Start
	flush := func(end int) {
		out = splitBlock(out, text, document.Span{Start: start, End: end})
	}
	for i < b.End {
		if text[i] != '\n' {
			i++
			continue
		}
		// Look at the next line.
		j := i + 1
		for j < b.End && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
			j++
		}
		if j >= b.End {
			break
		}
		r, _ := utf8.DecodeRuneInString(text[j:b.End])
		if text[j] == '\n' || isBullet(r) {
			flush(i)
			start = j
			i = j
			continue
		}
		i++
	}
	flush(b.End)
	return out
}

var closers = "\"'”’)]»"

// MaxSentenceTokens bounds a sentence: a longer run of tokens without a
// sentence end (text without full stops) is cut into pieces of at most this
// many tokens, after a comma, semicolon, colon or dash or at a line break
// in the second half of the window when there is one. Several stages look
// at pairs of things within a sentence (a candidate name and the tagger's
// spans, a date and the events of its clause), so without the bound their
// time grows with the square of the sentence's length. News sentences are
// far shorter (the longest in TimeBank and AQUAINT has 109 tokens).
const MaxSentenceTokens = 500

func splitBlock(out []Sentence, text string, b document.Span) []Sentence {
	toks := Tokenize(text, b)
	s := 0
	add := func(ts []Token) {
		out = append(out, Sentence{Span: document.Span{Start: ts[0].Start, End: ts[len(ts)-1].End}, Tokens: ts})
	}
	emit := func(e int) {
		for e-s > MaxSentenceTokens {
			cut := windowCut(text, toks, s, s+MaxSentenceTokens)
			add(toks[s:cut:cut])
			s = cut
		}
		if e > s {
			add(toks[s:e:e])
		}
		s = e
	}
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		end := false
		switch t.Text {
		case ".", "!", "?", "…":
			end = true
			if t.Text == "." && k > 0 {
				p := toks[k-1]
				if p.End == t.Start && p.Kind == Word && abbrev[p.Lower] {
					end = false
				}
			}
		default:
			// "U.S." at the end of a sentence: ends when the next word is
			// capitalized and the gap is not a name ("U.S. President").
			if t.Kind == Word && strings.HasSuffix(t.Text, ".") && k+1 < len(toks) {
				n := toks[k+1]
				if isUpperStart(n.Text) && !titleLike[n.Lower] && commonStarters[n.Lower] {
					end = true
					// emit including this token
					emit(k + 1)
					continue
				}
			}
		}
		if !end {
			continue
		}
		// Absorb closing quotes and brackets.
		e := k + 1
		for e < len(toks) && strings.Contains(closers, toks[e].Text) && toks[e].Start == toks[e-1].End {
			e++
		}
		if e < len(toks) {
			n := toks[e]
			r, _ := utf8.DecodeRuneInString(n.Text)
			if !(unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'(`", r)) { // ("``": wire copy's opening quote)
				continue
			}
		}
		emit(e)
		k = e - 1
	}
	emit(len(toks))
	return out
}

func isUpperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

var titleLike = map[string]bool{"president": true, "secretary": true, "ambassador": true, "senator": true, "official": true, "officials": true, "army": true, "navy": true, "forces": true, "government": true, "embassy": true, "congress": true, "state": true, "department": true}

// commonStarters are words that often begin a sentence: a capitalized one
// after "U.S." marks a boundary.
var commonStarters = map[string]bool{"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "but": true, "and": true, "in": true, "on": true, "at": true, "this": true, "that": true, "there": true, "his": true, "her": true, "their": true, "its": true, "however": true, "meanwhile": true, "when": true, "while": true, "after": true, "before": true, "as": true, "if": true,
	"less": true, "more": true, "by": true, "for": true, "from": true, "with": true, "within": true, "about": true, "some": true, "many": true, "most": true, "all": true, "both": true, "each": true,
	"those": true, "these": true, "what": true, "who": true, "then": true, "still": true, "since": true, "until": true, "during": true, "despite": true, "although": true, "though": true,
	"because": true, "so": true, "yet": true, "also": true, "only": true, "just": true, "even": true, "our": true, "you": true, "my": true, "later": true, "earlier": true, "shortly": true, "soon": true}

// windowCut returns where to cut toks[s:limit] (limit - s tokens): after
// the last clause punctuation or before the last line break in its second
// half, else at limit.
func windowCut(text string, toks []Token, s, limit int) int {
	for k := limit - 1; k > s+(limit-s)/2; k-- {
		switch toks[k-1].Text {
		case ",", ";", ":", "—", "–":
			return k
		}
		if strings.IndexByte(text[toks[k-1].End:toks[k].Start], '\n') >= 0 {
			return k
		}
	}
	return limit
}
