package event

import (
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/text"
)

// TimeML events are the detector's mentions plus the briefing events it
// missed, one per trigger, in text order with fresh IDs.
func TestTimeMLEvents(t *testing.T) {
	s := "The company announced that it would acquire the firm after the merger talks failed."
	d := &document.Document{ID: "t", Text: s}
	sents := text.Segment(d)
	briefing := []Event{
		{ID: "ev9", Trigger: document.Span{Start: 12, End: 21}, Text: "announced", Class: Reporting, Kind: "statement"},
		{ID: "ev7", Trigger: document.Span{Start: 0, End: 3}, Text: "The", Class: Occurrence, Kind: "test"}, // not an event to the detector
	}
	got := TimeMLEvents(d, sents, briefing)
	seen := map[string]string{}
	prev := -1
	for i, e := range got {
		if e.Trigger.Start <= prev {
			t.Errorf("not in text order at %d: %+v", i, e)
		}
		prev = e.Trigger.Start
		if want := "ev" + string(rune('1'+i)); i < 9 && e.ID != want {
			t.Errorf("event %d has ID %s, want %s", i, e.ID, want)
		}
		seen[e.Text] = e.Class
	}
	if seen["announced"] != Reporting || seen["The"] != Occurrence {
		t.Errorf("briefing events lost: %v", seen)
	}
	for _, w := range []string{"acquire", "talks", "failed"} {
		if seen[w] == "" {
			t.Errorf("detector mention %q missing: %v", w, seen)
		}
	}
	if len(got) != len(seen) {
		t.Errorf("a trigger appears twice: %d events, %d triggers", len(got), len(seen))
	}
}
