// Building entities from the kept groups: their IDs, subtypes, mentions and
// descriptions.

package entity

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/wordset"
)

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
	begins, ends := map[int]bool{}, map[int]bool{} // where a person's name begins, and where one ends (the offset after it)
	for _, p := range persons {
		for _, c := range p.cands {
			starts[p] = append(starts[p], c.Start)
			begins[c.Start], ends[c.End] = true, true
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
			if k > 0 && v[k-1].Text == "," && ends[v[k-1].Start] || e+1 < len(v) && v[e].Text == "," && begins[v[e+1].Start] {
				continue // the apposition that names the role: "Lee Jae-yong, the vice chairman,", "The captain, Chesley Sullenberger,"
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
			} else if g.gaz.Subtype == governmentSeat && r.metonymic(g) {
				// "the Kremlin said": the place, standing for the government
				e.Note = "seat of the government of " + g.gaz.Container + "; may stand for it"
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
				if m.Kind == "name" || m.Kind == "alias" || m.Kind == "acronym" || m.Kind == "dateline" {
					n := names[i]
					// Of two as long, the one not in capitals ("Baltimore",
					// not a dateline's "BALTIMORE").
					if len(n) > len(e.Name) || len(n) == len(e.Name) && (capsName(e.Name) && !capsName(n) || capsName(e.Name) == capsName(n) && n < e.Name) {
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

// governmentSeat is the subtype of a building or a street that houses a
// government ("White House", "Kremlin", "Downing Street"): a place, as
// CoNLL-2003 and MEANTIME annotate them, which may stand for the
// government when it acts, as a capital does.
const governmentSeat = "government_seat"

// metonymic reports whether a capital city's name is used as an actor:
// followed by a verb ("Moscow needed", "Pyongyang has halted", "Moscow
// examining"), coordinated with such a subject ("London and Paris
// urged"), as the object of a verb of accusation or warning
// (addresseeVerbs) or after a noun of dealing ("sanctions on Tehran",
// "talks with Moscow": dealingNouns).
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
		if c.Last+3 < len(v) && opensClause(v, c.First) && (v[c.Last+1].Lower == "and" || v[c.Last+1].Lower == ",") && v[c.Last+2].cap {
			// "London and Paris urged a ceasefire": coordinated with
			// another subject of a verb
			n := v[c.Last+3].Lower
			if v[c.Last+3].Kind == text.Word && (text.IsPastForm(n) || r.lex.reporting.Has(n) || aux.Has(n)) {
				return true
			}
		}
		if c.First > 0 {
			p := v[c.First-1].Lower
			if addresseeVerbs.Has(p) {
				return true
			}
			// "sanctions on Tehran", "pressure on Beijing", "talks with
			// Moscow": the government is dealt with
			if c.First > 1 && (p == "on" || p == "against" || p == "with") && dealingNouns.Has(v[c.First-2].Lower) {
				return true
			}
		}
	}
	return false
}

// addresseeVerbs take a government as their object: "accused
// Washington", "warned Tokyo", "urged Berlin".
var addresseeVerbs = wordset.Of(map[string]bool{"accused": true, "accuses": true, "accusing": true, "push": true,
	"pushed": true, "pressure": true, "pressed": true, "presses": true, "urged": true, "urges": true, "warned": true,
	"warns": true, "criticized": true, "criticised": true, "criticizes": true, "condemned": true, "condemns": true,
	"blamed": true, "blames": true, "threatened": true, "threatens": true, "sanctioned": true, "rebuked": true,
	"snubbed": true, "summoned": true, "reassured": true})

// dealingNouns are what one government puts on another or holds with
// it: "sanctions on Tehran", "talks with Moscow".
var dealingNouns = wordset.Of(map[string]bool{"sanctions": true, "pressure": true, "tariffs": true, "talks": true,
	"negotiations": true, "relations": true, "ties": true, "war": true, "embargo": true})

var aux = wordset.Of(map[string]bool{"has": true, "have": true, "had": true, "is": true, "was": true, "will": true, "would": true,
	"may": true, "might": true, "could": true, "can": true, "should": true, "must": true, "says": true, "wants": true})
