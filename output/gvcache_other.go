//go:build !unix

package output

import "io/fs"

// checkOwner: without Unix owners a folder cannot be shown to be private,
// so nothing is cached on disk (the WASM is compiled in memory, silently:
// that is the normal case on these systems).
func checkOwner(fs.FileInfo, bool) error { return errNoCacheDir }
