package semeval

import (
	"os"
	"path/filepath"
	"sort"
	"testing"
)

const trialDir = "../../../shared/data/semeval2015-timeline"

// trial reads the trial corpus and the gold timelines, or skips.
func trial(t testing.TB, given bool) ([]*Doc, map[string]Timeline) {
	t.Helper()
	if _, err := os.Stat(trialDir); err != nil {
		t.Skip("../shared not present: the SemEval-2015 trial data is in ../shared/data/semeval2015-timeline")
	}
	paths, _ := filepath.Glob(filepath.Join(trialDir, "Corpus-trial-data_task4_TimeML", "*.tml"))
	sort.Strings(paths)
	var docs []*Doc
	for _, p := range paths {
		d, err := read(p, given)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	golds := map[string]Timeline{}
	gp, _ := filepath.Glob(filepath.Join(trialDir, "TimeLines_trial_data_task4_v1.2", "*.txt"))
	for _, p := range gp {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		g, err := ReadTimeline(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		golds[filepath.Base(p)] = g
	}
	return docs, golds
}

// TestTrial scores the trial corpus against its gold timelines, with the
// events the pipeline finds in the raw text (track A, the task's main
// track; the bar 20) and with the files' EVENT elements (track B;
// bar 25).
func TestTrial(t *testing.T) {
	for _, c := range []struct {
		name  string
		given bool
		bar   float64
	}{{"track A (raw text)", false, 20}, {"track B (given events)", true, 25}} {
		docs, golds := trial(t, c.given)
		var names []string
		for n := range golds {
			names = append(names, n)
		}
		sort.Strings(names)
		var all Counts
		for _, n := range names {
			g := golds[n]
			sys := Build(g.Entity, docs, Options{})
			cn := Score(g, sys)
			all.Add(cn)
			p, r, f := cn.PRF()
			t.Logf("%s %-24s %-20s P %5.1f R %5.1f F1 %5.1f (%d events, gold %d)", c.name, n, g.Entity, p, r, f, len(sys.Items), len(g.Items))
		}
		p, r, f := all.PRF()
		t.Logf("%s micro: P %.2f R %.2f F1 %.2f", c.name, p, r, f)
		if f < c.bar {
			t.Errorf("%s: micro F1 %.2f below the bar of %.0f", c.name, f, c.bar)
		}
	}
}
