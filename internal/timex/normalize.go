package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/internal/syntax"
	"github.com/chronicle-news/chronicle/internal/text"
)

// cand is a match being normalized.
type cand struct {
	m    match
	toks []vtok
	sent *text.Sentence
	tree *syntax.Tree // the sentence's dependency tree, nil when not parsed
	e    *engine
}

func (c *cand) has(name string) bool {
	i := c.m.r.capIndex(name)
	return i >= 0 && c.m.caps[i].s >= 0
}

// word returns the lower-cased text of capture name, or the rule's fixed
// parameter of that name.
func (c *cand) word(name string) string {
	i := c.m.r.capIndex(name)
	if i >= 0 && c.m.caps[i].s >= 0 {
		sp := c.m.caps[i]
		if sp.e-sp.s == 1 {
			return c.toks[sp.s].lower
		}
		return strings.Join(lowerOf(c.toks[sp.s:sp.e]), "_")
	}
	return c.m.r.params[name]
}

func (c *cand) tok(name string) *vtok {
	i := c.m.r.capIndex(name)
	if i >= 0 && c.m.caps[i].s >= 0 {
		return &c.toks[c.m.caps[i].s]
	}
	return nil
}

// lex looks capture name up in lexicon section sec.
func (c *cand) lex(sec, name string) (string, bool) {
	t := c.tok(name)
	if t == nil {
		v := c.m.r.params[name]
		if v == "" {
			return "", false
		}
		if phraseSections[sec] {
			vt := []vtok{{lower: v}}
			if lv, l := c.e.lx.matchPhrase(sec, vt, 0); l > 0 {
				return lv, true
			}
		}
		if lv, ok := c.e.lx.lookup(sec, v, v); ok {
			return lv, true
		}
		return "", false
	}
	w := c.word(name)
	if i := c.m.r.capIndex(name); i >= 0 && (phraseSections[sec] || c.m.caps[i].e-c.m.caps[i].s > 1) {
		if v, l := c.e.lx.matchPhrase(sec, c.toks, c.m.caps[i].s); l > 0 {
			return v, true
		}
	}
	return c.e.lx.lookup(sec, w, t.text)
}

// number returns the numeric value of capture name: digits, number words,
// "a"/"an" (1), vague words (-1 meaning X).
func (c *cand) number(name string) (int, bool) {
	t := c.tok(name)
	if t == nil {
		v := c.m.r.params[name]
		if v == "X" {
			return -1, true
		}
		if n, err := strconv.Atoi(v); err == nil {
			return n, true
		}
		return 0, false
	}
	if t.hasNum {
		return t.num, true
	}
	if t.cls&clsOrd != 0 {
		return t.num, true
	}
	switch t.lower {
	case "a", "an":
		return 1, true
	case "couple":
		return 2, true // "a couple of years": two
	}
	if _, ok := c.e.lx.lookup("vague", t.lower, t.text); ok {
		return -1, true
	}
	return 0, false
}

// normCtx is what normalization knows besides the match.
type normCtx struct {
	dct  time.Time
	has  bool
	last time.Time // the last day-precise date of the text (narrative anchor)
	hasL bool
	// sentY is a year the sentence sentYSent set before its months: a
	// year counted from the text's ("later that year", "the following
	// year") or one written at its opening ("In 2008, ..."), 0 if none.
	sentY, sentYSent int
	// lastYW: the date that set lastY wrote its year ("in 2009"), not
	// one counted ("a year ago").
	lastYW bool
	// lastYIn: that date followed "in" ("went bankrupt in 2009"): the
	// time of its sentence's happening, not a span's end ("since 1980",
	// "dating to 1994").
	lastYIn bool
	// dayX is the last day-precise date the text wrote with its day in
	// figures ("April 12", not "the next day"): what "eight days after
	// Fort Sumter" counts from in a history (hasDX when there is one).
	dayX  time.Time
	hasDX bool
	// lastSent is the sentence of last.
	lastSent int
	// seq counts the dates remember has seen; lastSeq and refSeq are
	// its value when last and refY were set: which came later.
	seq, lastSeq, refSeq int
	// lastPast is the text's last day-precise date on or before the
	// document's date (hasLP when there is one): what a past "two days
	// later" counts from when a date ahead was named since.
	lastPast time.Time
	hasLP    bool
	// lastY and lastM are the year and month (0 when not given) of the
	// text's last date at any granularity ("in May", "June 1998"): what
	// "that month" and "later that year" refer to.
	lastY, lastM int
	// lastYSent is the sentence of that date and lastDay whether it gave
	// the day.
	lastYSent int
	lastDay   bool
	// lastTime is the value of the date to the day that set last, with
	// its time of day when it gave one ("1994-09-27TEV").
	lastTime string
	// leadDay is the day the text's first date to the day in its lead
	// (the first leadSentences sentences) names, when that day lies in
	// the week before the document's (hasLead): the news of a paper
	// written the day after. leadSeen says that first date was read.
	leadDay           time.Time
	hasLead, leadSeen bool
	// lastQ is the year and quarter of the text's last fiscal-period date
	// ("the third quarter"): in business reporting "a year ago" or "the
	// year-earlier period" then means that quarter a year before.
	lastQY, lastQ int
	lastQSent     int // the sentence that mentioned it
	sent          int // the sentence being tagged
	// refY and refM are the year and month (0 when not given) of the
	// text's last date that writes its year ("September 1, 1939",
	// "October 1939", "1940", "480 BC": -480): the story's reference
	// time.
	refY, refM int
	refRun     int // how many such dates in a row lie two or more years from the document's
	// refDay is the text's last date to the day that writes its year
	// ("10 March 1975"), and refDaySent its sentence.
	refDay     time.Time
	refDaySent int
	// story: the text writes many years far from the document's and few
	// near it (storyYears): one such date suffices to leave the
	// document's time. Read from sents when first asked (isStory): most
	// news never asks.
	sents []text.Sentence
	story int8 // 0 not yet read, 1 no, 2 yes
	// strayY is a year far from the story's that the text named last
	// (see strayYears), 0 when none.
	strayY int
	// seasY and seas are the year and season ("SU") of the text's last
	// season with a year, given or found; seasSeq and seasSent when and
	// where it was named. Seasons told without a year go on from it.
	seasY             int
	seas              string
	seasSeq, seasSent int
	// straySent is the sentence that named strayY.
	straySent int
}

// isStory reports storyYears of the text, read once.
func (n *normCtx) isStory() bool {
	if n.story == 0 {
		n.story = 1
		if n.has && storyYears(n.sents, n.dct.Year()) && !newsLead(n.sents) {
			n.story = 2
		}
	}
	return n.story == 2
}

// leadSentences is how many sentences from the top (headline and date
// line among them) newsLead reads.
const leadSentences = 4

// newsLead reports whether the top of a text dates its news by the day of
// writing: a weekday in its first leadSentences sentences ("The
// International Cycling Union stripped Lance Armstrong of his titles on
// Monday"). Such a text is news however
// many old years its background names (a career's, a company's): a month
// or a day without a year after them is the news's, not the last year
// named ("He quit for good in 2011. ... On October 17 Nike ended its
// contract": October 2012 in a report of October 22, 2012), and storyYears
// does not make it a history.
func newsLead(sents []text.Sentence) bool {
	for i := range sents {
		if i == leadSentences {
			break
		}
		for k := range sents[i].Tokens {
			switch sents[i].Tokens[k].Lower {
			case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
				return true // ("today" and "tonight" may be a quotation's: "I am tonight announcing")
			}
		}
	}
	return false
}

// strayYears is how far from the story's year a date may lie and still
// move the story's time at once; a date further away moves it only when
// a second such date near it follows.
const strayYears = 5

// narrativeRun is how many dates that write their year, in a row, must lie
// two or more years from the document's before the story counts as having
// left the document's time. A news story names one such date in passing
// ("the Dec. 21, 1988, bombing ... agreed in April" is this April); one or
// two in a row moved months of TimeBank and AQUAINT news away (value F1
// 82.12 -> 81.08 and 75.92 -> 73.91 with one), three keep them (82.19,
// 75.92) and anchor WikiWars' narratives (55.81 -> 74.18; odd and even
// files 57.54 -> 72.79 and 53.86 -> 75.75).
const narrativeRun = 3

// dayWindow is how many sentences after a date to the day a month and day
// without a year may still follow it ("10 March 1975 ... On 11 March").
const dayWindow = 5

// dayAfter is the year of a day and month without a year in a story that
// has left the document's time, when the text gave a date to the day
// within the last dayWindow sentences and the month falls in the half
// year after it (or the month before): the story goes on from that day,
// whatever year the text named in passing since ("planned to win by
// 1976 ... On 11 March"). In news too, within the sentence of that date:
// "on March 20, 2003 (9:34 p.m., March 19 EST)", "stocks fell on Oct.
// 19, 1987, and rose on Oct. 20".
func (n *normCtx) dayAfter(m, d int, hasRel bool) (int, bool) {
	if hasRel || d == 0 || n.refDay.IsZero() || n.sent-n.refDaySent > dayWindow {
		return 0, false
	}
	if !n.narrative() && n.sent != n.refDaySent {
		// In news, the sentence right after an old date to the day may go
		// on from it within the month after: "Germany attacked Poland on
		// September 1, 1939. Britain declared war on September 3."
		if n.sent-n.refDaySent != 1 || abs(n.refDay.Year()-n.dct.Year()) < 2 {
			return 0, false
		}
		t := time.Date(n.refDay.Year(), time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if t.Before(n.refDay) || t.After(n.refDay.AddDate(0, 1, 0)) {
			return 0, false
		}
		return n.refDay.Year(), true
	}
	for _, y := range []int{n.refDay.Year(), n.refDay.Year() + 1} {
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if !t.Before(n.refDay.AddDate(0, -1, 0)) && t.Before(n.refDay.AddDate(0, 6, 0)) {
			return y, true
		}
	}
	return 0, false
}

// narrative reports whether the story has left the document's time (see
// narrativeRun): its last narrativeRun dates that write their year lie two
// or more years from the document's. In a text told in its own time
// (story), the last such date alone decides, as soon as its year is not
// the document's ("Fighting resumed in 2008. In May ..." is May 2008 in a
// history written in 2009).
func (n *normCtx) narrative() bool {
	if n.refY == 0 {
		return false
	}
	if n.refY != n.dct.Year() && n.isStory() {
		return true
	}
	return abs(n.refY-n.dct.Year()) >= 2 && n.refRun >= narrativeRun
}

// narrativeYear is the year of a month without one (m, with "last"/"next"
// when hasRel) in a story that has left the document's time (narrative):
// the month is the reference year's, or the next year's when it comes
// more than backStep months before the reference month (a story moves
// forward: "By October 1939 ... in April" is April 1940). Not in a news
// story, whose months stay anchored on the document's date.
func (n *normCtx) narrativeYear(m int, hasRel bool, rel int) (int, bool) {
	if !n.narrative() {
		return 0, false
	}
	if y, ok := n.seasonOfMonth(m); ok && !hasRel {
		return y, true
	}
	y := n.refY
	switch {
	case hasRel && rel < 0:
		if n.refM != 0 && m >= n.refM {
			y--
		}
	case hasRel && rel > 0:
		if n.refM == 0 || m <= n.refM {
			y++
		}
	case n.refM != 0 && n.refM-m > backStep:
		y++
	}
	return y, true
}

// seasonOfMonth is the year of month m when the text placed a season
// that holds it within seasonWindow sentences, after the story's last
// written year: "Spring offensives [2008]. At the end of March ..." is
// March 2008, though the story last wrote December 2008 and a month more
// than backStep before it would go forward.
func (n *normCtx) seasonOfMonth(m int) (int, bool) {
	if n.seas == "" || n.seasSeq < n.refSeq || n.sent-n.seasSent > seasonWindow {
		return 0, false
	}
	s := seasonOf(date(2000, m, 1))
	if s != n.seas {
		return 0, false
	}
	if m == 12 {
		return n.seasY - 1, true // December is in the next year's winter
	}
	return n.seasY, true
}

// backStep is how many months before the reference month a month without
// a year may lie and still be the reference year's: a history steps back a
// little ("In early September 1950 ... On 6 July" is July 1950), and
// forward further ("By October 1939 ... in April" is April 1940). On
// WikiWars 0 (always forward) gave value F1 83.17, 2 83.77, 3 83.87, 4
// 83.77, 6 83.72 (both halves up from 0 to 3); TimeBank and AQUAINT the
// same.
const backStep = 3

// quarterWindow is how many sentences a quarter mentioned stays the
// period a "year ago" comparison refers to.
const quarterWindow = 2

// yearBack returns the value of "k years before", at quarter granularity
// when the text is comparing quarters. "A year ago" is the comparison
// results are reported against; more years than one are a quarter only in
// the sentence that names it ("the third quarter ... up from two years
// ago"): a sentence after it tells of something else ("The founder, who
// retired two years ago").
func (n *normCtx) yearBack(k int) (string, bool) {
	if n.lastQ == 0 || n.sent-n.lastQSent > quarterWindow || k > 1 && n.sent != n.lastQSent {
		return "", false
	}
	return fmt.Sprintf("%04d-Q%d", n.lastQY-k, n.lastQ), true
}

// direction of the governing verb: -1 past, +1 future or planned, 0 unknown.
func (c *cand) direction() int {
	d, _ := c.directionSure()
	return d
}

// directionSure is direction, and whether the dependency tree gave it.
func (c *cand) directionSure() (int, bool) {
	if c.m.es > 0 && c.toks[c.m.es-1].lower == "since" {
		return -1, true // "in crisis since March": a start no later than now
	}
	if d, ok := c.possessiveDay(); ok {
		return d, true
	}
	if c.tree != nil && len(c.tree.Words) > 0 {
		es, ee := c.toks[c.m.es].orig, c.toks[c.m.ee-1].orig+1
		if d, ok := treeDirection(c.tree, es, ee); ok {
			return d, true
		}
	}
	return c.cueDirection(), false
}

// possessiveDay gives the direction of a weekday in the possessive
// ("Wednesday's ruling", "Friday's edition"): the day of an event the
// news reports, so the last such day (today too), whatever the verb ("will
// appeal Wednesday's ruling", "would look for ways around Wednesday's
// ruling"); after "ahead of", "before" or "until" the next one ("ahead of
// Sunday's vote").
func (c *cand) possessiveDay() (int, bool) {
	ee := c.m.ee
	if ee >= len(c.toks) || c.toks[ee-1].cls&c.e.secBit["weekday"] == 0 {
		return 0, false
	}
	if l := c.toks[ee].lower; l != "'s" && l != "’s" {
		return 0, false
	}
	for p := c.m.es - 1; p >= 0 && p >= c.m.es-2; p-- {
		switch c.toks[p].lower {
		case "ahead", "before", "until", "till", "await", "awaits", "awaiting", "awaited", "advance":
			return 1, true
		}
	}
	return -1, true
}

// writersTense reports whether the verb the words around the expression
// give is a simple present or a "will" future: the writer's time, not a
// story's past ("would" is a story's future).
func (c *cand) writersTense() bool {
	cu := text.ClauseCues(*c.sent, c.toks[c.m.es].orig)
	switch {
	case cu.Tense == text.Present && !cu.Perfect && cu.Modality != text.Possible:
		return true
	case cu.Tense == text.Future && cu.Verb >= 0 && cu.Verb < len(c.sent.Tokens):
		switch c.sent.Tokens[cu.Verb].Lower {
		case "will", "shall", "'ll", "’ll", "wo":
			return true
		}
	}
	return false
}

// cueDirection is the direction from the words around the expression.
func (c *cand) cueDirection() int {
	cu := text.ClauseCues(*c.sent, c.toks[c.m.es].orig)
	switch {
	case cu.Tense == text.Past && cu.Perfect:
		return -1 // "had been due to expire Friday": overtaken, past
	case cu.Tense == text.Future || cu.Modality == text.Planned:
		return 1
	case cu.Tense == text.Past || (cu.Tense == text.Present && cu.Perfect):
		return -1
	}
	return 0
}

func fmtDay(t time.Time) string   { return t.Format("2006-01-02") }
func fmtMonth(t time.Time) string { return t.Format("2006-01") }
func fmtYear(y int) string {
	if y < 0 {
		return fmt.Sprintf("BC%04d", -y) // a year before the common era (refY)
	}
	if y >= 1000 && y <= 9999 {
		return strconv.Itoa(y) // what "%04d" gives, without fmt
	}
	return fmt.Sprintf("%04d", y)
}
func fmtWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}
func quarterOf(t time.Time) int { return (int(t.Month())-1)/3 + 1 }

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// shift moves t by n units (TIMEX3 unit letters).
func shift(t time.Time, u string, n int) time.Time {
	switch u {
	case "Y":
		return t.AddDate(n, 0, 0)
	case "M":
		return t.AddDate(0, n, 0)
	case "W", "WE":
		return t.AddDate(0, 0, 7*n)
	case "D":
		return t.AddDate(0, 0, n)
	case "Q":
		return t.AddDate(0, 3*n, 0)
	case "HY":
		return t.AddDate(0, 6*n, 0)
	case "DE":
		return t.AddDate(10*n, 0, 0)
	case "CE":
		return t.AddDate(100*n, 0, 0)
	case "TH":
		return t.Add(time.Duration(n) * time.Hour)
	case "TM":
		return t.Add(time.Duration(n) * time.Minute)
	case "TS":
		return t.Add(time.Duration(n) * time.Second)
	}
	return t
}

// format writes t at the granularity of unit u.
func format(t time.Time, u string) string {
	switch u {
	case "Y":
		return fmtYear(t.Year())
	case "M":
		return fmtMonth(t)
	case "W":
		return fmtWeek(t)
	case "WE":
		return fmtWeek(t) + "-WE"
	case "D":
		return fmtDay(t)
	case "Q":
		return fmt.Sprintf("%04d-Q%d", t.Year(), quarterOf(t))
	case "HY":
		return fmt.Sprintf("%04d-H%d", t.Year(), (int(t.Month())-1)/6+1)
	case "DE":
		return fmt.Sprintf("%03d", t.Year()/10)
	case "CE":
		return fmt.Sprintf("%02d", t.Year()/100)
	case "TH":
		return t.Format("2006-01-02T15")
	case "TM", "TS":
		return t.Format("2006-01-02T15:04")
	}
	return ""
}

// pluralUnit reports whether the unit captured is a plural word.
func (c *cand) pluralUnit() bool {
	w := c.word("u")
	return len(w) > 2 && strings.HasSuffix(w, "s") && c.tok("u") != nil
}

// unit returns the TIMEX3 unit of capture name ("period" reads as a quarter).
func (c *cand) unit(name string) string {
	if u, ok := c.lex("unit", name); ok {
		return u
	}
	if c.word(name) == "period" {
		return "Q"
	}
	return ""
}

// lastingFor turns "the next decade" or "the following year" after "for"
// and a verb of lasting ("remained the capital for the next decade",
// "continued for the next year") into the stretch of time it is, a
// duration of one unit; "a squadron for the following year" stays the
// year. It reports whether it did.
func (c *cand) lastingFor(tx *Timex) bool {
	es, ee := c.m.es, c.m.ee
	if es < 2 || ee-es != 3 || c.toks[es].lower != "the" || c.toks[es-1].lower != "for" {
		return false
	}
	lasting := false
	for k := es - 2; k >= 0 && k >= es-5 && !lasting; k-- {
		if !isWordTok(c.toks[k].lower) {
			break // punctuation: another clause
		}
		lasting = lastingVerbs[c.toks[k].lower]
	}
	if !lasting {
		return false
	}
	switch c.toks[es+1].lower {
	case "next", "following", "coming":
	default:
		return false
	}
	u := c.unit("u")
	if u == "" {
		return false
	}
	tx.Type, tx.Value, tx.Mod, tx.Anchor = Duration, durationValue(1, u, false), "", AnchorNone
	return true
}

func isWordTok(w string) bool {
	return w != "" && (w[0] >= 'a' && w[0] <= 'z' || w[0] >= '0' && w[0] <= '9' || w[0] >= 0x80)
}

var lastingVerbs = map[string]bool{"remain": true, "remained": true, "remains": true, "continue": true,
	"continued": true, "continues": true, "last": true, "lasted": true, "lasts": true, "stay": true,
	"stayed": true, "stays": true, "persist": true, "persisted": true, "persists": true, "on": true,
	"serve": true, "served": true, "serves": true, "rule": true, "ruled": true, "reign": true, "reigned": true,
	"wait": true, "waited": true, "endure": true, "endured": true, "survive": true, "survived": true}

// normalize fills in tx from the match. It reports false to drop the match.
func (n *normCtx) normalize(c *cand, tx *Timex) bool {
	if (c.m.r.action == "anchored" || c.m.r.action == "rel") && c.lastingFor(tx) {
		return true
	}
	switch c.m.r.action {
	case "date":
		return n.date(c, tx)
	case "rel":
		return n.rel(c, tx)
	case "deictic":
		return n.deictic(c, tx)
	case "dur":
		return n.dur(c, tx)
	case "ago":
		return n.ago(c, tx)
	case "yearago":
		return n.yearAgo(c, tx)
	case "anchored":
		return n.anchored(c, tx)
	case "set":
		return n.set(c, tx)
	case "era":
		return n.era(c, tx)
	case "bcyear":
		return n.bcYear(c, tx)
	case "apyear":
		return n.apYear(c, tx)
	case "range":
		return n.rangeYears(c, tx)
	}
	return false
}

func (c *cand) hasWord(w string) bool {
	for i := c.m.es; i < c.m.ee; i++ {
		if c.toks[i].lower == w {
			return true
		}
	}
	return false
}

// sentenceHas reports whether the sentence of c has the word w (lower case).
func (c *cand) sentenceHas(w string) bool {
	for i := range c.toks {
		if c.toks[i].lower == w {
			return true
		}
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// staleDay reports whether, in a story that has left the document's
// time, the story has moved on from the last day the text named (or
// named none): it has since written a year or month that day is not in
// ("On 22 May 1911 ... In February 1913 ... less than a week later").
func (n *normCtx) staleDay() bool {
	if !n.narrative() {
		return false
	}
	if !n.hasL {
		return true
	}
	if n.refSeq <= n.lastSeq {
		return false
	}
	return n.last.Year() != n.refY || n.refM != 0 && int(n.last.Month()) != n.refM
}

// roughDay is the value of a day or week (u D or W) in the story's time
// when the text gave no day to count from (staleDay): the story's month
// or year with the day or week unknown ("1913-02-XX", "BC0479-WXX").
func (n *normCtx) roughDay(u string) string { return roughOf(n.refY, n.refM, u) }

// roughOf is the value of a day or week (u D or W) of year y and month m
// (0 when unknown), the day or week unknown.
func roughOf(y, m int, u string) string {
	if u == "W" {
		return fmtYear(y) + "-WXX"
	}
	if m != 0 {
		return fmt.Sprintf("%s-%02d-XX", fmtYear(y), m)
	}
	return fmtYear(y) + "-XX-XX"
}

// dayInMonthNamed reports whether, in news, the text's last date was a
// month or a year, named in this sentence or the one before, and no day
// of it was named ("arrested in March 2010 and released two days later",
// "... The next day"): days and weeks counted from it are its own,
// unknown. Stories have their own reference (staleDay).
func (n *normCtx) dayInMonthNamed() bool {
	if n.lastY == 0 || n.lastDay || n.sent-n.lastYSent > 1 || n.isStory() {
		return false
	}
	return !(n.hasL && n.last.Year() == n.lastY && (n.lastM == 0 || int(n.last.Month()) == n.lastM))
}

// aheadInPast reports whether the text's last month or year lies wholly
// after the document's date while the expression's clause is told in the
// past: a prospect ("withdrawal in 2011. The day before Obama's speech,
// al-Maliki said ..."), not the time a past day or week belongs to.
func (n *normCtx) aheadInPast(c *cand) bool {
	if !n.has || n.lastY == 0 {
		return false
	}
	dy, dm := n.dct.Year(), int(n.dct.Month())
	ahead := n.lastY > dy || n.lastY == dy && n.lastM > dm
	return ahead && c.direction() < 0
}

// pastBase is the day a relative expression counts from (base, from the
// text's last day): when that day lies ahead of the document's date but
// the expression's clause is told in the past ("He is due in court on
// Monday. Two days later he was released"), the last day named that was
// not ahead.
func (n *normCtx) pastBase(c *cand, base time.Time) time.Time {
	if n.has && n.hasLP && base.After(n.dct) && c.direction() < 0 {
		return n.lastPast
	}
	return base
}
