// Package timeline is Chronicle's timeline, and its entry point as a
// library: Analyze reads one article (plain text, HTML or TimeML), finds
// its date, its time expressions, the people, organizations and places it
// names and the events that link them, and returns them with the article's
// timeline: one Entry per event, dated with a TIMEX3 value normalized
// against the article's date, in chronological order, each citing the
// sentence that reports it.
//
//	a, err := timeline.Analyze(ctx, text, timeline.Options{Name: "article.txt"})
//	for _, e := range a.Entries {
//		fmt.Println(timeline.DateLabel(&e), e.Summary, e.Actors, e.Places)
//	}
//
// Combine merges the timelines of several articles; the graph package
// builds the knowledge graph of analyses (graph.FromAnalyses) and the
// output package writes both (JSON, Markdown, DOT, SVG, GraphML, an HTML
// briefing). The command-line tool, chronicle, runs the same code.
package timeline
