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
	var addr string
	c := &cobra.Command{
		Use:   "serve [flags] FILE|FOLDER ...",
		Short: "Browse the articles' entities, graph and timeline in a local web view",
		Long: `Process the articles, then serve a web view on --addr (127.0.0.1:8080 by
default, reachable from this machine only): search an entity, see its
graph and its timeline, and read the sentence behind every event.
Everything is served from the binary (no network at view time). Stop it
with Ctrl-C.`,
		Example: `  chronicle serve examples/
  chronicle serve --addr 127.0.0.1:9000 articles/`,
		RunE: func(c *cobra.Command, args []string) error {
			results, failed, err := e.collectAll(args, &in)
			if err != nil {
				return err
			}
			g, err := graph.Build(results)
			if err != nil {
				return err
			}
			dated, undated := timeline.BuildAll(results)
			h := web.New(web.Corpus{Title: timelineTitle(results), Graph: g, Entries: append(dated, undated...), Docs: len(results)})
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return fmt.Errorf("--addr %s: %w", addr, err)
			}
			srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
			fmt.Fprintf(e.stderr, "chronicle: serving %d documents at http://%s/ (Ctrl-C to stop)\n", len(results), ln.Addr())
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
	c.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "listen on `HOST:PORT` (give 0.0.0.0:PORT to let other machines in)")
	return c
}
