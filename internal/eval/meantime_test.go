package eval

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
)

func readKestrel(t testing.TB) *MeantimeDoc {
	t.Helper()
	docs, err := ReadMeantimeDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if d.File == "meantime_kestrel.xml" {
			return d
		}
	}
	t.Fatal("testdata/meantime_kestrel.xml not read")
	return nil
}

func TestReadMeantime(t *testing.T) {
	d := readKestrel(t)
	if d.ID != "900" || d.Name != "900_Kestrel_Foods_hires" {
		t.Errorf("id %q name %q", d.ID, d.Name)
	}
	if d.Sentences != 6 || d.Annotated != 5 {
		t.Errorf("sentences %d annotated %d, want 6 and 5 (the last one holds no markable)", d.Sentences, d.Annotated)
	}
	if d.DCT != "2015-03-03" {
		t.Errorf("DCT %q", d.DCT)
	}
	words := func(r TokRange) string {
		var ws []string
		for k := r.First; k <= r.Last; k++ {
			ws = append(ws, d.Tokens[k].Text)
		}
		return strings.Join(ws, " ")
	}
	tests := []struct {
		id, tag, syn, ent, extent, head string
	}{
		{"1", "ENTITY_MENTION", "NAM", "ORG", "Kestrel Foods", "Kestrel Foods"},
		{"5", "ENTITY_MENTION", "NAM", "LOC", "downtown Lisbon", "Lisbon"},
		{"6", "ENTITY_MENTION", "PRE.NAM", "ORG", "Kestrel", "Kestrel"},
		{"7", "ENTITY_MENTION", "NAM", "PRO", "the Zip phone", "Zip"},
		{"9", "ENTITY_MENTION", "NOM", "PER", "its new chief executive", "executive"},
		{"21", "EVENT_MENTION", "", "", "named", "named"},
		{"30", "TIMEX3", "", "", "March 3 , 2015", "March 3 , 2015"},
	}
	for _, tt := range tests {
		m, ok := d.Mention(tt.id)
		if !ok {
			t.Errorf("mention %s not found", tt.id)
			continue
		}
		if m.Tag != tt.tag || m.SyntacticType != tt.syn || m.EntType != tt.ent || words(m.Extent) != tt.extent || words(m.Head) != tt.head {
			t.Errorf("mention %s = %s %s %s %q head %q, want %s %s %s %q head %q", tt.id, m.Tag, m.SyntacticType, m.EntType,
				words(m.Extent), words(m.Head), tt.tag, tt.syn, tt.ent, tt.extent, tt.head)
		}
	}
	if len(d.Links) != 4 {
		t.Errorf("%d participant links, want 4", len(d.Links))
	}
}

func TestMeantimeText(t *testing.T) {
	d := readKestrel(t)
	txt, spans := d.Text()
	want := "Kestrel Foods hires Mara Quinn\n\nMarch 3, 2015\n\n" +
		"Kestrel Foods Inc. named Mara Quinn its new chief executive on Monday in downtown Lisbon. " +
		"Kestrel engineers built the Zip phone. Quinn said \"we will grow\". Nothing here was annotated, not even Wal-Mart."
	if txt != want {
		t.Errorf("text\n%q\nwant\n%q", txt, want)
	}
	if len(spans) != len(d.Tokens) {
		t.Fatalf("%d spans for %d tokens", len(spans), len(d.Tokens))
	}
	for i, sp := range spans {
		if txt[sp.Start:sp.End] != d.Tokens[i].Text {
			t.Errorf("token %d: span gives %q, want %q", i, txt[sp.Start:sp.End], d.Tokens[i].Text)
		}
	}
	// A byte span maps to the tokens it overlaps.
	i := strings.Index(txt, "Wal-Mart")
	r, ok := TokenRange(spans, document.Span{Start: i, End: i + len("Wal-Mart")})
	if !ok || d.Tokens[r.First].Text != "Wal" || d.Tokens[r.Last].Text != "Mart" {
		t.Errorf("Wal-Mart maps to %v %v", r, ok)
	}
	if _, ok := TokenRange(spans, document.Span{Start: len(txt), End: len(txt) + 3}); ok {
		t.Error("a span past the text maps to tokens")
	}
}

// kestrelSystem is a hand-made system output for the fixture, with one
// of each kind of error.
func kestrelSystem(t *testing.T, d *MeantimeDoc) MeantimeSystem {
	txt, _ := d.Text()
	at := func(s string, nth int) document.Span {
		off := 0
		for k := 0; ; k++ {
			i := strings.Index(txt[off:], s)
			if i < 0 {
				t.Fatalf("%q (%d) not in the text", s, nth)
			}
			if k == nth {
				return document.Span{Start: off + i, End: off + i + len(s)}
			}
			off += i + len(s)
		}
	}
	name := func(s string, nth int, typ string) MeantimeName { return MeantimeName{Span: at(s, nth), Type: typ} }
	return MeantimeSystem{
		Names: []MeantimeName{
			name("Kestrel Foods", 0, "ORG"),      // correct
			name("Mara Quinn", 0, "PER"),         // correct
			name("Kestrel Foods Inc.", 0, "ORG"), // correct
			name("Mara Quinn", 1, "ORG"),         // wrong type: one missed PER, one spurious ORG
			name("Lisbon", 0, "LOC"),             // correct (the head of "downtown Lisbon")
			name("Kestrel", 2, "ORG"),            // pre-modifier: not scored
			name("Zip", 0, "ORG"),                // a product: spurious
			name("Wal-Mart", 0, "ORG"),           // not in the annotated sentences
			// "Quinn" in sentence 4 missed
		},
		EventSets: [][]document.Span{
			{at("hires", 0), at("named", 0), at("phone", 0), at("said", 0), at("annotated", 0)},
		},
		Links: []MeantimeSysLink{
			{Event: at("named", 0), Entity: []document.Span{at("Kestrel Foods", 0), at("Kestrel Foods", 1)}, Label: "Kestrel Foods"},
			{Event: at("named", 0), Entity: []document.Span{at("Mara Quinn", 0), at("Mara Quinn", 1)}, Label: "Mara Quinn"},
			{Event: at("built", 0), Entity: []document.Span{at("Zip", 0)}, Label: "Zip"},
			{Event: at("hires", 0), Entity: []document.Span{at("Lisbon", 0)}, Label: "Lisbon"}, // Lisbon is not in the title
		},
	}
}

func TestScoreMeantime(t *testing.T) {
	d := readKestrel(t)
	s, err := ScoreMeantime([]*MeantimeDoc{d}, []MeantimeSystem{kestrelSystem(t, d)}, []string{"events"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]MeantimeCounts{
		"PER": {Gold: 3, Sys: 1, GoldMatched: 1, SysMatched: 1},
		"ORG": {Gold: 2, Sys: 4, GoldMatched: 2, SysMatched: 2},
		"LOC": {Gold: 1, Sys: 1, GoldMatched: 1, SysMatched: 1},
	}
	for typ, c := range want {
		if s.Names[typ] != c {
			t.Errorf("names %s = %+v, want %+v", typ, s.Names[typ], c)
		}
	}
	if o := s.NamesOverall(); o.F1() < 0.666 || o.F1() > 0.667 {
		t.Errorf("names F1 %.4f, want 2/3", o.F1())
	}
	if s.PreNames != 1 {
		t.Errorf("pre-modifier names %d, want 1", s.PreNames)
	}
	// With extents as gold spans, "downtown Lisbon" is missed.
	if s.NameExtent != (MeantimeCounts{Gold: 6, Sys: 6, GoldMatched: 3, SysMatched: 3}) {
		t.Errorf("extent counts %+v", s.NameExtent)
	}
	if s.Events[0] != (MeantimeCounts{Gold: 4, Sys: 4, GoldMatched: 3, SysMatched: 3}) {
		t.Errorf("events %+v", s.Events[0])
	}
	if s.Links != (MeantimeCounts{Gold: 4, Sys: 4, GoldMatched: 3, SysMatched: 3}) {
		t.Errorf("links %+v", s.Links)
	}
	var buf bytes.Buffer
	if err := WriteMeantimeReport(&buf, s, true); err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{
		"    - PER  Mara Quinn",
		"    + ORG  Mara Quinn",
		"    + ORG  Zip",
		"    - PER  Quinn",
		"    + phone",
		"    - built",
		"    - said -> Quinn",
		"    + hires -> Lisbon",
	} {
		if !strings.Contains(buf.String(), line+"\n") {
			t.Errorf("report lacks %q:\n%s", line, buf.String())
		}
	}
	// Same input, same bytes.
	var again bytes.Buffer
	s2, _ := ScoreMeantime([]*MeantimeDoc{d}, []MeantimeSystem{kestrelSystem(t, d)}, []string{"events"})
	WriteMeantimeReport(&again, s2, true)
	if again.String() != buf.String() {
		t.Error("report differs between two runs")
	}
}

func TestScoreMeantimeMismatch(t *testing.T) {
	d := readKestrel(t)
	if _, err := ScoreMeantime([]*MeantimeDoc{d}, nil, nil); err == nil {
		t.Error("no error for a missing system output")
	}
}

// The corpus, when ../shared is present: every file reads, the rebuilt
// text holds every token, and each document has its DCT.
func TestMeantimeCorpus(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "data", "meantime", "corpus_apple")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("../shared not present: ", err)
	}
	docs, err := ReadMeantimeDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if d.DCT == "" || d.Annotated < 5 || d.Annotated > 6 {
			t.Errorf("%s: DCT %q, %d annotated sentences", d.File, d.DCT, d.Annotated)
		}
		txt, spans := d.Text()
		for i, sp := range spans {
			if txt[sp.Start:sp.End] != normQuote(d.Tokens[i].Text) {
				t.Errorf("%s: token %d %q at %q", d.File, i, d.Tokens[i].Text, txt[sp.Start:sp.End])
				break
			}
		}
	}
}

func normQuote(s string) string {
	switch s {
	case "``":
		return "“"
	case "''":
		return "”"
	case "`":
		return "‘"
	}
	return s
}

func FuzzReadMeantime(f *testing.F) {
	b, err := os.ReadFile(filepath.Join("testdata", "meantime_kestrel.xml"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte(`<Document><token t_id="1" sentence="3">a</token><token t_id="1" sentence="1">"</token><Markables><ENTITY_MENTION m_id="1" head="a b"><token_anchor t_id="1"/><token_anchor t_id="9"/></ENTITY_MENTION></Markables><Relations><HAS_PARTICIPANT><source m_id="1"/></HAS_PARTICIPANT><REFERS_TO/></Relations></Document>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := ReadMeantime(bytes.NewReader(data))
		if err != nil {
			return
		}
		txt, spans := d.Text()
		var sys MeantimeSystem
		for i, sp := range spans {
			if sp.Start < 0 || sp.End > len(txt) || sp.Start > sp.End {
				t.Fatalf("token %d span %v outside the text (%d bytes)", i, sp, len(txt))
			}
			sys.Names = append(sys.Names, MeantimeName{Span: sp, Type: "ORG"})
			sys.Links = append(sys.Links, MeantimeSysLink{Event: sp, Entity: []document.Span{sp, {Start: -5, End: 1 << 20}}})
		}
		sys.EventSets = [][]document.Span{spans}
		s, err := ScoreMeantime([]*MeantimeDoc{d}, []MeantimeSystem{sys}, []string{"x"})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := WriteMeantimeReport(&buf, s, true); err != nil {
			t.Fatal(err)
		}
	})
}

// An event is dated by a TLINK that puts it at or within a date; BEFORE
// and the like give no date.
func TestMeantimeEventDates(t *testing.T) {
	d := readKestrel(t)
	if got := d.EventDates["21"]; got != "2015-03-03" {
		t.Errorf("event 21 dated %q, want 2015-03-03", got)
	}
	if got, ok := d.EventDates["22"]; ok {
		t.Errorf("event 22 dated %q by a BEFORE link", got)
	}
}
