package entity

import "testing"

// A name followed in prose by a model's number or code is a product's
// ("the Galaxy Note 7", "Windows 11") or an index's, not an organization;
// a place with a distance ("in Sergiyev Posad 70 km from ...") and the
// numbered roads, channels and flights stay what they are.
func TestModelNumbers(t *testing.T) {
	checkNameCases(t, []nameCase{
		{"Samsung Electronics halted sales of the Galaxy Note 7 on Friday.",
			nil, []string{"Galaxy Note", "Galaxy Note 7", "Galaxy"}},
		{"The company said its Pixel 8 Pro would ship to Canada in October.",
			[]string{"LOCATION:Canada"}, []string{"Pixel", "Pixel 8", "Pro"}},
		{"Analysts expect the Lumina S23 Ultra to sell well in Korea.",
			[]string{"LOCATION:Korea"}, []string{"Lumina", "Lumina S23"}},
		{"Traders said the Hartwell 40 index fell on Monday.",
			nil, []string{"Hartwell"}},
		{"The blast took place near the village of Dorvik 30 miles north of the capital.",
			[]string{"LOCATION:Dorvik"}, nil},
		{"The crash closed Route 66 near Tulsa on Sunday.",
			[]string{"LOCATION:Tulsa"}, nil},
	})
}
