package event

import (
	"strings"

	"github.com/chronicle-news/chronicle/internal/event/detect"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/timex"
)

// Two kinds of events come out of Extract:
//
//   - Briefing events (Kind != ""): a trigger of the lexicon
//     (data/triggers.tsv) — a meeting, a visit, talks, a statement, a
//     seizure... They get the full analysis: participants, places, time,
//     modality, corefs, host gathering, summary. These are what a timeline
//     or a graph shows.
//   - TimeML-only events (Kind == ""): every other eventive word the TimeML
//     EVENT detector (internal/event/detect) finds — "rose", "crisis",
//     "expected". TimeML tags nearly every eventive verb, noun and
//     adjective; most of them say nothing an analyst's timeline needs. They
//     get the cheap fields only: trigger, text, class, sentence, modality and
//     tense, and the time of their clause when it has one. No participants,
//     places, corefs, host or summary analysis (Summary is the trigger
//     text; Lemma is the lexicon's when the word is a lexicon form, else
//     empty).
//
// Briefing tells them apart.

// Briefing reports whether e is a briefing event (it has a briefing Kind
// from the trigger lexicon) rather than a TimeML-only mention. Timelines,
// graphs and briefings show briefing events; TimeML output (tempeval,
// extract --format timeml) shows all events.
func Briefing(e Event) bool { return e.Kind != "" }

// detectorClass: where the detector and the trigger lexicon both find an
// event, the event takes the detector's class, which reads the context
// ("call" as REPORTING, I_ACTION or OCCURRENCE; "decline" as a fall, not a
// refusal), not the lexicon's single class per lemma. Measured with
// held-out detectors on TBAQ (TestTBAQCrossValidated): on the gold events
// at lexicon words both find, the detector's class is right 87.8% of the
// time, the lexicon's 86.5%. The briefing analysis (speaker roles of
// REPORTING events, aspectual themes) still reads the lexicon's class;
// only the reported class changes.
var detectorClass = true

// detector returns the embedded event detector, or nil when it cannot be
// loaded (then Extract returns the briefing events only; the detect
// package's tests catch a broken model).
func detector() *detect.Detector {
	d, err := detect.Default()
	if err != nil {
		return nil
	}
	return d
}

// mentions turns the detector's mentions into TimeML-only events: every
// mention whose token is not already the trigger (or a coreferent mention)
// of a briefing event in all, and that does not lie inside a time
// expression (a TIMEX3 and an EVENT may not share text).
func (x *extractor) mentions(det *detect.Detector, all []*ev) []*ev {
	if det == nil {
		return nil
	}
	claimed := make(map[int]*ev, 2*len(all))
	for _, e := range all {
		claimed[e.Trigger.Start] = e
		for _, c := range e.Corefs {
			claimed[c.Start] = e
		}
	}
	var out []*ev
	for _, m := range det.Detect(x.doc, x.sents) {
		if b := claimed[m.Start]; b != nil {
			if detectorClass && b.Trigger.Start == m.Start {
				b.Class = m.Class
			}
			continue
		}
		si := m.Sentence
		if si < 0 || si >= len(x.sents) || !x.sents[si].Span.Overlaps(m.Span) {
			if si = sentenceOf(x.sents, m.Span); si < 0 {
				continue
			}
		}
		i, _ := tokenRange(x.sents[si].Tokens, m.Span)
		if i < 0 || x.inTimex(si, i) {
			continue
		}
		e := &ev{sent: si, tok: i, clause: x.clause[si][i]}
		e.Trigger, e.Text, e.Class, e.Sentence = m.Span, m.Text, m.Class, si
		// A lexicon word the briefing analysis left out (a light or plan
		// verb, a noun folded into its aspectual verb): its lemma.
		if tr, ok := x.chooseTrigger(si, i); ok {
			e.Lemma, e.trig = tr.Lemma, tr
			if !detectorClass {
				e.Class = tr.Class
			}
		}
		s := x.sents[si]
		cues := text.ClauseCues(s, i)
		if prevented(s.Tokens, i) {
			cues.Modality = text.Negated
		}
		e.Modality = cues.Modality
		if cues.Tense != text.TenseNone {
			e.Tense = cues.Tense.String()
		}
		x.clauseTime(si, e)
		out = append(out, e)
	}
	return out
}

// clauseTime dates a TimeML-only event with the nearest date or time of its
// clause (not a duration or a reference such as "now"), and marks it
// planned when that time is after the document date, as for briefing
// events. Unlike attachTimes, a time may date several events here: the
// briefing events keep the time they were given.
func (x *extractor) clauseTime(si int, e *ev) {
	var best *tmx
	dist := 0
	for k := range x.tmxs[si] {
		tm := &x.tmxs[si][k]
		if tm.t.Type != timex.Date && tm.t.Type != timex.Time || strings.HasSuffix(tm.t.Value, "_REF") || x.clause[si][tm.first] != e.clause {
			continue
		}
		d := tm.first - e.tok
		if d < 0 {
			d = e.tok - tm.last
		}
		if best == nil || d < dist {
			best, dist = tm, d
		}
	}
	if best == nil {
		return
	}
	e.TimexID, e.Value, e.TimeRelation = best.t.ID, best.t.Value, x.timeRelation(si, best.first)
	if e.Modality == text.Actual && x.doc.HasDCT() && afterDCT(e.Value, x.doc.DCT) &&
		(e.Tense != "PAST" || beyondDCTMonth(e.Value, x.doc.DCT)) {
		e.Modality = text.Planned
	}
}
