package output_test

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/chronicle-news/chronicle/graph"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/output"
	"github.com/chronicle-news/chronicle/timeline"
	"github.com/chronicle-news/chronicle/timeline/timelinetest"
)

func awkwardBriefing(t *testing.T) []byte {
	r := timelinetest.Awkward()
	dated, undated := timeline.BuildAll([]*pipeline.Result{r})
	g := awkwardGraph(t)
	var svg bytes.Buffer
	if err := output.WriteSVG(&svg, g.Relations(), output.SVGOptions{}); err != nil {
		t.Fatal(err)
	}
	return render(t, func(w io.Writer) error {
		return output.WriteBriefingHTML(w, output.Briefing{
			Title:    `Awkward <script>alert("t")</script>`,
			Sources:  []output.BriefingSource{{ID: "awkward.txt", Title: `<img src=x onerror=alert(1)>`, Publisher: "A&B \"News\"", Date: "2017-11-10"}},
			Entries:  append(dated, undated...),
			Graph:    g,
			GraphSVG: svg.Bytes(),
		})
	})
}

// TestBriefingHTML: a golden file; the page parses as HTML with every
// section; no element or attribute comes from article text.
func TestBriefingHTML(t *testing.T) {
	got := awkwardBriefing(t)
	golden(t, "briefing.html", got)
	doc, err := html.Parse(bytes.NewReader(got))
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	var texts []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.ElementNode:
			switch strings.ToLower(n.Data) {
			case "script", "img", "iframe", "object", "embed", "b":
				t.Errorf("<%s> element in the page", n.Data)
			}
			for _, a := range n.Attr {
				k := strings.ToLower(a.Key)
				if strings.HasPrefix(k, "on") || strings.Contains(strings.ToLower(a.Val), "javascript:") {
					t.Errorf("attribute %s=%q on <%s>", a.Key, a.Val, n.Data)
				}
				if k == "href" || k == "src" || k == "xlink:href" {
					if !strings.HasPrefix(a.Val, "#") {
						t.Errorf("external reference %s=%q: the page must be self-contained", a.Key, a.Val)
					}
				}
				if k == "id" {
					ids[a.Val] = true
				}
			}
		case html.TextNode:
			texts = append(texts, n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, id := range []string{"sources", "timeline", "graph", "entities", "events"} {
		if !ids[id] {
			t.Errorf("no section %q", id)
		}
	}
	all := strings.Join(texts, "\n")
	for _, want := range []string{`Awkward <script>alert("t")</script>`, `<img src=x onerror=alert(1)>`, `John "Jack" O'Neil`, "Итуруп", "In 1945 the Red Army seized Итуруп.", "planned"} {
		if !strings.Contains(all, want) {
			t.Errorf("page text lacks %q", want)
		}
	}
}

func TestBriefingHTMLEmpty(t *testing.T) {
	var b bytes.Buffer
	if err := output.WriteBriefingHTML(&b, output.Briefing{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<title>Briefing</title>", "No events found.", "No names found."} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("empty briefing lacks %q", want)
		}
	}
}

// A corpus briefing opens with the overview (main events, both diagrams),
// then a section per main actor or place, and lists the sources by date
// and title with the file names last.
func TestBriefingCorpus(t *testing.T) {
	a, b := timelinetest.Awkward(), timelinetest.Awkward()
	b.Doc.ID = "second.txt"
	results := []*pipeline.Result{a, b}
	dated, undated := timeline.BuildAll(results)
	g, err := graph.Build(results)
	if err != nil {
		t.Fatal(err)
	}
	got := render(t, func(w io.Writer) error {
		return output.WriteBriefingHTML(w, output.Briefing{
			Title: "Two articles",
			Sources: []output.BriefingSource{
				{ID: "z-first-file-with-a-very-long-name-that-used-to-squeeze-the-table.txt", Title: "Later", Date: "2017-11-11"},
				{ID: "a.txt", Title: "Earlier", Date: "2017-11-10"},
			},
			Entries: append(dated, undated...),
			Graph:   g,
		})
	})
	golden(t, "briefing-corpus.html", got)
	page := string(got)
	last := -1
	for _, want := range []string{`id="main"`, `id="timeline"`, `id="graph"`, `id="actors"`, `id="entities"`, `id="sources"`, `id="events"`} {
		i := strings.Index(page, want)
		if i < 0 || i < last {
			t.Errorf("%s missing or out of order", want)
		}
		last = i
	}
	if !(strings.Index(page, ">Earlier<") < strings.Index(page, ">Later<")) {
		t.Error("sources not in date order")
	}
	if strings.Count(page, `class="entity"`) == 0 {
		t.Error("no entity section")
	}
	// One article: no entity sections.
	if bytes.Contains(awkwardBriefing(t), []byte(`id="actors"`)) {
		t.Error("a one-article briefing has entity sections")
	}
}
