package graph

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/timeline"
)

// Corpus is a set of analyzed documents, however it is kept: in memory
// (Files, the results of reading articles) or in a store
// (internal/store). Every command reads a corpus through it, so that the
// same documents give the same answers from files and from --db: both
// merge entities by resolveIdentities' rule and events by EventKey, and
// Graph is Assemble of Entities and Timeline in both.
type Corpus interface {
	// Documents lists the documents, sorted by name, then content hash.
	Documents(ctx context.Context) ([]Document, error)
	// Entities lists the merged entities (SortEntities order).
	Entities(ctx context.Context) ([]EntityInfo, error)
	// Timeline returns the items the query selects: the dated ones in
	// timeline order, the undated ones after (none when the query has a
	// window).
	Timeline(ctx context.Context, q Query) (dated, undated []timeline.Item, err error)
	// Graph is the knowledge graph of the whole corpus.
	Graph(ctx context.Context) (*Graph, error)
}

// Document is one document of a corpus.
type Document struct {
	Name   string // Document.ID: the file name, "stdin", or the JSON Lines id
	Path   string
	Title  string
	Source string // publisher
	DCT    string // YYYY-MM-DD, or ""
	Hash   string // document.Hash of its text
}

// Query selects timeline items. Zero fields select everything.
type Query struct {
	// Entity: the items with this entity as a participant or a place;
	// Place: the items at this place. Each is a name, an alias or a key
	// (FindEntities on the corpus's entities).
	Entity, Place string
	// From, To: the items whose interval overlaps [From, To); a zero side
	// is open. Undated items are left out when either is set.
	From, To time.Time
}

// Keys resolves the query's names against a corpus's entities: the keys of
// the entities --entity and --place mean, nil when the query has no such
// name. A name no entity of the right kind goes by is an error, and so is
// one that several go by ("Abe" for Shinzo and Akie Abe).
func (q Query) Keys(ents []EntityInfo) (entity, place []string, err error) {
	find := func(flag, name string, kinds ...Kind) ([]string, error) {
		var found []EntityInfo
		for _, e := range FindEntities(ents, name) {
			if slices.Contains(kinds, EntityKind(e.Type)) {
				found = append(found, e)
			}
		}
		switch len(found) {
		case 0:
			names := make([]string, len(kinds))
			for i, k := range kinds {
				names[i] = string(k)
			}
			return nil, fmt.Errorf("%s %q: no %s of that name in the corpus", flag, name, strings.Join(names, ", "))
		case 1:
			return []string{found[0].Key}, nil
		}
		var names []string
		for i, e := range found {
			if i == 6 {
				names = append(names, "...")
				break
			}
			names = append(names, fmt.Sprintf("%q (%s)", e.Name, strings.ToLower(e.Type)))
		}
		return nil, fmt.Errorf("%s %q means %d entities: %s; give the full name", flag, name, len(found), strings.Join(names, ", "))
	}
	if q.Entity != "" {
		if entity, err = find("--entity", q.Entity, Person, Organization, Place, Actor); err != nil {
			return nil, nil, err
		}
	}
	if q.Place != "" {
		if place, err = find("--place", q.Place, Place); err != nil {
			return nil, nil, err
		}
	}
	return entity, place, nil
}

// Windowed reports whether the query has a time window.
func (q Query) Windowed() bool { return !q.From.IsZero() || !q.To.IsZero() }

// Matcher returns the test an item must pass: one of the entity keys among
// its participants or places, one of the place keys among its places, its
// interval overlapping the window. entity and place are Keys' answers.
func (q Query) Matcher(entity, place []string) func(*timeline.Item) bool {
	to := q.To
	if to.IsZero() {
		to = time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
	}
	w := timeline.Interval{Start: q.From, End: to}
	has := func(refs []timeline.Ref, keys []string) bool {
		for _, r := range refs {
			if slices.Contains(keys, r.Key) {
				return true
			}
		}
		return false
	}
	return func(it *timeline.Item) bool {
		switch {
		case entity != nil && !has(it.Who, entity) && !has(it.Where, entity):
			return false
		case place != nil && !has(it.Where, place):
			return false
		case q.Windowed() && (it.Undated() || !it.Interval.Overlaps(w)):
			return false
		}
		return true
	}
}

// Files is a Corpus held in memory: the results of analyzing documents.
// What it derives (entities, timeline, graph) is computed once, on first
// use; it is safe for concurrent use.
type Files struct {
	results []*pipeline.Result

	entsOnce sync.Once
	ents     []EntityInfo

	tlOnce         sync.Once
	dated, undated []timeline.Item
	graphOnce      sync.Once
	graph          *Graph
	graphErr       error
	documentsOnce  sync.Once
	documents      []Document
}

// NewFiles makes a corpus of results (nil results and results without a
// document are skipped).
func NewFiles(results []*pipeline.Result) *Files {
	var rs []*pipeline.Result
	for _, r := range results {
		if r != nil && r.Doc != nil {
			rs = append(rs, r)
		}
	}
	return &Files{results: rs}
}

// Results returns the results the corpus holds.
func (f *Files) Results() []*pipeline.Result { return f.results }

// Documents implements Corpus.
func (f *Files) Documents(context.Context) ([]Document, error) {
	f.documentsOnce.Do(func() {
		for _, r := range f.results {
			d := Document{Name: r.Doc.ID, Path: r.Doc.Path, Title: r.Doc.Title, Source: r.Doc.Source, Hash: document.Hash(r.Doc)}
			if r.Doc.HasDCT() {
				d.DCT = r.Doc.DCT.Format("2006-01-02")
			}
			f.documents = append(f.documents, d)
		}
		sort.SliceStable(f.documents, func(i, j int) bool {
			a, b := &f.documents[i], &f.documents[j]
			if a.Name != b.Name {
				return a.Name < b.Name
			}
			return a.Hash < b.Hash
		})
	})
	return f.documents, nil
}

// Entities implements Corpus.
func (f *Files) Entities(context.Context) ([]EntityInfo, error) {
	f.entsOnce.Do(func() { f.ents = Entities(f.results) })
	return f.ents, nil
}

func (f *Files) timeline() ([]timeline.Item, []timeline.Item) {
	f.tlOnce.Do(func() { f.dated, f.undated = CorpusTimeline(f.results) })
	return f.dated, f.undated
}

// Timeline implements Corpus.
func (f *Files) Timeline(ctx context.Context, q Query) (dated, undated []timeline.Item, err error) {
	d, u := f.timeline()
	if q == (Query{}) {
		return d, u, nil
	}
	ents, _ := f.Entities(ctx)
	ek, pk, err := q.Keys(ents)
	if err != nil {
		return nil, nil, err
	}
	m := q.Matcher(ek, pk)
	for _, l := range []struct {
		in  []timeline.Item
		out *[]timeline.Item
	}{{d, &dated}, {u, &undated}} {
		for i := range l.in {
			if m(&l.in[i]) {
				*l.out = append(*l.out, l.in[i])
			}
		}
	}
	return dated, undated, nil
}

// Graph implements Corpus.
func (f *Files) Graph(ctx context.Context) (*Graph, error) {
	f.graphOnce.Do(func() {
		ents, _ := f.Entities(ctx)
		d, u := f.timeline()
		f.graph, f.graphErr = Assemble(ents, d, u)
	})
	return f.graph, f.graphErr
}

// Title names a corpus for a page or a drawing: the one document's title
// (or name), or "N articles".
func Title(docs []Document) string {
	switch len(docs) {
	case 0:
		return ""
	case 1:
		if t := timeline.Clean(docs[0].Title); t != "" {
			return t
		}
		return timeline.Clean(docs[0].Name)
	}
	return fmt.Sprintf("%d articles", len(docs))
}
