package entity

import (
	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/timex"
)

// Recognize finds the named (and described) entities of doc, merged by referent.
func Recognize(doc *document.Document, sents []text.Sentence, tx []timex.Timex) []Entity {
	return nil
}
