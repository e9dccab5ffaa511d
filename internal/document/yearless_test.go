package document

import (
	"strings"
	"testing"
)

// A wire dateline with a month and a day but no year dates the article in
// the year its text names last, and says so in DCTSource.
func TestYearlessDateline(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Studio to buy rival\n\nEMERYVILLE, California, Jan. 24 - The studio said on Tuesday it would buy its rival. The deal is expected to close in the summer of 2006. The two first worked together in 1991.\n", "2006-01-24"},
		{"Club crowned champions\n\nLEICESTER, England, May 3 -\n\nThe club won the title on Monday. The 2016 title is its first.\n", "2016-05-03"},
		{"Lab reports result\n\nWASHINGTON, Dec. 13 - Scientists reported a result. The experiment took place on Dec. 5, 2022, after a failure in 2021. A plant could follow by 2040.\n", "2022-12-13"},
		{"No year\n\nWASHINGTON, Dec. 13 - Scientists reported a result on Monday.\n", ""},
		{"Ferry lifted\n\nMOKPO, South Korea, April 9 -\n\nCrews lifted the ferry on Sunday. It sank in 2014; the lift began in March 2017.\n", "2017-04-09"},
	} {
		docs, err := ReadReader("a.txt", strings.NewReader(c.text), Options{})
		if err != nil || len(docs) != 1 {
			t.Fatalf("%v", err)
		}
		d := docs[0]
		got := ""
		if d.HasDCT() {
			got = d.DCT.Format("2006-01-02")
			if d.DCTSource != DCTFromDatelineTextYear {
				t.Errorf("%q: source %q", c.text[:20], d.DCTSource)
			}
		}
		if got != c.want {
			t.Errorf("%q: DCT %q, want %q", c.text[:20], got, c.want)
		}
	}
}

func TestTextYear(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"in 2004 and 2005, and close in 2006", 2006},
		{"since 2017; more storms by 2030", 2017},
		{"Flight 3701 and $20240 and the 2016 title", 2016},
		{"no years here", 0},
	} {
		if got := textYear(c.text); got != c.want {
			t.Errorf("%q: %d, want %d", c.text, got, c.want)
		}
	}
}

// A headline with the lead on the next line, a wire dateline between or
// not, ends a run of the body: the lead is no sentence with it.
func TestHeadlineApart(t *testing.T) {
	for _, text := range []string{
		"Port workers end their nine-day strike\nROTTERDAM, Aug. 21, 2025 -\nDock workers returned to work on Thursday. The union voted to accept the contract.\n",
		"Port workers end their nine-day strike\nDock workers returned to work on Thursday. The union voted to accept the contract.\n",
	} {
		docs, err := ReadReader("a.txt", strings.NewReader(text), Options{})
		if err != nil || len(docs) != 1 {
			t.Fatalf("%v", err)
		}
		d := docs[0]
		if len(d.Body) < 2 || d.Text[d.Body[0].Start:d.Body[0].End] != "Port workers end their nine-day strike" {
			t.Errorf("%q: body %v, want the headline apart", text[:40], d.Body)
		}
	}
}
