package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// newEvalNERCmd is `chronicle eval ner CONLL_FILE`: the names of the
// pipeline scored against CoNLL-2003 (exact span and type, PER/ORG/LOC).
func newEvalNERCmd(e *cliEnv) *cobra.Command {
	return &cobra.Command{
		Use:   "ner CONLL_FILE",
		Short: "Score person, organization and place names on a CoNLL-2003 file",
		Args:  cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			return errors.New("not yet wired")
		},
	}
}
