package eval

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseExpected(t *testing.T) {
	got, err := ParseExpected("# Expected\n\n- 2002-01-22 | Kmart Corp. | filed for bankruptcy | done\nnote\n- 2002 | Kmart | began a campaign\n")
	if err != nil {
		t.Fatal(err)
	}
	want := []ExpectedLine{
		{Date: "2002-01-22", Actor: "Kmart Corp.", What: "filed for bankruptcy", Status: "done", Line: 3},
		{Date: "2002", Actor: "Kmart", What: "began a campaign", Line: 5},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	if _, err := ParseExpected("- 2002 | only two\n"); err == nil || err.Error()[:6] != "line 1" {
		t.Errorf("malformed line: err %v, want one naming line 1", err)
	}
}

func TestDateAgrees(t *testing.T) {
	for _, c := range []struct {
		exp, value string
		want       bool
	}{
		{"2002-01-22", "2002-01-22", true},
		{"2002-01", "2002-01-22", true},
		{"2002-01-22", "2002-01", true},
		{"by 2007-04-17", "2007-04-17", true},
		{"2007-04-17", "2007-W16", true},
		{"2007-04-16", "2007-04-17T09:26", false},
		{"1978-09-17", "1978-09-17TNI", true},
		{"2012-10-17", "2011-10-17", false},
		{"2002", "", false},
	} {
		if got := DateAgrees(c.exp, c.value); got != c.want {
			t.Errorf("DateAgrees(%q, %q) = %v, want %v", c.exp, c.value, got, c.want)
		}
	}
}

func TestAlignBriefing(t *testing.T) {
	exp := []ExpectedLine{
		{Date: "2002-01-22", Actor: "Kmart Corp.", What: "filed for Chapter 11 bankruptcy protection"},
		{Date: "2002-01-17", Actor: "the board", What: "named James Adamson as chairman"},
		{Date: "2002-01", Actor: "Fleming", What: "stopped shipping food to Kmart stores"},
		{Date: "2001", Actor: "Kmart", What: "began a price-cutting campaign"},
	}
	sys := []BriefLine{
		{Date: "2001", Summary: "Costly price-cutting campaign", Trigger: "campaign"}, // the same campaign, but the fuller line shares more words
		{Date: "2002-01-17", Summary: "Board names Adamson", Trigger: "named", Actors: []string{"James Adamson"}},
		{Date: "2002-01-22", Summary: "Kmart Corp. files for Chapter 11 bankruptcy protection", Trigger: "filed", Actors: []string{"Kmart Corp."}},
		{Date: "2002-01-22", Summary: "Kmart Corp. files its petition in Chicago", Trigger: "filed"},
		{Date: "2001", Summary: "Kmart Corp. begins a costly price-cutting campaign", Trigger: "began"},
	}
	got := AlignBriefing(exp, sys)
	want := []int{2, 1, -1, 4}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// A line that tells the expected happening through a report pairs by two
// words beyond the actor's; one word and the actor do not.
func TestAlignBriefingReports(t *testing.T) {
	exp := []ExpectedLine{
		{Date: "2014-02-19", Actor: "Facebook", What: "agreed to buy WhatsApp for up to $19 billion"},
		{Date: "2012", Actor: "Facebook", What: "paid $1 billion for Instagram"},
	}
	sys := []BriefLine{
		{Date: "2012", Summary: "Facebook says it paid a fee", Trigger: "said"},
		{Date: "2014-02-19", Summary: "Facebook says it would buy WhatsApp", Trigger: "said"},
	}
	if got, want := AlignBriefing(exp, sys), []int{1, -1}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// FuzzParseExpected: any text reads without a panic, and what it returns
// are lines of the text with three fields at least.
func FuzzParseExpected(f *testing.F) {
	f.Add("- 2002-01-22 | Kmart Corp. | filed for bankruptcy | done\n")
	f.Add("- 2002 | a\n- | | |\n# title\n")
	f.Fuzz(func(t *testing.T, src string) {
		got, err := ParseExpected(src)
		if err != nil {
			return
		}
		for _, x := range got {
			if x.Line < 1 || x.Line > strings.Count(src, "\n")+1 {
				t.Fatalf("line %d of a %d-line text", x.Line, strings.Count(src, "\n")+1)
			}
			DateAgrees(x.Date, x.Date)
		}
		AlignBriefing(got, []BriefLine{{Date: "2002", Summary: src, Trigger: src}})
	})
}
