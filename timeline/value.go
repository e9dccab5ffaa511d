package timeline

import "github.com/chronicle-news/chronicle/internal/timex"

// A TIMEX3 value as an interval is defined in internal/timex (the event
// stage needs it too, and cannot import this package); these names keep
// the timeline's API.

// Granularity is how much time a TIMEX3 value covers; see timex.Granularity.
type Granularity = timex.Granularity

// Interval is the stretch of time a TIMEX3 value covers; see timex.Interval.
type Interval = timex.Interval

// Granularities from the finest to the coarsest.
const (
	GranUnknown    = timex.GranUnknown
	GranSecond     = timex.GranSecond
	GranMinute     = timex.GranMinute
	GranHour       = timex.GranHour
	GranPartOfDay  = timex.GranPartOfDay
	GranDay        = timex.GranDay
	GranWeekend    = timex.GranWeekend
	GranWeek       = timex.GranWeek
	GranMonth      = timex.GranMonth
	GranSeason     = timex.GranSeason
	GranQuarter    = timex.GranQuarter
	GranHalf       = timex.GranHalf
	GranYear       = timex.GranYear
	GranDecade     = timex.GranDecade
	GranCentury    = timex.GranCentury
	GranMillennium = timex.GranMillennium
)

// Errors of ParseValue.
var (
	ErrReference  = timex.ErrReference
	ErrUnanchored = timex.ErrUnanchored
	ErrNotDate    = timex.ErrNotDate
	ErrInvalid    = timex.ErrInvalid
)

// ParseValue turns a TIMEX3 value into the interval it covers; see
// timex.ParseValue.
func ParseValue(v string) (Interval, error) { return timex.ParseValue(v) }
