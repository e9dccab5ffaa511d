package timeline

import (
	"sort"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/internal/text"
)

// Salience scores how much an entry is the news of its document: the
// headline's and the lead's events (the sentence index), what happened in
// the days before the document's date, a line that says who (actors),
// where (places) and what (a summary of several words), as happened; a
// report ("X says"), a negation or a state over a span ("since 2007") is
// rarely the news itself. Higher is more salient.
func Salience(e *Entry) int {
	s := 0
	switch i := e.Source.Index; {
	case i == 0:
		s += 4 // the headline
	case i <= 2:
		s += 3 // the lead
	case i <= 5:
		s++
	}
	if len(e.Actors) > 0 {
		s += 2
	}
	if len(e.Actors) > 1 {
		s++
	}
	if len(e.Places) > 0 {
		s++
	}
	if len(strings.Fields(e.Summary)) >= 3 {
		s++
	}
	if e.Modality == text.Actual {
		s++
	}
	if e.Class == "statement" {
		s -= 3
	}
	switch e.Modality {
	case text.Negated:
		s -= 3 // what did not happen is rarely the news
	}
	switch e.Relation {
	case "SINCE", "UNTIL", "AFTER", "BEFORE":
		s -= 2 // a state over a span, background
	}
	if d, err := time.Parse("2006-01-02", e.DocDate); err == nil && !e.Undated() {
		// News is what happened in the days before it was written, or
		// is about to happen.
		switch start := e.Interval.Start; {
		case !start.Before(d.AddDate(0, 0, -7)) && start.Before(d.AddDate(0, 0, 2)):
			s += 3
		case !start.Before(d.AddDate(0, -1, 0)) && start.Before(d.AddDate(0, 1, 0)):
			s++
		}
	}
	return s
}

// MainEvents returns the n most salient of the dated entries (Salience;
// on a tie, the earlier in timeline order), in timeline order: what a
// briefing names first.
func MainEvents(entries []Entry, n int) []Entry {
	idx := make([]int, 0, len(entries))
	for i := range entries {
		if !entries[i].Undated() {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool { return Salience(&entries[idx[a]]) > Salience(&entries[idx[b]]) })
	if len(idx) > n {
		idx = idx[:n]
	}
	sort.Ints(idx)
	out := make([]Entry, len(idx))
	for k, i := range idx {
		out[k] = entries[i]
	}
	return out
}

// MainCount is how many main events a briefing of docs documents names:
// three for one, one more for each further document, at most eight.
func MainCount(docs int) int {
	return min(8, 2+max(docs, 1))
}
