package event

import (
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/entity"
	"github.com/chronicle-news/chronicle/internal/text"
)

// A wire dateline's place and credit are where and by whom the story was
// filed, no participants: the place, a known agency, or an organization
// in parentheses.
func TestDatelineEnd(t *testing.T) {
	place := &entity.Entity{Type: entity.Location}
	org := &entity.Entity{Type: entity.Organization}
	cases := []struct {
		line string
		e    *entity.Entity
		f    int
		want bool
	}{
		{"LONDON (Reuters) - BP said on Tuesday", place, 0, true},
		{"LONDON (Reuters) - BP said on Tuesday", org, 2, true},
		{"TOKYO (Nikkei) - Toyota raised its forecast", org, 2, true},
		{"SEATTLE - Microsoft closed the deal", place, 0, true},
		{"ANKARA (Chronicle staff) - A quake struck Hatay", place, 0, true},
		{"Microsoft (MSFT) said on Friday - shares rose", org, 0, false},
		{"Police said the suspect fled", place, 0, false},
	}
	for _, tc := range cases {
		toks := text.Segment(&document.Document{Text: tc.line})[0].Tokens
		if got := datelineEnd(toks, tc.e, tc.f) > 0; got != tc.want {
			t.Errorf("%q, mention at %d: dateline %v, want %v", tc.line, tc.f, got, tc.want)
		}
	}
}
