package ner

import (
	"bytes"
	"compress/gzip"
	"slices"
	"testing"
)

// parseClusters reads plain and gzip-compressed files alike, keeps up to
// maxClusterings classes a word and skips what it cannot read.
func TestParseClusters(t *testing.T) {
	const src = "Germany\t73\t243\t447\n" +
		"France\t73\t243\t352\n" +
		"the\t1\t1\t1\t9\n" + // a fourth column is ignored
		"short\t5\n" + // fewer columns: the others are 0
		"bad\tx\t7\n" + // an unreadable class is 0
		"\t3\t3\t3\n" + // no word
		"lonely\n" +
		"\n"
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write([]byte(src))
	zw.Close()
	for name, data := range map[string][]byte{"plain": []byte(src), "gzip": z.Bytes()} {
		m := parseClusters(data)
		for _, c := range []struct {
			word string
			want clusterIDs
			ok   bool
		}{
			{"Germany", clusterIDs{73, 243, 447}, true},
			{"France", clusterIDs{73, 243, 352}, true},
			{"the", clusterIDs{1, 1, 1}, true},
			{"short", clusterIDs{5, 0, 0}, true},
			{"bad", clusterIDs{0, 7, 0}, true},
			{"lonely", clusterIDs{}, false},
			{"germany", clusterIDs{}, false}, // case is kept
			{"", clusterIDs{}, false},
		} {
			got, ok := m[c.word]
			if got != c.want || ok != c.ok {
				t.Errorf("%s: %q: %v %v, want %v %v", name, c.word, got, ok, c.want, c.ok)
			}
		}
		if len(m) != 5 {
			t.Errorf("%s: %d words, want 5", name, len(m))
		}
	}
}

// The embedded classes: words of the unlabeled text have them, others
// none; words used alike share classes.
func TestClustersOf(t *testing.T) {
	if n := len(parseClusters(clusterData)); n < 30000 {
		t.Fatalf("embedded clusters: %d words", n)
	}
	for _, c := range []struct{ a, b string }{
		{"Germany", "France"},
		{"Monday", "Tuesday"},
	} {
		x, y := clustersOf(c.a), clustersOf(c.b)
		if x[0] == 0 || x[0] != y[0] || x[1] != y[1] {
			t.Errorf("%s %v, %s %v: want the same classes of 128 and 512", c.a, x, c.b, y)
		}
	}
	if x := clustersOf("Zxqvwyk"); x != (clusterIDs{}) {
		t.Errorf("unknown word: %v", x)
	}
}

// clusterFeatures: one feature per clustering in the mask whose class is
// known, under its own template; the word's analysis carries the
// classes into wordFeatures (own classes at offset 0, those of the
// neighbours' clustering at ±1, none at ±2).
func TestClusterFeatures(t *testing.T) {
	x := &wordInfo{clus: clusterIDs{7, 0, 9}}
	for _, c := range []struct {
		base tmpl
		mask uint8
		want []uint64
	}{
		{tClus, 0b111, []uint64{feat(tClus, 7), feat(tClus+2, 9)}},
		{tClus, 0b011, []uint64{feat(tClus, 7)}},
		{tClusM1, 0b100, []uint64{feat(tClusM1+2, 9)}},
		{tClusP1, 0b010, nil},
		{tClus, 0, nil},
	} {
		if got := clusterFeatures(nil, x, c.base, c.mask); !slices.Equal(got, c.want) {
			t.Errorf("base %d mask %03b: %x, want %x", c.base, c.mask, got, c.want)
		}
	}
	if feat(tClus, 7) == feat(tClus+1, 7) || feat(tClus, 7) == feat(tClusM1, 7) {
		t.Error("templates share keys")
	}
	tok, info := analyze("Germany")
	ids := clustersOf("Germany")
	if info.clus != ids {
		t.Fatalf("analyze: classes %v, want %v", info.clus, ids)
	}
	for o, want := range map[int][]uint64{
		0:  {feat(tClus, uint64(ids[0])), feat(tClus+1, uint64(ids[1])), feat(tClus+2, uint64(ids[2]))},
		-1: {feat(tClusM1+1, uint64(ids[1]))},
		1:  {feat(tClusP1+1, uint64(ids[1]))},
		2:  nil,
		-2: nil,
	} {
		fs := wordFeatures(nil, &tok, &info, o)
		for _, k := range want {
			if !slices.Contains(fs, k) {
				t.Errorf("offset %d: no feature %x", o, k)
			}
		}
		for _, b := range []tmpl{tClus, tClusM1, tClusP1} {
			for k := range maxClusterings {
				if f := feat(b+tmpl(k), uint64(ids[k])); slices.Contains(fs, f) && !slices.Contains(want, f) {
					t.Errorf("offset %d: unexpected cluster feature, template %d", o, b+tmpl(k))
				}
			}
		}
	}
}

func BenchmarkParseClusters(b *testing.B) {
	for b.Loop() {
		parseClusters(clusterData)
	}
}
