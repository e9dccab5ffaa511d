package main

import (
	"bytes"
	"context"
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
			var errb bytes.Buffer
			if code := run([]string{"timeline", "--entity", "Putin", example}, strings.NewReader(""), &bytes.Buffer{}, &errb); code != 2 {
				t.Errorf("--entity without --db: exit %d, want 2", code)
			}
		})
	}
}
