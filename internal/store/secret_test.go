package store_test

import (
	"context"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/store"
)

// TestPasswordNeverPrinted: a PostgreSQL password, in user:pass@ or in
// ?password=, appears in no error; the error names the server.
func TestPasswordNeverPrinted(t *testing.T) {
	const pw = "Sup3r-s3cret"
	for _, dsn := range []string{
		"postgres://chronicle:" + pw + "@127.0.0.1:1/corpus?sslmode=disable",
		"postgres://chronicle@127.0.0.1:1/corpus?sslmode=disable&password=" + pw,
		"postgresql://127.0.0.1:1/corpus?password=" + pw + "&sslmode=disable",
		"postgres://chronicle:" + pw + "@127.0.0.1:notaport/corpus",
		"postgres://chronicle:" + pw + "@[::1/corpus",
	} {
		for name, open := range map[string]func(context.Context, string) (*store.Store, error){"Open": store.Open, "OpenReadOnly": store.OpenReadOnly} {
			st, err := open(context.Background(), dsn)
			if err == nil {
				st.Close()
				t.Errorf("%s(%s): no error", name, dsn)
				continue
			}
			if msg := err.Error(); strings.Contains(msg, pw) || !strings.Contains(msg, "postgres") {
				t.Errorf("%s: the message shows the password or does not name the store: %s", name, msg)
			}
		}
	}
}
