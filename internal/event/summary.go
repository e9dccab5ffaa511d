package event

import (
	"slices"
	"strings"

	"github.com/chronicle-news/chronicle/internal/entity"
	"github.com/chronicle-news/chronicle/internal/text"
)

// kindVerb is the verb phrase a summary uses for a kind: base form and
// third person singular.
var kindVerb = map[string][2]string{
	"meeting":        {"meet", "meets"},
	"talks":          {"hold talks", "holds talks"},
	"visit":          {"visit", "visits"},
	"statement":      {"say", "says"},
	"warning":        {"warn", "warns"},
	"seizure":        {"seize", "seizes"},
	"attack":         {"attack", "attacks"},
	"agreement":      {"agree", "agrees"},
	"signing":        {"sign", "signs"},
	"election":       {"hold an election", "holds an election"},
	"sanction":       {"impose sanctions", "imposes sanctions"},
	"test":           {"conduct tests", "conducts tests"},
	"launch":         {"launch", "launches"},
	"summit":         {"hold a summit", "holds a summit"},
	"conference":     {"hold a conference", "holds a conference"},
	"conflict":       {"fight", "fights"},
	"surrender":      {"surrender", "surrenders"},
	"request":        {"ask", "asks"},
	"appeal":         {"urge", "urges"},
	"accusation":     {"accuse", "accuses"},
	"implementation": {"implement", "implements"},
	"preparation":    {"prepare", "prepares"},
	"halt":           {"halt", "halts"},
	"protest":        {"protest", "protests"},
	"arrest":         {"arrest", "arrests"},
	"resignation":    {"resign", "resigns"},
	"withdrawal":     {"withdraw", "withdraws"},
	"deployment":     {"deploy", "deploys"},
}

// summary builds a short headline-style phrase from the trigger lemma and
// the event's arguments: "Abe and Putin hold talks in Vladivostok",
// "Abe to visit Russia".
func (x *extractor) summary(e *ev) string {
	var subj, with, obj, to []string
	strong := 0
	for _, p := range e.Participants {
		if !e.weak[p.Entity] {
			strong++
		}
	}
	for _, p := range e.Participants {
		if e.weak[p.Entity] && strong > 0 {
			continue // an attendee, not a party
		}
		n := x.short(p.Entity)
		switch p.Role {
		case RoleAgent, RoleSpeaker:
			subj = append(subj, n)
		case RoleWith:
			with = append(with, n)
		case RoleRecipient:
			to = append(to, n)
		default:
			obj = append(obj, n)
		}
	}
	symmetric := e.Kind == "meeting" || e.Kind == "talks" || e.Kind == "agreement"
	if symmetric && len(with) > 0 {
		subj = append(subj, with...)
		with = nil
	}
	var places []string
	for _, p := range e.Places {
		places = append(places, x.short(p))
	}
	base, third := verbFor(e)
	var b strings.Builder
	_, hasVerb := kindVerb[e.Kind]
	direct := false // a place taken as the object: "visit Russia"
	for _, p := range e.Places {
		direct = direct || e.placePrep[p] == ""
	}
	// Without named actors, the clause's own noun phrases: "his office
	// said" -> "Abe's office says", "took the islands" -> "Islands
	// seized", "Soviet troops took the islands" -> "... seizes the islands".
	var subjText, objText, patientText string
	subjPlural := false
	said := sayVerbs.Has(e.Lemma) || sayVerbs.Has(strings.ToLower(e.Text)) // what is said is a clause, no object
	if !e.trig.Noun && len(subj) == 0 && len(obj) == 0 && len(with) == 0 {
		sp := x.subjectPhrase(e)
		switch {
		case sp.ok() && e.passive:
			patientText = x.phraseText(e, sp, true)
		case sp.ok():
			subjText, subjPlural = x.phraseText(e, sp, true), x.pluralPhrase(sp)
		case !direct && e.Theme == "" && !said:
			if op := x.objectPhrase(e); op.ok() {
				patientText = x.phraseText(e, op, true)
			}
		}
	}
	if e.open && !e.passive && len(subj) == 0 && len(with) == 0 && subjText == "" && patientText == "" {
		// A detected event with a named object but an unnamed subject:
		// "An earthquake struck Japan" -> "Earthquake strikes Japan".
		if sp := x.subjectPhrase(e); sp.ok() {
			subjText, subjPlural = x.phraseText(e, sp, true), x.pluralPhrase(sp)
		}
	}
	if !e.trig.Noun && !e.passive && patientText == "" && len(obj) == 0 && !direct && e.Theme == "" &&
		(len(subj) > 0 || subjText != "") && !said {
		if op := x.objectPhrase(e); op.ok() {
			objText = x.phraseText(e, op, false)
		}
	}
	if patientText == "" && e.passive && !e.trig.Noun && len(subj) == 0 && len(obj) > 0 && len(with) == 0 {
		// A passive with its patient named and no agent: "Berlusconi
		// sentenced to four years in prison", not "Sentence Berlusconi".
		patientText = join(obj)
		obj = nil
	}
	switch {
	case patientText != "":
		// "Islands seized", "A treaty to be signed".
		b.WriteString(patientText + " ")
		pp := participle(e, base)
		switch e.Modality {
		case text.Planned:
			b.WriteString("to be " + pp)
		case text.Possible:
			b.WriteString("may be " + pp)
		case text.Negated:
			b.WriteString("not " + pp)
		default:
			b.WriteString(pp)
		}
		if e.open && !direct && len(to) == 0 {
			if k := x.keyOblique(e); k != "" {
				b.WriteString(" " + k) // "sentenced to four years in prison"
			}
		}
	case e.trig.Noun && (!hasVerb || len(subj) == 0 && len(obj) == 0 && len(with) == 0):
		// A noun without a verb of its own: "Japan's surrender".
		if len(subj) > 0 {
			b.WriteString(join(subj) + "'s ")
		} else if mods := x.nounModifiers(e); mods != "" {
			b.WriteString(mods + " ") // "territorial dispute"
		}
		b.WriteString(strings.ToLower(e.Text))
		if len(obj) > 0 {
			b.WriteString(" of " + join(obj))
		} else if strings.HasSuffix(e.Text, "ing") {
			if op := x.objectPhrase(e); op.ok() {
				b.WriteString(" of " + x.phraseText(e, op, false)) // "signing of a peace treaty"
			}
		}
		if len(with) > 0 {
			b.WriteString(" with " + join(with))
		}
	default:
		plural := len(subj) != 1
		if len(subj) > 0 {
			b.WriteString(join(subj))
			b.WriteByte(' ')
		} else if subjText != "" {
			b.WriteString(subjText + " ")
			plural = subjPlural
		}
		switch e.Modality {
		case text.Planned:
			b.WriteString("to " + base)
		case text.Possible:
			b.WriteString("may " + base)
		case text.Negated:
			if plural {
				b.WriteString("do not " + base)
			} else {
				b.WriteString("does not " + base)
			}
		default:
			if plural {
				b.WriteString(base)
			} else {
				b.WriteString(third)
			}
		}
		if e.Theme != "" {
			b.WriteString(" " + e.Theme) // "start activities"
		}
		if len(obj) > 0 {
			b.WriteString(" " + join(obj))
		} else if objText != "" {
			b.WriteString(" " + objText)
		} else if e.open && !direct && len(to) == 0 {
			if k := x.keyOblique(e); k != "" {
				b.WriteString(" " + k) // "files for bankruptcy"
			}
		}
		if len(to) > 0 {
			b.WriteString(" to " + join(to)) // "apologizes to Erdogan"
		}
		if len(with) > 0 {
			b.WriteString(" with " + join(with))
		}
	}
	// Places taken as objects ("visit Russia", "seized the islands") come
	// first, then places by their preposition.
	var directs []string
	byPrep := map[string][]string{}
	var preps []string
	for i, p := range e.Places {
		pr := e.placePrep[p]
		if pr == "" {
			directs = append(directs, places[i])
			continue
		}
		if pr == "at" || pr == "inside" {
			pr = "in"
		}
		if byPrep[pr] == nil {
			preps = append(preps, pr)
		}
		byPrep[pr] = append(byPrep[pr], places[i])
	}
	if len(directs) > 0 {
		b.WriteString(" " + join(directs))
	}
	for _, pr := range preps {
		b.WriteString(" " + pr + " " + join(byPrep[pr]))
	}
	s := b.String()
	if s != "" {
		s = strings.ToUpper(s[:1]) + s[1:]
	}
	return s
}

func verbFor(e *ev) (string, string) {
	if e.standalone && e.Lemma == "take" {
		// "took the islands" reads as a seizure; "hosted", "held" keep
		// their own verb.
		if v, ok := kindVerb[e.Kind]; ok {
			return v[0], v[1]
		}
	}
	if e.pastOnly {
		return e.Lemma, strings.ToLower(e.Text) // "Horizon sank", not "sanks"
	}
	if !e.trig.Noun {
		return e.Lemma, thirdPerson(e.Lemma)
	}
	if v, ok := kindVerb[e.Kind]; ok {
		return v[0], v[1]
	}
	l := e.Lemma
	if e.trig.Noun {
		return "hold " + l, "holds " + l
	}
	return l, thirdPerson(l)
}

func thirdPerson(v string) string {
	switch v {
	case "have":
		return "has"
	case "be":
		return "is"
	case "do":
		return "does"
	}
	switch {
	case strings.HasSuffix(v, "y") && len(v) > 2 && !strings.ContainsRune("aeiou", rune(v[len(v)-2])):
		return v[:len(v)-1] + "ies"
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "o"):
		return v + "es"
	}
	return v + "s"
}

// short is the name a summary uses: a person's surname, else the name.
// The surname is the one word of the name the article uses alone ("Xi"
// for Xi Jinping, whose family name comes first; "Putin"); when it uses
// none, the last word.
func (x *extractor) short(id string) string {
	e := x.ents[id]
	if e == nil {
		return id
	}
	switch e.Type {
	case entity.Person:
		f := strings.Fields(e.Name)
		if len(f) > 1 {
			last := f[len(f)-1]
			alone := ""
			for _, m := range e.Mentions {
				if m.Text == last {
					return last
				}
				if alone == "" && slices.Contains(f[:len(f)-1], m.Text) {
					alone = m.Text
				}
			}
			if alone != "" {
				return alone
			}
			return last
		}
	case entity.Organization:
		// "APEC" reads better than "Asia-Pacific Economic Cooperation".
		for _, m := range e.Mentions {
			if m.Kind == "acronym" && len(m.Text) < len(e.Name) {
				return m.Text
			}
		}
	}
	return e.Name
}

func join(ns []string) string {
	switch len(ns) {
	case 0:
		return ""
	case 1:
		return ns[0]
	case 2:
		return ns[0] + " and " + ns[1]
	}
	return strings.Join(ns[:len(ns)-1], ", ") + " and " + ns[len(ns)-1]
}
