package store_test

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/chronicle-news/chronicle/internal/store"
	"github.com/chronicle-news/chronicle/internal/store/storetest"
)

// TestOpenReadOnlyMissing: a query on a path that does not exist is an
// error naming the path, and creates nothing.
func TestOpenReadOnlyMissing(t *testing.T) {
	db := filepath.Join(t.TempDir(), "typo.db")
	st, err := store.OpenReadOnly(context.Background(), db)
	if err == nil {
		st.Close()
		t.Fatal("no error for a missing store")
	}
	if !errors.Is(err, store.ErrNoStore) || !strings.Contains(err.Error(), db) {
		t.Errorf("error %q: want ErrNoStore naming %s", err, db)
	}
	if _, serr := os.Stat(db); serr == nil {
		t.Errorf("%s was created", db)
	}
	// Not a store: named, and not changed.
	other := filepath.Join(t.TempDir(), "notes.db")
	if err := os.WriteFile(other, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if st, err := store.OpenReadOnly(context.Background(), other); err == nil {
		st.Close()
		t.Error("an empty file opened as a store")
	} else if !strings.Contains(err.Error(), other) {
		t.Errorf("error %q does not name %s", err, other)
	}
	if fi, _ := os.Stat(other); fi.Size() != 0 {
		t.Errorf("%s was written: %d bytes", other, fi.Size())
	}
}

// TestOpenReadOnlyMedia: a store in a folder nobody may write to (as on
// read-only media) can be queried, and the query writes nothing. As root,
// the check runs in a child process as another uid (root may write
// anywhere).
func TestOpenReadOnlyMedia(t *testing.T) {
	if dir := os.Getenv("CHRONICLE_TEST_RO_STORE"); dir != "" {
		checkReadOnlyStore(t, filepath.Join(dir, "c.db"))
		return
	}
	dir := filepath.Join(t.TempDir(), "media")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "c.db")
	st := open(t, db)
	ingest(t, st, 8, loadCorpus(t)[:3]...)
	st.Close()
	os.Chmod(db, 0o444)
	os.Chmod(dir, 0o555)
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	before, _ := os.ReadDir(dir)
	if os.Geteuid() != 0 {
		checkReadOnlyStore(t, db)
	} else {
		// The test binary and the store where another uid can reach them.
		exe, err := os.Executable()
		if err != nil {
			t.Fatal(err)
		}
		for p := dir; p != "/"; p = filepath.Dir(p) {
			if fi, err := os.Stat(p); err == nil && fi.Mode().Perm()&0o005 != 0o005 {
				os.Chmod(p, fi.Mode().Perm()|0o005)
				defer os.Chmod(p, fi.Mode().Perm())
			}
		}
		bin := filepath.Join(filepath.Dir(dir), "store.test")
		raw, err := os.ReadFile(exe)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(bin, raw, 0o755); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(bin, "-test.run=^TestOpenReadOnlyMedia$", "-test.v")
		cmd.Dir = "/"
		cmd.Env = []string{"CHRONICLE_TEST_RO_STORE=" + dir, "HOME=/nonexistent", "PATH=/usr/bin:/bin"}
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 54321, Gid: 54321}}
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("as uid 54321: %v\n%s", err, out)
		}
	}
	after, _ := os.ReadDir(dir)
	if len(after) != len(before) {
		t.Errorf("the query left files beside the store: %v -> %v", before, after)
	}
}

func checkReadOnlyStore(t *testing.T, db string) {
	t.Helper()
	if f, err := os.OpenFile(filepath.Join(filepath.Dir(db), "probe"), os.O_CREATE|os.O_WRONLY, 0o644); err == nil {
		f.Close()
		t.Fatal("the folder is writable: the test cannot show read-only media")
	}
	st, err := store.OpenReadOnly(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	docs, err := st.Documents(context.Background())
	if err != nil || len(docs) != 3 {
		t.Fatalf("documents: %d, %v", len(docs), err)
	}
	if _, _, err := st.Timeline(context.Background(), store.Filter{}); err != nil {
		t.Fatal(err)
	}
}

// TestOpenReadOnlyQueries: on every back end a store opened for queries
// answers them and refuses writes.
func TestOpenReadOnlyQueries(t *testing.T) {
	for _, be := range storetest.Backends(t) {
		t.Run(be.Name, func(t *testing.T) {
			be.Require(t)
			ingest(t, open(t, be.DSN), 8, loadCorpus(t)[:2]...)
			st, err := store.OpenReadOnly(context.Background(), be.DSN)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			if docs, err := st.Documents(context.Background()); err != nil || len(docs) != 2 {
				t.Fatalf("documents: %d, %v", len(docs), err)
			}
			if _, err := st.DB().Exec(`DELETE FROM documents`); err == nil {
				t.Error("a store opened for queries took a write")
			}
		})
	}
}
