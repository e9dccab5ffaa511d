package graph_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/graph"
	"github.com/chronicle-news/chronicle/internal/entity"
	"github.com/chronicle-news/chronicle/internal/event"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/timex"
	"github.com/chronicle-news/chronicle/timeline/timelinetest"
)

// keyArgs are EventKey's arguments.
type keyArgs struct {
	kind, class, lemma, modality, relation, value, rangeEnd, mod string
	parts                                                        []string
}

func (a keyArgs) key() string {
	return graph.EventKey(a.kind, a.class, a.lemma, a.modality, a.relation, a.value, a.rangeEnd, a.mod, a.parts)
}

// EventKey: which reports are one event. Events without a briefing kind
// are told apart by their lemma ("found guilty", "acquitted"), and by
// polarity through the modality; the times of one day, the order and
// repeats of the parties do not matter; no date or no party, no key.
func TestEventKey(t *testing.T) {
	holmes := []string{"person:elizabeth-holmes"}
	found := keyArgs{kind: "occurrence", class: "OCCURRENCE", lemma: "find", modality: "actual", value: "2022-01-03", parts: holmes}
	met := keyArgs{kind: "meeting", class: "OCCURRENCE", modality: "actual", value: "2017-11-10TEV",
		parts: []string{"person:vladimir-putin", "person:shinzo-abe"}}
	with := func(a keyArgs, f func(*keyArgs)) keyArgs {
		a.parts = append([]string(nil), a.parts...)
		f(&a)
		return a
	}
	if got, want := found.key(), "ev|occurrence|OCCURRENCE|find|actual||2022-01-03|||person:elizabeth-holmes"; got != want {
		t.Errorf("key = %q, want %q", got, want)
	}
	for _, tc := range []struct {
		name string
		a, b keyArgs
		same bool
	}{
		{"no kind, other lemma", found, with(found, func(a *keyArgs) { a.lemma = "acquit" }), false},
		{"no kind, same lemma", found, with(found, func(a *keyArgs) {}), true},
		{"negated", found, with(found, func(a *keyArgs) { a.modality = text.Negated }), false},
		{"planned", found, with(found, func(a *keyArgs) { a.modality = text.Planned }), false},
		{"other day", found, with(found, func(a *keyArgs) { a.value = "2022-01-04" }), false},
		{"other party", found, with(found, func(a *keyArgs) { a.parts = append(a.parts, "person:ramesh-balwani") }), false},
		{"other relation", found, with(found, func(a *keyArgs) { a.relation = "AFTER" }), false},
		{"other mod", found, with(found, func(a *keyArgs) { a.mod = "APPROX" }), false},
		{"other range end", found, with(found, func(a *keyArgs) { a.rangeEnd = "2022-01-05" }), false},
		{"other class", found, with(found, func(a *keyArgs) { a.kind, a.class = "i_action", "I_ACTION" }), false},
		{"kind, parts reordered and repeated", met, with(met, func(a *keyArgs) {
			a.parts = []string{"person:shinzo-abe", "person:vladimir-putin", "person:shinzo-abe"}
		}), true},
		{"kind, another time of the day", met, with(met, func(a *keyArgs) { a.value = "2017-11-10TNI" }), true},
		{"kind, other kind", met, with(met, func(a *keyArgs) { a.kind = "talks" }), false},
	} {
		ka, kb := tc.a.key(), tc.b.key()
		if ka == "" || kb == "" {
			t.Errorf("%s: empty key (%q, %q)", tc.name, ka, kb)
		}
		if (ka == kb) != tc.same {
			t.Errorf("%s: %q and %q: same = %v, want %v", tc.name, ka, kb, ka == kb, tc.same)
		}
	}
	for name, a := range map[string]keyArgs{
		"undated":  with(found, func(a *keyArgs) { a.value = "" }),
		"no party": with(found, func(a *keyArgs) { a.parts = nil }),
	} {
		if k := a.key(); k != "" {
			t.Errorf("%s: key %q, want none", name, k)
		}
	}
}

// Across two documents, two events without a briefing kind on the same
// day with the same party stay two items ("found guilty", "acquitted"),
// each merging with its own report in the other document; an event with a
// kind merges whatever word names it ("met", "meeting"): the kind, not the
// lemma, is in its key.
func TestCorpusTimelineKeepsHappeningsApart(t *testing.T) {
	mk := func(doc, body, find, acquit, meet string) *pipeline.Result {
		b := timelinetest.New(doc, "2022-01-04", body)
		h := b.Entity(entity.Person, "", "Elizabeth Holmes", "Holmes")
		tid := b.Timex("Monday", timex.Date, "2022-01-03", "")
		for _, e := range []struct{ trigger, lemma, kind string }{{find, "find", ""}, {acquit, "acquit", ""}, {meet, "", "meeting"}} {
			b.Event(e.trigger, 0, event.Event{TimexID: tid, Lemma: e.lemma, Kind: e.kind,
				Participants: []event.Participant{{Entity: h, Role: event.RoleAgent}}})
		}
		return b.R
	}
	a := mk("a.txt", "On Monday Elizabeth Holmes was found guilty. Jurors acquitted Holmes. Holmes met prosecutors.",
		"found", "acquitted", "met")
	b := mk("b.txt", "Jurors acquitted Elizabeth Holmes on Monday. Holmes was found guilty too. Holmes had a meeting with prosecutors.",
		"found", "acquitted", "meeting")
	texts := map[string]string{"a.txt": a.Doc.Text, "b.txt": b.Doc.Text}
	for _, rs := range [][]*pipeline.Result{{a, b}, {b, a}} {
		dated, undated := graph.CorpusTimeline(rs)
		if len(undated) != 0 {
			t.Errorf("undated: %+v", undated)
		}
		var got []string
		for _, it := range dated {
			var srcs []string
			for _, s := range it.Sources {
				srcs = append(srcs, s.Doc+":"+texts[s.Doc][s.TriggerStart:s.TriggerEnd])
			}
			got = append(got, it.Class+"/"+it.Lemma+" "+strings.Join(srcs, ","))
		}
		want := []string{
			"occurrence/acquit a.txt:acquitted,b.txt:acquitted",
			"occurrence/find a.txt:found,b.txt:found",
			"meeting/ a.txt:met,b.txt:meeting",
		}
		slices.Sort(got)
		slices.Sort(want)
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("items:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}
