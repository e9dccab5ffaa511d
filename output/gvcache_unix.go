//go:build unix

package output

import (
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

// checkOwner refuses a file not owned by the effective user (or by root,
// when rootOK).
func checkOwner(fi fs.FileInfo, rootOK bool) error {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return fmt.Errorf("has no owner information")
	}
	uid := int(st.Uid)
	if uid == os.Geteuid() || rootOK && uid == 0 {
		return nil
	}
	return fmt.Errorf("is owned by user %d, not by this user (%d)", uid, os.Geteuid())
}
