package entity_test

import (
	"github.com/chronicle-news/chronicle/internal/entity"
	"github.com/chronicle-news/chronicle/internal/timeml"
)

// The internal benchmarks (bench_test.go) read the TempEval-3 corpus with
// the TimeML parser, which only this external test package can import.
func init() { entity.BenchTimeML = timeml.ParseDocument }
