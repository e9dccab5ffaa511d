// Package semeval implements SemEval-2015 Task 4 (TimeLine: cross-document
// event ordering): reading the task's TimeML inputs, building the timeline
// of one entity in the task's format, reading timelines, and scoring them.
//
// The input files are TimeML whose <TEXT> is split into <s id="N">
// sentences of space-separated tokens. The task's main track (A) gives the
// raw text only: Read finds the events itself. Track B gives the events as
// EVENT elements (ReadGivenEvents): the system says which involve the
// entity, when they happened and in what order. An
// event is named docid-sentence-word ("12315-2-launched"; a multi-word
// event joins its words with "_").
//
// The timeline format: the entity's name on the first line, then one line
// per event (or group of coreferent events), rank<TAB>date<TAB>ids, where
// events of equal rank happened at the same time, rank 0 with date
// XXXX-XX-XX holds the events that cannot be placed, and dates are TIMEX3
// values (YYYY, YYYY-MM, YYYY-MM-DD, with XX for unknown parts).
package semeval

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/event"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/timeml"
)

// Doc is one input document, processed by the pipeline.
type Doc struct {
	ID        string // the DOCID ("12315")
	Path      string
	Result    *pipeline.Result
	Sentences []Sentence // in order
	Events    []Event    // in text order
}

// Sentence is an <s id> element: its id and its span in the text.
type Sentence struct {
	ID string
	document.Span
}

// Event is a given EVENT element.
type Event struct {
	EID      string
	Sentence int // index into Doc.Sentences
	Word     string
	document.Span
}

// Name is the event's name in a timeline: docid-sentence-word.
func (d *Doc) Name(e Event) string {
	return d.ID + "-" + d.Sentences[e.Sentence].ID + "-" + e.Word
}

// Read parses a task input file and runs the pipeline over its text, with
// the DCT of the file. The events are the pipeline's own (the task's main
// track, A: raw text); EVENT elements in the file are ignored.
func Read(path string) (*Doc, error) { return read(path, false) }

// ReadGivenEvents is Read for the task's track B: the events are the
// file's EVENT elements.
func ReadGivenEvents(path string) (*Doc, error) { return read(path, true) }

func read(path string, given bool) (*Doc, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	td, err := timeml.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	d := &Doc{ID: td.DocID, Path: path}
	if d.ID == "" {
		d.ID = strings.TrimSuffix(baseName(path), ".tml")
	}
	doc := &document.Document{ID: baseName(path), Path: path, Format: "timeml", Title: td.Title, DocID: td.DocID, Text: td.Text}
	if td.DCT != "" {
		if t, err := time.Parse("2006-01-02", firstN(td.DCT, 10)); err == nil {
			doc.DCT, doc.DCTSource = t, document.DCTFromTimeML
		}
	}
	doc.SetOffsets(td.Offsets)
	for _, tg := range td.Tags {
		if tg.Name == "s" {
			d.Sentences = append(d.Sentences, Sentence{ID: tg.Get("id"), Span: document.Span{Start: tg.Start, End: tg.End}})
		}
	}
	if len(d.Sentences) == 0 {
		return nil, fmt.Errorf("%s: no <s id> sentences: not a SemEval-2015 TimeLine input", path)
	}
	d.Result = pipeline.Process(doc)
	add := func(eid string, sp document.Span) {
		si := sentenceAt(d.Sentences, sp.Start)
		if si < 0 || sp.End <= sp.Start {
			return
		}
		word := strings.Join(strings.Fields(td.Text[sp.Start:sp.End]), "_")
		d.Events = append(d.Events, Event{EID: eid, Sentence: si, Word: word, Span: sp})
	}
	if given {
		for _, tg := range td.Tags {
			if tg.Name == "EVENT" {
				add(tg.Get("eid"), document.Span{Start: tg.Start, End: tg.End})
			}
		}
		return d, nil
	}
	// Every event the pipeline finds in the TimeML sense (the trained
	// detector's mentions and the briefing events), as the task's raw-text
	// track asks.
	r := d.Result
	for _, e := range event.TimeMLEvents(doc, r.Sentences, r.Events) {
		add(e.ID, e.Trigger)
	}
	return d, nil
}

func sentenceAt(ss []Sentence, off int) int {
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > off })
	if i < len(ss) && ss[i].Start <= off {
		return i
	}
	return -1
}

func baseName(p string) string {
	if i := strings.LastIndexAny(p, `/\`); i >= 0 {
		return p[i+1:]
	}
	return p
}

func firstN(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// pipelineSentence returns the pipeline's sentence holding offset off, or
// nil.
func pipelineSentence(r *pipeline.Result, off int) *text.Sentence {
	ss := r.Sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > off })
	if i < len(ss) && ss[i].Start <= off {
		return &ss[i]
	}
	return nil
}
