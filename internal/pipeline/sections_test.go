package pipeline

import (
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/event"
)

func TestSectionSpans(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		size       int
		want       []string
	}{
		{"short", "One. Two.", 100, []string{"One. Two."}},
		{"blank line", "Aaaa bbbb.\n\nCccc dddd.\n\nEeee.", 12, []string{"Aaaa bbbb.\n\n", "Cccc dddd.\n\n", "Eeee."}},
		{"line break", "Aaaa bbbb.\nCccc dddd.\nEeee.", 12, []string{"Aaaa bbbb.\n", "Cccc dddd.\n", "Eeee."}},
		{"sentence end", "Aaaa bbbb. Cccc dddd. Eeee ffff.", 12, []string{"Aaaa bbbb. ", "Cccc dddd. ", "Eeee ffff."}},
		{"space", "aaaa bbbb cccc dddd", 10, []string{"aaaa bbbb ", "cccc dddd"}},
		{"one character too long", "é", 1, []string{"é"}},
		{"no break, runes kept whole", "ééééé", 5, []string{"éé", "éé", "é"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := &document.Document{Text: tc.text}
			var got []string
			for _, sec := range sectionSpans(doc, tc.size) {
				var b strings.Builder
				for _, sp := range sec {
					b.WriteString(tc.text[sp.Start:sp.End])
				}
				got = append(got, b.String())
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("sections %q, want %q", got, tc.want)
			}
		})
	}
}

// TestSectionedDocument processes a long document (our three articles,
// several times over) in sections and whole: the sentences, dates and
// entities are the same, and every reference in the merged result points
// at something that exists.
func TestSectionedDocument(t *testing.T) {
	var parts []string
	for _, f := range []string{"lehman-bankruptcy-2008.txt", "bp-hayward-2010.txt", "israel-turkey-apology-2013.txt"} {
		b, err := os.ReadFile("testdata/articles/" + f)
		if err != nil {
			t.Fatal(err)
		}
		parts = append(parts, strings.TrimSpace(string(b)))
	}
	all := strings.Join(parts, "\n\n")
	txt := all + "\n\n" + all
	doc := &document.Document{ID: "long", Text: txt, DCT: time.Date(2013, 3, 25, 0, 0, 0, 0, time.UTC)}
	whole := processSized(doc, true, len(txt)+1)
	sect := processSized(doc, false, len(parts[0])+10)
	if n := len(sectionSpans(doc, len(parts[0])+10)); n < 4 {
		t.Fatalf("%d sections, want at least 4", n)
	}

	spans := func(r *Result) (out []document.Span) {
		for _, s := range r.Sentences {
			out = append(out, s.Span)
		}
		return out
	}
	if !slices.Equal(spans(whole), spans(sect)) {
		t.Errorf("sentences differ: %d whole, %d in sections", len(whole.Sentences), len(sect.Sentences))
	}
	for i, s := range sect.Sentences {
		if s.Index != i || s.Tokens != nil {
			t.Fatalf("sentence %d: index %d, %d tokens kept", i, s.Index, len(s.Tokens))
		}
	}
	if sect.Syntax != nil {
		t.Error("trees kept")
	}
	kept := processSized(doc, true, len(parts[0])+10)
	if len(kept.Syntax) != len(kept.Sentences) || kept.Sentences[len(kept.Sentences)-1].Tokens == nil {
		t.Errorf("keep: %d trees for %d sentences", len(kept.Syntax), len(kept.Sentences))
	}
	tspans := func(r *Result) (out []string) {
		for _, x := range r.Timexes {
			out = append(out, x.ID+" "+x.Text)
		}
		return out
	}
	if w, s := tspans(whole), tspans(sect); !slices.Equal(w, s) {
		t.Errorf("timexes differ:\nwhole    %q\nsections %q", w, s)
	}
	names := func(r *Result) (out []string) {
		for _, e := range r.Entities {
			out = append(out, e.ID+" "+e.Type+" "+e.Name)
		}
		return out
	}
	if w, s := names(whole), names(sect); !slices.Equal(w, s) {
		t.Errorf("entities differ:\nwhole    %q\nsections %q", w, s)
	}

	checkRefs(t, sect)
	if len(sect.Events) == 0 || len(sect.Mentions) == 0 {
		t.Fatalf("%d events, %d mentions", len(sect.Events), len(sect.Mentions))
	}
}

// checkRefs checks that every reference of a result points at something
// that exists: sentences hold their events' triggers, timex, entity and
// host IDs are defined, event IDs run ev1, ev2, ...
func checkRefs(t *testing.T, r *Result) {
	t.Helper()
	ents := map[string]bool{}
	for _, e := range r.Entities {
		ents[e.ID] = true
	}
	tids := map[string]bool{}
	for _, x := range r.Timexes {
		tids[x.ID] = true
	}
	for _, e := range r.Entities {
		if e.PartOf != "" && !ents[e.PartOf] {
			t.Errorf("%s part of unknown %q", e.ID, e.PartOf)
		}
	}
	evs := map[string]bool{}
	for _, e := range r.Events {
		evs[e.ID] = true
	}
	check := func(e event.Event) {
		if e.Sentence < 0 || e.Sentence >= len(r.Sentences) || !r.Sentences[e.Sentence].Span.Contains(e.Trigger) {
			t.Errorf("%s %q: sentence %d does not hold the trigger", e.ID, e.Text, e.Sentence)
		}
		if e.TimexID != "" && !tids[e.TimexID] {
			t.Errorf("%s: unknown timex %q", e.ID, e.TimexID)
		}
		if e.Host != "" && !evs[e.Host] {
			t.Errorf("%s: unknown host %q", e.ID, e.Host)
		}
		for _, p := range e.Participants {
			if !ents[p.Entity] {
				t.Errorf("%s: unknown participant %q", e.ID, p.Entity)
			}
		}
		for _, p := range e.Places {
			if !ents[p] {
				t.Errorf("%s: unknown place %q", e.ID, p)
			}
		}
	}
	for i, e := range r.Events {
		if want := "ev" + strconv.Itoa(i+1); e.ID != want {
			t.Errorf("event %d has ID %s", i, e.ID)
		}
		check(e)
	}
	for _, e := range r.Mentions {
		check(e)
	}
}

// FuzzProcess runs every stage, whole and in sections of 64 bytes, over
// any text: nothing panics and every reference holds.
func FuzzProcess(f *testing.F) {
	for _, s := range []string{"Putin met Abe in Danang on Friday.", "LONDON (Reuters) - Police arrested two men on Sunday.\n\nThe company said it would pay $4.2 billion.",
		"Apple sued Samsung in April. The shooting was on Oct. 23.", "Microsoft releases new software, hires 200 engineers\n\nIt hired them.", "a\n\nb\n\nc", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4096 {
			return
		}
		doc := &document.Document{ID: "fuzz", Text: s, DCT: time.Date(2013, 3, 22, 0, 0, 0, 0, time.UTC)}
		checkRefs(t, Process(doc))
		doc2 := &document.Document{ID: "fuzz", Text: s, DCT: time.Date(2013, 3, 22, 0, 0, 0, 0, time.UTC)}
		checkRefs(t, processSized(doc2, false, 64))
	})
}
