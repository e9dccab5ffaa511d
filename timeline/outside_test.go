package timeline_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// A module outside this repository imports the public API (timeline,
// graph, output) through a replace directive, builds, and runs an example:
// the library compiles for a user, with no internal type to name.
func TestOutsideModule(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a second module; skipped with -short")
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	repo, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	sum, err := os.ReadFile(filepath.Join(repo, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"go.mod": "module example.com/outside\n\ngo 1.26.0\n\n" +
			"require github.com/chronicle-news/chronicle v0.0.0-00010101000000-000000000000\n\n" +
			"replace github.com/chronicle-news/chronicle => " + repo + "\n\n" +
			// Chronicle's patched Graphviz (see README, "As a library").
			"replace github.com/goccy/go-graphviz => " + filepath.Join(repo, "third_party", "go-graphviz") + "\n",
		"go.sum": string(sum),
		"brief_test.go": `package outside

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/chronicle-news/chronicle/graph"
	"github.com/chronicle-news/chronicle/output"
	"github.com/chronicle-news/chronicle/timeline"
)

func Example() {
	dct := time.Date(2017, 11, 10, 0, 0, 0, 0, time.UTC)
	a, err := timeline.Analyze(context.Background(),
		"Japanese Prime Minister Shinzo Abe met Russian President Vladimir Putin on Friday in Danang.\n",
		timeline.Options{Name: "a.txt", DCT: dct})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range a.Entries {
		fmt.Println(timeline.DateLabel(&e), "|", e.Summary)
	}
	g, err := graph.FromAnalyses(a)
	if err != nil {
		fmt.Println(err)
		return
	}
	dated, _ := timeline.Combine(a)
	if err := output.WriteTimelineJSON(os.Stderr, dated); err != nil {
		fmt.Println(err)
	}
	n, _ := g.Len()
	fmt.Println(n > 0)
	// Output:
	// Fri 10 Nov 2017 | Abe meets Putin in Danang
	// true
}
`,
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(gobin, "test", "-count=1", "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "ok  \texample.com/outside") {
		t.Fatalf("go test in an outside module: %v\n%s", err, out)
	}
}
