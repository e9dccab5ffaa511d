package timeline

// Item is one event of a corpus timeline: the Entry as its first report
// gives it (summary, sentence, date), every report of it (Sources, the
// first being Entry.Source), and the key its reports were merged by. The
// file commands (graph.CorpusTimeline) and the store give the same items.
type Item struct {
	Entry
	Sources []Source
	Key     string
	// Who and Where are the item's participants and places as the
	// entities they resolve to (the graph's links), every report's, by
	// role (agents first), name and key. Entry.Actors and Entry.Places
	// are their names for reading.
	Who, Where []Ref
}

// Ref is an entity an item refers to: its key (the graph node ID), name
// and role (for participants; "" for places).
type Ref struct{ Key, Name, Role string }

// Entries returns the items' entries.
func Entries(items []Item) []Entry {
	out := make([]Entry, len(items))
	for i := range items {
		out[i] = items[i].Entry
	}
	return out
}
