package main

import (
	"bufio"
	"fmt"
	"github.com/bytedance/gopkg/util/gctuner"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
)

// maxRepeated is how many warnings of one kind a run prints before it only
// counts them: a million records without a date give ten lines and a
// summary, not a million lines.
const maxRepeated = 10

// limitedWarnings counts the warnings of each kind printed by limited.
type limitedWarnings struct {
	mu     sync.Mutex
	counts map[string]int
	order  []string
}

// limited prints msg (a whole line) unless maxRepeated warnings of this
// kind were printed already; summarizeLimited then says how many more
// there were.
func (e *cliEnv) limited(kind, msg string) {
	l := &e.lim
	l.mu.Lock()
	if l.counts == nil {
		l.counts = map[string]int{}
	}
	if l.counts[kind] == 0 {
		l.order = append(l.order, kind)
	}
	l.counts[kind]++
	n := l.counts[kind]
	l.mu.Unlock()
	if n <= maxRepeated {
		fmt.Fprint(e.stderr, msg)
	}
}

// summarizeLimited prints "... and K more" for each kind of warning that
// went over maxRepeated, and resets the counts.
func (e *cliEnv) summarizeLimited() {
	l := &e.lim
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, kind := range l.order {
		if n := l.counts[kind]; n > maxRepeated {
			fmt.Fprintf(e.stderr, "chronicle: ... and %d more %s (%d in all; the first %d are shown above)\n", n-maxRepeated, kind, n, maxRepeated)
		}
	}
	l.counts, l.order = nil, nil
}

// memoryBudget is the --max-memory budget in bytes that the workers share
// (pipeline.Options.MaxMemory). Without the flag it is half the machine's
// memory. With the flag, and unless GOMEMLIMIT is set, the Go runtime's soft
// memory limit becomes the same figure (instead of main's 2 GiB), so the
// collector works harder rather than let the heap outgrow the budget.
func (e *cliEnv) memoryBudget(f *inputFlags) (int64, error) {
	if f.maxMemory == "" {
		return defaultMemoryBudget(), nil
	}
	n, err := parseSize(f.maxMemory)
	if err != nil {
		return 0, usagef("--max-memory %q: %v", f.maxMemory, err)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(n)
	}
	if os.Getenv("GOGC") == "" {
		gctuner.Tuning(uint64(n) * 3 / 4) // the heap's share of the budget
	}
	return n, nil
}

// parseSize reads a size: a number with an optional unit K, M, G or T
// (powers of 1024; "KB", "MiB" and lower case are accepted too). A bare
// number is megabytes, like --max-size.
func parseSize(s string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	t = strings.TrimSuffix(strings.TrimSuffix(t, "IB"), "B")
	mult := int64(1 << 20)
	if t != "" {
		switch t[len(t)-1] {
		case 'K':
			mult, t = 1<<10, t[:len(t)-1]
		case 'M':
			mult, t = 1<<20, t[:len(t)-1]
		case 'G':
			mult, t = 1<<30, t[:len(t)-1]
		case 'T':
			mult, t = 1<<40, t[:len(t)-1]
		}
	}
	v, err := strconv.ParseFloat(strings.TrimSpace(t), 64)
	if err != nil || v <= 0 || v*float64(mult) > 1<<62 {
		return 0, fmt.Errorf("want a positive size such as 600M or 4G")
	}
	n := int64(v * float64(mult))
	if n < 1<<20 {
		return 0, fmt.Errorf("want at least 1M")
	}
	return n, nil
}

// defaultMemoryBudget is half the machine's memory (MemTotal in
// /proc/meminfo), or 2 GiB where that cannot be read.
func defaultMemoryBudget() int64 {
	if total := physicalMemory(); total > 0 {
		return total / 2
	}
	return 2 << 30
}

func physicalMemory() int64 {
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) >= 2 && fields[0] == "MemTotal:" {
			kb, err := strconv.ParseInt(fields[1], 10, 64)
			if err == nil {
				return kb << 10
			}
		}
	}
	return 0
}
