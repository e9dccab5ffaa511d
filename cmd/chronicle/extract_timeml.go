package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/output"
)

// extractTimeML runs extract --format timeml. A TimeML file is one XML
// document, and TempEval's tools read one .tml per document, so several
// documents are never concatenated into one output: with -o FOLDER each
// becomes FOLDER/NAME.tml; to stdout or one file the first document is held
// back, and a second one stops the run with a usage error before anything
// is written.
func (e *cliEnv) extractTimeML(args []string, in *inputFlags, outPath string) error {
	if isFolderOut(outPath) {
		return e.extractTimeMLFolder(args, in, outPath)
	}
	out, err := e.openOut(outPath)
	if err != nil {
		return err
	}
	var held bytes.Buffer
	first := ""
	failed, err := e.collect(args, in, func(r *pipeline.Result) error {
		if first != "" {
			return usagef("--format timeml: more than one document (%s, %s): TimeML has one document per file; give -o FOLDER to write one .tml per document there",
				safeName(first), safeName(r.Doc.ID))
		}
		first = r.Doc.ID
		return output.WriteTimeML(&held, r)
	})
	if err == nil {
		_, err = out.w.Write(held.Bytes())
	}
	return finish(out, failed, err)
}

// isFolderOut reports whether -o names a folder: an existing one, or a
// path ending in a separator (created).
func isFolderOut(p string) bool {
	if p == "" || p == "-" {
		return false
	}
	if strings.HasSuffix(p, "/") || strings.HasSuffix(p, string(filepath.Separator)) {
		return true
	}
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

func (e *cliEnv) extractTimeMLFolder(args []string, in *inputFlags, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("%s: %v", dir, err)
	}
	used := map[string]bool{}
	failed, err := e.collect(args, in, func(r *pipeline.Result) error {
		var b bytes.Buffer
		if err := output.WriteTimeML(&b, r); err != nil {
			return err
		}
		name := tmlName(r.Doc.ID, used)
		return writeFileAtomic(filepath.Join(dir, name), b.Bytes())
	})
	if err == nil && failed {
		return errFailedInputs
	}
	return err
}

// tmlName turns a document ID (a path, or any string from a JSON Lines
// record: untrusted) into a file name inside the output folder: the last
// path element without its extension (and a TempEval ".tml.TE3input"),
// characters other than letters, digits, '.', '-' and '_' replaced by '_',
// no leading dot, at most 100 bytes, then ".tml"; "-2", "-3"... keep names
// of one run apart.
func tmlName(id string, used map[string]bool) string {
	base := id
	if i := strings.LastIndexAny(base, `/\`); i >= 0 {
		base = base[i+1:]
	}
	base = strings.TrimSuffix(base, ".TE3input")
	base = strings.TrimSuffix(base, filepath.Ext(base))
	var b strings.Builder
	for _, r := range base {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_', r == '.':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	base = b.String()
	if len(base) > 100 {
		base = base[:100]
	}
	base = strings.TrimLeft(base, ".")
	if base == "" {
		base = "document"
	}
	name := base + ".tml"
	for n := 2; used[strings.ToLower(name)]; n++ {
		name = base + "-" + strconv.Itoa(n) + ".tml"
	}
	used[strings.ToLower(name)] = true
	return name
}

// writeFileAtomic writes a complete file or none: a temporary file in the
// same folder renamed into place (removed on an error or a signal).
func writeFileAtomic(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("%s: cannot write: %v", path, err)
	}
	name := f.Name()
	trackTemp(name)
	defer untrackTemp(name)
	_, err = f.Write(data)
	f.Chmod(0o644)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(name, path)
	}
	if err != nil {
		os.Remove(name)
		return fmt.Errorf("%s: %v", path, err)
	}
	return nil
}
