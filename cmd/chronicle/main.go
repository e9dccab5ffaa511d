// Command chronicle turns news articles into a chronological timeline and a
// knowledge graph of actors, places and events.
//
// Exit codes: 0 ok, 1 a failure while working (some input could not be
// read or an output could not be written), 2 bad usage.
package main

import (
	"errors"
	"fmt"
	"github.com/bytedance/gopkg/util/gctuner"
	"io"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/spf13/cobra"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// usageError marks errors that are the caller's: exit code 2.
type usageError struct{ error }

func usagef(format string, a ...any) error { return usageError{fmt.Errorf(format, a...)} }

// failedInputs is returned when the command produced its output but some
// inputs could not be processed: exit code 1, messages already printed.
var errFailedInputs = errors.New("some inputs failed")

func main() {
	tuneGC()
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// tuneGC trades memory for speed unless the user set GOGC or GOMEMLIMIT:
// the stages allocate many small, short-lived objects, and at Go's default
// (GOGC=100) collection took about a quarter of the CPU time of a run.
// While the live heap is small, the collector lets it grow 4 times over
// between cycles (GOGC=400), which takes a fraction of that time; as the
// live heap nears heapTarget, the tuner (bytedance/gopkg gctuner, which
// resets GOGC after every cycle) brings GOGC down towards 50, so a long
// document or a large corpus does not hold 5 times its live memory. A soft
// limit of 2 GiB makes the collector work harder still past that.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		gctuner.SetMaxGCPercent(400)
		gctuner.SetMinGCPercent(25)
		gctuner.Tuning(heapTarget)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(2 << 30)
	}
}

// heapTarget is the heap size that tuneGC aims to stay under when the
// live heap allows: a third of a typical 1.5 GiB container. (It was 300
// MiB: the models alone keep about 110 MiB live, so the collector ran
// about twice as often, and took about a tenth of the pipeline's CPU time
// on TBAQ; at 512 MiB, half that, for about 80 MiB more peak memory.)
const heapTarget = 512 << 20

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRoot(stdin, stdout, stderr)
	root.SetArgs(args)
	err := root.Execute()
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errFailedInputs):
		return 1
	}
	var ue usageError
	if errors.As(err, &ue) || isCobraUsage(err) {
		fmt.Fprintf(stderr, "chronicle: %s\nRun 'chronicle --help' for usage.\n", safeText(err.Error()))
		return 2
	}
	fmt.Fprintf(stderr, "chronicle: %s\n", safeText(err.Error()))
	return 1
}

func newRoot(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	// Warnings and errors come from several goroutines at once (readers,
	// the pipeline's emitter, the store's writer): one lock for them all.
	stderr = &lockedWriter{w: stderr}
	root := &cobra.Command{
		Use:   "chronicle",
		Short: "Turn news articles into a timeline and a knowledge graph",
		Long: `Chronicle reads news articles (plain text, HTML, TimeML, JSON Lines; files,
folders or stdin), finds the document date and every temporal expression,
the people, organizations and places, and the events that link them, then
prints a chronological timeline or exports the knowledge graph.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       version,
	}
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return usageError{err} })
	env := &cliEnv{stdin: stdin, stdout: stdout, stderr: stderr}
	root.AddCommand(
		newTimelineCmd(env),
		newGraphCmd(env),
		newExtractCmd(env),
		newParseCmd(env),
		newServeCmd(env),
		newIngestCmd(env),
		newEntitiesCmd(env),
		newTempevalCmd(env),
		newEvalCmd(env),
		newBenchCmd(env),
		&cobra.Command{
			Use:   "version",
			Short: "Print the version",
			Args:  cobra.NoArgs,
			Run:   func(c *cobra.Command, _ []string) { fmt.Fprintln(stdout, "chronicle", version) },
		},
	)
	return root
}

// isCobraUsage recognises cobra's own argument errors (unknown command,
// wrong number of arguments), which it returns as plain errors.
func isCobraUsage(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "accepts ", "requires at least", "unknown flag", "unknown shorthand", "invalid argument", "flag needs an argument", "requires exactly"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}

// cliEnv carries the streams, so tests can run commands in-process.
type cliEnv struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	docs           atomic.Int64 // documents processed without error (run)
	badRecords     atomic.Bool  // a record of an input was skipped (options' Warn)
	lim            limitedWarnings
}

// lockedWriter serializes writes to w. Each Fprintf is one Write, so a
// message is never interleaved with another.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

// Write writes one message with its control characters escaped (see
// safeText): a file name or an input's text quoted in a message never
// sends escape sequences to the terminal.
func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !needsEscape(string(p)) {
		return l.w.Write(p)
	}
	if _, err := io.WriteString(l.w, safeText(string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// writeRaw writes p as it is: the progress line's own \r and erase codes.
func (l *lockedWriter) writeRaw(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// unsafeRune reports the runes a message must not carry raw: control
// characters other than newline and tab, and the bidirectional overrides
// that reorder what a terminal shows.
func unsafeRune(r rune) bool {
	return (unicode.IsControl(r) && r != '\n' && r != '\t') ||
		(r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}

func needsEscape(s string) bool {
	if !utf8.ValidString(s) {
		return true
	}
	for _, r := range s {
		if unsafeRune(r) {
			return true
		}
	}
	return false
}

// safeText escapes what needsEscape finds, as Go escapes it in a quoted
// string (\x1b, \u202e, \xff for a byte that is not UTF-8).
func safeText(s string) string {
	if !needsEscape(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, "\\x%02x", s[i])
		case unsafeRune(r):
			q := strconv.QuoteRuneToASCII(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// safeName is how messages show a file name: as it is, or quoted as a Go
// string when it holds control characters or is not UTF-8.
func safeName(name string) string {
	if needsEscape(name) {
		return strconv.Quote(name)
	}
	return name
}

// warn prints a warning on stderr.
func (e *cliEnv) warn(msg string) {
	fmt.Fprintf(e.stderr, "chronicle: warning: %s\n", msg)
}
