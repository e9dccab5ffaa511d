package store

import (
	"context"
	"sync"
	"time"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/pipeline"
)

// Hash is the content hash a document is known by: the hex SHA-256 of its
// text (what the stages analyse) as stored (document.ReplaceControls, which
// the readers have applied already). The same article read from a copy of
// the file, or from HTML and from text giving the same text, is one
// document.
func Hash(doc *document.Document) string { return document.Hash(doc) }

// IngestOptions tune an Ingester.
type IngestOptions struct {
	// BatchSize is the number of documents committed per transaction
	// (default 100): a killed ingest loses at most the batch in flight.
	BatchSize int
	// FlushEvery commits a partial batch after this long (default 5s), so
	// a slow stream still lands regularly.
	FlushEvery time.Duration
	// OnCommit, if set, is called on the writer goroutine after each
	// committed batch with the totals so far.
	OnCommit func(IngestStats)
	// OnReject, if set, is called on the writer goroutine for each
	// document the database refused, once the rest of its batch is
	// committed.
	OnReject func(Rejected)
}

// IngestStats counts what an ingest did.
type IngestStats struct {
	Added    int // documents stored by this ingest
	Known    int // documents already in the store (same content hash)
	Rejected int // documents the database refused (see Rejected)
	Batches  int // transactions committed
}

// Rejected is a document the database refused to store, for a reason of
// its own (a value it will not take, a constraint it breaks): it is left
// out and the rest of its batch is stored. Err is the database's reason.
// Another ingest tries it again.
type Rejected struct {
	Name, Path string
	Err        error
}

// Ingester writes results into the store on one writer goroutine, in
// batched transactions. Add may be called from one goroutine at a time
// (pipeline.Run's emit); Close flushes and waits.
type Ingester struct {
	s    *Store
	ctx  context.Context
	opt  IngestOptions
	ch   chan *docRecord
	done chan struct{}

	mu    sync.Mutex
	err   error
	stats IngestStats
}

// NewIngester starts the writer.
func (s *Store) NewIngester(ctx context.Context, opt IngestOptions) *Ingester {
	if opt.BatchSize <= 0 {
		opt.BatchSize = 100
	}
	if opt.FlushEvery <= 0 {
		opt.FlushEvery = 5 * time.Second
	}
	in := &Ingester{s: s, ctx: ctx, opt: opt, ch: make(chan *docRecord, 2*opt.BatchSize), done: make(chan struct{})}
	go in.run()
	return in
}

// Add queues one result. It returns the writer's error once a batch has
// failed; the results queued after it are not stored.
func (in *Ingester) Add(r *pipeline.Result) error {
	if err := in.failed(); err != nil {
		return err
	}
	if r == nil || r.Doc == nil {
		return nil
	}
	rec := newDocRecord(r)
	select {
	case in.ch <- rec:
		return nil
	case <-in.done:
		return in.failed()
	}
}

// Close commits what is queued and stops the writer.
func (in *Ingester) Close() (IngestStats, error) {
	close(in.ch)
	<-in.done
	in.mu.Lock()
	defer in.mu.Unlock()
	return in.stats, in.err
}

func (in *Ingester) failed() error {
	in.mu.Lock()
	defer in.mu.Unlock()
	return in.err
}

func (in *Ingester) run() {
	defer close(in.done)
	var batch []*docRecord
	timer := time.NewTimer(in.opt.FlushEvery)
	defer timer.Stop()
	flush := func() bool {
		if len(batch) == 0 {
			return true
		}
		added, rejected, err := in.s.commitBatch(in.ctx, batch)
		in.mu.Lock()
		if err != nil {
			in.s.nameErr(&err)
			in.err = err
		} else {
			in.stats.Added += added
			in.stats.Rejected += len(rejected)
			in.stats.Known += len(batch) - added - len(rejected)
			in.stats.Batches++
		}
		st := in.stats
		in.mu.Unlock()
		batch = batch[:0]
		if err != nil {
			return false
		}
		if in.opt.OnReject != nil {
			for _, r := range rejected {
				in.opt.OnReject(r)
			}
		}
		if in.opt.OnCommit != nil {
			in.opt.OnCommit(st)
		}
		return true
	}
	for {
		select {
		case rec, ok := <-in.ch:
			if !ok {
				flush()
				return
			}
			batch = append(batch, rec)
			if len(batch) >= in.opt.BatchSize && !flush() {
				return
			}
		case <-timer.C:
			if !flush() {
				return
			}
			timer.Reset(in.opt.FlushEvery)
		}
	}
}
