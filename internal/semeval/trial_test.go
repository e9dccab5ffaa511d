package semeval

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

const trialDir = "../../../shared/data/semeval2015-timeline"

// trial reads the trial corpus and the gold timelines, or skips.
func trial(t testing.TB) ([]*Doc, map[string]Timeline) {
	t.Helper()
	if _, err := os.Stat(trialDir); err != nil {
		t.Skip("../shared not present: the SemEval-2015 trial data is in ../shared/data/semeval2015-timeline")
	}
	paths, _ := filepath.Glob(filepath.Join(trialDir, "Corpus-trial-data_task4_TimeML", "*.tml"))
	sort.Strings(paths)
	var docs []*Doc
	for _, p := range paths {
		d, err := Read(p)
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

// TestTrial scores the trial corpus against its gold timelines; the
// issue's bar is micro F1 25.
func TestTrial(t *testing.T) {
	docs, golds := trial(t)
	var names []string
	for n := range golds {
		names = append(names, n)
	}
	sort.Strings(names)
	var all Counts
	for _, n := range names {
		g := golds[n]
		sys := Build(g.Entity, docs, Options{})
		c := Score(g, sys)
		all.Add(c)
		p, r, f := c.PRF()
		t.Logf("%-24s %-20s P %5.1f R %5.1f F1 %5.1f (%d events, gold %d)", n, g.Entity, p, r, f, len(sys.Items), len(g.Items))
	}
	p, r, f := all.PRF()
	t.Logf("micro: P %.2f R %.2f F1 %.2f", p, r, f)
	if f < 25 {
		t.Errorf("micro F1 %.2f below the bar of 25", f)
	}
	_ = strings.TrimSpace
}
