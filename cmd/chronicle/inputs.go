package main

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/internal/timeml"
)

// inputFlags are shared by every command that reads articles.
type inputFlags struct {
	dct     string
	format  string
	maxMB   int
	workers int
	quiet   bool
	// maxMemory is --max-memory as given ("" for the default).
	maxMemory string
	// keepSyntax: long documents keep their tokens and trees (parse).
	keepSyntax bool
	// keepMentions: collectAll keeps the event layer's mentions
	// (timeline --all).
	keepMentions bool
}

func (f *inputFlags) register(c *cobra.Command) {
	c.Flags().StringVar(&f.dct, "dct", "", "document date for every input, as `YYYY-MM-DD` (overrides what the documents say)")
	c.Flags().StringVar(&f.format, "input-format", "", "read every input as `FORMAT` (text, html, timeml, jsonl) instead of by extension")
	c.Flags().IntVar(&f.maxMB, "max-size", document.DefaultMaxBytes>>20, "refuse inputs larger than `MB` megabytes")
	c.Flags().IntVar(&f.workers, "workers", 0, "documents processed in parallel (default: number of CPUs)")
	c.Flags().BoolVarP(&f.quiet, "quiet", "q", false, "no warnings or progress on stderr (errors are still printed)")
	c.Flags().StringVar(&f.maxMemory, "max-memory", "", "memory `SIZE` that all workers share (e.g. 4G, 600M; default: half the machine's memory)")
}

// options turns the flags into reader options. Warnings about single
// records of an input (a bad JSON Lines line) go to stderr, one at a time.
func (e *cliEnv) options(f *inputFlags) (document.Options, error) {
	opt := document.Options{Format: f.format, LimitHint: "; raise it with --max-size", TimeML: timeml.ParseDocument}
	if f.maxMB <= 0 {
		return opt, usagef("--max-size %d: want a positive number of megabytes", f.maxMB)
	}
	opt.MaxBytes = int64(f.maxMB) << 20
	switch f.format {
	case "", document.FormatText, document.FormatHTML, document.FormatTimeML, document.FormatJSONL:
	default:
		return opt, usagef("--input-format %q: choose one of text, html, timeml, jsonl", f.format)
	}
	// A bad record (a broken JSON Lines line, "FILE:LINE: ...") is an
	// error: the other records are still processed, and the exit code is 1.
	opt.Warn = func(msg string) { // from the reader goroutine; e.stderr is locked
		e.badRecords.Store(true)
		e.limited("skipped records", fmt.Sprintf("chronicle: %s (record skipped)\n", msg))
	}
	if f.dct != "" {
		t, err := time.Parse("2006-01-02", f.dct)
		if err != nil {
			return opt, usagef("--dct %q: want a date as YYYY-MM-DD (for example 2017-11-10)", f.dct)
		}
		opt.DCT = t
	}
	return opt, nil
}

// extensions read when walking a folder.
var walkExts = []string{".txt", ".text", ".html", ".htm", ".tml", ".te3input", ".jsonl", ".xml"}

// sources expands the arguments: files, folders (recursively, by extension,
// sorted) and "-" for stdin. Paths that do not exist become sources whose
// read fails, so they are reported in order with the rest.
func (e *cliEnv) sources(args []string, opt document.Options) ([]pipeline.Source, error) {
	if len(args) == 0 {
		return nil, usagef("no input: give files, folders, or - for standard input")
	}
	var out []pipeline.Source
	stdinUsed := false
	for _, a := range args {
		if a == "-" {
			if stdinUsed {
				return nil, usagef("- (standard input) given more than once")
			}
			stdinUsed = true
			in := e.stdin
			out = append(out, pipeline.Source{Name: "stdin", Each: func(yield func(*document.Document) error) error {
				return document.ReadReaderEach("stdin", in, opt, yield)
			}})
			continue
		}
		st, err := os.Stat(a)
		if err == nil && st.IsDir() {
			n := 0
			werr := document.Walk(a, walkExts, func(p string) error {
				n++
				out = append(out, fileSource(p, opt))
				return nil
			})
			if werr != nil {
				out = append(out, failedSource(a, werr))
			} else if n == 0 {
				out = append(out, failedSource(a, fmt.Errorf("%s: folder holds no readable articles (%s)", a, strings.Join(walkExts, " "))))
			}
			continue
		}
		out = append(out, fileSource(a, opt))
	}
	return out, nil
}

func fileSource(p string, opt document.Options) pipeline.Source {
	return pipeline.Source{Name: p, Each: func(yield func(*document.Document) error) error { return document.ReadEach(p, opt, yield) }}
}

func failedSource(name string, err error) pipeline.Source {
	return pipeline.Source{Name: name, Read: func() ([]*document.Document, error) { return nil, err }}
}

// collect runs the pipeline over the inputs and calls each for every
// document result, in input order. Errors are printed as they come; the
// return value says whether any input failed.
func (e *cliEnv) collect(args []string, f *inputFlags, each func(*pipeline.Result) error) (failed bool, err error) {
	opt, err := e.options(f)
	if err != nil {
		return false, err
	}
	srcs, err := e.sources(args, opt)
	if err != nil {
		return false, err
	}
	return e.run(srcs, f, each)
}

// run runs the pipeline over sources with a progress bar, printing errors
// and missing-date warnings as they come, and calls each for every
// document result in input order.
func (e *cliEnv) run(srcs []pipeline.Source, f *inputFlags, each func(*pipeline.Result) error) (failed bool, err error) {
	budget, err := e.memoryBudget(f)
	if err != nil {
		return false, err
	}
	prog := newProgress(e.stderr, len(srcs), f.quiet)
	defer e.summarizeLimited()
	err = pipeline.RunWith(srcs, pipeline.Options{Workers: f.workers, MaxMemory: budget, KeepSyntax: f.keepSyntax}, func(o pipeline.Output) error {
		if o.Done {
			prog.step()
		}
		if o.Err != nil {
			failed = true
			prog.clear()
			fmt.Fprintf(e.stderr, "chronicle: %s\n", errWithName(o.Source, o.Err))
			return nil
		}
		for _, r := range o.Results {
			if !f.quiet && !r.Doc.HasDCT() {
				prog.clear()
				e.limited("documents without a date", fmt.Sprintf("chronicle: %s: warning: no document date found; relative dates are left unresolved (give one with --dct YYYY-MM-DD)\n", safeName(r.Doc.ID)))
			} else if !f.quiet && r.Doc.DCTSource == document.DCTFromDatelineTextYear {
				prog.clear()
				e.limited("documents dated in a year the text names", fmt.Sprintf("chronicle: %s: note: the dateline has no year; dated %s, in the latest year the text names (give --dct YYYY-MM-DD to set it)\n", safeName(r.Doc.ID), r.Doc.DCT.Format("2006-01-02")))
			} else if !f.quiet && r.Doc.DCTSource == document.DCTFromFileName {
				prog.clear()
				e.limited("documents dated by their file name", fmt.Sprintf("chronicle: %s: note: the text gives no date; dated %s, the date in the file's name (give --dct YYYY-MM-DD to set it)\n", safeName(r.Doc.ID), r.Doc.DCT.Format("2006-01-02")))
			}
			if err := each(r); err != nil {
				return err
			}
			e.docs.Add(1)
		}
		return nil
	})
	prog.clear()
	return failed || e.badRecords.Load(), err
}

// collectAll runs the pipeline over the inputs and keeps every result, for
// the commands that need the whole collection (timeline, graph).
func (e *cliEnv) collectAll(args []string, f *inputFlags) (results []*pipeline.Result, failed bool, err error) {
	seen := map[string]string{} // content hash -> first document's name
	failed, err = e.collect(args, f, func(r *pipeline.Result) error {
		// The same text twice (a copy, or the HTML and text of one
		// article) is one document, as in the store: counted once.
		if r.Doc != nil {
			h := document.Hash(r.Doc)
			if first, ok := seen[h]; ok {
				e.limited("documents counted once", fmt.Sprintf("chronicle: %s: warning: the same text as %s; counted once\n", safeName(r.Doc.ID), safeName(first)))
				return nil
			}
			seen[h] = r.Doc.ID
		}
		mentions := r.Mentions
		r.Compact()
		if f.keepMentions {
			r.Mentions = mentions
		}
		results = append(results, r)
		return nil
	})
	return results, failed, err
}

// errWithName makes sure an error message starts with the input's name.
// A name with control characters is shown quoted (safeName), wherever
// the message repeats it.
func errWithName(name string, err error) string {
	msg := err.Error()
	if q := safeName(name); q != name {
		msg = strings.ReplaceAll(msg, name, q)
		name = q
	}
	if strings.HasPrefix(msg, name+":") || strings.HasPrefix(msg, name+" ") {
		return msg
	}
	return name + ": " + msg
}

// progress shows "n/N inputs" on a terminal for long runs, nothing otherwise.
type progress struct {
	w        io.Writer
	total, n int
	on       bool
	last     time.Time
	shown    bool
}

func newProgress(w io.Writer, total int, quiet bool) *progress {
	p := &progress{w: w, total: total}
	tty := w
	if l, ok := w.(*lockedWriter); ok {
		tty = l.w
	}
	if f, ok := tty.(*os.File); ok && !quiet && total > 20 {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			p.on = true
		}
	}
	return p
}

func (p *progress) step() {
	p.n++
	if !p.on || time.Since(p.last) < 200*time.Millisecond {
		return
	}
	p.last = time.Now()
	p.shown = true
	p.write(fmt.Sprintf("\rchronicle: %d/%d inputs (%d%%)", p.n, p.total, 100*p.n/p.total))
}

func (p *progress) clear() {
	if p.shown {
		p.write("\r\033[K")
		p.shown = false
	}
}

// write writes the progress line with its control codes (not escaped).
func (p *progress) write(s string) {
	if l, ok := p.w.(*lockedWriter); ok {
		l.writeRaw([]byte(s))
		return
	}
	io.WriteString(p.w, s)
}

// output opens the -o file (written atomically: a temporary file renamed
// into place once complete) or returns stdout.
type outFile struct {
	w    io.Writer
	f    *os.File
	path string
	e    *cliEnv
}

func (e *cliEnv) openOut(path string) (*outFile, error) {
	if path == "" || path == "-" {
		return &outFile{w: e.stdout}, nil
	}
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return nil, fmt.Errorf("%s: cannot write: %v", path, err)
	}
	trackTemp(f.Name())
	return &outFile{w: f, f: f, path: path, e: e}, nil
}

// The temporary files of -o being written: a SIGINT or SIGTERM removes
// them before the process ends (exit 130 or 143, as a shell reports a
// process killed by the signal). The handler is installed only while one
// is open, so that serve keeps its own graceful shutdown.
var temps struct {
	sync.Mutex
	names map[string]bool
	sig   chan os.Signal
	stop  chan struct{}
}

func trackTemp(name string) {
	temps.Lock()
	defer temps.Unlock()
	if temps.names == nil {
		temps.names = map[string]bool{}
	}
	temps.names[name] = true
	if len(temps.names) > 1 {
		return
	}
	sig, stop := make(chan os.Signal, 1), make(chan struct{})
	temps.sig, temps.stop = sig, stop
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	go func() {
		select {
		case s := <-sig:
			temps.Lock()
			for n := range temps.names {
				os.Remove(n)
			}
			code := 130
			if s == syscall.SIGTERM {
				code = 143
			}
			os.Exit(code) // with the lock held: no new temporary file
		case <-stop:
		}
	}()
}

func untrackTemp(name string) {
	temps.Lock()
	defer temps.Unlock()
	if !temps.names[name] {
		return
	}
	delete(temps.names, name)
	if len(temps.names) == 0 {
		signal.Stop(temps.sig)
		close(temps.stop)
	}
}

// close finishes the output; on a failed run the partial file is removed.
func (o *outFile) close(ok bool) error {
	if o.f == nil {
		return nil
	}
	name := o.f.Name()
	defer untrackTemp(name)
	o.f.Chmod(0o644) // CreateTemp makes 0600; an export is an ordinary file
	err := o.f.Close()
	if !ok || err != nil {
		os.Remove(name)
		if err != nil {
			return fmt.Errorf("%s: %v", o.path, err)
		}
		return nil
	}
	if err := os.Rename(name, o.path); err != nil {
		os.Remove(name)
		return fmt.Errorf("%s: %v", o.path, err)
	}
	return nil
}

// color reports whether terminal colours suit this output: a terminal on
// standard output and no NO_COLOR in the environment.
func (e *cliEnv) color(o *outFile) bool {
	if o.f != nil || os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
		return false
	}
	f, ok := e.stdout.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
