//go:build unix

package main

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestOutputKeptWhenAllInputsFail: when no input can be processed, -o FILE
// keeps what it held (exit 1) instead of becoming an empty result.
func TestOutputKeptWhenAllInputsFail(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"timeline", "--format", "json"},
		{"graph", "--format", "json"},
		{"extract"},
	} {
		p := filepath.Join(dir, args[0]+".out")
		if err := os.WriteFile(p, []byte("yesterday's briefing\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		_, errOut, code := chronicle(t, "", append(args, "-o", p, filepath.Join(dir, "missing-1.txt"), filepath.Join(dir, "missing-2.txt"))...)
		b, _ := os.ReadFile(p)
		if code != 1 || string(b) != "yesterday's briefing\n" {
			t.Errorf("%s: exit %d, %s now holds %q\n%s", args[0], code, p, b, errOut)
		}
		if left, _ := filepath.Glob(filepath.Join(dir, ".*.tmp")); len(left) > 0 {
			t.Errorf("%s: temporary files left: %v", args[0], left)
		}
	}
	// One input processed: the file is written, exit 1 for the other.
	p := filepath.Join(dir, "some.json")
	if _, errOut, code := chronicle(t, "", "timeline", "--format", "json", "-o", p, example, filepath.Join(dir, "missing.txt")); code != 1 {
		t.Errorf("one input of two: exit %d\n%s", code, errOut)
	}
	if b, err := os.ReadFile(p); err != nil || !strings.Contains(string(b), "Putin") {
		t.Errorf("one input of two: %s: %v %.100q", p, err, b)
	}
}

// TestOutputTempRemovedOnSignal: SIGINT or SIGTERM while -o is being
// written removes the temporary file, and the exit code says which signal.
func TestOutputTempRemovedOnSignal(t *testing.T) {
	if args := os.Getenv("CHRONICLE_TEST_CHILD"); args != "" {
		os.Exit(run(strings.Split(args, "\x1f"), os.Stdin, os.Stdout, os.Stderr))
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		sig  syscall.Signal
		code int
	}{{syscall.SIGINT, 130}, {syscall.SIGTERM, 143}} {
		dir := t.TempDir()
		out := filepath.Join(dir, "x.json")
		cmd := exec.Command(exe, "-test.run=^TestOutputTempRemovedOnSignal$")
		cmd.Env = append(os.Environ(), "CHRONICLE_TEST_CHILD="+strings.Join([]string{"extract", "-q", "-o", out, "-"}, "\x1f"))
		stdin, err := cmd.StdinPipe() // kept open: extract waits for its input
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stderr = io.Discard
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		var tmp []string
		for range 200 {
			if tmp, _ = filepath.Glob(filepath.Join(dir, ".x.json.*.tmp")); len(tmp) > 0 {
				break
			}
			time.Sleep(25 * time.Millisecond)
		}
		if len(tmp) == 0 {
			cmd.Process.Kill()
			t.Fatal("no temporary file appeared")
		}
		time.Sleep(50 * time.Millisecond)
		cmd.Process.Signal(tc.sig)
		err = cmd.Wait()
		stdin.Close()
		code := -1
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
		left, _ := filepath.Glob(filepath.Join(dir, "*"))
		hidden, _ := filepath.Glob(filepath.Join(dir, ".*"))
		if code != tc.code || len(left)+len(hidden) > 0 {
			t.Errorf("%v: exit %d (want %d), left %v %v", tc.sig, code, tc.code, left, hidden)
		}
	}
}
