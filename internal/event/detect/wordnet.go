package detect

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"strconv"
	"strings"

	"github.com/chronicle-news/chronicle/internal/learn"
)

// The word-class lexicon derived from WordNet 3.0 (cmd/wnlex): what a
// tagger-less detector knows of a word's possible parts of speech and
// senses. It stands in for POS tags: "can this word be a verb, is its
// first noun sense an act or an event".
//
//go:embed wordnet.txt.gz
var wordnetFile []byte

// lexEntry packs a lemma: bits 0-5 noun lexfile+1 (0: not a noun), 6-11
// verb lexfile+1, 12-15 noun senses, 16-19 verb senses, 20 adjective, 21
// adverb, 22 some noun sense is an act/event/phenomenon/process, 23-30
// verb frame bits (cmd/wnlex).
type lexEntry uint32

func (e lexEntry) noun() uint32   { return uint32(e) & 63 }
func (e lexEntry) verb() uint32   { return uint32(e) >> 6 & 63 }
func (e lexEntry) nsense() int    { return int(e >> 12 & 15) }
func (e lexEntry) vsense() int    { return int(e >> 16 & 15) }
func (e lexEntry) adj() bool      { return e&(1<<20) != 0 }
func (e lexEntry) adv() bool      { return e&(1<<21) != 0 }
func (e lexEntry) nevent() bool   { return e&(1<<22) != 0 }
func (e lexEntry) frames() uint32 { return uint32(e) >> 23 & 255 }
func (e lexEntry) isNoun() bool   { return e.noun() != 0 }
func (e lexEntry) isVerb() bool   { return e.verb() != 0 }
func (e lexEntry) known() bool    { return e != 0 }

type lexicon struct {
	lemma      map[uint64]lexEntry // Hash(lemma)
	excV, excN map[uint64]lexEntry // Hash(irregular form) -> its lemma's entry
	excLemma   map[uint64]uint64   // Hash(irregular form) + pos -> Hash(lemma)
	dverb      map[uint64]uint64   // Hash(noun lemma) -> Hash(its derivationally related verb)
	verbExc    map[string]string   // irregular verb form -> its lemma ("lent" -> "lend")
}

func loadLexicon(gz []byte) (*lexicon, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, err
	}
	lx := &lexicon{lemma: make(map[uint64]lexEntry, 90000), excV: map[uint64]lexEntry{}, excN: map[uint64]lexEntry{}, excLemma: map[uint64]uint64{}, dverb: map[uint64]uint64{}}
	type exc struct{ form, pos, lemma string }
	var excs []exc
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		l := sc.Text()
		if l == "" || l[0] == '#' {
			continue
		}
		fs := strings.Fields(l)
		if len(fs) == 3 && strings.HasPrefix(fs[1], ">") {
			excs = append(excs, exc{fs[0], fs[1][1:], fs[2]})
			continue
		}
		if len(fs) != 10 {
			continue
		}
		var v [8]int
		for i := range v {
			v[i], _ = strconv.Atoi(fs[i+1])
		}
		e := lexEntry(uint32(v[0]+1)&63 | uint32(v[1]+1)&63<<6 | uint32(min(v[2], 15))<<12 | uint32(min(v[3], 15))<<16 |
			uint32(v[4]&1)<<20 | uint32(v[5]&1)<<21 | uint32(v[6]&1)<<22 | uint32(v[7]&255)<<23)
		h := learn.Hash(fs[0])
		lx.lemma[h] = e
		if fs[9] != "-" {
			lx.dverb[h] = learn.Hash(fs[9])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	lx.verbExc = map[string]string{}
	for _, x := range excs {
		e := lx.lemma[learn.Hash(x.lemma)]
		switch x.pos {
		case "v":
			if _, ok := lx.verbExc[x.form]; !ok && x.form != x.lemma {
				lx.verbExc[x.form] = x.lemma // the first listed: WordNet lists "lay" under "lie" before "lay"
			}
			if e.isVerb() {
				lx.excV[learn.Hash(x.form)] = e
				lx.excLemma[learn.Hash(x.form)+'v'] = learn.Hash(x.lemma)
			}
		case "n":
			if e.isNoun() {
				lx.excN[learn.Hash(x.form)] = e
				lx.excLemma[learn.Hash(x.form)+'n'] = learn.Hash(x.lemma)
			}
		}
	}
	return lx, nil
}

// wnInfo is what the lexicon says of one (lower-case) token.
type wnInfo struct {
	exact lexEntry // the word as a lemma
	verb  lexEntry // the verb it is a form of (itself, inflected, irregular)
	noun  lexEntry // the noun it is a form of (itself or plural)
	pos   uint64   // bit set: exact n/v/a/r, inflected verb, plural noun
	// vlemma and nlemma are Hash(lemma) of the verb and noun, 0 if none.
	vlemma, nlemma uint64
}

func (lx *lexicon) find(stemPart, add string) (lexEntry, uint64) {
	h := learn.Hash2(stemPart, add)
	return lx.lemma[h], h
}

// look analyses w: as a lemma, as an inflected verb (-s, -es, -ies, -ed,
// -ing, doubled consonants, WordNet's irregular forms) and as a plural noun.
func (lx *lexicon) look(w string) wnInfo {
	var r wnInfo
	if lx == nil || len(w) < 2 {
		return r
	}
	h := learn.Hash(w)
	r.exact = lx.lemma[h]
	n := len(w)
	if r.exact.isVerb() {
		r.verb, r.vlemma = r.exact, h
	} else if e, ok := lx.excV[h]; ok {
		r.verb, r.vlemma = e, lx.excLemma[h+'v']
		r.pos |= 16
	} else {
		try := func(cut int, add string) bool {
			if n-cut < 2 {
				return false
			}
			if e, lh := lx.find(w[:n-cut], add); e.isVerb() {
				r.verb, r.vlemma = e, lh
				r.pos |= 16
				return true
			}
			return false
		}
		switch {
		case strings.HasSuffix(w, "ies"):
			try(3, "y")
		case strings.HasSuffix(w, "es"):
			_ = try(2, "") || try(1, "")
		case strings.HasSuffix(w, "s"):
			try(1, "")
		case strings.HasSuffix(w, "ied"):
			try(3, "y")
		case strings.HasSuffix(w, "ed"):
			_ = try(1, "") || try(2, "") || (n > 4 && w[n-3] == w[n-4] && try(3, ""))
		case strings.HasSuffix(w, "ing"):
			_ = try(3, "") || try(3, "e") || (n > 5 && w[n-4] == w[n-5] && try(4, ""))
		}
	}
	if r.exact.isNoun() {
		r.noun, r.nlemma = r.exact, h
	} else if e, ok := lx.excN[h]; ok {
		r.noun, r.nlemma = e, lx.excLemma[h+'n']
		r.pos |= 32
	} else if strings.HasSuffix(w, "s") && n > 3 {
		var e lexEntry
		var lh uint64
		switch {
		case strings.HasSuffix(w, "ies"):
			e, lh = lx.find(w[:n-3], "y")
		case strings.HasSuffix(w, "es"):
			if e, lh = lx.find(w[:n-2], ""); !e.isNoun() {
				e, lh = lx.find(w[:n-1], "")
			}
		default:
			e, lh = lx.find(w[:n-1], "")
		}
		if e.isNoun() {
			r.noun, r.nlemma = e, lh
			r.pos |= 32
		}
	}
	if r.exact.isNoun() {
		r.pos |= 1
	}
	if r.exact.isVerb() {
		r.pos |= 2
	}
	if r.exact.adj() {
		r.pos |= 4
	}
	if r.exact.adv() {
		r.pos |= 8
	}
	return r
}

// IrregularVerb returns the lemma WordNet gives an irregular verb form
// ("lent": "lend", "struck": "strike", "fled": "flee"), or "" when the
// form is none. For a tagger that saw too few of them.
func IrregularVerb(form string) string {
	lx := theLexicon()
	if lx == nil {
		return ""
	}
	return lx.verbExc[form]
}
