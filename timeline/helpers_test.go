package timeline_test

import "github.com/chronicle-news/chronicle/internal/document"

func documentSpan(s, e int) document.Span { return document.Span{Start: s, End: e} }
