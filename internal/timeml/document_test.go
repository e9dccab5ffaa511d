package timeml_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/timeml"
)

// The document reader reads TimeML through this package's parser
// (ParseDocument, passed in the options): words map back to the same bytes of the file, the DCT,
// title and DOCID come through.
func TestDocumentReaderUsesParser(t *testing.T) {
	raw, err := os.ReadFile("testdata/sample.tml")
	if err != nil {
		t.Fatal(err)
	}
	docs, err := document.ReadReader("dir/sample.tml", strings.NewReader(string(raw)), document.Options{TimeML: timeml.ParseDocument})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	if d.ID != "sample.tml" || d.DocID != "sample-0001" || d.Title != "Library extends its opening hours" ||
		d.DCT.Format("2006-01-02") != "2003-04-16" || d.DCTSource != document.DCTFromTimeML || d.Body != nil {
		t.Errorf("got %+v", d)
	}
	for _, w := range []string{"library", "open", "May", "council", "staff", "yesterday", " the staff"} {
		i := strings.Index(d.Text, w)
		src := d.SourceOffset(i)
		if got := string(raw[src : src+len(w)]); got != w {
			t.Errorf("%q maps to %q", w, got)
		}
	}
	if src := d.SourceOffset(strings.Index(d.Text, "&")); !strings.HasPrefix(string(raw[src:]), "&amp; the") {
		t.Errorf("& maps to %q", raw[src:src+9])
	}
}

func TestDocumentReaderErrors(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct{ name, in, want string }{
		{"bad.tml", "<TimeML><TEXT>unclosed</TimeML>", "bad.tml: malformed TimeML: "},
		{"baddct.tml", `<TimeML><DCT><TIMEX3 tid="t0" functionInDocument="CREATION_TIME" value="1998-02-30">x</TIMEX3></DCT><TEXT>Some words.</TEXT></TimeML>`, `baddct.tml: malformed TimeML: DCT value "1998-02-30" is not a valid date`},
		{"notag.tml", "just words", "notag.tml: malformed TimeML: "},
	} {
		p := filepath.Join(dir, tt.name)
		os.WriteFile(p, []byte(tt.in), 0o644)
		_, err := document.Read(p, document.Options{TimeML: timeml.ParseDocument})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one containing %q", tt.name, err, tt.want)
		}
	}
}
