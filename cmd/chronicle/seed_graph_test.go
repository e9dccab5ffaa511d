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
