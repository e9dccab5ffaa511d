package graph

import (
	"fmt"
	"strings"
	"testing"
)

// Merging keeps sources and provenance sorted and unique whatever the order
// documents arrive in.
func TestMergeOrder(t *testing.T) {
	got := union([]string{"b", "d"}, []string{"e", "a", "d", "", "c"})
	if strings.Join(got, ",") != "a,b,c,d,e" {
		t.Errorf("union = %v", got)
	}
	p := func(doc string, start int) Provenance { return Provenance{Doc: doc, Start: start, End: start + 1} }
	ps := mergeProv([]Provenance{p("b", 5)}, []Provenance{p("c", 1), p("a", 9), p("b", 5), p("b", 2)})
	var s []string
	for _, x := range ps {
		s = append(s, fmt.Sprintf("%s%d", x.Doc, x.Start))
	}
	if strings.Join(s, ",") != "a9,b2,b5,c1" {
		t.Errorf("mergeProv = %v", s)
	}
}
