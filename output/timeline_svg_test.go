package output_test

import (
	"bytes"
	"cmp"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/output"
	"github.com/chronicle-news/chronicle/timeline"
	"github.com/chronicle-news/chronicle/timeline/timelinetest"
)

func awkwardTimelineSVG(t *testing.T) []byte {
	dated, undated := timeline.BuildAll([]*pipeline.Result{timelinetest.Awkward()})
	return render(t, func(w io.Writer) error {
		return output.WriteTimelineSVG(w, append(dated, undated...), output.TimelineSVGOptions{Title: `Awkward <b>"title"</b> & co`})
	})
}

// TestTimelineSVG: a golden file, well-formed XML, untrusted text kept as
// inert text, and the drawing's parts present.
func TestTimelineSVG(t *testing.T) {
	got := awkwardTimelineSVG(t)
	golden(t, "timeline.svg", got)
	checkXML(t, got)
	texts := svgTexts(t, got)
	for _, want := range []string{`Awkward <b>"title"</b> & co`, `O'Neil met "Anna" <script>`, "Итуруп", "72 years", "planned", "without a date not shown"} {
		if !strings.Contains(texts, want) {
			t.Errorf("SVG text lacks %q", want)
		}
	}
	for _, bad := range []string{"<script", "<b>", "onerror"} {
		if bytes.Contains(bytes.ToLower(got), []byte(bad)) {
			t.Errorf("raw %q in the SVG markup", bad)
		}
	}
	// 1945 is a year: a band; Friday night is a dot.
	if !bytes.Contains(got, []byte(`class="mark band"`)) || !bytes.Contains(got, []byte("<circle")) {
		t.Error("want bands for coarse dates and dots for days")
	}
	if !bytes.Contains(got, []byte(`class="event planned"`)) {
		t.Error("planned event not styled apart")
	}
}

func svgTexts(t *testing.T, svg []byte) string {
	t.Helper()
	var texts []string
	d := xml.NewDecoder(bytes.NewReader(svg))
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG does not parse: %v", err)
		}
		if c, ok := tok.(xml.CharData); ok {
			texts = append(texts, string(c))
		}
	}
	return strings.Join(texts, "\n")
}

func TestTimelineSVGEmpty(t *testing.T) {
	var b bytes.Buffer
	if err := output.WriteTimelineSVG(&b, nil, output.TimelineSVGOptions{}); err != nil {
		t.Fatal(err)
	}
	checkXML(t, b.Bytes())
	if !strings.Contains(svgTexts(t, b.Bytes()), "no event has a date") {
		t.Error("an empty timeline does not say why it is empty")
	}
}

// TestTimelineSVGBreaks: a long empty stretch is cut and labelled; close
// events are not.
func TestTimelineSVGBreaks(t *testing.T) {
	day := func(y int, m time.Month, d int) timeline.Entry {
		v := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
		iv, err := timeline.ParseValue(v)
		if err != nil {
			t.Fatal(err)
		}
		return timeline.Entry{Date: v, Interval: iv, Summary: "event " + v, Class: "meeting"}
	}
	for _, tc := range []struct {
		name    string
		entries []timeline.Entry
		cut     string
	}{
		{"decades", []timeline.Entry{day(1990, 3, 1), day(2017, 9, 7), day(2017, 11, 10)}, "28 years"},
		{"one month", []timeline.Entry{day(2017, 11, 1), day(2017, 11, 6), day(2017, 11, 30)}, ""},
	} {
		var b bytes.Buffer
		if err := output.WriteTimelineSVG(&b, tc.entries, output.TimelineSVGOptions{}); err != nil {
			t.Fatal(err)
		}
		n := strings.Count(b.String(), `class="gap"`)
		switch {
		case tc.cut == "" && n != 0:
			t.Errorf("%s: %d cuts, want none", tc.name, n)
		case tc.cut != "" && (n != 1 || !strings.Contains(b.String(), tc.cut)):
			t.Errorf("%s: %d cuts, want one saying %q", tc.name, n, tc.cut)
		}
	}
}

// FuzzTimelineSVG: any summary, actor or title gives well-formed XML with
// no markup of its own.
func FuzzTimelineSVG(f *testing.F) {
	f.Add("Putin met Abe", "Đà Nẵng", `<script>alert(1)</script>`)
	f.Add("a]]>b", "\x00\xff", `"'&<>`)
	f.Fuzz(func(t *testing.T, summary, actor, title string) {
		iv, _ := timeline.ParseValue("2017-11-10")
		e := timeline.Entry{Date: "2017-11-10", Interval: iv, Summary: summary, Actors: []string{actor}, Class: "meeting"}
		// One event: the full drawing. Sixty over five years, two of them
		// with the input as an actor, in 600 px: the overview, lanes too.
		many := []timeline.Entry{e}
		for i := range 60 {
			v := fmt.Sprintf("%d-%02d", 2010+i%5, 1+i%12)
			iv, _ := timeline.ParseValue(v)
			m := timeline.Entry{Date: v, Interval: iv, Summary: summary, Actors: []string{actor}, Class: "visit", Modality: "planned", Source: timeline.Source{Doc: title, Sentence: summary}}
			if i%3 == 0 {
				m.Actors = []string{"X"}
			}
			many = append(many, m)
		}
		slices.SortStableFunc(many, func(a, b timeline.Entry) int { return a.Interval.Start.Compare(b.Interval.Start) })
		for _, entries := range [][]timeline.Entry{{e}, many} {
			var b bytes.Buffer
			if err := output.WriteTimelineSVG(&b, entries, output.TimelineSVGOptions{Title: title, MaxHeight: 600}); err != nil {
				t.Fatal(err)
			}
			d := xml.NewDecoder(&b)
			for {
				tok, err := d.Token()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatalf("not XML: %v", err)
				}
				if se, ok := tok.(xml.StartElement); ok && (se.Name.Local == "script" || se.Name.Local == "b") {
					t.Fatalf("markup from the input: <%s>", se.Name.Local)
				}
			}
		}
	})
}

// corpusEntries: n synthetic entries over years years from 1 Jan 2000, in
// timeline order, as a corpus of many articles gives: a few recurring
// actors, one-word summaries with and without an actor, coarse dates,
// planned and negated events, and a quiet decade before the last few.
func corpusEntries(t *testing.T, n, years int) []timeline.Entry {
	t.Helper()
	actors := [][]string{{"Apple"}, {"Apple", "Steve Jobs"}, {"Samsung"}, {"Google"}, nil, {"Nokia"}, {"Apple"}, nil, {"Microsoft"}, {"Samsung", "Apple"}}
	summaries := []string{"announces a new phone", "Visit", "sues over patents", "End", "reports quarterly earnings", "Claim", "opens a store in Paris"}
	modality := []string{"actual", "actual", "actual", "planned", "actual", "negated", "possible"}
	seed := uint32(1)
	rnd := func(k int) int {
		seed = seed*1664525 + 1013904223
		return int(seed>>8) % k
	}
	days := years * 365
	var out []timeline.Entry
	for i := range n {
		d := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rnd(days))
		if i >= n-3 {
			d = time.Date(2000+years+10, time.Month(1+i%12), 1+i%28, 0, 0, 0, 0, time.UTC)
		}
		v := d.Format("2006-01-02")
		switch i % 9 {
		case 4:
			v = d.Format("2006-01")
		case 7:
			v = d.Format("2006")
		}
		iv, err := timeline.ParseValue(v)
		if err != nil {
			t.Fatal(err)
		}
		a := actors[rnd(len(actors))]
		s := summaries[rnd(len(summaries))]
		if len(a) > 0 && len(strings.Fields(s)) > 1 {
			s = a[0] + " " + s
		}
		out = append(out, timeline.Entry{
			Date: v, Interval: iv, Summary: s, Actors: a, Class: []string{"meeting", "visit", "statement", "occurrence"}[i%4],
			Modality: modality[rnd(len(modality))],
			Source:   timeline.Source{Doc: fmt.Sprintf("doc%03d.txt", i%60), Index: rnd(12), Sentence: fmt.Sprintf("Sentence %d <i>of</i> doc %d.", i, i%60)},
		})
	}
	slices.SortStableFunc(out, func(a, b timeline.Entry) int { return a.Interval.Start.Compare(b.Interval.Start) })
	return out
}

// TestTimelineSVGOverview: many events over a few years are drawn as an
// overview: a block per period saying how many events it has, a lane per
// recurring actor, the most salient lines, the shown count in the
// subtitle. A golden file, so a change to the drawing is seen.
func TestTimelineSVGOverview(t *testing.T) {
	entries := corpusEntries(t, 400, 2)
	got := render(t, func(w io.Writer) error {
		return output.WriteTimelineSVG(w, entries, output.TimelineSVGOptions{Title: "400 events", MaxHeight: 2500})
	})
	golden(t, "timeline-overview.svg", got)
	checkXML(t, got)
	if h := svgHeight(t, got); h > 2500 {
		t.Errorf("height %d > 2500", h)
	}
	texts := svgTexts(t, got)
	for _, want := range []string{"lanes:", "Apple", "Samsung", "other", " events", "of them shown, the rest counted by period", "10 years", "Mar 2001"} {
		if !strings.Contains(texts, want) {
			t.Errorf("overview lacks %q", want)
		}
	}
	if !strings.Contains(texts, "<i>of</i>") || bytes.Contains(got, []byte("<i>")) {
		t.Error("a sentence's markup is not kept as escaped text")
	}
	if n := bytes.Count(got, []byte(`class="period"`)); n < 10 {
		t.Errorf("%d period blocks, want a month each", n)
	}
	if n := bytes.Count(got, []byte(`class="cell"`)); n < 20 {
		t.Errorf("%d lane cells", n)
	}
	checkLabels(t, got)
}

// TestTimelineSVGOverviewHeight: whatever the number of events and the
// budget, the drawing stays within MaxHeight (0 is 4000), says how many it
// shows, and no line is one bare word.
func TestTimelineSVGOverviewHeight(t *testing.T) {
	for _, tc := range []struct {
		n, years, maxH int
	}{
		{1000, 20, 0},
		{1000, 20, 1500},
		{3000, 2, 0},
		{200, 300, 1200},
		{5000, 1, 900},
	} {
		entries := corpusEntries(t, tc.n, tc.years)
		got := render(t, func(w io.Writer) error {
			return output.WriteTimelineSVG(w, entries, output.TimelineSVGOptions{MaxHeight: tc.maxH})
		})
		checkXML(t, got)
		budget := cmp.Or(tc.maxH, 4000)
		if h := svgHeight(t, got); h > budget {
			t.Errorf("%d events over %d years: height %d > %d", tc.n, tc.years, h, budget)
		}
		if !strings.Contains(svgTexts(t, got), fmt.Sprintf("%d dated events", tc.n)) {
			t.Errorf("%d events over %d years: subtitle does not count them", tc.n, tc.years)
		}
		checkLabels(t, got)
	}
}

// TestTimelineSVGFewDocuments: a handful of events stays the full drawing;
// the same events from many documents with labels far from their marks
// become an overview.
func TestTimelineSVGFewDocuments(t *testing.T) {
	entries := corpusEntries(t, 30, 20)
	var b bytes.Buffer
	if err := output.WriteTimelineSVG(&b, entries[:8], output.TimelineSVGOptions{}); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(b.Bytes(), []byte(`class="period"`)) {
		t.Error("8 events drawn as an overview")
	}
	// 30 events in one week of 2005: the labels fan out far below.
	for i := range entries {
		entries[i].Interval = entries[i%3].Interval
		entries[i].Date = entries[i%3].Date
	}
	entries[0].Interval, entries[0].Date = entries[29].Interval, entries[29].Date
	b.Reset()
	if err := output.WriteTimelineSVG(&b, entries, output.TimelineSVGOptions{}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b.Bytes(), []byte(`class="period"`)) {
		t.Error("30 events of 30 documents with a fan of leader lines: want an overview")
	}
}

func svgHeight(t *testing.T, svg []byte) int {
	t.Helper()
	var h int
	i := bytes.Index(svg, []byte(`height="`))
	if i < 0 {
		t.Fatal("no height")
	}
	if _, err := fmt.Sscanf(string(svg[i+len(`height="`):]), "%d", &h); err != nil {
		t.Fatal(err)
	}
	return h
}

// checkLabels fails on an event label that is one bare word: a one-word
// summary needs something after it (actors, places) on its line.
func checkLabels(t *testing.T, svg []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(svg))
	var class, summary string
	lines := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			class = ""
			for _, a := range tok.Attr {
				if a.Name.Local == "class" {
					class = a.Value
				}
			}
			if tok.Name.Local == "text" {
				summary = ""
			}
		case xml.CharData:
			switch class {
			case "summary":
				summary = string(tok)
				lines++
			case "extra":
				if summary != "" && strings.TrimLeft(string(tok), " ·") != "" {
					summary += " " + string(tok)
				}
			}
		case xml.EndElement:
			if tok.Name.Local == "text" && summary != "" && len(strings.Fields(summary)) < 2 {
				t.Errorf("bare label %q", summary)
			}
		}
	}
	if lines == 0 {
		t.Error("no event lines")
	}
}

// TestTimelineSVGOverviewBareVerbs: one-word summaries ("Visit", "To
// launch") with no actor or place are counted, never shown alone; with an
// actor they are.
func TestTimelineSVGOverviewBareVerbs(t *testing.T) {
	entries := corpusEntries(t, 120, 2)
	for i := range entries {
		entries[i].Summary = []string{"To launch", "Visit", "End"}[i%3]
		entries[i].Actors, entries[i].Places = nil, nil
		if i == 49 { // "Visit"
			entries[i].Actors = []string{"Nokia"}
		}
	}
	got := render(t, func(w io.Writer) error {
		return output.WriteTimelineSVG(w, entries, output.TimelineSVGOptions{MaxHeight: 1200})
	})
	texts := svgTexts(t, got)
	for _, bare := range []string{"To launch", "End"} {
		if strings.Contains(texts, bare) {
			t.Errorf("bare %q shown", bare)
		}
	}
	if !strings.Contains(texts, "Nokia") || !strings.Contains(texts, "120 dated events") || !strings.Contains(texts, "1 of them shown") {
		t.Errorf("want the one line with an actor and the count of the rest:\n%s", texts)
	}
}
