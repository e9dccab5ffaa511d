package output_test

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/chronicle-news/chronicle/graph"
	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/output"
	"github.com/chronicle-news/chronicle/timeline"
)

// Any article text, run through the whole pipeline, must give every writer
// valid output: JSON that parses, XML (GraphML, TimeML, the timeline SVG)
// that is well-formed, DOT whose braces and quotes balance, Markdown and
// HTML without a panic, a text timeline without control characters. (The graph SVG goes through Graphviz and has its
// own fuzz test, FuzzSVGNames.)
func FuzzWriters(f *testing.F) {
	for _, s := range []string{
		"Putin met Abe in Danang on Friday. Abe plans to visit Russia in May.",
		"<script>alert(1)</script> \"Trump\" said on Monday that GM's \\N plant {closed}.",
		"On 10 November 2017, the leaders of A & B met in \"X\".\n\nIn 1945 Soviet forces seized four islands.",
		"\x00\xff]]> --> <!-- &amp; ' \t\r\n",
	} {
		f.Add(s)
	}
	dct := time.Date(2017, 11, 10, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		docs, err := document.ReadReader("fuzz.txt", strings.NewReader(text), document.Options{Format: document.FormatText, DCT: dct, MaxBytes: 1 << 20})
		if err != nil || len(docs) == 0 {
			return
		}
		r := pipeline.Process(docs[0])
		var buf bytes.Buffer
		if err := output.WriteExtractJSON(&buf, r); err != nil {
			t.Fatal(err)
		}
		checkJSONLines(t, buf.Bytes())
		buf.Reset()
		if err := output.WriteTimeML(&buf, r); err != nil {
			t.Fatal(err)
		}
		checkXML(t, buf.Bytes())
		rs := []*pipeline.Result{r}
		dated, undated := timeline.BuildAll(rs)
		g, err := graph.Build(rs)
		if err != nil {
			t.Fatal(err)
		}
		buf.Reset()
		if err := output.WriteTimelineJSON(&buf, dated); err != nil {
			t.Fatal(err)
		}
		checkJSONLines(t, buf.Bytes())
		buf.Reset()
		if err := output.WriteGraphJSON(&buf, g); err != nil {
			t.Fatal(err)
		}
		checkJSONLines(t, buf.Bytes())
		buf.Reset()
		if err := output.WriteGraphML(&buf, g); err != nil {
			t.Fatal(err)
		}
		checkXML(t, buf.Bytes())
		buf.Reset()
		if err := output.WriteTimelineSVG(&buf, dated, output.TimelineSVGOptions{Title: text}); err != nil {
			t.Fatal(err)
		}
		checkXML(t, buf.Bytes())
		buf.Reset()
		if err := output.WriteDOT(&buf, g, output.DOTOptions{Title: text}); err != nil {
			t.Fatal(err)
		}
		checkDOTBalanced(t, buf.String())
		// The terminal timeline: article text must not bring control
		// characters (escape sequences) to the terminal.
		buf.Reset()
		if err := timeline.WriteText(&buf, append(dated, undated...), timeline.TextOptions{}); err != nil {
			t.Fatal(err)
		}
		for _, c := range buf.String() {
			if c < 0x20 && c != '\n' || c == 0x7f || (c >= 0x80 && c < 0xa0) {
				t.Fatalf("control character %U in the text timeline:\n%q", c, buf.String())
			}
		}
		if err := output.WriteMarkdown(io.Discard, dated, g, output.MarkdownOptions{Title: text}); err != nil {
			t.Fatal(err)
		}
		buf.Reset()
		b := output.Briefing{Title: text, Entries: append(dated, undated...), Graph: g,
			Sources: []output.BriefingSource{{ID: "fuzz.txt", Title: docs[0].Title}}}
		if err := output.WriteBriefingHTML(&buf, b); err != nil {
			t.Fatal(err)
		}
		if _, err := html.Parse(bytes.NewReader(buf.Bytes())); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(text, "<script>") && strings.Contains(buf.String(), "<script>alert") {
			t.Fatal("article markup reached the briefing unescaped")
		}
	})
}

func checkJSONLines(t *testing.T, b []byte) {
	t.Helper()
	d := json.NewDecoder(bytes.NewReader(b))
	for {
		var v any
		if err := d.Decode(&v); err == io.EOF {
			return
		} else if err != nil {
			t.Fatalf("invalid JSON: %v\n%s", err, b)
		}
	}
}

// checkDOTBalanced: outside quoted strings, braces and brackets balance;
// every quoted string ends.
func checkDOTBalanced(t *testing.T, s string) {
	t.Helper()
	depth, inq := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if inq {
			if c == '\\' {
				i++
			} else if c == '"' {
				inq = false
			}
			continue
		}
		switch c {
		case '"':
			inq = true
		case '{', '[':
			depth++
		case '}', ']':
			depth--
			if depth < 0 {
				t.Fatalf("unbalanced DOT at byte %d:\n%s", i, s)
			}
		}
	}
	if inq || depth != 0 {
		t.Fatalf("unbalanced DOT (open quote %v, depth %d):\n%s", inq, depth, s)
	}
}
