package document

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Page chrome: the text around an article that a web page adds (print and
// share buttons, breadcrumbs, bylines, datelines, tag lists). The rules are
// general ones about the shape of lines, plus a small embedded vocabulary
// of button and widget words (chrome_words.txt):
//
//   - header: up to headerLines non-empty lines before the first paragraph
//     (a line of at least 8 words ending a sentence). There, datelines,
//     bylines, breadcrumbs ("World > Asia", "Home / News"), short bulleted
//     lines, vocabulary lines ("Print", "Share this article") and other
//     short lines without sentence punctuation are chrome. The first line
//     of 4+ words that is none of these is the headline: it is the Title
//     and stays in the Body (it is a sentence of content).
//   - footer: going up from the end, short bulleted lines (tag lists), tag
//     and "Related" lines, vocabulary lines and short lines without
//     sentence punctuation are chrome, up to the last paragraph.
//   - anywhere: vocabulary lines ("Advertisement"), "Read more: ..." lines
//     and lines holding nothing but a date.
//
// A text with no paragraph at all (a list, a poem, a table) is left alone
// but for datelines and vocabulary lines.

const headerLines = 15

//go:embed chrome_words.txt
var chromeWordsFile string

// chromeStrong holds words that make a short line chrome by themselves
// ("print", "share"); chromeWeak words may accompany them ("this", "on").
var chromeStrong, chromeWeak = loadChromeWords(chromeWordsFile)

func loadChromeWords(s string) (strong, weak map[string]bool) {
	strong, weak = map[string]bool{}, map[string]bool{}
	set := strong
	for _, ln := range strings.Split(s, "\n") {
		ln = strings.TrimSpace(ln)
		switch {
		case ln == "[strong]":
			set = strong
		case ln == "[weak]":
			set = weak
		case ln == "" || strings.HasPrefix(ln, "#"):
		default:
			for _, w := range strings.Fields(ln) {
				set[strings.ToLower(w)] = true
			}
		}
	}
	return strong, weak
}

// tline is one non-blank line of text.
type tline struct {
	start, end int    // the line's content in Text, without surrounding space
	s          string // Text[start:end]
	bullet     bool   // starts with a bullet mark
	content    string // s without its leading bullet
	words      int    // words (tokens holding a letter or digit) in content
	multi      bool   // several bulleted items on one line: "• a • b • c"
	sentEnd    bool   // content ends a sentence (. ! ? …, maybe before a quote)
}

func isBulletRune(r rune) bool {
	switch r {
	case '•', '·', '▪', '●', '◦', '‣', '∙', '■', '□', '►', '▸', '◆', '♦', '★', '☆', '‧', '⁃':
		return true
	}
	return false
}

// splitLines returns the non-blank lines of text.
func splitLines(text string) []tline {
	var out []tline
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			j = len(text)
		} else {
			j += i
		}
		s, e := i, j
		for s < e {
			r, w := utf8.DecodeRuneInString(text[s:e])
			if !unicode.IsSpace(r) && r != '\uFEFF' {
				break
			}
			s += w
		}
		for e > s {
			r, w := utf8.DecodeLastRuneInString(text[s:e])
			if !unicode.IsSpace(r) {
				break
			}
			e -= w
		}
		if s < e {
			out = append(out, newLine(text, s, e))
		}
		i = j + 1
	}
	return out
}

func newLine(text string, s, e int) tline {
	l := tline{start: s, end: e, s: text[s:e]}
	c := l.s
	r, w := utf8.DecodeRuneInString(c)
	if isBulletRune(r) {
		l.bullet = true
		c = c[w:]
	} else if (r == '-' || r == '*' || r == '–' || r == '—') && len(c) > w && (c[w] == ' ' || c[w] == '\t') {
		l.bullet = true
		c = c[w:]
	}
	l.content = strings.TrimSpace(c)
	if l.bullet && strings.ContainsFunc(l.content, isBulletRune) {
		l.multi = true
	}
	l.words = countWords(l.content)
	l.sentEnd = endsSentence(l.content)
	return l
}

func countWords(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		if strings.ContainsFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			n++
		}
	}
	return n
}

func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return strings.ContainsRune(`"'”’»)]`, r) || unicode.IsSpace(r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

func isParagraph(l tline) bool {
	return l.words >= 8 && l.sentEnd || l.words >= 25
}

// isVocabLine reports a line made only of chrome vocabulary ("Print",
// "Share this article", "Advertisement", "Email Facebook Twitter").
func isVocabLine(s string) bool {
	if len(s) > 100 {
		return false
	}
	ws := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	})
	if len(ws) == 0 || len(ws) > 8 {
		return false
	}
	strong := false
	for _, w := range ws {
		w = strings.Trim(w, "-")
		switch {
		case chromeStrong[w] || chromeStrong[strings.ReplaceAll(w, "-", "")]:
			strong = true
		case chromeWeak[w] || w == "":
		default:
			return false
		}
	}
	return strong
}

// isBreadcrumb reports a navigation trail: short sections joined by > / »
// › | or →, like "World > Asia Pacific" or "Home / News / Politics".
func isBreadcrumb(s string) bool {
	if len(s) > 200 || endsSentence(s) {
		return false
	}
	parts := splitBreadcrumb(s)
	if len(parts) < 2 {
		return false
	}
	total := 0
	for _, p := range parts {
		n := countWords(p)
		if n == 0 || n > 4 {
			return false
		}
		total += n
	}
	return total <= 12
}

func splitBreadcrumb(s string) []string {
	// Separators that need spaces around them, and ones that never occur
	// in prose.
	for _, sep := range []string{" > ", " / ", " | ", " :: "} {
		s = strings.ReplaceAll(s, sep, "\x00")
	}
	for _, sep := range []string{"»", "›", "→", "▸", "❯"} {
		s = strings.ReplaceAll(s, sep, "\x00")
	}
	if !strings.Contains(s, "\x00") {
		return nil
	}
	parts := strings.Split(s, "\x00")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

// Words that make the last part of "By Ann Lee, Staff Writer" a job, not
// a publisher.
var roleWords = []string{"writer", "reporter", "correspondent", "editor", "contributor", "staff", "columnist", "special to", "photographer", "analyst", "bureau chief", "in ", "at "}

// bylineSource reports whether the line is a byline or publisher line, and
// the publisher it names: "By Ann Lee, Reuters", "• , The Daily Planet",
// "Source: Reuters", "© 2017 The Daily Planet".
func bylineSource(l tline) (source string, ok bool) {
	c := l.content
	lower := strings.ToLower(c)
	switch {
	case strings.HasPrefix(lower, "by ") || strings.HasPrefix(lower, "by:"):
		// "By Ann Lee, Reuters", not "By the end of the year, ...".
		rest := strings.TrimSpace(c[3:])
		r, _ := utf8.DecodeRuneInString(rest)
		if l.words > 14 || l.sentEnd || !unicode.IsUpper(r) {
			return "", false
		}
		return publisherOf(rest), true
	case l.bullet && strings.HasPrefix(c, ","):
		// An empty author field before the publisher.
		if l.words > 8 || l.sentEnd {
			return "", false
		}
		return cleanSource(c[1:]), true
	case strings.HasPrefix(lower, "source:") || strings.HasPrefix(lower, "publisher:"):
		if l.words > 8 {
			return "", false
		}
		return cleanSource(c[strings.IndexByte(c, ':')+1:]), true
	case strings.HasPrefix(c, "©") || strings.HasPrefix(lower, "copyright") || strings.HasPrefix(lower, "(c) "):
		if l.words > 14 {
			return "", false
		}
		s := strings.TrimPrefix(c, "©")
		s = strings.TrimSpace(s)
		for _, p := range []string{"copyright", "(c)", "©"} {
			if strings.HasPrefix(strings.ToLower(s), p) {
				s = strings.TrimSpace(s[len(p):])
			}
		}
		s = strings.TrimLeft(s, "0123456789-–, ")
		if i := strings.Index(strings.ToLower(s), "all rights"); i >= 0 {
			s = s[:i]
		}
		return cleanSource(strings.TrimRight(s, ". ")), true
	}
	return "", false
}

// noteSource keeps the first publisher named by a byline, and the first
// named by a copyright line apart (a byline wins over it).
func noteSource(a *textAnalysis, copySource *string, l tline, src string) {
	if src == "" {
		return
	}
	c := strings.ToLower(l.content)
	if strings.HasPrefix(c, "©") || strings.HasPrefix(c, "copyright") || strings.HasPrefix(c, "(c) ") {
		if *copySource == "" {
			*copySource = src
		}
		return
	}
	if a.source == "" {
		a.source = src
	}
}

// publisherOf returns the publisher in a byline's tail "Ann Lee, Reuters"
// or "Ann Lee | Reuters", or "" when there is none.
func publisherOf(s string) string {
	i := strings.LastIndexAny(s, ",|")
	if i < 0 {
		return ""
	}
	p := strings.TrimSpace(s[i+1:])
	lp := strings.ToLower(p)
	for _, r := range roleWords {
		if strings.Contains(lp, r) {
			return ""
		}
	}
	return cleanSource(p)
}

func cleanSource(s string) string {
	s = strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "()[]"))
	s = strings.TrimRight(s, ".,;: ")
	if n := countWords(s); n == 0 || n > 6 {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return ""
	}
	return strings.Join(strings.Fields(s), " ")
}

// isTagLine reports a "Tags: a, b, c" or "Related: ..." or "Read more: ..." line.
func isTagLine(s string) bool {
	if len(s) > 24 {
		s = s[:24]
	}
	lower := strings.ToLower(s)
	for _, p := range []string{"tags:", "tags ", "topics:", "related:", "related articles", "related stories", "related topics", "read more", "see also", "also read", "recommended", "more from", "more on this", "filed under", "keywords:", "categories:", "category:"} {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	return false
}

// textAnalysis is what analyze finds in a text.
type textAnalysis struct {
	body     []Span // nil: all of the text
	title    string
	source   string
	dct      *dateline
	dctSpan  Span
	hasChrom bool
}

// analyze finds the page chrome, headline, publisher and dateline of an
// article's text.
func analyze(text string) textAnalysis {
	var a textAnalysis
	lines := splitLines(text)
	if len(lines) == 0 {
		return a
	}
	chrome := make([]bool, len(lines))
	// A line that ends a run of text lines though the next follows at
	// once: the headline. The lead after it, with a wire dateline on a
	// line of its own or not ("WASHINGTON, Dec. 13, 2000 -"), is a
	// sentence of its own, not one with the headline.
	apart := make([]bool, len(lines))
	copySource := "" // from a copyright line: used when no byline names one
	hasPara := false
	for _, l := range lines {
		if isParagraph(l) {
			hasPara = true
			break
		}
	}
	// Header.
	header := 0
	for i, l := range lines {
		if i >= headerLines || hasPara && isParagraph(l) {
			break
		}
		header = i + 1
		if dl, ok := findDateline(l.s); ok {
			chrome[i] = true
			if a.dct == nil || dl.kind < a.dct.kind {
				d := dl
				a.dct = &d
				a.dctSpan = Span{l.start + dl.start, l.start + dl.end}
			}
			continue
		}
		if src, ok := bylineSource(l); ok {
			chrome[i] = true
			noteSource(&a, &copySource, l, src)
			continue
		}
		if isVocabLine(l.content) || isBreadcrumb(l.content) {
			chrome[i] = true
			continue
		}
		if !hasPara {
			// Not an article (a list, a table, a single line): no headline.
			continue
		}
		if l.bullet && !l.sentEnd && l.words <= 8 || l.multi && !l.sentEnd {
			chrome[i] = true
			continue
		}
		if dl, ok := placeDateline(l.s); ok {
			// "LONDON 1996-08-30": a place and a date on a line of their
			// own. The date dates the article; the line stays in the
			// body, so that the place is read as a place.
			if a.dct == nil {
				d := dl
				a.dct = &d
				a.dctSpan = Span{l.start + dl.start, l.start + dl.end}
			}
			continue
		}
		if a.title == "" && titleLike(l) {
			a.title = cleanTitle(l.content)
			apart[i] = true
			continue
		}
		if l.words <= 5 && !l.sentEnd && !resultsLine(l.content) {
			chrome[i] = true
		}
	}
	// Footer.
	footer := len(lines)
	if hasPara {
		for i := len(lines) - 1; i >= header; i-- {
			l := lines[i]
			if src, ok := bylineSource(l); ok {
				chrome[i] = true
				footer = i
				noteSource(&a, &copySource, l, src)
				continue
			}
			if isParagraph(l) {
				break
			}
			if isVocabLine(l.content) || isBreadcrumb(l.content) || isTagLine(l.content) ||
				l.bullet && !l.sentEnd && l.words <= 6 || l.multi && !l.sentEnd ||
				l.words <= 5 && !l.sentEnd && !resultsLine(l.content) {
				chrome[i] = true
				footer = i
				continue
			}
			break
		}
	}
	if a.source == "" {
		a.source = copySource
	}
	// Middle.
	for i := header; i < footer; i++ {
		l := lines[i]
		if isVocabLine(l.content) || isTagLine(l.content) && !isParagraph(l) {
			chrome[i] = true
			continue
		}
		if l.words <= 8 {
			if dl, ok := findDateline(l.s); ok && dl.start <= 3 {
				chrome[i] = true
			}
		}
	}
	// A wire dateline opening the first paragraph dates the article when
	// nothing above did: "MOSCOW, March 20, 2023 (Reuters) -- ...".
	if a.dct == nil {
		for i := header; i < footer && i < header+headerLines; i++ {
			if chrome[i] || !isParagraph(lines[i]) {
				continue
			}
			if dl, ok := wireDateline(lines[i].s); ok {
				d := dl
				a.dct = &d
				a.dctSpan = Span{lines[i].start + dl.start, lines[i].start + dl.end}
			}
			break
		}
	}
	// A wire dateline with a month and a day but no year ("WASHINGTON,
	// Dec. 13 - ...", "LEICESTER, England, May 3 -") dates the article in
	// the latest year its text names (textYear).
	if a.dct == nil {
		for i := 0; i < len(lines) && i < header+headerLines; i++ {
			if !isParagraph(lines[i]) && lines[i].words > 6 {
				continue
			}
			mon, day, ds, de, ok := yearlessDateline(lines[i].s)
			if !ok {
				continue
			}
			if y := textYear(text); y > 0 {
				if t, ok := makeDate(y, int(mon), day); ok {
					a.dct = &dateline{t: t, kind: datePlain, start: ds, end: de, textYear: true}
					a.dctSpan = Span{lines[i].start + ds, lines[i].start + de}
				}
			}
			break
		}
	}
	// Body: runs of non-chrome lines.
	any, split := false, false
	for i, c := range chrome {
		any = any || c
		split = split || apart[i] && i+1 < len(lines) && !chrome[i+1]
	}
	a.hasChrom = any
	if !any && !split {
		return a
	}
	var body []Span
	open := -1
	for i := range lines {
		if chrome[i] {
			if open >= 0 {
				body = append(body, Span{lines[open].start, lines[i-1].end})
				open = -1
			}
			continue
		}
		if open < 0 {
			open = i
		}
		if apart[i] {
			body = append(body, Span{lines[open].start, lines[i].end})
			open = -1
		}
	}
	if open >= 0 {
		body = append(body, Span{lines[open].start, lines[len(lines)-1].end})
	}
	if len(body) == 0 {
		// All chrome: better to analyse everything than nothing.
		return a
	}
	a.body = body
	return a
}

// resultsLine reports whether a short line is a line of a table of
// results rather than page chrome: a fixture ("ATLANTA AT CHICAGO",
// "Ajax v PSV") or names with a number, a score or a time ("7 Jane
// Quigley ( U.S. ) 3:46.493", "BOSTON 69 65 .515"; a year alone is not
// one: "Budget 2019"), with no strong chrome word and no "page" ("Page 2
// of 3", "Share 12") and no lower-case word longer than three letters ("5
// min read").
// Such lines end a sports report and hold its names.
func resultsLine(s string) bool {
	fs := strings.Fields(s)
	num, name := false, false
	for i, f := range fs {
		r, _ := utf8.DecodeRuneInString(f)
		switch {
		case unicode.IsLower(r) && utf8.RuneCountInString(f) > 3:
			return false
		case fixtureWord(f) && i > 0 && i < len(fs)-1 && startsUpper(fs[i-1]) && startsUpper(fs[i+1]):
			return true
		case chromeStrong[strings.ToLower(f)] || strings.EqualFold(f, "page"):
			return false // "Page 2 of 3", "Share 12"
		case strings.IndexFunc(f, unicode.IsDigit) >= 0 && strings.Trim(f, "0123456789.:-/,") == "":
			num = num || !isYear(f) // "Budget 2019" is a tag
		case unicode.IsUpper(r) && utf8.RuneCountInString(f) > 1:
			name = true
		}
	}
	return num && name
}

func isYear(f string) bool {
	return len(f) == 4 && (strings.HasPrefix(f, "19") || strings.HasPrefix(f, "20")) && strings.Trim(f, "0123456789") == ""
}

func fixtureWord(f string) bool {
	switch f {
	case "at", "AT", "v", "vs", "vs.", "v.":
		return true
	}
	return false
}

func startsUpper(f string) bool {
	r, _ := utf8.DecodeRuneInString(f)
	return unicode.IsUpper(r)
}

func titleLike(l tline) bool {
	// Headlines do not end in a full stop or a colon (they may ask a question).
	if l.bullet || l.words < 4 || l.words > 40 || strings.HasSuffix(l.content, ":") ||
		strings.HasSuffix(l.content, ".") && !strings.HasSuffix(l.content, "...") {
		return false
	}
	return strings.ContainsFunc(l.content, unicode.IsLetter)
}

func cleanTitle(s string) string {
	return strings.Join(strings.Fields(ReplaceControls(s)), " ")
}

// applyAnalysis fills the document's Body, and its Title, Source and DCT
// where they are still empty.
func (d *Document) applyAnalysis(a textAnalysis) {
	d.Body = a.body
	if d.Title == "" {
		d.Title = a.title
	}
	if d.Source == "" {
		d.Source = a.source
	}
	if !d.HasDCT() && a.dct != nil {
		d.DCT = a.dct.t
		d.DCTSource = DCTFromDateline
		if a.dct.textYear {
			d.DCTSource = DCTFromDatelineTextYear
		}
		sp := a.dctSpan
		d.DCTSpan = &sp
	}
}
