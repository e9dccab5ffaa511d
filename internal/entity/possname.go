package entity

import "github.com/chronicle-news/chronicle/internal/wordset"

// Some names end in a possessive: shops, banks and agencies named after
// their founders ("Sotheby's", "McDonald's", "Moody's", "Boatmen's").
// Such a name shows itself where its "'s" owns nothing, before a verb, a
// preposition, a relative word or a comma ("Sotheby's said", "Boatmen's
// was the prize", "the auction house Sotheby's, which"), when the document never writes the name without it (then
// "Young's" is the possessive of Young's: "the idea was Powell's"); every
// mention of the name then keeps its "'s", "Sotheby's auction" too. The
// end of a sentence shows nothing: "a better deal than McCaw's." leaves
// out what McCaw owns.

// possFollowers are the words after a name's "'s" that show it owns
// nothing: verbs of the clause, prepositions, relative words.
var possFollowers = wordset.Of(map[string]bool{"was": true, "is": true, "has": true, "had": true, "will": true, "would": true,
	"said": true, "says": true, "to": true, "of": true, "for": true, "on": true, "at": true, "with": true, "by": true,
	"from": true, "that": true, "which": true, "who": true, "did": true, "does": true, "could": true, "may": true,
	"might": true, "should": true, "were": true, "are": true, "have": true, "agreed": true, "reported": true,
	"announced": true, "declined": true, "told": true, ",": true})

// possAfter returns the index of the last token of c's possessive and of
// the token after it: on the name's last word ("Sotheby's") or a token of
// its own after a space ("Boatmen 's", tokenized text); ok is false when
// c has none.
func possAfter(v []tokView, c *Candidate) (last, next int, ok bool) {
	if v[c.Last].poss {
		return c.Last, c.Last + 1, true
	}
	k := c.Last + 1
	if k >= len(v) || v[k].Start != v[c.Last].End+1 {
		return 0, 0, false
	}
	if v[k].Lower == "'s" || v[k].Lower == "’s" {
		return k, k + 1, true
	}
	if k+1 < len(v) && (v[k].Text == "'" || v[k].Text == "’") && v[k+1].Lower == "s" && v[k+1].Start == v[k].End {
		return k + 1, k + 2, true // "Boatmen ' s", as a tokenized text written out splits it
	}
	return 0, 0, false
}

// possNames widens the candidates of a name whose "'s" owns nothing in
// one of its mentions over the "'s" of all its mentions. Not a gazetteer
// name ("Japan's"), a nationality, a person's name with a given name, a
// title or an honorific.
func (r *recognizer) possNames(cands []Candidate) []Candidate {
	var names map[string]bool
	for i := range cands {
		c := &cands[i]
		if c.Gaz != nil || c.Demonym || hasFeature(c, "firstname", "title", "honorific") {
			continue
		}
		v := r.views[c.Sentence]
		_, next, ok := possAfter(v, c)
		if !ok || next >= len(v) || !possFollowers.Has(v[next].Lower) {
			continue
		}
		if names == nil {
			names = map[string]bool{}
		}
		names[r.doc.Text[c.Start:c.End]] = true
	}
	if names == nil {
		return cands
	}
	for i := range cands {
		c := &cands[i]
		if _, _, ok := possAfter(r.views[c.Sentence], c); !ok {
			delete(names, r.doc.Text[c.Start:c.End]) // the document writes it bare
		}
	}
	for i := range cands {
		c := &cands[i]
		if c.Sentence < 0 || c.Gaz != nil || c.Demonym || !names[r.doc.Text[c.Start:c.End]] {
			continue
		}
		v := r.views[c.Sentence]
		last, _, ok := possAfter(v, c)
		if !ok {
			continue
		}
		c.Last, c.End = last, v[last].End
		c.Text = r.doc.Text[c.Start:c.End]
		if i+1 < len(cands) {
			// "Boatmen's Bancshares Inc.": the name opens the company's
			// full name.
			if d := &cands[i+1]; d.Sentence == c.Sentence && d.First == last+1 && d.Gaz == nil && orgSuffixEnd(v, d.First, d.Last) {
				c.Last, c.End = d.Last, d.End
				c.Text = r.doc.Text[c.Start:c.End]
				for _, f := range d.Features {
					c.addFeature(f)
				}
				sortedFeatures(c)
				if c.NER == "" {
					c.NER, c.NERConf = d.NER, d.NERConf
				}
				d.Sentence = -1
			}
		}
	}
	kept := cands[:0]
	for _, c := range cands {
		if c.Sentence >= 0 {
			kept = append(kept, c)
		}
	}
	return kept
}

// orgSuffixEnd reports whether the name v[a:b+1] ends in an organization's
// suffix ("Holdings Inc", "Market Co." with the abbreviation's dot).
func orgSuffixEnd(v []tokView, a, b int) bool {
	if b > a && v[b].Text == "." {
		b--
	}
	return v[b].fl&wOrgSuffix != 0 && !v[b].poss
}
