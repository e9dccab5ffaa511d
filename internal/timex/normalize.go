package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/internal/text"
)

// cand is a match being normalized.
type cand struct {
	m    match
	toks []vtok
	sent *text.Sentence
	e    *engine
}

func (c *cand) has(name string) bool {
	i := c.m.r.capIndex(name)
	return i >= 0 && c.m.caps[i].s >= 0
}

// word returns the lower-cased text of capture name, or the rule's fixed
// parameter of that name.
func (c *cand) word(name string) string {
	i := c.m.r.capIndex(name)
	if i >= 0 && c.m.caps[i].s >= 0 {
		sp := c.m.caps[i]
		if sp.e-sp.s == 1 {
			return c.toks[sp.s].lower
		}
		return strings.Join(lowerOf(c.toks[sp.s:sp.e]), "_")
	}
	return c.m.r.params[name]
}

func (c *cand) tok(name string) *vtok {
	i := c.m.r.capIndex(name)
	if i >= 0 && c.m.caps[i].s >= 0 {
		return &c.toks[c.m.caps[i].s]
	}
	return nil
}

// lex looks capture name up in lexicon section sec.
func (c *cand) lex(sec, name string) (string, bool) {
	t := c.tok(name)
	if t == nil {
		v := c.m.r.params[name]
		if v == "" {
			return "", false
		}
		if phraseSections[sec] {
			vt := []vtok{{lower: v}}
			if lv, l := c.e.lx.matchPhrase(sec, vt, 0); l > 0 {
				return lv, true
			}
		}
		if lv, ok := c.e.lx.lookup(sec, v, v); ok {
			return lv, true
		}
		return "", false
	}
	w := c.word(name)
	if i := c.m.r.capIndex(name); i >= 0 && (phraseSections[sec] || c.m.caps[i].e-c.m.caps[i].s > 1) {
		if v, l := c.e.lx.matchPhrase(sec, c.toks, c.m.caps[i].s); l > 0 {
			return v, true
		}
	}
	return c.e.lx.lookup(sec, w, t.text)
}

// number returns the numeric value of capture name: digits, number words,
// "a"/"an" (1), vague words (-1 meaning X).
func (c *cand) number(name string) (int, bool) {
	t := c.tok(name)
	if t == nil {
		v := c.m.r.params[name]
		if v == "X" {
			return -1, true
		}
		if n, err := strconv.Atoi(v); err == nil {
			return n, true
		}
		return 0, false
	}
	if t.hasNum {
		return t.num, true
	}
	if t.cls&clsOrd != 0 {
		return t.num, true
	}
	switch t.lower {
	case "a", "an":
		return 1, true
	}
	if _, ok := c.e.lx.lookup("vague", t.lower, t.text); ok {
		return -1, true
	}
	return 0, false
}

// normCtx is what normalization knows besides the match.
type normCtx struct {
	dct  time.Time
	has  bool
	last time.Time // the last day-precise date of the text (narrative anchor)
	hasL bool
	// lastQ is the year and quarter of the text's last fiscal-period date
	// ("the third quarter"): in business reporting "a year ago" or "the
	// year-earlier period" then means that quarter a year before.
	lastQY, lastQ int
	lastQSent     int // the sentence that mentioned it
	sent          int // the sentence being tagged
	// refY and refM are the year and month (0 when not given) of the
	// text's last date that writes its year ("September 1, 1939",
	// "October 1939", "1940"): the story's reference time.
	refY, refM int
	refRun     int // how many such dates in a row lie two or more years from the document's
}

// narrativeRun is how many dates that write their year, in a row, must lie
// two or more years from the document's before the story counts as having
// left the document's time. A news story names one such date in passing
// ("the Dec. 21, 1988, bombing ... agreed in April" is this April); one or
// two in a row moved months of TimeBank and AQUAINT news away (value F1
// 82.12 -> 81.08 and 75.92 -> 73.91 with one), three keep them (82.19,
// 75.92) and anchor WikiWars' narratives (55.81 -> 74.18; odd and even
// files 57.54 -> 72.79 and 53.86 -> 75.75).
const narrativeRun = 3

// narrativeYear is the year of a month without one (m, with "last"/"next"
// when hasRel) in a story that has left the document's time: when the
// text's last narrativeRun dates that write their year lie two or more
// years from the document's, the month is the reference year's, or the next year's when
// it comes before the reference month (a story moves forward: "By October
// 1939 ... in April" is April 1940). Not in a news story, whose months
// stay anchored on the document's date.
func (n *normCtx) narrativeYear(m int, hasRel bool, rel int) (int, bool) {
	if n.refY == 0 || abs(n.refY-n.dct.Year()) < 2 {
		return 0, false
	}
	if n.refRun < narrativeRun {
		return 0, false
	}
	y := n.refY
	switch {
	case hasRel && rel < 0:
		if n.refM != 0 && m >= n.refM {
			y--
		}
	case hasRel && rel > 0:
		if n.refM == 0 || m <= n.refM {
			y++
		}
	case n.refM != 0 && m < n.refM:
		y++
	}
	return y, true
}

// quarterWindow is how many sentences a quarter mentioned stays the
// period a "year ago" comparison refers to.
const quarterWindow = 2

// yearBack returns the value of "k years before", at quarter granularity
// when the text is comparing quarters.
func (n *normCtx) yearBack(k int) (string, bool) {
	if n.lastQ == 0 || n.sent-n.lastQSent > quarterWindow {
		return "", false
	}
	return fmt.Sprintf("%04d-Q%d", n.lastQY-k, n.lastQ), true
}

// direction of the governing verb: -1 past, +1 future or planned, 0 unknown.
func (c *cand) direction() int {
	cu := text.ClauseCues(*c.sent, c.toks[c.m.es].orig)
	switch {
	case cu.Tense == text.Past && cu.Perfect:
		return -1 // "had been due to expire Friday": overtaken, past
	case cu.Tense == text.Future || cu.Modality == text.Planned:
		return 1
	case cu.Tense == text.Past || (cu.Tense == text.Present && cu.Perfect):
		return -1
	}
	return 0
}

func fmtDay(t time.Time) string   { return t.Format("2006-01-02") }
func fmtMonth(t time.Time) string { return t.Format("2006-01") }
func fmtYear(y int) string {
	if y >= 1000 && y <= 9999 {
		return strconv.Itoa(y) // what "%04d" gives, without fmt
	}
	return fmt.Sprintf("%04d", y)
}
func fmtWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}
func quarterOf(t time.Time) int { return (int(t.Month())-1)/3 + 1 }

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// shift moves t by n units (TIMEX3 unit letters).
func shift(t time.Time, u string, n int) time.Time {
	switch u {
	case "Y":
		return t.AddDate(n, 0, 0)
	case "M":
		return t.AddDate(0, n, 0)
	case "W", "WE":
		return t.AddDate(0, 0, 7*n)
	case "D":
		return t.AddDate(0, 0, n)
	case "Q":
		return t.AddDate(0, 3*n, 0)
	case "HY":
		return t.AddDate(0, 6*n, 0)
	case "DE":
		return t.AddDate(10*n, 0, 0)
	case "CE":
		return t.AddDate(100*n, 0, 0)
	case "TH":
		return t.Add(time.Duration(n) * time.Hour)
	case "TM":
		return t.Add(time.Duration(n) * time.Minute)
	case "TS":
		return t.Add(time.Duration(n) * time.Second)
	}
	return t
}

// format writes t at the granularity of unit u.
func format(t time.Time, u string) string {
	switch u {
	case "Y":
		return fmtYear(t.Year())
	case "M":
		return fmtMonth(t)
	case "W":
		return fmtWeek(t)
	case "WE":
		return fmtWeek(t) + "-WE"
	case "D":
		return fmtDay(t)
	case "Q":
		return fmt.Sprintf("%04d-Q%d", t.Year(), quarterOf(t))
	case "HY":
		return fmt.Sprintf("%04d-H%d", t.Year(), (int(t.Month())-1)/6+1)
	case "DE":
		return fmt.Sprintf("%03d", t.Year()/10)
	case "CE":
		return fmt.Sprintf("%02d", t.Year()/100)
	case "TH":
		return t.Format("2006-01-02T15")
	case "TM", "TS":
		return t.Format("2006-01-02T15:04")
	}
	return ""
}

// pluralUnit reports whether the unit captured is a plural word.
func (c *cand) pluralUnit() bool {
	w := c.word("u")
	return len(w) > 2 && strings.HasSuffix(w, "s") && c.tok("u") != nil
}

// unit returns the TIMEX3 unit of capture name ("period" reads as a quarter).
func (c *cand) unit(name string) string {
	if u, ok := c.lex("unit", name); ok {
		return u
	}
	if c.word(name) == "period" {
		return "Q"
	}
	return ""
}

// normalize fills in tx from the match. It reports false to drop the match.
func (n *normCtx) normalize(c *cand, tx *Timex) bool {
	switch c.m.r.action {
	case "date":
		return n.date(c, tx)
	case "rel":
		return n.rel(c, tx)
	case "deictic":
		return n.deictic(c, tx)
	case "dur":
		return n.dur(c, tx)
	case "ago":
		return n.ago(c, tx)
	case "yearago":
		return n.yearAgo(c, tx)
	case "anchored":
		return n.anchored(c, tx)
	case "set":
		return n.set(c, tx)
	case "era":
		return n.era(c, tx)
	case "range":
		return n.rangeYears(c, tx)
	}
	return false
}

func (n *normCtx) date(c *cand, tx *Timex) bool {
	tx.Type = Date
	y, m, d := 0, 0, 0
	if c.has("v") {
		w := c.word("v")
		if isISODate(w) {
			t, err := time.Parse("2006-01-02", w)
			if err != nil {
				return false
			}
			y, m, d = t.Year(), int(t.Month()), t.Day()
		} else {
			var ok bool
			if y, m, d, ok = parseSlash(w); !ok {
				return false
			}
		}
		if !validDay(y, m, d) {
			return false
		}
	}
	if c.has("y") {
		yt := c.tok("y")
		y = yt.num
		if !n.plausibleYear(c, yt) {
			return false
		}
	}
	if v, ok := c.lex("month", "m"); ok {
		m, _ = strconv.Atoi(v)
	}
	if c.has("d") {
		d = c.tok("d").num
		if d < 1 || d > 31 {
			return false
		}
	}
	rel := 0
	hasRel := false
	if v, ok := c.lex("rel", "rel"); ok {
		rel, _ = strconv.Atoi(v)
		hasRel = true
	}
	dir := 0
	if !hasRel {
		dir = c.direction()
	}
	// inferYear picks the year of a month (and day) without one.
	inferYear := func(m, d int) (int, bool) {
		if y != 0 {
			return y, true
		}
		if !n.has {
			return 0, false
		}
		dy, dm, dd := n.dct.Year(), int(n.dct.Month()), n.dct.Day()
		if ry, ok := n.narrativeYear(m, hasRel, rel); ok {
			return ry, true
		}
		cmp := 0 // month(/day) against the DCT's
		switch {
		case m < dm || m == dm && d != 0 && d < dd:
			cmp = -1
		case m > dm || m == dm && d != 0 && d > dd:
			cmp = 1
		}
		switch {
		case hasRel && rel < 0:
			if cmp < 0 {
				return dy, true
			}
			return dy - 1, true
		case hasRel && rel > 0:
			if cmp > 0 {
				return dy, true
			}
			return dy + 1, true
		case hasRel:
			return dy, true
		}
		// The nearest such month to the DCT; the tense breaks ties and
		// outweighs a few months: a past verb pulls back, a future or
		// planned one forward.
		best, bestScore := dy, 1<<30
		for _, cy := range []int{dy - 1, dy, dy + 1} {
			diff := (cy*12 + m) - (dy*12 + dm)
			if diff == 0 && d != 0 {
				diff = (d - dd + 30) / 31 // within the DCT's month: sign only
				if d < dd {
					diff = -1
				}
			}
			score := 2 * abs(diff)
			if dir < 0 && diff > 0 || dir > 0 && diff < 0 {
				score += 7
			}
			if cy == dy {
				score-- // ties: the DCT's year
			}
			if score < bestScore {
				best, bestScore = cy, score
			}
		}
		return best, true
	}
	if c.m.r.params["yrel"] == "1" && n.has {
		y = n.dct.Year() + rel // "June last year"
		hasRel = false
	}
	var val string
	switch {
	case c.has("dec"):
		t := c.tok("dec")
		v := t.num
		if t.digits == 2 {
			v += 1900
		}
		val = fmt.Sprintf("%03d", v/10)
	case c.has("dw"):
		v, ok := c.lex("decadeword", "dw")
		if !ok {
			return false
		}
		val = v
	case c.has("c"):
		k, _ := c.number("c")
		if k < 1 || k > 30 {
			return false
		}
		val = fmt.Sprintf("%02d", k-1)
	case c.has("p"):
		// "the 1988 period", "that quarter": the quarter the text is
		// comparing, in that year.
		tx.Anchor = AnchorTimex
		switch {
		case n.lastQ != 0 && y != 0:
			val = fmt.Sprintf("%04d-Q%d", y, n.lastQ)
		case n.lastQ != 0:
			val = fmt.Sprintf("%04d-Q%d", n.lastQY, n.lastQ)
		case y != 0:
			val = fmtYear(y)
		default:
			return false
		}
	case c.has("q"):
		q, _ := c.number("q")
		if q < 1 || q > 4 {
			return false
		}
		if y == 0 && hasRel && n.has {
			y = n.dct.Year() + rel
		}
		if y == 0 && n.has {
			y = n.dct.Year()
		}
		val = fmt.Sprintf("%s-Q%d", yearOrX(y), q)
	case c.has("hf"):
		h := 1
		if w := c.word("hf"); w == "second" || w == "last" {
			h = 2
		}
		if y == 0 && n.has {
			y = n.dct.Year()
		}
		val = fmt.Sprintf("%s-H%d", yearOrX(y), h)
	case c.has("s"):
		s, _ := c.lex("season", "s")
		sm := map[string]int{"SP": 4, "SU": 7, "FA": 10, "WI": 1}[s]
		if y == 0 && n.has {
			if hasRel {
				cur := seasonOf(n.dct)
				y = n.dct.Year()
				switch {
				case rel > 0 && seasonIndex(s) <= seasonIndex(cur):
					y++
				case rel < 0 && seasonIndex(s) >= seasonIndex(cur):
					y--
				}
			} else {
				y, _ = inferYear(sm, 0)
			}
		}
		val = yearOrX(y) + "-" + s
	case c.has("hol"):
		h, _ := c.lex("holiday", "hol")
		if y == 0 {
			if !n.has {
				val = "XXXX"
				if strings.Contains(h, "-") && !strings.Contains(h, ":") {
					val += "-" + h
				}
				break
			}
			mm, dd := holidayMonthDay(h, n.dct.Year())
			y, _ = inferYear(mm, dd)
		}
		mm, dd := holidayMonthDay(h, y)
		if mm == 0 {
			return false
		}
		val = fmtDay(date(y, mm, dd))
	case m != 0 && d != 0:
		yy, ok := inferYear(m, d)
		if ok && !validDay(yy, m, d) {
			return false
		}
		val = fmt.Sprintf("%s-%02d-%02d", yearOrX(yy), m, d)
	case m != 0:
		yy, _ := inferYear(m, 0)
		val = fmt.Sprintf("%s-%02d", yearOrX(yy), m)
	case c.has("w"):
		wv, _ := c.lex("weekday", "w")
		wd, _ := strconv.Atoi(wv)
		if pw := c.word("pod"); strings.HasSuffix(c.word("w"), "s") || len(pw) > 5 && strings.HasSuffix(pw, "s") {
			// "on Mondays", "Tuesday nights": every such day
			tx.Type, tx.Value = Set, "XXXX-WXX-"+wv
			if p, ok := c.lex("pod", "pod"); ok {
				tx.Value += "T" + p
			}
			return true
		}
		if !n.has {
			val = "XXXX-WXX-" + wv
			break
		}
		base := n.dct
		switch c.word("rel") {
		case "previous", "preceding", "following":
			// anaphoric: the week before or after the narrative's date
			if n.hasL {
				base = n.last
				tx.Anchor = AnchorTimex
			}
		}
		val = fmtDay(resolveWeekday(base, wd, rel, hasRel, dir))
	case y != 0:
		val = fmtYear(y)
	default:
		// a time of day alone: today's date
		if n.has {
			val = fmtDay(n.dct)
		} else {
			val = "XXXX-XX-XX"
		}
		if c.has("rel") {
			switch c.word("rel") {
			case "yesterday", "last":
				if n.has && c.word("rel") == "yesterday" || n.has && (c.word("pod") == "night") {
					val = fmtDay(n.dct.AddDate(0, 0, -1))
				}
			case "tomorrow":
				if n.has {
					val = fmtDay(n.dct.AddDate(0, 0, 1))
				}
			}
		}
	}
	if t, ok := n.timeOfDay(c); ok {
		tx.Type = Time
		val += t
	}
	if c.m.r.params["gran"] == "W" && len(val) == 10 {
		// "the week of March 6": the week that holds the day
		if t, err := time.Parse("2006-01-02", val); err == nil {
			val = fmtWeek(t)
		}
	}
	tx.Value = val
	if c.has("mod") {
		if v, ok := c.lex("dmod", "mod"); ok {
			tx.Mod = v
		}
	}
	return true
}

// plausibleYear filters numbers that are not years: money, percentages,
// counts of things.
func (n *normCtx) plausibleYear(c *cand, t *vtok) bool {
	if t.digits != 4 {
		return t.num >= 1000
	}
	i := c.m.caps[c.m.r.capIndex("y")].s
	if i > 0 {
		p := c.toks[i-1].lower
		switch p {
		case "$", "£", "€", "#", "no", "no.", "number", "flight", "route", "room", "about", "some", "nearly", "over", "than":
			if c.m.r.name == "year" {
				return false
			}
		}
	}
	if i+1 < len(c.toks) {
		nx := c.toks[i+1].lower
		switch nx {
		case "%", "percent", "people", "troops", "soldiers", "points", "units", "shares", "members", "workers", "jobs", "employees", "feet", "meters", "miles", "tons", "barrels", "votes":
			return false
		}
	}
	return true
}

func yearOrX(y int) string {
	if y == 0 {
		return "XXXX"
	}
	return fmtYear(y)
}

func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	if y == 0 {
		y = 2000 // leap
	}
	return date(y, m, d).Month() == time.Month(m)
}

var seasons = []string{"WI", "SP", "SU", "FA"}

func seasonIndex(s string) int {
	for i, x := range seasons {
		if x == s {
			return i
		}
	}
	return 0
}

func seasonOf(t time.Time) string {
	switch t.Month() {
	case 3, 4, 5:
		return "SP"
	case 6, 7, 8:
		return "SU"
	case 9, 10, 11:
		return "FA"
	}
	return "WI"
}

// resolveWeekday picks the date of weekday wd (1 Monday .. 7 Sunday) near
// dct: "last"/"next" explicitly, else the tense: past on or before the DCT,
// future on or after it, unknown the nearest (the past on a tie).
func resolveWeekday(dct time.Time, wd, rel int, hasRel bool, dir int) time.Time {
	cur := int(dct.Weekday())
	if cur == 0 {
		cur = 7
	}
	back := (cur - wd + 7) % 7 // days back to the last such day (0 = today)
	fwd := (wd - cur + 7) % 7
	switch {
	case hasRel && rel < 0:
		if back == 0 {
			back = 7
		}
		return dct.AddDate(0, 0, -back)
	case hasRel && rel > 0:
		if fwd == 0 {
			fwd = 7
		}
		return dct.AddDate(0, 0, fwd)
	case hasRel:
		return dct.AddDate(0, 0, fwd-0) // "this Friday": the one of this week ahead
	case dir < 0:
		return dct.AddDate(0, 0, -back)
	case dir > 0:
		return dct.AddDate(0, 0, fwd)
	}
	if fwd < back {
		return dct.AddDate(0, 0, fwd)
	}
	return dct.AddDate(0, 0, -back)
}

// holidayMonthDay computes a holiday's date in year y.
func holidayMonthDay(h string, y int) (int, int) {
	switch {
	case strings.HasPrefix(h, "nth:"):
		p := strings.Split(h, ":")
		if len(p) != 4 {
			return 0, 0
		}
		m, _ := strconv.Atoi(p[1])
		wd, _ := strconv.Atoi(p[2])
		k, _ := strconv.Atoi(p[3])
		if k > 0 {
			t := date(y, m, 1)
			for int(t.Weekday()+6)%7+1 != wd {
				t = t.AddDate(0, 0, 1)
			}
			t = t.AddDate(0, 0, 7*(k-1))
			return int(t.Month()), t.Day()
		}
		t := date(y, m+1, 1).AddDate(0, 0, -1)
		for int(t.Weekday()+6)%7+1 != wd {
			t = t.AddDate(0, 0, -1)
		}
		return int(t.Month()), t.Day()
	case strings.HasPrefix(h, "easter:"):
		off, _ := strconv.Atoi(h[len("easter:"):])
		t := easter(y).AddDate(0, 0, off)
		return int(t.Month()), t.Day()
	}
	m, d := 0, 0
	if _, err := fmt.Sscanf(h, "%d-%d", &m, &d); err != nil {
		return 0, 0
	}
	return m, d
}

// easter returns Western Easter Sunday (anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return date(y, month, day)
}

// timeOfDay returns the "T..." suffix from the pod, h, ap captures.
func (n *normCtx) timeOfDay(c *cand) (string, bool) {
	if c.has("h") {
		t := c.tok("h")
		h, mi := t.num, 0
		if t.cls&clsClock != 0 {
			h, mi = t.num/100, t.num%100
		}
		if c.has("ap") {
			if h < 1 || h > 12 {
				return "", false
			}
			pm := strings.HasPrefix(c.word("ap"), "p")
			if pm && h != 12 {
				h += 12
			}
			if !pm && h == 12 {
				h = 0
			}
		} else if c.has("pod") {
			switch c.word("pod") {
			case "afternoon", "evening", "night":
				if h < 12 {
					h += 12
				}
			}
		}
		if h > 24 {
			return "", false
		}
		return fmt.Sprintf("T%02d:%02d", h, mi), true
	}
	if v, ok := c.lex("pod", "pod"); ok {
		return "T" + v, true
	}
	return "", false
}

func (n *normCtx) rel(c *cand, tx *Timex) bool {
	tx.Type = Date
	u := c.unit("u")
	if u == "" {
		return false
	}
	if c.pluralUnit() {
		// "in coming weeks": an unknown number of them
		tx.Type, tx.Value = Duration, durationValue(-1, u, false)
		return true
	}
	r := 0
	if v, ok := c.lex("rel", "rel"); ok {
		r, _ = strconv.Atoi(v)
	} else if v := c.m.r.params["rel"]; v != "" {
		r, _ = strconv.Atoi(v)
	}
	if c.has("mod") || c.m.r.params["mod"] != "" {
		if v, ok := c.lex("dmod", "mod"); ok {
			tx.Mod = v
		}
	}
	tx.Anchor = AnchorDCT
	if !n.has {
		return true
	}
	if u == "WE" && !c.has("rel") {
		// "over the weekend": the one just past in a past-tense clause,
		// the coming one in a future one, else the DCT's week's.
		wd := int(n.dct.Weekday()) // 0 Sunday .. 6 Saturday
		switch d := c.direction(); {
		case d < 0 && wd >= 1 && wd <= 5:
			r = -1
		case d > 0 && (wd == 0 || wd == 6):
			r = 1
		}
	}
	tx.Value = format(shift(n.dct, u, r), u)
	return tx.Value != ""
}

func (n *normCtx) deictic(c *cand, tx *Timex) bool {
	tx.Type = Date
	x, ok := c.lex("deictic", "x")
	if !ok {
		x = c.word("x")
	}
	if c.has("mod") {
		if v, ok := c.lex("dmod", "mod"); ok {
			tx.Mod = v
		}
	}
	if !strings.HasPrefix(x, "D") || strings.HasSuffix(x, "_REF") {
		tx.Value = x
		if tx.Value == "" {
			return false
		}
		return true
	}
	tx.Anchor = AnchorDCT
	var k int
	rest := ""
	if len(x) >= 3 {
		j := 2
		for j < len(x) && x[j] >= '0' && x[j] <= '9' {
			j++
		}
		k, _ = strconv.Atoi(x[1:j])
		rest = x[j:]
	}
	if rest != "" {
		tx.Type = Time
	}
	if p, ok := c.lex("pod", "pod"); ok {
		rest = "T" + p
		tx.Type = Time
	}
	if !n.has {
		return true
	}
	tx.Value = fmtDay(n.dct.AddDate(0, 0, k)) + rest
	return true
}

// halfUnit converts half of a unit to a smaller one: value and unit.
var halfUnit = map[string]struct {
	n int
	u string
}{"Y": {6, "M"}, "M": {15, "D"}, "W": {84, "TH"}, "D": {12, "TH"}, "TH": {30, "TM"}, "TM": {30, "TS"}, "DE": {5, "Y"}, "CE": {50, "Y"}}

// durationValue writes P<n><u> for n units (n -1 = unknown, X).
func durationValue(k int, u string, half bool) string {
	switch u {
	case "DE":
		u, k = "Y", k*10
	case "CE":
		u, k = "Y", k*100
	case "Q":
		u, k = "M", k*3
	case "HY":
		u, k = "M", k*6
	case "WE":
		u, k = "D", k*2
	}
	if k < 0 {
		u2 := map[string]string{"Y": "Y", "M": "M", "W": "W", "D": "D", "TH": "TH", "TM": "TM", "TS": "TS"}[u]
		if u2 == "" {
			u2 = "Y"
		}
		return durationString("X", u2)
	}
	if half {
		h := halfUnit[u]
		if h.u != "" {
			if k == 0 {
				return durationString(strconv.Itoa(h.n), h.u)
			}
			if u == "Y" || u == "M" || u == "D" && false {
				return "P" + strconv.Itoa(k) + u + strconv.Itoa(h.n) + h.u
			}
			if u == "D" {
				return "P" + strconv.Itoa(k) + "DT" + strconv.Itoa(h.n) + "H"
			}
			if u == "TH" || u == "TM" {
				return "PT" + strconv.Itoa(k) + u[1:] + strconv.Itoa(h.n) + h.u[1:]
			}
			return durationString(strconv.Itoa(k*2*h.n/2+h.n), h.u)
		}
	}
	return durationString(strconv.Itoa(k), u)
}

func durationString(n, u string) string {
	if strings.HasPrefix(u, "T") {
		return "PT" + n + u[1:]
	}
	return "P" + n + u
}

func (n *normCtx) dur(c *cand, tx *Timex) bool {
	tx.Type = Duration
	u := c.unit("u")
	if u == "" {
		return false
	}
	k := 1
	if c.has("n") || c.m.r.params["n"] != "" {
		var ok bool
		if k, ok = c.number("n"); !ok {
			return false
		}
	}
	if c.has("n2") || !c.has("n") && c.pluralUnit() {
		k = -1 // "two or three weeks", "the past years"
	}
	if c.has("frac") {
		tx.Value = durationValue(k, u, true)
		return true
	}
	if k == 0 {
		return false
	}
	if k > 1 && u == "W" && strings.HasSuffix(c.word("u"), "k") {
		// "two week": fine
	}
	tx.Value = durationValue(k, u, c.m.r.params["half"] == "1" && c.word("n") != "")
	if c.m.r.params["half"] == "1" {
		if c.has("n") {
			tx.Value = durationValue(k, u, true)
		} else {
			tx.Value = durationValue(0, u, true)
		}
	}
	return true
}

func (n *normCtx) ago(c *cand, tx *Timex) bool {
	tx.Type = Date
	u := c.unit("u")
	if u == "" {
		return false
	}
	k := 1
	if c.has("n") || c.m.r.params["n"] != "" {
		var ok bool
		if k, ok = c.number("n"); !ok {
			return false
		}
	}
	dir := c.word("dir")
	sign := -1
	if dir == "later" || dir == "hence" {
		sign = 1
	}
	if k < 0 {
		if sign < 0 {
			tx.Value = "PAST_REF"
		} else {
			tx.Value = "FUTURE_REF"
		}
		return true
	}
	base, ok := n.dct, n.has
	tx.Anchor = AnchorDCT
	if dir != "ago" && dir != "hence" && n.hasL {
		base, ok = n.last, true
		tx.Anchor = AnchorTimex
	}
	if !ok {
		return true
	}
	if u == "Y" && sign < 0 {
		if v, ok := n.yearBack(k); ok {
			tx.Value, tx.Anchor = v, AnchorTimex
			return true
		}
	}
	t := shift(base, u, sign*k)
	if c.m.r.params["half"] == "1" {
		h := halfUnit[u]
		t = shift(base, h.u, sign*h.n)
		u = h.u
	}
	if u == "TH" || u == "TM" || u == "TS" {
		tx.Type = Time
	}
	if u == "W" && k > 1 {
		u = "W"
	}
	tx.Value = format(t, u)
	return tx.Value != ""
}

// yearAgo: "year-earlier", "the year-ago quarter".
func (n *normCtx) yearAgo(c *cand, tx *Timex) bool {
	tx.Type = Date
	tx.Anchor = AnchorDCT
	if !n.has {
		return true
	}
	if c.has("o") {
		q, _ := c.number("o")
		y := n.dct.Year() - 1
		if n.lastQ != 0 {
			y = n.lastQY - 1
		}
		if q < 1 || q > 4 {
			return false
		}
		tx.Value, tx.Anchor = fmt.Sprintf("%04d-Q%d", y, q), AnchorTimex
		return true
	}
	if v, ok := n.yearBack(1); ok && c.word("q") != "month" && c.word("q") != "week" {
		tx.Value, tx.Anchor = v, AnchorTimex
		return true
	}
	switch c.word("q") {
	case "quarter", "period":
		tx.Value = format(n.dct.AddDate(-1, -3, 0), "Q")
	case "month":
		tx.Value = format(n.dct.AddDate(-1, -1, 0), "M")
	case "week":
		tx.Value = format(n.dct.AddDate(-1, 0, -7), "W")
	default:
		tx.Value = fmtYear(n.dct.Year() - 1)
	}
	return true
}

// anchored: "the next day", "that week", relative to the text's last
// day-precise date (or the DCT when there is none).
func (n *normCtx) anchored(c *cand, tx *Timex) bool {
	tx.Type = Date
	base, ok := n.dct, n.has
	tx.Anchor = AnchorDCT
	if n.hasL {
		base, ok = n.last, true
		tx.Anchor = AnchorTimex
	}
	k := 1
	if v := c.m.r.params["n"]; v != "" {
		k, _ = strconv.Atoi(v)
	}
	switch c.word("rel") {
	case "previous", "preceding":
		k = -k
	}
	if c.word("dir") == "before" {
		k = -k
	}
	u := c.unit("u")
	pod := ""
	if u == "" {
		if p, ok := c.lex("pod", "u"); ok {
			u, pod = "D", "T"+p
			tx.Type = Time
		} else {
			return false
		}
	}
	if c.has("mod") {
		if v, ok := c.lex("dmod", "mod"); ok {
			tx.Mod = v
		}
	}
	if !ok {
		return true
	}
	tx.Value = format(shift(base, u, k), u) + pod
	return true
}

func (n *normCtx) set(c *cand, tx *Timex) bool {
	tx.Type = Set
	switch c.word("q") {
	case "every":
		tx.Quant = "EVERY"
	case "each":
		tx.Quant = "EACH"
	}
	if v, ok := c.lex("freq", "f"); ok {
		tx.Freq = v
	}
	if c.has("n") && c.m.r.name == "ntimes2" {
		k, _ := c.number("n")
		tx.Freq = fmt.Sprintf("%dX", k)
	}
	switch {
	case c.has("x"):
		v, ok := c.lex("setadj", "x")
		if !ok {
			return false
		}
		tx.Value = v
	case c.has("w"):
		wv, _ := c.lex("weekday", "w")
		tx.Value = "XXXX-WXX-" + wv
		if p, ok := c.lex("pod", "pod"); ok {
			tx.Value += "T" + p
		}
	case c.has("m"):
		mv, _ := c.lex("month", "m")
		tx.Value = "XXXX-" + mv
	case c.has("pod"):
		p, _ := c.lex("pod", "pod")
		tx.Value = "XXXX-XX-XXT" + p
	default:
		u := c.unit("u")
		if u == "" {
			if c.word("u") == "annum" {
				u = "Y"
			} else {
				return false
			}
		}
		k := 1
		if c.has("n") && c.m.r.name == "everyn" {
			k, _ = c.number("n")
		}
		if strings.Contains(c.word("q"), "other") || c.hasWord("other") {
			k = 2
		}
		tx.Value = durationValue(k, u, false)
	}
	return true
}

func (c *cand) hasWord(w string) bool {
	for i := c.m.es; i < c.m.ee; i++ {
		if c.toks[i].lower == w {
			return true
		}
	}
	return false
}

func (n *normCtx) era(c *cand, tx *Timex) bool {
	v, ok := c.lex("era", "e")
	if !ok {
		return false
	}
	tx.Type = Date
	first, last, _ := strings.Cut(v, "/")
	tx.Value = first
	tx.RangeEnd = last
	if i := c.m.es; i > 0 {
		// "the end of World War II": the end of the range.
		if v, l := c.e.lx.matchPhrase("dmod", c.toks, max(0, i-3)); l > 0 && v == "END" && max(0, i-3)+l == i {
			tx.Value = last
		}
	}
	return true
}

func (n *normCtx) rangeYears(c *cand, tx *Timex) bool {
	tx.Type = Date
	y1 := c.tok("y").num
	t2 := c.tok("y2")
	y2 := t2.num
	if t2.digits == 2 {
		y2 += y1 / 100 * 100
	}
	if y2 <= y1 || y2-y1 > 200 {
		return false
	}
	tx.Value = fmtYear(y1)
	tx.RangeEnd = fmtYear(y2)
	return true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
