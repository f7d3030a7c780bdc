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

// TestIsThreadMetaPostLines checks the lines of a post's number, poster and edits that
// forum software prints, in English and German, against posters' lines like them.
func TestIsThreadMetaPostLines(t *testing.T) {
	meta := []string{
		"Posted by Traveling Irish Girl", "Geschrieben von Anna Keller",
		"Edited August 26 by Joe Root", "Edited January 29 by ErnestQ (see edit history)", "2 weeks later...", "3 months later...",
		"Featured Replies", "Top Posters In This Topic", "Created 1 yr1 yr", "Last Reply Sep 26 Sep 26", "Author",
		"#4", "Bearbeitet 26. August 2024 von Jo", "2 Wochen später...", "Autor",
		"seth wrote:", "Originally Posted by HOSTLAR", "mara_k schrieb:", "Zitat von mara_k",
		"2,994 posts · Joined 2021", "1 post · Joined 2023", "1.204 Beiträge · Registriert 2019", "12 Posts 5 Posters 3.2k Views 2 Watching",
		"1.9K views 11 replies 12 participants last post by AardnoldArrdvark Jan 18, 2024", "23 Posts 3 Posters 928 Views",
		"MargoFarrel likes this.", "WiSK and JapesUK like this.", "roadwarriorafrica, TedToToe, VorelNaCestach and 4 others like this.",
		"Anna und Jo gefällt das.", "Join Date: Mar 2009", "Posts: 1,370", "Messages: 12,204", "Registriert seit: März 2009", "Beiträge: 1.370",
	}
	for _, s := range meta {
		assert.True(t, isThreadMeta(s), s)
	}
	prose := []string{
		"Posted by mistake, sorry.", "Posted the photos in the other thread.", "Author of the guide here, thanks!",
		"Created a new table for it in 2020 and it works", "2 weeks later it broke again.", "#5 in the list", "#hashtag",
		"Posted April 18, 2024", "Geschrieben von mir, nicht von ihm. Danke.", "C# 10 is out",
		"This is what my neighbour wrote:", "Ann said:", "The output will look like this.", "output will look like this",
		"I like this.", "Posts about film cameras", "Join date of the club is in May.", "12 posts later I still do not know why it joined the two tables.", "2 participants",
	}
	for _, s := range prose {
		assert.False(t, isThreadMeta(s), s)
	}
}

// TestIsNameAndAge checks comments' bylines that repeat the name before them with an age,
// in English and German, against lines that only start with the name.
func TestIsNameAndAge(t *testing.T) {
	for _, c := range [][2]string{
		{"poke Over a year ago", "poke"}, {"Gabriel Staples 3 days ago", "Gabriel Staples"}, {"Anna vor über einem Jahr", "Anna"},
		{"Anna vor 2 Jahren", "Anna"},
	} {
		assert.True(t, isNameAndAge(c[0], c[1]), c[0])
	}
	for _, c := range [][2]string{
		{"poke Over a year ago", "radtek"}, {"poke fixed this 3 days ago", "poke"}, {"poke 3 days ago", ""},
		{"The answer was posted over a year ago", "The answer was posted over a year ago."}, {"Anna vor dem Haus", "Anna"},
	} {
		assert.False(t, isNameAndAge(c[0], c[1]), c[0])
	}
}
