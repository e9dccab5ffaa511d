package document

import (
	"strings"
	"testing"
)

func TestReplaceControls(t *testing.T) {
	for in, want := range map[string]string{
		"":                         "",
		"plain text\twith\r\nends": "plain text\twith\r\nends",
		"a\x00b\x01c\x1fd\x7fe":    "a b c d\x7fe", // DEL is not C0
		"\x0c\x0b\x1b[1m":          "   [1m",
		"é\x00ü":                   "é ü",
	} {
		got := ReplaceControls(in)
		if got != want {
			t.Errorf("ReplaceControls(%q) = %q, want %q", in, got, want)
		}
		if len(got) != len(in) {
			t.Errorf("ReplaceControls(%q) changed the length", in)
		}
	}
	s := "no controls here"
	if got := ReplaceControls(s); got != s {
		t.Errorf("changed %q", s)
	}
}

// A JSON Lines record with NUL and other control characters, escaped or
// raw, reads with each replaced by a space: the text keeps its length and
// its offsets into the file, and the title and ID are clean too. Every
// reader does the same.
func TestReadersReplaceControls(t *testing.T) {
	line := `{"id":"bad\u0000id","title":"Bad\u0000title\u0007","text":"Angela Merkel met\u0000Emmanuel Macron\u0001 in Paris on Friday.\fThey agreed."}` + "\n"
	docs, err := ReadReader("in.jsonl", strings.NewReader(line), Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	if want := "Angela Merkel met Emmanuel Macron  in Paris on Friday. They agreed."; d.Text != want {
		t.Errorf("text %q, want %q", d.Text, want)
	}
	if d.Title != "Bad title" || d.ID != "bad id" || d.DocID != "bad id" {
		t.Errorf("title %q, ID %q, DocID %q", d.Title, d.ID, d.DocID)
	}
	for _, w := range []string{"Angela", "Emmanuel", "Paris", "They"} {
		i := strings.Index(d.Text, w)
		src := d.SourceOffset(i)
		if got := line[src : src+len(w)]; got != w {
			t.Errorf("%q maps to %q", w, got)
		}
	}
	// The replacement sits where the escape was.
	i := strings.Index(d.Text, "met ") + 3
	if src := d.SourceOffset(i); !strings.HasPrefix(line[src:], `\u0000`) {
		t.Errorf("the replaced NUL maps to %q", line[src:src+6])
	}

	for name, in := range map[string]string{
		"a.txt":  "March 1, 2018\n\nAngela Merkel met\x01Emmanuel Macron\x1b in Paris.\n",
		"a.html": "<html><head><title>T&#1;itle</title></head><body><p>Angela Merkel met&#1;Emmanuel Macron&#x1b; in Paris.</p></body></html>",
	} {
		docs, err := ReadReader(name, strings.NewReader(in), Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		d := docs[0]
		if i := indexControl(d.Text + d.Title + d.ID); i >= 0 {
			t.Errorf("%s: a control character is left: %q / %q", name, d.Text, d.Title)
		}
		if !strings.Contains(d.Text, "Angela Merkel met Emmanuel Macron  in Paris.") {
			t.Errorf("%s: text %q", name, d.Text)
		}
		if name == "a.txt" && len(d.Text) != len(in) {
			t.Errorf("%s: text length %d, file %d", name, len(d.Text), len(in))
		}
	}
}
