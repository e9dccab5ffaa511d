package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestQueryMissingStore: a mistyped --db path is an error naming it (exit
// 1), for every query command, and no store is created.
func TestQueryMissingStore(t *testing.T) {
	db := filepath.Join(t.TempDir(), "typo.db")
	for _, args := range [][]string{
		{"timeline", "--db", db},
		{"graph", "--db", db},
		{"entities", "--db", db},
		{"serve", "--db", db, "--addr", "127.0.0.1:0"},
	} {
		_, errOut, code := chronicle(t, "", args...)
		if code != 1 || !strings.Contains(errOut, db) || !strings.Contains(errOut, "no such store") {
			t.Errorf("%s: exit %d, %q", strings.Join(args, " "), code, errOut)
		}
		if _, err := os.Stat(db); err == nil {
			t.Fatalf("%s created %s", args[0], db)
		}
	}
}

// TestQuerySecretRedacted: the password of a PostgreSQL URL is not printed.
func TestQuerySecretRedacted(t *testing.T) {
	for _, db := range []string{"postgres://u:Sup3r-s3cret@127.0.0.1:1/c?sslmode=disable", "postgres://u@127.0.0.1:1/c?password=Sup3r-s3cret"} {
		_, errOut, code := chronicle(t, "", "timeline", "--db", db)
		if code != 1 || strings.Contains(errOut, "Sup3r-s3cret") || !strings.Contains(errOut, "127.0.0.1:1") {
			t.Errorf("%s: exit %d, %q", db, code, errOut)
		}
	}
}
