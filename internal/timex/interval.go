// Package timeline turns TIMEX3 values into intervals of time, builds the
// chronological timeline of the events a run found, and prints it.
package timex

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Granularity is how much time a TIMEX3 value covers. Larger is coarser, so
// granularities compare with < and >.
type Granularity int

// Granularities from the finest to the coarsest.
const (
	GranUnknown Granularity = iota
	GranSecond
	GranMinute
	GranHour
	GranPartOfDay // TIMEX3 MO, MI, AF, EV, NI, DT
	GranDay
	GranWeekend // YYYY-Www-WE
	GranWeek
	GranMonth
	GranSeason
	GranQuarter
	GranHalf
	GranYear
	GranDecade
	GranCentury
	GranMillennium
)

var granNames = [...]string{"unknown", "second", "minute", "hour", "part-of-day", "day", "weekend", "week",
	"month", "season", "quarter", "half", "year", "decade", "century", "millennium"}

func (g Granularity) String() string {
	if g < 0 || int(g) >= len(granNames) {
		return "unknown"
	}
	return granNames[g]
}

// Interval is the stretch of time a TIMEX3 value covers, half-open:
// [Start, End). Times are wall-clock times in time.UTC: a TIMEX3 value
// carries no time zone, so "2017-11-10" is the calendar day, wherever it was.
type Interval struct {
	Start, End time.Time
	Gran       Granularity
	Value      string // the TIMEX3 value it was parsed from
}

// IsZero reports whether the interval is unset (an undated entry).
func (iv Interval) IsZero() bool { return iv.Start.IsZero() && iv.End.IsZero() }

// Contains reports whether o lies within iv.
func (iv Interval) Contains(o Interval) bool {
	return !o.Start.Before(iv.Start) && !o.End.After(iv.End)
}

// Overlaps reports whether the two intervals share an instant.
func (iv Interval) Overlaps(o Interval) bool {
	return iv.Start.Before(o.End) && o.Start.Before(iv.End)
}

// Before reports whether iv ends no later than o starts: everything in iv
// precedes everything in o.
func (iv Interval) Before(o Interval) bool { return !iv.End.After(o.Start) }

// LastDay returns the last calendar day the interval touches (End minus one
// nanosecond), for inclusive "start .. end" displays.
func (iv Interval) LastDay() time.Time {
	d := iv.End.Add(-time.Nanosecond)
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
}

// Errors of ParseValue. Callers test them with errors.Is.
var (
	// ErrReference: PRESENT_REF, PAST_REF, FUTURE_REF name a direction, not a
	// stretch of time.
	ErrReference = errors.New("reference value, not an interval")
	// ErrUnanchored: the value has unknown parts in place of the year or
	// month ("XXXX-05": some May), so it cannot be placed on a timeline.
	ErrUnanchored = errors.New("unanchored value")
	// ErrNotDate: durations (P3D) and other values that are not points or
	// stretches of calendar time.
	ErrNotDate = errors.New("not a date value")
	// ErrInvalid: malformed values and impossible dates (2017-02-30).
	ErrInvalid = errors.New("invalid value")
)

// Parts of the day, as TIMEX3 writes them after a date (2017-11-10TNI), and
// the hours Chronicle gives them. They are conventions, not facts; they
// overlap where usage does (an "evening" meeting may be at 21:00, which is
// also "night"):
//
//	MO morning    06:00-12:00
//	MI midday     11:00-14:00
//	AF afternoon  12:00-18:00
//	EV evening    17:00-22:00
//	NI night      20:00-06:00 the next day
//	DT daytime    06:00-18:00
var partOfDaySpans = map[string]struct {
	from, to int // hours; to may exceed 24 (next day)
	name     string
}{
	"MO": {6, 12, "morning"},
	"MI": {11, 14, "midday"},
	"AF": {12, 18, "afternoon"},
	"EV": {17, 22, "evening"},
	"NI": {20, 30, "night"},
	"DT": {6, 18, "daytime"},
}

// Seasons are meteorological, northern hemisphere: spring is March to May,
// summer June to August, fall September to November, and winter December to
// February. Winter spans the turn of the year; "2018-WI" is the winter that
// begins in December 2018 and ends on the last day of February 2019.
var seasonSpans = map[string]struct {
	month int
	name  string
}{
	"SP": {3, "spring"},
	"SU": {6, "summer"},
	"FA": {9, "fall"},
	"WI": {12, "winter"},
}

// ParseValue returns the interval a TIMEX3 date or time value covers:
//
//	1945            the year                  [1945-01-01, 1946-01-01)
//	194 or 194X     the decade, the 1940s     [1940-01-01, 1950-01-01)
//	19 or 19XX      the century, 1900-1999    [1900-01-01, 2000-01-01)
//	1 or 1XXX       the millennium
//	2017-09         the month
//	2017-11-10      the day
//	2017-Q3, -H1    quarter, half year
//	2018-SP ...     season (see seasonSpans above)
//	2017-W45        ISO week, Monday to Sunday; 2017-W45-WE its weekend;
//	                2017-W45-5 its Friday
//	2017-11-10TNI   part of a day (see partOfDaySpans above)
//	2017-11-10T15, T15:00, T15:00:30   hour, minute, second (a trailing Z or
//	                time-zone offset is ignored: values are wall-clock times)
//
// Reference values (PRESENT_REF...), unanchored values (XXXX-05), durations
// and impossible dates return the errors above, wrapped with the value.
func ParseValue(v string) (Interval, error) {
	iv, err := parseValue(strings.TrimSpace(v))
	if err != nil {
		return Interval{}, fmt.Errorf("timex value %q: %w", v, err)
	}
	iv.Value = v
	return iv, nil
}

// splitDash appends to out the pieces of s between hyphens, as
// strings.Split(s, "-") returns them.
func splitDash(s string, out []string) []string {
	for {
		i := strings.IndexByte(s, '-')
		if i < 0 {
			return append(out, s)
		}
		out = append(out, s[:i])
		s = s[i+1:]
	}
}

func parseValue(v string) (Interval, error) {
	switch v {
	case "PRESENT_REF", "PAST_REF", "FUTURE_REF":
		return Interval{}, ErrReference
	case "":
		return Interval{}, ErrInvalid
	}
	if v[0] == 'P' || strings.HasPrefix(v, "BC") {
		return Interval{}, ErrNotDate
	}
	date, clock, hasT := strings.Cut(v, "T")
	var buf [4]string
	parts := splitDash(date, buf[:0]) // strings.Split(date, "-") without the allocation
	year := parts[0]
	if strings.ContainsAny(year, "Xx") && isXDigits(year) && strings.Trim(year, "Xx") == "" {
		return Interval{}, ErrUnanchored
	}
	// Year-level values: Y, YY, YYY, YYYY, with trailing X for unknown digits.
	if len(parts) == 1 && !hasT {
		return parseYearish(year)
	}
	if len(year) != 4 || !allDigits(year) {
		if isXDigits(year) {
			return Interval{}, ErrUnanchored
		}
		return Interval{}, ErrInvalid
	}
	y, _ := strconv.Atoi(year)
	if y == 0 || len(parts) < 2 {
		return Interval{}, ErrInvalid
	}
	p := parts[1]
	if p == "" {
		return Interval{}, ErrInvalid
	}
	if strings.Trim(p, "Xx") == "" {
		return Interval{}, ErrUnanchored
	}
	if hasT && (len(parts) != 3) {
		return Interval{}, ErrInvalid
	}
	switch {
	case len(parts) == 2 && len(p) == 2 && allDigits(p):
		m, _ := strconv.Atoi(p)
		if m < 1 || m > 12 {
			return Interval{}, ErrInvalid
		}
		s := day(y, m, 1)
		return Interval{Start: s, End: s.AddDate(0, 1, 0), Gran: GranMonth}, nil
	case len(parts) == 2 && seasonSpans[p].name != "":
		s := day(y, seasonSpans[p].month, 1)
		return Interval{Start: s, End: s.AddDate(0, 3, 0), Gran: GranSeason}, nil
	case len(parts) == 2 && len(p) == 2 && p[0] == 'Q' && p[1] >= '1' && p[1] <= '4':
		s := day(y, 1+3*int(p[1]-'1'), 1)
		return Interval{Start: s, End: s.AddDate(0, 3, 0), Gran: GranQuarter}, nil
	case len(parts) == 2 && len(p) == 2 && p[0] == 'H' && (p[1] == '1' || p[1] == '2'):
		s := day(y, 1+6*int(p[1]-'1'), 1)
		return Interval{Start: s, End: s.AddDate(0, 6, 0), Gran: GranHalf}, nil
	case len(p) == 3 && p[0] == 'W' && allDigits(p[1:]) && !hasT:
		w, _ := strconv.Atoi(p[1:])
		mon, ok := isoWeekMonday(y, w)
		if !ok {
			return Interval{}, ErrInvalid
		}
		if len(parts) == 2 {
			return Interval{Start: mon, End: mon.AddDate(0, 0, 7), Gran: GranWeek}, nil
		}
		if len(parts) != 3 {
			return Interval{}, ErrInvalid
		}
		switch d := parts[2]; {
		case d == "WE":
			s := mon.AddDate(0, 0, 5)
			return Interval{Start: s, End: s.AddDate(0, 0, 2), Gran: GranWeekend}, nil
		case len(d) == 1 && d[0] >= '1' && d[0] <= '7':
			s := mon.AddDate(0, 0, int(d[0]-'1'))
			return Interval{Start: s, End: s.AddDate(0, 0, 1), Gran: GranDay}, nil
		case strings.Trim(d, "Xx") == "":
			return Interval{}, ErrUnanchored
		}
		return Interval{}, ErrInvalid
	case len(parts) == 3 && len(p) == 2 && allDigits(p):
		d := parts[2]
		if strings.Trim(d, "Xx") == "" && d != "" {
			return Interval{}, ErrUnanchored
		}
		if len(d) != 2 || !allDigits(d) {
			return Interval{}, ErrInvalid
		}
		m, _ := strconv.Atoi(p)
		dd, _ := strconv.Atoi(d)
		if m < 1 || m > 12 || dd < 1 || dd > daysIn(y, m) {
			return Interval{}, ErrInvalid
		}
		s := day(y, m, dd)
		if !hasT {
			return Interval{Start: s, End: s.AddDate(0, 0, 1), Gran: GranDay}, nil
		}
		return parseClock(s, clock)
	}
	return Interval{}, ErrInvalid
}

// parseYearish reads Y, YY, YYY, YYYY and their X-padded forms.
func parseYearish(y string) (Interval, error) {
	digits := strings.TrimRight(y, "Xx")
	if digits == "" || len(y) > 4 || !allDigits(digits) {
		if isXDigits(y) {
			return Interval{}, ErrUnanchored
		}
		return Interval{}, ErrInvalid
	}
	n, _ := strconv.Atoi(digits)
	var span int
	var g Granularity
	switch len(digits) {
	case 1:
		span, g = 1000, GranMillennium
	case 2:
		span, g = 100, GranCentury
	case 3:
		span, g = 10, GranDecade
	case 4:
		span, g = 1, GranYear
	}
	// "194" and "194X" are the same decade; "19XX" the century.
	start := n * span
	if start == 0 && g == GranYear {
		return Interval{}, ErrInvalid // there is no year 0 in TIMEX3 (AD)
	}
	if start == 0 {
		start = 1 // the first millennium/century/decade begins in year 1 here
	}
	s := day(start, 1, 1)
	return Interval{Start: s, End: day(n*span+span, 1, 1), Gran: g}, nil
}

// parseClock reads the part after T: a part of day, or hh[:mm[:ss]].
func parseClock(d time.Time, c string) (Interval, error) {
	if pd, ok := partOfDaySpans[c]; ok {
		return Interval{Start: d.Add(time.Duration(pd.from) * time.Hour), End: d.Add(time.Duration(pd.to) * time.Hour), Gran: GranPartOfDay}, nil
	}
	// Drop a time zone: Z, +hh:mm, -hhmm.
	if i := strings.IndexAny(c, "Z+-"); i >= 0 {
		c = c[:i]
	}
	f := strings.Split(c, ":")
	if len(f) > 3 || c == "" {
		return Interval{}, ErrInvalid
	}
	var n [3]int
	for i, s := range f {
		if i == 2 {
			s, _, _ = strings.Cut(s, ".") // fractional seconds
		}
		if len(s) != 2 || !allDigits(s) {
			if strings.Trim(s, "Xx") == "" {
				return Interval{}, ErrUnanchored
			}
			return Interval{}, ErrInvalid
		}
		n[i], _ = strconv.Atoi(s)
	}
	// 24:00 is the end of the day; accept it as midnight of the next.
	if n[0] > 24 || n[1] > 59 || n[2] > 59 || (n[0] == 24 && (n[1] != 0 || n[2] != 0)) {
		return Interval{}, ErrInvalid
	}
	s := d.Add(time.Duration(n[0])*time.Hour + time.Duration(n[1])*time.Minute + time.Duration(n[2])*time.Second)
	switch len(f) {
	case 1:
		return Interval{Start: s, End: s.Add(time.Hour), Gran: GranHour}, nil
	case 2:
		return Interval{Start: s, End: s.Add(time.Minute), Gran: GranMinute}, nil
	}
	return Interval{Start: s, End: s.Add(time.Second), Gran: GranSecond}, nil
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func daysIn(y, m int) int { return day(y, m+1, 0).Day() }

// isoWeekMonday returns the Monday of ISO week w of year y.
func isoWeekMonday(y, w int) (time.Time, bool) {
	if w < 1 || w > 53 {
		return time.Time{}, false
	}
	jan4 := day(y, 1, 4) // always in week 1
	off := (int(jan4.Weekday()) + 6) % 7
	mon := jan4.AddDate(0, 0, -off+7*(w-1))
	if yy, ww := mon.ISOWeek(); yy != y || ww != w {
		return time.Time{}, false // week 53 of a 52-week year
	}
	return mon, true
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isXDigits reports whether s is made of digits and X only, with at least one X.
func isXDigits(s string) bool {
	hasX := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == 'X' || c == 'x':
			hasX = true
		case c < '0' || c > '9':
			return false
		}
	}
	return hasX
}

// PartOfDayName is the English name of a TIMEX3 part-of-day code ("NI" ->
// "night"), "" for an unknown code.
func PartOfDayName(code string) string { return partOfDaySpans[code].name }

// SeasonName is the English name of the season that starts in month m
// (3 -> "spring"), "" when no season starts then.
func SeasonName(m time.Month) string {
	for _, se := range seasonSpans {
		if se.month == int(m) {
			return se.name
		}
	}
	return ""
}
