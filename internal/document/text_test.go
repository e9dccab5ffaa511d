package document

import (
	"os"
	"strings"
	"testing"
)

func FuzzReadText(f *testing.F) {
	for _, p := range []string{"testdata/chrome-article.txt"} {
		raw, _ := os.ReadFile(p)
		f.Add(string(raw))
	}
	for _, s := range []string{"• a • b\n• c", "print\n\nBy X, Y\n© 2017 Z\n", "\uFEFFNov. 10, 2017\r\nA line that is long enough to be a paragraph of words here.\r\n", "Home / a / b\n\n• , P\n", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		docs, err := ReadReader("f.txt", strings.NewReader(in), Options{})
		if err != nil {
			return
		}
		d := docs[0]
		// Text is the input byte for byte but for C0 controls, which every
		// reader replaces with spaces (ReplaceControls), so offsets stay
		// file offsets.
		if d.Text != ReplaceControls(in) {
			t.Fatal("text changed")
		}
		checkBody(t, d)
		if strings.ContainsAny(d.Title, "\n\r") {
			t.Fatalf("title spans lines: %q", d.Title)
		}
	})
}

func BenchmarkReadText(b *testing.B) {
	raw, err := os.ReadFile("testdata/chrome-article.txt")
	if err != nil {
		b.Fatal(err)
	}
	big := strings.Repeat(string(raw)+"\n", 200)
	b.SetBytes(int64(len(big)))
	for b.Loop() {
		readText([]byte(big))
	}
}

func BenchmarkReadHTML(b *testing.B) {
	raw, err := os.ReadFile("testdata/article.html")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		if _, err := readHTML(raw); err != nil {
			b.Fatal(err)
		}
	}
}
