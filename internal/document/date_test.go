package document

import (
	"testing"
)

func TestParseDate(t *testing.T) {
	cases := []struct {
		in   string
		want string // "" means no date
	}{
		{"November 10, 2017", "2017-11-10"},
		{"Nov. 10, 2017", "2017-11-10"},
		{"Nov 10 2017", "2017-11-10"},
		{"Sept. 5, 2016", "2016-09-05"},
		{"10 November 2017", "2017-11-10"},
		{"10th of November, 2017", "2017-11-10"},
		{"November 10th, 2017", "2017-11-10"},
		{"2017-11-10", "2017-11-10"},
		{"2017-11-10T15:04:05Z", "2017-11-10"},
		{"2017-11-10T23:30:00-05:00", "2017-11-10"}, // the publisher's day, not UTC's
		{"2017/11/10", "2017-11-10"},
		{"Friday, November 10, 2017 3:04 PM", "2017-11-10"},
		{"Fri, 10 Nov 2017 15:04:05 GMT", "2017-11-10"},
		{"Friday, November 10, 2017 at 3:04 p.m. JST", "2017-11-10"},
		{"10/11/2017", ""}, // day/month or month/day: ambiguous
		{"25/11/2017", "2017-11-25"},
		{"11/25/2017", "2017-11-25"},
		{"10.11.2017", "2017-11-10"},
		{"February 30, 2017", ""}, // impossible dates are refused, not normalized
		{"2017-02-29", ""},
		{"2016-02-29", "2016-02-29"},
		{"2017-13-01", ""},
		{"April 31, 2020", ""},
		{"November 10, 2017 was a Friday", ""},
		{"November 2017", ""},
		{"Smarch 10, 2017", ""},
		{"", ""},
	}
	for _, c := range cases {
		got, ok := ParseDate(c.in)
		s := ""
		if ok {
			s = got.Format("2006-01-02")
			if got.Hour() != 0 || got.Location().String() != "UTC" {
				t.Errorf("%q: not UTC midnight: %v", c.in, got)
			}
		}
		if s != c.want {
			t.Errorf("ParseDate(%q) = %q, want %q", c.in, s, c.want)
		}
	}
}

func TestFindDateline(t *testing.T) {
	cases := []struct {
		line string
		want string
		kind int
		text string // the date expression
	}{
		{"  • November 10, 2017", "2017-11-10", datePlain, "November 10, 2017"},
		{"Published: Nov. 10, 2017", "2017-11-10", datePublished, "Nov. 10, 2017"},
		{"Published on 10 November 2017, 09:12", "2017-11-10", datePublished, "10 November 2017"},
		{"Updated 2017-11-11 08:00", "2017-11-11", dateUpdated, "2017-11-11"},
		{"Last updated: Saturday, November 11, 2017", "2017-11-11", dateUpdated, "Saturday, November 11, 2017"},
		{"By Ann Lee | November 10, 2017 | 3:04 PM", "2017-11-10", datePlain, "November 10, 2017"},
		{"Posted Nov 10, 2017 · Updated Nov 11, 2017", "2017-11-10", datePublished, "Nov 10, 2017"},
		{"Updated Nov 11, 2017 · Published Nov 10, 2017", "2017-11-10", datePublished, "Nov 10, 2017"},
		{"The treaty was signed on November 10, 2017.", "", 0, ""},
		{"Published: February 30, 2017", "", 0, ""},
		{"Sales rose 10 percent", "", 0, ""},
	}
	for _, c := range cases {
		dl, ok := findDateline(c.line)
		if !ok {
			if c.want != "" {
				t.Errorf("%q: no dateline, want %s", c.line, c.want)
			}
			continue
		}
		if c.want == "" {
			t.Errorf("%q: dateline %v, want none", c.line, dl.t)
			continue
		}
		if got := dl.t.Format("2006-01-02"); got != c.want || dl.kind != c.kind || c.line[dl.start:dl.end] != c.text {
			t.Errorf("%q: got %s kind %d %q, want %s kind %d %q", c.line, got, dl.kind, c.line[dl.start:dl.end], c.want, c.kind, c.text)
		}
	}
}

func FuzzDCT(f *testing.F) {
	for _, s := range []string{"November 10, 2017", "Published: Nov. 10, 2017 3:04 PM", "2017-11-10T15:04:05Z", "• 10 Nov 2017 | By X", "February 30, 2017", "Fri, 10 Nov 2017 15:04:05 GMT", "Updated 25/11/2017"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if dl, ok := findDateline(s); ok {
			if dl.start < 0 || dl.end > len(s) || dl.start > dl.end {
				t.Fatalf("span %d-%d out of %d", dl.start, dl.end, len(s))
			}
			if y, m, d := dl.t.Date(); y < 1000 || m < 1 || d < 1 || dl.t.Hour() != 0 {
				t.Fatalf("bad date %v", dl.t)
			}
			// The date expression alone parses to the same day.
			if again, ok := ParseDate(s[dl.start:dl.end]); !ok || !again.Equal(dl.t) {
				t.Fatalf("%q: date %q does not reparse to %v", s, s[dl.start:dl.end], dl.t)
			}
		}
		ParseDate(s)
	})
}
