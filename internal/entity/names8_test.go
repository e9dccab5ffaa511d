package entity

import (
	"testing"
)

// mentionTexts returns the texts of e's mentions at their offsets.
func mentionStarts(e *Entity) map[int]string {
	out := map[int]string{}
	for _, m := range e.Mentions {
		out[m.Start] = m.Text
	}
	return out
}

// A surname after an honorific is a mention of the person named in full
// before, even when the surname is also a month's or a day's name.
func TestHonorificSurnames(t *testing.T) {
	cases := []struct {
		text, person, short string
	}{
		{"Theresa May won the leadership vote in July 2016.\n\nMrs. May made the decision after a long cabinet meeting.", "Theresa May", "May"},
		{"Theresa May met party officials on Friday.\n\nMrs May said she would not resign in May.", "Theresa May", "May"},
		{"Tom Dale runs a small dairy farm near Brecon.\n\nMr. Dale said the new rules would hurt his family.", "Tom Dale", "Dale"},
		{"Joe Friday joined the police in 1951. Sgt. Smith trained him, and Mr. Friday said he owed him a lot.", "Joe Friday", "Friday"},
	}
	for _, tc := range cases {
		es := run(tc.text)
		e := find(es, tc.person)
		if e == nil || e.Type != Person {
			t.Errorf("%q: %s is %+v, want a person", tc.text, tc.person, e)
			continue
		}
		n := 0
		for _, m := range e.Mentions {
			if m.Text == tc.short {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%q: %s has mentions %v, want one %q", tc.text, tc.person, e.Mentions, tc.short)
		}
		for _, o := range es {
			if o.ID != e.ID && o.Name == tc.short {
				t.Errorf("%q: %q is an entity apart (%s)", tc.text, tc.short, o.Type)
			}
		}
	}
}
