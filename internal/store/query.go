package store

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"

	"github.com/chronicle-news/chronicle/graph"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/timeline"
)

// Filter selects events: names resolve to entities as in file mode
// (graph.Query.Keys over Entities). Zero fields select everything.
type Filter = graph.Query

// Entry is a timeline entry of the store: one event, however many
// documents report it. Entry.Source is the first of Sources (by document
// name, content hash, position): the one whose summary and sentence the
// entry shows.
type Entry struct {
	timeline.Item // Key: the event's merge key
	ID            int64
}

// TimelineEntries returns the timeline.Entry of each entry.
func TimelineEntries(es []Entry) []timeline.Entry {
	out := make([]timeline.Entry, len(es))
	for i := range es {
		out[i] = es[i].Entry
	}
	return out
}

// EntityInfo is one stored entity with its counts.
type EntityInfo struct {
	ID int64 `json:"-"`
	graph.EntityInfo
}

// DocumentInfo is one stored document.
type DocumentInfo = graph.Document

// storedEvent is an event with what the queries need of it.
type storedEvent struct {
	id                                                           int64
	key, kind, class, lemma, modality, value, rangeEnd, mod, rel string
	sources                                                      []storedSource
	parts                                                        []storedPart
	places                                                       []storedPart
}

type storedSource struct {
	timeline.Source
	hash, local, timex, summary string
	mentions                    int
}

type storedPart struct {
	entity          int64
	key, name, role string
	pos             int
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// Entities returns every entity with its mention and document counts,
// sorted by documents, then mentions (both descending), then name and key.
func (s *Store) Entities(ctx context.Context) (_ []EntityInfo, err error) {
	defer s.nameErr(&err)
	return s.entities(ctx, "")
}

func (s *Store) entities(ctx context.Context, where string, args ...any) ([]EntityInfo, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT e.id, e.merge_key, e.name, e.type, e.subtype, e.container,
  (SELECT COUNT(*) FROM mentions m WHERE m.entity_id = e.id),
  (SELECT COUNT(DISTINCT m.document_id) FROM mentions m WHERE m.entity_id = e.id)
FROM entities e `+where), args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", s.name, err)
	}
	var out []EntityInfo
	byID := map[int64]int{}
	for rows.Next() {
		var e EntityInfo
		if err := rows.Scan(&e.ID, &e.Key, &e.Name, &e.Type, &e.Subtype, &e.Container, &e.Mentions, &e.Documents); err != nil {
			rows.Close()
			return nil, err
		}
		byID[e.ID] = len(out)
		out = append(out, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	and := func(cond string) string {
		if where == "" {
			return " WHERE " + cond
		}
		return " " + where + " AND " + cond
	}
	descs := map[int64][]string{}
	type claim struct {
		doc, hash string
		container string
		prov      graph.Provenance
	}
	claims := map[int64]claim{}
	for _, q := range []struct {
		sql  string
		scan func(rows *sql.Rows) error
	}{
		{`SELECT a.entity_id, a.alias FROM entity_aliases a JOIN entities e ON e.id = a.entity_id ` + where,
			func(rows *sql.Rows) error {
				var id int64
				var a string
				if err := rows.Scan(&id, &a); err != nil {
					return err
				}
				if i, ok := byID[id]; ok && a != out[i].Name {
					out[i].Aliases = append(out[i].Aliases, a)
				}
				return nil
			}},
		{`SELECT DISTINCT m.entity_id, d.name FROM mentions m JOIN documents d ON d.id = m.document_id JOIN entities e ON e.id = m.entity_id ` + where,
			func(rows *sql.Rows) error {
				var id int64
				var d string
				if err := rows.Scan(&id, &d); err != nil {
					return err
				}
				if i, ok := byID[id]; ok {
					out[i].Sources = append(out[i].Sources, d)
				}
				return nil
			}},
		{`SELECT m.entity_id, m.mention FROM mentions m JOIN entities e ON e.id = m.entity_id` + and(`m.kind = 'description'`),
			func(rows *sql.Rows) error {
				var id int64
				var t string
				if err := rows.Scan(&id, &t); err != nil {
					return err
				}
				descs[id] = append(descs[id], t)
				return nil
			}},
		// Where the documents place the entity: the word of the document
		// that sorts first by name and hash holds (as in graph.Entities).
		{`SELECT p.entity_id, d.name, d.hash, p.container, p.via, p.sent_start, p.sent_end, p.sent_text
FROM entity_places p JOIN documents d ON d.id = p.document_id JOIN entities e ON e.id = p.entity_id ` + where,
			func(rows *sql.Rows) error {
				var id int64
				var c claim
				if err := rows.Scan(&id, &c.doc, &c.hash, &c.container, &c.prov.Via, &c.prov.Start, &c.prov.End, &c.prov.Sentence); err != nil {
					return err
				}
				c.prov.Doc = c.doc
				if old, ok := claims[id]; !ok || c.doc < old.doc || (c.doc == old.doc && c.hash < old.hash) {
					claims[id] = c
				}
				return nil
			}},
	} {
		if err := s.scanRows(ctx, q.sql, args, q.scan); err != nil {
			return nil, err
		}
	}
	for i := range out {
		e := &out[i]
		sort.Strings(e.Aliases)
		e.Aliases = dedupStrings(e.Aliases)
		sort.Strings(e.Sources)
		e.Sources = dedupStrings(e.Sources)
		e.Descriptions = graph.Descriptions(descs[e.ID], &e.EntityInfo)
		e.Container, e.Located = "", graph.Provenance{}
		if c, ok := claims[e.ID]; ok {
			e.Container, e.Located = c.container, c.prov
		}
	}
	sortInfos(out)
	return out, nil
}

// scanRows runs a query and hands each row to scan.
func (s *Store) scanRows(ctx context.Context, query string, args []any, scan func(rows *sql.Rows) error) error {
	rows, err := s.db.QueryContext(ctx, s.q(query), args...)
	if err != nil {
		return fmt.Errorf("%s: %w", s.name, err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Documents returns the stored documents sorted by name, then hash.
func (s *Store) Documents(ctx context.Context) (_ []DocumentInfo, err error) {
	defer s.nameErr(&err)
	rows, err := s.db.QueryContext(ctx, `SELECT name, path, title, source, dct, hash FROM documents`)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", s.name, err)
	}
	defer rows.Close()
	var out []DocumentInfo
	for rows.Next() {
		var d DocumentInfo
		if err := rows.Scan(&d.Name, &d.Path, &d.Title, &d.Source, &d.DCT, &d.Hash); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Name != out[j].Name {
			return out[i].Name < out[j].Name
		}
		return out[i].Hash < out[j].Hash
	})
	return out, rows.Err()
}

// events loads the events the filter selects with their sources,
// participants and places.
func (s *Store) events(ctx context.Context, f Filter) ([]*storedEvent, error) {
	var conds []string
	var args []any
	if f.Entity != "" || f.Place != "" {
		infos, err := storeCorpus{s}.Entities(ctx)
		if err != nil {
			return nil, err
		}
		entity, place, err := f.Keys(infos)
		if err != nil {
			return nil, err
		}
		if entity != nil {
			in := placeholders(len(entity))
			conds = append(conds, `(e.id IN (SELECT p.event_id FROM participants p JOIN entities en ON en.id = p.entity_id WHERE en.merge_key IN (`+in+`))
  OR e.id IN (SELECT p.event_id FROM event_places p JOIN entities en ON en.id = p.entity_id WHERE en.merge_key IN (`+in+`)))`)
			for range 2 {
				for _, k := range entity {
					args = append(args, k)
				}
			}
		}
		if place != nil {
			conds = append(conds, `e.id IN (SELECT p.event_id FROM event_places p JOIN entities en ON en.id = p.entity_id WHERE en.merge_key IN (`+placeholders(len(place))+`))`)
			for _, k := range place {
				args = append(args, k)
			}
		}
	}
	if !f.From.IsZero() || !f.To.IsZero() {
		conds = append(conds, `e.start_at <> ''`)
	}
	if !f.From.IsZero() {
		conds = append(conds, `e.end_at > ?`)
		args = append(args, f.From.UTC().Format(timeLayout))
	}
	if !f.To.IsZero() {
		conds = append(conds, `e.start_at < ?`)
		args = append(args, f.To.UTC().Format(timeLayout))
	}
	where := ""
	if len(conds) > 0 {
		where = " WHERE " + strings.Join(conds, " AND ")
	}
	sel := `SELECT e.id FROM events e` + where

	byID := map[int64]*storedEvent{}
	var out []*storedEvent
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT e.id, e.merge_key, e.kind, e.class, e.lemma, e.modality, e.value, e.range_end, e.time_mod, e.relation FROM events e`+where), args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", s.name, err)
	}
	for rows.Next() {
		ev := &storedEvent{}
		if err := rows.Scan(&ev.id, &ev.key, &ev.kind, &ev.class, &ev.lemma, &ev.modality, &ev.value, &ev.rangeEnd, &ev.mod, &ev.rel); err != nil {
			rows.Close()
			return nil, err
		}
		byID[ev.id] = ev
		out = append(out, ev)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, nil
	}
	rows, err = s.db.QueryContext(ctx, s.q(`SELECT s.event_id, d.name, d.hash, d.format, s.local_id, s.timex_id, s.summary, s.trigger_start, s.trigger_end,
  s.sentence, s.sent_start, s.sent_end, s.sent_text, s.line, s.mentions
FROM event_sources s JOIN documents d ON d.id = s.document_id WHERE s.event_id IN (`+sel+`)`), args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", s.name, err)
	}
	for rows.Next() {
		var id int64
		var src storedSource
		var format string
		if err := rows.Scan(&id, &src.Doc, &src.hash, &format, &src.local, &src.timex, &src.summary, &src.TriggerStart, &src.TriggerEnd,
			&src.Index, &src.Start, &src.End, &src.Sentence, &src.Line, &src.mentions); err != nil {
			rows.Close()
			return nil, err
		}
		if ev := byID[id]; ev != nil {
			ev.sources = append(ev.sources, src)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, t := range []struct {
		q   string
		add func(*storedEvent, storedPart)
	}{
		{`SELECT p.event_id, p.entity_id, en.merge_key, en.name, p.role, p.pos FROM participants p JOIN entities en ON en.id = p.entity_id WHERE p.event_id IN (` + sel + `)`,
			func(ev *storedEvent, p storedPart) { ev.parts = append(ev.parts, p) }},
		{`SELECT p.event_id, p.entity_id, en.merge_key, en.name, '', p.pos FROM event_places p JOIN entities en ON en.id = p.entity_id WHERE p.event_id IN (` + sel + `)`,
			func(ev *storedEvent, p storedPart) { ev.places = append(ev.places, p) }},
	} {
		rows, err := s.db.QueryContext(ctx, s.q(t.q), args...)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", s.name, err)
		}
		for rows.Next() {
			var id int64
			var p storedPart
			if err := rows.Scan(&id, &p.entity, &p.key, &p.name, &p.role, &p.pos); err != nil {
				rows.Close()
				return nil, err
			}
			if ev := byID[id]; ev != nil {
				t.add(ev, p)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	for _, ev := range out {
		sort.Slice(ev.sources, func(i, j int) bool { return sourceLess(&ev.sources[i], &ev.sources[j]) })
	}
	sort.Slice(out, func(i, j int) bool { return out[i].key < out[j].key })
	return out, nil
}

// sourceLess orders the reports of an event: document name, content hash,
// position. The first is the entry's own source.
func sourceLess(a, b *storedSource) bool {
	if a.Doc != b.Doc {
		return a.Doc < b.Doc
	}
	if a.hash != b.hash {
		return a.hash < b.hash
	}
	if a.TriggerStart != b.TriggerStart {
		return a.TriggerStart < b.TriggerStart
	}
	return a.local < b.local
}

// entry builds the timeline entry of a stored event.
func (ev *storedEvent) entry() (Entry, bool) {
	e := Entry{ID: ev.id}
	e.Key = ev.key
	e.Modality, e.Class, e.TimeML, e.Lemma, e.Mod, e.Relation = ev.modality, ev.kind, ev.class, ev.lemma, ev.mod, ev.rel
	if e.Modality == "" {
		e.Modality = text.Actual
	}
	if len(ev.sources) > 0 {
		p := ev.sources[0]
		e.Source, e.Summary, e.Event, e.TimexID = p.Source, p.summary, p.local, p.timex
	}
	for _, s := range ev.sources {
		e.Sources = append(e.Sources, s.Source)
		e.Mentions += s.mentions
	}
	// Participants and places in an order that does not depend on which
	// report was stored first (graph.SetRefs): the stored position is the
	// first report's and would make the order of ingest show.
	refs := func(ps []storedPart) []timeline.Ref {
		out := make([]timeline.Ref, len(ps))
		for i, p := range ps {
			out[i] = timeline.Ref{Key: p.key, Name: p.name, Role: p.role}
		}
		return out
	}
	graph.SetRefs(&e.Item, refs(ev.parts), refs(ev.places))
	if ev.value == "" {
		return e, false
	}
	iv, err := timeline.ParseValue(ev.value)
	if err != nil {
		return e, false
	}
	e.Date, e.Interval = ev.value, iv
	if ev.rangeEnd != "" {
		if last, err := timeline.ParseValue(ev.rangeEnd); err == nil && last.End.After(iv.End) {
			e.RangeEnd, e.Interval.End = ev.rangeEnd, last.End
		}
	}
	return e, true
}

// Timeline returns the events the filter selects as timeline entries: the
// dated ones in timeline order (timeline.Less, then merge key), and the
// undated ones by source.
func (s *Store) Timeline(ctx context.Context, f Filter) (dated, undated []Entry, err error) {
	defer s.nameErr(&err)
	evs, err := s.events(ctx, f)
	if err != nil {
		return nil, nil, err
	}
	for _, ev := range evs {
		if e, ok := ev.entry(); ok {
			dated = append(dated, e)
		} else if f.From.IsZero() && f.To.IsZero() {
			undated = append(undated, e)
		}
	}
	sortEntries(dated)
	sortEntries(undated)
	return dated, undated, nil
}

func sortEntries(es []Entry) {
	sort.SliceStable(es, func(i, j int) bool {
		a, b := &es[i].Entry, &es[j].Entry
		if timeline.Less(a, b) {
			return true
		}
		if timeline.Less(b, a) {
			return false
		}
		return es[i].Key < es[j].Key
	})
}

// Graph builds the knowledge graph of the whole store: graph.Assemble of
// its entities and timeline items, the function file mode uses too.
func (s *Store) Graph(ctx context.Context) (_ *graph.Graph, err error) {
	defer s.nameErr(&err)
	infos, err := storeCorpus{s}.Entities(ctx)
	if err != nil {
		return nil, err
	}
	dated, undated, err := s.Timeline(ctx, Filter{})
	if err != nil {
		return nil, err
	}
	return graph.Assemble(infos, Items(dated), Items(undated))
}

// Items returns the timeline.Item of each entry.
func Items(es []Entry) []timeline.Item {
	out := make([]timeline.Item, len(es))
	for i := range es {
		out[i] = es[i].Item
	}
	return out
}

// sortInfos orders entities as graph.SortEntities does.
func sortInfos(out []EntityInfo) {
	infos := make([]graph.EntityInfo, len(out))
	ids := make(map[string]int64, len(out))
	for i := range out {
		infos[i] = out[i].EntityInfo
		ids[out[i].Key] = out[i].ID
	}
	graph.SortEntities(infos)
	for i := range infos {
		out[i] = EntityInfo{ID: ids[infos[i].Key], EntityInfo: infos[i]}
	}
}

// Corpus is the store read as a graph.Corpus, the interface every command
// reads a corpus through (file mode's is graph.Files).
func (s *Store) Corpus() graph.Corpus { return storeCorpus{s} }

type storeCorpus struct{ s *Store }

func (c storeCorpus) Documents(ctx context.Context) ([]graph.Document, error) {
	return c.s.Documents(ctx)
}

func (c storeCorpus) Entities(ctx context.Context) ([]graph.EntityInfo, error) {
	ents, err := c.s.Entities(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]graph.EntityInfo, len(ents))
	for i := range ents {
		out[i] = ents[i].EntityInfo
	}
	return out, nil
}

func (c storeCorpus) Timeline(ctx context.Context, q graph.Query) (dated, undated []timeline.Item, err error) {
	d, u, err := c.s.Timeline(ctx, q)
	return Items(d), Items(u), err
}

func (c storeCorpus) Graph(ctx context.Context) (*graph.Graph, error) { return c.s.Graph(ctx) }
