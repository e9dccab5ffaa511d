package event

import (
	"github.com/chronicle-news/chronicle/internal/syntax"
)

// Participants from the dependency tree (internal/syntax): who is the
// subject of a verb, and which names after it belong to it rather than to
// another verb of the sentence. Word indices here are 1-based, as in the
// tree; 0 means none.

// treeWords returns, for each token of sentence si, the tree word it
// begins (0 when the sentence has no tree or the token starts no word).
func (x *extractor) treeWords(si int) []int {
	if x.trees == nil || si >= len(x.trees) {
		return nil
	}
	if x.wordOf[si] != nil {
		return x.wordOf[si]
	}
	t := &x.trees[si]
	n := len(x.sents[si].Tokens)
	out := make([]int, n)
	for i := len(t.Words) - 1; i >= 0; i-- {
		w := &t.Words[i]
		if w.Head < 0 {
			return nil // not parsed
		}
		if w.Token >= 0 && w.Token < n {
			out[w.Token] = i + 1
		}
	}
	x.wordOf[si] = out
	// Each word's dependents, left to right, for children.
	kids := make([][]int, len(t.Words)+1)
	for i := range t.Words {
		if h := t.Words[i].Head; h >= 0 && h <= len(t.Words) {
			kids[h] = append(kids[h], i+1)
		}
	}
	x.kids[si] = kids
	return out
}

// treeWord returns the tree word of token tok (0 when none).
func (x *extractor) treeWord(si, tok int) int {
	ws := x.treeWords(si)
	if tok < 0 || tok >= len(ws) {
		return 0
	}
	return ws[tok]
}

func (x *extractor) word(si, w int) *syntax.Word { return &x.trees[si].Words[w-1] }

// children returns the dependents of w with one of the relations rels
// (matching the whole relation or its universal part); treeWords must have
// been called for the sentence.
func (x *extractor) children(si, w int, rels ...string) []int {
	var out []int
	for _, k := range x.kids[si][w] {
		d := &x.trees[si].Words[k-1]
		for _, r := range rels {
			if d.Rel == r || syntax.Universal(d.Rel) == r {
				out = append(out, k)
				break
			}
		}
	}
	return out
}

// withConjuncts adds the conjuncts and appositions of each word ("Abe and
// Putin", "Etorofu, Kunashiri, Shikotan and Habomai").
func (x *extractor) withConjuncts(si int, ws []int) []int {
	out := append([]int(nil), ws...)
	for k := 0; k < len(out) && k < 32; k++ {
		out = append(out, x.children(si, out[k], "conj", "appos")...)
	}
	return out
}

// wordParties returns the entities that argument word w stands for: the
// name it is part of; else, for a pronoun or a plural description ("he",
// "both sides", "the leaders"), what it refers to; else the names and
// references among its modifiers ("Soviet troops", "officials from both
// governments", "the Habomai group"). A word that stands for none gives
// none: "the company", "an earthquake".
func (x *extractor) wordParties(si, w int, cur, earlier []*ev) []string {
	tok := x.word(si, w).Token
	if m := x.mentionAt(si, tok); m != nil {
		if m.kind == "demonym" && !x.stateBody(si, m) {
			return nil // "Japanese citizens": not Japan
		}
		return []string{m.ent.ID}
	}
	if ids := x.pronoun(si, tok, cur, earlier); len(ids) > 0 {
		return ids
	}
	var ids []string
	for _, c := range x.children(si, w, "compound", "amod", "nmod") {
		tok := x.word(si, c).Token
		if m := x.mentionAt(si, tok); m != nil {
			if m.kind != "demonym" || x.stateBody(si, m) {
				ids = append(ids, m.ent.ID)
			}
			continue
		}
		ids = append(ids, x.pronoun(si, tok, cur, earlier)...)
	}
	return ids
}

// passiveVerb reports whether predicate w is passive: a passive subject
// and a passive auxiliary ("were seized"); a participle without its
// auxiliary is a tagging slip ("Abe hosted Trump" read as "hosted" VBN).
func (x *extractor) passiveVerb(si, w int) bool {
	return len(x.children(si, w, "aux:pass")) > 0
}

// relativePronouns stand for the noun their clause modifies.
var relativePronouns = map[string]bool{"which": true, "who": true, "that": true, "whom": true}

// treeSubjects returns the subject words of predicate w, following what
// the tree leaves implicit: the controller of an infinitive ("Abe plans
// to visit": Abe visits; "asked Abe to visit": Abe), the shared subject of
// coordinated verbs ("arrived and met"), the subject of the clause a
// participle hangs on, and the noun a relative clause modifies ("the
// company, which filed"). passive reports a passive subject.
func (x *extractor) treeSubjects(si, w int) (subj []int, passive bool) {
	for depth := 0; w > 0 && depth < 8; depth++ {
		if s := x.children(si, w, "nsubj", "csubj"); len(s) > 0 {
			d := x.word(si, s[0])
			passive = d.Rel == "nsubj:pass" && x.passiveVerb(si, w)
			if relativePronouns[lowerASCII(d.Form)] && syntax.Universal(x.word(si, w).Rel) == "acl" {
				return x.withConjuncts(si, []int{x.word(si, w).Head}), passive
			}
			return x.withConjuncts(si, s), passive
		}
		pw := x.word(si, w)
		switch pw.Rel {
		case "xcomp":
			if o := x.children(si, pw.Head, "obj", "iobj"); len(o) > 0 {
				return x.withConjuncts(si, o[:1]), false // object control
			}
		case "conj", "advcl":
			// Coordinated verbs share their subject; a clause without one
			// ("to end the war", "Meeting before the summit, Abe told")
			// is its governor's subject's.
		case "acl:relcl":
			return x.withConjuncts(si, []int{pw.Head}), false
		default:
			return nil, false
		}
		w = pw.Head
	}
	return nil, false
}

// nominalRels link a word to the phrase it belongs to, up to the
// predicate that governs the phrase.
var nominalRels = map[string]bool{
	"conj": true, "appos": true, "nmod": true, "compound": true, "flat": true, "amod": true,
	"nummod": true, "det": true, "case": true, "cc": true, "punct": true, "dep": true,
	"nmod:poss": true, "nmod:tmod": true, "nmod:npmod": true, "compound:prt": true, "flat:foreign": true,
}

// governor returns the predicate whose argument word w is part of: up the
// tree through noun-phrase relations, then one argument step (obj, obl,
// nsubj, ...) to the head.
func (x *extractor) governor(si, w int) int {
	for depth := 0; w > 0 && depth < 32; depth++ {
		d := x.word(si, w)
		if !nominalRels[d.Rel] {
			return d.Head
		}
		w = d.Head
	}
	return 0
}

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
