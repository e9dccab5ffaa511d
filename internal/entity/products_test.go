package entity

import (
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/text"
)

// nameMentions lists the name mentions of the entities as "TYPE:text".
func nameMentions(es []Entity) []string {
	var out []string
	for _, e := range es {
		for _, m := range e.Mentions {
			if m.Kind == "name" || m.Kind == "alias" || m.Kind == "acronym" {
				out = append(out, e.Type+":"+m.Text)
			}
		}
	}
	return out
}

// Names next to titles, products, events and currencies: what is a name
// and what is not.
func TestNamesNotProductsEventsTitles(t *testing.T) {
	cases := []struct {
		text string
		want []string // "TYPE:mention text"
		not  []string // mention texts that must not be names
	}{
		{
			// A title is never part of a name: the company before it, the
			// person after it. A company's designator is part of its name.
			text: "Nokia Communications CEO Anna Berg said the company would open a store in Oslo.",
			want: []string{"ORGANIZATION:Nokia Communications", "PERSON:Anna Berg", "LOCATION:Oslo"},
			not:  []string{"CEO", "Nokia Communications CEO", "CEO Anna Berg", "Nokia"},
		},
		{
			// A title alone is no name.
			text: "The former Chief Operating Officer, Tim Cook, will take over as CEO of the firm in Austin.",
			want: []string{"PERSON:Tim Cook", "LOCATION:Austin"},
			not:  []string{"Chief Operating Officer", "CEO"},
		},
		{
			// Events named like organizations, and their acronyms.
			text: "Engineers met at the annual Lakeside Developers Conference (LDC) in Denver. The LDC ends on Friday.",
			want: []string{"LOCATION:Denver"},
			not:  []string{"Lakeside Developers Conference", "LDC", "Lakeside"},
		},
		{
			// Products, the capitals that go on a product's name, a maker's
			// name before a product.
			text: "The iPod Classic and the iTunes Music Store sold well in Brazil, while Microsoft Windows Vista and the Mac OS X Lion update lagged, Samsung said.",
			want: []string{"LOCATION:Brazil", "ORGANIZATION:Samsung"},
			not:  []string{"Classic", "Music Store", "Microsoft Windows", "Windows Vista", "Mac OS X Lion", "Lion", "Microsoft"},
		},
		{
			// Currency codes are no places.
			text: "The tablet costs $499 (USD) in Chile and US$520 in Peru.",
			want: []string{"LOCATION:Chile", "LOCATION:Peru"},
			not:  []string{"USD", "US"},
		},
	}
	for _, c := range cases {
		got := nameMentions(run(c.text))
		for _, w := range c.want {
			if !contains(got, w) {
				t.Errorf("%q: no %s in %v", c.text, w, got)
			}
		}
		for _, n := range c.not {
			for _, g := range got {
				if g[strings.IndexByte(g, ':')+1:] == n {
					t.Errorf("%q: %q is a name (%s)", c.text, n, g)
				}
			}
		}
	}
}

// The publisher the reader found on a byline outside the body becomes an
// organization with its mention there, merged with the same name in the
// text; entity IDs follow first mentions.
func TestPublisher(t *testing.T) {
	for _, body := range []string{
		"Ana Lima won the race in Lisbon on Sunday.",
		"Ana Lima told The Daily Planet she won the race in Lisbon.",
	} {
		byline := "  • , The Daily Planet\n\n"
		doc := &document.Document{ID: "t", Text: byline + body, Source: "The Daily Planet",
			Body: []document.Span{{Start: len(byline), End: len(byline) + len(body)}}}
		got := Recognize(doc, text.Segment(doc), nil)
		var pub *Entity
		for i := range got {
			if strings.Contains(got[i].Name, "Daily Planet") {
				pub = &got[i]
			}
		}
		if pub == nil {
			t.Errorf("%q: no publisher in %v", body, names(got))
			continue
		}
		if pub.Type != Organization || pub.ID != "e1" {
			t.Errorf("%q: publisher %s %s, want ORGANIZATION e1", body, pub.ID, pub.Type)
		}
		m := pub.Mentions[0]
		if doc.Text[m.Start:m.End] != "The Daily Planet" || m.Start > len(byline) || m.Sentence != -1 {
			t.Errorf("%q: first publisher mention %+v", body, m)
		}
		if strings.Contains(body, "Planet") && len(pub.Mentions) < 2 {
			t.Errorf("%q: the publisher named in the text is another entity: %v", body, names(got))
		}
		for i, e := range got {
			if e.ID != "e"+string(rune('1'+i)) {
				t.Errorf("%q: entity %d has ID %s", body, i, e.ID)
			}
		}
	}
	// No byline: nothing added.
	doc := &document.Document{ID: "t", Text: "Ana Lima won.", Source: "The Daily Planet"}
	for _, e := range Recognize(doc, text.Segment(doc), nil) {
		if strings.Contains(e.Name, "Planet") {
			t.Errorf("publisher without a byline: %+v", e)
		}
	}
}
