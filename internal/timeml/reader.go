package timeml

import "github.com/chronicle-news/chronicle/internal/document"

// ParseDocument is the document reader's TimeML parser
// (document.Options.TimeML): it gives the reader the same Text and offsets
// that Annotate writes back to, so spans found by the pipeline land where
// they belong.
func ParseDocument(raw []byte) (text, dct, title, docid string, offsets []document.OffsetPiece, err error) {
	d, err := Parse(raw)
	if err != nil {
		return "", "", "", "", nil, err
	}
	return d.Text, d.DCT, d.Title, d.DocID, append([]document.OffsetPiece(nil), d.Offsets...), nil
}

var _ document.TimeMLParser = ParseDocument
