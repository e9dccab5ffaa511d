package eval

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/timeml"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

// doc wraps TEXT content into a TimeML document.
func doc(t testing.TB, text string) *timeml.Doc {
	t.Helper()
	src := `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2022-05-06" temporalFunction="false" functionInDocument="CREATION_TIME">2022-05-06</TIMEX3></DCT>
<TEXT>` + text + `</TEXT>
</TimeML>
`
	d, err := timeml.Parse([]byte(src))
	if err != nil {
		t.Fatalf("%v\n%s", err, src)
	}
	return d
}

func tx(typ, val, text string) string {
	return `<TIMEX3 tid="tx" type="` + typ + `" value="` + val + `">` + text + `</TIMEX3>`
}

func ev(class, text string) string {
	return `<EVENT eid="ex" class="` + class + `">` + text + `</EVENT>`
}

func TestScoreTimexDocs(t *testing.T) {
	cases := []struct {
		name      string
		gold, sys string
		want      TimexScore // Counts without Docs/Warnings, plus attrs
		kinds     string     // error kinds in order
	}{
		{
			name: "identical",
			gold: "We met " + tx("DATE", "2022-05-02", "on Monday") + " and " + tx("DURATION", "PT2H", "for two hours") + ".",
			sys:  "We met " + tx("DATE", "2022-05-02", "on Monday") + " and " + tx("DURATION", "PT2H", "for two hours") + ".",
			want: TimexScore{Counts: Counts{Gold: 2, Sys: 2, StrictMatch: 2, StrictMatchSys: 2, RelaxedMatch: 2, RelaxedMatchSys: 2}, ValueCorrect: 2, TypeCorrect: 2},
		},
		{
			name:  "partial extent, wrong value",
			gold:  "We met " + tx("DATE", "2022-05-02", "on Monday") + ".",
			sys:   "We met on " + tx("DATE", "2022-05-09", "Monday") + ".",
			want:  TimexScore{Counts: Counts{Gold: 1, Sys: 1, RelaxedMatch: 1, RelaxedMatchSys: 1}, TypeCorrect: 1},
			kinds: "extent value",
		},
		{
			name:  "missed and spurious",
			gold:  "The fair opens " + tx("DATE", "2022-06", "in June") + ". It rained now.",
			sys:   "The fair opens in June. It rained " + tx("DATE", "PRESENT_REF", "now") + ".",
			want:  TimexScore{Counts: Counts{Gold: 1, Sys: 1}},
			kinds: "missed spurious",
		},
		{
			name:  "one system span over two gold spans",
			gold:  "From " + tx("DATE", "2022-05-02", "Monday") + " to " + tx("DATE", "2022-05-06", "Friday") + ".",
			sys:   "From " + tx("DURATION", "P5D", "Monday to Friday") + ".",
			want:  TimexScore{Counts: Counts{Gold: 2, Sys: 1, RelaxedMatch: 2, RelaxedMatchSys: 1}},
			kinds: "extent type value extent type value",
		},
		{
			name: "white space inside the tag is ignored",
			gold: "Seen " + tx("DATE", "2022-05-05", "yesterday") + " again.",
			sys:  "Seen" + tx("DATE", "2022-05-05", " yesterday ") + "again.",
			want: TimexScore{Counts: Counts{Gold: 1, Sys: 1, StrictMatch: 1, StrictMatchSys: 1, RelaxedMatch: 1, RelaxedMatchSys: 1}, ValueCorrect: 1, TypeCorrect: 1},
		},
		{
			name:  "strict match preferred over a longer overlap",
			gold:  tx("DATE", "2022", "2022") + " and " + tx("DATE", "2023", "2023"),
			sys:   tx("DATE", "2022", "2022") + tx("DATE", "XXXX", " and 2023"),
			want:  TimexScore{Counts: Counts{Gold: 2, Sys: 2, StrictMatch: 1, StrictMatchSys: 1, RelaxedMatch: 2, RelaxedMatchSys: 2}, ValueCorrect: 1, TypeCorrect: 2},
			kinds: "extent value",
		},
		{
			name: "no gold, no system",
			gold: "Nothing here.",
			sys:  "Nothing here.",
			want: TimexScore{},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, errs := ScoreTimexDocs("d", doc(t, c.gold), doc(t, c.sys))
			if len(got.Warnings) > 0 {
				t.Errorf("warnings %v", got.Warnings)
			}
			got.Docs, got.Warnings = 0, nil
			if !countsEqual(got.Counts, c.want.Counts) || got.ValueCorrect != c.want.ValueCorrect || got.TypeCorrect != c.want.TypeCorrect {
				t.Errorf("score %+v\nwant  %+v", got, c.want)
			}
			var kinds []string
			for _, e := range errs {
				kinds = append(kinds, e.Kind)
			}
			if k := strings.Join(kinds, " "); k != c.kinds {
				t.Errorf("error kinds %q, want %q (%+v)", k, c.kinds, errs)
			}
		})
	}
}

func countsEqual(a, b Counts) bool {
	a.Warnings, b.Warnings = nil, nil
	return a.Docs == b.Docs && a.MissingSys == b.MissingSys && a.Gold == b.Gold && a.Sys == b.Sys &&
		a.StrictMatch == b.StrictMatch && a.StrictMatchSys == b.StrictMatchSys &&
		a.RelaxedMatch == b.RelaxedMatch && a.RelaxedMatchSys == b.RelaxedMatchSys
}

func TestScoreFormulas(t *testing.T) {
	// 10 gold, 8 system; 6 gold strictly matched (6 system), 8 gold relaxed
	// (7 system); 6 values and 7 types right.
	s := TimexScore{Counts: Counts{Gold: 10, Sys: 8, StrictMatch: 6, StrictMatchSys: 6, RelaxedMatch: 8, RelaxedMatchSys: 7}, ValueCorrect: 6, TypeCorrect: 7}
	near := func(name string, got, want float64) {
		if d := got - want; d > 1e-9 || d < -1e-9 {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
	near("StrictP", s.StrictP(), 0.75)
	near("StrictR", s.StrictR(), 0.6)
	near("StrictF1", s.StrictF1(), 2*0.75*0.6/1.35)
	near("RelaxedP", s.RelaxedP(), 0.875)
	near("RelaxedR", s.RelaxedR(), 0.8)
	rf := 2 * 0.875 * 0.8 / 1.675
	near("RelaxedF1", s.RelaxedF1(), rf)
	near("ValueF1", s.ValueF1(), 0.75*rf)
	near("TypeF1", s.TypeF1(), 7.0/8*rf)
	var zero TimexScore
	near("zero F1", zero.StrictF1()+zero.ValueF1(), 0)
}

func TestScoreEventDocs(t *testing.T) {
	gold := doc(t, "Officials "+ev("REPORTING", "said")+" the bridge "+ev("OCCURRENCE", "collapsed")+" after the "+ev("OCCURRENCE", "storm")+". Nothing else.")
	sys := doc(t, "Officials "+ev("REPORTING", "said")+" the bridge "+ev("STATE", "collapsed")+" after "+ev("OCCURRENCE", "the storm")+". "+ev("OCCURRENCE", "Nothing")+" else.")
	got, errs := ScoreEventDocs("d", gold, sys)
	want := Counts{Docs: 1, Gold: 3, Sys: 4, StrictMatch: 2, StrictMatchSys: 2, RelaxedMatch: 3, RelaxedMatchSys: 3}
	if !countsEqual(got.Counts, want) || got.ClassCorrect != 2 {
		t.Errorf("score %+v, want %+v class 2", got, want)
	}
	var kinds []string
	for _, e := range errs {
		kinds = append(kinds, e.Kind+":"+e.Text)
	}
	if k := strings.Join(kinds, " "); k != "class:collapsed extent:storm spurious:Nothing" {
		t.Errorf("errors %s", k)
	}
}

func TestTextMismatch(t *testing.T) {
	gold := doc(t, "It rained "+tx("DATE", "2022-05-05", "yesterday")+".")
	sys := doc(t, "It snowed "+tx("DATE", "2022-05-05", "yesterday")+".")
	got, errs := ScoreTimexDocs("d", gold, sys)
	if len(got.Warnings) != 1 || !strings.Contains(got.Warnings[0], "differs") {
		t.Errorf("warnings %v", got.Warnings)
	}
	if got.RelaxedMatch != 0 || got.Sys != 1 || len(errs) != 2 {
		t.Errorf("score %+v errs %v", got, errs)
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func wrap(text string) string {
	return `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2022-05-06" temporalFunction="false" functionInDocument="CREATION_TIME">2022-05-06</TIMEX3></DCT>
<TEXT>` + text + `</TEXT>
</TimeML>
`
}

// TestScoreDirs pairs files by name, counts a missing system file as all
// missed and writes the report (golden file).
func TestScoreDirs(t *testing.T) {
	dir := t.TempDir()
	g, s := filepath.Join(dir, "gold"), filepath.Join(dir, "sys")
	writeFile(t, filepath.Join(g, "a", "one.tml"), wrap("Talks "+ev("OCCURRENCE", "began")+" "+tx("DATE", "2022-05-02", "on Monday")+" and "+ev("OCCURRENCE", "ended")+" "+tx("DATE", "2022-05-03", "Tuesday")+"."))
	writeFile(t, filepath.Join(g, "a", "two.tml"), wrap("Markets "+ev("OCCURRENCE", "fell")+" "+tx("DATE", "2022-05-05", "yesterday")+"."))
	writeFile(t, filepath.Join(s, "a", "one.tml"), wrap("Talks "+ev("OCCURRENCE", "began")+" on "+tx("DATE", "2022-05-09", "Monday")+" and "+ev("STATE", "ended")+" Tuesday."))
	writeFile(t, filepath.Join(s, "stray.tml"), wrap("Nothing."))

	ts, terrs, err := ScoreTimexDirs(g, s)
	if err != nil {
		t.Fatal(err)
	}
	want := Counts{Docs: 2, MissingSys: 1, Gold: 3, Sys: 1, RelaxedMatch: 1, RelaxedMatchSys: 1}
	if !countsEqual(ts.Counts, want) || ts.ValueCorrect != 0 || ts.TypeCorrect != 1 {
		t.Errorf("timex %+v, want %+v", ts, want)
	}
	if len(ts.Warnings) != 2 {
		t.Errorf("warnings %q", ts.Warnings)
	}
	es, eerrs, err := ScoreEventDirs(g, s)
	if err != nil {
		t.Fatal(err)
	}
	wantE := Counts{Docs: 2, MissingSys: 1, Gold: 3, Sys: 2, StrictMatch: 2, StrictMatchSys: 2, RelaxedMatch: 2, RelaxedMatchSys: 2}
	if !countsEqual(es.Counts, wantE) || es.ClassCorrect != 1 {
		t.Errorf("event %+v, want %+v", es, wantE)
	}

	var buf bytes.Buffer
	if err := WriteTimexReport(&buf, ts, terrs, true); err != nil {
		t.Fatal(err)
	}
	buf.WriteString("\n")
	if err := WriteEventReport(&buf, es, eerrs, true); err != nil {
		t.Fatal(err)
	}
	// The temp dir differs between runs.
	out := strings.ReplaceAll(buf.String(), s, "SYS")
	golden := filepath.Join("testdata", "report.golden")
	if *update {
		writeFile(t, golden, out)
	}
	want2, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if out != string(want2) {
		t.Errorf("report differs from %s (run with -update):\n%s", golden, out)
	}

	// Single files pair by name too.
	one, _, err := ScoreTimexDirs(filepath.Join(g, "a", "one.tml"), filepath.Join(s, "a", "one.tml"))
	if err != nil || one.Docs != 1 || one.Gold != 2 || one.RelaxedMatch != 1 || len(one.Warnings) != 0 {
		t.Errorf("single files: %+v %v", one, err)
	}

	if _, _, err := ScoreTimexDirs(filepath.Join(dir, "none"), s); err == nil {
		t.Error("no error for a missing gold dir")
	}
}

// FuzzScore scores arbitrary documents against each other: no panic, and
// the counts stay consistent.
func FuzzScore(f *testing.F) {
	f.Add(wrap("We met "+tx("DATE", "2022-05-02", "on Monday")+"."), wrap("We met on "+tx("DATE", "x", "Monday")+" "+ev("OCCURRENCE", "met")))
	f.Add(wrap("a"), wrap("b"))
	f.Fuzz(func(t *testing.T, g, s string) {
		gd, err := timeml.Parse([]byte(g))
		if err != nil {
			return
		}
		sd, err := timeml.Parse([]byte(s))
		if err != nil {
			sd = nil
		}
		for _, c := range []Counts{func() Counts { x, _ := ScoreTimexDocs("d", gd, sd); return x.Counts }(), func() Counts { x, _ := ScoreEventDocs("d", gd, sd); return x.Counts }()} {
			if c.StrictMatch > c.RelaxedMatch || c.RelaxedMatch > c.Gold || c.StrictMatchSys > c.RelaxedMatchSys || c.RelaxedMatchSys > c.Sys {
				t.Fatalf("inconsistent counts %+v", c)
			}
			if (c.RelaxedMatch == 0) != (c.RelaxedMatchSys == 0) {
				t.Fatalf("one-sided match %+v", c)
			}
		}
	})
}
