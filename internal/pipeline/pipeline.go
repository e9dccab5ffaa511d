// Package pipeline runs the stages over documents:
//
//	read -> segment -> parse -> tag time -> recognize entities -> extract events
//
// One document at a time, or many in parallel with results delivered in
// input order, so that the same input always gives the same output.
package pipeline

import (
	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/entity"
	"github.com/chronicle-news/chronicle/internal/event"
	"github.com/chronicle-news/chronicle/internal/syntax"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/timex"
)

// Result holds one document and the annotations of every stage.
type Result struct {
	Doc       *document.Document
	Sentences []text.Sentence
	// Syntax is each sentence's Universal Dependencies analysis (tags,
	// lemmas, dependency tree), parallel to Sentences; nil only if the
	// embedded model could not be loaded (see SyntaxError).
	Syntax   []syntax.Tree
	Timexes  []timex.Timex
	Entities []entity.Entity
	// Events are the briefing events: what the timeline, the graph and the
	// store show. Mentions are the layer's other events (every mention the
	// trained detector finds; event.ExtractAll), for extract and TimeML.
	Events   []event.Event
	Mentions []event.Event
}

// Process runs every stage over one document. A document longer than
// SectionBytes is processed in sections (see SectionBytes) and its result
// comes without tokens and trees.
func Process(doc *document.Document) *Result {
	return process(doc, false)
}

// ProcessAll is Process keeping every sentence's tokens and tree however
// long the document (for the parse command).
func ProcessAll(doc *document.Document) *Result {
	return process(doc, true)
}

// SyntaxError reports why the syntax model could not be loaded (nil when
// it loads): the model is embedded, so this is a broken build, and the
// other stages go on without trees.
func SyntaxError() error {
	_, err := syntax.Default()
	return err
}

// Compact drops what only the stages needed (the tokens and trees of each
// sentence; sentence spans stay) so that a command holding many results (a timeline
// of thousands of articles) keeps a fraction of the memory.
func (r *Result) Compact() {
	for i := range r.Sentences {
		r.Sentences[i].Tokens = nil
	}
	r.Syntax = nil
	r.Mentions = nil
}
