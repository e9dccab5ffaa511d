package output_test

import (
	"bytes"
	"encoding/xml"
	"io"
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
		var b bytes.Buffer
		if err := output.WriteTimelineSVG(&b, []timeline.Entry{e}, output.TimelineSVGOptions{Title: title}); err != nil {
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
	})
}
