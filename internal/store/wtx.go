// The write transaction: prepared statements cached by query, entity rows
// cached by merge key, and rows queued for multi-row INSERTs.

package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"sync"
)

// wtx is a write transaction with prepared statements cached by query.
type wtx struct {
	s     *Store
	ctx   context.Context
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
	// redirect maps an entity merged away in this transaction to the one
	// that absorbed it.
	redirect map[int64]int64
	// Rows that nothing reads back while the batch is written (mentions,
	// event sources, participants, places), sent as multi-row INSERTs
	// when the batch ends or before an entity merge reads those tables:
	// a few statements per batch instead of one per row.
	pending [numRowKinds][]any
	// ents caches the entity rows this transaction has read or written,
	// by merge key; absent holds the keys the current document's
	// prefetch did not find.
	ents   map[string]*entRow
	absent map[string]bool
	// claims maps each alias key the batch's documents give to the keys
	// of the entities that give it: a name two entities of the batch go by
	// ("Slepian" for Barnett and Barnet Slepian) joins neither, whichever
	// document of the batch comes first, as graph.Entities decides over
	// files.
	claims map[string]map[string]bool
}

// batchClaims collects the alias claims of a batch's documents.
func batchClaims(batch []*docRecord) map[string]map[string]bool {
	claims := map[string]map[string]bool{}
	for _, rec := range batch {
		for i := range rec.entities {
			e := &rec.entities[i]
			for _, a := range e.aliases {
				if a.key == e.key {
					continue
				}
				if claims[a.key] == nil {
					claims[a.key] = map[string]bool{}
				}
				claims[a.key][e.key] = true
			}
		}
	}
	return claims
}

// claimedByOther reports whether an entity of the batch other than the one
// of key own claims alias key a.
func (t *wtx) claimedByOther(a, own string) bool {
	for k := range t.claims[a] {
		if k != own {
			return true
		}
	}
	return false
}

// entRow is an entity row as this transaction last read or wrote it.
type entRow struct {
	id                      int64
	key, subtype, container string
}

// prefetchEntities reads the entity rows of these keys that the
// transaction has not seen yet, in one query per 64 keys, and records the
// keys that have none (for the current document only: reset by writeDoc).
func (t *wtx) prefetchEntities(keys []string) error {
	var want []string
	for _, k := range keys {
		if t.ents[k] == nil && !t.absent[k] {
			t.absent[k] = true // until found below
			want = append(want, k)
		}
	}
	for lo := 0; lo < len(want); lo += maxRowsPerInsert {
		hi := min(lo+maxRowsPerInsert, len(want))
		n := padded(hi - lo)
		args := make([]any, n)
		for i := range args {
			args[i] = want[min(lo+i, hi-1)]
		}
		q := `SELECT id, merge_key, subtype, container FROM entities WHERE merge_key IN (` + repeatJoin("?", n) + `)`
		if err := t.scanRows(q, args, func(rows *sql.Rows) error {
			r := &entRow{}
			if err := rows.Scan(&r.id, &r.key, &r.subtype, &r.container); err != nil {
				return err
			}
			t.ents[r.key] = r
			delete(t.absent, r.key)
			return nil
		}); err != nil {
			return err
		}
	}
	return nil
}

// entity returns the row of the entity with this merge key, or nil.
func (t *wtx) entity(key string) (*entRow, error) {
	if r := t.ents[key]; r != nil {
		return r, nil
	}
	if t.absent[key] {
		return nil, nil
	}
	st, err := t.stmt(`SELECT id, subtype, container FROM entities WHERE merge_key = ?`)
	if err != nil {
		return nil, err
	}
	r := &entRow{key: key}
	err = st.QueryRowContext(t.ctx, key).Scan(&r.id, &r.subtype, &r.container)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	t.ents[key] = r
	return r, nil
}

// Tables whose rows wait in wtx.pending, in the order they are flushed.
const (
	rowMentions = iota
	rowSources
	rowParticipants
	rowPlaces
	rowEntityPlaces
	numRowKinds
)

var rowInserts = [numRowKinds]struct {
	head, tail string
	cols       int
}{
	rowMentions:     {`INSERT INTO mentions (entity_id, document_id, local_id, start_off, end_off, sentence, sent_start, sent_end, mention, kind) VALUES `, ` ON CONFLICT DO NOTHING`, 10},
	rowSources:      {`INSERT INTO event_sources (event_id, document_id, local_id, timex_id, summary, trigger_start, trigger_end, sentence, sent_start, sent_end, sent_text, line, mentions) VALUES `, ` ON CONFLICT DO NOTHING`, 13},
	rowParticipants: {`INSERT INTO participants (event_id, entity_id, role, pos) VALUES `, ` ON CONFLICT DO NOTHING`, 4},
	rowPlaces:       {`INSERT INTO event_places (event_id, entity_id, pos) VALUES `, ` ON CONFLICT DO NOTHING`, 3},
	rowEntityPlaces: {`INSERT INTO entity_places (entity_id, document_id, container, via, sent_start, sent_end, sent_text) VALUES `, ` ON CONFLICT DO NOTHING`, 7},
}

// maxRowsPerInsert bounds a multi-row INSERT (64 rows of 12 columns are
// 768 parameters, far below SQLite's and PostgreSQL's limits).
const maxRowsPerInsert = 64

// add queues one row (its column values in order) for a multi-row insert.
func (t *wtx) add(kind int, vals ...any) {
	t.pending[kind] = append(t.pending[kind], vals...)
}

// flush inserts the queued rows, in statements of a power-of-two number
// of rows (so a transaction prepares at most seven statements per table),
// in the order they were queued: with ON CONFLICT DO NOTHING the first of
// two rows with one key wins, as when they were inserted one by one.
func (t *wtx) flush() error {
	for kind, vals := range t.pending {
		ins := rowInserts[kind]
		for len(vals) > 0 {
			n := maxRowsPerInsert
			for n > len(vals)/ins.cols {
				n /= 2
			}
			if _, err := t.exec(multiRowInsert(kind, n), vals[:n*ins.cols]...); err != nil {
				return err
			}
			vals = vals[n*ins.cols:]
		}
		t.pending[kind] = t.pending[kind][:0]
	}
	return nil
}

var multiRowCache sync.Map // [2]int{kind, rows} -> string

// multiRowInsert is the INSERT of n rows into the table of kind.
func multiRowInsert(kind, n int) string {
	if q, ok := multiRowCache.Load([2]int{kind, n}); ok {
		return q.(string)
	}
	ins := rowInserts[kind]
	row := "(" + strings.TrimSuffix(strings.Repeat("?, ", ins.cols), ", ") + ")"
	var b strings.Builder
	b.WriteString(ins.head)
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(row)
	}
	b.WriteString(ins.tail)
	q := b.String()
	multiRowCache.Store([2]int{kind, n}, q)
	return q
}

func (t *wtx) stmt(query string) (*sql.Stmt, error) {
	if st := t.stmts[query]; st != nil {
		return st, nil
	}
	st, err := t.tx.PrepareContext(t.ctx, t.s.q(query))
	if err != nil {
		return nil, fmt.Errorf("%w: %s", err, query)
	}
	t.stmts[query] = st
	return st, nil
}

func (t *wtx) exec(query string, args ...any) (sql.Result, error) {
	st, err := t.stmt(query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(t.ctx, args...)
}

// id runs a query that returns at most one integer; ok is false when it
// returns no row.
func (t *wtx) id(query string, args ...any) (id int64, ok bool, err error) {
	st, err := t.stmt(query)
	if err != nil {
		return 0, false, err
	}
	err = st.QueryRowContext(t.ctx, args...).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	return id, err == nil, err
}

func (t *wtx) ids(query string, args ...any) ([]int64, error) {
	st, err := t.stmt(query)
	if err != nil {
		return nil, err
	}
	rows, err := st.QueryContext(t.ctx, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

func (t *wtx) follow(id int64) int64 {
	for {
		to, ok := t.redirect[id]
		if !ok {
			return id
		}
		id = to
	}
}

// padded is the number of rows a statement for n rows is written for: the
// next power of two, so that a transaction prepares few distinct
// statements; the extra rows repeat the last one.
func padded(n int) int {
	p := 1
	for p < n {
		p *= 2
	}
	return p
}

// repeatJoin is n copies of s joined by ", ".
func repeatJoin(s string, n int) string {
	return strings.TrimSuffix(strings.Repeat(s+", ", n), ", ")
}

// scanRows runs a (cached, prepared) query and calls each for every row.
func (t *wtx) scanRows(query string, args []any, each func(*sql.Rows) error) error {
	st, err := t.stmt(query)
	if err != nil {
		return err
	}
	rows, err := st.QueryContext(t.ctx, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := each(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}
