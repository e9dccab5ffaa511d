package entity

import (
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/wordset"
)

// A numbered road ("Interstate 95", "Highway 1", "Route 66", "the A1
// motorway" aside) is a place, and its number is part of its name: the
// tagger reads "Interstate" alone as an organization and the number is
// left out, and a road word alone names no place.

// roadWords are the capitalized words that a road's number follows.
var roadWords = wordset.Of(map[string]bool{"interstate": true, "interstates": true, "highway": true, "route": true,
	"motorway": true, "autobahn": true, "freeway": true, "expressway": true})

// roadAt reports whether v[k] is a road word written with a capital and
// followed by a number of digits: "Interstate 95", "Route 66".
func roadAt(v []tokView, k int) bool {
	if k+1 >= len(v) || v[k].Kind != text.Word || !v[k].cap || !roadWords.Has(v[k].low) || v[k].poss {
		return false
	}
	n := &v[k+1]
	if n.Kind != text.Number || n.Start != v[k].End+1 {
		return false
	}
	for i := 0; i < len(n.Text); i++ {
		if n.Text[i] < '0' || n.Text[i] > '9' {
			return false
		}
	}
	return len(n.Text) <= 3
}

// roadNames makes a place's span of every numbered road, over the
// tagger's spans of its words. The input is not modified.
func roadNames(v []tokView, ns []nerSpan) []nerSpan {
	var out []nerSpan
	changed := false
	j := 0
	for k := 0; k+1 < len(v); k++ {
		if !roadAt(v, k) {
			continue
		}
		if !changed {
			changed = true
			out = make([]nerSpan, 0, len(ns)+1)
		}
		first, conf := k, 0.8
		for ; j < len(ns) && ns[j].last < k; j++ {
			out = append(out, ns[j])
		}
		for ; j < len(ns) && ns[j].first <= k+1; j++ {
			first = min(first, ns[j].first)
			conf = max(conf, ns[j].conf)
		}
		out = append(out, nerSpan{first: first, last: k + 1, typ: "LOC", conf: conf})
		k++
	}
	if !changed {
		return ns
	}
	return append(out, ns[j:]...)
}
