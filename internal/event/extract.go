package event

import (
	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/entity"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/timex"
)

// Extract finds the events of doc and links them to entities and times.
func Extract(doc *document.Document, sents []text.Sentence, tx []timex.Timex, ents []entity.Entity) []Event {
	return nil
}
