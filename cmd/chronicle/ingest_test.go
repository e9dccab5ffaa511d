package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/internal/store"
	"github.com/chronicle-news/chronicle/internal/store/storetest"
)

// genCorpus writes n short articles of our own, each different.
func genCorpus(t *testing.T, n int) string {
	dir := t.TempDir()
	people := []string{"Vladimir Putin", "Shinzo Abe", "Angela Merkel", "Emmanuel Macron", "Justin Trudeau", "Moon Jae-in"}
	places := []string{"Danang", "Tokyo", "Berlin", "Paris", "Ottawa", "Seoul", "Moscow"}
	for i := 0; i < n; i++ {
		a, b := people[i%len(people)], people[(i/len(people)+i+1)%len(people)]
		if a == b {
			b = people[(i+2)%len(people)]
		}
		p := places[(i/3)%len(places)]
		day := 1 + i%28
		text := fmt.Sprintf("March %d, 2018\n\n%s met %s in %s on Friday, officials said in report number %d.\n"+
			"The two leaders agreed to meet again in May.\n", day, a, b, p, i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("gen-%04d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func buildChronicle(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "chronicle")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// A kill -9 in the middle of an ingest loses at most the batch in flight:
// the store opens, passes its integrity check, and a second ingest ends
// with every document exactly once.
func TestIngestKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and ingests 300 documents")
	}
	const n = 300
	bin := buildChronicle(t)
	corpus := genCorpus(t, n)
	for _, be := range storetest.Backends(t) {
		t.Run(be.Name, func(t *testing.T) {
			be.Require(t)
			ctx := context.Background()
			// Open (and so create) the store first: the polls below then
			// only read, beside the writer.
			st, err := store.Open(ctx, be.DSN)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			cmd := exec.Command(bin, "ingest", "-q", "--batch", "10", "--workers", "2", corpus, "--db", be.DSN)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			// Wait for the first commits, then kill.
			committed := 0
			deadline := time.Now().Add(2 * time.Minute)
			for time.Now().Before(deadline) {
				time.Sleep(10 * time.Millisecond)
				var docs int
				if err := st.DB().QueryRowContext(ctx, `SELECT COUNT(*) FROM documents`).Scan(&docs); err == nil && docs >= 10 {
					committed = docs
					break
				}
			}
			cmd.Process.Signal(syscall.SIGKILL)
			werr := cmd.Wait()
			if committed == 0 {
				t.Fatalf("no commit seen before the deadline (%v): %s", werr, stderr.String())
			}
			if committed >= n {
				t.Fatalf("the ingest finished (%d documents) before it could be killed", committed)
			}
			st.Close()
			st, err = store.Open(ctx, be.DSN)
			if err != nil {
				t.Fatalf("store after kill: %v", err)
			}
			defer st.Close()
			if ok, err := st.IntegrityCheck(ctx); err != nil || ok != "ok" {
				t.Fatalf("integrity_check after kill = %q, %v", ok, err)
			}
			after, _ := st.Counts(ctx)
			t.Logf("killed with %d documents committed (%d seen), of %d", after.Documents, committed, n)
			out, err := exec.Command(bin, "ingest", corpus, "--db", be.DSN).CombinedOutput()
			if err != nil {
				t.Fatalf("second ingest: %v\n%s", err, out)
			}
			want := fmt.Sprintf("%d documents added, %d already stored", n-after.Documents, after.Documents)
			if !strings.Contains(string(out), want) {
				t.Errorf("second ingest said %q, want %q", out, want)
			}
			if ok, err := st.IntegrityCheck(ctx); err != nil || ok != "ok" {
				t.Fatalf("integrity_check = %q, %v", ok, err)
			}
			var docs, distinct int
			if err := st.DB().QueryRow(`SELECT COUNT(*), COUNT(DISTINCT hash) FROM documents`).Scan(&docs, &distinct); err != nil {
				t.Fatal(err)
			}
			if docs != n || distinct != n {
				t.Fatalf("documents = %d (%d distinct), want %d exactly once", docs, distinct, n)
			}
			// Every document has its annotations: none was half written.
			var bare int
			if err := st.DB().QueryRow(`SELECT COUNT(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.document_id = d.id)`).Scan(&bare); err != nil {
				t.Fatal(err)
			}
			if bare != 0 {
				t.Errorf("%d documents without mentions", bare)
			}
		})
	}
}

// The CLI end to end: ingest twice, then timeline, graph and entities from
// the store, the same bytes both times.
func TestIngestCLI(t *testing.T) {
	example := filepath.Join("..", "..", "examples", "abe-putin-danang-2017.txt")
	for _, be := range storetest.Backends(t) {
		t.Run(be.Name, func(t *testing.T) {
			be.Require(t)
			query := func() string {
				var all strings.Builder
				for _, args := range [][]string{
					{"timeline", "--db", be.DSN, "--all"},
					{"timeline", "--db", be.DSN, "-f", "json", "--entity", "Putin"},
					{"timeline", "--db", be.DSN, "-f", "markdown", "--place", "Danang", "--from", "2017-11", "--to", "2017-11"},
					{"graph", "--db", be.DSN, "--entity", "Putin", "--depth", "1"},
					{"entities", "--db", be.DSN},
					{"entities", "--db", be.DSN, "-f", "json"},
				} {
					var out, errb bytes.Buffer
					if code := run(args, strings.NewReader(""), &out, &errb); code != 0 {
						t.Fatalf("%v: exit %d: %s", args, code, errb.String())
					}
					all.WriteString(out.String())
				}
				return all.String()
			}
			for i := 0; i < 2; i++ {
				var out, errb bytes.Buffer
				if code := run([]string{"ingest", example, "--db", be.DSN}, strings.NewReader(""), &out, &errb); code != 0 {
					t.Fatalf("ingest: exit %d: %s", code, errb.String())
				}
				if out.Len() != 0 {
					t.Errorf("ingest wrote to stdout: %q", out.String())
				}
			}
			a := query()
			b := query()
			if a != b {
				t.Fatal("the same store gave two different outputs")
			}
			for _, want := range []string{"Abe meets Putin in Danang", `"sources":[`, "Vladimir Putin", "person:vladimir-putin"} {
				if !strings.Contains(a, want) {
					t.Errorf("output lacks %q", want)
				}
			}
			// The same filter on the article itself selects the same events.
			summaries := func(args ...string) []string {
				var out, errb bytes.Buffer
				if code := run(append([]string{"timeline", "-f", "json", "--entity", "Putin", "--from", "2017-11"}, args...), strings.NewReader(""), &out, &errb); code != 0 {
					t.Fatalf("%v: exit %d: %s", args, code, errb.String())
				}
				var es struct{ Timeline []struct{ Summary string } }
				if err := json.Unmarshal(out.Bytes(), &es); err != nil {
					t.Fatal(err)
				}
				var s []string
				for _, e := range es.Timeline {
					s = append(s, e.Summary)
				}
				return s
			}
			if f, d := summaries(example), summaries("--db", be.DSN); strings.Join(f, "|") != strings.Join(d, "|") || len(f) == 0 {
				t.Errorf("--entity Putin --from 2017-11: files %q, store %q", f, d)
			}
			// The entities of the article and of its store are the same list.
			var fromFiles, fromStore, errb bytes.Buffer
			if code := run([]string{"entities", "-q", "-f", "json", example}, strings.NewReader(""), &fromFiles, &errb); code != 0 {
				t.Fatalf("entities on files: exit %d: %s", code, errb.String())
			}
			if code := run([]string{"entities", "--db", be.DSN, "-f", "json"}, strings.NewReader(""), &fromStore, &errb); code != 0 {
				t.Fatalf("entities --db: exit %d: %s", code, errb.String())
			}
			if fromFiles.String() != fromStore.String() || !strings.Contains(fromFiles.String(), `"person:vladimir-putin"`) {
				t.Errorf("entities differ:\nfiles %s\nstore %s", fromFiles.String(), fromStore.String())
			}
		})
	}
}

// A JSON Lines file with a NUL record among good ones: every record is
// stored (the NUL as a space), on both back ends, and a re-run adds
// nothing. PostgreSQL used to refuse the record and its whole batch, on
// every run.
func TestIngestNULRecordCLI(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "wire.jsonl")
	jsonl := `{"id":"good-1","date":"2018-03-01","text":"Vladimir Putin met Shinzo Abe in Tokyo on Friday, officials said."}
{"id":"bad-nul","date":"2018-03-02","title":"Bad\u0000title","text":"Angela Merkel met\u0000Emmanuel Macron in Paris on Friday.\u0001 They agreed to meet again in May."}
{"id":"good-2","date":"2018-03-03","text":"Justin Trudeau visited Seoul on Monday and met Moon Jae-in."}
`
	if err := os.WriteFile(in, []byte(jsonl), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, be := range storetest.Backends(t) {
		t.Run(be.Name, func(t *testing.T) {
			be.Require(t)
			for i, want := range []string{": 3 documents added, 0 already stored", ": 0 documents added, 3 already stored"} {
				_, errOut, code := chronicle(t, "", "ingest", in, "--db", be.DSN)
				if code != 0 || !strings.Contains(errOut, want) {
					t.Fatalf("run %d: exit %d, stderr %q; want %q", i+1, code, errOut, want)
				}
			}
			out, errOut, code := chronicle(t, "", "timeline", "--db", be.DSN, "--entity", "Angela Merkel")
			if code != 0 || !strings.Contains(out, "Paris") {
				t.Errorf("timeline of the NUL record: exit %d\n%s%s", code, out, errOut)
			}
		})
	}
}

// A document the database refuses is named with the database's reason, the
// others are stored, and the exit code is 1.
func TestIngestRejectedCLI(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "store.db")
	in := filepath.Join(dir, "wire.jsonl")
	jsonl := `{"id":"good-1","date":"2018-03-01","text":"Vladimir Putin met Shinzo Abe in Tokyo on Friday, officials said."}
{"id":"poison","date":"2018-03-02","text":"Angela Merkel met Emmanuel Macron in Paris on Friday."}
{"id":"good-2","date":"2018-03-03","text":"Justin Trudeau visited Seoul on Monday and met Moon Jae-in."}
`
	if err := os.WriteFile(in, []byte(jsonl), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, errOut, code := chronicle(t, "", "ingest", filepath.Join("..", "..", "examples", "abe-putin-danang-2017.txt"), "--db", db); code != 0 {
		t.Fatalf("creating the store: %s", errOut)
	}
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	raw, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	if _, err := raw.Exec(`CREATE TRIGGER test_poison BEFORE INSERT ON documents WHEN NEW.name = 'poison'
BEGIN SELECT RAISE(ABORT, 'refused by a test trigger'); END`); err != nil {
		t.Fatal(err)
	}
	for run := 1; run <= 2; run++ {
		_, errOut, code := chronicle(t, "", "ingest", in, "--db", db)
		if code != 1 || !strings.Contains(errOut, "wire.jsonl: poison: not stored in "+db+": ") ||
			!strings.Contains(errOut, "refused by a test trigger") || !strings.Contains(errOut, "1 refused by the database") {
			t.Fatalf("run %d: exit %d, stderr %q", run, code, errOut)
		}
		want := ": 2 documents added, 0 already stored"
		if run == 2 {
			want = ": 0 documents added, 2 already stored"
		}
		if !strings.Contains(errOut, want) {
			t.Errorf("run %d: stderr %q, want %q", run, errOut, want)
		}
	}
}

// Two articles reporting the same meeting give the same timeline and the
// same entities from the files as from their store: one item with both
// reports, "Putin" of the second article as Vladimir Putin of the first.
func TestFilesAndStoreAgree(t *testing.T) {
	example := filepath.Join("..", "..", "examples", "abe-putin-danang-2017.txt")
	second := filepath.Join(t.TempDir(), "danang-followup.txt")
	if err := os.WriteFile(second, []byte("Putin and Abe meet again\n\nNovember 11, 2017\n\n"+
		"Japanese Prime Minister Shinzo Abe met Russian President Vladimir Putin on Friday in Danang, Vietnam. "+
		"Putin said the talks were useful.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := func(args ...string) string { return runOK(t, args...) }
	for _, be := range storetest.Backends(t) {
		t.Run(be.Name, func(t *testing.T) {
			be.Require(t)
			out("ingest", "-q", "--db", be.DSN, example, second)
			for _, q := range [][]string{
				{"timeline", "-f", "json"},
				{"timeline"},
				{"timeline", "-f", "json", "--entity", "Putin"},
				{"entities", "-f", "json"},
				{"entities"},
				{"graph", "-f", "json"},
				{"graph", "-f", "dot"},
				{"graph", "-f", "graphml"},
				{"graph", "-f", "json", "--entity", "Abe"},
			} {
				files := out(append(append([]string{q[0], "-q"}, q[1:]...), example, second)...)
				store := out(append(append([]string{q[0]}, q[1:]...), "--db", be.DSN)...)
				if files != store {
					t.Errorf("%v: files and store differ:\nfiles\n%s\nstore\n%s", q, files, store)
				}
			}
			if tl := out("timeline", "-q", example, second); !strings.Contains(tl, "(also danang-followup.txt") {
				t.Errorf("the second report of the Danang meeting is not merged:\n%s", tl)
			}
		})
	}
}

// Two events without a briefing kind, on the same day with the same party,
// are two items across articles ("found guilty", "acquitted": the lemma is
// in their key), each with its report in the other article; a meeting
// merges whether "met" or "a meeting" tells it. Files and the store agree.
func TestNoKindEventsKeepApart(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"a.txt": "Holmes verdict reached\n\nJanuary 4, 2022\n\n" +
			"Elizabeth Holmes was found guilty on Monday of defrauding investors in her blood-testing start-up. " +
			"Jurors acquitted Holmes on Monday of defrauding patients. Holmes met prosecutors in San Jose on Monday.\n",
		"b.txt": "Jury returns mixed verdict\n\nJanuary 5, 2022\n\n" +
			"Jurors acquitted Elizabeth Holmes on Monday of four counts of fraud against patients. " +
			"Holmes was found guilty on Monday of four other counts. Holmes had a meeting with prosecutors in San Jose on Monday.\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := func(args ...string) string { return runOK(t, args...) }
	var tl struct {
		Timeline []struct {
			Date, Summary string
			Sources       []struct{ Doc string }
		}
	}
	files := out("timeline", "-q", "-f", "json", dir)
	if err := json.Unmarshal([]byte(files), &tl); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range tl.Timeline {
		var docs []string
		for _, s := range it.Sources {
			docs = append(docs, s.Doc)
		}
		got = append(got, it.Date+" "+it.Summary+" ["+strings.Join(docs, " ")+"]")
	}
	want := []string{
		"2022-01-03 Holmes found guilty [a.txt b.txt]",
		"2022-01-03 Jurors acquit Holmes [a.txt b.txt]",
		"2022-01-03 Holmes meets prosecutors in San Jose [a.txt b.txt]",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("items:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, be := range storetest.Backends(t) {
		t.Run(be.Name, func(t *testing.T) {
			be.Require(t)
			out("ingest", "-q", "--db", be.DSN, dir)
			for _, q := range [][]string{{"timeline", "-f", "json"}, {"timeline"}, {"graph", "-f", "json"}} {
				f := out(append(append([]string{q[0], "-q"}, q[1:]...), dir)...)
				if s := out(append(append([]string{q[0]}, q[1:]...), "--db", be.DSN)...); s != f {
					t.Errorf("%v: files and store differ:\nfiles\n%s\nstore\n%s", q, f, s)
				}
			}
		})
	}
}

// A name two people go by joins neither, from files and from a store
// ingested in one batch, whichever article comes first: "Abe" alone in
// b.txt stays its own entity once a.txt's Shinzo Abe and c.txt's Akie Abe
// both go by it.
func TestAmbiguousAliasAgree(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"a.txt": "November 10, 2017\n\nJapanese Prime Minister Shinzo Abe met reporters in Tokyo on Friday. Abe said little.\n",
		"b.txt": "November 11, 2017\n\nAbe spoke in Osaka on Saturday.\n",
		"c.txt": "November 12, 2017\n\nAkie Abe opened a school in Kyoto on Sunday. Abe thanked the teachers.\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := func(args ...string) string { return runOK(t, args...) }
	files := out("entities", "-q", "-f", "json", dir)
	for _, be := range storetest.Backends(t) {
		t.Run(be.Name, func(t *testing.T) {
			be.Require(t)
			out("ingest", "-q", "--db", be.DSN, dir)
			if store := out("entities", "-f", "json", "--db", be.DSN); store != files {
				t.Errorf("files and store differ:\nfiles\n%s\nstore\n%s", files, store)
			}
		})
	}
	if !strings.Contains(files, `"key":"person:abe"`) {
		t.Errorf("b.txt's Abe joined one of the two people who go by Abe:\n%s", files)
	}
}

// runOK runs the command line and returns its standard output; an exit
// code other than 0 fails the test.
func runOK(t *testing.T, args ...string) string {
	t.Helper()
	var o, e bytes.Buffer
	if code := run(args, strings.NewReader(""), &o, &e); code != 0 {
		t.Fatalf("%v: exit %d: %s", args, code, e.String())
	}
	return o.String()
}
