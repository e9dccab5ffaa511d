package entity

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/text"
)

// Candidate is one name-like span found in a sentence, with the evidence
// gathered around it. Recognize types candidates by weighting their
// features; the same candidates and feature names can feed a statistical
// model later.
type Candidate struct {
	document.Span
	Text     string
	Sentence int
	First    int // index of the first token in the sentence
	Last     int // index of the last token (inclusive)
	// Gaz is the gazetteer entry the candidate matched, if any; Demonym
	// says the match was a nationality word ("Japanese"), which is not an
	// entity name by itself.
	Gaz     *GazEntry
	Demonym bool
	Acronym bool
	// Title is the title or role right before a person's name
	// ("prime minister"); Nationality the country or demonym before the
	// title ("Russian President ...").
	Title       string
	TitleKeys   []string
	Nationality *GazEntry
	Initial     bool     // starts a sentence (capital may be grammatical)
	Headline    bool     // in a title-case or all-caps line
	Features    []string // names of the features that fired, sorted
	// NER is the type the statistical tagger gave this exact span (PER,
	// ORG, LOC, MISC; empty when it tagged no name here), NERConf its
	// confidence (0 to 1).
	NER     string
	NERConf float64
}

// Feature weights per type: a small linear model written by hand. A trained
// model can replace the table without touching the feature extraction.
var featureWeights = map[string]map[string]float64{
	"title":           {Person: 3},
	"honorific":       {Person: 4},
	"firstname":       {Person: 2.5},
	"firstname_only":  {Person: 0.8},
	"reporting_after": {Person: 1.5, Organization: 0.4},
	"who_after":       {Person: 1},
	"orgsuffix":       {Organization: 4},
	"orghead_of":      {Organization: 4},
	"orgsuffix_media": {Organization: 0.5},
	"locsuffix":       {Location: 4},
	"lochead_of":      {Location: 3},
	"locnoun_of":      {Location: 3},
	"prep_in":         {Location: 1.2},
	"prep_from":       {Location: 0.6, Organization: 0.2},
	"the_before":      {Organization: 0.6, Location: 0.5},
	"acronym":         {Organization: 1.2},
	"two_caps":        {Person: 1.0},
}

func (c *Candidate) addFeature(f string) {
	for _, g := range c.Features {
		if g == f {
			return
		}
	}
	c.Features = append(c.Features, f)
}

// scores sums the feature weights of the candidate and the tagger's vote.
func (c *Candidate) scores(into map[string]float64) {
	for _, f := range c.Features {
		for t, w := range featureWeights[f] {
			into[t] += w
		}
	}
	if t := nerTypes[c.NER]; t != "" {
		into[t] += nerWeight * c.NERConf
	}
}

// tokView is a token seen by the recognizer: possessive stripped.
type tokView struct {
	text.Token
	base string // text without a possessive 's, apostrophes normalized
	low  string // base in lower case
	end  int    // end offset of base
	poss bool
	cap  bool
}

func viewTokens(s text.Sentence) []tokView {
	out := make([]tokView, len(s.Tokens))
	for i, t := range s.Tokens {
		v := tokView{Token: t, base: t.Text, end: t.End}
		if t.Kind == text.Word {
			for _, suf := range []string{"’s", "'s", "’S", "'S"} {
				if len(t.Text) > len(suf) && strings.HasSuffix(t.Text, suf) {
					v.base = t.Text[:len(t.Text)-len(suf)]
					v.end = t.End - len(suf)
					v.poss = true
					break
				}
			}
			v.base = normTok(v.base)
			v.cap = capWord(v.base)
		}
		if v.base == t.Text {
			v.low = t.Lower
		} else {
			v.low = strings.ToLower(v.base)
		}
		out[i] = v
	}
	return out
}

// capWord: starts with an upper-case letter and, if hyphenated, every part
// does ("Asia-Pacific", "Abe-Putin", not "Russian-held").
func capWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, p := range strings.Split(s, "-")[1:] {
		r, _ := utf8.DecodeRuneInString(p)
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func allCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n > 0
}

var connectors = map[string]bool{"of": true, "de": true, "del": true, "della": true, "di": true, "da": true,
	"do": true, "dos": true, "das": true, "du": true, "von": true, "van": true, "der": true, "den": true,
	"la": true, "le": true, "al": true, "el": true, "bin": true, "ibn": true, "and": true, "&": true, "y": true}

var prepsIn = map[string]bool{"in": true, "near": true, "at": true, "outside": true, "across": true, "throughout": true, "inside": true, "into": true}
var prepsFrom = map[string]bool{"from": true, "to": true, "toward": true, "towards": true, "via": true, "visit": true, "visited": true, "visiting": true, "visits": true}

// mediaSuffix marks news organizations among organization suffixes.
var mediaSuffix = map[string]bool{"times": true, "news": true, "post": true, "journal": true, "herald": true,
	"tribune": true, "telegraph": true, "gazette": true, "press": true, "broadcasting": true, "network": true, "agency": true}

// commonWords are words that begin sentences with a grammatical capital.
var commonWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the this that these those there here it its it's he she they we i you his her their our my your
		him them us me who whom whose which what when where why how while whereas although though because since if unless until
		but and or nor so yet for also still however meanwhile moreover furthermore nevertheless instead indeed thus therefore
		then now today yesterday tomorrow tonight later earlier after before during as at by from in into of on onto out over
		under with without about above across against along among around behind below beneath beside besides between beyond
		despite down inside near off outside past since through throughout toward towards up upon within some many much more most
		few several all both each either neither every any no not one two three four five six seven eight nine ten first second
		third last next other another such only even just already again perhaps maybe yes so-called according asked under
		concluding following speaking meeting citing adding noting saying despite asked officials analysts experts critics
		sources residents people police troops`) {
		commonWords[w] = true
	}
}

// CandidatesOf returns the name candidates of the sentences with their
// features (exported for inspection and for training a model).
func CandidatesOf(doc *document.Document, sents []text.Sentence) []Candidate {
	r := newRecognizer(doc, sents, DefaultLexicon())
	return r.candidates()
}

func sortedFeatures(c *Candidate) {
	sort.Strings(c.Features)
}
