// Batches: one transaction per batch of documents, retried on conflicts with
// other writers, with each document in a savepoint when one of them fails for
// a reason of its own.

package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

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
		ents: map[string]*entRow{}, absent: map[string]bool{}, claims: batchClaims(batch)}
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
