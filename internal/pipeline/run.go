package pipeline

import (
	"errors"
	"fmt"
	"runtime"
	"sync"

	"github.com/chronicle-news/chronicle/internal/document"
)

// Source is one input: a path to read, or an already-open reader.
type Source struct {
	Name string                               // what errors name: the path, or "stdin"
	Read func() ([]*document.Document, error) // reads the input into documents
	// Each, when set, is used instead of Read: it hands the documents to
	// yield one at a time (document.ReadEach), so that a JSON Lines file of
	// a million records streams through without being held whole. It
	// stops, returning yield's error, when yield fails.
	Each func(yield func(*document.Document) error) error
}

// Docs reads all the documents of s (through Each or Read).
func (s Source) Docs() ([]*document.Document, error) {
	if s.Each == nil {
		return s.Read()
	}
	var docs []*document.Document
	if err := s.Each(func(d *document.Document) error { docs = append(docs, d); return nil }); err != nil {
		return nil, err
	}
	return docs, nil
}

// Output is what Run hands back, in input order: one document's result
// (Results holds one), or, once a source is done, a last Output with Done
// set and the error that stopped the source being read (if any).
type Output struct {
	Source  string
	Results []*Result
	Err     error
	Done    bool // the source is finished: no more Outputs for it
}

// Options are Run's limits.
type Options struct {
	// Workers is the number of documents processed in parallel (0 means
	// GOMAXPROCS).
	Workers int
	// MaxMemory is the memory budget in bytes that the documents in flight
	// share, each counted at its estimated working memory (WorkingMemory);
	// 0 means no budget. A document whose estimate exceeds the budget
	// runs alone.
	MaxMemory int64
	// KeepSyntax keeps the tokens and trees of documents processed in
	// sections (ProcessAll), for the parse command; other results of long
	// documents come without them.
	KeepSyntax bool
}

// Per-document working memory, measured with a heap profile and peak RSS
// on TempEval-3 text (docs/security.md, "Limits"): while a section is
// processed, the stages keep about 110 bytes of tokens, trees, tagger
// caches and annotations per byte of its text; a long document's merged
// annotations (its events and mentions above all) keep about 13 bytes per
// byte of the whole text; plus a fixed part.
const (
	BytesPerTextByte   = 120
	ResultBytesPerByte = 16
	DocOverhead        = 64 << 10
)

// WorkingMemory estimates the memory Process needs for doc.
func WorkingMemory(doc *document.Document) int64 {
	n := int64(len(doc.Text))
	if n <= SectionBytes {
		return n*BytesPerTextByte + DocOverhead
	}
	return SectionBytes*BytesPerTextByte + n*ResultBytesPerByte + DocOverhead
}

// Run is RunWith with workers and no memory budget.
func Run(sources []Source, workers int, emit func(Output) error) error {
	return RunWith(sources, Options{Workers: workers}, emit)
}

var errStopped = errors.New("stopped")

// RunWith reads the sources one after the other, processes their documents
// on up to opt.Workers goroutines and calls emit in input order: once per
// document, then once with Done for each source. A worker takes the
// documents read and not yet taken, up to a batch (BatchLen), and
// processes them stage by stage (ProcessBatch); it never waits for more,
// so a single document from a stream is processed at once. At most
// 2×workers×BatchDocs documents are in flight, and together no more than
// opt.MaxMemory of estimated working memory, so memory stays bounded
// however many documents stream through. If emit returns an error,
// RunWith stops early and returns it.
func RunWith(sources []Source, opt Options, emit func(Output) error) error {
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		src  int
		doc  *document.Document
		cost int64
		done bool  // the source's end marker
		err  error // for the end marker
		out  chan Output
	}
	budget := newBudget(opt.MaxMemory)
	// order holds the jobs in input order for the emitter; its capacity
	// bounds how far reading runs ahead of emitting: room for a batch
	// being processed and one waiting, per worker.
	inFlight := 2 * workers * BatchDocs
	order := make(chan *job, inFlight)
	// jobs holds the documents read and not yet taken by a worker (never
	// more than order does, so the reader never blocks on it for long).
	jobs := make(chan *job, inFlight)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var batch []*job
			var docs []*document.Document
			for j := range jobs {
				batch, docs = append(batch[:0], j), append(docs[:0], j.doc)
				size := len(j.doc.Text)
			take: // what is there, without waiting: the rule of BatchLen
				for len(batch) < BatchDocs && size < BatchBytes {
					select {
					case j, ok := <-jobs:
						if !ok {
							break take
						}
						batch, docs = append(batch, j), append(docs, j.doc)
						size += len(j.doc.Text)
					default:
						break take
					}
				}
				select {
				case <-stop: // the emitter is gone: drop the work
					continue
				default:
				}
				names := make([]string, len(batch))
				for k, j := range batch {
					names[k] = sources[j.src].Name
				}
				for k, out := range processBatch(names, docs, opt.KeepSyntax) {
					batch[k].out <- out
				}
				clear(batch) // let the documents go with their results
				clear(docs)
			}
		}()
	}
	push := func(j *job) error {
		select {
		case order <- j:
		case <-stop:
			return errStopped
		}
		if j.done {
			return nil
		}
		select {
		case jobs <- j:
			return nil
		case <-stop:
			return errStopped
		}
	}
	go func() {
		defer close(order)
		defer close(jobs)
		for i, s := range sources {
			err := readSource(s, func(d *document.Document) error {
				j := &job{src: i, doc: d, cost: WorkingMemory(d), out: make(chan Output, 1)}
				if !budget.acquire(j.cost, stop) {
					return errStopped
				}
				return push(j)
			})
			if err == errStopped {
				return
			}
			if push(&job{src: i, done: true, err: err}) != nil {
				return
			}
		}
	}()
	var err error
	for j := range order {
		var out Output
		if j.done {
			out = Output{Source: sources[j.src].Name, Err: j.err, Done: true}
		} else {
			out = <-j.out
		}
		err = emit(out)
		if !j.done {
			budget.release(j.cost)
		}
		if err != nil {
			break
		}
	}
	close(stop) // the reader returns and closes jobs; workers never block on out
	wg.Wait()
	return err
}

// readSource hands the documents of s to yield, turning a panic while
// reading into an error for that source.
func readSource(s Source, yield func(*document.Document) error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = panicError{s.Name, r}
		}
	}()
	if s.Each != nil {
		return s.Each(yield)
	}
	docs, err := s.Read()
	if err != nil {
		return err
	}
	for _, d := range docs {
		if err := yield(d); err != nil {
			return err
		}
	}
	return nil
}

// processBatch runs the stages over a batch of documents (ProcessBatch),
// named by names, one Output each. A panic in any stage is caught and the
// documents are processed again one at a time (processDoc), so that the
// one that fails gets the error and the others their results.
func processBatch(names []string, docs []*document.Document, keep bool) []Output {
	if len(docs) == 1 {
		return []Output{processDoc(names[0], docs[0], keep)}
	}
	outs, ok := tryBatch(names, docs, keep)
	if !ok {
		for i, d := range docs {
			outs[i] = processDoc(names[i], d, keep)
		}
	}
	return outs
}

func tryBatch(names []string, docs []*document.Document, keep bool) (outs []Output, ok bool) {
	outs = make([]Output, len(docs))
	defer func() {
		if r := recover(); r != nil {
			ok = false
		}
	}()
	for i, r := range ProcessBatch(docs, keep) {
		outs[i] = Output{Source: names[i], Results: []*Result{r}}
	}
	return outs, true
}

// processDoc runs the stages over one document, turning a panic in any
// stage into an error so one bad document never stops a run.
func processDoc(name string, d *document.Document, keep bool) (out Output) {
	out.Source = name
	defer func() {
		if r := recover(); r != nil {
			out.Results = nil
			out.Err = panicError{name, r}
		}
	}()
	out.Results = []*Result{process(d, keep)}
	return out
}

type panicError struct {
	name string
	v    any
}

func (p panicError) Error() string {
	return "internal error while processing " + p.name + ": " + fmt.Sprint(p.v) + " (please report this with the file)"
}

// budget is a weighted semaphore on estimated working memory. A request
// larger than the whole budget is granted when nothing else holds any.
type budget struct {
	mu   sync.Mutex
	max  int64
	used int64
	wake chan struct{} // closed and replaced on every release
}

func newBudget(max int64) *budget { return &budget{max: max, wake: make(chan struct{})} }

func (b *budget) acquire(n int64, stop <-chan struct{}) bool {
	if b.max <= 0 {
		return true
	}
	for {
		b.mu.Lock()
		if b.used == 0 || b.used+n <= b.max {
			b.used += n
			b.mu.Unlock()
			return true
		}
		wake := b.wake
		b.mu.Unlock()
		select {
		case <-wake:
		case <-stop:
			return false
		}
	}
}

func (b *budget) release(n int64) {
	if b.max <= 0 {
		return
	}
	b.mu.Lock()
	b.used -= n
	close(b.wake)
	b.wake = make(chan struct{})
	b.mu.Unlock()
}
