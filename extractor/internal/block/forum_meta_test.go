package block

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestIsThreadMeta checks the meta lines of threads and questions against posters' lines that
// open with the same words.
func TestIsThreadMeta(t *testing.T) {
	meta := []string{
		"Thread starter Kevin", "Thread starter", "Thread starter tomashusner@hotmail.com",
		"Start date Jul 5, 2024", "Recommended Posts", "Last edited: Sep 6, 2022",
		"Last edited by Minoa on Tue Aug 27, 2019 10:03 pm, edited 1 time in total.",
		"Views : 7,909", "Views 26.2k", "Viewed 3k times", "Viewed 439k times",
		"Asked 6 years, 9 months ago", "Modified 1 year ago",
		"Edited June 19, 2024 by ColdJ", "edited Sep 11, 2016 at 20:45",
		"asked Feb 4, 2014 at 13:02", "answered Mar 26, 2019 at 16:59", "Answered 3 days ago",
		"79 Likes", "665 posts", "1 Like", "Reply 19", "2023-02-27T23:04:21.59Z+00:00", "2021-04-08T04:06",
	}
	for _, s := range meta {
		assert.True(t, isThreadMeta(s), s)
	}
	prose := []string{
		"Asked in a comment to the accepted question:", "Asked the landlord twice.",
		"Asked 2 people at work and nobody knew", "Start date is Monday. We will see.",
		"Views from the summit were great", "Viewed from above it looks fine", "Last edited",
		"Recommended Posts about skillets", "Viewership is down", "Modified the script to loop",
		"Edited the photos a bit", "EDITED for a typo.", "Answered my own question below.", "answered Jan 14, 2025 at 11:15 by ruth",
		"Answered May's email and waited.", "Asked 2 people in May 2020 and nobody knew", "5 Answers", "9 Comments", "Likes 3 things",
		"2023-02-27 was the day", "Reply to all",
		"Thread starter: if you read this, the fix is in the second post. Thanks for the help.",
	}
	for _, s := range prose {
		assert.False(t, isThreadMeta(s), s)
	}
}
