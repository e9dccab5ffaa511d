// Command chronicle turns news articles into a chronological timeline and a
// knowledge graph of actors, places and events.
//
// Exit codes: 0 ok, 1 a failure while working (some input could not be
// read or an output could not be written), 2 bad usage.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"sync"

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
// (GOGC=100) collection took about a quarter of the CPU time of a run. At
// 400 it takes a fraction of that; a soft limit of 2 GiB makes the collector
// work harder again before a large corpus could exhaust memory.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(2 << 30)
	}
}

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
		fmt.Fprintf(stderr, "chronicle: %v\nRun 'chronicle --help' for usage.\n", err)
		return 2
	}
	fmt.Fprintf(stderr, "chronicle: %v\n", err)
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
}

// lockedWriter serializes writes to w. Each Fprintf is one Write, so a
// message is never interleaved with another.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// warn prints a warning on stderr.
func (e *cliEnv) warn(msg string) {
	fmt.Fprintf(e.stderr, "chronicle: warning: %s\n", msg)
}
