package document

import (
	"bytes"
	"errors"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// HTML reading. The page is tokenized (golang.org/x/net/html, which never
// fails on malformed markup) and its visible text extracted with block
// structure kept: a blank line between paragraphs, headings and list items,
// a line break for <br> and table rows, white space collapsed elsewhere
// (kept inside <pre>). Scripts, styles, navigation, page headers and
// footers (those outside <article>/<main>), asides, forms and elements
// whose class, id or role names a widget (share, related, newsletter,
// advert, comments, breadcrumb, ...) are dropped. OffsetPieces map every
// byte of Text that came from the page back to the page's bytes.

// Elements whose content is never article text.
var htmlSkip = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "nav": true,
	"aside": true, "form": true, "iframe": true, "object": true, "embed": true,
	"button": true, "select": true, "textarea": true, "svg": true, "math": true,
	"canvas": true, "dialog": true, "menu": true, "video": true, "audio": true,
	"map": true,
}

// Elements dropped only outside <article> and <main>.
var htmlSkipOutsideArticle = map[string]bool{"header": true, "footer": true}

// Block elements: a blank line before and after.
var htmlBlock = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"ul": true, "ol": true, "li": true, "dl": true, "dt": true, "dd": true, "blockquote": true,
	"pre": true, "table": true, "article": true, "section": true, "main": true, "figure": true,
	"figcaption": true, "hr": true, "address": true, "details": true, "summary": true,
	"center": true, "fieldset": true, "caption": true, "header": true, "footer": true,
	"body": true, "legend": true, "tbody": true, "thead": true, "tfoot": true,
}

// Void elements never have an end tag.
var htmlVoid = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true,
}

// Words in class, id or role attributes that mark page widgets.
var htmlWidgetWords = map[string]bool{
	"share": true, "sharing": true, "social": true, "related": true, "newsletter": true,
	"advert": true, "advertisement": true, "ad": true, "ads": true, "comments": true,
	"comment": true, "breadcrumb": true, "breadcrumbs": true, "cookie": true, "cookies": true,
	"promo": true, "subscribe": true, "subscription": true, "sidebar": true, "navbar": true,
	"nav": true, "navigation": true, "popup": true, "modal": true, "masthead": true,
	"toolbar": true, "paywall": true, "banner": true, "contentinfo": true, "complementary": true,
	"search": true, "skip": true, "print": true,
}

// Meta names giving the publication date, best first; "updated" ones last.
var htmlDateKeys = []string{
	"article:published_time", "og:published_time", "published_time", "datepublished",
	"pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date.issued",
	"dc.date", "dcterms.issued", "dcterms.date", "dcterms.created", "citation_publication_date",
	"citation_date", "sailthru.date", "parsely-pub-date", "article.published", "og:pubdate",
	"timeml:dct", "time-datetime-published", "jsonld:datepublished", "time-datetime",
	"article:modified_time", "og:updated_time", "datemodified", "jsonld:datemodified",
}

var htmlSourceKeys = []string{"og:site_name", "publisher", "dc.publisher", "dcterms.publisher", "citation_publisher", "jsonld:publisher", "application-name", "article:publisher"}

var (
	reLDDate      = regexp.MustCompile(`"datePublished"\s*:\s*"([^"]{6,40})"`)
	reLDModified  = regexp.MustCompile(`"dateModified"\s*:\s*"([^"]{6,40})"`)
	reLDPublisher = regexp.MustCompile(`"publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"]{1,100})"`)
)

// hbuild accumulates the extracted text and its offset pieces.
type hbuild struct {
	out          []byte
	pieces       []OffsetPiece
	pendBreak    int  // 0, 1 ("\n") or 2 ("\n\n") before the next text
	pendSpace    bool // a collapsed space before the next text
	pendSpaceSrc int  // where that space came from (-1: synthetic)
}

func (b *hbuild) add(s string, src int) {
	if s == "" {
		return
	}
	if src >= 0 {
		t := len(b.out)
		if n := len(b.pieces); n > 0 {
			p := &b.pieces[n-1]
			if p.TextStart+p.Len == t && p.SourceStart+p.Len == src {
				p.Len += len(s)
				b.out = append(b.out, s...)
				return
			}
		}
		b.pieces = append(b.pieces, OffsetPiece{TextStart: t, SourceStart: src, Len: len(s)})
	}
	b.out = append(b.out, s...)
}

func (b *hbuild) brk(level int) {
	if level > b.pendBreak {
		b.pendBreak = level
	}
	b.pendSpace = false
}

func (b *hbuild) space(src int) {
	if b.pendBreak == 0 && !b.pendSpace {
		b.pendSpace, b.pendSpaceSrc = true, src
	}
}

// flush writes the pending break or space before text.
func (b *hbuild) flush() {
	if len(b.out) == 0 {
		b.pendBreak, b.pendSpace = 0, false
		return
	}
	if b.pendBreak > 0 {
		// Drop trailing spaces of the line being closed.
		b.out = bytes.TrimRight(b.out, " ")
		for n := len(b.pieces); n > 0 && b.pieces[n-1].TextStart >= len(b.out); n = len(b.pieces) {
			b.pieces = b.pieces[:n-1]
		}
		if n := len(b.pieces); n > 0 && b.pieces[n-1].TextStart+b.pieces[n-1].Len > len(b.out) {
			b.pieces[n-1].Len = len(b.out) - b.pieces[n-1].TextStart
		}
		b.add(strings.Repeat("\n", b.pendBreak), -1)
	} else if b.pendSpace {
		last := b.out[len(b.out)-1]
		if last != ' ' && last != '\n' {
			b.add(" ", b.pendSpaceSrc)
		}
	}
	b.pendBreak, b.pendSpace = 0, false
}

// text adds the raw text of a text token starting at src, decoding
// character references and collapsing white space (unless pre).
func (b *hbuild) text(raw []byte, src int, pre bool) {
	i := 0
	for i < len(raw) {
		c := raw[i]
		switch {
		case c == '&':
			j := entityEnd(raw, i)
			ent := string(raw[i:j])
			dec := html.UnescapeString(ent)
			if dec == ent {
				b.flush()
				b.add("&", src+i)
				i++
				continue
			}
			if strings.TrimSpace(dec) == "" && !pre {
				b.space(src + i)
			} else {
				b.flush()
				dec = strings.ReplaceAll(dec, "\u00a0", " ")
				b.add(dec, src+i)
			}
			i = j
		case c == '\r':
			i++
		case pre && c == '\n':
			b.flush()
			b.add("\n", src+i)
			i++
		case !pre && (c == ' ' || c == '\t' || c == '\n' || c == '\f'):
			b.space(src + i)
			i++
		default:
			// A run of ordinary bytes.
			j := i
			for j < len(raw) {
				cj := raw[j]
				if cj == '&' || cj == '\r' || cj == '\n' || !pre && (cj == ' ' || cj == '\t' || cj == '\f') {
					break
				}
				j++
			}
			if j == i { // pre-mode space or tab
				j = i + 1
			}
			b.flush()
			b.add(string(raw[i:j]), src+i)
			i = j
		}
	}
}

// entityEnd returns the end of the character reference starting at i.
func entityEnd(raw []byte, i int) int {
	j := i + 1
	if j < len(raw) && raw[j] == '#' {
		j++
		if j < len(raw) && (raw[j] == 'x' || raw[j] == 'X') {
			j++
		}
	}
	for j < len(raw) && j-i < 40 && (raw[j] >= 'a' && raw[j] <= 'z' || raw[j] >= 'A' && raw[j] <= 'Z' || raw[j] >= '0' && raw[j] <= '9') {
		j++
	}
	if j < len(raw) && raw[j] == ';' {
		j++
	}
	return j
}

// htmlPage is what extraction finds in a page.
type htmlPage struct {
	text     string
	pieces   []OffsetPiece
	meta     map[string]string // lower-case meta key -> first value
	title    string            // <title>
	h1       string            // first <h1>
	dctSpan  *Span             // text span of a <time> giving the date, if any
	unclosed bool              // a dropped element was never closed
}

func readHTML(raw []byte) (*Document, error) {
	p := extractHTML(raw, true)
	if p.unclosed {
		// A dropped element swallowed the page (an unclosed <nav>, say):
		// keep everything but scripts and styles.
		if q := extractHTML(raw, false); hasLetter(q.text) && len(q.text) > len(p.text) {
			q.meta = p.meta
			p = q
		}
	}
	if !hasLetter(p.text) {
		return nil, errors.New("no text found in the HTML page")
	}
	d := &Document{Text: ReplaceControls(p.text)}
	d.SetOffsets(p.pieces)
	// Title: og:title, the first <h1>, <title> without the site's name.
	site := firstMeta(p.meta, htmlSourceKeys)
	for _, t := range []string{p.meta["og:title"], p.meta["twitter:title"], p.h1, stripSiteName(p.title, site), p.meta["jsonld:headline"]} {
		if t = cleanTitle(html.UnescapeString(t)); t != "" {
			d.Title = t
			break
		}
	}
	if site != "" {
		d.Source = cleanTitle(site)
	}
	for _, k := range htmlDateKeys {
		v, ok := p.meta[k]
		if !ok {
			continue
		}
		t, ok := ParseDate(v)
		if !ok {
			t, _, ok = parseDateAt(strings.TrimSpace(v))
		}
		if ok {
			d.DCT, d.DCTSource = t, DCTFromMeta
			if k == "time-datetime" && p.dctSpan != nil {
				sp := *p.dctSpan
				d.DCTSpan = &sp
			}
			break
		}
	}
	d.applyAnalysis(analyze(d.Text))
	return d, nil
}

func firstMeta(meta map[string]string, keys []string) string {
	for _, k := range keys {
		if v := strings.TrimSpace(meta[k]); v != "" && !strings.Contains(v, "://") {
			return v
		}
	}
	return ""
}

// stripSiteName turns "Headline | The Daily Planet" into "Headline".
func stripSiteName(title, site string) string {
	title = strings.TrimSpace(title)
	for _, sep := range []string{" | ", " - ", " — ", " – ", " :: "} {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		tail := strings.TrimSpace(title[i+len(sep):])
		if site != "" && strings.EqualFold(tail, site) || site == "" && countWords(tail) <= 4 && countWords(title[:i]) > countWords(tail) {
			return strings.TrimSpace(title[:i])
		}
	}
	return title
}

func hasLetter(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

// isWidget reports whether an element's class, id or role names a widget.
func isWidget(attrs map[string]string) bool {
	if len(attrs) == 0 {
		return false
	}
	if _, ok := attrs["hidden"]; ok {
		return true
	}
	if attrs["aria-hidden"] == "true" {
		return true
	}
	if st := strings.ReplaceAll(strings.ToLower(attrs["style"]), " ", ""); strings.Contains(st, "display:none") {
		return true
	}
	for _, k := range []string{"class", "id", "role"} {
		for _, w := range strings.FieldsFunc(strings.ToLower(attrs[k]), func(r rune) bool {
			return !unicode.IsLetter(r)
		}) {
			if htmlWidgetWords[w] {
				return true
			}
		}
	}
	return false
}

// extractHTML walks the page's tokens once: text outside dropped elements
// (scripts, styles and, with dropChrome, navigation, widgets and the
// like) goes into the text with its offsets; meta tags, the <title>, the
// first <h1>, a <time> and JSON-LD give the metadata.
func extractHTML(raw []byte, dropChrome bool) htmlPage {
	w := &htmlWalk{page: htmlPage{meta: map[string]string{}}, dropChrome: dropChrome, h1Start: -1, timeStart: -1}
	z := html.NewTokenizer(bytes.NewReader(raw))
	pos := 0
	for {
		tt := z.Next()
		tokRaw := z.Raw()
		start := pos
		pos += len(tokRaw)
		if tt == html.ErrorToken {
			break // io.EOF, or the tokenizer gave up: keep what we have
		}
		name, attrs := tagOf(z, tt)
		if w.skipName != "" {
			w.skipped(tt, name, tokRaw)
			continue
		}
		switch tt {
		case html.TextToken:
			w.text(z, tokRaw, start)
		case html.StartTagToken, html.SelfClosingTagToken:
			w.startTag(tt, name, attrs)
		case html.EndTagToken:
			w.endTag(name)
		}
	}
	return w.finish()
}

// htmlWalk is the state of extractHTML's walk through a page's tokens.
type htmlWalk struct {
	page       htmlPage
	b          hbuild
	dropChrome bool
	skipName   string // the element being dropped
	skipDepth  int    // nesting of skipName inside itself
	article    int    // open <article>/<main> elements
	inHead     bool
	pre        int
	inTitle    bool
	titleBuf   strings.Builder
	h1Start    int
	h1Done     bool
	ldJSON     bool
	ldBuf      strings.Builder
	timeStart  int
	timeIsDate bool
}

// tagOf returns the name and attributes of a tag token (attrs is nil when
// the tag has none; the first of a repeated attribute wins), or "" and nil
// for other tokens.
func tagOf(z *html.Tokenizer, tt html.TokenType) (name string, attrs map[string]string) {
	if tt == html.StartTagToken || tt == html.EndTagToken || tt == html.SelfClosingTagToken {
		n, more := z.TagName()
		name = string(n)
		if more {
			attrs = map[string]string{}
		}
		for more {
			var k, v []byte
			k, v, more = z.TagAttr()
			if _, ok := attrs[string(k)]; !ok {
				attrs[string(k)] = string(v)
			}
		}
	}
	return name, attrs
}

// setMeta records a meta value under its lower-case key, unless the key
// has one already.
func (w *htmlWalk) setMeta(k, v string) {
	k = strings.ToLower(strings.TrimSpace(k))
	v = strings.TrimSpace(v)
	if _, ok := w.page.meta[k]; !ok && k != "" && v != "" {
		w.page.meta[k] = v
	}
}

// skipped takes a token inside a dropped element: it only follows the
// element's nesting to its end, and keeps the text of a JSON-LD script.
func (w *htmlWalk) skipped(tt html.TokenType, name string, tokRaw []byte) {
	switch {
	case tt == html.StartTagToken && name == w.skipName:
		w.skipDepth++
	case tt == html.EndTagToken && name == w.skipName:
		w.skipDepth--
		if w.skipDepth == 0 {
			w.skipName = ""
			w.ldJSON = false
			w.b.brk(2)
		}
	case tt == html.TextToken && w.ldJSON:
		w.ldBuf.Write(tokRaw)
	}
}

// text takes a text token: the <title>'s, nothing else of the <head>, the
// body's into the text.
func (w *htmlWalk) text(z *html.Tokenizer, tokRaw []byte, start int) {
	switch {
	case w.inTitle:
		w.titleBuf.Write(z.Text())
	case w.inHead:
	default:
		w.b.text(tokRaw, start, w.pre > 0)
	}
}

// startTag takes a start (or self-closing) tag: the metadata it carries,
// whether it starts a dropped element, and the break or space it puts in
// the text.
func (w *htmlWalk) startTag(tt html.TokenType, name string, attrs map[string]string) {
	b := &w.b
	self := tt == html.SelfClosingTagToken || htmlVoid[name]
	switch name {
	case "head":
		w.inHead = true
		return
	case "body":
		w.inHead = false
	case "title":
		if !self && !w.inTitle && w.page.title == "" {
			w.inTitle = true
		}
		return
	case "meta":
		content := attrs["content"]
		for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
			if v := attrs[k]; v != "" {
				w.setMeta(v, content)
			}
		}
		return
	case "time":
		if dt := attrs["datetime"]; dt != "" {
			_, pub := attrs["pubdate"]
			if pub || strings.EqualFold(attrs["itemprop"], "datePublished") {
				w.setMeta("time-datetime-published", dt)
			}
			w.setMeta("time-datetime", dt)
		}
		w.timeStart, w.timeIsDate = len(b.out), attrs["datetime"] != ""
	case "article", "main":
		if !self {
			w.article++
		}
	case "script":
		if strings.Contains(strings.ToLower(attrs["type"]), "ld+json") {
			w.ldJSON = true
		}
	case "h1":
		if !w.h1Done {
			b.brk(2)
			b.flush()
			w.h1Start = len(b.out)
		}
	}
	if el := attrs["itemprop"]; strings.EqualFold(el, "datePublished") && attrs["content"] != "" {
		w.setMeta("datepublished", attrs["content"])
	}
	if !self && (name == "script" || name == "style" ||
		w.dropChrome && (htmlSkip[name] || htmlSkipOutsideArticle[name] && w.article == 0 ||
			name != "article" && name != "main" && name != "body" && name != "html" && isWidget(attrs))) {
		w.skipName, w.skipDepth = name, 1
		return
	}
	switch {
	case name == "br":
		b.brk(1)
	case name == "tr":
		b.brk(1)
	case name == "td" || name == "th":
		b.space(-1)
	case name == "pre":
		b.brk(2)
		if !self {
			w.pre++
		}
	case htmlBlock[name]:
		b.brk(2)
	case name == "img":
		// Alt text is not article text.
	default:
		// Inline elements: words on each side stay apart only if
		// the page had space there.
	}
}

// endTag takes an end tag: the <title>, <h1> or <time> it completes, and
// the break or space it puts in the text.
func (w *htmlWalk) endTag(name string) {
	b := &w.b
	switch name {
	case "head":
		w.inHead = false
	case "title":
		if w.inTitle {
			w.page.title = strings.TrimSpace(w.titleBuf.String())
			w.inTitle = false
		}
	case "article", "main":
		if w.article > 0 {
			w.article--
		}
	case "pre":
		if w.pre > 0 {
			w.pre--
		}
	case "h1":
		if w.h1Start >= 0 && !w.h1Done && w.h1Start <= len(b.out) {
			w.page.h1 = strings.TrimSpace(string(b.out[w.h1Start:]))
			w.h1Done = w.page.h1 != ""
			w.h1Start = -1
		}
	case "time":
		if w.timeIsDate && w.timeStart >= 0 && w.timeStart < len(b.out) && w.page.dctSpan == nil {
			sp := Span{w.timeStart, len(b.out)}
			w.page.dctSpan = &sp
		}
		w.timeStart = -1
	}
	switch {
	case name == "tr":
		b.brk(1)
	case name == "td" || name == "th":
		b.space(-1)
	case htmlBlock[name]:
		b.brk(2)
	}
}

// finish completes the page: whether a dropped element was never closed,
// the JSON-LD dates and publisher, and the text trimmed, its offsets
// trimmed with it, made valid UTF-8.
func (w *htmlWalk) finish() htmlPage {
	b := &w.b
	if w.skipName != "" {
		w.page.unclosed = true
	}
	if ld := w.ldBuf.String(); ld != "" {
		if m := reLDDate.FindStringSubmatch(ld); m != nil {
			w.setMeta("jsonld:datepublished", m[1])
		}
		if m := reLDModified.FindStringSubmatch(ld); m != nil {
			w.setMeta("jsonld:datemodified", m[1])
		}
		if m := reLDPublisher.FindStringSubmatch(ld); m != nil {
			w.setMeta("jsonld:publisher", m[1])
		}
	}
	b.out = bytes.TrimRight(b.out, " \n")
	for n := len(b.pieces); n > 0 && b.pieces[n-1].TextStart >= len(b.out); n = len(b.pieces) {
		b.pieces = b.pieces[:n-1]
	}
	if n := len(b.pieces); n > 0 && b.pieces[n-1].TextStart+b.pieces[n-1].Len > len(b.out) {
		b.pieces[n-1].Len = len(b.out) - b.pieces[n-1].TextStart
	}
	if !utf8.Valid(b.out) {
		b.out = bytes.ToValidUTF8(b.out, []byte("\uFFFD"))
	}
	w.page.text = string(b.out)
	w.page.pieces = b.pieces
	return w.page
}
