// Document records: everything a result puts in the store, computed before
// the write transaction, with nothing that needs the database.

package store

import (
	"sort"
	"strings"

	"github.com/chronicle-news/chronicle/graph"
	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/timeline"
)

// docRecord is one document ready to be written: everything computed from
// the result, nothing that needs the database.
type docRecord struct {
	hash, name, path, format, title, source, docID, dct, dctSource, body string
	entities                                                             []entityRec
	events                                                               []eventRec
}

type entityRec struct {
	local, key, typ, subtype, name, container string
	aliases                                   []aliasRec
	mentions                                  []mentionRec
	place                                     *placeRec // where the document places it, if it does
}

// placeRec is a document's word on where an entity lies (graph.Located).
type placeRec struct {
	container, via, sentence string
	sentStart, sentEnd       int
}

type aliasRec struct{ key, text string }

type mentionRec struct {
	start, end, sentence, sentStart, sentEnd int
	text, kind                               string
}

type eventRec struct {
	local                                                          string
	kind, class, modality, value, rangeEnd, mod, relation, startAt string
	endAt                                                          string
	lemma                                                          string // timeline.Entry.Lemma: "" for an event with a briefing kind
	dated                                                          bool
	parts                                                          []partRec
	places                                                         []string // entity local IDs
	src                                                            timeline.Source
	summary, timex                                                 string
	mentions                                                       int // the trigger and its coreferent mentions
}

type partRec struct {
	entity, role string
	pos          int
}

const timeLayout = "2006-01-02T15:04:05"

func newDocRecord(r *pipeline.Result) *docRecord {
	doc := r.Doc
	// The readers have replaced control characters already; a document
	// made some other way gets the same here, so that both back ends store
	// the same bytes (PostgreSQL refuses NUL and invalid UTF-8 in text,
	// SQLite keeps them). The body changes byte for byte only, so the
	// stored spans stay valid.
	rec := &docRecord{hash: Hash(doc), name: storable(doc.ID), path: storable(doc.Path), format: doc.Format,
		title: storable(doc.Title), source: storable(doc.Source), docID: storable(doc.DocID),
		dctSource: doc.DCTSource, body: document.ReplaceControls(doc.Text)}
	if doc.HasDCT() {
		rec.dct = doc.DCT.Format("2006-01-02")
	}
	names := map[string]string{}
	for i := range r.Entities {
		names[r.Entities[i].ID] = timeline.Clean(r.Entities[i].Name)
	}
	for i := range r.Entities {
		e := &r.Entities[i]
		name := names[e.ID]
		if name == "" {
			continue
		}
		kind := graph.EntityKind(e.Type)
		er := entityRec{local: e.ID, key: graph.NodeID(kind, name), typ: e.Type, subtype: e.Subtype, name: name}
		er.container = graph.Container(e, names)
		if c, prov := graph.Located(r, e, names); c != "" {
			er.place = &placeRec{container: c, via: prov.Via, sentence: prov.Sentence, sentStart: prov.Start, sentEnd: prov.End}
		}

		for _, a := range graph.EntityAliases(e) {
			if k := graph.NodeID(kind, a); k != er.key {
				er.aliases = append(er.aliases, aliasRec{key: k, text: a})
			}
		}
		sort.Slice(er.aliases, func(i, j int) bool { return er.aliases[i].key < er.aliases[j].key })
		er.aliases = dedupAliases(er.aliases)
		for _, m := range e.Mentions {
			mr := mentionRec{sentence: m.Sentence, text: timeline.Clean(m.Text), kind: m.Kind}
			if mr.kind == "" {
				mr.kind = "name"
			}
			mr.start, mr.end = fileSpan(doc, m.Start, m.End)
			if s, ok := timeline.SentenceSpan(r, m.Sentence); ok {
				mr.sentStart, mr.sentEnd = fileSpan(doc, s.Start, s.End)
			} else {
				mr.sentStart, mr.sentEnd = mr.start, mr.end
			}
			er.mentions = append(er.mentions, mr)
		}
		rec.entities = append(rec.entities, er)
	}
	// The timeline of this one document gives every event its date,
	// interval, summary and cited sentence exactly as the file commands do.
	dated, undated := timeline.BuildAll([]*pipeline.Result{r})
	entries := make(map[string]*timeline.Entry, len(dated)+len(undated))
	for _, list := range [][]timeline.Entry{dated, undated} {
		for i := range list {
			entries[list[i].Event] = &list[i]
		}
	}
	for i := range r.Events {
		ev := &r.Events[i]
		en := entries[ev.ID]
		if en == nil {
			continue
		}
		er := eventRec{local: ev.ID, kind: en.Class, class: en.TimeML, lemma: en.Lemma, modality: en.Modality, mod: en.Mod,
			relation: en.Relation, src: en.Source, summary: en.Summary, timex: en.TimexID, mentions: en.Mentions}
		if !en.Undated() {
			er.dated = true
			er.value, er.rangeEnd = en.Date, en.RangeEnd
			er.startAt, er.endAt = en.Interval.Start.UTC().Format(timeLayout), en.Interval.End.UTC().Format(timeLayout)
		}
		for j, p := range ev.Participants {
			if names[p.Entity] != "" {
				er.parts = append(er.parts, partRec{entity: p.Entity, role: timeline.Clean(p.Role), pos: j})
			}
		}
		for _, pl := range ev.Places {
			if names[pl] != "" {
				er.places = append(er.places, pl)
			}
		}
		rec.events = append(rec.events, er)
	}
	return rec
}

func dedupAliases(a []aliasRec) []aliasRec {
	out := a[:0]
	for i, x := range a {
		if i > 0 && x.key == a[i-1].key {
			continue
		}
		out = append(out, x)
	}
	return out
}

// storable makes a name or title storable on both back ends: valid UTF-8
// without control characters.
func storable(s string) string {
	return document.ReplaceControls(strings.ToValidUTF8(s, "\uFFFD"))
}

// fileSpan clamps a text span to the document and maps it to file bytes.
func fileSpan(doc *document.Document, start, end int) (int, int) {
	return doc.SourceSpan(start, end)
}
