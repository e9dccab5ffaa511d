package document

import (
	"errors"
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

func TestTimeMLFallbackSentences(t *testing.T) {
	saved := TimeMLParser
	TimeMLParser = nil
	defer func() { TimeMLParser = saved }()
	in := `<TimeML><DOCID>9</DOCID><TEXT><s id="1">May 2 , 2009</s><s id="2">A ship <EVENT eid="e1">sailed</EVENT> .</s></TEXT></TimeML>`
	docs, err := ReadReader("s.tml", strings.NewReader(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := docs[0].Text; got != "May 2 , 2009\nA ship sailed ." {
		t.Errorf("text %q", got)
	}
	if src := docs[0].SourceOffset(strings.Index(docs[0].Text, "A ship")); !strings.HasPrefix(in[src:], "A ship") {
		t.Errorf("maps to %q", in[src:])
	}
}

func TestTimeMLHookError(t *testing.T) {
	saved := TimeMLParser
	defer func() { TimeMLParser = saved }()
	TimeMLParser = func(raw []byte) (string, string, string, string, []OffsetPiece, error) {
		return "", "", "", "", nil, errors.New("timeml: line 3 col 5: unexpected </TEXT>")
	}
	_, err := ReadReader("x.tml", strings.NewReader("<TimeML>"), Options{})
	if err == nil || err.Error() != "x.tml: malformed TimeML: line 3 col 5: unexpected </TEXT>" {
		t.Errorf("got %v", err)
	}
}
