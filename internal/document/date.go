package document

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Dateline kinds: a "Published" date is preferred to a bare one, a bare one
// to an "Updated" one.
const (
	datePublished = iota
	datePlain
	dateUpdated
)

const (
	reWeekday = `(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?`
	reMonth   = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
	reOrd     = `(?:st|nd|rd|th)?`
)

var (
	reMDY    = regexp.MustCompile(`(?i)^` + reWeekday + reMonth + `\s+(\d{1,2})` + reOrd + `,?\s+(\d{4})\b`)
	reDMY    = regexp.MustCompile(`(?i)^` + reWeekday + `(\d{1,2})` + reOrd + `\s+(?:of\s+)?` + reMonth + `,?\s+(\d{4})\b`)
	reISO    = regexp.MustCompile(`^` + `(?i:` + reWeekday + `)` + `(\d{4})-(\d{1,2})-(\d{1,2})(?:\b|T)`)
	reYSlash = regexp.MustCompile(`^(\d{4})/(\d{1,2})/(\d{1,2})\b`)
	reNSlash = regexp.MustCompile(`^` + `(?i:` + reWeekday + `)` + `(\d{1,2})/(\d{1,2})/(\d{4})\b`)
	reDotDMY = regexp.MustCompile(`^(\d{1,2})\.(\d{1,2})\.(\d{4})\b`)

	// A field allowed after the date on a dateline: a time, a zone, "at".
	reTimeField = regexp.MustCompile(`(?i)^(?:T?\d{1,2}(?::\d{2}){1,2}(?:\.\d+)?(?:[ap]\.?m\.?)?(?:z|[+-]\d{2}:?\d{2})?|[ap]\.?m\.?|at|on|[-–—/@]|(?:utc|gmt)?[+-]\d{1,2}(?::?\d{2})?|\(?(?:utc|gmt|z)\)?|\d{1,2}[ap]\.?m\.?)$`)
	reZone      = regexp.MustCompile(`^\(?[A-Z]{1,5}\)?$`)

	// Prefixes naming the date.
	reDatePrefix = regexp.MustCompile(`(?i)^(?:(first\s+published|published|posted|released|issued|date|dated|created|last\s+updated|updated|last\s+modified|modified)\b\s*(?:on|at)?\s*:?\s*(?:on\s+)?)`)
)

var monthNum = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

// makeDate returns UTC midnight of the day, refusing impossible dates
// (February 30) rather than normalizing them.
func makeDate(y, m, d int) (time.Time, bool) {
	if y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || int(t.Month()) != m {
		return time.Time{}, false
	}
	return t, true
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

// parseDateAt reads a calendar date at the start of s. It returns the
// date and the byte length of the date expression (weekday included).
func parseDateAt(s string) (time.Time, int, bool) {
	// Every form holds a 4-digit year within its first 50 bytes or so.
	if !hasYear(s) {
		return time.Time{}, 0, false
	}
	if m := reMDY.FindStringSubmatch(s); m != nil {
		t, ok := makeDate(atoi(m[3]), int(monthNum[strings.ToLower(m[1][:3])]), atoi(m[2]))
		return t, len(m[0]), ok
	}
	if m := reDMY.FindStringSubmatch(s); m != nil {
		t, ok := makeDate(atoi(m[3]), int(monthNum[strings.ToLower(m[2][:3])]), atoi(m[1]))
		return t, len(m[0]), ok
	}
	if m := reISO.FindStringSubmatch(s); m != nil {
		n := len(m[0])
		if strings.HasSuffix(m[0], "T") {
			n--
		}
		t, ok := makeDate(atoi(m[1]), atoi(m[2]), atoi(m[3]))
		return t, n, ok
	}
	if m := reYSlash.FindStringSubmatch(s); m != nil {
		t, ok := makeDate(atoi(m[1]), atoi(m[2]), atoi(m[3]))
		return t, len(m[0]), ok
	}
	if m := reNSlash.FindStringSubmatch(s); m != nil {
		// 03/04/2017 is April 3 in most of the world and March 4 in the
		// U.S.: only an unambiguous order is accepted.
		a, b := atoi(m[1]), atoi(m[2])
		switch {
		case a > 12 && b <= 12:
			t, ok := makeDate(atoi(m[3]), b, a)
			return t, len(m[0]), ok
		case b > 12 && a <= 12:
			t, ok := makeDate(atoi(m[3]), a, b)
			return t, len(m[0]), ok
		case a == b:
			t, ok := makeDate(atoi(m[3]), a, b)
			return t, len(m[0]), ok
		}
		return time.Time{}, 0, false
	}
	if m := reDotDMY.FindStringSubmatch(s); m != nil {
		t, ok := makeDate(atoi(m[3]), atoi(m[2]), atoi(m[1]))
		return t, len(m[0]), ok
	}
	return time.Time{}, 0, false
}

// ParseDate reads a date such as "2017-11-10", "2017-11-10T15:04:05Z",
// "Nov. 10, 2017", "10 November 2017" or "Friday, November 10, 2017 3:04
// PM": a date, optionally followed by a time and zone, and nothing else.
// It returns UTC midnight of the date as written (the publisher's day).
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	t, n, ok := parseDateAt(s)
	if !ok || !timeTail(s[n:]) {
		return time.Time{}, false
	}
	return t, true
}

// timeTail reports whether rest holds only a time of day, a zone and the
// like, which may follow a date on a dateline.
func timeTail(rest string) bool {
	fields := strings.FieldsFunc(rest, func(r rune) bool {
		return r == ' ' || r == '\t' || r == ',' || r == '|' || r == '\u00a0'
	})
	if len(fields) > 6 {
		return false
	}
	for _, f := range fields {
		if !reTimeField.MatchString(f) && !reZone.MatchString(f) {
			return false
		}
	}
	return true
}

// dateline is a date found on a line of text.
type dateline struct {
	t          time.Time
	kind       int
	start, end int  // byte range of the date expression in the line
	textYear   bool // the line gave no year; the text's did (textYear)
}

// datelineSeparators split a line into fields that may each hold a date:
// "By Ann Lee | November 10, 2017 | Updated 3:04 PM".
func isDatelineSep(r rune) bool {
	return r == '|' || r == '•' || r == '·' || r == '‧' || r == '∙'
}

// findDateline reports the date on a line that is a dateline: one of its
// fields is a date (with an optional "Published:"-like prefix and an
// optional time after it) and nothing else.
func findDateline(line string) (dateline, bool) {
	if len(line) > 300 {
		return dateline{}, false // a paragraph, not a dateline
	}
	var best dateline
	found := false
	start := 0
	for i := 0; i <= len(line); {
		var r rune
		var w int
		if i < len(line) {
			r, w = utf8.DecodeRuneInString(line[i:])
		}
		if i == len(line) || isDatelineSep(r) {
			if dl, ok := fieldDate(line[start:i]); ok {
				dl.start += start
				dl.end += start
				if !found || dl.kind < best.kind {
					best, found = dl, true
				}
			}
			if i == len(line) {
				break
			}
			start = i + w
		}
		i += w
	}
	return best, found
}

func fieldDate(f string) (dateline, bool) {
	lead := len(f) - len(strings.TrimLeft(f, " \t\u00a0-–—*"))
	s := f[lead:]
	kind := datePlain
	if m := reDatePrefix.FindStringSubmatch(s); m != nil {
		w := strings.ToLower(m[1])
		if strings.Contains(w, "updated") || strings.Contains(w, "modified") {
			kind = dateUpdated
		} else if w != "date" && w != "dated" {
			kind = datePublished
		}
		lead += len(m[0])
		s = s[len(m[0]):]
	}
	t, n, ok := parseDateAt(s)
	if !ok || !timeTail(s[n:]) {
		return dateline{}, false
	}
	return dateline{t: t, kind: kind, start: lead, end: lead + n}, true
}

// hasYear reports whether the first 60 bytes of s hold four digits in a row.
func hasYear(s string) bool {
	if len(s) > 60 {
		s = s[:60]
	}
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// reWirePlace is the place that opens a wire dateline: "MOSCOW, ",
// "WASHINGTON, D.C., ", "Moscow, ", "JINDO, South Korea, " (one to four
// words, the first capitalized, then up to two parts of up to three
// words), before the date; places joined by a slash
// ("PITTSBURGH/CHICAGO, "), and a double dash or a dash of its own in
// place of the last comma ("BELFAST, Northern Ireland -- ").
var reWirePlace = regexp.MustCompile(`^[A-Z][\p{L}.'’/-]*(?: [A-Z][\p{L}.'’/-]*){0,3}(?:, [A-Z][\p{L}.]*(?: [A-Z][\p{L}.]*){0,2}){0,2}(?:, | (?:--|—|–) )`)

// rePlaceOnly is the place of a place-and-date line: one to four
// capitalized words, maybe a region after a comma, maybe a comma
// ("LONDON", "Moscow,", "WASHINGTON, D.C.,").
var rePlaceOnly = regexp.MustCompile(`^[A-Z][\p{L}.'’-]*(?: [A-Z][\p{L}.'’-]*){0,3}(?: ?, [A-Z][\p{L}.]*(?: [A-Z][\p{L}.]*){0,2}){0,2} ?,?$`)

// placeDateline reads a line that is a place and a date and nothing else
// but maybe a dash ("LONDON 1996-08-30", "WASHINGTON, Aug 30, 1996",
// "ISTANBUL, Feb. 8, 2023 -"); the date's byte range is returned.
func placeDateline(line string) (dateline, bool) {
	line = strings.TrimRight(line, " \t\r")
	for i := 1; i < len(line) && i < 48; i++ {
		if line[i] != ' ' || !rePlaceOnly.MatchString(line[:i]) {
			continue
		}
		t, n, ok := parseDateAt(line[i+1:])
		// Nothing after the date but the dash that ends a wire dateline
		// set on a line of its own ("VIENNA, July 15, 2015 -").
		if ok && strings.Trim(reAgency.ReplaceAllString(line[i+1+n:], ""), " \t-–—:") == "" {
			return dateline{t: t, kind: datePlain, start: i + 1, end: i + 1 + n}, true
		}
	}
	return dateline{}, false
}

// reAgency is a news agency in parentheses after a dateline's date:
// "(Reuters)".
var reAgency = regexp.MustCompile(`^\s*\([^()]{1,40}\)`)

// reWireTail is what may follow the date of a wire dateline before the
// dash that ends it: an agency in parentheses.
var reWireTail = regexp.MustCompile(`^\s*(?:\([^()]{1,40}\)\s*)?(?:--|—|–|-|:)\s`)

// wireDateline reads the dateline a news wire opens its first paragraph
// with: a place, a full date with its year, maybe the agency, and a dash
// ("MOSCOW, March 20, 2023 (Reuters) - Russia's ..."). The date's byte
// range is returned.
//
// The place may stand on a line of its own above, the paragraph opening
// with the date ("KUALA LUMPUR" // "March 8, 2014 (Reuters) — A ...").
func wireDateline(line string) (dateline, bool) {
	m := reWirePlace.FindString(line)
	rest := line[len(m):]
	t, n, ok := parseDateAt(rest)
	if !ok || !reWireTail.MatchString(rest[n:]) {
		return dateline{}, false
	}
	return dateline{t: t, kind: datePlain, start: len(m), end: len(m) + n}, true
}

// reMD is a month and a day with no year: "Jan. 24", "May 3".
var reMD = regexp.MustCompile(`(?i)^` + reMonth + `\s+(\d{1,2})\b`)

// yearlessDateline reads a wire dateline whose date has a month and a
// day but no year ("EMERYVILLE, California, Jan. 24 - Walt Disney Co.
// said ...", "LEICESTER, England, May 3 -" on a line of its own): the
// month, the day and the date's byte range.
func yearlessDateline(line string) (month time.Month, day, start, end int, ok bool) {
	m := reWirePlace.FindString(line)
	if m == "" {
		return 0, 0, 0, 0, false
	}
	rest := line[len(m):]
	md := reMD.FindStringSubmatch(rest)
	if md == nil {
		return 0, 0, 0, 0, false
	}
	tail := rest[len(md[0]):]
	if !reWireTail.MatchString(tail) && strings.Trim(tail, " \t\r-–—:") != "" {
		return 0, 0, 0, 0, false
	}
	d := atoi(md[2])
	if d < 1 || d > 31 {
		return 0, 0, 0, 0, false
	}
	return monthNum[strings.ToLower(md[1][:3])], d, len(m), len(m) + len(md[0]), true
}

// textYear guesses the year an article with a yearless dateline was
// written in from the years its text names (four digits from 1900 to
// 2099 standing alone): the latest, leaving out a year after "by",
// "until", "through" or "before" (a target: "more storms by 2030"). 0 when
// the text names no other year.
func textYear(text string) int {
	latest := 0
	for i := 0; i+4 <= len(text); i++ {
		if i > 0 && (isDigit(text[i-1]) || isLetter(text[i-1]) || text[i-1] == '$') || i+4 < len(text) && (isDigit(text[i+4]) || isLetter(text[i+4])) {
			continue
		}
		if !isDigit(text[i]) || !isDigit(text[i+1]) || !isDigit(text[i+2]) || !isDigit(text[i+3]) {
			continue
		}
		y := atoi(text[i : i+4])
		if y < 1900 || y > 2099 || y <= latest {
			continue
		}
		before := strings.ToLower(strings.TrimSpace(text[max(0, i-9):i]))
		if strings.HasSuffix(before, " by") || strings.HasSuffix(before, "until") || strings.HasSuffix(before, "through") || strings.HasSuffix(before, "before") || before == "by" {
			continue
		}
		latest = y
	}
	return latest
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
