package batch

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/pithdev/pith/extractor"
)

// TestMessage checks a record's error text: one line, the library's "extractor: " prefix
// dropped wherever it is in the chain, other packages' words (gowarc's own prefix) kept whole.
func TestMessage(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"library sentinel", extractor.ErrNoContent, "no main content found"},
		{"wrapped sentinel", fmt.Errorf("%w: more than 10 bytes", extractor.ErrTooLarge), "input too large: more than 10 bytes"},
		{"prefix inside the chain", fmt.Errorf("read: %w", extractor.ErrEmpty), "read: empty input"},
		{"gowarc kept whole", fmt.Errorf("corrupt or truncated record: %w", errors.New("gowarc: header parsing failed at line 10")),
			"corrupt or truncated record: gowarc: header parsing failed at line 10"},
		{"one line", errors.New("panic: boom\n\tgoroutine 1\n"), "panic: boom goroutine 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, message(tt.err))
		})
	}
}
