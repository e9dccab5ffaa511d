package timex

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/syntax"
	"github.com/chronicle-news/chronicle/internal/text"
)

// scratch holds the buffers of one Tag call, reused across calls.
type scratch struct {
	toks  []vtok
	tried []int
	stamp int
	ms    []match
	keep  []match
	m     matcher
	tx    []Timex // the timexes found, copied out at the end
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

var (
	engOnce sync.Once
	eng     *engine
	engErr  error
)

// defaultEngine compiles the embedded rules once.
func defaultEngine() (*engine, error) {
	engOnce.Do(func() {
		lex, err := rulesFS.ReadFile("rules/lexicon.txt")
		if err != nil {
			engErr = err
			return
		}
		pat, err := rulesFS.ReadFile("rules/patterns.txt")
		if err != nil {
			engErr = err
			return
		}
		eng, engErr = newEngine(string(lex), string(pat))
	})
	return eng, engErr
}

// Tag finds and normalizes the temporal expressions of doc's sentences.
//
// Patterns (rules/patterns.txt) propose candidates over each sentence's
// tokens; the longest non-overlapping ones are kept, normalized against the
// DCT (the governing verb's tense and modality choose the direction of
// "in May" or "on Monday"; "the next day" follows the text's last date),
// then refined: modifiers before them are taken in ("early", "nearly"), a
// clock time and the date after it become one TIME.
func Tag(doc *document.Document, sents []text.Sentence) []Timex {
	return TagParsed(doc, sents, nil)
}

// TagParsed is Tag with the sentences' dependency trees (trees[i] for
// sents[i]; nil or empty trees are allowed): the verb an expression hangs on
// then decides the direction of a date without a year (treedir.go).
func TagParsed(doc *document.Document, sents []text.Sentence, trees []syntax.Tree) []Timex {
	e, err := defaultEngine()
	if err != nil {
		panic("timex: embedded rules: " + err.Error())
	}
	n := &normCtx{}
	if doc.HasDCT() {
		n.has = true
		d := doc.DCT.UTC()
		n.dct = time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
		n.sents = sents // for isStory
	}
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	out := sc.tx[:0]
	if len(sc.tried) != len(e.rules) {
		sc.tried = make([]int, len(e.rules))
		m := &sc.m
		m.viable = make([]uint8, len(e.rules))
		m.present = make([]uint64, len(e.vocab)/64+1)
		sc.stamp = 0
	}
	tried := sc.tried
	m := &sc.m
	m.e = e
	var best match
	for si := range sents {
		s := &sents[si]
		if si > 0 && n.refRun > 0 && newParagraph(doc.Text, sents[si-1].End, s.Start) && !n.isStory() {
			// News returns to its own time at a new paragraph: "... and it
			// was dissolved in 2018. // The trial began in September" is
			// last September, not 2018's.
			n.refRun = 0
		}
		sc.toks, m.cls = e.buildTokens(*s, sc.toks, m.present)
		toks := sc.toks
		m.toks = toks
		m.arena = m.arena[:0]
		clear(m.viable)
		ms := sc.ms[:0]
		for i := range toks {
			if toks[i].id == 0 && toks[i].cls == 0 {
				continue // no rule starts here
			}
			sc.stamp++
			if m.matchAt(i, tried, sc.stamp, &best) {
				ms = append(ms, best)
			}
		}
		clear(m.present) // a few words: the pattern vocabulary is small
		if n.has && storyRule(ms) && !n.isStory() {
			// Patterns marked story=1 ("the morning of 31 January 1965")
			// are a history's: news marks the date alone ("on the night
			// of Friday, Oct. 23"), which has a match of its own.
			k := 0
			for _, mt := range ms {
				if mt.r.params["story"] != "1" {
					ms[k] = mt
					k++
				}
			}
			ms = ms[:k]
		}
		sc.ms = ms
		ms = selectMatches(ms, &sc.keep)
		first := len(out) // this sentence's timexes are out[first:]
		n.sent = s.Index
		for _, mt := range ms {
			c := &cand{m: mt, toks: toks, sent: s, e: e}
			if si < len(trees) {
				c.tree = &trees[si]
			}
			var tx Timex
			if !n.normalize(c, &tx) {
				continue
			}
			mt = c.m // (a rule may keep only part of its match: rangeYears)
			if k := len(out) - 1; k >= first && appositiveDay(toks, mt, &out[k]) {
				// "on Sunday, the day after the election": the day the
				// phrase describes is the date before the comma.
				tx.Value, tx.Type, tx.Anchor = out[k].Value, out[k].Type, AnchorTimex
			}
			ee := mt.ee
			if ee-mt.es > 1 && toks[ee-1].lower == "." && e.isPrimary(toks[ee-2].lower) {
				ee-- // "in December." : the sentence's full stop
			}
			if dropByContext(toks, mt, ee, e.secBit["month"], e.secBit["weekday"]) || isTitle(toks, mt.es, ee) {
				continue
			}
			if ee+1 < len(toks) && toks[ee].lower == "or" && toks[ee+1].lower == "so" && (ee+2 == len(toks) || toks[ee+2].lower != "-") && tx.Type != Set {
				// "the next year or so", "two weeks or so": TimeML marks
				// the whole, an approximation.
				ee += 2
				if tx.Mod == "" {
					tx.Mod = "APPROX"
				}
			}
			if mt.r.name == "daybefore" && ee == mt.es+3 && ee < len(toks) && opensPhrase(toks[ee]) && !opensClause(toks, mt.es) {
				// "on Oct. 12, the day before the crash", "was seen the
				// week after he was elected": "before" and what follows
				// it are the event's (TimeML: a signal); the expression
				// is "the day". Opening a clause ("..., and the year
				// before its leaders had been jailed") it may be an
				// adverb, "the year before" whole.
				ee--
			}
			es0 := mt.es
			if mt.r.name == "durthe" && adjectival(toks, mt.es, ee) {
				mt.es++ // "the 14-day waiting period": "the" belongs to the noun
			}
			if mt.r.name == "dura" && ee-mt.es >= 4 && toks[ee-1].lower == "long" && toks[ee-2].lower == "-" && (toks[mt.es].lower == "a" || toks[mt.es].lower == "an") {
				mt.es++ // "a year-long trial": "a" belongs to the noun
			}
			if tx.Type == Duration && lastVerb(toks, mt.es) {
				mt.es++ // "the trial is expected to last six weeks": "last" is the verb
			}
			if mt.r.name == "yearago" && toks[mt.es].lower == "the" && !c.has("q") && mt.es+1 < ee {
				mt.es++ // "the year-earlier results": "the" belongs to the noun
			}
			tx.Sentence = s.Index
			tx.Rule = mt.r.name
			es := mt.es
			if es == es0 {
				es = e.extendMod(toks, mt.es, &tx)
				if (tx.Rule == "ago" || tx.Rule == "agoa") && (tx.Mod == "LESS_THAN" || tx.Mod == "MORE_THAN") && len(tx.Value) == 10 && withinDay(toks, mt.es, ee) {
					// "Less than two minutes later": a day's value; the
					// minutes' bound says nothing of the day.
					tx.Mod = ""
				}
				if es < mt.es && tx.Mod == "APPROX" && ee < len(toks) && (toks[ee].lower == "'s" || toks[ee].lower == "’s") {
					// "ways to get around Wednesday's ruling": "around"
					// is the noun's (or the verb's), not the day's
					es, tx.Mod = mt.es, ""
				}
				if k := len(out) - 1; es < mt.es && k >= first && out[k].End > toks[es].start {
					// The modifier holds the expression before ("the
					// first half of the month"): the modified one is the
					// whole, the one inside it goes.
					if out[k].Start >= toks[es].start {
						out = out[:k]
					} else {
						es, tx.Mod = mt.es, ""
					}
				}
			}
			if !toks[es].bl && !rangeEnd(toks, es) && !e.dateRangeEnd(toks, es) || !toks[ee-1].br && !e.dateRangeStart(toks, ee) {
				continue // part of a longer word ("pre-1990")
			}
			tx.Span = document.Span{Start: toks[es].start, End: toks[ee-1].end}
			out = append(out, tx)
			if len(tx.Value) == 4 && mt.es > 0 && ee < len(toks) && toks[mt.es-1].lower == "(" && toks[ee].lower == ")" && n.isStory() {
				continue // "the Civil Constitution of the Clergy (1790)": an aside
			}
			if inAside(toks, mt.es, ee) && n.isStory() {
				continue // "(as of December 5, 2006)": the story's time stays
			}
			if n.prospect(&tx, toks, mt.es) && n.isStory() {
				continue // "a campaign planned for 1976": the story is not there yet
			}
			if n.beyondDCT(&tx) && n.isStory() {
				continue // "withdrawal in 2011", written in 2009: what the story foresees
			}
			if n.narrative() && endPointBefore(toks, mt.es) && n.after(&tx) {
				continue // "lasted until the fall of Budapest in February 1945": an end point ahead
			}
			if n.flashback(&tx, toks, mt.es) {
				continue // "forces that had invaded Burma in late 1943": the story stays
			}
			if n.narrative() && comparedWith(toks, mt.es, ee) {
				continue // "surpassing the May 2007 high": a yardstick, the story stays
			}
			if n.refRun > 0 && writersNow(&tx) && !n.isStory() && !c.quoted() {
				// News that told its background ("On June 5, 2009, it filed
				// for bankruptcy") is back in the writer's time at "now",
				// "today", "this week": its months are the DCT's again.
				n.refRun = 0
			}
			if y, ok := sentenceSetsYear(&tx, toks, mt.es, doc.Text[tx.Start:tx.End]); ok {
				n.sentY, n.sentYSent = y, s.Index
			}
			n.remember(&tx, doc.Text[tx.Start:tx.End])
			n.lastYIn = mt.es > 0 && toks[mt.es-1].lower == "in"
			if opensSentence(toks, mt.es) {
				n.opened(&tx, doc.Text[tx.Start:tx.End])
				n.monthOn(&tx, doc.Text[tx.Start:tx.End])
			}
		}
		out = out[:first+len(mergeTimeDate(doc.Text, toks, out[first:]))]
		out = append(out[:first], bcRangeStarts(doc.Text, toks, out[first:])...)
		out = append(out[:first], e.dayRangeParts(doc.Text, toks, out[first:])...)
		rangeFirstYear(doc.Text, out[first:])
		weekdayPairs(doc.Text, out[first:])
		if n.has && n.narrative() {
			sentenceYear(doc.Text, out[first:])
		}
	}
	slices.SortStableFunc(out, func(a, b Timex) int { return a.Start - b.Start })
	// The result gets its own array, of the exact size (one more for the
	// creation time); the working one is cleared (it holds the text's
	// strings) and kept for the next call.
	var res []Timex
	if len(out) > 0 {
		res = make([]Timex, len(out), len(out)+1)
		copy(res, out)
	}
	clear(out)
	sc.tx = out[:0]
	clear(sc.toks[:cap(sc.toks)]) // the pooled scratch keeps no text alive
	out = res
	for i := range out {
		out[i].ID = "t" + strconv.Itoa(i+1)
		out[i].Text = doc.Text[out[i].Start:out[i].End]
	}
	return withCreationTime(doc, out)
}

// withCreationTime adds the document's date line ("November 10, 2017"
// under a headline) as the creation-time TIMEX3 t0, as TimeML marks the DCT,
// when the reader found the DCT in the text. The date line lies outside the
// article body, so no sentence holds it (Sentence -1) and no event anchors
// to it; it comes first in text order when it is the first timex. A date
// line already tagged inside a sentence is marked CreationTime instead.
func withCreationTime(doc *document.Document, out []Timex) []Timex {
	sp := doc.DCTSpan
	if sp == nil || !doc.HasDCT() || sp.Start < 0 || sp.End > len(doc.Text) || sp.Start >= sp.End {
		return out
	}
	inside := false
	for i := range out {
		if out[i].Span.Overlaps(*sp) {
			// The date line is inside a sentence and already tagged (a
			// wire dateline, "MOSCOW, March 20, 2023 (Reuters) -"): it
			// states the document's date, no event's.
			out[i].Function = CreationTime
			inside = true
		}
	}
	if inside {
		return out
	}
	t0 := Timex{ID: "t0", Span: *sp, Text: doc.Text[sp.Start:sp.End], Type: Date,
		Value: doc.DCT.UTC().Format("2006-01-02"), Function: CreationTime, Sentence: -1, Rule: "dct"}
	i := sort.Search(len(out), func(i int) bool { return out[i].Start >= sp.Start })
	out = append(out, Timex{})
	copy(out[i+1:], out[i:])
	out[i] = t0
	return out
}

// selectMatches keeps the longest matches that do not overlap, in text
// order.
// The result is ms itself or *buf, whose array is reused.
func selectMatches(ms []match, buf *[]match) []match {
	if len(ms) < 2 {
		return ms
	}
	keep := (*buf)[:0]
	slices.SortStableFunc(ms, func(a, b match) int {
		la, lb := a.ee-a.es, b.ee-b.es
		if la != lb {
			return lb - la
		}
		if a.es != b.es {
			return a.es - b.es
		}
		return a.r.idx - b.r.idx
	})
	for _, m := range ms {
		ok := true
		for _, k := range keep {
			if m.es < k.ee && k.es < m.ee {
				ok = false
				break
			}
		}
		if ok {
			keep = append(keep, m)
		}
	}
	slices.SortFunc(keep, func(a, b match) int { return a.es - b.es })
	*buf = keep
	return keep
}

// remember keeps the last day-precise date as the narrative anchor.
func (n *normCtx) remember(tx *Timex, text string) {
	n.seq++
	if (tx.Type == Date || tx.Type == Time) && len(tx.Value) >= 4 && (WritesYear(text) || strings.HasPrefix(tx.Value, "BC") && strings.ContainsAny(text, "0123456789")) {
		if y, ok := refYear(tx.Value); ok {
			if n.refY != 0 && abs(y-n.refY) > strayYears && len(tx.Value) < 10 && (n.strayY == 0 || abs(y-n.strayY) > strayYears && (y-n.refY)*(n.strayY-n.refY) < 0) && n.isStory() {
				// A year far from the story's, named in passing ("declassified
				// in 2005"): the story's time stays until a second one follows,
				// near it or on its side of the story's ("in 411 BC ... In 404
				// BC ... in 396 BC": a history moving on in long steps).
				n.strayY, n.straySent = y, tx.Sentence
				return
			}
			n.strayY = 0
			if len(tx.Value) > 4 || y != n.refY {
				n.refM = 0 // a year alone keeps the month the text gave in it
			}
			n.refY, n.refSeq = y, n.seq
			if n.has && abs(y-n.dct.Year()) >= 2 {
				n.refRun++
			} else {
				n.refRun = 0
			}
			v := strings.TrimPrefix(tx.Value, "BC")
			if len(v) >= 7 && v[4] == '-' {
				if m, err := strconv.Atoi(v[5:7]); err == nil && m >= 1 && m <= 12 {
					n.refM = m
				} else if m := seasonMonth[v[5:7]]; m != 0 {
					n.refM = m // "the summer of 481 BC": its middle month
				}
			}
		}
	}
	n.movedTo(tx, text)
	if tx.Type == Date {
		if v := strings.TrimPrefix(tx.Value, "BC"); len(v) == 7 && v[4] == '-' && seasonMonth[v[5:]] != 0 {
			if y, ok := refYear(tx.Value); ok {
				n.seasY, n.seas, n.seasSeq, n.seasSent = y, v[5:], n.seq, tx.Sentence
			}
		}
	}
	if tx.Type == Date && len(tx.Value) >= 4 && isDigit(tx.Value[0]) {
		if y, err := strconv.Atoi(tx.Value[:4]); err == nil {
			n.lastY, n.lastM = y, 0
			n.lastYSent, n.lastDay = tx.Sentence, len(tx.Value) >= 10
			n.lastYW = WritesYear(text)
			if len(tx.Value) >= 7 && tx.Value[4] == '-' {
				if m, err := strconv.Atoi(tx.Value[5:7]); err == nil && m >= 1 && m <= 12 {
					n.lastM = m
				}
			}
		}
	}
	if tx.Type == Date && tx.Anchor != AnchorTimex && len(tx.Value) == 7 && tx.Value[4:6] == "-Q" && tx.Value[6] >= '1' && tx.Value[6] <= '4' {
		if y, err := strconv.Atoi(tx.Value[:4]); err == nil {
			n.lastQY, n.lastQ, n.lastQSent = y, int(tx.Value[6]-'0'), tx.Sentence
		}
	}
	if (tx.Type != Date && tx.Type != Time) || len(tx.Value) < 10 {
		return
	}
	if !isISODate(tx.Value[:10]) {
		return // time.Parse would fail (and allocate its error)
	}
	t, err := time.Parse("2006-01-02", tx.Value[:10])
	if err != nil {
		return
	}
	n.last, n.hasL, n.lastSent, n.lastSeq = t, true, tx.Sentence, n.seq
	n.lastTime = tx.Value
	if tx.Sentence < leadSentences && tx.Type == Date && n.has {
		if !n.leadSeen {
			n.leadSeen = true
			n.leadDay, n.hasLead = t, t.Before(n.dct) && !t.Before(n.dct.AddDate(0, 0, -7))
		}
	}
	if strings.ContainsAny(text, "0123456789") {
		n.dayX, n.hasDX = t, true
	}
	if n.has && !t.After(n.dct) {
		n.lastPast, n.hasLP = t, true
	}
	if WritesYear(text) {
		n.refDay, n.refDaySent = t, tx.Sentence
	}
}

// movedTo lets a year the story reached by counting from its own
// ("The following year", "two years later", "a year later") set the
// story's time, as a year it writes does: the next "the following year"
// counts from there ("Darius prepared. The following year (491 BC) ...
// a campaign for the following year": 490 BC). A year before the story's
// is a look back ("a decade earlier") and leaves it, as does a year the
// writer counts from the document's date ("this year"). Seasons do not
// move it: a winter spans the turn of the year, and the months told
// after it came out a year late.
func (n *normCtx) movedTo(tx *Timex, text string) {
	if tx.Type != Date || tx.Anchor != AnchorTimex || !n.narrative() || WritesYear(text) {
		return
	}
	switch tx.Rule {
	case "anchnext", "ago", "agoa":
	default:
		return
	}
	v := strings.TrimPrefix(tx.Value, "BC")
	y, ok := refYear(tx.Value)
	if !ok || len(v) != 4 || y <= n.refY || y > n.refY+strayYears {
		return
	}
	n.refY, n.refM = y, 0
}

// monthOn lets a month without a year that opens its sentence, and that
// a story which has left the document's time placed in the year after its
// reference year, move the story there: "On September 1, 1939 ... In April [1940] ... In June" is
// June 1940, not the June before the September, and "the previous year"
// after April 1940 is 1939. Only a month or a day, not a season, and not
// a month counted back ("last March").
func (n *normCtx) monthOn(tx *Timex, text string) {
	if tx.Type != Date || !n.narrative() || WritesYear(text) || tx.Anchor == AnchorTimex {
		return
	}
	v := tx.Value
	if len(v) < 7 || !isDigit(v[0]) || v[4] != '-' {
		return
	}
	y, err := strconv.Atoi(v[:4])
	m, err2 := strconv.Atoi(v[5:7])
	if err != nil || err2 != nil || m < 1 || m > 12 || y != n.refY+1 {
		return
	}
	n.refY, n.refM = y, m
}

// opened notes a date that opens its sentence ("On September 1, 1939,
// Germany attacked Poland", "In October 1939 ..."): a date to the month or
// the day that writes its year, two or more years from the document's,
// moves the story there at once, as narrativeRun such dates in a row do.
// A news story names old dates inside its sentences ("the Dec. 21, 1988,
// bombing"); one that opens a sentence sets the time of what follows.
func (n *normCtx) opened(tx *Timex, text string) {
	if !n.has || (tx.Type != Date && tx.Type != Time) || len(tx.Value) < 7 || !isDigit(tx.Value[0]) || !WritesYear(text) {
		return
	}
	if y, ok := refYear(tx.Value); ok && y == n.refY && abs(y-n.dct.Year()) >= 2 && n.refRun < narrativeRun {
		n.refRun = narrativeRun
	}
}

// opensSentence reports whether toks[es] opens its sentence, alone or after
// one preposition ("On", "In", "By") or a quotation mark.
func opensSentence(toks []vtok, es int) bool {
	k := datelineEnd(toks, es)
	for k < es && (toks[k].lower == "``" || toks[k].lower == "\"" || toks[k].lower == "(") {
		k++
	}
	if k < es {
		switch toks[k].lower {
		case "on", "in", "by", "during", "from", "since", "until", "after":
			k++
		}
	}
	return k == es
}

// datelineEnd is the index of the token after a wire dateline that
// opens the sentence before token es ("LONDON, March 12, 2013 (Reuters) -
// On September 1, 1939, ..."): the text after its dash opens the
// story's sentence. 0 when there is none: a dash with spaces around it,
// within the first 20 tokens, after a capitalized first word and a comma
// or parenthesis.
func datelineEnd(toks []vtok, es int) int {
	if es < 3 || toks[0].text == "" || toks[0].text[0] < 'A' || toks[0].text[0] > 'Z' {
		return 0
	}
	mark := false
	for j := 1; j < es && j < 20; j++ {
		switch toks[j].lower {
		case ",", "(":
			mark = true
		case "-", "--", "—", "–", "_":
			if mark && toks[j].start > toks[j-1].end && toks[j+1].start > toks[j].end {
				return j + 1
			}
			return 0
		}
	}
	return 0
}

// newParagraph reports whether a blank line lies between byte offsets a
// and b of text.
func newParagraph(text string, a, b int) bool {
	if a < 0 || b > len(text) || a >= b {
		return false
	}
	gap := text[a:b]
	i := strings.IndexByte(gap, '\n')
	return i >= 0 && strings.TrimSpace(gap[i+1:]) == "" && strings.Count(gap, "\n") >= 2
}

// storyYears reports whether a text (read in its sentences' tokens: not
// the markup around them) is told in its own time: it writes at least
// storyYearsMin years (four digits standing alone, 1000 to 2099, or a
// number before "BC") that lie two or more years from the document's
// year dy, at least twice as many as it writes near it. A history ("In
// 1936 ... 20 July") then reads its months on its own years from its
// first one, not after narrativeRun of them; a news story names a few
// old years in passing and its own year too.
func storyYears(sents []text.Sentence, dy int) bool {
	far, near := 0, 0
	for _, sn := range sents {
		for k := range sn.Tokens {
			tk := &sn.Tokens[k]
			w := tk.Text
			if w == "" || tk.Kind == text.Punct {
				continue
			}
			if c := w[0]; c < '0' || c > '9' {
				switch tk.Lower {
				case "bc", "b.c.", "b.c", "bce":
					if k > 0 && sn.Tokens[k-1].Kind == text.Number {
						far++ // "490 BC"
					}
				}
				continue
			}
			for i := 0; i+4 <= len(w); i++ {
				c := w[i]
				if c != '1' && c != '2' || i > 0 && (isDigit(w[i-1]) || w[i-1] == ',' || w[i-1] == '.') {
					continue
				}
				if !isDigit(w[i+1]) || !isDigit(w[i+2]) || !isDigit(w[i+3]) || i+4 < len(w) && isDigit(w[i+4]) {
					continue
				}
				y := int(c-'0')*1000 + int(w[i+1]-'0')*100 + int(w[i+2]-'0')*10 + int(w[i+3]-'0')
				i += 3
				if k > 0 && sn.Tokens[k-1].Text == "$" || y >= 2100 {
					continue
				}
				if abs(y-dy) >= 2 {
					far++
				} else {
					near++
				}
			}
		}
	}
	return far >= storyYearsMin && far >= 2*near
}

// prospect reports whether tx is a date after the story's time that a
// word of plan introduces (planned): it does not move the story's time.
func (n *normCtx) prospect(tx *Timex, toks []vtok, es int) bool {
	if len(tx.Value) < 4 || !isDigit(tx.Value[0]) {
		return false
	}
	y, err := strconv.Atoi(tx.Value[:4])
	return err == nil && n.refY != 0 && y > n.refY && planned(toks, es)
}

// beyondDCT reports whether tx is a date in a year after the document's:
// a history cannot have moved there, it only foresees it.
func (n *normCtx) beyondDCT(tx *Timex) bool {
	y, ok := refYear(tx.Value)
	return ok && n.has && y > n.dct.Year()
}

// after reports whether tx is a date in a year after the story's.
func (n *normCtx) after(tx *Timex) bool {
	if len(tx.Value) < 4 || !isDigit(tx.Value[0]) {
		return false
	}
	y, err := strconv.Atoi(tx.Value[:4])
	return err == nil && n.refY != 0 && y > n.refY
}

// endPointBefore reports whether "until" or "till" opens the phrase that
// ends at toks[es] ("lasted until the fall of Budapest in February 1945"):
// the end of what the story tells, not its time.
func endPointBefore(toks []vtok, es int) bool {
	for k := es - 1; k >= 0 && k >= es-7; k-- {
		switch toks[k].lower {
		case "until", "till":
			return true
		case ".", ";", ",", "and", "but", "when", "while", "before", "after":
			return false
		}
	}
	return false
}

// flashback reports whether tx is a date before the story's time that a
// past perfect governs ("Chinese forces that had invaded Northern Burma in
// late 1943", told in 1944): what had happened before the story's time
// does not move it back.
func (n *normCtx) flashback(tx *Timex, toks []vtok, es int) bool {
	if !n.narrative() || len(tx.Value) < 4 || !isDigit(tx.Value[0]) {
		return false
	}
	y, err := strconv.Atoi(tx.Value[:4])
	if err != nil || y >= n.refY {
		return false
	}
	for k := es - 1; k >= 0 && k >= es-6; k-- {
		switch toks[k].lower {
		case "had":
			return k+1 < es && toks[k+1].lower != "to"
		case ".", ";", ":", ",", "and", "but":
			return false
		}
	}
	return false
}

// comparedWith reports whether the date at toks[es:ee] is a yardstick
// that the sentence measures against ("surpassing the May 2007 high", "as
// opposed to a peak of 1,600 in summer 2007", "fewer than in 2006"): a
// level or a figure of that time, not the time the story has reached.
func comparedWith(toks []vtok, es, ee int) bool {
	if ee < len(toks) {
		switch toks[ee].lower {
		case "high", "low", "peak", "record", "level", "levels":
			return true
		}
	}
	for k := es - 1; k >= 0 && k >= es-7; k-- {
		switch toks[k].lower {
		case "compared", "opposed", "than", "versus", "vs", "vs.":
			return true
		case "high", "low", "peak", "record":
			if k > 0 && k+1 < es && toks[k+1].lower == "of" {
				switch toks[k-1].lower {
				case "a", "the", "its", "their":
					return true // "from a high of 200 to 300 in summer 2007"
				}
			}
		case ".", ";", ":", ",":
			return false
		}
	}
	return false
}

// planned reports whether a word of plan or forecast ("planned",
// "scheduled", "projected") stands among the few words before toks[es]:
// the date it introduces is a prospect, not the story's time.
func planned(toks []vtok, es int) bool {
	for k := es - 1; k >= 0 && k >= es-4; k-- {
		switch toks[k].lower {
		case "planned", "scheduled", "projected", "expected", "intended", "slated", "due":
			return true
		case ".", ";":
			return false
		}
	}
	return false
}

// storyYearsMin is how many years far from the document's a text must
// write to count as a story told in its own time (storyYears).
const storyYearsMin = 8

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// refYear is the year of a date value that may set the story's time:
// 1000 or later, or before the common era ("BC0480": -480).
func refYear(v string) (int, bool) {
	sign := 1
	if strings.HasPrefix(v, "BC") {
		v, sign = v[2:], -1
	}
	if len(v) < 4 {
		return 0, false
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil || y < 1 || sign > 0 && y < 1000 {
		return 0, false
	}
	return sign * y, true
}

// WritesYear reports whether a time expression's text writes its year:
// four digits in a row, or an apostrophe year ("'98", "’98"). A month or
// weekday without one is placed by the tagger (and may be moved by the
// event stage).
func WritesYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			if run == 4 || run == 2 && i >= 2 && (s[i-2] == '\'' || s[i-2] == 0x99) {
				return true
			}
			continue
		}
		run = 0
	}
	return false
}

// extendMod takes a modifier phrase just before the expression into it
// ("early 2018", "nearly two months", "the end of 1990") and returns the
// new first token.
func (e *engine) extendMod(toks []vtok, es int, tx *Timex) int {
	sec, bit := "dmod", e.dmodBit
	if tx.Type == Duration || tx.Rule == "ago" || tx.Rule == "agoa" {
		sec, bit = "qmod", e.qmodBit
		if toks[es].lower == "the" {
			return es // "over the past year": "over" is a preposition there
		}
	}
	if tx.Mod != "" {
		return es
	}
	for l := 4; l >= 1; l-- {
		p := es - l
		if p < 0 || toks[p].cls&bit == 0 {
			continue // no phrase of the section starts there
		}
		if v, k := e.lx.matchPhrase(sec, toks, p); k == l {
			if sec == "dmod" && (tx.Value == "PRESENT_REF" || tx.Value == "PAST_REF" || tx.Value == "FUTURE_REF") {
				return es
			}
			tx.Mod = v
			return p
		}
	}
	return es
}

// adjectival reports whether the duration toks[es:ee] ("the two-week",
// "the 30-day") modifies a noun: its unit is singular after a number
// other than one.
func adjectival(toks []vtok, es, ee int) bool {
	if toks[es].lower != "the" || ee-es < 3 {
		return false
	}
	u := toks[ee-1].lower
	if strings.HasSuffix(u, "s") {
		return false
	}
	n := toks[es+1]
	return n.hasNum && (n.num != 1 || toks[ee-2].lower == "-") // "the one-year truce" too
}

// isTitle reports whether a relative expression is written in title case
// inside a sentence: the name of a show or a column ("ABC's This Week").
func isTitle(toks []vtok, es, ee int) bool {
	if es == 0 || ee-es != 2 {
		return false
	}
	a, b := toks[es], toks[es+1]
	if !isCapital(a.text) || !isCapital(b.text) {
		return false
	}
	switch b.lower {
	case "week", "month", "year", "century":
		return a.lower == "this" || a.lower == "next" || a.lower == "last"
	}
	return false
}

// dropByContext rejects matches that the words around them show are not
// temporal: ages ("a 6-year-old"), prices ("$1.76 a year"), a year number
// used as a count ("the 1988 quarter" is a date, not 1988 quarters), a
// fall that is a city's ("the fall of Paris").
func dropByContext(toks []vtok, m match, ee int, monthBit, weekdayBit uint64) bool {
	if ee < len(toks) && toks[ee].lower == "of" && toks[ee-1].lower == "fall" {
		return true // "after the fall of Paris": a city's, not the season
	}
	if m.r.name == "month" && toks[m.es].lower == "march" && marchNoun(toks, m.es, ee, monthBit, weekdayBit) {
		return true // "the Long March", "the March to the Sea"
	}
	if m.r.name == "month" && ee == m.es+1 && toks[m.es].lower == "may" && maySurname(toks, m.es, monthBit) {
		return true // "Theresa May", "Mrs. May": a surname
	}
	if m.r.name == "deictic" && toks[m.es].lower == "recently" && m.es > 0 && toks[m.es-1].lower == "as" && ee < len(toks) && toks[ee].lower == "as" {
		return true // "as recently as late 2009": the date after it is the time
	}
	if m.r.name == "thepast" && ee < len(toks) {
		switch nx := toks[ee]; {
		case nx.cls&clsNum != 0 || nx.digits > 0, nx.lower == "few" || nx.lower == "several" || nx.lower == "many" || nx.lower == "couple":
			return true // "the past three summers": "past" qualifies a count, "the past" is no noun
		}
	}
	if m.r.name == "deictic" && ee == m.es+1 && toks[m.es].text == "Today" && m.es > 0 && isName(toks[m.es-1].text) {
		return true // "USA Today", "This is VOA Today": a paper's or a show's name
	}
	if m.r.name == "decade" && ageDecade(toks, m.es) {
		return true // "in his 20s", "in their late 40s": an age
	}
	if m.r.action == "dur" && fraction(toks, ee) {
		return true // "three quarters of the troops"
	}
	if m.r.action == "dur" {
		if ee < len(toks) && (toks[ee].lower == "old" || toks[ee].lower == "-" && ee+1 < len(toks) && toks[ee+1].lower == "old") {
			return true
		}
		for i := m.es; i < ee && ee-m.es > 1; i++ { // (a match cut to its year is that year: yearBeforeAmount)
			if toks[i].digits == 4 && toks[i].num >= 1000 {
				return true
			}
		}
		if m.r.name == "dura" && m.es > 0 {
			p := toks[m.es-1]
			if p.cls&clsNum != 0 || p.lower != "" && p.lower[0] >= '0' && p.lower[0] <= '9' || p.lower == "million" || p.lower == "billion" || p.lower == "cents" || p.lower == "dollars" {
				return true
			}
		}
	}
	return false
}

// sentenceSetsYear reports the year a date sets for the months after it
// in its sentence: a year counted from the text's time ("later that
// year", "the following year", "two years later") or a year written at the
// sentence's opening ("In 2008, ...").
func sentenceSetsYear(tx *Timex, toks []vtok, es int, text string) (int, bool) {
	if tx.Type != Date || len(tx.Value) != 4 || !isDigit(tx.Value[0]) {
		return 0, false
	}
	if tx.Anchor != AnchorTimex && !(WritesYear(text) && opensSentence(toks, es)) {
		return 0, false
	}
	y, err := strconv.Atoi(tx.Value)
	return y, err == nil
}

// writersNow reports whether tx is a time the writer counts from the
// document's date: "now", "today", "yesterday", "tonight", "this week",
// "last month" (not "recently" or "the future", which any story may say).
func writersNow(tx *Timex) bool {
	switch tx.Rule {
	case "deictic", "poddeictic":
		return tx.Value != "PAST_REF" && tx.Value != "FUTURE_REF"
	case "relunit", "thispod":
		return tx.Anchor == AnchorDCT
	}
	return false
}

// appositiveDay reports whether match m, "the day before" or "the day
// after", stands in apposition to the date x just before it and a comma
// ("on Oct. 12, the day before the crash"): it names that date.
func appositiveDay(toks []vtok, m match, x *Timex) bool {
	if m.r.name != "daybefore" || m.es < 2 || m.es+1 >= len(toks) || toks[m.es+1].lower != "day" {
		return false
	}
	if toks[m.es-1].lower != "," || toks[m.es-2].end != x.End || x.Type != Date {
		return false
	}
	v := x.Value
	return len(v) == 10 && isDigit(v[0]) && v[4] == '-' && v[7] == '-' && isDigit(v[9])
}

// opensPhrase reports whether t can open the object of a preposition or
// a clause: a word or a number, not punctuation or a conjunction ("the day
// before, ...", "the day after and the day before").
func opensPhrase(t vtok) bool {
	if t.text == "" {
		return false
	}
	c := t.text[0]
	if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80) {
		return false
	}
	switch t.lower {
	case "and", "or", "but", "that", "this", "it":
		return false
	}
	return true
}

// opensClause reports whether toks[es] opens the sentence or a clause
// joined by a conjunction or a semicolon.
func opensClause(toks []vtok, es int) bool {
	if es == 0 {
		return true
	}
	switch toks[es-1].lower {
	case "and", "but", "so", "yet", ";", "``", "\"", "(":
		return true
	}
	return false
}

// lastVerb reports whether "last" at toks[es], opening a duration, is the
// verb: after "to", a modal, an auxiliary or a negation, perhaps with an
// adverb between ("expected to last six weeks", "will last two more
// weeks", "could easily last a year"), not the adjective ("the last two
// years", "over last three months").
func lastVerb(toks []vtok, es int) bool {
	if toks[es].lower != "last" || es+1 >= len(toks) {
		return false
	}
	for p := es - 1; p >= 0 && p >= es-2; p-- {
		switch toks[p].lower {
		case "to", "will", "would", "could", "can", "may", "might", "must", "should", "shall",
			"did", "does", "do", "not", "n't", "'ll", "'d", "cannot":
			return true
		case "also", "still", "only", "probably", "likely", "easily", "usually", "typically",
			"normally", "generally", "even", "just", "often":
			continue // an adverb between the auxiliary and the verb
		}
		return false
	}
	return false
}

// isName reports whether s is a capitalized word (a letter, then more):
// "USA", "VOA", "Morning"; not a quotation mark or a parenthesis.
func isName(s string) bool {
	return len(s) > 1 && isCapital(s)
}

// ageDecade reports whether the decade at toks[es] ("20s", "late 40s") is
// a person's age: written with two digits after a possessive ("in his
// 20s", "their early 30s").
func ageDecade(toks []vtok, es int) bool {
	i := es
	for i < len(toks) && toks[i].digits == 0 {
		i++ // "early", "mid", "-"
	}
	if i >= len(toks) || toks[i].digits != 2 {
		return false
	}
	p := es - 1
	for p >= 0 && (toks[p].lower == "early" || toks[p].lower == "mid" || toks[p].lower == "late" || toks[p].lower == "-") {
		p-- // the modifier is not yet part of the match
	}
	if p < 0 {
		return false
	}
	switch toks[p].lower {
	case "his", "her", "their", "my", "our", "your", "its", "whose":
		return true
	}
	return false
}

// fraction reports whether the duration ending at toks[ee] is a count of
// quarters that is a share of something: "three quarters of the troops",
// "a quarter of its food", not "two quarters of 1990" or "of the year".
func fraction(toks []vtok, ee int) bool {
	if u := toks[ee-1].lower; u != "quarter" && u != "quarters" || ee+1 >= len(toks) || toks[ee].lower != "of" {
		return false
	}
	k := ee + 1
	switch toks[k].lower {
	case "the", "this", "last", "next", "that":
		k++
	}
	if k >= len(toks) {
		return false
	}
	w := toks[k]
	return w.digits != 4 && w.lower != "year" && w.lower != "fiscal"
}

// marchNoun reports whether "March" alone at toks[es] (ending at ee) is a
// march, not the month: a name's last word ("the Long March", "the Ice
// March", "Women's March"), a march to somewhere ("the March to the
// Sea", "along the March."), or a named march for a cause or on a place
// ("the March on Washington", "the annual March for Life"), unless a
// time's preposition comes before it ("rose in March to its highest
// level").
func marchNoun(toks []vtok, es, ee int, monthBit, weekdayBit uint64) bool {
	next := ""
	if ee < len(toks) {
		next = toks[ee].lower
	}
	if es > 0 {
		switch toks[es-1].lower {
		case "in", "since", "until", "till", "last", "next", "early", "late", "mid", "during":
			return false // "rose in March to its highest level"
		}
	}
	if next == "to" && ee+1 < len(toks) && toks[ee+1].digits == 0 && toks[ee+1].cls&monthBit == 0 {
		return true // not "March to June"
	}
	if es == 0 {
		return false
	}
	p := toks[es-1]
	if (next == "for" || next == "on" || next == "against") && ee+1 < len(toks) && (p.lower == "the" || p.lower == "annual" || p.lower == "'s") {
		// "the March on Washington", "the annual March for Life": a
		// march for a cause or on a place, named.
		w := toks[ee+1]
		if isCapital(w.text) && w.digits == 0 && w.cls&(monthBit|weekdayBit) == 0 {
			return true
		}
	}
	switch p.lower {
	case "'s":
		return true
	case "the":
		return next == "." || next == "," || next == ";"
	case "in", "by", "since", "until", "till", "last", "next", "early", "late", "mid", "this", "that",
		"from", "through", "during", "before", "after", "each", "every", "of", "on", "and", "or":
		return false
	}
	return es >= 2 && isCapital(p.text) && p.cls&monthBit == 0
}

// maySurname reports whether "May" alone at toks[es] is a surname: after
// a title ("Mrs. May", "Prime Minister May") or after a capitalized word
// that is neither a date's word nor a word that opens a time ("Theresa
// May", "Brian May"; not "In May", "Last May", "Friday, May").
func maySurname(toks []vtok, es int, monthBit uint64) bool {
	if es == 0 {
		return false
	}
	p := toks[es-1]
	if p.lower == "." && es >= 2 {
		p = toks[es-2] // "Mrs . May"
	}
	switch p.lower {
	case "mrs", "mr", "ms", "dr", "miss", "minister", "secretary", "president", "premier", "sir", "dame", "lady", "lord", "professor", "prof":
		return true
	case "in", "by", "since", "until", "till", "last", "next", "early", "late", "mid", "this", "that", "from", "through", "during",
		"before", "after", "each", "every", "of", "on", "and", "or", "to", "the", "for", "between", "around":
		return false
	}
	return isCapital(p.text) && p.cls&monthBit == 0 && p.cls&clsDay == 0 && p.digits == 0
}

// mergeTimeDate joins a clock time and the date right after it ("5 p.m.
// EST, Nov. 6", "10 p.m. Wednesday") into one TIME.
func mergeTimeDate(src string, toks []vtok, tx []Timex) []Timex {
	if len(tx) < 2 {
		return tx
	}
	out := tx[:0]
	for i := 0; i < len(tx); i++ {
		a := tx[i]
		if i+1 < len(tx) && a.Type == Time && isClockRule(a.Rule) && tx[i+1].Type == Date && len(tx[i+1].Value) == 10 {
			b := tx[i+1]
			gap := src[a.End:b.Start]
			if gap == " " || gap == ", " || gap == " on " {
				k := len(a.Value)
				for k > 0 && a.Value[k-1] != 'T' {
					k--
				}
				a.Value = b.Value + a.Value[k-1:]
				a.End = b.End
				out = append(out, a)
				i++
				continue
			}
		}
		if i+1 < len(tx) && a.Type == Time && isClockRule(a.Rule) && hasDay(tx[i+1].Value) && zoneOn(src[a.End:tx[i+1].Start]) {
			// "At 5:34 AM Baghdad time on March 20, 2003": the clock
			// time is on that day; each keeps its own extent.
			if k := strings.IndexByte(a.Value, 'T'); k >= 0 {
				a.Value = tx[i+1].Value[:10] + a.Value[k:]
			}
		}
		if i+1 < len(tx) && hasDay(a.Value) && tx[i+1].Type == Time && isClockRule(tx[i+1].Rule) {
			// "Sunday night at 8 PM": the clock time is on that day.
			b := &tx[i+1]
			if gap := src[a.End:b.Start]; gap == " at " || gap == ", at " {
				if k := strings.IndexByte(b.Value, 'T'); k >= 0 {
					b.Value = a.Value[:10] + b.Value[k:]
				}
			}
		}
		out = append(out, a)
	}
	return out
}

// zoneOn reports whether gap, the text between a clock time and a date,
// names the clock's zone and then the day: " local time on ", " Baghdad
// time on ", " GMT on ", ", on ".
func zoneOn(gap string) bool {
	w := strings.Fields(strings.TrimPrefix(gap, ","))
	if len(w) == 0 || w[len(w)-1] != "on" {
		return false
	}
	switch w = w[:len(w)-1]; len(w) {
	case 0:
		return true
	case 1:
		return len(w[0]) >= 2 && len(w[0]) <= 4 && strings.ToUpper(w[0]) == w[0] // "GMT", "EST"
	case 2:
		return w[1] == "time" && isCapital(w[0]) || w[0] == "local" && w[1] == "time"
	}
	return false
}

// hasDay reports whether a value names a calendar day ("2013-03-17",
// "2013-03-17TNI").
func hasDay(v string) bool {
	return len(v) >= 10 && v[4] == '-' && v[7] == '-' && v[8] >= '0' && v[8] <= '9' && (len(v) == 10 || v[10] == 'T')
}

// dateRangeStart reports whether the expression that ends before toks[ee]
// is the first date of a range written as one word: "April 6-7", "14
// August-24 August", "August-September 1950".
func (e *engine) dateRangeStart(toks []vtok, ee int) bool {
	return ee+1 < len(toks) && toks[ee].lower == "-" && e.rangeDatePart(toks[ee-1]) && e.rangeDatePart(toks[ee+1])
}

// dateRangeEnd reports whether the expression that starts at toks[es] is
// the second date of such a range ("14 August-24 August").
func (e *engine) dateRangeEnd(toks []vtok, es int) bool {
	return es >= 2 && toks[es-1].lower == "-" && e.rangeDatePart(toks[es]) && e.rangeDatePart(toks[es-2])
}

// rangeDatePart reports whether t can stand at the hyphen of a range of
// dates: a day of the month or a month name.
func (e *engine) rangeDatePart(t vtok) bool {
	return t.digits > 0 && t.digits <= 2 || t.cls&e.secBit["month"] != 0 && isCapital(t.text)
}

// rangeEnd reports whether toks[es] is the number after the hyphen of a
// range of numbers written as one word ("499-493 BC").
func rangeEnd(toks []vtok, es int) bool {
	return es >= 2 && toks[es].digits > 0 && toks[es-1].lower == "-" && toks[es-2].digits > 0
}

func isClockRule(r string) bool {
	return r == "clock" || r == "hour" || r == "noon" || r == "oclock"
}

// inAside reports whether toks[es:ee] lies inside a parenthesis that
// holds more than the expression ("73% of deaths (as of December 5,
// 2006)"): a remark from outside the story's time.
func inAside(toks []vtok, es, ee int) bool {
	open := -1
	for i := es - 1; i >= 0; i-- {
		if toks[i].lower == ")" {
			return false
		}
		if toks[i].lower == "(" {
			open = i
			break
		}
	}
	if open < 0 {
		return false
	}
	for i := ee; i < len(toks); i++ {
		switch toks[i].lower {
		case "(":
			return false
		case ")":
			return open < es-1 || i > ee
		}
	}
	return false
}

// sentenceYear gives a month or season without a year the year of the
// next date of the same sentence when that one writes its year and that puts it at
// or before that date and a year from the year the story's time gave it:
// "the Germans spent the spring and early summer of 1943 preparing",
// "their summer offensive began in June 1942" (a story steps back as
// often as forward, and the sentence says where to).
func sentenceYear(src string, tx []Timex) {
	for i := range tx {
		a := &tx[i]
		if a.Type != Date || a.Anchor != AnchorNone || len(a.Value) != 7 || a.Value[4] != '-' || !isDigit(a.Value[0]) || WritesYear(src[a.Start:a.End]) {
			continue
		}
		switch a.Rule {
		case "month", "season_ctx", "season_ctx2", "season_ev":
		default:
			continue
		}
		am := monthOrSeason(a.Value[5:])
		if am == 0 {
			continue
		}
		for j := i + 1; j < len(tx); j++ {
			b := tx[j]
			if b.Type != Date {
				continue
			}
			if !WritesYear(src[b.Start:b.End]) || len(b.Value) < 7 || b.Value[4] != '-' || !isDigit(b.Value[0]) {
				break
			}
			bm := monthOrSeason(b.Value[5:7])
			ay, err1 := strconv.Atoi(a.Value[:4])
			by, err2 := strconv.Atoi(b.Value[:4])
			if err1 == nil && err2 == nil && bm != 0 && am <= bm && abs(ay-by) == 1 {
				a.Value = b.Value[:4] + a.Value[4:]
			}
			break
		}
	}
}

// monthOrSeason is the month of "01".."12", or the first month of a
// season code, 0 for anything else.
func monthOrSeason(s string) int {
	switch s {
	case "SP":
		return 3
	case "SU":
		return 6
	case "FA":
		return 9
	case "WI":
		return 12
	}
	if m, err := strconv.Atoi(s); err == nil && m >= 1 && m <= 12 {
		return m
	}
	return 0
}

// storyRule reports whether one of ms comes from a pattern marked story=1.
func storyRule(ms []match) bool {
	for _, mt := range ms {
		if mt.r.params["story"] == "1" {
			return true
		}
	}
	return false
}

// weekdayPairs moves the second of two weekdays a week on when the
// sentence joins them in order ("from Monday to Wednesday", "opens Monday
// and ends Wednesday"; not a list, "made Friday and Thursday") and each was resolved alone to days in the wrong
// order (the first ahead of the document's date, the second behind it).
func weekdayPairs(src string, tx []Timex) {
	for i := 0; i+1 < len(tx); i++ {
		a, b := &tx[i], &tx[i+1]
		if a.Rule != "weekday" || b.Rule != "weekday" || len(a.Value) < 10 || len(b.Value) < 10 || !isISODate(a.Value[:10]) || !isISODate(b.Value[:10]) {
			continue
		}
		w := strings.Fields(strings.ToLower(src[a.End:b.Start]))
		if len(w) == 0 || len(w) > 3 {
			continue
		}
		switch strings.Trim(w[0], ",") {
		case "to", "through", "until", "till", "-", "–":
		case "and", "then":
			if len(w) < 2 {
				continue // a list may go back: "statements made Friday and Thursday"
			}
		default:
			continue
		}
		ta, err1 := time.Parse("2006-01-02", a.Value[:10])
		tb, err2 := time.Parse("2006-01-02", b.Value[:10])
		if err1 != nil || err2 != nil || !tb.Before(ta) {
			continue
		}
		b.Value = tb.AddDate(0, 0, 7).Format("2006-01-02") + b.Value[10:]
	}
}

// withinDay reports whether the span toks[es:ee] counts seconds, minutes
// or hours.
func withinDay(toks []vtok, es, ee int) bool {
	for k := es; k < ee; k++ {
		switch strings.TrimSuffix(toks[k].lower, "s") {
		case "second", "minute", "hour":
			return true
		}
	}
	return false
}
