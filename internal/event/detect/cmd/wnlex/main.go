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
}

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "WordNet 3.0 dict directory")
	out := flag.String("o", "", "output file (.txt.gz)")
	flag.Parse()
	log.SetFlags(0)

	lexOf := func(pos string) map[string]int {
		f, err := os.Open(filepath.Join(*dir, "data."+pos))
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
	entries := map[string]*entry{}
	get := func(w string) *entry {
		e := entries[w]
		if e == nil {
			e = &entry{nlex: -1, vlex: -1}
			entries[w] = e
		}
		return e
	}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		lex := lexOf(pos)
		f, err := os.Open(filepath.Join(*dir, "index."+pos))
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
			case "verb":
				e.vlex, e.vsense = lex[offs[0]], n
			case "adj":
				e.adj = true
			case "adv":
				e.adv = true
			}
		}
		f.Close()
	}
	var lines []string
	for w, e := range entries {
		b := func(x bool) int {
			if x {
				return 1
			}
			return 0
		}
		lines = append(lines, fmt.Sprintf("%s %d %d %d %d %d %d %d", w, e.nlex, e.vlex, min(e.nsense, 9), min(e.vsense, 9), b(e.adj), b(e.adv), b(e.nevent)))
	}
	for _, pos := range []string{"noun", "verb", "adj"} {
		f, err := os.Open(filepath.Join(*dir, pos+".exc"))
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
	sort.Strings(lines)

	// License notice, from the head of data.noun.
	var notice []string
	if f, err := os.Open(filepath.Join(*dir, "data.noun")); err == nil {
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
	fo, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	zw, _ := gzip.NewWriterLevel(fo, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	fmt.Fprintln(w, "# Derived from WordNet 3.0 by internal/event/detect/cmd/wnlex.")
	fmt.Fprintln(w, "# Fields: lemma, noun lexfile of the first sense (-1 none), verb lexfile, noun senses, verb senses, adjective, adverb, any noun sense an act/event/phenomenon/process.")
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
	fmt.Printf("%d lines\n", len(lines))
}
