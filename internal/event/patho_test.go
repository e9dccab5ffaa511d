package event

import (
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/entity"
	"github.com/chronicle-news/chronicle/internal/text"
)

// TestPathologicalInputs runs inputs that once made the extractor
// quadratic (huge clauses full of names and triggers); a regression shows
// as a slow test, never as a timing assertion.
func TestPathologicalInputs(t *testing.T) {
	for _, s := range []string{
		strings.Repeat("Abe Putin Deputy ", 20000),
		strings.Repeat("the president said he met them and ", 10000),
		strings.Repeat("Abe, ", 30000),
		strings.Repeat("NEC (NEC) ", 20000),
		strings.Repeat("Mr. Abe met Mr. Putin. The meeting was held. ", 5000),
		strings.Repeat("Abe-Putin-", 20000),
		strings.Repeat("Japan, ", 20000) + " said",
		"President Vladimir Putin said " + strings.Repeat("Japan and Russia met ", 10000),
	} {
		doc := &document.Document{Text: s}
		sents := text.Segment(doc)
		ents := entity.Recognize(doc, sents, nil)
		for _, e := range Extract(doc, sents, nil, ents) {
			if e.Trigger.End > len(s) {
				t.Fatalf("trigger out of range")
			}
		}
	}
}
