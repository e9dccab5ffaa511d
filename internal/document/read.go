package document

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

// Formats, in Document.Format and Options.Format.
const (
	FormatText   = "text"
	FormatHTML   = "html"
	FormatTimeML = "timeml"
	FormatJSONL  = "jsonl"
)

// DefaultMaxBytes is the largest input read when Options.MaxBytes is zero.
// A news article is rarely over 1 MB; the analysis holds about 75 bytes of
// annotations per byte of text, so 16 MiB keeps one document near 1 GB.
const DefaultMaxBytes = 16 << 20

// Options control how inputs are read.
type Options struct {
	// DCT, when not zero, is the document creation time of every document
	// read (the --dct flag). It overrides dates found in the input.
	DCT time.Time
	// MaxBytes refuses larger inputs (0 means DefaultMaxBytes).
	MaxBytes int64
	// LimitHint follows the limit in a too-large error, to say how to
	// raise it (the CLI: "; raise it with --max-size").
	LimitHint string
	// Format forces a reader ("text", "html", "timeml", "jsonl"); empty
	// means by file extension, then by sniffing the content.
	Format string
	// Warn, when set, receives problems that spoil one record of a
	// multi-document input (a bad JSON Lines line): the record is skipped
	// and the rest is read. When nil such problems are errors.
	Warn func(msg string)
	// TimeML parses TimeML input (timeml.ParseDocument); when nil, reading
	// TimeML is an error.
	TimeML TimeMLParser
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

// Read reads the file at path (or standard input when path is "-") into
// documents. Errors read "PATH: what went wrong".
func Read(path string, opt Options) ([]*Document, error) {
	if path == "-" {
		return ReadReader("-", os.Stdin, opt)
	}
	return ReadFile(path, opt)
}

// ReadFile reads the file at path into documents.
func ReadFile(path string, opt Options) ([]*Document, error) {
	var docs []*Document
	err := ReadFileEach(path, opt, func(d *Document) error { docs = append(docs, d); return nil })
	if err != nil {
		return nil, err
	}
	return docs, nil
}

// ReadEach is Read that hands each document to fn as soon as it is read,
// so a JSON Lines file of a million records never holds them all. An error
// from fn stops the reading and is returned.
func ReadEach(path string, opt Options, fn func(*Document) error) error {
	if path == "-" {
		return ReadReaderEach("-", os.Stdin, opt, fn)
	}
	return ReadFileEach(path, opt, fn)
}

// ReadFileEach is ReadFile one document at a time (see ReadEach).
func ReadFileEach(path string, opt Options, fn func(*Document) error) error {
	fi, err := os.Stat(path)
	if err != nil {
		return fileError(path, err)
	}
	if fi.IsDir() {
		return fmt.Errorf("%s: is a directory", path)
	}
	if max := opt.maxBytes(); fi.Mode().IsRegular() && fi.Size() > max {
		return tooLarge(path, fi.Size(), max, opt.LimitHint)
	}
	f, err := os.Open(path)
	if err != nil {
		return fileError(path, err)
	}
	defer f.Close()
	return ReadReaderEach(path, f, opt, fn)
}

// ReadReader reads r, named name, into documents. name gives the format
// (by extension), the document ID (its base name) and the prefix of
// errors; "-", "" and "stdin" mean standard input (ID "stdin").
func ReadReader(name string, r io.Reader, opt Options) ([]*Document, error) {
	var docs []*Document
	err := ReadReaderEach(name, r, opt, func(d *Document) error { docs = append(docs, d); return nil })
	if err != nil {
		return nil, err
	}
	return docs, nil
}

// ReadReaderEach is ReadReader one document at a time (see ReadEach). The
// input's bytes are read whole (they are bounded by opt.MaxBytes); the
// documents are made one by one.
func ReadReaderEach(name string, r io.Reader, opt Options, fn func(*Document) error) error {
	label, path, id := name, name, filepath.Base(name)
	if name == "" || name == "-" || name == "stdin" {
		label, path, id = "stdin", "-", "stdin"
	}
	max := opt.maxBytes()
	raw, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return fileError(label, err)
	}
	if int64(len(raw)) > max {
		return fmt.Errorf("%s: too large (more than %s; the limit is %s%s)", label, sizeString(max), sizeString(max), opt.LimitHint)
	}
	if err := checkText(raw); err != nil {
		return fmt.Errorf("%s: %v", label, err)
	}
	format := opt.Format
	if format == "" {
		format = formatOf(name, raw)
	}
	finish := func(d *Document) error {
		d.Format = format
		d.Path = path
		if d.ID == "" {
			d.ID = id
		}
		if !opt.DCT.IsZero() {
			y, m, dd := opt.DCT.Date()
			d.DCT = time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
			d.DCTSource = DCTFromFlag
			d.DCTSpan = nil
		} else if !d.HasDCT() && path != "-" && format != FormatJSONL {
			if t, ok := FileNameDate(id); ok {
				d.DCT, d.DCTSource, d.DCTSpan = t, DCTFromFileName, nil
			}
		}
		d.replaceControls() // the readers did the text; this does the names
		return fn(d)
	}
	switch format {
	case FormatText:
		return finish(readText(raw))
	case FormatHTML:
		d, err := readHTML(raw)
		if err != nil {
			return fmt.Errorf("%s: %v", label, err)
		}
		return finish(d)
	case FormatTimeML:
		d, err := readTimeML(raw, opt.TimeML)
		if err != nil {
			return fmt.Errorf("%s: %v", label, err)
		}
		return finish(d)
	case FormatJSONL:
		return readJSONL(label, id, raw, opt, finish)
	}
	return fmt.Errorf("%s: unknown format %q (want text, html, timeml or jsonl)", label, format)
}

// fileError turns an os error into "PATH: reason" without repeating the path.
func fileError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%s: no such file or directory", path)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("%s: permission denied", path)
	}
	return fmt.Errorf("%s: cannot read: %v", path, err)
}

func tooLarge(path string, size, max int64, hint string) error {
	return fmt.Errorf("%s: too large (%s; the limit is %s%s)", path, sizeString(size), sizeString(max), hint)
}

func sizeString(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// checkText refuses inputs that are not UTF-8 text.
func checkText(raw []byte) error {
	if len(raw) == 0 {
		return errors.New("empty file")
	}
	if bytes.HasPrefix(raw, []byte{0xFF, 0xFE}) || bytes.HasPrefix(raw, []byte{0xFE, 0xFF}) {
		return errors.New("UTF-16 text is not supported (convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8)")
	}
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		return fmt.Errorf("binary file, not text (NUL byte at offset %d)", i)
	}
	// Control bytes other than tab, newline, carriage return, form feed.
	ctrl := 0
	for _, b := range raw {
		if b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F {
			ctrl++
		}
	}
	if ctrl > 0 && ctrl*10 > len(raw) {
		return fmt.Errorf("binary file, not text (%d%% control bytes)", ctrl*100/len(raw))
	}
	if !utf8.Valid(raw) {
		off, bad := -1, 0
		for i := 0; i < len(raw); {
			r, w := utf8.DecodeRune(raw[i:])
			if r == utf8.RuneError && w <= 1 {
				if off < 0 {
					off = i
				}
				bad++
			}
			i += w
		}
		// Text in a legacy 8-bit encoding has no control bytes; binary
		// data that happens to hold no NUL byte has some.
		if bad*5 > len(raw) && ctrl > 0 {
			return fmt.Errorf("binary file, not text (%d%% of its bytes are not UTF-8)", bad*100/len(raw))
		}
		return fmt.Errorf("not UTF-8 text (invalid byte 0x%02X at offset %d; convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8)", raw[off], off)
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(raw, []byte("\uFEFF")))) == 0 {
		return errors.New("no text (the file holds only white space)")
	}
	return nil
}

// extFormats maps lower-case file extensions to formats.
var extFormats = map[string]string{
	".txt": FormatText, ".text": FormatText,
	".html": FormatHTML, ".htm": FormatHTML, ".xhtml": FormatHTML,
	".tml": FormatTimeML, ".te3input": FormatTimeML,
	".jsonl": FormatJSONL, ".ndjson": FormatJSONL,
}

// Extensions lists the file extensions Walk picks by default, sorted.
func Extensions() []string {
	var out []string
	for e := range extFormats {
		out = append(out, e)
	}
	sort.Strings(out)
	return out
}

// formatOf picks the format by extension, then by content.
func formatOf(name string, raw []byte) string {
	if f, ok := extFormats[strings.ToLower(filepath.Ext(name))]; ok {
		return f
	}
	return Sniff(raw)
}

// Sniff guesses the format of raw from its first bytes.
func Sniff(raw []byte) string {
	head := raw
	if len(head) > 4096 {
		head = head[:4096]
	}
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\uFEFF")), " \t\r\n")
	lower := bytes.ToLower(head)
	switch {
	case bytes.Contains(head, []byte("<TimeML")) || bytes.HasPrefix(head, []byte("<?xml")) && (bytes.Contains(head, []byte("<DCT>")) || bytes.Contains(head, []byte("<TIMEX3"))):
		return FormatTimeML
	case bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.HasPrefix(lower, []byte("<html")) ||
		bytes.HasPrefix(lower, []byte("<head")) || bytes.HasPrefix(lower, []byte("<body")) ||
		bytes.HasPrefix(lower, []byte("<!--")) && bytes.Contains(lower, []byte("<html")):
		return FormatHTML
	case bytes.HasPrefix(head, []byte("<?xml")) || bytes.HasPrefix(head, []byte("<")) && bytes.Contains(head, []byte("</")):
		// Other markup (XML, an HTML fragment): its text, without tags.
		return FormatHTML
	case bytes.HasPrefix(head, []byte("{")):
		line := head
		if i := bytes.IndexByte(line, '\n'); i >= 0 {
			line = line[:i]
		}
		if bytes.HasSuffix(bytes.TrimSpace(line), []byte("}")) {
			return FormatJSONL
		}
	}
	return FormatText
}

// Walk calls fn for every file under root whose name ends in one of exts
// (case-insensitive; ".txt" or "txt"; nil means Extensions()), in sorted
// order, descending into subdirectories but skipping hidden files and
// directories (names starting with a dot). If root is a file, fn is called
// for it whatever its extension. An error from fn stops the walk and is
// returned; so does a directory that cannot be read.
func Walk(root string, exts []string, fn func(path string) error) error {
	fi, err := os.Stat(root)
	if err != nil {
		return fileError(root, err)
	}
	if !fi.IsDir() {
		return fn(root)
	}
	if exts == nil {
		exts = Extensions()
	}
	var want []string
	for _, e := range exts {
		e = strings.ToLower(e)
		if !strings.HasPrefix(e, ".") {
			e = "." + e
		}
		want = append(want, e)
	}
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return fileError(path, err)
		}
		hidden := path != root && strings.HasPrefix(d.Name(), ".")
		if d.IsDir() {
			if hidden {
				return filepath.SkipDir
			}
			return nil
		}
		if hidden || !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
			return nil
		}
		lower := strings.ToLower(d.Name())
		for _, e := range want {
			if strings.HasSuffix(lower, e) {
				return fn(path)
			}
		}
		return nil
	})
}

// FileNameDate returns a full date written in a file's name, year first
// ("fujimori-verdict-2009-04-07.txt", "report_2021.03.05.html",
// "APW19980807.0001"), if there is exactly one: archives of news often
// name an article's file by its day when its text gives none. Years 1900
// to 2099; the date must exist.
func FileNameDate(name string) (time.Time, bool) {
	var found time.Time
	n := 0
	for i := 0; i+8 <= len(name); i++ {
		if i > 0 && isDigit(name[i-1]) || !(strings.HasPrefix(name[i:], "19") || strings.HasPrefix(name[i:], "20")) {
			continue
		}
		s := name[i:]
		var y, m, d string
		switch {
		case len(s) >= 10 && allDigits(s[:4]) && (s[4] == '-' || s[4] == '_' || s[4] == '.') && s[7] == s[4] && allDigits(s[5:7]) && allDigits(s[8:10]) && (len(s) == 10 || !isDigit(s[10])):
			y, m, d = s[:4], s[5:7], s[8:10]
		case allDigits(s[:8]) && (len(s) == 8 || !isDigit(s[8])):
			y, m, d = s[:4], s[4:6], s[6:8]
		default:
			continue
		}
		t, err := time.Parse("2006-01-02", y+"-"+m+"-"+d)
		if err != nil {
			continue
		}
		if n > 0 && !t.Equal(found) {
			return time.Time{}, false // two dates: which one is the article's?
		}
		found, n = t, n+1
	}
	return found, n > 0
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}
