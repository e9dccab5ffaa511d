package output

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/timeline"
)

// The overview: what WriteTimelineSVG draws when drawing every event would
// be taller than TimelineSVGOptions.MaxHeight (a corpus, not an article),
// or would send labels of several documents far from their marks.
//
//   - the axis is cut into the same stretches as the full drawing (long
//     empty gaps are breaks saying how long they are); inside a stretch,
//     time runs down period by period (days, months, years or decades,
//     the finest that leaves room for labels), one block per period that
//     has events; empty periods take no room;
//   - left of the axis each block says its period and how many events it
//     has ("Mar 2013", "12 events");
//   - when a few actors recur (the most frequent, each in at least one
//     entry in twenty), each gets a lane: a column of count cells right of
//     the axis, one colour per actor, the rest counted under "other";
//   - right of that, one line per shown event (date, summary, actors or
//     places when the summary does not name them), the most salient of the
//     period first to get room (timeline.Salience), drawn in time order;
//     an entry whose summary is one word with neither actor nor place is
//     never shown alone, only counted;
//   - the subtitle says how many events are shown of how many.
//
// The full list is in the HTML briefing; the overview is for seeing where
// the news is and what it was.

const (
	ovLineH    = 20 // one event line
	ovMinBlock = 42 // a period block: its label and count
	ovBlockGap = 8  // between period blocks
	ovCellW    = 28 // a lane's count cell
	ovCellH    = 16
	ovMaxLanes = 4
	ovPerBlock = 20 // most lines one period shows
)

var laneColours = []string{"#2b6cb0", "#c05621", "#2f855a", "#6b46c1"}

const otherLaneColour = "#718096"

type tlPeriod struct {
	Y, YText, YCount string // tick, label and count baselines
	Label, Count     string
	Cells            []tlCell
	DotY, DotR       string // no lanes: one dot sized by the count
}

type tlCell struct {
	X, Y, TextX, TextY string
	N                  int
	Colour             string
	Title              string
}

type tlLine struct {
	Modality, Colour string
	CX, CY, TextY    string
	Date, Summary    string
	Extra            string
	Title            string
}

type tlLaneKey struct {
	X, TextX, Label, Colour string
}

// ovUnit is a period length: days, or a number of months.
type ovUnit struct {
	days   bool
	months int // 1, 12, 120, 1200; 0 with days
}

var ovUnits = []ovUnit{{days: true}, {months: 1}, {months: 12}, {months: 120}, {months: 1200}}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// key numbers the period of t, increasing with time.
func (u ovUnit) key(t time.Time) int {
	if u.days {
		return int(t.Unix() / 86400)
	}
	return floorDiv(t.Year()*12+int(t.Month())-1, u.months)
}

func (u ovUnit) label(t time.Time) string {
	switch {
	case u.days:
		return t.Format("Mon 2 Jan 2006")
	case u.months == 1:
		return t.Format("Jan 2006")
	case u.months == 12:
		return fmt.Sprint(t.Year())
	}
	step := u.months / 12
	y := floorDiv(t.Year(), step) * step
	return fmt.Sprintf("%ds", y)
}

type ovPeriod struct {
	label string
	unit  int // index into ovUnits; -1 for a whole stretch
	start time.Time
	items []int // indexes into dated, timeline order
	shown []int
	cands []int // eligible to be shown, most salient first
	whole bool  // not to be split further
}

type ovCluster struct {
	unit    int // index into ovUnits
	periods []ovPeriod
}

// start is the first instant of period k.
func (u ovUnit) start(k int) time.Time {
	if u.days {
		return time.Unix(int64(k)*86400, 0).UTC()
	}
	m := k * u.months
	y := floorDiv(m, 12)
	return time.Date(y, time.Month(m-y*12+1), 1, 0, 0, 0, 0, time.UTC)
}

// unitFor is the unit an entry is grouped by in a drawing by unit base:
// base when its interval lies within one period of it, else the finest
// coarser one up to decades that holds it (a year-only event goes in a
// block of its year, not in January's), else base by its start.
func unitFor(e *timeline.Entry, base int) int {
	last := e.Interval.End.Add(-time.Nanosecond)
	if last.Before(e.Interval.Start) {
		last = e.Interval.Start
	}
	for u := base; u < len(ovUnits) && u <= max(base, 3); u++ {
		if ovUnits[u].key(e.Interval.Start) == ovUnits[u].key(last) {
			return u
		}
	}
	return base
}

// groupPeriods groups a stretch's entries into periods of unit base (or
// coarser, unitFor), in time order; a coarse period comes before the
// finer ones starting with it ("2001" before "Jan 2001"). The timeline's
// own order is not always that of the starts ("by 1992" sorts by its
// end); within a period it is kept.
func groupPeriods(dated []timeline.Entry, items []int, base int) []ovPeriod {
	type slot struct{ unit, key int }
	slots := make(map[int]slot, len(items))
	for _, i := range items {
		u := unitFor(&dated[i], base)
		slots[i] = slot{u, ovUnits[u].key(dated[i].Interval.Start)}
	}
	items = slices.Clone(items)
	slices.SortStableFunc(items, func(a, b int) int {
		sa, sb := slots[a], slots[b]
		if c := ovUnits[sa.unit].start(sa.key).Compare(ovUnits[sb.unit].start(sb.key)); c != 0 {
			return c
		}
		if c := cmp.Compare(sb.unit, sa.unit); c != 0 {
			return c
		}
		return cmp.Compare(sa.key, sb.key)
	})
	var ps []ovPeriod
	var last slot
	for _, i := range items {
		s := slots[i]
		if len(ps) == 0 || s != last {
			t := ovUnits[s.unit].start(s.key)
			ps = append(ps, ovPeriod{label: ovUnits[s.unit].label(t), unit: s.unit, start: t})
			last = s
		}
		ps[len(ps)-1].items = append(ps[len(ps)-1].items, i)
	}
	return ps
}

// startUnit is the finest unit worth drawing a stretch in: days for a few
// weeks, months up to three years, years beyond.
func startUnit(c cluster) int {
	switch span := c.end.Sub(c.start); {
	case span <= 60*24*time.Hour:
		return 0
	case span <= 3*365*24*time.Hour:
		return 1
	}
	return 2
}

// showable reports whether an entry may have a line of its own: a summary
// of several words, or one word with an actor or a place to go with it.
// Auxiliaries do not count: "To launch" is one bare verb.
func showable(e *timeline.Entry) bool {
	words := 0
	for _, w := range strings.Fields(timeline.Clean(e.Summary)) {
		if !auxiliary[strings.ToLower(w)] {
			words++
		}
	}
	if words == 0 {
		return false
	}
	return words >= 2 || joinClean(e.Actors) != "" || joinClean(e.Places) != ""
}

var auxiliary = map[string]bool{
	"to": true, "be": true, "been": true, "being": true, "is": true, "was": true, "were": true,
	"will": true, "would": true, "shall": true, "should": true, "may": true, "might": true,
	"can": true, "could": true, "must": true, "not": true, "has": true, "have": true, "had": true,
	"the": true, "a": true, "an": true,
}

// mainActors are the actors that get a lane: the most frequent, named by
// at least one entry in twenty and at least three, at most ovMaxLanes.
func mainActors(dated []timeline.Entry) []string {
	count := map[string]int{}
	for i := range dated {
		seen := map[string]bool{}
		for _, a := range dated[i].Actors {
			if a = timeline.Clean(a); a != "" && !seen[a] {
				seen[a] = true
				count[a]++
			}
		}
	}
	var names []string
	for a, n := range count {
		if n >= 3 && n*20 >= len(dated) {
			names = append(names, a)
		}
	}
	slices.SortFunc(names, func(a, b string) int {
		if c := cmp.Compare(count[b], count[a]); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	if len(names) > ovMaxLanes {
		names = names[:ovMaxLanes]
	}
	return names
}

func laneOf(e *timeline.Entry, lanes []string) int {
	for _, a := range e.Actors {
		a = timeline.Clean(a)
		for k, l := range lanes {
			if a == l {
				return k
			}
		}
	}
	return len(lanes) // other
}

func layoutOverview(entries []timeline.Entry, opt TimelineSVGOptions, maxH int) tlLayout {
	width := max(opt.Width, 0)
	if width == 0 {
		width = 960
	}
	width = max(width, 480)
	var dated []timeline.Entry
	for _, e := range entries {
		if !e.Undated() {
			dated = append(dated, e)
		}
	}
	l := tlLayout{Width: width, Title: timeline.Clean(opt.Title), AxisX: tlAxisX, Overview: true}
	l.HasTitle = l.Title != ""
	l.LegendY = 74
	l.LegendMarkY, l.LegendBandY = l.LegendY-4, l.LegendY-12
	l.TickX1, l.TickX2 = tlAxisX-5, tlAxisX+5
	l.Legend = legend()
	l.Legend = l.Legend[:len(l.Legend)-1] // no bands in the overview

	lanes := mainActors(dated)
	top := float64(tlTop)
	if len(lanes) > 0 {
		l.LaneLegendY = l.LegendY + 22
		l.LaneCaptionY = l.LaneLegendY
		l.LaneRectY = l.LaneLegendY - 10
		x := 24.0 + float64(utf8.RuneCountInString("lanes:"))*6.2 + 10
		keys := append(slices.Clone(lanes), "other")
		for k, a := range keys {
			colour := otherLaneColour
			if k < len(lanes) {
				colour = laneColours[k]
			}
			a = truncate(a, 28)
			l.LaneKeys = append(l.LaneKeys, tlLaneKey{X: px(x), TextX: px(x + 16), Label: a, Colour: colour})
			x += 16 + float64(utf8.RuneCountInString(a))*6.2 + 20
		}
		top += 22
	}
	nCells := 0
	if len(lanes) > 0 {
		nCells = len(lanes) + 1
	}
	l.LabelX = tlAxisX + 12 + nCells*(ovCellW+2) + 22 // cells, a gap, the mark
	if nCells == 0 {
		l.LabelX = tlAxisX + 30 // clear of the count dot
	}
	maxChars := int(float64(width-l.LabelX-16-14) / tlCharW)

	clusters := clusterEntries(dated)
	ocs := make([]ovCluster, len(clusters))
	for k, c := range clusters {
		ocs[k].unit = startUnit(c)
		ocs[k].periods = groupPeriods(dated, c.items, ocs[k].unit)
	}
	fixed := func() float64 {
		h := top + float64(len(clusters)-1)*tlBreakH + 30
		for _, oc := range ocs {
			h += float64(len(oc.periods)) * (ovMinBlock + ovBlockGap)
		}
		return h
	}
	// Coarsen the stretch with the most periods until the blocks leave at
	// least a third of the height for lines; a whole stretch as a single
	// period is the last resort.
	for fixed() > float64(maxH)*2/3 {
		best := -1
		for k, oc := range ocs {
			if oc.unit < len(ovUnits)-1 && (best < 0 || len(oc.periods) > len(ocs[best].periods)) {
				best = k
			}
		}
		if best < 0 {
			break
		}
		ocs[best].unit++
		ocs[best].periods = groupPeriods(dated, clusters[best].items, ocs[best].unit)
	}
	for k := range ocs {
		if fixed() <= float64(maxH)-ovLineH {
			break
		}
		// Still too many: each stretch is one period.
		c := clusters[k]
		lab := ovUnits[2].label(c.start)
		if e := ovUnits[2].label(c.end); e != lab {
			lab += "–" + e
		}
		ocs[k].periods = []ovPeriod{{label: lab, unit: -1, start: c.start, items: c.items}}
	}

	// Split the periods far busier than the others of their stretch (twice
	// the mean) into the next finer unit (down to months, or days for a
	// stretch of a few weeks) while the blocks take at most half of the
	// height: TimeBank's 260 events of 1989 are months apart.
	busy := make([]int, len(ocs))
	for k, oc := range ocs {
		busy[k] = max(12, 2*len(clusters[k].items)/len(oc.periods))
	}
	for {
		bk, bp := -1, -1
		for k, oc := range ocs {
			finest := min(startUnit(clusters[k]), 1)
			for p, op := range oc.periods {
				if op.whole || op.unit <= finest || len(op.items) < busy[k] {
					continue
				}
				if bk < 0 || len(op.items) > len(ocs[bk].periods[bp].items) {
					bk, bp = k, p
				}
			}
		}
		if bk < 0 {
			break
		}
		op := &ocs[bk].periods[bp]
		sub := groupPeriods(dated, op.items, op.unit-1)
		if len(sub) <= 1 || fixed()+float64(len(sub)-1)*(ovMinBlock+ovBlockGap) > float64(maxH)/2 {
			op.whole = true
			continue
		}
		ocs[bk].periods = slices.Concat(ocs[bk].periods[:bp], sub, ocs[bk].periods[bp+1:])
	}

	// Candidates, most salient first; the same summary on the same date
	// (several articles reporting one event) is offered once.
	sal := make([]int, len(dated))
	for i := range dated {
		sal[i] = timeline.Salience(&dated[i])
	}
	var all []*ovPeriod
	for k := range ocs {
		for p := range ocs[k].periods {
			op := &ocs[k].periods[p]
			seen := map[string]bool{}
			for _, i := range op.items {
				e := &dated[i]
				key := timeline.DateLabel(e) + "\x00" + strings.ToLower(timeline.Clean(e.Summary))
				if !showable(e) || seen[key] {
					continue
				}
				seen[key] = true
				op.cands = append(op.cands, i)
			}
			slices.SortStableFunc(op.cands, func(a, b int) int { return cmp.Compare(sal[b], sal[a]) })
			all = append(all, op)
		}
	}
	blockH := func(n int) float64 { return math.Max(ovMinBlock, float64(n*ovLineH)+10) }
	height := fixed()
	// Round robin: every period gets its most salient event before any
	// gets a second, and so on; in a round, the more salient first.
	for r := 0; r < ovPerBlock; r++ {
		var round []*ovPeriod
		for _, op := range all {
			if len(op.cands) > r && len(op.shown) == r && r < perBlock(len(op.items)) {
				round = append(round, op)
			}
		}
		slices.SortStableFunc(round, func(a, b *ovPeriod) int { return cmp.Compare(sal[b.cands[r]], sal[a.cands[r]]) })
		for _, op := range round {
			extra := blockH(r+1) - blockH(r)
			if height+extra > float64(maxH) {
				continue
			}
			height += extra
			op.shown = append(op.shown, op.cands[r])
		}
	}

	shownN := 0
	y := top + 8
	for k, oc := range ocs {
		if k > 0 {
			mid := y + tlBreakH/2 - ovBlockGap/2
			l.Breaks = append(l.Breaks, tlBreak{Y: px(mid), YText: px(mid + 4), Label: gapLabel(clusters[k-1].end, clusters[k].start)})
			y += tlBreakH
		}
		segTop := y
		for p := range oc.periods {
			op := &oc.periods[p]
			slices.Sort(op.shown)
			shownN += len(op.shown)
			h := blockH(len(op.shown))
			tick := y + 12
			per := tlPeriod{Y: px(tick), YText: px(tick + 4), YCount: px(tick + 19), Label: op.label, Count: plural(len(op.items), "event")}
			if nCells > 0 {
				counts := make([]int, nCells)
				for _, i := range op.items {
					counts[laneOf(&dated[i], lanes)]++
				}
				for c, n := range counts {
					if n == 0 {
						continue
					}
					x := float64(tlAxisX + 12 + c*(ovCellW+2))
					name := "other"
					colour := otherLaneColour
					if c < len(lanes) {
						name, colour = timeline.Clean(lanes[c]), laneColours[c]
					}
					per.Cells = append(per.Cells, tlCell{
						X: px(x), Y: px(tick - ovCellH/2), TextX: px(x + ovCellW/2), TextY: px(tick + 4),
						N: n, Colour: colour, Title: fmt.Sprintf("%s: %s, %s", name, plural(n, "event"), op.label),
					})
				}
			} else {
				per.DotY = px(tick)
				per.DotR = px(math.Min(9, 3+math.Sqrt(float64(len(op.items)))))
			}
			l.Periods = append(l.Periods, per)
			for j, i := range op.shown {
				e := &dated[i]
				ly := tick + float64(j*ovLineH)
				colour := kindColour(e.Class)
				if nCells > 0 {
					colour = otherLaneColour
					if k := laneOf(e, lanes); k < len(lanes) {
						colour = laneColours[k]
					}
				}
				ln := tlLine{Modality: modalityClass(e.Modality), Colour: colour, CX: px(float64(l.LabelX - 10)), CY: px(ly), TextY: px(ly + 4)}
				ln.Date = timeline.Clean(timeline.DateLabel(e))
				ln.Summary = timeline.Clean(e.Summary)
				ln.Extra = overviewExtra(e, ln.Summary)
				// Cut the summary first, then what follows it.
				room := maxChars - utf8.RuneCountInString(ln.Date) - 2
				if n := utf8.RuneCountInString(ln.Summary) + utf8.RuneCountInString(ln.Extra) + 3; n > room {
					ln.Summary = truncate(ln.Summary, max(room-min(utf8.RuneCountInString(ln.Extra)+3, room/3), 12))
					ln.Extra = truncate(ln.Extra, max(room-utf8.RuneCountInString(ln.Summary)-3, 4))
				}
				if ln.Extra != "" {
					ln.Extra = " · " + ln.Extra
				}
				ln.Title = timeline.Clean(e.Source.Sentence)
				if d := timeline.Clean(e.Source.Doc); d != "" {
					ln.Title += " (" + d + ")"
				}
				l.Lines = append(l.Lines, ln)
			}
			y += h + ovBlockGap
		}
		l.Axis = append(l.Axis, tlSegment{Y1: px(segTop), Y2: px(y - ovBlockGap)})
	}
	l.Subtitle = overviewSubtitle(dated, len(entries)-len(dated), shownN)
	l.Height = int(math.Ceil(y)) + 20
	return l
}

// overviewExtra is what follows the summary on an event's line: the
// actors the summary does not name, the places, and a status word.
func overviewExtra(e *timeline.Entry, summary string) string {
	var parts []string
	low := strings.ToLower(summary)
	var actors []string
	for _, a := range e.Actors {
		if a = timeline.Clean(a); a != "" && !names(low, strings.ToLower(a)) {
			actors = append(actors, a)
		}
	}
	if len(actors) > 0 {
		parts = append(parts, strings.Join(actors, ", "))
	}
	if p := joinClean(e.Places); p != "" && !strings.Contains(low, strings.ToLower(p)) {
		parts = append(parts, "in "+p)
	}
	if m := modalityClass(e.Modality); m != "actual" {
		parts = append(parts, m)
	}
	return strings.Join(parts, " · ")
}

// perBlock is how many lines a period of n events may show: a few, more
// for a busy one, growing like the square root.
func perBlock(n int) int {
	return min(ovPerBlock, max(4, int(math.Ceil(2.5*math.Sqrt(float64(n))))))
}

// names reports whether a summary names an actor, in full or by the last
// word of the name ("Jobs starts Apple" names Steve Jobs).
func names(summary, actor string) bool {
	if strings.Contains(summary, actor) {
		return true
	}
	f := strings.Fields(actor)
	if len(f) < 2 || utf8.RuneCountInString(f[len(f)-1]) < 3 {
		return false
	}
	for _, w := range strings.FieldsFunc(summary, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' }) {
		if w == f[len(f)-1] {
			return true
		}
	}
	return false
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func overviewSubtitle(dated []timeline.Entry, undated, shown int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d dated events, %s to %s", len(dated), timeline.DateLabel(&dated[0]), timeline.DateLabel(&dated[len(dated)-1]))
	if shown < len(dated) {
		fmt.Fprintf(&b, " · %d of them shown, the rest counted by period", shown)
	} else {
		b.WriteString(" · by period")
	}
	if undated > 0 {
		fmt.Fprintf(&b, " · %d without a date not shown", undated)
	}
	return b.String()
}
