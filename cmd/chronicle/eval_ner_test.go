package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// eval ner scores names on a CoNLL-2003 file both ways: the entity stage on
// the file's tokens, and (--as-text) the whole pipeline on them written out
// as text. Our own two-sentence document, with a place-and-date line.
func TestEvalNERAsText(t *testing.T) {
	conll := `-DOCSTART- -X- O O

LONDON NNP I-NP I-LOC
2021-03-29 CD I-NP O

Angela NNP I-NP I-PER
Merkel NNP I-NP I-PER
met NN I-NP O
officials NNS I-NP O
of IN I-PP O
Siemens NNP I-NP I-ORG
in IN I-PP O
Berlin NNP I-NP I-LOC
on IN I-PP O
Monday NNP I-NP O
. . O O
`
	path := filepath.Join(t.TempDir(), "tiny.conll")
	if err := os.WriteFile(path, []byte(conll), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"eval", "ner", path}, {"eval", "ner", "--as-text", path}} {
		out := runOK(t, args...)
		if !strings.Contains(out, "PER+ORG+LOC") {
			t.Fatalf("%v: %s", args, out)
		}
		line := ""
		for _, l := range strings.Split(out, "\n") {
			if strings.HasPrefix(l, "PER+ORG+LOC") {
				line = l
			}
		}
		if !strings.Contains(line, "100.00") {
			t.Errorf("%v: %q, want every name found (LONDON from the place-and-date line too)", args, line)
		}
	}
}

// eval names scores articles annotated inline; a malformed file is named
// on stderr and skipped, the others scored. Our own short article.
func TestEvalNames(t *testing.T) {
	dir := t.TempDir()
	good := "March 22, 2013\n\n[[LOC|DETROIT]] - [[ORG|General Motors]] named [[PER|Mary Barra]] its chief executive on Tuesday. [[PER|Barra]] will run the company from [[LOC|Detroit]].\n"
	bad := "A [[PER|broken mark.\n"
	if err := os.WriteFile(filepath.Join(dir, "a.ann.txt"), []byte(good), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "b.ann.txt"), []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	var o, e bytes.Buffer
	if code := run([]string{"eval", "names", "--errors", dir}, strings.NewReader(""), &o, &e); code != 0 {
		t.Fatalf("exit %d: %s", code, e.String())
	}
	out := o.String()
	if !strings.Contains(out, "1 articles: gold 5, system 5") || !strings.Contains(out, "exact span and type  F1 100.00") {
		t.Errorf("output:\n%s", out)
	}
	if !strings.Contains(out, "1 of 2 files skipped") || !strings.Contains(e.String(), "b.ann.txt") || !strings.Contains(e.String(), "not closed") {
		t.Errorf("the malformed file: stdout %q, stderr %q", out, e.String())
	}
}

// eval briefing pairs an article's timeline with the lines a reader
// expects; a malformed expected file is named on stderr and skipped. Our
// own short article.
func TestEvalBriefing(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.txt": "Hanjin Shipping seeks court protection\n\nAugust 31, 2016\n\nHanjin Shipping, South Korea's largest container line, filed for court receivership on Wednesday after its creditors refused to extend its loans.\n",
		"a.expected.md": "- 2016-08-31 | Hanjin Shipping | filed for court receivership | done\n" +
			"- 2016-09 | Hanjin Shipping | sold its Pacific route | planned\n",
		"b.txt":         "Nothing happened.\n",
		"b.expected.md": "- 2016 | only two fields\n",
	}
	for name, s := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var o, e bytes.Buffer
	if code := run([]string{"eval", "briefing", "--lines", dir}, strings.NewReader(""), &o, &e); code != 0 {
		t.Fatalf("exit %d: %s", code, e.String())
	}
	out := o.String()
	for _, want := range []string{"matched   1  dated right   1", "date agrees", "not in the layer 1", "1 of 2 files skipped"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in output:\n%s", want, out)
		}
	}
	if !strings.Contains(e.String(), "b.expected.md: line 1") {
		t.Errorf("stderr %q: want the malformed file and its line", e.String())
	}
}
