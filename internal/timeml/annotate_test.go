package timeml

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/event"
	"github.com/chronicle-news/chronicle/internal/timex"
)

// wellFormed checks the output with a strict XML decoder.
func wellFormed(t *testing.T, b []byte) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(b))
	for {
		_, err := dec.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("output is not well-formed XML: %v\n%s", err, b)
		}
	}
}

// outsideText returns what lies outside <TEXT>'s content.
func outsideText(d *Doc) (string, string) {
	return string(d.Raw[:d.TextStart]), string(d.Raw[d.TextEnd:])
}

func span(text, sub string, nth int) document.Span {
	k := 0
	for i := 0; ; i++ {
		j := strings.Index(text[k:], sub)
		if j < 0 {
			panic("no " + sub)
		}
		if i == nth {
			return document.Span{Start: k + j, End: k + j + len(sub)}
		}
		k += j + len(sub)
	}
}

func TestAnnotateRoundTripSmall(t *testing.T) {
	d, err := Parse(mustRead(t, "small.tml"))
	if err != nil {
		t.Fatal(err)
	}
	out, err := Annotate(d, d.Timexes(), d.Events())
	if err != nil {
		t.Fatal(err)
	}
	wellFormed(t, out)
	d2, err := Parse(out)
	if err != nil {
		t.Fatal(err)
	}
	if d2.Text != d.Text {
		t.Errorf("text changed:\n%q\n%q", d2.Text, d.Text)
	}
	a1, b1 := outsideText(d)
	a2, b2 := outsideText(d2)
	if a1 != a2 || b1 != b2 {
		t.Errorf("bytes outside TEXT changed")
	}
	want := `
The town council <EVENT eid="e1" class="REPORTING">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="2021-03-03" temporalFunction="true" functionInDocument="NONE" anchorTimeID="t0">Wednesday</TIMEX3> that the bridge at Smith &amp; Sons <EVENT eid="e2" class="OCCURRENCE">reopened</EVENT> after <TIMEX3 tid="t2" type="DURATION" value="P2W" temporalFunction="false" functionInDocument="NONE">two weeks</TIMEX3> of repairs &#8212; &#x201C;at last&#x201D;.
`
	if got := string(out[d2.TextStart:d2.TextEnd]); got != want {
		t.Errorf("TEXT\n%s\nwant\n%s", got, want)
	}
}

func TestAnnotateRules(t *testing.T) {
	const src = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2020-01-10" temporalFunction="false" functionInDocument="CREATION_TIME">2020-01-10</TIMEX3></DCT>
<TEXT><s id="1">Talks began on Monday &amp; ended late.</s><s id="2">A week later <SIGNAL sid="s1">after</SIGNAL> that, nothing.</s></TEXT>
<TLINK lid="l1" relType="BEFORE" timeID="t0" relatedToTime="t0"/>
</TimeML>
`
	d, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	txt := d.Text
	cases := []struct {
		name    string
		timexes []timex.Timex
		events  []event.Event
		want    string // TEXT content
	}{
		{
			name:    "timex and event, IDs renamed away from t0",
			timexes: []timex.Timex{{ID: "t0", Span: span(txt, "on Monday", 0), Type: "DATE", Value: "2020-01-06", Anchor: timex.AnchorDCT}},
			events:  []event.Event{{ID: "ev1", Trigger: span(txt, "began", 0), Class: "ASPECTUAL"}},
			want:    `<s id="1">Talks <EVENT eid="e1" class="ASPECTUAL">began</EVENT> <TIMEX3 tid="t1" type="DATE" value="2020-01-06" temporalFunction="true" functionInDocument="NONE" anchorTimeID="t0">on Monday</TIMEX3> &amp; ended late.</s><s id="2">A week later after that, nothing.</s>`,
		},
		{
			name: "overlap keeps the longer, event inside timex dropped",
			timexes: []timex.Timex{
				{ID: "t1", Span: span(txt, "Monday", 0), Type: "DATE", Value: "2020-01-06"},
				{ID: "t2", Span: span(txt, "on Monday", 0), Type: "DATE", Value: "2020-01-06"},
			},
			events: []event.Event{{ID: "e9", Trigger: span(txt, "Monday", 0), Class: "OCCURRENCE"}},
			want:   `<s id="1">Talks began <TIMEX3 tid="t2" type="DATE" value="2020-01-06" temporalFunction="false" functionInDocument="NONE">on Monday</TIMEX3> &amp; ended late.</s><s id="2">A week later after that, nothing.</s>`,
		},
		{
			name:    "span across sentences dropped, whole sentence kept inside s",
			timexes: []timex.Timex{{Span: document.Span{Start: strings.Index(txt, "late"), End: strings.Index(txt, "week") + 4}, Type: "DATE"}},
			events:  []event.Event{{Trigger: span(txt, "A week later after that, nothing.", 0)}},
			want:    `<s id="1">Talks began on Monday &amp; ended late.</s><s id="2"><EVENT eid="e1" class="OCCURRENCE">A week later after that, nothing.</EVENT></s>`,
		},
		{
			name: "entity inside a span, span ending at entity, escaping",
			timexes: []timex.Timex{
				{Span: span(txt, "Monday &", 0), Type: "DATE", Value: `a"<b>&`, Mod: "APPROX", Quant: "EVERY", Freq: "1X", AnchorID: "t7"},
			},
			want: `<s id="1">Talks began on <TIMEX3 tid="t1" type="DATE" value="a&quot;&lt;b&gt;&amp;" mod="APPROX" temporalFunction="false" functionInDocument="NONE" quant="EVERY" freq="1X">Monday &amp;</TIMEX3> ended late.</s><s id="2">A week later after that, nothing.</s>`,
		},
		{
			name: "event numbers kept, clashes renumbered",
			events: []event.Event{
				{ID: "ev7", Trigger: span(txt, "began", 0)},
				{ID: "e7", Trigger: span(txt, "ended", 0)},
				{ID: "??", Trigger: span(txt, "nothing", 0)},
			},
			want: `<s id="1">Talks <EVENT eid="e7" class="OCCURRENCE">began</EVENT> on Monday &amp; <EVENT eid="e1" class="OCCURRENCE">ended</EVENT> late.</s><s id="2">A week later after that, <EVENT eid="e2" class="OCCURRENCE">nothing</EVENT>.</s>`,
		},
		{
			name:    "out of range and empty spans dropped",
			timexes: []timex.Timex{{Span: document.Span{Start: 3, End: 3}}, {Span: document.Span{Start: -1, End: 2}}, {Span: document.Span{Start: 2, End: len(txt) + 1}}},
			want:    `<s id="1">Talks began on Monday &amp; ended late.</s><s id="2">A week later after that, nothing.</s>`,
		},
		{
			name: "anchor follows renaming",
			timexes: []timex.Timex{
				{ID: "x", Span: span(txt, "Monday", 0), Type: "DATE", Value: "2020-01-06"},
				{ID: "t0", Span: span(txt, "A week later", 0), Type: "DATE", Value: "2020-01-13", Anchor: timex.AnchorTimex, AnchorID: "x"},
			},
			want: `<s id="1">Talks began on <TIMEX3 tid="t1" type="DATE" value="2020-01-06" temporalFunction="false" functionInDocument="NONE">Monday</TIMEX3> &amp; ended late.</s><s id="2"><TIMEX3 tid="t2" type="DATE" value="2020-01-13" temporalFunction="true" functionInDocument="NONE" anchorTimeID="t1">A week later</TIMEX3> after that, nothing.</s>`,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, err := Annotate(d, c.timexes, c.events)
			if err != nil {
				t.Fatal(err)
			}
			wellFormed(t, out)
			d2, err := Parse(out)
			if err != nil {
				t.Fatal(err)
			}
			if got := string(out[d2.TextStart:d2.TextEnd]); got != c.want {
				t.Errorf("TEXT\n%s\nwant\n%s", got, c.want)
			}
			a1, b1 := outsideText(d)
			a2, b2 := outsideText(d2)
			if a1 != a2 || b1 != b2 {
				t.Errorf("bytes outside TEXT changed")
			}
		})
	}
}

// TestAnnotateNesting puts new tags next to remaining elements that start or
// end at the same offset.
func TestAnnotateNesting(t *testing.T) {
	const src = `<TimeML><TEXT><ENAMEX type="X">Paris</ENAMEX> in <NUMEX>2019</NUMEX><!-- c --><B><I>spring</I> days</B></TEXT></TimeML>`
	d, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	txt := d.Text
	cases := []struct {
		sp   document.Span
		want string
	}{
		{span(txt, "Paris", 0), `<ENAMEX type="X"><TIMEX3 tid="t1" type="DATE" value="" temporalFunction="false" functionInDocument="NONE">Paris</TIMEX3></ENAMEX> in <NUMEX>2019</NUMEX><!-- c --><B><I>spring</I> days</B>`},
		{span(txt, "Paris in", 0), `<TIMEX3 tid="t1" type="DATE" value="" temporalFunction="false" functionInDocument="NONE"><ENAMEX type="X">Paris</ENAMEX> in</TIMEX3> <NUMEX>2019</NUMEX><!-- c --><B><I>spring</I> days</B>`},
		{span(txt, "in 2019", 0), `<ENAMEX type="X">Paris</ENAMEX> <TIMEX3 tid="t1" type="DATE" value="" temporalFunction="false" functionInDocument="NONE">in <NUMEX>2019</NUMEX></TIMEX3><!-- c --><B><I>spring</I> days</B>`},
		{span(txt, "spring days", 0), `<ENAMEX type="X">Paris</ENAMEX> in <NUMEX>2019</NUMEX><!-- c --><B><TIMEX3 tid="t1" type="DATE" value="" temporalFunction="false" functionInDocument="NONE"><I>spring</I> days</TIMEX3></B>`},
		{span(txt, "2019spring days", 0), `<ENAMEX type="X">Paris</ENAMEX> in <TIMEX3 tid="t1" type="DATE" value="" temporalFunction="false" functionInDocument="NONE"><NUMEX>2019</NUMEX><!-- c --><B><I>spring</I> days</B></TIMEX3>`},
		{span(txt, "2019spring", 0), `<ENAMEX type="X">Paris</ENAMEX> in <NUMEX>2019</NUMEX><!-- c --><B><I>spring</I> days</B>`}, // crosses <B>
	}
	for _, c := range cases {
		out, err := Annotate(d, []timex.Timex{{Span: c.sp, Type: "DATE"}}, nil)
		if err != nil {
			t.Fatal(err)
		}
		wellFormed(t, out)
		d2, err := Parse(out)
		if err != nil {
			t.Fatal(err)
		}
		if got := string(out[d2.TextStart:d2.TextEnd]); got != c.want {
			t.Errorf("%q:\n%s\nwant\n%s", txt[c.sp.Start:c.sp.End], got, c.want)
		}
	}
}

// TestAnnotateRoundTripTBAQ annotates every gold file with its own TIMEX3 and
// EVENT tags: the result parses to the same text and the same tags.
func TestAnnotateRoundTripTBAQ(t *testing.T) {
	root := filepath.Join("..", "..", "..", "shared", "data")
	if _, err := os.Stat(root); err != nil {
		t.Skip("../shared not present: ", err)
	}
	files, _ := filepath.Glob(filepath.Join(root, "tempeval3/TBAQ-cleaned/*/*.tml"))
	more, _ := filepath.Glob(filepath.Join(root, "semeval2015-timeline/Corpus-trial-data_task4_TimeML/*.tml"))
	files = append(files, more...)
	for _, f := range files {
		b, _ := os.ReadFile(f)
		d, err := Parse(b)
		if err != nil {
			t.Fatal(err)
		}
		tx, ev := d.Timexes(), d.Events()
		out, err := Annotate(d, tx, ev)
		if err != nil {
			t.Fatal(err)
		}
		d2, err := Parse(out)
		if err != nil {
			t.Fatalf("%s: output does not parse: %v", f, err)
		}
		if d2.Text != d.Text {
			t.Errorf("%s: text changed", f)
		}
		a1, b1 := outsideText(d)
		a2, b2 := outsideText(d2)
		if a1 != a2 || b1 != b2 {
			t.Errorf("%s: bytes outside TEXT changed", f)
		}
		tx2, ev2 := d2.Timexes(), d2.Events()
		if len(tx2) != len(tx) || len(ev2) != len(ev) {
			t.Errorf("%s: %d timexes %d events, want %d %d", f, len(tx2), len(ev2), len(tx), len(ev))
			continue
		}
		for i := range tx {
			if tx[i].Span != tx2[i].Span || tx[i].Value != tx2[i].Value || tx[i].Type != tx2[i].Type || tx[i].ID != tx2[i].ID {
				t.Errorf("%s: timex %v became %v", f, tx[i], tx2[i])
			}
		}
		for i := range ev {
			if ev[i].Trigger != ev2[i].Trigger || ev[i].Class != ev2[i].Class && ev[i].Class != "" {
				t.Errorf("%s: event %v became %v", f, ev[i], ev2[i])
			}
		}
	}
}

// FuzzAnnotate inserts arbitrary spans into documents with sentence elements,
// entities and nested markup: the output must stay well-formed with the same
// text.
func FuzzAnnotate(f *testing.F) {
	docs := []string{
		`<TimeML><DCT><TIMEX3 tid="t0" functionInDocument="CREATION_TIME" value="2020-01-01">x</TIMEX3></DCT><TEXT><s id="1">Talks began on Monday &amp; ended.</s><s id="2">A week &#x2014; later.</s></TEXT></TimeML>`,
		`<TimeML><TEXT><ENAMEX type="X">Paris</ENAMEX> in <NUMEX>2019</NUMEX><!-- c --><B><I>spring</I> days</B><E/><![CDATA[a<b]]></TEXT></TimeML>`,
	}
	f.Add(uint8(0), 3, 9, 5, 12, 0, 4)
	f.Add(uint8(1), 0, 5, 5, 9, 9, 20)
	f.Fuzz(func(t *testing.T, which uint8, a, b, c, e, g, h int) {
		d, err := Parse([]byte(docs[int(which)%len(docs)]))
		if err != nil {
			t.Fatal(err)
		}
		tx := []timex.Timex{{Span: document.Span{Start: a, End: b}, Type: "DATE"}, {ID: "t0", Span: document.Span{Start: g, End: h}}}
		ev := []event.Event{{Trigger: document.Span{Start: c, End: e}}}
		out, err := Annotate(d, tx, ev)
		if err != nil {
			t.Fatal(err)
		}
		wellFormed(t, out)
		d2, err := Parse(out)
		if err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		if d2.Text != d.Text {
			t.Fatalf("text changed: %q", d2.Text)
		}
	})
}

// bigDoc builds a document of n sentence elements with an entity and a
// TIMEX3 in each, and as many timexes and events to insert.
func bigDoc(n int) (*Doc, []timex.Timex, []event.Event) {
	var sb strings.Builder
	sb.WriteString(`<TimeML><DCT><TIMEX3 tid="t0" functionInDocument="CREATION_TIME" value="2020-01-01">x</TIMEX3></DCT><TEXT>`)
	for i := 0; i < n; i++ {
		sb.WriteString(`<s id="` + strconv.Itoa(i) + `">Shares of Smith &amp; Co <EVENT eid="e1">rose</EVENT> <TIMEX3 tid="t1" type="DATE" value="2020">on Monday</TIMEX3> again.</s>`)
	}
	sb.WriteString(`</TEXT></TimeML>`)
	d, err := Parse([]byte(sb.String()))
	if err != nil {
		panic(err)
	}
	var tx []timex.Timex
	var ev []event.Event
	for _, tg := range d.Tags {
		switch tg.Name {
		case "TIMEX3":
			tx = append(tx, timex.Timex{Span: document.Span{Start: tg.Start, End: tg.End}, Type: "DATE", Value: "2019-12-30"})
		case "EVENT":
			ev = append(ev, event.Event{Trigger: document.Span{Start: tg.Start, End: tg.End}, Class: "OCCURRENCE"})
		}
	}
	return d, tx, ev
}

func BenchmarkParse(b *testing.B) {
	d, _, _ := bigDoc(2000)
	b.SetBytes(int64(len(d.Raw)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Parse(d.Raw); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAnnotate(b *testing.B) {
	d, tx, ev := bigDoc(2000)
	b.SetBytes(int64(len(d.Raw)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Annotate(d, tx, ev); err != nil {
			b.Fatal(err)
		}
	}
}

func TestAnnotateBadDoc(t *testing.T) {
	if _, err := Annotate(nil, nil, nil); err == nil {
		t.Error("no error for nil")
	}
	if _, err := Annotate(&Doc{Raw: []byte("<TEXT>x</TEXT>"), TextStart: 6, TextEnd: 7, Text: "x"}, nil, nil); err == nil {
		t.Error("no error for a hand-made Doc")
	}
	if _, err := Annotate(&Doc{Raw: []byte("ab"), TextStart: 2, TextEnd: 1}, nil, nil); err == nil {
		t.Error("no error for a bad range")
	}
}
