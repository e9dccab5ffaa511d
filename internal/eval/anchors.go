package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/timeml"
)

// AnchorEvent is a gold event that a TLINK anchors to a date: the value of
// the TIMEX3 it is included in or simultaneous with.
type AnchorEvent struct {
	Span  document.Span // the EVENT extent in the document text
	Text  string
	Value string // the TIMEX3 value
	// ToDCT: the time is the document's creation time (most reporting
	// verbs, and events of the day in the lead).
	ToDCT bool
}

// anchorRels are the TLINK relations that give an event a date: it happened
// at or during the time (or the time lies inside it, for INCLUDES).
var anchorRels = map[string]bool{"IS_INCLUDED": true, "INCLUDES": true, "SIMULTANEOUS": true, "DURING": true}

// GoldAnchors returns the events of a TimeML document (TempEval-3 TBAQ)
// that a TLINK between an event instance and a DATE or TIME expression
// anchors, each with the most specific such value.
func GoldAnchors(d *timeml.Doc) []AnchorEvent {
	type tx struct{ value, typ string }
	timexes := map[string]tx{}
	events := map[string]timeml.Tag{}
	inst := map[string]string{} // eiid -> eid
	for _, t := range d.Tags {
		switch t.Name {
		case "TIMEX3":
			timexes[t.Get("tid")] = tx{t.Get("value"), t.Get("type")}
		case "EVENT":
			events[t.Get("eid")] = t
		case "MAKEINSTANCE":
			inst[t.Get("eiid")] = t.Get("eventID")
		}
	}
	if d.DCTID != "" {
		timexes[d.DCTID] = tx{d.DCT, "DATE"}
	}
	best := map[string]string{} // eid -> value
	for _, t := range d.Tags {
		if t.Name != "TLINK" || !anchorRels[t.Get("relType")] {
			continue
		}
		ei, tid := t.Get("eventInstanceID"), t.Get("relatedToTime")
		if ei == "" {
			ei, tid = t.Get("relatedToEventInstance"), t.Get("timeID")
		}
		eid, ok := inst[ei]
		if !ok || tid == "" {
			continue
		}
		x, ok := timexes[tid]
		if !ok || x.typ != "DATE" && x.typ != "TIME" || x.value == "" || x.value[0] < '0' || x.value[0] > '9' {
			continue
		}
		v := x.value
		if old := best[eid]; len(v) > len(old) || len(v) == len(old) && v < old {
			best[eid] = v
		}
	}
	var out []AnchorEvent
	for eid, v := range best {
		e, ok := events[eid]
		if !ok || e.End <= e.Start {
			continue
		}
		dct := v == d.DCT
		if dct && len(v) > 10 {
			// "1999-01-22T13:06": the time of day a wire story was filed,
			// which no text says; the document's day is the date.
			v = v[:10]
		}
		out = append(out, AnchorEvent{Span: document.Span{Start: e.Start, End: e.End}, Text: d.Text[e.Start:e.End], Value: v,
			ToDCT: dct})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	return out
}

// SystemDate is one of the system's events with the date it gives it
// ("" when undated).
type SystemDate struct {
	Span  document.Span
	Value string
}

// AnchorScore counts the gold anchored events, those the system found (an
// event whose trigger overlaps the gold extent) and those it dated with the
// gold value; split by whether the gold time is the document date.
type AnchorScore struct {
	Gold, Found, Right [2]int // [0]: a time of the text, [1]: the document date
	Errors             []string
}

// ScoreAnchors adds one document's figures to s.
func (s *AnchorScore) Add(name string, gold []AnchorEvent, sys []SystemDate) {
	for _, g := range gold {
		k := 0
		if g.ToDCT {
			k = 1
		}
		s.Gold[k]++
		var got *SystemDate
		for i := range sys {
			if sys[i].Span.Overlaps(g.Span) {
				if got == nil || got.Value == "" && sys[i].Value != "" {
					got = &sys[i]
				}
			}
		}
		if got == nil {
			s.Errors = append(s.Errors, fmt.Sprintf("%s\t%q\tgold %s\tevent not found", name, g.Text, g.Value))
			continue
		}
		s.Found[k]++
		if got.Value == g.Value {
			s.Right[k]++
			continue
		}
		v := got.Value
		if v == "" {
			v = "undated"
		}
		s.Errors = append(s.Errors, fmt.Sprintf("%s\t%q\tgold %s\tsystem %s", name, g.Text, g.Value, v))
	}
}

// WriteAnchorReport prints the shares of anchored gold events dated with
// the gold value.
func WriteAnchorReport(w io.Writer, s AnchorScore, errors bool) error {
	pct := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return 100 * float64(a) / float64(b)
	}
	row := func(label string, r, f, g int) {
		fmt.Fprintf(w, "%-34s %6.2f%%   (%d of %d; %d found by the system, %.2f%% of those right)\n", label, pct(r, g), r, g, f, pct(r, f))
	}
	fmt.Fprintln(w, "=== event dates: gold events anchored to a DATE/TIME by a TLINK (IS_INCLUDED, INCLUDES, SIMULTANEOUS, DURING) ===")
	row("dated with the gold value", s.Right[0]+s.Right[1], s.Found[0]+s.Found[1], s.Gold[0]+s.Gold[1])
	row("  by a time of the text", s.Right[0], s.Found[0], s.Gold[0])
	row("  by the document date", s.Right[1], s.Found[1], s.Gold[1])
	if errors {
		fmt.Fprintln(w, "\n=== errors: file, event, gold value, system value ===")
		fmt.Fprintln(w, strings.Join(s.Errors, "\n"))
	}
	return nil
}
