package entity

import (
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/seedtest"
)

// seedDoc loads the reference article or skips (see seedtest.Doc).
func seedDoc(t testing.TB, real bool) *document.Document { return seedtest.Doc(t, real) }
