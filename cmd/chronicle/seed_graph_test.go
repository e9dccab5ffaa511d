package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestSeedGraph checks the graph of expected.md: Putin and Abe joined to the
// Danang meeting, the meeting located in Danang, Danang in Vietnam, and each
// person once, with their aliases.
func TestSeedGraph(t *testing.T) {
	seedOrSkip(t)
	out, errOut, code := chronicle(t, "", "graph", "--format", "json", seed)
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var g struct {
		Nodes []struct {
			ID, Kind, Name string
			Aliases        []string
		}
		Edges []struct{ From, To, Kind string }
	}
	if err := json.Unmarshal([]byte(out), &g); err != nil {
		t.Fatal(err)
	}
	names := map[string]string{} // ID -> name
	people := map[string]int{}
	for _, n := range g.Nodes {
		names[n.ID] = n.Name
		if n.Kind == "person" {
			for _, a := range append([]string{n.Name}, n.Aliases...) {
				people[a]++
			}
		}
	}
	for _, a := range []string{"Vladimir Putin", "Putin", "the Russian leader", "Shinzo Abe", "Abe", "Donald Trump", "Trump"} {
		if people[a] != 1 {
			t.Errorf("%q names %d person nodes, want 1", a, people[a])
		}
	}
	has := func(from, kind, to string) bool {
		for _, e := range g.Edges {
			if e.Kind == kind && names[e.From] == from && names[e.To] == to {
				return true
			}
		}
		return false
	}
	if !has("Danang", "located-in", "Vietnam") {
		t.Error("no edge Danang located-in Vietnam")
	}
	// The Danang meeting: an event both leaders took part in, held in Danang.
	found := false
	for _, n := range g.Nodes {
		if n.Kind != "event" || !strings.Contains(n.Name, "meet") {
			continue
		}
		if has("Vladimir Putin", "took-part-in", n.Name) && has("Shinzo Abe", "took-part-in", n.Name) && has(n.Name, "happened-at", "Danang") {
			found = true
		}
	}
	if !found {
		t.Error("no meeting with Putin and Abe as participants located in Danang")
	}
}

// TestSeedDiagram: the diagram's view of the graph (what graph --format svg
// and the briefing draw) keeps the seven events of expected.md, by date.
func TestSeedDiagram(t *testing.T) {
	seedOrSkip(t)
	out, errOut, code := chronicle(t, "", "graph", "--format", "json", "--view", "relations", seed)
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var g struct {
		Nodes []struct{ Kind, Name, Date string }
	}
	if err := json.Unmarshal([]byte(out), &g); err != nil {
		t.Fatal(err)
	}
	dates := map[string]bool{}
	events := 0
	for _, n := range g.Nodes {
		if n.Kind == "event" {
			events++
			dates[n.Date] = true
		}
	}
	for _, want := range [][]string{{"1945"}, {"2017-09"}, {"2017-11-06"}, {"2017-11-10TNI"}, {"2017-11-11", "2017-11-04"}, {"2018-SP"}, {"2018-05"}} {
		ok := false
		for _, d := range want {
			ok = ok || dates[d]
		}
		if !ok {
			t.Errorf("no event dated %v in the diagram", want)
		}
	}
	if events > 40 {
		t.Errorf("%d events in the diagram: too many to read on a slide", events)
	}
	t.Logf("%d events in the diagram", events)
}
