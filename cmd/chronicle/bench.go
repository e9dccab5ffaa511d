package main

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/graph"
	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/entity"
	"github.com/chronicle-news/chronicle/internal/event"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/internal/store"
	"github.com/chronicle-news/chronicle/internal/syntax"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/timex"
)

func newBenchCmd(e *cliEnv) *cobra.Command {
	var in inputFlags
	var minTime time.Duration
	var fixedRuns int
	var cpuProfile, only string
	var ib ingestBench
	c := &cobra.Command{
		Use:   "bench [flags] FILE|FOLDER ...",
		Short: "Measure the speed of each stage on a corpus (MB/s on one core), or of ingest into a store",
		Long: `Read the inputs once, then run each stage over all of them on one goroutine,
repeating until --time has passed, and print MB/s of document text per
stage and for the whole pipeline (segmentation, parsing, time tagging,
entities, events, graph; in batches of documents, stage by stage, as each
worker of the other commands runs it). Reading files is not timed. The last column is the CPU time
the process used per MB (garbage collection included), which other programs
running at the same time disturb less than the wall-clock figures.

With --ingest, measure "chronicle ingest" instead: read the inputs once as
base articles, generate --docs documents from them (the base articles in
turn, each copy ending with a different reporting/editing credit line, so
every document has its own content hash), and stream them through the
parallel pipeline into the store --db with one writer, as ingest does.
Documents are generated as the pipeline asks for them, never held all at
once. Every --every stored documents, and at the end, print the elapsed
time, documents/s and MB/s of document text (overall, and documents/s since
the previous line), the CPU time of this process (not a database server's),
the resident memory (VmRSS) and its peak (VmHWM, from /proc/self/status:
Linux only, "n/a" elsewhere), the Go heap live after the last collection,
and the store size (SQLite: the file with its -wal and -shm, the last line
after a checkpoint; PostgreSQL: the tables of the store's schema with
their indexes), sizes in MiB. Use an empty store: documents it already
holds are skipped.
--first starts the generated sequence further on, to grow a store in steps.`,
		Example: `  chronicle bench ../shared/data/tempeval3/TBAQ-cleaned/TimeBank
  chronicle bench --ingest --db /tmp/bench.db --docs 10000 ../shared/data/tempeval3/TBAQ-cleaned
  chronicle bench --ingest --db postgres://user:pass@localhost/bench --docs 10000 ../shared/data/tempeval3/TBAQ-cleaned`,
		RunE: func(c *cobra.Command, args []string) error {
			if ib.on {
				return e.benchIngest(args, &in, &ib, cpuProfile)
			}
			return e.benchStages(args, &in, stageBench{minTime: minTime, fixedRuns: fixedRuns, cpuProfile: cpuProfile, only: only})
		},
	}
	in.register(c)
	c.Flags().DurationVar(&minTime, "time", 2*time.Second, "minimum time to run each stage")
	c.Flags().IntVar(&fixedRuns, "runs", 0, "run each stage exactly `N` times instead of for --time (for instruction counts under valgrind)")
	c.Flags().StringVar(&only, "stage", "", "measure only the stage named `NAME` (segment, syntax, timex, entity, event, graph, pipeline)")
	c.Flags().StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of the measured runs to `FILE` (go tool pprof)")
	c.Flags().BoolVar(&ib.on, "ingest", false, "measure ingest of a generated corpus into the store --db instead of the stages")
	c.Flags().StringVar(&ib.db, "db", "", "with --ingest: the store, a SQLite `FILE` (created if missing) or a postgres:// URL")
	c.Flags().IntVar(&ib.docs, "docs", 10000, "with --ingest: number of documents to generate (`N`)")
	c.Flags().IntVar(&ib.first, "first", 0, "with --ingest: number of the first generated document (`K`), to add new documents to a store benchmarked before")
	c.Flags().IntVar(&ib.every, "every", 1000, "with --ingest: print a line every `N` stored documents")
	c.Flags().IntVar(&ib.batch, "batch", 100, "with --ingest: documents committed per transaction (`N`), as ingest --batch")
	return c
}

// stageBench holds the flags of bench without --ingest.
type stageBench struct {
	minTime    time.Duration
	fixedRuns  int
	cpuProfile string
	only       string
}

// benchStage is one measured stage: its name and one run over every
// document.
type benchStage struct {
	name string
	run  func()
}

// benchStages runs bench without --ingest: it reads the inputs once,
// computes the later stages' inputs once, then times each stage (or the
// one --stage names) on one core and prints its MB/s.
func (e *cliEnv) benchStages(args []string, in *inputFlags, sb stageBench) error {
	in.quiet = true
	read, failed, err := e.collectAll(args, in)
	if err != nil {
		return err
	}
	var docs []*document.Document
	for _, r := range read {
		docs = append(docs, r.Doc)
	}
	if len(docs) == 0 {
		return fmt.Errorf("no documents to measure")
	}
	var size int
	for _, d := range docs {
		size += len(d.Text)
	}
	stages := benchStageList(docs)
	stop, err := startCPUProfile(sb.cpuProfile)
	if err != nil {
		return err
	}
	defer stop()
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)
	fmt.Fprintf(e.stdout, "%d documents, %.2f MB of text, one core (GOMAXPROCS=1)\n", len(docs), float64(size)/1e6)
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "stage\tMB/s\tms per MB\truns\tCPU ms per MB\t")
	for _, s := range stages {
		if sb.only != "" && !strings.HasPrefix(s.name, sb.only) {
			continue
		}
		runs := 0
		start := time.Now()
		cpu0, cpuOK := cpuTime()
		for runs == 0 || sb.fixedRuns == 0 && time.Since(start) < sb.minTime || runs < sb.fixedRuns {
			s.run()
			runs++
		}
		el := time.Since(start).Seconds()
		cpu1, _ := cpuTime()
		mb := float64(size) * float64(runs) / 1e6
		cpu := "-"
		if cpuOK {
			cpu = fmt.Sprintf("%.1f", 1000*(cpu1-cpu0).Seconds()/mb)
		}
		fmt.Fprintf(tw, "%s\t%.3g\t%.1f\t%d\t%s\t\n", s.name, mb/el, 1000*el/mb, runs, cpu)
	}
	tw.Flush()
	if failed {
		return errFailedInputs
	}
	return nil
}

// benchStageList returns the stages to measure over docs, each run with
// the inputs of the stages before it, computed once here.
func benchStageList(docs []*document.Document) []benchStage {
	// Inputs of the later stages, computed once.
	sents := make([][]text.Sentence, len(docs))
	tx := make([][]timex.Timex, len(docs))
	ents := make([][]entity.Entity, len(docs))
	results := make([]*pipeline.Result, len(docs))
	for i, d := range docs {
		sents[i] = text.Segment(d)
		tx[i] = timex.Tag(d, sents[i])
		ents[i] = entity.Recognize(d, sents[i], tx[i])
		results[i] = pipeline.Process(d)
	}
	return []benchStage{
		{"segment", func() {
			for _, d := range docs {
				text.Segment(d)
			}
		}},
		{"syntax", func() {
			m, err := syntax.Default()
			if err != nil {
				panic(err) // the embedded model: a broken build
			}
			// As the pipeline parses: a batch's sentences together.
			for i := 0; i < len(docs); {
				n := pipeline.BatchLen(docs[i:])
				m.ParseDocuments(sents[i : i+n])
				i += n
			}
		}},
		{"timex", func() {
			for i, d := range docs {
				timex.Tag(d, sents[i])
			}
		}},
		{"entity", func() {
			for i, d := range docs {
				entity.Recognize(d, sents[i], tx[i])
			}
		}},
		{"event", func() {
			for i, d := range docs {
				r := results[i]
				event.ExtractAll(d, r.Sentences, r.Syntax, r.Timexes, r.Entities)
			}
		}},
		{"graph", func() { graph.Build(results) }},
		{"pipeline (all of the above)", func() {
			// As a worker of the run loop does: in batches, stage by stage.
			rs := make([]*pipeline.Result, 0, len(docs))
			for i := 0; i < len(docs); {
				n := pipeline.BatchLen(docs[i:])
				rs = append(rs, pipeline.ProcessBatch(docs[i:i+n], false)...)
				i += n
			}
			graph.Build(rs)
		}},
	}
}

// ingestBench holds the flags of bench --ingest.
type ingestBench struct {
	on                        bool
	db                        string
	docs, first, every, batch int
}

// Reporting and editing credits that end the generated documents: made-up
// names, 16 x 16 pairs, so that each copy of a base article differs from
// the others as wire copy filed again under other bylines does.
var (
	benchReporters = []string{"Maria Okafor", "Daniel Brandt", "Yuki Morimoto", "Samuel Achebe", "Lena Vasquez", "Pieter de Wit",
		"Amira Haddad", "Tomasz Zielak", "Grace Whitfield", "Ravi Menon", "Ingrid Solberg", "Carlos Ferreira",
		"Hannah Kessler", "Omar Benali", "Julia Marchetti", "Kenji Harada"}
	benchEditors = []string{"Alan Crowther", "Nadia Petrova", "Mark Ellison", "Sofia Lindqvist", "Peter Grady", "Anne Moreau",
		"David Osei", "Clara Jensen", "Robert Hale", "Mei Chen", "Stefan Novak", "Laura Bianchi",
		"Thomas Reid", "Elena Popescu", "Hugh Carver", "Irene Costa"}
)

// benchVariant returns generated document j of the sequence over bases:
// base j mod len(bases), copy k = j / len(bases), its text followed by the
// credit line of copy k. Distinct j give distinct texts (and hashes).
func benchVariant(bases []*document.Document, j int) *document.Document {
	base := bases[j%len(bases)]
	k := j / len(bases)
	n := len(benchReporters) * len(benchEditors)
	credit := fmt.Sprintf("(Reporting by %s; editing by %s)", benchReporters[k%len(benchReporters)], benchEditors[k/len(benchReporters)%len(benchEditors)])
	if k >= n {
		credit = fmt.Sprintf("(Reporting by %s; editing by %s; update %d)", benchReporters[k%len(benchReporters)], benchEditors[k/len(benchReporters)%len(benchEditors)], k/n)
	}
	v := *base // offsets and the spans of the base text stay valid: text is only added
	sep := "\n\n"
	if strings.HasSuffix(base.Text, "\n\n") {
		sep = ""
	} else if strings.HasSuffix(base.Text, "\n") {
		sep = "\n"
	}
	v.Text = base.Text + sep + credit + "\n"
	if base.Body != nil {
		v.Body = append(append([]document.Span(nil), base.Body...), document.Span{Start: len(base.Text) + len(sep), End: len(v.Text)})
	}
	v.ID = fmt.Sprintf("%s+%d", base.ID, k)
	return &v
}

// memStatus reads VmRSS and VmHWM (bytes) from /proc/self/status; ok is
// false where there is no such file (not Linux).
func memStatus() (rss, hwm int64, ok bool) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, 0, false
	}
	var gotRSS, gotHWM bool
	for _, line := range strings.Split(string(b), "\n") {
		name, val, found := strings.Cut(line, ":")
		if !found || (name != "VmRSS" && name != "VmHWM") {
			continue
		}
		f := strings.Fields(val)
		if len(f) != 2 || f[1] != "kB" {
			continue
		}
		n, err := strconv.ParseInt(f[0], 10, 64)
		if err != nil {
			continue
		}
		if name == "VmRSS" {
			rss, gotRSS = n<<10, true
		} else {
			hwm, gotHWM = n<<10, true
		}
	}
	return rss, hwm, gotRSS && gotHWM
}

// benchIngest runs bench --ingest: it reads the base articles once,
// streams the documents generated from them through the parallel
// pipeline into the store, and prints a line of figures every --every
// stored documents and at the end.
func (e *cliEnv) benchIngest(args []string, in *inputFlags, ib *ingestBench, cpuProfile string) error {
	if ib.db == "" {
		return usagef("bench --ingest needs --db FILE or --db postgres://...")
	}
	if ib.docs <= 0 || ib.first < 0 || ib.every <= 0 || ib.batch <= 0 {
		return usagef("--docs, --every and --batch want positive numbers, --first zero or more")
	}
	opt, err := e.options(in)
	if err != nil {
		return err
	}
	opt.Warn = nil // a bad record of a base file is an error, reported below
	srcs, err := e.sources(args, opt)
	if err != nil {
		return err
	}
	bases, baseBytes, failed := e.benchBases(srcs)
	if len(bases) == 0 {
		return fmt.Errorf("no base documents to generate the corpus from")
	}
	ctx := context.Background()
	st, err := store.Open(ctx, ib.db)
	if err != nil {
		return err
	}
	defer st.Close()
	before, err := st.Counts(ctx)
	if err != nil {
		return err
	}
	gen := benchGenerated(bases, ib)
	known := &knownFilter{ctx: ctx, st: st}
	known.wrap(gen)
	workers := in.workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	fmt.Fprintf(e.stdout, "ingest of %d generated documents (numbers %d-%d) from %d base documents (%.2f MB of text)\n",
		ib.docs, ib.first, ib.first+ib.docs-1, len(bases), float64(baseBytes)/1e6)
	fmt.Fprintf(e.stdout, "store %s (%s, %d documents before), batch %d, %d workers, %d CPUs, %s\n",
		st.Name(), st.Dialect(), before.Documents, ib.batch, workers, runtime.NumCPU(), runtime.Version())

	m := &ingestMeter{e: e, ctx: ctx, st: st, next: ib.every, every: ib.every}
	fmt.Fprintf(e.stdout, meterRow, "documents", "elapsed s", "docs/s", "MB/s", "docs/s now", "CPU s", "RSS MiB", "peak RSS", "Go heap", "store MiB")
	ing := st.NewIngester(ctx, store.IngestOptions{BatchSize: ib.batch, OnCommit: m.committed})
	stop, err := startCPUProfile(cpuProfile)
	if err != nil {
		return err
	}
	defer stop()
	m.start = time.Now()
	m.cpu0, _ = cpuTime()
	m.row(0, false)
	budget, err := e.memoryBudget(in)
	if err != nil {
		return err
	}
	runErr := pipeline.RunWith(gen, pipeline.Options{Workers: in.workers, MaxMemory: budget}, func(o pipeline.Output) error {
		if o.Err != nil {
			failed = true
			fmt.Fprintf(e.stderr, "chronicle: %s\n", errWithName(o.Source, o.Err))
			return nil
		}
		for _, r := range o.Results {
			r.Compact()
			m.handed(len(r.Doc.Text))
			if err := ing.Add(r); err != nil {
				return err
			}
		}
		return nil
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
	m.row(stats.Added+stats.Known, true)
	after, err := st.Counts(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%d documents added, %d already stored, %d batches; %.2f MB of text (MB/s: 10^6 bytes of text; memory and store in MiB; the last line's store size is after a checkpoint)\n",
		stats.Added, stats.Known+int(known.skipped.Load()), stats.Batches, float64(m.committedBytes)/1e6)
	fmt.Fprintf(e.stdout, "store now: %d documents, %d entities, %d aliases, %d mentions, %d events, %d event sources, %d participants, %d places\n",
		after.Documents, after.Entities, after.Aliases, after.Mentions, after.Events, after.EventSources, after.Participants, after.Places)
	if failed {
		return errFailedInputs
	}
	return nil
}

// benchBases reads the base articles once, each text once: the same
// article twice in the inputs would make two generated documents alike.
// failed reports an input that could not be read (and was reported).
func (e *cliEnv) benchBases(srcs []pipeline.Source) (bases []*document.Document, baseBytes int, failed bool) {
	seen := map[string]bool{}
	for _, s := range srcs {
		docs, err := s.Docs()
		if err != nil {
			failed = true
			fmt.Fprintf(e.stderr, "chronicle: %s\n", errWithName(s.Name, err))
			continue
		}
		for _, d := range docs {
			// The same article twice in the inputs would make two generated
			// documents alike: keep the first.
			if h := store.Hash(d); strings.TrimSpace(d.Text) != "" && !seen[h] {
				seen[h] = true
				bases = append(bases, d)
				baseBytes += len(d.Text)
			}
		}
	}
	return bases, baseBytes, failed
}

// benchGenerated returns the generated documents: sources whose Read
// makes the document when the pipeline reaches it.
func benchGenerated(bases []*document.Document, ib *ingestBench) []pipeline.Source {
	gen := make([]pipeline.Source, ib.docs)
	for i := range gen {
		j := ib.first + i
		gen[i] = pipeline.Source{Name: fmt.Sprintf("generated document %d", j), Read: func() ([]*document.Document, error) {
			return []*document.Document{benchVariant(bases, j)}, nil
		}}
	}
	return gen
}

// meterRow is the format of a line of bench --ingest: fixed columns
// rather than a tabwriter, so that each line shows as it is measured.
const meterRow = "%9s %9s %7s %6s %10s %7s %7s %8s %8s %9s\n"

// ingestMeter measures bench --ingest: it keeps the sizes of the
// documents handed to the writer, in order, so that a commit of n
// documents in total knows their bytes, and prints a line every every
// stored documents.
type ingestMeter struct {
	e     *cliEnv
	ctx   context.Context
	st    *store.Store
	every int
	next  int // documents stored at which the next line is due

	mu             sync.Mutex
	pending        []int // sizes of the documents handed over and not yet counted
	committedBytes int64
	consumed       int // documents of pending already counted in committedBytes

	start time.Time
	cpu0  time.Duration
	lastN int
	lastT time.Duration
}

// handed records the size of a document handed to the writer.
func (m *ingestMeter) handed(size int) {
	m.mu.Lock()
	m.pending = append(m.pending, size)
	m.mu.Unlock()
}

// committed is the ingester's OnCommit: it counts the bytes of the
// documents stored and prints a line when one is due.
func (m *ingestMeter) committed(s store.IngestStats) {
	n := s.Added + s.Known
	m.mu.Lock()
	for ; m.consumed < n && len(m.pending) > 0; m.consumed++ {
		m.committedBytes += int64(m.pending[0])
		m.pending = m.pending[1:]
	}
	m.mu.Unlock()
	if n >= m.next {
		m.row(n, false)
		for m.next <= n {
			m.next += m.every
		}
	}
}

// row prints the line for n stored documents: elapsed time, rates, CPU
// time, memory, Go heap and store size (after a checkpoint when final).
func (m *ingestMeter) row(n int, final bool) {
	e, ctx, st := m.e, m.ctx, m.st
	mb := func(n int64) string { return fmt.Sprintf("%.1f", float64(n)/(1<<20)) }
	el := time.Since(m.start)
	cpu := "n/a"
	if c, ok := cpuTime(); ok {
		cpu = fmt.Sprintf("%.1f", (c - m.cpu0).Seconds())
	}
	rss, hwm := "n/a", "n/a"
	if r, h, ok := memStatus(); ok {
		rss, hwm = mb(r), mb(h)
	}
	live := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(live)
	heap := "n/a"
	if live[0].Value.Kind() == metrics.KindUint64 {
		heap = mb(int64(live[0].Value.Uint64()))
	}
	size := "n/a"
	if final {
		if err := st.Checkpoint(ctx); err != nil {
			fmt.Fprintf(e.stderr, "chronicle: %v\n", err)
		}
	}
	if sz, err := st.Size(ctx); err == nil {
		size = mb(sz)
	} else {
		fmt.Fprintf(e.stderr, "chronicle: %v\n", err)
	}
	m.mu.Lock()
	bytes := m.committedBytes
	m.mu.Unlock()
	rate, overall, mbs := "-", "-", "-"
	if n > 0 {
		overall = fmt.Sprintf("%.1f", float64(n)/el.Seconds())
		mbs = fmt.Sprintf("%.2f", float64(bytes)/1e6/el.Seconds())
	}
	if d := (el - m.lastT).Seconds(); n > m.lastN && d > 0 {
		rate = fmt.Sprintf("%.1f", float64(n-m.lastN)/d)
	}
	fmt.Fprintf(e.stdout, meterRow, strconv.Itoa(n), fmt.Sprintf("%.1f", el.Seconds()), overall, mbs, rate, cpu, rss, hwm, heap, size)
	m.lastN, m.lastT = n, el
}

// startCPUProfile starts a CPU profile into path ("" for none) and returns
// what stops it.
func startCPUProfile(path string) (stop func(), err error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("--cpuprofile: %w", err)
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}
