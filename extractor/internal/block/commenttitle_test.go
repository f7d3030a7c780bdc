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
		"3 комментария": true, "Комментарии (12)": true, "댓글 2": true, "2件のコメント": true, "3条评论": true,
		"コメント（5）": true, "Yorumlar (2)": true, "12 komentarzy": true, "التعليقات (1)": true,
		"コメントを残す": false, "评论员文章": false, "Комментарий эксперта": false,
	} {
		assert.Equal(t, want, isCommentTitle(text), "%q", text)
	}
}
