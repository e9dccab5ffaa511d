package eval

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/chronicle-news/chronicle/internal/timeml"
)

// Error kinds.
const (
	Missed   = "missed"   // gold entity no system entity overlaps
	Spurious = "spurious" // system entity that overlaps no gold entity
	Extent   = "extent"   // overlapping but not the same extent
	Value    = "value"    // timex value differs
	Type     = "type"     // timex type differs
	Class    = "class"    // event class differs
)

// Counts are the extent counts shared by timex and event scores.
type Counts struct {
	Docs       int // documents scored
	MissingSys int // gold documents without a system file (all their entities missed)

	Gold, Sys int
	// StrictMatch and RelaxedMatch count gold entities with a strict or
	// relaxed match (recall); the ...Sys fields count system entities with
	// one (precision).
	StrictMatch, StrictMatchSys   int
	RelaxedMatch, RelaxedMatchSys int

	// Warnings: missing or unreadable system files, texts that differ.
	Warnings []string
}

// StrictP is strict precision.
func (c Counts) StrictP() float64 { return ratio(c.StrictMatchSys, c.Sys) }

// StrictR is strict recall.
func (c Counts) StrictR() float64 { return ratio(c.StrictMatch, c.Gold) }

// StrictF1 is strict F1.
func (c Counts) StrictF1() float64 { return f1(c.StrictP(), c.StrictR()) }

// RelaxedP is relaxed precision.
func (c Counts) RelaxedP() float64 { return ratio(c.RelaxedMatchSys, c.Sys) }

// RelaxedR is relaxed recall.
func (c Counts) RelaxedR() float64 { return ratio(c.RelaxedMatch, c.Gold) }

// RelaxedF1 is relaxed F1.
func (c Counts) RelaxedF1() float64 { return f1(c.RelaxedP(), c.RelaxedR()) }

func (c *Counts) add(k counts) {
	c.Gold += k.gold
	c.Sys += k.sys
	c.StrictMatch += k.strictGold
	c.StrictMatchSys += k.strictSys
	c.RelaxedMatch += k.relaxedGold
	c.RelaxedMatchSys += k.relaxedSys
}

// TimexScore is the TempEval-3 timex score of a set of documents.
type TimexScore struct {
	Counts
	// ValueCorrect and TypeCorrect count relaxed-matched gold timexes whose
	// system match has the same value / type.
	ValueCorrect, TypeCorrect int
}

// ValueAccuracy is the share of relaxed matches with the right value.
func (s TimexScore) ValueAccuracy() float64 { return ratio(s.ValueCorrect, s.RelaxedMatch) }

// TypeAccuracy is the share of relaxed matches with the right type.
func (s TimexScore) TypeAccuracy() float64 { return ratio(s.TypeCorrect, s.RelaxedMatch) }

// ValueF1 is value accuracy x relaxed F1 (TempEval-3 "value" attribute F1).
func (s TimexScore) ValueF1() float64 { return s.ValueAccuracy() * s.RelaxedF1() }

// TypeF1 is type accuracy x relaxed F1.
func (s TimexScore) TypeF1() float64 { return s.TypeAccuracy() * s.RelaxedF1() }

// TimexError is one disagreement. Text is the gold text (the system text
// for spurious ones); SysText the system's extent when it differs.
type TimexError struct {
	Doc                 string
	Offset              int // byte offset in the document text
	Text, SysText       string
	GoldType, GoldValue string
	SysType, SysValue   string
	Kind                string
}

// EventScore is the TempEval-3 event score of a set of documents.
type EventScore struct {
	Counts
	ClassCorrect int // relaxed-matched gold events whose match has the same class
}

// ClassAccuracy is the share of relaxed matches with the right class.
func (s EventScore) ClassAccuracy() float64 { return ratio(s.ClassCorrect, s.RelaxedMatch) }

// ClassF1 is class accuracy x relaxed F1.
func (s EventScore) ClassF1() float64 { return s.ClassAccuracy() * s.RelaxedF1() }

// EventError is one disagreement about events.
type EventError struct {
	Doc                 string
	Offset              int
	Text, SysText       string
	GoldClass, SysClass string
	Kind                string
}

// docPair is a gold document and its system counterpart (nil when missing).
type docPair struct {
	name      string
	gold, sys *timeml.Doc
}

// textMismatch returns a warning when the system text differs from the gold
// text other than in white space, "" otherwise.
func textMismatch(name string, gold, sys *timeml.Doc) string {
	g, s := squeeze(gold.Text), squeeze(sys.Text)
	if g == s {
		return ""
	}
	i := 0
	for i < len(g) && i < len(s) && g[i] == s[i] {
		i++
	}
	ctx := func(x string) string {
		e := min(len(x), i+20)
		return x[max(0, i-10):e]
	}
	return fmt.Sprintf("%s: system text differs from the gold text (%q vs %q); its entities are counted as spurious and the gold ones as missed", name, ctx(s), ctx(g))
}

// ScoreTimexDocs scores the TIMEX3s of one system document against the gold
// one (sys nil: all missed). The DCT is not scored. name labels errors.
func ScoreTimexDocs(name string, gold, sys *timeml.Doc) (TimexScore, []TimexError) {
	var sc TimexScore
	sc.Docs = 1
	gents := timexEnts(gold)
	var sents []ent
	if sys == nil {
		sc.MissingSys = 1
	} else if w := textMismatch(name, gold, sys); w != "" {
		sc.Warnings = append(sc.Warnings, w)
		sents = timexEnts(sys)
		for i := range sents { // make them land nowhere
			sents[i].a, sents[i].b = -2, -1
		}
	} else {
		sents = timexEnts(sys)
	}
	k := compare(gents, sents, 2)
	sc.add(k)
	sc.ValueCorrect, sc.TypeCorrect = k.attrCorrect[0], k.attrCorrect[1]
	var errs []TimexError
	for _, p := range k.pairs {
		g := gents[p.g]
		e := TimexError{Doc: name, Offset: g.off, Text: g.text, GoldValue: g.attrs[0], GoldType: g.attrs[1]}
		if p.s < 0 {
			e.Kind = Missed
			errs = append(errs, e)
			continue
		}
		s := sents[p.s]
		e.SysValue, e.SysType = s.attrs[0], s.attrs[1]
		if !p.strict {
			e.SysText = s.text
			x := e
			x.Kind = Extent
			errs = append(errs, x)
		}
		if strings.TrimSpace(g.attrs[0]) != strings.TrimSpace(s.attrs[0]) {
			x := e
			x.Kind = Value
			errs = append(errs, x)
		}
		if strings.TrimSpace(g.attrs[1]) != strings.TrimSpace(s.attrs[1]) {
			x := e
			x.Kind = Type
			errs = append(errs, x)
		}
	}
	for _, si := range k.spurious {
		s := sents[si]
		errs = append(errs, TimexError{Doc: name, Offset: s.off, Text: s.text, SysValue: s.attrs[0], SysType: s.attrs[1], Kind: Spurious})
	}
	sortErrs(errs, func(e TimexError) (string, int, string) { return e.Doc, e.Offset, e.Kind })
	return sc, errs
}

// ScoreEventDocs scores the EVENTs of one system document against the gold
// one (sys nil: all missed).
func ScoreEventDocs(name string, gold, sys *timeml.Doc) (EventScore, []EventError) {
	var sc EventScore
	sc.Docs = 1
	gents := eventEnts(gold)
	var sents []ent
	if sys == nil {
		sc.MissingSys = 1
	} else if w := textMismatch(name, gold, sys); w != "" {
		sc.Warnings = append(sc.Warnings, w)
		sents = eventEnts(sys)
		for i := range sents {
			sents[i].a, sents[i].b = -2, -1
		}
	} else {
		sents = eventEnts(sys)
	}
	k := compare(gents, sents, 1)
	sc.add(k)
	sc.ClassCorrect = k.attrCorrect[0]
	var errs []EventError
	for _, p := range k.pairs {
		g := gents[p.g]
		e := EventError{Doc: name, Offset: g.off, Text: g.text, GoldClass: g.attrs[0]}
		if p.s < 0 {
			e.Kind = Missed
			errs = append(errs, e)
			continue
		}
		s := sents[p.s]
		e.SysClass = s.attrs[0]
		if !p.strict {
			e.SysText = s.text
			x := e
			x.Kind = Extent
			errs = append(errs, x)
		}
		if strings.TrimSpace(g.attrs[0]) != strings.TrimSpace(s.attrs[0]) {
			x := e
			x.Kind = Class
			errs = append(errs, x)
		}
	}
	for _, si := range k.spurious {
		s := sents[si]
		errs = append(errs, EventError{Doc: name, Offset: s.off, Text: s.text, SysClass: s.attrs[0], Kind: Spurious})
	}
	sortErrs(errs, func(e EventError) (string, int, string) { return e.Doc, e.Offset, e.Kind })
	return sc, errs
}

func sortErrs[E any](errs []E, key func(E) (string, int, string)) {
	sort.SliceStable(errs, func(i, j int) bool {
		di, oi, ki := key(errs[i])
		dj, oj, kj := key(errs[j])
		if di != dj {
			return di < dj
		}
		if oi != oj {
			return oi < oj
		}
		return ki < kj
	})
}

func timexEnts(d *timeml.Doc) []ent {
	ns := newNonSpace(d.Text)
	var spans [][2]int
	var attrs [][]string
	for _, t := range d.Tags {
		if t.Name != "TIMEX3" || t.Get("functionInDocument") == "CREATION_TIME" {
			continue
		}
		spans = append(spans, [2]int{t.Start, t.End})
		attrs = append(attrs, []string{t.Get("value"), t.Get("type")})
	}
	return prepare(d.Text, ns, spans, attrs)
}

func eventEnts(d *timeml.Doc) []ent {
	ns := newNonSpace(d.Text)
	var spans [][2]int
	var attrs [][]string
	for _, t := range d.Tags {
		if t.Name != "EVENT" {
			continue
		}
		spans = append(spans, [2]int{t.Start, t.End})
		attrs = append(attrs, []string{t.Get("class")})
	}
	return prepare(d.Text, ns, spans, attrs)
}

// isTimeML reports whether a file name looks like a TimeML document.
func isTimeML(name string) bool {
	l := strings.ToLower(name)
	return strings.HasSuffix(l, ".tml") || strings.HasSuffix(l, ".te3input") || strings.HasSuffix(l, ".timeml")
}

// baseKey is the name used to pair files: the base name without the TimeML
// extensions (X.tml, X.tml.TE3input and X.TE3input pair up).
func baseKey(name string) string {
	for {
		l := strings.ToLower(name)
		switch {
		case strings.HasSuffix(l, ".te3input"):
			name = name[:len(name)-len(".te3input")]
		case strings.HasSuffix(l, ".tml"):
			name = name[:len(name)-len(".tml")]
		case strings.HasSuffix(l, ".timeml"):
			name = name[:len(name)-len(".timeml")]
		default:
			return name
		}
	}
}

// listTimeML returns the TimeML files under dir (recursively), keyed by
// their path relative to dir with extensions removed.
func listTimeML(dir string) (map[string]string, error) {
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, de fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if de.IsDir() || !isTimeML(de.Name()) {
			return nil
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		files[filepath.ToSlash(filepath.Join(filepath.Dir(rel), baseKey(de.Name())))] = path
		return nil
	})
	return files, err
}

// pairDirs reads the gold files under goldDir and their system
// counterparts under sysDir: the file with the same relative path, else the
// only file with the same base name. Unreadable gold files are errors;
// missing or unparsable system files give warnings and a nil sys.
func pairDirs(goldDir, sysDir string) ([]docPair, []string, error) {
	gold, err := listTimeML(goldDir)
	if err != nil {
		return nil, nil, fmt.Errorf("gold: %w", err)
	}
	if len(gold) == 0 {
		return nil, nil, fmt.Errorf("gold: no TimeML files (.tml, .TE3input) in %s", goldDir)
	}
	sys, err := listTimeML(sysDir)
	if err != nil {
		return nil, nil, fmt.Errorf("system: %w", err)
	}
	byBase := map[string][]string{}
	for k := range sys {
		b := filepath.Base(k)
		byBase[b] = append(byBase[b], k)
	}
	keys := make([]string, 0, len(gold))
	for k := range gold {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	used := map[string]bool{}
	var pairs []docPair
	var warns []string
	for _, k := range keys {
		b, err := os.ReadFile(gold[k])
		if err != nil {
			return nil, nil, err
		}
		gd, err := timeml.Parse(b)
		if err != nil {
			return nil, nil, fmt.Errorf("gold %s: %w", gold[k], err)
		}
		p := docPair{name: k, gold: gd}
		sk := ""
		if _, ok := sys[k]; ok {
			sk = k
		} else if c := byBase[filepath.Base(k)]; len(c) == 1 && !used[c[0]] {
			sk = c[0]
		}
		if sk == "" {
			warns = append(warns, fmt.Sprintf("%s: no system file (all its gold entities count as missed)", k))
		} else {
			used[sk] = true
			sb, err := os.ReadFile(sys[sk])
			if err == nil {
				p.sys, err = timeml.Parse(sb)
			}
			if err != nil {
				warns = append(warns, fmt.Sprintf("%s: system file %s unreadable (all its gold entities count as missed): %v", k, sys[sk], err))
				p.sys = nil
			}
		}
		pairs = append(pairs, p)
	}
	var extra []string
	for k := range sys {
		if !used[k] {
			extra = append(extra, k)
		}
	}
	sort.Strings(extra)
	for _, k := range extra {
		warns = append(warns, fmt.Sprintf("%s: system file has no gold counterpart (not scored)", sys[k]))
	}
	return pairs, warns, nil
}

// ScoreTimexDirs scores the TIMEX3s of the system files in sysDir against
// the gold files in goldDir (searched recursively), paired by relative path
// with the extensions .tml/.TE3input removed, or failing that by base name.
// A gold file without a system file counts as all missed, with a warning in
// the score. Both arguments may also be single files with the same base name.
func ScoreTimexDirs(goldDir, sysDir string) (TimexScore, []TimexError, error) {
	pairs, warns, err := pairDirs(goldDir, sysDir)
	if err != nil {
		return TimexScore{}, nil, err
	}
	var total TimexScore
	var errs []TimexError
	for _, p := range pairs {
		s, e := ScoreTimexDocs(p.name, p.gold, p.sys)
		total.Add(s)
		errs = append(errs, e...)
	}
	total.Warnings = append(warns, total.Warnings...)
	return total, errs, nil
}

// ScoreEventDirs scores the EVENTs of the system files in sysDir against
// the gold files in goldDir, paired as in ScoreTimexDirs.
func ScoreEventDirs(goldDir, sysDir string) (EventScore, []EventError, error) {
	pairs, warns, err := pairDirs(goldDir, sysDir)
	if err != nil {
		return EventScore{}, nil, err
	}
	var total EventScore
	var errs []EventError
	for _, p := range pairs {
		s, e := ScoreEventDocs(p.name, p.gold, p.sys)
		total.Add(s)
		errs = append(errs, e...)
	}
	total.Warnings = append(warns, total.Warnings...)
	return total, errs, nil
}

// addCounts adds o into c.
func (c *Counts) addCounts(o Counts) {
	c.Docs += o.Docs
	c.MissingSys += o.MissingSys
	c.Gold += o.Gold
	c.Sys += o.Sys
	c.StrictMatch += o.StrictMatch
	c.StrictMatchSys += o.StrictMatchSys
	c.RelaxedMatch += o.RelaxedMatch
	c.RelaxedMatchSys += o.RelaxedMatchSys
	c.Warnings = append(c.Warnings, o.Warnings...)
}

// Add adds the counts of o (another set of documents) to s.
func (s *TimexScore) Add(o TimexScore) {
	s.addCounts(o.Counts)
	s.ValueCorrect += o.ValueCorrect
	s.TypeCorrect += o.TypeCorrect
}

// Add adds the counts of o to s.
func (s *EventScore) Add(o EventScore) {
	s.addCounts(o.Counts)
	s.ClassCorrect += o.ClassCorrect
}
