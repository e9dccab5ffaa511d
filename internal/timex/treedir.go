package timex

import (
	"strings"

	"github.com/chronicle-news/chronicle/internal/syntax"
)

// The direction of a date without a year from the sentence's dependency
// tree: the verb the expression hangs on ("was fired in July": July is an
// oblique of "fired", a past passive) and that verb's auxiliaries, or the
// verb it is the infinitive of ("plans to visit Russia in May": planned).
// The tree says which verb governs the expression across commas and
// reported speech ("said the payment will be made Nov. 10"), which the
// word-window cues (text.ClauseCues) can only guess; when the tree gives
// no verb, they decide.

// treeDirection returns -1 (past), +1 (future or planned) or 0 (present or
// unknown) for the expression over tokens [es, ee) of tree t's sentence;
// ok is false when no governing verb is found.
func treeDirection(t *syntax.Tree, es, ee int) (dir int, ok bool) {
	ws := t.Words
	head := -1 // the expression's head word (0-based)
	for i := range ws {
		w := &ws[i]
		if w.Token < es || w.Token >= ee {
			continue
		}
		h := w.Head - 1
		if h < 0 || ws[h].Token < es || ws[h].Token >= ee {
			head = i
			break
		}
	}
	if head < 0 {
		return 0, false
	}
	w := &ws[head]
	// "extended to Nov. 16", "delayed until May": an end point the verb
	// moves things to, not the verb's own time.
	// The preposition may stand before the clock time the day belongs
	// to: "until 9 a.m. Tuesday" hangs "Tuesday" on "9".
	ph := head + 1
	if h := w.Head - 1; h >= 0 && ws[h].UPOS == "NUM" && strings.HasPrefix(w.Rel, "nmod") {
		ph = h + 1
	}
	edge := leftEdge(ws, head, es)
	for i := range ws {
		// The preposition is the expression's "case", or the word just
		// before it however the parser hung it ("until 9 a.m. EST
		// Tuesday" with "until" an adverb of "9").
		before := ws[i].Token == edge-1 && (ws[i].Rel == "advmod" || ws[i].Rel == "case") && !strings.EqualFold(ws[i].Form, "to")
		if ((ws[i].Head == head+1 || ws[i].Head == ph) && ws[i].Rel == "case" || before) && endPoint[strings.ToLower(ws[i].Form)] {
			if p := strings.ToLower(ws[i].Form); p == "until" || p == "till" {
				// "has given them until 9 a.m. Tuesday", "extended its
				// deadline until Friday": a deadline, which the tense of
				// the verb that sets it does not move back; the nearest
				// such day. ("bought from Sept. 14 to Thursday" is a
				// range, which the tense still decides.) A future verb
				// sets it ahead ("will stay closed until Tuesday").
				if v := w.Head - 1; v >= 0 && v < len(ws) && (ws[v].UPOS == "VERB" || ws[v].UPOS == "AUX") {
					for k := 0; k < 3 && ws[v].Rel == "xcomp" && ws[v].Head > 0 && !hasChild(ws, v, "mark"); k++ {
						v = ws[v].Head - 1 // "will stay closed until": the verb "closed" completes
					}
					if d, ok := verbDirection(ws, v, head); ok && d > 0 {
						return 1, true
					}
				}
				return 0, true
			}
			return 0, false
		}
	}
	for i := range ws {
		if ws[i].Head == head+1 && ws[i].Token < es && aheadWords[strings.ToLower(ws[i].Form)] {
			// "a dividend, payable Dec. 15", "effective Jan. 1": a date
			// the words before it set ahead of the verb; the nearest one.
			return 0, true
		}
	}
	if o := w.Head - 1; w.Rel == "nmod" && o >= 0 && ws[o].Rel == "obj" && hasCase(ws, head, "for") {
		// "scheduled a vote for Tuesday": the object's date, which a
		// past verb of scheduling with a subject has just fixed ahead.
		if v := ws[o].Head - 1; v >= 0 && planning[ws[v].Lemma] && ws[v].XPOS == "VBD" && hasSubject(ws, v) && !hasChild(ws, v, "aux") {
			return 1, true
		}
	}
	if v := w.Head - 1; strings.HasPrefix(w.Rel, "obl") && v >= 0 && hasCase(ws, head, "for") && planning[ws[v].Lemma] && ws[v].XPOS == "VBN" && ws[v].Rel == "acl" {
		// "a march planned for Sunday will go ahead", "talks scheduled
		// for Friday": the participle tells what is set ahead, unless the
		// verb its noun hangs on is past ("a service planned for Saturday
		// was canceled").
		past := false
		if n := ws[v].Head - 1; n >= 0 {
			if m := ws[n].Head - 1; m >= 0 && (ws[m].UPOS == "VERB" || ws[m].UPOS == "AUX") {
				d, ok := verbDirection(ws, m, head)
				past = ok && d < 0
			}
		}
		if !past {
			return 1, true
		}
	}
	if v := plannedObject(ws, head); v >= 0 {
		return 1, true
	}
	for k := 0; k < 2 && w.Rel == "nmod" && w.Head > 0 && timeNouns[ws[w.Head-1].Lemma]; k++ {
		// "in the early hours of March 3", "at 9:30 a.m. local time on
		// March 3": the date on a noun of time, which is the verb's.
		head = w.Head - 1
		w = &ws[head]
	}
	switch {
	case w.Head == 0:
		// The expression is the predicate: "The vote is on Tuesday".
		return verbDirection(ws, head, head)
	case strings.HasPrefix(w.Rel, "obl"), w.Rel == "advmod", w.Rel == "nmod:tmod", w.Rel == "nmod:unmarked", w.Rel == "nmod:npmod":
	default:
		return 0, false // a subject, an object...: not the verb's time
	}
	v := w.Head - 1
	if v < 0 || v >= len(ws) || (ws[v].UPOS != "VERB" && ws[v].UPOS != "AUX" && !hasChild(ws, v, "cop")) {
		return 0, false
	}
	if u := outsideClause(ws, head, v); u >= 0 {
		v = u
	}
	return verbDirection(ws, v, head)
}

// outsideClause repairs an attachment the parser gets wrong: a date hung
// on the verb of a reported clause but written before that clause's
// complementizer or subject, just after the verb that reports it ("He said
// Tuesday that the plant would close", "Officials said Monday the plant
// would close"), is the reporting verb's. It returns that verb, or -1.
func outsideClause(ws []syntax.Word, t, v int) int {
	if ws[v].Rel != "ccomp" || ws[v].Head <= 0 {
		return -1
	}
	r := ws[v].Head - 1
	if r > t {
		return -1
	}
	for i := r + 1; i < t; i++ {
		if ws[i].Head != t+1 && ws[i].Rel != "case" && ws[i].Rel != "punct" {
			return -1 // only the date's own words between it and the reporting verb
		}
	}
	for i := range ws {
		if ws[i].Head == v+1 && i > t && (ws[i].Rel == "mark" || strings.HasPrefix(ws[i].Rel, "nsubj")) {
			return r // the clause opens after the date
		}
	}
	return -1
}

// verbDirection is the direction of predicate v's verb group, for the
// expression headed by word t.
func verbDirection(ws []syntax.Word, v, t int) (int, bool) {
	for steps := 0; steps < 4; steps++ {
		var past, perfect, future, modal, present bool
		for i := range ws {
			a := &ws[i]
			if a.Head != v+1 || (a.Rel != "aux" && a.Rel != "aux:pass" && a.Rel != "cop") {
				continue
			}
			lw := strings.ToLower(a.Form)
			switch {
			case a.Lemma == "will" || a.Lemma == "shall" || lw == "'ll" || lw == "wo":
				future = true
			case a.Lemma == "have":
				perfect = true
				if a.XPOS == "VBD" {
					past = true
				}
			case a.XPOS == "MD" && (lw == "would" || lw == "'d") && a.Head == v+1 && hasSubject(ws, v):
				future = true
			case a.XPOS == "MD":
				modal = true
			case a.XPOS == "VBD":
				past = true
			case a.XPOS == "VBZ" || a.XPOS == "VBP":
				present = true
			}
		}
		w := &ws[v]
		switch {
		case future:
			return 1, true
		case modal:
			return 0, false // "would", "could": a reported or possible time: the cues weigh it
		case perfect && !past:
			// "has invited them to a ceremony on March 12": the present
			// perfect takes no date of its own, so a date on it is most
			// likely another event's: the cues decide.
			return 0, false
		case planning[w.Lemma] && (w.XPOS == "VBN" || w.XPOS == "JJ") && present && !past && !perfect:
			// "talks are set for Tuesday", "a ruling is expected
			// Thursday", "elections are due in November": planned
			// now, so ahead of the writing.
			return 1, true
		case planning[w.Lemma] && hasCase(ws, t, "for") && w.XPOS == "VBD" && !perfect && hasChild(ws, v, "obj") && hasSubject(ws, v):
			// "set his sentencing for March 28", "scheduled a vote for
			// Tuesday": a date fixed just now for what is to come.
			return 1, true
		case planning[w.Lemma] && hasCase(ws, t, "for"):
			// "was planned for early March", "a service planned for
			// Saturday was canceled": the plan's date, ahead of the
			// planning but not always of the writing: the cues decide.
			return 0, false
		case past:
			return -1, true // "was fired", "had been due"
		case w.XPOS == "VBD":
			return -1, true
		}
		// An infinitive takes its direction from the verb it completes:
		// "plans to visit" is planned, "asked it to respond" ahead,
		// "tried to reach" past; a plan already overtaken ("had been
		// scheduled to expire Friday") is past.
		if w.Rel == "xcomp" && w.Head > 0 && hasChild(ws, v, "mark") {
			h := w.Head - 1
			if planning[ws[h].Lemma] {
				if pastPerfect(ws, h) {
					return -1, true
				}
				return 1, true
			}
			v = h
			continue
		}
		if imperative(ws, v) {
			return 1, true // "Call me Sunday night": what is asked is ahead
		}
		if (w.XPOS == "VBZ" || w.XPOS == "VBP") && !presentReports[w.Lemma] && w.Lemma != "be" && w.Lemma != "have" &&
			hasSubject(ws, v) && !sameFormPast[strings.ToLower(w.Form)] && len(ws) > 0 && ws[len(ws)-1].Form == "." {
			// "The agreement takes effect on Sunday", "talks resume on
			// Monday": news tells with a present what is scheduled ahead
			// (not a headline, which tells with it what has just
			// happened: "Strong earthquake strikes Peru on Sunday").
			return 1, true
		}
		if w.XPOS == "VBZ" || w.XPOS == "VBP" {
			return 0, true // the present: the nearest such date
		}
		return 0, false // a bare participle or a verb the tagger doubted: the cues decide
	}
	return 0, false
}

// presentReports tell in the present what was said or found, at any time:
// "says on Monday", "shows", "reports".
var presentReports = map[string]bool{"say": true, "tell": true, "report": true, "announce": true, "show": true,
	"suggest": true, "confirm": true, "note": true, "add": true, "insist": true, "claim": true}

// sameFormPast are present forms that are also the past and the
// participle, which the tagger may take for a present: "announcements put
// out on Aug. 13".
var sameFormPast = map[string]bool{"put": true, "set": true, "cut": true, "hit": true, "let": true, "spread": true,
	"cast": true, "cost": true, "hurt": true, "shut": true, "quit": true, "bid": true, "split": true, "burst": true,
	"read": true, "upset": true, "beat": true}

// imperative reports whether verb v is a command: a bare VB heading its
// sentence (or joined to the verb that does) with no subject, auxiliary or
// "to"; or heading a quotation that opens with it, before the verb that
// reports it ("\"Call me Sunday night at 8 PM,\" she wrote": what was
// asked is ahead of the asking).
func imperative(ws []syntax.Word, v int) bool {
	w := &ws[v]
	quoted := v > 0 && quoteMark(ws[v-1].Form) && (w.Rel == "ccomp" || w.Rel == "parataxis") && w.Head > v+1
	if w.XPOS != "VB" || !(w.Head == 0 || w.Rel == "conj" && w.Head > 0 && ws[w.Head-1].Head == 0 || quoted) {
		return false
	}
	for i := range ws {
		if ws[i].Head != v+1 {
			continue
		}
		switch ws[i].Rel {
		case "nsubj", "nsubj:pass", "expl", "aux", "aux:pass", "mark", "csubj":
			return false
		}
	}
	return true
}

// hasCase reports whether word t has the case marker prep.
func hasCase(ws []syntax.Word, t int, prep string) bool {
	for i := range ws {
		if ws[i].Head == t+1 && ws[i].Rel == "case" && strings.EqualFold(ws[i].Form, prep) {
			return true
		}
	}
	return false
}

// pastPerfect reports whether verb v has the auxiliary "had".
func pastPerfect(ws []syntax.Word, v int) bool {
	for i := range ws {
		if a := &ws[i]; a.Head == v+1 && (a.Rel == "aux" || a.Rel == "aux:pass") && a.Lemma == "have" && a.XPOS == "VBD" {
			return true
		}
	}
	return false
}

// endPoint lists the prepositions that make a date an end point.
// aheadWords put the date they modify ahead of the verb of the clause.
var aheadWords = map[string]bool{"payable": true, "due": true, "effective": true}

// AheadWord reports whether a (lower-case) word puts the date after it
// ahead of its clause's verb: "payable Dec. 15", "effective Jan. 1".
func AheadWord(w string) bool { return aheadWords[w] }

var endPoint = map[string]bool{"to": true, "until": true, "till": true, "through": true, "into": true, "pending": true}

// planning lists verbs whose infinitive complement is a plan, an
// intention or an expectation: its time lies ahead.
var planning = map[string]bool{
	"plan": true, "intend": true, "expect": true, "aim": true, "hope": true, "schedule": true,
	"set": true, "seek": true, "propose": true, "want": true, "wish": true, "prepare": true,
	"go": true, "promise": true, "pledge": true, "vow": true, "threaten": true, "agree": true,
	"decide": true, "due": true, "slate": true, "forecast": true, "predict": true, "project": true,
	"poise": true, "likely": true,
	// directives: what someone is asked or told to do is still to come
	"ask": true, "urge": true, "order": true, "tell": true, "instruct": true, "request": true,
	"require": true, "invite": true, "call": true, "direct": true, "encourage": true,
}

func hasChild(ws []syntax.Word, h int, rel string) bool {
	for i := range ws {
		if ws[i].Head == h+1 && ws[i].Rel == rel {
			return true
		}
	}
	return false
}

// hasSubject reports whether predicate v has a subject: a clause
// of its own, where "would" tells a future seen from the past ("said the
// country would hold an election on October 14").
func hasSubject(ws []syntax.Word, v int) bool {
	return hasChild(ws, v, "nsubj") || hasChild(ws, v, "nsubj:pass")
}

// schedules are the verbs whose object is an event they fix in time:
// "planned a demonstration on Saturday" dates the demonstration.
var schedules = map[string]bool{"plan": true, "schedule": true, "slate": true}

// plannedObject returns the verb when the expression headed by word t dates
// the object of a past verb of scheduling that has a subject and no
// auxiliary ("Protesters planned a large demonstration in Little Havana
// on Saturday", on the verb or on its object): the planned event, ahead
// of the planning. -1 otherwise.
func plannedObject(ws []syntax.Word, t int) int {
	// The date, or the noun phrase it modifies ("a demonstration in the
	// old town on Saturday"), hangs on the verb as its object or an
	// oblique.
	n := t
	for k := 0; k < 3 && ws[n].Rel == "nmod" && ws[n].Head > 0; k++ {
		n = ws[n].Head - 1
	}
	if r := ws[n].Rel; r != "obj" && !strings.HasPrefix(r, "obl") && r != "nmod:tmod" && r != "nmod:unmarked" || n == t && r == "obj" {
		return -1
	}
	v := ws[n].Head - 1
	if v < 0 || !schedules[ws[v].Lemma] || ws[v].XPOS != "VBD" || !hasChild(ws, v, "obj") || !hasSubject(ws, v) || hasChild(ws, v, "aux") || hasChild(ws, v, "aux:pass") {
		return -1
	}
	return v
}

// timeNouns are nouns of a time of day or a stretch of time that a date
// completes ("the early hours of March 3", "local time on March 3").
var timeNouns = map[string]bool{
	"hour": true, "time": true, "morning": true, "afternoon": true, "evening": true, "night": true,
	"dawn": true, "dusk": true, "midnight": true, "noon": true, "day": true, "weekend": true,
}

// leftEdge is the first token of the phrase that word h heads, when it
// starts before token es: "9 a.m. EST Tuesday" for "Tuesday" (the words
// before it hang on it), so the word before the phrase can be read.
func leftEdge(ws []syntax.Word, h, es int) int {
	edge := es
	for i := range ws {
		if ws[i].Token >= edge {
			continue
		}
		j := i
		for k := 0; k < 4 && j >= 0 && j != h; k++ {
			j = ws[j].Head - 1
		}
		if j == h && ws[i].Rel != "punct" && ws[i].Rel != "advmod" && ws[i].Rel != "case" && ws[i].Rel != "cc" {
			edge = ws[i].Token
		}
	}
	return edge
}

// quoteMark reports whether f is a quotation mark as the tokenizer writes
// one.
func quoteMark(f string) bool {
	switch f {
	case "\"", "``", "''", "“", "”", "'", "‘", "’":
		return true
	}
	return false
}
