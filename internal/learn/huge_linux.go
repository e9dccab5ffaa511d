package learn

import (
	"syscall"
	"unsafe"
)

const hugePage = 2 << 20

// hugeBytes returns n zeroed bytes outside the Go heap (never freed),
// aligned to 2 MiB and advised as huge pages (a kernel without them gives
// ordinary pages); nil when no memory can be mapped.
func hugeBytes(n int) []byte {
	size := (n + hugePage - 1) &^ (hugePage - 1)
	b, err := syscall.Mmap(-1, 0, size+hugePage, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		return nil
	}
	off := (hugePage - int(uintptr(unsafe.Pointer(&b[0]))%hugePage)) % hugePage
	b = b[off : off+size]
	syscall.Madvise(b, 14 /* MADV_HUGEPAGE */)
	return b[:n]
}
