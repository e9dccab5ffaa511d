package eval

// MEANTIME (NewsReader, CAT XML): names, event mentions and participant
// links scored on the annotated part of each article.
//
// A CAT file lists the article's tokens (with their sentence number), then
// Markables (ENTITY_MENTION, EVENT_MENTION, TIMEX3, ... anchored to token
// IDs, and the ENTITY/EVENT instances they refer to) and Relations
// (REFERS_TO from mentions to instances, HAS_PARTICIPANT from event
// mentions to entity mentions, TLINK, ...).
//
// What is compared:
//
//   - Annotated sentences. MEANTIME annotates only the title, the date line
//     and the first sentences of each article (the first six sentences in
//     the English Wikinews part). The reader takes the sentences from the
//     first up to the last one holding the token of any markable; nothing
//     after it is scored on either side.
//   - Names: ENTITY_MENTION with syntactic_type NAM whose instance
//     (REFERS_TO -> ENTITY ent_type) is PER, ORG or LOC, mapped to
//     Chronicle's PERSON, ORGANIZATION, LOCATION. PRO (products: iPhone,
//     iTunes), FIN, MIX and the other ent_types are not gold names, so a
//     system name there is spurious; mentions with no instance are left
//     out. The name's span is its head (the head attribute, when it is a
//     token run inside the extent: "the United States" -> "United States",
//     "Moscone Center in San Francisco, California" -> "Moscone Center"),
//     else its extent. Exact token span and type, as conlleval. Names used
//     as pre-modifiers (syntactic_type PRE.NAM: "Apple engineers") are
//     not NAM mentions; a system name with exactly such a span and type is
//     counted apart ("pre-modifier names") and neither correct nor
//     spurious in the main score, the way a don't-care region is.
//   - Events: EVENT_MENTION extents against system event mentions, exact
//     token span.
//   - Participant links: HAS_PARTICIPANT from an event mention to an
//     entity mention. A system link (an event mention and an entity taking
//     part in it) matches a gold one when the event spans are equal and one
//     of the system entity's mentions in that sentence lies inside the gold
//     entity mention's extent (gold extents are whole phrases: "Apple
//     Computer CEO and co-founder Steve Jobs").

import (
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/document"
)

// Name types of the MEANTIME score (MEANTIME's ent_type values).
var MeantimeNameTypes = []string{"PER", "ORG", "LOC"}

// MeantimeToken is one token of a CAT file.
type MeantimeToken struct {
	ID       string // t_id
	Sentence int
	Text     string
}

// TokRange is a run of tokens [First, Last] (indices into the document's
// tokens, inclusive).
type TokRange struct{ First, Last int }

// MeantimeMention is one markable anchored to tokens.
type MeantimeMention struct {
	ID            string // m_id
	Tag           string // ENTITY_MENTION, EVENT_MENTION, TIMEX3, ...
	Extent        TokRange
	Head          TokRange // ENTITY_MENTION: the head when given and found, else the extent
	SyntacticType string   // NAM, NOM, PRO, PRE.NAM, ...
	EntType       string   // ent_type of the ENTITY instance it refers to (PER, ORG, LOC, PRO, ...), if any
	Sentence      int
	Gappy         bool // its tokens are not contiguous (extent covers the gap)
}

// MeantimeLink is a HAS_PARTICIPANT relation between two mentions.
type MeantimeLink struct {
	Event, Entity string // m_ids
	Role          string
}

// MeantimeDoc is one CAT file.
type MeantimeDoc struct {
	ID, Name  string
	File      string
	Tokens    []MeantimeToken
	Sentences int // number of sentences
	Annotated int // sentences [0, Annotated) carry annotation
	DCT       string
	Mentions  []MeantimeMention // sorted by extent, then ID
	Links     []MeantimeLink    // sorted
	// EventDates: the TIMEX3 value each event mention (m_id) is anchored
	// to by a TLINK (SIMULTANEOUS, IS_INCLUDED or INCLUDES, in either
	// direction; the most specific value when several), the document's
	// creation time included.
	EventDates map[string]string
	byID       map[string]int
}

// Mention returns the mention with the given m_id.
func (d *MeantimeDoc) Mention(id string) (MeantimeMention, bool) {
	i, ok := d.byID[id]
	if !ok {
		return MeantimeMention{}, false
	}
	return d.Mentions[i], true
}

type catAttrs []xml.Attr

func (a catAttrs) get(name string) string {
	for _, x := range a {
		if x.Name.Local == name {
			return x.Value
		}
	}
	return ""
}

type catRef struct {
	ID string `xml:"m_id,attr"`
}

type catElem struct {
	XMLName xml.Name
	Attrs   catAttrs `xml:",any,attr"`
	Anchors []struct {
		TID string `xml:"t_id,attr"`
	} `xml:"token_anchor"`
	Sources []catRef `xml:"source"`
	Targets []catRef `xml:"target"`
}

type catFile struct {
	XMLName xml.Name `xml:"Document"`
	DocID   string   `xml:"doc_id,attr"`
	DocName string   `xml:"doc_name,attr"`
	Tokens  []struct {
		TID      string `xml:"t_id,attr"`
		Sentence int    `xml:"sentence,attr"`
		Text     string `xml:",chardata"`
	} `xml:"token"`
	Markables struct {
		Items []catElem `xml:",any"`
	} `xml:"Markables"`
	Relations struct {
		Items []catElem `xml:",any"`
	} `xml:"Relations"`
}

// ReadMeantime reads one MEANTIME CAT XML document.
func ReadMeantime(r io.Reader) (*MeantimeDoc, error) {
	var f catFile
	dec := xml.NewDecoder(r)
	dec.Strict = false
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("meantime: %v", err)
	}
	d := &MeantimeDoc{ID: f.DocID, Name: f.DocName, byID: map[string]int{}}
	tok := d.readTokens(&f)
	instType, timexValue := d.readMarkables(&f, tok)
	d.readRelations(&f, instType, timexValue)
	d.sortMentions()
	return d, nil
}

// readTokens reads the document's tokens and sentence count, and returns
// the index of each token ID.
func (d *MeantimeDoc) readTokens(f *catFile) map[string]int {
	tok := map[string]int{}
	sentence := 0
	for _, t := range f.Tokens {
		// Sentence numbers never go back: a file that says otherwise
		// keeps the previous one.
		if t.Sentence > sentence {
			sentence = t.Sentence
		}
		if _, dup := tok[t.TID]; dup || t.TID == "" {
			continue
		}
		tok[t.TID] = len(d.Tokens)
		d.Tokens = append(d.Tokens, MeantimeToken{ID: t.TID, Sentence: sentence, Text: strings.TrimSpace(t.Text)})
	}
	if len(d.Tokens) > 0 {
		d.Sentences = d.Tokens[len(d.Tokens)-1].Sentence + 1
	}
	return tok
}

// readMarkables reads the markables: mentions (anchored to tokens) and
// the DCT. It returns the type of each entity instance (ENTITY with
// ent_type) and the value of every TIMEX3, anchored or not, by ID.
func (d *MeantimeDoc) readMarkables(f *catFile, tok map[string]int) (instType, timexValue map[string]string) {
	instType = map[string]string{}
	timexValue = map[string]string{} // every TIMEX3, anchored or not
	for _, m := range f.Markables.Items {
		tag := m.XMLName.Local
		id := m.Attrs.get("m_id")
		if tag == "TIMEX3" && id != "" {
			timexValue[id] = m.Attrs.get("value")
		}
		if tag == "ENTITY" {
			instType[id] = m.Attrs.get("ent_type")
			continue
		}
		if len(m.Anchors) == 0 || id == "" {
			continue
		}
		if _, dup := d.byID[id]; dup {
			continue
		}
		var idx []int
		for _, a := range m.Anchors {
			if i, ok := tok[a.TID]; ok {
				idx = append(idx, i)
			}
		}
		if len(idx) == 0 {
			continue
		}
		sort.Ints(idx)
		ext := TokRange{idx[0], idx[len(idx)-1]}
		mm := MeantimeMention{ID: id, Tag: tag, Extent: ext, Head: ext,
			SyntacticType: m.Attrs.get("syntactic_type"), Sentence: d.Tokens[ext.First].Sentence,
			Gappy: idx[len(idx)-1]-idx[0]+1 != len(idx)}
		if DCT := m.Attrs.get("functionInDocument"); tag == "TIMEX3" && DCT == "CREATION_TIME" && d.DCT == "" {
			d.DCT = m.Attrs.get("value")
		}
		if tag == "ENTITY_MENTION" {
			if h, ok := findHead(d.Tokens, ext, m.Attrs.get("head")); ok {
				mm.Head = h
			}
		}
		d.byID[id] = len(d.Mentions)
		d.Mentions = append(d.Mentions, mm)
		if s := mm.Sentence + 1; s > d.Annotated {
			d.Annotated = s
		}
	}
	// The DCT may also be an unanchored TIMEX3 instance.
	if d.DCT == "" {
		for _, m := range f.Markables.Items {
			if m.XMLName.Local == "TIMEX3" && m.Attrs.get("functionInDocument") == "CREATION_TIME" {
				d.DCT = m.Attrs.get("value")
				break
			}
		}
	}
	return instType, timexValue
}

// readRelations reads the relations: an entity mention's type from the
// instance it refers to, the participant links, and an event's date from
// a TLINK to a dated TIMEX3 (the most specific, then the least, of
// several).
func (d *MeantimeDoc) readRelations(f *catFile, instType, timexValue map[string]string) {
	for _, rel := range f.Relations.Items {
		switch rel.XMLName.Local {
		case "REFERS_TO":
			if len(rel.Targets) == 0 {
				continue
			}
			t, ok := instType[rel.Targets[0].ID]
			if !ok {
				continue
			}
			for _, s := range rel.Sources {
				if i, ok := d.byID[s.ID]; ok && d.Mentions[i].EntType == "" {
					d.Mentions[i].EntType = t
				}
			}
		case "HAS_PARTICIPANT":
			if len(rel.Sources) == 0 || len(rel.Targets) == 0 {
				continue
			}
			d.Links = append(d.Links, MeantimeLink{Event: rel.Sources[0].ID, Entity: rel.Targets[0].ID, Role: rel.Attrs.get("sem_role")})
		case "TLINK":
			switch rel.Attrs.get("reltype") {
			case "SIMULTANEOUS", "IS_INCLUDED", "INCLUDES":
			default:
				continue
			}
			if len(rel.Sources) == 0 || len(rel.Targets) == 0 {
				continue
			}
			a, b := rel.Sources[0].ID, rel.Targets[0].ID
			if _, ok := timexValue[a]; ok {
				a, b = b, a
			}
			v, ok := timexValue[b]
			if i, isEv := d.byID[a]; !ok || !isEv || d.Mentions[i].Tag != "EVENT_MENTION" || !datedValue(v) {
				continue
			}
			if d.EventDates == nil {
				d.EventDates = map[string]string{}
			}
			if old := d.EventDates[a]; len(v) > len(old) || len(v) == len(old) && v < old {
				d.EventDates[a] = v
			}
		}
	}
}

// sortMentions sorts the mentions by position (the file's order is the
// annotator's), rebuilds the ID index after, and sorts the links.
func (d *MeantimeDoc) sortMentions() {
	sort.SliceStable(d.Mentions, func(i, j int) bool {
		a, b := d.Mentions[i], d.Mentions[j]
		if a.Extent != b.Extent {
			if a.Extent.First != b.Extent.First {
				return a.Extent.First < b.Extent.First
			}
			return a.Extent.Last < b.Extent.Last
		}
		return a.ID < b.ID
	})
	for i, m := range d.Mentions {
		d.byID[m.ID] = i
	}
	sort.Slice(d.Links, func(i, j int) bool {
		a, b := d.Links[i], d.Links[j]
		if a.Event != b.Event {
			return a.Event < b.Event
		}
		if a.Entity != b.Entity {
			return a.Entity < b.Entity
		}
		return a.Role < b.Role
	})
}

// findHead returns the token run inside ext whose text, spaces ignored,
// is head.
func findHead(toks []MeantimeToken, ext TokRange, head string) (TokRange, bool) {
	h := strings.Join(strings.Fields(head), "")
	if h == "" {
		return TokRange{}, false
	}
	for a := ext.First; a <= ext.Last; a++ {
		s := ""
		for b := a; b <= ext.Last && len(s) < len(h); b++ {
			s += toks[b].Text
			if s == h {
				return TokRange{a, b}, true
			}
		}
	}
	return TokRange{}, false
}

// ReadMeantimeDir reads every *.xml file of a folder (sorted by name).
func ReadMeantimeDir(dir string) ([]*MeantimeDoc, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.xml"))
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	if len(names) == 0 {
		return nil, fmt.Errorf("%s: no .xml files", dir)
	}
	var docs []*MeantimeDoc
	for _, n := range names {
		f, err := os.Open(n)
		if err != nil {
			return nil, err
		}
		d, err := ReadMeantime(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %v", n, err)
		}
		d.File = filepath.Base(n)
		if d.Name == "" {
			d.Name = strings.TrimSuffix(d.File, ".xml")
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// Text rebuilds the article from its tokens: the title (sentence 0) and
// the date line (sentence 1) each a paragraph of their own, then the body
// as one paragraph, tokens joined the way English is written (no space
// before "," or "'s", none inside "(...)" or a pair of quotes, "Wal-Mart"
// from "Wal - Mart"). spans[i] is the byte range of token i in the text.
func (d *MeantimeDoc) Text() (text string, spans []document.Span) {
	var b strings.Builder
	spans = make([]document.Span, len(d.Tokens))
	quoteOpen := false // inside "..."
	noSpace := true    // the next token attaches to the previous one
	for i, t := range d.Tokens {
		if i > 0 && t.Sentence != d.Tokens[i-1].Sentence {
			if t.Sentence <= 2 {
				b.WriteString("\n\n")
				quoteOpen = false
				noSpace = true
			}
		}
		w := t.Text
		switch w {
		case "``":
			w = "“"
		case "''":
			w = "”"
		case "`":
			w = "‘"
		}
		attach := noSpace
		noSpace = false
		switch {
		case w == "\"":
			if quoteOpen {
				attach = true
			} else {
				noSpace = true
			}
			quoteOpen = !quoteOpen
		case w == "“" || w == "‘" || w == "(" || w == "[" || w == "$" || w == "US$" || w == "£" || w == "€" || w == "#":
			noSpace = true
		case w == "”" || w == "’" || w == "'" || closesToken(w):
			attach = true
		case i > 0 && (d.Tokens[i-1].Text == "’" || d.Tokens[i-1].Text == "'") && contraction[w]:
			attach = true // "we ' re", "Wayne ’ s"
		case w == "-" && i > 0 && i+1 < len(d.Tokens) && capWordTok(d.Tokens[i-1].Text) && capWordTok(d.Tokens[i+1].Text) &&
			d.Tokens[i+1].Sentence == t.Sentence:
			// "Wal - Mart": a hyphenated proper name split by the tokenizer.
			attach, noSpace = true, true
		}
		if i > 0 && !attach && b.Len() > 0 && !strings.HasSuffix(b.String(), "\n") {
			b.WriteByte(' ')
		}
		start := b.Len()
		b.WriteString(w)
		spans[i] = document.Span{Start: start, End: b.Len()}
	}
	return b.String(), spans
}

// closesToken reports whether a token attaches to the one before it.
func closesToken(w string) bool {
	switch w {
	case ",", ".", ";", ":", "!", "?", ")", "]", "%", "...", "…", "'s", "'S", "’s", "n't", "'ve", "'re", "'ll", "'d", "'m":
		return true
	}
	return false
}

var contraction = map[string]bool{"s": true, "re": true, "ve": true, "ll": true, "d": true, "m": true, "t": true}

// capWordTok reports whether w is a capitalized word of letters only.
func capWordTok(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || utf8.RuneCountInString(w) < 2 {
		return false
	}
	for _, c := range w {
		if !unicode.IsLetter(c) {
			return false
		}
	}
	return true
}

// TokenRange maps a byte span of the rebuilt text to the tokens it
// overlaps; ok is false when it overlaps none.
func TokenRange(spans []document.Span, sp document.Span) (TokRange, bool) {
	a := sort.Search(len(spans), func(i int) bool { return spans[i].End > sp.Start })
	if a >= len(spans) || spans[a].Start >= sp.End {
		return TokRange{}, false
	}
	b := a
	for b+1 < len(spans) && spans[b+1].Start < sp.End {
		b++
	}
	return TokRange{a, b}, true
}

// datedValue reports whether a TIMEX3 value is a calendar date or time
// ("2008", "2008-06-09", "2008-W23"), not a duration or a reference
// ("PRESENT_REF").
func datedValue(v string) bool {
	return len(v) >= 4 && v[0] >= '0' && v[0] <= '9' && v[1] >= '0' && v[1] <= '9'
}
