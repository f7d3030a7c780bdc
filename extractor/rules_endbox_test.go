package extractor

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/view"
	"github.com/stretchr/testify/assert"
)

func TestDropEndBoxes(t *testing.T) {
	testKindPages(t, []kindPage{{
		name: "appeal-and-bio", file: "endbox-tech-blog.html",
		must: []string{"Under the heat sink is a quad-core processor", "Verdict", "a capable little machine"},
		mustNot: []string{"Support Circuit Notes! Donate", "become a patron", "About the author",
			"Mara Lind has written about embedded hardware"},
	}, {
		name: "press-contact-de", file: "endbox-press-contact-de.html",
		must:    []string{"Die Hochschule hat am Montag", "damit die Ergebnisse schnell in die Praxis gelangen."},
		mustNot: []string{"Pressekontakt", "presse@hochschule.example"},
	}, {
		// "Donate at the front desk" is a line of the story, far from its end.
		name: "story-about-donations", file: "endbox-donation-story.html",
		must: []string{"Donate at the front desk or online", "with the upper reading room closed for about three weeks."},
	}, {
		// A titled box of further pages, opening more than six blocks before the end; a
		// line of prose that opens with the same words ("More from the old soil") stays.
		name: "more-reading", file: "endbox-more-reading.html",
		must:    []string{"More from the old soil can be shaken loose", "keep it out of direct sun until it settles."},
		mustNot: []string{"Related articles", "Six houseplants that like a dark hallway", "The hole in the bottom matters more"},
	}, {
		// The list of sources under its title goes; a paragraph that opens with the
		// title's word ("Sources of starch differ") stays.
		name: "sources", file: "endbox-sources.html",
		must:    []string{"Sources of starch differ, too", "the crystals melt in the heat and form again as it cools."},
		mustNot: []string{"References", "Starch crystals in stored wheat bread", "Cold storage and the texture of baked goods"},
	}, {
		// A box of the site's most read pages under its title, a dozen blocks long, opening
		// thirteen blocks before the end; a line of prose with the same words stays.
		name: "popular", file: "endbox-popular.html",
		must:    []string{"The most popular way to root them", "can go into a small pot of ordinary houseplant mix."},
		mustNot: []string{"Most popular", "Why snake plants rot in winter", "Keep it still, warm and out of draughts."},
	}, {
		// A feedback widget under a help page's body.
		name: "feedback", file: "endbox-feedback.html",
		must:    []string{"Hold the dial down for ten seconds", "cannot be brought back once the reset is done."},
		mustNot: []string{"Was this page helpful?", "Tell us how we can make this answer better"},
	}, {
		// The closing lines that ask a reader who liked the post to share it; a line of the
		// post that opens with "If you liked" stays.
		name: "liked-the-post", file: "endbox-liked-the-post.html",
		must:    []string{"If you liked knitting hats", "which is all I wanted from the whole project."},
		mustNot: []string{"If you enjoyed my post", "Thanks for visiting"},
	}, {
		// The same boxes go on a page of another kind.
		name: "service-page", file: "endbox-tech-blog.html", kind: PageService, assembled: PageService,
		must:    []string{"a capable little machine"},
		mustNot: []string{"Support Circuit Notes! Donate", "About the author"},
	}})
}

func TestOpensEndBox(t *testing.T) {
	for text, want := range map[string]bool{
		"Support us! Donate today":                           true,
		"Donate":                                             true,
		"— Follow us on Mastodon":                            true,
		"About the author":                                   true,
		"Media contact: Sam Ode, 555-0100":                   true,
		"Über den Autor":                                     true,
		"Suivez-nous sur les réseaux":                        true,
		"Подпишитесь на наш канал":                           true,
		"Support Circuit Notes! Donate via PayPal":           true,
		"Unterstützen Sie uns!":                              true,
		"Support for the measure grew as donations came in.": false, // no appeal's exclamation
		"Donated funds went to the new roof.":                false, // not the whole word
		"Supporters gathered in the town square":             false,
		"The author thanks the reviewers.":                   false,
		"Related articles":                                   true,
		"You may also like":                                  true,
		"Latest posts by Ana Ruiz (see all)":                 true,
		"References:":                                        true,
		"Was this article helpful? Yes No":                   true,
		"Like this article? Subscribe to our blog":           true,
		"Hat dir der Artikel gefallen? Teile ihn!":           true,
		"If you liked knitting hats, try socks next.":        false, // a line of the post
		"Sources that helped us write this guide":            false, // a line, not the list's title
		"More from the old soil can be shaken loose by hand, but leave the fine roots in their clump.": false, // prose, not a title
		"欢迎关注本报微信公众号，获取更多资讯。":                                                                          true,  // no space after a Han word
		"この記事が役に立ったら、シェアしてください。":                                                                       true,  // nor after Kana
		"关注度持续上升的充电桩建设仍面临用地难题。":                                                                        false, // no table word opens it
		"关注我们身边的留守儿童，是每一个社区工作者的责任。":                                                                    false, // prose opens with "关注我们"
		"相关新闻发布会将于明日上午在市政府举行。":                                                                         false, // a sentence, not the title "相关新闻"
		"関連記事": true,
		"Bizi sosyal medyada takip edin: Instagram":                                  true,
		"Ikuti kami di Instagram dan TikTok.":                                        true,
		"Ikutilah petunjuk petugas di lokasi.":                                       false, // not the whole word
		"تابعونا على فيسبوك":                                                         true,
		"Baca juga: Harga kopi naik":                                                 true,
		"相关阅读：新能源汽车推广方案":                                                             true,
		"Bizi Instagram ve X hesaplarımızdan takip edin, yerel gelişmeleri öğrenin.": true, // the call closes its first clause
		"Vatandaşlar su kesintisini belediyenin sitesinden takip edebilir.":          false,
		"골목일보 뉴스레터 구독하기: 매주 금요일 아침 소식을 받아보세요.":                                       true,
		"주민들은 구청 누리집에서 공사 일정을 확인할 수 있다.":                                             false,
		"ブログの更新情報はXでお知らせしています。フォローしてください。":                                           false, // the call is not the first clause
		"公式Xアカウントもフォローしてください。新しい記事をお知らせします。":                                         true,
	} {
		b := &block.Block{Kind: view.Paragraph, Text: text, Chars: utf8.RuneCountInString(text)}
		assert.Equal(t, want, opensEndBox(b), "opensEndBox(%q)", text)
	}
}

// TestPopularBoxInOtherLanguages: the title of a box of the most read pages in Russian,
// Spanish and Japanese opens it too.
func TestPopularBoxInOtherLanguages(t *testing.T) {
	const teaser = "Too much water in cold soil is the usual cause."
	for _, title := range []string{"Самые популярные", "Lo más leído", "人気記事"} {
		assertReplacedDropped(t, "endbox-popular.html", "can go into a small pot of ordinary houseplant mix.",
			map[string]string{"Most popular": title, teaser: teaser})
	}
}

// TestClauseEnd: the first clause's end, or -1 once the clause is sure to be longer than
// maxCallClauseRunes; white space past them does not count.
func TestClauseEnd(t *testing.T) {
	assert.Equal(t, 9, clauseEnd("follow us, and more"))
	assert.Equal(t, len("bizi takip edin"), clauseEnd("bizi takip edin"))
	long := strings.Repeat("word ", 40) + ", then"
	assert.Equal(t, -1, clauseEnd(long))
	spaced := strings.Repeat("x", maxCallClauseRunes) + strings.Repeat(" ", 30) + "："
	assert.Equal(t, len(spaced)-len("："), clauseEnd(spaced))
}
