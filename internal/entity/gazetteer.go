package entity

import (
	"bufio"
	"embed"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/wordset"
)

//go:embed data/*.tsv data/*.txt
var dataFS embed.FS

// productType is the type of the gazetteer entries of products.tsv
// ("iPhone", "Windows", "Boeing 747"): names that are no entity of
// Chronicle's types, known so that they are not taken for one.
const productType = "PRODUCT"

// GazEntry is one known name in the embedded gazetteers.
type GazEntry struct {
	Name      string   // canonical name
	Type      string   // Person, Organization or Location
	Subtype   string   // country, city, island, international_org, media, ...
	Aliases   []string // other names and acronyms
	Demonyms  []string // nationality adjectives ("Japanese")
	Container string   // canonical name of the containing place (a city's country)
	Capital   bool     // a capital city (often stands for its government)
	Lat, Lon  *float64
}

// gazForm is one surface form of an entry, as tokens.
type gazForm struct {
	toks    []string // token texts, possessive-free, apostrophes normalized
	entry   *GazEntry
	demonym bool
	acronym bool
}

// Lexicon holds the embedded gazetteers and cue word lists. It is built once
// and read-only afterwards, so concurrent use is safe.
type Lexicon struct {
	entries     []*GazEntry
	byName      map[string]*GazEntry
	forms       map[string][]gazForm // first token -> forms, longest first
	firstNames  map[string]bool
	femaleNames map[string]bool     // given names borne mostly by women (femalenames.txt)
	titles      map[string][]string // title (lower case, space-joined) -> role keys
	titleMax    int                 // longest title in tokens
	titlePrefix map[string]bool     // every word prefix of a title
	cues        map[string]*wordset.Set

	// Fast paths of the per-token tests, one lookup in words for a token
	// written in lower case, two for the others. The low 32 bits of a
	// word's value are for the word as a token's base: the first token of
	// gazetteer forms (formList[i-1] for i the low 31 bits) and given names
	// (indexFirstName); bits 32 to 63 for the word as a token's lower-case
	// form: the flags of the word lists tested on every token
	// (wConnector, ..., also in wordFlags).
	formList   [][]gazForm
	words      wordTable
	wordFlags  map[string]uint32
	titleCanon map[string]string
	titleFirst wordset.Set

	firstNameSet wordset.Set
	// The cue lists (cues.tsv) by kind.
	orgSuffix, orgHead, locSuffix, locHead, locNoun, reporting, nonEntity, stateBody, currency, eventHead wordset.Set
}

var (
	lexOnce sync.Once
	lex     *Lexicon
)

// DefaultLexicon returns the embedded lexicon.
func DefaultLexicon() *Lexicon {
	lexOnce.Do(func() { lex = loadLexicon() })
	return lex
}

// Lookup returns the gazetteer entry with the given canonical name.
func (l *Lexicon) Lookup(name string) *GazEntry { return l.byName[name] }

// Entries returns every gazetteer entry, in file order.
func (l *Lexicon) Entries() []*GazEntry { return l.entries }

func readLines(name string, fn func(cols []string)) {
	f, err := dataFS.Open("data/" + name)
	if err != nil {
		panic("entity: embedded data missing: " + name)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fn(strings.Split(line, "\t"))
	}
}

func col(c []string, i int) string {
	if i < len(c) {
		return strings.TrimSpace(c[i])
	}
	return ""
}

func list(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(s, ";") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func coord(s string) *float64 {
	if s == "" {
		return nil
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return nil
	}
	return &v
}

func loadLexicon() *Lexicon {
	l := &Lexicon{byName: map[string]*GazEntry{}, forms: map[string][]gazForm{}, firstNames: map[string]bool{}, femaleNames: map[string]bool{},
		titles: map[string][]string{}, titlePrefix: map[string]bool{}}
	add := func(e *GazEntry) {
		if _, dup := l.byName[e.Name]; dup {
			return
		}
		l.byName[e.Name] = e
		l.entries = append(l.entries, e)
	}
	readLines("countries.tsv", func(c []string) {
		add(&GazEntry{Name: col(c, 0), Type: Location, Subtype: col(c, 3), Aliases: list(col(c, 1)),
			Demonyms: list(col(c, 2)), Container: col(c, 4)})
	})
	readLines("places.tsv", func(c []string) {
		add(&GazEntry{Name: col(c, 0), Type: Location, Subtype: col(c, 2), Aliases: list(col(c, 1)),
			Container: col(c, 3), Lat: coord(col(c, 4)), Lon: coord(col(c, 5))})
	})
	readLines("cities.tsv", func(c []string) {
		add(&GazEntry{Name: col(c, 0), Type: Location, Subtype: "city", Aliases: list(col(c, 1)),
			Container: col(c, 2), Lat: coord(col(c, 3)), Lon: coord(col(c, 4)), Capital: col(c, 5) == "capital"})
	})
	readLines("orgs.tsv", func(c []string) {
		typ := col(c, 4)
		if typ == "" {
			typ = Organization
		}
		add(&GazEntry{Name: col(c, 0), Type: typ, Subtype: col(c, 2), Aliases: list(col(c, 1)), Demonyms: list(col(c, 3))})
	})
	readLines("products.tsv", func(c []string) {
		add(&GazEntry{Name: col(c, 0), Type: productType, Subtype: "product", Aliases: list(col(c, 1)), Container: col(c, 2)})
	})
	seen := map[string]bool{}
	addForm := func(s string, e *GazEntry, demonym bool) {
		toks := formTokens(s)
		if len(toks) == 0 {
			return
		}
		key := strings.Join(toks, " ")
		if seen[key] { // the first entry to claim a surface form keeps it
			return
		}
		seen[key] = true
		l.forms[toks[0]] = append(l.forms[toks[0]], gazForm{toks: toks, entry: e, demonym: demonym, acronym: isAcronym(s)})
	}
	// Canonical names first, so that a canonical name always wins over
	// another entry's alias.
	for _, e := range l.entries {
		addForm(e.Name, e, false)
	}
	for _, e := range l.entries {
		for _, a := range e.Aliases {
			addForm(a, e, false)
		}
		for _, d := range e.Demonyms {
			addForm(d, e, true)
		}
	}
	for k := range l.forms {
		fs := l.forms[k]
		sort.SliceStable(fs, func(i, j int) bool { return len(fs[i].toks) > len(fs[j].toks) })
	}
	readWords("femalenames.txt", func(w string) { l.femaleNames[w] = true })
	f, _ := dataFS.Open("data/firstnames.txt")
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w != "" && !strings.HasPrefix(w, "#") {
			l.firstNames[w] = true
		}
	}
	f.Close()
	readLines("titles.tsv", func(c []string) {
		t := strings.ToLower(col(c, 0))
		l.titles[t] = list(col(c, 1))
		for _, form := range []string{strings.TrimSuffix(t, "."), t} { // "mr" before its dot token; "c.e.o." one token
			ws := strings.Fields(form)
			for i := range ws {
				l.titlePrefix[strings.Join(ws[:i+1], " ")] = true
			}
		}
		if n := len(strings.Fields(t)); n > l.titleMax {
			l.titleMax = n
		}
	})
	cues := map[string][]string{}
	var kinds []string
	readLines("cues.tsv", func(c []string) {
		k := col(c, 0)
		if _, ok := cues[k]; !ok {
			kinds = append(kinds, k)
		}
		cues[k] = append(cues[k], strings.ToLower(col(c, 1)))
	})
	l.cues = make(map[string]*wordset.Set, len(kinds))
	for _, k := range kinds {
		set := wordset.New(cues[k]...)
		l.cues[k] = &set
	}
	cue := func(k string) wordset.Set {
		if s := l.cues[k]; s != nil {
			return *s
		}
		return wordset.Set{}
	}
	l.orgSuffix, l.orgHead, l.locSuffix, l.locHead, l.locNoun = cue("orgsuffix"), cue("orghead"), cue("locsuffix"), cue("lochead"), cue("locnoun")
	l.reporting, l.nonEntity, l.stateBody, l.currency, l.eventHead = cue("reporting"), cue("nonentity"), cue("statebody"), cue("currency"), cue("eventhead")
	index := make(map[string]uint32, len(l.forms)+len(l.firstNames))
	firsts := make([]string, 0, len(l.forms))
	for k := range l.forms {
		firsts = append(firsts, k)
	}
	sort.Strings(firsts)
	for _, k := range firsts {
		l.formList = append(l.formList, l.forms[k])
		index[k] = uint32(len(l.formList))
	}
	for w := range l.firstNames {
		index[w] |= indexFirstName
	}
	l.titleCanon = make(map[string]string, 2*len(l.titles))
	var tfirst []string
	for t := range l.titles {
		l.titleCanon[t] = t
	}
	for t := range l.titlePrefix {
		l.titleCanon[t] = t
		if !strings.Contains(t, " ") {
			tfirst = append(tfirst, t)
		}
	}
	l.titleFirst = wordset.New(tfirst...)
	names := make([]string, 0, len(l.firstNames))
	for w := range l.firstNames {
		names = append(names, w)
	}
	l.firstNameSet = wordset.New(names...)
	l.buildWordFlags()
	l.buildWordTable(index)
	return l
}

// Cue reports whether word (lower case) is in the cue list kind
// (orgsuffix, orghead, locsuffix, lochead, locnoun, reporting, nonentity,
// statebody, currency, eventhead).
func (l *Lexicon) Cue(kind, word string) bool {
	s := l.cues[kind]
	return s != nil && s.Has(word)
}

// IsFirstName reports whether w is a known given name.
func (l *Lexicon) IsFirstName(w string) bool { return l.firstNameSet.Has(w) }

// GivenNameSex returns 'F' for a given name borne mostly by women
// (femalenames.txt), 'M' for another known given name that is not borne
// by both (firstnames.txt), 0 when the name says nothing.
func (l *Lexicon) GivenNameSex(w string) byte {
	switch {
	case l.femaleNames[w]:
		return 'F'
	case l.firstNameSet.Has(w) && !bothSexes.Has(w):
		return 'M'
	}
	return 0
}

// bothSexes are given names common for men and women alike.
var bothSexes = wordset.Of(map[string]bool{"Andrea": true, "Jean": true, "Kim": true, "Robin": true, "Jordan": true, "Taylor": true, "Sasha": true,
	"Alexis": true, "Leslie": true, "Ashley": true, "Dana": true, "Jamie": true, "Jesse": true, "Morgan": true, "Casey": true,
	"Lee": true, "Yu": true, "Min": true, "Hyun": true, "Ji": true, "Eun": true, "Young": true, "Sung": true, "Chris": true, "Alex": true,
	"Sam": true, "Pat": true, "Charlie": true, "Nikita": true, "Noor": true, "Hui": true, "Ping": true})

// readWords calls f with each word of the data file name (one per line,
// "#" comments).
func readWords(name string, f func(string)) {
	r, err := dataFS.Open("data/" + name)
	if err != nil {
		return
	}
	defer r.Close()
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		if w := strings.TrimSpace(sc.Text()); w != "" && !strings.HasPrefix(w, "#") {
			f(w)
		}
	}
}

// indexFirstName marks the given names in Lexicon.words.
const indexFirstName = 1 << 30

// formsOf returns the gazetteer forms whose first token is w, longest
// first.
func (l *Lexicon) formsOf(w string) []gazForm {
	if i := uint32(l.words.get(w)) &^ indexFirstName; i > 0 {
		return l.formList[i-1]
	}
	return nil
}

func formTokens(s string) []string {
	toks := text.Tokenize(s, document.Span{Start: 0, End: len(s)})
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		out = append(out, normTok(t.Text))
	}
	return out
}

// normTok normalizes a token for gazetteer comparison: curly apostrophes
// become straight ones.
func normTok(s string) string {
	if strings.ContainsRune(s, '’') {
		s = strings.ReplaceAll(s, "’", "'")
	}
	return s
}

func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			n++
		case r == '.' || r == '-' || (r >= '0' && r <= '9'):
		default:
			return false
		}
	}
	return n >= 2
}
