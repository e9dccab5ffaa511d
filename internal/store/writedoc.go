// Writing a document: its row, mentions and events, events merged across
// documents by their key.

package store

import (
	"database/sql"
	"fmt"
	"sort"

	"github.com/chronicle-news/chronicle/graph"
	"github.com/chronicle-news/chronicle/internal/event"
)

// writeDoc stores one document unless its hash is known; it reports whether
// it did.
func (t *wtx) writeDoc(rec *docRecord, now string) (bool, error) {
	docID, ok, err := t.id(`INSERT INTO documents (hash, name, path, format, title, source, doc_id, dct, dct_source, body, ingested_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING RETURNING id`,
		rec.hash, rec.name, rec.path, rec.format, rec.title, rec.source, rec.docID, rec.dct, rec.dctSource, rec.body, now)
	if err != nil || !ok {
		return false, err
	}
	// Entities in key order, so that merges within a batch do not depend on
	// the order of the document's entities, and PostgreSQL writers take
	// row locks in one order.
	ents := append([]entityRec(nil), rec.entities...)
	sort.SliceStable(ents, func(i, j int) bool { return ents[i].key < ents[j].key })
	local := make(map[string]int64, len(ents))
	keys := make(map[int64]string, len(ents))
	clear(t.absent)
	var lookup []string
	for i := range ents {
		lookup = append(lookup, ents[i].key)
		for _, a := range ents[i].aliases {
			lookup = append(lookup, a.key)
		}
	}
	if err := t.prefetchEntities(lookup); err != nil {
		return false, err
	}
	for i := range ents {
		id, ownKey, err := t.resolveEntity(&ents[i])
		if err != nil {
			return false, err
		}
		local[ents[i].local] = id
		keys[id] = ownKey // an entity's key never changes (a merged one is gone)
	}
	entityID := func(l string) (int64, bool) {
		id, ok := local[l]
		if !ok {
			return 0, false
		}
		return t.follow(id), true
	}
	for i := range ents {
		e := &ents[i]
		id, _ := entityID(e.local)
		for _, m := range e.mentions {
			t.add(rowMentions, id, docID, e.local, m.start, m.end, m.sentence, m.sentStart, m.sentEnd, m.text, m.kind)
		}
	}
	// Where the document places its entities, in the document's entity
	// order: the first of its entities that merge into one gives the word
	// (as graph.Entities takes it).
	for i := range rec.entities {
		e := &rec.entities[i]
		if p := e.place; p != nil {
			id, _ := entityID(e.local)
			t.add(rowEntityPlaces, id, docID, p.container, p.via, p.sentStart, p.sentEnd, p.sentence)
		}
	}
	entityKey := func(id int64) (string, error) {
		if k, ok := keys[id]; ok {
			return k, nil
		}
		var k string
		st, err := t.stmt(`SELECT merge_key FROM entities WHERE id = ?`)
		if err != nil {
			return "", err
		}
		if err := st.QueryRowContext(t.ctx, id).Scan(&k); err != nil {
			return "", err
		}
		keys[id] = k
		return k, nil
	}
	evKeys := make([]string, len(rec.events))
	for i := range rec.events {
		ev := &rec.events[i]
		var partKeys []string
		for _, p := range ev.parts {
			if p.role == event.RoleAttendee {
				continue
			}
			id, ok := entityID(p.entity)
			if !ok {
				continue
			}
			k, err := entityKey(id)
			if err != nil {
				return false, err
			}
			partKeys = append(partKeys, k)
		}
		key := graph.EventKey(ev.kind, ev.class, ev.lemma, ev.modality, ev.relation, ev.value, ev.rangeEnd, ev.mod, partKeys)
		if key == "" {
			key = "doc:" + rec.hash + ":" + ev.local
		}
		evKeys[i] = key
	}
	evIDs, err := t.writeEvents(rec.events, evKeys)
	if err != nil {
		return false, err
	}
	for i := range rec.events {
		ev, evID := &rec.events[i], evIDs[i]
		s := ev.src
		t.add(rowSources, evID, docID, ev.local, ev.timex, ev.summary, s.TriggerStart, s.TriggerEnd, s.Index, s.Start, s.End, s.Sentence, s.Line, ev.mentions)
		for _, p := range ev.parts {
			if id, ok := entityID(p.entity); ok {
				t.add(rowParticipants, evID, id, p.role, p.pos)
			}
		}
		for j, pl := range ev.places {
			if id, ok := entityID(pl); ok {
				t.add(rowPlaces, evID, id, j)
			}
		}
	}
	return true, nil
}

// writeEvents stores a document's events (keys[i] is the merge key of
// events[i]) and returns their row ids: one multi-row INSERT for the new
// ones, one SELECT for those already stored. Reports that date an event to
// different parts of one day: the row keeps the least value, whatever the
// order they came in (compared by the database, in its collation, as the
// update's guard does).
func (t *wtx) writeEvents(events []eventRec, keys []string) ([]int64, error) {
	ids := make([]int64, len(events))
	if len(events) == 0 {
		return ids, nil
	}
	inserted := make(map[string]int64, len(events))
	for lo := 0; lo < len(events); lo += maxRowsPerInsert {
		hi := min(lo+maxRowsPerInsert, len(events))
		n := padded(hi - lo)
		args := make([]any, 0, n*11)
		for i := lo; i < lo+n; i++ {
			j := min(i, hi-1) // padding repeats the last row: a conflict, so nothing
			ev := &events[j]
			args = append(args, keys[j], ev.kind, ev.class, ev.lemma, ev.modality, ev.value, ev.rangeEnd, ev.mod, ev.relation, ev.startAt, ev.endAt)
		}
		q := `INSERT INTO events (merge_key, kind, class, lemma, modality, value, range_end, time_mod, relation, start_at, end_at) VALUES ` +
			repeatJoin("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", n) + ` ON CONFLICT (merge_key) DO NOTHING RETURNING id, merge_key`
		if err := t.scanRows(q, args, func(rows *sql.Rows) error {
			var id int64
			var key string
			if err := rows.Scan(&id, &key); err != nil {
				return err
			}
			inserted[key] = id
			return nil
		}); err != nil {
			return nil, err
		}
	}
	// An event whose key was stored before, or that the document reports
	// twice (which of the two the insert kept is not known), is looked up
	// with its value compared to the stored one.
	seen := make(map[string]int, len(keys))
	for _, k := range keys {
		seen[k]++
	}
	var look []int
	for i, k := range keys {
		if id, ok := inserted[k]; ok && seen[k] == 1 {
			ids[i] = id
		} else {
			look = append(look, i)
		}
	}
	type kv struct{ key, value string }
	type found struct {
		id    int64
		later bool
	}
	got := make(map[kv]found, len(look))
	for lo := 0; lo < len(look); lo += maxRowsPerInsert {
		hi := min(lo+maxRowsPerInsert, len(look))
		n := padded(hi - lo)
		args := make([]any, 0, 2*n)
		for i := lo; i < lo+n; i++ {
			j := look[min(i, hi-1)]
			args = append(args, keys[j], events[j].value)
		}
		q := `SELECT e.id, e.merge_key, v.column2, e.value > v.column2 FROM events e JOIN (VALUES ` +
			repeatJoin("(?, ?)", n) + `) AS v ON e.merge_key = v.column1`
		if err := t.scanRows(q, args, func(rows *sql.Rows) error {
			var f found
			var k kv
			if err := rows.Scan(&f.id, &k.key, &k.value, &f.later); err != nil {
				return err
			}
			got[k] = f
			return nil
		}); err != nil {
			return nil, err
		}
	}
	for _, i := range look {
		ev := &events[i]
		f, ok := got[kv{keys[i], ev.value}]
		if !ok {
			return nil, fmt.Errorf("event %s vanished", keys[i])
		}
		ids[i] = f.id
		if f.later {
			if _, err := t.exec(`UPDATE events SET value = ?, start_at = ?, end_at = ? WHERE id = ? AND value > ?`,
				ev.value, ev.startAt, ev.endAt, f.id, ev.value); err != nil {
				return nil, err
			}
		}
	}
	return ids, nil
}

func dedupStrings(s []string) []string {
	out := s[:0]
	for i, x := range s {
		if i > 0 && x == s[i-1] {
			continue
		}
		out = append(out, x)
	}
	return out
}
