package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/entity"
	"github.com/chronicle-news/chronicle/internal/eval"
	"github.com/chronicle-news/chronicle/internal/event"
	"github.com/chronicle-news/chronicle/internal/pipeline"
)

// newEvalMeantimeCmd is `chronicle eval meantime DIR`: names, event
// mentions and participant links of the pipeline scored against MEANTIME
// CAT XML files.
func newEvalMeantimeCmd(e *cliEnv) *cobra.Command {
	var showErrors bool
	var textDir string
	c := &cobra.Command{
		Use:   "meantime DIR",
		Short: "Score names, event mentions and participant links on MEANTIME CAT XML files",
		Long: `Rebuild each article of a folder of NewsReader MEANTIME CAT XML files
from its tokens (title, date line, body), run the whole pipeline over it
(document date from the file's CREATION_TIME TIMEX3), and score what it
finds on the annotated sentences (from the title to the last sentence
holding any markable: MEANTIME annotates the title, the date line and
the first four sentences of the body).

names: ENTITY_MENTION of syntactic type NAM whose instance is PER, ORG
or LOC (Chronicle's PERSON, ORGANIZATION, LOCATION); products (PRO:
iPhone, iTunes), FIN, MIX and other types are not names here, so calling
them a name is spurious. Exact token span (the mention's head when the
file gives one, else its extent) and type. A system name on a
pre-modifier name span (PRE.NAM, "Apple engineers") is not scored.
events: EVENT_MENTION extents, exact token span, for the events of the
timeline (extract) and for all TimeML event mentions (what
extract --format timeml and tempeval output).
links: HAS_PARTICIPANT, matched when the event spans are equal and a
mention of the participant lies inside the gold entity mention.`,
		Example: `  chronicle eval meantime ../shared/data/meantime/corpus_apple
  chronicle eval meantime --errors ../shared/data/meantime/corpus_apple | less`,
		Args: cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			docs, err := eval.ReadMeantimeDir(args[0])
			if err != nil {
				return err
			}
			if textDir != "" {
				if err := writeMeantimeTexts(textDir, docs); err != nil {
					return err
				}
			}
			sys := make([]eval.MeantimeSystem, len(docs))
			for i, d := range docs {
				sys[i] = runMeantime(d)
			}
			s, err := eval.ScoreMeantime(docs, sys, []string{"timeline events", "event layer"})
			if err != nil {
				return err
			}
			w := bufio.NewWriter(e.stdout)
			fmt.Fprintf(w, "%s: MEANTIME, whole pipeline\n", args[0])
			if err := eval.WriteMeantimeReport(w, s, showErrors); err != nil {
				return err
			}
			return w.Flush()
		},
	}
	c.Flags().BoolVar(&showErrors, "errors", false, "list every missed and spurious name, event mention and link")
	c.Flags().StringVar(&textDir, "write-text", "", "also write each rebuilt article to `DIR`/<name>.txt (what the pipeline read)")
	return c
}

// writeMeantimeTexts writes the rebuilt article texts into dir.
func writeMeantimeTexts(dir string, docs []*eval.MeantimeDoc) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, d := range docs {
		txt, _ := d.Text()
		name := strings.TrimSuffix(d.File, filepath.Ext(d.File)) + ".txt"
		if err := os.WriteFile(filepath.Join(dir, name), []byte(txt+"\n"), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// meantimeType maps Chronicle's entity types to MEANTIME's.
var meantimeType = map[string]string{entity.Person: "PER", entity.Organization: "ORG", entity.Location: "LOC"}

// runMeantime runs the pipeline over the article rebuilt from a MEANTIME
// file and returns what it found as byte spans of the rebuilt text.
func runMeantime(d *eval.MeantimeDoc) eval.MeantimeSystem {
	txt, _ := d.Text()
	doc := &document.Document{ID: d.Name, Path: d.File, Format: "text", Text: txt, DocID: d.ID}
	if len(d.DCT) >= 10 {
		if t, err := time.Parse("2006-01-02", d.DCT[:10]); err == nil {
			doc.DCT, doc.DCTSource = t, document.DCTFromMeta
		}
	}
	r := pipeline.Process(doc)
	var s eval.MeantimeSystem
	mentions := map[string][]document.Span{}
	names := map[string]string{}
	for _, en := range r.Entities {
		names[en.ID] = en.Name
		for _, m := range en.Mentions {
			mentions[en.ID] = append(mentions[en.ID], m.Span)
			if t, ok := meantimeType[en.Type]; ok && isNameMention(m.Kind) {
				s.Names = append(s.Names, eval.MeantimeName{Span: m.Span, Type: t})
			}
		}
	}
	var timeline, layer []document.Span
	for _, ev := range r.Events {
		timeline = append(timeline, ev.Trigger)
		timeline = append(timeline, ev.Corefs...)
	}
	// Links: every event of the layer, briefing events and the other
	// mentions alike.
	for _, ev := range append(append([]event.Event(nil), r.Events...), r.Mentions...) {
		layer = append(layer, ev.Trigger)
		layer = append(layer, ev.Corefs...)
		s.Dates = append(s.Dates, eval.MeantimeSysDate{Span: ev.Trigger, Value: ev.Value})
		for _, c := range ev.Corefs {
			s.Dates = append(s.Dates, eval.MeantimeSysDate{Span: c, Value: ev.Value})
		}
		add := func(id string, via document.Span) {
			spans := mentions[id]
			if via != (document.Span{}) {
				spans = append(append([]document.Span(nil), spans...), via) // "he", "the company"
			}
			s.Links = append(s.Links, eval.MeantimeSysLink{Event: ev.Trigger, Entity: spans, Label: names[id]})
		}
		done := map[string]bool{}
		for _, p := range ev.Participants {
			if !done[p.Entity] {
				done[p.Entity] = true
				add(p.Entity, p.Via)
			}
		}
		for _, id := range ev.Places {
			if !done[id] {
				done[id] = true
				add(id, document.Span{})
			}
		}
	}
	s.EventSets = [][]document.Span{timeline, layer}
	return s
}

// isNameMention reports whether a mention kind is a proper name (not a
// description such as "the company" nor a nationality word).
func isNameMention(kind string) bool {
	return kind == "" || kind == "name" || kind == "alias" || kind == "acronym"
}
