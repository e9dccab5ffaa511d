package timeline

import (
	"fmt"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/internal/timex"
)

// FormatValue returns the human form of a TIMEX3 value, as an analyst would
// write it in a briefing:
//
//	1945            1945
//	194X            1940s
//	19              20th century
//	2017-09         Sep 2017
//	2017-11-06      Mon 6 Nov 2017
//	2017-11-10TNI   Fri 10 Nov 2017, night
//	2017-11-10T15:00  Fri 10 Nov 2017, 15:00
//	2018-SP         spring 2018
//	2018-WI         winter 2018/19
//	2017-Q3         Q3 2017
//	2017-H1         first half of 2017
//	2017-W45        week 45 of 2017
//	PRESENT_REF     now
//
// Values it cannot read are returned unchanged.
func FormatValue(v string) string {
	switch v {
	case "PRESENT_REF":
		return "now"
	case "PAST_REF":
		return "in the past"
	case "FUTURE_REF":
		return "in the future"
	}
	iv, err := ParseValue(v)
	if err != nil {
		return v
	}
	return formatInterval(iv)
}

func formatInterval(iv Interval) string {
	s := iv.Start
	v := strings.TrimSpace(iv.Value)
	switch iv.Gran {
	case GranMillennium:
		return ordinal(s.Year()/1000+1) + " millennium"
	case GranCentury:
		return ordinal(s.Year()/100+1) + " century"
	case GranDecade:
		return fmt.Sprintf("%ds", s.Year()/10*10)
	case GranYear:
		return fmt.Sprintf("%d", s.Year())
	case GranHalf:
		if s.Month() == 1 {
			return fmt.Sprintf("first half of %d", s.Year())
		}
		return fmt.Sprintf("second half of %d", s.Year())
	case GranQuarter:
		return fmt.Sprintf("Q%d %d", (int(s.Month())-1)/3+1, s.Year())
	case GranSeason:
		if name := timex.SeasonName(s.Month()); name != "" {
			if s.Month() == time.December {
				return fmt.Sprintf("%s %d/%02d", name, s.Year(), (s.Year()+1)%100)
			}
			return fmt.Sprintf("%s %d", name, s.Year())
		}
	case GranMonth:
		return s.Format("Jan 2006")
	case GranWeek:
		y, w := s.ISOWeek()
		return fmt.Sprintf("week %d of %d", w, y)
	case GranWeekend:
		y, w := s.ISOWeek()
		return fmt.Sprintf("weekend of week %d of %d", w, y)
	case GranDay:
		return s.Format("Mon 2 Jan 2006")
	case GranPartOfDay:
		_, c, _ := strings.Cut(v, "T")
		d, _, _ := strings.Cut(v, "T")
		di, err := ParseValue(d)
		if err != nil {
			break
		}
		return di.Start.Format("Mon 2 Jan 2006") + ", " + timex.PartOfDayName(c)
	case GranHour, GranMinute:
		return s.Format("Mon 2 Jan 2006, 15:04")
	case GranSecond:
		return s.Format("Mon 2 Jan 2006, 15:04:05")
	}
	return v
}

func ordinal(n int) string {
	suf := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suf = "st"
		case 2:
			suf = "nd"
		case 3:
			suf = "rd"
		}
	}
	return fmt.Sprintf("%d%s", n, suf)
}
