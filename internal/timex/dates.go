// Dates: a candidate's calendar date resolved against the document date
// (years, seasons, weekdays, holidays, eras).

package timex

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/internal/document"
)

// date builds the value of a date candidate (or of a time of day, which is
// a date with a time): its parts, the year of "June last year", the value
// of what it names, then the time of day, week granularity and modifier.
func (n *normCtx) date(c *cand, tx *Timex) bool {
	tx.Type = Date
	p, ok := n.readDateParts(c)
	if !ok {
		return false
	}
	if c.m.r.params["yrel"] == "1" && n.has {
		p.y = n.dct.Year() + p.rel // "June last year"
		p.hasRel = false
	}
	if c.m.r.params["ythat"] == "1" {
		if n.lastY == 0 {
			return false // "in December that year" with no year named before
		}
		p.y = n.lastY // "pulled out in 1975. Troops invaded in December that year"
		tx.Anchor = AnchorTimex
	}
	val, done, ok := n.dateValue(c, tx, &p)
	if !ok {
		return false
	}
	if done {
		return true
	}
	n.finishDate(c, tx, val)
	return true
}

// dateParts are the fields of a date candidate read before its value is
// built: the year, month and day it gives (0 for none), the offset of its
// relative word ("next", "last": rel, when hasRel) and, without one, the
// direction of the tense around it (dir).
type dateParts struct {
	y, m, d int
	rel     int
	hasRel  bool
	dir     int
	sure    bool // dir comes from the dependency tree
	// now: in news that has left its time, the expression's verb is a
	// present or a "will" future, the writer's own time ("The trial
	// opens in June").
	now bool
	// opens: the expression opens its sentence, alone or after one
	// preposition ("In July it sold its plants").
	opens bool
}

// readDateParts reads the parts of c: an ISO or slashed date, a year (only a
// plausible one), a month, a day of 1 to 31, a relative word. ok is false
// when one of them is not a valid date part.
func (n *normCtx) readDateParts(c *cand) (p dateParts, ok bool) {
	if c.has("v") {
		w := c.word("v")
		if isISODate(w) {
			t, err := time.Parse("2006-01-02", w)
			if err != nil {
				return p, false
			}
			p.y, p.m, p.d = t.Year(), int(t.Month()), t.Day()
		} else {
			var ok bool
			if p.y, p.m, p.d, ok = parseSlash(w); !ok {
				return p, false
			}
		}
		if !validDay(p.y, p.m, p.d) {
			return p, false
		}
	}
	if c.has("y") {
		yt := c.tok("y")
		p.y = yt.num
		if !n.plausibleYear(c, yt) {
			return p, false
		}
	}
	if v, ok := c.lex("month", "m"); ok {
		p.m, _ = strconv.Atoi(v)
	}
	if c.has("d") {
		p.d = c.tok("d").num
		if p.d < 1 || p.d > 31 {
			return p, false
		}
	}
	if v, ok := c.lex("rel", "rel"); ok {
		p.rel, _ = strconv.Atoi(v)
		p.hasRel = true
	}
	p.opens = opensSentence(c.toks, c.m.es)
	if !p.hasRel {
		p.dir, p.sure = c.directionSure()
		if n.refRun > 0 && !n.isStory() && n.narrative() {
			p.now = c.writersTense()
		}
	}
	if v := c.m.r.params["ref"]; v != "" && p.y == 0 {
		// "August of that year", "in March of the following year": the
		// year the text last named, or the document's.
		k, _ := strconv.Atoi(v)
		switch {
		case n.refY != 0:
			p.y = n.refY + k
		case n.has:
			p.y = n.dct.Year() + k
		}
	}
	if c.m.r.params["that"] != "" && c.thatOpensClause(c.m.s) {
		return p, false // "said that summer was hot": "that" opens a clause
	}
	if c.m.r.params["lastref"] != "" && p.y == 0 {
		// "led the party to a majority that December": the month of the
		// year the text last named; "said that December sales rose"
		// opens a clause.
		if c.thatOpensClause(c.m.s) {
			return p, false
		}
		if n.lastY != 0 {
			p.y = n.lastY
		}
	}
	return p, true
}

// thatOpensClause reports whether token k ("that") is a complementizer
// in the sentence's tree (mark), or follows a verb of saying when there
// is no tree.
func (c *cand) thatOpensClause(k int) bool {
	if k == 0 || k == 1 && (c.toks[0].lower == "\"" || c.toks[0].lower == "``") {
		return false // "That August a pact was signed": a sentence's first word, a determiner
	}
	if c.tree != nil {
		for i := range c.tree.Words {
			if w := &c.tree.Words[i]; w.Token == k {
				return w.Rel == "mark"
			}
		}
		return false
	}
	return k > 0 && saidBefore[c.toks[k-1].lower]
}

var saidBefore = map[string]bool{"said": true, "says": true, "say": true, "announced": true, "reported": true, "added": true,
	"noted": true, "believe": true, "believed": true, "expects": true, "expected": true, "thinks": true, "think": true, "knew": true}

// inferYear picks the year of a month (and day) without one: p's year if
// it has one, else from the narrative, the relative word or the nearest
// such month to the DCT. ok is false without a year or a DCT.
func (n *normCtx) inferYear(p *dateParts, m, d int) (int, bool) {
	y, hasRel, rel, dir := p.y, p.hasRel, p.rel, p.dir
	against := 7 // the cost of a year against the tense, in half months
	if p.sure {
		against = 100 // the tree's verb: "was fired in July", written in March, is last July
	}
	if y != 0 {
		return y, true
	}
	if !n.has {
		return 0, false
	}
	dy, dm, dd := n.dct.Year(), int(n.dct.Month()), n.dct.Day()
	if n.sentY != 0 && n.sentYSent == n.sent && !hasRel {
		// "Later that year a constitution was approved, on 15 October",
		// "In 2008, in March, the army attacked": the year the sentence
		// has just set.
		return n.sentY, true
	}
	if ry, ok := n.dayAfter(m, d, hasRel); ok {
		return ry, true
	}
	if ry, ok := n.narrativeYear(m, hasRel, rel); ok && !p.now {
		return ry, true
	}
	if p.opens && !hasRel && dir < 0 && n.lastYW && n.lastYIn && n.lastY != 0 && n.lastY < dy && !n.lastDay &&
		(n.lastM == 0 && n.lastYSent == n.sent-1 || n.lastM != 0 && m > n.lastM && n.lastYSent >= n.sent-2) {
		// (Or a later month of that year, a sentence or two after a month
		// that wrote it: "his contract ran out in June 1990. The club
		// offered him a new deal ... In July he agreed to join Dunkirk".)
		// A past told from a month that opens its sentence, right after a
		// sentence that wrote a year before the document's: "The company
		// went bankrupt in 2009. In July it sold its plants" is July 2009.
		// The story has stepped back to that year; a month inside a
		// sentence ("It reopened on 18 July") stays on the document's.
		return n.lastY, true
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
			score += against
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

// dateValue builds the value of c from its parts by what it names, in
// this order: a decade or century, a period, a quarter, a half year, a
// season, a holiday, a month and day, a month, a weekday, a year, or else
// a time of day alone (today). done reports that tx is complete (a
// recurring weekday is a set); ok is false when c is no date.
func (n *normCtx) dateValue(c *cand, tx *Timex, p *dateParts) (val string, done, ok bool) {
	switch {
	case c.has("dec"), c.has("dw"), c.has("c"):
		val, ok = n.decadeValue(c)
	case c.has("p"):
		val, ok = n.periodValue(tx, p.y)
	case c.has("q"):
		val, ok = n.quarterValue(c, p)
	case c.has("hf"):
		val, ok = n.halfValue(c, p), true
	case c.has("s"):
		val, ok = n.seasonValue(c, p), true
	case c.has("hol"):
		val, ok = n.holidayValue(c, p)
	case p.m != 0 && p.d != 0:
		yy, known := n.inferYear(p, p.m, p.d)
		if known && !validDay(yy, p.m, p.d) {
			return "", false, false
		}
		val, ok = fmt.Sprintf("%s-%02d-%02d", yearOrX(yy), p.m, p.d), true
	case p.m != 0:
		yy, _ := n.inferYear(p, p.m, 0)
		val, ok = fmt.Sprintf("%s-%02d", yearOrX(yy), p.m), true
	case c.has("w"):
		return n.weekdayValue(c, tx, p)
	case p.y != 0:
		val, ok = fmtYear(p.y), true
	default:
		val, ok = n.todayValue(c), true
	}
	return val, false, ok
}

// decadeValue is the value of a decade ("the 1990s", "the nineties", "the
// 470s BC") or a century ("the 19th century", "the 4th century BC").
func (n *normCtx) decadeValue(c *cand) (string, bool) {
	switch {
	case c.has("dec"):
		t := c.tok("dec")
		v := t.num
		if t.digits == 2 {
			v += 1900
		}
		if t.digits == 3 && !c.has("era") {
			return "", false // "the 300s" is a decade only before the common era ("the 470s BC")
		}
		if c.has("era") {
			return fmt.Sprintf("BC%03d", v/10), true
		}
		if t.digits == 4 && v%100 == 0 && !(n.has && n.dct.Year() >= v && n.dct.Year() < v+centuryDecade) {
			return fmt.Sprintf("%02d", v/100), true // "the 1800s": the century
		}
		return fmt.Sprintf("%03d", v/10), true
	case c.has("dw"):
		return c.lex("decadeword", "dw")
	}
	k, _ := c.number("c")
	if k < 1 || k > 30 {
		return "", false
	}
	if c.has("era") {
		return fmt.Sprintf("BC%02d", k-1), true // "the 4th century BC"
	}
	return fmt.Sprintf("%02d", k-1), true
}

// centuryDecade is how many years into a century its "00s" are still its
// first decade for the writer: written in 2013, "the late 2000s" are
// 2007-2009, not the end of the century; "the 1900s" written in 1989 are
// the century.
const centuryDecade = 50

// periodValue is the value of "the 1988 period", "that quarter": the
// quarter the text is comparing, in that year.
func (n *normCtx) periodValue(tx *Timex, y int) (string, bool) {
	tx.Anchor = AnchorTimex
	switch {
	case n.lastQ != 0 && y != 0:
		return fmt.Sprintf("%04d-Q%d", y, n.lastQ), true
	case n.lastQ != 0:
		return fmt.Sprintf("%04d-Q%d", n.lastQY, n.lastQ), true
	case y != 0:
		return fmtYear(y), true
	}
	return "", false
}

// quarterValue is the value of a quarter ("the third quarter", "next
// quarter"), in the DCT's year when none is given.
func (n *normCtx) quarterValue(c *cand, p *dateParts) (string, bool) {
	y := p.y
	q, _ := c.number("q")
	if q < 1 || q > 4 {
		return "", false
	}
	if y == 0 && p.hasRel && n.has {
		y = n.dct.Year() + p.rel
	}
	if y == 0 && n.has {
		y = n.dct.Year()
		// A quarter still to come told in the past is last year's
		// ("announced a drop in profits for the fourth quarter", written
		// in January). Not where the sentence speaks of a fiscal year,
		// whose quarters are not the calendar's. The future does not move
		// a quarter gone by to next year: results of the quarter just
		// ended are still to be reported ("will report third-quarter
		// results", written in October).
		if !p.hasRel && p.dir < 0 && q > quarterOf(n.dct) && !c.sentenceHas("fiscal") {
			y--
		}
	}
	return fmt.Sprintf("%s-Q%d", yearOrX(y), q), true
}

// halfValue is the value of a half year ("the first half", "the second
// half of 1997"), in the DCT's year when none is given.
func (n *normCtx) halfValue(c *cand, p *dateParts) string {
	y := p.y
	h := 1
	if w := c.word("hf"); w == "second" || w == "last" || w == "latter" {
		h = 2
	}
	if y == 0 && n.has {
		y = n.dct.Year()
	}
	return fmt.Sprintf("%s-H%d", yearOrX(y), h)
}

// seasonValue is the value of a season ("last winter", "in the spring"):
// with a relative word the one before or after the DCT's season, else the
// nearest.
func (n *normCtx) seasonValue(c *cand, p *dateParts) string {
	y := p.y
	s, _ := c.lex("season", "s")
	sm := seasonMonth[s]
	if y == 0 && n.has {
		if p.hasRel {
			bt := n.dct
			if n.narrative() {
				// "the next spring" of a story told in its own time: after
				// its date, or its year when it gives no month.
				bt = date(n.refY, max(n.refM, 1), 1)
			}
			cur := seasonOf(bt)
			y = bt.Year()
			if bt.Month() == 12 && (s == "WI" || p.rel != 0) {
				// December is in the next year's winter; "this summer"
				// written in December is the one just gone.
				y++
			}
			switch {
			case n.narrative() && n.refM == 0:
				y = n.refY + p.rel
			case p.rel > 0 && seasonIndex(s) <= seasonIndex(cur):
				y++
			case p.rel < 0 && seasonIndex(s) >= seasonIndex(cur):
				y--
			}
		} else if n.narrative() {
			// A season is the story's year's ("spent the spring and early
			// summer of 1943"); a winter after its summer is the one that
			// starts that year's end and is named by the next.
			y = n.refY
			if s == "WI" && n.refM >= 7 {
				y++
			}
			if n.seas != "" && n.seasSeq >= n.refSeq && n.sent-n.seasSent <= seasonWindow {
				// A winter is named by the year it ends in, so the season
				// just named decides across the turn of the year: a
				// spring, summer or autumn after a winter is that winter's
				// year ("the summer and autumn of 481 BC ... passed the
				// winter. Early in spring": 480 BC), a winter after a
				// summer or autumn the next ("by the middle of summer ...
				// before the onset of winter").
				switch {
				case n.seas == "WI" && s != "WI":
					y = n.seasY
				case (n.seas == "SU" || n.seas == "FA") && s == "WI":
					y = n.seasY + 1
				}
			}
		} else {
			y, _ = n.inferYear(p, sm, 0)
		}
	}
	return yearOrX(y) + "-" + s
}

// holidayValue is the day of a holiday ("Christmas", "Easter"), in the
// year given or the nearest to the DCT; without either, what is known of
// it.
func (n *normCtx) holidayValue(c *cand, p *dateParts) (string, bool) {
	y := p.y
	h, _ := c.lex("holiday", "hol")
	if y == 0 {
		if !n.has {
			val := "XXXX"
			if strings.Contains(h, "-") && !strings.Contains(h, ":") {
				val += "-" + h
			}
			return val, true
		}
		mm, dd := holidayMonthDay(h, n.dct.Year())
		y, _ = n.inferYear(p, mm, dd)
	}
	mm, dd := holidayMonthDay(h, y)
	if mm == 0 {
		return "", false
	}
	return fmtDay(date(y, mm, dd)), true
}

// weekdayValue is the day a weekday names ("on Monday", "the following
// Tuesday"), from the DCT or, for "previous"/"following", the narrative's
// date. A plural ("on Mondays", "Tuesday nights") is every such day: tx
// is then a complete set (done).
func (n *normCtx) weekdayValue(c *cand, tx *Timex, p *dateParts) (val string, done, ok bool) {
	wv, _ := c.lex("weekday", "w")
	wd, _ := strconv.Atoi(wv)
	if pw := c.word("pod"); strings.HasSuffix(c.word("w"), "s") || len(pw) > 5 && strings.HasSuffix(pw, "s") {
		// "on Mondays", "Tuesday nights": every such day
		tx.Type, tx.Value = Set, "XXXX-WXX-"+wv
		if pod, ok := c.lex("pod", "pod"); ok {
			tx.Value += "T" + pod
		}
		return "", true, true
	}
	if !n.has {
		return "XXXX-WXX-" + wv, false, true
	}
	if c.m.r.params["wk"] == "1" && p.hasRel {
		// "Monday of last week": that day in the week before the
		// document's, whichever day the document is.
		mon := n.dct.AddDate(0, 0, -((int(n.dct.Weekday()) + 6) % 7))
		return fmtDay(mon.AddDate(0, 0, 7*p.rel+wd-1)), false, true
	}
	base := n.dct
	switch c.word("rel") {
	case "previous", "preceding", "following":
		// anaphoric: the week before or after the narrative's date
		if n.hasL {
			base = n.last
			tx.Anchor = AnchorTimex
		}
	case "":
		if !p.hasRel && n.narrative() && n.hasL && n.sent-n.lastSent <= dayWindow {
			// In a story, a weekday goes on from the day it last named
			// ("On September 13, 2007 ... Thursday's killing"): that day
			// or the next such one.
			tx.Anchor = AnchorTimex
			return fmtDay(resolveWeekday(n.last, wd, 0, false, 1)), false, true
		}
	}
	return fmtDay(resolveWeekday(base, wd, p.rel, p.hasRel, p.dir)), false, true
}

// todayValue is the date of a time of day alone: the DCT's day, or the day
// before or after it for "yesterday", "last night", "tomorrow".
func (n *normCtx) todayValue(c *cand) string {
	var val string
	switch {
	case !c.has("rel") && n.narrative() && n.hasL && n.sent-n.lastSent <= dayWindow:
		val = fmtDay(n.last) // "at 10:57" in a story: on the day it last named
	case !c.has("rel") && n.hasL && n.sent == n.lastSent && n.lastDay:
		// "took off on November 1 at 3:25 p.m.": the day its sentence
		// named (so that "two minutes later" counts from it too).
		val = fmtDay(n.last)
	case !c.has("rel") && n.has && n.hasL && n.sent-n.lastSent <= 1 && n.last.Before(n.dct) && !n.last.Before(n.dct.AddDate(0, 0, -7)):
		// In news, a time of day alone right after a day of the week
		// before the paper's: "exploded on Sunday morning ... The
		// eruption began at 8:32 a.m." (Sunday), not the paper's day.
		val = fmtDay(n.last)
	case !c.has("rel") && n.has && n.hasLead && !n.reportSentence():
		// A time of day alone in a paper written the day after its news
		// (or a few days): the news's day, which the lead named ("killed
		// 32 people on Monday ... The attack began at about 7:15 a.m.",
		// in Tuesday's paper), not the paper's. Not in a report, which
		// news dates by the day of writing ("Cameron, speaking outside
		// Downing Street shortly after 7 a.m., said": Friday's, after
		// Thursday's vote).
		val = fmtDay(n.leadDay)
	case n.has:
		val = fmtDay(n.dct)
	default:
		val = "XXXX-XX-XX"
	}
	if !c.has("rel") && n.hasL && val == fmtDay(n.last) && lateInDay(n.lastTime) {
		// An hour of the small hours after that day's evening or night
		// is the next day's: "left Tallinn on Tuesday evening ... Shortly
		// after 1 a.m., the crew sent a mayday" (Wednesday).
		if t, ok := n.timeOfDay(c); ok && len(t) >= 3 && t[1] == '0' && t[2] < '6' {
			val = fmtDay(n.last.AddDate(0, 0, 1))
		}
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
	return val
}

// lateInDay reports whether TIMEX3 value v is a day's evening or night,
// or an hour from 6 p.m.
func lateInDay(v string) bool {
	_, t, ok := strings.Cut(v, "T")
	if !ok {
		return false
	}
	return t == "EV" || t == "NI" || len(t) >= 2 && (t[0] == '1' && t[1] >= '8' || t[0] == '2' && t[1] <= '3')
}

// reportSentence reports whether the sentence being tagged reports what
// someone said: a verb of saying in it ("said", "speaking", "told").
func (n *normCtx) reportSentence() bool {
	if n.sent < 0 || n.sent >= len(n.sents) {
		return false
	}
	for k := range n.sents[n.sent].Tokens {
		switch n.sents[n.sent].Tokens[k].Lower {
		case "said", "says", "say", "saying", "told", "tells", "telling", "speaking", "spoke", "announced", "announcing", "added", "stated":
			return true
		}
	}
	return false
}

// finishDate completes tx with value val: a time of day makes it a TIME,
// a week granularity ("the week of March 6") the week that holds the day,
// and a modifier ("early", "mid") its mod.
func (n *normCtx) finishDate(c *cand, tx *Timex, val string) {
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
}

// plausibleYear filters numbers that are not years: money, percentages,
// counts of things.
func (n *normCtx) plausibleYear(c *cand, t *vtok) bool {
	if t.digits != 4 {
		return t.num >= 1000
	}
	i := c.m.caps[c.m.r.capIndex("y")].s
	if i > 0 && c.m.r.name == "year" {
		p := c.toks[i-1]
		switch p.lower {
		case "$", "£", "€", "#", "no", "no.", "number", "flight", "route", "room", "about", "some", "nearly", "over", "than":
			return false
		}
		if designations[p.lower] && p.text != p.lower {
			return false // "Local 1520", "Resolution 1441", "Form 1040": a name's number
		}
	}
	if c.m.r.name == "year" && !n.nearEra(t.num) && !yearCue(c.toks, i) {
		return false // "the score was 1520 to 3": a year far from the story's time needs a cue
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

// designations are nouns that, capitalized before a number, make it the
// number of a name rather than a year.
var designations = map[string]bool{
	"local": true, "resolution": true, "form": true, "section": true, "article": true, "chapter": true,
	"rule": true, "highway": true, "interstate": true, "model": true, "version": true, "windows": true,
	"apollo": true, "boeing": true, "airbus": true, "unit": true, "gate": true, "terminal": true,
	"platform": true, "precinct": true, "station": true, "channel": true, "district": true, "ward": true,
	"lot": true, "building": true, "bus": true, "train": true, "pier": true, "suite": true, "box": true,
	"code": true, "title": true, "bill": true, "paragraph": true, "clause": true, "item": true,
	"exit": true, "squadron": true, "battalion": true, "regiment": true, "division": true, "brigade": true,
	"corps": true, "group": true, "team": true, "line": true, "index": true, "level": true,
}

// yearEra is how far before and after the story's time a bare number may
// be read as a year without a cue.
const yearBack, yearAhead = 150, 30

// nearEra reports whether year y lies within the era of the document's
// date or of the story's own time (the last year the text wrote).
func (n *normCtx) nearEra(y int) bool {
	if !n.has {
		return true
	}
	near := func(ref int) bool { return y >= ref-yearBack && y <= ref+yearAhead }
	return near(n.dct.Year()) || n.refY != 0 && near(n.refY)
}

// yearCue reports whether the number at toks[i] reads as a year by its
// neighbours: a preposition or "the" before it ("in 1520", "the 1520
// revolt"), an era after it ("490 BC"), a range ("1520-1523"), or a list
// whose first year has one ("in 1820, 1832").
func yearCue(toks []vtok, i int) bool {
	if i >= 2 && toks[i-1].lower == "," && toks[i-2].digits == 4 {
		// "in 1820, 1832, 1848": a list of years, cued at its first.
		return yearCue(toks, i-2)
	}
	if i > 0 {
		switch toks[i-1].lower {
		case "in", "since", "by", "until", "till", "from", "of", "before", "after", "during", "around",
			"circa", "c.", "ca.", "year", "the", "(", "early", "late", "mid", "mid-", "between", "and", "to", "through", "throughout":
			return true
		}
	}
	if i+1 < len(toks) {
		switch toks[i+1].lower {
		case "bc", "b.c.", "ad", "a.d.", "ce", "bce", "b.c", "a.d":
			return true
		case "-", "–", "to", "and":
			if i+2 < len(toks) && toks[i+2].digits == 4 {
				return true
			}
		}
	}
	return false
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

// seasonWindow is how many sentences after a season a season without a
// year may follow on from it.
const seasonWindow = 3

// seasonMonth is a month of each season, to compare it with months.
var seasonMonth = map[string]int{"SP": 4, "SU": 7, "FA": 10, "WI": 1}

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
		if len(p) != 4 && len(p) != 5 {
			return 0, 0
		}
		m, _ := strconv.Atoi(p[1])
		wd, _ := strconv.Atoi(p[2])
		k, _ := strconv.Atoi(p[3])
		off := 0 // days after the nth weekday ("the Tuesday after the first Monday")
		if len(p) == 5 {
			off, _ = strconv.Atoi(p[4])
		}
		if k > 0 {
			t := date(y, m, 1)
			for int(t.Weekday()+6)%7+1 != wd {
				t = t.AddDate(0, 0, 1)
			}
			t = t.AddDate(0, 0, 7*(k-1)+off)
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

// bcYear is a year before the common era ("490 BC"): TIMEX3 writes it
// BC and four digits ("BC0490").
func (n *normCtx) bcYear(c *cand, tx *Timex) bool {
	y := c.tok("y")
	if y.digits == 0 || y.num < 1 || y.num > 9999 {
		return false
	}
	tx.Type = Date
	tx.Value = fmt.Sprintf("BC%04d", y.num)
	if m, ok := c.lex("month", "m"); ok {
		tx.Value += "-" + m // "April 480 BC"
		if c.has("d") {
			if d := c.tok("d").num; d >= 1 && d <= 31 {
				tx.Value += fmt.Sprintf("-%02d", d)
			}
		}
	} else if s, ok := c.lex("season", "s"); ok {
		tx.Value += "-" + s // "the spring of 480 BC"
	}
	return true
}

// apYear is the year of an apostrophe year ("the '99 Boys", "the Club of
// '89", "in '98"): the one of its century nearest the story's year, or the
// document's (1899 in a story of 1917, 1789 in one of 1790).
func (n *normCtx) apYear(c *cand, tx *Timex) bool {
	yy := c.tok("y").num
	base := n.dct.Year()
	if n.narrative() {
		base = n.refY
	}
	if !n.has && !n.narrative() || base < 100 {
		return false
	}
	y := base/100*100 + yy
	for _, alt := range []int{y - 100, y + 100} {
		if abs(alt-base) < abs(y-base) {
			y = alt
		}
	}
	tx.Type, tx.Value = Date, fmtYear(y)
	return true
}

// bcRangeStarts tags the first number of a range of years before the
// common era, which only its second names as such ("499-493 BC", "from
// 499 to 493 BC"): tx are a sentence's expressions, in text order.
func bcRangeStarts(src string, toks []vtok, tx []Timex) []Timex {
	n := len(tx)
	for i := 0; i < n; i++ {
		b := tx[i]
		if !strings.HasPrefix(b.Value, "BC") || b.Rule != "yearbc" {
			continue
		}
		k := 0
		for k < len(toks) && toks[k].start < b.Start {
			k++
		}
		if k < 2 || k >= len(toks) || toks[k].start != b.Start {
			continue
		}
		if sep := toks[k-1].lower; sep != "-" && sep != "–" && sep != "to" && sep != "and" {
			continue
		}
		a := &toks[k-2]
		if a.digits == 0 || a.digits > 4 || a.num < 1 || a.num <= toks[k].num || (i > 0 && tx[i-1].End > a.start) {
			continue // not a number, or not an earlier year, or already tagged
		}
		tx = append(tx, Timex{Type: Date, Value: fmt.Sprintf("BC%04d", a.num), Sentence: b.Sentence, Rule: "yearbc",
			Span: document.Span{Start: a.start, End: a.end}, Text: src[a.start:a.end]})
	}
	if len(tx) > n {
		slices.SortStableFunc(tx, func(x, y Timex) int { return x.Start - y.Start })
	}
	return tx
}

// dayRangeParts tags the other day of a range or pair of days that
// names its month once: the first of "12-14 July", "from 15 to 22
// February", "on the 28 and 29 August", the second of "April 6-7", "May 4
// and 5", "May 6 and 7th". It takes the month and year of the date the
// text writes in full; tx are a sentence's expressions, in text order.
func (e *engine) dayRangeParts(src string, toks []vtok, tx []Timex) []Timex {
	n := len(tx)
	monthBit := e.secBit["month"]
	for i := 0; i < n; i++ {
		b := tx[i]
		if b.Type != Date || len(b.Value) != 10 || !hasDay(b.Value) {
			continue
		}
		bd, _ := strconv.Atoi(b.Value[8:10])
		ks, ke := tokAt(toks, b.Start), tokAt(toks, b.End-1)
		if ks < 0 || ke < 0 {
			continue
		}
		// the day written first: "12-14 July", "15 to 22 February"
		if toks[ks].digits > 0 && toks[ks].num == bd && ks >= 2 && dayJoin(toks[ks-1].lower) {
			a := toks[ks-2]
			if dayNum(a) > 0 && dayNum(a) != bd && (dayNum(a) < bd || toks[ks-1].lower == "and") &&
				(i == 0 || tx[i-1].End <= a.start) {
				st := a.start
				if ks >= 3 && toks[ks-3].lower == "the" {
					st = toks[ks-3].start // "the 28 and 29 August"
				}
				tx = append(tx, Timex{Type: Date, Value: fmt.Sprintf("%s-%02d", b.Value[:7], dayNum(a)), Sentence: b.Sentence, Rule: "dayrange",
					Span: document.Span{Start: st, End: a.end}, Text: src[st:a.end]})
			}
		}
		// the day written last: "April 6-7", "May 4 and 5"
		if toks[ke].digits > 0 && toks[ke].num == bd && ke+2 < len(toks) && dayJoin(toks[ke+1].lower) {
			a := toks[ke+2]
			next := ke + 3
			end, yr := a.end, false
			if next+1 < len(toks) && toks[next].lower == "," && toks[next+1].digits == 4 && i+1 < n && tx[i+1].Rule == "year" && tx[i+1].Start == toks[next+1].start && tx[i+1].Value == toks[next+1].lower {
				// "April 6-7, 2017": the year is both days'
				end, yr = toks[next+1].end, true
				next += 2
			}
			if dayNum(a) > bd && (next >= len(toks) || toks[next].cls&monthBit == 0 && toks[next].digits == 0) &&
				(i+1 >= n || tx[i+1].Start >= a.end) {
				if yr {
					tx[i].Value = tx[i+1].Value + b.Value[4:]
					tx[i+1].Value = "" // dropped below
				}
				tx = append(tx, Timex{Type: Date, Value: fmt.Sprintf("%s-%02d", tx[i].Value[:7], dayNum(a)), Sentence: b.Sentence, Rule: "dayrange",
					Span: document.Span{Start: a.start, End: end}, Text: src[a.start:end]})
			}
		}
	}
	if len(tx) > n {
		tx = slices.DeleteFunc(tx, func(x Timex) bool { return x.Value == "" && x.Rule == "year" })
		slices.SortStableFunc(tx, func(x, y Timex) int { return x.Start - y.Start })
	}
	return tx
}

// rangeFirstYear gives the first date of a range or pair that writes its
// year only at its end the end's year ("July-November 1954", "21 March -
// 21 June 1952", "from May to August 1950", "in April and June 1955"):
// the year of the end, or the one before when the first month comes
// after the end's. tx are a
// sentence's expressions, in text order.
func rangeFirstYear(src string, tx []Timex) {
	for i := 0; i+1 < len(tx); i++ {
		a, b := &tx[i], tx[i+1]
		if a.Type != Date || b.Type != Date || len(a.Value) != 7 && len(a.Value) != 10 || len(b.Value) < 7 || a.Value[4] != '-' || b.Value[4] != '-' || a.End > b.Start {
			continue
		}
		switch strings.TrimSpace(src[a.End:b.Start]) {
		case "-", "–", "to", "through", "until", "and", "or":
		default:
			continue
		}
		if WritesYear(src[a.Start:a.End]) {
			continue
		}
		y, err1 := strconv.Atoi(b.Value[:4])
		am, err2 := strconv.Atoi(a.Value[5:7])
		bm, err3 := strconv.Atoi(b.Value[5:7])
		if err1 != nil || err2 != nil || err3 != nil {
			continue
		}
		if !WritesYear(src[b.Start:b.End]) {
			// Neither end writes its year ("from October to March"): a
			// range that runs into the next year starts in the year
			// before its end.
			if am > bm && a.Value[:4] == b.Value[:4] {
				a.Value = fmtYear(y-1) + a.Value[4:]
			}
			continue
		}
		if am > bm {
			y--
		}
		a.Value = fmtYear(y) + a.Value[4:]
	}
}

// dayJoin reports whether w joins two days of one month ("6-7", "4 and 5").
func dayJoin(w string) bool {
	return w == "-" || w == "–" || w == "to" || w == "and" || w == "through"
}

// dayNum is the day of month a token writes ("7", "7th"), or 0.
func dayNum(t vtok) int {
	ok := t.hasNum && (t.digits == 1 || t.digits == 2) ||
		t.cls&clsOrd != 0 && t.lower != "" && t.lower[0] >= '0' && t.lower[0] <= '9'
	if ok && t.num >= 1 && t.num <= 31 {
		return t.num
	}
	return 0
}

// tokAt is the index of the token that holds byte offset off, or -1.
func tokAt(toks []vtok, off int) int {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].end > off })
	if k < len(toks) && toks[k].start <= off {
		return k
	}
	return -1
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
		if k := tokAt(c.toks, t2.start); k > 0 && c.toks[k-1].lower != "-" && c.toks[k-1].lower != "–" {
			// "in 2011 to 15 years in prison", "rose in 2011 to 15
			// million": the year alone, then an amount.
			if ky := tokAt(c.toks, c.tok("y").start); ky >= c.m.es && ky < c.m.ee {
				c.m.ee = ky + 1
				tx.Value = fmtYear(y1)
				return true
			}
			return false
		}
		y2 += y1 / 100 * 100
	}
	if y2 <= y1 || y2-y1 > 200 {
		return false
	}
	tx.Value = fmtYear(y1)
	tx.RangeEnd = fmtYear(y2)
	return true
}
