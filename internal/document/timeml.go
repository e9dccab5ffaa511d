package document

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html"
)

// TimeMLParser parses a TimeML document (.tml, .TE3input). The TimeML
// reader lives in internal/timeml, which imports this package for
// OffsetPiece; to avoid an import cycle, internal/timeml sets this hook in
// its init() and any program that links internal/timeml (the CLI, the
// pipeline) gets the full reader. Without it, a small built-in reader
// (encoding/xml: DOCID, the DCT TIMEX3 value, TITLE and the text of <TEXT>)
// is used.
//
// It returns the text the stages analyse, the DCT value as written in the
// TIMEX3 ("1998-02-27"), the title and DOCID (empty if absent), the pieces
// mapping the text to raw, and an error for malformed TimeML.
var TimeMLParser func(raw []byte) (text, dct, title, docid string, offsets []OffsetPiece, err error)

func readTimeML(raw []byte) (*Document, error) {
	parse := TimeMLParser
	if parse == nil {
		parse = parseTimeMLFallback
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
	d := &Document{Text: text, Title: cleanTitle(title), DocID: docid}
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

// parseTimeMLFallback is the built-in TimeML reader used when
// internal/timeml is not linked in.
func parseTimeMLFallback(raw []byte) (text, dct, title, docid string, offsets []OffsetPiece, err error) {
	dec := xml.NewDecoder(bytes.NewReader(raw))
	dec.Strict = true
	dec.Entity = xml.HTMLEntity
	var out strings.Builder
	var stack []string
	inText, sawRoot, sentEnd := false, false, false
	for {
		before := dec.InputOffset()
		tok, e := dec.Token()
		if e == io.EOF {
			break
		}
		if e != nil {
			return "", "", "", "", nil, fmt.Errorf("malformed TimeML: %v", e)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			sawRoot = true
			stack = append(stack, t.Name.Local)
			switch t.Name.Local {
			case "TEXT":
				inText = true
			case "TIMEX3":
				if len(stack) >= 2 && stack[len(stack)-2] == "DCT" {
					for _, a := range t.Attr {
						if a.Name.Local == "value" && dct == "" {
							dct = a.Value
						}
					}
				}
			}
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			switch t.Name.Local {
			case "TEXT":
				inText = false
			case "s", "S", "sentence":
				// Sentence elements with nothing between them: keep the
				// sentences apart with a newline that is not in the file.
				sentEnd = inText
			}
		case xml.CharData:
			cur := ""
			if len(stack) > 0 {
				cur = stack[len(stack)-1]
			}
			switch {
			case inText:
				s := string(t)
				if sentEnd && out.Len() > 0 && len(s) > 0 && s[0] != ' ' && s[0] != '\n' && s[0] != '\t' && s[0] != '\r' {
					out.WriteByte('\n')
				}
				sentEnd = false
				after := int(dec.InputOffset())
				if dtext, pieces, ok := decodeXMLText(raw, int(before), after, out.Len()); ok && dtext == s {
					for _, p := range pieces {
						offsets = appendPiece(offsets, p.TextStart, p.SourceStart, p.Len)
					}
				} else {
					offsets = append(offsets, OffsetPiece{TextStart: out.Len(), SourceStart: int(before), Len: min(len(s), after-int(before))})
				}
				out.WriteString(s)
			case cur == "DOCID":
				docid += strings.TrimSpace(string(t))
			case cur == "TITLE" || cur == "HEADLINE":
				title += string(t)
			}
		}
	}
	if !sawRoot {
		return "", "", "", "", nil, errors.New("malformed TimeML: no XML elements")
	}
	return out.String(), dct, strings.TrimSpace(title), docid, offsets, nil
}

func appendPiece(p []OffsetPiece, t, s, n int) []OffsetPiece {
	if k := len(p); k > 0 && p[k-1].TextStart+p[k-1].Len == t && p[k-1].SourceStart+p[k-1].Len == s {
		p[k-1].Len += n
		return p
	}
	return append(p, OffsetPiece{TextStart: t, SourceStart: s, Len: n})
}

// decodeXMLText decodes the character data raw[start:end] (text with
// character references, or a CDATA section) as encoding/xml does, with
// the pieces mapping it to raw; ok is false for what it does not know.
func decodeXMLText(raw []byte, start, end, textStart int) (string, []OffsetPiece, bool) {
	if start < 0 || end > len(raw) || start > end {
		return "", nil, false
	}
	seg := raw[start:end]
	if bytes.HasPrefix(seg, []byte("<![CDATA[")) && bytes.HasSuffix(seg, []byte("]]>")) {
		body := seg[9 : len(seg)-3]
		if bytes.IndexByte(body, '\r') >= 0 {
			return "", nil, false
		}
		return string(body), []OffsetPiece{{TextStart: textStart, SourceStart: start + 9, Len: len(body)}}, true
	}
	var out []byte
	var pieces []OffsetPiece
	for i := 0; i < len(seg); {
		switch c := seg[i]; c {
		case '&':
			j := entityEnd(seg, i)
			ent := string(seg[i:j])
			if !strings.HasSuffix(ent, ";") {
				return "", nil, false
			}
			dec := html.UnescapeString(ent)
			if dec == ent {
				return "", nil, false
			}
			pieces = append(pieces, OffsetPiece{TextStart: textStart + len(out), SourceStart: start + i, Len: len(dec)})
			out = append(out, dec...)
			i = j
		case '\r':
			// encoding/xml turns \r\n and \r into \n.
			if i+1 < len(seg) && seg[i+1] == '\n' {
				i++
				continue
			}
			pieces = append(pieces, OffsetPiece{TextStart: textStart + len(out), SourceStart: start + i, Len: 1})
			out = append(out, '\n')
			i++
		default:
			j := i
			for j < len(seg) && seg[j] != '&' && seg[j] != '\r' {
				j++
			}
			pieces = appendPiece(pieces, textStart+len(out), start+i, j-i)
			out = append(out, seg[i:j]...)
			i = j
		}
	}
	return string(out), pieces, true
}
