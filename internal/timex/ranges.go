package timex

import "strings"

// SplitRanges returns txs with each range of years written as two numbers
// ("1861-1865", "1915-17", "1915 to 1916") made two expressions, one per
// year, as TimeML annotates them (TIMEX3 has no range value); the first
// keeps the ID. The name of an era ("World War II", "the Cold War", "the end
// of World War I") is left out: TimeML marks such a name as an EVENT, never
// as a TIMEX3 (no gold corpus we score on, TimeBank, AQUAINT or WikiWars,
// tags one). Other expressions are kept as they are. Chronicle keeps a
// range or an era as one expression with RangeEnd, for the timeline's
// interval; this is for TimeML output.
func SplitRanges(text string, txs []Timex) []Timex {
	var out []Timex
	for i, tx := range txs {
		if tx.Rule == "era" {
			if out == nil {
				out = append(make([]Timex, 0, len(txs)), txs[:i]...)
			}
			continue
		}
		a, b, ok := splitRange(text, tx)
		if !ok {
			if out != nil {
				out = append(out, tx)
			}
			continue
		}
		if out == nil {
			out = append(make([]Timex, 0, len(txs)+1), txs[:i]...)
		}
		out = append(out, a, b)
	}
	if out == nil {
		return txs
	}
	return out
}

func splitRange(text string, tx Timex) (a, b Timex, ok bool) {
	if tx.Type != Date || tx.RangeEnd == "" || len(tx.Value) != 4 || len(tx.RangeEnd) != 4 || tx.Start < 0 || tx.End > len(text) || tx.Start >= tx.End {
		return a, b, false
	}
	s := text[tx.Start:tx.End]
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	j := len(s)
	for j > i && s[j-1] >= '0' && s[j-1] <= '9' {
		j--
	}
	if i != 4 || j == i || len(s)-j < 2 || len(s)-j > 4 {
		return a, b, false
	}
	switch strings.TrimSpace(s[i:j]) {
	case "-", "–", "—", "to", "through", "and", "until":
	default:
		return a, b, false
	}
	a, b = tx, tx
	a.End, a.Text, a.RangeEnd = tx.Start+i, s[:i], ""
	b.ID, b.Start, b.Text, b.Value, b.RangeEnd, b.Mod = "", tx.Start+j, s[j:], tx.RangeEnd, "", ""
	return a, b, true
}
