package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestJSONLBrokenLine: a broken line of a JSON Lines file is an error naming
// file and line (exit 1, even with -q); the other records are processed.
func TestJSONLBrokenLine(t *testing.T) {
	in := filepath.Join(t.TempDir(), "wire.jsonl")
	jsonl := `{"id":"good-1","date":"2018-03-01","text":"Vladimir Putin met Shinzo Abe in Tokyo on Friday."}
{"id":"broken","date":"2018-03-02","text":"Angela Merkel met
{"id":"good-2","date":"2018-03-03","text":"Justin Trudeau visited Seoul on Monday."}
`
	if err := os.WriteFile(in, []byte(jsonl), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"", "-q"} {
		args := []string{"timeline", in}
		if q != "" {
			args = append(args, q)
		}
		out, errOut, code := chronicle(t, "", args...)
		if code != 1 || !strings.Contains(errOut, in+":2:") || !strings.Contains(out, "Tokyo") || !strings.Contains(out, "Seoul") {
			t.Errorf("%v: exit %d\nstdout:\n%s\nstderr:\n%s", args, code, out, errOut)
		}
	}
}
