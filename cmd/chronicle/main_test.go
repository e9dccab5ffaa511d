package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"flag"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

const example = "../../examples/abe-putin-danang-2017.txt"

// chronicle runs the CLI in-process.
func chronicle(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var o, e bytes.Buffer
	code = run(args, strings.NewReader(stdin), &o, &e)
	return o.String(), e.String(), code
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	p := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(p, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		i := 0
		for i < len(got) && i < len(want) && got[i] == want[i] {
			i++
		}
		ctx := func(s string) string { return s[max(0, i-60):min(len(s), i+60)] }
		t.Errorf("%s differs from the golden file at byte %d (go test ./cmd/chronicle -update to accept):\n got ...%s...\nwant ...%s...", name, i, ctx(got), ctx(string(want)))
	}
}

func TestExampleGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"example.timeline.txt", []string{"timeline", example}},
		{"example.timeline.json", []string{"timeline", "--format", "json", example}},
		{"example.timeline.md", []string{"timeline", "--format", "markdown", example}},
		{"example.graph.dot", []string{"graph", example}},
		{"example.timeline.svg", []string{"timeline", "--format", "svg", example}},
		{"example.extract.jsonl", []string{"extract", example}},
		{"example.parse.conllu", []string{"parse", example}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := chronicle(t, "", tc.args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			golden(t, tc.name, out)
			// Same input, same bytes.
			again, _, _ := chronicle(t, "", tc.args...)
			if again != out {
				t.Error("a second run gave different bytes")
			}
		})
	}
}

// The timelines of the articles of our own in testdata/articles (their
// README says what a reader expects of each): a change to the event layer
// shows here line by line; accept it with -update after reading it.
func TestOwnArticlesGolden(t *testing.T) {
	files, err := filepath.Glob("../../testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles: %v", err)
	}
	var b strings.Builder
	for _, f := range files {
		out, errOut, code := chronicle(t, "", "timeline", "--all", f)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", f, code, errOut)
		}
		b.WriteString("== " + filepath.Base(f) + "\n" + out)
	}
	golden(t, "articles.timeline.txt", b.String())
}

// The events an analyst needs from our own example article, whatever the
// exact wording of the summaries.
func TestExampleTimeline(t *testing.T) {
	out, errOut, code := chronicle(t, "", "timeline", "--format", "json", example)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var tl struct {
		Timeline []struct {
			Date, Start, End, Modality, Class string
			Actors, Places                    []string
		} `json:"timeline"`
	}
	if err := json.Unmarshal([]byte(out), &tl); err != nil {
		t.Fatal(err)
	}
	type want struct{ date, modality, actor, place string }
	for _, w := range []want{
		{"1945", "actual", "", ""},
		{"2017-09", "actual", "Shinzo Abe", "Vladivostok"},
		{"2017-11-06", "actual", "Shinzo Abe", "Tokyo"},
		{"2017-11-10TEV", "actual", "Vladimir Putin", "Danang"},
		{"2018-05", "planned", "Shinzo Abe", "Russia"},
	} {
		found := false
		for _, e := range tl.Timeline {
			if e.Date == w.date && e.Modality == w.modality && (w.actor == "" || has(e.Actors, w.actor)) && (w.place == "" || has(e.Places, w.place)) {
				found = true
			}
		}
		if !found {
			t.Errorf("no %s %s event with %q at %q in\n%s", w.date, w.modality, w.actor, w.place, out)
		}
	}
	// Chronological: by start, or by end for an open start ("by Sat 11
	// Nov 2017"), which the timeline places at its end.
	key := func(i int) string {
		if e := tl.Timeline[i]; e.Start != "" {
			return e.Start
		}
		return tl.Timeline[i].End
	}
	for i := 1; i < len(tl.Timeline); i++ {
		if key(i) < key(i-1) {
			t.Errorf("entry %d (%s) before entry %d (%s)", i, key(i), i-1, key(i-1))
		}
	}
}

func has(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"timeline"},
		{"timeline", "--format", "pdf", example},
		{"timeline", "--dct", "2017-02-30", example},
		{"timeline", "--dct", "yesterday", example},
		{"graph", "--bogus", example},
		{"frobnicate"},
		{"tempeval", "only-one-arg"},
		{"timeline", "--input-format", "doc", example},
		{"timeline", "-", "-"},
		{"graph", "--from", "May", example},
		{"graph", "--from", "2018", "--to", "2017", example},
		{"graph", "--path", "Putin", example},
	} {
		_, errOut, code := chronicle(t, "", args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2 (stderr %q)", args, code, errOut)
		}
		if !strings.HasPrefix(errOut, "chronicle: ") {
			t.Errorf("%v: stderr %q does not start with 'chronicle: '", args, errOut)
		}
	}
}

// Bad inputs: each gets a message naming the file, the good ones are still
// processed, the exit code is 1, and nothing panics.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	good := "Officials met in Paris on Monday. They plan to meet again in May.\n"
	files := map[string][]byte{
		"a-good.txt":    []byte(good),
		"b-empty.txt":   {},
		"c-binary.txt":  {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3},
		"d-latin1.txt":  []byte("Caf\xe9 talks ended on Monday."),
		"e-good.txt":    []byte(good),
		"f-broken.tml":  []byte("<TimeML><TEXT>never closed"),
		"g-feb30.jsonl": []byte(`{"id":"x","date":"2017-02-30","text":"A meeting took place."}` + "\n"),
	}
	for n, b := range files {
		if err := os.WriteFile(filepath.Join(dir, n), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	missing := filepath.Join(dir, "nope.txt")
	out, errOut, code := chronicle(t, "", "extract", "--dct", "2017-11-10", dir, missing)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{
		"b-empty.txt: empty file",
		"c-binary.txt: binary file",
		"d-latin1.txt: not UTF-8 text",
		"f-broken.tml: malformed TimeML",
		"g-feb30.jsonl",
		"nope.txt: no such file or directory",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(errOut), "\n") {
		if !strings.HasPrefix(line, "chronicle: ") || strings.Contains(line, "panic") {
			t.Errorf("stderr line %q", line)
		}
	}
	// Both good documents came through, in order.
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], `"doc":"a-good.txt"`) || !strings.Contains(lines[1], `"doc":"e-good.txt"`) {
		t.Errorf("stdout has %d lines, want the 2 good documents:\n%s", len(lines), out)
	}
}

func TestStdinAndNoDCT(t *testing.T) {
	in := "The committee met on Monday and will meet again next month.\n"
	out, errOut, code := chronicle(t, in, "extract", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(errOut, "stdin: warning: no document date found") {
		t.Errorf("no warning about the missing date: %q", errOut)
	}
	if strings.Contains(out, `"value":"20`) {
		t.Errorf("a relative date was resolved without a document date: %s", out)
	}
	out, errOut, code = chronicle(t, in, "extract", "--dct", "2017-11-10", "-")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, `"value":"2017-11-06"`) || !strings.Contains(out, `"value":"2017-12"`) {
		t.Errorf("with --dct, Monday and next month should resolve: %s", out)
	}
}

func TestOutputFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "t.json")
	_, errOut, code := chronicle(t, "", "timeline", "--format", "json", "-o", p, example)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	b, err := os.ReadFile(p)
	if err != nil || !json.Valid(b) {
		t.Fatalf("%s: %v, valid JSON %v", p, err, json.Valid(b))
	}
	_, _, code = chronicle(t, "", "timeline", "-o", filepath.Join(t.TempDir(), "no", "such", "dir", "x.txt"), example)
	if code != 1 {
		t.Errorf("unwritable -o: exit %d, want 1", code)
	}
}

// awkward is an article whose names need escaping in every format.
const awkward = `Chronicle test "quotes" & <tags>

November 10, 2017

President Jean "The Fox" Dubois met Prime Minister Anna <script>alert(1)</script> Berg in Đà Nẵng on Monday.
The minister Ivan Petrov\N\E\" arrived in Итуруп on Tuesday with Lena O'Neil & Partners <img src=x onerror=alert(1)>.
`

func TestGraphFormatsEscape(t *testing.T) {
	dot, errOut, code := chronicle(t, awkward, "graph", "--format", "dot", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if path, err := exec.LookPath("dot"); err == nil {
		cmd := exec.Command(path, "-Tsvg")
		cmd.Stdin = strings.NewReader(dot)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil {
			t.Errorf("Graphviz dot rejects our DOT: %v: %s\n%s", err, stderr.String(), dot)
		}
	} else {
		t.Log("Graphviz dot not installed: DOT checked for shape only (.ci/run installs it)")
	}
	if !strings.Contains(dot, "Đà Nẵng") {
		t.Errorf("non-ASCII name lost in DOT:\n%s", dot)
	}
	for _, f := range []string{"svg", "graphml"} {
		out, errOut, code := chronicle(t, awkward, "graph", "--format", f, "-")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", f, code, errOut)
		}
		wellFormed(t, f, out)
		if strings.Contains(out, "<script>") || strings.Contains(out, "<img") {
			t.Errorf("%s: markup from the article is live:\n%s", f, out)
		}
	}
	js, _, _ := chronicle(t, awkward, "graph", "--format", "json", "-")
	if !json.Valid([]byte(js)) {
		t.Errorf("graph json invalid:\n%s", js)
	}
}

func wellFormed(t *testing.T, name, s string) {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(s))
	d.Strict = true
	for {
		_, err := d.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("%s is not well-formed XML: %v", name, err)
		}
	}
}

func TestVersion(t *testing.T) {
	out, _, code := chronicle(t, "", "version")
	if code != 0 || !strings.HasPrefix(out, "chronicle ") {
		t.Errorf("version: %d %q", code, out)
	}
}

// A 50 MB text is refused with a message that says how to raise the limit;
// a document well past article size but under the limit goes through.
func TestHugeInputs(t *testing.T) {
	dir := t.TempDir()
	huge := filepath.Join(dir, "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	f.Truncate(50 << 20) // sparse: the size check comes before any read
	f.Close()
	big := filepath.Join(dir, "big.txt")
	para := "Officials met in Geneva on Monday and agreed to meet again in May.\n\n"
	os.WriteFile(big, []byte(strings.Repeat(para, (1<<20)/len(para))), 0o644)
	out, errOut, code := chronicle(t, "", "extract", "--dct", "2017-11-10", huge, big)
	if code != 1 || !strings.Contains(errOut, "huge.txt: too large (50 MiB; the limit is 16 MiB; raise it with --max-size)") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	if !strings.Contains(out, `"doc":"big.txt"`) {
		t.Error("the 1 MB document was not processed")
	}
	_, errOut, code = chronicle(t, "", "extract", "--max-size", "0", big)
	if code != 2 {
		t.Errorf("--max-size 0: exit %d (%s)", code, errOut)
	}
}

// TestGraphFocus: --from/--to keep the events of the window with their
// actors; --path keeps a chain of relations between two entities.
func TestGraphFocus(t *testing.T) {
	names := func(args ...string) []string {
		t.Helper()
		out, errOut, code := chronicle(t, "", append([]string{"graph", "--format", "json"}, args...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
		var g struct {
			Nodes []struct{ Name, Kind string }
		}
		if err := json.Unmarshal([]byte(out), &g); err != nil {
			t.Fatal(err)
		}
		var ns []string
		for _, n := range g.Nodes {
			ns = append(ns, n.Kind+":"+n.Name)
		}
		return ns
	}
	all := names(example)
	win := names("--from", "2017-11-10", "--to", "2017-11-10", example)
	if len(win) == 0 || len(win) >= len(all) {
		t.Fatalf("window kept %d of %d nodes", len(win), len(all))
	}
	for _, n := range win {
		if strings.HasPrefix(n, "time:") && !strings.Contains(n, "10 Nov 2017") {
			t.Errorf("time outside the window kept: %s", n)
		}
	}
	path := names("--path", "Abe", "--path", "Putin", example)
	if len(path) < 3 || !strings.HasPrefix(path[len(path)-1], "event:") {
		t.Errorf("path = %v, want two people and an event linking them", path)
	}
	if _, errOut, code := chronicle(t, "", "graph", "--path", "Abe", "--path", "Nobody Atall", example); code != 1 && code != 2 || !strings.Contains(errOut, "Nobody Atall") {
		t.Errorf("unknown path end: exit %d, %q", code, errOut)
	}
}

// timeline --all lists the whole event layer: the briefing lines and the
// other event mentions (a report dated by the document, "Abe's office
// says"), the
// undated ones last.
func TestTimelineAllIsTheLayer(t *testing.T) {
	brief, _, code := chronicle(t, "", "timeline", "../../examples/abe-putin-danang-2017.txt")
	all, _, code2 := chronicle(t, "", "timeline", "--all", "../../examples/abe-putin-danang-2017.txt")
	if code != 0 || code2 != 0 {
		t.Fatalf("exit %d, %d", code, code2)
	}
	nb, na := strings.Count(brief, "\n"), strings.Count(all, "\n")
	if na < 2*nb {
		t.Errorf("--all has %d lines, the briefing %d", na, nb)
	}
	for _, l := range strings.Split(strings.TrimSpace(brief), "\n") {
		if !strings.Contains(all, l) {
			t.Errorf("--all lacks the briefing line %q", l)
		}
	}
	if !strings.Contains(all, "Abe's office says") || strings.Contains(brief, "Abe's office says") {
		t.Errorf("a report dated by the document belongs to --all only:\n%s", all)
	}
}

// --entity, --place, --from and --to work on articles as on a store: the
// entity by any name the articles give it (merged across them).
func TestTimelineFiltersOnFiles(t *testing.T) {
	dir := t.TempDir()
	other := filepath.Join(dir, "moscow.txt")
	if err := os.WriteFile(other, []byte("Putin hosts Xi in Moscow\n\nMarch 21, 2023\n\n"+
		"Russian President Vladimir Putin met Chinese leader Xi Jinping in Moscow on Monday. Putin said the talks were useful.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	lines := func(args ...string) []string {
		t.Helper()
		out, errOut, code := chronicle(t, "", append(append([]string{"timeline", "-q"}, args...), example, other)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
		return strings.Split(strings.TrimSpace(out), "\n")
	}
	all := lines()
	putin := lines("--entity", "Putin")
	if len(putin) == 0 || len(putin) >= len(all) {
		t.Errorf("--entity Putin: %d of %d lines", len(putin), len(all))
	}
	docs := map[bool]bool{}
	for _, l := range putin {
		if !strings.Contains(l, "Putin") {
			t.Errorf("--entity Putin keeps %q", l)
		}
		docs[strings.Contains(l, "moscow.txt")] = true
	}
	if len(docs) != 2 {
		t.Errorf("--entity Putin does not reach both articles: %q", putin)
	}
	for _, l := range lines("--place", "Moscow", "--from", "2023") {
		if !strings.Contains(l, "2023") || !strings.Contains(l, "@ Moscow") {
			t.Errorf("--place Moscow --from 2023 keeps %q", l)
		}
	}
	out := lines("--from", "2018", "--to", "2018")
	for _, l := range out {
		if date, _, _ := strings.Cut(l, "  "); !strings.Contains(date, "2018") {
			t.Errorf("--from 2018 --to 2018 keeps %q", l)
		}
	}
	if len(out) == 0 {
		t.Error("--from 2018 --to 2018: nothing")
	}
	if _, errOut, code := chronicle(t, "", "timeline", "--place", "Atlantis", example); code != 1 || !strings.Contains(errOut, `"Atlantis"`) {
		t.Errorf("--place Atlantis: exit %d, %q", code, errOut)
	}
}

// The same article twice (a copy) is one document, as in the store: its
// events are told once and a warning says which copy was left out.
func TestDuplicateCountedOnce(t *testing.T) {
	body, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	copyPath := filepath.Join(t.TempDir(), "copy.txt")
	if err := os.WriteFile(copyPath, body, 0o644); err != nil {
		t.Fatal(err)
	}
	once, _, _ := chronicle(t, "", "timeline", example)
	twice, errOut, code := chronicle(t, "", "timeline", example, copyPath)
	if code != 0 || once != twice {
		t.Errorf("exit %d; one copy:\n%s\ntwo:\n%s", code, once, twice)
	}
	if !strings.Contains(errOut, "copy.txt: warning: the same text as abe-putin-danang-2017.txt; counted once") {
		t.Errorf("stderr %q", errOut)
	}
}
