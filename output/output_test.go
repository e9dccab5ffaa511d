package output_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/graph"
	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/event"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/output"
	"github.com/chronicle-news/chronicle/timeline"
	"github.com/chronicle-news/chronicle/timeline/timelinetest"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

func awkwardGraph(t testing.TB) *graph.Graph {
	g, err := graph.Build([]*pipeline.Result{timelinetest.Awkward()})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// render calls write twice on fresh inputs and fails unless both give the
// same bytes.
func render(t *testing.T, write func(w io.Writer) error) []byte {
	t.Helper()
	var a, b bytes.Buffer
	if err := write(&a); err != nil {
		t.Fatal(err)
	}
	if err := write(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("same input, different bytes")
	}
	return a.Bytes()
}

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
		t.Errorf("%s differs from the golden file:\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}

func TestDOT(t *testing.T) {
	got := render(t, func(w io.Writer) error {
		return output.WriteDOT(w, awkwardGraph(t), output.DOTOptions{Title: `Title "with" \quotes\`})
	})
	golden(t, "awkward.dot", got)
	s := string(got)
	for _, want := range []string{
		`label="John \"Jack\" O'Neil"`,                       // quotes escaped
		`label="Back\\Slash & Co"`,                           // backslash escaped, plain & kept
		"label=\"A&\u2060amp;B Group\"",                      // entity defused
		`"place:đà-nẵng" [label="Đà Nẵng"`,                   // UTF-8 kept
		`label="Итуруп"`,                                     // Cyrillic kept
		`label="Title \"with\" \\quotes\\ "`,                 // no trailing backslash before the quote
		`[label="took-part-in (agent)", kind="took-part-in"`, // explicit edge labels
	} {
		if !strings.Contains(s, want) {
			t.Errorf("DOT lacks %s", want)
		}
	}
	if strings.Count(s, "->") != strings.Count(s, "-> \"") || strings.Count(s, " -> ") != 20 {
		t.Errorf("edge count: %d", strings.Count(s, " -> "))
	}
}

// Real Graphviz must accept the DOT (skipped when dot is not installed).
func TestDOTWithGraphviz(t *testing.T) {
	dot, err := exec.LookPath("dot")
	if err != nil {
		t.Skip("dot (Graphviz) not on PATH")
	}
	var buf bytes.Buffer
	if err := output.WriteDOT(&buf, awkwardGraph(t), output.DOTOptions{Title: `ends in \`}); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(dot, "-Tsvg")
	cmd.Stdin = &buf
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("dot -Tsvg: %v\n%s", err, stderr.String())
	}
	checkSVG(t, out.Bytes())
}

func checkXML(t *testing.T, b []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		_, err := d.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v", err)
		}
	}
}

// checkSVG checks the SVG is well-formed and shows every awkward name as
// typed: the text content, once XML-decoded, holds the names.
func checkSVG(t *testing.T, svg []byte) {
	t.Helper()
	checkXML(t, svg)
	var texts []string
	d := xml.NewDecoder(bytes.NewReader(svg))
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		if c, ok := tok.(xml.CharData); ok {
			texts = append(texts, strings.ReplaceAll(string(c), "\u2060", ""))
		}
	}
	all := strings.Join(texts, "\n")
	for _, want := range []string{`John "Jack" O'Neil`, "<script>alert(1)</script>", `Back\Slash & Co`, "A&amp;B Group", "Đà Nẵng", "Итуруп", "agent"} {
		if !strings.Contains(all, want) {
			t.Errorf("SVG text lacks %q", want)
		}
	}
	if strings.Contains(all, `\E`) {
		t.Error(`SVG has a default \E edge label`)
	}
	if bytes.Contains(svg, []byte("<script>")) {
		t.Error("raw <script> in the SVG")
	}
}

func TestSVG(t *testing.T) {
	got := render(t, func(w io.Writer) error {
		return output.WriteSVG(w, awkwardGraph(t), output.SVGOptions{Title: "Awkward"})
	})
	checkSVG(t, got)
	// A diagram: a legend of the kinds drawn, short edge labels.
	for _, want := range []string{"<title>cluster_legend</title>", ">person<", ">place<", ">planned or possible<", ">at<"} {
		if !bytes.Contains(got, []byte(want)) {
			t.Errorf("diagram lacks %q", want)
		}
	}
	if bytes.Contains(got, []byte("took-part-in (")) {
		t.Error("diagram edge labels name the edge kind instead of the role")
	}
}

func TestSVGMaxNodes(t *testing.T) {
	var buf bytes.Buffer
	if err := output.WriteSVG(&buf, awkwardGraph(t), output.SVGOptions{MaxNodes: 5, Layout: "sfdp"}); err != nil {
		t.Fatal(err)
	}
	checkXML(t, buf.Bytes())
	if !bytes.Contains(buf.Bytes(), []byte("Overview: ")) {
		t.Error("the title does not say the graph was cut")
	}
	legend := bytes.Count(buf.Bytes(), []byte(`<title>legend:`))
	if n := bytes.Count(buf.Bytes(), []byte(`class="node"`)) - legend; n > 5 || n == 0 {
		t.Errorf("%d nodes drawn; want 1 to 5", n)
	}
	if err := output.WriteSVG(io.Discard, awkwardGraph(t), output.SVGOptions{Layout: "png"}); err == nil {
		t.Error("unknown layout accepted")
	}
}

func TestSVGTimeout(t *testing.T) {
	err := output.WriteSVG(io.Discard, awkwardGraph(t), output.SVGOptions{Timeout: time.Nanosecond})
	if !errors.Is(err, output.ErrLayoutTimeout) || !strings.Contains(err.Error(), "--max-nodes") {
		t.Errorf("err = %v", err)
	}
	// The lock is released when the abandoned render ends: the next works.
	var buf bytes.Buffer
	if err := output.WriteSVG(&buf, awkwardGraph(t), output.SVGOptions{}); err != nil {
		t.Fatal(err)
	}
	checkXML(t, buf.Bytes())
}

func TestTimelineJSON(t *testing.T) {
	dated, undated := timeline.BuildAll([]*pipeline.Result{timelinetest.Awkward()})
	got := render(t, func(w io.Writer) error { return output.WriteTimelineJSON(w, append(dated, undated...)) })
	golden(t, "awkward-timeline.json", got)
	var v struct {
		Timeline []struct {
			Date, Start, End, Modality, Class, Summary string
			Actors, Places                             []string
			Source                                     struct {
				Doc        string
				Start, End int
				Sentence   string
			}
		}
	}
	if err := json.Unmarshal(got, &v); err != nil {
		t.Fatal(err)
	}
	first, night := v.Timeline[0], v.Timeline[2]
	if first.Date != "1945" || first.Start != "1945-01-01" || first.End != "1945-12-31" {
		t.Errorf("1945 entry = %+v", first)
	}
	if night.Start != "2017-11-10" || night.End != "2017-11-11" || night.Actors[1] != "Anna <script>alert(1)</script> Smith" {
		t.Errorf("night entry = %+v", night)
	}
	r := timelinetest.Awkward()
	if s := night.Source; r.Doc.Text[s.Start:s.End] != s.Sentence {
		t.Errorf("source span %d-%d is not the sentence", s.Start, s.End)
	}
	if last := v.Timeline[len(v.Timeline)-1]; last.Start != "" || last.Actors == nil || last.Places == nil {
		t.Errorf("undated entry = %+v", last)
	}
	var empty bytes.Buffer
	output.WriteTimelineJSON(&empty, nil)
	if empty.String() != "{\"timeline\":[]}\n" {
		t.Errorf("empty timeline = %q", empty.String())
	}
}

func TestExtractJSON(t *testing.T) {
	got := render(t, func(w io.Writer) error { return output.WriteExtractJSON(w, timelinetest.Awkward()) })
	golden(t, "awkward-extract.jsonl", got)
	if bytes.Count(got, []byte("\n")) != 1 {
		t.Error("not one line")
	}
	var v map[string]any
	if err := json.Unmarshal(got, &v); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"doc", "dct", "timexes", "entities", "events"} {
		if _, ok := v[k]; !ok {
			t.Errorf("no %q", k)
		}
	}
}

// Offsets are mapped to the file's bytes: a markup document whose text was
// shifted by a tag.
func TestExtractJSONSourceOffsets(t *testing.T) {
	src := "<p>In 1945 &amp; later.</p>"
	b := timelinetest.New("x.html", "", "In 1945 & later.")
	b.R.Doc.Format = "html"
	b.R.Doc.SetOffsets([]document.OffsetPiece{{TextStart: 0, SourceStart: 3, Len: 8}, {TextStart: 8, SourceStart: 15, Len: 8}})
	b.Timex("1945", "DATE", "1945", "")
	b.Timex("later", "DATE", "FUTURE_REF", "")
	var buf bytes.Buffer
	if err := output.WriteExtractJSON(&buf, b.R); err != nil {
		t.Fatal(err)
	}
	var v struct {
		Timexes []struct {
			Start, End int
			Text       string
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	for _, tx := range v.Timexes {
		if src[tx.Start:tx.End] != tx.Text {
			t.Errorf("%q at %d-%d is %q in the file", tx.Text, tx.Start, tx.End, src[tx.Start:tx.End])
		}
	}
}

func TestGraphJSON(t *testing.T) {
	got := render(t, func(w io.Writer) error { return output.WriteGraphJSON(w, awkwardGraph(t)) })
	golden(t, "awkward-graph.json", got)
	var v struct {
		Nodes []map[string]any
		Edges []map[string]any
	}
	if err := json.Unmarshal(got, &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Nodes) != 18 || len(v.Edges) != 20 {
		t.Errorf("%d nodes, %d edges", len(v.Nodes), len(v.Edges))
	}
}

func TestGraphML(t *testing.T) {
	got := render(t, func(w io.Writer) error { return output.WriteGraphML(w, awkwardGraph(t)) })
	golden(t, "awkward.graphml", got)
	checkXML(t, got)
	// Every data key is declared.
	var doc struct {
		Keys []struct {
			ID string `xml:"id,attr"`
		} `xml:"key"`
		Graph struct {
			Nodes []struct {
				ID   string `xml:"id,attr"`
				Data []struct {
					Key string `xml:"key,attr"`
					V   string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"node"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(got, &doc); err != nil {
		t.Fatal(err)
	}
	keys := map[string]bool{}
	for _, k := range doc.Keys {
		keys[k.ID] = true
	}
	names := map[string]bool{}
	for _, n := range doc.Graph.Nodes {
		for _, d := range n.Data {
			if !keys[d.Key] {
				t.Errorf("undeclared key %s", d.Key)
			}
			if d.Key == "n_name" {
				names[d.V] = true
			}
		}
	}
	for _, want := range []string{`John "Jack" O'Neil`, "Anna <script>alert(1)</script> Smith", "A&amp;B Group", `Back\Slash & Co`, "Đà Nẵng"} {
		if !names[want] {
			t.Errorf("GraphML lost name %q", want)
		}
	}
}

func TestMarkdown(t *testing.T) {
	r := timelinetest.Awkward()
	got := render(t, func(w io.Writer) error {
		return output.WriteMarkdown(w, timeline.Build([]*pipeline.Result{r}), awkwardGraph(t), output.MarkdownOptions{Title: "Awkward | test"})
	})
	golden(t, "awkward.md", got)
	for _, line := range strings.Split(string(got), "\n") {
		if !strings.HasPrefix(line, "|") {
			continue
		}
		// Unescaped pipes delimit cells: every table row has 6.
		if n := strings.Count(line, "|") - strings.Count(line, `\|`); n != 6 {
			t.Errorf("row with %d cell delimiters: %s", n, line)
		}
	}
	if strings.Contains(string(got), "<script>") {
		t.Error("raw <script> in Markdown")
	}
}

func BenchmarkWriteDOT(b *testing.B) {
	var rs []*pipeline.Result
	for i := 0; i < 100; i++ {
		r := timelinetest.Awkward()
		r.Doc.ID = "doc" + string(rune('a'+i%26)) + strings.Repeat("x", i/26)
		rs = append(rs, r)
	}
	g, err := graph.Build(rs)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		output.WriteDOT(io.Discard, g, output.DOTOptions{})
	}
}

// Any name must give DOT that Graphviz parses and SVG that is well-formed
// XML.
func FuzzSVGNames(f *testing.F) {
	for _, s := range []string{`"`, `\`, `a\`, `\"`, "&amp;", "&#38;", "<b>x</b>", "\\N \\E \\l", "line\nbreak", "Đà Nẵng", "\x00\xff", "}", "]; x -> y ["} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		g := graph.New()
		a := g.AddNode(graph.Node{ID: "person:" + name, Kind: graph.Person, Name: name})
		b := g.AddNode(graph.Node{ID: "event:" + name, Kind: graph.Event, Name: name, Subtype: name})
		if err := g.AddEdge(graph.Edge{From: a.ID, To: b.ID, Kind: graph.TookPartIn, Roles: []string{name},
			Provenance: []graph.Provenance{{Doc: name, Sentence: name}}}); err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := output.WriteSVG(&buf, g, output.SVGOptions{Title: name}); err != nil {
			t.Fatalf("WriteSVG(%q): %v", name, err)
		}
		checkXML(t, buf.Bytes())
	})
}

// BenchmarkWriteSVG renders a graph of docs copies of the fixture (6 event
// nodes each, entities and times shared): 25 docs give 164 nodes (sfdp),
// 20 give 134 (dot).
func BenchmarkWriteSVG(b *testing.B) {
	for _, docs := range []int{20, 25, 50} {
		var rs []*pipeline.Result
		for i := 0; i < docs; i++ {
			r := timelinetest.Awkward()
			r.Doc.ID = "doc" + strings.Repeat("i", i)
			rs = append(rs, r)
		}
		g, err := graph.Build(rs)
		if err != nil {
			b.Fatal(err)
		}
		n, _ := g.Len()
		b.Run(fmt.Sprintf("%dnodes", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if err := output.WriteSVG(io.Discard, g, output.SVGOptions{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// The JSON's start and end bound the days the event may fall on, opened
// by its relation to the date: what the timeline's order uses.
func TestTimelineJSONRelations(t *testing.T) {
	for _, c := range []struct{ rel, start, end string }{
		{"", "2008-01-01", "2008-12-31"},
		{event.TimeBy, "", "2008-12-31"},
		{event.TimeUntil, "", "2008-12-31"},
		{event.TimeBefore, "", "2007-12-31"},
		{event.TimeSince, "2008-01-01", ""},
		{event.TimeAfter, "2009-01-01", ""},
	} {
		iv, err := timeline.ParseValue("2008")
		if err != nil {
			t.Fatal(err)
		}
		e := timeline.Entry{Date: "2008", Interval: iv, Relation: c.rel}
		if j := output.TimelineJSON(&e); j.Start != c.start || j.End != c.end {
			t.Errorf("%q 2008: start %q end %q, want %q %q", c.rel, j.Start, j.End, c.start, c.end)
		}
	}
}
