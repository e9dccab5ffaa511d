package semeval

import (
	"cmp"
	"regexp"
	"slices"
	"strings"

	"github.com/chronicle-news/chronicle/graph"
	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/entity"
	"github.com/chronicle-news/chronicle/internal/event"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/timex"
)

// Unknown is the date of an event that cannot be placed.
const Unknown = "XXXX-XX-XX"

// Item is one line of a timeline: events at one rank with one date.
type Item struct {
	Rank int
	Date string
	IDs  []string // docid-sentence-word; several when coreferent
}

// Timeline is one entity's timeline.
type Timeline struct {
	Entity string
	Items  []Item
}

// Options tune Build.
type Options struct {
	// Window is how many tokens away from a mention of the entity an event
	// may be and still count as the entity's (0 means DefaultWindow).
	Window int
}

// DefaultWindow was chosen on the trial data (see the package test).
const DefaultWindow = 3

// Build returns the timeline of entity over the documents:
//
//   - a mention of the entity is its name, a run of two or more of its
//     words ("Apple Corps" for "Beatles Apple Corps"), its two words in
//     either order a few tokens apart ("3G iPhone", "3G version of its
//     iPhone" for "iPhone 3G"), or any name or alias of an entity the
//     pipeline found under that name (a person's surname);
//   - an event is the entity's when it lies in a sentence with a mention,
//     at most Window tokens from it, or anywhere in such a sentence when
//     the event layer makes the entity one of its participants (the
//     tree's subject, object or oblique: linkedEvents);
//   - its date is the nearest date in its sentence; failing that, the
//     document's date when its verb group is actual and not future (news
//     reports what happened by the day it appeared); failing that, unknown;
//   - events sort by the start of their date's interval, the coarser date
//     first on equal starts; equal dates share a rank; unknown dates take
//     rank 0.
func Build(entityName string, docs []*Doc, opt Options) Timeline {
	win := opt.Window
	if win <= 0 {
		win = DefaultWindow
	}
	targets := targetEntities(entityName, docs)
	forms, person := entityForms(entityName, docs, targets)
	type placed struct {
		id, date string
	}
	var got []placed
	seen := map[string]bool{}
	for i, d := range docs {
		linked := linkedEvents(d, targets[i])
		lastNamed := -100 // the last sentence that named the entity
		for si, s := range d.Sentences {
			toks := spaceTokens(d.Result.Doc.Text, s.Span)
			ments := findMentions(toks, forms)
			if len(ments) > 0 {
				lastNamed = si
			} else if si-lastNamed <= 2 {
				// Pronouns of an entity named in the last two sentences.
				ments = pronounMentions(toks, person)
			}
			if len(ments) == 0 {
				continue
			}
			for _, e := range d.Events {
				if e.Sentence != si {
					continue
				}
				ti := tokenAt(toks, e.Start)
				if ti < 0 || distance(ti, ments) > win && !linked(e.Span) {
					continue
				}
				id := d.Name(e)
				if seen[id] {
					continue
				}
				seen[id] = true
				got = append(got, placed{id, eventDate(d, e)})
			}
		}
	}
	// Rank the dates.
	var dates []string
	dset := map[string]bool{}
	for _, p := range got {
		if p.date != Unknown && !dset[p.date] {
			dset[p.date] = true
			dates = append(dates, p.date)
		}
	}
	slices.SortFunc(dates, compareDates)
	rank := map[string]int{Unknown: 0}
	for i, dt := range dates {
		rank[dt] = i + 1
	}
	t := Timeline{Entity: entityName}
	for _, p := range got {
		t.Items = append(t.Items, Item{Rank: rank[p.date], Date: p.date, IDs: []string{p.id}})
	}
	t.sort()
	return t
}

// targetEntities returns, for each document, its entities that are the
// entity named entityName: those that merge (graph.EntityKeys, the rule of
// the graph and the store) into a corpus entity whose name, alias or key
// it is.
func targetEntities(entityName string, docs []*Doc) []map[string]bool {
	results := make([]*pipeline.Result, len(docs))
	for i, d := range docs {
		results[i] = d.Result
	}
	want := map[string]bool{}
	for _, e := range graph.NamedEntities(graph.Entities(results), entityName) {
		want[e.Key] = true
	}
	out := make([]map[string]bool, len(docs))
	for i, keys := range graph.EntityKeys(results) {
		out[i] = map[string]bool{}
		for id, k := range keys {
			if want[k] {
				out[i][id] = true
			}
		}
	}
	return out
}

// linkedEvents returns whether the event layer makes one of the target
// entities a participant of the event at a span (the tree's subject,
// object or oblique), wherever it lies in its sentence.
func linkedEvents(d *Doc, target map[string]bool) func(document.Span) bool {
	r := d.Result
	var spans []document.Span
	for _, evs := range [][]event.Event{r.Events, r.Mentions} {
		for _, e := range evs {
			for _, p := range e.Participants {
				if target[p.Entity] {
					spans = append(spans, e.Trigger)
					break
				}
			}
		}
	}
	return func(sp document.Span) bool {
		for _, t := range spans {
			if t.Overlaps(sp) {
				return true
			}
		}
		return false
	}
}

func (t *Timeline) sort() {
	slices.SortStableFunc(t.Items, func(a, b Item) int {
		if c := cmp.Compare(a.Rank, b.Rank); c != 0 {
			return c
		}
		if c := strings.Compare(a.Date, b.Date); c != 0 {
			return c
		}
		return slices.Compare(a.IDs, b.IDs)
	})
}

// compareDates orders task dates by interval start, the coarser first.
func compareDates(a, b string) int {
	ia, ea := timex.ParseValue(strings.ReplaceAll(strings.TrimRight(a, "-X"), "-XX", ""))
	ib, eb := timex.ParseValue(strings.ReplaceAll(strings.TrimRight(b, "-X"), "-XX", ""))
	if ea != nil || eb != nil {
		return strings.Compare(a, b)
	}
	if c := ia.Start.Compare(ib.Start); c != 0 {
		return c
	}
	if c := ib.End.Compare(ia.End); c != 0 {
		return c
	}
	return strings.Compare(a, b)
}

// tok is a space-separated token of a sentence with its offset.
type tok struct {
	orig, lower string
	start, end  int
}

// continuesName reports whether a token right after a name makes it a
// longer one: a capitalized word or a number.
func continuesName(w string) bool {
	if w == "" {
		return false
	}
	c := w[0]
	return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// spaceTokens splits a sentence of the task's pre-tokenized text at white
// space; a possessive "'s" is its own token there already.
func spaceTokens(txt string, sp document.Span) []tok {
	var out []tok
	i := sp.Start
	for i < sp.End {
		for i < sp.End && isSpace(txt[i]) {
			i++
		}
		j := i
		for j < sp.End && !isSpace(txt[j]) {
			j++
		}
		if j > i {
			out = append(out, tok{orig: txt[i:j], lower: strings.ToLower(txt[i:j]), start: i, end: j})
		}
		i = j
	}
	return out
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// pronounMentions finds the pronouns that can refer back to the entity:
// he, him, his (she, her) for a person; for a thing, a sentence-initial
// "It" or "Its".
func pronounMentions(toks []tok, person bool) []mention {
	var out []mention
	for i, t := range toks {
		switch {
		case person && (t.lower == "he" || t.lower == "him" || t.lower == "his" || t.lower == "she" || t.lower == "her"):
			out = append(out, mention{i, i})
		case !person && i == 0 && (t.orig == "It" || t.orig == "Its"):
			out = append(out, mention{i, i})
		}
	}
	return out
}

// entityForms returns the token sequences (lower case) that mention the
// entity, and whether the entity is a person (the pipeline typed a name of
// it so). targets are targetEntities' answer.
func entityForms(name string, docs []*Doc, targets []map[string]bool) (forms [][]string, person bool) {
	words := strings.Fields(strings.ToLower(name))
	add := func(ws []string) {
		if len(ws) == 0 {
			return
		}
		for _, f := range forms {
			if slices.Equal(f, ws) {
				return
			}
		}
		forms = append(forms, ws)
	}
	add(words)
	for n := 2; n < len(words); n++ {
		for i := 0; i+n <= len(words); i++ {
			add(words[i : i+n])
		}
	}
	// Names and aliases of the entities that are the entity.
	for i, d := range docs {
		for _, e := range d.Result.Entities {
			if !targets[i][e.ID] {
				continue
			}
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				add(strings.Fields(strings.ToLower(n)))
			}
			if e.Type == entity.Person {
				person = true
				if len(words) > 1 {
					add(words[len(words)-1:]) // the surname
				}
			}
		}
	}
	return forms, person
}

// mention is a run of tokens [first, last] that names the entity.
type mention struct{ first, last int }

func findMentions(toks []tok, forms [][]string) []mention {
	var out []mention
	for _, f := range forms {
		for i := 0; i+len(f) <= len(toks); i++ {
			ok := true
			for k, w := range f {
				if toks[i+k].lower != w {
					ok = false
					break
				}
			}
			// "iPod" is not a mention inside "iPod Nano" or "iPhone 4": a
			// capitalized word or a number right after it continues a longer
			// name.
			if ok && i+len(f) < len(toks) && continuesName(toks[i+len(f)].orig) {
				ok = false
			}
			if ok {
				out = append(out, mention{i, i + len(f) - 1})
			}
		}
		// Two words in either order, a few tokens apart.
		if len(f) == 2 {
			for i := range toks {
				if toks[i].lower != f[0] && toks[i].lower != f[1] {
					continue
				}
				other := f[1]
				if toks[i].lower == f[1] {
					other = f[0]
				}
				for j := i + 1; j < len(toks) && j <= i+4; j++ {
					if toks[j].lower == other {
						out = append(out, mention{i, j})
						break
					}
				}
			}
		}
	}
	return out
}

func distance(i int, ms []mention) int {
	best := 1 << 30
	for _, m := range ms {
		d := 0
		switch {
		case i < m.first:
			d = m.first - i
		case i > m.last:
			d = i - m.last
		}
		best = min(best, d)
	}
	return best
}

func tokenAt(toks []tok, off int) int {
	for i, t := range toks {
		if t.start <= off && off < t.end {
			return i
		}
	}
	return -1
}

var dayRE = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?`)

// eventDate is the task date of an event (see Build).
func eventDate(d *Doc, e Event) string {
	r := d.Result
	s := d.Sentences[e.Sentence]
	if v := sentenceDate(r, s.Span, e.Span); v != "" {
		return v
	}
	if !r.Doc.HasDCT() {
		return Unknown
	}
	dct := r.Doc.DCT.Format("2006-01-02")
	if ps := pipelineSentence(r, e.Start); ps != nil {
		for i, tk := range ps.Tokens {
			if tk.Start <= e.Start && e.Start < tk.End {
				c := text.ClauseCues(*ps, i)
				if c.Modality != text.Actual || c.Tense == text.Future {
					return Unknown
				}
				if c.Tense == text.Past {
					// The narrative's reference time: the last date the
					// text gave before this sentence, when it is a day no
					// later than the document's.
					if v := lastDayBefore(r, s.Start); v != "" && v <= dct {
						return v
					}
				}
				break
			}
		}
	}
	return dct
}

// sentenceDate is the date of the time expression in the sentence that is
// closest to the event, a coarse one (a year, a month) counting as farther
// than a day: "yesterday, at this year's conference, Jobs unveiled" is
// yesterday.
func sentenceDate(r *pipeline.Result, s, ev document.Span) string {
	best, bestScore := "", 1<<30
	for _, t := range r.Timexes {
		if t.Function != "" || t.Start < s.Start || t.End > s.End || (t.Type != timex.Date && t.Type != timex.Time) {
			continue
		}
		v := dayRE.FindString(t.Value)
		if v == "" {
			continue
		}
		dist := 0
		switch {
		case t.Start >= ev.End:
			dist = t.Start - ev.End
		case ev.Start >= t.End:
			dist = ev.Start - t.End
		}
		switch len(v) {
		case 4:
			dist += 40
		case 7:
			dist += 20
		}
		if dist < bestScore {
			best, bestScore = v, dist
		}
	}
	return best
}

// lastDayBefore is the value of the last day-level date expression that
// ends before offset off.
func lastDayBefore(r *pipeline.Result, off int) string {
	best := ""
	for _, t := range r.Timexes {
		if t.Function != "" || t.End > off || (t.Type != timex.Date && t.Type != timex.Time) {
			continue
		}
		if v := dayRE.FindString(t.Value); len(v) == 10 {
			best = v
		}
	}
	return best
}
