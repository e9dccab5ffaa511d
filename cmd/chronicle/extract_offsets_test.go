package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Issue 15 item 6: on .tml input the end offset of a timex (and of any span
// ending where markup follows) pointed after the closing tag, so
// raw[start:end] held "Wednesday</TIMEX3>" instead of "Wednesday".
func TestExtractTimeMLInputOffsets(t *testing.T) {
	raw := `<?xml version="1.0" ?>
<TimeML>
<DOCID>T1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2017-11-10" functionInDocument="CREATION_TIME">2017-11-10</TIMEX3></DCT>
<TEXT>
<s>Shinzo Abe <EVENT eid="e1" class="OCCURRENCE">met</EVENT> Vladimir Putin in Danang on <TIMEX3 tid="t1" type="DATE" value="2017-11-10">Friday</TIMEX3>.</s>
<s>The talks at Smith &amp; Sons lasted <TIMEX3 tid="t2" type="DURATION" value="PT1H">an hour</TIMEX3></s> <s>in <TIMEX3 tid="t3" type="DATE" value="2017-09">September</TIMEX3>&#x2014;and Abe plans to visit Russia in <TIMEX3 tid="t4" type="DATE" value="2018-05">May</TIMEX3>.</s>
</TEXT>
</TimeML>
`
	p := filepath.Join(t.TempDir(), "d.tml")
	if err := os.WriteFile(p, []byte(raw), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := chronicle(t, "", "extract", p)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	type span struct {
		Start, End int
		Text       string
	}
	var doc struct {
		Timexes  []span
		Entities []struct{ Mentions []span }
		Events   []span
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Timexes) < 3 {
		t.Fatalf("want at least 3 timexes, got %+v", doc.Timexes)
	}
	check := func(kind string, s span) {
		t.Helper()
		if s.Start < 0 || s.End > len(raw) || s.Start > s.End {
			t.Errorf("%s %q: span %d-%d outside the file", kind, s.Text, s.Start, s.End)
			return
		}
		if got := raw[s.Start:s.End]; got != s.Text {
			t.Errorf("%s %q: the file's bytes %d-%d are %q", kind, s.Text, s.Start, s.End, got)
		}
	}
	for _, x := range doc.Timexes {
		check("timex", x)
	}
	for _, e := range doc.Entities {
		for _, m := range e.Mentions {
			if !strings.Contains(m.Text, "&") { // "Smith & Sons" is "Smith &amp; Sons" in the file
				check("mention", m)
			}
		}
	}
	for _, e := range doc.Events {
		check("event", e)
	}
}
