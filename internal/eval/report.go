package eval

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func pct(x float64) string { return fmt.Sprintf("%6.2f", 100*x) }

func writeCounts(w *bufio.Writer, title string, c Counts) {
	fmt.Fprintf(w, "=== %s ===\n", title)
	fmt.Fprintf(w, "documents %d", c.Docs)
	if c.MissingSys > 0 {
		fmt.Fprintf(w, " (%d without a system file)", c.MissingSys)
	}
	fmt.Fprintf(w, "   gold %d   system %d\n", c.Gold, c.Sys)
	fmt.Fprintf(w, "%-14s %6s %6s %6s   %s\n", "", "F1", "P", "R", "matched gold / matched system")
	fmt.Fprintf(w, "%-14s %s %s %s   %d / %d\n", "strict match", pct(c.StrictF1()), pct(c.StrictP()), pct(c.StrictR()), c.StrictMatch, c.StrictMatchSys)
	fmt.Fprintf(w, "%-14s %s %s %s   %d / %d\n", "relaxed match", pct(c.RelaxedF1()), pct(c.RelaxedP()), pct(c.RelaxedR()), c.RelaxedMatch, c.RelaxedMatchSys)
}

func writeWarnings(w *bufio.Writer, warns []string) {
	if len(warns) == 0 {
		return
	}
	fmt.Fprintf(w, "\nwarnings (%d):\n", len(warns))
	for _, s := range warns {
		fmt.Fprintf(w, "  %s\n", s)
	}
}

func kindCounts(kinds []string, order []string) string {
	n := map[string]int{}
	for _, k := range kinds {
		n[k]++
	}
	var parts []string
	for _, k := range order {
		parts = append(parts, fmt.Sprintf("%s %d", k, n[k]))
	}
	return strings.Join(parts, ", ")
}

// WriteTimexReport writes the score as a table in the TempEval-3 layout
// (F1, P, R as percentages), the error counts by kind, the warnings and,
// with showErrors, every error (sorted by document and offset).
func WriteTimexReport(out io.Writer, s TimexScore, errs []TimexError, showErrors bool) error {
	w := bufio.NewWriter(out)
	writeCounts(w, "Timex Performance", s.Counts)
	fmt.Fprintf(w, "%-14s %6s %6s   %s\n", "attribute F1", "value", "type", "(accuracy over relaxed matches x relaxed F1)")
	fmt.Fprintf(w, "%-14s %s %s   accuracy %s %s\n", "", pct(s.ValueF1()), pct(s.TypeF1()), pct(s.ValueAccuracy()), pct(s.TypeAccuracy()))
	kinds := make([]string, len(errs))
	for i, e := range errs {
		kinds[i] = e.Kind
	}
	fmt.Fprintf(w, "errors: %s\n", kindCounts(kinds, []string{Missed, Spurious, Extent, Value, Type}))
	writeWarnings(w, s.Warnings)
	if showErrors && len(errs) > 0 {
		fmt.Fprintf(w, "\n%-9s %-24s %-28s %-30s %s\n", "kind", "document", "gold text", "gold type/value", "system")
		for _, e := range errs {
			gold := ""
			if e.Kind != Spurious {
				gold = e.GoldType + " " + e.GoldValue
			}
			sys := ""
			if e.Kind != Missed {
				sys = e.SysType + " " + e.SysValue
				if e.SysText != "" {
					sys = fmt.Sprintf("%q %s", e.SysText, sys)
				}
			}
			line := fmt.Sprintf("%-9s %-24s %-28s %-30s %s", e.Kind, e.Doc, fmt.Sprintf("%q", e.Text), gold, sys)
			fmt.Fprintln(w, strings.TrimRight(line, " "))
		}
	}
	return w.Flush()
}

// WriteEventReport writes the event score like WriteTimexReport.
func WriteEventReport(out io.Writer, s EventScore, errs []EventError, showErrors bool) error {
	w := bufio.NewWriter(out)
	writeCounts(w, "Event Performance", s.Counts)
	fmt.Fprintf(w, "%-14s %6s   %s\n", "attribute F1", "class", "(accuracy over relaxed matches x relaxed F1)")
	fmt.Fprintf(w, "%-14s %s   accuracy %s\n", "", pct(s.ClassF1()), pct(s.ClassAccuracy()))
	kinds := make([]string, len(errs))
	for i, e := range errs {
		kinds[i] = e.Kind
	}
	fmt.Fprintf(w, "errors: %s\n", kindCounts(kinds, []string{Missed, Spurious, Extent, Class}))
	writeWarnings(w, s.Warnings)
	if showErrors && len(errs) > 0 {
		fmt.Fprintf(w, "\n%-9s %-24s %-28s %-14s %s\n", "kind", "document", "gold text", "gold class", "system")
		for _, e := range errs {
			sys := ""
			if e.Kind != Missed {
				sys = e.SysClass
				if e.SysText != "" {
					sys = fmt.Sprintf("%q %s", e.SysText, sys)
				}
			}
			line := fmt.Sprintf("%-9s %-24s %-28s %-14s %s", e.Kind, e.Doc, fmt.Sprintf("%q", e.Text), e.GoldClass, sys)
			fmt.Fprintln(w, strings.TrimRight(line, " "))
		}
	}
	return w.Flush()
}
