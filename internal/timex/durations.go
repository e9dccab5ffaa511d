// Durations and sets: "three weeks", "half an hour", "every Monday".

package timex

import (
	"fmt"
	"strconv"
	"strings"
)

// halfUnit converts half of a unit to a smaller one: value and unit.
var halfUnit = map[string]struct {
	n int
	u string
}{"Y": {6, "M"}, "M": {15, "D"}, "W": {84, "TH"}, "D": {12, "TH"}, "TH": {30, "TM"}, "TM": {30, "TS"}, "DE": {5, "Y"}, "CE": {50, "Y"}}

// durationValue writes P<n><u> for n units (n -1 = unknown, X).
func durationValue(k int, u string, half bool) string {
	if half && k >= 0 && (u == "DE" || u == "CE") {
		// "half a century", "a decade and a half": years, the half
		// counted before the unit becomes years (not half a year).
		per := 10
		if u == "CE" {
			per = 100
		}
		return durationString(strconv.Itoa(k*per+per/2), "Y")
	}
	if half && k >= 0 && u == "W" {
		return "P" + strconv.Itoa(7*k+3) + "DT12H" // "a week and a half": ten days and a half
	}
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

// unitCount reads a candidate's unit ("u") and its count ("n", 1 when
// none is written): "three weeks", "a year". ok is false without a unit or
// with a count that is no number.
func (c *cand) unitCount() (u string, k int, ok bool) {
	u = c.unit("u")
	if u == "" {
		return "", 0, false
	}
	k = 1
	if c.has("n") || c.m.r.params["n"] != "" {
		if k, ok = c.number("n"); !ok {
			return "", 0, false
		}
	}
	return u, k, true
}

func (n *normCtx) dur(c *cand, tx *Timex) bool {
	if c.has("n2") && c.yearBeforeAmount("n", "n2") {
		// "sentenced in 2011 to 15 years": a year, then a term, not a
		// span of 2011 to 15 years. The year alone.
		tx.Type, tx.Value = Date, fmtYear(c.tok("n").num)
		return true
	}
	tx.Type = Duration
	u, k, ok := c.unitCount()
	if !ok {
		return false
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
	if dir := afterEvent(c); dir != "" && k > 0 && !c.has("n2") && c.m.r.params["half"] != "1" && n.isStory() && n.narrative() {
		// In a history, "eight days after Fort Sumter", "a year after
		// Marathon": a date counted from the event, which is the one
		// the story has just told (its reference time), as "eight days
		// later" is.
		sign := 1
		if dir == "earlier" {
			sign = -1
		}
		switch {
		case u == "D" && n.hasDX:
			// Days count from the last day the text wrote in figures,
			// not one it reached by counting ("the next day").
			tx.Type, tx.Value, tx.Anchor = Date, fmtDay(n.dayX.AddDate(0, 0, sign*k)), AnchorTimex
			return true
		case u == "M" && n.lastY != 0 && n.lastM != 0 && n.lastY == n.refY:
			// "six months after Munich": from the month the text is at.
			m := n.lastY*12 + n.lastM - 1 + sign*k
			y, mm := m/12, m%12
			if mm < 0 {
				y, mm = y-1, mm+12
			}
			tx.Type, tx.Value, tx.Anchor = Date, fmt.Sprintf("%s-%02d", fmtYear(y), mm+1), AnchorTimex
			return true
		case u == "Y" || u == "DE" || u == "CE":
			if v, ok := n.yearsFromRef(u, sign*k); ok {
				tx.Type, tx.Value, tx.Anchor = Date, v, AnchorTimex
				return true
			}
		}
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
	case c.has("s"):
		sv, _ := c.lex("season", "s")
		tx.Value = "XXXX-" + sv // "every summer"
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

// afterEvent is "later" or "earlier" when the duration of c counts from an
// event named after it ("eight days after Fort Sumter", "a year before the
// war"): "after" or "before" follows, then no date or number (those make a
// range or a date of their own), and nothing before it makes it a length
// ("for two years after the war", "in the three weeks after the vote").
// Otherwise it is "".
func afterEvent(c *cand) string {
	ee := c.m.ee
	if ee+1 >= len(c.toks) {
		return ""
	}
	dir := ""
	switch c.toks[ee].lower {
	case "after":
		dir = "later"
	case "before":
		dir = "earlier"
	default:
		return ""
	}
	nx := c.toks[ee+1]
	if nx.lower == "the" && ee+2 < len(c.toks) {
		nx = c.toks[ee+2]
	}
	dated := c.e.secBit["month"] | c.e.secBit["weekday"] | c.e.secBit["season"] | c.e.secBit["holiday"] |
		c.e.secBit["deictic"] | c.e.secBit["era"] | clsNum | clsYear | clsDay | clsOrd | clsDecade | clsIso | clsSlash | clsClock
	if nx.digits > 0 || nx.cls&dated != 0 || nx.lower == "that" || nx.lower == "this" || nx.lower == "it" || nx.lower == "then" {
		return "" // "two years after 1945", "a week after that", "after World War II": other rules
	}
	switch c.toks[c.m.es].lower {
	case "the", "this", "that", "these", "those":
		return "" // "the three weeks after the vote": a stretch of time
	}
	if c.m.es > 0 {
		switch c.toks[c.m.es-1].lower {
		case "for", "within", "over", "during", "in", "of", "than", "to", "by", "until", "till", "from",
			"the", "some", "each", "every", "first", "last", "next", "about", "nearly", "almost", "only",
			"least", "most", "another", "further", "extra", "lasted", "lasting", "spent", "took", "served":
			return ""
		}
	}
	return dir
}

// yearBeforeAmount reports whether capture a, the first number of a range
// ("n to n2"), is a year after a preposition and larger than the second
// number b ("in 2011 to 15 years"); it then cuts the match after the year.
func (c *cand) yearBeforeAmount(a, b string) bool {
	ta, tb := c.tok(a), c.tok(b)
	if ta.digits != 4 || ta.num < 1800 || ta.num > 2099 || tb.num >= ta.num {
		return false
	}
	k := tokAt(c.toks, ta.start)
	if k < 1 || k != c.m.es {
		return false
	}
	switch c.toks[k-1].lower {
	case "in", "since", "by", "during", "until":
	default:
		return false
	}
	c.m.ee = k + 1
	return true
}
