package timeml

import (
	"strings"
	"time"

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

// DCTTime returns the DCT as a UTC date (the day; times of day are
// dropped), false when there is none or it is not a calendar date
// (YYYY-MM-DD, YYYYMMDD, with or without a time after it).
func (d *Doc) DCTTime() (time.Time, bool) {
	v := strings.TrimSpace(d.DCT)
	for _, layout := range []string{"2006-01-02", "20060102"} {
		if len(v) >= len(layout) {
			if t, err := time.Parse(layout, v[:len(layout)]); err == nil {
				if len(v) == len(layout) || v[len(layout)] == 'T' || v[len(layout)] == ' ' {
					return t, true
				}
			}
		}
	}
	return time.Time{}, false
}
