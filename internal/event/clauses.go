// Clauses: a sentence split at punctuation and subordinating words, and the
// wire datelines and lists of names that do not end one.

package event

import (
	"github.com/chronicle-news/chronicle/internal/entity"
	"github.com/chronicle-news/chronicle/internal/syntax"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/wordset"
)

var clauseWords = wordset.Of(map[string]bool{"which": true, "who": true, "whom": true, "where": true, "when": true, "while": true,
	"whereas": true, "although": true, "though": true, "because": true, "but": true, "that": true, "if": true, "unless": true})

var clausePunct = wordset.Of(map[string]bool{",": true, ";": true, ":": true, "“": true, "”": true, "\"": true, "(": true, ")": true, "—": true, "–": true})

// clauses splits a sentence into clauses: at punctuation (except commas
// inside a list of names) and at subordinating words.
//
// ids (the clause index per token) and cls (scratch) have one element per
// token; clauses fills ids and returns the openers.
func (x *extractor) clauses(si int, s text.Sentence, ids []int, cls []uint8, openers []string) []string {
	openers = append(openers[:0], "")
	c := 0
	var inline map[int]bool // quote marks around a short quoted phrase
	for i := range s.Tokens {
		t := &s.Tokens[i]
		cls[i] = x.info[si][i].cls
		if t.Text == "“" || t.Text == "\"" {
			for j := i + 1; j < len(s.Tokens) && j <= i+7; j++ {
				if s.Tokens[j].Text == "”" || s.Tokens[j].Text == "\"" {
					if i > 0 && j < len(s.Tokens)-1 {
						if inline == nil {
							inline = map[int]bool{}
						}
						inline[i], inline[j] = true, true
					}
					break
				}
			}
		}
	}
	for i := range s.Tokens {
		t := &s.Tokens[i]
		w := t.Lower
		brk := false
		if i > 0 && cls[i-1]&wcSay != 0 && t.Kind == text.Word && cls[i]&(wcPrep|wcClauseWord) == 0 && w != "to" {
			brk = true // "said he discussed ...": the reported clause
		} else if inline[i] {
			brk = false
		} else if cls[i]&wcClausePunct != 0 && i > 0 && !amountSign(s.Tokens, i) {
			brk = true
			if w == "," && i+1 < len(s.Tokens) {
				pm, nm := x.mentionAt(si, i-1), x.mentionAt(si, i+1)
				if pm != nil && nm != nil || nm != nil && pm == nil && isListAnd(s.Tokens, i+1) {
					brk = false // "Etorofu, Kunashiri, Shikotan and ..."
				}
			}
		} else if cls[i]&wcClauseWord != 0 && i > 0 && x.mentionAt(si, i) == nil {
			brk = true
			// "that" as a determiner ("that agreement") does not open a clause.
			if w == "that" && i+1 < len(s.Tokens) && len(x.info[si][i+1].trig) > 0 {
				brk = false
			}
		}
		if brk {
			op := ""
			if cls[i]&wcClauseWord != 0 {
				op = w
			}
			// ", which": one boundary, not an empty clause of punctuation.
			empty := i > 0 && ids[i-1] == c && s.Tokens[i-1].Kind == text.Punct && (i < 2 || ids[i-2] != c)
			if empty && c > 0 {
				openers[c] = op
			} else {
				c++
				openers = append(openers, op)
			}
		}
		ids[i] = c
		if i == 0 && cls[i]&wcClauseWord != 0 {
			openers[0] = w
		}
	}
	return openers
}

// newsAgencies are the credits a wire dateline carries: "NAIROBI, Kenya
// (AP) _".
var newsAgencies = map[string]bool{"ap": true, "reuters": true, "afp": true, "upi": true, "xinhua": true, "cnn": true,
	"bloomberg": true, "dpa": true, "ansa": true, "efe": true, "itar-tass": true, "tass": true, "kyodo": true, "yonhap": true}

// datelineEnd returns the index of the dash that ends a wire dateline at
// the start of a sentence ("LONDON -", "NAIROBI, Kenya (AP) _",
// "WASHINGTON (Reuters) —"), when place or credit e's mention at token f
// is part of one (a credit: a known agency, or an organization in
// parentheses, "TOKYO (Nikkei) -"); 0 otherwise.
func datelineEnd(toks []text.Token, e *entity.Entity, f int) int {
	credit := e.Type == entity.Organization && f > 0 && f < len(toks) && toks[f-1].Text == "(" // "TOKYO (Nikkei) -"
	if f > 6 || e.Type != entity.Location && !(f < len(toks) && newsAgencies[toks[f].Lower]) && !credit {
		return 0
	}
	if k := datelineDashAt(toks); k > f && k > 0 {
		return k
	}
	return 0
}

// datelineDashAt returns the index of the dash that ends a wire dateline
// at the start of a sentence ("LONDON -", "NAIROBI, Kenya (AP) _",
// "ANKARA (Chronicle staff) -", "ROTTERDAM, Netherlands, September 14,
// 2022 (Reuters) -"): at most sixteen tokens of capitalized words,
// numbers, agencies and punctuation before it, any words in parentheses
// (the credit); 0 when there is none.
func datelineDashAt(toks []text.Token) int {
	paren := false
	for k := 0; k < len(toks) && k <= 16; k++ {
		t := toks[k]
		switch {
		case t.Text == "-" || t.Text == "—" || t.Text == "–" || t.Text == "_" || t.Text == "--":
			if j := syntax.DateDashAt(len(toks), func(i int) string { return toks[i].Text }, k); j > 0 {
				return j // "BELFAST, Northern Ireland -- April 10, 1998 --": the date, then its dash
			}
			return k
		case t.Text == "(" || t.Text == ")":
			paren = t.Text == "("
		case paren: // the credit in parentheses, any words: "(Chronicle staff)"
		case t.Text == "," || t.Text == ".":
		case newsAgencies[t.Lower]:
		case t.Kind == text.Word && t.Text[0] >= 'A' && t.Text[0] <= 'Z':
		case t.Text[0] >= '0' && t.Text[0] <= '9' && len(t.Text) <= 4: // the date: "September 14, 2022"
		default:
			return 0
		}
	}
	return 0
}

func isListAnd(toks []text.Token, i int) bool {
	return false
}
