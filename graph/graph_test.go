package graph_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/graph"
	"github.com/chronicle-news/chronicle/internal/entity"
	"github.com/chronicle-news/chronicle/internal/event"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/internal/timex"
	"github.com/chronicle-news/chronicle/timeline/timelinetest"
)

func build(t *testing.T, rs ...*pipeline.Result) *graph.Graph {
	t.Helper()
	g, err := graph.Build(rs)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func ids(ns []*graph.Node) string {
	var s []string
	for _, n := range ns {
		s = append(s, n.ID)
	}
	return strings.Join(s, " ")
}

func edges(g *graph.Graph) string {
	var s []string
	for _, e := range g.Edges() {
		s = append(s, e.From+" -"+e.Label()+"-> "+e.To)
	}
	return strings.Join(s, "\n")
}

func TestBuildAwkward(t *testing.T) {
	g := build(t, timelinetest.Awkward())
	wantNodes := "person:anna-script-alert-1-script-smith person:john-jack-o-neil organization:a-amp-b-group organization:back-slash-co organization:red-army " +
		"place:russia place:vietnam place:vladivostok place:đà-nẵng place:итуруп " +
		"event:awkward.txt:ev1 event:awkward.txt:ev2 event:awkward.txt:ev3 event:awkward.txt:ev4 " +
		"time:1945 time:2017-09 time:2017-11-10TNI time:2018-05"
	if got := ids(g.Nodes()); got != wantNodes {
		t.Errorf("nodes:\n%s\nwant\n%s", got, wantNodes)
	}
	wantEdges := `event:awkward.txt:ev1 -before-> event:awkward.txt:ev4
event:awkward.txt:ev1 -happened-at-> place:đà-nẵng
event:awkward.txt:ev1 -happened-on-> time:2017-11-10TNI
event:awkward.txt:ev2 -before-> event:awkward.txt:ev3
event:awkward.txt:ev2 -happened-at-> place:итуруп
event:awkward.txt:ev2 -happened-on-> time:1945
event:awkward.txt:ev3 -before-> event:awkward.txt:ev1
event:awkward.txt:ev3 -happened-at-> place:vladivostok
event:awkward.txt:ev3 -happened-on-> time:2017-09
event:awkward.txt:ev4 -happened-at-> place:итуруп
event:awkward.txt:ev4 -happened-on-> time:2018-05
organization:a-amp-b-group -took-part-in (with)-> event:awkward.txt:ev3
organization:back-slash-co -took-part-in (agent)-> event:awkward.txt:ev3
organization:red-army -took-part-in (agent)-> event:awkward.txt:ev2
person:anna-script-alert-1-script-smith -took-part-in (with)-> event:awkward.txt:ev1
person:john-jack-o-neil -took-part-in (agent)-> event:awkward.txt:ev1
person:john-jack-o-neil -took-part-in (agent)-> event:awkward.txt:ev4
place:đà-nẵng -located-in-> place:vietnam
place:итуруп -took-part-in (patient)-> event:awkward.txt:ev2
place:итуруп -located-in-> place:russia`
	if got := edges(g); got != wantEdges {
		t.Errorf("edges:\n%s\nwant\n%s", got, wantEdges)
	}
	jack := g.Node("person:john-jack-o-neil")
	if jack.Name != `John "Jack" O'Neil` || strings.Join(jack.Aliases, "|") != "O'Neil" || jack.Mentions != 3 || strings.Join(jack.Sources, "|") != "awkward.txt" {
		t.Errorf("jack = %+v", jack)
	}
	e := g.Edge("place:đà-nẵng", "place:vietnam")
	if e.Provenance[0].Via != graph.ViaText || e.Provenance[0].Sentence != "Officials met in Đà Nẵng." {
		t.Errorf("located-in provenance = %+v", e.Provenance)
	}
	if p := g.Edge("place:итуруп", "place:russia").Provenance[0]; p.Via != graph.ViaGazetteer {
		t.Errorf("gazetteer provenance = %+v", p)
	}
	for _, e := range g.Edges() {
		if len(e.Provenance) == 0 || e.Provenance[0].Doc != "awkward.txt" || e.Provenance[0].Sentence == "" {
			t.Errorf("edge %s -> %s without provenance: %+v", e.From, e.To, e.Provenance)
		}
	}
	r := timelinetest.Awkward()
	on := g.Edge("event:awkward.txt:ev1", "time:2017-11-10TNI").Provenance[0]
	if r.Doc.Text[on.Start:on.End] != on.Sentence || !strings.Contains(on.Sentence, "Friday night") {
		t.Errorf("happened-on provenance = %+v", on)
	}
}

// Two documents about the same people merge by kind and normalized name.
func TestMergeAcrossResults(t *testing.T) {
	mk := func(doc, body, name string) *pipeline.Result {
		b := timelinetest.New(doc, "2017-11-10", body)
		p := b.Entity(entity.Person, "", name)
		tid := b.Timex("1945", timex.Date, "1945", "")
		b.Event("spoke", 0, event.Event{TimexID: tid, Participants: []event.Participant{{Entity: p, Role: event.RoleSpeaker}}})
		return b.R
	}
	g := build(t, mk("b.txt", "In 1945 Ada  Lovelace spoke.", "Ada  Lovelace"), mk("a.txt", "In 1945 ADA LOVELACE spoke.", "ADA LOVELACE"))
	n := g.Find("ada lovelace")
	if len(n) != 1 || n[0].ID != "person:ada-lovelace" || n[0].Mentions != 2 || strings.Join(n[0].Sources, ",") != "a.txt,b.txt" {
		t.Fatalf("Find = %+v", n)
	}
	// Case variants are not aliases: Find ignores case anyway.
	if n[0].Name != "Ada Lovelace" || len(n[0].Aliases) != 0 {
		t.Errorf("name %q aliases %q", n[0].Name, n[0].Aliases)
	}
	tm := g.Node("time:1945")
	if tm == nil || tm.Mentions != 2 || tm.Name != "1945" || tm.Subtype != "year" {
		t.Errorf("time node = %+v", tm)
	}
	// Events on the same interval are not ordered.
	for _, e := range g.Edges() {
		if e.Kind == graph.Before {
			t.Errorf("before edge between simultaneous events: %+v", e)
		}
	}
}

func TestQueries(t *testing.T) {
	g := build(t, timelinetest.Awkward())
	ego := g.Ego("person:john-jack-o-neil", 1)
	if got := ids(ego.Nodes()); got != "person:john-jack-o-neil event:awkward.txt:ev1 event:awkward.txt:ev4" {
		t.Errorf("ego 1 = %s", got)
	}
	if n, e := ego.Len(); n != 3 || e != 3 { // two took-part-in, one before
		t.Errorf("ego 1 size = %d nodes %d edges:\n%s", n, e, edges(ego))
	}
	if n, _ := g.Ego("person:john-jack-o-neil", 2).Len(); n != 9 {
		t.Errorf("ego 2 has %d nodes: %s", n, ids(g.Ego("person:john-jack-o-neil", 2).Nodes()))
	}
	if n, _ := g.Ego("nope", 3).Len(); n != 0 {
		t.Error("ego of a missing node is not empty")
	}

	path, err := g.ShortestPath("person:anna-script-alert-1-script-smith", "place:vietnam")
	if err != nil || strings.Join(path, " ") != "person:anna-script-alert-1-script-smith event:awkward.txt:ev1 place:đà-nẵng place:vietnam" {
		t.Errorf("path = %v, %v", path, err)
	}
	if _, err := g.ShortestPath("person:nobody", "place:vietnam"); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("missing node error = %v", err)
	}

	w := g.Window(time.Date(2017, 11, 1, 0, 0, 0, 0, time.UTC), time.Date(2017, 12, 1, 0, 0, 0, 0, time.UTC))
	if got := ids(w.Nodes()); got != "person:anna-script-alert-1-script-smith person:john-jack-o-neil place:vietnam place:đà-nẵng event:awkward.txt:ev1 time:2017-11-10TNI" {
		t.Errorf("window = %s", got)
	}
	if got := ids(g.Window(time.Time{}, time.Date(1950, 1, 1, 0, 0, 0, 0, time.UTC)).Nodes()); got != "organization:red-army place:russia place:итуруп event:awkward.txt:ev2 time:1945" {
		t.Errorf("open window = %s", got)
	}

	for q, want := range map[string]string{
		"o'neil":                   "person:john-jack-o-neil",
		"  JOHN  \"jack\" o'neil ": "person:john-jack-o-neil",
		"итуруп":                   "place:итуруп",
		"ИТУРУП":                   "place:итуруп",
		"slash":                    "organization:back-slash-co event:awkward.txt:ev3", // the event's summary names it
		"":                         "",
	} {
		if got := ids(g.Find(q)); got != want {
			t.Errorf("Find(%q) = %s; want %s", q, got, want)
		}
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Vladimir Putin":    "vladimir-putin",
		"Đà Nẵng":           "đà-nẵng",
		"Da\u0300 Nang":     "dà-nang", // NFD input composes
		"  A.B.C.  ":        "a-b-c",
		"Итуруп":            "итуруп",
		"東京":                "東京",
		"\"\\<>":            "x",
		"O'Neil & Sons Ltd": "o-neil-sons-ltd",
	} {
		got := graph.Slug(in)
		if want == "x" {
			if !strings.HasPrefix(got, "x") || len(got) != 9 {
				t.Errorf("Slug(%q) = %q; want a hash", in, got)
			}
			continue
		}
		if got != want {
			t.Errorf("Slug(%q) = %q; want %q", in, got, want)
		}
	}
}

func TestBadInput(t *testing.T) {
	b := timelinetest.New("bad", "", "Nothing here.")
	b.R.Entities = append(b.R.Entities, entity.Entity{ID: "e1", Type: "WEIRD", Name: "  ", Mentions: []entity.Mention{{Sentence: 99}}},
		entity.Entity{ID: "e2", Type: entity.Location, Name: "Loop", PartOf: "e2", Container: "Loop", Mentions: []entity.Mention{{Sentence: -3}}})
	b.R.Events = append(b.R.Events, event.Event{ID: "ev1", Sentence: 7, Value: "2017-02-30", Places: []string{"e9"}, Participants: []event.Participant{{Entity: "e1"}}})
	g := build(t, b.R, nil, &pipeline.Result{})
	// The place survives; the event has no valid date and links to no node,
	// so it is left out.
	if n, e := g.Len(); n != 1 || e != 0 {
		t.Errorf("graph of bad input: %d nodes, %d edges: %s", n, e, ids(g.Nodes()))
	}
}

func BenchmarkBuild(b *testing.B) {
	var rs []*pipeline.Result
	for i := 0; i < 200; i++ {
		r := timelinetest.Awkward()
		r.Doc.ID = strings.Repeat("d", 1+i%7) + string(rune('a'+i%26))
		rs = append(rs, r)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := graph.Build(rs); err != nil {
			b.Fatal(err)
		}
	}
}

// TestShortestPathIgnoresTimeOrder: two people whose events only follow each
// other in time, or share a date, are not linked; a shared place links them.
func TestShortestPathIgnoresTimeOrder(t *testing.T) {
	g := graph.New()
	for _, n := range []graph.Node{
		{ID: "person:a", Kind: graph.Person, Name: "A"}, {ID: "person:b", Kind: graph.Person, Name: "B"},
		{ID: "event:1", Kind: graph.Event, Name: "A speaks"}, {ID: "event:2", Kind: graph.Event, Name: "B speaks"},
		{ID: "time:2017", Kind: graph.Time, Name: "2017"}, {ID: "place:x", Kind: graph.Place, Name: "X"},
	} {
		g.AddNode(n)
	}
	add := func(from, to string, k graph.EdgeKind) {
		if err := g.AddEdge(graph.Edge{From: from, To: to, Kind: k}); err != nil {
			t.Fatal(err)
		}
	}
	add("person:a", "event:1", graph.TookPartIn)
	add("person:b", "event:2", graph.TookPartIn)
	add("event:1", "event:2", graph.Before)
	add("event:1", "time:2017", graph.HappenedOn)
	add("event:2", "time:2017", graph.HappenedOn)
	if path, err := g.ShortestPath("person:a", "person:b"); err == nil {
		t.Errorf("path through time edges: %v", path)
	}
	add("event:1", "place:x", graph.HappenedAt)
	add("event:2", "place:x", graph.HappenedAt)
	path, err := g.ShortestPath("person:a", "person:b")
	if got := strings.Join(path, " "); err != nil || got != "person:a event:1 place:x event:2 person:b" {
		t.Errorf("path = %q, %v", got, err)
	}
}

func TestRelations(t *testing.T) {
	g := build(t, timelinetest.Awkward())
	r := g.Relations()
	for _, n := range r.Nodes() {
		if n.Kind == graph.Time {
			t.Errorf("time node kept: %s", n.ID)
		}
	}
	for _, e := range r.Edges() {
		if e.Kind == graph.Before || e.Kind == graph.HappenedOn {
			t.Errorf("%s edge kept", e.Kind)
		}
	}
	if r.Node("person:john-jack-o-neil") == nil || r.Edge("place:đà-nẵng", "place:vietnam") == nil {
		t.Error("actors or containment lost")
	}
}

// An entity whose name is an alias of exactly one other of its kind joins
// it, in whatever order the documents come; a name two entities claim
// joins neither.
func TestMergeByAlias(t *testing.T) {
	mk := func(doc, body string, people ...[]string) *pipeline.Result {
		b := timelinetest.New(doc, "2017-11-10", body)
		tid := b.Timex("1945", timex.Date, "1945", "")
		var parts []event.Participant
		for _, forms := range people {
			parts = append(parts, event.Participant{Entity: b.Entity(entity.Person, "", forms...), Role: event.RoleAgent})
		}
		b.Event("spoke", 0, event.Event{TimexID: tid, Participants: parts})
		return b.R
	}
	full := func() *pipeline.Result {
		return mk("a.txt", "In 1945 Vladimir Putin spoke. Putin left.", []string{"Vladimir Putin", "Putin"})
	}
	short := func() *pipeline.Result { return mk("b.txt", "In 1945 Putin spoke.", []string{"Putin"}) }
	for _, order := range [][]*pipeline.Result{{full(), short()}, {short(), full()}} {
		g := build(t, order...)
		n := g.Find("Putin")
		if len(n) != 1 || n[0].ID != "person:vladimir-putin" || n[0].Name != "Vladimir Putin" || strings.Join(n[0].Sources, ",") != "a.txt,b.txt" {
			t.Errorf("order %s first: Find(Putin) = %+v", order[0].Doc.ID, n)
		}
		if g.Node("person:putin") != nil {
			t.Error("a separate Putin node")
		}
		// Both reports of "spoke" in 1945 are one event, named after a.txt's.
		ev := g.Node("event:a.txt:ev1")
		if g.Edge("person:vladimir-putin", "event:a.txt:ev1") == nil || ev == nil || strings.Join(ev.Sources, ",") != "a.txt,b.txt" {
			t.Errorf("b.txt's Putin does not take part as Vladimir Putin in the one event: %+v", ev)
		}
	}
	// "Abe" is an alias of two people: it stays its own node.
	g := build(t,
		mk("a.txt", "In 1945 Shinzo Abe spoke. Abe left.", []string{"Shinzo Abe", "Abe"}),
		mk("b.txt", "In 1945 Akie Abe spoke. Abe left.", []string{"Akie Abe", "Abe"}),
		mk("c.txt", "In 1945 Abe spoke.", []string{"Abe"}))
	for _, id := range []string{"person:shinzo-abe", "person:akie-abe", "person:abe"} {
		if g.Node(id) == nil {
			t.Errorf("no node %s", id)
		}
	}
}

// Entities lists what Build merges: one Vladimir Putin named in two
// documents, his other name once, whatever the document order.
func TestEntities(t *testing.T) {
	mk := func(doc, body string, forms ...string) *pipeline.Result {
		b := timelinetest.New(doc, "2017-11-10", body)
		b.Entity(entity.Person, "", forms...)
		return b.R
	}
	a := func() *pipeline.Result {
		return mk("a.txt", "Vladimir Putin spoke. Putin left. Putin. returned.", "Vladimir Putin", "Putin", "Putin.")
	}
	b := func() *pipeline.Result { return mk("b.txt", "Putin spoke.", "Putin") }
	for _, rs := range [][]*pipeline.Result{{a(), b()}, {b(), a()}} {
		got := graph.Entities(rs)
		if len(got) != 1 {
			t.Fatalf("%+v", got)
		}
		e := got[0]
		if e.Key != "person:vladimir-putin" || e.Name != "Vladimir Putin" || e.Documents != 2 || e.Type != entity.Person ||
			strings.Join(e.Aliases, "|") != "Putin" {
			t.Errorf("%+v", e)
		}
	}
}

func TestFindEntities(t *testing.T) {
	ents := []graph.EntityInfo{
		{Key: "person:vladimir-putin", Name: "Vladimir Putin", Aliases: []string{"Putin"}},
		{Key: "person:shinzo-abe", Name: "Shinzo Abe", Aliases: []string{"Abe"}},
		{Key: "place:abeokuta", Name: "Abeokuta"},
	}
	for _, c := range []struct{ q, want string }{
		{"putin", "person:vladimir-putin"},               // an alias, any case
		{"  Vladimir   Putin ", "person:vladimir-putin"}, // white space
		{"Abe", "person:shinzo-abe"},                     // exact beats containing
		{"okuta", "place:abeokuta"},                      // else containing
		{"Trump", ""},
	} {
		var got []string
		for _, e := range graph.FindEntities(ents, c.q) {
			got = append(got, e.Key)
		}
		if strings.Join(got, ",") != c.want {
			t.Errorf("%q: %v, want %q", c.q, got, c.want)
		}
	}
}
