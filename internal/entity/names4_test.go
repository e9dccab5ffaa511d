package entity

import "testing"

// A company's kind before a name ("the energy company X") keeps the name
// a company's where the tagger was unsure it was any "other" name.
func TestFirmKindOverUnsureMisc(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"HOUSTON — A federal jury convicted Kenneth Lay, who founded the energy company Enron, of fraud.", "Enron", Organization},
	})
}
