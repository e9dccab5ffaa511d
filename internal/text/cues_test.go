package text

import (
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
)

// cuesAt segments s and returns the cues for the first token equal to word.
func cuesAt(t *testing.T, s, word string) Cues {
	t.Helper()
	d := &document.Document{Text: s}
	for _, sent := range Segment(d) {
		for i, tk := range sent.Tokens {
			if tk.Text == word {
				return ClauseCues(sent, i)
			}
		}
	}
	t.Fatalf("%q not in %q", word, s)
	return Cues{}
}

func TestClauseCues(t *testing.T) {
	tests := []struct {
		sent, at string
		tense    Tense
		modality string
	}{
		{"The minister plans to visit the capital in May.", "May", Future, Planned},
		{"The two leaders held talks in September.", "September", Past, Actual},
		{"She will travel to Rome in June.", "June", Future, Planned},
		{"They met on Monday in the capital.", "Monday", Past, Actual},
		{"On Monday they signed the accord.", "Monday", Past, Actual},
		{"The company is expanding this year.", "year", Present, Actual},
		{"The envoy may return in April.", "April", TenseNone, Possible},
		// "must" requires what is ahead, as a plan.
		{"The firm must repay the loan in May.", "May", Future, Planned},
		{"They reached a deal aimed at ending the war.", "ending", Future, Planned},
		{"The parties did not meet in March.", "March", Past, Negated},
		{"Both sides agreed to hold a summit in July.", "July", Future, Planned},
		{"The rebels have threatened to storm the city in July.", "July", Future, Planned},
		{"The storm is forecast to reach the coast in July.", "July", Future, Planned},
		{"He said the deal, which was signed in 2015, stands.", "2015", Past, Actual},
		{"Officials expect to finish the work by December.", "December", Future, Planned},
		{"The vote will be held in March.", "March", Future, Planned},
		{"The vote was held in March.", "March", Past, Actual},
		{"The offer had been due to expire on Friday.", "Friday", Past, Planned},
		{"The stock is to resume trading on Tuesday.", "Tuesday", Future, Planned},
		// The trigger is itself the finite verb: a modal of an earlier
		// clause or a "will" of the reported clause does not govern it.
		{"The plan could be changed by the courts, the minister said on Monday.", "said", Past, Actual},
		{"The mayor said that the bridge will reopen in May.", "said", Past, Actual},
		{"The two states never formally ended the war.", "ended", Past, Negated},
		// "No." before a number is a number's sign, not a denial.
		{"A blast tore open the roof of the No. 2 turbine hall on Friday.", "Friday", Past, Actual},
		{"The talks were suspended in March.", "suspended", Past, Actual},
		{"The parties did not meet in March.", "meet", Past, Negated},
		// A modal of a later clause ("that ... could", ", angering ...")
		// does not govern a word before it.
		{"The sale of the unit that analysts say could fail was approved.", "sale", TenseNone, Actual},
		{"The decision in May, angering investors who could lose money, stands.", "decision", TenseNone, Actual},
	}
	for _, tt := range tests {
		c := cuesAt(t, tt.sent, tt.at)
		if c.Tense != tt.tense || c.Modality != tt.modality {
			t.Errorf("%q at %q: tense %v modality %s, want %v %s", tt.sent, tt.at, c.Tense, c.Modality, tt.tense, tt.modality)
		}
	}
}

func TestIsPastForm(t *testing.T) {
	for w, want := range map[string]bool{"seized": true, "met": true, "said": true, "need": false, "speed": false, "visit": false, "red": false, "occupied": true, "died": true, "tied": true, "shed": false, "feed": false} {
		if got := IsPastForm(strings.ToLower(w)); got != want {
			t.Errorf("IsPastForm(%q) = %v, want %v", w, got, want)
		}
	}
}
