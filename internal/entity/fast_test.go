package entity

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/text"
)

// The fast paths of the recognizer must give what the plain definitions
// give; these are the plain definitions.

func refCleanName(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "’", "'")), " ")
}

func refInitials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		switch strings.ToLower(w) {
		case "of", "the", "and", "for", "&", "de", "on", "in":
			continue
		}
		for _, p := range strings.Split(w, "-") {
			for _, c := range p {
				if unicode.IsLetter(c) || unicode.IsDigit(c) {
					b.WriteRune(unicode.ToUpper(c))
				}
				break
			}
		}
	}
	return b.String()
}

func refCapWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, p := range strings.Split(s, "-")[1:] {
		r, _ := utf8.DecodeRuneInString(p)
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func refIsRoman(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !strings.ContainsRune("IVXL", r) {
			return false
		}
	}
	return true
}

// checkFast compares the fast helpers with their definitions on s.
func checkFast(t *testing.T, s string) {
	t.Helper()
	if got, want := cleanName(s), refCleanName(s); got != want {
		t.Errorf("cleanName(%q) = %q, want %q", s, got, want)
	}
	// isCleanName may say no to a clean name (it leaves non-ASCII text
	// to the slow path), never yes to another.
	if isCleanName(s) && refCleanName(s) != s {
		t.Errorf("isCleanName(%q) = true, but cleanName changes it", s)
	}
	if isASCII(s) && isCleanName(s) != (refCleanName(s) == s) {
		t.Errorf("isCleanName(%q) = %v", s, isCleanName(s))
	}
	if got, want := initials(s), refInitials(s); got != want {
		t.Errorf("initials(%q) = %q, want %q", s, got, want)
	}
	if got, want := capWord(s), refCapWord(s); got != want {
		t.Errorf("capWord(%q) = %v, want %v", s, got, want)
	}
	if got, want := isRoman(s), refIsRoman(s); got != want {
		t.Errorf("isRoman(%q) = %v, want %v", s, got, want)
	}
	var fields []string
	for rest := s; ; {
		w, more := nextField(&rest)
		if !more {
			break
		}
		fields = append(fields, w)
	}
	if want := strings.Fields(s); !reflect.DeepEqual(fields, want) && len(fields)+len(want) > 0 {
		t.Errorf("nextField(%q) gives %q, want %q", s, fields, want)
	}
	var buf [16]byte
	if got, want := lowerWord(s, buf[:0]), strings.ToLower(s); got != want {
		t.Errorf("lowerWord(%q) = %q, want %q", s, got, want)
	}
	r := &recognizer{buf: &recBuffers{}}
	if c := cleanName(s); !reflect.DeepEqual(r.fields(c), strings.Fields(c)) && len(strings.Fields(c)) > 0 {
		t.Errorf("fields(%q) = %q, want %q", c, r.fields(c), strings.Fields(c))
	}
}

func TestFastHelpers(t *testing.T) {
	for _, s := range []string{"", " ", "a", "Bank of Japan", "Bank  of Japan", " Bank", "Bank ", "Abe’s", "Asia-Pacific Economic Cooperation",
		"Russian-held", "U.S.-led", "-A", "A-", "A--b", "Ångström-Élan", "ÉLAN", "of the Islamic Conference", "OF", "The", "Ṭhe",
		"\u212a", "K\u212aK", "Tokyo\u00a0Stock Exchange", "a\tb", "a\nb", "\xff", "\xffA", "XIV", "IVX.", "İstanbul", "ſ"} {
		checkFast(t, s)
	}
}

func FuzzFastHelpers(f *testing.F) {
	for _, s := range []string{"Bank of Japan", "Abe’s", "Asia-Pacific", "\u212a\u00a0x", "\xff-\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkFast(t, s) })
}

// TestWordTable checks the table of every word of the lexicon and a few
// words that are in no list.
func TestWordTable(t *testing.T) {
	l := DefaultLexicon()
	for w, f := range l.wordFlags {
		if got := uint32(l.words.get(w) >> 32); got != f {
			t.Errorf("flags of %q = %b, want %b", w, got, f)
		}
	}
	for k, fs := range l.forms {
		if got := l.formsOf(k); !reflect.DeepEqual(got, fs) {
			t.Errorf("formsOf(%q) = %d forms, want %d", k, len(got), len(fs))
		}
	}
	for w := range l.firstNames {
		if l.words.get(w)&indexFirstName == 0 {
			t.Errorf("%q is no given name in the table", w)
		}
	}
	for _, w := range []string{"", "zzz", "Qwerty", "japan", "THE", "x"} {
		if v := l.words.get(w); v != 0 && l.forms[w] == nil && l.wordFlags[w] == 0 && !l.firstNames[w] {
			t.Errorf("get(%q) = %x for a word in no list", w, v)
		}
	}
}

// TestViews checks the token views against their definitions.
func TestViews(t *testing.T) {
	s := "Abe’s and Putin's talks in Asia-Pacific: THE Bank of Japan’s C.E.O. said ’s 's don’t Mr. X’S ÉLAN's."
	doc := &document.Document{Text: s}
	sents := text.Segment(doc)
	r := newRecognizer(doc, sents, DefaultLexicon())
	defer r.release()
	for si, v := range r.views {
		for k := range v {
			tok := sents[si].Tokens[k]
			w := &v[k]
			base, end, poss := tok.Text, tok.End, false
			if tok.Kind == text.Word {
				for _, suf := range []string{"’s", "'s", "’S", "'S"} {
					if len(tok.Text) > len(suf) && strings.HasSuffix(tok.Text, suf) {
						base, end, poss = tok.Text[:len(tok.Text)-len(suf)], tok.End-len(suf), true
						break
					}
				}
				base = normTok(base)
			}
			if w.base != base || w.end != end || w.poss != poss || w.low != strings.ToLower(base) {
				t.Errorf("view of %q: base %q end %d poss %v low %q, want %q %d %v %q", tok.Text, w.base, w.end, w.poss, w.low,
					base, end, poss, strings.ToLower(base))
			}
			if want := tok.Kind == text.Word && capWord(base); w.cap != want {
				t.Errorf("view of %q: cap %v", tok.Text, w.cap)
			}
			if w.firstName != DefaultLexicon().IsFirstName(base) {
				t.Errorf("view of %q: firstName %v", tok.Text, w.firstName)
			}
			if got, want := w.connector(), connectors.Has(tok.Lower); got != want {
				t.Errorf("view of %q: connector %v, want %v", tok.Text, got, want)
			}
		}
	}
}

// TestReuse checks that recognizers reusing working memory give what a
// first recognizer gives, whatever the documents before.
func TestReuse(t *testing.T) {
	texts := []string{
		"Japanese Prime Minister Yoshihide Suga met Chinese President Xi Jinping in Beijing. Suga said the talks were useful.",
		"The Nordic Energy Council (NEC) warned that Russia’s exports had fallen. The NEC meets in Oslo.",
		"",
		"Mr. Abe flew to Washington.",
	}
	first := make([][]Entity, len(texts))
	for i, s := range texts {
		first[i] = run(s)
	}
	for round := 0; round < 3; round++ {
		for i := len(texts) - 1; i >= 0; i-- {
			if got := run(texts[i]); !reflect.DeepEqual(got, first[i]) {
				t.Fatalf("round %d, text %d: %v, want %v", round, i, got, first[i])
			}
		}
	}
}

// firmObjectPrep, the switch, says what firmObjectPreps says.
func TestFirmObjectPrep(t *testing.T) {
	for k := range firmObjectPreps {
		noun, prep, _ := strings.Cut(k, " ")
		if !firmObjectPrep(noun, prep) {
			t.Errorf("firmObjectPrep(%q, %q) = false", noun, prep)
		}
	}
	for _, k := range []string{"stake of", "shares with", "bid in", "merger of", "purchase in", "stakes in", " in"} {
		noun, prep, _ := strings.Cut(k, " ")
		if firmObjectPrep(noun, prep) != firmObjectPreps[k] {
			t.Errorf("firmObjectPrep(%q, %q) = %v", noun, prep, !firmObjectPreps[k])
		}
	}
}
