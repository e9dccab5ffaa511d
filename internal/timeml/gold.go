package timeml

import (
	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/event"
	"github.com/chronicle-news/chronicle/internal/timex"
)

// Timexes returns the TIMEX3 elements inside <TEXT> as timexes (ID, span,
// text, type, value, mod, quant, freq, anchorTimeID), in text order.
func (d *Doc) Timexes() []timex.Timex {
	var out []timex.Timex
	for _, t := range d.Tags {
		if t.Name != "TIMEX3" {
			continue
		}
		tx := timex.Timex{
			ID:    t.Get("tid"),
			Span:  document.Span{Start: t.Start, End: t.End},
			Text:  d.Text[t.Start:t.End],
			Type:  t.Get("type"),
			Value: t.Get("value"),
			Mod:   t.Get("mod"),
			Quant: t.Get("quant"),
			Freq:  t.Get("freq"),
		}
		if a := t.Get("anchorTimeID"); a != "" {
			tx.AnchorID = a
			tx.Anchor = timex.AnchorTimex
			if a == d.DCTID {
				tx.Anchor = timex.AnchorDCT
			}
		} else if t.Get("temporalFunction") == "true" {
			tx.Anchor = timex.AnchorDCT
		}
		out = append(out, tx)
	}
	return out
}

// Events returns the EVENT elements inside <TEXT> as events (ID, trigger
// span, text, class), in text order.
func (d *Doc) Events() []event.Event {
	var out []event.Event
	for _, t := range d.Tags {
		if t.Name != "EVENT" {
			continue
		}
		out = append(out, event.Event{
			ID:      t.Get("eid"),
			Trigger: document.Span{Start: t.Start, End: t.End},
			Text:    d.Text[t.Start:t.End],
			Class:   t.Get("class"),
		})
	}
	return out
}
