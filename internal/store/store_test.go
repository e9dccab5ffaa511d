package store_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/graph"
	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/internal/store"
	"github.com/chronicle-news/chronicle/internal/store/storetest"
)

// Articles written for these tests.
var fixtures = map[string]string{
	"danang-a.txt": `November 10, 2017

Russian President Vladimir Putin met Japanese Prime Minister Shinzo Abe in Danang on Friday.
Putin told reporters that the talks had been useful.
Abe plans to visit Moscow in May.
`,
	"danang-b.txt": `November 11, 2017

President Putin and Prime Minister Abe met in Danang on Friday, officials said.
Prime Minister Abe will travel to Russia in May, the foreign ministry said.
`,
	"berlin-c.txt": `March 3, 2018

German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Saturday.
Merkel said the two leaders agreed on a plan for the euro zone.
`,
}

func read(t testing.TB, name, text string) *pipeline.Result {
	t.Helper()
	docs, err := document.ReadReader(name, strings.NewReader(text), document.Options{})
	if err != nil || len(docs) != 1 {
		t.Fatalf("%s: %v", name, err)
	}
	r := pipeline.Process(docs[0])
	r.Compact()
	return r
}

var (
	corpusOnce sync.Once
	corpus     []*pipeline.Result // fixtures, the bundled example, the seed when present
)

func loadCorpus(t testing.TB) []*pipeline.Result {
	corpusOnce.Do(func() {
		for _, n := range []string{"berlin-c.txt", "danang-a.txt", "danang-b.txt"} {
			corpus = append(corpus, read(t, n, fixtures[n]))
		}
		files := []string{filepath.Join("..", "..", "examples", "abe-putin-danang-2017.txt")}
		seed := filepath.Join("..", "..", "..", "shared", "corpus", "seed", "japan-russia-2017-11-10.txt")
		if _, err := os.Stat(seed); err == nil {
			files = append(files, seed)
		} else {
			t.Logf("../shared not present: the seed article is left out (%v)", err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			corpus = append(corpus, read(t, filepath.Base(f), string(b)))
		}
	})
	return corpus
}

func open(t testing.TB, dsn string) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func ingest(t testing.TB, st *store.Store, batch int, rs ...*pipeline.Result) store.IngestStats {
	t.Helper()
	in := st.NewIngester(context.Background(), store.IngestOptions{BatchSize: batch})
	for _, r := range rs {
		if err := in.Add(r); err != nil {
			t.Fatal(err)
		}
	}
	stats, err := in.Close()
	if err != nil {
		t.Fatal(err)
	}
	return stats
}

// snapshot is everything the queries show, as text.
func snapshot(t testing.TB, st *store.Store) string {
	t.Helper()
	ctx := context.Background()
	var b strings.Builder
	dated, undated, err := st.Timeline(ctx, store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range append(dated, undated...) {
		fmt.Fprintf(&b, "%s|%s|%s|%s|%v|%v|%s|%+v\n", e.Date, e.Class, e.Modality, e.Summary, e.Actors, e.Places, e.Key, e.Sources)
	}
	ents, err := st.Entities(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		e.ID = 0
		fmt.Fprintf(&b, "%+v\n", e)
	}
	g, err := st.Graph(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range g.Nodes() {
		fmt.Fprintf(&b, "%s %s %v %d\n", n.ID, n.Name, n.Sources, n.Mentions)
	}
	for _, e := range g.Edges() {
		fmt.Fprintf(&b, "%s -> %s %s %v %d\n", e.From, e.To, e.Kind, e.Roles, len(e.Provenance))
	}
	return b.String()
}

func TestIngestTwiceChangesNothing(t *testing.T) {
	rs := loadCorpus(t)
	for _, be := range storetest.Backends(t) {
		t.Run(be.Name, func(t *testing.T) {
			be.Require(t)
			ctx := context.Background()
			st := open(t, be.DSN)
			if s := ingest(t, st, 2, rs...); s.Added != len(rs) || s.Known != 0 {
				t.Fatalf("first ingest: %+v, want %d added", s, len(rs))
			}
			c1, err := st.Counts(ctx)
			if err != nil {
				t.Fatal(err)
			}
			snap1 := snapshot(t, st)
			if s := ingest(t, st, 2, rs...); s.Added != 0 || s.Known != len(rs) {
				t.Fatalf("second ingest: %+v, want all %d known", s, len(rs))
			}
			c2, _ := st.Counts(ctx)
			if c1 != c2 {
				t.Fatalf("counts changed on re-ingest:\n%+v\n%+v", c1, c2)
			}
			if c1.Documents != len(rs) {
				t.Fatalf("documents = %d, want %d", c1.Documents, len(rs))
			}
			if snap2 := snapshot(t, st); snap1 != snap2 {
				t.Fatalf("queries changed on re-ingest:\n%s\n----\n%s", snap1, snap2)
			}
			// A second handle (another process) sees the same.
			if snap3 := snapshot(t, open(t, be.DSN)); snap1 != snap3 {
				t.Fatal("a new connection sees other query results")
			}
			checkMerged(t, st, rs)
		})
	}
}

// checkMerged: one entity per type and name, Putin once with every document
// that names him as a source, every event with its sources.
func checkMerged(t *testing.T, st *store.Store, rs []*pipeline.Result) {
	ctx := context.Background()
	ents, err := st.Entities(ctx)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, e := range ents {
		k := e.Type + "|" + strings.ToLower(e.Name)
		if seen[k] {
			t.Errorf("entity %s %q stored twice", e.Type, e.Name)
		}
		seen[k] = true
	}
	all, err := st.Corpus().Entities(ctx)
	if err != nil {
		t.Fatal(err)
	}
	found := graph.FindEntities(all, "Putin")
	if len(found) != 1 {
		t.Fatalf("FindEntities(Putin) = %+v; want one entity", found)
	}
	putin := found[0]
	var want []string
	for _, r := range rs {
		if strings.Contains(r.Doc.Text, "Putin") {
			want = append(want, r.Doc.ID)
		}
	}
	g, err := st.Graph(ctx)
	if err != nil {
		t.Fatal(err)
	}
	n := g.Node(putin.Key)
	if n == nil {
		t.Fatalf("no graph node %s", putin.Key)
	}
	for _, d := range want {
		if !contains(n.Sources, d) {
			t.Errorf("Putin node sources %v lack %s", n.Sources, d)
		}
	}
	if putin.Documents != len(want) {
		t.Errorf("Putin in %d documents, want %d (%v)", putin.Documents, len(want), want)
	}
	dated, undated, err := st.Timeline(ctx, store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	multi := 0
	for _, e := range append(dated, undated...) {
		if len(e.Sources) == 0 || e.Sources[0] != e.Source {
			t.Errorf("event %s: sources %+v, own source %+v", e.Key, e.Sources, e.Source)
		}
		docs := map[string]bool{}
		for _, s := range e.Sources {
			docs[s.Doc] = true
		}
		if len(docs) > 1 {
			multi++
		}
	}
	if multi == 0 {
		t.Error("no event merged across documents")
	}
	for _, nd := range g.Nodes() {
		if len(nd.Sources) == 0 && nd.Kind != "place" {
			t.Errorf("node %s has no source", nd.ID)
		}
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// The queries show the same whatever order the documents came in, one per
// transaction or all in one.
func TestOrderIndependent(t *testing.T) {
	rs := loadCorpus(t)
	rev := make([]*pipeline.Result, len(rs))
	for i, r := range rs {
		rev[len(rs)-1-i] = r
	}
	for _, be := range storetest.Backends(t) {
		t.Run(be.Name, func(t *testing.T) {
			be.Require(t)
			a := open(t, be.DSN)
			ingest(t, a, 1, rs...)
			var dsn2 string
			if be.Name == "sqlite" {
				dsn2 = filepath.Join(t.TempDir(), "b.db")
			} else {
				dsn2 = storetest.Postgres(t)
			}
			b := open(t, dsn2)
			ingest(t, b, 100, rev...)
			sa, sb := snapshot(t, a), snapshot(t, b)
			if sa != sb {
				t.Fatalf("ingest order changed the store:\n%s\n----\n%s", diff(sa, sb), "")
			}
		})
	}
}

func diff(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	var out []string
	for i := 0; i < max(len(la), len(lb)); i++ {
		var x, y string
		if i < len(la) {
			x = la[i]
		}
		if i < len(lb) {
			y = lb[i]
		}
		if x != y {
			out = append(out, "- "+x, "+ "+y)
		}
		if len(out) > 20 {
			break
		}
	}
	return strings.Join(out, "\n")
}

// Several writers at once (separate connections, as separate processes
// would be) store every document exactly once.
func TestConcurrentIngest(t *testing.T) {
	rs := loadCorpus(t)
	for _, be := range storetest.Backends(t) {
		t.Run(be.Name, func(t *testing.T) {
			be.Require(t)
			open(t, be.DSN) // migrate once, so the writers race on data only
			var wg sync.WaitGroup
			errs := make(chan error, 3)
			for w := 0; w < 3; w++ {
				wg.Add(1)
				go func(w int) {
					defer wg.Done()
					st, err := store.Open(context.Background(), be.DSN)
					if err != nil {
						errs <- err
						return
					}
					defer st.Close()
					in := st.NewIngester(context.Background(), store.IngestOptions{BatchSize: 1 + w})
					for i := range rs {
						if err := in.Add(rs[(i+w)%len(rs)]); err != nil {
							errs <- err
							return
						}
					}
					if _, err := in.Close(); err != nil {
						errs <- err
					}
				}(w)
			}
			wg.Wait()
			close(errs)
			for err := range errs {
				t.Fatal(err)
			}
			st := open(t, be.DSN)
			c, err := st.Counts(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if c.Documents != len(rs) {
				t.Fatalf("documents = %d, want %d", c.Documents, len(rs))
			}
			checkMerged(t, st, rs)
		})
	}
}

func TestQueries(t *testing.T) {
	rs := loadCorpus(t)
	for _, be := range storetest.Backends(t) {
		t.Run(be.Name, func(t *testing.T) {
			be.Require(t)
			ctx := context.Background()
			st := open(t, be.DSN)
			ingest(t, st, 100, rs...)
			var version int
			if err := st.DB().QueryRow(`SELECT MAX(version) FROM schema_version`).Scan(&version); err != nil || version != store.SchemaVersion() {
				t.Errorf("schema_version = %d, %v; want %d", version, err, store.SchemaVersion())
			}
			if _, _, err := st.Timeline(ctx, store.Filter{Entity: "Nobody Atall"}); err == nil {
				t.Error("unknown --entity: no error")
			}
			merkel, _, err := st.Timeline(ctx, store.Filter{Entity: "Merkel"})
			if err != nil {
				t.Fatal(err)
			}
			if len(merkel) == 0 {
				t.Fatal("no event of Merkel")
			}
			for _, e := range merkel {
				if !contains(e.Actors, "Angela Merkel") && !contains(e.Places, "Angela Merkel") {
					t.Errorf("--entity Merkel gave %+v", e.Entry)
				}
			}
			from := time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC)
			win, undated, err := st.Timeline(ctx, store.Filter{From: from})
			if err != nil {
				t.Fatal(err)
			}
			if len(undated) != 0 {
				t.Error("a time window listed undated events")
			}
			for _, e := range win {
				if !e.Interval.End.After(from) {
					t.Errorf("--from 2018 gave %s", e.Date)
				}
			}
			all, _, _ := st.Timeline(ctx, store.Filter{})
			if len(win) == 0 || len(win) >= len(all) {
				t.Errorf("--from 2018: %d of %d events", len(win), len(all))
			}
			danang, _, err := st.Timeline(ctx, store.Filter{Place: "Danang"})
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range danang {
				if !contains(e.Places, "Danang") {
					t.Errorf("--place Danang gave %+v", e.Entry)
				}
			}
			if len(danang) == 0 {
				t.Error("no event in Danang")
			}
		})
	}
}

func TestSplitSQLAndHash(t *testing.T) {
	d1 := &document.Document{Text: "same"}
	d2 := &document.Document{Text: "same", ID: "other"}
	if store.Hash(d1) != store.Hash(d2) || store.Hash(d1) == store.Hash(&document.Document{Text: "Same"}) {
		t.Error("the hash is of the text only")
	}
	if !reflect.DeepEqual(store.IsPostgres("postgres://x"), true) || store.IsPostgres("x.db") {
		t.Error("IsPostgres")
	}
}

// TestSize: an empty store has a size, ingesting makes it grow, and after a
// checkpoint SQLite's log is empty and the size is the database file's.
func TestSize(t *testing.T) {
	ctx := context.Background()
	for _, be := range storetest.Backends(t) {
		t.Run(be.Name, func(t *testing.T) {
			be.Require(t)
			st := open(t, be.DSN)
			// Both sizes after a checkpoint: before one, SQLite's -wal holds
			// the schema too and the empty store can look the bigger.
			if err := st.Checkpoint(ctx); err != nil {
				t.Fatal(err)
			}
			empty, err := st.Size(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if empty <= 0 {
				t.Fatalf("empty store: size %d, want > 0 (the schema's tables)", empty)
			}
			// Enough text to outgrow the pages the schema left free, with
			// or without ../shared's seed: the corpus and copies of the
			// bundled example, each with a line of its own.
			docs := loadCorpus(t)
			ex, err := os.ReadFile(filepath.Join("..", "..", "examples", "abe-putin-danang-2017.txt"))
			if err != nil {
				t.Fatal(err)
			}
			for i := range 12 {
				docs = append(docs, read(t, fmt.Sprintf("copy-%02d.txt", i), string(ex)+fmt.Sprintf("\nEdited by desk %d.\n", i)))
			}
			ingest(t, st, 10, docs...)
			if err := st.Checkpoint(ctx); err != nil {
				t.Fatal(err)
			}
			full, err := st.Size(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if full <= empty {
				t.Errorf("size after ingest %d, want more than the empty store's %d", full, empty)
			}
			if st.Dialect() == store.SQLite {
				fi, err := os.Stat(be.DSN)
				if err != nil {
					t.Fatal(err)
				}
				wal, err := os.Stat(be.DSN + "-wal")
				if err == nil && wal.Size() != 0 {
					t.Errorf("-wal holds %d bytes after a checkpoint, want 0", wal.Size())
				}
				if full < fi.Size() {
					t.Errorf("size %d is less than the database file's %d", full, fi.Size())
				}
			}
		})
	}
}

// A store made by schema 1 (one container per entity, no entity_places)
// keeps its places on upgrade: migration 2 backfills entity_places from it.
// Its events go first: a store with events from before schema 3 is refused
// (TestOldEventKeysRefused); the places come from entities and mentions.
func TestUpgradeKeepsContainers(t *testing.T) {
	ctx := context.Background()
	for _, be := range storetest.Backends(t) {
		t.Run(be.Name, func(t *testing.T) {
			be.Require(t)
			st := open(t, be.DSN)
			ingest(t, st, 10, loadCorpus(t)...)
			before, err := st.Entities(ctx)
			if err != nil {
				t.Fatal(err)
			}
			// Back to schema 1: the table gone, its version row too.
			for _, q := range []string{`DELETE FROM event_places`, `DELETE FROM participants`, `DELETE FROM event_sources`, `DELETE FROM events`,
				`ALTER TABLE events DROP COLUMN lemma`, `DROP TABLE entity_places`, `ALTER TABLE event_sources DROP COLUMN mentions`,
				`DELETE FROM schema_version WHERE version >= 2`} {
				if _, err := st.DB().ExecContext(ctx, q); err != nil {
					t.Fatal(err)
				}
			}
			st.Close()
			st = open(t, be.DSN) // migrates
			after, err := st.Entities(ctx)
			if err != nil {
				t.Fatal(err)
			}
			placed := 0
			for i := range before {
				if before[i].Container == "" {
					continue
				}
				placed++
				if i >= len(after) || after[i].Key != before[i].Key || after[i].Container != before[i].Container {
					t.Errorf("%s: container %q before the upgrade, after: %+v", before[i].Key, before[i].Container, after[min(i, len(after)-1)])
				}
			}
			if placed == 0 {
				t.Fatal("no entity has a container: the test proves nothing")
			}
		})
	}
}

// toSchema2 takes a store back to schema 2: no lemma column, no version 3.
func toSchema2(t *testing.T, st *store.Store) {
	t.Helper()
	for _, q := range []string{`ALTER TABLE events DROP COLUMN lemma`, `DELETE FROM schema_version WHERE version >= 3`} {
		if _, err := st.DB().ExecContext(context.Background(), q); err != nil {
			t.Fatal(err)
		}
	}
}

// A store whose events were merged under schema 2's event key (no lemma)
// is refused with a clear error, by ingest and by queries, and left as it
// was, rather than upgraded into a mix of two keys; so is one of schema 1
// (not even migration 2 runs); an empty schema-2 store upgrades.
func TestOldEventKeysRefused(t *testing.T) {
	ctx := context.Background()
	for _, be := range storetest.Backends(t) {
		t.Run(be.Name, func(t *testing.T) {
			be.Require(t)
			st := open(t, be.DSN)
			ingest(t, st, 10, loadCorpus(t)...)
			toSchema2(t, st)
			st.Close()
			for name, op := range map[string]func(context.Context, string) (*store.Store, error){"Open": store.Open, "OpenReadOnly": store.OpenReadOnly} {
				s, err := op(ctx, be.DSN)
				if err == nil {
					s.Close()
					t.Fatalf("%s: a schema-2 store with events opened", name)
				}
				if !errors.Is(err, store.ErrOldKeys) || !strings.Contains(err.Error(), "new store") || !strings.Contains(err.Error(), "schema 2") {
					t.Errorf("%s: %v", name, err)
				}
			}
			db, err := sql.Open(map[bool]string{true: "pgx", false: "sqlite"}[store.IsPostgres(be.DSN)], be.DSN)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			var version int
			if err := db.QueryRow(`SELECT MAX(version) FROM schema_version`).Scan(&version); err != nil || version != 2 {
				t.Errorf("after the refusals: schema %d, %v; want 2, untouched", version, err)
			}
			// Schema 1: migration 2 would run before 3 refuses; it does not.
			for _, q := range []string{`DROP TABLE entity_places`, `ALTER TABLE event_sources DROP COLUMN mentions`, `DELETE FROM schema_version WHERE version = 2`} {
				if _, err := db.Exec(q); err != nil {
					t.Fatal(err)
				}
			}
			if s, err := store.Open(ctx, be.DSN); !errors.Is(err, store.ErrOldKeys) || !strings.Contains(err.Error(), "schema 1") {
				if err == nil {
					s.Close()
				}
				t.Errorf("schema 1: %v", err)
			}
			if err := db.QueryRow(`SELECT MAX(version) FROM schema_version`).Scan(&version); err != nil || version != 1 {
				t.Errorf("after the refusal: schema %d, %v; want 1, untouched", version, err)
			}
		})
	}
	for _, be := range storetest.Backends(t) {
		t.Run("empty-"+be.Name, func(t *testing.T) {
			be.Require(t)
			st := open(t, be.DSN)
			toSchema2(t, st)
			st.Close()
			st = open(t, be.DSN) // migrates: nothing to re-key
			var version int
			if err := st.DB().QueryRow(`SELECT MAX(version) FROM schema_version`).Scan(&version); err != nil || version != store.SchemaVersion() {
				t.Fatalf("schema %d, %v; want %d", version, err, store.SchemaVersion())
			}
			if stats := ingest(t, st, 10, loadCorpus(t)...); stats.Added == 0 {
				t.Errorf("nothing ingested after the upgrade: %+v", stats)
			}
		})
	}
}
