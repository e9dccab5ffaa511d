// Package timelinetest builds hand-made pipeline results for the tests of
// the timeline, graph and output packages: a document from text written for
// the tests, with timexes, entities and events placed by finding their text.
package timelinetest

import (
	"fmt"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/entity"
	"github.com/chronicle-news/chronicle/internal/event"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/timex"
)

// Builder assembles one Result. Methods panic on text that is not in the
// document: fixtures are code, and a typo should fail loudly.
type Builder struct {
	R *pipeline.Result
}

// New starts a result for a plain-text document; dct is "YYYY-MM-DD" or "".
func New(id, dct, body string) *Builder {
	d := &document.Document{ID: id, Path: id, Format: "text", Text: body}
	if dct != "" {
		t, err := time.Parse("2006-01-02", dct)
		if err != nil {
			panic(err)
		}
		d.DCT, d.DCTSource = t, document.DCTFromFlag
	}
	r := &pipeline.Result{Doc: d}
	r.Sentences = text.Segment(d)
	return &Builder{R: r}
}

// Find returns the span of the n-th (0-based) occurrence of s.
func (b *Builder) Find(s string, n int) document.Span {
	from := 0
	for i := 0; ; i++ {
		k := strings.Index(b.R.Doc.Text[from:], s)
		if k < 0 {
			panic(fmt.Sprintf("timelinetest: %q (occurrence %d) not in %s", s, n, b.R.Doc.ID))
		}
		if i == n {
			return document.Span{Start: from + k, End: from + k + len(s)}
		}
		from += k + len(s)
	}
}

// SentenceOf returns the index of the sentence that holds sp.
func (b *Builder) SentenceOf(sp document.Span) int {
	for _, s := range b.R.Sentences {
		if s.Contains(sp) {
			return s.Index
		}
	}
	return -1
}

// Timex adds a timex for the first occurrence of txt.
func (b *Builder) Timex(txt, typ, value, mod string) string {
	sp := b.Find(txt, 0)
	id := fmt.Sprintf("t%d", len(b.R.Timexes)+1)
	b.R.Timexes = append(b.R.Timexes, timex.Timex{ID: id, Span: sp, Text: txt, Type: typ, Value: value, Mod: mod,
		Anchor: timex.AnchorDCT, Sentence: b.SentenceOf(sp)})
	return id
}

// Entity adds an entity whose mentions are every occurrence of each of the
// given surface forms (the first form is the canonical name).
func (b *Builder) Entity(typ, subtype string, forms ...string) string {
	id := fmt.Sprintf("e%d", len(b.R.Entities)+1)
	en := entity.Entity{ID: id, Type: typ, Subtype: subtype, Name: forms[0]}
	for i, f := range forms {
		if i > 0 {
			en.Aliases = append(en.Aliases, f)
		}
		for n := 0; strings.Count(b.R.Doc.Text, f) > n; n++ {
			sp := b.Find(f, n)
			en.Mentions = append(en.Mentions, entity.Mention{Span: sp, Text: f, Sentence: b.SentenceOf(sp)})
		}
	}
	b.R.Entities = append(b.R.Entities, en)
	return id
}

// Entities returns a pointer to the entity with the ID, for extra fields.
func (b *Builder) Entities(id string) *entity.Entity {
	for i := range b.R.Entities {
		if b.R.Entities[i].ID == id {
			return &b.R.Entities[i]
		}
	}
	panic("timelinetest: no entity " + id)
}

// Event adds an event on the n-th occurrence of trigger. Participants are
// given as entity ID / role pairs in ev.Participants; the caller fills the
// other fields of ev (Kind, Modality, TimexID, Value, Places, Summary).
func (b *Builder) Event(trigger string, n int, ev event.Event) string {
	sp := b.Find(trigger, n)
	ev.ID = fmt.Sprintf("ev%d", len(b.R.Events)+1)
	ev.Trigger = sp
	ev.Text = trigger
	if ev.Lemma == "" {
		ev.Lemma = strings.ToLower(trigger)
	}
	if ev.Class == "" {
		ev.Class = event.Occurrence
	}
	if ev.Modality == "" {
		ev.Modality = text.Actual
	}
	ev.Sentence = b.SentenceOf(sp)
	if ev.TimexID != "" && ev.Value == "" {
		for _, t := range b.R.Timexes {
			if t.ID == ev.TimexID {
				ev.Value = t.Value
			}
		}
	}
	b.R.Events = append(b.R.Events, ev)
	return ev.ID
}

// Awkward is the Result the writers' golden tests use: names with quotes,
// markup, backslashes, entity-like text and non-Latin scripts, written for
// the tests. Document "awkward.txt", DCT 2017-11-10.
func Awkward() *pipeline.Result {
	body := "Officials met in Đà Nẵng.\n\n" +
		"On Friday night, John \"Jack\" O'Neil met Anna <script>alert(1)</script> Smith in Đà Nẵng, Vietnam.\n\n" +
		"In 1945 the Red Army seized Итуруп.\n\n" +
		"In September, Back\\Slash & Co met the A&amp;B Group in Vladivostok.\n\n" +
		"O'Neil plans to visit Итуруп in May.\n\n" +
		"Nobody said when | pipes | would stop.\n"
	b := New("awkward.txt", "2017-11-10", body)
	tNight := b.Timex("Friday night", timex.Time, "2017-11-10TNI", "")
	t1945 := b.Timex("1945", timex.Date, "1945", "")
	tSep := b.Timex("September", timex.Date, "2017-09", "")
	tMay := b.Timex("May", timex.Date, "2018-05", "")

	jack := b.Entity(entity.Person, "", "John \"Jack\" O'Neil", "O'Neil")
	anna := b.Entity(entity.Person, "", "Anna <script>alert(1)</script> Smith")
	vn := b.Entity(entity.Location, "country", "Vietnam")
	danang := b.Entity(entity.Location, "city", "Đà Nẵng")
	b.Entities(danang).PartOf = vn
	b.Entities(danang).Container = "Vietnam"
	army := b.Entity(entity.Organization, "military", "Red Army")
	itu := b.Entity(entity.Location, "island", "Итуруп")
	b.Entities(itu).Container = "Russia"
	bs := b.Entity(entity.Organization, "company", "Back\\Slash & Co")
	ab := b.Entity(entity.Organization, "company", "A&amp;B Group")
	vlad := b.Entity(entity.Location, "city", "Vladivostok")

	b.Event("met", 1, event.Event{Kind: "meeting", TimexID: tNight, Summary: "O'Neil met \"Anna\" <script>",
		Participants: []event.Participant{{Entity: jack, Role: event.RoleAgent}, {Entity: anna, Role: event.RoleWith}},
		Places:       []string{danang}})
	b.Event("seized", 0, event.Event{Kind: "seizure", TimexID: t1945, Summary: "Red Army seized Итуруп",
		Participants: []event.Participant{{Entity: army, Role: event.RoleAgent}, {Entity: itu, Role: event.RolePatient}},
		Places:       []string{itu}})
	b.Event("met", 2, event.Event{Kind: "meeting", TimexID: tSep, Summary: "Back\\Slash & Co met A&amp;B",
		Participants: []event.Participant{{Entity: bs, Role: event.RoleAgent}, {Entity: ab, Role: event.RoleWith}},
		Places:       []string{vlad}})
	b.Event("visit", 0, event.Event{Kind: "visit", TimexID: tMay, Modality: text.Planned, Summary: "O'Neil to visit Итуруп\nsoon",
		Participants: []event.Participant{{Entity: jack, Role: event.RoleAgent}}, Places: []string{itu}})
	b.Event("met", 0, event.Event{Kind: "meeting", Summary: "officials met"})
	b.Event("stop", 0, event.Event{Kind: "end", Summary: "pipes | stop", Modality: text.Possible})
	return b.R
}
