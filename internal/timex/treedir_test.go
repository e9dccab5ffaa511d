package timex

import (
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/syntax"
	"github.com/chronicle-news/chronicle/internal/text"
)

// TestTreeDirection: the verb a date without a year hangs on decides its
// year, in sentences written for this test (each row: the document date,
// the text, the expression and the value wanted).
func TestTreeDirection(t *testing.T) {
	m, err := syntax.Default()
	if err != nil {
		t.Fatal(err)
	}
	day := func(s string) time.Time {
		d, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	for _, tc := range []struct{ dct, in, expr, want string }{
		// A past verb: the month before the writing, though a later month
		// is nearer ("was fired in July", written in March).
		{"2013-03-12", "Smith was fired from his job in July, his lawyer said on Monday.", "July", "2012-07"},
		// "since" starts no later than now, whatever the verb.
		{"2022-01-18", "The airline has been in crisis since March.", "March", "2021-03"},
		{"2013-03-12", "Shares of the company rose sharply in April.", "April", "2012-04"},
		{"2013-03-12", "The vote was held in February.", "February", "2013-02"},
		// Future and planned: ahead, though an earlier month is nearer.
		{"2013-03-12", "The union will vote in February.", "February", "2014-02"},
		{"2013-03-12", "The company said the payment will be made in July.", "July", "2013-07"},
		{"2017-11-10", "Abe plans to visit Russia in May.", "May", "2018-05"},
		// Planned now, in the present passive: ahead.
		{"2013-03-22", "New talks are set for Tuesday, officials said.", "Tuesday", "2013-03-26"},
		{"2013-03-22", "A ruling is expected Thursday.", "Thursday", "2013-03-28"},
		{"2013-01-10", "Elections are due in November.", "November", "2013-11"},
		// A date a past verb of scheduling just fixed for its object lies
		// ahead.
		{"2023-11-03", "Judge Ann Lowe set his sentencing for March 28.", "March 28", "2024-03-28"},
		{"2023-11-03", "The board scheduled a vote for Tuesday.", "Tuesday", "2023-11-07"},
		// a participle of planning with "for" sets its date ahead, unless
		// its noun's verb is past
		{"2012-10-22", "A march planned for Sunday will go ahead, organisers said.", "Sunday", "2012-10-28"},
		{"1999-10-24", "A memorial service planned at the university for Saturday was canceled after security plans were leaked.", "Saturday", "1999-10-23"},
		// a present of a happening tells what is scheduled ahead; a
		// present report, or a form that is also the past, does not
		{"2012-10-22", "The agreement takes effect on Sunday.", "Sunday", "2012-10-28"},
		{"2012-10-22", "Talks resume on Thursday in Oslo.", "Thursday", "2012-10-25"},
		// A date on a noun of time takes that noun's verb: "in the early
		// hours of March 3".
		{"2009-12-19", "The plane crashed in the early hours of March 3.", "March 3", "2009-03-03"},
		{"2009-12-19", "The envoy will arrive on the morning of March 3.", "March 3", "2010-03-03"},
		{"2009-06-19", "The storm hit the coast in the early hours of October 3.", "October 3", "2008-10-03"},
		// The object of a past verb of scheduling is the planned event:
		// its date lies ahead; what was held is past.
		{"2000-01-07", "Protesters planned a large demonstration in the old town on Saturday.", "Saturday", "2000-01-08"},
		{"2021-06-09", "The union scheduled a two-day strike on Monday, its leader said.", "Monday", "2021-06-14"},
		{"2000-01-07", "Protesters held a large demonstration in the old town on Saturday.", "Saturday", "2000-01-01"},
		// A plan already overtaken is past; an end point is not the verb's time.
		{"1989-10-30", "The offer, which had been scheduled to expire on Friday, was extended to November 16.", "Friday", "1989-10-27"},
		{"1989-10-30", "The offer, which had been scheduled to expire on Friday, was extended to November 16.", "November 16", "1989-11-16"},
		// A command is for later, whatever the clause around it says.
		{"2013-03-15", "Call me Sunday night at 8 PM, she wrote.", "Sunday night", "2013-03-17TNI"},
		{"2013-03-15", "Call me Sunday night at 8 PM, she wrote.", "8 PM", "2013-03-17T20:00"},
		// ... in quotation marks too, before the verb that reports it.
		{"2013-03-15", "\"Call me Sunday night at 8 PM,\" she wrote.", "Sunday night", "2013-03-17TNI"},
		// "until" sets a deadline, which a past or perfect verb does not
		// move back; a range's "to" keeps the tense.
		{"2021-06-07", "The city has given the tenants until 5 p.m. Thursday to leave.", "5 p.m. Thursday", "2021-06-10T17:00"},
		{"2021-06-09", "The board extended the offer until Friday.", "Friday", "2021-06-11"},
		// ... however the parser hangs "until" on the clock time before the day.
		{"2000-04-03", "The talks failed after two days of haggling, and the agency extended its deadline until 9 a.m. EST Tuesday.", "9 a.m. EST Tuesday", "2000-04-04T09:00"},
		// ... and a future verb sets it ahead, though the day before is nearer.
		{"2013-03-22", "Banks will stay closed until Tuesday.", "Tuesday", "2013-03-26"},
		{"2013-03-22", "The shop was closed until Tuesday.", "Tuesday", "2013-03-19"},
		// "payable", "due", "effective" set the date after them ahead of
		// the past verb: the nearest such date.
		{"1989-11-03", "The board declared a quarterly dividend of 20 cents, payable Dec. 20.", "Dec. 20", "1989-12-20"},
		{"2020-12-14", "The council approved the new fares, effective Jan. 4.", "Jan. 4", "2021-01-04"},
		{"2021-06-10", "The fund bought shares from May 3 to Tuesday.", "Tuesday", "2021-06-08"},
		// A quarter still to come told in the past is last year's, unless
		// the sentence counts a fiscal year.
		{"2016-01-20", "The bank reported a loss for the fourth quarter.", "the fourth quarter", "2015-Q4"},
		{"2016-01-20", "The bank expects a loss in the fourth quarter.", "the fourth quarter", "2016-Q4"},
		{"2016-08-10", "The retailer, whose fiscal year ends in June, reported a loss for the fourth quarter.", "the fourth quarter", "2016-Q4"},
		// A modal leaves it to the words around: "would" reports a future.
		{"2013-03-22", "Cameron announced on Friday that he would resign by October.", "October", "2013-10"},
		// A clause's "would" tells a future seen from the past: ahead,
		// though the same date last year is nearer.
		{"2023-01-19", "She also said the country would hold a general election on October 14.", "October 14", "2023-10-14"},
		{"2021-02-03", "The minister said the border would reopen on September 1.", "September 1", "2021-09-01"},
		// A day written between the reporting verb and the clause it
		// reports is the report's, though the parser hangs it on the
		// clause's verb.
		{"2013-03-20", "He said Tuesday that the plant would close next year.", "Tuesday", "2013-03-19"},
		{"2013-03-20", "Officials said Monday the plant would close.", "Monday", "2013-03-18"},
		{"2013-03-20", "Officials said the plant would close Monday.", "Monday", "2013-03-25"},
		// "That" opening a sentence before a month is its determiner,
		// though the parser calls it a complementizer.
		{"2017-11-10", "The treaty was drafted in March 2015. That August it was signed.", "That August", "2015-08"},
		// What is forecast, predicted or likely is still to come.
		{"2013-03-20", "The storm is forecast to hit the coast on Sunday.", "Sunday", "2013-03-24"},
		{"2013-03-20", "The bill is likely to pass on Monday.", "Monday", "2013-03-25"},
	} {
		doc := &document.Document{Text: tc.in, DCT: day(tc.dct)}
		sents := text.Segment(doc)
		got := ""
		for _, tx := range TagParsed(doc, sents, m.ParseSentences(sents)) {
			if tc.in[tx.Start:tx.End] == tc.expr {
				got = tx.Value
			}
		}
		if got != tc.want {
			t.Errorf("%s %q: %q = %q, want %q", tc.dct, tc.in, tc.expr, got, tc.want)
		}
	}
}
