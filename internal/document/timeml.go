package document

import (
	"errors"
	"fmt"
	"strings"
)

// TimeMLParser parses a TimeML document (.tml, .TE3input). The TimeML
// parser lives in internal/timeml (timeml.ParseDocument), which imports
// this package for OffsetPiece and the stages for annotating; a caller that
// reads TimeML passes it in Options.TimeML. Without it TimeML input is an
// error: one TimeML parser, not two that could disagree on offsets.
//
// It returns the text the stages analyse, the DCT value as written in the
// TIMEX3 ("1998-02-27"), the title and DOCID (empty if absent), the pieces
// mapping the text to raw, and an error for malformed TimeML.
type TimeMLParser func(raw []byte) (text, dct, title, docid string, offsets []OffsetPiece, err error)

func readTimeML(raw []byte, parse TimeMLParser) (*Document, error) {
	if parse == nil {
		return nil, errors.New("no TimeML parser given (document.Options.TimeML: timeml.ParseDocument)")
	}
	text, dct, title, docid, offsets, err := parse(raw)
	if err != nil {
		msg := err.Error()
		if !strings.HasPrefix(msg, "malformed TimeML") {
			msg = "malformed TimeML: " + strings.TrimPrefix(msg, "timeml: ")
		}
		return nil, errors.New(msg)
	}
	if !hasLetter(text) {
		return nil, errors.New("malformed TimeML: no text")
	}
	d := &Document{Text: ReplaceControls(text), Title: cleanTitle(title), DocID: docid}
	d.SetOffsets(offsets)
	if dct = strings.TrimSpace(dct); dct != "" {
		t, ok := ParseDate(dct)
		if !ok && len(dct) >= 10 {
			t, _, ok = parseDateAt(dct)
		}
		if !ok {
			return nil, fmt.Errorf("malformed TimeML: DCT value %q is not a valid date", dct)
		}
		d.DCT, d.DCTSource = t, DCTFromTimeML
	}
	return d, nil
}

func appendPiece(p []OffsetPiece, t, s, n int) []OffsetPiece {
	if k := len(p); k > 0 && p[k-1].TextStart+p[k-1].Len == t && p[k-1].SourceStart+p[k-1].Len == s {
		p[k-1].Len += n
		return p
	}
	return append(p, OffsetPiece{TextStart: t, SourceStart: s, Len: n})
}
