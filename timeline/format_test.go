package timeline

import "testing"

func TestFormatValue(t *testing.T) {
	tests := []struct{ v, want string }{
		{"1945", "1945"},
		{"194X", "1940s"},
		{"199", "1990s"},
		{"19", "20th century"},
		{"20XX", "21st century"},
		{"2017-09", "Sep 2017"},
		{"2017-11-06", "Mon 6 Nov 2017"},
		{"2017-11-10TNI", "Fri 10 Nov 2017, night"},
		{"2017-11-10TEV", "Fri 10 Nov 2017, evening"},
		{"2017-11-10T15:00", "Fri 10 Nov 2017, 15:00"},
		{"2018-SP", "spring 2018"},
		{"2018-WI", "winter 2018/19"},
		{"2018-05", "May 2018"},
		{"2017-Q3", "Q3 2017"},
		{"2017-H1", "first half of 2017"},
		{"2017-W45", "week 45 of 2017"},
		{"PRESENT_REF", "now"},
		{"XXXX-05", "XXXX-05"},
		{"2017-02-30", "2017-02-30"},
	}
	for _, tt := range tests {
		if got := FormatValue(tt.v); got != tt.want {
			t.Errorf("FormatValue(%q) = %q; want %q", tt.v, got, tt.want)
		}
	}
}

func FuzzFormatValue(f *testing.F) {
	for _, s := range []string{"1945", "194X", "2017-11-10TNI", "2017-W45-WE", "2018-WI", "XXXX-05", "2017-02-30", "2017-11-10T15:04:05.5+01:00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		if FormatValue(v) == "" && v != "" {
			t.Fatalf("FormatValue(%q) is empty", v)
		}
	})
}
