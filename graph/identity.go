package graph

import (
	"github.com/chronicle-news/chronicle/internal/permute"
	"slices"
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/entity"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/timeline"
)

// EntityAliases are the other names of an entity that can stand for it in
// another document: its aliases and name mentions, but not role
// descriptions ("the Russian leader") or demonyms, which name a role or a
// nationality rather than this one referent, and nothing that does not
// look like a name. Sorted. File mode (Build) and the store merge
// entities across documents by them.
func EntityAliases(e *entity.Entity) []string {
	weak := map[string]bool{}
	strong := map[string]bool{}
	for _, m := range e.Mentions {
		t := timeline.Clean(m.Text)
		switch m.Kind {
		case "description", "demonym":
			weak[t] = true
		default:
			strong[t] = true
		}
	}
	seen := map[string]bool{}
	var out []string
	for _, a := range e.Aliases {
		a = timeline.Clean(a)
		if a == "" || (weak[a] && !strong[a]) || !properName(a) || seen[a] {
			continue
		}
		seen[a] = true
		out = append(out, a)
	}
	for t := range strong {
		if properName(t) && !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	sort.Strings(out)
	return out
}

// properName reports whether a string looks like a name: it starts with an
// upper-case letter or a digit.
func properName(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// identities maps the node key (NodeID) of every entity of a set of
// documents to the key of the node it is merged into, and that node's
// name.
type identities struct {
	root map[string]string // key -> key of the merged node
	name map[string]string // key of a merged node -> its name
}

// of returns the node key a document's entity merges into, its own key
// (kind and normalized name), and the merged node's name; ok is false for
// an entity without a name.
func (id identities) of(e *entity.Entity) (key, own, name string, ok bool) {
	n := timeline.Clean(e.Name)
	if n == "" {
		return "", "", "", false
	}
	own = NodeID(EntityKind(e.Type), n)
	key, name = id.ofNamed(own, n)
	return key, own, name, true
}

// ofNamed is of for an entity whose own key and cleaned name (not "") are
// known: the key it merges into and that node's name.
func (id identities) ofNamed(own, n string) (key, name string) {
	key = own
	if k, found := id.root[own]; found {
		key = k
	}
	name = id.name[key]
	if name == "" {
		name = n
	}
	return key, name
}

// Container is the name of the place that holds a place entity: the
// document's entity it is part of (PartOf), else the gazetteer's
// container; "" for none. names maps the document's entity IDs to their
// cleaned names.
func Container(e *entity.Entity, names map[string]string) string {
	if p := names[e.PartOf]; p != "" && e.PartOf != e.ID {
		return p
	}
	return timeline.Clean(e.Container)
}

// Located is where a document places one of its entities: the name of
// the place that holds it (Container) and the citation, the sentence of
// the entity's first mention, Via text when the document says so (PartOf)
// or gazetteer; "" when it places it nowhere. names maps the document's
// entity IDs to their cleaned names.
func Located(r *pipeline.Result, e *entity.Entity, names map[string]string) (string, Provenance) {
	return located(provCache{r: r, m: map[int]Provenance{}}, e, names)
}

func located(provs provCache, e *entity.Entity, names map[string]string) (string, Provenance) {
	c := Container(e, names)
	if c == "" || EntityKind(e.Type) != Place {
		return "", Provenance{}
	}
	prov := mentionProv(provs, e)
	prov.Via = ViaGazetteer
	if names[e.PartOf] != "" && e.PartOf != e.ID {
		prov.Via = ViaText
	}
	return c, prov
}

// PartOrder compares two participants of an event for listing
// (timeline.PartOrder).
func PartOrder(roleA, nameA, roleB, nameB string) int {
	return timeline.PartOrder(roleA, nameA, roleB, nameB)
}

// resolveIdentities is the cross-document rule for entities, the same
// whatever order the documents come in: an entity joins another of the
// same kind when its key (kind and normalized name) is an alias of that
// one and of no other ("Putin" in one article joins "Vladimir Putin" of
// another, whose mentions include "Putin"; "Abe" claimed by two people
// joins neither). Chains follow through ("Putin" -> "Vladimir Putin" ->
// "Vladimir Vladimirovich Putin"); in a cycle the smallest key wins. The
// node keeps the name of the first entity of the documents with its key.
func resolveIdentities(results []*pipeline.Result) identities {
	return resolveNames(results, namesOf(results))
}

// entityNames is what the identity rule reads of a document's entity: its
// cleaned name ("" for none), its own key (NodeID of its kind and name)
// and its aliases (EntityAliases). Build reads them several times over.
type entityNames struct {
	name, own string
	aliases   []string
}

// namesOf returns the entityNames of every entity of the results:
// out[i][j] belongs to results[i].Entities[j].
func namesOf(results []*pipeline.Result) [][]entityNames {
	out := make([][]entityNames, len(results))
	for ri, r := range results {
		if r == nil || r.Doc == nil {
			continue
		}
		ns := make([]entityNames, len(r.Entities))
		for i := range r.Entities {
			e := &r.Entities[i]
			if n := timeline.Clean(e.Name); n != "" {
				ns[i] = entityNames{name: n, own: NodeID(EntityKind(e.Type), n), aliases: EntityAliases(e)}
			}
		}
		out[ri] = ns
	}
	return out
}

// resolveNames is resolveIdentities with the entities' names worked out
// (namesOf).
func resolveNames(results []*pipeline.Result, names [][]entityNames) identities {
	id := identities{root: map[string]string{}, name: map[string]string{}}
	claims := map[string]map[string]bool{} // alias key -> keys claiming it
	for ri, r := range results {
		if r == nil || r.Doc == nil {
			continue
		}
		for i := range r.Entities {
			e := &r.Entities[i]
			en := &names[ri][i]
			name := en.name
			if name == "" {
				continue
			}
			kind := EntityKind(e.Type)
			key := en.own
			if _, ok := id.name[key]; !ok {
				id.name[key] = name
			}
			for _, a := range en.aliases {
				ak := NodeID(kind, a)
				if ak == key {
					continue
				}
				if claims[ak] == nil {
					claims[ak] = map[string]bool{}
				}
				claims[ak][key] = true
			}
		}
	}
	parent := map[string]string{}
	for key := range id.name {
		if c := claims[key]; len(c) == 1 {
			for k := range c {
				parent[key] = k
			}
		}
	}
	var root func(k string) string
	root = func(k string) string {
		seen := map[string]bool{}
		path := []string{}
		for {
			if r, ok := id.root[k]; ok {
				k = r
				break
			}
			p, ok := parent[k]
			if !ok {
				break
			}
			if seen[k] {
				// A cycle: its smallest key is the node.
				at := 0
				for path[at] != k {
					at++
				}
				min := k
				for _, x := range path[at:] {
					if x < min {
						min = x
					}
				}
				k = min
				break
			}
			seen[k] = true
			path = append(path, k)
			k = p
		}
		for _, x := range path {
			id.root[x] = k
		}
		return k
	}
	keys := make([]string, 0, len(id.name))
	for k := range id.name {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		id.root[k] = root(k)
	}
	return id
}

// EntityInfo is one entity of a corpus as the entities command lists it:
// merged across documents (by the rule Build and the store follow), with
// the number of its mentions and of the documents that name it.
type EntityInfo struct {
	Key       string   `json:"key"` // the node ID
	Name      string   `json:"name"`
	Type      string   `json:"type"`
	Subtype   string   `json:"subtype,omitempty"`
	Aliases   []string `json:"aliases,omitempty"` // the names it goes by elsewhere (EntityAliases), sorted
	Container string   `json:"container,omitempty"`
	Mentions  int      `json:"mentions"`
	Documents int      `json:"documents"`
	// Descriptions are the role descriptions that stood for it ("the
	// Russian leader"): not names to merge by, but what the graph shows
	// beside its aliases. Sorted.
	Descriptions []string `json:"-"`
	// Sources are the names of the documents that mention it, sorted.
	Sources []string `json:"-"`
	// Located cites where Container comes from (Via text or gazetteer):
	// the first mention of the entity in that document.
	Located Provenance `json:"-"`
}

// placeClaim is one document's word on where a place lies.
type placeClaim struct {
	doc, hash string
	prov      Provenance
	container string
}

// before orders claims by document name and content hash: the least
// document's word holds, whatever the order the documents come in.
func (c *placeClaim) before(o *placeClaim) bool {
	if c.doc != o.doc {
		return c.doc < o.doc
	}
	return c.hash < o.hash
}

// Entities lists the entities of the results, merged as Build merges
// them, sorted as the store lists its own (SortEntities). Type and
// subtype are the first the documents give, in their order; the container
// is the one of the document that sorts first by name and content hash
// (the first entity of it that gives one), with the sentence of that
// entity's first mention.
func Entities(results []*pipeline.Result) []EntityInfo {
	return entities(results, newCorpusIndex(results))
}

func entities(results []*pipeline.Result, c corpusIndex) []EntityInfo {
	who := c.who
	byKey := map[string]*EntityInfo{}
	docs := map[string][]string{}            // key -> documents naming it (sorted and made distinct at the end)
	aliasKeys := map[string]map[string]int{} // key -> alias key -> index in Aliases; made at the first alias
	claims := map[string]*placeClaim{}
	descs := map[string][]string{}
	var order []string
	for ri, r := range results {
		if r == nil || r.Doc == nil {
			continue
		}
		hash := c.hashes[ri]
		provs := provCache{r: r, m: make(map[int]Provenance)}
		claimed := map[string]bool{} // keys this document has placed
		names := make(map[string]string, len(r.Entities))
		for i := range r.Entities {
			names[r.Entities[i].ID] = c.names[ri][i].name
		}
		for i := range r.Entities {
			e := &r.Entities[i]
			en := &c.names[ri][i]
			if en.name == "" {
				continue
			}
			own := en.own
			key, canon := who.ofNamed(own, en.name)
			name, kind := names[e.ID], EntityKind(e.Type)
			info := byKey[key]
			if info == nil {
				info = &EntityInfo{Key: key, Name: canon, Type: e.Type}
				byKey[key] = info
				order = append(order, key)
			}
			if info.Subtype == "" {
				info.Subtype = e.Subtype
			}
			if !claimed[key] {
				if c, prov := located(provs, e, names); c != "" {
					claimed[key] = true
					cl := &placeClaim{doc: r.Doc.ID, hash: hash, container: c, prov: prov}
					if old := claims[key]; old == nil || cl.before(old) {
						claims[key] = cl
					}
				}
			}
			info.Mentions += len(e.Mentions)
			for _, m := range e.Mentions {
				if m.Kind == "description" {
					if t := timeline.Clean(m.Text); t != "" {
						descs[key] = append(descs[key], t)
					}
				}
			}
			if ds := docs[key]; len(e.Mentions) > 0 && (len(ds) == 0 || ds[len(ds)-1] != r.Doc.ID) {
				docs[key] = append(ds, r.Doc.ID)
			}
			others := en.aliases
			if own != key {
				others = append([]string{name}, others...)
			}
			// One text per alias key: the one that sorts first, whatever
			// the order of the documents (the store keeps the same).
			for _, a := range others {
				k := NodeID(kind, a)
				if a == info.Name || k == key {
					continue // the name, or a text of the entity's own key
				}
				if at, ok := aliasKeys[key][k]; !ok {
					if aliasKeys[key] == nil {
						aliasKeys[key] = map[string]int{}
					}
					aliasKeys[key][k] = len(info.Aliases)
					info.Aliases = append(info.Aliases, a)
				} else if at >= 0 && a < info.Aliases[at] {
					info.Aliases[at] = a
				}
			}
		}
	}
	out := make([]EntityInfo, 0, len(order))
	for _, k := range order {
		info := byKey[k]
		info.Sources = docs[k]
		sort.Strings(info.Sources)
		info.Sources = slices.Compact(info.Sources)
		info.Documents = len(info.Sources)
		if cl := claims[k]; cl != nil {
			info.Container = cl.container
			info.Located = cl.prov
		}
		sort.Strings(info.Aliases)
		info.Descriptions = Descriptions(descs[k], info)
		out = append(out, *info)
	}
	SortEntities(out)
	return out
}

// Descriptions returns the distinct texts of an entity's description
// mentions that are not its name or an alias, sorted.
func Descriptions(texts []string, e *EntityInfo) []string {
	known := map[string]bool{e.Name: true}
	for _, a := range e.Aliases {
		known[a] = true
	}
	var out []string
	for _, t := range texts {
		if !known[t] {
			known[t] = true
			out = append(out, t)
		}
	}
	sort.Strings(out)
	return out
}

// SortEntities orders entities as the entities command lists them: most
// documents first, then most mentions, then by name and key.
//
// Entities are large: the sort moves their indexes (the same comparisons
// and swaps, so the same order) and then each entity once.
func SortEntities(out []EntityInfo) {
	idx := make([]int32, len(out))
	for i := range idx {
		idx[i] = int32(i)
	}
	sort.Slice(idx, func(i, j int) bool {
		a, b := &out[idx[i]], &out[idx[j]]
		if a.Documents != b.Documents {
			return a.Documents > b.Documents
		}
		if a.Mentions != b.Mentions {
			return a.Mentions > b.Mentions
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.Key < b.Key
	})
	permute.Apply(out, idx)
}

// EntityKeys maps each result's entity IDs to the keys of the corpus
// entities they merge into: the one identity rule of Entities, Build and
// the store, for the writers that work document by document (the
// SemEval-2015 timelines). out[i] belongs to results[i].
func EntityKeys(results []*pipeline.Result) []map[string]string {
	who := resolveIdentities(results)
	out := make([]map[string]string, len(results))
	for i, r := range results {
		if r == nil || r.Doc == nil {
			continue
		}
		m := make(map[string]string, len(r.Entities))
		for j := range r.Entities {
			if k, _, _, ok := who.of(&r.Entities[j]); ok {
				m[r.Entities[j].ID] = k
			}
		}
		out[i] = m
	}
	return out
}

// NamedEntities returns the entities whose name, alias or key is name
// (case and white space ignored): FindEntities without its fallback to
// names that contain it.
func NamedEntities(ents []EntityInfo, name string) []EntityInfo {
	q := foldName(name)
	var out []EntityInfo
	for _, e := range ents {
		for _, s := range append([]string{e.Name, e.Key}, e.Aliases...) {
			if q != "" && foldName(s) == q {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

// FindEntities returns the entities whose name, alias or key equals name
// (case and white space ignored), or, when none does, those whose name or
// alias contains it: what --entity NAME means on a corpus's entities, as
// Find means it on a graph.
func FindEntities(ents []EntityInfo, name string) []EntityInfo {
	return matchNames(ents, name, func(e EntityInfo) []string { return append([]string{e.Name, e.Key}, e.Aliases...) })
}
