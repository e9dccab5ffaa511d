package output

import (
	"bufio"
	"encoding/json"
	"io"
	"sort"

	"github.com/chronicle-news/chronicle/graph"
	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/event"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/timeline"
)

// JSON escapes <, > and & as \u003c... (encoding/json's default), so the
// output can be embedded in a web page safely; decoders see the same text.

const isoDate = "2006-01-02"

// TimelineEntryJSON is one element of {"timeline": [...]}.
type TimelineEntryJSON struct {
	Date string `json:"date"` // TIMEX3 value; "" when undated
	// Start and End bound, both inclusive, the days the event may fall on,
	// which the timeline's order uses: the date's first and last calendar
	// day (1945 -> 1945-01-01 .. 1945-12-31; a night that runs past
	// midnight ends on the next day), opened by the relation: "by 2008"
	// and "until 2008" have no start and end 2008-12-31, "before 2008"
	// ends 2007-12-31, "since 1945" starts 1945-01-01 with no end, "after
	// 1945" starts 1946-01-01. "" when undated or open.
	Start       string `json:"start"`
	End         string `json:"end"`
	Label       string `json:"label"`       // human form: "Fri 10 Nov 2017, night"
	Granularity string `json:"granularity"` // year, month, day, part-of-day...
	Mod         string `json:"mod,omitempty"`
	// Relation is how the event stands to the date when not "at": AFTER,
	// BEFORE, SINCE, UNTIL or BY ("after World War II").
	Relation string         `json:"relation,omitempty"`
	Modality string         `json:"modality"`
	Class    string         `json:"class"`
	TimeML   string         `json:"timemlClass,omitempty"`
	Summary  string         `json:"summary"`
	Actors   []string       `json:"actors"`
	Places   []string       `json:"places"`
	Source   timelineSource `json:"source"`
	Event    string         `json:"event"`
	Timex    string         `json:"timex,omitempty"`
}

type timelineSource struct {
	Doc      string `json:"doc"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence string `json:"sentence"`
	Line     int    `json:"line,omitempty"`
	Index    int    `json:"sentenceIndex"`
}

// TimelineJSON converts an entry to its JSON form.
func TimelineJSON(e *timeline.Entry) TimelineEntryJSON {
	j := TimelineEntryJSON{
		Date: e.Date, Label: timeline.DateLabel(e), Mod: e.Mod, Relation: e.Relation, Modality: e.Modality, Class: e.Class, TimeML: e.TimeML,
		Summary: timeline.Clean(e.Summary), Actors: nonNil(e.Actors), Places: nonNil(e.Places), Event: e.Event, Timex: e.TimexID,
		Source: timelineSource{Doc: e.Source.Doc, Start: e.Source.Start, End: e.Source.End, Sentence: e.Source.Sentence,
			Line: e.Source.Line, Index: e.Source.Index},
	}
	if !e.Undated() {
		j.Start = e.Interval.Start.Format(isoDate)
		j.End = e.Interval.LastDay().Format(isoDate)
		j.Granularity = e.Interval.Gran.String()
		switch e.Relation {
		case event.TimeBy, event.TimeUntil:
			j.Start = ""
		case event.TimeBefore:
			j.Start, j.End = "", e.Interval.Start.AddDate(0, 0, -1).Format(isoDate)
		case event.TimeSince:
			j.End = ""
		case event.TimeAfter:
			j.Start, j.End = e.Interval.LastDay().AddDate(0, 0, 1).Format(isoDate), ""
		}
	}
	return j
}

// WriteTimelineJSON writes {"timeline":[...]} with one entry per line, in the
// order given (timeline.Build's order).
func WriteTimelineJSON(w io.Writer, entries []timeline.Entry) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(`{"timeline":[`)
	for i := range entries {
		if i > 0 {
			bw.WriteByte(',')
		}
		bw.WriteString("\n")
		b, err := json.Marshal(TimelineJSON(&entries[i]))
		if err != nil {
			return err
		}
		bw.Write(b)
	}
	if len(entries) > 0 {
		bw.WriteString("\n")
	}
	bw.WriteString("]}\n")
	return bw.Flush()
}

// Extract JSON: one object per document.

type spanJSON struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

type extractTimex struct {
	ID string `json:"id"`
	spanJSON
	Text     string `json:"text"`
	Type     string `json:"type"`
	Value    string `json:"value"`
	Mod      string `json:"mod,omitempty"`
	Quant    string `json:"quant,omitempty"`
	Freq     string `json:"freq,omitempty"`
	Anchor   string `json:"anchor,omitempty"`
	AnchorID string `json:"anchorId,omitempty"`
	Sentence int    `json:"sentence"`
	Rule     string `json:"rule,omitempty"`
	RangeEnd string `json:"rangeEnd,omitempty"`
	Function string `json:"function,omitempty"`
}

type extractMention struct {
	spanJSON
	Text     string `json:"text"`
	Sentence int    `json:"sentence"`
	Kind     string `json:"kind,omitempty"`
}

type extractEntity struct {
	ID        string   `json:"id"`
	Type      string   `json:"type"`
	Subtype   string   `json:"subtype,omitempty"`
	Name      string   `json:"name"`
	Aliases   []string `json:"aliases"`
	PartOf    string   `json:"partOf,omitempty"`
	Container string   `json:"container,omitempty"`
	Lat       *float64 `json:"lat,omitempty"`
	Lon       *float64 `json:"lon,omitempty"`
	// Note and StandsFor: a capital that acts for its government
	// (entity.Entity.StandsFor: the country's ID).
	Note      string           `json:"note,omitempty"`
	StandsFor string           `json:"standsFor,omitempty"`
	Mentions  []extractMention `json:"mentions"`
}

type extractParticipant struct {
	Entity string `json:"entity"`
	Role   string `json:"role"`
	// Via: the pronoun or description naming the participant in the
	// event's sentence, when not a mention of the entity.
	Via *spanJSON `json:"via,omitempty"`
}

type extractEvent struct {
	ID string `json:"id"`
	spanJSON
	Text         string               `json:"text"`
	Lemma        string               `json:"lemma"`
	Class        string               `json:"class"`
	Kind         string               `json:"kind"`
	Briefing     bool                 `json:"briefing"` // a briefing event (timeline, graph, store); else a mention of the whole layer
	Sentence     int                  `json:"sentence"`
	Modality     string               `json:"modality"`
	Tense        string               `json:"tense,omitempty"`
	Aspect       string               `json:"aspect,omitempty"`
	Timex        string               `json:"timex,omitempty"`
	Value        string               `json:"value,omitempty"`
	Participants []extractParticipant `json:"participants"`
	Places       []string             `json:"places"`
	Summary      string               `json:"summary"`
	Corefs       []spanJSON           `json:"corefs,omitempty"`
	TimeRelation string               `json:"timeRelation,omitempty"`
	DateFrom     string               `json:"dateFrom,omitempty"`
	Host         string               `json:"host,omitempty"`
	Theme        string               `json:"theme,omitempty"`
}

// extractDoc is the head of a document's line; the arrays "sentences",
// "timexes", "entities" and "events" follow it, written one element at a
// time so that a long document's line is never held whole in memory.
type extractDoc struct {
	Doc       string `json:"doc"`
	Path      string `json:"path,omitempty"`
	Format    string `json:"format,omitempty"`
	Title     string `json:"title,omitempty"`
	DCT       string `json:"dct"` // YYYY-MM-DD, "" when unknown
	DCTSource string `json:"dctSource,omitempty"`
}

// jsonArray writes `,"name":[` and then the n elements that elem returns,
// each encoded as encoding/json would inside the object, and `]`.
func jsonArray(bw *bufio.Writer, name string, n int, elem func(i int) any) error {
	bw.WriteString(`,"` + name + `":[`)
	for i := 0; i < n; i++ {
		if i > 0 {
			bw.WriteByte(',')
		}
		b, err := json.Marshal(elem(i))
		if err != nil {
			return err
		}
		bw.Write(b)
	}
	return bw.WriteByte(']')
}

// WriteExtractJSON writes one JSON line with every annotation of r. All
// start/end offsets are byte offsets into the source file's bytes
// (Document.SourceOffset); text fields hold the annotated text as the
// stages saw it (HTML entities decoded). Spans outside the text are clamped.
func WriteExtractJSON(w io.Writer, r *pipeline.Result) error {
	if r == nil || r.Doc == nil {
		return nil
	}
	d := r.Doc
	sp := func(s document.Span) spanJSON {
		a, b := d.SourceSpan(s.Start, s.End)
		return spanJSON{a, b}
	}
	x := extractDoc{Doc: d.ID, Path: d.Path, Format: d.Format, Title: d.Title, DCTSource: d.DCTSource}
	if d.HasDCT() {
		x.DCT = d.DCT.UTC().Format(isoDate)
	}
	head, err := json.Marshal(x)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	bw.Write(head[:len(head)-1]) // without the closing brace
	err = jsonArray(bw, "sentences", len(r.Sentences), func(i int) any { return sp(r.Sentences[i].Span) })
	if err != nil {
		return err
	}
	err = jsonArray(bw, "timexes", len(r.Timexes), func(i int) any {
		t := &r.Timexes[i]
		return extractTimex{ID: t.ID, spanJSON: sp(t.Span), Text: t.Text, Type: t.Type, Value: t.Value,
			Mod: t.Mod, Quant: t.Quant, Freq: t.Freq, Anchor: t.Anchor, AnchorID: t.AnchorID, Sentence: t.Sentence, Rule: t.Rule,
			RangeEnd: t.RangeEnd, Function: t.Function}
	})
	if err != nil {
		return err
	}
	err = jsonArray(bw, "entities", len(r.Entities), func(i int) any {
		e := &r.Entities[i]
		je := extractEntity{ID: e.ID, Type: e.Type, Subtype: e.Subtype, Name: e.Name, Aliases: nonNil(e.Aliases),
			PartOf: e.PartOf, Container: e.Container, Lat: e.Lat, Lon: e.Lon, Note: e.Note, StandsFor: e.StandsFor(),
			Mentions: make([]extractMention, 0, len(e.Mentions))}
		for _, m := range e.Mentions {
			je.Mentions = append(je.Mentions, extractMention{spanJSON: sp(m.Span), Text: m.Text, Sentence: m.Sentence, Kind: m.Kind})
		}
		return je
	})
	if err != nil {
		return err
	}
	// Every event of the layer in text order: the briefing events and the
	// other mentions.
	type layered struct {
		e        *event.Event
		briefing bool
	}
	all := make([]layered, 0, len(r.Events)+len(r.Mentions))
	for i := range r.Events {
		all = append(all, layered{&r.Events[i], true})
	}
	for i := range r.Mentions {
		all = append(all, layered{&r.Mentions[i], false})
	}
	if len(r.Mentions) > 0 {
		sort.SliceStable(all, func(i, j int) bool { return all[i].e.Trigger.Start < all[j].e.Trigger.Start })
	}
	err = jsonArray(bw, "events", len(all), func(i int) any {
		e := all[i].e
		je := extractEvent{ID: e.ID, Briefing: all[i].briefing, spanJSON: sp(e.Trigger), Text: e.Text, Lemma: e.Lemma, Class: e.Class, Kind: e.Kind,
			Sentence: e.Sentence, Modality: e.Modality, Tense: e.Tense, Aspect: e.Aspect, Timex: e.TimexID, Value: e.Value,
			Participants: make([]extractParticipant, 0, len(e.Participants)), Places: nonNil(e.Places), Summary: e.Summary,
			TimeRelation: e.TimeRelation, DateFrom: e.DateFrom, Host: e.Host, Theme: e.Theme}
		for _, p := range e.Participants {
			jp := extractParticipant{Entity: p.Entity, Role: p.Role}
			if p.Via != (document.Span{}) {
				v := sp(p.Via)
				jp.Via = &v
			}
			je.Participants = append(je.Participants, jp)
		}
		for _, c := range e.Corefs {
			je.Corefs = append(je.Corefs, sp(c))
		}
		return je
	})
	if err != nil {
		return err
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

// Graph JSON.

type graphNodeJSON struct {
	*graph.Node
	Start string `json:"start,omitempty"` // events and times: first day, inclusive
	End   string `json:"end,omitempty"`   // last day, inclusive
}

type graphEdgeJSON struct {
	*graph.Edge
	Label string `json:"label"`
}

// WriteGraphJSON writes {"nodes":[...],"edges":[...]}, one node or edge per
// line, in Graph.Nodes and Graph.Edges order. Event and time nodes carry
// start/end days like the timeline JSON.
func WriteGraphJSON(w io.Writer, g *graph.Graph) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(`{"nodes":[`)
	for i, n := range g.Nodes() {
		j := graphNodeJSON{Node: n}
		if n.Interval != nil {
			j.Start, j.End = n.Interval.Start.Format(isoDate), n.Interval.LastDay().Format(isoDate)
		}
		if err := jsonLine(bw, i, j); err != nil {
			return err
		}
	}
	bw.WriteString("\n],\"edges\":[")
	for i, e := range g.Edges() {
		if err := jsonLine(bw, i, graphEdgeJSON{Edge: e, Label: e.Label()}); err != nil {
			return err
		}
	}
	bw.WriteString("\n]}\n")
	return bw.Flush()
}

func jsonLine(bw *bufio.Writer, i int, v any) error {
	if i > 0 {
		bw.WriteByte(',')
	}
	bw.WriteByte('\n')
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, err = bw.Write(b)
	return err
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
