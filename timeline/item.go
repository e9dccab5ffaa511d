package timeline

// Item is one event of a corpus timeline: the Entry as its first report
// gives it (summary, sentence, date), every report of it (Sources, the
// first being Entry.Source), and the key its reports were merged by. The
// file commands (graph.CorpusTimeline) and the store give the same items.
type Item struct {
	Entry
	Sources []Source
	Key     string
}

// Entries returns the items' entries.
func Entries(items []Item) []Entry {
	out := make([]Entry, len(items))
	for i := range items {
		out[i] = items[i].Entry
	}
	return out
}
