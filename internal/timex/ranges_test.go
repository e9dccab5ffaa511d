package timex

import (
	"fmt"
	"testing"
)

// TestSplitRanges: a range of years written as two numbers becomes one
// expression per year for TimeML; anything else is kept whole.
func TestSplitRanges(t *testing.T) {
	for _, tc := range []struct {
		text, value, end string
		want             string
	}{
		{"1861-1865", "1861", "1865", "[1861 1861] [1865 1865]"},
		{"1915-17", "1915", "1917", "[1915 1915] [17 1917]"},
		{"1915 to 1916", "1915", "1916", "[1915 1915] [1916 1916]"},
		{"2003 and 2005", "2003", "2005", "[2003 2003] [2005 2005]"},
		{"World War II", "1939", "1945", "[World War II 1939]"}, // a range, not an era (Rule "")
		{"2009-2010s", "2009", "2010", "[2009-2010s 2009]"},
		{"1990", "1990", "", "[1990 1990]"},
	} {
		tx := Timex{ID: "t1", Type: Date, Value: tc.value, RangeEnd: tc.end}
		tx.End = len(tc.text)
		got := ""
		for i, x := range SplitRanges(tc.text, []Timex{tx}) {
			if i > 0 {
				got += " "
			}
			got += fmt.Sprintf("[%s %s]", tc.text[x.Start:x.End], x.Value)
			if x.RangeEnd != "" && len(SplitRanges(tc.text, []Timex{tx})) > 1 {
				t.Errorf("%q: part %d keeps RangeEnd %q", tc.text, i, x.RangeEnd)
			}
		}
		if got != tc.want {
			t.Errorf("%q: got %s, want %s", tc.text, got, tc.want)
		}
	}
}

// TestSplitRangesEras: an era's name is an event's in TimeML, not a
// TIMEX3; the expressions around it stay, in order.
func TestSplitRangesEras(t *testing.T) {
	txs := []Timex{
		{ID: "t1", Type: Date, Value: "1936", Rule: "year"},
		{ID: "t2", Type: Date, Value: "1939", RangeEnd: "1945", Rule: "era"},
		{ID: "t3", Type: Date, Value: "1947", RangeEnd: "1991", Rule: "era"},
		{ID: "t4", Type: Duration, Value: "P2Y", Rule: "durn"},
	}
	var got []string
	for _, x := range SplitRanges("", txs) {
		got = append(got, x.ID)
	}
	if fmt.Sprint(got) != "[t1 t4]" {
		t.Errorf("got %v, want [t1 t4]", got)
	}
	if len(txs) != 4 || txs[1].Rule != "era" {
		t.Errorf("the input was changed: %v", txs)
	}
}
