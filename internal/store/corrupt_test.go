package store_test

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/store"
)

// Issue 15 item 6: on a damaged store the error named neither the store
// nor the right document: it blamed the document being written when the
// damage was hit ("b.txt: database disk image is malformed"), and the
// documents left unstored were not said. Every page of a real store is
// damaged in turn; every error must name the store, must not put a
// document name where the culprit goes, and an ingest that fails must
// name the documents it did not store.
func TestCorruptStoreErrors(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	base := filepath.Join(dir, "base.db")
	docs := loadCorpus(t)
	st, err := store.Open(ctx, base)
	if err != nil {
		t.Fatal(err)
	}
	in := st.NewIngester(ctx, store.IngestOptions{})
	in.Add(docs[0])
	if _, err := in.Close(); err != nil {
		t.Fatal(err)
	}
	if err := st.Checkpoint(ctx); err != nil {
		t.Fatal(err)
	}
	st.Close()
	raw, err := os.ReadFile(base)
	if err != nil {
		t.Fatal(err)
	}
	const pageSize = 4096
	later := docs[1:3] // two documents written into the damaged store
	var names []string
	for _, r := range later {
		names = append(names, r.Doc.ID)
	}
	// "STORE: DOC: ..." puts a document where the culprit goes.
	blame := regexp.MustCompile(`: (` + regexp.QuoteMeta(names[0]) + `|` + regexp.QuoteMeta(names[1]) + `): `)
	sawIngestErr := false
	for page := 1; page*pageSize < len(raw); page++ {
		b := append([]byte(nil), raw...)
		copy(b[page*pageSize:], "\x0d\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff")
		p := filepath.Join(dir, "damaged.db")
		os.Remove(p + "-wal")
		os.Remove(p + "-shm")
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		check := func(what string, err error) {
			t.Helper()
			if err == nil {
				return
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, p+": ") {
				t.Errorf("page %d, %s: %q does not start with the store's path", page, what, msg)
			}
			if blame.MatchString(msg) {
				t.Errorf("page %d, %s: %q blames a document for the store's damage", page, what, msg)
			}
		}
		st, err := store.Open(ctx, p)
		check("open", err)
		if err != nil {
			continue
		}
		for _, r := range later {
			_, err := st.Has(ctx, store.Hash(r.Doc))
			check("has", err)
		}
		in := st.NewIngester(ctx, store.IngestOptions{})
		for _, r := range later {
			in.Add(r)
		}
		_, err = in.Close()
		check("ingest", err)
		if err != nil {
			sawIngestErr = true
			for _, n := range names {
				if !strings.Contains(err.Error(), n) {
					t.Errorf("page %d, ingest: %q does not name %s, which was not stored", page, err, n)
				}
			}
		}
		_, err = st.Counts(ctx)
		check("counts", err)
		_, err = st.IntegrityCheck(ctx)
		check("integrity check", err)
		_, _, err = st.Timeline(ctx, store.Filter{})
		check("timeline", err)
		_, err = st.Graph(ctx)
		check("graph", err)
		st.Close()
	}
	if !sawIngestErr {
		t.Fatal("no damaged page made an ingest fail: the test checks nothing")
	}
}
