package web_test

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"testing"

	"github.com/chronicle-news/chronicle/graph"
	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/internal/web"
	"github.com/chronicle-news/chronicle/timeline"
	"github.com/chronicle-news/chronicle/timeline/timelinetest"
)

// serveResults analyses the example article and the awkward fixture; each
// round of the test builds a fresh graph and handler from them.
func serveResults(t *testing.T) []*pipeline.Result {
	t.Helper()
	docs, err := document.Read("../../examples/abe-putin-danang-2017.txt", document.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return []*pipeline.Result{pipeline.Process(docs[0]), timelinetest.Awkward()}
}

// Forty first requests at once, to entity pages and entity JSON, on a
// server that has served nothing yet, several times over with fresh state:
// under -race this fails if anything the handlers read is built lazily
// without a lock (the graph's neighbour table was: concurrent map writes,
// a crash on a server's first simultaneous requests).
func TestParallelFirstRequests(t *testing.T) {
	rs := serveResults(t)
	for round := 0; round < 5; round++ {
		g, err := graph.Build(rs)
		if err != nil {
			t.Fatal(err)
		}
		dated, undated := timeline.BuildAll(rs)
		srv := httptest.NewServer(web.New(web.Corpus{Title: "race", Graph: g, Entries: append(dated, undated...), Docs: len(rs)}))
		var ids []string
		for _, n := range g.Nodes() {
			switch n.Kind {
			case graph.Person, graph.Organization, graph.Place:
				ids = append(ids, n.ID)
			}
		}
		if len(ids) < 4 {
			t.Fatalf("only %d entities", len(ids))
		}
		var wg sync.WaitGroup
		errs := make(chan error, 40)
		start := make(chan struct{})
		for i := 0; i < 40; i++ {
			path := "/api/entity/" + url.PathEscape(ids[i%len(ids)])
			if i%3 == 1 {
				path = "/entity/" + url.PathEscape(ids[i%len(ids)])
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				resp, err := http.Get(srv.URL + path)
				if err != nil {
					errs <- err
					return
				}
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 || len(b) == 0 {
					errs <- fmt.Errorf("%s: %d %.80q", path, resp.StatusCode, b)
				}
			}()
		}
		close(start)
		wg.Wait()
		srv.Close()
		close(errs)
		for err := range errs {
			t.Errorf("round %d: %v", round, err)
		}
	}
}
