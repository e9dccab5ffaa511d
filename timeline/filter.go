package timeline

import "time"

// Filter selects timeline entries, as the store's queries do (the same
// flags work on files and on a store): by an entity's names, a place's
// names, and a time window.
type Filter struct {
	// Entity: entries that name one of these as an actor or a place (an
	// entity's name and aliases); nil selects all.
	Entity []string
	// Place: entries at one of these places; nil selects all.
	Place []string
	// From, To: entries whose interval overlaps [From, To); a zero side is
	// open. Undated entries are left out when either is set.
	From, To time.Time
}

// Select returns the entries f selects, in their order.
func Select(entries []Entry, f Filter) []Entry {
	m := f.Matcher()
	var out []Entry
	for i := range entries {
		if m(&entries[i]) {
			out = append(out, entries[i])
		}
	}
	return out
}

// Matcher returns the test Select applies to each entry (the names and
// the window prepared once).
func (f Filter) Matcher() func(*Entry) bool {
	ent, pl := nameSet(f.Entity), nameSet(f.Place)
	window := !f.From.IsZero() || !f.To.IsZero()
	to := f.To
	if to.IsZero() {
		to = time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
	}
	w := Interval{Start: f.From, End: to}
	return func(e *Entry) bool {
		switch {
		case ent != nil && !named(e.Actors, ent) && !named(e.Places, ent):
			return false
		case pl != nil && !named(e.Places, pl):
			return false
		case window && (e.Undated() || !e.Interval.Overlaps(w)):
			return false
		}
		return true
	}
}

func nameSet(names []string) map[string]bool {
	if names == nil {
		return nil
	}
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[Clean(n)] = true
	}
	return m
}

func named(names []string, set map[string]bool) bool {
	for _, n := range names {
		if set[Clean(n)] {
			return true
		}
	}
	return false
}
