package timex

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed rules/*
var rulesFS embed.FS

// lexEntry is one reading of a word: the section it belongs to and the
// normalized value there.
type lexEntry struct {
	section string
	value   string
	capital bool // counts only when capitalized
	primary bool // the first (full) word of its line, not an abbreviation
}

// phrase is a multi-word entry of a phrase section (holidays, eras, mods).
type phrase struct {
	words []string
	value string
}

// lexicon holds the normalization tables of rules/lexicon.txt.
type lexicon struct {
	words   map[string][]lexEntry          // single words
	phrases map[string]map[string][]phrase // section -> first word -> phrases, longest first
	class   map[string]uint64              // section -> class bit
}

// Phrase sections: matched over several tokens.
var phraseSections = map[string]bool{"holiday": true, "era": true, "dmod": true, "qmod": true}

func parseLexicon(src string) (*lexicon, error) {
	lx := &lexicon{words: map[string][]lexEntry{}, phrases: map[string]map[string][]phrase{}, class: map[string]uint64{}}
	sc := bufio.NewScanner(strings.NewReader(src))
	ln := 0
	for sc.Scan() {
		ln++
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 3 {
			return nil, fmt.Errorf("lexicon line %d: want SECTION VALUE WORD...", ln)
		}
		sec, val := f[0], f[1]
		if _, ok := lx.class[sec]; !ok {
			lx.class[sec] = 0
		}
		for wi, w := range f[2:] {
			capital := strings.HasPrefix(w, "!")
			w = strings.TrimPrefix(w, "!")
			if phraseSections[sec] {
				ws := strings.Split(w, "_")
				m := lx.phrases[sec]
				if m == nil {
					m = map[string][]phrase{}
					lx.phrases[sec] = m
				}
				m[ws[0]] = append(m[ws[0]], phrase{words: ws, value: val})
				continue
			}
			w = strings.ReplaceAll(w, "_", " ")
			lx.words[w] = append(lx.words[w], lexEntry{section: sec, value: val, capital: capital, primary: wi == 0})
		}
	}
	for _, m := range lx.phrases {
		for k, ps := range m {
			// longest first, stable by declaration order
			for i := 1; i < len(ps); i++ {
				for j := i; j > 0 && len(ps[j].words) > len(ps[j-1].words); j-- {
					ps[j], ps[j-1] = ps[j-1], ps[j]
				}
			}
			m[k] = ps
		}
	}
	return lx, sc.Err()
}

// lookup returns the value of word w (as written: orig) in section sec.
func (lx *lexicon) lookup(sec, lower, orig string) (string, bool) {
	for _, e := range lx.words[lower] {
		if e.section == sec && (!e.capital || isCapital(orig)) {
			return e.value, true
		}
	}
	return "", false
}

func isCapital(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// matchPhrase returns the longest phrase of section sec that starts at
// toks[i], and the number of tokens it spans.
func (lx *lexicon) matchPhrase(sec string, toks []vtok, i int) (string, int) {
	m := lx.phrases[sec]
	if m == nil {
		return "", 0
	}
	for _, p := range m[toks[i].lower] {
		if i+len(p.words) > len(toks) {
			continue
		}
		ok := true
		for k, w := range p.words[1:] {
			if toks[i+1+k].lower != w {
				ok = false
				break
			}
		}
		if ok {
			return p.value, len(p.words)
		}
	}
	return "", 0
}
