package main

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/store"
	"github.com/chronicle-news/chronicle/internal/store/storetest"
)

// Generated documents all differ (past the 256 credit pairs too), keep the
// base text as their beginning, and extend a body that has spans.
func TestBenchIngestVariants(t *testing.T) {
	plain := &document.Document{ID: "a.txt", Format: "text", Text: "March 3, 2018\n\nMerkel met Macron in Berlin on Saturday.\n"}
	html := &document.Document{ID: "b.html", Format: "html", Text: "Print\nAbe met Putin in Danang on Friday.", Body: []document.Span{{Start: 6, End: 39}}}
	bases := []*document.Document{plain, html}
	seen := map[string]int{}
	for j := 0; j < 2*600; j++ {
		v := benchVariant(bases, j)
		base := bases[j%2]
		if !strings.HasPrefix(v.Text, base.Text) || !strings.Contains(v.Text[len(base.Text):], "(Reporting by ") {
			t.Fatalf("variant %d: %q does not extend its base with a credit line", j, v.Text)
		}
		if h := store.Hash(v); seen[h] != 0 {
			t.Fatalf("variants %d and %d have the same text %q", seen[h]-1, j, v.Text)
		} else {
			seen[h] = j + 1
		}
		if base.Body != nil {
			last := v.Body[len(v.Body)-1]
			if len(v.Body) != 2 || last.End != len(v.Text) || !strings.HasPrefix(v.Text[last.Start:], "(Reporting") {
				t.Fatalf("variant %d: body %v of %q", j, v.Body, v.Text)
			}
		} else if v.Body != nil {
			t.Fatalf("variant %d: body %v, want nil like its base", j, v.Body)
		}
	}
	if len(html.Body) != 1 || html.Text != "Print\nAbe met Putin in Danang on Friday." {
		t.Fatal("generating variants changed the base document")
	}
}

// bench --ingest stores the documents it generates, prints a line per
// --every documents and a last one, skips what the store holds, and
// --first adds new documents.
func TestBenchIngestCLI(t *testing.T) {
	dir := genCorpus(t, 3)
	ctx := context.Background()
	row := regexp.MustCompile(`(?m)^\s+(\d+)\s+\d+\.\d\s`)
	for _, be := range storetest.Backends(t) {
		t.Run(be.Name, func(t *testing.T) {
			be.Require(t)
			bench := func(args ...string) string {
				t.Helper()
				var out, errb bytes.Buffer
				args = append([]string{"bench", "--ingest", "--db", be.DSN, "--every", "5", "--batch", "4"}, append(args, dir)...)
				if code := run(args, strings.NewReader(""), &out, &errb); code != 0 {
					t.Fatalf("%v: exit %d: %s", args, code, errb.String())
				}
				if errb.Len() != 0 {
					t.Errorf("stderr: %s", errb.String())
				}
				return out.String()
			}
			documents := func() int {
				st, err := store.Open(ctx, be.DSN)
				if err != nil {
					t.Fatal(err)
				}
				defer st.Close()
				c, err := st.Counts(ctx)
				if err != nil {
					t.Fatal(err)
				}
				return c.Documents
			}
			out := bench("--docs", "12")
			var ns []string
			for _, m := range row.FindAllStringSubmatch(out, -1) {
				ns = append(ns, m[1])
			}
			// Commits of 4: the lines come at the first commit past 5 and 10.
			if got := strings.Join(ns, " "); got != "0 8 12 12" {
				t.Errorf("lines at %q, want 0 8 12 12\n%s", got, out)
			}
			for _, want := range []string{"from 3 base documents", "peak RSS", "12 documents added, 0 already stored", "store now: 12 documents"} {
				if !strings.Contains(out, want) {
					t.Errorf("output lacks %q:\n%s", want, out)
				}
			}
			if n := documents(); n != 12 {
				t.Fatalf("store holds %d documents, want 12", n)
			}
			if out := bench("--docs", "12"); !strings.Contains(out, "0 documents added, 12 already stored") {
				t.Errorf("second run:\n%s", out)
			}
			bench("--docs", "6", "--first", "12")
			if n := documents(); n != 18 {
				t.Errorf("after --first 12 --docs 6 the store holds %d documents, want 18", n)
			}
		})
	}
}
