package document

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// readJSONL reads JSON Lines: one article per line,
// {"id","title","source","date","text","url"}. Blank lines are skipped.
// ID is the "id" field, or NAME#LINE. Offsets map Text back to the bytes
// of the file (inside the JSON string). A bad line is an error naming it,
// or, with opt.Warn set, a warning and a skipped line. Each document goes
// to fn as soon as its line is read; an error from fn stops the reading.
func readJSONL(label, name string, raw []byte, opt Options, fn func(*Document) error) error {
	n := 0
	lineNo := 0
	for off := 0; off < len(raw); {
		end := bytes.IndexByte(raw[off:], '\n')
		if end < 0 {
			end = len(raw)
		} else {
			end += off
		}
		line := raw[off:end]
		lineStart := off
		off = end + 1
		lineNo++
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		d, err := jsonlRecord(line, lineStart)
		if err != nil {
			err = fmt.Errorf("%s:%d: %v", label, lineNo, err)
			if opt.Warn == nil {
				return err
			}
			opt.Warn(err.Error())
			continue
		}
		if d.ID == "" {
			d.ID = name + "#" + strconv.Itoa(lineNo)
		}
		n++
		if err := fn(d); err != nil {
			return err
		}
	}
	if n == 0 {
		return fmt.Errorf("%s: no usable JSON Lines records", label)
	}
	return nil
}

type jsonlFields struct {
	ID     json.RawMessage `json:"id"`
	Title  string          `json:"title"`
	Source string          `json:"source"`
	Date   string          `json:"date"`
	Text   *string         `json:"text"`
	URL    string          `json:"url"`
}

func jsonlRecord(line []byte, lineStart int) (*Document, error) {
	var f jsonlFields
	if err := json.Unmarshal(line, &f); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return nil, fmt.Errorf("field %q: want a string, got JSON %s", te.Field, te.Value)
		}
		return nil, fmt.Errorf("invalid JSON (%v)", err)
	}
	if f.Text == nil {
		return nil, errors.New(`no "text" field`)
	}
	text := ReplaceControls(*f.Text) // "\u0000" and the like: see ReplaceControls
	if !hasLetter(text) {
		return nil, errors.New(`empty "text" field`)
	}
	d := &Document{Text: text, Title: cleanTitle(f.Title), Source: cleanTitle(f.Source)}
	if len(f.ID) > 0 && string(f.ID) != "null" {
		var s string
		if json.Unmarshal(f.ID, &s) == nil {
			d.ID = s
		} else {
			d.ID = string(f.ID) // a number
		}
		d.DocID = d.ID
	}
	if s, e, ok := stringValue(line, "text"); ok {
		if dec, pieces, ok := decodeJSONString(line[s:e], lineStart+s); ok && ReplaceControls(dec) == d.Text {
			d.SetOffsets(pieces)
		}
	}
	if f.Date != "" {
		t, ok := ParseDate(f.Date)
		if !ok {
			t, _, ok = parseDateAt(strings.TrimSpace(f.Date))
		}
		if !ok {
			return nil, fmt.Errorf("field \"date\": %q is not a valid date", f.Date)
		}
		d.DCT, d.DCTSource = t, DCTFromMeta
	}
	d.applyAnalysis(analyze(d.Text))
	return d, nil
}

// stringValue finds the raw JSON string value of a top-level key in an
// object: line[start:end] is the quoted string.
func stringValue(line []byte, key string) (start, end int, ok bool) {
	dec := json.NewDecoder(bytes.NewReader(line))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return 0, 0, false
	}
	for dec.More() {
		kt, err := dec.Token()
		if err != nil {
			return 0, 0, false
		}
		k, _ := kt.(string)
		after := int(dec.InputOffset())
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return 0, 0, false
		}
		if k == key {
			e := int(dec.InputOffset())
			s := bytes.IndexByte(line[after:e], '"')
			if s < 0 || e > len(line) || line[e-1] != '"' {
				return 0, 0, false
			}
			return after + s, e, true
		}
	}
	return 0, 0, false
}

// decodeJSONString decodes a quoted JSON string that starts at byte src
// of the file, with the pieces mapping its bytes back to the file.
func decodeJSONString(q []byte, src int) (string, []OffsetPiece, bool) {
	if len(q) < 2 || q[0] != '"' || q[len(q)-1] != '"' {
		return "", nil, false
	}
	var out []byte
	var pieces []OffsetPiece
	for i := 1; i < len(q)-1; {
		c := q[i]
		if c != '\\' {
			j := i
			for j < len(q)-1 && q[j] != '\\' {
				j++
			}
			pieces = appendPiece(pieces, len(out), src+i, j-i)
			out = append(out, q[i:j]...)
			i = j
			continue
		}
		if i+1 >= len(q)-1 {
			return "", nil, false
		}
		var dec []byte
		n := 2
		switch q[i+1] {
		case '"', '\\', '/':
			dec = []byte{q[i+1]}
		case 'b':
			dec = []byte{'\b'}
		case 'f':
			dec = []byte{'\f'}
		case 'n':
			dec = []byte{'\n'}
		case 'r':
			dec = []byte{'\r'}
		case 't':
			dec = []byte{'\t'}
		case 'u':
			r, ok := hex4(q, i+2)
			if !ok {
				return "", nil, false
			}
			n = 6
			if utf16.IsSurrogate(r) {
				r2, ok2 := rune(0), false
				if i+11 < len(q) && q[i+6] == '\\' && q[i+7] == 'u' {
					r2, ok2 = hex4(q, i+8)
				}
				if ok2 {
					if dr := utf16.DecodeRune(r, r2); dr != utf8.RuneError {
						r, n = dr, 12
					} else {
						r = utf8.RuneError
					}
				} else {
					r = utf8.RuneError
				}
			}
			dec = utf8.AppendRune(nil, r)
		default:
			return "", nil, false
		}
		pieces = append(pieces, OffsetPiece{TextStart: len(out), SourceStart: src + i, Len: len(dec)})
		out = append(out, dec...)
		i += n
	}
	return string(out), pieces, true
}

func hex4(q []byte, i int) (rune, bool) {
	if i+4 > len(q) {
		return 0, false
	}
	v, err := strconv.ParseUint(string(q[i:i+4]), 16, 32)
	if err != nil {
		return 0, false
	}
	return rune(v), true
}
