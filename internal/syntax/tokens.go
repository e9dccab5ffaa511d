package syntax

import (
	"github.com/chronicle-news/chronicle/internal/wordset"
	"strings"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/text"
)

// The project's tokenizer (internal/text) keeps "don't", "Putin's" and
// "well-known" as one token each; the treebank the model learned from (UD
// English EWT) has them as several words. FromTokens splits tokens the way
// EWT does, so that the model sees the words it was trained on:
//
//   - clitics: "don't" -> "do" "n't", "can't" -> "ca" "n't", "won't" ->
//     "wo" "n't", "Putin's" -> "Putin" "'s", and 're 've 'll 'd 'm (with '
//     or ’); "cannot" -> "can" "not", "gonna" -> "gon" "na", "wanna",
//     "gotta" likewise;
//   - hyphens: "well-known" -> "well" "-" "known", "26-year-old" and
//     "1969-1970" into parts with "-" words between; but a first part that
//     is a prefix stays joined ("e-mail", "non-violence", "anti-American",
//     "mid-August": EWT keeps these whole), and so do all-number tokens of
//     three or more parts (dates such as "2017-11-10", phone numbers) and
//     phone and ZIP+4 shapes ("345-9945", "77415-0027");
//   - runs of touching dots or hyphens ("...", "--"), several tokens for
//     the tokenizer, are one word as in EWT, and so is an abbreviation
//     with its dot ("Mr.", "St.", "Inc.") inside a sentence.
//
// What EWT does was measured on its train and dev parts: 488 letter-letter
// hyphenations are split, 148 kept whole, all of the latter after one of
// the prefixes below; number ranges are split, dates and phone numbers not.

// hyphenPrefixes stay joined to what follows the hyphen.
var hyphenPrefixes = map[string]bool{
	"anti": true, "arch": true, "bi": true, "co": true, "counter": true, "cross": true,
	"de": true, "e": true, "ex": true, "extra": true, "hyper": true, "infra": true,
	"inter": true, "intra": true, "macro": true, "mega": true, "meta": true, "micro": true,
	"mid": true, "mini": true, "multi": true, "neo": true, "non": true, "over": true,
	"pan": true, "post": true, "pre": true, "pro": true, "pseudo": true, "psycho": true,
	"re": true, "semi": true, "socio": true, "sub": true, "super": true, "trans": true,
	"tri": true, "ultra": true, "un": true, "uni": true,
}

// wholeSplits are words EWT writes as two words without an apostrophe:
// the length of the first.
var wholeSplits = map[string]int{"cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3}

// calendarAbbrev are abbreviated months and weekdays, whose dot is a
// word of its own ("Oct" "." at a sentence's end, "Wed" "."): the model
// read "Oct." as one unknown word worse than the split (TimeBank's event
// anchors: one word cost four dates). Before a day or a year a month's
// abbreviation is one word that the model reads as the month's name
// (monthNames, modelForm), which it knows best.
var calendarAbbrev = wordset.New("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")

// monthAbbrev are the abbreviated months that, capitalized, are no
// other word ("Mar" may be); weekdayAbbrev the weekdays' ("Sat", "Sun",
// "Wed" may be). timeAbbrev are both.
var (
	monthAbbrev   = wordset.New("jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
	weekdayAbbrev = wordset.New("mon", "tue", "tues", "thu", "thur", "thurs", "fri")
)

// monthNames are the full names of abbreviated months, by the
// abbreviation in lower case.
var monthNames = map[string]string{"jan": "January", "feb": "February", "mar": "March", "apr": "April",
	"jun": "June", "jul": "July", "aug": "August", "sep": "September", "sept": "September",
	"oct": "October", "nov": "November", "dec": "December"}

// modelForm is the form the model reads for a word: an abbreviated month
// with its dot ("Oct.", one word before a day or year) is read as the
// month's name, which the treebank has far more often.
func modelForm(f string) string {
	if len(f) >= 4 && len(f) <= 5 && f[len(f)-1] == '.' {
		if n := monthNames[strings.ToLower(f[:len(f)-1])]; n != "" {
			return n
		}
	}
	return f
}

func startsDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// timeAbbrev reports whether l (lower case, no dot) is in monthAbbrev or
// weekdayAbbrev.
func timeAbbrev(l string) bool { return monthAbbrev.Has(l) || weekdayAbbrev.Has(l) }

// FromTokens returns the syntactic words of a sentence's tokens. Each word
// keeps its byte span in the document and, in Token, the index in toks of
// its token (of the first one for a run of dots or hyphens). Head is -1
// (not parsed).
func FromTokens(toks []text.Token) []Word {
	words := make([]Word, 0, len(toks)+len(toks)/8)
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.Kind == text.Punct {
			if t.Text == "." || t.Text == "-" {
				// A run of touching dots or hyphens is one word.
				j := i + 1
				for j < len(toks) && toks[j].Text == t.Text && toks[j].Start == toks[j-1].End {
					j++
				}
				if j > i+1 {
					words = append(words, word(strings.Repeat(t.Text, j-i), t.Start, toks[j-1].End, i))
					i = j - 1
					continue
				}
			}
			words = append(words, word(t.Text, t.Start, t.End, i))
			continue
		}
		if i+2 < len(toks) && toks[i+1].Text == "." && toks[i+1].Start == t.End && monthNames[t.Lower] != "" && t.Text[0] >= 'A' && t.Text[0] <= 'Z' && startsDigit(toks[i+2].Text) {
			// "Oct." before a day or year is one word, which the model
			// reads as the month's full name (setForms).
			words = append(words, word(t.Text+".", t.Start, toks[i+1].End, i))
			i++
			continue
		}
		if i+2 < len(toks) && toks[i+1].Text == "." && toks[i+1].Start == t.End && text.IsAbbreviation(t.Lower) && !calendarAbbrev.Has(t.Lower) {
			// "Mr." "Dr." "St." "Inc." are one word in EWT; the dot is
			// the tokenizer's own token. At the sentence's end the dot
			// also ends it, and stays a word.
			words = append(words, word(t.Text+".", t.Start, toks[i+1].End, i))
			i++
			continue
		}
		words = appendSplit(words, t.Text, t.Start, i)
	}
	return words
}

func word(form string, start, end, tok int) Word {
	return Word{Span: document.Span{Start: start, End: end}, Token: tok, Form: form, Head: -1}
}

// appendSplit appends the words of the word or number token s, which starts
// at byte start of the document.
func appendSplit(words []Word, s string, start, tok int) []Word {
	// Clitics come off the end first ("shouldn't've": should n't 've),
	// then the stem is split at its hyphens.
	var clitics [2]int // byte lengths of up to two clitics, last first
	nc := 0
	stem := s
	for nc < len(clitics) {
		n := cliticLen(stem)
		if n == 0 {
			break
		}
		clitics[nc] = n
		nc++
		stem = stem[:len(stem)-n]
	}
	if nc == 0 && (len(s) == 5 || len(s) == 6) { // (the lengths of wholeSplits' words: lowering no other string gives one)
		if k, ok := wholeSplits[strings.ToLower(s)]; ok {
			return append(words, word(s[:k], start, start+k, tok), word(s[k:], start+k, start+len(s), tok))
		}
	}
	words = appendHyphenated(words, stem, start, tok)
	end := start + len(stem)
	for k := nc - 1; k >= 0; k-- {
		words = append(words, word(s[end-start:end-start+clitics[k]], end, end+clitics[k], tok))
		end += clitics[k]
	}
	return words
}

// cliticLen returns the length of the clitic that ends s ("n't", "'s",
// "’ll"), or 0. Something must stay in front of it, and that must not end in
// an apostrophe or hyphen.
func cliticLen(s string) int {
	if strings.IndexByte(s, '\'') < 0 && strings.IndexByte(s, "’"[0]) < 0 {
		return 0 // most words: no apostrophe (LastIndexAny decodes every rune)
	}
	ap := strings.LastIndexAny(s, "'’")
	if ap <= 0 {
		return 0
	}
	_, apw := utf8.DecodeRuneInString(s[ap:])
	suf := strings.ToLower(s[ap+apw:])
	n := 0
	switch suf {
	case "s", "re", "ve", "ll", "d", "m":
		n = len(s) - ap
	case "t":
		// n't: the n belongs to the clitic ("do" "n't", "ca" "n't").
		if ap >= 2 && (s[ap-1] == 'n' || s[ap-1] == 'N') {
			n = len(s) - ap + 1
		}
	}
	if n == 0 || n >= len(s) {
		return 0
	}
	last, _ := utf8.DecodeLastRuneInString(s[:len(s)-n])
	if last == '\'' || last == '’' || last == '-' {
		return 0
	}
	return n
}

// appendHyphenated appends s as one word, or as its hyphen-separated parts
// with "-" words between, as EWT tokenizes it.
func appendHyphenated(words []Word, s string, start, tok int) []Word {
	if s == "" {
		return words
	}
	if !strings.Contains(s, "-") || !splitHyphens(s) {
		return append(words, word(s, start, start+len(s), tok))
	}
	// Parts, a prefix joined to the part after it.
	off := 0
	for off < len(s) {
		end := strings.IndexByte(s[off:], '-')
		if end < 0 {
			end = len(s)
		} else {
			end += off
			if off == 0 && hyphenPrefixes[strings.ToLower(s[:end])] {
				// "non-violence-related": "non-violence" "-" "related".
				if e2 := strings.IndexByte(s[end+1:], '-'); e2 >= 0 {
					end = end + 1 + e2
				} else {
					end = len(s)
				}
			}
		}
		words = append(words, word(s[off:end], start+off, start+end, tok))
		if end < len(s) {
			words = append(words, word("-", start+end, start+end+1, tok))
		}
		off = end + 1
	}
	return words
}

// splitHyphens reports whether a hyphenated s is split at all: not when a
// part is empty, when it is a date or phone number, or a prefix and one
// word ("e-mail").
func splitHyphens(s string) bool {
	parts := strings.Split(s, "-")
	numeric := true
	for _, p := range parts {
		if p == "" {
			return false
		}
		if !isNumber(p) {
			numeric = false
		}
	}
	if numeric {
		if len(parts) >= 3 {
			return false // 2017-11-10, 1-800-991-9019
		}
		a, b := len(parts[0]), len(parts[1])
		if (a == 3 || a == 5) && b == 4 && allDigits(parts[0]) && allDigits(parts[1]) {
			return false // 345-9945, 77415-0027
		}
		return true // 1969-1970, 3:00-5:30
	}
	return len(parts) > 2 || !hyphenPrefixes[strings.ToLower(parts[0])]
}

// isNumber: digits with the joiners the tokenizer keeps inside numbers.
func isNumber(s string) bool {
	digit := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digit = true
		case c == '.' || c == ',' || c == ':' || c == '/':
		default:
			return false
		}
	}
	return digit
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// maxWords bounds the words parsed as one tree: a "sentence" of thousands
// of words (text without punctuation) is parsed in pieces of this size,
// each with its own root, so memory per sentence stays bounded.
const maxWords = 400

// ParseTokens tags and parses one sentence of the project's tokens.
func (m *Model) ParseTokens(toks []text.Token) Tree {
	ws := FromTokens(toks)
	k := datelineWords(ws)
	if k == 0 {
		m.annotateChunks(ws)
		return Tree{Words: ws}
	}
	// A wire dateline ("ISMAILIA, Egypt (Reuters) -") is no part of the
	// sentence's grammar: parsed with it, its place becomes the subject of
	// the report. The two parts are parsed apart, and the dateline hangs on
	// the sentence's root as "dep".
	m.annotateChunks(ws[:k])
	m.annotateChunks(ws[k:])
	hangDateline(ws, k)
	return Tree{Words: ws}
}

// hangDateline hangs the dateline, ws[:k], on the root of the sentence
// after it, ws[k:], each parsed alone.
func hangDateline(ws []Word, k int) {
	root := 0
	for i := k; i < len(ws); i++ {
		if ws[i].Head > 0 {
			ws[i].Head += k
		} else if ws[i].Head == 0 && root == 0 {
			root = i + 1
		}
	}
	for i := 0; i < k; i++ {
		if ws[i].Head == 0 && root > 0 {
			ws[i].Head, ws[i].Rel = root, "dep"
		}
	}
}

// annotateChunks annotates ws in pieces of at most maxWords words (heads
// stay within a piece; each piece has its root).
func (m *Model) annotateChunks(ws []Word) {
	for i := 0; i < len(ws); i += maxWords {
		m.Annotate(ws[i:min(i+maxWords, len(ws))])
	}
	joinChunks(ws)
}

// appendChunks appends the pieces annotateChunks annotates ws in.
func appendChunks(pieces [][]Word, ws []Word) [][]Word {
	for i := 0; i < len(ws); i += maxWords {
		pieces = append(pieces, ws[i:min(i+maxWords, len(ws))])
	}
	return pieces
}

// joinChunks makes the heads of ws's annotated pieces indices in ws.
func joinChunks(ws []Word) {
	for i := maxWords; i < len(ws); i += maxWords {
		for k := i; k < min(i+maxWords, len(ws)); k++ {
			if ws[k].Head > 0 {
				ws[k].Head += i
			}
		}
	}
}

// newsAgencies are the credits of a wire dateline ("NAIROBI, Kenya (AP) _").
var newsAgencies = map[string]bool{"ap": true, "reuters": true, "afp": true, "upi": true, "xinhua": true, "cnn": true,
	"bloomberg": true, "dpa": true, "ansa": true, "efe": true, "itar-tass": true, "tass": true, "kyodo": true, "yonhap": true}

// datelineWords returns how many words a wire dateline at the start of a
// sentence takes, with the dash that ends it ("WASHINGTON -", "ISMAILIA,
// Egypt (Reuters) -", "MOSCOW, March 20, 2023 (Reuters) —", "SANTA ANA,
// El Salvador, Feb. 4, 2024 (AP) -"), or 0: at most sixteen words of
// names, numbers and punctuation (any words in parentheses: the credit),
// the first in capitals or an agency among them, and a sentence after the
// dash.
func datelineWords(ws []Word) int {
	caps, agency, paren := false, false, false
	for k := 0; k < len(ws) && k <= 16; k++ {
		f := ws[k].Form
		switch {
		case f == "(" || f == ")":
			paren = f == "("
		case paren && f != "-" && f != "--" && f != "—" && f != "–" && f != "_":
			// the credit in parentheses, any words: "(Chronicle staff)"
			agency = agency || newsAgencies[strings.ToLower(f)]
		case f == "-" || f == "--" || f == "—" || f == "–" || f == "_":
			if j := DateDashAt(len(ws), func(i int) string { return ws[i].Form }, k); j > 0 {
				k = j // "BELFAST, Northern Ireland -- April 10, 1998 --": the date, then its dash
			}
			if k > 0 && (caps || agency) && len(ws)-k-1 >= 2 && startsUpper(ws[k+1].Form) {
				return k + 1 // a sentence after it: "NATO - the alliance -" is none
			}
			return 0
		case f == "," || f == ".":
		case newsAgencies[strings.ToLower(f)]:
			agency = true
		case f[0] >= '0' && f[0] <= '9':
		case f[0] >= 'A' && f[0] <= 'Z':
			if k == 0 && len(f) >= 2 && strings.ToUpper(f) == f {
				caps = true
			}
		default:
			return 0
		}
	}
	return 0
}

// DateDashAt returns the index of the dash that ends a date right after
// the dash at k ("BELFAST, Northern Ireland -- April 10, 1998 --"), or 0;
// form(i) is the i-th of n words or tokens. The syntax stage parses such
// a dateline apart, and the event layer skips it.
func DateDashAt(n int, form func(int) string, k int) int {
	month := false
	for j := k + 1; j < n && j <= k+7; j++ {
		f := form(j)
		switch {
		case f == "-" || f == "--" || f == "—" || f == "–":
			if month && j > k+2 {
				return j
			}
			return 0
		case monthWords[strings.ToLower(strings.TrimSuffix(f, "."))]:
			month = true
		case f == "," || f == ".":
		case f != "" && f[0] >= '0' && f[0] <= '9' && len(f) <= 4:
		default:
			return 0
		}
	}
	return 0
}

// monthWords are the months' names and abbreviations, lower case.
var monthWords = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true}

func startsUpper(f string) bool {
	return f != "" && (f[0] >= 'A' && f[0] <= 'Z' || f[0] == '"' || f[0] >= 0x80)
}

// ParseSentences parses every sentence (their Tokens must be set), as
// ParseTokens does each, stage by stage over the sentences
// (annotateBatch).
func (m *Model) ParseSentences(sents []text.Sentence) []Tree {
	return m.ParseDocuments([][]text.Sentence{sents})[0]
}

// ParseDocuments is ParseSentences for the sentences of several documents
// (one list a document), taken through each stage together.
func (m *Model) ParseDocuments(docs [][]text.Sentence) [][]Tree {
	out := make([][]Tree, len(docs))
	var pieces [][]Word
	var dateline []int
	for d, sents := range docs {
		out[d] = make([]Tree, len(sents))
		for i := range sents {
			ws := FromTokens(sents[i].Tokens)
			out[d][i] = Tree{Words: ws}
			k := datelineWords(ws)
			dateline = append(dateline, k)
			if k > 0 {
				pieces = appendChunks(pieces, ws[:k])
				ws = ws[k:]
			}
			pieces = appendChunks(pieces, ws)
		}
	}
	m.annotateBatch(pieces)
	j := 0
	for _, trees := range out {
		for i := range trees {
			ws, k := trees[i].Words, dateline[j]
			j++
			if k == 0 {
				joinChunks(ws)
				continue
			}
			joinChunks(ws[:k])
			joinChunks(ws[k:])
			hangDateline(ws, k)
		}
	}
	return out
}
