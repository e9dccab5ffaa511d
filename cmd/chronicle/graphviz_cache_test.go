//go:build linux

package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"syscall"
	"testing"
	"unsafe"
)

// Uids for the users of a shared machine. They need no passwd entry: the
// kernel checks uids, and each run gets its HOME explicitly.
const (
	attackerUID = 54321
	userAUID    = 54331
	userBUID    = 54332
)

// TestGraphvizSharedMachine runs the built binary the way users of one
// machine would (as other uids when the test runs as root; see
// docs/security.md):
//
//   - another user has planted $TMPDIR/go-graphviz (upstream go-graphviz's
//     cache of compiled WebAssembly) with garbage "machine code": neither
//     `chronicle version` nor `chronicle graph --format svg` panics, and
//     neither opens, lists or changes anything in it (inotify watches it);
//   - a user cache folder that others may write to is refused with a
//     warning, and the diagram is still drawn (compiled in memory);
//   - two users draw one after the other with one shared sticky /tmp: both
//     succeed, each with a private cache folder (mode 0700, their own),
//     and nothing is created in the shared temporary folder.
func TestGraphvizSharedMachine(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	asRoot := os.Geteuid() == 0
	if !asRoot {
		t.Log("not root: every run is as the current user; planted folders are ours, and the two-user case is skipped")
	}
	// A world-readable place for the binary, the input, the homes and a
	// shared temporary folder (t.TempDir folders are private to root).
	root, err := os.MkdirTemp("", "chronicle-shared-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(root) })
	must(t, os.Chmod(root, 0o755))
	bin := filepath.Join(root, "chronicle")
	if other := os.Getenv("CHRONICLE_TEST_BINARY"); other != "" {
		// Another build, e.g. one with upstream go-graphviz, to see the
		// test catch what it guards against.
		raw, err := os.ReadFile(other)
		must(t, err)
		must(t, os.WriteFile(bin, raw, 0o755))
	} else if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	must(t, os.Chmod(bin, 0o755))
	article, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	input := filepath.Join(root, "article.txt")
	must(t, os.WriteFile(input, article, 0o644))
	sharedTmp := filepath.Join(root, "tmp")
	must(t, os.Mkdir(sharedTmp, 0o777))
	must(t, os.Chmod(sharedTmp, 0o777|fs.ModeSticky))

	// home makes a home folder owned by uid (when root).
	home := func(name string, uid int) string {
		h := filepath.Join(root, name)
		must(t, os.Mkdir(h, 0o700))
		if asRoot {
			must(t, os.Chown(h, uid, uid))
		}
		return h
	}
	run := func(uid int, env []string, args ...string) (stdout, stderr string, err error) {
		cmd := exec.Command(bin, args...)
		cmd.Dir = root
		cmd.Env = append([]string{"PATH=/usr/bin:/bin", "LANG=C.UTF-8"}, env...)
		if asRoot {
			cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uint32(uid), Gid: uint32(uid)}}
		}
		var o, e bytes.Buffer
		cmd.Stdout, cmd.Stderr = &o, &e
		err = cmd.Run()
		return o.String(), e.String(), err
	}
	checkSVG := func(t *testing.T, who, stdout, stderr string, err error) {
		t.Helper()
		if err != nil || strings.Contains(stderr, "panic") {
			t.Fatalf("%s: graph --format svg: %v\n%s", who, err, stderr)
		}
		if !strings.Contains(stdout, "<svg") || !strings.HasSuffix(strings.TrimSpace(stdout), "</svg>") {
			t.Fatalf("%s: no SVG on stdout:\n%.300s\nstderr: %s", who, stdout, stderr)
		}
	}

	t.Run("planted tmp folder", func(t *testing.T) {
		tmp := filepath.Join(root, "tmp-planted")
		must(t, os.Mkdir(tmp, 0o777))
		must(t, os.Chmod(tmp, 0o777|fs.ModeSticky))
		planted := filepath.Join(tmp, "go-graphviz")
		sub := filepath.Join(planted, fmt.Sprintf("wazero-v1.10.1-%s-%s", runtime.GOARCH, runtime.GOOS))
		must(t, os.MkdirAll(sub, 0o777))
		for _, name := range []string{
			// The key the compiled module of this build is cached under.
			"65d05e8bbea8a6610d0686e4cb2ab62ff93a257de48b3587eb75f15ddf3c84ca",
			strings.Repeat("ab", 32), "garbage",
		} {
			must(t, os.WriteFile(filepath.Join(sub, name), []byte("\x7fELF not machine code at all\x00\x01\x02"), 0o666))
		}
		if asRoot {
			for _, p := range []string{planted, sub} {
				must(t, os.Chmod(p, 0o777))
			}
			must(t, filepath.WalkDir(planted, func(p string, _ fs.DirEntry, err error) error {
				if err != nil {
					return err
				}
				return os.Lchown(p, attackerUID, attackerUID)
			}))
		}
		before := listTree(t, planted)
		w := watch(t, planted, sub)
		h := home("home-victim", userAUID)
		env := []string{"HOME=" + h, "TMPDIR=" + tmp}

		out, errOut, err := run(userAUID, env, "version")
		if err != nil || !strings.HasPrefix(out, "chronicle ") || strings.Contains(errOut, "panic") {
			t.Fatalf("version: %v %q\n%s", err, out, errOut)
		}
		if ev := w.events(); len(ev) > 0 {
			t.Errorf("version touched the planted folder: %s", strings.Join(ev, ", "))
		}
		out, errOut, err = run(userAUID, env, "graph", "--format", "svg", input)
		checkSVG(t, "victim", out, errOut, err)
		if ev := w.events(); len(ev) > 0 {
			t.Errorf("graph --format svg touched the planted folder: %s", strings.Join(ev, ", "))
		}
		if after := listTree(t, planted); after != before {
			t.Errorf("the planted folder changed:\nbefore %s\nafter  %s", before, after)
		}
		if _, err := os.Stat(filepath.Join(h, ".cache", "chronicle", "graphviz-wasm")); err != nil {
			t.Errorf("no private cache: %v", err)
		}
	})

	t.Run("shared cache folder refused", func(t *testing.T) {
		shared := filepath.Join(root, "cache-shared")
		must(t, os.Mkdir(shared, 0o777))
		must(t, os.Chmod(shared, 0o777))
		h := home("home-shared", userAUID)
		out, errOut, err := run(userAUID, []string{"HOME=" + h, "TMPDIR=" + sharedTmp, "XDG_CACHE_HOME=" + shared},
			"graph", "--format", "svg", input)
		checkSVG(t, "shared cache", out, errOut, err)
		if !strings.Contains(errOut, "writable by other users") || !strings.Contains(errOut, "compiled in memory") {
			t.Errorf("no warning about the shared cache folder: %q", errOut)
		}
		if ents, _ := os.ReadDir(shared); len(ents) > 0 {
			t.Errorf("wrote into a cache folder others can write to: %v", ents)
		}
	})

	t.Run("two users", func(t *testing.T) {
		if !asRoot {
			t.Skip("needs root to run as two users")
		}
		users := []struct {
			name string
			uid  int
			home string
		}{{"A", userAUID, home("home-a", userAUID)}, {"B", userBUID, home("home-b", userBUID)}}
		for round := 0; round < 2; round++ { // the second round uses the caches
			for _, u := range users {
				out, errOut, err := run(u.uid, []string{"HOME=" + u.home, "TMPDIR=" + sharedTmp}, "graph", "--format", "svg", input)
				checkSVG(t, fmt.Sprintf("user %s, run %d", u.name, round+1), out, errOut, err)
			}
		}
		for _, u := range users {
			dir := filepath.Join(u.home, ".cache", "chronicle", "graphviz-wasm")
			fi, err := os.Lstat(dir)
			if err != nil {
				t.Fatalf("user %s: %v", u.name, err)
			}
			st := fi.Sys().(*syscall.Stat_t)
			if int(st.Uid) != u.uid || fi.Mode().Perm() != 0o700 {
				t.Errorf("user %s: %s is owned by %d with mode %04o, want %d and 0700", u.name, dir, st.Uid, fi.Mode().Perm(), u.uid)
			}
			if tree := listTree(t, dir); !strings.Contains(tree, "wazero-") {
				t.Errorf("user %s: nothing cached in %s: %s", u.name, dir, tree)
			}
		}
		if ents, _ := os.ReadDir(sharedTmp); len(ents) > 0 {
			t.Errorf("the shared temporary folder got %v", ents)
		}
	})
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// listTree describes a folder tree: paths, modes, owners and sizes.
func listTree(t *testing.T, dir string) string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fi, err := os.Lstat(p)
		if err != nil {
			return err
		}
		st := fi.Sys().(*syscall.Stat_t)
		rel, _ := filepath.Rel(dir, p)
		out = append(out, fmt.Sprintf("%s %v uid=%d %d", rel, fi.Mode(), st.Uid, fi.Size()))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return strings.Join(out, "; ")
}

// watcher reports every open, read, listing and change in some folders
// (inotify; a stat is not reported, and reveals nothing planted there).
type watcher struct {
	fd    int
	names map[int32]string
}

func watch(t *testing.T, dirs ...string) *watcher {
	t.Helper()
	fd, err := syscall.InotifyInit1(syscall.IN_NONBLOCK | syscall.IN_CLOEXEC)
	if err != nil {
		t.Fatalf("inotify: %v", err)
	}
	t.Cleanup(func() { syscall.Close(fd) })
	w := &watcher{fd: fd, names: map[int32]string{}}
	for _, d := range dirs {
		wd, err := syscall.InotifyAddWatch(fd, d, syscall.IN_ALL_EVENTS)
		if err != nil {
			t.Fatalf("inotify %s: %v", d, err)
		}
		w.names[int32(wd)] = d
	}
	return w
}

// events drains the events seen so far, as "folder/name: mask".
func (w *watcher) events() []string {
	var out []string
	buf := make([]byte, 64<<10)
	for {
		n, err := syscall.Read(w.fd, buf)
		if err != nil || n <= 0 {
			return out
		}
		for off := 0; off+syscall.SizeofInotifyEvent <= n; {
			ev := (*syscall.InotifyEvent)(unsafe.Pointer(&buf[off]))
			name := ""
			if ev.Len > 0 {
				raw := buf[off+syscall.SizeofInotifyEvent : off+syscall.SizeofInotifyEvent+int(ev.Len)]
				name = string(bytes.TrimRight(raw, "\x00"))
			}
			out = append(out, fmt.Sprintf("%s/%s: %#x", filepath.Base(w.names[ev.Wd]), name, ev.Mask))
			off += syscall.SizeofInotifyEvent + int(ev.Len)
		}
	}
}
