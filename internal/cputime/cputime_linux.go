// Package cputime reads the CPU time of the calling thread, for the A/B
// measurements of the test suites (CHRONICLE_AB=1): two variants run in
// turn on one locked thread see the same load from other programs, which
// wall-clock time does not.
package cputime

import (
	"syscall"
	"time"
)

// Thread returns the user and system CPU time of the calling OS thread
// (lock it with runtime.LockOSThread to measure one goroutine).
func Thread() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_THREAD, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
