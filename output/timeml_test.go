package output

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/event"
	"github.com/chronicle-news/chronicle/internal/timex"
	"github.com/chronicle-news/chronicle/timeline/timelinetest"
)

func TestWriteTimeML(t *testing.T) {
	b := timelinetest.New("a&b <doc>", "2017-11-10", "Ministers met on Monday in \"Đà Nẵng\" & agreed.\x01\nDone.")
	b.Timex("Monday", timex.Date, "2017-11-06", "")
	b.Event("met", 0, event.Event{})
	var out bytes.Buffer
	if err := WriteTimeML(&out, b.R); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	for _, want := range []string{
		`<DOCID>a&amp;b &lt;doc&gt;</DOCID>`,
		`value="2017-11-10" temporalFunction="false" functionInDocument="CREATION_TIME"`,
		`Ministers <EVENT eid="e1" class="OCCURRENCE">met</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2017-11-06"`,
		`in "Đà Nẵng" &amp; `,
		`agreed</EVENT>. ` + "\nDone.", // the control character became a space
	} {
		if !strings.Contains(s, want) {
			t.Errorf("missing %q in\n%s", want, s)
		}
	}
	d := xml.NewDecoder(strings.NewReader(s))
	for {
		if _, err := d.Token(); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, s)
		}
	}
}
