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
	RoleSpeaker = "speaker" // who said it
)

// Participant links an event to an entity.
type Participant struct {
	Entity string `json:"entity"` // entity ID
	Role   string `json:"role"`
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
	// Time: the timex that anchors the event (ID and value); empty when the
	// event has no explicit time.
	TimexID      string        `json:"timex,omitempty"`
	Value        string        `json:"value,omitempty"`
	Participants []Participant `json:"participants,omitempty"`
	Places       []string      `json:"places,omitempty"` // entity IDs
	Summary      string        `json:"summary"`          // a short phrase for a timeline line
	// Mentions of the same event in the document ("the meeting" later on),
	// besides the trigger.
	Corefs []document.Span `json:"corefs,omitempty"`
}
