package output

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/goccy/go-graphviz"
	"github.com/tetratelabs/wazero"
)

// Where go-graphviz's compiled WebAssembly is kept between runs, under the
// user's cache folder (os.UserCacheDir: $XDG_CACHE_HOME or ~/.cache).
// Upstream go-graphviz keeps it in $TMPDIR/go-graphviz, a folder any local
// user can create first and fill with machine code that everyone else's
// process then runs; our copy of the library (third_party/go-graphviz)
// caches nothing unless told where, and docs/security.md says why.
var graphvizCacheParts = []string{"chronicle", "graphviz-wasm"}

// errNoCacheDir: the user has no cache folder (no $HOME, say). The WASM is
// then compiled in memory for this process, which is correct, just slower.
var errNoCacheDir = errors.New("no user cache folder")

// setUpGraphviz prepares go-graphviz for its first use in this process: it
// gives the library a compilation cache in a private per-user folder, or
// none (the module is then compiled in memory), and reports through warn
// why a cache folder was refused. Call it under gvMu, before graphviz.New.
func setUpGraphviz(warn func(string)) {
	dir, err := privateCacheDir()
	if err != nil {
		if warn != nil && !errors.Is(err, errNoCacheDir) {
			warn(fmt.Sprintf("not caching compiled Graphviz (%v); it is compiled in memory for this run", err))
		}
		return
	}
	cache, err := wazero.NewCompilationCacheWithDir(dir)
	if err != nil {
		if warn != nil {
			warn(fmt.Sprintf("not caching compiled Graphviz in %s (%v); it is compiled in memory for this run", dir, err))
		}
		return
	}
	graphviz.SetCompilationCache(cache)
}

// privateCacheDir returns the folder for the compilation cache, creating
// it (mode 0700) if needed. It refuses (with the reason) a folder that is a
// symbolic link, is not owned by the current user, or that others may
// write to, and a user cache folder that others may write to (they could
// swap ours for theirs). Only the current user, and root, can then put
// code there.
func privateCacheDir() (string, error) {
	base, err := os.UserCacheDir()
	if err != nil || !filepath.IsAbs(base) {
		return "", errNoCacheDir
	}
	if err := os.MkdirAll(base, 0o700); err != nil {
		return "", err
	}
	if err := checkCacheDir(base, true); err != nil {
		return "", err
	}
	dir := base
	for _, p := range graphvizCacheParts {
		dir = filepath.Join(dir, p)
		if err := os.Mkdir(dir, 0o700); err != nil && !errors.Is(err, fs.ErrExist) {
			return "", err
		}
		if err := checkCacheDir(dir, false); err != nil {
			return "", err
		}
	}
	return dir, nil
}

// checkCacheDir checks one folder of the cache path: a real folder (not a
// symbolic link), owned by us (or, for the user's cache folder itself,
// by root), not writable by group or others.
func checkCacheDir(dir string, rootOK bool) error {
	fi, err := os.Lstat(dir)
	if err != nil {
		return err
	}
	if fi.Mode()&fs.ModeSymlink != 0 {
		return fmt.Errorf("%s is a symbolic link", dir)
	}
	if !fi.IsDir() {
		return fmt.Errorf("%s is not a folder", dir)
	}
	if err := checkOwner(fi, rootOK); err != nil {
		return fmt.Errorf("%s %w", dir, err)
	}
	if perm := fi.Mode().Perm(); perm&0o022 != 0 {
		return fmt.Errorf("%s is writable by other users (mode %04o)", dir, perm)
	}
	return nil
}
