package store

import (
	"context"
	"database/sql"
	"fmt"
	"testing"

	"github.com/chronicle-news/chronicle/internal/store/storetest"
)

func beginW(t *testing.T, s *Store) *wtx {
	t.Helper()
	ctx := context.Background()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	w := &wtx{s: s, ctx: ctx, tx: tx, stmts: map[string]*sql.Stmt{}, redirect: map[int64]int64{},
		ents: map[string]*entRow{}, absent: map[string]bool{}}
	t.Cleanup(func() {
		for _, st := range w.stmts {
			st.Close()
		}
		tx.Rollback()
	})
	return w
}

// writeEvents: new events in multi-row inserts (more than one statement's
// worth too), stored ones found, and of two reports of one day the row
// keeps the least value whichever came first, within a document as across
// documents.
func TestWriteEvents(t *testing.T) {
	ctx := context.Background()
	for _, be := range storetest.Backends(t) {
		t.Run(be.Name, func(t *testing.T) {
			be.Require(t)
			s, err := Open(ctx, be.DSN)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			w := beginW(t, s)
			ev := func(value string) eventRec {
				return eventRec{kind: "meeting", class: "OCCURRENCE", value: value, startAt: value + "-start", endAt: value + "-end"}
			}
			// Stored before: "old-later" must be lowered, "old-earlier" kept.
			first, err := w.writeEvents([]eventRec{ev("2017-11-10TNI"), ev("2017-11-10TEV")}, []string{"old-later", "old-earlier"})
			if err != nil {
				t.Fatal(err)
			}
			var evs []eventRec
			var keys []string
			for i := 0; i < 100; i++ {
				evs = append(evs, ev("2017-11-10"))
				keys = append(keys, fmt.Sprintf("new-%03d", i))
			}
			evs = append(evs, ev("2017-11-10TNI"), ev("2017-11-10TEV"), ev("2017-11-10TEV"), ev("2017-11-10TNI"),
				ev("2017-11-10TEV"), ev("2017-11-10TNI"))
			keys = append(keys, "dup-later-first", "dup-later-first", "dup-earlier-first", "dup-earlier-first",
				"old-later", "old-earlier")
			ids, err := w.writeEvents(evs, keys)
			if err != nil {
				t.Fatal(err)
			}
			byKey := map[string]int64{}
			distinct := map[int64]bool{}
			for i, id := range ids {
				if id == 0 {
					t.Fatalf("event %d (%s): no id", i, keys[i])
				}
				if prev, ok := byKey[keys[i]]; ok && prev != id {
					t.Errorf("%s: ids %d and %d", keys[i], prev, id)
				}
				byKey[keys[i]] = id
				distinct[id] = true
			}
			if len(distinct) != 104 {
				t.Errorf("%d distinct ids, want 104 (100 new, 2 doubled, 2 stored)", len(distinct))
			}
			if byKey["old-later"] != first[0] || byKey["old-earlier"] != first[1] {
				t.Errorf("stored events got new ids: %d %d, want %v", byKey["old-later"], byKey["old-earlier"], first)
			}
			for key, want := range map[string]string{"dup-later-first": "2017-11-10TEV", "dup-earlier-first": "2017-11-10TEV",
				"old-later": "2017-11-10TEV", "old-earlier": "2017-11-10TEV", "new-099": "2017-11-10"} {
				var value, start string
				if err := w.tx.QueryRowContext(ctx, s.q(`SELECT value, start_at FROM events WHERE merge_key = ?`), key).Scan(&value, &start); err != nil {
					t.Fatalf("%s: %v", key, err)
				}
				if value != want || start != want+"-start" {
					t.Errorf("%s: value %q start %q, want %q", key, value, start, want)
				}
			}
		})
	}
}

// prefetchEntities finds stored entities in queries of up to 64 keys,
// records the missing ones, and entity() answers from what it read.
func TestPrefetchEntities(t *testing.T) {
	ctx := context.Background()
	for _, be := range storetest.Backends(t) {
		t.Run(be.Name, func(t *testing.T) {
			be.Require(t)
			s, err := Open(ctx, be.DSN)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			w := beginW(t, s)
			var keys []string
			for i := 0; i < 150; i++ {
				k := fmt.Sprintf("person:p-%03d", i)
				keys = append(keys, k)
				if i%3 == 0 {
					if _, err := w.exec(`INSERT INTO entities (merge_key, type, subtype, name, container) VALUES (?, ?, ?, ?, ?)`,
						k, "PERSON", fmt.Sprint(i), k, ""); err != nil {
						t.Fatal(err)
					}
				}
			}
			if err := w.prefetchEntities(append(keys, keys[:10]...)); err != nil {
				t.Fatal(err)
			}
			if len(w.ents) != 50 || len(w.absent) != 100 {
				t.Fatalf("%d found and %d absent, want 50 and 100", len(w.ents), len(w.absent))
			}
			for i, k := range keys {
				r, err := w.entity(k)
				if err != nil {
					t.Fatal(err)
				}
				if (r != nil) != (i%3 == 0) || r != nil && (r.key != k || r.subtype != fmt.Sprint(i)) {
					t.Errorf("%s: %+v", k, r)
				}
			}
		})
	}
}
