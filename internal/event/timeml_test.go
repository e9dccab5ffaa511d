package event

import (
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/timex"
)

// Extract returns the briefing events and, as TimeML-only events (no
// Kind), every other mention of the detector, in text order, one per
// trigger, with the cheap fields only.
func TestExtractTimeMLOnly(t *testing.T) {
	r := extract("The company announced on Monday that it would acquire the firm after the merger talks failed.",
		[3]string{"Monday", timex.Date, "2021-03-08"})
	byText := map[string]Event{}
	prev := -1
	for i, e := range r.evs {
		if e.Trigger.Start <= prev {
			t.Errorf("not in text order at %d: %+v", i, e)
		}
		prev = e.Trigger.Start
		if _, dup := byText[e.Text]; dup {
			t.Errorf("trigger %q appears twice", e.Text)
		}
		byText[e.Text] = e
		if !Briefing(e) && (len(e.Participants) > 0 || len(e.Places) > 0 || len(e.Corefs) > 0 || e.Host != "") {
			t.Errorf("TimeML-only event with argument analysis: %+v", e)
		}
		if !Briefing(e) && Salient(e) {
			t.Errorf("TimeML-only event is salient: %+v", e)
		}
	}
	if e := byText["announced"]; !Briefing(e) || e.Kind != "statement" || e.Value != "2021-03-08" {
		t.Errorf("briefing event: %+v", e)
	}
	if e := byText["talks"]; !Briefing(e) || e.Kind != "talks" {
		t.Errorf("briefing event: %+v", e)
	}
	for _, w := range []string{"acquire", "failed"} {
		e, ok := byText[w]
		if !ok {
			t.Errorf("detector mention %q missing: %v", w, byText)
			continue
		}
		if Briefing(e) || e.Class == "" || e.Modality == "" || e.Summary != w {
			t.Errorf("TimeML-only event %q: %+v", w, e)
		}
	}
	if e := byText["acquire"]; e.Modality != text.Possible && e.Modality != text.Planned {
		t.Errorf("'would acquire' has modality %q", e.Modality)
	}
	if _, ok := byText["Monday"]; ok {
		t.Errorf("a time expression became an event")
	}
}

// Without a detector, Extract gives the briefing events only.
func TestExtractWithoutDetector(t *testing.T) {
	s := "The company announced that it would acquire the firm."
	d := &document.Document{ID: "t", Text: s}
	sents := text.Segment(d)
	for _, e := range extractWith(nil, d, sents, nil, nil) {
		if !Briefing(e) {
			t.Errorf("TimeML-only event without a detector: %+v", e)
		}
	}
}

// TimeMLEvents adds the later mentions of a briefing event (Corefs) as
// events of their own, once per trigger, in text order with fresh IDs.
func TestTimeMLEvents(t *testing.T) {
	s := "The leaders met in May. The meeting was short, and the meeting ended early."
	d := &document.Document{ID: "t", Text: s}
	sents := text.Segment(d)
	sp := func(w string, nth int) document.Span {
		off := 0
		for k := 0; ; k++ {
			i := strings.Index(s[off:], w)
			if i < 0 {
				t.Fatalf("no %q #%d", w, nth)
			}
			if k == nth {
				return document.Span{Start: off + i, End: off + i + len(w)}
			}
			off += i + 1
		}
	}
	evs := []Event{
		{ID: "ev1", Trigger: sp("met", 0), Text: "met", Class: Occurrence, Kind: "meeting", Corefs: []document.Span{sp("meeting", 0), sp("meeting", 1)}},
		{ID: "ev2", Trigger: sp("ended", 0), Text: "ended", Class: Aspectual},
		{ID: "ev3", Trigger: sp("meeting", 1), Text: "meeting", Class: Occurrence}, // already an event: not twice
	}
	all := TimeMLEvents(d, sents, evs)
	var got []Event // the detector may add "short"
	for i, e := range all {
		if e.ID != "ev"+string(rune('1'+i)) {
			t.Errorf("event %d has ID %s", i, e.ID)
		}
		if e.Text == "met" || e.Text == "meeting" || e.Text == "ended" {
			got = append(got, e)
		}
	}
	want := []struct{ text, class string }{{"met", Occurrence}, {"meeting", Occurrence}, {"meeting", Occurrence}, {"ended", Aspectual}}
	if len(got) != len(want) {
		t.Fatalf("got %d events, want %d: %+v", len(got), len(want), all)
	}
	for i, w := range want {
		if got[i].Text != w.text || got[i].Class != w.class {
			t.Errorf("event %d: %+v, want %s %s", i, got[i], w.text, w.class)
		}
	}
	if got[1].Sentence != 1 {
		t.Errorf("coreferent mention in sentence %d, want 1", got[1].Sentence)
	}
}

// Events made elsewhere get the detector's mentions added.
func TestTimeMLEventsDetects(t *testing.T) {
	s := "The company announced that it would acquire the firm after the merger talks failed."
	d := &document.Document{ID: "t", Text: s}
	sents := text.Segment(d)
	briefing := []Event{
		{ID: "ev9", Trigger: document.Span{Start: 12, End: 21}, Text: "announced", Class: Reporting, Kind: "statement"},
		{ID: "ev7", Trigger: document.Span{Start: 0, End: 3}, Text: "The", Class: Occurrence, Kind: "test"}, // not an event to the detector
	}
	seen := map[string]string{}
	got := TimeMLEvents(d, sents, briefing)
	for _, e := range got {
		seen[e.Text] = e.Class
	}
	if seen["announced"] != Reporting || seen["The"] != Occurrence {
		t.Errorf("given events lost: %v", seen)
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
