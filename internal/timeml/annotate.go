package timeml

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/chronicle-news/chronicle/internal/event"
	"github.com/chronicle-news/chronicle/internal/timex"
)

// replaced are the elements inside <TEXT> that Annotate removes before
// inserting its own.
var replaced = map[string]bool{"TIMEX3": true, "EVENT": true, "SIGNAL": true}

// newTag is a TIMEX3 or EVENT to insert.
type newTag struct {
	start, end int
	open       string // the start tag, attributes escaped
	close      string
	order      int // input order: timexes first, then events
}

// Annotate returns d.Raw with TIMEX3 and EVENT elements for the given
// annotations inserted inside <TEXT> (spans are byte offsets into d.Text),
// after removing the TIMEX3, EVENT and SIGNAL elements that were there (their
// content stays). Everything outside <TEXT>, the DCT included, is unchanged
// byte for byte.
//
// Spans that are empty, out of range, start or end inside a decoded entity,
// or cross the boundary of a remaining element (a <s> sentence, say) are
// dropped. Of spans that overlap, the longer one (the first, on ties; timexes
// before events) is kept: TempEval-3 files do not nest TIMEX3 and EVENT.
//
// TIMEX3 tids are tN, EVENT eids eN, with N the number that ends the
// annotation's own ID (t3 -> t3, ev12 -> e12) when that ID is free (not the
// DCT's t0, not used outside <TEXT>, not taken by an earlier annotation),
// else the smallest free N; anchorTimeID follows the renaming.
func Annotate(d *Doc, timexes []timex.Timex, events []event.Event) ([]byte, error) {
	if d == nil {
		return nil, fmt.Errorf("timeml: Annotate: nil document")
	}
	if d.TextStart > d.TextEnd || d.TextEnd > len(d.Raw) {
		return nil, fmt.Errorf("timeml: Annotate: document has no valid <TEXT> range")
	}
	if d.segs == nil && d.TextEnd > d.TextStart {
		return nil, fmt.Errorf("timeml: Annotate: document was not made by Parse")
	}
	// IDs in use outside the replaced elements: the DCT, MAKEINSTANCE eiids,
	// links, and anything left inside TEXT.
	used := map[string]bool{}
	if d.DCTID != "" {
		used[d.DCTID] = true
	}
	rawOutside := append(append([]byte(nil), d.Raw[:d.TextStart]...), d.Raw[d.TextEnd:]...)
	collectIDs(rawOutside, used)
	for _, tg := range d.Tags {
		if !replaced[tg.Name] {
			for _, a := range tg.Attrs {
				if a.Name == "tid" || a.Name == "eid" || a.Name == "sid" {
					used[a.Value] = true
				}
			}
		}
	}

	var cands []newTag
	valid := func(s, e int) bool { return s >= 0 && s < e && e <= len(d.Text) }
	for i, tx := range timexes {
		if !valid(tx.Start, tx.End) {
			continue
		}
		cands = append(cands, newTag{start: tx.Start, end: tx.End, order: i})
	}
	for i, ev := range events {
		if !valid(ev.Trigger.Start, ev.Trigger.End) {
			continue
		}
		cands = append(cands, newTag{start: ev.Trigger.Start, end: ev.Trigger.End, order: len(timexes) + i})
	}
	cands = d.filterSpans(cands)

	// Assign IDs in text order among the kept ones.
	keptTimex := map[int]bool{}
	for _, c := range cands {
		keptTimex[c.order] = true
	}
	tids := assignIDs(timexes, func(t timex.Timex) string { return t.ID }, keptTimex, 0, "t", used)
	eids := assignIDs(events, func(e event.Event) string { return e.ID }, keptTimex, len(timexes), "e", used)
	oldToNew := map[string]string{}
	for i, tx := range timexes {
		if id, ok := tids[i]; ok && tx.ID != "" {
			if _, dup := oldToNew[tx.ID]; !dup {
				oldToNew[tx.ID] = id
			}
		}
	}
	for k := range cands {
		c := &cands[k]
		if c.order < len(timexes) {
			tx := timexes[c.order]
			c.open = timexOpen(tids[c.order], tx, oldToNew, d.DCTID)
			c.close = "</TIMEX3>"
		} else {
			ev := events[c.order-len(timexes)]
			class := ev.Class
			if class == "" {
				class = event.Occurrence
			}
			c.open = `<EVENT eid="` + esc(eids[c.order-len(timexes)]) + `" class="` + esc(class) + `">`
			c.close = "</EVENT>"
		}
	}
	return d.write(cands), nil
}

// assignIDs gives each kept item (keyed by offset+index in kept) an ID in
// TimeML's usual shape, prefix+N: its own ID when it has that shape, or the
// digits at the end of its own ID (ev12 -> e12) when that is free; else the
// smallest free prefix+N.
func assignIDs[T any](items []T, id func(T) string, kept map[int]bool, offset int, prefix string, used map[string]bool) map[int]string {
	out := map[int]string{}
	next := 1
	// First pass: items whose own number is usable keep it, in input order.
	for i, it := range items {
		if !kept[offset+i] {
			continue
		}
		if v := conventionalID(id(it), prefix); v != "" && !used[v] {
			used[v] = true
			out[i] = v
		}
	}
	for i := range items {
		if !kept[offset+i] {
			continue
		}
		if _, ok := out[i]; ok {
			continue
		}
		for used[prefix+strconv.Itoa(next)] {
			next++
		}
		v := prefix + strconv.Itoa(next)
		used[v] = true
		out[i] = v
	}
	return out
}

// conventionalID returns prefix + the number that ends id (letters then
// digits, "ev12" -> "e12"), "" when id is not of that shape.
func conventionalID(id, prefix string) string {
	j := len(id)
	for j > 0 && id[j-1] >= '0' && id[j-1] <= '9' {
		j--
	}
	if j == len(id) || j == 0 || len(id)-j > 9 {
		return ""
	}
	for _, c := range id[:j] {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return ""
		}
	}
	n, err := strconv.Atoi(id[j:])
	if err != nil {
		return ""
	}
	return prefix + strconv.Itoa(n)
}

func timexOpen(tid string, tx timex.Timex, oldToNew map[string]string, dctID string) string {
	var b strings.Builder
	attr := func(n, v string) {
		b.WriteString(" " + n + `="` + esc(v) + `"`)
	}
	b.WriteString("<TIMEX3")
	attr("tid", tid)
	typ := tx.Type
	if typ == "" {
		typ = timex.Date
	}
	attr("type", typ)
	attr("value", tx.Value)
	if tx.Mod != "" {
		attr("mod", tx.Mod)
	}
	relative := tx.Anchor != timex.AnchorNone
	attr("temporalFunction", strconv.FormatBool(relative))
	attr("functionInDocument", "NONE")
	switch {
	case tx.AnchorID != "" && oldToNew[tx.AnchorID] != "":
		attr("anchorTimeID", oldToNew[tx.AnchorID])
	case tx.Anchor == timex.AnchorDCT && dctID != "":
		attr("anchorTimeID", dctID)
	}
	if tx.Quant != "" {
		attr("quant", tx.Quant)
	}
	if tx.Freq != "" {
		attr("freq", tx.Freq)
	}
	b.WriteString(">")
	return b.String()
}

var attrEscaper = strings.NewReplacer(`&`, "&amp;", `<`, "&lt;", `>`, "&gt;", `"`, "&quot;", "\n", "&#10;", "\r", "&#13;", "\t", "&#9;")

func esc(s string) string { return attrEscaper.Replace(s) }

func collectIDs(b []byte, used map[string]bool) {
	for _, key := range []string{` tid="`, ` eid="`, ` sid="`} {
		for k := 0; ; {
			i := bytes.Index(b[k:], []byte(key))
			if i < 0 {
				break
			}
			k += i + len(key)
			j := bytes.IndexByte(b[k:], '"')
			if j < 0 {
				break
			}
			used[string(b[k:k+j])] = true
			k += j
		}
	}
}

// filterSpans drops spans that cut an entity or a remaining element, then
// resolves overlaps (longest first, then input order) and returns the kept
// spans sorted by start.
func (d *Doc) filterSpans(c []newTag) []newTag {
	// Offsets inside a decoded entity (or a synthetic character) are not
	// boundaries.
	inside := func(off int) bool {
		i := sort.Search(len(d.segs), func(i int) bool { return d.segs[i].textStart+d.segs[i].textLen > off }) // first seg ending after off
		for ; i < len(d.segs); i++ {
			s := d.segs[i]
			if s.kind != segText {
				continue
			}
			if s.textStart >= off {
				return false
			}
			return !s.literal // off strictly inside a non-literal piece
		}
		return false
	}
	cr := d.crossIndex()
	var kept []newTag
	for _, t := range c {
		if inside(t.start) || inside(t.end) || cr.crosses(t.start, t.end) {
			continue
		}
		kept = append(kept, t)
	}
	sort.SliceStable(kept, func(i, j int) bool {
		li, lj := kept[i].end-kept[i].start, kept[j].end-kept[j].start
		if li != lj {
			return li > lj
		}
		return kept[i].order < kept[j].order
	})
	// Longest first: a candidate is kept when none of its bytes is taken.
	taken := make([]bool, len(d.Text))
	var out []newTag
next:
	for _, t := range kept {
		for x := t.start; x < t.end; x++ {
			if taken[x] {
				continue next
			}
		}
		for x := t.start; x < t.end; x++ {
			taken[x] = true
		}
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// crossIndex holds the non-empty elements that Annotate keeps, sorted by
// start and by end, to find those a span would cross.
type crossIndex struct {
	byStart, byEnd [][2]int
}

func (d *Doc) crossIndex() crossIndex {
	var ci crossIndex
	for _, seg := range d.segs {
		if seg.kind != segStart {
			continue
		}
		tg := d.Tags[seg.tag]
		if replaced[tg.Name] || tg.Start == tg.End {
			continue
		}
		ci.byStart = append(ci.byStart, [2]int{tg.Start, tg.End})
	}
	ci.byEnd = append([][2]int(nil), ci.byStart...)
	sort.Slice(ci.byEnd, func(i, j int) bool { return ci.byEnd[i][1] < ci.byEnd[j][1] })
	return ci
}

// crosses reports whether [s,e) is not properly nested with a kept element
// [a,b): a < s < b < e, or s < a < e < b.
func (ci crossIndex) crosses(s, e int) bool {
	i := sort.Search(len(ci.byEnd), func(i int) bool { return ci.byEnd[i][1] > s })
	for ; i < len(ci.byEnd) && ci.byEnd[i][1] < e; i++ {
		if ci.byEnd[i][0] < s {
			return true
		}
	}
	i = sort.Search(len(ci.byStart), func(i int) bool { return ci.byStart[i][0] > s })
	for ; i < len(ci.byStart) && ci.byStart[i][0] < e; i++ {
		if ci.byStart[i][1] > e {
			return true
		}
	}
	return false
}

// write produces the output: Raw with the replaced elements' markup removed
// from TEXT and the new tags inserted. tags are disjoint and sorted.
func (d *Doc) write(tags []newTag) []byte {
	var out bytes.Buffer
	out.Grow(len(d.Raw) + 80*len(tags))
	out.Write(d.Raw[:d.TextStart])

	ti := 0       // next tag to open
	openIdx := -1 // index of the tag currently open, -1 if none
	segs := d.segs
	k := 0
	for k <= len(segs) {
		// The run of markup starting at k.
		j := k
		for j < len(segs) && segs[j].kind != segText {
			j++
		}
		run := segs[k:j]
		pos := len(d.Text)
		if j < len(segs) {
			pos = segs[j].textStart
		}
		var keep []segment
		for _, s := range run {
			if s.kind == segOther || !replaced[d.Tags[s.tag].Name] {
				keep = append(keep, s)
			}
		}
		isEmpty := func(s segment) bool {
			if s.kind == segOther || s.kind == segEmpty {
				return true
			}
			t := d.Tags[s.tag]
			return t.Start == t.End
		}
		// Where the close of the open tag goes (if it ends at pos).
		closeAt, openAt := -1, -1
		if openIdx >= 0 && tags[openIdx].end == pos {
			st := tags[openIdx].start
			lo := 0
			for i, s := range keep {
				if s.kind == segEnd && !isEmpty(s) && d.Tags[s.tag].Start > st {
					lo = i + 1
				}
			}
			// The earliest place after the elements the tag contains; by
			// well-formedness it precedes any element that contains the
			// tag and any element starting here.
			closeAt = lo
		}
		if ti < len(tags) && tags[ti].start == pos {
			en := tags[ti].end
			hi := 0
			for i, s := range keep {
				if s.kind == segEnd && !isEmpty(s) {
					hi = i + 1
				}
			}
			openAt = len(keep)
			for i := hi; i < len(keep); i++ {
				s := keep[i]
				if s.kind == segStart && !isEmpty(s) && d.Tags[s.tag].End < en {
					openAt = i
					break
				}
			}
		}
		if openAt >= 0 && openAt < closeAt {
			openAt = closeAt // never happens with well-formed runs; keep nesting valid
		}
		for i := 0; i <= len(keep); i++ {
			if i == closeAt {
				out.WriteString(tags[openIdx].close)
				openIdx = -1
			}
			if i == openAt {
				out.WriteString(tags[ti].open)
				openIdx = ti
				ti++
			}
			if i < len(keep) {
				out.Write(d.Raw[keep[i].rawStart:keep[i].rawEnd])
			}
		}
		if j >= len(segs) {
			break
		}
		// Character data: split at tag boundaries inside it.
		s := segs[j]
		a, b := s.textStart, s.textStart+s.textLen
		if !s.literal || s.rawStart == s.rawEnd {
			out.Write(d.Raw[s.rawStart:s.rawEnd])
		} else {
			cur := a
			for cur < b {
				next := b
				if openIdx >= 0 && tags[openIdx].end > cur && tags[openIdx].end < next {
					next = tags[openIdx].end
				}
				if ti < len(tags) && tags[ti].start > cur && tags[ti].start < next {
					next = tags[ti].start
				}
				out.Write(d.Raw[s.rawStart+cur-a : s.rawStart+next-a])
				cur = next
				if cur < b {
					if openIdx >= 0 && tags[openIdx].end == cur {
						out.WriteString(tags[openIdx].close)
						openIdx = -1
					}
					if ti < len(tags) && tags[ti].start == cur {
						out.WriteString(tags[ti].open)
						openIdx = ti
						ti++
					}
				}
			}
		}
		k = j + 1
	}
	out.Write(d.Raw[d.TextEnd:])
	return out.Bytes()
}
