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
