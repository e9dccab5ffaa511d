// MEANTIME scoring: the system's names, event mentions, event dates and
// participant links against a document's gold (what is compared is described
// in meantime.go), and the report.

package eval

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/chronicle-news/chronicle/internal/document"
)

// MeantimeName is a system name: a byte span of the rebuilt text and a
// MEANTIME type (PER, ORG, LOC).
type MeantimeName struct {
	document.Span
	Type string
}

// MeantimeSysLink is a system participant link: an event mention and the
// mentions of the entity that takes part in it (byte spans).
type MeantimeSysLink struct {
	Event  document.Span
	Entity []document.Span
	Label  string // the entity's name, for error lists
}

// MeantimeSystem is what a system found in one rebuilt document.
type MeantimeSystem struct {
	Names []MeantimeName
	// EventSets are system event mentions, one list per way of
	// producing them (in the order of MeantimeScore.EventSets).
	EventSets [][]document.Span
	Links     []MeantimeSysLink
	// Dates are the system's events with the TIMEX3 value it gave them
	// (empty when undated).
	Dates []MeantimeSysDate
}

// MeantimeSysDate is a system event mention and its date.
type MeantimeSysDate struct {
	document.Span
	Value string
}

// MeantimeDates counts the gold event mentions with a date (EventDates):
// how many the system found (same token span) and how many it dated with
// the gold value.
type MeantimeDates struct {
	Gold, Found, Right int
}

// MeantimeCounts count one comparison: gold and system items and the
// items of each side that found a match on the other.
type MeantimeCounts struct {
	Gold, Sys               int
	GoldMatched, SysMatched int
}

// P is precision.
func (c MeantimeCounts) P() float64 { return ratio(c.SysMatched, c.Sys) }

// R is recall.
func (c MeantimeCounts) R() float64 { return ratio(c.GoldMatched, c.Gold) }

// F1 is the harmonic mean of P and R.
func (c MeantimeCounts) F1() float64 { return f1(c.P(), c.R()) }

func (c *MeantimeCounts) add(o MeantimeCounts) {
	c.Gold += o.Gold
	c.Sys += o.Sys
	c.GoldMatched += o.GoldMatched
	c.SysMatched += o.SysMatched
}

// MeantimeError is one missed (gold only) or spurious (system only) item.
type MeantimeError struct {
	Doc      string
	Sentence int
	What     string // "name", "name extent", "event <set>", "link"
	Kind     string // Missed or Spurious
	Type     string
	Text     string
	Pos      int // first token, for ordering
	// Context is the text of the sentence (tokens joined by spaces).
	Context string
}

// MeantimeScore is the score of a corpus.
type MeantimeScore struct {
	Docs, Sentences, Tokens int
	Names                   map[string]MeantimeCounts // by type
	NameExtent              MeantimeCounts            // all types, gold spans the extent instead of the head
	PreNames                int                       // system names on a PRE.NAM span (not scored)
	EventSetNames           []string
	Events                  []MeantimeCounts // one per event set
	Links                   MeantimeCounts
	// CoreLinks: who did what, the gold links restricted to Arg0/Arg1 to
	// a person, organization or place.
	CoreLinks MeantimeCounts
	Dates     MeantimeDates
	Errors    []MeantimeError
}

// NamesOverall sums the name counts over the types.
func (s MeantimeScore) NamesOverall() MeantimeCounts {
	var c MeantimeCounts
	for _, t := range MeantimeNameTypes {
		c.add(s.Names[t])
	}
	return c
}

type typedRange struct {
	TokRange
	Type string
}

// ScoreMeantime compares the system output of each document (sys[i] for
// docs[i]) with the gold annotation. setNames name the system's event
// sets (MeantimeSystem.EventSets).
func ScoreMeantime(docs []*MeantimeDoc, sys []MeantimeSystem, setNames []string) (MeantimeScore, error) {
	s := MeantimeScore{Names: map[string]MeantimeCounts{}, EventSetNames: setNames, Events: make([]MeantimeCounts, len(setNames))}
	if len(docs) != len(sys) {
		return s, fmt.Errorf("meantime: %d documents but %d system outputs", len(docs), len(sys))
	}
	for i, d := range docs {
		_, spans := d.Text()
		s.scoreDoc(d, spans, sys[i])
	}
	sort.SliceStable(s.Errors, func(i, j int) bool {
		a, b := s.Errors[i], s.Errors[j]
		if a.Doc != b.Doc {
			return a.Doc < b.Doc
		}
		if a.What != b.What {
			return whatOrder(a.What) < whatOrder(b.What)
		}
		if a.Pos != b.Pos {
			return a.Pos < b.Pos
		}
		return a.Kind < b.Kind
	})
	return s, nil
}

func whatOrder(w string) string {
	switch {
	case w == "name":
		return "0"
	case strings.HasPrefix(w, "event"):
		return "1" + w
	}
	return "2" + w
}

// scoreDoc adds one document's counts and errors to s: names, events, the
// dates of the gold events, participant links.
func (s *MeantimeScore) scoreDoc(d *MeantimeDoc, spans []document.Span, sys MeantimeSystem) {
	s.Docs++
	s.Sentences += d.Annotated
	for _, t := range d.Tokens {
		if t.Sentence < d.Annotated {
			s.Tokens++
		}
	}
	ds := &docScore{s: s, d: d, spans: spans, sys: sys, sentText: map[int]string{}}
	for k := 0; k < len(d.Tokens); {
		e := k
		for e+1 < len(d.Tokens) && d.Tokens[e+1].Sentence == d.Tokens[k].Sentence {
			e++
		}
		ds.sentText[d.Tokens[k].Sentence] = ds.words(TokRange{k, e})
		k = e + 1
	}
	ds.names()
	ds.events()
	ds.dates()
	ds.links()
}

// docScore is the scoring of one document: the score it adds to, the gold
// document, the system's output (spans maps its byte spans to tokens),
// and each sentence's text for the errors' context.
type docScore struct {
	s        *MeantimeScore
	d        *MeantimeDoc
	spans    []document.Span
	sys      MeantimeSystem
	sentText map[int]string
}

// inScope reports whether a token range lies in the annotated sentences.
func (ds *docScore) inScope(r TokRange) bool { return ds.d.Tokens[r.First].Sentence < ds.d.Annotated }

// words is the text of a token range, its tokens joined by spaces.
func (ds *docScore) words(r TokRange) string {
	ws := make([]string, 0, r.Last-r.First+1)
	for k := r.First; k <= r.Last; k++ {
		ws = append(ws, ds.d.Tokens[k].Text)
	}
	return strings.Join(ws, " ")
}

// add records an error with the document's name and the sentence's text.
func (ds *docScore) add(e MeantimeError) {
	e.Doc = ds.d.Name
	e.Context = ds.sentText[e.Sentence]
	ds.s.Errors = append(ds.s.Errors, e)
}

// errorf records an error about the words of token range r.
func (ds *docScore) errorf(what, kind, typ string, r TokRange) {
	ds.add(MeantimeError{Sentence: ds.d.Tokens[r.First].Sentence, What: what, Kind: kind, Type: typ, Text: ds.words(r), Pos: r.First})
}

// names scores the system's names against the gold names (heads, by
// type), and their extents; a system name that is a gold pre-modifier
// name (PRE.NAM) is counted apart.
func (ds *docScore) names() {
	s, d := ds.s, ds.d
	gold, goldExt, pre := map[typedRange]bool{}, map[typedRange]bool{}, map[typedRange]bool{}
	for _, m := range d.Mentions {
		if m.Tag != "ENTITY_MENTION" || !isNameType(m.EntType) {
			continue
		}
		switch m.SyntacticType {
		case "NAM":
			gold[typedRange{m.Head, m.EntType}] = true
			goldExt[typedRange{m.Extent, m.EntType}] = true
		case "PRE.NAM":
			pre[typedRange{m.Head, m.EntType}] = true
		}
	}
	sysNames := map[typedRange]bool{}
	for _, n := range ds.sys.Names {
		r, ok := TokenRange(ds.spans, n.Span)
		if !ok || !ds.inScope(r) {
			continue
		}
		sysNames[typedRange{r, n.Type}] = true
	}
	for _, g := range sortedRanges(gold) {
		c := s.Names[g.Type]
		c.Gold++
		if sysNames[g] {
			c.GoldMatched++
		} else {
			ds.errorf("name", Missed, g.Type, g.TokRange)
		}
		s.Names[g.Type] = c
	}
	for _, n := range sortedRanges(sysNames) {
		if !gold[n] && pre[n] {
			s.PreNames++
			continue
		}
		c := s.Names[n.Type]
		c.Sys++
		if gold[n] {
			c.SysMatched++
		} else {
			ds.errorf("name", Spurious, n.Type, n.TokRange)
		}
		s.Names[n.Type] = c
		s.NameExtent.Sys++
		if goldExt[n] {
			s.NameExtent.SysMatched++
		}
	}
	for g := range goldExt {
		s.NameExtent.Gold++
		if sysNames[g] {
			s.NameExtent.GoldMatched++
		}
	}
}

// events scores each of the system's event sets against the gold event
// mentions (exact extent).
func (ds *docScore) events() {
	s, d := ds.s, ds.d
	goldEv := map[TokRange]bool{}
	for _, m := range d.Mentions {
		if m.Tag == "EVENT_MENTION" {
			goldEv[m.Extent] = true
		}
	}
	for k, set := range ds.sys.EventSets {
		if k >= len(s.Events) {
			break
		}
		sysEv := map[TokRange]bool{}
		for _, sp := range set {
			if r, ok := TokenRange(ds.spans, sp); ok && ds.inScope(r) {
				sysEv[r] = true
			}
		}
		c := &s.Events[k]
		what := "event " + s.EventSetNames[k]
		for _, g := range sortedTokRanges(goldEv) {
			c.Gold++
			if sysEv[g] {
				c.GoldMatched++
			} else {
				ds.errorf(what, Missed, "", g)
			}
		}
		for _, r := range sortedTokRanges(sysEv) {
			c.Sys++
			if goldEv[r] {
				c.SysMatched++
			} else {
				ds.errorf(what, Spurious, "", r)
			}
		}
	}
}

// dates scores the dates of the gold events that have one: found (the
// system dated the event, right or wrong) and right.
func (ds *docScore) dates() {
	s, d := ds.s, ds.d
	sysDate := map[TokRange]string{}
	for _, sd := range ds.sys.Dates {
		if r, ok := TokenRange(ds.spans, sd.Span); ok && ds.inScope(r) {
			if _, seen := sysDate[r]; !seen || sd.Value != "" {
				sysDate[r] = sd.Value
			}
		}
	}
	for _, m := range d.Mentions {
		v, ok := d.EventDates[m.ID]
		if m.Tag != "EVENT_MENTION" || !ok || !ds.inScope(m.Extent) {
			continue
		}
		s.Dates.Gold++
		got, found := sysDate[m.Extent]
		if found {
			s.Dates.Found++
		}
		switch {
		case found && got == v:
			s.Dates.Right++
		case found && got != "":
			ds.errorf("event date", Missed, v+", system "+got, m.Extent)
		case found:
			ds.errorf("event date", Missed, v+", system undated", m.Extent)
		default:
			ds.errorf("event date", Missed, v+", event not found", m.Extent)
		}
	}
}

// goldLink is a gold participant link: an event mention's extent and an
// entity mention's.
type goldLink struct{ ev, ent TokRange }

// sysLink is a system link: an event's tokens, the token ranges of its
// participant's mentions in the event's sentence, and its label.
type sysLink struct {
	ev    TokRange
	ents  []TokRange
	label string
}

// match reports whether system link x is gold link g: the same event, and
// a mention inside the gold entity's extent.
func (g goldLink) match(x sysLink) bool {
	if g.ev != x.ev {
		return false
	}
	for _, r := range x.ents {
		if r.First >= g.ent.First && r.Last <= g.ent.Last {
			return true
		}
	}
	return false
}

// links scores the participant links, all of them and the core ones (who
// did what: Arg0/Arg1 to a person, organization or place).
func (ds *docScore) links() {
	gl, core := ds.goldLinks()
	sl := ds.sysLinks()
	s, d := ds.s, ds.d
	for _, g := range gl {
		s.Links.Gold++
		found := false
		for _, x := range sl {
			if g.match(x) {
				found = true
				break
			}
		}
		if core[g] {
			s.CoreLinks.Gold++
			if found {
				s.CoreLinks.GoldMatched++
			}
		}
		if found {
			s.Links.GoldMatched++
		} else {
			ds.add(MeantimeError{Sentence: d.Tokens[g.ev.First].Sentence, What: "link", Kind: Missed,
				Text: ds.words(g.ev) + " -> " + ds.words(g.ent), Pos: g.ev.First})
		}
	}
	for _, x := range sl {
		s.Links.Sys++
		found, foundCore := false, false
		for _, g := range gl {
			if g.match(x) {
				found = true
				foundCore = foundCore || core[g]
			}
		}
		// A link that matches only a gold link of another kind (an Arg2,
		// a product) is no error of the who-did-what score.
		if foundCore || !found {
			s.CoreLinks.Sys++
			if foundCore {
				s.CoreLinks.SysMatched++
			}
		}
		if found {
			s.Links.SysMatched++
		} else {
			ds.add(MeantimeError{Sentence: d.Tokens[x.ev.First].Sentence, What: "link", Kind: Spurious,
				Text: ds.words(x.ev) + " -> " + x.label, Pos: x.ev.First})
		}
	}
}

// goldLinks returns the gold links from event mentions to entity
// mentions, each once, in the file's order, and which are core.
func (ds *docScore) goldLinks() (gl []goldLink, core map[goldLink]bool) {
	d := ds.d
	core = map[goldLink]bool{} // who did what: Arg0/Arg1 to a person, organization or place
	seen := map[goldLink]bool{}
	for _, l := range d.Links {
		ev, ok1 := d.Mention(l.Event)
		en, ok2 := d.Mention(l.Entity)
		if !ok1 || !ok2 || ev.Tag != "EVENT_MENTION" || en.Tag != "ENTITY_MENTION" {
			continue
		}
		k := goldLink{ev.Extent, en.Extent}
		if (l.Role == "Arg0" || l.Role == "Arg1") && isNameType(en.EntType) {
			core[k] = true
		}
		if !seen[k] {
			seen[k] = true
			gl = append(gl, k)
		}
	}
	return gl, core
}

// sysLinks returns the system's links in the annotated sentences, with
// the participant's mentions in the event's sentence.
func (ds *docScore) sysLinks() []sysLink {
	d := ds.d
	var sl []sysLink
	for _, l := range ds.sys.Links {
		ev, ok := TokenRange(ds.spans, l.Event)
		if !ok || !ds.inScope(ev) {
			continue
		}
		x := sysLink{ev: ev, label: l.Label}
		for _, sp := range l.Entity {
			if r, ok := TokenRange(ds.spans, sp); ok && d.Tokens[r.First].Sentence == d.Tokens[ev.First].Sentence {
				x.ents = append(x.ents, r)
			}
		}
		sl = append(sl, x)
	}
	return sl
}

func isNameType(t string) bool {
	for _, x := range MeantimeNameTypes {
		if t == x {
			return true
		}
	}
	return false
}

func sortedRanges(m map[typedRange]bool) []typedRange {
	out := make([]typedRange, 0, len(m))
	for r := range m {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.First != b.First {
			return a.First < b.First
		}
		if a.Last != b.Last {
			return a.Last < b.Last
		}
		return a.Type < b.Type
	})
	return out
}

func sortedTokRanges(m map[TokRange]bool) []TokRange {
	out := make([]TokRange, 0, len(m))
	for r := range m {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].First != out[j].First {
			return out[i].First < out[j].First
		}
		return out[i].Last < out[j].Last
	})
	return out
}

// WriteMeantimeReport writes the score: names per type and overall, event
// mentions per event set, participant links; with showErrors, every
// missed and spurious item grouped by document.
func WriteMeantimeReport(out io.Writer, s MeantimeScore, showErrors bool) error {
	w := bufio.NewWriter(out)
	fmt.Fprintf(w, "documents %d   annotated sentences %d   tokens %d\n", s.Docs, s.Sentences, s.Tokens)
	fmt.Fprintf(w, "%-22s %6s %6s %6s   %6s %6s %s\n", "", "F1", "P", "R", "gold", "system", "matched gold / system")
	row := func(name string, c MeantimeCounts) {
		fmt.Fprintf(w, "%-22s %s %s %s   %6d %6d %d / %d\n", name, pct(c.F1()), pct(c.P()), pct(c.R()), c.Gold, c.Sys, c.GoldMatched, c.SysMatched)
	}
	fmt.Fprintf(w, "=== names (NAM mentions): exact token span and type ===\n")
	for _, t := range MeantimeNameTypes {
		row(t, s.Names[t])
	}
	row(strings.Join(MeantimeNameTypes, "+"), s.NamesOverall())
	row("(gold span = extent)", s.NameExtent)
	fmt.Fprintf(w, "system names on pre-modifier (PRE.NAM) spans, not scored: %d\n", s.PreNames)
	fmt.Fprintf(w, "=== event mentions: exact token span ===\n")
	for k, n := range s.EventSetNames {
		row(n, s.Events[k])
	}
	fmt.Fprintf(w, "=== participant links (HAS_PARTICIPANT): event span exact, entity mention inside the gold extent ===\n")
	row("links", s.Links)
	row("who-did-what links", s.CoreLinks) // gold: Arg0/Arg1 to a PER, ORG or LOC mention
	fmt.Fprintf(w, "=== event dates: gold events anchored to a date by a TLINK (simultaneous, included) ===\n")
	d := s.Dates
	fmt.Fprintf(w, "dated with the gold value %s%%   (%d of %d; %d found by the system)\n", pct(ratio(d.Right, d.Gold)), d.Right, d.Gold, d.Found)
	if showErrors {
		fmt.Fprintf(w, "\n=== errors: - gold only, + system only ===\n")
		doc, what, sent := "", "", -1
		for _, e := range s.Errors {
			if e.Doc != doc {
				doc, what = e.Doc, ""
				fmt.Fprintf(w, "%s\n", doc)
			}
			if e.What != what {
				what, sent = e.What, -1
				fmt.Fprintf(w, "  %s\n", what)
			}
			if e.Sentence != sent {
				sent = e.Sentence
				fmt.Fprintf(w, "   sentence %d: %s\n", sent, e.Context)
			}
			sign := "-"
			if e.Kind == Spurious {
				sign = "+"
			}
			if e.Type != "" {
				fmt.Fprintf(w, "    %s %-4s %s\n", sign, e.Type, e.Text)
			} else {
				fmt.Fprintf(w, "    %s %s\n", sign, e.Text)
			}
		}
	}
	return w.Flush()
}
