package detect

import (
	"sort"
	"strconv"

	"github.com/chronicle-news/chronicle/internal/learn"
	"github.com/chronicle-news/chronicle/internal/text"
)

// Labelled is a training sentence: its tokens and one label (a member of
// Labels) per token.
type Labelled struct {
	Tokens []text.Token
	Labels []string
}

// skipMinCount is how often a word must occur, never as an event, to be
// left out of scoring.
const skipMinCount = 40

// warmWords is how many of the most frequent training forms the model
// lists for Detect to cache ahead (metaWarm).
const warmWords = 6000

// TrainModel trains a detector model on labelled sentences. opt.Meta is
// replaced by the detector's own (feature-set version, skip list).
// Deterministic: the same sentences in the same order and options give the
// same model.
func TrainModel(data []Labelled, opt learn.Options) *learn.Model {
	label := map[string]int{}
	for i, l := range Labels {
		label[l] = i
	}
	// Words seen often and never as events are not scored.
	seen, events, forms := map[string]int{}, map[string]int{}, map[string]int{}
	for _, s := range data {
		for i, t := range s.Tokens {
			forms[t.Text]++
			if t.Kind != text.Word {
				continue
			}
			seen[t.Lower]++
			if s.Labels[i] != "O" {
				events[t.Lower]++
			}
		}
	}
	var skip []string
	for w, n := range seen {
		if n >= skipMinCount && events[w] == 0 {
			skip = append(skip, w)
		}
	}
	sort.Strings(skip)
	// The most frequent forms, to fill Detect's word caches ahead.
	warm := make([]string, 0, len(forms))
	for w := range forms {
		warm = append(warm, w)
	}
	sort.Slice(warm, func(i, j int) bool {
		if forms[warm[i]] != forms[warm[j]] {
			return forms[warm[i]] > forms[warm[j]]
		}
		return warm[i] < warm[j]
	})
	warm = warm[:min(len(warm), warmWords)]
	d := &Detector{skip: map[string]bool{}}
	for _, w := range skip {
		d.skip[w] = true
	}
	var exs []learn.Example
	var infos []tokInfo
	for _, s := range data {
		infos = sentenceInfos(infos, s.Tokens)
		for i := range s.Tokens {
			if !d.candidate(&s.Tokens[i]) {
				continue
			}
			l, ok := label[s.Labels[i]]
			if !ok {
				l = 0
			}
			exs = append(exs, learn.Example{Features: features(nil, s.Tokens, infos, i), Label: l})
		}
	}
	opt.Meta = []learn.Meta{{Key: metaVersion, Values: []string{featureVersion}}, {Key: metaSkip, Values: skip},
		{Key: MetaCascade, Values: []string{strconv.Itoa(CascadeMargin)}}, {Key: metaWarm, Values: warm}}
	return learn.Train(Labels, exs, opt)
}
