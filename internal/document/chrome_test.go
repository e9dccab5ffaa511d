package document

import (
	"strings"
	"testing"
)

// inBody reports whether the first occurrence of sub in the text lies in
// the body.
func inBody(t *testing.T, d *Document, sub string) bool {
	t.Helper()
	i := strings.Index(d.Text, sub)
	if i < 0 {
		t.Fatalf("%q not in text", sub)
	}
	return d.InBody(Span{i, i + len(sub)})
}

func TestChrome(t *testing.T) {
	const para1 = "The regional council agreed on Monday to rebuild the old stone bridge over the river."
	const para2 = "Work is expected to begin in the spring and to last for about eighteen months."
	cases := []struct {
		name          string
		text          string
		title, source string
		dct           string // YYYY-MM-DD or ""
		in, out       []string
	}{
		{
			name:  "seed-shaped header and tag list",
			text:  "print PRINT\n\nNEWS > Local Affairs\n\nCouncil agrees to rebuild the old stone bridge\n\n  • April 2, 2019\n  • , The River Gazette\n  • Town Edition\n\n" + para1 + "\n\n\n" + para2 + "\n  • Bridges\n  • Roads\n  • Budget 2019\n  • Most Read\n",
			title: "Council agrees to rebuild the old stone bridge", source: "The River Gazette", dct: "2019-04-02",
			in:  []string{"Council agrees to rebuild the old stone bridge", para1, para2},
			out: []string{"print PRINT", "NEWS > Local Affairs", "April 2, 2019", "The River Gazette", "Town Edition", "Bridges", "Roads", "Budget 2019", "Most Read"},
		},
		{
			name:  "byline with publisher, published preferred to updated",
			text:  "Home / News / Region\nCouncil agrees to rebuild the old stone bridge\nBy Tomas Berg, Valley Press\nUpdated: April 3, 2019 10:15\nPublished: April 2, 2019 08:00\nShare this article\n\n" + para1 + "\n\n" + para2 + "\n",
			title: "Council agrees to rebuild the old stone bridge", source: "Valley Press", dct: "2019-04-02",
			in:  []string{para1, para2},
			out: []string{"Home / News / Region", "By Tomas Berg", "Updated:", "Published:", "Share this article"},
		},
		{
			name:  "byline with a job title names no publisher",
			text:  "Council agrees to rebuild the old stone bridge\nBy Tomas Berg, Staff Writer\n2 April 2019\n\n" + para1 + "\n",
			title: "Council agrees to rebuild the old stone bridge", dct: "2019-04-02",
			out: []string{"By Tomas Berg"},
		},
		{
			name: "chrome inside the article and at its end",
			text: para1 + "\n\nAdvertisement\n\nRead more: Flood warnings issued for the lower valley\n\n" + para2 + "\n\nEmail Facebook Twitter\nTags: bridges, roads, council\n• Bridges • Roads • Council\n",
			in:   []string{para1, para2},
			out:  []string{"Advertisement", "Read more:", "Email Facebook Twitter", "Tags:", "• Bridges • Roads"},
		},
		{
			name:  "a plain article has no chrome",
			text:  "Bridge plans approved by the regional council\n\n" + para1 + "\n\n- The bridge is 200 years old.\n- It closed to traffic in 2015.\n\n" + para2 + "\n",
			title: "Bridge plans approved by the regional council",
			in:    []string{"Bridge plans approved", para1, "- The bridge is 200 years old.", para2},
		},
		{
			name:  "a list with no paragraph is left alone",
			text:  "Shopping list\nbread\nmilk\neggs\nPrint\n",
			title: "",
			in:    []string{"Shopping list", "bread", "eggs"},
			out:   []string{"Print"},
		},
		{
			name: "a date in the body is not a dateline",
			text: para1 + "\n\nThe contract was signed on 2 April 2019 in the town hall, officials said.\n",
			dct:  "",
			in:   []string{para1, "2 April 2019"},
		},
		{
			name: "a dateline below the first paragraph does not date the article",
			text: para1 + "\n\n" + para2 + "\n\nApril 2, 2019\n\n" + para1 + "\n",
			dct:  "",
			out:  []string{"April 2, 2019"},
		},
		{
			name:   "a long copyright line and a closing byline",
			text:   para1 + "\n\nBy Tomas Berg, Valley Press\n© 2019 The Valley Press Publishing Company Limited. All rights reserved.\n",
			source: "Valley Press",
			in:     []string{para1},
			out:    []string{"By Tomas Berg", "© 2019"},
		},
		{
			name: "a paragraph starting with By is no byline",
			text: para1 + "\n\nBy the end of the year, the council had spent most of its budget.\n",
			in:   []string{para1, "By the end of the year"},
		},
		{
			name:   "copyright line names the publisher",
			text:   para1 + "\n\n© 2019 The River Gazette. All rights reserved.\n",
			source: "The River Gazette",
			in:     []string{para1},
			out:    []string{"© 2019"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := readText([]byte(c.text))
			if d.Text != c.text {
				t.Fatal("plain text changed")
			}
			if d.Title != c.title {
				t.Errorf("title %q, want %q", d.Title, c.title)
			}
			if d.Source != c.source {
				t.Errorf("source %q, want %q", d.Source, c.source)
			}
			got := ""
			if d.HasDCT() {
				got = d.DCT.Format("2006-01-02")
				if d.DCTSource != DCTFromDateline || d.DCTSpan == nil {
					t.Errorf("DCT source %q span %v", d.DCTSource, d.DCTSpan)
				} else if _, ok := ParseDate(d.Text[d.DCTSpan.Start:d.DCTSpan.End]); !ok {
					t.Errorf("DCT span %q is not the date", d.Text[d.DCTSpan.Start:d.DCTSpan.End])
				}
			}
			if got != c.dct {
				t.Errorf("DCT %q, want %q", got, c.dct)
			}
			for _, s := range c.in {
				if !inBody(t, d, s) {
					t.Errorf("%q outside body %v", s, d.Body)
				}
			}
			for _, s := range c.out {
				if inBody(t, d, s) {
					t.Errorf("%q inside body %v", s, d.Body)
				}
			}
			checkBody(t, d)
		})
	}
}

// checkBody asserts the Body invariants: ordered, not overlapping, inside
// Text, on rune boundaries, never starting or ending in white space.
func checkBody(t *testing.T, d *Document) {
	t.Helper()
	prev := 0
	for _, b := range d.Body {
		if b.Start < prev || b.End <= b.Start || b.End > len(d.Text) {
			t.Fatalf("bad body span %v (prev end %d, text %d)", b, prev, len(d.Text))
		}
		s := d.Text[b.Start:b.End]
		if strings.TrimSpace(s) != s {
			t.Fatalf("body span %v has surrounding space: %q", b, s)
		}
		prev = b.End
	}
	if d.DCTSpan != nil && (d.DCTSpan.Start < 0 || d.DCTSpan.End > len(d.Text) || d.DCTSpan.Start > d.DCTSpan.End) {
		t.Fatalf("bad DCT span %v", d.DCTSpan)
	}
}

// A wire dateline opening the first paragraph dates the article when no
// header line does; a date elsewhere in a sentence does not.
func TestWireDateline(t *testing.T) {
	for _, c := range []struct {
		first, want string
	}{
		{"MOSCOW, March 20, 2023 -- Putin met Xi on Monday.", "2023-03-20"},
		{"MOSCOW, March 20, 2023 (Reuters) - Putin met Xi.", "2023-03-20"},
		{"Moscow, 20 March 2023 - Putin met Xi.", "2023-03-20"},
		{"WASHINGTON, D.C., March 20, 2023 (AP) -- Biden spoke.", "2023-03-20"},
		{"SÃO PAULO, May 2, 2019 — Markets fell.", "2019-05-02"},
		// Places joined by a slash; a double dash before the date.
		{"PITTSBURGH/CHICAGO, March 25, 2015 (Reuters) - Two food makers agreed to merge.", "2015-03-25"},
		{"BELFAST, Northern Ireland -- April 10, 1998 -- The parties reached a deal.", "1998-04-10"},
		{"LONDON -- June 5, 2012 -- Markets rose.", "2012-06-05"},
		{"The deal -- March 20, 2023 -- was signed.", ""},
		{"TOKYO, Nov 10 (Reuters) - No year, no date.", ""},
		// The place on a line of its own above, the date opening the paragraph.
		{"NAIROBI\nMay 4, 2018 (AP) — Floods cut the road.", "2018-05-04"},
		{"Feb. 9, 2021 - Markets fell.", "2021-02-09"},
		{"In 2023, March 20 was a Monday - and more.", ""},
		{"March 20, 2023 was a Monday - and more.", ""},
		{"The deal, March 20, 2023 - was signed.", ""},
		{"Officials said on March 20, 2023 - a Monday - that talks went well.", ""},
	} {
		d, err := ReadReader("wire.txt", strings.NewReader("A headline for the story\n\n"+c.first+" It was a long day for everyone at the talks.\n"), Options{})
		if err != nil || len(d) != 1 {
			t.Fatalf("%q: %v", c.first, err)
		}
		got := ""
		if d[0].HasDCT() {
			got = d[0].DCT.Format("2006-01-02")
			if d[0].DCTSource != DCTFromDateline || d[0].DCTSpan == nil {
				t.Errorf("%q: source %q span %v", c.first, d[0].DCTSource, d[0].DCTSpan)
			}
		}
		if got != c.want {
			t.Errorf("%q: DCT %q, want %q", c.first, got, c.want)
		}
	}
}

// A line of a place and a date ("LONDON 1996-08-30") dates the article and
// stays in its text, so that the place is read as one.
func TestPlaceDateline(t *testing.T) {
	for _, c := range []struct {
		line, want string
	}{
		{"LONDON 1996-08-30", "1996-08-30"},
		{"WASHINGTON, Aug 30, 1996", "1996-08-30"},
		{"NEW YORK 1996-08-30", "1996-08-30"},
		{"LEEDS, England 1996-08-31", "1996-08-31"},
		// Tokens written out as text put a space before the comma.
		{"LEEDS , England 1996-08-31", "1996-08-31"},
		// A wire dateline set on a line of its own keeps its dash.
		{"OSLO, March 3, 2019 -", "2019-03-03"},
		{"Lima, Peru, Jan. 9, 2020 —", "2020-01-09"},
		// A country of several words, an agency after the date.
		{"MOKPO, South Korea, April 9, 2017 -", "2017-04-09"},
		{"SANTA ANA, El Salvador, Feb. 4, 2024 (AP) -", "2024-02-04"},
		{"OSLO, March 3, 2019 - and more", ""},
		{"Share this 1996-08-30 story now", ""},
		{"the city 1996-08-30", ""},
	} {
		text := "ARSENAL BEAT CHELSEA IN LONDON\n\n" + c.line + "\n\nArsenal beat Chelsea 2-1 in London on Friday before a big crowd.\n"
		d, err := ReadReader("dl.txt", strings.NewReader(text), Options{})
		if err != nil || len(d) != 1 {
			t.Fatalf("%q: %v", c.line, err)
		}
		got := ""
		if d[0].HasDCT() {
			got = d[0].DCT.Format("2006-01-02")
		}
		if got != c.want {
			t.Errorf("%q: DCT %q, want %q", c.line, got, c.want)
		}
		if c.want != "" && !strings.Contains(d[0].Text, c.line) {
			t.Errorf("%q: the line left the text: %q", c.line, d[0].Text)
		}
	}
}

// Short lines of sports results at the end of a report are its content,
// not a page footer: fixtures and names with scores or times stay in the
// body; a footer of tags, pages and buttons goes.
func TestResultsLinesNotFooter(t *testing.T) {
	const para = "The home side scored twice in the last ten minutes to win the derby in front of a full stadium."
	d := readText([]byte("Derby goes to the home side\n\n" + para + "\n\nFriday 's fixtures :\n\nLEEDS AT EVERTON\n\nAjax v PSV\n\nResults :\n\n1. Mara Velden ( Netherlands ) 3:46.493\n\nKESTON 69 65 .515\n"))
	for _, s := range []string{"LEEDS AT EVERTON", "Ajax v PSV", "Mara Velden ( Netherlands ) 3:46.493", "KESTON 69 65 .515"} {
		if !inBody(t, d, s) {
			t.Errorf("%q: not in the body, want a results line", s)
		}
	}
	d = readText([]byte("Council agrees to rebuild the old bridge\n\n" + para + "\n\nPage 2 of 3\n\nBudget 2019\n\nShare 12\n\n5 min read\n"))
	for _, s := range []string{"Page 2 of 3", "Budget 2019", "Share 12", "5 min read"} {
		if inBody(t, d, s) {
			t.Errorf("%q: in the body, want footer chrome", s)
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"ATLANTA AT CHICAGO", true}, {"7 Jane Quigley ( U.S. ) 3:46.493", true}, {"Zemun 1 Rad ( B ) 0", true},
		{"Page 2 of 3", false}, {"Budget 2019", false}, {"Updated 2 hours ago", false}, {"Most Read", false},
	} {
		if got := resultsLine(c.s); got != c.want {
			t.Errorf("resultsLine(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
