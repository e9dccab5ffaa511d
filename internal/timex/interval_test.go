package timex

import (
	"errors"
	"testing"
	"time"
)

func d(s string) time.Time {
	t, err := time.Parse("2006-01-02T15:04", s)
	if err != nil {
		t, err = time.Parse("2006-01-02", s)
		if err != nil {
			panic(err)
		}
	}
	return t
}

func TestParseValue(t *testing.T) {
	tests := []struct {
		v          string
		start, end string
		gran       Granularity
	}{
		{"1945", "1945-01-01", "1946-01-01", GranYear},
		{"194", "1940-01-01", "1950-01-01", GranDecade},
		{"194X", "1940-01-01", "1950-01-01", GranDecade},
		{"19", "1900-01-01", "2000-01-01", GranCentury},
		{"19XX", "1900-01-01", "2000-01-01", GranCentury},
		{"2XXX", "2000-01-01", "3000-01-01", GranMillennium},
		{"2017-09", "2017-09-01", "2017-10-01", GranMonth},
		{"2017-12", "2017-12-01", "2018-01-01", GranMonth},
		{"2017-11-10", "2017-11-10", "2017-11-11", GranDay},
		{"2016-02-29", "2016-02-29", "2016-03-01", GranDay},
		{"2018-SP", "2018-03-01", "2018-06-01", GranSeason},
		{"2018-SU", "2018-06-01", "2018-09-01", GranSeason},
		{"2018-FA", "2018-09-01", "2018-12-01", GranSeason},
		{"2018-WI", "2018-12-01", "2019-03-01", GranSeason},
		{"2017-Q3", "2017-07-01", "2017-10-01", GranQuarter},
		{"2017-Q4", "2017-10-01", "2018-01-01", GranQuarter},
		{"2017-H1", "2017-01-01", "2017-07-01", GranHalf},
		{"2017-H2", "2017-07-01", "2018-01-01", GranHalf},
		{"2017-W45", "2017-11-06", "2017-11-13", GranWeek},
		{"2015-W53", "2015-12-28", "2016-01-04", GranWeek},
		{"2018-W01", "2018-01-01", "2018-01-08", GranWeek},
		{"2017-W45-WE", "2017-11-11", "2017-11-13", GranWeekend},
		{"2017-W45-5", "2017-11-10", "2017-11-11", GranDay},
		{"2017-11-10TNI", "2017-11-10T20:00", "2017-11-11T06:00", GranPartOfDay},
		{"2017-11-10TMO", "2017-11-10T06:00", "2017-11-10T12:00", GranPartOfDay},
		{"2017-11-10TAF", "2017-11-10T12:00", "2017-11-10T18:00", GranPartOfDay},
		{"2017-11-10TEV", "2017-11-10T17:00", "2017-11-10T22:00", GranPartOfDay},
		{"2017-11-10T15", "2017-11-10T15:00", "2017-11-10T16:00", GranHour},
		{"2017-11-10T15:00", "2017-11-10T15:00", "2017-11-10T15:01", GranMinute},
		{"2017-11-10T15:04Z", "2017-11-10T15:04", "2017-11-10T15:05", GranMinute},
		{"2017-11-10T24:00", "2017-11-11T00:00", "2017-11-11T00:01", GranMinute},
	}
	for _, tt := range tests {
		iv, err := ParseValue(tt.v)
		if err != nil {
			t.Errorf("ParseValue(%q): %v", tt.v, err)
			continue
		}
		if !iv.Start.Equal(d(tt.start)) || !iv.End.Equal(d(tt.end)) || iv.Gran != tt.gran || iv.Value != tt.v {
			t.Errorf("ParseValue(%q) = [%v, %v) %v %q; want [%s, %s) %v", tt.v, iv.Start, iv.End, iv.Gran, iv.Value, tt.start, tt.end, tt.gran)
		}
	}
}

func TestParseValueErrors(t *testing.T) {
	tests := []struct {
		v    string
		want error
	}{
		{"PRESENT_REF", ErrReference},
		{"PAST_REF", ErrReference},
		{"FUTURE_REF", ErrReference},
		{"XXXX-05", ErrUnanchored},
		{"XXXX-XX-10", ErrUnanchored},
		{"XXXX", ErrUnanchored},
		{"2017-XX", ErrUnanchored},
		{"2017-11-XX", ErrUnanchored},
		{"P3D", ErrNotDate},
		{"PT1H", ErrNotDate},
		{"", ErrInvalid},
		{"2017-02-30", ErrInvalid},
		{"2017-02-29", ErrInvalid},
		{"2017-13", ErrInvalid},
		{"2017-00-10", ErrInvalid},
		{"2017-W54", ErrInvalid},
		{"2017-W53", ErrInvalid}, // 2017 has 52 ISO weeks
		{"2017-Q5", ErrInvalid},
		{"2017-H3", ErrInvalid},
		{"2017-XY", ErrInvalid},
		{"2017-11-10TXY", ErrInvalid},
		{"2017-11-10T25:00", ErrInvalid},
		{"2017-11-10T10:61", ErrInvalid},
		{"2017-11TNI", ErrInvalid},
		{"0000", ErrInvalid},
		{"17-11-10", ErrInvalid},
		{"hello", ErrInvalid},
		{"2017--10", ErrInvalid},
		{"12345", ErrInvalid},
	}
	for _, tt := range tests {
		_, err := ParseValue(tt.v)
		if !errors.Is(err, tt.want) {
			t.Errorf("ParseValue(%q) error = %v; want %v", tt.v, err, tt.want)
		}
	}
}

func FuzzParseValue(f *testing.F) {
	for _, s := range []string{"1945", "194X", "2017-11-10TNI", "2017-W45-WE", "2018-WI", "XXXX-05", "2017-02-30", "2017-11-10T15:04:05.5+01:00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		iv, err := ParseValue(v)

		if err != nil {
			return
		}
		if !iv.Start.Before(iv.End) {
			t.Fatalf("ParseValue(%q) = empty interval [%v, %v)", v, iv.Start, iv.End)
		}
		if iv.Gran == GranUnknown {
			t.Fatalf("ParseValue(%q): unknown granularity", v)
		}
	})
}
