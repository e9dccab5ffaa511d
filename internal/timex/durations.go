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
