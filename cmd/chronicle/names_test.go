package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestControlCharactersInNames: a file name with escape sequences (or bytes
// that are not UTF-8) reaches stderr escaped, in errors and in warnings.
func TestControlCharactersInNames(t *testing.T) {
	dir := t.TempDir()
	evil := filepath.Join(dir, "report\x1b]0;pwned\x07\x1b[2J\r\xff.txt")
	if err := os.WriteFile(evil, []byte("Putin met Abe in Danang on Friday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "gone\x1b[31m.txt")
	empty := filepath.Join(dir, "empty\u202e.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"timeline", evil, missing, empty},
		{"extract", evil, missing},
		{"graph", "--format", "dot", missing},
	} {
		_, errOut, code := chronicle(t, "", args...)
		if code != 1 {
			t.Errorf("%s: exit %d", args[0], code)
		}
		for _, bad := range []string{"\x1b", "\x07", "\r", "\xff", "\u202e"} {
			if strings.Contains(errOut, bad) {
				t.Errorf("%s: stderr carries %q raw:\n%q", args[0], bad, errOut)
			}
		}
		if !strings.Contains(errOut, `gone\x1b[31m.txt`) {
			t.Errorf("%s: the missing file is not named, escaped:\n%s", args[0], errOut)
		}
	}
	_, errOut, _ := chronicle(t, "", "timeline", evil)
	if !strings.Contains(errOut, `\r\xff.txt": warning`) || !strings.Contains(errOut, "warning: no document date") {
		t.Errorf("warning for the name with escapes:\n%s", errOut)
	}
}
