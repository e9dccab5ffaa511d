package document

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedDir is ../shared beside the repository (three levels up from here).
var sharedDir = filepath.Join("..", "..", "..", "shared")

// The reference article: its dateline, headline, publisher and chrome.
// Assertions name lines by their shape and by short fragments so no
// sentence of the article is copied here.
func TestSeedArticle(t *testing.T) {
	path := filepath.Join(sharedDir, "corpus", "seed", "japan-russia-2017-11-10.txt")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Skip("../shared not present: ", err)
	}
	docs, err := Read(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	if d.Text != string(raw) || d.ID != "japan-russia-2017-11-10.txt" || d.Format != FormatText {
		t.Errorf("ID %q format %q, text kept: %v", d.ID, d.Format, d.Text == string(raw))
	}
	if got := d.DCT.Format("2006-01-02"); got != "2017-11-10" || d.DCTSource != DCTFromDateline {
		t.Errorf("DCT %s from %q", got, d.DCTSource)
	}
	if d.DCTSpan == nil || d.Text[d.DCTSpan.Start:d.DCTSpan.End] != "November 10, 2017" {
		t.Errorf("DCT span %v", d.DCTSpan)
	}
	lines := strings.Split(strings.TrimRight(d.Text, "\n"), "\n")
	var nonEmpty []string
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			nonEmpty = append(nonEmpty, l)
		}
	}
	// The headline is the third non-empty line, after the print button and
	// the breadcrumb.
	headline := strings.TrimSpace(nonEmpty[2])
	if d.Title != headline || !strings.HasPrefix(headline, "Putin links") {
		t.Errorf("title %q, want the line %q", d.Title, headline)
	}
	if d.Source != "The Japan Times" {
		t.Errorf("source %q", d.Source)
	}
	at := func(line string) Span {
		i := strings.Index(d.Text, line)
		return Span{i, i + len(line)}
	}
	for _, l := range []string{nonEmpty[0], nonEmpty[1], nonEmpty[3], nonEmpty[4], nonEmpty[5]} {
		if d.InBody(at(strings.TrimSpace(l))) {
			t.Errorf("chrome line %q inside body", l)
		}
	}
	if !strings.Contains(nonEmpty[0], "PRINT") || !strings.Contains(nonEmpty[1], " > ") {
		t.Errorf("unexpected first lines %q %q", nonEmpty[0], nonEmpty[1])
	}
	// The four trailing tags.
	n := len(nonEmpty)
	for _, l := range nonEmpty[n-4:] {
		if !strings.HasPrefix(strings.TrimSpace(l), "•") || d.InBody(at(strings.TrimSpace(l))) {
			t.Errorf("tag line %q inside body or not a tag", l)
		}
	}
	// The first and last paragraphs, and everything between, are body.
	first, last := strings.TrimSpace(nonEmpty[6]), strings.TrimSpace(nonEmpty[n-5])
	if !d.InBody(at(first)) || !d.InBody(at(last)) || !d.InBody(at(headline)) {
		t.Errorf("first/last paragraph or headline outside body: %v", d.Body)
	}
	if !d.InBody(Span{at(first).Start, at(last).End}) {
		t.Errorf("the article is split: %v", d.Body)
	}
}
