package entity

import (
	"strings"
	"unicode"

	"github.com/chronicle-news/chronicle/internal/ner"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/wordset"
)

// News introduces a person by the full name before it uses the surname
// alone; a company, by contrast, is named by one word from the start
// ("Binance agreed to buy FTX", "Klarna agreed to cut its valuation",
// "Reddit plans to go public"). A one-word name that acts (the subject
// of a verb: "subj_verb") is therefore an organization when the document
// does not say it is a person's: no mention has a person's cue (a title,
// an honorific, a given name, "who", a relative's noun), the word is no
// part of a longer name of the document (so not the surname of someone
// named in full), it is no known given name and no gazetteer name, and
// the tagger never tagged it as a person or a place with confidence
// (loneSure), and, at the start of a sentence, it is no common word
// (commonCapital: "Heat hit a session low") and no plural ("Tugboats
// pulled the vessel free"). The tagger, trained on text where such words are
// surnames, guesses a person for an unfamiliar word, or nothing at all
// at the start of a sentence, where the capital says little.

// loneSure is the tagger confidence of a person or place tag that keeps
// a lone one-word name from being read as a company.
const loneSure = 0.6

// loneSkips are the words between a subject and its verb that do not
// say whether the verb is finite: "also", "then", "quietly".
var loneSkips = wordset.Of(map[string]bool{"also": true, "then": true, "recently": true, "later": true, "already": true,
	"previously": true, "quietly": true, "abruptly": true, "finally": true, "now": true, "still": true})

// loneAux are the auxiliaries, modals and verbs of intent that open a
// verb group whose subject is the word before ("Reddit plans to",
// "Rivian will build").
var loneAux = wordset.Of(map[string]bool{"will": true, "would": true, "may": true, "might": true, "could": true, "can": true,
	"should": true, "must": true, "agreed": true, "agrees": true, "plans": true, "planned": true, "intends": true,
	"expects": true, "aims": true})

// clauseOpeners are the lower-case words after which a name opens a
// clause as its subject ("..., and Klarna cut", "after Uber agreed").
var clauseOpeners = wordset.Of(map[string]bool{"and": true, "but": true, "while": true, "as": true, "when": true, "after": true,
	"before": true, "because": true, "since": true, "that": true, "if": true, "although": true, "though": true,
	"whereas": true, "so": true})

// opensClause reports whether the name at v[a] stands where a clause's
// subject does: at the start of the sentence, after punctuation, a
// conjunction or a verb of saying, not after a preposition ("a court in Minneapolis ruled
// in its favor"), an article ("The Bradys walked") or another capital
// ("the Thai Consulate were").
func opensClause(v []tokView, a int) bool {
	if a == 0 {
		return true
	}
	p := &v[a-1]
	if p.Kind == text.Punct {
		return p.Text != "'" && p.Text != "’" && p.Text != "(" && p.Text != "-"
	}
	// after a verb of saying, the name opens what is said: "said Ford
	// would keep its plants"
	return p.Kind == text.Word && !p.cap && (clauseOpeners.Has(p.Lower) || p.lowerIs(wReporting))
}

// subjectVerbAt reports whether the words from v[b] on are a finite verb
// group, so that the one word before them is its subject: an
// auxiliary, a modal or a verb of intent ("will", "agreed to"), or a
// past form ("recalled", "sold"), after adverbs.
func subjectVerbAt(v []tokView, b int) bool {
	k := b
	for n := 0; k < len(v) && n < 2 && v[k].Kind == text.Word && !v[k].cap && loneSkips.Has(v[k].Lower); n++ {
		k++
	}
	if k >= len(v) || v[k].Kind != text.Word || v[k].cap {
		return false
	}
	w := v[k].Lower
	if loneAux.Has(w) {
		// not when what is intended is what people do: "Rutte plans to
		// visit Madrid"
		if k+2 < len(v) && v[k+1].Lower == "to" && (personVerbs.Has(v[k+2].Lower+"s") || personVerbs.Has(v[k+2].Lower+"es")) {
			return false
		}
		return true
	}
	// a past form, but not one that modifies the name as a participle
	// before "by" ("Binance owned by ..." is no clause), nor a verb of
	// saying or one that people do ("said", "met", "died"): a lone
	// surname speaks and travels far more often than a company
	return text.IsPastForm(w) && !(k+1 < len(v) && v[k+1].Lower == "by") && !v[k].lowerIs(wReporting) && !personVerbs.Has(w)
}

// itsAfter reports whether the name before v[b] is the subject of a verb
// whose object it owns with "its" ("Klarna agreed to cut its valuation",
// "Peloton cut its forecast"): people own with "his" or "her".
func itsAfter(v []tokView, b int) bool {
	if !subjectVerbAt(v, b) && !(b < len(v) && firmResultVerbs.Has(v[b].Lower)) {
		return false
	}
	for k := b; k < len(v) && k < b+6; k++ {
		t := &v[k]
		if t.Kind == text.Word && t.cap {
			// a person named to a post of its own: "Standard Chartered
			// named Bill Winters as its new chief executive"
			e := k
			for e < len(v) && e < k+4 && v[e].Kind == text.Word && v[e].cap {
				e++
			}
			return e+1 < len(v) && v[e].Lower == "as" && v[e+1].Lower == "its"
		}
		if t.Kind != text.Word {
			return false
		}
		if t.Lower == "its" {
			return true
		}
		if t.Lower == "his" || t.Lower == "her" || t.Lower == "their" || t.Lower == "and" || t.Lower == "that" {
			return false
		}
	}
	return false
}

// loneActor reports whether group g, a one-word name, acts in the
// document without any sign of being a person (see above); inLonger
// holds the words of the document's longer names. Not in a sports
// report, where players go by their surnames alone.
func (r *recognizer) loneActor(g *group, inLonger map[string]bool) bool {
	if g.gaz != nil || r.sportsReport() || len(g.tokens) != 1 || inLonger[strings.ToLower(g.tokens[0])] || personCues(g) > 0 ||
		featureCount(g, "subj_verb") == 0 || mostly(g, "team") {
		return false
	}
	for _, c := range g.cands {
		if c.NER == "PER" && c.NERConf >= loneSure || c.NER == "LOC" {
			return false
		}
	}
	return true
}

// longerNameWords returns the words, in lower case, of the names of
// two words or more among the groups.
func (r *recognizer) longerNameWords(order []*group) map[string]bool {
	m := map[string]bool{}
	for _, g := range order {
		ws := strings.Fields(g.key.name)
		if len(ws) < 2 {
			continue
		}
		for _, w := range ws {
			m[strings.ToLower(w)] = true
		}
	}
	return m
}

// commonCapital reports whether word t, capitalized at the start of a
// sentence, may be a common word: the unlabeled text of the tagger's
// word classes has it in lower case ("Heat", "Fruit", "Nobody"), or its
// singular ("Shells"), or it has the ending of a plural noun of agents
// ("Traders", "Automakers", "Investors", "Economists").
func commonCapital(t *tokView) bool {
	w := t.low
	if strings.IndexFunc(w, func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) && c != '-' }) >= 0 {
		return true // "I`m": no name
	}
	if ner.WordClasses(w)[0] != 0 {
		return true
	}
	if s, ok := strings.CutSuffix(w, "s"); ok && ner.WordClasses(s)[0] != 0 {
		return true
	}
	for _, suf := range [...]string{"ers", "ors", "ists"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
