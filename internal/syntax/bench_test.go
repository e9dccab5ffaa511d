package syntax

import (
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/text"
)

// benchText is our own prose, about 1 KB of news-like sentences.
const benchText = `Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin met on Friday night in Danang, on the sidelines of the Asia-Pacific Economic Cooperation summit. The two leaders agreed to speed up talks on joint economic projects on four disputed islands off Hokkaido, which Soviet troops seized at the end of World War II. Abe said he plans to visit Russia in May, and officials in Tokyo didn't rule out a further meeting before then. "We had a frank exchange," Putin told reporters after the talks, which lasted about an hour. The islands, called the Northern Territories in Japan and the Southern Kurils in Russia, have kept the two countries from signing a peace treaty for more than seventy years. Earlier in the week Abe hosted U.S. President Donald Trump in Tokyo, where the two men discussed North Korea's missile launches.`

func BenchmarkSyntax(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	doc := &document.Document{Text: benchText}
	sents := text.Segment(doc)
	words := 0
	for _, s := range sents {
		words += len(FromTokens(s.Tokens))
	}
	b.SetBytes(int64(len(benchText)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.ParseSentences(sents)
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
