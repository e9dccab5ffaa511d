package learn

import "unsafe"

// OnHugePages returns a copy of s whose look-up tables (the slots, and
// the records of a model that is not inline) live in memory of their own
// that the kernel is asked to back with huge pages (2 MiB; Linux, where
// transparent huge pages are enabled "always" or "madvise"), else s itself.
// Look-ups read these tables at random: on 4 KiB pages a parser's 4.9 MB
// of slots span 1,200 pages, more than the processor's address cache
// holds, and most look-ups then pay a page-table walk as well as the
// cache miss (dearer still under a hypervisor). The memory is never
// freed: this is for models kept for the life of the process (the
// embedded syntax model). Scores are the same.
func (s *Sparse) OnHugePages() *Sparse { return s.onHugePages(hugeMin) }

func (s *Sparse) onHugePages(min int) *Sparse {
	if s.nfeat == 0 || len(s.slots)*8 < min {
		return s
	}
	c := *s
	slots := hugeBytes(len(s.slots) * 8)
	if slots == nil {
		return s
	}
	c.slots = unsafe.Slice((*uint64)(unsafe.Pointer(&slots[0])), len(s.slots))
	copy(c.slots, s.slots)
	if !s.inline {
		if data := hugeBytes(len(s.data) * 4); data != nil {
			c.data = unsafe.Slice((*uint32)(unsafe.Pointer(&data[0])), len(s.data))
			copy(c.data, s.data)
		}
	}
	return &c
}

// hugeMin is the smallest table worth its own huge pages.
const hugeMin = 512 << 10
