// Package timeml reads TimeML documents (TempEval-3 .tml gold files,
// .TE3input files, SemEval-2015 TimeLine TimeML) and writes TempEval-3
// system output: the input file with TIMEX3 and EVENT tags inserted inside
// <TEXT>.
//
// Parse keeps, besides the decoded text of <TEXT> and the elements found in
// it, a map from every text offset to the raw bytes, so that annotations made
// on the text can be written back into the file byte for byte (Annotate).
package timeml

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/document"
)

// Attr is one attribute of an element, value entity-decoded.
type Attr struct{ Name, Value string }

// Tag is one element. Start and End are byte offsets into Doc.Text of the
// element's content (End == Start for empty elements).
type Tag struct {
	Name       string // TIMEX3, EVENT, SIGNAL, MAKEINSTANCE, TLINK, s, ...
	Attrs      []Attr // in source order
	Start, End int
}

// Get returns the value of the named attribute, "" when absent.
func (t Tag) Get(name string) string {
	for _, a := range t.Attrs {
		if a.Name == name {
			return a.Value
		}
	}
	return ""
}

// Doc is a parsed TimeML document.
type Doc struct {
	Raw   []byte
	DocID string // <DOCID>, else ""
	DCT   string // value of the CREATION_TIME TIMEX3, e.g. "1998-02-27"
	// DCTID is the tid of the CREATION_TIME TIMEX3 ("t0" in TempEval-3 files).
	DCTID string
	Title string // <TITLE> text if any
	// Text is the character content of <TEXT> with markup removed and
	// entities decoded. When the text is split into elements of one sentence
	// each (<s> in SemEval-2015 files) with nothing between them, a newline
	// that is not in the source separates the sentences.
	Text string
	// Tags lists the elements inside <TEXT> in document order (by start tag),
	// followed by MAKEINSTANCE, TLINK, SLINK and ALINK elements found after
	// it, with Start = End = len(Text).
	Tags    []Tag
	Offsets []document.OffsetPiece // Text offsets -> Raw offsets
	// TextStart and TextEnd delimit the content of <TEXT> in Raw.
	TextStart, TextEnd int

	// segs is the content of <TEXT> in order: character data and markup.
	segs []segment
}

// segment is a piece of the content of <TEXT>: character data (text != "")
// mapping Text[textStart:textStart+len(text)] to Raw[rawStart:rawEnd], or a
// tag (markup) at Text offset textStart. Synthetic text (the newline between
// sentence elements) has rawStart == rawEnd.
type segment struct {
	kind             segKind
	textStart        int
	textLen          int
	rawStart, rawEnd int
	tag              int // index into Doc.Tags for markup
	literal          bool
}

type segKind uint8

const (
	segText segKind = iota
	segStart
	segEnd
	segEmpty // <X/>
	segOther // comment, processing instruction, declaration: copied as is
)

// linkElements are the elements after </TEXT> that Parse reports.
var linkElements = map[string]bool{"MAKEINSTANCE": true, "TLINK": true, "SLINK": true, "ALINK": true}

// sentenceElements are elements holding one sentence each; Parse separates
// adjacent ones by a newline in Text when the source has no space between them.
var sentenceElements = map[string]bool{"s": true, "S": true, "sentence": true}

// ParseError reports malformed input with its line and column.
type ParseError struct {
	Line, Col int
	Msg       string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("timeml: line %d col %d: %s", e.Line, e.Col, e.Msg)
}

type parser struct {
	raw []byte
	pos int
	d   *Doc

	stack []open
	// state
	inText   bool
	seenText bool
	afterTxt bool
	text     strings.Builder
	// capture of DOCID/TITLE
	capture   *strings.Builder
	captureEl string
	dctOpen   bool
}

type open struct {
	name   string
	tag    int // index in d.Tags when inside TEXT, else -1
	offset int // raw offset of '<'
}

func (p *parser) errf(at int, format string, args ...any) error {
	if at > len(p.raw) {
		at = len(p.raw)
	}
	line := 1 + bytes.Count(p.raw[:at], []byte{'\n'})
	col := at - bytes.LastIndexByte(p.raw[:at], '\n')
	return &ParseError{Line: line, Col: col, Msg: fmt.Sprintf(format, args...)}
}

// Parse reads a TimeML document.
func Parse(raw []byte) (*Doc, error) {
	p := &parser{raw: raw, d: &Doc{Raw: raw}}
	if n := bytes.Count(raw, []byte{'<'}); n < 1<<20 {
		p.d.segs = make([]segment, 0, 2*n+1)
		p.d.Offsets = make([]document.OffsetPiece, 0, n+1)
	}
	if err := p.run(); err != nil {
		return nil, err
	}
	p.d.Text = p.text.String()
	return p.d, nil
}

func (p *parser) run() error {
	for p.pos < len(p.raw) {
		i := bytes.IndexByte(p.raw[p.pos:], '<')
		if i < 0 {
			if err := p.chardata(p.pos, len(p.raw)); err != nil {
				return err
			}
			p.pos = len(p.raw)
			break
		}
		if i > 0 {
			if err := p.chardata(p.pos, p.pos+i); err != nil {
				return err
			}
		}
		p.pos += i
		if err := p.markup(); err != nil {
			return err
		}
	}
	if len(p.stack) > 0 {
		o := p.stack[len(p.stack)-1]
		return p.errf(o.offset, "element <%s> is never closed", o.name)
	}
	if !p.seenText {
		return p.errf(len(p.raw), "no <TEXT> element")
	}
	return nil
}

// markup handles the construct starting at p.pos ('<').
func (p *parser) markup() error {
	start := p.pos
	rest := p.raw[start:]
	switch {
	case bytes.HasPrefix(rest, []byte("<!--")):
		j := bytes.Index(rest[4:], []byte("-->"))
		if j < 0 {
			return p.errf(start, "comment is never closed")
		}
		p.pos = start + 4 + j + 3
		p.other(start)
		return nil
	case bytes.HasPrefix(rest, []byte("<![CDATA[")):
		j := bytes.Index(rest[9:], []byte("]]>"))
		if j < 0 {
			return p.errf(start, "CDATA section is never closed")
		}
		p.pos = start + 9 + j + 3
		if p.inText && j > 0 {
			// The segment covers the whole section so that Annotate copies
			// it whole; its offset piece points at the content.
			p.addText(start+9, start+9+j, string(rest[9:9+j]), false)
			p.d.segs[len(p.d.segs)-1].rawStart = start
			p.d.segs[len(p.d.segs)-1].rawEnd = p.pos
		}
		return nil
	case bytes.HasPrefix(rest, []byte("<?")):
		j := bytes.Index(rest[2:], []byte("?>"))
		if j < 0 {
			return p.errf(start, "processing instruction is never closed")
		}
		p.pos = start + 2 + j + 2
		p.other(start)
		return nil
	case bytes.HasPrefix(rest, []byte("<!")):
		// DOCTYPE or other declaration: skip to the matching '>' (allowing
		// one level of [...] internal subset).
		depth := 0
		for k := 2; k < len(rest); k++ {
			switch rest[k] {
			case '[':
				depth++
			case ']':
				depth--
			case '>':
				if depth <= 0 {
					p.pos = start + k + 1
					p.other(start)
					return nil
				}
			}
		}
		return p.errf(start, "declaration is never closed")
	}
	if len(rest) < 2 || !(rest[1] == '/' || validName(string(rest[1:2])) || rest[1] >= 0x80) {
		return p.errf(start, "'<' in text must be written &lt;")
	}
	end, err := p.tagEnd(start)
	if err != nil {
		return err
	}
	p.pos = end
	body := p.raw[start+1 : end-1]
	if len(body) > 0 && body[0] == '/' {
		name := strings.TrimSpace(string(body[1:]))
		if !validName(name) {
			return p.errf(start, "bad end tag %q", truncate(string(p.raw[start:end])))
		}
		return p.endTag(name, start, end)
	}
	selfClose := len(body) > 0 && body[len(body)-1] == '/'
	if selfClose {
		body = body[:len(body)-1]
	}
	name, attrs, err := p.parseTag(body, start)
	if err != nil {
		return err
	}
	return p.startTag(name, attrs, selfClose, start, end)
}

// other records markup that is neither an element nor text (a comment, say)
// inside TEXT so that Annotate copies it.
func (p *parser) other(start int) {
	if p.inText {
		p.d.segs = append(p.d.segs, segment{kind: segOther, textStart: p.text.Len(), rawStart: start, rawEnd: p.pos, tag: -1})
	}
}

// tagEnd finds the end of the tag starting at start, skipping '>' inside
// quoted attribute values.
func (p *parser) tagEnd(start int) (int, error) {
	var quote byte
	for k := start + 1; k < len(p.raw); k++ {
		c := p.raw[k]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '<':
			return 0, p.errf(start, "tag %q is not closed by '>'", truncate(string(p.raw[start:k])))
		case c == '>':
			return k + 1, nil
		}
	}
	return 0, p.errf(start, "tag %q is not closed by '>'", truncate(string(p.raw[start:])))
}

func truncate(s string) string {
	if len(s) > 40 {
		r := []rune(s)
		if len(r) > 40 {
			return string(r[:40]) + "..."
		}
	}
	return s
}

func validName(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		ok := r == '_' || r == ':' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x80 && r != utf8.RuneError
		if i > 0 {
			ok = ok || r == '-' || r == '.' || r >= '0' && r <= '9'
		}
		if !ok {
			return false
		}
	}
	return true
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// parseTag reads `name attr="v" ...` (the bytes between '<' and '>').
func (p *parser) parseTag(b []byte, at int) (string, []Attr, error) {
	k := 0
	for k < len(b) && !isSpace(b[k]) {
		k++
	}
	name := string(b[:k])
	if !validName(name) {
		return "", nil, p.errf(at, "bad tag name %q", truncate(name))
	}
	var attrs []Attr
	for {
		for k < len(b) && isSpace(b[k]) {
			k++
		}
		if k >= len(b) {
			break
		}
		n0 := k
		for k < len(b) && !isSpace(b[k]) && b[k] != '=' {
			k++
		}
		an := string(b[n0:k])
		if !validName(an) {
			return "", nil, p.errf(at, "<%s>: bad attribute name %q", name, truncate(an))
		}
		for k < len(b) && isSpace(b[k]) {
			k++
		}
		if k >= len(b) || b[k] != '=' {
			return "", nil, p.errf(at, "<%s>: attribute %s has no value", name, an)
		}
		k++
		for k < len(b) && isSpace(b[k]) {
			k++
		}
		if k >= len(b) || (b[k] != '"' && b[k] != '\'') {
			return "", nil, p.errf(at, "<%s>: value of attribute %s is not quoted", name, an)
		}
		q := b[k]
		k++
		v0 := k
		for k < len(b) && b[k] != q {
			k++
		}
		if k >= len(b) {
			return "", nil, p.errf(at, "<%s>: value of attribute %s is not closed", name, an)
		}
		raw := b[v0:k]
		k++
		if bytes.IndexByte(raw, '<') >= 0 {
			return "", nil, p.errf(at, "<%s>: '<' in value of attribute %s", name, an)
		}
		v, err := decodeAll(raw)
		if err != nil {
			return "", nil, p.errf(at, "<%s>: attribute %s: %v", name, an, err)
		}
		for _, a := range attrs {
			if a.Name == an {
				return "", nil, p.errf(at, "<%s>: attribute %s given twice", name, an)
			}
		}
		attrs = append(attrs, Attr{an, v})
	}
	return name, attrs, nil
}

func (p *parser) startTag(name string, attrs []Attr, selfClose bool, start, end int) error {
	if p.inText {
		if name == "TEXT" {
			return p.errf(start, "<TEXT> inside <TEXT>")
		}
		p.sentenceBreak(name)
		ti := len(p.d.Tags)
		off := p.text.Len()
		p.d.Tags = append(p.d.Tags, Tag{Name: name, Attrs: attrs, Start: off, End: off})
		kind := segStart
		if selfClose {
			kind = segEmpty
		}
		p.d.segs = append(p.d.segs, segment{kind: kind, textStart: off, rawStart: start, rawEnd: end, tag: ti})
		if !selfClose {
			p.stack = append(p.stack, open{name: name, tag: ti, offset: start})
		}
		return nil
	}
	if name == "TEXT" {
		if p.seenText {
			return p.errf(start, "second <TEXT> element")
		}
		if selfClose {
			p.seenText = true
			p.afterTxt = true
			p.d.TextStart, p.d.TextEnd = end, end
			return nil
		}
		p.inText, p.seenText = true, true
		p.d.TextStart = end
		p.stack = append(p.stack, open{name: name, tag: -1, offset: start})
		return nil
	}
	switch {
	case name == "DCT":
		p.dctOpen = true
	case name == "TIMEX3":
		get := Tag{Attrs: attrs}.Get
		if p.d.DCT == "" && (get("functionInDocument") == "CREATION_TIME" || p.dctOpen) {
			p.d.DCT = get("value")
			p.d.DCTID = get("tid")
		}
	case (name == "DOCID" || name == "TITLE") && p.capture == nil && !selfClose:
		p.capture = &strings.Builder{}
		p.captureEl = name
	case p.afterTxt && linkElements[name]:
		n := p.text.Len()
		p.d.Tags = append(p.d.Tags, Tag{Name: name, Attrs: attrs, Start: n, End: n})
	}
	if !selfClose {
		p.stack = append(p.stack, open{name: name, tag: -1, offset: start})
	}
	return nil
}

// sentenceBreak adds a synthetic newline before the start of a sentence
// element when the text so far does not end in white space.
func (p *parser) sentenceBreak(name string) {
	if !sentenceElements[name] || p.text.Len() == 0 {
		return
	}
	s := p.text.String()
	if c := s[len(s)-1]; isSpace(c) {
		return
	}
	off := p.text.Len()
	p.text.WriteByte('\n')
	p.d.segs = append(p.d.segs, segment{kind: segText, textStart: off, textLen: 1, rawStart: p.pos, rawEnd: p.pos})
}

func (p *parser) endTag(name string, start, end int) error {
	if len(p.stack) == 0 {
		return p.errf(start, "end tag </%s> without a start tag", name)
	}
	o := p.stack[len(p.stack)-1]
	if o.name != name {
		return p.errf(start, "end tag </%s> does not match <%s> (line %d)", name, o.name, p.lineOf(o.offset))
	}
	p.stack = p.stack[:len(p.stack)-1]
	switch {
	case name == "TEXT" && p.inText:
		p.inText = false
		p.afterTxt = true
		p.d.TextEnd = start
		return nil
	case p.inText:
		p.d.Tags[o.tag].End = p.text.Len()
		p.d.segs = append(p.d.segs, segment{kind: segEnd, textStart: p.text.Len(), rawStart: start, rawEnd: end, tag: o.tag})
		return nil
	case name == "DCT":
		p.dctOpen = false
	case p.capture != nil && name == p.captureEl:
		v := strings.TrimSpace(p.capture.String())
		if name == "DOCID" && p.d.DocID == "" {
			p.d.DocID = v
		} else if name == "TITLE" && p.d.Title == "" {
			p.d.Title = strings.Join(strings.Fields(v), " ")
		}
		p.capture = nil
	}
	return nil
}

func (p *parser) lineOf(at int) int { return 1 + bytes.Count(p.raw[:at], []byte{'\n'}) }

// chardata handles raw[a:b], which holds no '<'.
func (p *parser) chardata(a, b int) error {
	seg := p.raw[a:b]
	if !p.inText {
		if p.capture != nil {
			v, err := decodeAll(seg)
			if err != nil {
				return p.errf(a, "%v", err)
			}
			p.capture.WriteString(v)
		} else if j := bytes.IndexByte(seg, '&'); j >= 0 {
			// Validate entities everywhere: the file must stay valid XML.
			if _, err := decodeAll(seg); err != nil {
				return p.errf(a, "%v", err)
			}
		}
		return nil
	}
	k := 0
	for k < len(seg) {
		j := bytes.IndexByte(seg[k:], '&')
		if j < 0 {
			p.addText(a+k, b, string(seg[k:]), true)
			return nil
		}
		if j > 0 {
			p.addText(a+k, a+k+j, string(seg[k:k+j]), true)
		}
		k += j
		s, n, err := decodeEntity(seg[k:])
		if err != nil {
			return p.errf(a+k, "%v", err)
		}
		p.addText(a+k, a+k+n, s, false)
		k += n
	}
	return nil
}

func (p *parser) addText(rawStart, rawEnd int, s string, literal bool) {
	if s == "" {
		return
	}
	off := p.text.Len()
	p.text.WriteString(s)
	p.d.segs = append(p.d.segs, segment{kind: segText, textStart: off, textLen: len(s), rawStart: rawStart, rawEnd: rawEnd, literal: literal})
	piece := document.OffsetPiece{TextStart: off, SourceStart: rawStart, Len: len(s)}
	if rawEnd-rawStart != len(s) {
		piece.SourceLen = rawEnd - rawStart
	}
	p.d.Offsets = append(p.d.Offsets, piece)
}

var namedEntities = map[string]string{"amp": "&", "lt": "<", "gt": ">", "quot": `"`, "apos": "'"}

// decodeEntity decodes the entity at the start of b ('&...;'), returning the
// text and the number of bytes consumed.
func decodeEntity(b []byte) (string, int, error) {
	end := bytes.IndexByte(b, ';')
	if end < 0 || end > 12 {
		return "", 0, fmt.Errorf("bad entity %q: '&' must be written &amp;", truncate(string(b[:min(len(b), 12)])))
	}
	name := string(b[1:end])
	if v, ok := namedEntities[name]; ok {
		return v, end + 1, nil
	}
	if strings.HasPrefix(name, "#") {
		var n uint64
		var err error
		if strings.HasPrefix(name, "#x") || strings.HasPrefix(name, "#X") {
			n, err = strconv.ParseUint(name[2:], 16, 32)
		} else {
			n, err = strconv.ParseUint(name[1:], 10, 32)
		}
		r := rune(n)
		if err == nil && utf8.ValidRune(r) && r != 0 {
			return string(r), end + 1, nil
		}
	}
	return "", 0, fmt.Errorf("bad entity &%s;", name)
}

func decodeAll(b []byte) (string, error) {
	if bytes.IndexByte(b, '&') < 0 {
		return string(b), nil
	}
	var sb strings.Builder
	for k := 0; k < len(b); {
		j := bytes.IndexByte(b[k:], '&')
		if j < 0 {
			sb.Write(b[k:])
			break
		}
		sb.Write(b[k : k+j])
		k += j
		s, n, err := decodeEntity(b[k:])
		if err != nil {
			return "", err
		}
		sb.WriteString(s)
		k += n
	}
	return sb.String(), nil
}
