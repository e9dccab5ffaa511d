package main

import (
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Words that follow the same words fall in one class, and the file is
// the same on every run.
func TestExchange(t *testing.T) {
	var sents [][]string
	for i := 0; i < 20; i++ {
		for _, town := range []string{"Paris", "Rome", "Oslo"} {
			sents = append(sents, strings.Fields("he flew to "+town+" ."))
			sents = append(sents, strings.Fields("she went to "+town+" ."))
		}
		for _, day := range []string{"Monday", "Friday", "Sunday"} {
			sents = append(sents, strings.Fields("he left on "+day+" ."))
			sents = append(sents, strings.Fields("she came on "+day+" ."))
		}
	}
	sents = append(sents, []string{"once"})
	c := newCorpus(sents, 3)
	if c.words[0] != "<s>" || c.words[1] != "<rare>" || c.types != 16 || len(c.words) != 17 {
		t.Fatalf("vocabulary %q of %d types", c.words, c.types)
	}
	cls := c.exchange(4, 20)
	class := map[string]int32{}
	for w, k := range cls {
		class[c.words[w]] = k
	}
	if class["Paris"] != class["Rome"] || class["Rome"] != class["Oslo"] {
		t.Errorf("towns: %d %d %d", class["Paris"], class["Rome"], class["Oslo"])
	}
	if class["Monday"] != class["Friday"] || class["Friday"] != class["Sunday"] {
		t.Errorf("days: %d %d %d", class["Monday"], class["Friday"], class["Sunday"])
	}
	if class["Paris"] == class["Monday"] {
		t.Error("towns and days share a class")
	}

	dir := t.TempDir()
	var files [2][]byte
	for i := range files {
		p := filepath.Join(dir, "c.txt.gz")
		if err := write(p, newCorpus(sents, 3), [][]int32{newCorpus(sents, 3).exchange(4, 20)}); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		files[i] = b
	}
	if string(files[0]) != string(files[1]) {
		t.Error("two runs wrote different files")
	}
	zr, err := gzip.NewReader(strings.NewReader(string(files[0])))
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	if len(lines) != 15 || !strings.HasPrefix(lines[0], ".\t") || strings.Contains(string(b), "once") {
		t.Errorf("file: %q", lines)
	}
}
