// Names of title-case headlines: every word has a capital there, so a run
// of capitals says little about where a name begins or ends.

package entity

import (
	"strings"

	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/wordset"
)

// headlineVerbs are verbs that headlines write with a capital ("Obama and
// Medvedev Sign Nuclear Arms Treaty", "Holmes Found Guilty", "Lehman
// Brothers Files for Bankruptcy"): never a word of a name found only in a
// headline.
var headlineVerbs = wordset.Of(map[string]bool{
	"sign": true, "signs": true, "signed": true, "found": true, "finds": true, "file": true, "files": true, "filed": true,
	"resign": true, "resigns": true, "resigned": true, "win": true, "wins": true, "won": true, "lose": true, "loses": true,
	"lost": true, "leave": true, "leaves": true, "left": true, "flood": true, "floods": true, "flooded": true,
	"recall": true, "recalls": true, "recalled": true, "buy": true, "buys": true, "bought": true, "sell": true, "sells": true,
	"sold": true, "elected": true, "elect": true, "elects": true, "defeat": true, "defeats": true, "defeating": true,
	"beat": true, "beats": true, "sue": true, "sues": true, "sued": true, "unveil": true, "unveils": true,
	"unveiled": true, "launch": true, "launches": true, "launched": true, "announce": true, "announces": true,
	"announced": true, "release": true, "releases": true, "released": true, "say": true, "says": true, "said": true,
	"agree": true, "agrees": true, "agreed": true, "plan": true, "plans": true, "face": true, "faces": true,
	"quit": true, "quits": true, "kill": true, "kills": true, "killed": true, "hit": true, "hits": true,
	"strike": true, "strikes": true, "struck": true, "slams": true, "meet": true, "meets": true, "met": true,
	"visit": true, "visits": true, "visited": true, "take": true, "takes": true, "wants": true, "calls": true,
	"named": true, "names": true, "dies": true, "died": true, "dead": true, "guilty": true, "convicted": true,
	"charged": true, "arrested": true, "accused": true, "accuses": true, "seeks": true, "warns": true,
	"cuts": true, "raises": true, "rises": true, "falls": true, "fall": true, "approves": true, "approved": true,
	"rejects": true, "rejected": true, "ends": true, "ended": true, "begins": true, "opens": true, "closes": true,
	"steps": true, "becomes": true, "gets": true, "makes": true, "gives": true, "joins": true, "acquire": true,
	"acquires": true, "acquired": true, "merge": true, "merges": true, "collapse": true, "collapses": true,
	"introduces": true, "replaces": true, "reports": true, "confirms": true, "denies": true, "admits": true,
	"ousted": true, "fired": true, "fires": true, "wounded": true, "injured": true, "vows": true, "pledges": true,
	"orders": true, "bans": true, "blocks": true, "backs": true, "urges": true, "hails": true, "expands": true,
})

// headlineNames cuts the names found in title-case headlines to the parts
// the body of the document names. A run of capitals in a headline ("Obama
// and Medvedev Sign Nuclear Arms Treaty in Prague", "Theranos Founder
// Elizabeth Holmes Found Guilty of Defrauding Investors") keeps, from left
// to right, the longest pieces that the body names, as a name or as what
// stands for one (its last word, its first word unless a given name, its
// first words: "Medvedev", "Elizabeth Holmes", "Lehman Brothers"), or that
// a gazetteer knows; the words between are dropped. A headline name with
// no such piece stays only when it is one word and no headline verb; the
// resolver keeps such a name only when the tagger is sure of it (as for
// every name seen only in headlines). A document with no body names keeps
// its headline's as they are. cands is filtered in place.
func (r *recognizer) headlineNames(cands []Candidate) []Candidate {
	any := false
	for i := range cands {
		if cands[i].Headline && r.titleCaseLine(cands[i].Sentence) {
			any = true
			break
		}
	}
	if !any {
		return cands
	}
	support := map[string]bool{}
	var words []string
	for i := range cands {
		c := &cands[i]
		if c.Headline && r.titleCaseLine(c.Sentence) || c.Demonym {
			continue
		}
		v := r.views[c.Sentence]
		a := c.First
		if n, _ := r.titleMatch(v, a, c.Last+1); n > 0 && a+n <= c.Last {
			a += n // "Ms. Holmes": the name is Holmes
		}
		words = words[:0]
		for k := a; k <= c.Last; k++ {
			if v[k].Kind == text.Word {
				words = append(words, v[k].low)
			}
		}
		if len(words) == 0 {
			continue
		}
		support[strings.Join(words, " ")] = true
		if len(words) < 2 {
			continue
		}
		support[words[len(words)-1]] = true
		if !v[a].firstName && !v[a].connector() {
			support[words[0]] = true
		}
		for m := 2; m < len(words); m++ {
			support[strings.Join(words[:m], " ")] = true
		}
	}
	if len(support) == 0 {
		return cands
	}
	out := make([]Candidate, 0, len(cands))
	for i := range cands {
		c := cands[i]
		if !c.Headline || !r.titleCaseLine(c.Sentence) || c.Gaz != nil || c.Demonym || c.Last == c.First {
			if !(c.Headline && c.Gaz == nil && headlineVerbs.Has(r.views[c.Sentence][c.First].low)) {
				out = append(out, c)
			}
			continue
		}
		v := r.views[c.Sentence]
		if support[r.pieceKey(v, c.First, c.Last)] {
			out = append(out, c)
			continue
		}
		for k := c.First; k <= c.Last; {
			if v[k].Kind != text.Word || v[k].connector() || headlineVerbs.Has(v[k].low) {
				k++
				continue
			}
			j := c.Last
			for ; j >= k; j-- {
				if v[j].Kind != text.Word || v[j].connector() {
					continue
				}
				if support[r.pieceKey(v, k, j)] {
					break
				}
				if f, ok := r.gazWhole(v, k, j+1); ok && f.entry.Type != productType {
					break
				}
			}
			if j < k {
				k++
				continue
			}
			if f, ok := r.gazWhole(v, k, j+1); ok {
				out = append(out, r.gazCand(c.Sentence, v, k, j+1, f, true))
			} else if p, ok := r.freeCand(c.Sentence, v, k, j+1, true); ok {
				out = append(out, p)
			}
			k = j + 1
		}
	}
	return out
}

// pieceKey is the words of v[a..b] in lower case, punctuation left out.
func (r *recognizer) pieceKey(v []tokView, a, b int) string {
	var sb strings.Builder
	for k := a; k <= b; k++ {
		if v[k].Kind != text.Word {
			continue
		}
		if sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(v[k].low)
	}
	return sb.String()
}

// titleCaseLine reports whether headline sentence si is the document's
// headline (its first sentence, or its title) and written in title case,
// not in capitals: in a line of capitals ("SOCCER - JAPAN GET LUCKY
// WIN"), tables of results among them, the tagger reads the names as
// capitals and has learned them so.
func (r *recognizer) titleCaseLine(si int) bool {
	if si != 0 && !r.isTitle(si) {
		return false // a list of names ("Mike Hulbert , Brian Henninger , Tiger Woods") is no headline
	}
	caps, words := 0, 0
	for k := range r.views[si] {
		t := &r.views[si][k]
		if t.Kind != text.Word || !t.cap {
			continue
		}
		words++
		if len(t.base) > 1 && allCaps(t.base) {
			caps++
		}
	}
	return words > 0 && 2*caps < words
}

// isTitle reports whether sentence si is the document's title.
func (r *recognizer) isTitle(si int) bool {
	t := r.doc.Title
	if t == "" || si >= len(r.sents) {
		return false
	}
	s := r.sents[si]
	return s.End-s.Start == len(t) && r.doc.Text[s.Start:s.End] == t
}
