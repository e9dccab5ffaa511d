// Relative expressions: times of day, "next week", "today", "three
// years ago" and dates anchored to another.

package timex

import (
	"fmt"
	"strconv"
	"strings"
)

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
	if c.m.r.name == "relunit" && c.word("rel") == "last" && c.m.ee < len(c.toks) && c.toks[c.m.ee].lower == "of" {
		// "the last month of the war", "the last day of the month": the
		// final one of something, a unit long, not the one before the
		// document's date.
		tx.Type, tx.Value = Duration, durationValue(1, u, false)
		return tx.Value != ""
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
	if c.m.r.name == "theyear" && n.narrative() && (u == "Y" || u == "M" && n.refM != 0) {
		// "the end of the year", "the end of the month" in a story that
		// has left the document's time: the story's year or month.
		tx.Anchor = ""
		if u == "Y" {
			tx.Value = fmtYear(n.refY)
		} else {
			tx.Value = fmt.Sprintf("%s-%02d", fmtYear(n.refY), n.refM)
		}
		return true
	}
	if c.m.r.name == "thedecade" && c.m.ee < len(c.toks) {
		switch c.toks[c.m.ee].lower {
		case "since", "before", "after", "ago", "that", "when", "following", "preceding", "of":
			return false // "in the decade since", "the century of the Reformation": a span, or not this one
		}
	}
	if (r != 0 || c.m.r.name == "thedecade") && (u == "DE" || u == "CE") {
		// "the following decade", "the previous century", "the end of
		// the decade" in a story that has left the document's time:
		// counted from the story's year, as "the following year" is.
		if v, ok := n.yearsFromRef(u, r); ok {
			tx.Value, tx.Anchor = v, AnchorTimex
			return true
		}
	}
	if r == 0 && u == "D" && n.narrative() && n.hasL && n.sent-n.lastSent <= dayWindow {
		// "referred to this day as the Black Day" in a story: the day it
		// last named
		tx.Value, tx.Anchor = fmtDay(n.last), AnchorTimex
		return true
	}
	if c.m.r.name == "relunit" && c.has("rel") && n.farStory() && c.quoted() {
		if v, ok := n.storyDeictic(u, r); ok {
			tx.Value, tx.Anchor = v, AnchorTimex // "this year", said in the story's time
			return true
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
	if n.farStory() && c.quoted() {
		// "Today", "tonight" quoted in a history told years before its
		// writing: not the document's date but the present of whoever
		// speaks ("to introduce U.S. forces in large numbers there
		// today"), a day the text does not give.
		tx.Anchor = ""
		if k == 0 && rest == "" {
			tx.Value = "PRESENT_REF"
		} else {
			tx.Value = "XXXX-XX-XX" + rest
		}
		return true
	}
	tx.Value = fmtDay(n.dct.AddDate(0, 0, k)) + rest
	return true
}

// farStory reports whether a text told in its own time (a history,
// storyYears) has moved to a time two or more years from the document's:
// "today", "two years ago" and "this year" quoted there are said by its
// people, in the story's time, not on the document's date. The writer's
// own ("50 years ago", in an anniversary piece) stay on the document's.
func (n *normCtx) farStory() bool {
	return n.has && n.narrative() && n.isStory() && abs(n.refY-n.dct.Year()) >= 2
}

// quoted reports whether the match lies inside quotation marks: an odd
// number of them before it in its sentence, or none before and an odd
// number after (a quotation that opened in an earlier sentence).
func (c *cand) quoted() bool {
	before, after := 0, 0
	for k := range c.toks {
		switch c.toks[k].lower {
		case "\"", "``", "''", "\u201c", "\u201d":
			if k < c.m.es {
				before++
			} else if k >= c.m.ee {
				after++
			}
		}
	}
	return before%2 == 1 || before == 0 && after%2 == 1
}

// reportedPast reports whether a past verb of saying stands before the
// expression in its sentence ("he suggested Kissinger had tricked him
// into signing the agreement two years ago"): the story's people speak,
// in their own time, as in quotation marks.
func (c *cand) reportedPast() bool {
	for k := 0; k < c.m.es; k++ {
		if reportVerbsPast[c.toks[k].lower] {
			return true
		}
	}
	return false
}

var reportVerbsPast = map[string]bool{"said": true, "suggested": true, "claimed": true, "argued": true,
	"declared": true, "told": true, "wrote": true, "stated": true, "insisted": true, "complained": true,
	"charged": true, "accused": true, "announced": true, "recalled": true, "asserted": true, "remarked": true}

// storyDeictic is the value of a unit u counted k from the story's time
// (farStory): "two years ago" said in 1975 is 1973; months, weeks and
// days from its month when it has one, else unknown ("15 months ago":
// XXXX-XX).
func (n *normCtx) storyDeictic(u string, k int) (string, bool) {
	switch u {
	case "Y", "DE", "CE":
		return n.yearsFromRef(u, k)
	case "M":
		if n.refM != 0 {
			m := n.refY*12 + n.refM - 1 + k
			y, mm := m/12, m%12
			if mm < 0 {
				y, mm = y-1, mm+12 // before the common era: floor, not truncation
			}
			return fmt.Sprintf("%s-%02d", fmtYear(y), mm+1), true
		}
		return "XXXX-XX", true
	case "W":
		return "XXXX-WXX", true
	case "D":
		return "XXXX-XX-XX", true
	}
	return "", false
}

func (n *normCtx) ago(c *cand, tx *Timex) bool {
	tx.Type = Date
	u, k, ok := c.unitCount()
	if !ok {
		return false
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
	if dir != "ago" && dir != "hence" && c.m.r.params["half"] != "1" {
		if v, ok := n.yearsFromRef(u, sign*k); ok {
			tx.Value, tx.Anchor = v, AnchorTimex // "two years later" in a story
			return true
		}
	}
	if (dir == "later" || (dir == "earlier" || dir == "previously") && (u == "Y" || u == "DE" || u == "CE") && n.lastYW) && n.lastY != 0 && !n.lastDay && n.sent-n.lastYSent <= 1 && !(n.lastQ != 0 && n.lastQSent >= n.lastYSent) {
		// "N later" counts from the date just named, of a month or a
		// year: "filed for bankruptcy in November 2022, and was arrested
		// a month later" (2022-12), "founded in 2019; two years later"
		// (2021).
		switch {
		case u == "Y":
			tx.Value, tx.Anchor = fmtYear(n.lastY+sign*k), AnchorTimex
			return true
		case u == "DE" || u == "CE":
			// "jailed in 1985 and released a decade later": the
			// decade after that year, not one counted from the
			// document's date.
			per := 10
			if u == "CE" {
				per = 100
			}
			tx.Value, tx.Anchor = fmtPeriod(n.lastY+sign*k*per, per), AnchorTimex
			return true
		case u == "M" && n.lastM != 0:
			m := n.lastY*12 + n.lastM - 1 + sign*k
			tx.Value, tx.Anchor = fmt.Sprintf("%04d-%02d", m/12, m%12+1), AnchorTimex
			return true
		case (u == "D" || u == "W") && n.dayInMonthNamed() && !n.aheadInPast(c):
			// "arrested in March 2010 and released two days later": a
			// day of that month, not one counted from the document's
			// date (which may lie years after it).
			tx.Value, tx.Anchor = roughOf(n.lastY, n.lastM, u), AnchorTimex
			return true
		}
	}
	if dir == "ago" && c.m.r.params["half"] != "1" && n.farStory() && (c.quoted() || c.reportedPast()) {
		if v, ok := n.storyDeictic(u, -k); ok {
			tx.Value, tx.Anchor = v, AnchorTimex // "two years ago", said in the story's time
			return true
		}
	}
	if dir != "ago" && dir != "hence" && (u == "D" || u == "W") && n.staleDay() {
		tx.Value, tx.Anchor = n.roughDay(u), AnchorTimex // "less than a week later", no day to count from
		return true
	}
	base, ok := n.dct, n.has
	tx.Anchor = AnchorDCT
	if dir != "ago" && dir != "hence" && n.hasL {
		base, ok = n.pastBase(c, n.last), true
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
		if base.Hour() == 0 && base.Minute() == 0 && base.Second() == 0 {
			// The reference is a day with no time of day ("on Monday ...
			// nine hours later", a document's date): the clock is
			// unknown, the day is not: the reference's, or the day whole
			// days of the offset reach ("30 hours later": the next day).
			per := map[string]int{"TH": 24, "TM": 24 * 60, "TS": 24 * 3600}[u]
			tx.Value = fmtDay(base.AddDate(0, 0, sign*k/per))
			return true
		}
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
		base, ok = n.pastBase(c, n.last), true
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
	if pod == "" && k == 0 && n.lastY != 0 && (u == "Y" || u == "M" && n.lastM != 0) {
		// "that year", "later that month": the last one the text named
		tx.Anchor = AnchorTimex
		if u == "Y" {
			tx.Value = fmtYear(n.lastY)
		} else {
			tx.Value = fmt.Sprintf("%s-%02d", fmtYear(n.lastY), n.lastM)
		}
		return true
	}
	if pod == "" {
		if v, ok := n.yearsFromRef(u, k); ok {
			tx.Value, tx.Anchor = v, AnchorTimex // "the following year" in a story
			return true
		}
	}
	if pod == "" && k != 0 && c.word("rel") != "next" && n.lastY != 0 && !n.lastDay && (u == "Y" || u == "M" && n.lastM != 0) {
		// "In March, it received an offer. The following month, it put
		// itself up for sale": "following", "previous", "the month
		// before" point back to the date just named, here a month or a
		// year (a date to the day is n.last, below), never to the
		// document's date. "next" may be the writer's own ("the next
		// year"): it keeps the DCT.
		tx.Anchor = AnchorTimex
		if u == "Y" {
			tx.Value = fmtYear(n.lastY + k)
		} else {
			m := n.lastY*12 + n.lastM - 1 + k
			tx.Value = fmt.Sprintf("%s-%02d", fmtYear(m/12), m%12+1)
		}
		return true
	}
	if (u == "D" || u == "W") && n.dayInMonthNamed() && !n.aheadInPast(c) {
		// "arrested in March 2010. The next day ...", "the same night"
		tx.Value, tx.Anchor = roughOf(n.lastY, n.lastM, u)+pod, AnchorTimex
		return true
	}
	if (u == "D" || u == "W") && n.staleDay() {
		// "the same day", "the next morning" in a story that named no
		// day since its last year or month
		tx.Value, tx.Anchor = n.roughDay(u)+pod, AnchorTimex
		return true
	}
	if !ok {
		return true
	}
	tx.Value = format(shift(base, u, k), u) + pod
	return true
}

// yearsFromRef is the value of the year, decade or century k units (u: Y,
// DE, CE) from the story's reference year, when the story has left the
// document's time ("the following year", "two years later", "a decade
// earlier"): the reference year is the last the text wrote, which a
// date to the day may not have given.
func (n *normCtx) yearsFromRef(u string, k int) (string, bool) {
	if !n.narrative() {
		return "", false
	}
	y := n.refY
	if n.strayY != 0 && n.sent-n.straySent <= 1 {
		// "ended in 445 BC ... just 14 years later": from the year just
		// named, though it did not move the story's time.
		y = n.strayY
	}
	switch u {
	case "Y":
		return fmtYear(y + k), true
	case "DE":
		return fmtPeriod(y+10*k, 10), true
	case "CE":
		return fmtPeriod(y+100*k, 100), true
	}
	return "", false
}

// fmtPeriod writes the decade (per 10) or century (per 100) of year y
// as TIMEX3 does: "199", "19", "BC048" (the 480s BC), "BC04".
func fmtPeriod(y, per int) string {
	w := 3
	if per == 100 {
		w = 2
	}
	if y < 0 {
		return fmt.Sprintf("BC%0*d", w, -y/per)
	}
	return fmt.Sprintf("%0*d", w, y/per)
}
