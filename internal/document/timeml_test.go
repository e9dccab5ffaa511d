package document

import (
	"os"
	"strings"
	"testing"
)

func TestTimeMLFallback(t *testing.T) {
	raw, err := os.ReadFile("testdata/sample.tml")
	if err != nil {
		t.Fatal(err)
	}
	saved := TimeMLParser
	TimeMLParser = nil
	defer func() { TimeMLParser = saved }()
	docs, err := ReadReader("dir/sample.tml", strings.NewReader(string(raw)), Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	if d.ID != "sample.tml" || d.DocID != "sample-0001" || d.Title != "Library extends its opening hours" ||
		d.DCT.Format("2006-01-02") != "2003-04-16" || d.DCTSource != DCTFromTimeML || d.Body != nil {
		t.Errorf("got %+v", d)
	}
	// Offsets: words map to the same bytes of the file.
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

func TestTimeMLHook(t *testing.T) {
	saved := TimeMLParser
	defer func() { TimeMLParser = saved }()
	TimeMLParser = func(raw []byte) (string, string, string, string, []OffsetPiece, error) {
		return "Hooked text.", "1998-02-27", "A title", "D1", []OffsetPiece{{0, 5, 12}}, nil
	}
	docs, err := ReadReader("x.TE3input", strings.NewReader("<TimeML/>"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	if d.Text != "Hooked text." || d.DocID != "D1" || d.DCT.Format("2006-01-02") != "1998-02-27" || d.SourceOffset(3) != 8 || d.Format != FormatTimeML {
		t.Errorf("got %+v", d)
	}
}

func FuzzReadTimeML(f *testing.F) {
	raw, _ := os.ReadFile("testdata/sample.tml")
	f.Add(string(raw))
	f.Add("<TimeML><TEXT>a &amp; b<x>c</x></TEXT></TimeML>")
	f.Add("<TimeML><DCT><TIMEX3 value='2017'/></DCT><TEXT>x</TEXT></TimeML>")
	f.Fuzz(func(t *testing.T, in string) {
		saved := TimeMLParser
		TimeMLParser = nil
		defer func() { TimeMLParser = saved }()
		docs, err := ReadReader("f.tml", strings.NewReader(in), Options{})
		if err != nil {
			return
		}
		for _, d := range docs {
			for k := 0; k <= len(d.Text); k++ {
				if src := d.SourceOffset(k); src < 0 || src > len(in) {
					t.Fatalf("text %d maps to %d of %d", k, src, len(in))
				}
			}
		}
	})
}
