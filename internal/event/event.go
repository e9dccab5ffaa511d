// Package event finds events (verbs and event nouns), classifies them, and
// links them to participants, places, a time and a modality.
package event

import "github.com/chronicle-news/chronicle/internal/document"

// TimeML classes.
const (
	Occurrence = "OCCURRENCE"
	Reporting  = "REPORTING"
	State      = "STATE"
	IAction    = "I_ACTION"
	IState     = "I_STATE"
	Aspectual  = "ASPECTUAL"
	Perception = "PERCEPTION"
)

// Participant roles.
const (
	RoleAgent   = "agent"   // who did it
	RolePatient = "patient" // to whom / what it was done
	RoleWith    = "with"    // the other party of a meeting or talks
	// RoleRecipient: to whom it was done or said ("apologized to Erdogan",
	// "handed the letter to Putin").
	RoleRecipient = "recipient"
	RoleSpeaker   = "speaker" // who said it
	// RoleTarget: what an action is aimed at ("imposed sanctions on
	// Iran", "a lawsuit against Apple").
	RoleTarget = "target"
	// RoleAttendee: present at the event without being one of its
	// parties ("an official who attended the meeting").
	RoleAttendee = "attendee"
)

// Temporal relations between an event and its timex (Event.TimeRelation).
// The zero value means the event happened at or during the time.
const (
	TimeAt     = ""       // during / at the time
	TimeAfter  = "AFTER"  // "after World War II", "following the vote": some time after its end
	TimeBefore = "BEFORE" // "before 2010", "ahead of May", "toward next spring": some time before its start
	TimeSince  = "SINCE"  // "since 1945", "dating back to 1945": began then and goes on
	TimeUntil  = "UNTIL"  // "until March": went on up to then
	TimeBy     = "BY"     // "by December": no later than its end
)

// DateDocument is Event.DateFrom for an event dated by the document's date.
const DateDocument = "document"

// DateRelative is Event.DateFrom for an event the text places a span of
// time from a date ("freed on Monday, six days after it ran aground"):
// TimexID names the span, Value is the date counted from it.
const DateRelative = "relative"

// DateBefore is Event.DateFrom for an event dated by the day of an event
// told just before it, which it followed within hours ("quit hours
// later", "minutes later"); TimexID is empty.
const DateBefore = "previous"

// DateClause is Event.DateFrom for an event in an "after" clause dated by
// the event the clause hangs on, which followed it ("became prime
// minister in October 2022, after Truss resigned": the resignation by
// October 2022, TimeRelation BY); TimexID is empty.
const DateClause = "clause"

// Participant links an event to an entity.
type Participant struct {
	Entity string `json:"entity"` // entity ID
	Role   string `json:"role"`
	// Via is the pronoun or description that names the participant in
	// the event's sentence ("he", "the two leaders"), when not a mention
	// of the entity; zero otherwise.
	Via document.Span `json:"-"`
}

// Event is one event mention (or several merged mentions of one event).
type Event struct {
	ID       string        `json:"id"` // ev1, ev2, ... in text order
	Trigger  document.Span `json:"trigger"`
	Text     string        `json:"text"`     // trigger text
	Lemma    string        `json:"lemma"`    // base form of the trigger ("meet")
	Class    string        `json:"class"`    // TimeML class
	Kind     string        `json:"kind"`     // briefing class: meeting, visit, talks, agreement, statement, seizure, ...
	Sentence int           `json:"sentence"` // index of the sentence
	Modality string        `json:"modality"` // text.Actual, text.Planned, text.Possible, text.Negated
	Tense    string        `json:"tense,omitempty"`
	Aspect   string        `json:"aspect,omitempty"` // TimeML: PERFECTIVE, PROGRESSIVE, PERFECTIVE_PROGRESSIVE; empty for none
	// Time: the timex that anchors the event (ID and value); empty when the
	// event has no explicit time.
	TimexID string `json:"timex,omitempty"`
	Value   string `json:"value,omitempty"`
	// TimeRelation says how the event stands to that time when the text
	// says so with a preposition ("after", "before", "since", "until",
	// "by", "dating back to"): one of the Time* constants; empty when the
	// event is at or during the time.
	TimeRelation string `json:"timeRelation,omitempty"`
	// DateFrom says where a date without a time expression of its own
	// came from: DateDocument for an event that the document's date
	// dates (an event of the news lead reported as happened; a simple
	// present or a report in the simple past anywhere: the time of
	// writing). Empty when TimexID dates it.
	DateFrom     string        `json:"dateFrom,omitempty"`
	Participants []Participant `json:"participants,omitempty"`
	Places       []string      `json:"places,omitempty"` // entity IDs
	Summary      string        `json:"summary"`          // a short phrase for a timeline line
	// Mentions of the same event in the document ("the meeting" later on),
	// besides the trigger.
	Corefs []document.Span `json:"corefs,omitempty"`
	// Host is the ID of the event this one took place at or during ("on
	// the sidelines of the summit", "at the conference"); the event
	// inherits the host's place when the text gives it none.
	Host string `json:"host,omitempty"`
	// Main says the event is told by its sentence's main clause: the verb
	// heads it (or a clause coordinated with it, what a main clause's
	// past report says was done, or what its present plan says is to be
	// done: "plans to keep its stores open"), or the noun is that verb's
	// subject or object. The briefing dates such an event of the news lead by the
	// document; a relative clause's setting or an argument's content it
	// does not.
	Main bool `json:"main,omitempty"`
	// Theme is the event noun an aspectual verb governs ("started
	// activities", "ended their hostilities"), folded into this event.
	Theme string `json:"theme,omitempty"`
}
