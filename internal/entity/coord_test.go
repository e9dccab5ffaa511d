package entity

import (
	"strings"
	"testing"
)

type nameCase struct {
	text string
	want []string // "TYPE:mention text"
	not  []string // mention texts that must not be names
}

func checkNameCases(t *testing.T, cases []nameCase) {
	t.Helper()
	for _, c := range cases {
		got := nameMentions(run(c.text))
		for _, w := range c.want {
			if !contains(got, w) {
				t.Errorf("%q: no %s in %v", c.text, w, got)
			}
		}
		for _, n := range c.not {
			for _, g := range got {
				if g[strings.IndexByte(g, ':')+1:] == n {
					t.Errorf("%q: %q is a name (%s)", c.text, n, g)
				}
			}
		}
	}
}

// "and" and "&" inside one organization's name stay in it; between two
// names they separate them. The parts decide: a known name, an acronym, a
// person's name or a name the text uses alone after the coordinator, "and
// the", or a known company before it.
func TestCoordinatedNames(t *testing.T) {
	checkNameCases(t, []nameCase{
		// one name: the words after "and" are common nouns (the tagger
		// cuts this one at "and")
		{"The California Department of Financial Protection and Innovation closed the lender on Friday.",
			[]string{"ORGANIZATION:California Department of Financial Protection and Innovation"},
			[]string{"Innovation", "California Department of Financial Protection"}},
		{"The Department of Health and Human Services said on Monday it would review the rule.",
			[]string{"ORGANIZATION:Department of Health and Human Services"}, []string{"Human Services"}},
		{"Agents of the Bureau of Alcohol, Tobacco, Firearms and Explosives searched the warehouse in Ohio.",
			[]string{"ORGANIZATION:Bureau of Alcohol, Tobacco, Firearms and Explosives", "LOCATION:Ohio"},
			[]string{"Explosives", "Tobacco"}},
		{"The Securities and Exchange Commission fined the broker on Tuesday.",
			[]string{"ORGANIZATION:Securities and Exchange Commission"}, []string{"Exchange Commission"}},
		// "&" joins the parts of a company's name, also where a rule cue
		// ("reported") sits after the second part
		{"Procter & Gamble and Johnson & Johnson reported quarterly results on Thursday.",
			[]string{"ORGANIZATION:Procter & Gamble", "ORGANIZATION:Johnson & Johnson"},
			[]string{"Johnson", "Gamble", "Procter & Gamble and Johnson & Johnson"}},
		// two names: a known company after "and"
		{"The Ministry of Defence and Boeing signed a contract on Tuesday.",
			[]string{"ORGANIZATION:Ministry of Defence", "ORGANIZATION:Boeing"},
			[]string{"Ministry of Defence and Boeing"}},
		// two names: "and the"
		{"The Ministry of Finance and the Central Bank disagreed over the budget.",
			[]string{"ORGANIZATION:Ministry of Finance"},
			[]string{"Ministry of Finance and the Central Bank"}},
		// two names: the second one is used alone in the text
		{"The Bank of Lisbon and Harrow Mutual agreed to merge. Harrow Mutual said the deal would close in May.",
			[]string{"ORGANIZATION:Bank of Lisbon"},
			[]string{"Bank of Lisbon and Harrow Mutual"}},
		// two names: an acronym after "and"
		{"Officials of the Department of Justice and FBI agents arrived on Monday.",
			[]string{"ORGANIZATION:Department of Justice"},
			[]string{"Department of Justice and FBI"}},
		// a country that is one name with "and" stays whole
		{"Rescuers from Bosnia and Herzegovina arrived in Zagreb.",
			[]string{"LOCATION:Bosnia and Herzegovina", "LOCATION:Zagreb"}, []string{"Bosnia", "Herzegovina"}},
	})
}
