// Entity resolution: a document's entity found in or added to the store,
// stored entities it names by another name merged into it, and the events
// whose key that changes re-keyed.

package store

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/chronicle-news/chronicle/graph"
	"github.com/chronicle-news/chronicle/internal/event"
)

// resolveEntity finds or creates the store entity for a document's entity:
//
//  1. the entity whose key (kind + slug of the canonical name) is the same;
//  2. else the one entity of the same kind that has this name as an alias
//     (doc B's "Putin" joins doc A's "Vladimir Putin", aliases {Putin});
//     when several have it ("Abe" for two people) none is chosen;
//  3. else a new entity.
//
// An alias another entity of the same batch claims counts as claimed by
// several (wtx.claims). Then the entity's aliases are added, and a stored
// entity whose key is one of them, and which no other entity claims as an
// alias, is merged into
// it (doc A's "Vladimir Putin" absorbs a "Putin" stored earlier from doc
// B): so the order the two documents came in does not matter.
func (t *wtx) resolveEntity(e *entityRec) (id int64, ownKey string, err error) {
	row, err := t.entity(e.key)
	if err != nil {
		return 0, "", err
	}
	if row == nil {
		cands, err := t.ids(`SELECT DISTINCT entity_id FROM entity_aliases WHERE alias_key = ? ORDER BY entity_id`, e.key)
		if err != nil {
			return 0, "", err
		}
		if len(cands) == 1 {
			row = &entRow{id: cands[0]}
			st, err := t.stmt(`SELECT merge_key, subtype, container FROM entities WHERE id = ?`)
			if err != nil {
				return 0, "", err
			}
			if err := st.QueryRowContext(t.ctx, row.id).Scan(&row.key, &row.subtype, &row.container); err != nil {
				return 0, "", err
			}
			t.ents[row.key] = row
			if t.claimedByOther(e.key, row.key) {
				row = nil // another entity of the batch goes by this name too
			}
		}
	}
	if row == nil {
		id, ok, err := t.id(`INSERT INTO entities (merge_key, type, subtype, name, container) VALUES (?, ?, ?, ?, ?) ON CONFLICT (merge_key) DO NOTHING RETURNING id`,
			e.key, e.typ, e.subtype, e.name, e.container)
		if err != nil {
			return 0, "", err
		}
		delete(t.absent, e.key)
		if ok {
			row = &entRow{id: id, key: e.key, subtype: e.subtype, container: e.container}
			t.ents[e.key] = row
		} else if row, err = t.entity(e.key); err != nil { // another writer inserted it meanwhile
			return 0, "", err
		} else if row == nil {
			return 0, "", fmt.Errorf("entity %s vanished", e.key)
		}
	} else {
		// The first subtype and container seen stay (the guards hold them
		// against another writer's update since the read).
		if e.subtype != "" && row.subtype == "" {
			if _, err := t.exec(`UPDATE entities SET subtype = ? WHERE id = ? AND subtype = ''`, e.subtype, row.id); err != nil {
				return 0, "", err
			}
			row.subtype = e.subtype
		}
		if e.container != "" && row.container == "" {
			if _, err := t.exec(`UPDATE entities SET container = ? WHERE id = ? AND container = ''`, e.container, row.id); err != nil {
				return 0, "", err
			}
			row.container = e.container
		}
	}
	id, ownKey = row.id, row.key
	aliases := e.aliases
	if e.key != ownKey {
		aliases = append(append([]aliasRec(nil), aliases...), aliasRec{key: e.key, text: e.name})
	}
	for _, a := range aliases {
		if a.key == ownKey {
			continue
		}
		if _, err := t.exec(`INSERT INTO entity_aliases (entity_id, alias_key, alias) VALUES (?, ?, ?) `+t.keepLeastAlias(), id, a.key, a.text); err != nil {
			return 0, "", err
		}
	}
	for _, a := range aliases {
		if a.key == ownKey {
			continue
		}
		orow, err := t.entity(a.key)
		if err != nil {
			return 0, "", err
		}
		if orow == nil || orow.id == id {
			continue
		}
		other := orow.id
		claim, err := t.ids(`SELECT DISTINCT entity_id FROM entity_aliases WHERE alias_key = ?`, a.key)
		if err != nil {
			return 0, "", err
		}
		if len(claim) != 1 || t.claimedByOther(a.key, ownKey) {
			continue
		}
		if err := t.absorb(other, id); err != nil {
			return 0, "", err
		}
	}
	return id, ownKey, nil
}

// keepLeastAlias ends an INSERT into entity_aliases: when the entity has
// the alias key already, the text that sorts first (bytewise) stays, so
// the name shown ("Apple Inc" or "Apple Inc.") does not depend on the
// order documents came in, and is the one graph.Entities picks from files.
func (t *wtx) keepLeastAlias() string {
	if t.s.dialect == Postgres {
		return `ON CONFLICT (entity_id, alias_key) DO UPDATE SET alias = excluded.alias WHERE excluded.alias COLLATE "C" < entity_aliases.alias COLLATE "C"`
	}
	return `ON CONFLICT (entity_id, alias_key) DO UPDATE SET alias = excluded.alias WHERE excluded.alias < entity_aliases.alias`
}

// absorb merges entity from into entity to: aliases, mentions, event
// participation and places move; events whose key changes are re-keyed and
// merged with an existing event of the new key.
func (t *wtx) absorb(from, to int64) error {
	// The queued rows go in first: the merge moves them.
	if err := t.flush(); err != nil {
		return err
	}
	var toKey string
	st, err := t.stmt(`SELECT merge_key FROM entities WHERE id = ?`)
	if err != nil {
		return err
	}
	if err := st.QueryRowContext(t.ctx, to).Scan(&toKey); err != nil {
		return err
	}
	affected, err := t.ids(`SELECT DISTINCT event_id FROM participants WHERE entity_id = ? ORDER BY event_id`, from)
	if err != nil {
		return err
	}
	steps := []struct {
		q    string
		args []any
	}{
		{`INSERT INTO entity_aliases (entity_id, alias_key, alias) SELECT ?, alias_key, alias FROM entity_aliases WHERE entity_id = ? ` + t.keepLeastAlias(), []any{to, from}},
		{`INSERT INTO entity_aliases (entity_id, alias_key, alias) SELECT ?, merge_key, name FROM entities WHERE id = ? ` + t.keepLeastAlias(), []any{to, from}},
		{`DELETE FROM entity_aliases WHERE entity_id = ? AND alias_key = ?`, []any{to, toKey}},
		{`DELETE FROM entity_aliases WHERE entity_id = ?`, []any{from}},
		{`INSERT INTO mentions (entity_id, document_id, local_id, start_off, end_off, sentence, sent_start, sent_end, mention, kind)
SELECT ?, document_id, local_id, start_off, end_off, sentence, sent_start, sent_end, mention, kind FROM mentions WHERE entity_id = ? ON CONFLICT DO NOTHING`, []any{to, from}},
		{`DELETE FROM mentions WHERE entity_id = ?`, []any{from}},
		{`INSERT INTO participants (event_id, entity_id, role, pos) SELECT event_id, ?, role, pos FROM participants WHERE entity_id = ? ON CONFLICT DO NOTHING`, []any{to, from}},
		{`DELETE FROM participants WHERE entity_id = ?`, []any{from}},
		{`INSERT INTO event_places (event_id, entity_id, pos) SELECT event_id, ?, pos FROM event_places WHERE entity_id = ? ON CONFLICT DO NOTHING`, []any{to, from}},
		{`DELETE FROM event_places WHERE entity_id = ?`, []any{from}},
		{`INSERT INTO entity_places (entity_id, document_id, container, via, sent_start, sent_end, sent_text)
SELECT ?, document_id, container, via, sent_start, sent_end, sent_text FROM entity_places WHERE entity_id = ? ON CONFLICT DO NOTHING`, []any{to, from}},
		{`DELETE FROM entity_places WHERE entity_id = ?`, []any{from}},
		{`DELETE FROM entities WHERE id = ?`, []any{from}},
	}
	for _, s := range steps {
		if _, err := t.exec(s.q, s.args...); err != nil {
			return err
		}
	}
	t.redirect[from] = to
	for k, r := range t.ents {
		if r.id == from {
			delete(t.ents, k)
		}
	}
	for _, ev := range affected {
		if err := t.rekey(ev); err != nil {
			return err
		}
	}
	return nil
}

// rekey recomputes an event's merge key from its row and its participants'
// current keys; when another event already has the new key, the two merge.
func (t *wtx) rekey(evID int64) error {
	var key, kind, class, lemma, modality, relation, value, rangeEnd, mod string
	st, err := t.stmt(`SELECT merge_key, kind, class, lemma, modality, relation, value, range_end, time_mod FROM events WHERE id = ?`)
	if err != nil {
		return err
	}
	err = st.QueryRowContext(t.ctx, evID).Scan(&key, &kind, &class, &lemma, &modality, &relation, &value, &rangeEnd, &mod)
	if errors.Is(err, sql.ErrNoRows) {
		return nil // merged away already
	}
	if err != nil || strings.HasPrefix(key, "doc:") {
		return err
	}
	pst, err := t.stmt(`SELECT e.merge_key FROM participants p JOIN entities e ON e.id = p.entity_id WHERE p.event_id = ? AND p.role <> ?`)
	if err != nil {
		return err
	}
	rows, err := pst.QueryContext(t.ctx, evID, event.RoleAttendee)
	if err != nil {
		return err
	}
	var parts []string
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			rows.Close()
			return err
		}
		parts = append(parts, k)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	nk := graph.EventKey(kind, class, lemma, modality, relation, value, rangeEnd, mod, parts)
	if nk == "" || nk == key {
		return nil
	}
	other, ok, err := t.id(`SELECT id FROM events WHERE merge_key = ?`, nk)
	if err != nil {
		return err
	}
	if !ok {
		_, err := t.exec(`UPDATE events SET merge_key = ? WHERE id = ?`, nk, evID)
		return err
	}
	steps := []struct {
		q    string
		args []any
	}{
		{`INSERT INTO event_sources (event_id, document_id, local_id, timex_id, summary, trigger_start, trigger_end, sentence, sent_start, sent_end, sent_text, line, mentions)
SELECT ?, document_id, local_id, timex_id, summary, trigger_start, trigger_end, sentence, sent_start, sent_end, sent_text, line, mentions FROM event_sources WHERE event_id = ? ON CONFLICT DO NOTHING`, []any{other, evID}},
		{`DELETE FROM event_sources WHERE event_id = ?`, []any{evID}},
		{`INSERT INTO participants (event_id, entity_id, role, pos) SELECT ?, entity_id, role, pos FROM participants WHERE event_id = ? ON CONFLICT DO NOTHING`, []any{other, evID}},
		{`DELETE FROM participants WHERE event_id = ?`, []any{evID}},
		{`INSERT INTO event_places (event_id, entity_id, pos) SELECT ?, entity_id, pos FROM event_places WHERE event_id = ? ON CONFLICT DO NOTHING`, []any{other, evID}},
		{`DELETE FROM event_places WHERE event_id = ?`, []any{evID}},
		{`DELETE FROM events WHERE id = ?`, []any{evID}},
	}
	for _, s := range steps {
		if _, err := t.exec(s.q, s.args...); err != nil {
			return err
		}
	}
	return nil
}
