package cli

import (
	"errors"

	"github.com/pithdev/pith/internal/batch"
)

// Errors a command ends with that stand for an exit status rather than a message: the
// diagnostics were already printed.
var (
	// errFailed: some input or record failed and was reported; the run went on.
	errFailed = errors.New("some input failed")
	// errInterrupted: a batch run was stopped by a signal after writing the records in flight.
	errInterrupted = errors.New("interrupted")
)

// ExitCode is the exit status of a command (pith, pith batch, pith explain) that ends with
// err: [ExitOK] for nil, [ExitUsage] for a bad command line or configuration, nothing read,
// [ExitInterrupted] for a batch run stopped by a signal, and [ExitFailure] for anything else:
// a failed input, record or write.
func ExitCode(err error) int {
	var ue *usageError
	var ce *batch.ConfigError
	switch {
	case err == nil:
		return ExitOK
	case errors.As(err, &ue), errors.As(err, &ce):
		return ExitUsage
	case errors.Is(err, errInterrupted):
		return ExitInterrupted
	}
	return ExitFailure
}
