package document

import (
	"crypto/sha256"
	"encoding/hex"
)

// ReplaceControls replaces every C0 control character other than tab,
// line feed and carriage return (U+0000 to U+001F: NUL, form feed,
// escape, ...) with a space. It is byte for byte (each is one byte in
// UTF-8, and so is a space), so offsets into the text keep their meaning:
// spans stay valid and file offsets stay file offsets.
//
// Every reader applies it to the text before anything looks at it, and to
// the title, publisher and identifiers, so every stage, every writer and
// both store back ends see the same text: PostgreSQL refuses NUL in text
// ("invalid byte sequence for encoding UTF8: 0x00") where SQLite keeps it,
// and XML cannot hold most of these characters at all. A space rather
// than U+FFFD (three bytes) or nothing, which would move every offset
// after it; and they are breaks between words where they occur.
func ReplaceControls(s string) string {
	i := indexControl(s)
	if i < 0 {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		if isReplacedControl(b[i]) {
			b[i] = ' '
		}
	}
	return string(b)
}

func isReplacedControl(c byte) bool {
	return c < 0x20 && c != '\t' && c != '\n' && c != '\r'
}

func indexControl(s string) int {
	for i := 0; i < len(s); i++ {
		if isReplacedControl(s[i]) {
			return i
		}
	}
	return -1
}

// replaceControls applies ReplaceControls to the document's text and
// metadata.
func (d *Document) replaceControls() {
	d.Text = ReplaceControls(d.Text)
	d.Title = ReplaceControls(d.Title)
	d.Source = ReplaceControls(d.Source)
	d.DocID = ReplaceControls(d.DocID)
	d.ID = ReplaceControls(d.ID)
}

// Hash is the content hash a document is known by: the hex SHA-256 of its
// text (what the stages analyse) with control characters replaced (as the
// readers and the store have them). The same article read from a copy of
// the file, or from HTML and from text giving the same text, is one
// document: the store keeps it once, and the commands count it once.
func Hash(doc *Document) string {
	h := sha256.Sum256([]byte(ReplaceControls(doc.Text)))
	return hex.EncodeToString(h[:])
}
