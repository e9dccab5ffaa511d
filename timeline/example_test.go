package timeline_test

import (
	"context"
	"fmt"
	"time"

	"github.com/chronicle-news/chronicle/timeline"
)

const article = `Abe and Putin meet in Danang

Japanese Prime Minister Shinzo Abe met Russian President Vladimir Putin on Friday in Danang, Vietnam.
The two leaders agreed to start joint projects on the islands next spring.
Abe plans to visit Russia in May, his office said.
`

// Analyze one article written on 10 November 2017: "Friday" is the 10th,
// "next spring" and "May" are in 2018, and the plans are planned.
func ExampleAnalyze() {
	dct := time.Date(2017, 11, 10, 0, 0, 0, 0, time.UTC)
	a, err := timeline.Analyze(context.Background(), article, timeline.Options{Name: "danang.txt", DCT: dct})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Document.Title)
	for _, e := range a.Entries {
		fmt.Printf("%s | %s | %s\n", timeline.DateLabel(&e), e.Summary, e.Modality)
	}
	// Output:
	// Abe and Putin meet in Danang
	// Fri 10 Nov 2017 | Abe meets Putin in Danang | actual
	// by Fri 10 Nov 2017 | Abe and Putin agree to start joint projects | actual
	// spring 2018 | Abe and Putin to start joint projects | planned
	// May 2018 | Abe to visit Russia | planned
}

// Combine the timelines of two articles.
func ExampleCombine() {
	ctx := context.Background()
	a, _ := timeline.Analyze(ctx, "Merkel visited Paris on Monday.\n", timeline.Options{Name: "a.txt", DCT: time.Date(2019, 3, 6, 0, 0, 0, 0, time.UTC)})
	b, _ := timeline.Analyze(ctx, "Macron flew to Berlin on Tuesday.\n", timeline.Options{Name: "b.txt", DCT: time.Date(2019, 3, 1, 0, 0, 0, 0, time.UTC)})
	dated, _ := timeline.Combine(a, b)
	for _, e := range dated {
		fmt.Printf("%s | %s | %s\n", e.Date, e.Summary, e.Source.Doc)
	}
	// Output:
	// 2019-02-26 | Macron flies to Berlin | b.txt
	// 2019-03-04 | Merkel visits Paris | a.txt
}
