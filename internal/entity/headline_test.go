package entity

import (
	"strings"
	"testing"
)

// A name found only in a title-case headline is cut to the parts that the
// body names (a name, a surname, a company's first words) or a gazetteer
// knows; the rest, headline verbs above all, is no name.
func TestHeadlineNamesNeedSupport(t *testing.T) {
	cases := []struct {
		text string
		want map[string]int // entity name -> mentions at least
		not  []string       // words no entity name may contain
	}{
		{
			text: "Tyco Former Chief Dennis Kozlowski Found Guilty of Looting Company\n\n" +
				"NEW YORK — A jury in Manhattan on Friday convicted Dennis Kozlowski, the former chief executive of Tyco International, of stealing from the company. Mr. Kozlowski, 58, showed no emotion.\n",
			want: map[string]int{"Dennis Kozlowski": 3, "Tyco International": 2},
			not:  []string{"Found", "Guilty", "Chief"},
		},
		{
			text: "Merkel and Hollande Sign Minsk Peace Plan With Putin\n\n" +
				"MINSK — Chancellor Angela Merkel of Germany and President François Hollande of France agreed on a ceasefire with Vladimir Putin on Thursday. Ms. Merkel called it a glimmer of hope.\n",
			want: map[string]int{"Angela Merkel": 3, "François Hollande": 2, "Vladimir Putin": 2},
			not:  []string{"Sign", "Plan"},
		},
		{
			text: "WorldCom Files for Bankruptcy as Creditors Balk\n\n" +
				"NEW YORK — WorldCom Inc. filed for bankruptcy protection on Sunday, the largest such filing in American history. The company had admitted to inflating its profits.\n",
			want: map[string]int{"WorldCom Inc.": 2},
			not:  []string{"Files", "Creditors"},
		},
	}
	for _, tc := range cases {
		es := run(tc.text)
		for name, n := range tc.want {
			e := find(es, name)
			if e == nil || len(e.Mentions) < n {
				t.Errorf("%.40q: %s is %+v, want %d mentions", tc.text, name, e, n)
			}
		}
		for _, e := range es {
			for _, w := range tc.not {
				for _, f := range strings.Fields(e.Name) {
					if f == w {
						t.Errorf("%.40q: entity %q contains the headline word %q", tc.text, e.Name, w)
					}
				}
			}
		}
	}
}
