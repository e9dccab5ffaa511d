package entity

import (
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/wordset"
)

// group collects the candidates that refer to one entity.
type group struct {
	key      string
	gaz      *GazEntry
	typ      string
	subtype  string
	cands    []*Candidate
	kinds    []string // mention kind per candidate
	extra    []Mention
	title    string
	keys     []string
	nat      *GazEntry
	tokens   []string // tokens of the longest name
	merged   *group   // set when merged into another group
	headOnly bool     // seen only in headline-like lines
}

func (g *group) root() *group {
	for g.merged != nil {
		g = g.merged
	}
	return g
}

func (g *group) first() int {
	f := -1
	for _, c := range g.cands {
		if f < 0 || c.Start < f {
			f = c.Start
		}
	}
	for _, m := range g.extra {
		if f < 0 || m.Start < f {
			f = m.Start
		}
	}
	return f
}

func candKey(c *Candidate) string {
	if c.Gaz != nil {
		return "g:" + c.Gaz.Name
	}
	return "f:" + strings.Join(strings.Fields(normTok(c.Text)), " ")
}

func (r *recognizer) resolve(cands []Candidate) []Entity {
	groups := map[string]*group{}
	var order []*group
	var demonyms []*Candidate
	get := func(key string) *group {
		g := groups[key]
		if g == nil {
			g = &group{key: key, headOnly: true}
			groups[key] = g
			order = append(order, g)
		}
		return g
	}
	for i := range cands {
		c := &cands[i]
		if c.Demonym {
			demonyms = append(demonyms, c)
			continue
		}
		g := get(candKey(c))
		g.gaz = c.Gaz
		g.cands = append(g.cands, c)
		kind := "name"
		if c.Acronym {
			kind = "acronym"
		}
		g.kinds = append(g.kinds, kind)
		if !c.Headline {
			g.headOnly = false
		}
		if c.Title != "" && g.title == "" {
			g.title, g.keys = c.Title, c.TitleKeys
		}
		if c.Nationality != nil && g.nat == nil {
			g.nat = c.Nationality
		}
	}
	// Type the free groups by their summed features.
	for _, g := range order {
		if g.gaz != nil {
			g.typ, g.subtype = g.gaz.Type, g.gaz.Subtype
			continue
		}
		sc := map[string]float64{}
		for _, c := range g.cands {
			c.scores(sc)
		}
		best, bestScore := "", 0.0
		for _, t := range []string{Person, Organization, Location} {
			if sc[t] > bestScore {
				best, bestScore = t, sc[t]
			}
		}
		if bestScore >= minTypeScore(g) {
			g.typ = best
		}
		g.tokens = strings.Fields(strings.TrimPrefix(g.key, "f:"))
	}
	// A title makes a person even when the name was seen elsewhere first.
	for _, g := range order {
		if g.gaz == nil && g.title != "" && g.typ == "" {
			g.typ = Person
		}
	}
	// Surname and first-name aliases: "Abe" -> "Shinzo Abe".
	surnames := map[string][]*group{}
	for _, g := range order {
		if g.typ == Person && g.gaz == nil && len(g.tokens) >= 2 {
			last := g.tokens[len(g.tokens)-1]
			surnames[last] = append(surnames[last], g)
		}
	}
	for _, g := range order {
		if g.gaz != nil || len(g.tokens) != 1 {
			continue
		}
		if ps := surnames[g.tokens[0]]; len(ps) == 1 {
			g.merged = ps[0]
			g.typ = Person
			for i := range g.kinds {
				g.kinds[i] = "alias"
			}
		}
	}
	// Acronyms: "Asia-Pacific Economic Cooperation (APEC)", or an acronym
	// whose letters are the initials of a name in the document.
	r.linkAcronyms(order, groups)
	// Hyphenated pairs of known names: "Abe-Putin meeting".
	r.splitCompounds(order, groups)
	// Drop what is still untyped, or typed only from a headline without
	// strong evidence.
	var kept []*group
	for _, g := range order {
		if g.merged != nil {
			continue
		}
		if g.typ == "" || len(g.cands) == 0 && len(g.extra) == 0 {
			continue
		}
		if g.gaz == nil && g.headOnly && !sureOfName(g) {
			continue
		}
		kept = append(kept, g)
	}
	// Collect merged groups' candidates into their roots.
	for _, g := range order {
		if g.merged == nil {
			continue
		}
		rt := g.root()
		rt.cands = append(rt.cands, g.cands...)
		rt.kinds = append(rt.kinds, g.kinds...)
		rt.extra = append(rt.extra, g.extra...)
		if rt.title == "" {
			rt.title, rt.keys = g.title, g.keys
		}
		if rt.nat == nil {
			rt.nat = g.nat
		}
	}
	// Products ("iPhone", "Mac OS X") and events ("Worldwide Developers
	// Conference", with its acronym) are no entities.
	n := 0
	for _, g := range kept {
		if g.gaz != nil && g.gaz.Type == productType || r.eventName(g) {
			continue
		}
		kept[n] = g
		n++
	}
	kept = kept[:n]
	// Demonyms point to a country the document names.
	byGaz := map[string]*group{}
	for _, g := range kept {
		if g.gaz != nil {
			byGaz[g.gaz.Name] = g
		}
	}
	kept = append(kept, r.impliedStates(kept, demonyms, byGaz)...)
	for _, c := range demonyms {
		if g := byGaz[c.Gaz.Name]; g != nil {
			g.extra = append(g.extra, Mention{Span: c.Span, Text: c.Text, Sentence: c.Sentence, Kind: "demonym"})
		}
	}
	r.descriptions(kept)
	return r.build(kept, byGaz)
}

// eventName reports whether a name of g ends in a word that heads the
// names of events ("Conference", "Summit", "Cup") and has no word of an
// organization's name before it.
func (r *recognizer) eventName(g *group) bool {
	if g.gaz != nil {
		return false
	}
	for _, c := range g.cands {
		if c.Acronym {
			continue
		}
		v := r.views[c.Sentence]
		if !r.lex.eventHead.Has(v[c.Last].low) {
			continue
		}
		// "Organisation of the Islamic Conference" is an organization.
		org := false
		for k := c.First; k < c.Last; k++ {
			org = org || v[k].fl&(wOrgSuffix|wOrgHead) != 0
		}
		if !org {
			return true
		}
	}
	return false
}

// impliedStates makes an entity of a state the document never names but
// lets act through its people: a demonym before a body that acts for the
// state ("Soviet troops", "Japanese officials", "the Russian government")
// or giving a person's nationality ("Japanese Prime Minister Shinzo
// Abe"). A demonym elsewhere ("Japanese citizens", "Russian gas") stays a
// plain adjective. The new groups are returned and entered in byGaz, so
// the demonyms attach to them as to a named country.
func (r *recognizer) impliedStates(kept []*group, demonyms []*Candidate, byGaz map[string]*group) []*group {
	var out []*group
	nat := map[string]bool{}
	for _, g := range kept {
		if g.typ == Person && g.nat != nil {
			nat[g.nat.Name] = true
		}
	}
	for _, c := range demonyms {
		if c.Gaz == nil || byGaz[c.Gaz.Name] != nil {
			continue
		}
		if !nat[c.Gaz.Name] && !r.stateBodyAfter(c) {
			continue
		}
		g := &group{key: candKey(c), gaz: c.Gaz, typ: c.Gaz.Type, subtype: c.Gaz.Subtype}
		byGaz[c.Gaz.Name] = g
		out = append(out, g)
	}
	return out
}

// stateBodyAfter reports whether demonym c is followed by a noun of the
// cue list "statebody" (troops, forces, officials, government, ...).
func (r *recognizer) stateBodyAfter(c *Candidate) bool {
	v := r.views[c.Sentence]
	return c.Last+1 < len(v) && r.lex.stateBody.Has(v[c.Last+1].Lower)
}

// StateBody reports whether w (lower case) names a body that acts for a
// state when a demonym comes before it: "Soviet troops", "Japanese
// officials", "the Russian government".
func StateBody(w string) bool { return DefaultLexicon().stateBody.Has(w) }

// linkAcronyms merges acronym groups into the group they abbreviate.
func (r *recognizer) linkAcronyms(order []*group, groups map[string]*group) {
	ends := map[[2]int]*group{} // (sentence, last token) -> group of the name ending there
	for _, h := range order {
		for _, c := range h.cands {
			ends[[2]int{c.Sentence, c.Last}] = h
		}
	}
	inits := map[string][]*group{}
	for _, h := range order {
		name := strings.TrimPrefix(h.key, "f:")
		if h.gaz != nil {
			name = h.gaz.Name
		}
		if strings.Contains(name, " ") || strings.Contains(name, "-") {
			inits[initials(name)] = append(inits[initials(name)], h)
		}
	}
	for _, g := range order {
		if g.merged != nil || len(g.cands) == 0 || !g.cands[0].Acronym {
			continue
		}
		acr := strings.ReplaceAll(strings.ReplaceAll(strings.TrimPrefix(g.key, "f:"), ".", ""), "-", "")
		if g.gaz != nil {
			continue
		}
		var target *group
		// "Name (ACR)"
		for _, c := range g.cands {
			v := r.views[c.Sentence]
			if c.First >= 2 && v[c.First-1].Text == "(" {
				if h := ends[[2]int{c.Sentence, c.First - 2}]; h != nil && h != g {
					target = h
				}
			}
		}
		if target == nil {
			var hits []*group
			for _, h := range inits[acr] {
				if h == g || h.merged != nil || (h.typ != Organization && h.typ != Location) {
					continue
				}
				hits = append(hits, h)
			}
			if len(hits) == 1 {
				target = hits[0]
			}
		}
		if target != nil {
			g.merged = target.root()
			if g.typ == "" || g.typ != target.typ {
				g.typ = target.typ
			}
			if target.typ == "" {
				target.typ = Organization
			}
		} else if g.typ == "" {
			// A lone acronym with no other evidence stays unknown.
			continue
		}
	}
}

func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		switch strings.ToLower(w) {
		case "of", "the", "and", "for", "&", "de", "on", "in":
			continue
		}
		for _, p := range strings.Split(w, "-") {
			for _, c := range p {
				if unicode.IsLetter(c) || unicode.IsDigit(c) {
					b.WriteRune(unicode.ToUpper(c))
				}
				break
			}
		}
	}
	return b.String()
}

// splitCompounds turns "Abe-Putin" into mentions of Abe and of Putin when
// both parts are names of the document.
func (r *recognizer) splitCompounds(order []*group, groups map[string]*group) {
	lookup := func(s string) *group {
		if g := groups["f:"+s]; g != nil && g.root().typ != "" {
			return g.root()
		}
		for _, f := range r.lex.formsOf(s) {
			if len(f.toks) == 1 && !f.demonym {
				if g := groups["g:"+f.entry.Name]; g != nil {
					return g
				}
			}
		}
		return nil
	}
	for _, g := range order {
		if g.gaz != nil || g.merged != nil || len(g.tokens) != 1 || !strings.Contains(g.tokens[0], "-") {
			continue
		}
		parts := strings.Split(g.tokens[0], "-")
		targets := make([]*group, len(parts))
		ok := true
		for i, p := range parts {
			if targets[i] = lookup(p); targets[i] == nil || targets[i] == g {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		for _, c := range g.cands {
			off := c.Start
			for i, p := range parts {
				kind := "alias"
				if targets[i].gaz != nil {
					kind = "name"
				}
				targets[i].extra = append(targets[i].extra, Mention{Span: document.Span{Start: off, End: off + len(p)},
					Text: r.doc.Text[off : off+len(p)], Sentence: c.Sentence, Kind: kind})
				off += len(p) + 1
			}
		}
		g.cands = nil
		g.typ = ""
	}
}

// descriptions resolves definite role descriptions ("the prime minister",
// "the Russian leader") to the one person introduced with that role and
// nationality. Ambiguous or unintroduced descriptions stay unresolved.
func (r *recognizer) descriptions(kept []*group) {
	var persons []*group
	for _, g := range kept {
		if g.typ == Person && len(g.keys) > 0 {
			persons = append(persons, g)
		}
	}
	if len(persons) == 0 {
		return
	}
	blocked := map[string]int{} // role key -> offset of an indefinite "a senior official"
	starts := map[*group][]int{}
	for _, p := range persons {
		for _, c := range p.cands {
			starts[p] = append(starts[p], c.Start)
		}
		sort.Ints(starts[p])
	}
	for si, v := range r.views {
		for k := 0; k < len(v); k++ {
			w := v[k].Lower
			if w != "the" && w != "a" && w != "an" {
				continue
			}
			j := k + 1
			var nat *GazEntry
			// skip adjectives such as "senior", "former" via titleMatch modifiers
			for j < len(v) && (v[j].Lower == "senior" || v[j].Lower == "top") {
				j++
			}
			if j < len(v) {
				if f, n := r.gazMatch(v, j, len(v)); n > 0 && (f.demonym || f.entry.Type == Location) && !v[j+n-1].poss {
					nat = f.entry
					j += n
				}
			}
			if j >= len(v) {
				continue
			}
			n, t := r.titleMatch(v, j, len(v))
			if n == 0 {
				continue
			}
			e := j + n
			if e < len(v) && (v[e].cap || v[e].Kind == text.Word && strings.HasSuffix(v[e].Lower, "s") && v[e].Lower == t+"s") {
				continue // a title before a name, not a description
			}
			keys := r.titleKeys(t)
			if len(keys) == 0 {
				continue
			}
			key := keys[0]
			if w != "the" {
				blocked[key] = v[k].Start
				continue
			}
			start := v[k].Start
			var hits []*group
			for _, p := range persons {
				if !hasKey(p.keys, key) || (nat != nil && (p.nat == nil || p.nat.Name != nat.Name)) {
					continue
				}
				last := -1
				st := starts[p]
				if i := sort.SearchInts(st, start); i > 0 {
					last = st[i-1]
				}
				if last < 0 || blocked[key] > last {
					continue
				}
				hits = append(hits, p)
			}
			if len(hits) == 1 {
				sp := document.Span{Start: start, End: v[e-1].end}
				hits[0].extra = append(hits[0].extra, Mention{Span: sp, Text: r.doc.Text[sp.Start:sp.End], Sentence: si, Kind: "description"})
			}
			k = e - 1
		}
	}
}

func hasKey(keys []string, k string) bool {
	for _, x := range keys {
		if x == k {
			return true
		}
	}
	return false
}

// build turns the kept groups into entities with IDs by first mention.
func (r *recognizer) build(kept []*group, byGaz map[string]*group) []Entity {
	firsts := map[*group]int{}
	for _, g := range kept {
		firsts[g] = g.first()
	}
	sort.SliceStable(kept, func(i, j int) bool { return firsts[kept[i]] < firsts[kept[j]] })
	ids := map[*group]string{}
	for i, g := range kept {
		ids[g] = "e" + strconv.Itoa(i+1)
	}
	out := make([]Entity, 0, len(kept))
	for _, g := range kept {
		e := Entity{ID: ids[g], Type: g.typ, Subtype: g.subtype}
		seen := map[document.Span]bool{}
		for i, c := range g.cands {
			if seen[c.Span] {
				continue
			}
			seen[c.Span] = true
			e.Mentions = append(e.Mentions, Mention{Span: c.Span, Text: c.Text, Sentence: c.Sentence, Kind: g.kinds[i]})
		}
		for _, m := range g.extra {
			if !seen[m.Span] {
				seen[m.Span] = true
				e.Mentions = append(e.Mentions, m)
			}
		}
		sort.Slice(e.Mentions, func(i, j int) bool {
			if e.Mentions[i].Start != e.Mentions[j].Start {
				return e.Mentions[i].Start < e.Mentions[j].Start
			}
			return e.Mentions[i].End < e.Mentions[j].End
		})
		// Name: the canonical gazetteer name, else the longest name mention.
		if g.gaz != nil {
			e.Name = g.gaz.Name
			e.Container = g.gaz.Container
			e.Lat, e.Lon = g.gaz.Lat, g.gaz.Lon
			if cg := byGaz[g.gaz.Container]; cg != nil && cg != g {
				e.PartOf = ids[cg]
			}
			if g.gaz.Capital && r.metonymic(g) {
				e.Note = "capital of " + g.gaz.Container + "; may stand for its government"
			}
		} else {
			for _, m := range e.Mentions {
				if m.Kind == "name" || m.Kind == "alias" || m.Kind == "acronym" {
					n := cleanName(m.Text)
					if len(n) > len(e.Name) || len(n) == len(e.Name) && n < e.Name {
						e.Name = n
					}
				}
			}
			if e.Subtype == "" {
				e.Subtype = r.guessSubtype(e.Type, e.Name)
			}
		}
		if g.typ == Person {
			e.Title = g.title
			if g.nat != nil {
				e.Nationality = g.nat.Name
			}
		}
		al := map[string]bool{}
		for _, m := range e.Mentions {
			if m.Kind == "demonym" {
				continue
			}
			if n := cleanName(m.Text); n != e.Name {
				al[n] = true
			}
		}
		for a := range al {
			e.Aliases = append(e.Aliases, a)
		}
		sort.Strings(e.Aliases)
		out = append(out, e)
	}
	return out
}

func cleanName(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "’", "'")), " ")
}

func (r *recognizer) guessSubtype(typ, name string) string {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) == 0 {
		return ""
	}
	last := ws[len(ws)-1]
	switch typ {
	case Organization:
		switch {
		case mediaSuffix.Has(last):
			return "media"
		case last == "party":
			return "party"
		case last == "ministry" || last == "government" || last == "cabinet" || last == "department" || ws[0] == "ministry":
			return "government"
		case last == "university" || last == "college" || ws[0] == "university":
			return "education"
		}
	case Location:
		switch last {
		case "island", "islands", "isles", "archipelago", "atoll":
			return "island"
		case "sea", "ocean", "river", "bay", "strait", "gulf", "lake", "canal":
			return "body_of_water"
		case "city", "town", "village":
			return "city"
		case "province", "prefecture", "oblast", "krai", "county", "district":
			return "province"
		case "region", "valley", "desert", "peninsula", "coast", "heights", "plateau":
			return "region"
		}
	}
	return ""
}

// metonymic reports whether a capital city's name is used as an actor:
// followed by a verb ("Moscow needed", "Pyongyang has halted", "Moscow
// examining") or as the object of a verb of accusation or dealing.
func (r *recognizer) metonymic(g *group) bool {
	for _, c := range g.cands {
		v := r.views[c.Sentence]
		if c.Last+1 < len(v) {
			n := v[c.Last+1]
			w := n.Lower
			if n.Kind == text.Word && (text.IsPastForm(w) || r.lex.reporting.Has(w) || aux.Has(w) ||
				len(w) > 5 && strings.HasSuffix(w, "ing")) {
				return true
			}
		}
		if c.First > 0 {
			p := v[c.First-1].Lower
			if p == "accused" || p == "push" || p == "pushed" || p == "pressure" || p == "urged" {
				return true
			}
		}
	}
	return false
}

var aux = wordset.Of(map[string]bool{"has": true, "have": true, "had": true, "is": true, "was": true, "will": true, "would": true,
	"may": true, "might": true, "could": true, "can": true, "should": true, "must": true, "says": true, "wants": true})
