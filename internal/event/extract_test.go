package event

import (
	"strings"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/entity"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/timex"
)

type result struct {
	doc   *document.Document
	ents  []entity.Entity
	evs   []Event
	names map[string]string
}

// extract runs the stages on s; phrases stand in for the timex stage.
func extract(s string, phrases ...[3]string) result {
	doc := &document.Document{ID: "t", Text: s, DCT: time.Date(2021, 3, 10, 0, 0, 0, 0, time.UTC)}
	sents := text.Segment(doc)
	tx := fakeTimexes(doc, sents, phrases)
	ents := entity.Recognize(doc, sents, tx)
	r := result{doc: doc, ents: ents, evs: Extract(doc, sents, tx, ents), names: map[string]string{}}
	for _, e := range ents {
		r.names[e.ID] = e.Name
	}
	return r
}

// find returns the first event whose trigger text is trig.
func (r result) find(trig string) *Event {
	for i := range r.evs {
		if r.evs[i].Text == trig {
			return &r.evs[i]
		}
	}
	return nil
}

func (r result) parts(e *Event) string {
	var ps []string
	for _, p := range e.Participants {
		ps = append(ps, r.names[p.Entity]+":"+p.Role)
	}
	return strings.Join(ps, ",")
}

func (r result) places(e *Event) string {
	var ps []string
	for _, p := range e.Places {
		ps = append(ps, r.names[p])
	}
	return strings.Join(ps, ",")
}

func TestExtractTable(t *testing.T) {
	cases := []struct {
		text     string
		phrases  [][3]string
		trigger  string
		kind     string
		class    string
		parts    string
		places   string
		value    string
		modality string
		summary  string
	}{
		{"Prime Minister Jacinda Ardern plans to visit Canada in June.", [][3]string{{"June", timex.Date, "2021-06"}},
			"visit", "visit", Occurrence, "Jacinda Ardern:agent", "Canada", "2021-06", text.Planned, "Ardern to visit Canada"},
		{"Rebel forces seized the town of Kidal in 2012, officials said.", [][3]string{{"2012", timex.Date, "2012"}},
			"seized", "seizure", Occurrence, "", "Kidal", "2012", text.Actual, ""},
		{"Mr. Tanaka met Mr. Okafor in Geneva on Monday.", [][3]string{{"Monday", timex.Date, "2021-03-08"}},
			"met", "meeting", Occurrence, "Tanaka:agent,Okafor:patient", "Geneva", "2021-03-08", text.Actual, ""},
		{"Chancellor Olaf Scholz held talks with President Emmanuel Macron in Paris.", nil,
			"talks", "talks", Occurrence, "Olaf Scholz:agent,Emmanuel Macron:with", "Paris", "", text.Actual, "Scholz and Macron hold talks in Paris"},
		{"President Ana Lima said on Friday that Maria Costa will visit Rome in July.", [][3]string{{"Friday", timex.Date, "2021-03-05"}, {"July", timex.Date, "2021-07"}},
			"said", "statement", Reporting, "Ana Lima:speaker", "", "2021-03-05", text.Actual, "Lima says"},
		{"President Ana Lima said on Friday that Maria Costa will visit Rome in July.", [][3]string{{"Friday", timex.Date, "2021-03-05"}, {"July", timex.Date, "2021-07"}},
			"visit", "visit", Occurrence, "Maria Costa:agent", "Rome", "2021-07", text.Planned, "Costa to visit Rome"},
		{"Iran did not sign the agreement in Vienna.", nil,
			"sign", "signing", Occurrence, "Iran:agent", "Vienna", "", text.Negated, ""},
		{"Minister Ewa Nowak may visit Warsaw.", nil,
			"visit", "visit", Occurrence, "Ewa Nowak:agent", "Warsaw", "", text.Possible, ""},
		{"The islands were seized by the Soviet Union in 1945.", [][3]string{{"1945", timex.Date, "1945"}},
			"seized", "seizure", Occurrence, "Soviet Union:agent", "", "1945", text.Actual, ""},
		{"When Mr. Tanaka and Mr. Okafor met in Lisbon in January, both sides agreed to expand trade.", [][3]string{{"January", timex.Date, "2021-01"}},
			"agreed", "agreement", IAction, "Tanaka:agent,Okafor:agent", "", "2021-01", text.Actual, ""},
		{"Earlier that week, on Tuesday, President Ana Lima hosted Chancellor Olaf Scholz in Lisbon.", [][3]string{{"that week", timex.Date, "2021-W09"}, {"Tuesday", timex.Date, "2021-03-02"}},
			"hosted", "meeting", Occurrence, "Ana Lima:agent,Olaf Scholz:patient", "Lisbon", "2021-03-02", text.Actual, "Lima hosts Scholz in Lisbon"},
		{"Minister Ewa Nowak intends to travel to Canada in June.", [][3]string{{"June", timex.Date, "2021-06"}},
			"travel", "visit", Occurrence, "Ewa Nowak:agent", "Canada", "2021-06", text.Planned, "Nowak to travel to Canada"},
		{"Rebel troops took the port of Kidal in 2012.", [][3]string{{"2012", timex.Date, "2012"}},
			"took", "seizure", Occurrence, "", "Kidal", "2012", text.Actual, ""},
	}
	for _, c := range cases {
		r := extract(c.text, c.phrases...)
		e := r.find(c.trigger)
		if e == nil {
			t.Errorf("%q: no event %q", c.text, c.trigger)
			continue
		}
		if e.Kind != c.kind || e.Class != c.class {
			t.Errorf("%q: %s kind/class %s/%s, want %s/%s", c.text, c.trigger, e.Kind, e.Class, c.kind, c.class)
		}
		if c.parts != "" && r.parts(e) != c.parts {
			t.Errorf("%q: %s participants %q, want %q", c.text, c.trigger, r.parts(e), c.parts)
		}
		if r.places(e) != c.places {
			t.Errorf("%q: %s places %q, want %q", c.text, c.trigger, r.places(e), c.places)
		}
		if timeOf(e) != c.value {
			t.Errorf("%q: %s time %q, want %q", c.text, c.trigger, e.Value, c.value)
		}
		if e.Modality != c.modality {
			t.Errorf("%q: %s modality %q, want %q", c.text, c.trigger, e.Modality, c.modality)
		}
		if c.summary != "" && e.Summary != c.summary {
			t.Errorf("%q: %s summary %q, want %q", c.text, c.trigger, e.Summary, c.summary)
		}
	}
}

func TestLemmas(t *testing.T) {
	for w, want := range map[string]string{"met": "meet", "said": "say", "agreed": "agree", "planned": "plan", "occupied": "occupy",
		"seizes": "seize", "visits": "visit", "talks": "talks", "sanctions": "sanction", "tests": "test", "meeting": "meeting"} {
		found := false
		for _, tr := range Lookup(w) {
			if tr.Lemma == want {
				found = true
			}
		}
		if !found {
			t.Errorf("Lookup(%q) = %v, want lemma %q", w, Lookup(w), want)
		}
	}
	if len(Lookup("table")) != 0 {
		t.Errorf("Lookup(table) should be empty")
	}
}

func TestMeetingCoreference(t *testing.T) {
	r := extract("Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Monday. The meeting lasted two hours. "+
		"Scholz later held a separate meeting with Prime Minister Mark Rutte. Their meeting was brief. "+
		"Macron said the Scholz-Macron meeting was useful.", [3]string{"Monday", timex.Date, "2021-03-08"})
	var meets []*Event
	for i := range r.evs {
		if r.evs[i].Kind == "meeting" {
			meets = append(meets, &r.evs[i])
		}
	}
	if len(meets) != 2 {
		for _, e := range r.evs {
			t.Logf("%s %q %s corefs=%d parts=%s", e.ID, e.Text, e.Kind, len(e.Corefs), r.parts(&e))
		}
		t.Fatalf("got %d meeting events, want 2 (Scholz-Macron, Scholz-Rutte)", len(meets))
	}
	if len(meets[0].Corefs) != 2 || meets[0].Value != "2021-03-08" {
		t.Errorf("first meeting: corefs %d value %q, want 2 and 2021-03-08", len(meets[0].Corefs), meets[0].Value)
	}
	if len(meets[1].Corefs) != 1 || !strings.Contains(r.parts(meets[1]), "Mark Rutte") {
		t.Errorf("second meeting: corefs %d parts %s", len(meets[1].Corefs), r.parts(meets[1]))
	}
}

func TestTimeNotStolen(t *testing.T) {
	// "on Tuesday" dates the visit, not the report in the other clause.
	r := extract("Officials said that Minister Ewa Nowak visited Kyiv on Tuesday.", [3]string{"Tuesday", timex.Date, "2021-03-09"})
	if e := r.find("said"); e == nil || e.TimexID != "" || e.DateFrom != DateDocument {
		t.Errorf("said: %+v", e)
	}
	if e := r.find("visited"); e == nil || e.Value != "2021-03-09" {
		t.Errorf("visited: %+v", e)
	}
}

func TestSeedEvents(t *testing.T) {
	doc := seedDoc(t, true)
	sents := text.Segment(doc)
	t.Run("fake-timexes", func(t *testing.T) { checkSeed(t, doc, sents, fakeTimexes(doc, sents, seedPhrases)) })
	t.Run("timex.Tag", func(t *testing.T) { checkSeed(t, doc, sents, timex.Tag(doc, sents)) })
}

func checkSeed(t *testing.T, doc *document.Document, sents []text.Sentence, tx []timex.Timex) {
	ents := entity.Recognize(doc, sents, tx)
	evs := Extract(doc, sents, tx, ents)
	names := map[string]string{}
	for _, e := range ents {
		names[e.ID] = e.Name
	}
	has := func(e Event, who ...string) bool {
		for _, w := range who {
			ok := false
			for _, p := range e.Participants {
				if names[p.Entity] == w {
					ok = true
				}
			}
			for _, p := range e.Places {
				if names[p] == w {
					ok = true
				}
			}
			if !ok {
				return false
			}
		}
		return true
	}
	want := []struct {
		kind, value, modality string
		who                   []string
	}{
		{"seizure", "1945", text.Actual, []string{"Soviet Union", "Etorofu"}},
		{"talks", "2017-09", text.Actual, []string{"Shinzo Abe", "Vladimir Putin", "Vladivostok"}},
		{"meeting", "2017-11-06", text.Actual, []string{"Shinzo Abe", "Donald Trump", "Tokyo"}},
		{"meeting", "2017-11-10TNI", text.Actual, []string{"Shinzo Abe", "Vladimir Putin", "Danang"}},
		{"statement", "2017-11-11|2017-11-04", text.Actual, []string{"Vladimir Putin"}},
		{"start", "2018-SP", text.Planned, []string{"Shinzo Abe", "Vladimir Putin"}},
		{"visit", "2018-05", text.Planned, []string{"Shinzo Abe", "Russia"}},
	}
	for _, w := range want {
		found := false
		for _, e := range evs {
			if e.Kind == w.kind && strings.Contains("|"+w.value+"|", "|"+e.Value+"|") && e.Modality == w.modality && has(e, w.who...) {
				found = true
			}
		}
		if !found {
			t.Errorf("seed: no %s event at %s (%s) with %v", w.kind, w.value, w.modality, w.who)
		}
	}
	// The Friday meeting is one event, referred to again several times.
	for _, e := range evs {
		if e.Kind == "meeting" && e.Value == "2017-11-10TNI" && len(e.Corefs) < 3 {
			t.Errorf("seed: Friday meeting has %d corefs, want >= 3", len(e.Corefs))
		}
	}
}

func FuzzRecognizeExtract(f *testing.F) {
	for _, s := range []string{"", "Abe met Putin in Tokyo on Monday. The meeting, their 20th, was held between him and Abe.",
		"“said” , , which who when", "Mr. Tanaka-Smith said. . The talks", "\xff\xfe said met", "They agreed to agree to meet."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		doc := &document.Document{Text: s, DCT: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)}
		sents := text.Segment(doc)
		tx := timex.Tag(doc, sents)
		ents := entity.Recognize(doc, sents, tx)
		for _, e := range ents {
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(s) || m.Start >= m.End || s[m.Start:m.End] != m.Text {
					t.Fatalf("bad mention %+v in %q", m, s)
				}
			}
		}
		ids := map[string]bool{}
		for _, e := range ents {
			ids[e.ID] = true
		}
		for _, e := range Extract(doc, sents, tx, ents) {
			if e.Trigger.Start < 0 || e.Trigger.End > len(s) || e.Trigger.Start >= e.Trigger.End || e.Sentence < 0 || e.Sentence >= len(sents) {
				t.Fatalf("bad event %+v in %q", e, s)
			}
			for _, c := range e.Corefs {
				if c.Start < 0 || c.End > len(s) {
					t.Fatalf("bad coref %v", c)
				}
			}
			for _, p := range e.Participants {
				if !ids[p.Entity] {
					t.Fatalf("unknown participant %s", p.Entity)
				}
			}
		}
	})
}

func benchDoc() (*document.Document, []text.Sentence, []entity.Entity) {
	var b strings.Builder
	for b.Len() < 200_000 {
		b.WriteString("Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Monday, officials said. The meeting lasted two hours. ")
		b.WriteString("Scholz plans to visit Warsaw in May. When the two leaders held talks in Berlin in January, both sides agreed to expand trade.\n\n")
		b.WriteString("The islands were seized by the Soviet Union in 1945. Iran did not sign the agreement in Vienna, the ministry said.\n\n")
	}
	doc := &document.Document{Text: b.String(), DCT: time.Date(2021, 3, 10, 0, 0, 0, 0, time.UTC)}
	sents := text.Segment(doc)
	return doc, sents, entity.Recognize(doc, sents, nil)
}

func BenchmarkExtract(b *testing.B) {
	doc, sents, ents := benchDoc()
	b.SetBytes(int64(len(doc.Text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Extract(doc, sents, nil, ents)
	}
}

// timeOf is an event's date from a time expression of the text; a date
// from the document's own (DateFrom DateDocument: the news lead, a report)
// is told apart, as none of the text's.
func timeOf(e *Event) string {
	if e.DateFrom == DateDocument {
		return ""
	}
	return e.Value
}

// A name written family name first keeps its family name as the short
// one: "Tsai Ing-wen" is Tsai, "Hui Ka Yan" is Hui; "Mary Ann Lee" and
// "George H. W. Bush" are not so written.
func TestFamilyFirst(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"Tsai Ing-wen", true}, {"Moon Jae-in", true}, {"Hui Ka Yan", true},
		{"Mary Ann Lee", false}, {"George H. W. Bush", false}, {"Jean-Paul Sartre", false}, {"Anna Berg", false},
	} {
		if got := familyFirst(strings.Fields(c.name)); got != c.want {
			t.Errorf("familyFirst(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}
