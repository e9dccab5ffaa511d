package event

import "testing"

// A line that cut a quotation open closes it; a closing mark with no
// opening one goes.
func TestBalanceQuotes(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Abe asks Russia to play a “larger role", "Abe asks Russia to play a “larger role”"},
		{`Kelleher says the deal was "not what we wanted`, `Kelleher says the deal was "not what we wanted"`},
		{"Bank says it was “a sad day”", "Bank says it was “a sad day”"},
		{"Bank says it was a sad day” for all", "Bank says it was a sad day for all"},
		{`Ten inches" of rain fell`, `Ten inches of rain fell`},
		{"Nothing quoted", "Nothing quoted"},
	} {
		if got := balanceQuotes(c.in); got != c.want {
			t.Errorf("balanceQuotes(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
