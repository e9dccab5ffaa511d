package output

import (
	"bytes"
	"fmt"
	"io"

	"github.com/chronicle-news/chronicle/internal/event"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/internal/timeml"
	"github.com/chronicle-news/chronicle/internal/timex"
)

// WriteTimeML writes one document as a TimeML file: DOCID, the DCT as the
// CREATION_TIME TIMEX3, TITLE, and TEXT with the document's text and its
// TIMEX3 and EVENT tags inline. The file is built fresh from Document.Text
// (to keep a TimeML input byte-identical, use the tempeval command).
func WriteTimeML(w io.Writer, r *pipeline.Result) error {
	var b bytes.Buffer
	b.WriteString("<?xml version=\"1.0\" ?>\n<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n\n<DOCID>")
	xmlText(&b, r.Doc.ID)
	b.WriteString("</DOCID>\n\n<DCT>")
	if r.Doc.HasDCT() {
		fmt.Fprintf(&b, `<TIMEX3 tid="t0" type="DATE" value="%s" temporalFunction="false" functionInDocument="CREATION_TIME">%s</TIMEX3>`,
			r.Doc.DCT.Format("2006-01-02"), r.Doc.DCT.Format("2006-01-02"))
	}
	b.WriteString("</DCT>\n\n<TITLE>")
	xmlText(&b, r.Doc.Title)
	b.WriteString("</TITLE>\n\n<TEXT>")
	xmlText(&b, r.Doc.Text)
	b.WriteString("</TEXT>\n\n</TimeML>\n")
	td, err := timeml.Parse(b.Bytes())
	if err != nil {
		return fmt.Errorf("%s: building TimeML: %v", r.Doc.ID, err)
	}
	out, err := timeml.Annotate(td, timex.SplitRanges(r.Doc.Text, r.Timexes), event.TimeMLEvents(r.Doc, r.Sentences, r.Events))
	if err != nil {
		return fmt.Errorf("%s: %v", r.Doc.ID, err)
	}
	_, err = w.Write(out)
	return err
}

// xmlText escapes s as XML character data: &, < and > become entities,
// line breaks stay as they are (so the TEXT reads like the article), and
// characters XML 1.0 forbids (control characters) become a space, one byte
// for one, so the offsets of every annotation still hold.
func xmlText(b *bytes.Buffer, s string) {
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '\n' || r == '\t' || r == '\r':
			b.WriteRune(r)
		case r < 0x20:
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
}
