package entity

import (
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/text"
)

// A company's kind before a name ("the energy company X") keeps the name
// a company's where the tagger was unsure it was any "other" name.
func TestFirmKindOverUnsureMisc(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"HOUSTON — A federal jury convicted Kenneth Lay, who founded the energy company Enron, of fraud.", "Enron", Organization},
	})
}

// A surname with a particle is the short name of the person ("Le Pen",
// "von der Leyen", "bin Salman"), and an honorific before a surname ("Ms.
// Holmes", "Mr. Le Pen") names the person whose name ends with it.
func TestParticleSurnamesAndHonorifics(t *testing.T) {
	cases := []struct {
		text, name string
		aliases    []string
	}{
		{"Jean-Marie Le Pen reached the runoff in 2002. Mr. Le Pen won 18 percent of the vote in the second round.", "Jean-Marie Le Pen", []string{"Le Pen"}},
		{"Commission President Ursula von der Leyen visited Kyiv on Friday. Ms. von der Leyen promised more aid.", "Ursula von der Leyen", []string{"von der Leyen"}},
		{"Crown Prince Mohammed bin Salman met the president in Jeddah. Mr. bin Salman said oil output would rise.", "Mohammed bin Salman", []string{"bin Salman"}},
		{"General Charles de Gaulle spoke from London in June 1940. De Gaulle urged the French to resist.", "Charles de Gaulle", []string{"De Gaulle"}},
		// "Ms. X" where the tagger read the span as a company's
		{"A jury convicted Elizabeth Holmes on Monday. The trial began in September, and Ms. Holmes testified for days.", "Elizabeth Holmes", []string{"Holmes"}},
	}
	for _, tc := range cases {
		es := run(tc.text + "\n")
		e := find(es, tc.name)
		if e == nil || e.Type != Person {
			t.Errorf("%q: %s is %+v, want a person", tc.text, tc.name, e)
			continue
		}
		for _, a := range tc.aliases {
			if !slices.Contains(e.Aliases, a) {
				t.Errorf("%q: %s has aliases %v, want %q", tc.text, tc.name, e.Aliases, a)
			}
		}
		if len(es) > 0 {
			for _, o := range es {
				if o.Type == Person && o.ID != e.ID && strings.HasSuffix(tc.name, lastWord(o.Name)) {
					t.Errorf("%q: %s is apart from %s", tc.text, o.Name, tc.name)
				}
			}
		}
	}
}

// An honorific surname that several people of the document bear is the
// one named in full before it ("His mother, Bonnie Kalanick", named
// after "Mr. Kalanick").
func TestSurnameOfTheOneNamedBefore(t *testing.T) {
	es := run("Travis Kalanick resigned as chief executive of Uber on Tuesday. Mr. Kalanick will stay on the board. " +
		"His father, Donald Kalanick, was injured in the accident. Mr. Kalanick founded the company in 2009.\n")
	e := find(es, "Travis Kalanick")
	if e == nil || len(e.Mentions) != 3 {
		t.Errorf("Travis Kalanick: %+v, want 3 mentions", e)
	}
}

func lastWord(s string) string {
	f := strings.Fields(s)
	return f[len(f)-1]
}

func TestSurnameStart(t *testing.T) {
	for _, tc := range []struct {
		name string
		want int
	}{
		{"Marine Le Pen", 1}, {"Ursula von der Leyen", 1}, {"Shinzo Abe", 1}, {"Le Pen", 0}, {"de Gaulle", 0},
		{"Luiz Inacio Lula da Silva", 3}, {"Bashar al-Assad", 1}, {"Mohammed bin Salman", 1}, {"George H. W. Bush", 3},
	} {
		if got := SurnameStart(strings.Fields(tc.name)); got != tc.want {
			t.Errorf("SurnameStart(%q) = %d, want %d", tc.name, got, tc.want)
		}
	}
}

// A name that is founded, that has a board or that an engineer works for
// is a company's, however the tagger read its other mentions.
func TestFoundedBoardRoleMakeCompany(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Adam Neumann resigned as chief executive on Tuesday. Mr. Neumann, who co-founded WeWork in 2010 with Miguel McKelvey, had faced pressure from SoftBank. " +
			"A former WeWork engineer described the culture as chaotic. WeWork's board will search for a successor, and WeWork could still go public.", "WeWork", Organization},
	})
}

// An East Asian given name written with a hyphen after the family name
// stays in the person's name ("Moon Jae-in"), and the family name alone
// after an honorific is that person; English compounds are no given names.
func TestHyphenatedGivenNames(t *testing.T) {
	cases := []struct {
		text, name string
		mentions   int
	}{
		{"SEOUL — President Moon Jae-in met the envoy on Monday. Mr. Moon said talks would go on.", "Moon Jae-in", 2},
		{"Lee Jae-yong, the vice chairman of the group, was sentenced on Friday in Seoul. Mr. Lee denied the charges.", "Lee Jae-yong", 2},
		{"TAIPEI — Tsai Ing-wen won a second term on Saturday.", "Tsai Ing-wen", 1},
	}
	for _, tc := range cases {
		es := run(tc.text + "\n")
		if e := find(es, tc.name); e == nil || e.Type != Person || len(e.Mentions) != tc.mentions {
			t.Errorf("%q: %s is %+v, want a person with %d mentions", tc.text, tc.name, e, tc.mentions)
		}
	}
	for _, w := range []string{"Tokyo-based", "Pro-war", "Anti-war", "Russian-led", "Post-war", "Co-founder"} {
		v := tokView{Token: &text.Token{Text: w}, base: w}
		if hyphenGiven(&v) {
			t.Errorf("hyphenGiven(%q) = true, want false", w)
		}
	}
	if v := (tokView{Token: &text.Token{Text: "Dong-jin"}, base: "Dong-jin"}); !hyphenGiven(&v) {
		t.Errorf("hyphenGiven(Dong-jin) = false, want true")
	}
}

// A surname joined to its particle by a hyphen stays in the name, where
// the tagger stopped before it or made it a name of its own, and the
// surname without its particle is the same person.
func TestHyphenParticleSurnames(t *testing.T) {
	es := run("Egyptian President Abdel Fattah al-Sisi, who visited the port on Sunday, thanked the workers. " +
		"Later, Sisi toured the new locks. Economist Mohamed el-Erian said markets would recover.\n")
	if e := find(es, "Abdel Fattah al-Sisi"); e == nil || len(e.Mentions) != 2 {
		t.Errorf("Abdel Fattah al-Sisi: %+v, want 2 mentions", e)
	}
	if e := find(es, "Mohamed el-Erian"); e == nil {
		t.Errorf("no Mohamed el-Erian in %+v", es)
	}
	for w, want := range map[string]string{"al-Sisi": "Sisi", "el-Erian": "Erian", "bin-Laden": "Laden", "Al-Ahram": "Ahram", "Tokyo-based": "Tokyo-based", "al-": "al-", "de-escalation": "de-escalation"} {
		if got := BareSurname(w); got != want {
			t.Errorf("BareSurname(%q) = %q, want %q", w, got, want)
		}
	}
}

// A family name the tagger cut from its hyphenated given name keeps it,
// and is not taken for another person of the same family name.
func TestHyphenGivenAfterFamilyName(t *testing.T) {
	es := run("The chief justice, Lee Jung-mi, read the ruling on Friday.\n\n" +
		"Prosecutors indicted Choi in November, and Lee Jae-yong, the heir of the group, was arrested on Feb. 17.\n")
	if e := find(es, "Lee Jae-yong"); e == nil {
		t.Errorf("no Lee Jae-yong in %+v", es)
	}
	if e := find(es, "Lee Jung-mi"); e == nil || len(e.Mentions) != 1 {
		t.Errorf("Lee Jung-mi: %+v, want 1 mention", e)
	}
}
