package extractor_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/extractor"
)

// kindPage is a hand-written page of testdata/kinds with what its kind's assembly must and
// must not put out, and the snippets that must come in this order.
type kindPage struct {
	file    string
	kind    extractor.PageType
	must    []string
	mustNot []string
	order   []string
}

var kindPages = []kindPage{
	{
		// A question above its answers, under a cookie banner with more prose than either.
		file: "forum-question.html", kind: extractor.PageForum,
		must: []string{
			"My rye starter is about three weeks old.",
			"Is it dying, or is this normal?",
			"lotte asked Mar 4, 2025 at 9:12",
			"The smell means the yeast has eaten everything",
			"Ines Baker answered Mar 4, 2025 at 10:40",
			"Mine did the same in a cold kitchen.",
			"tadeo answered Mar 5, 2025 at 18:02",
		},
		mustNot: []string{
			"We and our partners store", "Accept all", "Sorted by", "Post Your Answer",
			"How long can a starter stay", "Content licensed", "Questions\n",
		},
		order: []string{"My rye starter", "lotte asked", "The smell means", "Ines Baker", "Mine did the same", "tadeo answered"},
	},
	{
		// A thread whose posts each carry the poster's profile beside them as a definition
		// list (rank, joined, posts, location), and some a one-pair list (favourite pan) per
		// fact; one answer holds a glossary <dl> of its own;
		// a reply ends with a signature longer than the reply.
		file: "forum-profiles.html", kind: extractor.PageForum,
		must: []string{
			"washed it once with a little soap", "Did I ruin it",
			"Scrub the spots off with steel wool", "Seasoning", "hard, slick polymer layer",
			"Patina", "which is not a coating at all", "The drying step is what matters",
			"marit", "old ferrous", "sunniva", "Mar 2, 2025 at 9:40",
		},
		mustNot: []string{
			"Joined: Feb 2025", "Posts: 8,412", "Location: Tromsø", "Moderator", "Newcomer",
			"Regular", "Log in", "All rights reserved", "baking bread and breaking pans",
			"Favourite pan", "Carbon steel wok", "Enamelled Dutch oven",
		},
		order: []string{"marit", "I bought a pre-seasoned", "old ferrous", "Scrub the spots", "Patina", "sunniva", "The drying step"},
	},
	{
		// A short thread in <main>, and outside it a preference center with more prose than
		// the two posts.
		file: "forum-consent-dialog.html", kind: extractor.PageForum,
		must: []string{
			"two round holes with rubber plugs", "The manual does not mention them at all.",
			"They are pass-throughs for a water cooling loop", "Posted April 2, 2025",
		},
		mustNot: []string{
			"Privacy Preference Center", "Strictly Necessary", "advertising partners", "Sign in",
		},
		order: []string{"Posted April 2, 2025", "two round holes with", "pass-throughs"},
	},
	{
		// A question with its vote count above its answers; the answers' box starts with a
		// count and a sort bar and ends with a reply form and a notice.
		file: "forum-answers-form.html", kind: extractor.PageForum,
		must: []string{
			"they spread into a pancake", "Your dough is over-proofed", "Check your flour too.",
			"Score it deeper and put steam in the oven", "answered Jan 14, 2025 at 11:15 by ruth",
		},
		mustNot: []string{
			"Sorted by", "3 Answers", "Your Answer", "By posting your answer", "Browse other questions", "147",
			"Not the answer you're looking for?", "a community of home bakers",
		},
		order: []string{"they spread into a pancake", "over-proofed", "Check your flour", "Score it deeper"},
	},
	{
		// Five posts, each with "Reply" and "Report this post" under it, and a separator
		// with text between the posts: the grid has more than twice as many cards as posts.
		// A reply quotes a post, with a "Click to expand..." control (role=button); another
		// shows a preview of the post it answers, drawn as a button.
		file: "forum-post-buttons.html", kind: extractor.PageForum,
		must: []string{
			"Buy a rechargeable transit card", "quieter before nine in the morning",
			"a whole carriage to ourselves", "Wear shoes with a good grip", "Most museums are free",
			"harbourlights · Apr 3, 2025", "harbourlights · Apr 4, 2025", "corvo · Apr 6, 2025",
			"tiagoM said:",
		},
		mustNot: []string{"Reply", "Report this post", "Be kind, be useful", "Click to expand", "the metro…"},
		order:   []string{"Buy a rechargeable", "quieter before nine", "a whole carriage", "Wear shoes", "Most museums"},
	},
	{
		// A thread whose comments each sit in a form (edited in place), under a reply form.
		file: "forum-post-forms.html", kind: extractor.PageForum,
		must: []string{
			"That would be a cure for tinnitus", "they are a different kind of cell from a follicle.",
			"The bald readers have their priorities straight", "surlier 19 points 13 hours ago",
		},
		mustNot: []string{"Add a comment", "permalink", "user agreement"},
		order:   []string{"cure for tinnitus", "different kind of cell", "priorities straight"},
	},
	{
		// A thread of comments whose replies nest inside the comments they answer; the
		// nested replies are short.
		file: "forum-nested-replies.html", kind: extractor.PageForum,
		must: []string{
			"Post scheduling is what our community has waited for", "Glad to hear it!", "Done.",
			"The image cache finally stops remote pictures", "Upgraded our instance this morning",
		},
		mustNot: []string{"Communities", "runs on donations"},
		order:   []string{"Post scheduling is what", "Glad to hear it!", "Done.", "The image cache", "Upgraded our instance"},
	},
	{
		// A thread whose title carries its meta lines (starter, start date, views) and whose
		// posts end with "Last edited" and "Edited" lines and a count of likes, one with a bare
		// machine timestamp and one with an "answered" date line; a post opens a sentence with
		// "Asked", another with "Answered".
		file: "forum-meta-lines.html", kind: extractor.PageForum,
		must: []string{
			"The radiator in our bedroom starts knocking", "Asked the landlord twice",
			"the boiler's night setback ending", "Bleeding the radiator made it quieter",
			"pipework", "dmitri\n\nApr 4, 2025", "Answered my own doubts",
		},
		mustNot: []string{"Thread starter", "Start date", "Views 1.2k", "Last edited", "edited 1 time in total", "Register",
			"2025-04-02T14:21", "12 Likes", "Edited April 3", "answered Apr 4"},
		order: []string{"gwen.h", "The radiator in our bedroom", "pipework", "the boiler's night setback", "dmitri", "Bleeding the radiator"},
	},
	{
		// A thread of forum software that prints its counts and edits as lines of their own:
		// "Created 1 yr" and "Last Reply Sep 26" under the title, "Featured Replies" above the
		// first post, "Edited August 26 by ... (see edit history)" and "Posted by ..." in posts,
		// "2 weeks later..." between two posts written far apart, "Top Posters In This Topic";
		// a quote of a post not on the page under its "... wrote:" (the quote stays); a
		// signature under FluxBB's glued class name, "postsignature"; a reply's subject line
		// "Re: " and the thread's title; the thread's counts ("1.9K views 3 replies 2
		// participants last post by ..."), a poster's ("2,994 posts · Joined 2011") and a post's
		// likes ("ines_r and mara_k like this."); a poster's "Join Date: Mar 2009", "Posts: 1,370";
		// a note under a post whose byline repeats the name above it with its age ("mara_k Over
		// a year ago"; the note stays); an ad label with a note on who sees it ("Advertisement
		// (gone after registration)").
		file: "forum-post-lines.html", kind: extractor.PageForum,
		must: []string{
			"I just bought an old folding camera", "Start with a colour negative film", "silverhalide",
			"Slide film is the only way", "Portra 400 is the usual choice",
			"Shot my first two rolls on the coast",
		},
		mustNot: []string{"Created 1 yr", "Last Reply", "Featured Replies", "Edited August 26", "Posted by", "2 weeks later", "wrote:",
			"far too many light meters", "Re: Which film", "1.9K views", "Joined 2011", "like this",
			"Join Date", "Posts: 1,370", "Over a year ago",
			"Advertisement",
			"Top Posters", "#2"},
		order: []string{"ines_r", "I just bought", "silverhalide", "Start with a colour", "Shot my first two rolls"},
	},
	{
		// The same lines in German: "Bearbeitet ... von ...", "Geschrieben von ...", "2 Wochen
		// später...", "... schrieb:", "AW: " and the thread's title, "3 Antworten 2 Teilnehmer
		// 1.204 Aufrufe", "1.204 Beiträge · Registriert 2011", "ines_r und mara_k gefällt das.",
		// "Registriert seit: März 2009", "Beiträge: 1.370", "mara_k vor über einem Jahr",
		// "Anzeige (nach der Anmeldung weg)".
		file: "forum-post-lines-de.html", kind: extractor.PageForum,
		must: []string{
			"Ich habe mir eine alte Klappkamera", "Fang mit einem Farbnegativfilm", "silberhalogenid",
			"Am letzten Wochenende habe ich", "Diafilm ist der einzige Weg", "Portra 400 ist genau deshalb",
		},
		mustNot: []string{"Bearbeitet", "Geschrieben von", "Wochen später", "schrieb:", "AW:", "Aufrufe", "Registriert", "gefällt das", "Beiträge", "vor über einem Jahr", "Anzeige",
			"Alle Rechte"},
		order: []string{"ines_r", "Ich habe mir", "silberhalogenid", "Fang mit einem", "Am letzten Wochenende"},
	},
	{
		// Replies that quote earlier posts of the thread, and one that quotes a post from
		// another thread.
		file: "forum-quotes.html", kind: extractor.PageForum,
		must: []string{
			"Should I get a small refractor", "Get the Dobsonian. Aperture wins every time",
			"The best telescope is the one you actually take outside", "That is the whole answer.",
			"Thanks both. I ordered", "orion_olav · Jan 9, 2025", "someone in the beginners' thread wrote:",
		},
		mustNot: []string{"All rights reserved", "Log in", "nadia_k said:", "orion_olav said:"},
		order:   []string{"Should I get a small refractor", "Get the Dobsonian", "someone in the beginners'", "The best telescope is", "That is the whole answer", "Thanks both"},
	},
	{
		// A news section page: six story cards, a filter and a sort bar, an ad between the
		// cards, "load more" and pagination, a cookie notice.
		file: "listing-news-section.html", kind: extractor.PageListing,
		must: []string{
			"Harbour wall repairs to begin after winter storms",
			"Engineers will close the east pier",
			"Record number of grey seal pups counted on the skerries",
			"Ferry timetable cut as crew shortage bites",
			"Lifeboat crew rescue two kayakers off Black Point",
			"Creel fishers ask for a say in the new marine park",
			"Beach clean fills forty bags in one morning",
			"Most of the litter was plastic rope",
			"By Ewan Lodge · 7 March 2025",
		},
		mustNot: []string{
			"We use cookies", "Filter by", "Sort by", "Advertisement", "Load more", "Next page",
			"Council tax to rise", "All rights reserved",
		},
		order: []string{"Harbour wall", "grey seal", "Ferry timetable", "Lifeboat crew", "Creel fishers", "Beach clean"},
	},
	{
		// A category page: heading and text, a product grid with facets, a sort bar, cart
		// buttons and a "recently viewed" box.
		file: "collection-boots.html", kind: extractor.PageCollection,
		must: []string{
			"Walking boots",
			"Boots for hill paths, bogs and long days out",
			"Harrowby Ridge GTX", "Full-grain leather boot with a membrane lining", "£179.00",
			"Scree Lite Mid", "£95.00",
			"Harrowby Classic", "£210.00",
			"Scree Trek Pro", "£165.00",
			"Bog Trotter Wellington Hybrid", "A rubber lower and a leather shaft", "£120.00",
		},
		mustNot: []string{
			"Add to basket", "Brand", "Harrowby (12)", "Waterproofing", "Sort by", "Best sellers",
			"Recently viewed", "Merino walking socks", "newsletter", "Basket (0)",
		},
		order: []string{"Boots for hill paths", "Harrowby Ridge GTX", "£179.00", "Scree Lite Mid", "Bog Trotter", "£120.00"},
	},
}

// TestKindAssembly extracts each page of testdata/kinds as its kind and checks what must and
// must not come out, and in which order.
func TestKindAssembly(t *testing.T) {
	for _, p := range kindPages {
		t.Run(p.file, func(t *testing.T) {
			res := extractWith(t, filepath.Join("..", "testdata", "kinds", p.file), extractor.Options{PageType: p.kind})
			require.NotNil(t, res)
			assert.Equal(t, p.kind, res.PageType)
			text := res.Text()
			extractor.AssertSnippets(t, text, p.must, p.mustNot)
			at := -1
			for _, s := range p.order {
				i := strings.Index(text, s)
				assert.Greater(t, i, at, "%q out of order", s)
				at = max(at, i)
			}
			if t.Failed() {
				t.Logf("extracted text:\n%s", text)
			}
		})
	}
}

// TestKindAssemblyBeatsArticlePath checks that each kind's assembly keeps what the article
// path alone loses on its page: the answers, the other cards, the products.
func TestKindAssemblyBeatsArticlePath(t *testing.T) {
	lost := map[string]string{
		"forum-question.html":       "tadeo answered",
		"forum-profiles.html":       "old ferrous",
		"forum-consent-dialog.html": "Posted April 2, 2025",
		"forum-answers-form.html":   "they spread into a pancake",
		"forum-post-buttons.html":   "harbourlights · Apr 3, 2025",
		"forum-post-forms.html":     "That would be a cure for tinnitus",
		"forum-nested-replies.html": "Glad to hear it!",
		"forum-meta-lines.html":     "dmitri\n\nApr 4, 2025",
		"forum-post-lines.html":     "silverhalide\n\nSlide film is the only way",
		"forum-post-lines-de.html":  "silberhalogenid\n\nDiafilm ist der einzige Weg",
		"forum-quotes.html":         "orion_olav · Jan 9, 2025",
		"listing-news-section.html": "By Ewan Lodge · 7 March 2025",
		"collection-boots.html":     "£120.00",
	}
	for _, p := range kindPages {
		path := filepath.Join("..", "testdata", "kinds", p.file)
		article := extractWith(t, path, extractor.Options{PageType: extractor.PageArticle})
		assert.NotContains(t, article.Text(), lost[p.file], "%s: the article path keeps it already; the test page no longer tests the kind", p.file)
		kind := extractWith(t, path, extractor.Options{PageType: p.kind})
		assert.Contains(t, kind.Text(), lost[p.file], p.file)
	}
}

// TestReaderComments checks a blog post whose twelve reader comments hold most of the page's
// prose, with a sidebar widget of recent comments on other posts: the comments are not the
// body, and with KeepComments they are read from the comment list, not from the widget.
func TestReaderComments(t *testing.T) {
	path := filepath.Join("..", "testdata", "kinds", "blog-comments.html")
	plain := extractWith(t, path, extractor.Options{})
	body := plain.BodyText()
	assert.Contains(t, body, "After a year of baking every weekend")
	for _, s := range []string{"cold retard", "12 thoughts on", "Thank you for explaining the float test", "Recent Comments", "Leave a Reply"} {
		assert.NotContains(t, body, s, "a reader comment or chrome in the body")
	}
	assert.Nil(t, plain.Comments, "no comments without the option")
	assert.Equal(t, extractor.PageArticle, plain.PageType, "a story with readers' comments is an article, whatever the classifier said")

	res := extractWith(t, path, extractor.Options{KeepComments: true})
	assert.Equal(t, body, res.BodyText(), "the body is the same with or without comments")
	require.Len(t, res.Comments, 12, "the twelve comments of the list")
	assert.Equal(t, extractor.Comment{Author: "Marta Kowalczyk", Date: "2025-03-02T09:14:00+00:00",
		Text: "I tried the overnight cold retard you describe and the crumb opened up beautifully, although my kitchen is colder than yours so the bulk took almost seven hours before it had risen by half."},
		res.Comments[0])
	assert.Equal(t, "Noor Rahman", res.Comments[11].Author)
	for _, c := range res.Comments {
		assert.NotContains(t, c.Text, "crackers", "a comment of the recent-comments widget")
		assert.NotContains(t, c.Text, "focaccia", "a comment of the recent-comments widget")
	}
}

// storyOnly extracts testdata/kinds/file and checks that its body holds each of story and
// none of comments (readers' comments or chrome); it returns the page's path and Result.
func storyOnly(t *testing.T, file string, story, comments []string) (string, *extractor.Result) {
	t.Helper()
	path := filepath.Join("..", "testdata", "kinds", file)
	res := extractWith(t, path, extractor.Options{})
	for _, s := range story {
		assert.Contains(t, res.BodyText(), s, file)
	}
	for _, s := range comments {
		assert.NotContains(t, res.BodyText(), s, "%s: a reader comment or chrome in the body", file)
	}
	return path, res
}

// TestStoryOverLongThread checks a blog post of old markup (no <main>, no <article>) whose
// readers' thread under it is long enough to hold over nine tenths of the page's prose: the
// post is a story of its own (over block's minStoryProse), so the thread is its comments, not
// the page, and with KeepComments it comes back apart.
func TestStoryOverLongThread(t *testing.T) {
	path, res := storyOnly(t, "blog-long-thread.html",
		[]string{"Every autumn somebody at work asks whether I will put the bike away", "leaves me calmer than any winter I spent on the bus."},
		[]string{"Hannelore", "studded tyres felt silly", "92 Responses", "Archives"})
	body := res.BodyText()
	assert.Equal(t, extractor.PageArticle, res.PageType)

	with := extractWith(t, path, extractor.Options{KeepComments: true})
	assert.Equal(t, body, with.BodyText(), "the body is the same with or without comments")
	require.Len(t, with.Comments, 92, "every comment of the thread")
	// "<cite>Hannelore</cite> on February 3, 2013 1:37 pm": the line after the name is the
	// comment's date, not its text.
	assert.Equal(t, "Hannelore", with.Comments[0].Author)
	assert.Equal(t, "2013-02-03", with.Comments[0].Date)
	assert.True(t, strings.HasPrefix(with.Comments[0].Text, "As a nurse on early shifts"), with.Comments[0].Text)
}

// TestPostCategoryWords checks a blog post whose wrapper carries the CMS's class list with
// its category and tag ("category-reviews", "tag-comments-welcome"): those words name the
// post's topics, so they do not make the post a comment section, and its readers' comments
// stay out of the body.
func TestPostCategoryWords(t *testing.T) {
	path, res := storyOnly(t, "blog-category-words.html",
		[]string{"I resisted a kettle with buttons for years.", "it is an easy recommendation."},
		[]string{"I bought this kettle after reading your review", "24 thoughts on", "Marguerite"})
	with := extractWith(t, path, extractor.Options{KeepComments: true})
	assert.Equal(t, res.BodyText(), with.BodyText(), "the body is the same with or without comments")
	assert.Len(t, with.Comments, 24, "every comment of the list")
}

// TestGluedCommentNames checks a blog post of an older theme whose comments are named with
// the word glued to another ("commentbody"): they are comments, not the post's continuation.
func TestGluedCommentNames(t *testing.T) {
	storyOnly(t, "blog-glued-comment-names.html",
		[]string{"A reader asked why small towns still keep paper copies", "what they will be paid to do it."},
		[]string{"Posted by: Wendell", "paper archives survive neglect", "cost of migrating old formats"})
}

// TestCommentsAfterTitle checks blog posts of older templates whose readers' comments no
// class names: they follow a heading titled for comments ("Comments", "Kommentare (3)") and
// each ends with a signature line ("Posted by: Ann | Mar 4, 2013"). They are not the body; a
// tutorial's section titled "Comments" (about comments in code) stays.
func TestCommentsAfterTitle(t *testing.T) {
	for _, tc := range []struct{ file, story, last string }{
		{"blog-comments-titled.html", "For twenty years we turned every bed over", "we will not go back to the spade."},
		{"blog-comments-titled-de.html", "Seit Jahren sammeln sich in der Werkstatt", "ist die einzige wirklich knifflige Stelle."},
		{"blog-comments-titled-ru.html", "Прошлой весной мне достался отцовский велосипед", "я езжу на нём на работу."}, // "3 комментария"
	} {
		storyOnly(t, tc.file, []string{tc.story, tc.last},
			[]string{"Posted by:", "Geschrieben von:", "carrots were straighter", "Nussbaumresten", "Comments", "Kommentare",
				"Написал:", "Отличная статья", "комментария"})
	}
	// With KeepComments they come back apart, each with the name and date of its signature.
	path := filepath.Join("..", "testdata", "kinds", "blog-comments-titled.html")
	with := extractWith(t, path, extractor.Options{KeepComments: true})
	assert.Equal(t, extractWith(t, path, extractor.Options{}).BodyText(), with.BodyText(), "the body is the same with or without comments")
	require.Len(t, with.Comments, 3)
	assert.Equal(t, extractor.Comment{Author: "Ferdinand", Date: "2013-03-04",
		Text: "We tried this on one bed as an experiment and the difference after a single year was obvious. The carrots were straighter than any we have grown."},
		with.Comments[0])
	assert.Equal(t, "Ignatius", with.Comments[2].Author, "a signature another rule dropped as a date line still closes its comment")
	de := extractWith(t, filepath.Join("..", "testdata", "kinds", "blog-comments-titled-de.html"), extractor.Options{KeepComments: true})
	require.Len(t, de.Comments, 3)
	assert.Equal(t, "Theresia", de.Comments[0].Author)
	assert.Equal(t, "2013-03-05", de.Comments[2].Date)

	body := extractWith(t, filepath.Join("..", "testdata", "kinds", "tutorial-comments-section.html"), extractor.Options{}).BodyText()
	assert.Contains(t, body, "Write a comment above every block that does something surprising")
	assert.Contains(t, body, "Exit with a non-zero status")
}

// TestKindAssemblyOnArticles checks that the listing and collection assemblies, run on the
// golden article pages (as a misjudged kind would run them), leave their body as the article
// path made it: an article's paragraphs are no grid of items, and its prose outweighs the
// teaser boxes around it.
func TestKindAssemblyOnArticles(t *testing.T) {
	golden, err := filepath.Glob(filepath.Join("..", "testdata", "pages", "*", "input.html"))
	require.NoError(t, err)
	require.NotEmpty(t, golden)
	for _, path := range golden {
		article := extractWith(t, path, extractor.Options{})
		for _, k := range []extractor.PageType{extractor.PageListing, extractor.PageCollection} {
			res := extractWith(t, path, extractor.Options{PageType: k})
			assert.Equal(t, article.BodyText(), res.BodyText(), "%s as %s", filepath.Base(filepath.Dir(path)), k)
		}
	}
}

// TestDiscussionRepliesStayBody checks a discussion whose opening post and replies are
// named for comments ("ItemDiscussion", "ItemComment"), extracted as an article: the story is
// itself a post of the thread, so its replies are not reader comments to drop.
func TestDiscussionRepliesStayBody(t *testing.T) {
	res := extractWith(t, filepath.Join("..", "testdata", "kinds", "discussion-as-article.html"), extractor.Options{})
	body := res.BodyText()
	assert.Contains(t, body, "The committee has agreed to move the plot register")
	assert.Contains(t, body, "Please keep the paper list going for at least a year.")
	assert.Contains(t, body, "I can help with the spreadsheet on a Saturday morning")
}

// TestShortPostOverFooterWidget checks a short post whose footer holds a widget of excerpts
// with more prose than the post itself: the widget, named chrome ("footer-widgets") and away
// from the headline, votes for no container (block's awayFromHeadline), so the post is the
// body, not the excerpts.
func TestShortPostOverFooterWidget(t *testing.T) {
	_, res := storyOnly(t, "short-post-footer-widget.html",
		[]string{"A small studio in Ghent has made an armchair", "the chair can face a window or the wall."},
		[]string{"raised the whole house on slim steel legs", "Each step of this staircase", "Planters built into the worktop"})
	assert.Equal(t, "A reading chair with a hood", res.Title)
}
