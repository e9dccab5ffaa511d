package output

import (
	"bytes"
	"cmp"
	"fmt"
	"html/template"
	"io"
	"math"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/timeline"
)

// TimelineSVGOptions control WriteTimelineSVG.
type TimelineSVGOptions struct {
	Title string // drawn at the top; "" for none
	Width int    // in pixels; 0 means 960
	// MaxHeight is the tallest drawing, in pixels, before the timeline is
	// drawn as an overview (periods, counts and the most salient events,
	// see layoutOverview) instead of every event; 0 means 4000.
	MaxHeight int
}

// WriteTimelineSVG draws the dated entries as a vertical time axis, time
// running down, for a slide or a printed briefing:
//
//   - an event known to the day (or finer) is a dot on the axis; one known
//     only to the month, season, year or a range is a band covering that
//     span ("spring 2018" covers March to May);
//   - long empty stretches (1945 to 2017) are cut out of the axis and the
//     cut is drawn as a break saying how long it is; inside a stretch the
//     scale is linear;
//   - each event's label (date, summary, actors and places) sits to the
//     right, as close to its point as the labels above and below allow,
//     with a leader line to the axis;
//   - planned events are hollow with a dashed outline, possible ones
//     dotted, negated ones crossed out; colour follows the briefing kind.
//
// When that drawing would be taller than opt.MaxHeight, or would put the
// labels of several documents far from their marks, the timeline is drawn
// as an overview instead (layoutOverview): a block per period with its
// count, a lane per recurring actor, and the most salient events.
//
// Undated entries are not drawn; the subtitle counts them. Every string from
// the articles passes through html/template's escaping, so labels are inert
// text in SVG (and in HTML, where the same drawing is inlined). The output
// is deterministic for the same entries.
func WriteTimelineSVG(w io.Writer, entries []timeline.Entry, opt TimelineSVGOptions) error {
	var buf bytes.Buffer
	if err := timelineSVGTemplate.Execute(&buf, layoutTimeline(entries, opt)); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// Geometry of the drawing, in pixels.
const (
	tlRowH      = 46  // one label: two lines and a gap
	tlAxisX     = 150 // the axis
	tlLabelX    = 200 // left edge of the labels
	tlTop       = 96  // below the title, subtitle and legend
	tlBreakH    = 48  // height of a cut in the axis
	tlCharW     = 7.0 // average width of a 13 px sans-serif character
	tlMarkR     = 5   // radius of a dot
	tlBandW     = 12  // width of a band
	tlMinTickPx = 16  // closest two tick labels may be

	tlDefaultMaxHeight = 4000
	tlMaxDrift         = 480 // ten labels
)

// Layout types, read by the template. Coordinates are strings formatted
// once here, so the template has no arithmetic.
type tlLayout struct {
	Width, Height  int
	Title          string
	Subtitle       string
	Axis           []tlSegment
	Breaks         []tlBreak
	Ticks          []tlTick
	Events         []tlEvent
	Legend         []tlLegend
	LegendY        int
	AxisX, LabelX  int
	TickX1, TickX2 int
	LegendMarkY    int
	LegendBandY    int
	HasTitle       bool
	EmptyMessageY  int
	Empty          bool
	BandLegendText string

	// The overview (layoutOverview) only.
	Overview     bool
	Periods      []tlPeriod
	Lines        []tlLine
	LaneKeys     []tlLaneKey
	LaneLegendY  int
	LaneCaptionY int
	LaneRectY    int

	drift  float64 // full drawing: farthest a label sits from its mark
	oneDoc bool    // full drawing: all events from one document
}

type tlSegment struct{ Y1, Y2 string }

type tlBreak struct {
	Y, YText string
	Label    string
}

type tlTick struct {
	Y, YText string
	Label    string
}

type tlEvent struct {
	Band                 bool
	X, Y, W, H           string // band rectangle
	CX, CY               string // dot
	LeadX1, LeadY1       string
	LeadX2, LeadY2       string
	TextY1, TextY2       string
	Date, Summary, Extra string
	Colour               string
	Modality             string // CSS class: actual, planned, possible, negated
	CrossX1, CrossX2     string // negated: the cross stroke
	CrossY1, CrossY2     string
	Title                string // tooltip: the source sentence
}

type tlLegend struct {
	X, CX, TextX string
	Label        string
	Modality     string
	Band         bool
}

// kindColours: one colour per briefing kind an analyst tells apart at a
// glance; the rest share a neutral one.
var kindColours = map[string]string{
	"meeting":   "#2b6cb0",
	"talks":     "#2b6cb0",
	"summit":    "#2b6cb0",
	"visit":     "#2f855a",
	"agreement": "#6b46c1",
	"statement": "#4a5568",
	"seizure":   "#c53030",
	"attack":    "#c53030",
	"election":  "#b7791f",
	"sanction":  "#c05621",
	"test":      "#c05621",
}

const defaultColour = "#4a5568"

func px(v float64) string {
	v = math.Round(v*10) / 10
	if v == math.Trunc(v) {
		return fmt.Sprintf("%d", int64(v))
	}
	return fmt.Sprintf("%.1f", v)
}

// cluster is a stretch of the axis drawn at a linear scale.
type cluster struct {
	start, end time.Time
	items      []int // indexes into the dated entries
	top, h     float64
}

func (c *cluster) y(t time.Time) float64 {
	span := c.end.Sub(c.start)
	if span <= 0 {
		return c.top + c.h/2
	}
	f := float64(t.Sub(c.start)) / float64(span)
	return c.top + math.Max(0, math.Min(1, f))*c.h
}

// layoutTimeline draws every event (layoutFull) when that fits in
// opt.MaxHeight, and an overview of the periods otherwise; also when the
// events come from several documents and some label would sit more than
// tlMaxDrift below or above its mark (a fan of leader lines no reader
// can follow: 30 MEANTIME articles fit in 3,340 px, with labels 780 px
// from their marks). One article keeps the full drawing within MaxHeight.
func layoutTimeline(entries []timeline.Entry, opt TimelineSVGOptions) tlLayout {
	l := layoutFull(entries, opt)
	maxH := opt.MaxHeight
	if maxH <= 0 {
		maxH = tlDefaultMaxHeight
	}
	if l.Empty || l.Height <= maxH && (l.oneDoc || l.drift <= tlMaxDrift) {
		return l
	}
	return layoutOverview(entries, opt, maxH)
}

func layoutFull(entries []timeline.Entry, opt TimelineSVGOptions) tlLayout {
	width := opt.Width
	if width <= 0 {
		width = 960
	}
	width = max(width, 480)
	var dated []timeline.Entry
	for _, e := range entries {
		if !e.Undated() {
			dated = append(dated, e)
		}
	}
	l := tlLayout{Width: width, Title: timeline.Clean(opt.Title), AxisX: tlAxisX, LabelX: tlLabelX}
	l.HasTitle = l.Title != ""
	l.Subtitle = subtitle(dated, len(entries)-len(dated))
	l.LegendY = 74
	l.LegendMarkY, l.LegendBandY = l.LegendY-4, l.LegendY-12
	l.TickX1, l.TickX2 = tlAxisX-5, tlAxisX+5
	l.Legend = legend()
	if len(dated) == 0 {
		l.Empty = true
		l.EmptyMessageY = tlTop + 30
		l.Height = tlTop + 60
		return l
	}

	clusters := clusterEntries(dated)
	// Each stretch gets room for its labels; cuts between stretches.
	y := float64(tlTop + tlRowH/2)
	for i := range clusters {
		c := &clusters[i]
		if i > 0 {
			prev := clusters[i-1]
			mid := y + tlBreakH/2
			l.Breaks = append(l.Breaks, tlBreak{Y: px(mid), YText: px(mid + 4), Label: gapLabel(prev.end, c.start)})
			y += tlBreakH
		}
		c.top = y
		c.h = float64(max(1, len(c.items)-1) * tlRowH)
		if len(c.items) == 1 {
			c.h = tlRowH / 2
		}
		l.Axis = append(l.Axis, tlSegment{Y1: px(c.top - 10), Y2: px(c.top + c.h + 10)})
		l.Ticks = append(l.Ticks, ticks(c)...)
		y = c.top + c.h + tlRowH/2
	}

	// Ideal label centres: the middle of each entry's mark.
	ideal := make([]float64, len(dated))
	marks := make([][2]float64, len(dated))
	for _, c := range clusters {
		for _, i := range c.items {
			e := &dated[i]
			y0, y1 := c.y(e.Interval.Start), c.y(e.Interval.End)
			marks[i] = [2]float64{y0, y1}
			ideal[i] = (y0 + y1) / 2
		}
	}
	centres := placeLabels(ideal, tlRowH, float64(tlTop+tlRowH/2))
	for i := range centres {
		l.drift = max(l.drift, math.Abs(centres[i]-ideal[i]))
	}

	lanes := bandLanes(marks)
	oneDoc := true
	for _, e := range dated {
		oneDoc = oneDoc && e.Source.Doc == dated[0].Source.Doc
	}
	maxLane := 0
	for _, k := range lanes {
		maxLane = max(maxLane, k)
	}
	l.oneDoc = oneDoc
	l.LabelX = tlLabelX + maxLane*(tlBandW+3)
	maxChars := int(float64(width-l.LabelX-16) / tlCharW)
	for i := range dated {
		e := &dated[i]
		ev := tlEvent{Colour: kindColour(e.Class), Modality: modalityClass(e.Modality)}
		y0, y1 := marks[i][0], marks[i][1]
		cx := float64(tlAxisX)
		if lanes[i] >= 0 {
			// Overlapping bands stand side by side, to the right of the axis.
			cx += float64(lanes[i] * (tlBandW + 3))
			ev.Band = true
			ev.X, ev.W = px(cx-tlBandW/2), px(tlBandW)
			ev.Y, ev.H = px(y0), px(y1-y0)
		} else {
			ev.CX, ev.CY = px(cx), px((y0+y1)/2)
		}
		mid := (y0 + y1) / 2
		ev.LeadX1, ev.LeadY1 = px(cx+tlBandW/2+3), px(mid)
		ev.LeadX2, ev.LeadY2 = px(float64(l.LabelX-6)), px(centres[i]-4)
		ev.TextY1, ev.TextY2 = px(centres[i]-4), px(centres[i]+13)
		ev.Date = timeline.Clean(timeline.DateLabel(e))
		ev.Summary = truncate(timeline.Clean(e.Summary), maxChars-utf8.RuneCountInString(ev.Date)-3)
		ev.Extra = truncate(extraLine(e, !oneDoc), maxChars+8)
		if ev.Modality == "negated" && !ev.Band {
			ev.CrossX1, ev.CrossX2 = px(cx-7), px(cx+7)
			ev.CrossY1, ev.CrossY2 = px(mid-7), px(mid+7)
		}
		ev.Title = timeline.Clean(e.Source.Sentence)
		l.Events = append(l.Events, ev)
	}
	bottom := centres[len(centres)-1] + tlRowH
	if last := clusters[len(clusters)-1]; last.top+last.h+20 > bottom {
		bottom = last.top + last.h + 20
	}
	l.Height = int(math.Ceil(bottom)) + 10
	return l
}

// bandLanes gives each mark tall enough to be a band a lane (0 on the axis,
// 1, 2... to its right) so that no two bands in a lane overlap, and -1 to
// the marks drawn as dots. Greedy interval colouring in order of start,
// which needs no more lanes than the most bands overlapping at one height.
func bandLanes(marks [][2]float64) []int {
	const maxLanes = 6
	lanes := make([]int, len(marks))
	order := make([]int, 0, len(marks))
	for i, m := range marks {
		lanes[i] = -1
		if m[1]-m[0] >= 6 {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(marks[a][0], marks[b][0]) })
	var ends []float64 // bottom of the last band in each lane
	for _, i := range order {
		lane := -1
		for k, end := range ends {
			if end+2 <= marks[i][0] {
				lane = k
				break
			}
		}
		if lane < 0 && len(ends) == maxLanes {
			lane = len(ends) - 1 // too many at once: the last lane overlaps
		}
		if lane < 0 {
			lane = len(ends)
			ends = append(ends, 0)
		}
		ends[lane] = marks[i][1]
		lanes[i] = lane
	}
	return lanes
}

// clusterEntries splits the entries (in timeline order) into stretches
// separated by gaps longer than a fifth of the whole span and than 90 days:
// long enough that a linear axis would waste most of its length on them.
func clusterEntries(dated []timeline.Entry) []cluster {
	first, last := dated[0].Interval.Start, dated[0].Interval.End
	for _, e := range dated {
		if e.Interval.Start.Before(first) {
			first = e.Interval.Start
		}
		if e.Interval.End.After(last) {
			last = e.Interval.End
		}
	}
	minGap := max(last.Sub(first)/5, 90*24*time.Hour)
	var cs []cluster
	for i, e := range dated {
		if n := len(cs); n > 0 && e.Interval.Start.Sub(cs[n-1].end) <= minGap {
			c := &cs[n-1]
			c.items = append(c.items, i)
			if e.Interval.End.After(c.end) {
				c.end = e.Interval.End
			}
			if e.Interval.Start.Before(c.start) {
				c.start = e.Interval.Start
			}
			continue
		}
		cs = append(cs, cluster{start: e.Interval.Start, end: e.Interval.End, items: []int{i}})
	}
	return cs
}

// placeLabels returns label centres as close to the ideal ones as possible
// with centres at least h apart and none above minY: overlapping labels
// merge into a block centred on the mean of their ideals, and a block that
// then overlaps the one above merges with it (a standard one-dimensional
// label placement). ideal must be in drawing order.
func placeLabels(ideal []float64, h, minY float64) []float64 {
	type block struct {
		top, sum float64
		n        int
	}
	var bs []block
	for _, y := range ideal {
		bs = append(bs, block{top: y, sum: y, n: 1})
		for len(bs) > 0 {
			b := &bs[len(bs)-1]
			b.top = math.Max(minY, b.sum/float64(b.n)-float64(b.n-1)*h/2)
			if len(bs) == 1 {
				break
			}
			p := &bs[len(bs)-2]
			if p.top+float64(p.n)*h <= b.top {
				break
			}
			p.sum += b.sum
			p.n += b.n
			bs = bs[:len(bs)-1]
		}
	}
	out := make([]float64, 0, len(ideal))
	for _, b := range bs {
		for k := 0; k < b.n; k++ {
			out = append(out, b.top+float64(k)*h)
		}
	}
	return out
}

// ticks labels a stretch of the axis in years, months or days, whichever
// gives a handful of ticks, skipping labels that would touch.
func ticks(c *cluster) []tlTick {
	span := c.end.Sub(c.start)
	most := max(1, min(6, int(c.h/40))) // ticks the stretch has room for
	var out []tlTick
	lastY := math.Inf(-1)
	add := func(t time.Time, label string) {
		y := c.y(t)
		if y-lastY < tlMinTickPx {
			return
		}
		lastY = y
		out = append(out, tlTick{Y: px(y), YText: px(y + 4), Label: label})
	}
	day := 24 * time.Hour
	switch {
	case span > 3*365*day:
		step := niceStep(c.end.Year()-c.start.Year(), most, []int{1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000})
		y0 := c.start.Year()
		if c.start.Month() != 1 || c.start.Day() != 1 {
			y0++
		}
		y0 = (y0 + step - 1) / step * step
		for y := y0; ; y += step {
			t := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
			if !t.Before(c.end) {
				break
			}
			add(t, fmt.Sprint(y))
		}
	case span > 60*day:
		months := (c.end.Year()-c.start.Year())*12 + int(c.end.Month()) - int(c.start.Month())
		step := niceStep(months, most, []int{1, 2, 3, 6, 12})
		t := time.Date(c.start.Year(), c.start.Month(), 1, 0, 0, 0, 0, time.UTC)
		if t.Before(c.start) {
			t = t.AddDate(0, 1, 0)
		}
		for ; t.Before(c.end); t = t.AddDate(0, step, 0) {
			label := t.Format("Jan")
			switch {
			case step == 12 && t.Month() == time.January:
				label = t.Format("2006")
			case t.Month() == time.January || len(out) == 0:
				label = t.Format("Jan 2006")
			}
			add(t, label)
		}
	case span > 0:
		days := int(span / day)
		step := niceStep(days, most, []int{1, 2, 7, 14, 28})
		t := time.Date(c.start.Year(), c.start.Month(), c.start.Day(), 0, 0, 0, 0, time.UTC)
		if t.Before(c.start) {
			t = t.AddDate(0, 0, 1)
		}
		for ; t.Before(c.end); t = t.AddDate(0, 0, step) {
			label := t.Format("2 Jan")
			if len(out) == 0 || t.Day() == 1 {
				label = t.Format("2 Jan 2006")
			}
			add(t, label)
		}
	}
	if len(out) == 0 {
		// A single point or a stretch too short for a tick: name its start.
		add(c.start, c.start.Format("2 Jan 2006"))
	}
	return out
}

// niceStep is the first step of the ladder that gives at most most ticks
// over n units.
func niceStep(n, most int, ladder []int) int {
	for _, s := range ladder {
		if n/s <= most {
			return s
		}
	}
	return ladder[len(ladder)-1]
}

// gapLabel says how long a cut in the axis is: "72 years", "5 months".
func gapLabel(from, to time.Time) string {
	d := to.Sub(from)
	switch years := d.Hours() / 24 / 365.25; {
	case years >= 2:
		return fmt.Sprintf("%d years", int(math.Round(years)))
	case years >= 1:
		return "over a year"
	}
	months := int(math.Round(d.Hours() / 24 / 30.44))
	if months <= 1 {
		return fmt.Sprintf("%d days", int(math.Round(d.Hours()/24)))
	}
	return fmt.Sprintf("%d months", months)
}

func subtitle(dated []timeline.Entry, undated int) string {
	var b strings.Builder
	switch len(dated) {
	case 0:
		b.WriteString("no dated events")
	case 1:
		b.WriteString("1 dated event")
	default:
		fmt.Fprintf(&b, "%d dated events, %s to %s", len(dated), timeline.DateLabel(&dated[0]), timeline.DateLabel(&dated[len(dated)-1]))
	}
	if undated > 0 {
		fmt.Fprintf(&b, " · %d without a date not shown", undated)
	}
	return b.String()
}

func legend() []tlLegend {
	items := []tlLegend{
		{Label: "happened", Modality: "actual"},
		{Label: "planned", Modality: "planned"},
		{Label: "possible", Modality: "possible"},
		{Label: "did not happen", Modality: "negated"},
		{Label: "date known only to the month, season or year", Modality: "actual", Band: true},
	}
	x := 24.0
	for i := range items {
		items[i].X = px(x)
		items[i].CX = px(x + 5)
		items[i].TextX = px(x + 14)
		x += 14 + float64(utf8.RuneCountInString(items[i].Label))*6.2 + 24
	}
	return items
}

func kindColour(kind string) string {
	if c, ok := kindColours[kind]; ok {
		return c
	}
	return defaultColour
}

func modalityClass(m string) string {
	switch m {
	case text.Planned, text.Possible, text.Negated:
		return m
	case text.Conditional:
		return text.Possible // drawn as a possibility
	}
	return "actual"
}

// extraLine is the second line of a label: who, where, and a status word
// for events that did not (yet) happen.
func extraLine(e *timeline.Entry, withDoc bool) string {
	var parts []string
	if len(e.Actors) > 0 {
		parts = append(parts, joinClean(e.Actors))
	}
	if len(e.Places) > 0 {
		parts = append(parts, "in "+joinClean(e.Places))
	}
	if m := modalityClass(e.Modality); m != "actual" {
		parts = append(parts, m)
	}
	if withDoc && e.Source.Doc != "" {
		parts = append(parts, timeline.Clean(e.Source.Doc))
	}
	return strings.Join(parts, " · ")
}

func joinClean(xs []string) string {
	var c []string
	for _, x := range xs {
		if x = timeline.Clean(x); x != "" {
			c = append(c, x)
		}
	}
	return strings.Join(c, ", ")
}

// truncate cuts s to at most n characters, ending in "…" when cut.
func truncate(s string, n int) string {
	if n < 2 {
		n = 2
	}
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimRight(string(r[:n-1]), " ,;:") + "…"
}

var timelineSVGTemplate = template.Must(template.New("timeline").Parse(`<svg xmlns="http://www.w3.org/2000/svg" width="{{.Width}}" height="{{.Height}}" viewBox="0 0 {{.Width}} {{.Height}}" font-family="Helvetica, Arial, sans-serif" font-size="13" role="img" class="chronicle-timeline">
<title>{{if .HasTitle}}{{.Title}}: {{end}}timeline</title>
<style>
.chronicle-timeline .axis{stroke:#2d3748;stroke-width:2}
.chronicle-timeline .tick{stroke:#2d3748;stroke-width:1}
.chronicle-timeline .ticklabel{fill:#4a5568;font-size:12px;text-anchor:end}
.chronicle-timeline .break{fill:#718096;font-size:12px;font-style:italic;text-anchor:end}
.chronicle-timeline .cut{stroke:#a0aec0;stroke-width:2;fill:none}
.chronicle-timeline .lead{stroke:#cbd5e0;stroke-width:1}
.chronicle-timeline .date{font-weight:bold;fill:#1a202c}
.chronicle-timeline .summary{fill:#1a202c}
.chronicle-timeline .extra{fill:#4a5568;font-size:11.5px}
.chronicle-timeline .mark{stroke-width:2}
.chronicle-timeline .actual .mark{fill-opacity:0.9}
.chronicle-timeline .actual .band{fill-opacity:0.35}
.chronicle-timeline .planned .mark{fill:#fff;stroke-dasharray:4 3}
.chronicle-timeline .possible .mark{fill:#fff;stroke-dasharray:1 3}
.chronicle-timeline .negated .mark{fill:#fff}
.chronicle-timeline .planned .summary,.chronicle-timeline .possible .summary{font-style:italic}
.chronicle-timeline .negated .summary{text-decoration:line-through;fill:#4a5568}
.chronicle-timeline .cross{stroke:#c53030;stroke-width:2}
.chronicle-timeline .title{font-size:20px;font-weight:bold;fill:#1a202c}
.chronicle-timeline .subtitle{font-size:13px;fill:#4a5568}
.chronicle-timeline .legend{font-size:12px;fill:#4a5568}
{{if .Overview}}.chronicle-timeline .periodlabel{font-weight:bold;fill:#1a202c;font-size:12.5px;text-anchor:end}
.chronicle-timeline .count{fill:#4a5568;font-size:11.5px;text-anchor:end}
.chronicle-timeline .countdot{fill:#4a5568;fill-opacity:0.8}
.chronicle-timeline .celln{fill:#fff;font-size:11px;font-weight:bold;text-anchor:middle}
{{end}}</style>
<rect width="100%" height="100%" fill="#fff"/>
{{if .HasTitle}}<text class="title" x="24" y="32">{{.Title}}</text>
{{end}}<text class="subtitle" x="24" y="{{if .HasTitle}}52{{else}}32{{end}}">{{.Subtitle}}</text>
<g class="legend-items">{{range .Legend}}
<g class="{{.Modality}}">{{if .Band}}<rect class="mark band" x="{{.X}}" y="{{$.LegendBandY}}" width="10" height="16" rx="3" fill="#4a5568" stroke="#4a5568"/>{{else}}<circle class="mark" cx="{{.CX}}" cy="{{$.LegendMarkY}}" r="5" fill="#4a5568" stroke="#4a5568"/>{{end}}<text class="legend" x="{{.TextX}}" y="{{$.LegendY}}">{{.Label}}</text></g>{{end}}
</g>
{{if .Empty}}<text class="subtitle" x="24" y="{{.EmptyMessageY}}">Nothing to draw: no event has a date.</text>
{{end}}{{range .Axis}}<line class="axis" x1="{{$.AxisX}}" y1="{{.Y1}}" x2="{{$.AxisX}}" y2="{{.Y2}}"/>
{{end}}{{range .Breaks}}<g class="gap"><path class="cut" d="M{{$.AxisX}} {{.Y}} m-9 -9 l18 6 m-18 6 l18 6"/><text class="break" x="{{$.AxisX}}" dx="-16" y="{{.YText}}">{{.Label}}</text></g>
{{end}}{{range .Ticks}}<line class="tick" x1="{{$.TickX1}}" x2="{{$.TickX2}}" y1="{{.Y}}" y2="{{.Y}}"/><text class="ticklabel" x="{{$.AxisX}}" dx="-12" y="{{.YText}}">{{.Label}}</text>
{{end}}{{range .Events}}<g class="event {{.Modality}}"><title>{{.Title}}</title>
<line class="lead" x1="{{.LeadX1}}" y1="{{.LeadY1}}" x2="{{.LeadX2}}" y2="{{.LeadY2}}"/>
{{if .Band}}<rect class="mark band" x="{{.X}}" y="{{.Y}}" width="{{.W}}" height="{{.H}}" rx="4" fill="{{.Colour}}" stroke="{{.Colour}}"/>{{else}}<circle class="mark" cx="{{.CX}}" cy="{{.CY}}" r="5" fill="{{.Colour}}" stroke="{{.Colour}}"/>{{end}}
{{if .CrossX1}}<line class="cross" x1="{{.CrossX1}}" y1="{{.CrossY1}}" x2="{{.CrossX2}}" y2="{{.CrossY2}}"/>
{{end}}<text x="{{$.LabelX}}" y="{{.TextY1}}"><tspan class="date">{{.Date}}</tspan><tspan class="summary" dx="8">{{.Summary}}</tspan></text>
<text class="extra" x="{{$.LabelX}}" y="{{.TextY2}}">{{.Extra}}</text></g>
{{end}}{{if .LaneKeys}}<g class="lanes"><text class="legend" x="24" y="{{.LaneCaptionY}}">lanes:</text>{{range .LaneKeys}}<rect x="{{.X}}" y="{{$.LaneRectY}}" width="12" height="12" rx="2" fill="{{.Colour}}"/><text class="legend" x="{{.TextX}}" y="{{$.LaneLegendY}}">{{.Label}}</text>{{end}}</g>
{{end}}{{range .Periods}}<g class="period"><line class="tick" x1="{{$.TickX1}}" x2="{{$.TickX2}}" y1="{{.Y}}" y2="{{.Y}}"/><text class="periodlabel" x="{{$.AxisX}}" dx="-12" y="{{.YText}}">{{.Label}}</text><text class="count" x="{{$.AxisX}}" dx="-12" y="{{.YCount}}">{{.Count}}</text>{{if .DotR}}<circle class="countdot" cx="{{$.AxisX}}" cy="{{.DotY}}" r="{{.DotR}}"/>{{end}}{{range .Cells}}<g class="cell"><title>{{.Title}}</title><rect x="{{.X}}" y="{{.Y}}" width="28" height="16" rx="3" fill="{{.Colour}}"/><text class="celln" x="{{.TextX}}" y="{{.TextY}}">{{.N}}</text></g>{{end}}</g>
{{end}}{{range .Lines}}<g class="event {{.Modality}}"><title>{{.Title}}</title><circle class="mark" cx="{{.CX}}" cy="{{.CY}}" r="4" fill="{{.Colour}}" stroke="{{.Colour}}"/><text x="{{$.LabelX}}" y="{{.TextY}}"><tspan class="date">{{.Date}}</tspan><tspan class="summary" dx="6">{{.Summary}}</tspan><tspan class="extra">{{.Extra}}</tspan></text></g>
{{end}}</svg>
`))
