package output

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"sort"
	"sync"
	"time"

	"github.com/goccy/go-graphviz"

	"github.com/chronicle-news/chronicle/graph"
)

// SVGOptions control WriteSVG.
type SVGOptions struct {
	Title string
	// MaxNodes bounds the diagram: a graph above it is drawn as its
	// overview (graph.Overview: places folded into their country, the main
	// entities and events, the rest counted in group nodes), and the title
	// says what was left out. 0 means DefaultMaxNodes.
	MaxNodes int
	// Layout is a Graphviz layout engine ("dot", "sfdp", ...); "" chooses
	// dot up to DotLimit nodes and sfdp above.
	Layout string
	// Timeout bounds the layout; 0 means DefaultTimeout.
	Timeout time.Duration
	// Warn, if set, is told when the first render of the process cannot
	// cache the compiled Graphviz in the user's cache folder (the folder
	// is not private) and compiles it in memory instead.
	Warn func(string)
}

// Defaults of SVGOptions.
const (
	DefaultMaxNodes = 60
	DotLimit        = 1000
	DefaultTimeout  = 60 * time.Second
	SlideAspect     = 16.0 / 9 // width over height of a slide
)

// gvMu serializes every use of go-graphviz in the process: its WASM module is
// not safe for concurrent use, not even through separate instances. The
// library (our copy in third_party/go-graphviz) loads its WASM module on
// first use, so a process that draws nothing never runs it.
var (
	gvMu    sync.Mutex
	gv      *graphviz.Graphviz // created on first use, under gvMu
	gvSetUp bool               // setUpGraphviz has run, under gvMu
)

// ErrLayoutTimeout is wrapped by the error WriteSVG returns when the layout
// does not finish in time.
var ErrLayoutTimeout = fmt.Errorf("layout timed out")

// WriteSVG renders g as SVG through go-graphviz (Graphviz compiled to WASM,
// no cgo), from the DOT that WriteDOT writes, so labels get the same
// escaping. Only SVG is produced (go-graphviz's PNG/JPG output is broken,
// and an unsupported format breaks the next call). A graph above
// opt.MaxNodes is drawn as its overview (graph.Overview), with a note in
// the title; unconnected parts are set in columns to fit a slide
// (DOTOptions.Aspect). The layout runs in a goroutine bounded by opt.Timeout; on timeout
// WriteSVG returns an error, but the WASM call cannot be interrupted: it
// keeps running (and holding the go-graphviz lock) until it ends, so a CLI
// should exit after the error. Nothing is written to w unless rendering
// succeeds.
//
// The first render in a process compiles the WASM module (about a second;
// the compiled form is cached for later processes in a private folder
// under the user's cache folder, see setUpGraphviz). WASM memory grows with every render and is never returned:
// one render per CLI run is fine; a long-running server should render in a
// child process.
func WriteSVG(w io.Writer, g *graph.Graph, opt SVGOptions) error {
	max := opt.MaxNodes
	if max <= 0 {
		max = DefaultMaxNodes
	}
	timeout := opt.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	title := opt.Title
	if total, _ := g.Len(); total > max {
		var st graph.OverviewStats
		g, st = g.Overview(max)
		if title != "" {
			title += " (" + st.Note() + ")"
		} else {
			title = st.Note()
		}
	}
	n, _ := g.Len()
	layout := opt.Layout
	if layout == "" {
		layout = "dot"
		if n > DotLimit {
			layout = "sfdp"
		}
	}
	switch graphviz.Layout(layout) {
	case graphviz.DOT, graphviz.SFDP, graphviz.FDP, graphviz.NEATO, graphviz.CIRCO, graphviz.TWOPI, graphviz.OSAGE:
	default:
		return fmt.Errorf("unknown layout %q (dot, sfdp, fdp, neato, circo, twopi, osage)", layout)
	}
	var dot bytes.Buffer
	if err := WriteDOT(&dot, g, DOTOptions{Title: title, Diagram: true, Aspect: SlideAspect, Spread: layout != "dot"}); err != nil {
		return err
	}
	type result struct {
		svg []byte
		err error
	}
	done := make(chan result, 1)
	go func() {
		svg, err := renderSVG(dot.Bytes(), graphviz.Layout(layout), opt.Warn)
		done <- result{svg, err}
	}()
	timedOut := func() error {
		return fmt.Errorf("%w: layout took longer than %s (%d nodes, %s); use --max-nodes or --format dot", ErrLayoutTimeout, timeout, n, layout)
	}
	start := time.Now()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case r := <-done:
		if time.Since(start) >= timeout {
			// Both were ready and select chose the render: it still took
			// longer than allowed (on a busy machine, as the race detector
			// makes it, this decided TestSVGTimeout by chance).
			return timedOut()
		}
		if r.err != nil {
			return fmt.Errorf("rendering SVG: %w", r.err)
		}
		_, err := w.Write(r.svg)
		return err
	case <-timer.C:
		return timedOut()
	}
}

// renderSVG lays out and renders DOT source, holding gvMu throughout.
func renderSVG(dot []byte, layout graphviz.Layout, warn func(string)) (svg []byte, err error) {
	gvMu.Lock()
	defer gvMu.Unlock()
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("graphviz panicked: %v", p)
		}
	}()
	ctx := context.Background()
	if gv == nil {
		if !gvSetUp {
			gvSetUp = true
			setUpGraphviz(warn)
		}
		if gv, err = graphviz.New(ctx); err != nil {
			gv = nil
			return nil, err
		}
	}
	gr, err := graphviz.ParseBytes(dot)
	if err != nil {
		return nil, fmt.Errorf("parsing DOT: %w", err)
	}
	defer gr.Close()
	var buf bytes.Buffer
	if err := gv.SetLayout(layout).Render(ctx, gr, graphviz.SVG, &buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// MostConnected returns the subgraph of the max nodes with the most edges
// (ties broken by node ID).
func MostConnected(g *graph.Graph, max int) *graph.Graph {
	nodes := g.Nodes()
	sort.SliceStable(nodes, func(i, j int) bool {
		a, b := g.Degree(nodes[i].ID), g.Degree(nodes[j].ID)
		if a != b {
			return a > b
		}
		return nodes[i].ID < nodes[j].ID
	})
	if len(nodes) > max {
		nodes = nodes[:max]
	}
	ids := make([]string, len(nodes))
	for i, n := range nodes {
		ids[i] = n.ID
	}
	return g.Subgraph(ids)
}
