package timeml

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
)

func mustRead(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParseSmall(t *testing.T) {
	d, err := Parse(mustRead(t, "small.tml"))
	if err != nil {
		t.Fatal(err)
	}
	if d.DocID != "TEST0001" || d.DCT != "2021-03-04" || d.DCTID != "t0" {
		t.Errorf("DocID %q DCT %q DCTID %q", d.DocID, d.DCT, d.DCTID)
	}
	if d.Title != "Harbour bridge reopens" {
		t.Errorf("Title %q", d.Title)
	}
	wantText := "\nThe town council said Wednesday that the bridge at Smith & Sons reopened after two weeks of repairs \u2014 \u201cat last\u201d.\n"
	if d.Text != wantText {
		t.Errorf("Text\n%q\nwant\n%q", d.Text, wantText)
	}
	type tagText struct{ name, text, id string }
	var got []tagText
	for _, tg := range d.Tags {
		id := tg.Get("tid") + tg.Get("eid") + tg.Get("sid") + tg.Get("lid") + tg.Get("eiid")
		got = append(got, tagText{tg.Name, d.Text[tg.Start:tg.End], id})
	}
	want := []tagText{
		{"EVENT", "said", "e1"},
		{"TIMEX3", "Wednesday", "t1"},
		{"EVENT", "reopened", "e2"},
		{"SIGNAL", "after", "s1"},
		{"TIMEX3", "two weeks", "t2"},
		{"MAKEINSTANCE", "", "ei1"},
		{"TLINK", "", "l1"},
	}
	if len(got) != len(want) {
		t.Fatalf("tags %v\nwant %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("tag %d = %v, want %v", i, got[i], want[i])
		}
	}
	if v := d.Tags[1].Get("anchorTimeID"); v != "t0" {
		t.Errorf("anchorTimeID %q", v)
	}
	if d.Tags[5].Start != len(d.Text) {
		t.Errorf("MAKEINSTANCE at %d, want %d", d.Tags[5].Start, len(d.Text))
	}
	raw := string(d.Raw)
	if !strings.HasPrefix(raw[d.TextStart:], "\nThe town") || !strings.HasPrefix(raw[d.TextEnd:], "</TEXT>") {
		t.Errorf("TextStart/TextEnd wrong: %q / %q", raw[d.TextStart:d.TextStart+10], raw[d.TextEnd:d.TextEnd+7])
	}
	// Offsets map every literal byte of Text to the same byte in Raw.
	doc := &document.Document{Text: d.Text}
	doc.SetOffsets(append([]document.OffsetPiece(nil), d.Offsets...))
	for _, w := range []string{"council", "Wednesday", "Sons", "repairs", "at last"} {
		i := strings.Index(d.Text, w)
		s := doc.SourceOffset(i)
		if raw[s:s+len(w)] != w {
			t.Errorf("%q maps to %q", w, raw[s:s+len(w)])
		}
	}
}

func TestParseSentences(t *testing.T) {
	d, err := Parse(mustRead(t, "sentences.tml"))
	if err != nil {
		t.Fatal(err)
	}
	want := "June 1 , 2010\nThe shop opened its doors .\nCrowds gathered outside ."
	if d.Text != want {
		t.Errorf("Text %q\nwant %q", d.Text, want)
	}
	var names []string
	for _, tg := range d.Tags {
		names = append(names, tg.Name+":"+d.Text[tg.Start:tg.End])
	}
	got := strings.Join(names, "|")
	wantTags := "s:June 1 , 2010|s:The shop opened its doors .|EVENT:opened|s:Crowds gathered outside .|EVENT:gathered"
	if got != wantTags {
		t.Errorf("tags %s\nwant %s", got, wantTags)
	}
	if d.DCT != "2010-06-01" || d.DocID != "900" {
		t.Errorf("DCT %q DocID %q", d.DCT, d.DocID)
	}
}

func TestParseErrors(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"no text", `<TimeML><DOCID>x</DOCID></TimeML>`, "no <TEXT>"},
		{"unclosed", `<TimeML><TEXT>a <EVENT eid="e1">b</TEXT></TimeML>`, "does not match <EVENT>"},
		{"stray end", `<TimeML><TEXT>a</TEXT></TimeML></X>`, "without a start tag"},
		{"never closed", `<TimeML><TEXT>a</TEXT>`, "<TimeML> is never closed"},
		{"bad entity", `<TimeML><TEXT>AT&T</TEXT></TimeML>`, "bad entity"},
		{"unknown entity", `<TimeML><TEXT>a&nbsp;b</TEXT></TimeML>`, "bad entity &nbsp;"},
		{"bad attr", `<TimeML><TEXT><EVENT eid=e1>x</EVENT></TEXT></TimeML>`, "not quoted"},
		{"dup attr", `<TimeML><TEXT><EVENT eid="1" eid="2">x</EVENT></TEXT></TimeML>`, "given twice"},
		{"lt in text", `<TimeML><TEXT>a < b</TEXT></TimeML>`, "must be written &lt;"},
		{"two texts", `<TimeML><TEXT>a</TEXT><TEXT>b</TEXT></TimeML>`, "second <TEXT>"},
		{"open tag", `<TimeML><TEXT>a <EVENT`, "not closed by '>'"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse([]byte(c.in))
			if err == nil {
				t.Fatalf("no error, want %q", c.want)
			}
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Errorf("error %T is not a *ParseError", err)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %q, want it to contain %q", err, c.want)
			}
		})
	}
}

func TestParseTBAQ(t *testing.T) {
	root := filepath.Join("..", "..", "..", "shared", "data")
	if _, err := os.Stat(root); err != nil {
		t.Skip("../shared not present: ", err)
	}
	for _, g := range []string{"tempeval3/TBAQ-cleaned/*/*.tml", "semeval2015-timeline/Corpus-trial-data_task4_TimeML/*.tml"} {
		files, _ := filepath.Glob(filepath.Join(root, g))
		timexes := 0
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d, err := Parse(b)
			if err != nil {
				t.Errorf("%s: %v", f, err)
				continue
			}
			if d.DCT == "" {
				t.Errorf("%s: no DCT", f)
			}
			// Every tag's text equals the raw bytes between its markup when
			// the content has no entity (checked through the offsets).
			doc := &document.Document{Text: d.Text}
			doc.SetOffsets(append([]document.OffsetPiece(nil), d.Offsets...))
			for _, tg := range d.Tags {
				if tg.Name != "TIMEX3" {
					continue
				}
				timexes++
				txt := d.Text[tg.Start:tg.End]
				s := doc.SourceOffset(tg.Start)
				if !strings.Contains(txt, "&") && string(b[s:s+len(txt)]) != txt {
					t.Errorf("%s: timex %q maps to %q", f, txt, b[s:s+len(txt)])
				}
			}
		}
		t.Logf("%s: %d files, %d TIMEX3 in TEXT", g, len(files), timexes)
	}
}

func FuzzParse(f *testing.F) {
	for _, n := range []string{"small.tml", "sentences.tml"} {
		b, err := os.ReadFile(filepath.Join("testdata", n))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`<TimeML><TEXT>a<!-- c --><![CDATA[<x>]]>&#x41;</TEXT></TimeML>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := Parse(b)
		if err != nil {
			return
		}
		for _, tg := range d.Tags {
			if tg.Start < 0 || tg.End < tg.Start || tg.End > len(d.Text) {
				t.Fatalf("tag %v out of text (len %d)", tg, len(d.Text))
			}
		}
		for _, o := range d.Offsets {
			if o.TextStart+o.Len > len(d.Text) || o.SourceStart < 0 || o.SourceStart > len(b) {
				t.Fatalf("offset piece %v out of range", o)
			}
		}
		if d.TextStart > d.TextEnd || d.TextEnd > len(b) {
			t.Fatalf("TEXT range %d..%d", d.TextStart, d.TextEnd)
		}
		// Annotating with what was parsed must not fail or panic, and must
		// give a document that parses to the same text.
		out, err := Annotate(d, d.Timexes(), d.Events())
		if err != nil {
			t.Fatalf("Annotate: %v", err)
		}
		d2, err := Parse(out)
		if err != nil {
			t.Fatalf("Annotate output does not parse: %v\n%q\n%q", err, b, out)
		}
		if d2.Text != d.Text {
			t.Fatalf("Annotate changed the text: %q -> %q", d.Text, d2.Text)
		}
	})
}

func TestDCTTime(t *testing.T) {
	cases := map[string]string{
		"1998-02-27": "1998-02-27", "1998-12-05T09:42": "1998-12-05", "19980227": "1998-02-27",
		"": "", "1998-02": "", "PRESENT_REF": "", "1998-02-30": "", "1998-02-271": "",
	}
	for in, want := range cases {
		tm, ok := (&Doc{DCT: in}).DCTTime()
		got := ""
		if ok {
			got = tm.Format("2006-01-02")
		}
		if got != want {
			t.Errorf("DCTTime(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestDocumentHook reads a TimeML file through the document reader, which
// must use Parse (same text, offsets, DCT).
func TestDocumentHook(t *testing.T) {
	raw := mustRead(t, "small.tml")
	d, err := Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := document.ReadReader("small.tml", bytes.NewReader(raw), document.Options{TimeML: ParseDocument})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 {
		t.Fatalf("%d documents", len(docs))
	}
	doc := docs[0]
	if doc.Text != d.Text || doc.DCT.Format("2006-01-02") != "2021-03-04" || doc.Title != d.Title {
		t.Errorf("document %q %v %q", doc.Text, doc.DCT, doc.Title)
	}
	i := strings.Index(d.Text, "Wednesday")
	if s := doc.SourceOffset(i); string(raw[s:s+9]) != "Wednesday" {
		t.Errorf("SourceOffset maps to %q", raw[s:s+9])
	}
}
