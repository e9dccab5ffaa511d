package ner

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"strconv"
	"strings"
	"sync"
)

// Word classes learned from unlabeled text by cmd/clusters (see the
// README): one line per word, the word and its class in each of up to
// maxClusterings clusterings, tab-separated.
//
//go:embed clusters.txt.gz
var clusterData []byte

const maxClusterings = 3

// clusterIDs are the classes of a word, one per clustering (0: none).
type clusterIDs [maxClusterings]uint16

var (
	clusterOnce sync.Once
	clusterMap  map[string]clusterIDs
)

// clustersOf returns the classes of word w (all zero for a word the
// clustering did not see).
func clustersOf(w string) clusterIDs {
	clusterOnce.Do(func() {
		clusterMap = parseClusters(clusterData)
	})
	return clusterMap[w]
}

// WordClasses returns the classes of word w as written, one per clustering
// (coarse to fine: 128, 512 and 2048 classes; 0 for a word the clusterings
// did not see): word classes learned from unlabeled text, for other
// taggers' features.
func WordClasses(w string) [maxClusterings]uint16 { return clustersOf(w) }

// parseClusters reads a cluster file, gzip-compressed or not; malformed
// lines are skipped.
func parseClusters(data []byte) map[string]clusterIDs {
	if len(data) > 2 && data[0] == 0x1f && data[1] == 0x8b {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil
		}
		if data, err = io.ReadAll(zr); err != nil {
			return nil
		}
	}
	text := string(data) // the words are substrings of one copy
	m := make(map[string]clusterIDs, strings.Count(text, "\n"))
	for line := range strings.Lines(text) {
		word, rest, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		if !ok || word == "" {
			continue
		}
		var ids clusterIDs
		for i := 0; i < maxClusterings && rest != ""; i++ {
			var f string
			f, rest, _ = strings.Cut(rest, "\t")
			if n, err := strconv.ParseUint(f, 10, 16); err == nil {
				ids[i] = uint16(n)
			}
		}
		m[word] = ids
	}
	return m
}

// The clusterings whose classes are features of the word itself (all
// three: 128, 512 and 2048 classes) and of its neighbours at ±1 (512
// classes), bit k for clustering k; see the README for the variants tried.
const (
	cfeatWord  = 0b111
	cfeatNeigh = 0b010
)
