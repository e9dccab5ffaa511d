package pipeline

import (
	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/syntax"
	"github.com/chronicle-news/chronicle/internal/text"
)

// A batch is a few documents that one worker processes stage by stage
// (ProcessBatch): every document's parse (all the batch's sentences
// together, through each of the parser's own stages in turn:
// syntax.Model.ParseDocuments), then every document's dates, names and
// events. The syntax model's tables (about 5 MB of weights read
// at random) then stay in the processor's caches across the documents
// instead of being evicted by the other stages' tables after each one
// (README, "Speed"). RunWith hands its workers batches of at most
// BatchDocs documents and about BatchBytes of text, taking only the
// documents already read. Each stage still warms its tables up once a
// batch: on TBAQ (2 KB an article) batches of 64 took about 5% less CPU
// time than batches of 16 (TestBatchAB); batches of 256 (512 KB) took 8%
// more than 64 (docs/syntax.md, "Stage by stage over a batch"). A batch's working memory is about
// BytesPerTextByte times its text, 15 MB at BatchBytes.
const (
	BatchDocs  = 64
	BatchBytes = 128 << 10
)

// BatchLen returns how many of docs, from the first, make one batch: at
// most BatchDocs, and no more once they hold BatchBytes of text (so a
// document of BatchBytes or more ends its batch, and one over
// SectionBytes is alone in it, or last). It is at least 1 when docs is not
// empty.
func BatchLen(docs []*document.Document) int {
	n, size := 0, 0
	for n < len(docs) && n < BatchDocs && size < BatchBytes {
		size += len(docs[n].Text)
		n++
	}
	return n
}

// ProcessBatch runs every stage over docs, stage by stage, and returns
// their results in order: each the same as Process's (ProcessAll's when
// keep is set). A document longer than SectionBytes is processed alone, in
// sections, as Process does.
func ProcessBatch(docs []*document.Document, keep bool) []*Result {
	rs := make([]*Result, len(docs))
	short := make([]*Result, 0, len(docs))
	for i, d := range docs {
		if len(d.Text) > SectionBytes && len(sectionSpans(d, SectionBytes)) > 1 {
			rs[i] = process(d, keep)
			continue
		}
		rs[i] = &Result{Doc: d, Sentences: text.SegmentSpans(d, d.BodySpans())}
		short = append(short, rs[i])
	}
	parseResults(short)
	for _, r := range short {
		tagTime(r)
	}
	for _, r := range short {
		recognizeEntities(r)
	}
	for _, r := range short {
		extractEvents(r)
	}
	return rs
}

// parseResults parses the sentences of every result, all together
// (syntax.Model.ParseDocuments: each stage of the parser over the whole
// batch), as parseSpans parses each.
func parseResults(rs []*Result) {
	m, err := syntax.Default()
	if err != nil {
		return
	}
	sents := make([][]text.Sentence, len(rs))
	for i, r := range rs {
		sents[i] = r.Sentences
	}
	for i, trees := range m.ParseDocuments(sents) {
		rs[i].Syntax = trees
	}
}
