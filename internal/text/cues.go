package text

import (
	"strings"

	"github.com/chronicle-news/chronicle/internal/wordset"
)

// Tense is the grammatical time of the verb that governs a token.
type Tense uint8

const (
	TenseNone Tense = iota
	Past
	Present
	Future
)

func (t Tense) String() string {
	return [...]string{"NONE", "PAST", "PRESENT", "FUTURE"}[t]
}

// Modality values shared by the time and event stages.
const (
	Actual   = "actual"   // it happened or holds
	Planned  = "planned"  // intended, scheduled, agreed to happen
	Possible = "possible" // may, might, could
	Negated  = "negated"  // did not happen
	// Conditional: it happens only if something else does ("unless the
	// board resigned", "if the deal closes").
	Conditional = "conditional"
)

// Cues describe the verb group that governs a token: its tense, whether it
// is perfect or progressive, and the modality the clause expresses.
type Cues struct {
	Tense       Tense
	Perfect     bool
	Progressive bool
	Modality    string
	Verb        int // token index of the verb that decided Tense, -1 if none
}

// Lexicons. They are small closed classes plus the commonest irregular verbs;
// regular past forms are recognised by suffix.
var (
	futureAux   = set("will", "shall", "'ll", "’ll", "wo") // "wo" as in "won't"
	possibleAux = set("may", "might", "could", "can", "would", "should", "must")
	pastAux     = set("was", "were", "had", "did", "been")
	presentAux  = set("is", "are", "am", "has", "have", "does", "do", "'s", "’s", "'re", "’re")
	// Auxiliaries that make a following -ed form a participle.
	participleAux = set("be", "been", "being", "is", "are", "am", "was", "were", "has", "have", "had", "'s", "’s", "'re", "’re")
	negators      = set("not", "n't", "n’t", "never", "no")
	planVerbs     = set("plan", "plans", "planned", "planning", "intend", "intends", "intended", "intending",
		"expect", "expects", "expected", "expecting", "aim", "aims", "aimed", "aiming", "hope", "hopes", "hoped",
		"hoping", "want", "wants", "wanted", "schedule", "scheduled", "due", "set", "prepare", "prepares",
		"preparing", "promise", "promises", "promised", "pledge", "pledged", "pledges", "agree", "agreed",
		"agrees", "seek", "seeks", "sought", "vow", "vowed", "vows", "propose", "proposed", "proposes", "try",
		"tries", "tried", "going", "decide", "decided", "decides", "will", "threaten", "threatens",
		"threatened", "threatening", "forecast", "forecasts", "likely", "poised")
	irregularPast = set("said", "told", "met", "held", "took", "went", "came", "made", "gave", "saw", "found",
		"left", "began", "became", "brought", "bought", "built", "caught", "chose", "drew", "drove", "ate",
		"fell", "felt", "fought", "flew", "forgot", "froze", "got", "grew", "heard", "hid", "hit", "hurt",
		"kept", "knew", "laid", "led", "lost", "meant", "paid", "put", "ran", "rose", "sent", "set", "shot",
		"showed", "shut", "sang", "sank", "sat", "slept", "spoke", "spent", "stood", "stole", "struck",
		"swore", "taught", "thought", "threw", "understood", "woke", "won", "wore", "wrote", "sold", "spread",
		"quit", "read", "beat", "bit", "broke", "cost", "cut", "dealt", "dug", "did", "fed", "fled", "forbade",
		"hung", "let", "lit", "overtook", "rode", "rang", "sought", "shook", "shone", "split", "sprang", "swam",
		"swept", "tore", "withdrew", "was", "were", "had")
	notPastED = set("need", "speed", "seed", "bed", "red", "shed", "feed", "breed", "bleed", "proceed",
		"succeed", "exceed", "indeed", "embed", "weed", "greed", "creed", "deed", "hundred", "united", "limited",
		"based", "related", "detailed", "advanced", "concerned", "interested", "armed", "married", "talked-about")
	// Words that end a clause when scanning for the governing verb.
	clauseStops = set(";", "but", "while", "whereas", "although", "though", "because", "since", "which", "who",
		"where", "whom", "“", "”", "\"", "(", ")", ":")
)

// Word classes of the cue tests, one bit each, so that a token's classes
// cost one look-up instead of one map probe per class.
const (
	cFuture uint16 = 1 << iota
	cPossible
	cPast
	cPresent
	cParticiple
	cNeg
	cPlan
	cIrregular
	cNotPastED
	cStop
)

var cueWords = func() wordset.Map[uint16] {
	m := map[string]uint16{}
	for _, x := range []struct {
		s   map[string]bool
		bit uint16
	}{{futureAux, cFuture}, {possibleAux, cPossible}, {pastAux, cPast}, {presentAux, cPresent},
		{participleAux, cParticiple}, {negators, cNeg}, {planVerbs, cPlan}, {irregularPast, cIrregular},
		{notPastED, cNotPastED}, {clauseStops, cStop}} {
		for w, ok := range x.s {
			if ok {
				m[w] |= x.bit
			}
		}
	}
	return wordset.NewMap(m)
}()

// cue returns the cue classes of w.
func cue(w string) uint16 {
	f, _ := cueWords.Get(w)
	return f
}

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// IsPastForm reports whether a lower-cased word looks like a past-tense or
// past-participle verb form.
func IsPastForm(w string) bool {
	return isPastFlags(w, cue(w))
}

// isPastFlags is IsPastForm given w's cue classes f.
func isPastFlags(w string, f uint16) bool {
	if f&cIrregular != 0 {
		return true
	}
	// Four letters are few for "-ed" ("need", "shed", "bred"), but "-ied"
	// is always a past: "died", "lied", "tied".
	return (len(w) > 4 || len(w) == 4 && w[1] == 'i') && strings.HasSuffix(w, "ed") && f&cNotPastED == 0
}

// ClauseCues returns the cues of the verb group governing token i of s. It
// looks left within the clause for the nearest auxiliary or finite verb; an
// infinitive ("to visit") defers to the verb that governs it ("plans to
// visit" is planned, future). When nothing is found to the left (a time at
// the start of a sentence) it looks right.
//
// When token i is itself a finite past form ("..., Putin said on
// Saturday"), it is its own verb group: only the words right before it
// (an auxiliary, a negator) can change its cues, never a modal of an
// earlier clause or a "will" further right.
func ClauseCues(s Sentence, i int) Cues {
	c := Cues{Modality: Actual, Verb: -1}
	toks := s.Tokens
	if i < 0 || i >= len(toks) {
		return c
	}
	if fc, ok := finiteCues(toks, i); ok {
		return fc
	}
	found := false
	infinitive := false
	for k := i - 1; k >= 0; k-- {
		w := toks[k].Lower
		f := cueAt(toks, k)
		if f&cStop != 0 && k < i-1 {
			break
		}
		if w == "," && found {
			break
		}
		if f&cNeg != 0 && !found {
			c.Modality = Negated
		}
		if w == "to" && k+1 < len(toks) && toks[k+1].Kind == Word && !found {
			infinitive = true
			continue
		}
		if w == "at" && k == i-1 && k > 0 && !found && strings.HasSuffix(toks[i].Lower, "ing") && cueAt(toks, k-1)&cPlan != 0 {
			// "aimed at ending the war": what is aimed at is ahead, as
			// after "aimed to".
			infinitive = true
			continue
		}
		if classify(&c, toks, k, f, infinitive) {
			found = true
			if c.Tense != TenseNone {
				break
			}
		}
	}
	if !found {
		for k := i + 1; k < len(toks) && k < i+12; k++ {
			w := toks[k].Lower
			f := cueAt(toks, k)
			if w == ";" || w == "that" || w == "," && k+1 < len(toks) && strings.HasSuffix(toks[k+1].Lower, "ing") {
				break // "sued to block the merger, arguing that Microsoft could ...": another clause's cues
			}
			if f&cNeg != 0 {
				c.Modality = Negated
			}
			if classify(&c, toks, k, f, false) && c.Tense != TenseNone {
				break
			}
		}
	}
	return c
}

// cueAt is the cue classes of token k: those of its lower-case form, but
// none for "May" written with a capital after the first word, the month
// ("the decision in May"), not the modal, nor for "No." before a number.
func cueAt(toks []Token, k int) uint16 {
	if k > 0 && toks[k].Text == "May" {
		return 0
	}
	if l := toks[k].Lower; (l == "no." || l == "no") && k+1 < len(toks) &&
		(toks[k+1].Kind == Number || toks[k+1].Text == "." && k+2 < len(toks) && toks[k+2].Kind == Number) {
		return 0 // "the No. 1 reactor", "No 10": a number's sign, no denial
	}
	return cue(toks[k].Lower)
}

// classify updates c from token k and reports whether the token was a verb
// cue.
func classify(c *Cues, toks []Token, k int, f uint16, infinitive bool) bool {
	w := toks[k].Lower
	switch {
	case f&cFuture != 0:
		c.Tense, c.Verb = Future, k
		if c.Modality == Actual {
			c.Modality = Planned
		}
		return true
	case infinitive && f&cPlan != 0 && k > 0 && (toks[k-1].Lower == "had" || toks[k-1].Lower == "been" && k > 1 && toks[k-2].Lower == "had"):
		// "had been due to expire Friday": a plan overtaken, in the past.
		c.Tense, c.Verb, c.Perfect = Past, k, true
		if c.Modality == Actual {
			c.Modality = Planned
		}
		return true
	case infinitive && (w == "is" || w == "are" || w == "am") && k+1 < len(toks) && toks[k+1].Lower == "to":
		// "is to resume trading Tuesday": an arrangement, ahead.
		c.Tense, c.Verb = Future, k
		if c.Modality == Actual {
			c.Modality = Planned
		}
		return true
	case infinitive && f&cPlan != 0:
		// "plans to visit", "agreed to organize": the infinitive's event is
		// ahead of the planning verb.
		c.Tense, c.Verb = Future, k
		if c.Modality == Actual {
			c.Modality = Planned
		}
		return true
	case w == "must" && (k+1 >= len(toks) || toks[k+1].Lower != "have"):
		// "Microsoft must submit a plan within four months": what is
		// required is ahead, as a plan is ("must have known" is a guess).
		c.Tense, c.Verb = Future, k
		if c.Modality == Actual {
			c.Modality = Planned
		}
		return true
	case f&cPossible != 0:
		if c.Modality == Actual {
			c.Modality = Possible
		}
		if w == "would" {
			c.Tense = Future
		}
		c.Verb = k
		return c.Tense != TenseNone
	case w == "going" && k+1 < len(toks) && toks[k+1].Lower == "to":
		c.Tense, c.Verb, c.Modality = Future, k, Planned
		return true
	case f&cPast != 0:
		if w == "had" || w == "been" {
			c.Perfect = true
		}
		c.Tense, c.Verb = Past, k
		return true
	case f&cPresent != 0:
		if w == "has" || w == "have" {
			c.Perfect = true
		}
		if c.Tense == TenseNone {
			c.Tense, c.Verb = Present, k
		}
		return true
	case strings.HasSuffix(w, "ing") && len(w) > 5:
		c.Progressive = true
		return false
	case isPastFlags(w, f) && toks[k].Kind == Word:
		if k > 0 && cue(toks[k-1].Lower)&cParticiple != 0 && f&cPast == 0 {
			// "will be held", "is expected": a participle; the auxiliary
			// before it decides the tense.
			return false
		}
		if c.Tense == TenseNone {
			c.Tense, c.Verb = Past, k
		}
		return true
	}
	return false
}

// finiteCues reads token i as a finite past verb ("said", "seized") when
// nothing right before it makes it a participle or part of a larger verb
// group; ok is false otherwise, and ClauseCues scans the clause.
func finiteCues(toks []Token, i int) (Cues, bool) {
	c := Cues{Modality: Actual, Verb: i, Tense: Past}
	w := toks[i].Lower
	if toks[i].Kind != Word {
		return c, false
	}
	if f := cue(w); !isPastFlags(w, f) || f&cPast != 0 {
		return c, false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		p := toks[k]
		if p.Kind == Punct {
			break
		}
		pf := cue(p.Lower)
		switch {
		case pf&cNeg != 0:
			// "never formally ended": a negated past verb, unless an
			// auxiliary further left governs it ("did not", "has never"):
			// then the group is scanned as a whole.
			if k > 0 && cue(toks[k-1].Lower)&(cPast|cPresent|cFuture|cPossible) != 0 {
				return c, false
			}
			c.Modality = Negated
			return c, true
		case pf&(cFuture|cPossible|cPast|cPresent|cParticiple) != 0 || p.Lower == "to" || p.Lower == "being":
			return c, false // an auxiliary: the group decides
		}
	}
	return c, true
}
