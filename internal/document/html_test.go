package document

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

func readHTMLString(t *testing.T, page string) *Document {
	t.Helper()
	d, err := readHTML([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestHTMLOffsets(t *testing.T) {
	raw, err := os.ReadFile("testdata/article.html")
	if err != nil {
		t.Fatal(err)
	}
	d := readHTMLString(t, string(raw))
	// Text copied byte for byte maps back to the same bytes.
	for _, s := range []string{"Rail workers in the valley returned", "ending a strike that began on June", "2 million", "North  running", "It did not say"} {
		i := strings.Index(d.Text, s)
		if i < 0 {
			t.Fatalf("%q not in text:\n%s", s, d.Text)
		}
		// Pieces can split at collapsed white space: check each word.
		for _, w := range strings.Fields(s) {
			j := strings.Index(d.Text[i:], w) + i
			src := d.SourceOffset(j)
			if got := string(raw[src : src+len(w)]); got != w {
				t.Errorf("word %q at text %d maps to %q", w, j, got)
			}
		}
	}
	// Decoded character references map to the reference.
	i := strings.Index(d.Text, "’s leader")
	if src := d.SourceOffset(i); !strings.HasPrefix(string(raw[src:]), "&#8217;s leader") {
		t.Errorf("’ maps to %q", string(raw[src:src+12]))
	}
	i = strings.Index(d.Text, "& that")
	if src := d.SourceOffset(i); !strings.HasPrefix(string(raw[src:]), "&amp; that") {
		t.Errorf("& maps to %q", string(raw[src:src+12]))
	}
	// Every offset maps inside the file, monotonically.
	prev := 0
	for k := 0; k <= len(d.Text); k++ {
		src := d.SourceOffset(k)
		if src < prev || src > len(raw) {
			t.Fatalf("text %d maps to %d (prev %d, file %d)", k, src, prev, len(raw))
		}
		prev = src
	}
}

func TestHTMLExtraction(t *testing.T) {
	cases := []struct {
		name, page  string
		text        string // the whole extracted Text, or "" to skip
		title       string
		source, dct string
		dctSource   string
		notIn       []string
	}{
		{
			name:  "blocks become blank lines, inline and br do not",
			page:  "<body><h2>Heading here</h2><p>One <i>two</i>\n   three.<br>Four.</p><ul><li>Item a.</li><li>Item b.</li></ul><table><tr><td>x</td><td>y</td></tr><tr><td>z</td></tr></table></body>",
			text:  "Heading here\n\nOne two three.\nFour.\n\nItem a.\n\nItem b.\n\nx y\nz",
			title: "",
		},
		{
			name:      "og:title beats h1 and title; site name and date from meta",
			page:      `<html><head><title>Page | Site</title><meta property="og:title" content="The Real Headline Of The Day"><meta name="publisher" content="Daily Sample"><meta name="DC.date" content="2015-07-04"></head><body><h1>Another headline</h1><p>Some article words that make a sentence.</p></body></html>`,
			title:     "The Real Headline Of The Day",
			source:    "Daily Sample",
			dct:       "2015-07-04",
			dctSource: DCTFromMeta,
		},
		{
			name:  "h1 beats title; title loses its site name",
			page:  `<html><head><title>Tide tables move online | Harbor Weekly</title></head><body><h1>Tide tables move online</h1><p>Words.</p></body></html>`,
			title: "Tide tables move online",
		},
		{
			name:  "title without h1 loses its site name",
			page:  `<html><head><title>Tide tables move online for the first time - Harbor Weekly</title></head><body><p>Words.</p></body></html>`,
			title: "Tide tables move online for the first time",
		},
		{
			name:      "time datetime",
			page:      `<body><article><p>By the river.</p><time datetime="2012-03-09T10:00:00Z">9 March</time><p>Words.</p></article></body>`,
			dct:       "2012-03-09",
			dctSource: DCTFromMeta,
		},
		{
			name:      "JSON-LD datePublished and publisher",
			page:      `<head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2011-10-05T08:00:00Z","publisher":{"@type":"Organization","name":"Example Wire"}}</script></head><body><p>Words of the article go here.</p></body>`,
			dct:       "2011-10-05",
			dctSource: DCTFromMeta,
			source:    "Example Wire",
			text:      "Words of the article go here.",
		},
		{
			name:      "dateline in the text when there is no meta",
			page:      `<body><h1>Ferry service returns to the islands</h1><div class="meta">Published: 3 May 2014</div><p>The ferry service to the outer islands resumed this morning after repairs to the pier.</p></body>`,
			title:     "Ferry service returns to the islands",
			dct:       "2014-05-03",
			dctSource: DCTFromDateline,
		},
		{
			name:  "chrome elements are dropped",
			page:  `<body><nav>Home News</nav><header>Site Banner</header><div class="social-share">Share on Facebook</div><aside>Side box</aside><form>Search this site</form><div hidden>Hidden text</div><div style="display: none">Invisible</div><noscript>Enable JavaScript</noscript><article><header><h1>Headline stays in the article</h1></header><p>Body text.</p><footer>Article footer note</footer></article><footer>Site footer</footer><div id="comments">A reader comment</div></body>`,
			text:  "Headline stays in the article\n\nBody text.\n\nArticle footer note",
			title: "Headline stays in the article",
			notIn: []string{"Home", "Banner", "Share", "Side box", "Search", "Hidden", "Invisible", "JavaScript", "Site footer", "reader comment"},
		},
		{
			name: "an unclosed dropped element does not swallow the page",
			page: `<body><nav>Menu<p>The only paragraph of the page is here.</p></body>`,
			text: "Menu\n\nThe only paragraph of the page is here.",
		},
		{
			name: "entities and non-breaking spaces",
			page: `<p>Caf&eacute; &amp; bar&nbsp;&nbsp;open &lt;daily&gt; &#x2014; &unknown; &amp</p>`,
			text: "Café & bar open <daily> — &unknown; &",
		},
		{
			name: "pre keeps white space",
			page: "<p>Before.</p><pre>a  b\n  c</pre><p>After.</p>",
			text: "Before.\n\na  b\n  c\n\nAfter.",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := readHTMLString(t, c.page)
			if c.text != "" && d.Text != c.text {
				t.Errorf("text\n got %q\nwant %q", d.Text, c.text)
			}
			if d.Title != c.title {
				t.Errorf("title %q, want %q", d.Title, c.title)
			}
			if d.Source != c.source {
				t.Errorf("source %q, want %q", d.Source, c.source)
			}
			dct := ""
			if d.HasDCT() {
				dct = d.DCT.Format("2006-01-02")
			}
			if dct != c.dct || d.DCTSource != c.dctSource {
				t.Errorf("DCT %q from %q, want %q from %q", dct, d.DCTSource, c.dct, c.dctSource)
			}
			for _, s := range c.notIn {
				if strings.Contains(d.Text, s) {
					t.Errorf("%q kept in %q", s, d.Text)
				}
			}
			checkBody(t, d)
		})
	}
}

func FuzzReadHTML(f *testing.F) {
	raw, _ := os.ReadFile("testdata/article.html")
	f.Add(string(raw))
	for _, s := range []string{
		"<p>a &amp b</p>", "<nav><p>x", "<pre>\r\n x</pre>", "<title>t", "<h1>A b c d</h1><p>Nov. 10, 2017</p>",
		"<script type=application/ld+json>{\"datePublished\":\"2017-02-30\"}</script><p>x</p>", "&#xD800;<br/><td>",
		"<time datetime=2017-11-10>x</time><p>y</p>", "<article><header><h1>T</h1></article></header>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, page string) {
		if !utf8.ValidString(page) {
			return // refused before the reader
		}
		d, err := readHTML([]byte(page))
		if err != nil {
			return
		}
		if !utf8.ValidString(d.Text) {
			t.Fatalf("text not UTF-8: %q", d.Text)
		}
		checkBody(t, d)
		prev := 0
		for k := 0; k <= len(d.Text); k++ {
			src := d.SourceOffset(k)
			if src < prev || src > len(page) {
				t.Fatalf("text %d maps to %d (prev %d, page %d)", k, src, prev, len(page))
			}
			prev = src
		}
	})
}
