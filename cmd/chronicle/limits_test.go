package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
)

// Many records without a date, and many broken ones: the first ten of each
// kind are printed, then one summary line each, not a line per record.
func TestWarningSummary(t *testing.T) {
	in := filepath.Join(t.TempDir(), "many.jsonl")
	var b strings.Builder
	for i := 0; i < 40; i++ {
		fmt.Fprintf(&b, "{\"text\":\"Leaders met %d times.\"}\n", i)
		if i%2 == 0 {
			b.WriteString("{\"text\":\n")
		}
	}
	if err := os.WriteFile(in, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := chronicle(t, "", "extract", in)
	if code != 1 {
		t.Errorf("exit %d, want 1 (broken records)", code)
	}
	if n := strings.Count(out, "\n"); n != 40 {
		t.Errorf("%d documents extracted, want 40", n)
	}
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	if len(lines) != 22 {
		t.Errorf("%d lines on stderr, want 10+10 warnings and 2 summaries:\n%s", len(lines), errOut)
	}
	for _, want := range []string{
		"... and 30 more documents without a date (40 in all; the first 10 are shown above)",
		"... and 10 more skipped records (20 in all; the first 10 are shown above)",
		"many.jsonl#1: warning: no document date found",
		"many.jsonl:2: ",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	// Under the limit, no summary.
	_, errOut, _ = chronicle(t, `{"text":"Leaders met."}`+"\n", "extract", "--input-format", "jsonl", "-")
	if !strings.Contains(errOut, "no document date") || strings.Contains(errOut, "more ") {
		t.Errorf("one warning, no summary, wanted:\n%s", errOut)
	}
}

func TestParseSize(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int64
	}{
		{"600M", 600 << 20}, {"600MB", 600 << 20}, {"600mib", 600 << 20}, {"4G", 4 << 30},
		{"1.5G", 3 << 29}, {"2048K", 2 << 20}, {"1T", 1 << 40}, {"300", 300 << 20}, {" 8g ", 8 << 30},
	} {
		got, err := parseSize(c.in)
		if err != nil || got != c.want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", c.in, got, err, c.want)
		}
	}
	for _, bad := range []string{"", "G", "-1G", "0", "lots", "512K", "1e30G", "4X"} {
		if n, err := parseSize(bad); err == nil {
			t.Errorf("parseSize(%q) = %d, want an error", bad, n)
		}
	}
}

func TestMaxMemoryFlag(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1)) // the flag sets it
	_, errOut, code := chronicle(t, "Leaders met in Paris on Monday.", "extract", "--max-memory", "lots", "-")
	if code != 2 || !strings.Contains(errOut, "--max-memory") {
		t.Errorf("bad --max-memory: exit %d, stderr %q; want 2 and a message", code, errOut)
	}
	out, _, code := chronicle(t, "Leaders met in Paris on Monday.", "extract", "--max-memory", "64M", "--dct", "2017-11-10", "-")
	if code != 0 || !strings.Contains(out, "Paris") {
		t.Errorf("--max-memory 64M: exit %d, out %q", code, out)
	}
	if defaultMemoryBudget() < 1<<20 {
		t.Errorf("default budget %d", defaultMemoryBudget())
	}
}
