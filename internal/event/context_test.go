package event

import (
	"testing"

	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/timex"
)

// TestEventLinks covers the links between events: the gathering an event
// took place at (and its place), the relation of an event to its time,
// parties inherited from a same-day meeting or an agreement, "the two
// countries", preparations and what they are for, aspectual verbs with
// their event noun. Sentences are our own.
func TestEventLinks(t *testing.T) {
	d := func(s, v string) [3]string { return [3]string{s, timex.Date, v} }
	cases := []struct {
		name     string
		text     string
		phrases  [][3]string
		trigger  string
		parts    string // "" = not checked; "-" = none
		places   string
		value    string
		rel      string
		modality string
		summary  string
		hosted   bool // Host is set
	}{
		{"host place from a later sentence", "President Ana Lima met Chancellor Olaf Scholz on the sidelines of the NATO summit on Tuesday. The summit was held in Vilnius, Lithuania.",
			[][3]string{d("Tuesday", "2021-03-09")}, "met", "Ana Lima:agent,Olaf Scholz:patient", "Vilnius", "2021-03-09", "", text.Actual, "Lima meets Scholz in Vilnius", true},
		{"host mentions are one gathering; the city inside the country wins", "An EU summit in Portugal opened on Friday. Chancellor Olaf Scholz told reporters at a news conference in the Portuguese city of Porto, where the EU summit was held, that he had met Prime Minister Mark Rutte during the summit.",
			[][3]string{d("Friday", "2021-03-05")}, "met", "Olaf Scholz:agent,Mark Rutte:patient", "Porto", "", "", text.Actual, "", true},
		{"a gathering named after its organization", "Chancellor Olaf Scholz spoke to President Ana Lima ahead of an EU Summit in Porto.",
			nil, "Summit", "", "Porto", "", "", text.Actual, "EU holds a summit in Porto", false},
		{"after a time, negated", "Iran and Iraq never formally ended their hostilities after 1988.",
			[][3]string{d("1988", "1988")}, "ended", "Iran:agent,Iraq:agent", "", "1988", TimeAfter, text.Negated, "Iran and Iraq do not end hostilities", false},
		{"dating back to", "A border dispute dating back to 1962 remains.",
			[][3]string{d("1962", "1962")}, "dispute", "-", "", "1962", TimeSince, text.Actual, "", false},
		{"before", "Minister Ewa Nowak will visit Rome before May.",
			[][3]string{d("May", "2021-05")}, "visit", "Ewa Nowak:agent", "Rome", "2021-05", TimeBefore, text.Planned, "", false},
		{"until", "The protests continued until January.",
			[][3]string{d("January", "2021-01")}, "protests", "-", "", "2021-01", TimeUntil, text.Actual, "", false},
		{"by", "Officials expect to sign the accord by December.",
			[][3]string{d("December", "2021-12")}, "sign", "", "", "2021-12", TimeBy, text.Planned, "", false},
		{"since", "Sanctions against the regime have been in force since 2014.",
			[][3]string{d("2014", "2014")}, "Sanctions", "", "", "2014", TimeSince, text.Actual, "", false},
		{"a same-day agreement is between the meeting's parties", "Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Monday. A spokesman said an agreement had also been reached on Monday to speed up preparations “toward June” for launching a joint satellite.",
			[][3]string{d("Monday", "2021-03-08"), d("June", "2021-06")}, "agreement", "Olaf Scholz:with,Emmanuel Macron:with", "Paris", "2021-03-08", "", text.Actual, "Scholz and Macron agree in Paris", false},
		{"what a preparation is for takes its target time", "Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Monday. A spokesman said an agreement had also been reached on Monday to speed up preparations “toward June” for launching a joint satellite.",
			[][3]string{d("Monday", "2021-03-08"), d("June", "2021-06")}, "launching", "Olaf Scholz:agent,Emmanuel Macron:agent", "", "2021-06", "", text.Planned, "Scholz and Macron to launch a joint satellite", false},
		{"the preparation itself is not dated by its target", "Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Monday. A spokesman said an agreement had also been reached on Monday to speed up preparations “toward June” for launching a joint satellite.",
			[][3]string{d("Monday", "2021-03-08"), d("June", "2021-06")}, "preparations", "", "", "", "", text.Planned, "", false},
		{"no meeting that day: no parties", "Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Monday. A spokesman said an agreement had been reached on Tuesday.",
			[][3]string{d("Monday", "2021-03-08"), d("Tuesday", "2021-03-09")}, "agreement", "-", "", "2021-03-09", "", text.Actual, "", false},
		{"the two countries named as a pair", "Germany and France signed a treaty in 1963. President Emmanuel Macron met Chancellor Olaf Scholz in Paris on Monday. The two countries plan to launch a joint satellite.",
			[][3]string{d("Monday", "2021-03-08"), d("1963", "1963")}, "launch", "Germany:agent,France:agent", "", "", "", text.Planned, "Germany and France to launch a joint satellite", false},
		{"the time of a quote is not the attribution's", "“We will sign the accord in May,” Minister Ewa Nowak said.",
			[][3]string{d("May", "2021-05")}, "said", "Ewa Nowak:speaker", "", "2021-03-10", "", text.Actual, "Nowak says", false}, // the document's date: a report is dated the day it is written
		{"an aspectual verb and its event noun are one event", "The rebels ended their attacks in January.",
			[][3]string{d("January", "2021-01")}, "ended", "", "", "2021-01", "", text.Actual, "Rebels end attacks", false},
		{"kept from doing: did not happen", "The border dispute has prevented Iran and Iraq from signing a peace treaty.",
			nil, "signing", "", "", "", "", text.Negated, "", false},
		{"an attendee is not a party", "President Ana Lima met Chancellor Olaf Scholz on Monday. Maria Costa, who attended the meeting, gave a briefing.",
			[][3]string{d("Monday", "2021-03-08")}, "met", "Ana Lima:agent,Olaf Scholz:patient,Maria Costa:attendee", "", "2021-03-08", "", text.Actual, "Lima meets Scholz", false},
	}
	for _, c := range cases {
		r := extract(c.text, c.phrases...)
		e := r.find(c.trigger)
		if e == nil {
			t.Errorf("%s: no event %q", c.name, c.trigger)
			continue
		}
		if got := r.parts(e); c.parts == "-" && got != "" || c.parts != "" && c.parts != "-" && got != c.parts {
			t.Errorf("%s: participants %q, want %q", c.name, got, c.parts)
		}
		if r.places(e) != c.places {
			t.Errorf("%s: places %q, want %q", c.name, r.places(e), c.places)
		}
		byDocument := c.value == "" && e.DateFrom == DateDocument // no time of the text
		if !byDocument && (e.Value != c.value || e.TimeRelation != c.rel) {
			t.Errorf("%s: time %s%q, want %s%q", c.name, e.TimeRelation, e.Value, c.rel, c.value)
		}
		if e.Modality != c.modality {
			t.Errorf("%s: modality %q, want %q", c.name, e.Modality, c.modality)
		}
		if c.summary != "" && e.Summary != c.summary {
			t.Errorf("%s: summary %q, want %q", c.name, e.Summary, c.summary)
		}
		if (e.Host != "") != c.hosted {
			t.Errorf("%s: host %q, want set=%v", c.name, e.Host, c.hosted)
		}
	}
}

// TestAbsorbedNoun: the event noun an aspectual verb governs is not a
// separate event.
func TestAbsorbedNoun(t *testing.T) {
	r := extract("Iran and Iraq never formally ended their hostilities after 1988.", [3]string{"1988", timex.Date, "1988"})
	if e := r.find("hostilities"); e != nil {
		t.Errorf("hostilities is a separate event: %+v", e)
	}
}

// TestSeparateSummits: gatherings told apart keep their own places.
func TestSeparateSummits(t *testing.T) {
	r := extract("The EU summit in Porto ended on Friday. Chancellor Olaf Scholz met President Emmanuel Macron at another summit in Madrid.",
		[3]string{"Friday", timex.Date, "2021-03-05"})
	if e := r.find("met"); e == nil || r.places(e) != "Madrid" {
		t.Errorf("met: %+v", e)
	}
}

// TestStateActorsAndPhrases: a demonym before troops, officials or a
// government stands for the state; "both governments" are the countries
// of the latest meeting's parties; summaries without named actors or
// objects quote the clause's noun phrases. Sentences are our own.
func TestStateActorsAndPhrases(t *testing.T) {
	d := func(s, v string) [3]string { return [3]string{s, timex.Date, v} }
	cases := []struct {
		name, text string
		phrases    [][3]string
		trigger    string
		parts      string // "" = not checked; "-" = none
		summary    string
	}{
		{"demonym troops as the agent; the object phrase", "Ottoman troops took the fortress in 1521.",
			[][3]string{d("1521", "1521")}, "took", "Ottoman Empire:agent", "Ottoman Empire seizes the fortress"},
		{"demonym forces, partitive object", "Yugoslav forces occupied three of the villages near the border in 1991.",
			[][3]string{d("1991", "1991")}, "occupied", "Yugoslavia:agent", "Yugoslavia occupies three of the villages"},
		{"a named country's demonym government", "Germany and France signed a treaty. The French government announced new taxes on Monday.",
			[][3]string{d("Monday", "2021-03-08")}, "announced", "France:speaker", ""},
		{"a demonym before other nouns is no actor", "Chinese tourists visited the temple on Monday. China had opened its borders.",
			[][3]string{d("Monday", "2021-03-08")}, "visited", "-", "Chinese tourists visit the temple"},
		{"no agent: the object phrase and a participle", "The rebels fled. In 1990 the harbour was taken, and the old fortress was seized in May.",
			[][3]string{d("1990", "1990"), d("May", "1990-05")}, "seized", "-", "Old fortress seized"},
		{"both governments are the meeting's countries", "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Monday. Officials from both governments will meet again in June.",
			[][3]string{d("Monday", "2021-03-08"), d("June", "2021-06")}, "meet", "Germany:agent,France:agent", "Germany and France to meet"},
		{"a possessive subject is resolved", "Minister Ewa Nowak will travel to Rome in May, her office said.",
			[][3]string{d("May", "2021-05")}, "said", "", "Nowak's office says"},
		{"an event noun keeps its modifiers", "The islands are at the center of a territorial dispute.",
			nil, "dispute", "-", "Territorial dispute"},
		{"a planned passive object", "The old bridge will be captured in June.",
			[][3]string{d("June", "2021-06")}, "captured", "-", "Old bridge to be captured"},
	}
	for _, c := range cases {
		r := extract(c.text, c.phrases...)
		e := r.find(c.trigger)
		if e == nil {
			t.Errorf("%s: no event %q", c.name, c.trigger)
			continue
		}
		if got := r.parts(e); c.parts == "-" && got != "" || c.parts != "" && c.parts != "-" && got != c.parts {
			t.Errorf("%s: participants %q, want %q", c.name, got, c.parts)
		}
		if c.summary != "" && e.Summary != c.summary {
			t.Errorf("%s: summary %q, want %q", c.name, e.Summary, c.summary)
		}
	}
}
