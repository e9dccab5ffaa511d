package timeml

import "github.com/chronicle-news/chronicle/internal/document"

// Programs that link this package read TimeML files with Parse: the document
// reader's hook gets the same Text and offsets that Annotate writes back to,
// so spans found by the pipeline land where they belong.
func init() {
	document.TimeMLParser = func(raw []byte) (text, dct, title, docid string, offsets []document.OffsetPiece, err error) {
		d, err := Parse(raw)
		if err != nil {
			return "", "", "", "", nil, err
		}
		return d.Text, d.DCT, d.Title, d.DocID, append([]document.OffsetPiece(nil), d.Offsets...), nil
	}
}
