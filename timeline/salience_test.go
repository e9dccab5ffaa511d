package timeline

import (
	"testing"

	"github.com/chronicle-news/chronicle/internal/text"
)

func entryAt(summary, date string, index int, actors ...string) Entry {
	iv, _ := ParseValue(date)
	return Entry{Date: date, Interval: iv, Summary: summary, Actors: actors, Modality: text.Actual,
		Source: Source{Index: index}, DocDate: "2013-03-22"}
}

// The main events are the lead's, recent, and say who did what; they come
// back in timeline order.
func TestMainEvents(t *testing.T) {
	es := []Entry{
		entryAt("Turkey expels the ambassador", "2011-09", 8, "Turkey"),
		entryAt("Company says", "2013-03-21", 9, "Company"),
		entryAt("Netanyahu apologizes to Erdogan", "2013-03-22", 1, "Benjamin Netanyahu", "Recep Tayyip Erdogan"),
		entryAt("Both countries agree to restore ties", "2013-03-22", 2),
	}
	es[1].Class = "statement"
	var got []string
	for _, e := range MainEvents(es, 2) {
		got = append(got, e.Summary)
	}
	if len(got) != 2 || got[0] != "Netanyahu apologizes to Erdogan" || got[1] != "Both countries agree to restore ties" {
		t.Errorf("main events %q", got)
	}
	if MainCount(1) != 3 || MainCount(4) != 6 || MainCount(100) != 8 {
		t.Error("MainCount")
	}
}
