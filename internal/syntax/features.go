package syntax

import (
	"unicode"
	"unicode/utf8"
)

// Feature keys are 64-bit hashes of (template, values). Values are word
// hashes or small tag numbers; the mixing keeps them apart and spreads the
// low bits that the weight table indexes by.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
	golden    = 0x9e3779b97f4a7c15
)

func fmix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h | 1 // never 0: 0 means "no word here"
}

func k1(t, a uint64) uint64 { return fmix(t<<56 ^ a*golden) }
func k2(t, a, b uint64) uint64 {
	return fmix((t<<56^a*golden)*0xbf58476d1ce4e5b9 ^ b)
}
func k3(t, a, b, c uint64) uint64 {
	return fmix(((t<<56^a*golden)*0xbf58476d1ce4e5b9^b)*0x94d049bb133111eb ^ c)
}
func k4(t, a, b, c, d uint64) uint64 {
	return fmix((((t<<56^a*golden)*0xbf58476d1ce4e5b9^b)*0x94d049bb133111eb^c)*golden ^ d)
}

// shapeHash is the hash of a word's shape: letters mapped to X or x, digits
// to d, runs longer than two cut ("Putin" -> "Xxx", "2017-11" -> "dd-dd").
func shapeHash(s string) uint64 {
	h := uint64(fnvOffset)
	var last rune = -1
	run := 0
	n := 0
	for _, r := range s {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = r
		}
		if c == last {
			run++
			if run > 2 {
				continue
			}
		} else {
			run = 1
			last = c
		}
		h ^= uint64(c)
		h *= fnvPrime
		n++
		if n > 12 {
			break
		}
	}
	return h | 1
}

// affixes returns the hashes of the last 1..4 and first 1..3 runes of s.
func affixes(s string) (suf [4]uint64, pre [3]uint64) {
	end := len(s)
	for i := 0; i < 4; i++ {
		if end == 0 {
			suf[i] = suf[max(i-1, 0)] ^ uint64(i+1)<<60
			continue
		}
		_, w := utf8.DecodeLastRuneInString(s[:end])
		end -= w
		suf[i] = hashString(s[end:])
	}
	start := 0
	for i := 0; i < 3; i++ {
		if start == len(s) {
			pre[i] = pre[max(i-1, 0)] ^ uint64(i+1)<<60
			continue
		}
		_, w := utf8.DecodeRuneInString(s[start:])
		start += w
		pre[i] = hashString(s[:start])
	}
	return
}

// caseClass: 0 lower, 1 Title, 2 ALLCAPS, 3 mixed/other, 4 digits.
func caseClass(s string) uint64 {
	up, low, dig := 0, 0, 0
	first := true
	firstUp := false
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			up++
			if first {
				firstUp = true
			}
		case unicode.IsLower(r):
			low++
		case unicode.IsDigit(r):
			dig++
		}
		first = false
	}
	switch {
	case dig > 0 && up+low == 0:
		return 4
	case up == 0:
		return 0
	case low == 0:
		return 2
	case firstUp && up == 1:
		return 1
	}
	return 3
}
