package document

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

func TestJSONLOffsets(t *testing.T) {
	raw, err := os.ReadFile("testdata/wire.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	docs, err := Read("testdata/wire.jsonl", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 3 {
		t.Fatalf("%d documents, want 3", len(docs))
	}
	if got := []string{docs[0].ID, docs[1].ID, docs[2].ID}; strings.Join(got, " ") != "w-1 wire.jsonl#2 7" {
		t.Errorf("IDs %v", got)
	}
	for _, d := range docs {
		for _, w := range strings.Fields(d.Text) {
			if strings.ContainsAny(w, "\"•") {
				continue // escaped in the file
			}
			i := strings.Index(d.Text, w)
			src := d.SourceOffset(i)
			if got := string(raw[src : src+len(w)]); got != w {
				t.Errorf("%s: %q maps to %q", d.ID, w, got)
			}
		}
	}
	// An escaped quote maps to its backslash.
	d := docs[1]
	i := strings.Index(d.Text, `"almost`)
	if src := d.SourceOffset(i); !strings.HasPrefix(string(raw[src:]), `\"almost`) {
		t.Errorf(`" maps to %q`, raw[src:src+8])
	}
}

func TestJSONLWarn(t *testing.T) {
	in := "{\"text\":\"First record, fine.\"}\nnot json\n{\"text\":\"\"}\n{\"text\":\"Third record, also fine.\"}\n"
	var warnings []string
	docs, err := ReadReader("feed.jsonl", strings.NewReader(in), Options{Warn: func(m string) { warnings = append(warnings, m) }})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].ID != "feed.jsonl#1" || docs[1].ID != "feed.jsonl#4" {
		t.Errorf("docs %d", len(docs))
	}
	want := "feed.jsonl:2: invalid JSON (invalid character 'o' in literal null (expecting 'u'))|feed.jsonl:3: empty \"text\" field"
	if got := strings.Join(warnings, "|"); got != want {
		t.Errorf("warnings\n got %s\nwant %s", got, want)
	}
	_, err = ReadReader("feed.jsonl", strings.NewReader("nope\n"), Options{Warn: func(string) {}})
	if err == nil || err.Error() != "feed.jsonl: no usable JSON Lines records" {
		t.Errorf("all bad: %v", err)
	}
}

func TestDecodeJSONString(t *testing.T) {
	for _, q := range []string{`"plain"`, `"a\nb"`, `"\u00e9t\u00e9"`, `"\ud83d\ude00 smile"`, `"\ud83d alone"`, `"q\"q\\"`, `""`} {
		got, pieces, ok := decodeJSONString([]byte(q), 100)
		if !ok {
			t.Errorf("%s: not decoded", q)
			continue
		}
		want := ""
		if err := jsonUnquote(q, &want); err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("%s: got %q want %q", q, got, want)
		}
		for _, p := range pieces {
			if p.SourceStart < 101 || p.SourceStart >= 100+len(q) {
				t.Errorf("%s: piece %+v outside the string", q, p)
			}
		}
	}
	for _, q := range []string{`"bad \x"`, `"\u12"`, `x`} {
		if _, _, ok := decodeJSONString([]byte(q), 0); ok {
			t.Errorf("%s decoded", q)
		}
	}
}

func FuzzReadJSONL(f *testing.F) {
	raw, _ := os.ReadFile("testdata/wire.jsonl")
	f.Add(string(raw))
	f.Add("{\"text\":\"a\\u0000b\",\"id\":[1]}\n{\"text\":\"x\",\"text\":\"y\"}")
	f.Add("{\"date\":\"2017-02-30\",\"text\":\"x y\"}")
	f.Fuzz(func(t *testing.T, in string) {
		docs, err := ReadReader("f.jsonl", strings.NewReader(in), Options{})
		if err != nil {
			return
		}
		for _, d := range docs {
			checkBody(t, d)
			for k := 0; k <= len(d.Text); k++ {
				if src := d.SourceOffset(k); src < 0 || src > len(in) {
					t.Fatalf("text %d maps to %d of %d", k, src, len(in))
				}
			}
		}
	})
}

func jsonUnquote(q string, out *string) error { return json.Unmarshal([]byte(q), out) }
