package timeline

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/chronicle-news/chronicle/internal/text"
)

// TextOptions control WriteText.
type TextOptions struct {
	// Color adds ANSI colors. The caller decides: set it only when writing
	// to a terminal (and NO_COLOR is unset).
	Color bool
	// Sentences prints the source sentence under each entry.
	Sentences bool
}

const (
	ansiReset  = "\x1b[0m"
	ansiDate   = "\x1b[1;36m"
	ansiMark   = "\x1b[33m"
	ansiNeg    = "\x1b[31m"
	ansiDim    = "\x1b[2m"
	ansiActors = "\x1b[1m"
)

// WriteText prints the timeline for a terminal, one entry per line:
//
//	1945                    Soviet troops took the islands — Soviet Union @ Iturup  [a.txt:9]
//	Fri 10 Nov 2017, night  Abe met Putin — Shinzo Abe, Vladimir Putin @ Danang  [a.txt:5]
//	May 2018                (planned) Abe to visit Russia — Shinzo Abe @ Russia  [a.txt:19]
//
// The date column is aligned; entries that are not actual carry a mark
// ("(planned)", "(possible)", "(negated)"); the source is doc:line for plain
// text and doc#sentence-number for markup. Timex mods qualify the date
// ("c. 1945", "early 2017", "before May 2018"). Undated entries show
// "undated". All article text is passed through Clean, so it cannot carry
// control sequences to the terminal.
func WriteText(w io.Writer, entries []Entry, opt TextOptions) error {
	bw := bufio.NewWriter(w)
	dates := make([]string, len(entries))
	width := 0
	for i := range entries {
		dates[i] = entryDate(&entries[i])
		width = max(width, cells(dates[i]))
	}
	for i := range entries {
		e := &entries[i]
		var b strings.Builder
		date := dates[i] + strings.Repeat(" ", width-cells(dates[i]))
		b.WriteString(paint(opt.Color, ansiDate, date))
		b.WriteString("  ")
		if m := ModalityMark(e.Modality); m != "" {
			c := ansiMark
			if e.Modality == text.Negated {
				c = ansiNeg
			}
			b.WriteString(paint(opt.Color, c, m))
			b.WriteByte(' ')
		}
		sum := Clean(e.Summary)
		if sum == "" {
			sum = Clean(e.Class)
		}
		b.WriteString(sum)
		if len(e.Actors) > 0 {
			b.WriteString(" — ")
			b.WriteString(paint(opt.Color, ansiActors, cleanJoin(e.Actors)))
		}
		if len(e.Places) > 0 {
			b.WriteString(" @ ")
			b.WriteString(cleanJoin(e.Places))
		}
		b.WriteString("  ")
		b.WriteString(paint(opt.Color, ansiDim, "["+SourceRef(e.Source)+"]"))
		b.WriteByte('\n')
		if opt.Sentences && e.Source.Sentence != "" {
			b.WriteString(strings.Repeat(" ", width+2))
			b.WriteString(paint(opt.Color, ansiDim, "“"+Clean(e.Source.Sentence)+"”"))
			b.WriteByte('\n')
		}
		if _, err := bw.WriteString(b.String()); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// SourceRef is the short citation of a source: "doc:line" when the line is
// known, else "doc#n" with n the 1-based sentence number.
func SourceRef(s Source) string {
	if s.Line > 0 {
		return fmt.Sprintf("%s:%d", Clean(s.Doc), s.Line)
	}
	return fmt.Sprintf("%s#%d", Clean(s.Doc), s.Index+1)
}

// ModalityMark is the mark printed for an event that is not (known to be)
// actual: "(planned)", "(possible)", "(negated)"; "" for actual events.
func ModalityMark(m string) string {
	switch m {
	case "", text.Actual:
		return ""
	}
	return "(" + Clean(m) + ")"
}

// DateLabel is the human date of an entry, qualified by its timex mod.
func DateLabel(e *Entry) string { return entryDate(e) }

func entryDate(e *Entry) string {
	if e.Undated() {
		return "undated"
	}
	d := modDate(e)
	if r := relationWord[e.Relation]; r != "" {
		d = r + " " + d // "since late 1945"
	}
	return d
}

// modDate is the date of e qualified by its timex mod ("late 1945").
func modDate(e *Entry) string {
	d := formatInterval(e.Interval)
	if e.RangeEnd != "" {
		d = FormatValue(e.Date) + "–" + FormatValue(e.RangeEnd)
	}

	switch e.Mod {
	case "APPROX":
		return "c. " + d
	case "START":
		return "early " + d
	case "MID":
		return "mid " + d
	case "END":
		return "late " + d
	case "BEFORE", "LESS_THAN", "ON_OR_BEFORE", "EQUAL_OR_LESS":
		return "before " + d
	case "AFTER", "MORE_THAN", "ON_OR_AFTER", "EQUAL_OR_MORE":
		return "after " + d
	}
	return d
}

func cleanJoin(xs []string) string {
	c := make([]string, 0, len(xs))
	for _, x := range xs {
		if x = Clean(x); x != "" {
			c = append(c, x)
		}
	}
	return strings.Join(c, ", ")
}

func paint(on bool, code, s string) string {
	if !on {
		return s
	}
	return code + s + ansiReset
}

// cells approximates the terminal width of s: combining marks take no
// cell, East Asian wide characters two.
func cells(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hangul, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			n += 2
		default:
			n++
		}
	}
	return n
}

// relationWord is how a date reads for an event that stands in a relation
// to it (event.TimeRelation).
var relationWord = map[string]string{"AFTER": "after", "BEFORE": "before", "SINCE": "since", "UNTIL": "until", "BY": "by"}
