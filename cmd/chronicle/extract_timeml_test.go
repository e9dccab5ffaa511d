package main

import (
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// wellFormedOne checks that s is exactly one well-formed XML document: one
// root element and nothing after it but white space.
func wellFormedOne(t *testing.T, name, s string) {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(s))
	roots := 0
	depth := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("%s: not well-formed XML: %v", name, err)
		}
		switch tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				roots++
			}
			depth++
		case xml.EndElement:
			depth--
		case xml.ProcInst:
			if roots > 0 {
				t.Fatalf("%s: an XML declaration after the first document: several documents concatenated", name)
			}
		}
	}
	if roots != 1 {
		t.Fatalf("%s: %d root elements, want 1", name, roots)
	}
}

// Issue 15 item 6: extract -f timeml over several documents wrote several
// XML documents one after the other into one output.
func TestExtractTimeMLSeveralDocuments(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("Abe met Putin in Danang on Friday.\n"), 0o644)
	os.WriteFile(b, []byte("The talks lasted an hour on Saturday.\n"), 0o644)
	jsonl := filepath.Join(dir, "two.jsonl")
	os.WriteFile(jsonl, []byte(`{"id":"../x/one","text":"Abe met Putin on Friday."}`+"\n"+`{"id":"../x/one","text":"They met again on Saturday."}`+"\n"), 0o644)

	t.Run("one document to stdout", func(t *testing.T) {
		out, errOut, code := chronicle(t, "", "extract", "-f", "timeml", "--dct", "2017-11-10", a)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		wellFormedOne(t, "stdout", out)
	})
	for i, args := range [][]string{
		{"extract", "-f", "timeml", "--dct", "2017-11-10", a, b},
		{"extract", "--format", "timeml", "--dct", "2017-11-10", jsonl},
	} {
		t.Run("several documents to stdout "+strconv.Itoa(i), func(t *testing.T) {
			out, errOut, code := chronicle(t, "", args...)
			if out != "" {
				wellFormedOne(t, "stdout", out)
			}
			if code != 2 || !strings.Contains(errOut, "one document per file") || !strings.Contains(errOut, "-o FOLDER") {
				t.Fatalf("exit %d, stderr %q: want exit 2 and a message pointing to -o FOLDER", code, errOut)
			}
		})
	}
	t.Run("several documents to one file", func(t *testing.T) {
		f := filepath.Join(dir, "out.tml")
		os.WriteFile(f, []byte("keep"), 0o644)
		_, errOut, code := chronicle(t, "", "extract", "-f", "timeml", "--dct", "2017-11-10", "-o", f, a, b)
		if code != 2 || !strings.Contains(errOut, "-o FOLDER") {
			t.Fatalf("exit %d, stderr %q", code, errOut)
		}
		if got, _ := os.ReadFile(f); string(got) != "keep" {
			t.Fatalf("the existing file was changed: %q", got)
		}
	})
	t.Run("one file per document in a folder", func(t *testing.T) {
		for _, o := range []string{filepath.Join(dir, "existing"), filepath.Join(dir, "new") + string(filepath.Separator)} {
			os.Mkdir(filepath.Join(dir, "existing"), 0o755)
			_, errOut, code := chronicle(t, "", "extract", "-f", "timeml", "--dct", "2017-11-10", "-o", o, a, b, jsonl)
			if code != 0 {
				t.Fatalf("-o %s: exit %d: %s", o, code, errOut)
			}
			ents, err := os.ReadDir(o)
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, e := range ents {
				names = append(names, e.Name())
				raw, _ := os.ReadFile(filepath.Join(o, e.Name()))
				wellFormedOne(t, e.Name(), string(raw))
			}
			sort.Strings(names)
			// The JSON Lines ids "../x/one" stay inside the folder, and the
			// second one does not overwrite the first.
			want := "a.tml b.tml one-2.tml one.tml"
			if len(names) > 0 && names[0] == "" {
				t.Fatal("empty name")
			}
			if strings.Join(names, " ") != want {
				t.Fatalf("-o %s: files %v, want %s", o, names, want)
			}
		}
		if _, err := os.Stat(filepath.Join(dir, "x")); err == nil {
			t.Fatal("a document id wrote outside the folder")
		}
	})
}

func TestTMLName(t *testing.T) {
	used := map[string]bool{}
	for _, tc := range []struct{ id, want string }{
		{"dir/APW19980807.0261.tml.TE3input", "APW19980807.0261.tml"},
		{"../../etc/passwd", "passwd.tml"},
		{"..", "document.tml"},
		{"a b\x00<c>", "a_b__c_.tml"},
		{strings.Repeat("x", 300), strings.Repeat("x", 100) + ".tml"},
		{"PASSWD", "PASSWD-2.tml"}, // apart from passwd.tml on a case-insensitive file system
	} {
		if got := tmlName(tc.id, used); got != tc.want {
			t.Errorf("tmlName(%q) = %q, want %q", tc.id, got, tc.want)
		}
	}
}

// A document id is untrusted (a JSON Lines "id", a TimeML DOCID): whatever
// it is, tmlName gives a plain .tml file name inside the output folder,
// never a path, a hidden file, or a name already given (ignoring case).
func FuzzTMLName(f *testing.F) {
	for _, s := range []string{"dir/APW19980807.0261.tml.TE3input", "../../etc/passwd", "..", "a b\x00<c>", "", ".tml", "C:\\x\\y", "\xff\xfe"} {
		f.Add(s, "passwd.tml")
	}
	f.Fuzz(func(t *testing.T, id, taken string) {
		used := map[string]bool{strings.ToLower(taken): true}
		name := tmlName(id, used)
		if !strings.HasSuffix(name, ".tml") || len(name) <= len(".tml") {
			t.Fatalf("tmlName(%q) = %q: not NAME.tml", id, name)
		}
		if strings.ContainsAny(name, "/\\\x00") || strings.HasPrefix(name, ".") {
			t.Fatalf("tmlName(%q) = %q: a path or a hidden file", id, name)
		}
		if strings.ToLower(name) == strings.ToLower(taken) {
			t.Fatalf("tmlName(%q) = %q: already used", id, name)
		}
		if again := tmlName(id, used); strings.EqualFold(again, name) {
			t.Fatalf("tmlName(%q) gave %q twice", id, name)
		}
	})
}
