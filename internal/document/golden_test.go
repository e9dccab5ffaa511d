package document

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// dumpDocs renders what the readers found, for golden files.
func dumpDocs(docs []*Document) string {
	var b strings.Builder
	for i, d := range docs {
		fmt.Fprintf(&b, "== document %d: %s\n", i+1, d.ID)
		fmt.Fprintf(&b, "format: %s\ndocid: %s\ntitle: %s\nsource: %s\n", d.Format, d.DocID, d.Title, d.Source)
		if d.HasDCT() {
			fmt.Fprintf(&b, "dct: %s (%s)", d.DCT.Format("2006-01-02"), d.DCTSource)
			if d.DCTSpan != nil {
				fmt.Fprintf(&b, " from %q", d.Text[d.DCTSpan.Start:d.DCTSpan.End])
			}
			b.WriteString("\n")
		} else {
			b.WriteString("dct: none\n")
		}
		if d.Format != FormatText {
			fmt.Fprintf(&b, "text:\n%s\n", indent(d.Text))
		}
		if d.Body == nil {
			b.WriteString("body: all\n")
		} else {
			b.WriteString("body:\n")
			for _, s := range d.Body {
				fmt.Fprintf(&b, "  [%d,%d) source [%d,%d)\n%s\n", s.Start, s.End, d.SourceOffset(s.Start), d.SourceOffset(s.End), indent(d.Text[s.Start:s.End]))
			}
		}
	}
	return b.String()
}

func indent(s string) string {
	return "    | " + strings.ReplaceAll(s, "\n", "\n    | ")
}

func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.*")
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			docs, err := Read(f, Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := dumpDocs(docs)
			golden := filepath.Join("testdata", "golden", filepath.Base(f)+".golden")
			if *update {
				os.MkdirAll(filepath.Dir(golden), 0o755)
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got != string(want) {
				t.Errorf("output differs from %s (run go test -update and review the diff):\n%s", golden, got)
			}
		})
	}
}
