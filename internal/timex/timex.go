// Package timex finds temporal expressions and normalizes them to TIMEX3
// values against the document creation time, using the tense and modality
// of the governing verb to choose direction.
package timex

import "github.com/chronicle-news/chronicle/internal/document"

// Types of TIMEX3.
const (
	Date     = "DATE"
	Time     = "TIME"
	Duration = "DURATION"
	Set      = "SET"
)

// CreationTime marks the timex that states the document's date.
const CreationTime = "CREATION_TIME"

// Anchors: what a relative value was computed from.
const (
	AnchorNone  = ""      // absolute, or unresolved
	AnchorDCT   = "DCT"   // the document creation time
	AnchorTimex = "TIMEX" // an earlier expression in the text (AnchorID says which)
)

// Timex is one temporal expression.
type Timex struct {
	ID string `json:"id"` // t1, t2, ... in text order
	document.Span
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`         // TIMEX3 value; "" when it cannot be resolved (no DCT)
	Mod   string `json:"mod,omitempty"` // APPROX, LESS_THAN, MORE_THAN, START, MID, END, ...
	// RangeEnd is, for a DATE that covers a range of units ("2009-2010",
	// an era such as "World War II": 1939 to 1945), the TIMEX3 value of the
	// last unit; Value then holds the first. TIMEX3 has no range value, so
	// TimeML output writes Value alone.
	RangeEnd string `json:"rangeEnd,omitempty"`
	Quant    string `json:"quant,omitempty"` // SET: EACH, EVERY
	Freq     string `json:"freq,omitempty"`  // SET: 2X ...
	Anchor   string `json:"anchor,omitempty"`
	AnchorID string `json:"anchorId,omitempty"`
	Sentence int    `json:"sentence"`       // index of the sentence that holds it
	Rule     string `json:"rule,omitempty"` // the rule that produced it, for --explain and debugging
	// Function is CreationTime for the document's own date (t0), as in
	// TimeML's functionInDocument; empty otherwise.
	Function string `json:"function,omitempty"`
}
