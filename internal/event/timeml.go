package event

import (
	"sort"
	"strconv"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/event/detect"
	"github.com/chronicle-news/chronicle/internal/text"
)

// TimeMLEvents returns the document's events in the TimeML sense, for
// TimeML output (tempeval, extract --format timeml): every mention the
// detector finds (TimeML tags nearly every eventive verb, noun and
// adjective), plus the briefing events of evs that it missed. Where a
// briefing event and a mention share a trigger, the briefing event is kept
// whole (its class comes from the trigger lexicon, which is curated). IDs
// are ev1, ev2, ... in text order.
func TimeMLEvents(doc *document.Document, sents []text.Sentence, evs []Event) []Event {
	byStart := make(map[int]bool, len(evs))
	out := make([]Event, 0, len(evs))
	for _, e := range evs {
		byStart[e.Trigger.Start] = true
		out = append(out, e)
	}
	for _, m := range detect.Detect(doc, sents) {
		if byStart[m.Start] {
			continue
		}
		out = append(out, Event{Trigger: m.Span, Text: m.Text, Class: m.Class, Sentence: m.Sentence, Modality: text.Actual})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Trigger.Start < out[j].Trigger.Start })
	for i := range out {
		out[i].ID = "ev" + strconv.Itoa(i+1)
	}
	return out
}
