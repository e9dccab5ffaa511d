package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/graph"
	"github.com/chronicle-news/chronicle/internal/web"
	"github.com/chronicle-news/chronicle/timeline"
)

func newServeCmd(e *cliEnv) *cobra.Command {
	var in inputFlags
	var addr, db string
	c := &cobra.Command{
		Use:   "serve [flags] FILE|FOLDER ... | --db FILE",
		Short: "Browse the articles' entities, graph and timeline in a local web view",
		Long: `Process the articles, then serve a web view on --addr (127.0.0.1:8080 by
default, reachable from this machine only): search an entity, see its
graph and its timeline, and read the sentence behind every event.
Everything is served from the binary (no network at view time). Stop it
with Ctrl-C.

Only requests addressed to this server are answered (Host localhost,
127.0.0.1 or [::1] with the port, or the host --addr names), so that no
web page can reach it by pointing its own domain at this machine. Search
shows 50 matches a page (?limit= up to 200, ?offset=); slow or idle
connections are closed (see docs/security.md, "Server defaults").`,
		Example: `  chronicle serve examples/
  chronicle ingest articles/ --db corpus.db && chronicle serve --db corpus.db
  chronicle serve --addr 127.0.0.1:9000 articles/`,
		RunE: func(c *cobra.Command, args []string) error {
			if db == "" && len(args) == 0 {
				return usagef("serve needs articles (FILE|FOLDER ...) or --db FILE")
			}
			ctx := context.Background()
			src, failed, done, err := e.openCorpus(ctx, "serve", db, args, &in)
			if err != nil {
				return err
			}
			corpus, err := webCorpus(ctx, src)
			done()
			if err != nil {
				return err
			}
			h := web.New(corpus)
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return fmt.Errorf("--addr %s: %w", addr, err)
			}
			flagHost, _, _ := net.SplitHostPort(addr)
			srv, err := web.NewServer(h, ln.Addr().String(), flagHost)
			if err != nil {
				ln.Close()
				return err
			}
			fmt.Fprintf(e.stderr, "chronicle: serving %d documents at http://%s/ (Ctrl-C to stop)\n", corpus.Docs, ln.Addr())
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			go func() {
				<-ctx.Done()
				sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
				defer cancel()
				_ = srv.Shutdown(sctx)
			}()
			if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				return err
			}
			if failed {
				return errFailedInputs
			}
			return nil
		},
	}
	in.register(c)
	c.Flags().StringVar(&db, "db", "", "serve a corpus store (SQLite `FILE` or postgres:// URL; see ingest) instead of articles")
	c.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "listen on `HOST:PORT` (give 0.0.0.0:PORT to let other machines in)")
	return c
}

// webCorpus loads what the web view shows of a corpus: its graph and its
// timeline (each event once, with all its sources).
func webCorpus(ctx context.Context, c graph.Corpus) (web.Corpus, error) {
	g, err := c.Graph(ctx)
	if err != nil {
		return web.Corpus{}, err
	}
	dated, undated, err := c.Timeline(ctx, graph.Query{})
	if err != nil {
		return web.Corpus{}, err
	}
	docs, err := c.Documents(ctx)
	if err != nil {
		return web.Corpus{}, err
	}
	return web.Corpus{Title: graph.Title(docs), Graph: g, Entries: timeline.Entries(append(dated, undated...)), Docs: len(docs)}, nil
}
