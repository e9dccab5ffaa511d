package graph

import (
	"github.com/chronicle-news/chronicle/internal/permute"
	"slices"
	"sort"
	"strings"

	"github.com/chronicle-news/chronicle/internal/event"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/timeline"
)

// EventKey is the identity of an event across reports: its kind and class,
// the trigger's lemma when it has no briefing kind (timeline.Entry.Lemma;
// "" when it has one), modality (so also its polarity: "negated") and time
// relation, its day (the times of one day are one event: "Friday evening"
// in one report and "Friday night" in another), range end and mod, and the
// entity keys of its participants. A briefing kind groups the words that
// name one happening ("met", "talks"); without one, the class alone would
// make one item of different happenings of the same people on the same
// day ("Holmes found guilty", "Jurors acquit Holmes"), so the lemma
// decides. Events without a date or a participant get no key ("") and
// stay their own report's.
func EventKey(kind, class, lemma, modality, relation, value, rangeEnd, mod string, parts []string) string {
	if value == "" || len(parts) == 0 {
		return ""
	}
	ps := append([]string(nil), parts...)
	sort.Strings(ps)
	ps = dedupSorted(ps)
	day, _, _ := strings.Cut(value, "T")
	return strings.Join([]string{"ev", kind, class, lemma, modality, relation, day, rangeEnd, mod, strings.Join(ps, ",")}, "|")
}

// RoleRank orders participants' roles, who acted first: agent, speaker,
// with, patient, then the others (timeline.RoleRank).
func RoleRank(r string) int { return timeline.RoleRank(r) }

// report is one document's entry of an event, with what merging needs.
// entry points into the document's timeline (BuildAll), which lives as
// long as the merge: an entry is some 400 bytes, copied once into its item.
type report struct {
	entry *timeline.Entry
	hash  string
	parts []timeline.Ref
	place []timeline.Ref
}

// CorpusTimeline is the timeline of several documents with the reports of
// one event merged, as the store merges them (so files and a store give
// the same items): entities resolve across documents (resolveIdentities);
// events with the same EventKey are one item, its reports sorted by
// document name, content hash and position, the first giving the item's
// summary and sentence, the least value its date (the coarser of "Friday"
// and "Friday evening"); actors and places are every report's, by role
// (agents first) and name. Dated items come in timeline order (Less, then
// key), undated ones by their report.
func CorpusTimeline(results []*pipeline.Result) (dated, undated []timeline.Item) {
	return corpusTimeline(results, newCorpusIndex(results))
}

func corpusTimeline(results []*pipeline.Result, c corpusIndex) (dated, undated []timeline.Item) {
	who := c.who
	n := 0 // reports at most: sizes the tables up front
	for _, r := range results {
		if r != nil {
			n += len(r.Events)
		}
	}
	byKey := make(map[string][]report, n)
	keys := make([]string, 0, n)
	for ri, r := range results {
		if r == nil || r.Doc == nil {
			continue
		}
		hash := c.hashes[ri]
		ekey := make(map[string]string, len(r.Entities))
		names := make(map[string]string, len(r.Entities))
		for i := range r.Entities {
			if en := &c.names[ri][i]; en.name != "" {
				k, name := who.ofNamed(en.own, en.name)
				ekey[r.Entities[i].ID], names[r.Entities[i].ID] = k, name
			}
		}
		evs := make(map[string]*event.Event, len(r.Events))
		for i := range r.Events {
			evs[r.Events[i].ID] = &r.Events[i]
		}
		d, u := timeline.BuildAll([]*pipeline.Result{r})
		for _, list := range [][]timeline.Entry{d, u} {
			for k := range list {
				en := &list[k]
				ev := evs[en.Event]
				if ev == nil {
					continue
				}
				rep := report{entry: en, hash: hash}
				var partKeys []string
				for _, p := range ev.Participants {
					k, ok := ekey[p.Entity]
					if !ok {
						continue
					}
					role := timeline.Clean(p.Role)
					rep.parts = append(rep.parts, timeline.Ref{Key: k, Name: names[p.Entity], Role: role})
					if role != event.RoleAttendee {
						partKeys = append(partKeys, k)
					}
				}
				for _, pl := range ev.Places {
					if k, ok := ekey[pl]; ok {
						rep.place = append(rep.place, timeline.Ref{Key: k, Name: names[pl]})
					}
				}
				key := ""
				if !en.Undated() {
					key = EventKey(en.Class, en.TimeML, en.Lemma, en.Modality, en.Relation, en.Date, en.RangeEnd, en.Mod, partKeys)
				}
				if key == "" {
					key = "doc:" + hash + ":" + en.Event
				}
				if _, ok := byKey[key]; !ok {
					keys = append(keys, key)
				}
				byKey[key] = append(byKey[key], rep)
			}
		}
	}
	// Items are large: merged into one array, the dated from the front and
	// the undated from the back (then reversed, to keep their order), and
	// each part sorted in place (sortItems).
	all := make([]timeline.Item, len(keys))
	nd, nu := 0, 0
	for _, key := range keys {
		it := mergeReports(key, byKey[key])
		if it.Undated() {
			nu++
			all[len(all)-nu] = it
		} else {
			all[nd] = it
			nd++
		}
	}
	if nd > 0 {
		dated = all[:nd:nd]
		sortItems(dated)
	}
	if nu > 0 {
		undated = all[len(all)-nu:]
		slices.Reverse(undated)
		sortItems(undated)
	}
	return dated, undated
}

// mergeReports makes one item of an event's reports.
func mergeReports(key string, reps []report) timeline.Item {
	if len(reps) > 1 { // most events have one report
		sortReports(reps)
	}
	it := timeline.Item{Entry: *reps[0].entry, Key: key}
	// The reports may give the day at different precisions ("Friday",
	// "Friday evening"): the item keeps the value that sorts first, the
	// coarser, as the store does whatever the order of ingest.
	for _, r := range reps[1:] {
		if v := r.entry.Date; v != "" && v < it.Date {
			if iv, err := timeline.ParseValue(v); err == nil {
				it.Date, it.Interval = v, iv
				if it.RangeEnd != "" {
					if last, err := timeline.ParseValue(it.RangeEnd); err == nil && last.End.After(iv.End) {
						it.Interval.End = last.End
					}
				}
			}
		}
	}
	// Each participant (key and role) and place (key) once: the lists are
	// short, so a look through them does what a set would.
	var parts, places []timeline.Ref
	it.Mentions = 0
	it.Sources = make([]timeline.Source, 0, len(reps))
	for _, r := range reps {
		it.Sources = append(it.Sources, r.entry.Source)
		it.Mentions += r.entry.Mentions
		for _, p := range r.parts {
			if !slices.ContainsFunc(parts, func(q timeline.Ref) bool { return q.Key == p.Key && q.Role == p.Role }) {
				parts = append(parts, p)
			}
		}
		for _, p := range r.place {
			if !slices.ContainsFunc(places, func(q timeline.Ref) bool { return q.Key == p.Key }) {
				places = append(places, p)
			}
		}
	}
	SetRefs(&it, parts, places)
	return it
}

// sortReports orders an event's reports by document name, content hash
// and position.
func sortReports(reps []report) {
	sort.SliceStable(reps, func(i, j int) bool {
		a, b := &reps[i].entry.Source, &reps[j].entry.Source
		if a.Doc != b.Doc {
			return a.Doc < b.Doc
		}
		if reps[i].hash != reps[j].hash {
			return reps[i].hash < reps[j].hash
		}
		if a.TriggerStart != b.TriggerStart {
			return a.TriggerStart < b.TriggerStart
		}
		return reps[i].entry.Event < reps[j].entry.Event
	})
}

// SetRefs gives an item its participants and places, sorted by role
// (agents first), name and key (whichever report named them first), and
// the names of its actors (attendees left out) and places.
func SetRefs(it *timeline.Item, parts, places []timeline.Ref) {
	// slices' stable sort is sort.SliceStable's algorithm: the same order.
	for _, ps := range [][]timeline.Ref{parts, places} {
		slices.SortStableFunc(ps, func(a, b timeline.Ref) int {
			if c := PartOrder(a.Role, a.Name, b.Role, b.Name); c != 0 {
				return c
			}
			return strings.Compare(a.Key, b.Key)
		})
	}
	it.Who, it.Where = parts, places
	it.Actors, it.Places = nil, nil
	// Each name once (the lists are short: a look through them does what
	// a set would).
	for _, p := range parts {
		if p.Role == event.RoleAttendee || slices.Contains(it.Actors, p.Name) {
			continue
		}
		it.Actors = append(it.Actors, p.Name)
	}
	for _, p := range places {
		if !slices.Contains(it.Places, p.Name) {
			it.Places = append(it.Places, p.Name)
		}
	}
}

// sortItems sorts items as the store's timeline sorts them (Less, then
// key), stably. Items are large: it sorts their indexes and moves each
// item once.
func sortItems(its []timeline.Item) {
	idx := make([]int32, len(its))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortStableFunc(idx, func(i, j int32) int {
		a, b := &its[i].Entry, &its[j].Entry
		if timeline.Less(a, b) {
			return -1
		}
		if timeline.Less(b, a) {
			return 1
		}
		return strings.Compare(its[i].Key, its[j].Key)
	})
	permute.Apply(its, idx)
}
