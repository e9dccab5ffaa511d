package entity

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/wordset"
)

// group collects the candidates that refer to one entity.
type group struct {
	key      groupKey
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
	// position of the first mention, and the entity ID (build)
	firstAt int
	id      string
	n       int // number of candidates (resolve)
}

// grown returns (*s)[:n], with new memory when its capacity is short,
// and keeps it in *s.
func grown[T any](s *[]T, n int) []T {
	if cap(*s) < n {
		*s = make([]T, n)
	}
	*s = (*s)[:n]
	return *s
}

// groupKey identifies a group: a gazetteer entry by its name, or a free
// name by its text with spaces and apostrophes normalized (cleanName).
type groupKey struct {
	gaz  bool
	name string
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

func candKey(c *Candidate) groupKey {
	if c.Gaz != nil {
		return groupKey{gaz: true, name: c.Gaz.Name}
	}
	return groupKey{name: cleanName(c.Text)}
}

// resolve turns the candidates into entities: it groups them by name,
// types the groups, links surnames, acronyms and compounds to the names
// they stand for, drops what is no entity, points demonyms to their
// countries, and builds the entities.
func (r *recognizer) resolve(cands []Candidate) []Entity {
	order, groups, demonyms := r.groupCands(cands)
	r.typeGroups(order)
	// Surname and first-name aliases: "Abe" -> "Shinzo Abe".
	aliasSurnames(order)
	// Acronyms: "Asia-Pacific Economic Cooperation (APEC)", or an acronym
	// whose letters are the initials of a name in the document.
	r.linkAcronyms(order, groups)
	// Hyphenated pairs of known names: "Abe-Putin meeting".
	r.splitCompounds(order, groups)
	kept := keptGroups(order)
	collectMerged(order)
	kept = r.dropNonEntities(kept)
	kept, byGaz := r.attachDemonyms(kept, demonyms)
	r.descriptions(kept)
	return r.build(kept, byGaz)
}

// groupCands groups the candidates that are not demonyms by name (or
// gazetteer entry), in order of first appearance, and returns the
// demonyms apart. The groups and their lists live in the recognizer's
// reused memory (recBuffers): nothing outside resolve keeps them.
func (r *recognizer) groupCands(cands []Candidate) (order []*group, groups map[groupKey]*group, demonyms []*Candidate) {
	b := r.buf
	if b.groupMap == nil {
		b.groupMap = map[groupKey]*group{}
	}
	groups = b.groupMap
	if len(b.order) > 0 { // a second call on this recognizer
		clear(b.groupMem[:len(b.order)])
		clear(groups)
	}
	if cap(b.groupMem) < len(cands) {
		b.groupMem = make([]group, len(cands)) // at most one group per candidate
	}
	mem := b.groupMem[:len(cands)]
	order = b.order[:0]
	get := func(key groupKey) *group {
		g := groups[key]
		if g == nil {
			g = &mem[len(order)]
			g.key, g.headOnly = key, true
			groups[key] = g
			order = append(order, g)
		}
		return g
	}
	// Two passes: the groups and their sizes, then the candidates, in
	// memory shared by all groups.
	of := grown(&b.of, len(cands))
	for i := range cands {
		c := &cands[i]
		if c.Demonym {
			continue
		}
		g := get(candKey(c))
		of[i] = g
		g.n++
	}
	b.order = order
	candMem := grown(&b.candMem, len(cands))
	kindMem := grown(&b.kindMem, len(cands))
	used := 0
	for _, g := range order {
		g.cands, g.kinds = candMem[used:used:used+g.n], kindMem[used:used:used+g.n]
		used += g.n
	}
	for i := range cands {
		c := &cands[i]
		if c.Demonym {
			demonyms = append(demonyms, c)
			continue
		}
		g := of[i]
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
	return order, groups, demonyms
}

// typeGroups types each group: a gazetteer entry's type, else the type
// its candidates' summed features score best (if enough), and a person
// when a title goes with the name even if it was seen elsewhere first.
func (r *recognizer) typeGroups(order []*group) {
	// Type the free groups by their summed features.
	for _, g := range order {
		if g.gaz != nil {
			g.typ, g.subtype = g.gaz.Type, g.gaz.Subtype
			continue
		}
		var sc typeScores
		for _, c := range g.cands {
			c.addScores(&sc)
		}
		best, bestScore := "", 0.0
		for i, t := range scoreTypes {
			if sc[i] > bestScore {
				best, bestScore = t, sc[i]
			}
		}
		if bestScore >= minTypeScore(g) {
			g.typ = best
		}
		g.tokens = r.fields(g.key.name)
	}
	// A title makes a person even when the name was seen elsewhere first.
	for _, g := range order {
		if g.gaz == nil && g.title != "" && g.typ == "" {
			g.typ = Person
		}
	}
}

// aliasSurnames merges a one-word name into the one person of the
// document whose last name it is: "Abe" -> "Shinzo Abe".
func aliasSurnames(order []*group) {
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
}

// keptGroups returns the groups that become entities: not merged into
// another, typed, with mentions, and not typed only from a headline
// without strong evidence.
func keptGroups(order []*group) []*group {
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
	return kept
}

// collectMerged moves merged groups' candidates (and title and
// nationality, where the root has none) into their roots.
func collectMerged(order []*group) {
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
}

// dropNonEntities drops products ("iPhone", "Mac OS X") and events
// ("Worldwide Developers Conference", with its acronym): they are no
// entities. It filters kept in place.
func (r *recognizer) dropNonEntities(kept []*group) []*group {
	n := 0
	for _, g := range kept {
		if g.gaz != nil && g.gaz.Type == productType || r.eventName(g) {
			continue
		}
		kept[n] = g
		n++
	}
	return kept[:n]
}

// attachDemonyms points demonyms to a country the document names (or
// implies: impliedStates adds it), as mentions of it. byGaz maps the
// gazetteer name of each kept group to it.
func (r *recognizer) attachDemonyms(kept []*group, demonyms []*Candidate) ([]*group, map[string]*group) {
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
	return kept, byGaz
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
func (r *recognizer) linkAcronyms(order []*group, groups map[groupKey]*group) {
	// (sentence, last token) -> group of the name ending there, made
	// when a "Name (ACR)" first needs it
	var ends map[[2]int]*group
	// The groups by the initials of their names ("Asia-Pacific Economic
	// Cooperation" -> "APEC"), made when an acronym first needs them.
	var inits map[string][]*group
	for _, g := range order {
		if g.merged != nil || len(g.cands) == 0 || !g.cands[0].Acronym {
			continue
		}
		if g.gaz != nil {
			continue
		}
		acr := strings.ReplaceAll(strings.ReplaceAll(g.key.name, ".", ""), "-", "")
		var target *group
		// "Name (ACR)"
		for _, c := range g.cands {
			v := r.views[c.Sentence]
			if c.First >= 2 && v[c.First-1].Text == "(" {
				if ends == nil {
					ends = map[[2]int]*group{}
					for _, h := range order {
						for _, c := range h.cands {
							ends[[2]int{c.Sentence, c.Last}] = h
						}
					}
				}
				if h := ends[[2]int{c.Sentence, c.First - 2}]; h != nil && h != g {
					target = h
				}
			}
		}
		if target == nil {
			if inits == nil {
				inits = map[string][]*group{}
				for _, h := range order {
					name := h.key.name
					if h.gaz != nil {
						name = h.gaz.Name
					}
					if strings.Contains(name, " ") || strings.Contains(name, "-") {
						i := initials(name)
						inits[i] = append(inits[i], h)
					}
				}
			}
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
	var buf [32]byte
	b := buf[:0]
	for rest := name; ; {
		w, more := nextField(&rest)
		if w == "" && !more {
			break
		}
		if skipInInitials(w) {
			continue
		}
		// The first letter or digit of each hyphenated part: the first
		// character of a part counts only if it is one.
		for p := w; ; {
			i := strings.IndexByte(p, '-')
			part := p
			if i >= 0 {
				part = p[:i]
			}
			if part != "" {
				c, _ := utf8.DecodeRuneInString(part)
				if unicode.IsLetter(c) || unicode.IsDigit(c) {
					b = utf8.AppendRune(b, unicode.ToUpper(c))
				}
			}
			if i < 0 {
				break
			}
			p = p[i+1:]
		}
	}
	return string(b)
}

// skipInInitials reports whether word w is left out of initials: "of",
// "the", "and", "for", "&", "de", "on", "in" in any case.
func skipInInitials(w string) bool {
	if len(w) > 3 || !isASCII(w) {
		if len(w) <= 3*utf8.UTFMax && !isASCII(w) {
			switch strings.ToLower(w) {
			case "of", "the", "and", "for", "&", "de", "on", "in":
				return true
			}
		}
		return false
	}
	var lw [3]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		lw[i] = c
	}
	switch string(lw[:len(w)]) {
	case "of", "the", "and", "for", "&", "de", "on", "in":
		return true
	}
	return false
}

// nextField returns the next field of *rest as strings.Fields splits,
// and advances *rest past it; more is false when there was none.
func nextField(rest *string) (w string, more bool) {
	s := *rest
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] == 0 {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	if i == len(s) {
		*rest = ""
		return "", false
	}
	j := i
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf {
			if asciiSpace[c] != 0 {
				break
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if unicode.IsSpace(r) {
			break
		}
		j += n
	}
	*rest = s[j:]
	return s[i:j], true
}

var asciiSpace = [256]uint8{'\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1, ' ': 1}

// splitCompounds turns "Abe-Putin" into mentions of Abe and of Putin when
// both parts are names of the document.
func (r *recognizer) splitCompounds(order []*group, groups map[groupKey]*group) {
	lookup := func(s string) *group {
		if g := groups[groupKey{name: s}]; g != nil && g.root().typ != "" {
			return g.root()
		}
		for _, f := range r.lex.formsOf(s) {
			if len(f.toks) == 1 && !f.demonym {
				if g := groups[groupKey{gaz: true, name: f.entry.Name}]; g != nil {
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
	total := 0
	for _, g := range kept {
		g.firstAt = g.first()
		total += len(g.cands) + len(g.extra)
	}
	slices.SortStableFunc(kept, func(a, b *group) int { return cmp.Compare(a.firstAt, b.firstAt) })
	for i, g := range kept {
		g.id = entityID(i + 1)
	}
	out := make([]Entity, 0, len(kept))
	var seen map[document.Span]bool
	mem := make([]Mention, total) // the mentions of all entities
	var names []string
	for _, g := range kept {
		e := Entity{ID: g.id, Type: g.typ, Subtype: g.subtype}
		// The mentions, each span once: a linear search among few, a
		// set among many.
		n := len(g.cands) + len(g.extra)
		e.Mentions, mem = mem[:0:n], mem[n:]
		many := len(g.cands)+len(g.extra) > 16
		if many {
			if seen == nil {
				seen = map[document.Span]bool{}
			}
			clear(seen)
		}
		add := func(m Mention) {
			if many {
				if seen[m.Span] {
					return
				}
				seen[m.Span] = true
			} else {
				for i := range e.Mentions {
					if e.Mentions[i].Span == m.Span {
						return
					}
				}
			}
			e.Mentions = append(e.Mentions, m)
		}
		for i, c := range g.cands {
			add(Mention{Span: c.Span, Text: c.Text, Sentence: c.Sentence, Kind: g.kinds[i]})
		}
		for _, m := range g.extra {
			add(m)
		}
		// The spans are distinct, so any sort gives this one order.
		slices.SortFunc(e.Mentions, func(a, b Mention) int {
			if a.Start != b.Start {
				return cmp.Compare(a.Start, b.Start)
			}
			return cmp.Compare(a.End, b.End)
		})
		// Name: the canonical gazetteer name, else the longest name mention.
		if g.gaz != nil {
			e.Name = g.gaz.Name
			e.Container = g.gaz.Container
			e.Lat, e.Lon = g.gaz.Lat, g.gaz.Lon
			if cg := byGaz[g.gaz.Container]; cg != nil && cg != g {
				e.PartOf = cg.id
			}
			if g.gaz.Capital && r.metonymic(g) {
				e.Note = "capital of " + g.gaz.Container + "; may stand for its government"
			}
		}
		// The mentions' texts as names, made once.
		if cap(names) < len(e.Mentions) {
			names = make([]string, len(e.Mentions))
		}
		names = names[:len(e.Mentions)]
		for i, m := range e.Mentions {
			if m.Kind != "demonym" {
				names[i] = cleanName(m.Text)
			}
		}
		if g.gaz == nil {
			for i, m := range e.Mentions {
				if m.Kind == "name" || m.Kind == "alias" || m.Kind == "acronym" {
					n := names[i]
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
		for i, m := range e.Mentions {
			if m.Kind == "demonym" {
				continue
			}
			if n := names[i]; n != e.Name {
				e.Aliases = append(e.Aliases, n)
			}
		}
		if len(e.Mentions) == 0 {
			e.Mentions = nil
		}
		if len(e.Aliases) > 1 {
			slices.Sort(e.Aliases)
			e.Aliases = slices.Compact(e.Aliases)
		}
		out = append(out, e)
	}
	return out
}

// entityID returns "e" and the number n.
func entityID(n int) string {
	if n < len(entityIDs) {
		return entityIDs[n]
	}
	return "e" + strconv.Itoa(n)
}

var entityIDs = func() []string {
	ids := make([]string, 256)
	for i := range ids {
		ids[i] = "e" + strconv.Itoa(i)
	}
	return ids
}()

func cleanName(s string) string {
	if isCleanName(s) {
		return s
	}
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "’", "'")), " ")
}

// isCleanName reports whether cleanName would return s unchanged: ASCII
// words separated by single spaces.
func isCleanName(s string) bool {
	space := true // no space first
	for i := 0; i < len(s); i++ {
		switch nameByte[s[i]] {
		case 0:
			space = false
		case 1:
			if space {
				return false
			}
			space = true
		default:
			return false
		}
	}
	return !space || s == ""
}

// nameByte classifies bytes for isCleanName: 0 a byte of a word, 1 a
// space, 2 other white space or a byte of a multi-byte character (which
// may be white space or a curly apostrophe).
var nameByte = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c == ' ':
			t[c] = 1
		case c >= utf8.RuneSelf || asciiSpace[c] != 0:
			t[c] = 2
		}
	}
	return t
}()

// fields splits a clean name (see cleanName) into its words, in memory
// shared by the recognizer's calls.
func (r *recognizer) fields(s string) []string {
	if !isCleanName(s) {
		return strings.Fields(s)
	}
	n := strings.Count(s, " ") + 1
	if cap(r.buf.words)-len(r.buf.words) < n {
		r.buf.words = make([]string, 0, max(n, 256))
	}
	w := r.buf.words
	start := len(w)
	for {
		i := strings.IndexByte(s, ' ')
		if i < 0 {
			w = append(w, s)
			break
		}
		w = append(w, s[:i])
		s = s[i+1:]
	}
	r.buf.words = w
	return w[start:len(w):len(w)]
}

func (r *recognizer) guessSubtype(typ, name string) string {
	// The first and last words in lower case, as
	// strings.Fields(strings.ToLower(name)) would give them.
	var first, last string
	if isCleanName(name) {
		first, last = name, name
		if i := strings.IndexByte(name, ' '); i >= 0 {
			first, last = name[:i], name[strings.LastIndexByte(name, ' ')+1:]
		}
	} else {
		for rest := name; ; {
			w, more := nextField(&rest)
			if !more {
				break
			}
			if first == "" {
				first = w
			}
			last = w
		}
	}
	if first == "" {
		return ""
	}
	var fb, lb [16]byte
	first, last = lowerWord(first, fb[:0]), lowerWord(last, lb[:0])
	switch typ {
	case Organization:
		switch {
		case mediaSuffix.Has(last):
			return "media"
		case last == "party":
			return "party"
		case last == "ministry" || last == "government" || last == "cabinet" || last == "department" || first == "ministry":
			return "government"
		case last == "university" || last == "college" || first == "university":
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

// lowerWord returns strings.ToLower(w), written in buf when w is ASCII
// with capitals and fits: that string shares buf's memory, so it is valid
// only while buf is not written again.
func lowerWord(w string, buf []byte) string {
	if len(w) > cap(buf) || !isASCII(w) {
		return strings.ToLower(w)
	}
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
			upper = true
		}
		buf = append(buf, c)
	}
	if !upper {
		return w
	}
	return unsafe.String(unsafe.SliceData(buf), len(buf))
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
