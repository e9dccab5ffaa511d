package timeline

import (
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/entity"
	"github.com/chronicle-news/chronicle/internal/event"
	"github.com/chronicle-news/chronicle/internal/permute"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/timex"
	"github.com/chronicle-news/chronicle/internal/wordset"
)

// Source says where an entry comes from. Start and End are byte offsets into
// the source file (Document.SourceOffset applied) of the sentence that
// reports the event; Trigger is the event word's span, also in file bytes.
type Source struct {
	Doc      string `json:"doc"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence string `json:"sentence"`
	// Line is the 1-based line of the sentence in the document text; it is
	// 0 for markup formats, whose text lines are not the file's lines.
	Line int `json:"line,omitempty"`
	// Index is the 0-based index of the sentence in the document.
	Index        int `json:"index"`
	TriggerStart int `json:"triggerStart"`
	TriggerEnd   int `json:"triggerEnd"`
}

// Entry is one line of the timeline: one event.
type Entry struct {
	Date     string   // TIMEX3 value; "" for undated entries
	RangeEnd string   // for a range or an era ("2009-2010", "World War II"): the value of its last unit
	Interval Interval // zero for undated entries
	Mod      string   // the timex's mod (APPROX, START, ...), if any
	Relation string   // event.TimeRelation: "" (at the date), AFTER, BEFORE, SINCE, UNTIL, BY
	Modality string   // actual, planned, possible, negated
	Class    string   // briefing kind (meeting, visit...); the TimeML class when there is none
	TimeML   string   // TimeML class (OCCURRENCE, ...)
	Summary  string
	Actors   []string // names of the participants, in the event's order
	Places   []string // names of the places
	Source   Source
	Event    string // the event ID within its document
	TimexID  string // the timex that dates it, when known
	// DocDate is the document's date (YYYY-MM-DD; "" when unknown), for
	// Salience: news is what happened by the day it was written.
	DocDate string
	// Mentions is how many times the text mentions the event (the trigger
	// and its coreferent mentions: "the meeting", "the talks").
	Mentions int
	// Lemma is the trigger's lemma ("find", "acquit") of an event without
	// a briefing kind, "" for one with a kind. It is part of the event's
	// key across documents (graph.EventKey): it keeps apart happenings
	// that share only a TimeML class, where a kind already names what
	// happened and groups the words for it ("met", "a meeting"). An event
	// the text tells several times has the lemma of the mention that keeps
	// it, the first (the event stage merges later mentions into earlier
	// ones and keeps the earlier one's lemma), whatever the order of the
	// reports.
	Lemma string
}

// Undated reports whether the entry has no time.
func (e Entry) Undated() bool { return e.Interval.IsZero() }

// Build returns the timeline of the results: one entry per event with a time
// that ParseValue can place, sorted by Less.
func Build(results []*pipeline.Result) []Entry {
	dated, _ := BuildAll(results)
	return dated
}

// BuildAll returns the dated entries sorted by Less, and the events without a
// usable time (no value, a reference value such as PRESENT_REF, an unanchored
// or invalid one) sorted by document and position, for an --all listing.
func BuildAll(results []*pipeline.Result) (dated, undated []Entry) {
	return build(results, false)
}

// BuildLayer is BuildAll over the whole event layer: the briefing events
// and the results' other event mentions (Result.Mentions), each with the
// date the layer gives it, the document's date included.
func BuildLayer(results []*pipeline.Result) (dated, undated []Entry) {
	return build(results, true)
}

func build(results []*pipeline.Result, layer bool) (dated, undated []Entry) {
	type parsed struct {
		iv  Interval
		err error
	}
	values := map[string]parsed{} // a corpus repeats few values many times
	parse := func(v string) (Interval, error) {
		p, ok := values[v]
		if !ok {
			p.iv, p.err = ParseValue(v)
			values[v] = p
		}
		return p.iv, p.err
	}
	// Entries are large: one array holds them all, the dated filled from
	// the front and the undated from the back (then reversed), rather than
	// two slices grown by append.
	total := 0
	for _, r := range results {
		if r != nil && r.Doc != nil {
			total += len(r.Events)
			if layer {
				total += len(r.Mentions)
			}
		}
	}
	all := make([]Entry, total)
	nd, nu := 0, 0
	for _, r := range results {
		if r == nil || r.Doc == nil {
			continue
		}
		lines := lineIndex{text: r.Doc.Text}
		if r.Doc.HasDCT() {
			lines.docDate = r.Doc.DCT.Format("2006-01-02")
		}
		ents := make(map[string]*entity.Entity, len(r.Entities))
		for i := range r.Entities {
			ents[r.Entities[i].ID] = &r.Entities[i]
		}
		tx := make(map[string]*timex.Timex, len(r.Timexes))
		for i := range r.Timexes {
			tx[r.Timexes[i].ID] = &r.Timexes[i]
		}
		shown := DocumentDatesShown(r)
		evs := make([]*event.Event, 0, len(r.Events))
		for i := range r.Events {
			evs = append(evs, &r.Events[i])
		}
		if layer {
			for i := range r.Mentions {
				evs = append(evs, &r.Mentions[i])
			}
		}
		for _, ev := range evs {
			e := entryFor(r, ev, ents, &lines)
			e.Mentions = 1 + len(ev.Corefs)
			v := ev.Value
			if ev.DateFrom == event.DateDocument && !shown[ev.ID] && !layer {
				v = "" // dated only as written that day; not a line
			}
			t := tx[ev.TimexID]
			if !layer && headlineRepeat(r, ev) {
				v, t = "", nil // the lead tells it, with more
			}
			if !layer && ev.Class == event.Reporting && bareReport(ev) {
				v, t = "", nil // "Paulson tells reporters": what was said is the news, and the line has none of it
			}
			if t != nil {
				if v == "" {
					v = t.Value
				}
				e.Mod = t.Mod
			}
			if iv, err := parse(v); err == nil {
				e.Date, e.Interval = v, iv
				// A range covers its first to its last unit.
				if t != nil && t.RangeEnd != "" && v == t.Value {
					if last, err := parse(t.RangeEnd); err == nil && last.End.After(iv.End) {
						e.RangeEnd, e.Interval.End = t.RangeEnd, last.End
					}
				}
				all[nd] = e
				nd++
			} else {
				nu++
				all[total-nu] = e
			}
		}
	}
	if nd > 0 {
		dated = all[:nd:nd]
	}
	if nu > 0 {
		undated = all[total-nu:]
		slices.Reverse(undated)
	}
	sortEntries(dated)
	sortEntries(undated)
	return dated, undated
}

// DocumentDatesShown returns the IDs of r's events dated by the document's
// date (DateFrom DateDocument) whose date the briefing outputs show: an
// event of the lead reported as done, by someone (leadLine), in a sentence
// that dates no event with a time of its own (there an event dated only by
// the document is most often the same story told again: "met on Friday in
// Danang, where leaders gathered for their summit"), unless it is a main
// clause of other agents (retold). The others keep the date in
// the event layer (extract) and are undated on the timeline and the graph.
func DocumentDatesShown(r *pipeline.Result) map[string]bool {
	timed := map[int]map[string]bool{} // sentence -> parties of its events with a time of their own
	// The same of main clauses only, for reports: a relative clause on
	// the speaker tells no statement again ("The party, which lost when
	// its candidate conceded last night, said it would work with ...").
	timedMain := map[int]map[string]bool{}
	for i := range r.Events {
		if e := &r.Events[i]; e.TimexID != "" && e.Modality == "actual" && e.Class != event.Reporting && e.Main {
			if timedMain[e.Sentence] == nil {
				timedMain[e.Sentence] = map[string]bool{}
			}
			for _, p := range e.Participants {
				timedMain[e.Sentence][p.Entity] = true
			}
		}
	}
	for i := range r.Events {
		// A plan dated ahead tells no done event again: "accepted the
		// resignation and will speak to party leaders on Wednesday".
		if e := &r.Events[i]; e.TimexID != "" && e.Modality == "actual" && e.Class != event.Reporting {
			// (a report's day tells when it was said, not what: "Scientists
			// have produced more energy ..., Granholm announced on Tuesday")
			if timed[e.Sentence] == nil {
				timed[e.Sentence] = map[string]bool{}
			}
			for _, p := range e.Participants {
				timed[e.Sentence][p.Entity] = true
			}
		}
	}
	hosts := map[string]bool{}
	for i := range r.Events {
		if h := r.Events[i].Host; h != "" {
			hosts[h] = true
		}
	}
	var speakers map[string]string // entity types, built for the first report that needs them
	typesOf := func() map[string]string {
		if speakers == nil {
			speakers = make(map[string]string, len(r.Entities))
			for i := range r.Entities {
				speakers[r.Entities[i].ID] = r.Entities[i].Type
			}
		}
		return speakers
	}
	shown := map[string]bool{}
	reacted := map[string]bool{} // speakers with a line of what they said
	headline := isHeadline(r)
	shows := func(ev *event.Event, later bool) bool {
		return ev.DateFrom == event.DateDocument && (leadLine(ev) || headline && headlineLine(ev) && !headlineTold(r, ev) || later) && !spokeWhenSaid(r, ev) && !(!said(ev) && !ev.Main && retold(ev, timed[ev.Sentence]) || (said(ev) || ev.Main) && retold(ev, timedMain[ev.Sentence])) && !hosts[ev.ID] && (!toldDated(r, ev) || later) &&
			!(ev.Class == event.Reporting && !laterDenial(ev) && !laterStance(ev) && reportsLine(r, ev, typesOf()))
	}
	for i := range r.Events {
		ev := &r.Events[i]
		if shows(ev, laterReport(ev) || laterDenial(ev) || laterStance(ev) || laterRefusal(ev)) {
			shown[ev.ID] = true
			if ev.Class == event.Reporting && len(ev.Participants) > 0 {
				reacted[ev.Participants[0].Entity] = true
			}
		}
	}
	// Then a statement of each speaker who has none yet (laterReaction).
	for i := range r.Events {
		if ev := &r.Events[i]; !shown[ev.ID] && laterReaction(r, ev, typesOf(), reacted) && shows(ev, true) {
			shown[ev.ID] = true
			if len(ev.Participants) > 0 {
				reacted[ev.Participants[0].Entity] = true
			} else {
				who, _ := reportedPart(ev)
				reacted["who:"+strings.ToLower(who)] = true
			}
		}
	}
	return shown
}

// said reports whether ev is a report or a denial, which only an event
// of a main clause with a time of its own may tell again: a relative
// clause's past is no statement ("Warner, who quit FIFA in 2011, ...;
// he denied any wrongdoing").
func said(ev *event.Event) bool {
	return ev.Class == event.Reporting || event.DenialVerb(ev.Lemma)
}

// isHeadline reports whether r's first sentence is a headline: a first
// sentence without a full stop, before others (a wire story's first
// sentence is its lead, not a headline).
func isHeadline(r *pipeline.Result) bool {
	if len(r.Sentences) < 2 || r.Doc == nil {
		return false
	}
	sp := r.Sentences[0].Span
	return sp.End <= len(r.Doc.Text) && !strings.HasSuffix(strings.TrimSpace(r.Doc.Text[sp.Start:sp.End]), ".")
}

// headlineLine reports whether event ev of a headline is a line of its
// own, dated by the document: the headline's main verb in the present
// tense, done by someone named, tells what has just happened ("Putin
// links peace treaty to Japan's alliances", "Samsung halts sales of
// Galaxy Note 7"). The lead's own telling of it, with a day, takes its
// place when it uses the same verb (headlineRepeat, toldDated).
func headlineLine(ev *event.Event) bool {
	if ev.Sentence != 0 || !ev.Main || ev.Tense != "PRESENT" || ev.Modality != text.Actual || ev.Kind == "plan" {
		return false
	}
	switch ev.Class {
	case event.Reporting, event.State, event.IState:
		return false
	}
	return len(ev.Participants) > 0 && ev.Participants[0].Role == event.RoleAgent
}

// spokeWhenSaid reports whether event ev, a verb of speaking dated only
// by the document, tells where its speaker said what a report of the lead
// with a day of its own tells: "Putin said on Saturday ... Putin was
// speaking at the end of a summit in Vietnam" is one statement.
func spokeWhenSaid(r *pipeline.Result, ev *event.Event) bool {
	if ev.Lemma != "speak" && ev.Lemma != "address" || len(ev.Participants) == 0 {
		return false
	}
	speaker := ev.Participants[0].Entity
	for i := range r.Events {
		o := &r.Events[i]
		if o.Class == event.Reporting && o.TimexID != "" && o.Sentence < event.LeadSentences && len(o.Participants) > 0 && o.Participants[0].Entity == speaker {
			return true
		}
	}
	return false
}

// headlineTold reports whether the lead's first sentence tells, on a day
// of its own, something the headline's agent did: then the headline's
// line, dated only by the document, most likely says the same in other
// words ("Putin links peace treaty to Japan's alliances" over "..., Putin
// said on Saturday"; "Boris Johnson Quits" over "Johnson resigned ... on
// Thursday"), and the lead's line is the one with the day.
func headlineTold(r *pipeline.Result, ev *event.Event) bool {
	agent := ev.Participants[0].Entity
	for i := range r.Events {
		o := &r.Events[i]
		if o.Sentence == 1 && o.TimexID != "" && o.Modality == text.Actual &&
			slices.ContainsFunc(o.Participants, func(q event.Participant) bool { return q.Entity == agent }) {
			return true
		}
	}
	return false
}

// headlineRepeat reports whether event ev of the headline tells again an
// event of the lead's first sentences: the same verb, as happened or
// planned alike, on a day within ev's date, with all of ev's parties
// ("Powerful earthquake strikes central Japan" beside "A magnitude 7.5
// earthquake struck the Noto Peninsula on Monday afternoon"). The
// briefing keeps the lead's line.
func headlineRepeat(r *pipeline.Result, ev *event.Event) bool {
	if ev.Sentence != 0 || ev.Value == "" || !isHeadline(r) {
		return false
	}
	for i := range r.Events {
		o := &r.Events[i]
		if o.Sentence == 0 || o.Sentence >= leadLines || o.Lemma != ev.Lemma || o.Modality != ev.Modality ||
			!strings.HasPrefix(o.Value, ev.Value) && o.DateFrom != event.DateDocument { // (the lead's day it follows on: storyDay)
			continue
		}
		all := true
		for _, p := range ev.Participants {
			all = all && slices.ContainsFunc(o.Participants, func(q event.Participant) bool { return q.Entity == p.Entity })
		}
		if all {
			return true
		}
	}
	return false
}

// retold reports whether event ev, dated only by the document, may tell
// again what an event of its sentence with a time of its own tells
// (parties: those events' participants; nil when the sentence has none).
// A main clause coordinated with the dated one whose agent is none of
// their parties is news of its own: "Regulators closed the bank early on
// Monday and the FDIC sold its assets to JPMorgan".
func retold(ev *event.Event, parties map[string]bool) bool {
	if parties == nil || ev.Modality == text.Negated {
		return false // (what was not done tells no dated happening again: "ordered an end on Thursday, but did not say it would disband")
	}
	if !ev.Main {
		return true
	}
	for _, p := range ev.Participants {
		if (p.Role == event.RoleAgent || p.Role == event.RoleSpeaker) && p.Via.End == 0 && !parties[p.Entity] {
			return false // (a speaker too: "the party, which quit when Sinn Fein was admitted last September, said it would campaign")
		}
	}
	return true
}

// toldDated reports whether the parties of event ev all take part in an
// event of the same lemma or kind (or family: "talked" after "met") that
// has a time of its own: then ev,
// dated only by the document, most likely tells that happening again (a
// headline's "UBS agrees to take over Credit Suisse" beside "UBS agreed
// on Sunday to buy its troubled rival Credit Suisse").
func toldDated(r *pipeline.Result, ev *event.Event) bool {
	if len(ev.Participants) == 0 {
		return false // no parties to tell it again ("Officials said", beside "Police said Tuesday")
	}
	for i := range r.Events {
		o := &r.Events[i]
		if o.TimexID == "" || o.ID == ev.ID || o.Lemma != ev.Lemma && (o.Kind == "" || event.Family(o.Kind) != event.Family(ev.Kind)) {
			continue
		}
		all := true
		for _, p := range ev.Participants {
			found := false
			for _, q := range o.Participants {
				found = found || q.Entity == p.Entity
			}
			all = all && found
		}
		if all {
			return true
		}
	}
	return false
}

// leadLine reports whether an event dated by the document's date (not by
// a time expression of its own) makes a timeline line: something the news
// lead reports as done, by someone. "The ministry said" is not the news
// (what it says is), and a state in the present ("IBM plans", "Kenya
// hopes") holds at the time of writing without happening then. In the
// lead's first sentence a happening with no one named is a line too ("The
// singer died": the event layer's leadDefinite).
func leadLine(ev *event.Event) bool {
	if ev.Modality == text.Planned && ev.TimeRelation == event.TimeAfter && ev.Main && (len(ev.Participants) > 0 || officePlan(ev)) {
		// A plan of the lead, after the writing (the event layer's
		// leadPlan); after the lead, what "will" happen.
		return ev.Sentence < event.LeadSentences || ev.Tense == "FUTURE"
	}
	if ev.Modality == text.Negated && ev.Main && ev.Tense == "PAST" && (len(ev.Participants) > 0 && (ev.Participants[0].Role == event.RoleAgent || ev.Participants[0].Role == event.RoleSpeaker && saysWhatNegated(ev)) ||
		len(ev.Participants) == 0 && ev.Sentence < event.LeadSentences && denierLine(ev)) {
		return true // a denial by someone named, or by those news names by their office, dated by the day of writing (leadDenial)
	}
	if ev.Modality == text.Actual && ev.Tense == "PAST" && event.CasualtyVerb(ev.Lemma) && ev.Class != event.Reporting && countedLine(ev.Summary) {
		return true // the dead or hurt counted, as of the day of writing: "At least two protesters die" (the event layer's casualties)
	}
	if ev.Modality == text.Negated && ev.Tense == "PAST" && strings.HasPrefix(ev.Summary, "No ") && len(strings.Fields(ev.Summary)) >= 3 {
		return true // none of a thing done, as of the day of writing: "No alert issued" (the event layer's noneDone)
	}
	if ev.Modality == text.Negated && ev.Tense == "PAST" && ev.Main && strings.Contains(ev.Summary, " not ") && len(strings.Fields(ev.Summary)) >= 3 &&
		(len(ev.Participants) == 0 || ev.Participants[0].Role == event.RolePatient) {
		return true // not done to someone: "Blatter not charged", "Prominent Cuban dissidents not invited" (noneDone too)
	}
	switch ev.Class {
	case event.Reporting:
		if !saysWhat(ev) && !announcedThing(ev) {
			return false
		}
	case event.State, event.IState:
		return false
	}
	if recentPerfect(ev) {
		return true
	}
	return ev.Tense == "PAST" && ev.Kind != "plan" && (len(ev.Participants) > 0 || ev.Class == event.Reporting || unnamedAgentLine(ev) || ev.Sentence <= 1 && len(strings.Fields(ev.Summary)) >= 2 || ev.Main && thingLine(ev)) &&
		(ev.Sentence < leadLines || ev.Main && ev.Sentence < event.LeadSentences || storyLine(ev))
}

// recentPerfect reports whether ev is a present perfect of a main clause,
// done by someone named, with what was done ("the Justice Department has
// filed criminal charges against dozens of strikers"): news by the day of
// writing anywhere in the story, shown "by" that day.
func recentPerfect(ev *event.Event) bool {
	return ev.Tense == "PRESENT" && ev.Aspect == "PERFECTIVE" && ev.Modality == text.Actual && ev.Main && ev.Kind != "plan" &&
		ev.Class != event.Reporting && ev.Class != event.State && ev.Class != event.IState &&
		len(ev.Participants) > 0 && ev.Participants[0].Role == event.RoleAgent && len(strings.Fields(ev.Summary)) >= 4
}

// storyLine reports whether an event after the lead, dated by the
// document's date, is a happening the story goes on telling: a main
// clause's simple past, by someone ("Police seized documents at FIFA's
// headquarters"), which the event layer dated "by" that day while no time of a main
// clause just before it had moved the story elsewhere (its storyPast).
func storyLine(ev *event.Event) bool {
	if !ev.Main || ev.Aspect != "" || ev.Modality != text.Actual || ev.Sentence < event.LeadSentences {
		return false
	}
	if ev.Class == event.Reporting {
		// What those news names by their office found or said, as of the
		// day of writing, when it makes no line of its own: "Doctors say
		// the boys were in good health".
		// Not a pronoun's: "Officials say it is expected on May 9".
		_, said, _ := saidParts(ev)
		first, _, _ := strings.Cut(said, " ")
		return len(ev.Participants) == 0 && ev.DateFrom == event.DateDocument && ev.Tense == "PAST" && saysWhat(ev) &&
			!vaguePronouns.Has(strings.ToLower(first))
	}
	if ev.TimeRelation != event.TimeBy {
		return false
	}
	if len(ev.Participants) == 1 && ev.Participants[0].Role == event.RolePatient && ev.Tense == "PAST" && ev.Class != event.State {
		return true // done to someone named, in a main clause's passive: "Temer sworn in as president" (the event layer's namedPatientDated)
	}
	return len(ev.Participants) > 0 && ev.Participants[0].Role == event.RoleAgent || unnamedAgentLine(ev) ||
		len(ev.Participants) == 0 && ev.Tense == "PAST" && thingLine(ev)
}

// thingLine reports whether ev's line opens with what did it, named by a
// common noun of one to four words, and goes on after the verb: "Yes
// campaign wins majorities in Glasgow", "Helicopters pull 140 survivors".
func thingLine(ev *event.Event) bool {
	f := strings.Fields(ev.Summary)
	if ev.Lemma == "" || len(f) < 3 {
		return false
	}
	stem := ev.Lemma[:max(len(ev.Lemma)-1, 1)]
	i := slices.IndexFunc(f, func(w string) bool { return strings.HasPrefix(strings.ToLower(w), stem) })
	if i < 1 || i > 4 || i+1 >= len(f) {
		return false
	}
	first := strings.ToLower(f[0])
	if vaguePronouns.Has(first) || thingDeterminers.Has(first) && first != "the" && first != "a" && first != "an" || strings.HasSuffix(first, "'s") || linkVerbs.Has(ev.Lemma) {
		return false // (whose: "Its crew sends a mayday call")
	}
	if forces.Has(strings.ToLower(f[i-1])) && !harms.Has(ev.Lemma) {
		return false // a force does harm, not opinions: "The fire raised new questions" (unnamedAgentLine)
	}
	// The verb in the active, as the line writes a doer's: "falls",
	// "pull"; not a participle ("Accord negotiated in Norway"), nor the
	// trigger itself, a noun's line ("Security conference in Munich").
	v := strings.ToLower(f[i])
	return !strings.HasSuffix(v, "ed") && !strings.HasSuffix(v, "en") && v != strings.ToLower(ev.Text)
}

// linkVerbs tell how things stand or follow, not what happened: "The
// platform stands northeast of Aberdeen", "The new tremor comes as the
// toll passed 40,000", "The terms reflect the value of the company".
var linkVerbs = wordset.New("stand", "come", "reflect", "cap", "love", "remain", "include", "mean", "represent", "follow", "mark", "lie", "sit", "seem", "appear", "become")

// vaguePronouns open a said clause whose subject the line cannot name.
var vaguePronouns = wordset.New("it", "this", "that", "these", "those", "there")

// coordinatedBefore reports whether event o, before report ev in its
// sentence, lies in a clause of its own coordinated with the report's,
// which the report does not say: "Search crews will resume flights on
// Sunday, and the safety board said it planned to send investigators".
func coordinatedBefore(r *pipeline.Result, o, ev *event.Event) bool {
	if r.Doc == nil || o.Trigger.End > ev.Trigger.Start || ev.Trigger.Start > len(r.Doc.Text) {
		return false
	}
	return clauseBreak(r.Doc.Text[o.Trigger.End:ev.Trigger.Start], false)
}

// clauseBreak reports whether text between two verbs holds a break
// between coordinated clauses (", and", ", but", ";"); with notThat, not
// one that goes on with what a report says (", and that ...").
func clauseBreak(between string, notThat bool) bool {
	for _, c := range []string{", but ", ", and ", "; "} {
		if i := strings.LastIndex(between, c); i >= 0 && !(notThat && strings.HasPrefix(between[i+len(c):], "that ")) {
			return true
		}
	}
	return false
}

// coordinatedAfter reports whether event o, after report ev in its
// sentence, lies in a clause of its own coordinated with the report's,
// which the report does not say: "His party said it would support Monti,
// but the Northern League refused to join". Not "said ..., and that ...".
func coordinatedAfter(r *pipeline.Result, ev, o *event.Event) bool {
	if r.Doc == nil || ev.Trigger.End > o.Trigger.Start || o.Trigger.Start > len(r.Doc.Text) {
		return false
	}
	return clauseBreak(r.Doc.Text[ev.Trigger.End:o.Trigger.Start], true)
}

// laterReport reports whether report ev, after the lead and dated only by
// the document (news reports what was said the day it is written), makes
// a line: said in a main clause, by someone named or by a source news
// names by its office, and what it says is a plan or a denial, which no
// line of its own tells ("Trump announces the United States would suspend
// its joint military exercises", "Robin says there was nothing to
// indicate an act of terrorism"). A report of a done thing is left to
// that thing's line. Another report by the same speaker with a day of its
// own is another statement, not this one told again (toldDated).
func laterReport(ev *event.Event) bool {
	if ev.Class != event.Reporting || ev.Sentence < leadLines || ev.Tense != "PAST" || ev.Modality != text.Actual || !ev.Main {
		return false
	}
	who, said := reportedPart(ev)
	if len(strings.Fields(said)) < 4 || !event.PlainClause(said) ||
		len(ev.Participants) == 0 && !unnamedSource(who) || len(ev.Participants) > 0 && ev.Participants[0].Role != event.RoleSpeaker {
		return false
	}
	if cutShort(said) {
		return false
	}
	return saysPlanOrDenial(said)
}

// controlGerunds go on with what was meant or tried: "denied intending to
// kill her".
var controlGerunds = wordset.New("intending", "trying", "planning", "seeking", "wanting", "attempting", "meaning",
	"hoping", "agreeing", "refusing", "failing", "helping", "deciding", "offering", "promising", "threatening")

// cutShort reports whether what a line says was said, two words or more,
// stops before its verb's complement: after a modal ("the United States
// might consider") or a causative's object ("the filing would let
// Enron").
func cutShort(said string) bool {
	f := strings.Fields(said)
	if len(f) < 2 {
		return false
	}
	w := strings.ToLower(f[len(f)-2])
	return modals.Has(w) || event.Causative(w)
}

// countedLine reports whether a line opens with a count: "At least two
// protesters die", "Five people killed", "72 others hurt".
func countedLine(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	if len(f) >= 2 && f[0] == "at" && (f[1] == "least" || f[1] == "most") {
		f = f[2:]
	}
	if len(f) < 2 {
		return false
	}
	w := f[0]
	return w[0] >= '0' && w[0] <= '9' || numberWords.Has(w)
}

// numberWords are the counts written in words that open a line.
var numberWords = wordset.New("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
	"dozens", "hundreds", "thousands", "scores", "one", "several", "many")

// laterStance reports whether event ev, after the lead, dated by the
// document as a stance on its object (the event layer's
// stanceStatement), makes a line: in a main clause, in the simple past, by
// someone named or an office news names ("Greenpeace welcomes the deal",
// "Morrison praises the island states", "Marshall Islands accuses foreign
// trawlers of ignoring earlier quotas"). A reaction is news of the day as
// a denial is.
func laterStance(ev *event.Event) bool {
	if !event.StanceVerb(ev.Lemma) || ev.DateFrom != event.DateDocument || !ev.Main || ev.Modality != text.Actual || ev.Tense != "PAST" {
		return false
	}
	f := strings.Fields(ev.Summary)
	stem := ev.Lemma[:len(ev.Lemma)-1]
	i := slices.IndexFunc(f, func(w string) bool { return strings.HasPrefix(strings.ToLower(w), stem) })
	if i <= 0 || i+1 >= len(f) {
		return false // no object told
	}
	if len(ev.Participants) == 0 {
		return event.Denier(strings.ToLower(f[i-1]))
	}
	return ev.Participants[0].Role == event.RoleAgent || ev.Participants[0].Role == event.RoleSpeaker
}

// laterDenial reports whether event ev, in the lead or after it, dated by
// the document as a statement that denies (the event layer's
// denialStatement), makes a line: in a main clause, by someone, with what
// is denied told after the verb ("Rehhagel denies his side had played
// negative football"). A denial is news of the day as a plan is.
func laterDenial(ev *event.Event) bool {
	if !event.DenialVerb(ev.Lemma) || ev.DateFrom != event.DateDocument || !ev.Main || ev.Modality != text.Actual {
		return false
	}
	f := strings.Fields(ev.Summary)
	i := slices.IndexFunc(f, func(w string) bool { return strings.HasPrefix(strings.ToLower(w), ev.Lemma[:len(ev.Lemma)-1]) })
	if i <= 0 || i+1 >= len(f) {
		return false
	}
	if event.SaidClaim(strings.ToLower(f[i+1])) && !slices.Contains(f[i+1:], "that") {
		return false // what the claims say is lost: "dismisses suggestions in Miami"
	}
	if i+2 == len(f) && controlGerunds.Has(strings.ToLower(f[i+1])) {
		return false // cut before what was meant: "denies intending"
	}
	if len(ev.Participants) == 0 {
		// Unnamed, only those news names by their office: "Government
		// denies it had failed to issue warnings", "Fisheries ministry
		// denies ...".
		return event.Denier(strings.ToLower(f[i-1]))
	}
	return ev.Participants[0].Role == event.RoleAgent || ev.Participants[0].Role == event.RoleSpeaker
}

// laterRefusal reports whether event ev, after the lead and dated by the
// document, is a refusal to say something in a main clause, by someone or
// by a source news names by its role, with what was not said after it: "A
// union spokesman refused to say whether the union had been consulted",
// "Kozlowski's lawyer declined to comment". Said to the press, as a denial
// is: news of the day of writing.
func laterRefusal(ev *event.Event) bool {
	if ev.Lemma != "refuse" && ev.Lemma != "decline" || ev.DateFrom != event.DateDocument || !ev.Main || ev.Modality != text.Actual {
		return false
	}
	f := strings.Fields(ev.Summary)
	i := slices.IndexFunc(f, func(w string) bool { return strings.HasPrefix(strings.ToLower(w), ev.Lemma[:len(ev.Lemma)-1]) })
	if i <= 0 || i+2 >= len(f) || f[i+1] != "to" || !event.UnsaidWord(strings.ToLower(f[i+2])) {
		return false
	}
	if len(ev.Participants) == 0 {
		w := strings.ToLower(f[i-1])
		return event.Denier(w) || sourceRoles.Has(w)
	}
	return ev.Participants[0].Role == event.RoleAgent || ev.Participants[0].Role == event.RoleSpeaker
}

// sourceRoles are who speaks for someone unnamed ("a Tyco spokesman",
// "her lawyer").
var sourceRoles = wordset.New("spokesman", "spokeswoman", "spokesperson", "spokesmen", "lawyer", "lawyers", "attorney", "attorneys",
	"representative", "aide", "aides", "official")

// laterReaction reports whether report ev, after the lead and dated only
// by the document, is a named person's statement the briefing names: in a
// main clause, in the simple past, what the person said told in a plain
// clause of five words or more ("Baker says the governor and his running
// mate were pleased", "Iger says culture was the first priority"). What
// a company or office says is left to the lines of what it did.
//
// One such line a speaker (reacted holds those who have one): a person
// quoted again and again says one thing the briefing names. None for a
// speaker whose other statements the text dates ("Putin said on
// Saturday"): an undated one most likely comes from the same occasion,
// not the day of writing. The line opens with the speaker's name, in
// three words at most.
func laterReaction(r *pipeline.Result, ev *event.Event, types map[string]string, reacted map[string]bool) bool {
	if ev.Class != event.Reporting || ev.Sentence < leadLines || ev.Tense != "PAST" || ev.Modality != text.Actual || !ev.Main {
		return false
	}
	who, said := reportedPart(ev)
	if len(ev.Participants) == 0 {
		// Those news names by their office, once each: "Officials warn the
		// toll was likely to rise sharply".
		w := strings.ToLower(who)
		if !unnamedSource(w) || reacted["who:"+w] || len(strings.Fields(said)) < 5 || !event.PlainClause(said) || strings.Contains(said, ",") || cutShort(said) {
			return false
		}
		first, _, _ := strings.Cut(said, " ")
		return !vaguePronouns.Has(strings.ToLower(first))
	}
	if ev.Participants[0].Role != event.RoleSpeaker || types[ev.Participants[0].Entity] == "" {
		return false
	}
	// A person, or a body or country that speaks as one ("The United
	// States said it would ask the Security Council").
	speaker := ev.Participants[0].Entity
	if reacted[speaker] {
		return false
	}
	if person := types[speaker] == entity.Person; len(strings.Fields(said)) < 5 && person || !event.PlainClause(said) ||
		!person && (len(strings.Fields(said)) < 4 || strings.ContainsAny(said, "`\"")) {
		return false // (a body's clause may be shorter, not a quotation's piece)
	}
	if strings.Contains(said, ",") || len(strings.Fields(who)) > 3 {
		return false // an apposition cut out of what was said ("the Dali, had issued"); a long subject
	}
	if cutShort(said) {
		return false
	}
	if !namedSpeaker(r, speaker, who) {
		return false
	}
	for i := range r.Events {
		o := &r.Events[i]
		if o.ID != ev.ID && o.Class == event.Reporting && o.TimexID != "" && len(o.Participants) > 0 && o.Participants[0].Entity == speaker {
			return false
		}
	}
	return true
}

// namedSpeaker reports whether a report's line, whose words before the
// verb are who, opens with its speaker's name: the last of them is a word
// of the speaker's name ("Baker says ..."), not another phrase the
// summary took ("Opening says ...").
func namedSpeaker(r *pipeline.Result, speaker, who string) bool {
	f := strings.Fields(who)
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	for i := range r.Entities {
		if e := &r.Entities[i]; e.ID == speaker {
			return slices.Contains(strings.Fields(e.Name), last)
		}
	}
	return false
}

// modals are the modal verbs.
var modals = wordset.New("will", "would", "can", "could", "may", "might", "shall", "should", "must")

// reportedPart splits report ev's line at its verb ("says", "announces",
// "tells"): who spoke, and what follows the verb; said is empty when the
// line has no such verb.
func reportedPart(ev *event.Event) (who, said string) {
	f := strings.Fields(ev.Summary)
	stem := len(ev.Lemma)
	if stem > 4 {
		stem-- // "announce" in "announces", "announced"
	}
	if i := reportVerb(f, ev.Lemma, 1, stem); i > 0 {
		return strings.Join(f[:i], " "), strings.Join(f[i+1:], " ")
	}
	return "", ""
}

// reportVerb returns the index of the report's verb among a line's words
// f, from word from on: the first word that opens with the lemma's first
// stem bytes, or a form of "say" or "tell"; -1 when there is none.
func reportVerb(f []string, lemma string, from, stem int) int {
	prefix := strings.ToLower(lemma[:min(stem, len(lemma))])
	for i := from; i < len(f); i++ {
		switch l := strings.ToLower(f[i]); {
		case strings.HasPrefix(l, prefix), l == "says", l == "say", l == "said", l == "tells", l == "told":
			return i
		}
	}
	return -1
}

// saysPlanOrDenial reports whether what a report says is a plan, an
// expectation or a denial: a modal of the future, a verb of intending, or
// a negation.
func saysPlanOrDenial(said string) bool {
	f := strings.Fields(said)
	for i, w := range f {
		if planDenialCues.Has(strings.ToLower(strings.Trim(w, `.,;:"'`))) || strings.HasSuffix(strings.ToLower(w), "n't") {
			return true
		}
		// What is under way as it is said, which no line of its own
		// tells: "it was dispatching maritime rescue vessels".
		if i < 3 && progressiveAux.Has(strings.ToLower(w)) {
			for _, n := range f[i+1 : min(i+3, len(f))] {
				if l := strings.ToLower(n); strings.HasSuffix(l, "ing") && len(l) > 5 && !strings.HasSuffix(l, "thing") {
					return true
				}
			}
		}
	}
	return false
}

// progressiveAux open a progressive verb group.
var progressiveAux = wordset.New("was", "were", "is", "are")

// planDenialCues make what a report says a plan or a denial.
var planDenialCues = wordset.New("would", "will", "plans", "planned", "intends", "intended", "expects", "expected", "not", "no",
	"never", "nothing", "none", "nobody")

// unnamedAgentLine reports whether event ev's line opens with those who
// act by their office, unnamed: "Police stop traffic onto the bridge".
func unnamedAgentLine(ev *event.Event) bool {
	f := strings.Fields(ev.Summary)
	if len(f) < 3 {
		return false
	}
	agent := func(w string) bool {
		w = strings.ToLower(w)
		return event.UnnamedAgent(w) || forces.Has(w) && harms.Has(ev.Lemma)
	}
	if agent(f[0]) {
		return true
	}
	// The subject's last word, before the verb: "Supervisory board
	// accepts his resignation".
	if ev.Lemma == "" {
		return false
	}
	stem := ev.Lemma[:max(len(ev.Lemma)-1, 1)]
	i := slices.IndexFunc(f, func(w string) bool { return strings.HasPrefix(strings.ToLower(w), stem) })
	return i >= 2 && i <= 3 && i+1 < len(f) && agent(f[i-1])
}

// forces are the unnamed doers of disaster news, and harms what they do:
// "Fire destroys 40 homes", "Storm kills 12 people" are lines as a named
// doer's would be; "The storm raised questions" is none.
var (
	forces = wordset.New("fire", "fires", "blaze", "wildfire", "wildfires", "storm", "storms", "hurricane", "typhoon", "cyclone",
		"tornado", "tornadoes", "flood", "floods", "flooding", "earthquake", "quake", "tremor", "aftershock", "tsunami", "wave",
		"landslide", "landslides", "mudslide", "avalanche", "eruption", "explosion", "explosions", "blast", "blasts",
		"bomb", "bombs", "crash", "collision", "derailment", "outbreak", "epidemic", "virus", "drought", "heatwave", "rains")
	harms = wordset.New("kill", "destroy", "damage", "injure", "wound", "flatten", "sweep", "flood", "displace",
		"devastate", "raze", "sink", "swamp", "batter", "ravage", "engulf", "burn", "topple", "leave", "cut", "knock",
		"force", "hit", "strike", "level", "claim", "trap", "bury", "wipe", "submerge", "inundate", "shake", "rock")
)

// officePlan reports whether a plan's line opens with those news names by
// their office ("Canal authority to open an investigation").
func officePlan(ev *event.Event) bool {
	who, _, ok := strings.Cut(ev.Summary, " to ")
	f := strings.Fields(who)
	return ok && len(f) > 0 && len(f) <= 3 && event.Denier(strings.ToLower(f[len(f)-1]))
}

// denierLine reports whether a line opens with those news names by their
// office and who deny or refuse ("Judges do not accept the defence's
// argument"), and says what.
func denierLine(ev *event.Event) bool {
	f := strings.Fields(ev.Summary)
	return len(f) >= 4 && event.Denier(strings.ToLower(f[0]))
}

// saidParts cuts report ev's line at its verb: who says, and what.
func saidParts(ev *event.Event) (who, said string, ok bool) {
	who, said, ok = strings.Cut(ev.Summary, " says ")
	if !ok {
		who, said, ok = strings.Cut(ev.Summary, " say ")
	}
	return who, said, ok
}

// saysWhat reports whether a report's line says what was said by whom, in
// a main clause: "Biden says Putin was to blame for the death". A
// reaction in the lead is news; a bare "the ministry said" is not.
func saysWhat(ev *event.Event) bool {
	if !ev.Main || len(ev.Participants) > 0 && ev.Participants[0].Role != event.RoleSpeaker {
		return false
	}
	who, said, ok := saidParts(ev)
	if len(ev.Participants) == 0 && (!ok || !unnamedSource(who)) {
		// Without a named speaker, only the sources news names by their
		// office: "Officials say more than 5,000 people had died".
		return false
	}
	// Four words at least, read on their own: not "says But it's not
	// tonight ...", "says is not whether ...".
	return ok && len(strings.Fields(said)) >= 4 && event.PlainClause(said)
}

// saysWhatNegated reports whether the line of a negated report by
// someone named says what was not said: "IRA does not say it would
// disband" (three words at least after the verb).
func saysWhatNegated(ev *event.Event) bool {
	_, said, ok := strings.Cut(ev.Summary, " not say ")
	if !ok {
		_, said, ok = strings.Cut(ev.Summary, " not announce ")
	}
	return ok && len(strings.Fields(said)) >= 3 && event.PlainClause(said)
}

// announcedThing reports whether report ev makes known a thing named by
// its object, by someone named: "Lynch announces a 47-count indictment",
// "Apple unveils a new iPhone" (what is announced is a thing, not a
// clause).
func announcedThing(ev *event.Event) bool {
	if !thingReports.Has(ev.Lemma) || ev.Modality != text.Actual || len(ev.Participants) == 0 || strings.Contains(ev.Summary, " says ") {
		return false
	}
	f := strings.Fields(ev.Summary)
	v := reportVerb(f, ev.Lemma, 0, len(ev.Lemma))
	if v > 0 && len(f)-v-1 == 2 && vagueThings.Has(strings.ToLower(f[v+2])) {
		return false // "announces the move": which, the line cannot say
	}
	return v > 0 && len(f)-v-1 >= 2 && thingDeterminers.Has(strings.ToLower(f[v+1]))
}

// thingDeterminers open the noun phrase of a thing announced.
var thingDeterminers = wordset.New("the", "a", "an", "its", "his", "her", "their")

// vagueThings stand for a thing told before them.
var vagueThings = wordset.New("move", "decision", "step", "news", "announcement", "change", "changes", "action", "plan", "details", "results", "figures")

// thingReports make a thing known.
var thingReports = wordset.New("announce", "unveil", "disclose", "reveal", "confirm")

// bareReport reports whether the line of report ev says nothing of what
// was said: after its speaker and verb, at most four words and no verb
// among them ("Paulson tells reporters", "CoinDesk reports", "Johnson
// tells an audience in Switzerland"), where "Biden says the banking
// system was safe" and "Lehman says it sold its stake" say it.
func bareReport(ev *event.Event) bool {
	if !bareReportVerbs.Has(ev.Lemma) || ev.Modality != text.Actual {
		return false // "accuses the company of fitting ...": a charge names what it charges; a planned report is news
	}
	f := strings.Fields(ev.Summary)
	v := reportVerb(f, ev.Lemma, 0, len(ev.Lemma))
	if v < 0 {
		return false
	}
	rest := f[v+1:]
	if len(rest) > 4 || len(rest) > 0 && (ev.Lemma == "report" || ev.Lemma == "announce") {
		return false // "reports a quarterly loss", "announces layoffs": what was reported is there
	}
	for _, w := range rest {
		l := strings.ToLower(strings.Trim(w, `.,;:"'`))
		if reportContentCues.Has(l) || text.IsPastForm(l) || strings.HasSuffix(l, "ed") {
			return false
		}
	}
	return true
}

// bareReportVerbs are the verbs that only pass on what is said.
var bareReportVerbs = wordset.New("say", "tell", "report", "add", "state", "note", "write", "comment", "announce", "explain")

// reportContentCues are the words that make a report's line say
// something: an auxiliary, a modal, an infinitive's "to", a quotation.
var reportContentCues = wordset.New("would", "will", "is", "was", "are", "were", "has", "had", "have", "could", "can", "may",
	"might", "must", "should", "to", "does", "did", "not", "no", "that", "plans", "wants")

// reportsLine reports whether a report may not make a line of its own:
// its speaker is no person (a company's "X said it agreed to ..." tells
// the agreement, which is its own line when it makes one), or another
// briefing event after it in its sentence, told as done and a line of its
// own, is what it says (what "would be held responsible" says is no
// happening of its own, and "told a security conference" no line); so is
// a dated event before a report that follows what it says.
func reportsLine(r *pipeline.Result, ev *event.Event, types map[string]string) bool {
	if ev.Modality == text.Negated {
		return false // what was not said is no other line's: "IRA does not say it would disband"
	}
	if len(ev.Participants) > 0 && types[ev.Participants[0].Entity] != entity.Person && !plansSaid(ev) && !laterReport(ev) {
		return true // (a plan or a denial is no line of its own)
	}
	for i := range r.Events {
		if o := &r.Events[i]; o.ID != ev.ID && o.Sentence == ev.Sentence && o.Trigger.Start > ev.Trigger.Start && o.Class != event.Reporting &&
			(o.Modality == "actual" && (o.TimexID != "" || len(o.Participants) > 0 && leadLine(o)) || o.Modality == "planned" && o.TimexID != "" && o.Tense != "" && len(o.Participants) > 0 && laterReport(ev)) &&
			!coordinatedAfter(r, ev, o) {
			return true // a plan with a day of its own is its own line ("said he would travel to the region on Wednesday")
		}
		// A report after what it says ("Abe plans to visit Russia in May,
		// he said"): a dated plan or happening of a main clause before it
		// is its line (not one of a relative clause on its speaker: "the
		// party, which quit the talks last September, said it would").
		if o := &r.Events[i]; o.ID != ev.ID && o.Sentence == ev.Sentence && o.Trigger.Start < ev.Trigger.Start && o.Class != event.Reporting &&
			(o.Modality == "actual" && o.Main && (o.TimexID != "" || leadLine(o) || unnamedAgentLine(o)) || o.Modality == "planned" && o.TimexID != "") &&
			!coordinatedBefore(r, o, ev) {
			return true
		}
	}
	return false
}

// plansSaid reports whether report ev says what its speaker will do:
// "Bed Bath & Beyond says it would close its 360 remaining stores". The
// plan makes no dated line of its own, so the report, dated by its day,
// is the line that tells it. (Read from the summary: the plan's own event
// is among the mentions, which a compacted result no longer holds.)
func plansSaid(ev *event.Event) bool {
	if !ev.Main {
		return false
	}
	_, said, ok := strings.Cut(ev.Summary, " says ")
	if !ok {
		_, said, ok = strings.Cut(ev.Summary, " say ")
	}
	f := strings.Fields(said)
	if !ok || len(f) < 4 {
		return false
	}
	switch f[0] {
	case "it", "they", "he", "she", "we":
	default:
		return false
	}
	switch f[1] {
	case "would", "will", "plans", "planned", "intends", "intended", "expects", "expected":
		return true
	}
	return false
}

// unnamedSource reports whether who is one of the unnamedSources, alone
// or after a name or a word that says whose ("Barings officials", "U.S.
// officials", "local police").
func unnamedSource(who string) bool {
	w := strings.ToLower(who)
	if unnamedSources.Has(w) {
		return true
	}
	f := strings.Fields(w)
	return len(f) == 2 && unnamedSources.Has(f[1])
}

// unnamedSources are the speakers a report may have without a name and
// still be news: officials, police, rescuers (plural: "the company" is
// told by its own line).
var unnamedSources = wordset.New("officials", "police", "authorities", "rescuers", "witnesses", "investigators",
	"doctors", "health officials", "local officials", "police officials", "state media", "residents", "firefighters",
	"prosecutors", "regulators", "analysts", "scientists", "experts", "lawyers", "leaders", "executives", "diplomats",
	"spokesmen", "engineers", "economists")

// leadLines is how many sentences of a document (its title and the first
// sentences of the body) are its lead for the timeline, whatever clause
// tells the event; in the rest of the news lead (event.LeadSentences),
// only what a main clause tells (Event.Main). A story's later sentences
// tell the background, and an undated event there would stand beside the
// dated lines that tell the same happening.
const leadLines = 3

// sortEntries sorts by Less, stably. Entries are large, so it sorts their
// indexes and moves each entry once.
func sortEntries(es []Entry) {
	idx := make([]int32, len(es))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortStableFunc(idx, func(a, b int32) int {
		switch {
		case Less(&es[a], &es[b]):
			return -1
		case Less(&es[b], &es[a]):
			return 1
		}
		return 0
	})
	permute.Apply(es, idx)
}

// Less is the timeline order:
//
//  1. earlier start first, where an event that stands after its date
//     starts where the date ends ("after World War II" sorts at the end of
//     1945), one by or until its date at the date's last instant ("by 2008"
//     before January 2009), and one before its date just before the date
//     starts;
//  2. on the same start, the longer (coarser) interval first: "Nov 2017"
//     before "Wed 1 Nov 2017", as an analyst reads the month as the heading
//     for what happened in it, and as an interval's start is when it may have
//     begun;
//  3. then document ID, then position in the document, then event ID.
//
// Undated entries (zero intervals) compare equal on 1 and 2, so they fall back
// to document order.
func Less(a, b *Entry) bool {
	if sa, sb := sortStart(a), sortStart(b); !sa.Equal(sb) {
		return sa.Before(sb)
	}
	if !a.Interval.End.Equal(b.Interval.End) {
		return a.Interval.End.After(b.Interval.End)
	}
	if a.Source.Doc != b.Source.Doc {
		return a.Source.Doc < b.Source.Doc
	}
	if a.Source.TriggerStart != b.Source.TriggerStart {
		return a.Source.TriggerStart < b.Source.TriggerStart
	}
	return a.Event < b.Event
}

// lineIndex finds the line of an offset in a text, scanning the text once,
// and remembers the cleaned text of the sentences asked for.
type lineIndex struct {
	text      string
	newlines  []int // offsets of '\n'
	built     bool
	sentences map[int]string
	docDate   string // the document's date as YYYY-MM-DD, formatted once ("" for none)
}

// sentence returns Clean(text[s.Start:s.End]) for sentence i.
func (l *lineIndex) sentence(i int, s document.Span) string {
	if c, ok := l.sentences[i]; ok {
		return c
	}
	if l.sentences == nil {
		l.sentences = map[int]string{}
	}
	c := Clean(l.text[s.Start:s.End])
	l.sentences[i] = c
	return c
}

// line returns the 1-based line of byte offset off.
func (l *lineIndex) line(off int) int {
	if !l.built {
		l.built = true
		for i := 0; i < len(l.text); i++ {
			j := strings.IndexByte(l.text[i:], '\n')
			if j < 0 {
				break
			}
			i += j
			l.newlines = append(l.newlines, i)
		}
	}
	return 1 + sort.SearchInts(l.newlines, off)
}

func entryFor(r *pipeline.Result, ev *event.Event, ents map[string]*entity.Entity, lines *lineIndex) Entry {
	doc := r.Doc
	e := Entry{
		Modality: ev.Modality,
		Class:    ev.Kind,
		TimeML:   ev.Class,
		Summary:  Clean(ev.Summary),
		Event:    ev.ID,
		TimexID:  ev.TimexID,
		Relation: ev.TimeRelation,
	}
	e.DocDate = lines.docDate
	if e.Modality == "" {
		e.Modality = text.Actual
	}
	if e.Class == "" {
		e.Class = strings.ToLower(ev.Class)
		e.Lemma = ev.Lemma
	}
	if e.Summary == "" {
		e.Summary = Clean(ev.Text)
	}
	// Names once each, in the order the briefing lists an event's
	// participants (PartOrder: agents first, then by name), so that a
	// line reads the same in --all and in the briefing (a handful: a
	// linear check beats a map).
	var seen []string
	parts := slices.Clone(ev.Participants)
	slices.SortStableFunc(parts, func(a, b event.Participant) int {
		na, nb := "", ""
		if en := ents[a.Entity]; en != nil {
			na = en.Name
		}
		if en := ents[b.Entity]; en != nil {
			nb = en.Name
		}
		return PartOrder(a.Role, na, b.Role, nb)
	})
	for _, p := range parts {
		if p.Role == event.RoleAttendee {
			continue // present, not a party: the sentence still names them
		}
		if en := ents[p.Entity]; en != nil && !slices.Contains(seen, en.Name) {
			seen = append(seen, en.Name)
			e.Actors = append(e.Actors, Clean(en.Name))
		}
	}
	seen = seen[:0]
	for _, id := range ev.Places {
		if en := ents[id]; en != nil && !slices.Contains(seen, en.Name) {
			seen = append(seen, en.Name)
			e.Places = append(e.Places, Clean(en.Name))
		}
	}
	src := Source{Doc: doc.ID, Index: ev.Sentence}
	src.TriggerStart, src.TriggerEnd = doc.SourceSpan(ev.Trigger.Start, ev.Trigger.End)
	if s, ok := SentenceSpan(r, ev.Sentence); ok {
		src.Start, src.End = doc.SourceSpan(s.Start, s.End)
		src.Sentence = lines.sentence(ev.Sentence, s)
		if doc.Format == "" || doc.Format == "text" {
			src.Line = lines.line(datelineSkipped(doc.Text, s.Start, ev.Trigger.Start))
		}
	} else {
		src.Start, src.End = src.TriggerStart, src.TriggerEnd
	}
	e.Source = src
	return e
}

// datelineSkipped returns the offset whose line a sentence starting at
// start cites for an event at trigger: the sentence's start, or the next
// line's when the sentence opens with a wire dateline on a line of its
// own ("LEICESTER, England, May 3 -" above the lead), which is no line
// of the event's.
func datelineSkipped(text string, start, trigger int) int {
	if start < 0 || trigger > len(text) || start >= trigger {
		return start
	}
	nl := strings.IndexByte(text[start:trigger], '\n')
	if nl < 0 {
		return start
	}
	first := strings.TrimSpace(text[start : start+nl])
	if strings.HasSuffix(first, " -") || strings.HasSuffix(first, "--") || strings.HasSuffix(first, "—") || strings.HasSuffix(first, "–") {
		return start + nl + 1
	}
	return start
}

// SentenceSpan returns the span of sentence i of the result, checked against
// the document text.
func SentenceSpan(r *pipeline.Result, i int) (document.Span, bool) {
	var out document.Span
	if r == nil || r.Doc == nil || i < 0 {
		return out, false
	}
	idx := -1
	if i < len(r.Sentences) && r.Sentences[i].Index == i {
		idx = i
	} else {
		for k := range r.Sentences {
			if r.Sentences[k].Index == i {
				idx = k
				break
			}
		}
	}
	if idx < 0 {
		return out, false
	}
	s := r.Sentences[idx].Span
	if s.Start < 0 || s.End > len(r.Doc.Text) || s.Start > s.End {
		return out, false
	}
	return s, true
}

// Clean makes untrusted article text safe for one line of any output
// (text.Clean, where it lives).
func Clean(s string) string { return text.Clean(s) }

// sortStart is where an entry stands on the time line: the start of its
// date, moved by its relation to that date.
func sortStart(e *Entry) time.Time {
	switch e.Relation {
	case event.TimeAfter:
		return e.Interval.End
	case event.TimeUntil, event.TimeBy:
		// Within the date, at its last instant: "by 2008" is over before
		// January 2009 begins (End is the first instant after the date).
		return e.Interval.End.Add(-time.Nanosecond)
	case event.TimeBefore:
		return e.Interval.Start.Add(-time.Nanosecond)
	}
	// "mid 2023" stands where its middle part begins (about June) and
	// "late 2023" ("the end of the year") where its last sixth does
	// (about November): after "by June 2023" and "October 13, 2023".
	switch span := e.Interval.End.Sub(e.Interval.Start); e.Mod {
	case "MID":
		return e.Interval.Start.Add(span * 5 / 12)
	case "END":
		return e.Interval.Start.Add(span * 5 / 6)
	}
	return e.Interval.Start
}

// RoleRank orders participants' roles, who acted first: agent, speaker,
// with, patient, then the others.
func RoleRank(r string) int {
	switch r {
	case event.RoleAgent:
		return 0
	case event.RoleSpeaker:
		return 1
	case event.RoleWith:
		return 2
	case event.RolePatient:
		return 3
	}
	return 4
}

// PartOrder compares two participants of an event for listing, whoever
// reported them first: by role (RoleRank), then name, then role; 0 when
// they tie (the caller breaks the tie by its own key).
func PartOrder(roleA, nameA, roleB, nameB string) int {
	if ra, rb := RoleRank(roleA), RoleRank(roleB); ra != rb {
		return ra - rb
	}
	if c := strings.Compare(nameA, nameB); c != 0 {
		return c
	}
	return strings.Compare(roleA, roleB)
}
