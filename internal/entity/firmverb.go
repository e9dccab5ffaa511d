package entity

import (
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/wordset"
)

// A one-word name that is the subject of what companies do ("Binance
// expanded into Europe", "Zilbrook will lay off 200 workers", "Kestrel
// agreed to acquire a rival", "Orvana reported a quarterly loss") is a
// company's, whatever the tagger made of an unfamiliar word: people buy
// and sell too, but they do not lay off workers, recall cars or post a
// loss. The verb may come after auxiliaries, adverbs and a verb of
// intent ("has agreed to buy", "plans to cut").

// verbSkips are the words between a subject and its main verb: modals,
// auxiliaries, adverbs, the verbs of intent and their "to".
var verbSkips = wordset.Of(map[string]bool{"will": true, "would": true, "has": true, "have": true, "had": true, "is": true,
	"was": true, "may": true, "might": true, "could": true, "can": true, "should": true, "also": true, "then": true,
	"recently": true, "later": true, "already": true, "previously": true, "quietly": true, "abruptly": true,
	"agreed": true, "agrees": true, "plans": true, "planned": true, "intends": true, "expects": true, "aims": true,
	"hopes": true, "wants": true, "to": true, "been": true})

// firmVerbs are verbs whose subject is a company: in every form, the
// object of their action is a business's (a rival, a product line,
// workers, a market).
var firmVerbs = wordset.Of(map[string]bool{
	"acquire": true, "acquired": true, "acquires": true, "acquiring": true,
	"merge": true, "merged": true, "merges": true, "merging": true,
	"recall": true, "recalled": true, "recalls": true, "recalling": true,
	"hire": true, "hired": true, "hires": true, "hiring": true,
	"manufacture": true, "manufactured": true, "manufactures": true, "manufacturing": true,
	"employ": true, "employed": true, "employs": true, "employing": true,
	"outsource": true, "outsourced": true, "outsources": true, "outsourcing": true,
	"delist": true, "delisted": true, "delists": true,
})

// layVerbs take "off" to say a company sheds workers.
var layVerbs = wordset.Of(map[string]bool{"lay": true, "laid": true, "lays": true, "laying": true})

// firmResultVerbs are verbs that make a company's subject with a
// business result or asset as their object ("reported a loss", "cut
// 1,000 jobs", "opened 30 stores"); firmResultNouns are those objects.
var firmResultVerbs = wordset.Of(map[string]bool{"report": true, "reported": true, "reports": true, "post": true, "posted": true,
	"posts": true, "cut": true, "cuts": true, "cutting": true, "shed": true, "sheds": true, "open": true, "opened": true,
	"opens": true, "close": true, "closed": true, "closes": true, "expand": true, "expanded": true, "expands": true,
	"announced": true, "announces": true, "forecast": true, "forecasts": true, "raised": true, "raises": true,
	"booked": true, "books": true, "slashed": true, "slashes": true})

var firmResultNouns = wordset.Of(map[string]bool{"loss": true, "losses": true, "profit": true, "profits": true, "revenue": true,
	"revenues": true, "sales": true, "earnings": true, "jobs": true, "workers": true, "employees": true, "staff": true,
	"workforce": true, "stores": true, "plants": true, "factories": true, "branches": true, "offices": true,
	"dividend": true, "dividends": true, "shares": true, "prices": true, "output": true, "production": true,
	"volume": true, "volumes": true, "income": true, "margins": true})

// changeNouns tell how a result moved: "a rise in profit", "a drop in
// sales".
var changeNouns = wordset.Of(map[string]bool{"rise": true, "fall": true, "drop": true, "jump": true, "increase": true,
	"decline": true, "decrease": true, "slump": true, "surge": true, "gain": true})

// firmVerbAfter reports whether the words from v[b] on make the name
// before them the subject of what companies do.
func firmVerbAfter(v []tokView, b int) bool {
	k := b
	for n := 0; k < len(v) && n < 4 && v[k].Kind == text.Word && !v[k].cap && verbSkips.Has(v[k].Lower); n++ {
		k++
	}
	if k >= len(v) || v[k].Kind != text.Word || v[k].cap {
		return false
	}
	w := v[k].Lower
	switch {
	case firmVerbs.Has(w):
		return true
	case layVerbs.Has(w):
		return k+1 < len(v) && v[k+1].Lower == "off"
	case firmResultVerbs.Has(w):
		// the object's head within a few words: "reported a third-quarter
		// loss", "cut 1,000 jobs", "expanded its trading volume"
		for j := k + 1; j < len(v) && j <= k+5; j++ {
			t := &v[j]
			if t.Kind == text.Punct && t.Text != "$" && t.Text != "%" && t.Text != "-" {
				break
			}
			if firmResultNouns.Has(t.Lower) {
				return true
			}
			if t.Lower == "in" && changeNouns.Has(v[j-1].Lower) && j+1 < len(v) && firmResultNouns.Has(v[j+1].Lower) {
				return true // "reported a 20 percent rise in profit"
			}
			if t.Kind == text.Word && (t.Lower == "of" || t.Lower == "for" || t.Lower == "to" || t.Lower == "in" || t.Lower == "that") {
				break
			}
		}
	}
	return false
}
