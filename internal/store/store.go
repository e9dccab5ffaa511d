// Package store keeps a growing corpus of analysed articles in a database:
// an embedded SQLite file by default (modernc.org/sqlite, pure Go, no cgo)
// or a PostgreSQL server (github.com/jackc/pgx/v5 through database/sql).
//
// Ingest stores each document once (known by the SHA-256 of its text) with
// its entities and events, merging the same entity and the same event across
// documents into one row that keeps every source. Queries rebuild the
// timeline entries and the knowledge graph from the rows, deterministically:
// the output depends on what is stored, not on the order it was ingested in
// (see docs/store.md for the merge rules and where that holds).
//
// The schema is created and upgraded by the numbered migrations embedded
// from migrations/; schema_version records the ones applied.
package store

import (
	"cmp"
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers "pgx"
	"modernc.org/sqlite"               // registers "sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// Dialect names a back end.
type Dialect string

// Back ends.
const (
	SQLite   Dialect = "sqlite"
	Postgres Dialect = "postgres"
)

// Store is an open corpus database. It is safe for concurrent use; writes
// go through an Ingester.
type Store struct {
	db      *sql.DB
	dialect Dialect
	name    string // what error messages call the store: the file or the DSN without password
	secret  string // the DSN's password, never to appear in a message
}

// nameErr makes *err name the store (once) and removes the password from
// it: every error a Store returns says which store it is about.
func (s *Store) nameErr(err *error) {
	if *err == nil {
		return
	}
	*err = &storeError{name: s.name, secret: s.secret, err: *err}
}

// storeError is an error of a store: "NAME: what went wrong", with the
// password of the store's URL masked wherever the cause quotes it.
type storeError struct {
	name, secret string
	err          error
}

func (e *storeError) Error() string {
	msg := e.err.Error()
	var se *storeError
	if !errors.As(e.err, &se) {
		msg = strings.TrimPrefix(msg, e.name+": ")
		if h := damage(e.err); h != "" && !strings.Contains(msg, h) {
			msg = h + ": " + msg
		}
		msg = e.name + ": " + msg
	}
	if e.secret != "" {
		msg = strings.ReplaceAll(msg, e.secret, "xxxxx")
		if esc := url.QueryEscape(e.secret); esc != e.secret {
			msg = strings.ReplaceAll(msg, esc, "xxxxx")
		}
	}
	return msg
}

func (e *storeError) Unwrap() error { return e.err }

// damage says what is wrong with the file when SQLite found it damaged or
// not a database at all: the store's fault, whatever document was being
// written.
func damage(err error) string {
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_CORRUPT:
			return "the store is damaged (no document is at fault)"
		case sqlite3.SQLITE_NOTADB:
			return "not a Chronicle store (not a SQLite database, or a damaged one)"
		}
	}
	return ""
}

// IsPostgres reports whether a --db argument names a PostgreSQL server.
func IsPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// Open opens (creating it if need be) the store named by dsn: a
// postgres:// or postgresql:// URL for PostgreSQL, otherwise the path of a
// SQLite file. Missing migrations are applied.
func Open(ctx context.Context, dsn string) (_ *Store, err error) {
	if dsn == "" {
		return nil, errors.New("no database given")
	}
	s := &Store{}
	defer s.nameErr(&err)
	if IsPostgres(dsn) {
		s.dialect = Postgres
		s.name, s.secret = redact(dsn)
		s.db, err = sql.Open("pgx", dsn)
	} else {
		s.dialect = SQLite
		s.name = dsn
		s.db, err = sql.Open("sqlite", sqliteDSN(dsn))
		// One writer at a time is SQLite's rule; a few connections let
		// readers run beside it in WAL mode.
		s.db.SetMaxOpenConns(4)
	}
	if err != nil {
		return nil, err
	}
	if err := s.db.PingContext(ctx); err != nil {
		s.db.Close()
		return nil, err
	}
	if err := s.migrate(ctx); err != nil {
		s.db.Close()
		return nil, err
	}
	return s, nil
}

// ErrNoStore is the error of OpenReadOnly for a SQLite path that does not
// exist.
var ErrNoStore = errors.New("no such store (chronicle ingest ... --db creates one)")

// OpenReadOnly opens an existing store for queries: nothing is created,
// migrated or written. A SQLite path must name an existing file (else
// ErrNoStore); a file on read-only media (no journal files can be made
// beside it) is opened as immutable. PostgreSQL sessions are read-only. The
// store's schema must be the one this build knows.
func OpenReadOnly(ctx context.Context, dsn string) (_ *Store, err error) {
	if dsn == "" {
		return nil, errors.New("no database given")
	}
	s := &Store{}
	defer s.nameErr(&err)
	if IsPostgres(dsn) {
		s.dialect = Postgres
		s.name, s.secret = redact(dsn)
		ro := dsn
		if u, perr := url.Parse(dsn); perr == nil {
			q := u.Query()
			q.Set("default_transaction_read_only", "on")
			u.RawQuery = q.Encode()
			ro = u.String()
		}
		if s.db, err = sql.Open("pgx", ro); err != nil {
			return nil, err
		}
		if err := s.checkSchema(ctx); err != nil {
			s.db.Close()
			return nil, err
		}
		return s, nil
	}
	s.dialect = SQLite
	s.name = dsn
	st, err := os.Stat(dsn)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, ErrNoStore
		}
		return nil, err
	}
	if st.IsDir() {
		return nil, errors.New("a folder, not a store")
	}
	for _, immutable := range []bool{false, true} {
		if s.db, err = sql.Open("sqlite", sqliteReadDSN(dsn, immutable)); err != nil {
			return nil, err
		}
		s.db.SetMaxOpenConns(4)
		cerr := s.checkSchema(ctx)
		if cerr == nil {
			return s, nil
		}
		s.db.Close()
		if err == nil {
			err = cerr // the first attempt's error is the telling one
		}
		if errors.Is(cerr, errNotChronicle) || errors.Is(cerr, errSchema) || errors.Is(cerr, ErrOldKeys) {
			break
		}
	}
	return nil, err
}

var (
	errNotChronicle = errors.New("not a Chronicle store (no schema_version table)")
	errSchema       = errors.New("schema version mismatch")
	// ErrOldKeys is the error of opening a store whose events were merged
	// under an event key this build no longer uses (see rekeys).
	ErrOldKeys = errors.New("the store's events were merged under an older event key")
)

// rekeys are the migrations that change graph.EventKey in a way the
// stored rows cannot follow (3: events without a briefing kind are keyed
// by their lemma too, which schema 2 did not keep). A store with events
// from before one of them is refused, by Open as by OpenReadOnly, rather
// than upgraded into a mix of old and new keys (reports of one happening
// under two keys, two happenings under one); an empty store upgrades.
var rekeys = map[int]string{
	3: "events without a briefing kind are now keyed by their lemma too",
}

// oldKeysErr is the error for a store at schema have, holding events,
// that a build of schema want cannot re-key; nil when no migration between
// them changes the event key.
func oldKeysErr(have, want int) error {
	for v := have + 1; v <= want; v++ {
		if why, ok := rekeys[v]; ok {
			return fmt.Errorf("%w (schema %d; %s, schema %d): ingest the articles into a new store", ErrOldKeys, have, why, v)
		}
	}
	return nil
}

// hasEvents reports whether the store holds any event.
func hasEvents(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) (bool, error) {
	var n int
	if err := q.QueryRowContext(ctx, `SELECT COUNT(*) FROM (SELECT 1 FROM events LIMIT 1) AS one`).Scan(&n); err != nil {
		return false, err
	}
	return n > 0, nil
}

// checkSchema checks that the store has this build's schema, without
// changing it.
func (s *Store) checkSchema(ctx context.Context) error {
	n := 1
	if s.dialect == SQLite {
		if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM sqlite_master WHERE name = 'schema_version'`).Scan(&n); err != nil {
			return err
		}
	} else if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'schema_version' AND table_schema = current_schema()`).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return errNotChronicle
	}
	var v sql.NullInt64
	if err := s.db.QueryRowContext(ctx, `SELECT MAX(version) FROM schema_version`).Scan(&v); err != nil {
		return err
	}
	switch want := SchemaVersion(); {
	case !v.Valid:
		return errNotChronicle
	case int(v.Int64) < want:
		if err := oldKeysErr(int(v.Int64), want); err != nil {
			if has, herr := hasEvents(ctx, s.db); herr != nil || has {
				return cmp.Or(herr, err)
			}
		}
		return fmt.Errorf("%w: the store has schema %d, this build needs %d (chronicle ingest --db upgrades it)", errSchema, v.Int64, want)
	case int(v.Int64) > want:
		return fmt.Errorf("%w: the store has schema %d, newer than this build's %d", errSchema, v.Int64, want)
	}
	return nil
}

// sqliteReadDSN is the DSN of a store opened for queries: read-only, and
// immutable (no locking, no journal files) for read-only media.
func sqliteReadDSN(path string, immutable bool) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(30000)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Set("mode", "ro")
	if immutable {
		q.Set("immutable", "1")
	}
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
}

// sqliteDSN turns a path into a modernc.org/sqlite DSN: WAL journal (readers
// do not block the writer, and a killed process leaves a consistent file),
// a busy timeout so that several processes wait for each other instead of
// failing, foreign keys checked, and transactions that take the write lock
// when they begin (no deadlock between two readers upgrading).
func sqliteDSN(path string) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(30000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Set("_txlock", "immediate")
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
}

// redact drops the password from a URL for messages, whether it is given
// as user:PASSWORD@ or as ?password=; it returns the password too, so that
// messages quoting it can mask it.
func redact(dsn string) (name, password string) {
	u, err := url.Parse(dsn)
	if err != nil {
		// Not a URL: say only which kind of store, and mask what looks
		// like a password.
		if i := strings.Index(dsn, "://"); i >= 0 {
			rest := dsn[i+3:]
			if at := strings.LastIndex(rest, "@"); at >= 0 {
				if _, pw, ok := strings.Cut(rest[:at], ":"); ok {
					password = pw
				}
			}
		}
		return "postgres URL (unparsable)", password
	}
	if pw, ok := u.User.Password(); ok {
		password = pw
	}
	q := u.Query()
	masked := false
	for k := range q {
		if strings.EqualFold(k, "password") {
			if password == "" {
				password = q.Get(k)
			}
			q.Set(k, "xxxxx")
			masked = true
		}
	}
	if masked {
		u.RawQuery = q.Encode()
	}
	return u.Redacted(), password
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// DB exposes the database handle for read-only tools (tests, serve).
func (s *Store) DB() *sql.DB { return s.db }

// Dialect returns the back end.
func (s *Store) Dialect() Dialect { return s.dialect }

// Name is how messages call the store: the file path, or the URL without
// its password.
func (s *Store) Name() string { return s.name }

// q rewrites a query written with ? placeholders for the back end:
// PostgreSQL wants $1, $2...
func (s *Store) q(query string) string {
	if s.dialect != Postgres {
		return query
	}
	var b strings.Builder
	n := 0
	inStr := false
	for i := 0; i < len(query); i++ {
		c := query[i]
		switch {
		case c == '\'':
			inStr = !inStr
		case c == '?' && !inStr:
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// migration is one numbered schema step.
type migration struct {
	version int
	name    string
	sql     string
}

func migrations() ([]migration, error) {
	entries, err := fs.ReadDir(migrationFS, "migrations")
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("migration %s: name must start with its number", e.Name())
		}
		b, err := migrationFS.ReadFile("migrations/" + e.Name())
		if err != nil {
			return nil, err
		}
		out = append(out, migration{version: v, name: e.Name(), sql: string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	return out, nil
}

// SchemaVersion is the newest migration this build knows.
func SchemaVersion() int {
	ms, err := migrations()
	if err != nil || len(ms) == 0 {
		return 0
	}
	return ms[len(ms)-1].version
}

// migrate applies the migrations the database lacks, each in its own
// transaction together with its schema_version row. Concurrent processes
// serialize on the write lock (SQLite) or an advisory lock (PostgreSQL).
func (s *Store) migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
)`); err != nil {
		return fmt.Errorf("schema_version: %w", err)
	}
	// A store whose event keys this build cannot follow is refused before
	// any migration runs, so that it stays as it was (apply checks again
	// under the lock).
	var have sql.NullInt64
	if err := s.db.QueryRowContext(ctx, `SELECT MAX(version) FROM schema_version`).Scan(&have); err != nil {
		return fmt.Errorf("schema_version: %w", err)
	}
	if have.Valid && len(ms) > 0 {
		if err := oldKeysErr(int(have.Int64), ms[len(ms)-1].version); err != nil {
			if has, herr := hasEvents(ctx, s.db); herr != nil || has {
				return cmp.Or(herr, err)
			}
		}
	}
	for _, m := range ms {
		if err := s.apply(ctx, m); errors.Is(err, ErrOldKeys) {
			return err
		} else if err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	return nil
}

func (s *Store) apply(ctx context.Context, m migration) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if s.dialect == Postgres {
		// Several ingests starting at once: one applies, the others wait
		// and then see the row. (CockroachDB has no advisory locks; there
		// the schema is best applied once by hand: see docs/store.md.)
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(7426351)`); err != nil {
			return err
		}
	}
	var n int
	if err := tx.QueryRowContext(ctx, s.q(`SELECT COUNT(*) FROM schema_version WHERE version = ?`), m.version).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	if _, ok := rekeys[m.version]; ok {
		// Under the lock: the store's version and events as this
		// migration would find them.
		var have sql.NullInt64
		if err := tx.QueryRowContext(ctx, `SELECT MAX(version) FROM schema_version`).Scan(&have); err != nil {
			return err
		}
		if have.Valid {
			if has, err := hasEvents(ctx, tx); err != nil || has {
				return cmp.Or(err, oldKeysErr(int(have.Int64), m.version))
			}
		}
	}
	id := "INTEGER PRIMARY KEY"
	if s.dialect == Postgres {
		id = "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"
	}
	for _, stmt := range splitSQL(strings.ReplaceAll(m.sql, "{{ID}}", id)) {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("%w\n%s", err, stmt)
		}
	}
	if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)`),
		m.version, m.name, time.Now().UTC().Format(time.RFC3339)); err != nil {
		return err
	}
	return tx.Commit()
}

// splitSQL splits a migration into statements at semicolons that end a
// line, dropping -- comments.
func splitSQL(src string) []string {
	var out []string
	var cur strings.Builder
	for _, line := range strings.Split(src, "\n") {
		if i := strings.Index(line, "--"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimRight(line, " \t\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		cur.WriteString(line)
		cur.WriteByte('\n')
		if strings.HasSuffix(line, ";") {
			out = append(out, strings.TrimSuffix(strings.TrimSpace(cur.String()), ";"))
			cur.Reset()
		}
	}
	if strings.TrimSpace(cur.String()) != "" {
		out = append(out, strings.TrimSpace(cur.String()))
	}
	return out
}

// Counts are the numbers of rows of the main tables.
type Counts struct {
	Documents, Entities, Aliases, Mentions, Events, EventSources, Participants, Places int
}

// Counts returns the row counts.
func (s *Store) Counts(ctx context.Context) (_ Counts, err error) {
	defer s.nameErr(&err)
	var c Counts
	for _, t := range []struct {
		table string
		n     *int
	}{
		{"documents", &c.Documents}, {"entities", &c.Entities}, {"entity_aliases", &c.Aliases},
		{"mentions", &c.Mentions}, {"events", &c.Events}, {"event_sources", &c.EventSources},
		{"participants", &c.Participants}, {"event_places", &c.Places},
	} {
		if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM "+t.table).Scan(t.n); err != nil {
			return c, fmt.Errorf("%s: %w", s.name, err)
		}
	}
	return c, nil
}

// Has reports whether a document with this content hash is stored.
func (s *Store) Has(ctx context.Context, hash string) (_ bool, err error) {
	defer s.nameErr(&err)
	var n int
	err = s.db.QueryRowContext(ctx, s.q(`SELECT COUNT(*) FROM documents WHERE hash = ?`), hash).Scan(&n)
	return n > 0, err
}

// IntegrityCheck runs SQLite's PRAGMA integrity_check and returns its
// answer ("ok" when sound); PostgreSQL checks itself and answers "ok".
func (s *Store) IntegrityCheck(ctx context.Context) (_ string, err error) {
	defer s.nameErr(&err)
	if s.dialect != SQLite {
		return "ok", nil
	}
	rows, err := s.db.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	var lines []string
	for rows.Next() {
		var l string
		if err := rows.Scan(&l); err != nil {
			return "", err
		}
		lines = append(lines, l)
	}
	return strings.Join(lines, "\n"), rows.Err()
}

// Size returns the bytes the store takes. SQLite: the database file with
// its -wal and -shm files as they are on disk (call Checkpoint first for
// the size of the data alone). PostgreSQL: the tables of the store's
// schema (current_schema()) with their indexes and TOAST, as
// pg_total_relation_size counts them — not the catalogs or other schemas
// of the database.
func (s *Store) Size(ctx context.Context) (_ int64, err error) {
	defer s.nameErr(&err)
	if s.dialect == Postgres {
		var n int64
		err := s.db.QueryRowContext(ctx, `SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0)::BIGINT
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'm')`).Scan(&n)
		if err != nil {
			return 0, fmt.Errorf("%s: size: %w", s.name, err)
		}
		return n, nil
	}
	fi, err := os.Stat(s.name)
	if err != nil {
		// Not a file (":memory:" or a URI): the pages SQLite holds.
		var pages, pageSize int64
		if err := s.db.QueryRowContext(ctx, `PRAGMA page_count`).Scan(&pages); err != nil {
			return 0, fmt.Errorf("%s: size: %w", s.name, err)
		}
		if err := s.db.QueryRowContext(ctx, `PRAGMA page_size`).Scan(&pageSize); err != nil {
			return 0, fmt.Errorf("%s: size: %w", s.name, err)
		}
		return pages * pageSize, nil
	}
	n := fi.Size()
	for _, suffix := range []string{"-wal", "-shm"} {
		if fi, err := os.Stat(s.name + suffix); err == nil {
			n += fi.Size()
		}
	}
	return n, nil
}

// Checkpoint moves SQLite's write-ahead log into the database file and
// truncates the log (PRAGMA wal_checkpoint(TRUNCATE)); it waits for
// writers of other connections. PostgreSQL manages its own log: nothing
// to do.
func (s *Store) Checkpoint(ctx context.Context) (err error) {
	defer s.nameErr(&err)
	if s.dialect != SQLite {
		return nil
	}
	var busy, logPages, done int
	if err := s.db.QueryRowContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`).Scan(&busy, &logPages, &done); err != nil {
		return fmt.Errorf("%s: checkpoint: %w", s.name, err)
	}
	if busy != 0 {
		return fmt.Errorf("%s: checkpoint: the database is busy", s.name)
	}
	return nil
}
