package event

import (
	"bufio"
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/triggers.tsv
var triggersTSV string

// Trigger is one lexicon entry: a lemma that names an event.
type Trigger struct {
	Lemma string
	Noun  bool   // a noun ("meeting"); otherwise a verb ("meet")
	Class string // TimeML class
	Kind  string // briefing kind
}

type lexicon struct {
	byLemma map[string][]Trigger // lemma -> entries (noun and/or verb)
	surface map[string][]Trigger // every known word form -> entries
}

var (
	lexOnce sync.Once
	lex     *lexicon
)

func defaultLexicon() *lexicon {
	lexOnce.Do(func() {
		lex = &lexicon{byLemma: map[string][]Trigger{}, surface: map[string][]Trigger{}}
		sc := bufio.NewScanner(strings.NewReader(triggersTSV))
		for sc.Scan() {
			line := sc.Text()
			if line == "" || line[0] == '#' {
				continue
			}
			c := strings.Split(line, "\t")
			if len(c) < 4 {
				continue
			}
			t := Trigger{Lemma: c[0], Noun: c[1] == "n", Class: c[2], Kind: c[3]}
			lex.byLemma[t.Lemma] = append(lex.byLemma[t.Lemma], t)
			forms := inflections(t.Lemma, t.Noun)
			if len(c) > 4 {
				for _, f := range strings.Split(c[4], ";") {
					if f = strings.TrimSpace(f); f != "" {
						forms = append(forms, f)
					}
				}
			}
			for _, f := range forms {
				lex.addForm(f, t)
			}
		}
	})
	return lex
}

// Lookup returns the trigger entries a lower-case word form may belong
// to: nouns in their singular or plural form, verbs in any simple
// inflection (said, agreed, planned, meeting, occupies). The forms are
// generated once from the lemmas, so a lookup is one map access.
func Lookup(w string) []Trigger {
	return defaultLexicon().surface[w]
}

// inflections returns the simple inflected forms of a lemma.
func inflections(l string, noun bool) []string {
	n := len(l)
	out := []string{l}
	last := l[n-1]
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	switch {
	case last == 'y' && n > 1 && !vowel(l[n-2]):
		out = append(out, l[:n-1]+"ies")
		if !noun {
			out = append(out, l[:n-1]+"ied")
		}
	case strings.HasSuffix(l, "s") || strings.HasSuffix(l, "sh") || strings.HasSuffix(l, "ch") || strings.HasSuffix(l, "x") || strings.HasSuffix(l, "z"):
		out = append(out, l+"es")
	default:
		out = append(out, l+"s")
	}
	if noun {
		return out
	}
	switch {
	case last == 'e':
		out = append(out, l+"d", l[:n-1]+"ing")
	case last == 'y':
		out = append(out, l+"ing")
		if n > 1 && vowel(l[n-2]) {
			out = append(out, l+"ed")
		}
	default:
		out = append(out, l+"ed", l+"ing")
		// a short verb ending consonant-vowel-consonant doubles: plan -> planned
		if n >= 3 && !vowel(last) && vowel(l[n-2]) && !vowel(l[n-3]) && strings.IndexByte("wxy", last) < 0 {
			out = append(out, l+string(last)+"ed", l+string(last)+"ing")
		}
	}
	return out
}

func (l *lexicon) addForm(f string, t Trigger) {
	for _, o := range l.surface[f] {
		if o == t {
			return
		}
	}
	l.surface[f] = append(l.surface[f], t)
}
