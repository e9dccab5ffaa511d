package store_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/internal/store"
	"github.com/chronicle-news/chronicle/internal/store/storetest"
)

// nulJSONL has a record with NUL (and other control characters) in its
// text, title and id among good ones: PostgreSQL refused it and with it
// its whole batch, on every run.
const nulJSONL = `{"id":"good-1","date":"2018-03-01","title":"Talks","text":"Vladimir Putin met Shinzo Abe in Tokyo on Friday, officials said."}
{"id":"good-2","date":"2018-03-02","title":"Berlin","text":"German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Saturday."}
{"id":"bad\u0000nul","date":"2018-03-03","title":"Bad\u0000title","text":"Vladimir Putin met\u0000Angela Merkel in Paris\u0001 on Monday.\u001b They agreed to meet again in May."}
{"id":"good-3","date":"2018-03-04","title":"Seoul","text":"Canadian Prime Minister Justin Trudeau visited Seoul on Monday and met Moon Jae-in."}
{"id":"good-4","date":"2018-03-05","title":"Ottawa","text":"Emmanuel Macron visited Ottawa on Tuesday, the Elysee said."}
`

func readAll(t testing.TB, name, text string) []*pipeline.Result {
	t.Helper()
	docs, err := document.ReadReader(name, strings.NewReader(text), document.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var rs []*pipeline.Result
	for _, d := range docs {
		r := pipeline.Process(d)
		r.Compact()
		rs = append(rs, r)
	}
	return rs
}

func ingestOpt(t testing.TB, st *store.Store, batch int, rs []*pipeline.Result) (store.IngestStats, []store.Rejected) {
	t.Helper()
	var rejected []store.Rejected
	in := st.NewIngester(context.Background(), store.IngestOptions{BatchSize: batch, OnReject: func(r store.Rejected) {
		rejected = append(rejected, r)
	}})
	for _, r := range rs {
		if err := in.Add(r); err != nil {
			t.Fatal(err)
		}
	}
	stats, err := in.Close()
	if err != nil {
		t.Fatal(err)
	}
	return stats, rejected
}

func docNames(t testing.TB, st *store.Store) string {
	t.Helper()
	docs, err := st.Documents(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, d := range docs {
		names = append(names, d.Name+"="+d.Title)
	}
	return strings.Join(names, " ")
}

// The NUL record is stored like the others, on both back ends, with the
// same text (control characters replaced by spaces); a re-run adds nothing.
// A document made without the readers gets the same treatment in the store.
func TestIngestNULRecord(t *testing.T) {
	rs := readAll(t, "wire.jsonl", nulJSONL)
	if len(rs) != 5 {
		t.Fatalf("%d documents, want 5", len(rs))
	}
	// Not through a reader: raw NUL in text and title.
	raw := &document.Document{ID: "raw\x00doc", Path: "raw\xffpath", Title: "Raw\x00title", Format: "text",
		Text: "Shinzo Abe met\x00Moon Jae-in in Seoul on Friday.\x02 They talked for an hour."}
	rawResult := pipeline.Process(raw)
	rawResult.Compact()
	rs = append(rs, rawResult)
	for _, be := range storetest.Backends(t) {
		t.Run(be.Name, func(t *testing.T) {
			be.Require(t)
			st := open(t, be.DSN)
			s, rej := ingestOpt(t, st, 10, rs)
			if s.Added != len(rs) || s.Rejected != 0 || len(rej) != 0 {
				t.Fatalf("first ingest: %+v %v, want all %d added", s, rej, len(rs))
			}
			names := docNames(t, st)
			for _, want := range []string{"good-1=Talks", "bad nul=Bad title", "good-4=Ottawa", "raw doc=Raw title"} {
				if !strings.Contains(names, want) {
					t.Errorf("documents %s: no %s", names, want)
				}
			}
			snap := snapshot(t, st)
			if strings.ContainsAny(snap, "\x00\x01\x1b") {
				t.Errorf("a control character was stored")
			}
			if !strings.Contains(snap, "Paris") {
				t.Errorf("the NUL record's place is missing:\n%s", snap)
			}
			s, rej = ingestOpt(t, st, 10, rs)
			if s.Added != 0 || s.Known != len(rs) || len(rej) != 0 {
				t.Fatalf("re-run: %+v %v, want all %d known", s, rej, len(rs))
			}
			if snap2 := snapshot(t, st); snap2 != snap {
				t.Errorf("re-run changed the store:\n%s", diff(snap, snap2))
			}
		})
	}
}

// poison installs triggers that make the database refuse, as it refused
// NUL: the document named "poison" (at its row), and any mention of
// Justin Trudeau (at the mention rows, which are written at the end of a
// batch).
func poison(t *testing.T, be storetest.Backend) (remove func()) {
	t.Helper()
	var db *sql.DB
	var err error
	var install, drop []string
	if store.IsPostgres(be.DSN) {
		db, err = sql.Open("pgx", be.DSN)
		install = []string{
			`CREATE FUNCTION test_poison_doc() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.name = 'poison' THEN
		RAISE EXCEPTION USING ERRCODE = '22021', MESSAGE = 'invalid byte sequence for encoding "UTF8": 0x00 (test trigger)';
	END IF;
	RETURN NEW;
END $$`,
			`CREATE FUNCTION test_poison_mention() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.mention = 'Justin Trudeau' THEN
		RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'mention refused (test trigger)';
	END IF;
	RETURN NEW;
END $$`,
			`CREATE TRIGGER test_poison_doc BEFORE INSERT ON documents FOR EACH ROW EXECUTE FUNCTION test_poison_doc()`,
			`CREATE TRIGGER test_poison_mention BEFORE INSERT ON mentions FOR EACH ROW EXECUTE FUNCTION test_poison_mention()`,
		}
		drop = []string{`DROP TRIGGER test_poison_doc ON documents`, `DROP TRIGGER test_poison_mention ON mentions`,
			`DROP FUNCTION test_poison_doc()`, `DROP FUNCTION test_poison_mention()`}
	} else {
		db, err = sql.Open("sqlite", be.DSN)
		install = []string{
			`CREATE TRIGGER test_poison_doc BEFORE INSERT ON documents WHEN NEW.name = 'poison'
BEGIN SELECT RAISE(ABORT, 'invalid byte sequence for encoding "UTF8": 0x00 (test trigger)'); END`,
			`CREATE TRIGGER test_poison_mention BEFORE INSERT ON mentions WHEN NEW.mention = 'Justin Trudeau'
BEGIN SELECT RAISE(ABORT, 'mention refused (test trigger)'); END`,
		}
		drop = []string{`DROP TRIGGER test_poison_doc`, `DROP TRIGGER test_poison_mention`}
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	for _, q := range install {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	return func() {
		for _, q := range drop {
			if _, err := db.Exec(q); err != nil {
				t.Fatalf("%s: %v", q, err)
			}
		}
	}
}

// A document the database refuses is reported with its name and the
// database's reason and left out; the rest of its batch is stored, exactly
// as if the refused one had never been given (same query results, merges
// included); a re-run reports it again and adds nothing; once the
// database takes it, a re-run adds it.
func TestIngestRejectedDocumentIsolated(t *testing.T) {
	rs := readAll(t, "wire.jsonl", nulJSONL)
	poisoned := readAll(t, "poison.txt", "March 6, 2018\n\nVladimir Putin met Shinzo Abe in Moscow on Wednesday, officials said.\n")
	poisoned[0].Doc.ID = "poison"
	// good-3 mentions Justin Trudeau: refused at its mention rows.
	all := []*pipeline.Result{rs[0], rs[1], poisoned[0], rs[2], rs[3], rs[4]}
	good := []*pipeline.Result{rs[0], rs[1], rs[2], rs[4]}
	for _, be := range storetest.Backends(t) {
		t.Run(be.Name, func(t *testing.T) {
			be.Require(t)
			// The same back end, without the triggers, given only the good ones.
			refDSN := filepath.Join(t.TempDir(), "ref.db")
			if store.IsPostgres(be.DSN) {
				refDSN = storetest.Postgres(t)
			}
			ref := open(t, refDSN)
			ingestOpt(t, ref, 10, good)
			want := snapshot(t, ref)

			st := open(t, be.DSN)
			unpoison := poison(t, be)
			for _, batch := range []int{10, 2} {
				s, rej := ingestOpt(t, st, batch, all)
				var got []string
				for _, r := range rej {
					got = append(got, r.Name+": "+r.Err.Error())
				}
				if len(rej) != 2 || rej[0].Name != "poison" || !strings.Contains(rej[0].Err.Error(), "0x00") ||
					rej[1].Name != "good-3" || !strings.Contains(rej[1].Err.Error(), "mention refused") {
					t.Fatalf("batch %d: rejected %q, want poison (0x00) and good-3 (mention refused)", batch, got)
				}
				if rej[0].Path != "poison.txt" || rej[1].Path != "wire.jsonl" {
					t.Errorf("paths %q %q", rej[0].Path, rej[1].Path)
				}
				wantAdded := len(good)
				if batch == 2 { // the re-run: all stored before
					wantAdded = 0
				}
				if s.Added != wantAdded || s.Rejected != 2 || s.Known != len(good)-wantAdded {
					t.Errorf("batch %d: %+v", batch, s)
				}
				if got := snapshot(t, st); got != want {
					t.Fatalf("batch %d: the store differs from one given only the good documents:\n%s", batch, diff(want, got))
				}
			}
			// Once the database takes them, they go in.
			unpoison()
			s, rej := ingestOpt(t, st, 10, all)
			if s.Added != 2 || len(rej) != 0 {
				t.Fatalf("after the fix: %+v %v, want 2 added", s, rej)
			}
			if names := docNames(t, st); !strings.Contains(names, "poison=") || !strings.Contains(names, "good-3=") {
				t.Errorf("documents: %s", names)
			}
		})
	}
}
