//go:build !linux

package learn

// hugeBytes is Linux only.
func hugeBytes(n int) []byte { return nil }
