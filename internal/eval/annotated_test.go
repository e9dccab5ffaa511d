package eval

import (
	"strings"
	"testing"
)

func TestParseAnnotated(t *testing.T) {
	cases := []struct {
		src, text string
		names     []AnnotatedName
		err       string
	}{
		{src: "no names", text: "no names"},
		{
			src:   "[[LOC|DETROIT]] - [[ORG|GM]]'s chief, [[PER|Mary Barra]], met [[GPE|Washington]].",
			text:  "DETROIT - GM's chief, Mary Barra, met Washington.",
			names: []AnnotatedName{{0, 7, "LOC", "DETROIT"}, {10, 12, "ORG", "GM"}, {22, 32, "PER", "Mary Barra"}, {38, 48, "GPE", "Washington"}},
		},
		{src: "a [[PER|Smith", err: "not closed"},
		{src: "a [[PER Smith]]", err: "no \"|\""},
		{src: "a [[MISC|Euro]]", err: "unknown type"},
		{src: "a [[PER| ]]", err: "empty name"},
		{src: "a [[ORG|Bank of [[LOC|Japan]]]]", err: "inside another"},
		{src: "a Smith]] b", err: "with no \"[[\""},
	}
	for _, c := range cases {
		text, names, err := ParseAnnotated(c.src)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%q: error %v, want one with %q", c.src, err, c.err)
			}
			continue
		}
		if err != nil || text != c.text || len(names) != len(c.names) {
			t.Errorf("%q: got %q %v %v", c.src, text, names, err)
			continue
		}
		for i, n := range names {
			if n != c.names[i] {
				t.Errorf("%q: name %d = %+v, want %+v", c.src, i, n, c.names[i])
			}
		}
	}
}

func TestScoreNames(t *testing.T) {
	gold := []AnnotatedName{{0, 7, "LOC", "DETROIT"}, {10, 12, "ORG", "GM"}, {22, 32, "PER", "Mary Barra"}, {38, 48, "GPE", "Washington"}}
	sys := []AnnotatedName{
		{38, 48, "LOC", "Washington"}, // GPE: LOC counts
		{0, 7, "LOC", "DETROIT"},
		{10, 12, "PER", "GM"},    // right span, wrong type
		{27, 32, "PER", "Barra"}, // overlaps
		{60, 65, "ORG", "Other"}, // false
	}
	c, errs := ScoreNames(gold, sys)
	want := NameCounts{Gold: 4, Sys: 5, Exact: 2, Span: 3, OverGold: 3, OverSys: 3}
	if c != want {
		t.Fatalf("counts %+v, want %+v", c, want)
	}
	var kinds []string
	for _, e := range errs {
		kinds = append(kinds, e.Kind)
	}
	if got := strings.Join(kinds, " "); got != "type missed false" {
		t.Errorf("errors %q, want \"type missed false\"", got)
	}
	if f := c.ExactF1(); f < 0.444 || f > 0.445 {
		t.Errorf("exact F1 %.4f, want 4/9", f)
	}
}

func FuzzParseAnnotated(f *testing.F) {
	for _, s := range []string{"", "[[PER|A]] b [[LOC|C]]", "[[", "]]", "[[X|", "[[ORG|a|b]]", "[[[[PER|x]]"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		text, names, err := ParseAnnotated(src)
		if err != nil {
			return
		}
		last := 0
		for _, n := range names {
			if n.Start < last || n.End <= n.Start || n.End > len(text) || text[n.Start:n.End] != n.Text {
				t.Fatalf("%q: bad name %+v in %q", src, n, text)
			}
			last = n.End
		}
	})
}
