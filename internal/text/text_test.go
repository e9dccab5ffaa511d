package text

import (
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
)

func toks(s string) []string {
	var out []string
	for _, t := range Tokenize(s, document.Span{Start: 0, End: len(s)}) {
		out = append(out, t.Text)
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The U.S. and the U.N. met.", "The|U.S.|and|the|U.N.|met|."},
		{"It fell 3.5% to 1,000 on Feb. 4.", "It|fell|3.5|%|to|1,000|on|Feb|.|4|."},
		{"J. Smith's long-standing plan", "J.|Smith's|long-standing|plan"},
		{"Japan’s island", "Japan’s|island"},
		{"a 15-minute talk at 10:30", "a|15-minute|talk|at|10:30"},
		{"their 20th meeting", "their|20th|meeting"},
		{"“Yes,” he said.", "“|Yes|,|”|he|said|."},
		{"Đà Nẵng and Итуруп", "Đà|Nẵng|and|Итуруп"},
		{"Acme Inc.'s shares, the 'sixties'", "Acme|Inc|.|'s|shares|,|the|'|sixties|'"},
		{"It sued AT&T. Fans of Texas A&M. cheered.", "It|sued|AT|&|T|.|Fans|of|Texas|A|&|M|.|cheered|."},
		{"", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(toks(tt.in), "|"); got != tt.want {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokenOffsets(t *testing.T) {
	s := "  Đà Nẵng, “quoted” 42."
	for _, tk := range Tokenize(s, document.Span{Start: 0, End: len(s)}) {
		if s[tk.Start:tk.End] != tk.Text {
			t.Errorf("token %q has span %v holding %q", tk.Text, tk.Span, s[tk.Start:tk.End])
		}
	}
}

func sentences(s string) []string {
	d := &document.Document{Text: s}
	var out []string
	for _, x := range Segment(d) {
		out = append(out, s[x.Start:x.End])
	}
	return out
}

func TestSegment(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"two sentences", "The talks ended. Both sides left.", []string{"The talks ended.", "Both sides left."}},
		{"abbreviations do not end", "Mr. Lee met Dr. Kim on Nov. 3 in the U.S. capital.", []string{"Mr. Lee met Dr. Kim on Nov. 3 in the U.S. capital."}},
		{"circa does not end", "The hall was built ca. 1850 and burned in 1901.", []string{"The hall was built ca. 1850 and burned in 1901."}},
		{"initialism ends before a new sentence", "He flew to the U.S. The visit was short.", []string{"He flew to the U.S.", "The visit was short."}},
		{"clock time ends before a new sentence", "It took off at 3:25 p.m. Less than two minutes later, the crew called.", []string{"It took off at 3:25 p.m.", "Less than two minutes later, the crew called."}},
		{"clock time before a zone stays", "It took off at 3:25 p.m. Eastern time.", []string{"It took off at 3:25 p.m. Eastern time."}},
		{"title after U.S. does not end", "He met U.S. President Lincoln.", []string{"He met U.S. President Lincoln."}},
		{"closing quote stays", "“It is done.” She left.", []string{"“It is done.”", "She left."}},
		{"lowercase after dot continues", "It cost 3 p.m. prices. Next.", []string{"It cost 3 p.m. prices.", "Next."}},
		{"blank line ends", "Headline without dot\n\nFirst sentence.", []string{"Headline without dot", "First sentence."}},
		{"wrapped line continues", "A sentence that is\nwrapped here.", []string{"A sentence that is\nwrapped here."}},
		{"bullets are blocks", "• One tag\n• Another tag", []string{"• One tag", "• Another tag"}},
		{"a company's name with & ends a sentence", "Apple sued AT&T. The case was settled.", []string{"Apple sued AT&T.", "The case was settled."}},
		{"question and exclamation", "Why? Because! Done.", []string{"Why?", "Because!", "Done."}},
		{"wire copy's opening quote starts one", "She said. ``They are the ones,'' she added.", []string{"She said.", "``They are the ones,'' she added."}},
	}
	for _, tt := range tests {
		got := sentences(tt.in)
		if strings.Join(got, "\x00") != strings.Join(tt.want, "\x00") {
			t.Errorf("%s: Segment(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestSegmentRespectsBody(t *testing.T) {
	s := "print PRINT\n\nThe article starts here. It ends here.\n\n• Tag"
	start := strings.Index(s, "The")
	end := strings.Index(s, "\n\n•")
	d := &document.Document{Text: s, Body: []document.Span{{Start: start, End: end}}}
	got := Segment(d)
	if len(got) != 2 || got[0].Index != 0 || got[1].Index != 1 {
		t.Fatalf("got %d sentences, want the 2 body ones: %+v", len(got), got)
	}
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{"The U.S. met. Next", "“Yes.” he\n\n• x", "3.5.", "a.b.c.", "\xff\xfe.", "U.S.", "..."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := &document.Document{Text: s}
		prev := 0
		for _, x := range Segment(d) {
			if x.Start < prev || x.End > len(s) || x.Start >= x.End {
				t.Fatalf("bad sentence span %v in %q", x.Span, s)
			}
			prev = x.End
			for _, tk := range x.Tokens {
				if tk.Start < x.Start || tk.End > x.End || s[tk.Start:tk.End] != tk.Text {
					t.Fatalf("bad token %q %v", tk.Text, tk.Span)
				}
			}
		}
	})
}
