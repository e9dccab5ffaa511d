package timeline_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/timeline"
)

// Dates that state an interval ("by", "since", "before", "between ... and",
// "from ... to"): each entry carries the interval its date gives and sorts
// where its relation puts it; "by 2008" comes before January 2009 and
// "between 2003 and 2005" covers both years (issue 12, item 3).
func TestIntervalsFromText(t *testing.T) {
	text := "In January 2009 Ford reported a loss of $5 billion. Ford had cut 30,000 jobs by 2008, the company said. " +
		"The union has fought the plan since 2006. The plant was closed from 2010 to 2012. Prices rose between 2003 and 2005. " +
		"The firm was founded before 2001.\n"
	a, err := timeline.Analyze(context.Background(), text, timeline.Options{Name: "by.txt", DCT: time.Date(2013, 3, 15, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for i := range a.Entries {
		e := &a.Entries[i]
		if e.Undated() {
			continue
		}
		got = append(got, timeline.DateLabel(e)+" "+e.Interval.Start.Format("2006")+".."+e.Interval.LastDay().Format("2006"))
	}
	want := "before 2001 2001..2001|2003–2005 2003..2005|since 2006 2006..2006|by 2008 2008..2008|Jan 2009 2009..2009|2010–2012 2010..2012"
	if strings.Join(got, "|") != want {
		t.Errorf("entries\n got  %s\n want %s", strings.Join(got, "|"), want)
	}
}

// Numbers in names and designations are no dates (issue 12, item 4): an
// article of March 2013 that names a union local, a flight, an aircraft, a
// road, an article of a treaty and the G20 spans 2013 only, not 292 years
// back to "Local 1520".
func TestDesignationsDoNotStretch(t *testing.T) {
	text := "Members of Local 1520 walked out on Monday after Flight 370 was lost. " +
		"The union said a Boeing 747 had been parked on Route 66 since January. " +
		"Article 5 of the pact was invoked, and the G20 will meet in June.\n"
	a, err := timeline.Analyze(context.Background(), text, timeline.Options{Name: "local.txt", DCT: time.Date(2013, 3, 15, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	dated := 0
	for i := range a.Entries {
		e := &a.Entries[i]
		if e.Undated() {
			continue
		}
		dated++
		if y0, y1 := e.Interval.Start.Year(), e.Interval.LastDay().Year(); y0 != 2013 || y1 != 2013 {
			t.Errorf("%s: %d..%d, want 2013", timeline.DateLabel(e), y0, y1)
		}
	}
	if dated == 0 {
		t.Error("no dated entry: Monday, January and June were dates")
	}
	for _, x := range a.Result().Timexes {
		if x.Value != "" && !strings.HasPrefix(x.Value, "2013") {
			t.Errorf("%q read as %s", text[x.Span.Start:x.Span.End], x.Value)
		}
	}
}
