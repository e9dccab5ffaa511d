package timeline

import (
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/entity"
	"github.com/chronicle-news/chronicle/internal/event"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/timex"
)

// Source says where an entry comes from. Start and End are byte offsets into
// the source file (Document.SourceOffset applied) of the sentence that
// reports the event; Trigger is the event word's span, also in file bytes.
type Source struct {
	Doc      string `json:"doc"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence string `json:"sentence"`
	// Line is the 1-based line of the sentence in the document text; it is
	// 0 for markup formats, whose text lines are not the file's lines.
	Line int `json:"line,omitempty"`
	// Index is the 0-based index of the sentence in the document.
	Index        int `json:"index"`
	TriggerStart int `json:"triggerStart"`
	TriggerEnd   int `json:"triggerEnd"`
}

// Entry is one line of the timeline: one event.
type Entry struct {
	Date     string   // TIMEX3 value; "" for undated entries
	RangeEnd string   // for a range or an era ("2009-2010", "World War II"): the value of its last unit
	Interval Interval // zero for undated entries
	Mod      string   // the timex's mod (APPROX, START, ...), if any
	Relation string   // event.TimeRelation: "" (at the date), AFTER, BEFORE, SINCE, UNTIL, BY
	Modality string   // actual, planned, possible, negated
	Class    string   // briefing kind (meeting, visit...); the TimeML class when there is none
	TimeML   string   // TimeML class (OCCURRENCE, ...)
	Summary  string
	Actors   []string // names of the participants, in the event's order
	Places   []string // names of the places
	Source   Source
	Event    string // the event ID within its document
	TimexID  string // the timex that dates it, when known
}

// Undated reports whether the entry has no time.
func (e Entry) Undated() bool { return e.Interval.IsZero() }

// Build returns the timeline of the results: one entry per event with a time
// that ParseValue can place, sorted by Less.
func Build(results []*pipeline.Result) []Entry {
	dated, _ := BuildAll(results)
	return dated
}

// BuildAll returns the dated entries sorted by Less, and the events without a
// usable time (no value, a reference value such as PRESENT_REF, an unanchored
// or invalid one) sorted by document and position, for an --all listing.
func BuildAll(results []*pipeline.Result) (dated, undated []Entry) {
	for _, r := range results {
		if r == nil || r.Doc == nil {
			continue
		}
		ents := make(map[string]*entity.Entity, len(r.Entities))
		for i := range r.Entities {
			ents[r.Entities[i].ID] = &r.Entities[i]
		}
		tx := make(map[string]*timex.Timex, len(r.Timexes))
		for i := range r.Timexes {
			tx[r.Timexes[i].ID] = &r.Timexes[i]
		}
		for i := range r.Events {
			ev := &r.Events[i]
			e := entryFor(r, ev, ents)
			v := ev.Value
			t := tx[ev.TimexID]
			if t != nil {
				if v == "" {
					v = t.Value
				}
				e.Mod = t.Mod
			}
			if iv, err := ParseValue(v); err == nil {
				e.Date, e.Interval = v, iv
				// A range covers its first to its last unit.
				if t != nil && t.RangeEnd != "" && v == t.Value {
					if last, err := ParseValue(t.RangeEnd); err == nil && last.End.After(iv.End) {
						e.RangeEnd, e.Interval.End = t.RangeEnd, last.End
					}
				}
				dated = append(dated, e)
			} else {
				undated = append(undated, e)
			}
		}
	}
	sort.SliceStable(dated, func(i, j int) bool { return Less(&dated[i], &dated[j]) })
	sort.SliceStable(undated, func(i, j int) bool { return Less(&undated[i], &undated[j]) })
	return dated, undated
}

// Less is the timeline order:
//
//  1. earlier start first, where an event that stands after, by or until
//     its date starts where the date ends ("after World War II" sorts at
//     the end of 1945) and one before its date just before the date starts;
//  2. on the same start, the longer (coarser) interval first: "Nov 2017"
//     before "Wed 1 Nov 2017", as an analyst reads the month as the heading
//     for what happened in it, and as an interval's start is when it may have
//     begun;
//  3. then document ID, then position in the document, then event ID.
//
// Undated entries (zero intervals) compare equal on 1 and 2, so they fall back
// to document order.
func Less(a, b *Entry) bool {
	if sa, sb := sortStart(a), sortStart(b); !sa.Equal(sb) {
		return sa.Before(sb)
	}
	if !a.Interval.End.Equal(b.Interval.End) {
		return a.Interval.End.After(b.Interval.End)
	}
	if a.Source.Doc != b.Source.Doc {
		return a.Source.Doc < b.Source.Doc
	}
	if a.Source.TriggerStart != b.Source.TriggerStart {
		return a.Source.TriggerStart < b.Source.TriggerStart
	}
	return a.Event < b.Event
}

func entryFor(r *pipeline.Result, ev *event.Event, ents map[string]*entity.Entity) Entry {
	doc := r.Doc
	e := Entry{
		Modality: ev.Modality,
		Class:    ev.Kind,
		TimeML:   ev.Class,
		Summary:  Clean(ev.Summary),
		Event:    ev.ID,
		TimexID:  ev.TimexID,
		Relation: ev.TimeRelation,
	}
	if e.Modality == "" {
		e.Modality = text.Actual
	}
	if e.Class == "" {
		e.Class = strings.ToLower(ev.Class)
	}
	if e.Summary == "" {
		e.Summary = Clean(ev.Text)
	}
	seen := map[string]bool{}
	for _, p := range ev.Participants {
		if p.Role == event.RoleAttendee {
			continue // present, not a party: the sentence still names them
		}
		if en := ents[p.Entity]; en != nil && !seen[en.Name] {
			seen[en.Name] = true
			e.Actors = append(e.Actors, Clean(en.Name))
		}
	}
	seen = map[string]bool{}
	for _, id := range ev.Places {
		if en := ents[id]; en != nil && !seen[en.Name] {
			seen[en.Name] = true
			e.Places = append(e.Places, Clean(en.Name))
		}
	}
	src := Source{Doc: doc.ID, Index: ev.Sentence}
	src.TriggerStart, src.TriggerEnd = sourceSpan(doc.Text, ev.Trigger.Start, ev.Trigger.End, doc.SourceOffset)
	if s, ok := SentenceSpan(r, ev.Sentence); ok {
		src.Start, src.End = sourceSpan(doc.Text, s.Start, s.End, doc.SourceOffset)
		src.Sentence = Clean(doc.Text[s.Start:s.End])
		if doc.Format == "" || doc.Format == "text" {
			src.Line = 1 + strings.Count(doc.Text[:s.Start], "\n")
		}
	} else {
		src.Start, src.End = src.TriggerStart, src.TriggerEnd
	}
	e.Source = src
	return e
}

// SentenceSpan returns the span of sentence i of the result, checked against
// the document text.
func SentenceSpan(r *pipeline.Result, i int) (document.Span, bool) {
	var out document.Span
	if r == nil || r.Doc == nil || i < 0 {
		return out, false
	}
	idx := -1
	if i < len(r.Sentences) && r.Sentences[i].Index == i {
		idx = i
	} else {
		for k := range r.Sentences {
			if r.Sentences[k].Index == i {
				idx = k
				break
			}
		}
	}
	if idx < 0 {
		return out, false
	}
	s := r.Sentences[idx].Span
	if s.Start < 0 || s.End > len(r.Doc.Text) || s.Start > s.End {
		return out, false
	}
	return s, true
}

// sourceSpan clamps a text span to the document and maps it to file bytes.
func sourceSpan(t string, start, end int, off func(int) int) (int, int) {
	start = max(0, min(start, len(t)))
	end = max(start, min(end, len(t)))
	return off(start), off(end)
}

// Clean makes untrusted article text safe for one line of any output: runs
// of white space (newlines included) become one space, control characters
// (which could carry terminal escape sequences) and invalid UTF-8 become
// U+FFFD, and the ends are trimmed.
func Clean(s string) string {
	var b strings.Builder
	space := false
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case r == utf8.RuneError && w == 1, unicode.IsControl(r):
			r = utf8.RuneError
		case r == '\u2028' || r == '\u2029':
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// sortStart is where an entry stands on the time line: the start of its
// date, moved by its relation to that date.
func sortStart(e *Entry) time.Time {
	switch e.Relation {
	case event.TimeAfter, event.TimeUntil, event.TimeBy:
		return e.Interval.End
	case event.TimeBefore:
		return e.Interval.Start.Add(-time.Nanosecond)
	}
	return e.Interval.Start
}
