package event

import "github.com/chronicle-news/chronicle/internal/event/detect"

// ExtractWith exposes extractWith to the external tests.
var ExtractWith = extractWith

// SetDetectorClass switches the class rule (detectorClass) for a test; it
// returns the previous setting.
func SetDetectorClass(v bool) bool {
	old := detectorClass
	detectorClass = v
	return old
}

var _ = detect.Labels
