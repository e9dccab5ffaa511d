package semeval

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Write writes the timeline in the task's format.
func (t Timeline) Write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, oneLine(t.Entity))
	for _, it := range t.Items {
		fmt.Fprintf(bw, "%d\t%s\t%s\n", it.Rank, oneLine(it.Date), strings.Join(it.IDs, "\t"))
	}
	return bw.Flush()
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// ReadTimeline reads a timeline in the task's format. Blank lines are
// skipped; a line that is not rank<TAB>date<TAB>id... is an error naming
// its line number.
func ReadTimeline(r io.Reader) (Timeline, error) {
	var t Timeline
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if n == 1 {
			t.Entity = strings.TrimSpace(strings.TrimPrefix(line, "\ufeff"))
			continue
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.Split(line, "\t")
		var ids []string
		for _, x := range f[min(2, len(f)):] {
			if x = strings.TrimSpace(x); x != "" {
				ids = append(ids, x)
			}
		}
		if len(f) < 3 || len(ids) == 0 {
			return t, fmt.Errorf("line %d: want rank<TAB>date<TAB>event id, got %q", n, line)
		}
		rank, err := strconv.Atoi(strings.TrimSpace(f[0]))
		if err != nil || rank < 0 {
			return t, fmt.Errorf("line %d: rank %q is not a number", n, f[0])
		}
		t.Items = append(t.Items, Item{Rank: rank, Date: strings.TrimSpace(f[1]), IDs: ids})
	}
	if err := sc.Err(); err != nil {
		return t, err
	}
	if n == 0 {
		return t, fmt.Errorf("empty file: want the entity's name on the first line")
	}
	return t, nil
}

// Relations of the temporal graph of a timeline.
const (
	relBefore       = "BEFORE"
	relSimultaneous = "SIMULTANEOUS"
	relIncluded     = "IS_INCLUDED"
)

type relation struct{ a, rel, b string }

// graphOf turns a timeline into temporal relations, as the task's scorer
// does with TempEval-3's temporal awareness:
//
//   - events of one rank are SIMULTANEOUS, except at rank 0, which holds
//     the events that could not be placed: they are related to nothing
//     (an unplaced event costs nothing and earns nothing);
//   - every event of a rank (above 0) is BEFORE every event of the next
//     rank that has events;
//   - an event with a date (not XXXX-XX-XX) IS_INCLUDED in that date, a
//     node named by its value.
//
// explicit is that graph; closure adds what follows: simultaneity is an
// equivalence, BEFORE is transitive and passes through simultaneous events,
// and simultaneous events share their dates.
func graphOf(t Timeline) (explicit, closure map[relation]bool) {
	explicit = map[relation]bool{}
	ranks := map[int][]string{}
	dates := map[string][]string{} // event -> dates
	for _, it := range t.Items {
		for _, id := range it.IDs {
			ranks[it.Rank] = append(ranks[it.Rank], id)
			if it.Date != "" && !strings.HasPrefix(it.Date, "XXXX") && !strings.HasPrefix(it.Date, "XXX-") {
				dates[id] = append(dates[id], it.Date)
			}
		}
	}
	var rs []int
	for r := range ranks {
		rs = append(rs, r)
	}
	sort.Ints(rs)
	simul := func(ids []string) {
		for i := range ids {
			for j := i + 1; j < len(ids); j++ {
				a, b := ids[i], ids[j]
				if a == b {
					continue
				}
				if b < a {
					a, b = b, a
				}
				explicit[relation{a, relSimultaneous, b}] = true
			}
		}
	}
	prev := -1
	for _, r := range rs {
		if r == 0 {
			continue
		}
		simul(ranks[r])
		if prev > 0 {
			for _, a := range ranks[prev] {
				for _, b := range ranks[r] {
					if a != b {
						explicit[relation{a, relBefore, b}] = true
					}
				}
			}
		}
		prev = r
	}
	for id, ds := range dates {
		for _, d := range ds {
			explicit[relation{id, relIncluded, "date:" + d}] = true
		}
	}
	return explicit, closeGraph(explicit)
}

// closeGraph computes the closure of a graph of BEFORE, SIMULTANEOUS and
// IS_INCLUDED relations.
func closeGraph(g map[relation]bool) map[relation]bool {
	// Simultaneity classes (union-find over events).
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		p, ok := parent[x]
		if !ok || p == x {
			parent[x] = x
			return x
		}
		r := find(p)
		parent[x] = r
		return r
	}
	for r := range g {
		find(r.a)
		if r.rel != relIncluded {
			find(r.b)
		}
		if r.rel == relSimultaneous {
			ra, rb := find(r.a), find(r.b)
			if ra != rb {
				if rb < ra {
					ra, rb = rb, ra
				}
				parent[rb] = ra
			}
		}
	}
	members := map[string][]string{}
	for x := range parent {
		members[find(x)] = append(members[find(x)], x)
	}
	// BEFORE between classes, transitively.
	after := map[string]map[string]bool{}
	classDates := map[string]map[string]bool{}
	for r := range g {
		switch r.rel {
		case relBefore:
			a, b := find(r.a), find(r.b)
			if after[a] == nil {
				after[a] = map[string]bool{}
			}
			after[a][b] = true
		case relIncluded:
			c := find(r.a)
			if classDates[c] == nil {
				classDates[c] = map[string]bool{}
			}
			classDates[c][r.b] = true
		}
	}
	var classes []string
	for c := range members {
		classes = append(classes, c)
	}
	sort.Strings(classes)
	reach := map[string]map[string]bool{}
	var visit func(c string) map[string]bool
	visiting := map[string]bool{}
	visit = func(c string) map[string]bool {
		if r, ok := reach[c]; ok {
			return r
		}
		out := map[string]bool{}
		if visiting[c] { // a cycle: a broken timeline; stop here
			return out
		}
		visiting[c] = true
		for n := range after[c] {
			out[n] = true
			for m := range visit(n) {
				out[m] = true
			}
		}
		visiting[c] = false
		reach[c] = out
		return out
	}
	closure := map[relation]bool{}
	for _, c := range classes {
		ms := members[c]
		slices.Sort(ms)
		for i := range ms {
			for j := i + 1; j < len(ms); j++ {
				closure[relation{ms[i], relSimultaneous, ms[j]}] = true
			}
			for d := range classDates[c] {
				closure[relation{ms[i], relIncluded, d}] = true
			}
		}
		for n := range visit(c) {
			for _, a := range ms {
				for _, b := range members[n] {
					if a != b {
						closure[relation{a, relBefore, b}] = true
					}
				}
			}
		}
	}
	return closure
}

// Counts are the temporal-awareness counts of one or more timelines:
// precision is PCorrect/PTotal (system relations that the closed gold
// graph holds), recall RCorrect/RTotal (gold relations that the closed
// system graph holds).
type Counts struct {
	PCorrect, PTotal, RCorrect, RTotal int
}

// Add sums counts.
func (c *Counts) Add(o Counts) {
	c.PCorrect += o.PCorrect
	c.PTotal += o.PTotal
	c.RCorrect += o.RCorrect
	c.RTotal += o.RTotal
}

// PRF returns precision, recall and F1 in percent.
func (c Counts) PRF() (p, r, f float64) {
	if c.PTotal > 0 {
		p = 100 * float64(c.PCorrect) / float64(c.PTotal)
	}
	if c.RTotal > 0 {
		r = 100 * float64(c.RCorrect) / float64(c.RTotal)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// Score compares a system timeline with the gold one.
func Score(gold, sys Timeline) Counts {
	ge, gc := graphOf(gold)
	se, sc := graphOf(sys)
	var c Counts
	for r := range se {
		c.PTotal++
		if gc[r] || (r.rel == relSimultaneous && gc[relation{r.b, r.rel, r.a}]) {
			c.PCorrect++
		}
	}
	for r := range ge {
		c.RTotal++
		if sc[r] || (r.rel == relSimultaneous && sc[relation{r.b, r.rel, r.a}]) {
			c.RCorrect++
		}
	}
	return c
}
