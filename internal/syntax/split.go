package syntax

import "strings"

// Split selects the sentences of one part of a treebank file: "all", or
// "tune" and "held", its documents taken alternately in order of first
// appearance (a sentence's document is its "# sent_id" without the final
// "-NNNN"). Tuning looks at "tune"; "held" is reported beside it as the
// part no choice was made on.
func Split(sents []Sentence, part string) []Sentence {
	if part == "" || part == "all" {
		return sents
	}
	docIndex := map[string]int{}
	var out []Sentence
	for _, s := range sents {
		d := s.DocID()
		i, ok := docIndex[d]
		if !ok {
			i = len(docIndex)
			docIndex[d] = i
		}
		if (i%2 == 0) == (part == "tune") {
			out = append(out, s)
		}
	}
	return out
}

// DocID is the document part of the sentence's "# sent_id" (empty when it
// has none).
func (s *Sentence) DocID() string {
	for _, c := range s.Comments {
		if id, ok := strings.CutPrefix(c, "sent_id = "); ok {
			if k := strings.LastIndexByte(id, '-'); k > 0 {
				return id[:k]
			}
			return id
		}
	}
	return ""
}
