//go:build unix

package output

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The compiled-Graphviz cache lives in a folder only this user can write
// to; any other folder is refused and the WASM is compiled in memory.
func TestPrivateCacheDir(t *testing.T) {
	base := filepath.Join(t.TempDir(), "cache")
	t.Setenv("XDG_CACHE_HOME", base)
	t.Setenv("HOME", t.TempDir())
	dir, err := privateCacheDir()
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(base, "chronicle", "graphviz-wasm"); dir != want {
		t.Fatalf("cache folder %s, want %s", dir, want)
	}
	for _, d := range []string{filepath.Join(base, "chronicle"), dir} {
		fi, err := os.Lstat(d)
		if err != nil {
			t.Fatal(err)
		}
		if perm := fi.Mode().Perm(); perm != 0o700 {
			t.Errorf("%s: mode %04o, want 0700", d, perm)
		}
	}
	if again, err := privateCacheDir(); err != nil || again != dir {
		t.Fatalf("second call: %q, %v", again, err)
	}

	refused := func(what, wantMsg string) {
		t.Helper()
		if d, err := privateCacheDir(); err == nil || !strings.Contains(err.Error(), wantMsg) {
			t.Errorf("%s: got %q, %v; want a refusal saying %q", what, d, err, wantMsg)
		}
	}
	// Writable by others: refused, for our folders and for the user's
	// cache folder above them (another user could swap ours for theirs).
	for _, d := range []string{dir, filepath.Join(base, "chronicle"), base} {
		if err := os.Chmod(d, 0o777); err != nil {
			t.Fatal(err)
		}
		refused(d+" mode 0777", "writable by other users")
		if err := os.Chmod(d, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	// A symbolic link, wherever it points: refused.
	if err := os.Rename(dir, dir+".real"); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(dir+".real", dir); err != nil {
		t.Fatal(err)
	}
	refused("symbolic link", "symbolic link")
	os.Remove(dir)
	if err := os.Rename(dir+".real", dir); err != nil {
		t.Fatal(err)
	}
	// A file in its place: refused.
	os.RemoveAll(dir)
	if err := os.WriteFile(dir, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	refused("a file", "not a folder")
	os.Remove(dir)
	// Owned by another user (only root can make one).
	if os.Geteuid() == 0 {
		if err := os.Mkdir(dir, 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.Chown(dir, 54321, 54321); err != nil {
			t.Fatal(err)
		}
		refused("owned by uid 54321", "owned by user 54321")
	} else {
		t.Log("not root: the case of a folder owned by another user is not tested")
	}
}

// No user cache folder at all: no cache and no warning, just memory.
func TestPrivateCacheDirNone(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", "")
	t.Setenv("HOME", "")
	if _, err := privateCacheDir(); err != errNoCacheDir {
		t.Fatalf("got %v, want errNoCacheDir", err)
	}
}
