package document

import (
	"errors"
	"strings"
	"testing"
)

func TestTimeMLHook(t *testing.T) {
	parse := func(raw []byte) (string, string, string, string, []OffsetPiece, error) {
		return "Hooked text.", "1998-02-27", "A title", "D1", []OffsetPiece{{TextStart: 0, SourceStart: 5, Len: 12}}, nil
	}
	docs, err := ReadReader("x.TE3input", strings.NewReader("<TimeML/>"), Options{TimeML: parse})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	if d.Text != "Hooked text." || d.DocID != "D1" || d.DCT.Format("2006-01-02") != "1998-02-27" || d.SourceOffset(3) != 8 || d.Format != FormatTimeML {
		t.Errorf("got %+v", d)
	}
}

func TestTimeMLHookError(t *testing.T) {
	parse := func(raw []byte) (string, string, string, string, []OffsetPiece, error) {
		return "", "", "", "", nil, errors.New("timeml: line 3 col 5: unexpected </TEXT>")
	}
	_, err := ReadReader("x.tml", strings.NewReader("<TimeML>"), Options{TimeML: parse})
	if err == nil || err.Error() != "x.tml: malformed TimeML: line 3 col 5: unexpected </TEXT>" {
		t.Errorf("got %v", err)
	}
}

func TestTimeMLWithoutParser(t *testing.T) {
	_, err := ReadReader("x.tml", strings.NewReader("<TimeML><TEXT>x</TEXT></TimeML>"), Options{})
	if err == nil || !strings.Contains(err.Error(), "x.tml: no TimeML parser given") {
		t.Errorf("got %v", err)
	}
}

// A span's end maps to just after its last byte in the file, not to where
// the next piece of text starts (after a closing tag), and after the whole
// of a decoded entity.
func TestSourceSpanEnd(t *testing.T) {
	// raw: "<T>on <X>Friday</X>&amp;</T>"
	//       0123456789...
	d := &Document{Text: "on Friday&"}
	d.SetOffsets([]OffsetPiece{
		{TextStart: 0, SourceStart: 3, Len: 3},                // "on "
		{TextStart: 3, SourceStart: 9, Len: 6},                // "Friday"
		{TextStart: 9, SourceStart: 19, Len: 1, SourceLen: 5}, // "&amp;"
	})
	for _, tc := range []struct{ start, end, ws, we int }{
		{3, 9, 9, 15},   // "Friday", not "Friday</X>"
		{0, 2, 3, 5},    // "on"
		{0, 3, 3, 6},    // "on ", not "on <X>"
		{9, 10, 19, 24}, // "&amp;"
		{3, 10, 9, 24},
		{5, 5, 11, 11}, // empty stays empty
		{-4, 99, 3, 24},
	} {
		s, e := d.SourceSpan(tc.start, tc.end)
		if s != tc.ws || e != tc.we {
			t.Errorf("SourceSpan(%d, %d) = %d, %d; want %d, %d", tc.start, tc.end, s, e, tc.ws, tc.we)
		}
	}
}
