package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/pithdev/pith/extractor"
	"github.com/pithdev/pith/internal/batch"
)

// TestExitCode checks the one mapping from the error a command ends with to its exit status.
func TestExitCode(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want int
	}{
		{"no error", nil, ExitOK},
		{"usage error", &usageError{msg: "unknown flag --x"}, ExitUsage},
		{"wrapped usage error", fmt.Errorf("explain: %w", &usageError{msg: "takes one page"}), ExitUsage},
		{"batch configuration", &batch.ConfigError{Err: errors.New("resume needs an output")}, ExitUsage},
		{"interrupted", errInterrupted, ExitInterrupted},
		{"some input failed", errFailed, ExitFailure},
		{"no content", extractor.ErrNoContent, ExitFailure},
		{"missing file", &fs.PathError{Op: "open", Path: "x", Err: fs.ErrNotExist}, ExitFailure},
		{"closed pipe", syscall.EPIPE, ExitFailure},
		{"closed batch output", batch.ErrOutputClosed, ExitFailure},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, ExitCode(tt.err))
		})
	}
}
