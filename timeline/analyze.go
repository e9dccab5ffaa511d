package timeline

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/internal/timeml"
)

// Options control Analyze.
type Options struct {
	// Name is the article's name in citations ("article.txt"); "" gives
	// "input".
	Name string
	// DCT is the article's date (its creation time), against which "on
	// Friday" and "next May" are resolved. Zero: it is read from the text
	// (a dateline, a header, TimeML's DCT); when none is found, relative
	// dates stay unresolved.
	DCT time.Time
	// Format is "text", "html" or "timeml"; "" tells them apart by the
	// content.
	Format string
	// MaxBytes refuses a longer text (0: 16 MB, the command's default).
	MaxBytes int64
}

// Document is what Analyze found about the article itself.
type Document struct {
	Name      string
	Title     string    // the headline, if found
	Publisher string    // if found
	DCT       time.Time // the article's date; zero when unknown
	DCTSource string    // where the date came from ("text", "flag", "timeml", ...)
}

// Entity is a person, organization or place the article names.
type Entity struct {
	ID       string   // unique in the article ("e3")
	Type     string   // PERSON, ORGANIZATION, LOCATION, ...
	Subtype  string   // country, city, government, ...; "" when unknown
	Name     string   // the canonical name ("Vladimir Putin")
	Aliases  []string // the other names it goes by in the article ("Putin", "the Russian leader")
	Mentions int      // how many times it is named
}

// Analysis is one analyzed article: the article, its entities and its
// timeline. Entries are the dated events in chronological order (Less);
// Undated are the events no date could be given, in text order.
type Analysis struct {
	Document Document
	Entities []Entity
	Entries  []Entry
	Undated  []Entry

	result *pipeline.Result
}

// ErrNotOneDocument is returned by Analyze for a text that holds no
// document or several (a JSON Lines text, say).
var ErrNotOneDocument = errors.New("not one document")

// Analyze reads one article and runs every stage of Chronicle over it:
// the same code the chronicle command runs for each of its inputs. The
// context is checked before the work starts; an analysis takes about a
// second per 400 KB of text.
func Analyze(ctx context.Context, text string, opt Options) (*Analysis, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	name := opt.Name
	if name == "" {
		name = "input"
	}
	docs, err := document.ReadReader(name, strings.NewReader(text), document.Options{DCT: opt.DCT, Format: opt.Format, MaxBytes: opt.MaxBytes, TimeML: timeml.ParseDocument})
	if err != nil {
		return nil, err
	}
	if len(docs) != 1 {
		return nil, fmt.Errorf("%s: %w (%d found)", name, ErrNotOneDocument, len(docs))
	}
	var r *pipeline.Result
	src := pipeline.Source{Name: name, Read: func() ([]*document.Document, error) { return docs, nil }}
	err = pipeline.RunWith([]pipeline.Source{src}, pipeline.Options{Workers: 1}, func(o pipeline.Output) error {
		if o.Err != nil {
			return o.Err
		}
		if len(o.Results) > 0 {
			r = o.Results[0]
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if r == nil {
		return nil, fmt.Errorf("%s: no result", name)
	}
	return FromResult(r), nil
}

// FromResult wraps a pipeline result as an Analysis: for Chronicle's own
// commands, which run the pipeline over many inputs in parallel.
func FromResult(r *pipeline.Result) *Analysis {
	a := &Analysis{result: r}
	if d := r.Doc; d != nil {
		a.Document = Document{Name: d.ID, Title: Clean(d.Title), Publisher: Clean(d.Source), DCTSource: d.DCTSource}
		if d.HasDCT() {
			a.Document.DCT = d.DCT
		}
	}
	for i := range r.Entities {
		e := &r.Entities[i]
		a.Entities = append(a.Entities, Entity{ID: e.ID, Type: e.Type, Subtype: e.Subtype, Name: Clean(e.Name),
			Aliases: append([]string(nil), e.Aliases...), Mentions: len(e.Mentions)})
	}
	a.Entries, a.Undated = BuildAll([]*pipeline.Result{r})
	return a
}

// Result is the analysis as the pipeline gave it, for Chronicle's own
// packages (graph, output, the store).
func (a *Analysis) Result() *pipeline.Result { return a.result }

// Combine returns the timeline of several analyses: the dated entries of
// all of them in chronological order (Less), then the undated ones.
func Combine(as ...*Analysis) (dated, undated []Entry) {
	return BuildAll(Results(as))
}

// Results returns the pipeline results of the analyses, skipping nils.
func Results(as []*Analysis) []*pipeline.Result {
	rs := make([]*pipeline.Result, 0, len(as))
	for _, a := range as {
		if a != nil && a.result != nil {
			rs = append(rs, a.result)
		}
	}
	return rs
}
