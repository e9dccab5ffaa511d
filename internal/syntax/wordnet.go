package syntax

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// WordNet (Princeton WordNet 3.0; its licence allows use and
// redistribution with the copyright notice, kept in
// internal/event/detect/wordnet.txt.gz, which training reads) says which parts of speech an English word can be,
// also for words the treebank never saw: "trenchant" is an adjective,
// "doberman" a noun, "browned" a form of a verb. The tagger reads that as a
// feature (wordInfo.wn).

// WordNet bits.
const (
	wnNoun = 1 << iota
	wnVerb
	wnAdj
	wnAdv
)

// ReadWordNet reads the single-word lemmas of a WordNet dict folder
// (index.noun, index.verb, index.adj, index.adv) and its exception lists
// (noun.exc ...: irregular forms). The result goes to Lexicon.WN and
// Lexicon.WNExc.
func ReadWordNet(dir string) (lemmas map[string]uint8, exc map[string]uint8, err error) {
	lemmas, exc = map[string]uint8{}, map[string]uint8{}
	for i, pos := range []string{"noun", "verb", "adj", "adv"} {
		bit := uint8(1 << i)
		if err := eachLine(filepath.Join(dir, "index."+pos), func(l string) {
			if strings.HasPrefix(l, " ") {
				return
			}
			w, _, _ := strings.Cut(l, " ")
			if w == "" || strings.ContainsAny(w, "_") {
				return
			}
			lemmas[w] |= bit
		}); err != nil {
			return nil, nil, err
		}
		if err := eachLine(filepath.Join(dir, pos+".exc"), func(l string) {
			w, _, _ := strings.Cut(l, " ")
			if w != "" && !strings.Contains(w, "_") {
				exc[w] |= bit
			}
		}); err != nil {
			return nil, nil, err
		}
	}
	if len(lemmas) == 0 {
		return nil, nil, fmt.Errorf("%s: no WordNet lemmas", dir)
	}
	return lemmas, exc, nil
}

// ReadWordNetLexicon reads the same from the WordNet-derived lexicon the
// event detector ships (internal/event/detect/wordnet.txt.gz: "lemma
// nounLex verbLex nounSenses verbSenses adj adv ..." lines and "form >p
// lemma" irregular forms), so that training needs no system package.
func ReadWordNetLexicon(path string) (lemmas map[string]uint8, exc map[string]uint8, err error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer fh.Close()
	zr, err := gzip.NewReader(fh)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	lemmas, exc = map[string]uint8{}, map[string]uint8{}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		l := sc.Text()
		if strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Fields(l)
		if len(f) == 3 && strings.HasPrefix(f[1], ">") {
			switch f[1] {
			case ">n":
				exc[f[0]] |= wnNoun
			case ">v":
				exc[f[0]] |= wnVerb
			case ">a":
				exc[f[0]] |= wnAdj
			}
			continue
		}
		if len(f) < 7 || strings.Contains(f[0], "_") {
			continue
		}
		var b uint8
		if f[3] != "0" {
			b |= wnNoun
		}
		if f[4] != "0" {
			b |= wnVerb
		}
		if f[5] != "0" {
			b |= wnAdj
		}
		if f[6] != "0" {
			b |= wnAdv
		}
		if b != 0 {
			lemmas[f[0]] |= b
		}
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(lemmas) == 0 {
		return nil, nil, fmt.Errorf("%s: no WordNet lemmas", path)
	}
	return lemmas, exc, nil
}

func eachLine(path string, f func(string)) error {
	fh, err := os.Open(path)
	if err != nil {
		return err
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		f(sc.Text())
	}
	return sc.Err()
}

// wnClass describes what WordNet says of a lowercased word: the parts of
// speech of the word as a lemma, as an irregular form, and as a regular
// inflection ("v+ed": a verb's past form), as one hash (1 when nothing).
func (lx *Lexicon) wnClass(low string) uint64 {
	if len(lx.WN) == 0 {
		return 1
	}
	var parts [8]string
	n := 0
	add := func(s string) {
		if n < len(parts) {
			parts[n] = s
			n++
		}
	}
	if b := lx.WN[low]; b != 0 {
		add("L" + string(rune('0'+b)))
	}
	if b := lx.WNExc[low]; b != 0 {
		add("X" + string(rune('0'+b)))
	}
	var kb [64]byte
	try := func(suf, rep string, mask uint8, name string) {
		if len(low) > len(suf)+1 && len(low) < 60 && strings.HasSuffix(low, suf) {
			k := append(append(kb[:0], low[:len(low)-len(suf)]...), rep...)
			if lx.WN[string(k)]&mask != 0 {
				add(name)
			}
		}
	}
	try("s", "", wnNoun|wnVerb, "+s")
	try("es", "", wnNoun|wnVerb, "+s")
	try("ies", "y", wnNoun|wnVerb, "+s")
	try("ed", "", wnVerb, "+ed")
	try("ed", "e", wnVerb, "+ed")
	try("ing", "", wnVerb, "+ing")
	try("ing", "e", wnVerb, "+ing")
	try("er", "", wnAdj, "+er")
	try("est", "", wnAdj, "+est")
	try("ly", "", wnAdj, "+ly")
	if n == 0 {
		return 2
	}
	sort.Strings(parts[:n])
	h := uint64(fnvOffset)
	for _, p := range parts[:n] {
		for i := 0; i < len(p); i++ {
			h ^= uint64(p[i])
			h *= fnvPrime
		}
		h ^= 0xff
		h *= fnvPrime
	}
	return h | 1
}
