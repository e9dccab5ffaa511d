package main

import (
	"context"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/store"
	"github.com/chronicle-news/chronicle/internal/web"
)

// TestServeFromStore: a corpus ingested into a store is what serve --db
// shows: the entity page and its JSON answer for an entity of the example.
func TestServeFromStore(t *testing.T) {
	db := filepath.Join(t.TempDir(), "c.db")
	if _, errOut, code := chronicle(t, "", "ingest", "-q", example, "--db", db); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errOut)
	}
	st, err := store.OpenReadOnly(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	c, err := webCorpus(context.Background(), st.Corpus())
	if err != nil {
		t.Fatal(err)
	}
	if c.Docs != 1 || len(c.Entries) == 0 {
		t.Fatalf("corpus: %d docs, %d entries", c.Docs, len(c.Entries))
	}
	h := web.New(c)
	for _, p := range []string{"/entity/person:vladimir-putin", "/api/entity/person:vladimir-putin"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", p, nil))
		if rec.Code != 200 || !strings.Contains(rec.Body.String(), "Vladimir Putin") {
			t.Errorf("%s: %d\n%.300s", p, rec.Code, rec.Body.String())
		}
	}
	if _, errOut, code := chronicle(t, "", "serve", "--db", db, example); code != 2 || !strings.Contains(errOut, "give no files") {
		t.Errorf("serve --db with files: exit %d, %q", code, errOut)
	}
}
