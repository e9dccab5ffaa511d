// Package storetest gives tests the back ends to run against: a fresh
// SQLite file always, and a fresh PostgreSQL schema when
// CHRONICLE_TEST_POSTGRES holds a DSN (postgres://...).
package storetest

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib"
)

// Backend is one database a test may use: Name for t.Run, DSN for --db or
// store.Open. Missing, when not empty, says why the back end is not
// available (DSN is then empty): Require skips the test with it.
type Backend struct {
	Name    string
	DSN     string
	Missing string
}

// EnvPostgres names the variable holding the PostgreSQL DSN for tests.
const EnvPostgres = "CHRONICLE_TEST_POSTGRES"

// Backends returns a new, empty database of each back end, SQLite then
// PostgreSQL. The PostgreSQL one is a schema of its own, dropped when the
// test ends; when CHRONICLE_TEST_POSTGRES is unset it is Missing, and the
// subtest run for it skips at its first line, be.Require(t):
//
//	for _, be := range storetest.Backends(t) {
//		t.Run(be.Name, func(t *testing.T) {
//			be.Require(t)
//			...
//
// so that go test -v reports --- SKIP: TestX/postgres, not a pass.
func Backends(t testing.TB) []Backend {
	t.Helper()
	out := []Backend{{Name: "sqlite", DSN: filepath.Join(t.TempDir(), "store.db")}}
	if os.Getenv(EnvPostgres) == "" {
		return append(out, Backend{Name: "postgres", Missing: missingPostgres})
	}
	return append(out, Backend{Name: "postgres", DSN: Postgres(t)})
}

// missingPostgres is the reason PostgreSQL tests skip.
const missingPostgres = "PostgreSQL back end skipped: set " + EnvPostgres + " to a DSN (postgres://user:pass@localhost/db) to run it"

// Require skips t when the back end is not available.
func (b Backend) Require(t testing.TB) {
	t.Helper()
	if b.Missing != "" {
		t.Skip(b.Missing)
	}
}

// Postgres returns the DSN of a fresh schema, or "" (with a log line) when
// no server is configured.
func Postgres(t testing.TB) string {
	t.Helper()
	base := os.Getenv(EnvPostgres)
	if base == "" {
		t.Log(missingPostgres)
		return ""
	}
	b := make([]byte, 6)
	rand.Read(b)
	schema := "chronicle_test_" + hex.EncodeToString(b)
	db, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatalf("%s: %v", EnvPostgres, err)
	}
	if _, err := db.Exec(`CREATE SCHEMA ` + schema); err != nil {
		db.Close()
		t.Fatalf("%s: create schema: %v", EnvPostgres, err)
	}
	t.Cleanup(func() {
		db.Exec(`DROP SCHEMA ` + schema + ` CASCADE`)
		db.Close()
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("%s: %v", EnvPostgres, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}
