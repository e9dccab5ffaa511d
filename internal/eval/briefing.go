package eval

import (
	"fmt"
	"sort"
	"strings"

	"github.com/chronicle-news/chronicle/internal/timex"
)

// ExpectedLine is one line a reader expects on an article's briefing
// timeline, as the held-out sets write them (NAME.expected.md):
//
//   - 2002-01-22 | Kmart Corp. | filed for Chapter 11 bankruptcy protection | done
type ExpectedLine struct {
	Date   string // TIMEX3 value (YYYY, YYYY-MM, YYYY-MM-DD), maybe after "by"
	Actor  string
	What   string
	Status string // done, planned, negated, refused, denied, ...
	Line   int    // 1-based line in the file
}

// ParseExpected reads the expected lines of a file: every line that starts
// with "- " and holds at least three fields between "|". Other lines
// (titles, notes) are skipped; a "- " line with fewer fields is an error
// naming its line.
func ParseExpected(src string) ([]ExpectedLine, error) {
	var out []ExpectedLine
	for i, l := range strings.Split(src, "\n") {
		l = strings.TrimSpace(l)
		if !strings.HasPrefix(l, "- ") {
			continue
		}
		f := strings.Split(l[2:], "|")
		if len(f) < 3 {
			return nil, fmt.Errorf("line %d: want DATE | ACTOR | WHAT [| STATUS], got %q", i+1, l)
		}
		for k := range f {
			f[k] = strings.TrimSpace(f[k])
		}
		x := ExpectedLine{Date: f[0], Actor: f[1], What: f[2], Line: i + 1}
		if len(f) > 3 {
			x.Status = f[3]
		}
		out = append(out, x)
	}
	return out, nil
}

// BriefLine is a line of the system's timeline, as the briefing score
// reads it.
type BriefLine struct {
	Date    string // TIMEX3 value; "" when undated
	Summary string
	Trigger string // the event's word in the text ("filed")
	Actors  []string
}

// DateAgrees reports whether a line's date and an expected date name the
// same time, one inside the other ("2002-01" and "2002-01-22", "2007-W16"
// and "2007-04-17"), whatever the line's relation to it ("by", "after").
// An expected date may start with "by", "before", "after" or "c.".
func DateAgrees(expected, value string) bool {
	e := strings.TrimSpace(expected)
	for _, p := range []string{"by ", "before ", "after ", "since ", "until ", "c. ", "~"} {
		e = strings.TrimPrefix(e, p)
	}
	if e == "" || value == "" {
		return false
	}
	if d, _, ok := strings.Cut(value, "T"); ok && len(d) == 10 {
		value = d // a time of a day ("1978-09-17TNI", "2010-10-14T24"): the day (a night runs into the next)
	}
	a, err1 := timex.ParseValue(e)
	b, err2 := timex.ParseValue(value)
	if err1 != nil || err2 != nil {
		return e == value
	}
	in := func(x, y timex.Interval) bool { // x inside y
		return !x.Start.Before(y.Start) && !x.End.After(y.End)
	}
	return in(a, b) || in(b, a)
}

// AlignBriefing pairs expected lines with system lines, one to one: a pair
// needs the system line's event word among the expected line's words
// (compared by a light stem: "filed" and "files", "met" and "meets") and
// one more word in common between the line and what was expected, or two
// words in common besides the actor's (a report that tells it: "Facebook
// says it would buy WhatsApp" for "agreed to buy WhatsApp"); pairs
// sharing more words, naming the expected actor and agreeing on the date
// are taken first. It returns, for each expected line, the index of its
// system line, or -1.
func AlignBriefing(exp []ExpectedLine, sys []BriefLine) []int {
	type cand struct {
		score float64
		i, j  int
	}
	var cs []cand
	sysStems := make([]map[string]bool, len(sys))
	actorStems := make([]map[string]bool, len(sys))
	for j := range sys {
		sysStems[j] = stemSet(sys[j].Summary)
		actorStems[j] = stemSet(strings.Join(sys[j].Actors, " "))
	}
	for i := range exp {
		what := stemSet(exp[i].What)
		actor := stemSet(exp[i].Actor)
		for j := range sys {
			t := stemWord(strings.ToLower(sys[j].Trigger))
			common, beyond := 0, 0 // words in common; of them, not the actor's
			for w := range what {
				if sysStems[j][w] {
					common++
					if !actor[w] {
						beyond++
					}
				}
			}
			// The event's word and one more; or, for a line that tells
			// it through a report ("Facebook says it would buy
			// WhatsApp" for "agreed to buy WhatsApp"), two words beyond
			// the actor's.
			if !(t != "" && what[t] && common >= 1) && beyond < 2 {
				continue
			}
			s := 2 + float64(common)
			for w := range actor {
				if sysStems[j][w] || actorStems[j][w] {
					s += 0.5
					break
				}
			}
			if DateAgrees(exp[i].Date, sys[j].Date) {
				s += 0.5
			}
			cs = append(cs, cand{s, i, j})
		}
	}
	sort.Slice(cs, func(a, b int) bool {
		if cs[a].score != cs[b].score {
			return cs[a].score > cs[b].score
		}
		if cs[a].i != cs[b].i {
			return cs[a].i < cs[b].i
		}
		return cs[a].j < cs[b].j
	})
	out := make([]int, len(exp))
	for i := range out {
		out[i] = -1
	}
	used := make([]bool, len(sys))
	for _, c := range cs {
		if out[c.i] >= 0 || used[c.j] {
			continue
		}
		out[c.i], used[c.j] = c.j, true
	}
	return out
}

// briefStop are words too common to pair lines by.
var briefStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields("the a an of to in on for and or by with at from as that this its his her their it he she they was were is are be been has had have will would said says say who which into over after before than not no mr ms mrs") {
		briefStop[w] = true
	}
}

// stemSet is the set of the light stems of the words of s, stop words left out.
func stemSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	}) {
		if len(w) > 1 && !briefStop[w] {
			out[stemWord(w)] = true
		}
	}
	return out
}

// briefIrregular maps irregular past forms to their verb.
var briefIrregular = map[string]string{
	"met": "meet", "began": "begin", "begun": "begin", "won": "win", "lost": "lose", "sold": "sell", "bought": "buy",
	"made": "make", "took": "take", "taken": "take", "gave": "give", "given": "give", "told": "tell", "left": "leave",
	"fell": "fall", "fallen": "fall", "rose": "rise", "risen": "rise", "struck": "strike", "sank": "sink", "sunk": "sink",
	"ran": "run", "held": "hold", "paid": "pay", "led": "lead", "went": "go", "gone": "go", "came": "come",
	"built": "build", "chose": "choose", "chosen": "choose", "wrote": "write", "written": "write", "broke": "break",
	"broken": "break", "found": "find", "kept": "keep", "sent": "send", "spent": "spend", "brought": "bring",
	"caught": "catch", "fought": "fight", "thought": "think", "drove": "drive", "flew": "fly", "flown": "fly",
	"froze": "freeze", "shot": "shoot", "stood": "stand", "swore": "swear", "withdrew": "withdraw", "sought": "seek",
	"forbade": "forbid", "hid": "hide", "hidden": "hide", "spoke": "speak", "spoken": "speak", "stole": "steal",
	"threw": "throw", "thrown": "throw", "knew": "know", "known": "know", "saw": "see", "seen": "see",
	"dealt": "deal", "meant": "mean", "felt": "feel", "heard": "hear", "laid": "lay", "sat": "sit", "fled": "flee",
	"bore": "bear", "born": "bear", "undertook": "undertake", "overtook": "overtake", "oversaw": "oversee",
}

// stemWord is a light stem: an irregular past mapped to its verb, a plural
// or verb ending taken off (-ings, -ing, -ied, -ies, -ed, -es, -s), a final
// e and a doubled consonant dropped, at most six letters kept.
func stemWord(w string) string {
	if v, ok := briefIrregular[w]; ok {
		w = v
	}
	for _, suf := range []string{"ings", "ing", "ied", "ies", "ed", "es", "s"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			w = w[:len(w)-len(suf)]
			if suf == "ied" || suf == "ies" {
				w += "y"
			}
			break
		}
	}
	if len(w) > 3 && w[len(w)-1] == 'e' {
		w = w[:len(w)-1]
	}
	if n := len(w); n > 3 && w[n-1] == w[n-2] && w[n-1] != 'l' && w[n-1] != 's' {
		w = w[:n-1]
	}
	if len(w) > 6 {
		w = w[:6]
	}
	return w
}
