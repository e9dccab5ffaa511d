package entity

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/wordset"
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
	Title     string
	TitleKeys []string
	// ApposKeys are the keys of a role set off beside the name by a comma
	// ("The captain, Chesley Sullenberger,", "Luis Urzua, the shift
	// foreman,"): "the captain" names that person later (descriptions).
	ApposKeys   []string
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
	"title":            {Person: 3},
	"honorific":        {Person: 4},
	"firstname":        {Person: 4.5},
	"given_hyphen":     {Person: 4.5},
	"firstname_only":   {Person: 0.8},
	"reporting_after":  {Person: 1.5, Organization: 0.4},
	"agent_verb_after": {Person: 3.0, Organization: 0.5},
	"met_before":       {Person: 4.5},
	"org_verb_after":   {Organization: 3.0, Person: 0.5},
	"firm_verb":        {Organization: 3},
	"who_after":        {Person: 1},
	"it_after":         {Organization: 3},
	"its_after":        {Organization: 3},
	"firm_appos":       {Organization: 3.5},
	"firm_object":      {Organization: 3},
	"staff_at":         {Organization: 3},
	"market_move":      {Organization: 3},
	"role_after":       {Organization: 4},
	"media_after":      {Organization: 4},
	"kin_before":       {Person: 4},
	"firm_before":      {Organization: 3},
	"body_after":       {Organization: 5},
	"place_after":      {Location: 3},
	"orgsuffix":        {Organization: 4},
	"orghead_of":       {Organization: 4},
	"orgsuffix_media":  {Organization: 0.5},
	"locsuffix":        {Location: 4},
	"lochead_of":       {Location: 3},
	"lochead_first":    {Location: 5},
	"locnoun_of":       {Location: 3},
	"place_comma":      {Location: 3},
	"travel_to":        {Location: 3},
	"dateline":         {Location: 4},
	"prep_in":          {Location: 1.2},
	"prep_from":        {Location: 0.6, Organization: 0.2},
	"the_before":       {Organization: 0.6, Location: 0.5},
	"acronym":          {Organization: 1.2},
	"two_caps":         {Person: 1.0},
	"team":             {Organization: 3},
}

func (c *Candidate) addFeature(f string) {
	for _, g := range c.Features {
		if g == f {
			return
		}
	}
	c.Features = append(c.Features, f)
}

// typeScores are the summed weights of a candidate's features for each
// of scoreTypes.
type typeScores [3]float64

// scoreTypes are the types that features vote for, in the order of
// typeScores (and of the tie break: the first best type wins).
var scoreTypes = [3]string{Person, Organization, Location}

// featureVectors is featureWeights as typeScores, built once.
var featureVectors = func() map[string]typeScores {
	m := make(map[string]typeScores, len(featureWeights))
	for f, ws := range featureWeights {
		var v typeScores
		for i, t := range scoreTypes {
			v[i] = ws[t]
		}
		m[f] = v
	}
	return m
}()

// addScores adds the feature weights of the candidate and the tagger's
// vote to sc.
func (c *Candidate) addScores(sc *typeScores) {
	for _, f := range c.Features {
		if w, ok := featureVectors[f]; ok {
			sc[0] += w[0]
			sc[1] += w[1]
			sc[2] += w[2]
		}
	}
	if i := nerTypeIndex(c.NER); i >= 0 {
		sc[i] += nerWeight * c.NERConf
	}
}

// nerTypeIndex returns the index in scoreTypes of a tagger type (PER,
// ORG, LOC), -1 for the others.
func nerTypeIndex(t string) int {
	switch t {
	case "PER":
		return 0
	case "ORG":
		return 1
	case "LOC":
		return 2
	}
	return -1
}

// tokView is a token seen by the recognizer: possessive stripped. It
// points to the sentence's token, which the recognizer never changes.
type tokView struct {
	*text.Token
	base string // text without a possessive 's, apostrophes normalized
	low  string // base in lower case
	end  int    // end offset of base
	poss bool
	cap  bool
	// firstName: base is a known given name (Lexicon.IsFirstName)
	firstName bool
	hyphen    bool // a word with a hyphen
	// forms is 1 + the index in Lexicon.formList of the gazetteer forms
	// that begin with base, 0 when none does.
	forms int32
	fl    uint32 // flags of low (wConnector, ...)
}

// lowerIs reports whether Lower (not low) is in the word list of flag f:
// Lower differs from low in a possessive ("’s" or "'s" at the end) or
// with a curly apostrophe, and the words of those lists have no
// apostrophe.
func (t *tokView) lowerIs(f uint32) bool { return t.fl&f != 0 && !t.poss }

// connector reports whether the token is a connector inside names (by
// Lower).
func (t *tokView) connector() bool { return t.lowerIs(wConnector) }

// appendViews appends the views of the tokens of s to out.
func appendViews(out []tokView, s text.Sentence, lex *Lexicon) []tokView {
	k := len(out)
	out = slices.Grow(out, len(s.Tokens))[:k+len(s.Tokens)]
	for i := range s.Tokens {
		t := &s.Tokens[i]
		v := &out[k+i]
		*v = tokView{Token: t, base: t.Text, low: t.Lower, end: t.End}
		if t.Kind == text.Word {
			txt := t.Text
			n := len(txt)
			changed := false
			// A possessive: "’s", "'s", "’S", "'S" after at least one byte.
			if n > 2 && (txt[n-1] == 's' || txt[n-1] == 'S') {
				if txt[n-2] == '\'' {
					v.base, v.end, v.poss, changed = txt[:n-2], t.End-2, true, true
				} else if n > 4 && txt[n-4:n-1] == "’" {
					v.base, v.end, v.poss, changed = txt[:n-4], t.End-4, true, true
				}
			}
			v.hyphen = strings.IndexByte(v.base, '-') >= 0
			if strings.IndexByte(v.base, 0xE2) >= 0 { // maybe a curly apostrophe (E2 80 99)
				if b := normTok(v.base); b != v.base {
					v.base, changed = b, true
				}
			}
			if v.base != "" && (v.base[0] < 'a' || v.base[0] > 'z') { // lower case: no capital
				v.cap = capWord(v.base)
			}
			if changed && v.base != txt {
				if v.poss && len(v.base) == n-2 && len(t.Lower) == n && isASCII(txt) {
					v.low = t.Lower[:n-2]
				} else {
					v.low = strings.ToLower(v.base)
				}
			}
		}
		x := lex.words.get(v.base)
		v.forms, v.firstName = int32(uint32(x)&^indexFirstName), x&indexFirstName != 0
		if v.forms != 0 && !v.cap && v.Kind == text.Word && knownCamel(lex, v) {
			v.cap = true // "eBay", "easyJet": a known firm written with a small letter first
		}
		if v.low != v.base {
			x = lex.words.get(v.low)
		}
		v.fl = uint32(x >> 32)
	}
	return out
}

// knownCamel reports whether v is a known organization's one-word name
// written with a small letter, then a capital ("eBay", "easyJet").
func knownCamel(lex *Lexicon, v *tokView) bool {
	b := v.base
	if len(b) < 3 || b[0] < 'a' || b[0] > 'z' || strings.ToLower(b) == b {
		return false
	}
	for _, f := range lex.formList[v.forms-1] {
		if len(f.toks) == 1 && f.entry.Type == Organization {
			return true
		}
	}
	return false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// capWord: starts with an upper-case letter and, if hyphenated, every part
// does ("Asia-Pacific", "Abe-Putin", not "Russian-held").
func capWord(s string) bool {
	if s == "" {
		return false
	}
	if c := s[0]; c < utf8.RuneSelf {
		if c < 'A' || c > 'Z' {
			return false
		}
	} else if r, _ := utf8.DecodeRuneInString(s); !unicode.IsUpper(r) {
		return false
	}
	for i := strings.IndexByte(s, '-'); i >= 0; {
		p := s[i+1:]
		if p != "" {
			if c := p[0]; c < utf8.RuneSelf {
				if c >= 'a' && c <= 'z' {
					return false
				}
			} else if r, _ := utf8.DecodeRuneInString(p); unicode.IsLower(r) {
				return false
			}
		}
		j := strings.IndexByte(p, '-')
		if j < 0 {
			break
		}
		i += 1 + j
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

var connectors = wordset.Of(map[string]bool{"of": true, "de": true, "del": true, "della": true, "di": true, "da": true,
	"do": true, "dos": true, "das": true, "du": true, "von": true, "van": true, "der": true, "den": true,
	"la": true, "le": true, "al": true, "el": true, "bin": true, "ibn": true, "and": true, "&": true, "y": true})

var prepsIn = wordset.Of(map[string]bool{"in": true, "near": true, "at": true, "outside": true, "across": true, "throughout": true, "inside": true, "into": true})
var prepsFrom = wordset.Of(map[string]bool{"from": true, "to": true, "toward": true, "towards": true, "via": true, "visit": true, "visited": true, "visiting": true, "visits": true})

// mediaSuffix marks news organizations among organization suffixes.
var mediaSuffix = wordset.Of(map[string]bool{"times": true, "news": true, "post": true, "journal": true, "herald": true,
	"tribune": true, "telegraph": true, "gazette": true, "press": true, "broadcasting": true, "network": true, "agency": true})

// commonWords are words that begin sentences with a grammatical capital.
var commonWords = wordset.New(strings.Fields(`a an the this that these those there here it its it's he she they we i you his her their our my your
		him them us me who whom whose which what when where why how while whereas although though because since if unless until
		but and or nor so yet for also still however meanwhile moreover furthermore nevertheless instead indeed thus therefore
		then now today yesterday tomorrow tonight later earlier after before during as at by from in into of on onto out over
		under with without about above across against along among around behind below beneath beside besides between beyond
		despite down inside near off outside past since through throughout toward towards up upon within some many much more most
		few several all both each either neither every any no not one two three four five six seven eight nine ten first second
		third last next other another such only even just already again perhaps maybe yes so-called according asked under
		concluding following speaking meeting citing adding noting saying despite asked officials analysts experts critics
		sources residents people police troops shares stocks workers employees investors customers`)...)

// CandidatesOf returns the name candidates of the sentences with their
// features (exported for inspection and for training a model).
func CandidatesOf(doc *document.Document, sents []text.Sentence) []Candidate {
	r := newRecognizer(doc, sents, DefaultLexicon())
	return r.candidates()
}

func sortedFeatures(c *Candidate) {
	sort.Strings(c.Features)
}
