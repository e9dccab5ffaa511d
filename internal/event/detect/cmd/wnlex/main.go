// Command wnlex derives the event detector's word-class lexicon from a
// WordNet 3.0 database (Debian package wordnet-base: /usr/share/wordnet):
// for every single-word lemma, the lexicographer file of its first noun and
// verb sense, whether it is an adjective or adverb, its sense counts, and
// whether any noun sense is an act, event, phenomenon or process; plus the
// irregular inflections (took -> take). The output keeps WordNet's license
// notice, as the license requires.
//
//	apt-get install wordnet-base
//	go run ./internal/event/detect/cmd/wnlex -o internal/event/detect/wordnet.txt.gz
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

type entry struct {
	nlex, vlex     int // lexicographer file of the first sense, -1 none
	nsense, vsense int
	adj, adv       bool
	nevent         bool
	frames         int    // verbFrameBits of the first three verb senses
	dverb          string // verb of the first noun sense with a derivationally related verb
}

// frameBit maps WordNet's generic verb frames to the bits written in the
// frames field: complements that tell reporting, intensional and aspectual
// verbs from plain occurrences.
var frameBit = map[int]int{
	24: 0, 25: 0, // Somebody ----s somebody (to) INFINITIVE
	26: 1, 34: 1, // (Somebody|It) ----s that CLAUSE
	28: 2, 32: 2, 35: 2, // ----s (to) INFINITIVE
	29: 3, // ----s whether INFINITIVE
	33: 4, // ----s VERB-ing
	30: 5, // ----s somebody into V-ing something
	9:  6, // Somebody ----s somebody
	2:  7, // Somebody ----s (intransitive, animate subject)
}

// synset is what wnlex reads of a data.* line.
type synset struct {
	lex    int
	words  []string
	frames map[int]int // word number (1-based, 0 all) -> frame bits
	deriv  [][3]string // target offset, target pos, source/target word numbers
}

func readData(dir, pos string) map[string]*synset {
	f, err := os.Open(filepath.Join(dir, "data."+pos))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	m := map[string]*synset{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		l := sc.Text()
		if strings.HasPrefix(l, "  ") {
			continue
		}
		if i := strings.Index(l, " | "); i >= 0 {
			l = l[:i]
		}
		fs := strings.Fields(l)
		if len(fs) < 6 {
			continue
		}
		s := &synset{frames: map[int]int{}}
		s.lex, _ = strconv.Atoi(fs[1])
		wc, _ := strconv.ParseInt(fs[3], 16, 32)
		k := 4
		for i := 0; i < int(wc) && k+1 < len(fs); i++ {
			s.words = append(s.words, strings.ToLower(fs[k]))
			k += 2
		}
		if k >= len(fs) {
			continue
		}
		pc, _ := strconv.Atoi(fs[k])
		k++
		for i := 0; i < pc && k+3 < len(fs); i++ {
			if fs[k] == "+" {
				s.deriv = append(s.deriv, [3]string{fs[k+1], fs[k+2], fs[k+3]})
			}
			k += 4
		}
		if pos == "verb" && k < len(fs) {
			fc, _ := strconv.Atoi(fs[k])
			k++
			for i := 0; i < fc && k+2 < len(fs); i++ {
				fn, _ := strconv.Atoi(fs[k+1])
				wn, _ := strconv.ParseInt(fs[k+2], 16, 32)
				if b, ok := frameBit[fn]; ok {
					s.frames[int(wn)] |= 1 << b
				}
				k += 3
			}
		}
		m[fs[0]] = s
	}
	return m
}

// wordNum is the 1-based number of w in s's words, 0 if absent.
func (s *synset) wordNum(w string) int {
	for i, x := range s.words {
		if x == w {
			return i + 1
		}
	}
	return 0
}

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "WordNet 3.0 dict directory")
	out := flag.String("o", "", "output file (.txt.gz)")
	flag.Parse()
	log.SetFlags(0)

	entries := readEntries(*dir)
	lines := entryLines(entries)
	lines = append(lines, inflections(*dir, entries)...)
	sort.Strings(lines)
	writeLexicon(*out, licenseNotice(*dir), lines)
	fmt.Printf("%d lines\n", len(lines))
}

// lexFiles returns the lexicographer file of each synset of data.pos, by
// offset.
func lexFiles(dir, pos string) map[string]int {
	f, err := os.Open(filepath.Join(dir, "data."+pos))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	m := map[string]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		l := sc.Text()
		if strings.HasPrefix(l, "  ") {
			continue
		}
		fs := strings.SplitN(l, " ", 3)
		if len(fs) < 3 {
			continue
		}
		n, _ := strconv.Atoi(fs[1])
		m[fs[0]] = n
	}
	return m
}

// readEntries reads the index of each part of speech: an entry for every
// single-word lemma, with what its senses say.
func readEntries(dir string) map[string]*entry {
	entries := map[string]*entry{}
	get := func(w string) *entry {
		e := entries[w]
		if e == nil {
			e = &entry{nlex: -1, vlex: -1}
			entries[w] = e
		}
		return e
	}
	verbs, nouns := readData(dir, "verb"), readData(dir, "noun")
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		lex := lexFiles(dir, pos)
		f, err := os.Open(filepath.Join(dir, "index."+pos))
		if err != nil {
			log.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			l := sc.Text()
			if strings.HasPrefix(l, "  ") {
				continue
			}
			fs := strings.Fields(l)
			if len(fs) < 4 || strings.ContainsAny(fs[0], "_") {
				continue
			}
			n, _ := strconv.Atoi(fs[2])
			if n == 0 || len(fs) < n {
				continue
			}
			offs := fs[len(fs)-n:]
			e := get(fs[0])
			switch pos {
			case "noun":
				e.nlex, e.nsense = lex[offs[0]], n
				for _, o := range offs {
					switch lex[o] {
					case 4, 11, 19, 22: // noun.act, noun.event, noun.phenomenon, noun.process
						e.nevent = true
					}
				}
				derivedVerb(e, fs[0], offs, nouns, verbs)
			case "verb":
				e.vlex, e.vsense = lex[offs[0]], n
				for _, o := range offs[:min(3, len(offs))] {
					if syn := verbs[o]; syn != nil {
						e.frames |= syn.frames[0] | syn.frames[syn.wordNum(fs[0])]
					}
				}
			case "adj":
				e.adj = true
			case "adv":
				e.adv = true
			}
		}
		f.Close()
	}
	return entries
}

// derivedVerb sets e.dverb to the verb of the first sense of noun word
// (at synset offsets offs) with a derivationally related single-word
// verb.
func derivedVerb(e *entry, word string, offs []string, nouns, verbs map[string]*synset) {
	for _, o := range offs {
		syn := nouns[o]
		if syn == nil || e.dverb != "" {
			continue
		}
		me := syn.wordNum(word)
		for _, d := range syn.deriv {
			v := verbs[d[0]]
			src, _ := strconv.ParseInt(d[2][:2], 16, 32)
			tgt, _ := strconv.ParseInt(d[2][2:], 16, 32)
			if d[1] != "v" || v == nil || int(src) != me || tgt < 1 || int(tgt) > len(v.words) {
				continue
			}
			if w := v.words[tgt-1]; !strings.Contains(w, "_") {
				e.dverb = w
				break
			}
		}
	}
}

// entryLines returns an entry's line per lemma (unsorted).
func entryLines(entries map[string]*entry) []string {
	var lines []string
	for w, e := range entries {
		b := func(x bool) int {
			if x {
				return 1
			}
			return 0
		}
		dv := e.dverb
		if dv == "" {
			dv = "-"
		}
		lines = append(lines, fmt.Sprintf("%s %d %d %d %d %d %d %d %d %s", w, e.nlex, e.vlex, min(e.nsense, 9), min(e.vsense, 9), b(e.adj), b(e.adv), b(e.nevent), e.frames, dv))
	}
	return lines
}

// inflections returns the lines of WordNet's irregular inflections
// ("form >p lemma") whose lemma has an entry.
func inflections(dir string, entries map[string]*entry) []string {
	var lines []string
	for _, pos := range []string{"noun", "verb", "adj"} {
		f, err := os.Open(filepath.Join(dir, pos+".exc"))
		if err != nil {
			log.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			fs := strings.Fields(sc.Text())
			if len(fs) < 2 || strings.Contains(fs[0], "_") || entries[fs[1]] == nil {
				continue
			}
			lines = append(lines, fmt.Sprintf("%s >%c %s", fs[0], pos[0], fs[1]))
		}
		f.Close()
	}
	return lines
}

// licenseNotice returns WordNet's license notice, from the head of
// data.noun, as comment lines.
func licenseNotice(dir string) []string {
	var notice []string
	if f, err := os.Open(filepath.Join(dir, "data.noun")); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() && strings.HasPrefix(sc.Text(), "  ") {
			l := strings.TrimSpace(sc.Text())
			if i := strings.IndexByte(l, ' '); i >= 0 {
				l = l[i+1:]
			} else {
				l = ""
			}
			notice = append(notice, "# "+strings.TrimSpace(l))
		}
		f.Close()
	}
	return notice
}

// writeLexicon writes the gzipped lexicon: a header, the notice, the lines.
func writeLexicon(path string, notice, lines []string) {
	fo, err := os.Create(path)
	if err != nil {
		log.Fatal(err)
	}
	zw, _ := gzip.NewWriterLevel(fo, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	fmt.Fprintln(w, "# Derived from WordNet 3.0 by internal/event/detect/cmd/wnlex.")
	fmt.Fprintln(w, "# Fields: lemma, noun lexfile of the first sense (-1 none), verb lexfile, noun senses, verb senses, adjective, adverb, any noun sense an act/event/phenomenon/process, verb frame bits of the first three verb senses (1: sb V sb to INF, 2: V that CLAUSE, 4: V to INF, 8: V whether, 16: V V-ing, 32: V sb into V-ing, 64: sb V sb, 128: sb V), the verb of the noun's first derivationally related verb (- none).")
	fmt.Fprintln(w, "# Lines 'form >p lemma' are WordNet's irregular inflections (p: n, v, a).")
	for _, l := range notice {
		fmt.Fprintln(w, l)
	}
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	if err := fo.Close(); err != nil {
		log.Fatal(err)
	}
}
