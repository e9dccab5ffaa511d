package eval

import (
	"strings"
	"testing"
)

func TestMeasureSVG(t *testing.T) {
	const head = `<svg width="200pt" height="100pt" viewBox="0 0 400 200"><g id="graph0" class="graph" transform="scale(1 1) rotate(0) translate(4 196)">`
	for _, tc := range []struct {
		name, body string
		nodes      int
		overlaps   int
		minFont    float64
	}{
		{"apart", `<g id="node1" class="node"><title>a</title><ellipse cx="10" cy="10" rx="5" ry="5"/><text font-size="12">A</text></g>` +
			`<g id="node2" class="node"><title>b</title><polygon points="30,0 50,0 50,20 30,20"/><text font-size="10">B</text></g>`, 2, 0, 5},
		{"overlap", `<g id="node1" class="node"><title>a</title><ellipse cx="10" cy="10" rx="10" ry="10"/></g>` +
			`<g id="node2" class="node"><title>b</title><path d="M12,5C12,5 30,5 30,5 30,25 12,25 12,25"/></g>`, 2, 1, 0},
		{"touching by less than the slack", `<g id="node1" class="node"><title>a</title><polygon points="0,0 20,0 20,20 0,20"/></g>` +
			`<g id="node2" class="node"><title>b</title><polygon points="19.5,0 40,0 40,20 19.5,20"/></g>`, 2, 0, 0},
		{"inherited and scaled", `<g class="edge" font-size="20" transform="scale(0.5)"><text>x</text></g>`, 0, 0, 5},
	} {
		d, err := MeasureSVG(strings.NewReader(head + tc.body + `</g></svg>`))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if d.Nodes != tc.nodes || len(d.Overlaps) != tc.overlaps || d.MinFont != tc.minFont || d.Width != 200 || d.Unit != "pt" {
			t.Errorf("%s: %s (min font %.2f)", tc.name, d.Summary(), d.MinFont)
		}
	}
	if _, err := MeasureSVG(strings.NewReader("<html></html>")); err == nil {
		t.Error("HTML measured as a drawing")
	}
}
