package document

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// Bad inputs give one clear error that starts with the file's name.
func TestReadBadInput(t *testing.T) {
	dir := t.TempDir()
	big := bytes.Repeat([]byte("word "), 300)
	cases := []struct {
		name string
		data []byte // nil: do not create the file
		opt  Options
		want string // the whole error, with DIR for the temp dir
	}{
		{"empty.txt", []byte{}, Options{}, "DIR/empty.txt: empty file"},
		{"blank.txt", []byte(" \n\t\r\n"), Options{}, "DIR/blank.txt: no text (the file holds only white space)"},
		{"nul.txt", []byte("some text\x00more"), Options{}, "DIR/nul.txt: binary file, not text (NUL byte at offset 9)"},
		{"ctrl.txt", []byte("ab\x01\x02\x03\x04\x05\x06cd"), Options{}, "DIR/ctrl.txt: binary file, not text (60% control bytes)"},
		{"latin1.txt", []byte("caf\xe9 au lait"), Options{}, "DIR/latin1.txt: not UTF-8 text (invalid byte 0xE9 at offset 3; convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8)"},
		{"random.bin", []byte("\x89PNG\r\n\x1a\n\xff\xd8\xe0\x90\xa0zzzzzzzzz"), Options{}, "DIR/random.bin: binary file, not text (27% of its bytes are not UTF-8)"},
		{"greek.txt", []byte("\xc1\xe8\xde\xed\xe1 \xea\xe1\xe9 \xd3\xf0\xdc\xf1\xf4\xe7"), Options{}, "DIR/greek.txt: not UTF-8 text (invalid byte 0xC1 at offset 0; convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8)"},
		{"utf16.txt", []byte("\xff\xfeh\x00i\x00"), Options{}, "DIR/utf16.txt: UTF-16 text is not supported (convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8)"},
		{"missing.txt", nil, Options{}, "DIR/missing.txt: no such file or directory"},
		{"big.txt", big, Options{MaxBytes: 1024}, "DIR/big.txt: too large (1500 bytes; the limit is 1 KiB)"},
		{"fmt.txt", []byte("hello"), Options{Format: "pdf"}, `DIR/fmt.txt: unknown format "pdf" (want text, html, timeml or jsonl)`},
		{"nothing.html", []byte("<html><script>x()</script><nav>Home</nav></html>"), Options{}, "DIR/nothing.html: no text found in the HTML page"},
		{"bad.jsonl", []byte("{\"text\":\"Fine words here.\"}\n{\"text\": oops}\n"), Options{}, "DIR/bad.jsonl:2: invalid JSON (invalid character 'o' looking for beginning of value)"},
		{"notext.jsonl", []byte("{\"title\":\"x\"}\n"), Options{}, `DIR/notext.jsonl:1: no "text" field`},
		{"baddate.jsonl", []byte("{\"text\":\"Words.\",\"date\":\"2019-02-30\"}\n"), Options{}, `DIR/baddate.jsonl:1: field "date": "2019-02-30" is not a valid date`},
		{"numtext.jsonl", []byte("{\"text\":5}\n"), Options{}, `DIR/numtext.jsonl:1: field "text": want a string, got JSON number`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := filepath.Join(dir, c.name)
			if c.data != nil {
				write(t, dir, c.name, c.data)
			}
			docs, err := Read(p, c.opt)
			if err == nil {
				t.Fatalf("no error; got %d docs", len(docs))
			}
			if got := strings.ReplaceAll(err.Error(), dir, "DIR"); got != c.want {
				t.Errorf("error\n got %s\nwant %s", got, c.want)
			}
		})
	}
}

func TestReadDirectoryAndUnreadable(t *testing.T) {
	dir := t.TempDir()
	if _, err := Read(dir, Options{}); err == nil || err.Error() != dir+": is a directory" {
		t.Errorf("directory: %v", err)
	}
	p := write(t, dir, "locked.txt", []byte("text"))
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	if f, err := os.Open(p); err == nil {
		f.Close()
		t.Skip("running as a user who can read mode-0 files")
	}
	if _, err := Read(p, Options{}); err == nil || err.Error() != p+": permission denied" {
		t.Errorf("unreadable: %v", err)
	}
}

func TestReadReaderStdinAndLimit(t *testing.T) {
	docs, err := ReadReader("-", strings.NewReader("A short note about nothing in particular at all."), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d := docs[0]; d.ID != "stdin" || d.Path != "-" || d.Format != FormatText {
		t.Errorf("got ID %q Path %q Format %q", d.ID, d.Path, d.Format)
	}
	_, err = ReadReader("-", strings.NewReader(strings.Repeat("x", 2048)), Options{MaxBytes: 1024})
	if err == nil || err.Error() != "stdin: too large (more than 1 KiB; the limit is 1 KiB)" {
		t.Errorf("limit: %v", err)
	}
	_, err = ReadReader("", strings.NewReader(""), Options{})
	if err == nil || err.Error() != "stdin: empty file" {
		t.Errorf("empty stdin: %v", err)
	}
}

func TestDCTFlagOverrides(t *testing.T) {
	text := "Nov. 10, 2017\n\nThe committee met in the morning and agreed on a plan for the coming season.\n"
	docs, err := ReadReader("a.txt", strings.NewReader(text), Options{DCT: time.Date(2020, 5, 6, 13, 0, 0, 0, time.FixedZone("X", 9*3600))})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	if got := d.DCT; !got.Equal(time.Date(2020, 5, 6, 0, 0, 0, 0, time.UTC)) || d.DCTSource != DCTFromFlag || d.DCTSpan != nil {
		t.Errorf("DCT %v from %q span %v", got, d.DCTSource, d.DCTSpan)
	}
	// The dateline is still chrome.
	if d.InBody(Span{0, 13}) {
		t.Error("dateline in body")
	}
}

func TestSniff(t *testing.T) {
	cases := map[string]string{
		"<!DOCTYPE html><html><p>x</p></html>":                           FormatHTML,
		"  <html><body>x</body></html>":                                  FormatHTML,
		"<?xml version=\"1.0\"?>\n<TimeML><DOCID>a</DOCID></TimeML>":     FormatTimeML,
		"{\"text\":\"a\"}\n{\"text\":\"b\"}":                             FormatJSONL,
		"Plain words. <b>Not</b> HTML at the start.":                     FormatText,
		"{ not json at all":                                              FormatText,
		"<?xml version=\"1.0\"?><Document><token>Hi</token></Document>":  FormatHTML,
		"<div><p>A fragment.</p></div>":                                  FormatHTML,
		"<3 is a heart, not markup":                                      FormatText,
		"\uFEFF<html><head><title>t</title></head><body>x</body></html>": FormatHTML,
	}
	for in, want := range cases {
		if got := Sniff([]byte(in)); got != want {
			t.Errorf("Sniff(%q) = %s, want %s", in, got, want)
		}
	}
	// By extension first, then by content.
	docs, err := ReadReader("page.dat", strings.NewReader("<html><body><p>Hello there, world.</p></body></html>"), Options{})
	if err != nil || docs[0].Format != FormatHTML || docs[0].Text != "Hello there, world." {
		t.Errorf("sniffed: %v %+v", err, docs)
	}
	docs, err = ReadReader("page.txt", strings.NewReader("<p>Hello</p>"), Options{})
	if err != nil || docs[0].Format != FormatText || docs[0].Text != "<p>Hello</p>" {
		t.Errorf("by extension: %v %+v", err, docs)
	}
}

func TestWalk(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"b.txt", "a.HTML", "sub/c.txt", "sub/deeper/d.tml", ".hidden/e.txt", "sub/.f.txt", "g.pdf", "h.tml.TE3input"} {
		write(t, dir, n, []byte("x"))
	}
	var got []string
	err := Walk(dir, nil, func(p string) error {
		rel, _ := filepath.Rel(dir, p)
		got = append(got, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := "a.HTML b.txt h.tml.TE3input sub/c.txt sub/deeper/d.tml"
	if strings.Join(got, " ") != want {
		t.Errorf("got %v\nwant %s", got, want)
	}
	got = nil
	Walk(dir, []string{"txt"}, func(p string) error { got = append(got, filepath.Base(p)); return nil })
	if strings.Join(got, " ") != "b.txt c.txt" {
		t.Errorf("txt only: %v", got)
	}
	if err := Walk(filepath.Join(dir, "nope"), nil, func(string) error { return nil }); err == nil || !strings.HasSuffix(err.Error(), "nope: no such file or directory") {
		t.Errorf("missing root: %v", err)
	}
	// A file root is passed through whatever its extension.
	got = nil
	Walk(filepath.Join(dir, "g.pdf"), nil, func(p string) error { got = append(got, filepath.Base(p)); return nil })
	if strings.Join(got, " ") != "g.pdf" {
		t.Errorf("file root: %v", got)
	}
}

func TestFileNameDate(t *testing.T) {
	for _, c := range []struct {
		name, want string
	}{
		{"fujimori-verdict-2009-04-07.txt", "2009-04-07"},
		{"report_2021.03.05.html", "2021-03-05"},
		{"APW19980807.0001.tml", "1998-08-07"},
		{"2023-02-turkey-earthquake.txt", ""}, // a month only
		{"story-2009-02-30.txt", ""},          // no such day
		{"a-2009-04-07-b-2010-01-02.txt", ""}, // two dates
		{"id-120090407.txt", ""},              // digits run on
		{"2009-04-07-and-2009-04-07.txt", "2009-04-07"},
		{"notes.txt", ""},
	} {
		got := ""
		if d, ok := FileNameDate(c.name); ok {
			got = d.Format("2006-01-02")
		}
		if got != c.want {
			t.Errorf("FileNameDate(%q) = %q, want %q", c.name, got, c.want)
		}
	}
	// The text's own date wins over the name's.
	docs, err := ReadReader("dam-2018-07-25.txt", strings.NewReader("Dam bursts\n\nJuly 24, 2018\n\nA dam burst on Monday.\n"), Options{})
	if err != nil || len(docs) != 1 || docs[0].DCT.Format("2006-01-02") != "2018-07-24" || docs[0].DCTSource == DCTFromFileName {
		t.Fatalf("text date: %v %+v", err, docs)
	}
	docs, err = ReadReader("dam-2018-07-25.txt", strings.NewReader("Dam bursts\n\nA dam burst on Monday.\n"), Options{})
	if err != nil || len(docs) != 1 || docs[0].DCT.Format("2006-01-02") != "2018-07-25" || docs[0].DCTSource != DCTFromFileName {
		t.Fatalf("file-name date: %v %+v", err, docs)
	}
	docs, err = ReadReader("-", strings.NewReader("A dam burst on Monday.\n"), Options{})
	if err != nil || len(docs) != 1 || docs[0].HasDCT() {
		t.Fatalf("stdin has no name to date it: %v %+v", err, docs)
	}
}

// FileNameDate never panics, and a date it finds is written in the name.
func FuzzFileNameDate(f *testing.F) {
	for _, s := range []string{"fujimori-verdict-2009-04-07.txt", "APW19980807.0001", "2009-02-30", "19999999", "a-2009-04-07-b-2010-01-02.txt", "20"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		d, ok := FileNameDate(name)
		if !ok {
			return
		}
		compact, dashed := d.Format("20060102"), d.Format("2006-01-02")
		flat := strings.NewReplacer("-", "", "_", "", ".", "").Replace(name)
		if !strings.Contains(flat, compact) && !strings.Contains(name, dashed) {
			t.Fatalf("FileNameDate(%q) = %s, not in the name", name, dashed)
		}
	})
}
