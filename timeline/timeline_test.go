package timeline_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/event"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/timex"
	"github.com/chronicle-news/chronicle/timeline"
	"github.com/chronicle-news/chronicle/timeline/timelinetest"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from golden file:\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}

func TestBuildOrderAndFields(t *testing.T) {
	r := timelinetest.Awkward()
	dated, undated := timeline.BuildAll([]*pipeline.Result{r})
	var dates []string
	for _, e := range dated {
		dates = append(dates, e.Date)
	}
	if got, want := strings.Join(dates, " "), "1945 2017-09 2017-11-10TNI 2018-05"; got != want {
		t.Fatalf("dates = %s; want %s", got, want)
	}
	if len(undated) != 2 || undated[0].Summary != "officials met" || undated[1].Summary != "pipes | stop" {
		t.Fatalf("undated = %+v", undated)
	}
	if got := timeline.Build([]*pipeline.Result{r}); len(got) != len(dated) {
		t.Fatalf("Build returned %d entries; BuildAll %d", len(got), len(dated))
	}
	may := dated[3]
	if may.Modality != text.Planned || may.Class != "visit" || may.Summary != "O'Neil to visit Итуруп soon" {
		t.Errorf("May entry = %+v", may)
	}
	if strings.Join(may.Actors, ",") != `John "Jack" O'Neil` || strings.Join(may.Places, ",") != "Итуруп" {
		t.Errorf("May actors/places = %q %q", may.Actors, may.Places)
	}
	src := may.Source
	if src.Doc != "awkward.txt" || r.Doc.Text[src.Start:src.End] != "O'Neil plans to visit Итуруп in May." || src.Sentence != "O'Neil plans to visit Итуруп in May." {
		t.Errorf("May source = %+v", src)
	}
	if r.Doc.Text[src.TriggerStart:src.TriggerEnd] != "visit" || src.Line != 9 {
		t.Errorf("May trigger/line = %+v", src)
	}
}

// On the same start, the coarser interval comes first; then document ID.
func TestOrderSameStart(t *testing.T) {
	mk := func(doc, value string) *pipeline.Result {
		b := timelinetest.New(doc, "2017-11-10", "It happened then.\n")
		id := b.Timex("then", timex.Date, value, "")
		b.Event("happened", 0, event.Event{TimexID: id, Summary: value})
		return b.R
	}
	rs := []*pipeline.Result{mk("b", "2017-11-01"), mk("a", "2017-11-01"), mk("c", "2017-11"), mk("d", "2017"), mk("e", "2017-10-31TNI"), mk("f", "2017-Q4")}
	var got []string
	for _, e := range timeline.Build(rs) {
		got = append(got, e.Source.Doc+"="+e.Date)
	}
	want := "d=2017 f=2017-Q4 e=2017-10-31TNI c=2017-11 a=2017-11-01 b=2017-11-01"
	if strings.Join(got, " ") != want {
		t.Errorf("order = %s; want %s", strings.Join(got, " "), want)
	}
}

// Broken spans and sentence indexes from a faulty stage must not panic.
func TestBuildBadSpans(t *testing.T) {
	b := timelinetest.New("x", "", "Short.\n")
	b.R.Events = append(b.R.Events, event.Event{ID: "ev1", Trigger: documentSpan(-5, 999), Sentence: 42, Value: "2017"},
		event.Event{ID: "ev2", Trigger: documentSpan(3, 1), Sentence: -1, Value: "PRESENT_REF", Participants: []event.Participant{{Entity: "nope"}}})
	dated, undated := timeline.BuildAll([]*pipeline.Result{b.R, nil, {}})
	if len(dated) != 1 || len(undated) != 1 {
		t.Fatalf("dated %d undated %d", len(dated), len(undated))
	}
	var buf bytes.Buffer
	if err := timeline.WriteText(&buf, append(dated, undated...), timeline.TextOptions{Sentences: true}); err != nil {
		t.Fatal(err)
	}
}

func TestWriteText(t *testing.T) {
	dated, undated := timeline.BuildAll([]*pipeline.Result{timelinetest.Awkward()})
	all := append(dated, undated...)
	var plain, color bytes.Buffer
	if err := timeline.WriteText(&plain, all, timeline.TextOptions{Sentences: true}); err != nil {
		t.Fatal(err)
	}
	if err := timeline.WriteText(&color, all, timeline.TextOptions{Color: true}); err != nil {
		t.Fatal(err)
	}
	golden(t, "awkward.txt", plain.Bytes())
	golden(t, "awkward-color.txt", color.Bytes())
	if bytes.Contains(plain.Bytes(), []byte("\x1b")) {
		t.Error("escape sequence in uncolored output")
	}
}

// Article text cannot smuggle terminal control sequences into the output.
func TestWriteTextCleansControls(t *testing.T) {
	e := timeline.Entry{Date: "1945", Summary: "evil\x1b[2J\x07 summary\nsecond line", Actors: []string{"A\rB"}}
	e.Interval, _ = timeline.ParseValue("1945")
	var buf bytes.Buffer
	if err := timeline.WriteText(&buf, []timeline.Entry{e}, timeline.TextOptions{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.ContainsAny(out, "\x1b\x07\r") || strings.Count(out, "\n") != 1 {
		t.Errorf("control characters survived: %q", out)
	}
}

func BenchmarkBuild(b *testing.B) {
	var rs []*pipeline.Result
	for i := 0; i < 200; i++ {
		rs = append(rs, timelinetest.Awkward())
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		timeline.Build(rs)
	}
}

// An era or range ("the war", 2009-2010) covers its first to its last unit:
// it sorts before an event inside it and prints as a span.
func TestRangeEnd(t *testing.T) {
	b := timelinetest.New("r", "2017-11-10", "The war ended. The treaty was signed in 1942.\n")
	id := b.Timex("The war", timex.Date, "1939", "")
	b.R.Timexes[len(b.R.Timexes)-1].RangeEnd = "1945"
	b.Event("ended", 0, event.Event{TimexID: id, Summary: "war ends"})
	id2 := b.Timex("1942", timex.Date, "1942", "")
	b.Event("signed", 0, event.Event{TimexID: id2, Summary: "treaty signed"})
	got := timeline.Build([]*pipeline.Result{b.R})
	if len(got) != 2 || got[0].Summary != "war ends" || got[0].RangeEnd != "1945" {
		t.Fatalf("got %+v", got)
	}
	if s, e := got[0].Interval.Start.Year(), got[0].Interval.LastDay().Year(); s != 1939 || e != 1945 {
		t.Errorf("interval %d..%d, want 1939..1945", s, e)
	}
	if l := timeline.DateLabel(&got[0]); l != "1939–1945" {
		t.Errorf("label %q", l)
	}
}

// An event after (or since, before) its date reads so and sorts where it
// stands: "after the war" comes after what happened in the war.
func TestRelation(t *testing.T) {
	b := timelinetest.New("r", "2017-11-10", "Trade resumed after the war. The treaty was signed in 1943. The feud lasted since 1944.\n")
	id := b.Timex("the war", timex.Date, "1939", "")
	b.R.Timexes[len(b.R.Timexes)-1].RangeEnd = "1945"
	b.Event("resumed", 0, event.Event{TimexID: id, Summary: "trade resumes", TimeRelation: event.TimeAfter})
	b.Event("signed", 0, event.Event{TimexID: b.Timex("1943", timex.Date, "1943", ""), Summary: "treaty signed"})
	b.Event("lasted", 0, event.Event{TimexID: b.Timex("1944", timex.Date, "1944", "END"), Summary: "feud", TimeRelation: event.TimeSince})
	got := timeline.Build([]*pipeline.Result{b.R})
	var order, labels []string
	for i := range got {
		order = append(order, got[i].Summary)
		labels = append(labels, timeline.DateLabel(&got[i]))
	}
	if strings.Join(order, "|") != "treaty signed|feud|trade resumes" {
		t.Errorf("order %q", order)
	}
	if strings.Join(labels, "|") != "1943|since late 1944|after 1939–1945" {
		t.Errorf("labels %q", labels)
	}
}

// An event by or until a date ends within it: "by 2008" comes before what
// happened in January 2009, although 2008 ends where January 2009 begins.
func TestByBeforeNextPeriod(t *testing.T) {
	b := timelinetest.New("r", "2013-03-15", "In January 2009 the company reported a loss. Ford will cut 30,000 jobs by 2008. Talks went on until 2008.\n")
	b.Event("reported", 0, event.Event{TimexID: b.Timex("January 2009", timex.Date, "2009-01", ""), Summary: "loss reported"})
	b.Event("cut", 0, event.Event{TimexID: b.Timex("2008", timex.Date, "2008", ""), Summary: "jobs cut", TimeRelation: event.TimeBy})
	b.Event("went", 0, event.Event{TimexID: b.Timex("until 2008", timex.Date, "2008", ""), Summary: "talks", TimeRelation: event.TimeUntil})
	order := summaries(timeline.Build([]*pipeline.Result{b.R}))
	if strings.Join(order, "|") != "jobs cut|talks|loss reported" {
		t.Errorf("order %q", order)
	}
}

// "late 2023" stands in the last part of the year and "mid 2023" in its
// middle: after "by June 2023" and October 13, before December 2023.
func TestModOrder(t *testing.T) {
	b := timelinetest.New("r", "2023-10-14", "The chief will leave at the end of the year. The deal closed on October 13, 2023. "+
		"It was due by June 2023. Talks ran in mid 2023. A review follows in December 2023.\n")
	b.Event("leave", 0, event.Event{TimexID: b.Timex("the end of the year", timex.Date, "2023", "END"), Summary: "chief leaves"})
	b.Event("closed", 0, event.Event{TimexID: b.Timex("October 13, 2023", timex.Date, "2023-10-13", ""), Summary: "deal closed"})
	b.Event("due", 0, event.Event{TimexID: b.Timex("June 2023", timex.Date, "2023-06", ""), Summary: "due", TimeRelation: event.TimeBy})
	b.Event("ran", 0, event.Event{TimexID: b.Timex("mid 2023", timex.Date, "2023", "MID"), Summary: "talks"})
	b.Event("follows", 0, event.Event{TimexID: b.Timex("December 2023", timex.Date, "2023-12", ""), Summary: "review"})
	order := summaries(timeline.Build([]*pipeline.Result{b.R}))
	if strings.Join(order, "|") != "talks|due|deal closed|chief leaves|review" {
		t.Errorf("order %q", order)
	}
}

// summaries are the entries' summaries in timeline order.
func summaries(es []timeline.Entry) []string {
	var out []string
	for i := range es {
		out = append(out, es[i].Summary)
	}
	return out
}
