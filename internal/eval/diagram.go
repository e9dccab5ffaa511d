package eval

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Diagram is what MeasureSVG finds in a drawing: its size, the boxes of
// the graph's nodes, the pairs of node boxes that overlap, and the
// smallest text as it shows at 100% zoom.
type Diagram struct {
	Width, Height float64 // in the SVG's units (pt for Graphviz, px otherwise)
	Unit          string  // "pt" or "px"
	Nodes         int     // Graphviz nodes (<g class="node">)
	Overlaps      [][2]string
	MinFont       float64 // smallest font size, scaled as drawn; 0 when no text
	Texts         int
}

// box is a node's bounding box.
type box struct {
	id                     string
	minX, minY, maxX, maxY float64
}

var (
	numberRE    = regexp.MustCompile(`-?\d+(?:\.\d+)?(?:e-?\d+)?`)
	scaleRE     = regexp.MustCompile(`scale\(\s*([\d.]+)(?:[ ,]+([\d.]+))?\s*\)`)
	sizeRE      = regexp.MustCompile(`^([\d.]+)\s*(pt|px)?$`)
	errNotDrawn = errors.New("not an SVG drawing")
)

// overlapSlack is how far (in the SVG's units) two boxes may run into each
// other before they count as overlapping: Graphviz's outlines are stroked
// half a point over the box it reserves.
const overlapSlack = 1.0

// MeasureSVG reads an SVG drawing (Graphviz's, or Chronicle's timeline)
// and measures it: size, the node boxes Graphviz drew and which pairs of
// them overlap, and the smallest font size after the scale transforms of
// the groups that hold it (sizes given as font-size attributes, on the
// text or inherited; sizes from style sheets are not read). Node boxes are the bounding boxes of each node
// group's shapes (polygon, ellipse, path, polyline); Graphviz reserves
// such a box for every node, so any overlap is one a reader sees.
func MeasureSVG(r io.Reader) (*Diagram, error) {
	d := &Diagram{Unit: "px"}
	dec := xml.NewDecoder(r)
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	var (
		scales  = []float64{1} // cumulative scale of each open group
		fonts   = []float64{0} // font size each open element inherits; 0: unknown
		nodeAt  = -1           // depth of the open node group, or -1
		depth   int
		cur     *box
		boxes   []box
		sawRoot bool
		rootK   = 1.0 // width attribute over viewBox width
	)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("reading SVG: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			a := attrs(t)
			k := scales[len(scales)-1]
			if m := scaleRE.FindStringSubmatch(a["transform"]); m != nil {
				if s, err := strconv.ParseFloat(m[1], 64); err == nil && s > 0 {
					k *= s
				}
			}
			scales = append(scales, k)
			fs := fonts[len(fonts)-1]
			if v, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(a["font-size"]), "px"), 64); err == nil {
				fs = v
			}
			fonts = append(fonts, fs)
			switch t.Name.Local {
			case "svg":
				if sawRoot {
					break
				}
				sawRoot = true
				d.Width, d.Unit = length(a["width"])
				d.Height, _ = length(a["height"])
				if vb := numberRE.FindAllString(a["viewBox"], -1); len(vb) == 4 {
					if w, err := strconv.ParseFloat(vb[2], 64); err == nil && w > 0 && d.Width > 0 {
						rootK = d.Width / w
					}
					if d.Width == 0 {
						d.Width, _ = strconv.ParseFloat(vb[2], 64)
						d.Height, _ = strconv.ParseFloat(vb[3], 64)
					}
				}
				scales[len(scales)-1] = rootK
			case "g":
				if nodeAt < 0 && hasClass(a["class"], "node") {
					nodeAt = depth
					cur = &box{id: a["id"], minX: math.Inf(1), minY: math.Inf(1), maxX: math.Inf(-1), maxY: math.Inf(-1)}
				}
			case "text":
				d.Texts++
				if f := fs * k; f > 0 && (d.MinFont == 0 || f < d.MinFont) {
					d.MinFont = f
				}
			case "title":
				if cur != nil && cur.id != "" && strings.HasPrefix(cur.id, "node") {
					var s string
					if err := dec.DecodeElement(&s, &t); err == nil {
						cur.id = s
					}
					depth--
					scales = scales[:len(scales)-1]
					fonts = fonts[:len(fonts)-1]
					continue
				}
			}
			if cur != nil {
				cur.add(t.Name.Local, a)
			}
		case xml.EndElement:
			if depth == nodeAt && cur != nil {
				if !math.IsInf(cur.minX, 1) {
					boxes = append(boxes, *cur)
				}
				cur, nodeAt = nil, -1
			}
			depth--
			scales = scales[:len(scales)-1]
			fonts = fonts[:len(fonts)-1]
		}
	}
	if !sawRoot {
		return nil, errNotDrawn
	}
	d.Nodes = len(boxes)
	sort.Slice(boxes, func(i, j int) bool { return boxes[i].minX < boxes[j].minX })
	for i := range boxes {
		for j := i + 1; j < len(boxes) && boxes[j].minX < boxes[i].maxX-overlapSlack; j++ {
			a, b := boxes[i], boxes[j]
			if math.Min(a.maxX, b.maxX)-math.Max(a.minX, b.minX) > overlapSlack &&
				math.Min(a.maxY, b.maxY)-math.Max(a.minY, b.minY) > overlapSlack {
				p := [2]string{a.id, b.id}
				if p[1] < p[0] {
					p[0], p[1] = p[1], p[0]
				}
				d.Overlaps = append(d.Overlaps, p)
			}
		}
	}
	sort.Slice(d.Overlaps, func(i, j int) bool {
		if d.Overlaps[i][0] != d.Overlaps[j][0] {
			return d.Overlaps[i][0] < d.Overlaps[j][0]
		}
		return d.Overlaps[i][1] < d.Overlaps[j][1]
	})
	return d, nil
}

// add grows the box by a shape's coordinates.
func (b *box) add(elem string, a map[string]string) {
	switch elem {
	case "polygon", "polyline":
		b.points(a["points"])
	case "path":
		// Graphviz writes absolute "M x,y C x,y x,y x,y ..." paths.
		b.points(a["d"])
	case "ellipse":
		cx, _ := strconv.ParseFloat(a["cx"], 64)
		cy, _ := strconv.ParseFloat(a["cy"], 64)
		rx, _ := strconv.ParseFloat(a["rx"], 64)
		ry, _ := strconv.ParseFloat(a["ry"], 64)
		b.point(cx-rx, cy-ry)
		b.point(cx+rx, cy+ry)
	}
}

func (b *box) points(s string) {
	nums := numberRE.FindAllString(s, -1)
	for i := 0; i+1 < len(nums); i += 2 {
		x, err1 := strconv.ParseFloat(nums[i], 64)
		y, err2 := strconv.ParseFloat(nums[i+1], 64)
		if err1 == nil && err2 == nil {
			b.point(x, y)
		}
	}
}

func (b *box) point(x, y float64) {
	b.minX, b.maxX = math.Min(b.minX, x), math.Max(b.maxX, x)
	b.minY, b.maxY = math.Min(b.minY, y), math.Max(b.maxY, y)
}

func attrs(t xml.StartElement) map[string]string {
	m := make(map[string]string, len(t.Attr))
	for _, a := range t.Attr {
		m[a.Name.Local] = a.Value
	}
	return m
}

func hasClass(class, c string) bool {
	for _, f := range strings.Fields(class) {
		if f == c {
			return true
		}
	}
	return false
}

// length reads "1163pt" or "960": the number and its unit ("px" when none).
func length(s string) (float64, string) {
	m := sizeRE.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return 0, "px"
	}
	v, _ := strconv.ParseFloat(m[1], 64)
	unit := m[2]
	if unit == "" {
		unit = "px"
	}
	return v, unit
}

// Summary is one line about a measured drawing.
func (d *Diagram) Summary() string {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%.0f x %.0f %s", d.Width, d.Height, d.Unit)
	if d.Nodes > 0 {
		fmt.Fprintf(&b, ", %d nodes, %d overlapping pairs", d.Nodes, len(d.Overlaps))
	}
	if d.Texts > 0 {
		fmt.Fprintf(&b, ", %d labels, smallest %.1f %s", d.Texts, d.MinFont, d.Unit)
	}
	return b.String()
}
