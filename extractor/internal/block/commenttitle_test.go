package block

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIsCommentTitle(t *testing.T) {
	for text, want := range map[string]bool{
		"Comments": true, "12 Comments": true, "Comments:": true, "Kommentare (3)": true, "3 Responses": true,
		"Commentaires": true, "1,204 comments": true, "Comments and answers": false, "No comments": false,
		"Leave a comment": false, "Comment policy": false, "": false,
	} {
		assert.Equal(t, want, isCommentTitle(text), "%q", text)
	}
}
