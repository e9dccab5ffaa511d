package event

import (
	"sort"
	"strconv"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/text"
)

// TimeMLEvents returns the document's events in the TimeML sense, for
// TimeML output (tempeval, extract --format timeml): one EVENT per mention,
// that is every event of evs and every mention of the TimeML detector.
// Extract's output already holds the detector's mentions (as TimeML-only
// events, except those inside a time expression); the detector runs again
// here so that events made elsewhere get them too, and adds nothing new to
// Extract's output but a mention inside a timex, which timeml.Annotate
// drops. What TimeML counts separately and Extract folds into one
// briefing event, its later mentions ("the meeting", Event.Corefs), become
// events of their own, with the class of the event they refer to. IDs are
// ev1, ev2, ... in text order; no two events share a trigger.
func TimeMLEvents(doc *document.Document, sents []text.Sentence, evs []Event) []Event {
	seen := make(map[int]bool, len(evs))
	out := make([]Event, 0, len(evs))
	for _, e := range evs {
		if seen[e.Trigger.Start] {
			continue
		}
		seen[e.Trigger.Start] = true
		out = append(out, e)
	}
	for _, e := range evs {
		for _, c := range e.Corefs {
			if seen[c.Start] || doc == nil || c.Start < 0 || c.End > len(doc.Text) || c.Start >= c.End {
				continue
			}
			seen[c.Start] = true
			out = append(out, Event{Trigger: c, Text: doc.Text[c.Start:c.End], Class: e.Class, Sentence: sentenceIndex(sents, c, e.Sentence),
				Modality: text.Actual, Summary: doc.Text[c.Start:c.End]})
		}
	}
	if det := detector(); det != nil {
		for _, m := range det.Detect(doc, sents) {
			if !seen[m.Start] {
				seen[m.Start] = true
				out = append(out, Event{Trigger: m.Span, Text: m.Text, Class: m.Class, Sentence: m.Sentence, Modality: text.Actual, Summary: m.Text})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Trigger.Start < out[j].Trigger.Start })
	for i := range out {
		out[i].ID = "ev" + strconv.Itoa(i+1)
	}
	return out
}

// sentenceIndex returns the index of the sentence holding sp, or def.
func sentenceIndex(sents []text.Sentence, sp document.Span, def int) int {
	if i := sentenceOf(sents, sp); i >= 0 {
		return sents[i].Index
	}
	return def
}
