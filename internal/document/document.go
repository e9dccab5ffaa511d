// Package document holds the Document type every pipeline stage reads, and
// the readers that turn files (plain text, HTML, TimeML, JSON Lines) into
// Documents with a document creation time (DCT).
package document

import (
	"sort"
	"time"
)

// Span is a half-open byte range [Start, End) into Document.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the length of the span in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Overlaps reports whether two spans share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// DCT sources, in Document.DCTSource.
const (
	DCTFromFlag     = "flag"     // --dct on the command line
	DCTFromTimeML   = "timeml"   // the TimeML <DCT> TIMEX3
	DCTFromMeta     = "meta"     // an HTML meta tag or JSON field
	DCTFromDateline = "dateline" // a date line near the top of the text
	// A wire dateline's month and day, in the latest year the text names
	// ("WASHINGTON, Dec. 13 - ...": textYear); the CLI says so on stderr.
	DCTFromDatelineTextYear = "dateline-text-year"
	// A full date in the file's name ("fujimori-verdict-2009-04-07.txt",
	// "APW19980807.txt"), when the text gives none: FileNameDate.
	DCTFromFileName = "file-name"
	DCTFromNone     = "" // no document date: relative dates stay unresolved
)

// Document is one article. Text is what the stages analyse; every Span in
// every annotation is a byte range into Text. For plain-text files Text is the
// file's bytes unchanged; for markup formats it is the extracted text, and
// SourceOffset maps an offset in Text back to the file's bytes.
type Document struct {
	ID     string // stable identifier: file name without directory, or "stdin"
	Path   string // where it was read from ("-" for stdin)
	Format string // "text", "html", "timeml", "jsonl"
	Title  string // headline, if found
	Source string // publisher, if found
	DocID  string // the identifier inside the file (TimeML DOCID), if any

	Text string

	// Body lists the parts of Text that are article text, in order and not
	// overlapping. Page chrome (print buttons, breadcrumbs, tag lists) lies
	// outside them. Nil means all of Text is body.
	Body []Span

	// DCT is the document creation time (UTC midnight of the day); zero
	// when unknown. DCTSource says where it came from.
	DCT       time.Time
	DCTSource string
	DCTSpan   *Span // the text that gave the DCT, when it came from the text

	// offsets maps Text to the source bytes: pieces sorted by Text offset.
	offsets []OffsetPiece
}

// OffsetPiece says that Text[TextStart:TextStart+Len] came from the source
// bytes starting at SourceStart (byte for byte). SourceLen, when not zero,
// is the length of those source bytes if it differs from Len (a decoded
// entity: "&amp;" is 5 bytes for 1 of text).
type OffsetPiece struct {
	TextStart, SourceStart, Len int
	SourceLen                   int
}

// HasDCT reports whether the document has a creation time.
func (d *Document) HasDCT() bool { return !d.DCT.IsZero() }

// SetOffsets records how Text maps to the source bytes. Readers of markup
// formats call it; plain text needs none (identity).
func (d *Document) SetOffsets(p []OffsetPiece) {
	sort.Slice(p, func(i, j int) bool { return p[i].TextStart < p[j].TextStart })
	d.offsets = p
}

// SourceOffset maps a byte offset in Text to a byte offset in the source
// file. Offsets that fall inside decoded text (an HTML entity, say) map to
// the start of the piece that holds them plus the distance into it.
func (d *Document) SourceOffset(textOff int) int {
	if len(d.offsets) == 0 {
		return textOff
	}
	i := sort.Search(len(d.offsets), func(i int) bool { return d.offsets[i].TextStart > textOff }) - 1
	if i < 0 {
		return textOff
	}
	p := d.offsets[i]
	delta := textOff - p.TextStart
	if delta > p.Len {
		delta = p.Len
	}
	return p.SourceStart + delta
}

// SourceEnd maps the end offset of a span (exclusive) in Text to the file:
// just after the source bytes of the span's last byte, so that markup
// between that piece and the next (a closing tag) is not included, and a
// span ending a decoded entity ends after the whole entity.
func (d *Document) SourceEnd(textOff int) int {
	if len(d.offsets) == 0 || textOff <= 0 {
		return d.SourceOffset(textOff)
	}
	i := sort.Search(len(d.offsets), func(i int) bool { return d.offsets[i].TextStart >= textOff }) - 1
	if i < 0 {
		return d.SourceOffset(textOff)
	}
	p := d.offsets[i]
	delta := textOff - p.TextStart
	if delta >= p.Len {
		if p.SourceLen > 0 {
			return p.SourceStart + p.SourceLen
		}
		delta = p.Len
	}
	return p.SourceStart + delta
}

// SourceSpan maps a span of Text to the file's bytes: the start with
// SourceOffset, the end with SourceEnd. Offsets are first clamped to the
// text; an empty span stays empty.
func (d *Document) SourceSpan(start, end int) (int, int) {
	start = max(0, min(start, len(d.Text)))
	end = max(start, min(end, len(d.Text)))
	s := d.SourceOffset(start)
	if end == start {
		return s, s
	}
	return s, max(s, d.SourceEnd(end))
}

// InBody reports whether the span lies inside the article body.
func (d *Document) InBody(s Span) bool {
	if d.Body == nil {
		return true
	}
	for _, b := range d.Body {
		if b.Contains(s) {
			return true
		}
	}
	return false
}

// BodySpans returns the body regions (all of Text when Body is nil).
func (d *Document) BodySpans() []Span {
	if d.Body == nil {
		return []Span{{0, len(d.Text)}}
	}
	return d.Body
}
