package event

import "testing"

// An institution is named by its last or first word, or a word of its
// head before "of"; a company is not.
func TestInstitution(t *testing.T) {
	for name, want := range map[string]bool{
		"Stanford University":                           true,
		"University of Tokyo":                           true,
		"California Department of Financial Protection": true,
		"Federal Deposit Insurance Corporation":         false,
		"Bank of America":                               false,
		"Silicon Valley Bank":                           false,
		"Apple":                                         false,
	} {
		if got := institution(name); got != want {
			t.Errorf("institution(%q) = %v, want %v", name, got, want)
		}
	}
}
