package block

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReplySubject checks a reply's subject lines against lines that only start like one.
func TestReplySubject(t *testing.T) {
	title := "Which film for a first  camera?"
	for _, s := range []string{"Re: Which film for a first camera?", "RE:Which film for a first camera?", "AW: which film for a first camera?", "Odp: Which film for a first camera?"} {
		assert.True(t, replySubject(s, title), s)
	}
	for _, s := range []string{"Which film for a first camera?", "Re: Which film for a second camera?", "Re: the first reply", "Re:"} {
		assert.False(t, replySubject(s, title), s)
	}
	assert.False(t, replySubject("Re:", ""))
}
