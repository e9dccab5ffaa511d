package main

import (
	"context"
	"fmt"
	"path/filepath"
	"sync/atomic"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/internal/store"
)

func newIngestCmd(e *cliEnv) *cobra.Command {
	var in inputFlags
	var db string
	var batch int
	c := &cobra.Command{
		Use:   "ingest [flags] FILE|FOLDER|- ... --db FILE|postgres://...",
		Short: "Add articles to a corpus store (SQLite file or PostgreSQL)",
		Long: `Analyse the articles and add them, with their entities and events, to a
corpus store: a SQLite file (created if missing) or, for a postgres:// URL,
a PostgreSQL database. The same person or event reported by several
articles becomes one entity or event with every source kept.

A document is known by the SHA-256 of its text: ingesting it again changes
nothing, so a folder can be re-ingested as it grows and only the new
articles are analysed. Documents are committed in transactions of --batch
documents: a killed ingest loses at most the batch in flight, and running
it again completes the store. Several ingests may write into one store at
once (PostgreSQL: from several machines).

Query the store with timeline --db, graph --db and entities --db.`,
		Example: `  chronicle ingest articles/ --db corpus.db
  chronicle ingest today/*.html --db postgres://chronicle@db.example/news
  chronicle timeline --db corpus.db --entity Putin --from 2017`,
		RunE: func(c *cobra.Command, args []string) error {
			if db == "" {
				return usagef("ingest needs --db FILE or --db postgres://...")
			}
			if batch <= 0 {
				return usagef("--batch %d: want a positive number of documents", batch)
			}
			opt, err := e.options(&in)
			if err != nil {
				return err
			}
			srcs, err := e.sources(args, opt)
			if err != nil {
				return err
			}
			ctx := context.Background()
			st, err := store.Open(ctx, db)
			if err != nil {
				return err
			}
			defer st.Close()
			known := &knownFilter{ctx: ctx, st: st}
			known.wrap(srcs)
			// A document the database refuses is reported and left out;
			// the rest of its batch is stored, and the run fails (exit 1).
			var refused atomic.Bool
			ing := st.NewIngester(ctx, store.IngestOptions{BatchSize: batch, OnReject: func(r store.Rejected) {
				refused.Store(true)
				name := r.Name
				if r.Path != "" && r.Path != "-" && filepath.Base(r.Path) != r.Name {
					name = r.Path + ": " + r.Name
				}
				fmt.Fprintf(e.stderr, "chronicle: %s: not stored in %s: %v\n", name, st.Name(), r.Err)
			}})
			failed, runErr := e.run(srcs, &in, func(r *pipeline.Result) error {
				r.Compact()
				return ing.Add(r)
			})
			stats, err := ing.Close()
			if err == nil {
				err = runErr
			}
			if err == nil {
				err = known.err()
			}
			if err != nil {
				return err
			}
			if !in.quiet {
				refusedNote := ""
				if stats.Rejected > 0 {
					refusedNote = fmt.Sprintf(", %d refused by the database", stats.Rejected)
				}
				fmt.Fprintf(e.stderr, "chronicle: %s: %d documents added, %d already stored%s\n",
					st.Name(), stats.Added, stats.Known+int(known.skipped.Load()), refusedNote)
			}
			if failed || refused.Load() {
				return errFailedInputs
			}
			return nil
		},
	}
	in.register(c)
	c.Flags().StringVar(&db, "db", "", "the store: a SQLite `FILE` (created if missing) or a postgres:// URL")
	c.Flags().IntVar(&batch, "batch", 100, "documents committed per transaction (`N`)")
	return c
}

// knownFilter drops the documents a store already holds as sources are
// read, before the costly stages run on them, and counts them.
type knownFilter struct {
	ctx     context.Context
	st      *store.Store
	skipped atomic.Int64
	lookup  atomic.Pointer[error] // the first failed look-up
}

// wrap makes every source's Read drop the documents already stored.
func (k *knownFilter) wrap(srcs []pipeline.Source) {
	for i := range srcs {
		src := srcs[i]
		srcs[i].Read = nil
		srcs[i].Each = func(yield func(*document.Document) error) error {
			keep := func(d *document.Document) error {
				known, err := k.st.Has(k.ctx, store.Hash(d))
				if err != nil {
					k.lookup.CompareAndSwap(nil, &err)
				}
				if known {
					k.skipped.Add(1)
					return nil
				}
				return yield(d)
			}
			if src.Each != nil {
				return src.Each(keep)
			}
			docs, err := src.Read()
			if err != nil {
				return err
			}
			for _, d := range docs {
				if err := keep(d); err != nil {
					return err
				}
			}
			return nil
		}
	}
}

// err is the first look-up error, if any.
func (k *knownFilter) err() error {
	if p := k.lookup.Load(); p != nil {
		return *p
	}
	return nil
}
