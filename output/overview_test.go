package output_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/chronicle-news/chronicle/graph/graphtest"
	"github.com/chronicle-news/chronicle/internal/eval"
	"github.com/chronicle-news/chronicle/output"
)

// The overview of a corpus in DOT: group nodes styled and counted, bundled
// edges counted, and the unconnected stories dealt into columns.
func TestOverviewDOT(t *testing.T) {
	got := render(t, func(w io.Writer) error {
		o, st := graphtest.Corpus().Overview(30)
		return output.WriteDOT(w, o, output.DOTOptions{Title: st.Note(), Diagram: true, Aspect: output.SlideAspect})
	})
	golden(t, "overview.dot", got)
	for _, want := range []string{`"7 more events with GM"`, `label="×7"`, `"column:0"`, `label="events grouped"`} {
		if !bytes.Contains(got, []byte(want)) {
			t.Errorf("overview DOT lacks %s", want)
		}
	}
}

// Drawn, the overview has no overlapping nodes, readable labels, and a
// shape a slide can hold; without columns the same graph is a tall strip.
func TestOverviewSVG(t *testing.T) {
	for _, max := range []int{12, 30, 60} {
		var buf bytes.Buffer
		if err := output.WriteSVG(&buf, graphtest.Corpus(), output.SVGOptions{MaxNodes: max}); err != nil {
			t.Fatal(err)
		}
		d, err := eval.MeasureSVG(&buf)
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Overlaps) > 0 || d.MinFont < 8 {
			t.Errorf("max %d: %s; overlapping: %v", max, d.Summary(), d.Overlaps)
		}
		if r := d.Width / d.Height; r < 0.9 || r > 2.6 {
			t.Errorf("max %d: %s: width/height %.2f; want a slide's shape", max, d.Summary(), r)
		}
	}
	// A force-directed layout, asked for, pushes nodes apart too.
	var buf bytes.Buffer
	if err := output.WriteSVG(&buf, graphtest.Corpus(), output.SVGOptions{MaxNodes: 1000, Layout: "sfdp"}); err != nil {
		t.Fatal(err)
	}
	if d, err := eval.MeasureSVG(&buf); err != nil || len(d.Overlaps) > 0 {
		t.Errorf("sfdp: %v %s: %v", err, d.Summary(), d.Overlaps)
	}
}
