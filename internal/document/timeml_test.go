package document

import (
	"errors"
	"strings"
	"testing"
)

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

func TestTimeMLWithoutParser(t *testing.T) {
	saved := TimeMLParser
	defer func() { TimeMLParser = saved }()
	TimeMLParser = nil
	_, err := ReadReader("x.tml", strings.NewReader("<TimeML><TEXT>x</TEXT></TimeML>"), Options{})
	if err == nil || !strings.Contains(err.Error(), "x.tml: TimeML support is not linked") {
		t.Errorf("got %v", err)
	}
}
