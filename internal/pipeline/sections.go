package pipeline

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/entity"
	"github.com/chronicle-news/chronicle/internal/event"
	"github.com/chronicle-news/chronicle/internal/syntax"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/timex"
)

// SectionBytes bounds the text the stages hold at once. A longer document
// (a book, a year of a blog in one file) is processed in sections of about
// this size, cut at a blank line where there is one, and the sections'
// results are merged: entities by type and name, IDs renumbered in text
// order. Each section's tokens and trees are dropped once its events are
// found, so a document's working memory is that of one section plus its
// annotations (docs/security.md, "Limits"). News articles are far shorter
// (the longest in TempEval-3 is 26 KB), and go through in one piece.
const SectionBytes = 512 << 10

// sectionSpans splits doc's body into sections of at most size bytes
// where the text allows (see sectionCut), each a list of body regions in
// order. One section means the whole body.
func sectionSpans(doc *document.Document, size int) [][]document.Span {
	var out [][]document.Span
	var cur []document.Span
	n := 0
	for _, b := range doc.BodySpans() {
		for b.Start < b.End {
			if n+b.End-b.Start <= size {
				cur = append(cur, b)
				n += b.End - b.Start
				break
			}
			cut := sectionCut(doc.Text, b.Start, b.Start+max(size-n, 0), b.End, size/2)
			if cut > b.Start {
				cur = append(cur, document.Span{Start: b.Start, End: cut})
			}
			if len(cur) > 0 {
				out = append(out, cur)
			}
			cur, n = nil, 0
			b.Start = cut
		}
	}
	if len(cur) > 0 || len(out) == 0 {
		out = append(out, cur)
	}
	return out
}

// sectionCut returns where to end a section of t that starts at start and
// should end by limit: after the last blank line within reach bytes before
// limit, else after the last line break, else after the last sentence end
// followed by a space, else after the last space; failing all, at limit
// itself (on a character boundary). When start itself is the limit (the
// previous region filled the section), the section ends there.
func sectionCut(t string, start, limit, end, reach int) int {
	if limit >= end {
		return end
	}
	if limit <= start {
		return start
	}
	from := max(start, limit-reach)
	w := t[from:limit]
	if i := strings.LastIndex(w, "\n\n"); i >= 0 {
		return from + i + 2
	}
	if i := strings.LastIndexByte(w, '\n'); i >= 0 {
		return from + i + 1
	}
	for i := len(w) - 2; i >= 0; i-- {
		if (w[i] == '.' || w[i] == '!' || w[i] == '?') && w[i+1] == ' ' {
			return from + i + 2
		}
	}
	if i := strings.LastIndexByte(w, ' '); i >= 0 {
		return from + i + 1
	}
	for limit > start && !utf8.RuneStart(t[limit]) {
		limit--
	}
	if limit == start { // one character longer than the section
		_, n := utf8.DecodeRuneInString(t[start:end])
		return start + n
	}
	return limit
}

// process runs the stages over doc, in sections when it is longer than
// SectionBytes. keep keeps every section's tokens and trees in the result
// (the parse command writes them); otherwise a sectioned document's result
// is compact (see Compact; Mentions stay).
func process(doc *document.Document, keep bool) *Result {
	return processSized(doc, keep, SectionBytes)
}

func processSized(doc *document.Document, keep bool, size int) *Result {
	secs := sectionSpans(doc, size)
	if len(secs) == 1 {
		return processSpans(doc, doc.BodySpans())
	}
	r := &Result{Doc: doc}
	var m merger
	for k, spans := range secs {
		s := processSpans(doc, spans)
		if !keep {
			for i := range s.Sentences {
				s.Sentences[i].Tokens = nil
			}
			s.Syntax = nil
		}
		m.add(r, s, k == 0)
	}
	m.finish(r)
	return r
}

// processSpans runs every stage over the sentences of the given regions of
// doc's body.
func processSpans(doc *document.Document, spans []document.Span) *Result {
	r := parseSpans(doc, spans)
	tagTime(r)
	recognizeEntities(r)
	extractEvents(r)
	return r
}

// The stages of processSpans, one function each so that ProcessBatch runs
// exactly the same calls, stage by stage over several documents.

// parseSpans segments the given regions of doc's body and parses the
// sentences.
func parseSpans(doc *document.Document, spans []document.Span) *Result {
	r := &Result{Doc: doc}
	r.Sentences = text.SegmentSpans(doc, spans)
	if m, err := syntax.Default(); err == nil {
		r.Syntax = m.ParseSentences(r.Sentences)
	}
	return r
}

func tagTime(r *Result) { r.Timexes = timex.TagParsed(r.Doc, r.Sentences, r.Syntax) }

func recognizeEntities(r *Result) { r.Entities = entity.Recognize(r.Doc, r.Sentences, r.Timexes) }

func extractEvents(r *Result) {
	r.Events, r.Mentions = event.ExtractAll(r.Doc, r.Sentences, r.Syntax, r.Timexes, r.Entities)
}

// merger appends the results of a document's sections into one.
type merger struct {
	entByKey map[[2]string]int // type and name -> index in the result's entities
	byName   map[string]int    // names and aliases -> the first entity with it
	nTimex   int
	nEvent   int
	nMention int
	hasT0    bool
}

// add appends section s to r. Sentence indices are shifted, timex, event
// and mention IDs renumbered, and entities merged with those of earlier
// sections that have the same type and name (their IDs are renumbered by
// finish).
func (m *merger) add(r, s *Result, first bool) {
	if m.entByKey == nil {
		m.entByKey = map[[2]string]int{}
		m.byName = map[string]int{}
	}
	base := len(r.Sentences)
	for _, sn := range s.Sentences {
		sn.Index += base
		r.Sentences = append(r.Sentences, sn)
	}
	r.Syntax = append(r.Syntax, s.Syntax...)

	tids := map[string]string{}
	for _, t := range s.Timexes {
		if t.Function == timex.CreationTime {
			// The date line outside the body: every section finds it; the
			// first one keeps it.
			if m.hasT0 {
				tids[t.ID] = "t0"
				continue
			}
			m.hasT0 = true
			tids[t.ID] = t.ID
			r.Timexes = append(r.Timexes, t)
			continue
		}
		m.nTimex++
		id := "t" + strconv.Itoa(m.nTimex)
		tids[t.ID] = id
		t.ID = id
		if t.Sentence >= 0 {
			t.Sentence += base
		}
		r.Timexes = append(r.Timexes, t)
	}
	for i := len(r.Timexes) - len(s.Timexes); i < len(r.Timexes); i++ {
		if i >= 0 && r.Timexes[i].AnchorID != "" {
			if id, ok := tids[r.Timexes[i].AnchorID]; ok {
				r.Timexes[i].AnchorID = id
			}
		}
	}

	// Entities: provisional IDs "#<index>" until finish renumbers them.
	eids := map[string]string{}
	for _, e := range s.Entities {
		for i := range e.Mentions {
			if e.Mentions[i].Sentence >= 0 {
				e.Mentions[i].Sentence += base
			}
		}
		key := [2]string{e.Type, e.Name}
		j, ok := m.entByKey[key]
		if !ok {
			// A name an earlier section knew under another type or as
			// an alias ("Netanyahu" after "Benjamin Netanyahu").
			j, ok = m.byName[e.Name]
		}
		if ok {
			m.entByKey[key] = j
			eids[e.ID] = "#" + strconv.Itoa(j)
			mergeEntity(&r.Entities[j], e)
			continue
		}
		j = len(r.Entities)
		m.entByKey[key] = j
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if _, dup := m.byName[n]; !dup {
				m.byName[n] = j
			}
		}
		eids[e.ID] = "#" + strconv.Itoa(j)
		r.Entities = append(r.Entities, e)
	}
	for _, e := range s.Entities {
		j := m.entByKey[[2]string{e.Type, e.Name}]
		switch p := r.Entities[j].PartOf; {
		case p == "" && e.PartOf != "":
			r.Entities[j].PartOf = eids[e.PartOf] // learnt in this section
		case p != "" && !strings.HasPrefix(p, "#"):
			r.Entities[j].PartOf = eids[p] // added from this section
		}
	}

	evids := map[string]string{}
	for _, e := range s.Events {
		m.nEvent++
		evids[e.ID] = "ev" + strconv.Itoa(m.nEvent)
	}
	fix := func(e event.Event) event.Event {
		e.Sentence += base
		if e.TimexID != "" {
			e.TimexID = tids[e.TimexID]
		}
		if e.Host != "" {
			e.Host = evids[e.Host]
		}
		ps := make([]event.Participant, len(e.Participants))
		for i, p := range e.Participants {
			p.Entity = eids[p.Entity]
			ps[i] = p
		}
		e.Participants = ps
		pl := make([]string, len(e.Places))
		for i, p := range e.Places {
			pl[i] = eids[p]
		}
		e.Places = pl
		if !first && e.DateFrom == event.DateDocument && !event.TimeOfWriting(e) {
			// Only the document's lead is dated by the document's date; a
			// later section's first sentences are not a lead.
			e.Value, e.DateFrom = "", ""
		}
		return e
	}
	for _, e := range s.Events {
		e = fix(e)
		e.ID = evids[e.ID]
		r.Events = append(r.Events, e)
	}
	for _, e := range s.Mentions {
		e = fix(e)
		m.nMention++
		e.ID = "m" + strconv.Itoa(m.nMention)
		r.Mentions = append(r.Mentions, e)
	}
}

// mergeEntity adds b's mentions, aliases and missing facts to a.
func mergeEntity(a *entity.Entity, b entity.Entity) {
	seen := make(map[document.Span]bool, len(a.Mentions))
	for _, x := range a.Mentions {
		seen[x.Span] = true
	}
	for _, x := range b.Mentions {
		if !seen[x.Span] {
			a.Mentions = append(a.Mentions, x)
		}
	}
	slices.SortStableFunc(a.Mentions, func(x, y entity.Mention) int { return x.Start - y.Start })
	for _, al := range b.Aliases {
		if al != a.Name && !slices.Contains(a.Aliases, al) {
			a.Aliases = append(a.Aliases, al)
		}
	}
	slices.Sort(a.Aliases)
	if a.Subtype == "" {
		a.Subtype = b.Subtype
	}
	if a.Container == "" {
		a.Container = b.Container
	}
	if a.Lat == nil && b.Lat != nil {
		a.Lat, a.Lon = b.Lat, b.Lon
	}
	if a.Title == "" {
		a.Title = b.Title
	}
	if a.Nationality == "" {
		a.Nationality = b.Nationality
	}
	if a.Note == "" {
		a.Note = b.Note
	}
}

// finish gives the merged entities their IDs (e1, e2, ... in the order of
// their first mentions) and rewrites every reference to them.
func (m *merger) finish(r *Result) {
	order := make([]int, len(r.Entities))
	for i := range order {
		order[i] = i
	}
	first := func(i int) int {
		if len(r.Entities[i].Mentions) == 0 {
			return -1
		}
		return r.Entities[i].Mentions[0].Start
	}
	slices.SortStableFunc(order, func(a, b int) int { return first(a) - first(b) })
	ids := make(map[string]string, len(order))
	ents := make([]entity.Entity, len(order))
	for k, i := range order {
		ids["#"+strconv.Itoa(i)] = "e" + strconv.Itoa(k+1)
		ents[k] = r.Entities[i]
	}
	for k := range ents {
		ents[k].ID = "e" + strconv.Itoa(k+1)
		if ents[k].PartOf != "" {
			ents[k].PartOf = ids[ents[k].PartOf]
		}
	}
	r.Entities = ents
	for _, evs := range [][]event.Event{r.Events, r.Mentions} {
		for i := range evs {
			for j := range evs[i].Participants {
				evs[i].Participants[j].Entity = ids[evs[i].Participants[j].Entity]
			}
			for j := range evs[i].Places {
				evs[i].Places[j] = ids[evs[i].Places[j]]
			}
		}
	}
}
