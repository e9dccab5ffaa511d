package syntax

import (
	"compress/gzip"
	"encoding/gob"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lexicon is what the treebank says about words, apart from the weights:
// the tags each word was seen with (the tagger's tag dictionary and its
// ambiguity classes), lemmas and morphological features by word and tag.
type Lexicon struct {
	// Tags are the joint "UPOS|XPOS" labels, in the tagger's order.
	Tags []string
	// Words maps a lowercased word to the tags it was seen with (indices
	// into Tags, most frequent first) and, for frequent words that nearly
	// always take one tag, that tag (Fixed >= 0).
	Words map[string]WordTags
	// Lemmas maps "lowercased form\tXPOS" to the most frequent lemma.
	Lemmas map[string]string
	// Known lemmas (lowercased), to check suffix-stripping guesses.
	Known map[string]bool
	// Feats maps "lowercased form\tjoint tag" to the most frequent FEATS,
	// and TagFeats a joint tag to its most frequent FEATS.
	Feats    map[string]string
	TagFeats map[string]string
	// Aux maps a lowercased word to what other resources say of it (the
	// Penn tags it has in news text, whether it is part of names there),
	// as one string; the tagger hashes it into a feature. It extends the
	// treebank's word list to words the treebank never saw.
	Aux map[string]string
	// Open lists the tags that words seen once in the treebank take (open
	// classes): the tagger chooses among them, and a word's own tags, for
	// rare and unseen words; a frequent word only among its own tags.
	Open []int16
	// WN holds WordNet's single-word lemmas with their parts of speech
	// (wnNoun...), WNExc its irregular forms (see wordnet.go).
	WN, WNExc map[string]uint8

	static map[string]wordStatic // by finish: staticInfo of the listed words
}

// finish computes what look-ups read many times (each word's candidate
// tags) once, after the lexicon is built or read.
func (lx *Lexicon) finish() {
	for k, e := range lx.Words {
		e.cands = lx.candidates(e, true)
		lx.Words[k] = e
	}
	lx.static = make(map[string]wordStatic, len(lx.Words)+len(lx.Aux))
	for k := range lx.Words {
		lx.static[k] = lx.staticInfo(k)
	}
	for k := range lx.Aux {
		if _, ok := lx.static[k]; !ok {
			lx.static[k] = lx.staticInfo(k)
		}
	}
}

// closedCount is how often a word must have been seen for the tagger to
// keep to the tags it was seen with.
const closedCount = 8

// candidates returns the tags the tagger may choose for a word: its own
// when it is frequent, else its own and the open ones (nil means every
// tag).
func (lx *Lexicon) candidates(e WordTags, known bool) []int16 {
	if !known {
		return lx.Open
	}
	if e.cands != nil {
		return e.cands
	}
	if e.Count >= closedCount {
		return e.Tags
	}
	out := append([]int16(nil), lx.Open...)
	for _, t := range e.Tags {
		found := false
		for _, o := range lx.Open {
			if o == t {
				found = true
				break
			}
		}
		if !found {
			out = append(out, t)
		}
	}
	return out
}

// WordTags is a word's entry in the tag dictionary.
type WordTags struct {
	Tags  []int16
	Fixed int16
	Count int32
	cands []int16 // set by finish: what candidates returns
}

// buildLexicon counts the words of gold sentences.
func buildLexicon(sents []Sentence) *Lexicon {
	tagCount := map[string]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			tagCount[w.UPOS+"|"+w.XPOS]++
		}
	}
	lx := &Lexicon{Words: map[string]WordTags{}, Lemmas: map[string]string{}, Known: map[string]bool{}, Feats: map[string]string{}, TagFeats: map[string]string{}}
	for t := range tagCount {
		lx.Tags = append(lx.Tags, t)
	}
	sort.Slice(lx.Tags, func(i, j int) bool {
		a, b := lx.Tags[i], lx.Tags[j]
		if tagCount[a] != tagCount[b] {
			return tagCount[a] > tagCount[b]
		}
		return a < b
	})
	tagIndex := map[string]int{}
	for i, t := range lx.Tags {
		tagIndex[t] = i
	}
	wordTag := map[string]map[int]int{}
	lemma := map[string]map[string]int{}
	feats := map[string]map[string]int{}
	tagFeats := map[string]map[string]int{}
	inc := func(m map[string]map[string]int, k, v string) {
		if m[k] == nil {
			m[k] = map[string]int{}
		}
		m[k][v]++
	}
	for _, s := range sents {
		for _, w := range s.Words {
			low := strings.ToLower(w.Form)
			jt := w.UPOS + "|" + w.XPOS
			if wordTag[low] == nil {
				wordTag[low] = map[int]int{}
			}
			wordTag[low][tagIndex[jt]]++
			inc(lemma, low+"\t"+w.XPOS, w.Lemma)
			lx.Known[strings.ToLower(w.Lemma)] = true
			inc(feats, low+"\t"+jt, w.Feats)
			inc(tagFeats, jt, w.Feats)
		}
	}
	for word, tc := range wordTag {
		var e WordTags
		total, best := 0, 0
		for t, c := range tc {
			e.Tags = append(e.Tags, int16(t))
			total += c
			if c > best {
				best = c
			}
		}
		sort.Slice(e.Tags, func(i, j int) bool {
			a, b := tc[int(e.Tags[i])], tc[int(e.Tags[j])]
			if a != b {
				return a > b
			}
			return e.Tags[i] < e.Tags[j]
		})
		e.Count = int32(total)
		e.Fixed = -1
		if total >= 20 && float64(best) >= 0.995*float64(total) {
			e.Fixed = e.Tags[0]
		}
		lx.Words[word] = e
	}
	// Open tags: those of words seen once, at least ten times.
	hapax := map[int16]int{}
	for _, e := range lx.Words {
		if e.Count == 1 {
			hapax[e.Tags[0]]++
		}
	}
	for t, c := range hapax {
		if c >= 10 {
			lx.Open = append(lx.Open, t)
		}
	}
	sort.Slice(lx.Open, func(i, j int) bool { return lx.Open[i] < lx.Open[j] })
	defer lx.finish()
	for k, m := range lemma {
		lx.Lemmas[k] = mostFrequent(m)
	}
	for k, m := range feats {
		lx.Feats[k] = mostFrequent(m)
	}
	for k, m := range tagFeats {
		lx.TagFeats[k] = mostFrequent(m)
	}
	return lx
}

func mostFrequent(m map[string]int) string {
	best, bc := "", -1
	for k, c := range m {
		if c > bc || c == bc && k < best {
			best, bc = k, c
		}
	}
	return best
}

// lexiconFile is the stored form: sorted slices, so the bytes are the same
// for the same treebank.
type lexiconFile struct {
	Version  int
	Tags     []string
	Words    []string
	WordTags []WordTags
	Lemmas   [][2]string
	Feats    [][2]string
	TagFeats [][2]string
	Known    []string
	Aux      [][2]string
	Open     []int16
	WN       []string
	WNBits   []uint8
	WNExc    []string
	WNExcB   []uint8
}

func sortedBits(m map[string]uint8) ([]string, []uint8) {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	bs := make([]uint8, len(ks))
	for i, k := range ks {
		bs[i] = m[k]
	}
	return ks, bs
}

func sortedPairs(m map[string]string) [][2]string {
	out := make([][2]string, 0, len(m))
	for k, v := range m {
		out = append(out, [2]string{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

func (lx *Lexicon) write(w io.Writer) error {
	f := lexiconFile{Version: 1, Tags: lx.Tags, Lemmas: sortedPairs(lx.Lemmas), Feats: sortedPairs(lx.Feats), TagFeats: sortedPairs(lx.TagFeats), Aux: sortedPairs(lx.Aux), Open: lx.Open}
	for k := range lx.Words {
		f.Words = append(f.Words, k)
	}
	sort.Strings(f.Words)
	for _, k := range f.Words {
		f.WordTags = append(f.WordTags, lx.Words[k])
	}
	for k := range lx.Known {
		f.Known = append(f.Known, k)
	}
	f.WN, f.WNBits = sortedBits(lx.WN)
	f.WNExc, f.WNExcB = sortedBits(lx.WNExc)
	sort.Strings(f.Known)
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	if err := gob.NewEncoder(zw).Encode(&f); err != nil {
		return err
	}
	return zw.Close()
}

func readLexicon(r io.Reader) (*Lexicon, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("syntax: lexicon: %w", err)
	}
	var f lexiconFile
	if err := gob.NewDecoder(zr).Decode(&f); err != nil {
		return nil, fmt.Errorf("syntax: lexicon: %w", err)
	}
	if f.Version != 1 || len(f.Words) != len(f.WordTags) {
		return nil, fmt.Errorf("syntax: lexicon: unknown version or inconsistent sizes")
	}
	lx := &Lexicon{Tags: f.Tags, Words: make(map[string]WordTags, len(f.Words)), Lemmas: map[string]string{}, Known: map[string]bool{}, Feats: map[string]string{}, TagFeats: map[string]string{}}
	for i, k := range f.Words {
		for _, t := range f.WordTags[i].Tags {
			if int(t) >= len(f.Tags) || t < 0 {
				return nil, fmt.Errorf("syntax: lexicon: tag out of range")
			}
		}
		lx.Words[k] = f.WordTags[i]
	}
	for _, p := range f.Lemmas {
		lx.Lemmas[p[0]] = p[1]
	}
	for _, p := range f.Feats {
		lx.Feats[p[0]] = p[1]
	}
	for _, p := range f.TagFeats {
		lx.TagFeats[p[0]] = p[1]
	}
	for _, k := range f.Known {
		lx.Known[k] = true
	}
	defer lx.finish()
	for _, t := range f.Open {
		if int(t) >= len(f.Tags) || t < 0 {
			return nil, fmt.Errorf("syntax: lexicon: tag out of range")
		}
	}
	lx.Open = f.Open
	if len(f.WN) != len(f.WNBits) || len(f.WNExc) != len(f.WNExcB) {
		return nil, fmt.Errorf("syntax: lexicon: inconsistent sizes")
	}
	lx.WN, lx.WNExc = make(map[string]uint8, len(f.WN)), make(map[string]uint8, len(f.WNExc))
	for i, k := range f.WN {
		lx.WN[k] = f.WNBits[i]
	}
	for i, k := range f.WNExc {
		lx.WNExc[k] = f.WNExcB[i]
	}
	lx.Aux = make(map[string]string, len(f.Aux))
	for _, p := range f.Aux {
		lx.Aux[p[0]] = p[1]
	}
	return lx, nil
}

// Lemma returns the lemma of a word with its tags: the treebank's when it
// saw the word with that Penn tag, else a suffix rule checked against the
// lemmas it knows.
func (lx *Lexicon) Lemma(form, upos, xpos string) string {
	low := lower(form)
	var kb [96]byte
	if l, ok := lx.Lemmas[string(joinKey(kb[:0], low, xpos))]; ok {
		return l
	}
	switch xpos {
	case "NNP", "NNPS":
		if xpos == "NNPS" && strings.HasSuffix(form, "s") && len(form) > 3 {
			return form[:len(form)-1]
		}
		return form
	case "NNS":
		return lx.strip(low, wnNoun, []string{"!ies:y", "!sses:ss", "!ches:ch", "!shes:sh", "!xes:x", "!izes:ize", "zes:ze", "!zes:z", "oes:o", "s:"})
	case "VBZ":
		return lx.strip(low, wnVerb, []string{"!ies:y", "!sses:ss", "!ches:ch", "!shes:sh", "!xes:x", "!izes:ize", "zes:ze", "!zes:z", "oes:o", "s:"})
	case "VBD", "VBN":
		// A past tense and its participle share their lemma: "fed" seen
		// only as VBN is "feed" as VBD too.
		other := "VBN"
		if xpos == "VBN" {
			other = "VBD"
		}
		if l, ok := lx.Lemmas[string(joinKey(kb[:0], low, other))]; ok {
			return l
		}
		l := lx.strip(low, wnVerb, []string{"!ied:y", "ed:e", "ed:", "d:"})
		if lx.WN[l]&wnVerb == 0 && lx.WNExc[low]&wnVerb != 0 {
			// An irregular past the treebank lacks: its vowel changed
			// ("slid" -> "slide", "swung" -> "swing"), the lemma a verb
			// WordNet knows.
			for _, p := range irregularPasts {
				if stem, ok := strings.CutSuffix(low, p[0]); ok && len(stem) >= 1 && lx.WN[stem+p[1]]&wnVerb != 0 {
					return stem + p[1]
				}
			}
		}
		return l
	case "VBG":
		return lx.strip(low, wnVerb, []string{"ying:ie", "ing:e", "ing:"}) // "ying" is "ie" only when WordNet knows it: "destroying" is no "destroie"
	case "JJR", "RBR":
		return lx.strip(low, wnAdj|wnAdv, []string{"!ier:y", "er:e", "er:"})
	case "JJS", "RBS":
		return lx.strip(low, wnAdj|wnAdv, []string{"!iest:y", "est:e", "est:"})
	}
	if upos == "PROPN" {
		return form
	}
	return low
}

// irregularPasts are the endings of irregular pasts and participles and
// of their lemmas, tried in order on a form WordNet lists as an
// irregular verb form.
var irregularPasts = [][2]string{{"id", "ide"}, {"ode", "ide"}, {"ote", "ite"}, {"ook", "ake"}, {"ew", "ow"}, {"ew", "aw"}, {"ew", "y"},
	{"ung", "ing"}, {"ank", "ink"}, {"ang", "ing"}, {"unk", "ink"}, {"ore", "ear"}, {"orn", "ear"}, {"ed", "ee"}, {"oze", "eeze"},
	{"ole", "eal"}, {"ove", "ive"}, {"ose", "ise"}, {"un", "in"}, {"ug", "ig"}, {"uck", "ike"}, {"ept", "eep"}, {"elt", "eel"},
	{"ent", "end"}, {"ilt", "ild"}, {"ame", "ome"}, {"ave", "ive"}, {"oke", "eak"}, {"oken", "eak"}, {"ound", "ind"}, {"ood", "and"},
	{"old", "ell"}, {"aid", "ay"}, {"aught", "atch"}, {"aught", "each"}, {"it", "ite"}, {"eld", "old"}, {"went", "go"}, {"ade", "id"}, {"en", "e"}}

// strip tries "suffix:replacement" rules in order and takes the first whose
// result is a known lemma (a rule marked "!" is sure: it applies even to an
// unknown stem) (also with a doubled final consonant undone:
// "stopped" -> "stop"); with none known, the last rule that applies.
func (lx *Lexicon) strip(low string, wn uint8, rules []string) string {
	guess := ""
	for _, r := range rules {
		sure := r[0] == '!'
		r = strings.TrimPrefix(r, "!")
		i := strings.IndexByte(r, ':')
		suf, rep := r[:i], r[i+1:]
		if !strings.HasSuffix(low, suf) || len(low)-len(suf) < 2 {
			continue
		}
		stem := low[:len(low)-len(suf)]
		cand := stem + rep
		// A lemma of the treebank, or of WordNet in the tag's part of
		// speech ("collided" -> "collide"; "marched" is not the noun
		// "Marche").
		// Not a lemma WordNet knows only in another part of speech:
		// "severed" is no "severe", "bored" no "bore" (a noun too, but
		// a verb as well, so that stays).
		if lx.Known[cand] && (lx.WN[cand] == 0 || lx.WN[cand]&wn != 0) || sure || lx.WN[cand]&wn != 0 {
			return cand
		}
		if rep == "" && len(stem) >= 3 && stem[len(stem)-1] == stem[len(stem)-2] && lx.Known[stem[:len(stem)-1]] {
			return stem[:len(stem)-1]
		}
		if guess == "" {
			guess = cand
		}
	}
	if guess == "" {
		return low
	}
	// Unknown stem: prefer the plain cut, undoing a doubled consonant.
	for _, r := range rules {
		i := strings.IndexByte(r, ':')
		suf, rep := r[:i], r[i+1:]
		if rep == "" && strings.HasSuffix(low, suf) && len(low)-len(suf) >= 2 {
			stem := low[:len(low)-len(suf)]
			if len(stem) >= 3 && stem[len(stem)-1] == stem[len(stem)-2] && !strings.ContainsRune("lsz", rune(stem[len(stem)-1])) {
				return stem[:len(stem)-1]
			}
			if endsCVC(stem) && suf != "s" {
				return stem + "e"
			}
			return stem
		}
	}
	return guess
}

// endsCVC: consonant-vowel-consonant ending of a one-syllable stem
// ("hop" of "hoped" -> "hope").
func endsCVC(s string) bool {
	if len(s) < 3 || len(s) > 4 {
		return false
	}
	v := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	n := len(s)
	return !v(s[n-3]) && v(s[n-2]) && !v(s[n-1]) && strings.IndexByte("wxy", s[n-1]) < 0
}

// FeatsOf returns the morphological features of a word with its joint tag.
func (lx *Lexicon) FeatsOf(form, joint string) string {
	var kb [96]byte
	if f, ok := lx.Feats[string(joinKey(kb[:0], lower(form), joint))]; ok {
		return f
	}
	return lx.TagFeats[joint]
}

// joinKey appends "a\tb" to buf: map look-ups by string(joinKey(...))
// allocate nothing.
func joinKey(buf []byte, a, b string) []byte {
	buf = append(buf, a...)
	buf = append(buf, '\t')
	return append(buf, b...)
}

func isPunctWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return utf8.RuneCountInString(s) > 0
}
