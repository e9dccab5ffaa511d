package timex

import (
	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/text"
)

// Tag finds and normalizes the temporal expressions of doc's sentences.
func Tag(doc *document.Document, sents []text.Sentence) []Timex {
	return nil
}
