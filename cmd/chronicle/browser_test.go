package main

import (
	"context"
	"fmt"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/chronicle-news/chronicle/graph"
	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/internal/web"
	"github.com/chronicle-news/chronicle/timeline"
)

// The browser tests open what Chronicle writes in headless Chromium, as an
// analyst's browser would: the page must load with no console error or
// exception, show the expected names, and run nothing that came from an
// article. .ci/run installs Debian's chromium; elsewhere the tests skip
// when no browser is found. Screenshots go to $CHRONICLE_SCREENSHOTS when it
// is set (a temporary directory otherwise).

func browserPath(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("no Chromium found; .ci/run should have installed the chromium package")
	}
	t.Skip("no Chromium or Chrome on PATH: browser tests skipped (apt-get install chromium)")
	return ""
}

// browserPage is what a loaded page reported.
type browserPage struct {
	errors []string // console errors and uncaught exceptions
}

// openInBrowser loads url in a fresh headless browser, waits for the
// selector, runs check, and saves a full-page screenshot as name.png.
func openInBrowser(t *testing.T, url, waitFor, name string, check func(ctx context.Context) error) *browserPage {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(browserPath(t)),
		chromedp.NoSandbox, // CI runs as root, where Chromium's sandbox cannot start
		chromedp.DisableGPU,
		chromedp.WindowSize(1200, 900),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()

	page := &browserPage{}
	var mu sync.Mutex
	if err := chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
				var args []string
				for _, a := range ev.Args {
					args = append(args, string(a.Value))
				}
				page.errors = append(page.errors, "console."+string(ev.Type)+": "+strings.Join(args, " "))
			}
		case *runtime.EventExceptionThrown:
			page.errors = append(page.errors, fmt.Sprintf("exception: %s (line %d)", ev.ExceptionDetails.Text, ev.ExceptionDetails.LineNumber))
		}
	}); err != nil {
		t.Fatalf("starting the browser: %v", err)
	}
	done := make(chan error, 1)
	var shot []byte
	go func() {
		err := chromedp.Do(ctx, chromedp.Navigate(url), chromedp.WaitVisible(chromedp.CSS(waitFor)))
		if err == nil {
			err = check(ctx)
		}
		if err == nil {
			shot, err = chromedp.Run(ctx, chromedp.FullScreenshot(100))
		}
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("%s: %v", url, err)
		}
	case <-time.After(90 * time.Second):
		t.Fatalf("%s: the browser did not finish in 90 s", url)
	}
	dir := os.Getenv("CHRONICLE_SCREENSHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, name+".png")
	if err := os.WriteFile(p, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s (%d bytes)", p, len(shot))
	mu.Lock()
	defer mu.Unlock()
	return page
}

// jsEval runs a JavaScript expression and decodes its value.
func jsEval[T any](ctx context.Context, expr string, into *T) error {
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err == nil {
		*into = v
	}
	return err
}

func fileURL(t *testing.T, path string) string {
	t.Helper()
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	return "file://" + filepath.ToSlash(abs)
}

// writeOutput runs the CLI with -o into a temporary file and returns its path.
func writeOutput(t *testing.T, stdin, name string, args ...string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), name)
	_, errOut, code := chronicle(t, stdin, append(args, "-o", out)...)
	if code != 0 {
		t.Fatalf("%v: exit %d: %s", args, code, errOut)
	}
	return out
}

// TestBrowserBriefing: the HTML briefing of the example article loads
// cleanly, draws every dated event on the timeline, and lists the names.
func TestBrowserBriefing(t *testing.T) {
	browserPath(t)
	path := writeOutput(t, "", "brief.html", "timeline", "--format", "html", example)
	var events, graphNodes int
	var entities, title string
	page := openInBrowser(t, fileURL(t, path), "#timeline svg", "briefing", func(ctx context.Context) error {
		for _, err := range []error{
			jsEval(ctx, `document.querySelectorAll("#timeline g.event").length`, &events),
			jsEval(ctx, `document.querySelectorAll("#graph svg g.node").length`, &graphNodes),
			jsEval(ctx, `document.querySelector("#entities table").textContent`, &entities),
			jsEval(ctx, `document.title`, &title),
		} {
			if err != nil {
				return err
			}
		}
		return nil
	})
	if len(page.errors) > 0 {
		t.Errorf("console errors: %v", page.errors)
	}
	if events < 7 {
		t.Errorf("timeline draws %d events, want the example's 7 dated events", events)
	}
	if graphNodes == 0 {
		t.Error("the graph diagram has no nodes")
	}
	for _, name := range []string{"Shinzo Abe", "Vladimir Putin", "Donald Trump", "Danang", "Vietnam"} {
		if !strings.Contains(entities, name) {
			t.Errorf("entity table lacks %q", name)
		}
	}
	if !strings.Contains(title, "Abe") {
		t.Errorf("page title %q", title)
	}
}

// hostile is an article written to attack each output format: markup and
// script in the headline and the names, quotes of both kinds, and DOT
// syntax that would end a label and add nodes if it were not escaped.
const hostile = `<script>window.__pwned = "headline"</script> Talks "end" & <img src=x onerror="window.__pwned='img'"> resume

November 10, 2017

President Jean <script>window.__pwned = "name"</script> Dubois met Anna <img src=x onerror=window.__pwned=1> O'Berg in Tallinn on Monday.
The envoy Ivan "]; evil [label=\"x\"]; a -> b; //" Petrov arrived in Riga on Tuesday with <svg onload=window.__pwned=2> Partners.
Dubois plans to visit Riga in May.
`

// TestBrowserInjection: the hostile article's briefing, timeline SVG and
// graph SVG load in the browser without running any of its script, and
// the names still read as the article wrote them.
func TestBrowserInjection(t *testing.T) {
	browserPath(t)
	for _, tc := range []struct {
		name, file string
		args       []string
		wait       string
	}{
		{"injection-briefing", "hostile.html", []string{"timeline", "--format", "html", "--input-format", "text", "-"}, "#timeline svg"},
		{"injection-timeline", "hostile-timeline.svg", []string{"timeline", "--format", "svg", "--input-format", "text", "-"}, "svg"},
		{"injection-graph", "hostile-graph.svg", []string{"graph", "--format", "svg", "--input-format", "text", "-"}, "svg"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// As plain text, so the markup reaches the names; read as HTML
			// (what stdin starting with a tag is taken for) it would be
			// parsed away.
			path := writeOutput(t, hostile, tc.file, tc.args...)
			var pwned bool
			var text string
			var scripts int
			page := openInBrowser(t, fileURL(t, path), tc.wait, tc.name, func(ctx context.Context) error {
				time.Sleep(200 * time.Millisecond) // let any handler fire
				for _, err := range []error{
					jsEval(ctx, `window.__pwned !== undefined`, &pwned),
					jsEval(ctx, `document.querySelectorAll("script, img, svg svg, [onerror], [onload]").length`, &scripts),
					jsEval(ctx, `document.documentElement.textContent`, &text),
				} {
					if err != nil {
						return err
					}
				}
				return nil
			})
			if pwned {
				t.Error("article text ran as script")
			}
			if scripts > 0 {
				t.Errorf("%d script, img or handler elements from the article", scripts)
			}
			if !strings.Contains(text, "Riga") {
				t.Errorf("names lost: %.300s", text)
			}
			if len(page.errors) > 0 {
				t.Errorf("console errors: %v", page.errors)
			}
		})
	}
	// DOT: the hostile names stay inside their labels (Graphviz parses it
	// and draws no node the article invented).
	dot, errOut, code := chronicle(t, hostile, "graph", "--format", "dot", "--input-format", "text", "-")
	if code != 0 {
		t.Fatalf("dot: exit %d: %s", code, errOut)
	}
	if p, err := exec.LookPath("dot"); err == nil {
		cmd := exec.Command(p, "-Tplain")
		cmd.Stdin = strings.NewReader(dot)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("Graphviz rejects the DOT: %v\n%s", err, out)
		}
		for _, line := range strings.Split(string(out), "\n") {
			if f := strings.Fields(line); len(f) > 1 && f[0] == "node" && (f[1] == "a" || f[1] == "b" || f[1] == "evil") {
				t.Errorf("the article added node %s to the graph", f[1])
			}
		}
	} else {
		t.Log("Graphviz dot not installed; DOT checked by TestGraphFormatsEscape's rules only")
	}
}

// TestBrowserServe: the web view's entity page draws its graph (a canvas),
// its timeline (vis-timeline items) and its event list with no console
// error, and the hostile article's names run nothing there either.
func TestBrowserServe(t *testing.T) {
	browserPath(t)
	var results []*pipeline.Result
	for _, src := range []struct{ name, text string }{{"example", ""}, {"hostile.txt", hostile}} {
		var docs []*document.Document
		var err error
		if src.text == "" {
			docs, err = document.Read(example, document.Options{})
		} else {
			docs, err = document.ReadReader(src.name, strings.NewReader(src.text), document.Options{Format: "text"})
		}
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			results = append(results, pipeline.Process(d))
		}
	}
	g, err := graph.Build(results)
	if err != nil {
		t.Fatal(err)
	}
	dated, undated := timeline.BuildAll(results)
	srv := httptest.NewServer(web.New(web.Corpus{Title: "test", Graph: g, Entries: append(dated, undated...), Docs: len(results)}))
	defer srv.Close()

	for _, tc := range []struct{ name, id string }{
		{"serve-putin", "person:vladimir-putin"},
		{"serve-hostile", "place:riga"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var canvases, items, events int
			var pwned bool
			var cut []string
			var zoom float64
			var outside, overlaps int
			page := openInBrowser(t, srv.URL+"/entity/"+url.PathEscape(tc.id), `#entity[data-ready="1"]`, tc.name, func(ctx context.Context) error {
				time.Sleep(200 * time.Millisecond)
				for _, err := range []error{
					jsEval(ctx, `document.querySelectorAll("#graph canvas").length`, &canvases),
					jsEval(ctx, `document.querySelectorAll("#timeline .vis-item").length`, &items),
					jsEval(ctx, `document.querySelectorAll("#events li").length`, &events),
					jsEval(ctx, `window.__pwned !== undefined`, &pwned),
					jsEval(ctx, timelineCut, &cut),
					jsEval(ctx, `document.getElementById("entity").graph.zoom()`, &zoom),
					jsEval(ctx, graphOutside, &outside),
					jsEval(ctx, graphOverlaps, &overlaps),
				} {
					if err != nil {
						return err
					}
				}
				return nil
			})
			if len(page.errors) > 0 {
				t.Errorf("console errors: %v", page.errors)
			}
			if canvases == 0 || items == 0 || events == 0 {
				t.Errorf("graph canvases %d, timeline items %d, events %d: want all drawn", canvases, items, events)
			}
			if pwned {
				t.Error("article text ran as script in the web view")
			}
			if len(cut) > 0 {
				t.Errorf("timeline labels cut off: %q", cut)
			}
			// Node labels are 12px: at the fitted zoom they must draw at 9px
			// or more.
			if zoom < 0.75 {
				t.Errorf("graph opens at zoom %.2f: labels under 9px", zoom)
			}
			if outside > 0 || overlaps > 0 {
				t.Errorf("graph: %d nodes outside the panel, %d overlapping pairs", outside, overlaps)
			}
		})
	}
}

// timelineCut lists the timeline labels that the page cuts: wider than
// their box, clipped by their range's frame, or reaching past the
// timeline's visible panel.
const timelineCut = `(() => {
  const panel = document.querySelector("#timeline .vis-center").getBoundingClientRect();
  return [...document.querySelectorAll("#timeline .vis-item-content")].filter(c => {
    const r = c.getBoundingClientRect(), f = c.closest(".vis-item-overflow");
    if (f && getComputedStyle(f).overflowX !== "visible") {
      const fr = f.getBoundingClientRect();
      if (r.left < fr.left - 1 || r.right > fr.right + 1) return true;
    }
    return c.scrollWidth > c.clientWidth + 1 || r.left < panel.left - 1 || r.right > panel.right + 1;
  }).map(c => c.textContent);
})()`

// graphOutside counts the graph's nodes (with labels) not wholly inside
// the panel as it opens.
const graphOutside = `(() => {
  const cy = document.getElementById("entity").graph, w = cy.width(), h = cy.height();
  return cy.nodes().filter(n => { const b = n.renderedBoundingBox({includeLabels: true}); return b.x1 < 0 || b.y1 < 0 || b.x2 > w || b.y2 > h; }).length;
})()`

// graphOverlaps counts the pairs of graph nodes that overlap.
const graphOverlaps = `(() => {
  const b = document.getElementById("entity").graph.nodes().map(n => n.boundingBox({includeLabels: true}));
  let k = 0;
  for (let i = 0; i < b.length; i++) for (let j = i + 1; j < b.length; j++)
    if (b[i].x1 < b[j].x2 && b[j].x1 < b[i].x2 && b[i].y1 < b[j].y2 && b[j].y1 < b[i].y2) k++;
  return k;
})()`
