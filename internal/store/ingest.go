package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/chronicle-news/chronicle/graph"
	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/event"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/timeline"
)

// Hash is the content hash a document is known by: the hex SHA-256 of its
// text (what the stages analyse) as stored (document.ReplaceControls, which
// the readers have applied already). The same article read from a copy of
// the file, or from HTML and from text giving the same text, is one
// document.
func Hash(doc *document.Document) string { return document.Hash(doc) }

// IngestOptions tune an Ingester.
type IngestOptions struct {
	// BatchSize is the number of documents committed per transaction
	// (default 100): a killed ingest loses at most the batch in flight.
	BatchSize int
	// FlushEvery commits a partial batch after this long (default 5s), so
	// a slow stream still lands regularly.
	FlushEvery time.Duration
	// OnCommit, if set, is called on the writer goroutine after each
	// committed batch with the totals so far.
	OnCommit func(IngestStats)
	// OnReject, if set, is called on the writer goroutine for each
	// document the database refused, once the rest of its batch is
	// committed.
	OnReject func(Rejected)
}

// IngestStats counts what an ingest did.
type IngestStats struct {
	Added    int // documents stored by this ingest
	Known    int // documents already in the store (same content hash)
	Rejected int // documents the database refused (see Rejected)
	Batches  int // transactions committed
}

// Rejected is a document the database refused to store, for a reason of
// its own (a value it will not take, a constraint it breaks): it is left
// out and the rest of its batch is stored. Err is the database's reason.
// Another ingest tries it again.
type Rejected struct {
	Name, Path string
	Err        error
}

// Ingester writes results into the store on one writer goroutine, in
// batched transactions. Add may be called from one goroutine at a time
// (pipeline.Run's emit); Close flushes and waits.
type Ingester struct {
	s    *Store
	ctx  context.Context
	opt  IngestOptions
	ch   chan *docRecord
	done chan struct{}

	mu    sync.Mutex
	err   error
	stats IngestStats
}

// NewIngester starts the writer.
func (s *Store) NewIngester(ctx context.Context, opt IngestOptions) *Ingester {
	if opt.BatchSize <= 0 {
		opt.BatchSize = 100
	}
	if opt.FlushEvery <= 0 {
		opt.FlushEvery = 5 * time.Second
	}
	in := &Ingester{s: s, ctx: ctx, opt: opt, ch: make(chan *docRecord, 2*opt.BatchSize), done: make(chan struct{})}
	go in.run()
	return in
}

// Add queues one result. It returns the writer's error once a batch has
// failed; the results queued after it are not stored.
func (in *Ingester) Add(r *pipeline.Result) error {
	if err := in.failed(); err != nil {
		return err
	}
	if r == nil || r.Doc == nil {
		return nil
	}
	rec := newDocRecord(r)
	select {
	case in.ch <- rec:
		return nil
	case <-in.done:
		return in.failed()
	}
}

// Close commits what is queued and stops the writer.
func (in *Ingester) Close() (IngestStats, error) {
	close(in.ch)
	<-in.done
	in.mu.Lock()
	defer in.mu.Unlock()
	return in.stats, in.err
}

func (in *Ingester) failed() error {
	in.mu.Lock()
	defer in.mu.Unlock()
	return in.err
}

func (in *Ingester) run() {
	defer close(in.done)
	var batch []*docRecord
	timer := time.NewTimer(in.opt.FlushEvery)
	defer timer.Stop()
	flush := func() bool {
		if len(batch) == 0 {
			return true
		}
		added, rejected, err := in.s.commitBatch(in.ctx, batch)
		in.mu.Lock()
		if err != nil {
			in.s.nameErr(&err)
			in.err = err
		} else {
			in.stats.Added += added
			in.stats.Rejected += len(rejected)
			in.stats.Known += len(batch) - added - len(rejected)
			in.stats.Batches++
		}
		st := in.stats
		in.mu.Unlock()
		batch = batch[:0]
		if err != nil {
			return false
		}
		if in.opt.OnReject != nil {
			for _, r := range rejected {
				in.opt.OnReject(r)
			}
		}
		if in.opt.OnCommit != nil {
			in.opt.OnCommit(st)
		}
		return true
	}
	for {
		select {
		case rec, ok := <-in.ch:
			if !ok {
				flush()
				return
			}
			batch = append(batch, rec)
			if len(batch) >= in.opt.BatchSize && !flush() {
				return
			}
		case <-timer.C:
			if !flush() {
				return
			}
			timer.Reset(in.opt.FlushEvery)
		}
	}
}

// docRecord is one document ready to be written: everything computed from
// the result, nothing that needs the database.
type docRecord struct {
	hash, name, path, format, title, source, docID, dct, dctSource, body string
	entities                                                             []entityRec
	events                                                               []eventRec
}

type entityRec struct {
	local, key, typ, subtype, name, container string
	aliases                                   []aliasRec
	mentions                                  []mentionRec
}

type aliasRec struct{ key, text string }

type mentionRec struct {
	start, end, sentence, sentStart, sentEnd int
	text, kind                               string
}

type eventRec struct {
	local                                                          string
	kind, class, modality, value, rangeEnd, mod, relation, startAt string
	endAt                                                          string
	dated                                                          bool
	parts                                                          []partRec
	places                                                         []string // entity local IDs
	src                                                            timeline.Source
	summary, timex                                                 string
}

type partRec struct {
	entity, role string
	pos          int
}

const timeLayout = "2006-01-02T15:04:05"

func newDocRecord(r *pipeline.Result) *docRecord {
	doc := r.Doc
	// The readers have replaced control characters already; a document
	// made some other way gets the same here, so that both back ends store
	// the same bytes (PostgreSQL refuses NUL and invalid UTF-8 in text,
	// SQLite keeps them). The body changes byte for byte only, so the
	// stored spans stay valid.
	rec := &docRecord{hash: Hash(doc), name: storable(doc.ID), path: storable(doc.Path), format: doc.Format,
		title: storable(doc.Title), source: storable(doc.Source), docID: storable(doc.DocID),
		dctSource: doc.DCTSource, body: document.ReplaceControls(doc.Text)}
	if doc.HasDCT() {
		rec.dct = doc.DCT.Format("2006-01-02")
	}
	names := map[string]string{}
	for i := range r.Entities {
		names[r.Entities[i].ID] = timeline.Clean(r.Entities[i].Name)
	}
	for i := range r.Entities {
		e := &r.Entities[i]
		name := names[e.ID]
		if name == "" {
			continue
		}
		kind := graph.EntityKind(e.Type)
		er := entityRec{local: e.ID, key: graph.NodeID(kind, name), typ: e.Type, subtype: e.Subtype, name: name}
		if p := names[e.PartOf]; p != "" && e.PartOf != e.ID {
			er.container = p
		} else {
			er.container = timeline.Clean(e.Container)
		}
		for _, a := range graph.EntityAliases(e) {
			if k := graph.NodeID(kind, a); k != er.key {
				er.aliases = append(er.aliases, aliasRec{key: k, text: a})
			}
		}
		sort.Slice(er.aliases, func(i, j int) bool { return er.aliases[i].key < er.aliases[j].key })
		er.aliases = dedupAliases(er.aliases)
		for _, m := range e.Mentions {
			mr := mentionRec{sentence: m.Sentence, text: timeline.Clean(m.Text), kind: m.Kind}
			if mr.kind == "" {
				mr.kind = "name"
			}
			mr.start, mr.end = fileSpan(doc, m.Start, m.End)
			if s, ok := timeline.SentenceSpan(r, m.Sentence); ok {
				mr.sentStart, mr.sentEnd = fileSpan(doc, s.Start, s.End)
			} else {
				mr.sentStart, mr.sentEnd = mr.start, mr.end
			}
			er.mentions = append(er.mentions, mr)
		}
		rec.entities = append(rec.entities, er)
	}
	// The timeline of this one document gives every event its date,
	// interval, summary and cited sentence exactly as the file commands do.
	dated, undated := timeline.BuildAll([]*pipeline.Result{r})
	entries := make(map[string]*timeline.Entry, len(dated)+len(undated))
	for _, list := range [][]timeline.Entry{dated, undated} {
		for i := range list {
			entries[list[i].Event] = &list[i]
		}
	}
	for i := range r.Events {
		ev := &r.Events[i]
		en := entries[ev.ID]
		if en == nil {
			continue
		}
		er := eventRec{local: ev.ID, kind: en.Class, class: en.TimeML, modality: en.Modality, mod: en.Mod,
			relation: en.Relation, src: en.Source, summary: en.Summary, timex: en.TimexID}
		if !en.Undated() {
			er.dated = true
			er.value, er.rangeEnd = en.Date, en.RangeEnd
			er.startAt, er.endAt = en.Interval.Start.UTC().Format(timeLayout), en.Interval.End.UTC().Format(timeLayout)
		}
		for j, p := range ev.Participants {
			if names[p.Entity] != "" {
				er.parts = append(er.parts, partRec{entity: p.Entity, role: timeline.Clean(p.Role), pos: j})
			}
		}
		for _, pl := range ev.Places {
			if names[pl] != "" {
				er.places = append(er.places, pl)
			}
		}
		rec.events = append(rec.events, er)
	}
	return rec
}

func dedupAliases(a []aliasRec) []aliasRec {
	out := a[:0]
	for i, x := range a {
		if i > 0 && x.key == a[i-1].key {
			continue
		}
		out = append(out, x)
	}
	return out
}

// storable makes a name or title storable on both back ends: valid UTF-8
// without control characters.
func storable(s string) string {
	return document.ReplaceControls(strings.ToValidUTF8(s, "\uFFFD"))
}

// fileSpan clamps a text span to the document and maps it to file bytes.
func fileSpan(doc *document.Document, start, end int) (int, int) {
	return doc.SourceSpan(start, end)
}

// commitBatch writes a batch in one transaction, retrying it whole when the
// database reports a conflict with another writer (a deadlock, a
// serialization failure, a key another process inserted meanwhile). When a
// document fails for a reason of its own (docFault), the batch is written
// again with each document in a savepoint: the documents the database
// refuses are rolled back and returned, the others committed. (Only then:
// the savepoints and the flush after each document cost statements.)
func (s *Store) commitBatch(ctx context.Context, batch []*docRecord) (int, []Rejected, error) {
	var err error
	isolate := false
	for attempt := 0; attempt < 10; attempt++ {
		var added int
		var rejected []Rejected
		added, rejected, err = s.writeBatch(ctx, batch, isolate)
		if err == nil {
			return added, rejected, nil
		}
		if ctx.Err() != nil {
			break
		}
		if !retryable(err) {
			if isolate || !docFault(err) {
				break
			}
			isolate = true
			continue
		}
		time.Sleep(time.Duration(10*(1<<min(attempt, 6))) * time.Millisecond)
	}
	// The whole batch was rolled back: say which documents are not stored
	// (another ingest stores them), without blaming them.
	var names []string
	for i, rec := range batch {
		if i == 5 {
			names = append(names, fmt.Sprintf("and %d more", len(batch)-i))
			break
		}
		names = append(names, rec.name)
	}
	return 0, nil, fmt.Errorf("%w; not stored: %s", err, strings.Join(names, ", "))
}

// docErr names the document whose writing failed: as the culprit when the
// error is its own doing (docFault), else only as where the store's error
// (a damaged file, a lost connection) showed.
func docErr(name string, err error) error {
	if docFault(err) {
		return fmt.Errorf("%s: %w", name, err)
	}
	return fmt.Errorf("%w (while storing %s)", err, name)
}

// docFault reports whether an error is one document's doing rather than
// the database's or the connection's: a value the database will not take
// (PostgreSQL class 22: NUL or invalid UTF-8 in text, a number out of
// range; SQLite "too big", "datatype mismatch"), a constraint or trigger it
// breaks (class 23, SQLite CONSTRAINT), a limit it exceeds (class 54: a key
// too long for its index). Anything else (lost connection, disk full, a
// bug in a statement) fails the batch as before.
func docFault(err error) bool {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch pe.Code[:2] {
		case "22", "23", "54":
			return true
		}
		return false
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_TOOBIG, sqlite3.SQLITE_CONSTRAINT, sqlite3.SQLITE_MISMATCH:
			return true
		}
	}
	return false
}

func retryable(err error) bool {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch pe.Code {
		case "40001", "40P01", "23505", "23503":
			return true
		}
		return false
	}
	msg := err.Error()
	return strings.Contains(msg, "SQLITE_BUSY") || strings.Contains(msg, "database is locked")
}

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
	numRowKinds
)

var rowInserts = [numRowKinds]struct {
	head, tail string
	cols       int
}{
	rowMentions:     {`INSERT INTO mentions (entity_id, document_id, local_id, start_off, end_off, sentence, sent_start, sent_end, mention, kind) VALUES `, ` ON CONFLICT DO NOTHING`, 10},
	rowSources:      {`INSERT INTO event_sources (event_id, document_id, local_id, timex_id, summary, trigger_start, trigger_end, sentence, sent_start, sent_end, sent_text, line) VALUES `, ` ON CONFLICT DO NOTHING`, 12},
	rowParticipants: {`INSERT INTO participants (event_id, entity_id, role, pos) VALUES `, ` ON CONFLICT DO NOTHING`, 4},
	rowPlaces:       {`INSERT INTO event_places (event_id, entity_id, pos) VALUES `, ` ON CONFLICT DO NOTHING`, 3},
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

// writeBatch writes a batch in one transaction. With isolate, each
// document is written in a savepoint, its rows flushed before the next; a
// document that fails with a docFault error is rolled back to its
// savepoint and returned in rejected, and the batch goes on.
func (s *Store) writeBatch(ctx context.Context, batch []*docRecord, isolate bool) (added int, rejected []Rejected, err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, nil, err
	}
	t := &wtx{s: s, ctx: ctx, tx: tx, stmts: map[string]*sql.Stmt{}, redirect: map[int64]int64{},
		ents: map[string]*entRow{}, absent: map[string]bool{}}
	defer func() {
		for _, st := range t.stmts {
			st.Close()
		}
		if err != nil {
			tx.Rollback()
		}
	}()
	now := time.Now().UTC().Format(time.RFC3339)
	for _, rec := range batch {
		if isolate {
			ok, err := t.writeDocIsolated(rec, now)
			if errors.Is(err, errRejected) {
				rejected = append(rejected, Rejected{Name: rec.name, Path: rec.path, Err: errors.Unwrap(err)})
				continue
			}
			if err != nil {
				return 0, nil, docErr(rec.name, err)
			}
			if ok {
				added++
			}
			continue
		}
		ok, err := t.writeDoc(rec, now)
		if err != nil {
			return 0, nil, docErr(rec.name, err)
		}
		if ok {
			added++
		}
	}
	if err := t.flush(); err != nil {
		return 0, nil, err
	}
	for _, st := range t.stmts {
		st.Close()
	}
	t.stmts = map[string]*sql.Stmt{}
	return added, rejected, tx.Commit()
}

// errRejected wraps the error of a document rolled back to its savepoint.
var errRejected = errors.New("document rejected")

type rejectedErr struct{ err error }

func (e rejectedErr) Error() string        { return e.err.Error() }
func (e rejectedErr) Unwrap() error        { return e.err }
func (e rejectedErr) Is(target error) bool { return target == errRejected }

// writeDocIsolated writes one document and its queued rows inside a
// savepoint. When that fails for a reason of the document's own
// (docFault), it rolls back to the savepoint, forgets what it cached
// (entities the document added or merged are gone again) and returns a
// rejectedErr.
func (t *wtx) writeDocIsolated(rec *docRecord, now string) (bool, error) {
	if _, err := t.tx.ExecContext(t.ctx, `SAVEPOINT chronicle_doc`); err != nil {
		return false, err
	}
	ok, err := t.writeDoc(rec, now)
	if err == nil {
		err = t.flush()
	}
	if err != nil {
		if retryable(err) || !docFault(err) || t.ctx.Err() != nil {
			return false, err
		}
		if _, rerr := t.tx.ExecContext(t.ctx, `ROLLBACK TO SAVEPOINT chronicle_doc`); rerr != nil {
			return false, fmt.Errorf("%w (and rolling back to its savepoint: %v)", err, rerr)
		}
		t.forget()
		err = rejectedErr{err}
	}
	if _, rerr := t.tx.ExecContext(t.ctx, `RELEASE SAVEPOINT chronicle_doc`); rerr != nil {
		return false, rerr
	}
	return ok, err
}

// forget drops what the transaction cached about rows, after a rollback
// to a savepoint undid some of them.
func (t *wtx) forget() {
	clear(t.ents)
	clear(t.absent)
	clear(t.redirect)
	for k := range t.pending {
		t.pending[k] = t.pending[k][:0]
	}
}

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
		key := graph.EventKey(ev.kind, ev.class, ev.modality, ev.relation, ev.value, ev.rangeEnd, ev.mod, partKeys)
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
		t.add(rowSources, evID, docID, ev.local, ev.timex, ev.summary, s.TriggerStart, s.TriggerEnd, s.Index, s.Start, s.End, s.Sentence, s.Line)
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
		args := make([]any, 0, n*10)
		for i := lo; i < lo+n; i++ {
			j := min(i, hi-1) // padding repeats the last row: a conflict, so nothing
			ev := &events[j]
			args = append(args, keys[j], ev.kind, ev.class, ev.modality, ev.value, ev.rangeEnd, ev.mod, ev.relation, ev.startAt, ev.endAt)
		}
		q := `INSERT INTO events (merge_key, kind, class, modality, value, range_end, time_mod, relation, start_at, end_at) VALUES ` +
			repeatJoin("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", n) + ` ON CONFLICT (merge_key) DO NOTHING RETURNING id, merge_key`
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

// resolveEntity finds or creates the store entity for a document's entity:
//
//  1. the entity whose key (kind + slug of the canonical name) is the same;
//  2. else the one entity of the same kind that has this name as an alias
//     (doc B's "Putin" joins doc A's "Vladimir Putin", aliases {Putin});
//     when several have it ("Abe" for two people) none is chosen;
//  3. else a new entity.
//
// Then the entity's aliases are added, and a stored entity whose key is
// one of them, and which no other entity claims as an alias, is merged into
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
		if len(claim) != 1 {
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
	var key, kind, class, modality, relation, value, rangeEnd, mod string
	st, err := t.stmt(`SELECT merge_key, kind, class, modality, relation, value, range_end, time_mod FROM events WHERE id = ?`)
	if err != nil {
		return err
	}
	err = st.QueryRowContext(t.ctx, evID).Scan(&key, &kind, &class, &modality, &relation, &value, &rangeEnd, &mod)
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
	nk := graph.EventKey(kind, class, modality, relation, value, rangeEnd, mod, parts)
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
		{`INSERT INTO event_sources (event_id, document_id, local_id, timex_id, summary, trigger_start, trigger_end, sentence, sent_start, sent_end, sent_text, line)
SELECT ?, document_id, local_id, timex_id, summary, trigger_start, trigger_end, sentence, sent_start, sent_end, sent_text, line FROM event_sources WHERE event_id = ? ON CONFLICT DO NOTHING`, []any{other, evID}},
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
