package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/graph"
	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/pipeline"
)

// Any two articles make a corpus whose graph does not depend on their
// order, whose every query answers without a panic, and whose graph is
// Assemble of its entities and items.
func FuzzCorpus(f *testing.F) {
	f.Add("Putin met Abe in Danang on Friday.", "Vladimir Putin and Shinzo Abe met in Danang, Vietnam, on Friday.", "Putin")
	f.Add("Shinzo Abe spoke in Tokyo on Monday. Abe left.", "Akie Abe opened a school. Abe spoke.", "Abe")
	f.Add("\x00<b>", "In 1945 Soviet forces seized four islands.", "")
	dct := time.Date(2017, 11, 10, 0, 0, 0, 0, time.UTC)
	read := func(name, text string) *pipeline.Result {
		docs, err := document.ReadReader(name, strings.NewReader(text), document.Options{Format: document.FormatText, DCT: dct, MaxBytes: 1 << 16})
		if err != nil || len(docs) == 0 {
			return nil
		}
		r := pipeline.Process(docs[0])
		r.Compact()
		return r
	}
	f.Fuzz(func(t *testing.T, a, b, name string) {
		ra, rb := read("a.txt", a), read("b.txt", b)
		enc := func(rs ...*pipeline.Result) []byte {
			g, err := graph.Build(rs)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := json.NewEncoder(&buf).Encode(struct {
				N []*graph.Node
				E []*graph.Edge
			}{g.Nodes(), g.Edges()}); err != nil {
				t.Fatal(err)
			}
			return buf.Bytes()
		}
		if x, y := enc(ra, rb), enc(rb, ra); !bytes.Equal(x, y) {
			t.Fatalf("the graph depends on the order of the articles:\n%s\n%s", x, y)
		}
		c := graph.NewFiles([]*pipeline.Result{ra, rb})
		ctx := context.Background()
		for _, q := range []graph.Query{{Entity: name}, {Place: name}, {From: dct, To: dct.AddDate(0, 1, 0)}} {
			if _, _, err := c.Timeline(ctx, q); err != nil && !strings.Contains(err.Error(), strconv.Quote(name)) {
				t.Errorf("%+v: an error that does not name the query: %v", q, err)
			}
		}
		if _, err := c.Graph(ctx); err != nil {
			t.Fatal(err)
		}
	})
}
