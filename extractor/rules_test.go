package extractor_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"

	"github.com/pithdev/pith/extractor"
)

// rulesDir holds one small page per heuristic rule of the extractor: the page that motivated it.
const rulesDir = "../testdata/rules"

// ruleCase is one rule and the page that shows it.
type ruleCase struct {
	// name names the rule; failures are reported under it.
	name string
	// file is the page in testdata/rules.
	file string
	// encode, when set, re-encodes the page (stored as UTF-8) into this charset before
	// extraction, so that legacy-encoded inputs are made at run time, not committed.
	encode *charmap.Charmap
	// rewrite, when set, holds old and new strings, in pairs, replaced in the page before
	// extraction: a variant of another rule's page made at run time, not committed.
	rewrite []string
	// must lists snippets the text (title and body) must contain.
	must []string
	// mustNot lists snippets it must not contain.
	mustNot []string
	// counts, when set, gives how many times a snippet must occur in the text.
	counts map[string]int
	// notes, when set, are the openings of the KindNote blocks, exactly and in order.
	notes []string
	// wantErr, when set, is the error Extract must return (matched with errors.Is).
	wantErr error
	// title, when set, is the title the page must get.
	title string
	// opts are the extractor's options; the zero value is the default.
	opts extractor.Options
	// captions, when set, are the texts of the KindCaption blocks, exactly and in order.
	captions []string
}

// nestedSectionsStory are the parts of the story of nested-sections-story.html, from its
// intro to its end.
var nestedSectionsStory = []string{
	"When the canal was drained last spring",
	"Start with the water board",
	"Buy boots a size too large",
	"what the canal was like when barges still came through it.",
}

var ruleCases = []ruleCase{
	{
		// The same story with no <article> around it: the container widens through the
		// nested sections all the same.
		name:    "nested-sections-page",
		file:    "nested-sections-story.html",
		rewrite: []string{`<article class="post">`, `<div class="post">`, `</article>`, `</div>`},
		must:    nestedSectionsStory,
		mustNot: []string{"Home News About", "Privacy"},
	},
	{
		// A story whose sections are nested each inside the one before: the section that
		// holds its last part wins the vote and holds most of its prose, and the container
		// widens through the sections around it to keep the intro and the first parts.
		name:    "nested-sections-story",
		file:    "nested-sections-story.html",
		must:    nestedSectionsStory,
		mustNot: []string{"Home News About", "Privacy"},
	},
	{
		// A class name that opens with a body word and holds a chrome word in its middle
		// ("content-nav-section") names a part of the body when its text reads as prose: the
		// intro above the section that holds the rest stays; "content-nav", whose chrome word
		// comes last, is still a menu.
		name: "body-named-part-with-chrome-word",
		file: "body-named-chrome-word.html",
		must: []string{
			"Rooftop hives have spread across the old harbour district",
			"flower one after another from March until late October.",
			"worth more than any book on the subject.",
		},
		mustNot: []string{"Choosing a hive", "Growing herbs on a balcony", "member-owned"},
	},
	{
		name: "second-opinion-story-in-chrome",
		file: "opinion-story-in-aside.html",
		must: []string{
			"The night ferry to Tarn Island sails again from Monday",
			"had kept a list of the missed appointments.",
		},
		mustNot: []string{"Home News About", "Privacy"},
	},
	{
		name: "second-opinion-small-container",
		file: "opinion-small-container.html",
		must: []string{
			"Every autumn the orchard above Mellin gives more fruit",
			"It is the closest thing we have to a common table.",
		},
		mustNot: []string{"Cider makers of the upper valley", "Home Food Towns", "Privacy"},
	},
	{
		name:  "json-ld-article-body",
		file:  "jsonld-article-body.html",
		title: "Library opens on Sundays",
		must: []string{
			"The central library will open on Sundays from next month",
			"the children's floor open from noon to six",
		},
		mustNot: []string{"Home City", "render("},
	},
	{
		name: "teaser-articles",
		file: "teaser-articles.html",
		must: []string{
			"Larkmoor harbour council voted seven to two",
			"Not everyone is convinced.",
			// The story goes on after the teaser card nested in its body.
			"The modules will be built at the boatyard in Corran",
			"between 2.1 and 2.6 million pounds",
		},
		mustNot: []string{
			// The <article> card nested in the story's body.
			"Fishermen ask for a new slipway",
			"the old slipway is cracked in three places",
			// The <article> cards after the story, in the same wrapper.
			"the first morning sailing on weekdays",
			"Traders in the covered market will pay",
		},
	},
	{
		name: "sibling-articles-do-not-join",
		file: "sibling-articles-do-not-join.html",
		must: []string{
			"Three seasons ago we were digging over every bed",
			"leave your name in the shed book",
		},
		mustNot: []string{
			"More than sixty people came through the pavilion",
			"three chicken-wire cages with leaves",
			"Seed swap, spring 2024",
		},
	},
	{
		name: "forum-thread",
		file: "forum-thread.html",
		must: []string{
			"Combi boiler, about eight years old.",
			"Where would you start?",
			"Tape a small freezer bag over the end of the relief pipe",
			"Bag trick worked",
			"On most combis the vessel valve is on top",
			"they are cheap, but it is a gas-safe job",
		},
		mustNot: []string{
			"2,381 posts",
			"Leaderboard",
			"Powered by Invision Community",
		},
	},
	{
		name: "form-wrapper",
		file: "form-wrapper.html",
		must: []string{
			"All seven Hollis County library branches will open on Sundays",
			"Board member Carl Wendt asked",
			"e-book lending limit from five to eight titles",
		},
		mustNot: []string{
			// The digest sign-up box inside the article (a fieldset: the page's one <form> wraps everything).
			"Get the Hollis County News weekday digest",
			"Email address",
			"Bridge closure on Route 9 extended",
			// The masthead outside the form: without the form rule it would win the vote alone.
			"Serving Hollis County and the Upper Valley",
		},
	},
	{
		name: "form-in-article",
		file: "form-in-article.html",
		must: []string{
			"A card scraper is just a rectangle of spring steel",
			"Start by filing the long edges square and flat.",
			"Next, hone the edge and both faces",
			"you can usually restore it twice",
		},
		mustNot: []string{
			"Once a month we send one long workshop tip",
			"Your email",
		},
	},
	{
		name: "widen-to-prose",
		file: "widen-to-prose.html",
		must: []string{
			"Why blocked gutters matter",
			"A gutter full of moss and leaves overflows",
			"We use a vacuum system on carbon-fibre poles",
			"Dripping joints are usually a perished seal",
			"a mesh guard can cut the number of cleans",
			"starts at sixty-five pounds",
			"We cover Ashby and the villages",
		},
		mustNot: []string{
			"Areas we cover",
			"registered in England no. 11839204",
		},
	},
	{
		// No <main> and no <article>: only widening to the prose reaches the other sections.
		name: "widen-to-prose/no-main",
		file: "widen-to-prose-no-main.html",
		must: []string{
			"Seasonal, and grown nearby",
			"Most of what goes into our wedding work is grown within twenty miles",
			"How we work with you",
			"We deliver and set up everything ourselves",
			"Budgets",
			"rather than spreading the money thinly",
		},
		mustNot: []string{
			"Book a consultation",
			"Old Dairy Yard",
		},
	},
	{
		// An Elementor page: every heading and paragraph sits in its own "elementor-widget".
		name: "widen-to-prose/elementor",
		file: "widen-to-prose-elementor.html",
		must: []string{
			"Who we see",
			"Runners with sore shins before a marathon",
			"Your first appointment",
			"The first session lasts an hour.",
			"Sports massage",
			"Deep tissue work for tight calves",
			"Prices and insurance",
			"An assessment costs fifty-five pounds",
		},
		mustNot: []string{
			"Book online",
			"14 Mill Lane, Hexham",
		},
	},
	{
		name: "widen-to-main",
		file: "widen-to-main.html",
		must: []string{
			"Thrown on the wheel in our Shropshire studio",
			"Stoneware holds heat well.",
			"Specifications",
			"Height 9.5 cm, rim diameter 11 cm",
			"Dishwasher safe",
			"Shipping and returns",
			"We pack every order in recycled paper",
			"Unused pieces can be returned within thirty days",
		},
		mustNot: []string{
			"Tableware",
			"The studio",
			"Refund policy",
			"Powered by Shopify",
		},
	},
	{
		name: "react-hidden-parts",
		file: "react-hidden-parts.html",
		must: []string{
			"The survey before an air-source heat pump goes in",
			"Heat loss, room by room",
			"Old microbore pipework",
			"instead of guessing it from a satellite photo",
		},
		mustNot: []string{
			"We use cookies and similar technologies",
			"Loading…",
		},
	},
	{
		name: "aria-hidden-main",
		file: "aria-hidden-main.html",
		must: []string{
			"Ten years ago the sleeper from Vienna to Brussels had been cut",
			"The trains are not perfect.",
			"the next bottleneck is rolling stock",
		},
		mustNot: []string{
			"Every other Friday we send one long read",
		},
	},
	{
		name: "noscript-content",
		file: "noscript-content.html",
		must: []string{
			"I have a Pi Zero 2 W with the camera module 3 in a nest box",
			"Six metres of thin cable will drop the voltage",
			"throttled=0x50005",
		},
		mustNot: []string{
			"best viewed with JavaScript enabled",
			"FAQ/Guidelines",
		},
	},
	{
		name: "repeated-text",
		file: "repeated-text.html",
		must: []string{
			"Full puff pastry takes a day",
			"Warm butter is the only thing that really goes wrong",
		},
		mustNot: []string{
			// The subscribe box: once in the body, three times outside it.
			"Like this recipe?",
			"Sign me up",
		},
		counts: map[string]int{
			// A recipe step repeated only inside the body stays, both times.
			"Fold the dough in thirds like a letter, turn it a quarter turn and roll it out again.": 2,
		},
	},
	{
		name: "label-repeats",
		file: "label-repeats.html",
		must: []string{
			"Sanitation crews in two of the city’s five districts",
			"The union had pushed for the change since the pandemic",
			"Not every council member is enthusiastic.",
			"If the pilot succeeds",
		},
		mustNot: []string{"Advertisement"},
	},
	{
		name: "empty-heading",
		file: "empty-heading.html",
		must: []string{
			"A tide table lists the times and heights",
			"Find the right port",
			"Springs and neaps",
			"give yourself more time at springs",
		},
		mustNot: []string{
			"Related",
			"Up Next",
			"Reading contour lines on a walking map",
			"Spotting a rip current",
		},
	},
	{
		name: "leading-scraps",
		file: "leading-scraps.html",
		must: []string{
			"Every service I have worked on had at least three hand-written retry loops",
			// Short lines after the first paragraph are the story's own.
			"Here is the fix.",
			"That is all it takes.",
		},
		mustNot: []string{
			"·",
			"5 min read",
			"Mar 12, 2024",
			"Ilse Varga",
		},
	},
	{
		// A dateline before the first paragraph, and box labels left after the last one.
		name: "scraps-datelines-and-labels",
		file: "scraps-datelines-and-labels.html",
		must: []string{
			"Dock workers at the Port of Calder reached a tentative agreement",
			// A short line that ends a sentence is the story's last line, not a label.
			"The vote is on Monday.",
		},
		mustNot: []string{
			"Updated 10:01 PM CST",
			"Topics",
			"Comments",
			"Shipping",
		},
	},
	{
		name: "headline-article-scope",
		file: "headline-article-scope.html",
		must: []string{
			"By a margin of fewer than three hundred votes",
			"the state grant that would cover a fifth of the cost",
		},
		mustNot: []string{
			"41 responses",
			"I swam at Linden Street every summer as a kid",
			"Please do not take the shallow option.",
			"The state has extended that programme twice already",
		},
	},
	{
		// The vote goes to the wrapper holding the headline's <article> and a few short replies
		// after it: the story is the article alone; its <header> byline is dropped too.
		name: "headline-article-in-wrapper",
		file: "headline-article-in-wrapper.html",
		must: []string{
			"In March I sold the car and bought a second-hand folding bike.",
			"I will write again then.",
		},
		mustNot: []string{
			"Posted by Tomasz Wieczorek",
			"Replies",
			"Get a rain cape before autumn.",
			"Looking forward to the November update!",
		},
	},
	{
		// The same page with longer replies: a prose section after the headline's <article>
		// (here IndieWeb webmentions) is not part of the story.
		name: "headline-article-scope/sibling-replies",
		file: "headline-article-sibling-replies.html",
		must: []string{
			"In March I sold the car and bought a second-hand folding bike.",
			"I will write again then.",
		},
		mustNot: []string{
			"Replies",
			"Get a good rain cape before autumn",
			"Our local operator takes folded bikes on coaches",
		},
	},
	{
		name: "captions",
		file: "captions.html",
		must: []string{
			"Most lighthouses on this stretch of coast were automated",
			"The lens is the reason the light was never automated.",
			"He is due to retire in two years",
		},
		mustNot: []string{
			"seen from the coastguard path",            // <figure><figcaption>
			"still turns on a bath of mercury.",        // p.wp-caption-text
			"Storm waves break over the lower gallery", // div.image-caption
		},
	},
	{
		// With Options.KeepCaptions, a <figure>'s <figcaption> in the body is a caption block;
		// caption lines of other markup are not.
		name: "captions/keep",
		file: "captions.html",
		opts: extractor.Options{KeepCaptions: true},
		must: []string{
			"Most lighthouses on this stretch of coast were automated",
			"He is due to retire in two years",
		},
		captions: []string{"The Kellan Point light at dusk, seen from the coastguard path."},
		mustNot:  []string{"still turns on a bath of mercury.", "Storm waves break over the lower gallery", "Getty Images"},
	},
	{
		// A figure whose caption is a photo credit alone: with captions kept, it is the caption.
		name:     "captions/credit-figcaption",
		file:     "follow-us-trailing.html",
		opts:     extractor.Options{KeepCaptions: true},
		must:     []string{"Мост длиной 320 метров", "Видео первого проезда по мосту"},
		captions: []string{"Фото: пресс-служба администрации"},
		mustNot:  []string{"Подписывайтесь на наш", "Поделиться"},
	},
	{
		// Figures in the body keep their captions (a <picture>, a lazy image); a Ghost bookmark
		// card, a card linking another story and a figure in a related box do not.
		name: "figures",
		file: "figures.html",
		opts: extractor.Options{KeepCaptions: true},
		must: []string{"Ten years after the last sleeper service", "Tickets go on sale next month"},
		captions: []string{
			"A two-berth cabin on the new service, with fresh linen for every trip.",
			"The train takes the old Gotthard line over the pass, not the base tunnel.",
		},
		mustNot: []string{"Europe's sleeper trains", "Read our guide", "Orient Express", "From our archive", "Berlin central station"},
	},
	{
		// By default no caption is kept.
		name:     "figures/default",
		file:     "figures.html",
		must:     []string{"Ten years after the last sleeper service", "Tickets go on sale next month"},
		captions: []string{},
		mustNot:  []string{"A two-berth cabin", "old Gotthard line", "Read our guide", "From our archive"},
	},
	{
		// A photo credit in an inline <span class="credit"> that is the only text of its block.
		name:    "captions/inline-credit",
		file:    "captions.html",
		must:    []string{"Reid lives in the keeper’s cottage"},
		mustNot: []string{"Getty Images"},
	},
	{
		name: "chrome-class-wrapper",
		file: "chrome-class-wrapper.html",
		must: []string{
			"Sourdough has a reputation for being difficult",
			"1. Using the starter too early or too late",
			"Bulk fermentation can take four hours",
			"The crumb is still setting for an hour after baking.",
		},
		mustNot: []string{
			"our rye crispbread uses leftover starter",
			"Brush out the flour after every bake",
			"Slow bread, wild yeast",
		},
	},
	{
		name: "glued-class-words",
		file: "glued-class-words.html",
		must: []string{
			"This spring my tomato seedlings shot up",
			"The fix was cheap.",
			"the movement makes the stems thicken",
		},
		mustNot: []string{
			"Every two weeks I send what is happening on the plot", // div.newsletterform
			"Share this:", // div.sharebuttons
			"Facebook",
			"Similar posts", // div.jp-relatedposts
			"I sowed the same lettuce in three bags",
		},
	},
	{
		name: "correction-aside",
		file: "correction-aside.html",
		must: []string{
			"Skyvale Air grounded all 22 of its turboprop aircraft",
			"Update, November 20: Skyvale said late Tuesday",
			"Aviation analysts said groundings of an entire fleet are rare",
			"Correction: An earlier version of this story misstated",
		},
		// Only the real notes; the date line "Updated 1:39 AM EST, ..." is not one.
		notes: []string{"Update, November 20:", "Correction:"},
	},
	{
		name:  "notes-multilingual/de",
		file:  "notes-de.html",
		must:  []string{"Die Stadtwerke haben den Anschluss des Nordviertels"},
		notes: []string{"Korrektur:"},
	},
	{
		name:  "notes-multilingual/fr",
		file:  "notes-fr.html",
		must:  []string{"La ligne T4 ne circulera pas"},
		notes: []string{"Mise à jour :"},
	},
	{
		name:  "notes-multilingual/es",
		file:  "notes-es.html",
		must:  []string{"Las cuatro bibliotecas municipales abrirán"},
		notes: []string{"Actualización:"},
	},
	{
		name:  "notes-multilingual/ru",
		file:  "notes-ru.html",
		must:  []string{"Городская администрация утвердила план"},
		notes: []string{"Исправление:"},
	},
	{
		name:  "notes-multilingual/uk",
		file:  "notes-uk.html",
		must:  []string{"Від понеділка діти з трьох сіл"},
		notes: []string{"Оновлення:"},
	},
	{
		// "Updated" and "Corrections" are note words too, not only "Update" and "Correction".
		name:  "notes-longer-prefix",
		file:  "notes-en-updated.html",
		must:  []string{"The Pinecrest school board put off a vote"},
		notes: []string{"Corrections:", "Updated:"},
	},
	{
		// windows-1251 bytes whose <meta> charset comes after 2 KB of comments and scripts.
		name:   "late-meta-charset",
		file:   "late-meta-charset.html",
		encode: charmap.Windows1251,
		must: []string{
			"Мост через Сухону закроют на ремонт до конца сентября",
			"С понедельника автомобильное движение по старому мосту через Сухону",
			"Маршруты автобусов № 3 и № 7",
		},
		mustNot: []string{"\uFFFD", "Ð", "Ñ"},
	},
	{
		// A mostly English windows-1251 page with a few Cyrillic letters, too few to guess the
		// encoding from: only the late <meta> says what they are.
		name:   "late-meta-charset/few-letters",
		file:   "late-meta-charset-few-letters.html",
		encode: charmap.Windows1251,
		must: []string{
			"Summer school on detector electronics, Дубна 2012",
			"fourth summer school on front-end electronics",
		},
		mustNot: []string{"Äóáíà", "\uFFFD"},
	},
	{
		// The same page saved as UTF-8 while still declaring windows-1251.
		name: "late-meta-charset/utf8-declared-1251",
		file: "late-meta-charset.html",
		must: []string{
			"С понедельника автомобильное движение по старому мосту через Сухону",
		},
		mustNot: []string{"\uFFFD", "Ð", "Ñ"},
	},
	{
		name: "late-meta-charset/utf8-declared-1252",
		file: "utf8-declared-1252.html",
		must: []string{
			"O pão de ló de Ovar não é como os outros",
			"ovos, açúcar e farinha",
			"Custa menos de 5 € fazer",
		},
		mustNot: []string{"Ã", "â€", "\uFFFD"},
	},
	{
		name: "br-paragraphs",
		file: "br-paragraphs.html",
		must: []string{
			"With the cabinet cleaned up and the dial cord restrung",
			"The main smoothing capacitor in this set is a can-type electrolytic",
			"Rather than replace the can and lose the original look, I restuffed it.",
			"the first station came through the speaker",
		},
		mustNot: []string{
			"restuffing rectifiers",
			"You are visitor no. 48211",
		},
	},
	{
		name: "split-cards",
		file: "split-cards.html",
		must: []string{
			"From 1 October every household in Eastfold",
			"Blue bin: paper, card and cardboard, flattened.",
			"Green box: glass bottles and jars, cans, tins, foil.",
			"Grey caddy: all food waste, collected every week.",
			"Plastic pots, tubs and trays go in the green box too.",
		},
		mustNot: []string{
			"Report a missed collection",
			"Council tax",
		},
	},
	{
		name: "header-sibling",
		file: "header-sibling.html",
		must: []string{
			"Every January I used to write a list of fifty books",
			"Something always turns up.",
		},
		mustNot: []string{
			"Rhiannon Pryce",
			"contributing editor",
			"21 March 2024",
		},
	},
	{
		name: "ad-labels-and-meta",
		file: "ad-labels-and-meta.html",
		must: []string{
			"Ещё прошлой осенью наш склад в Подольске",
			"Первую неделю ушло на разметку.",
			"Итог за месяц",
		},
		mustNot: []string{
			"Реклама",      // div.adv-label
			"9 мин чтения", // div.post-meta, above and below the post
			"Анна Кравец",
			"2 418 просмотров",
		},
	},
	{
		// A post embedded in the story ("social-media-embed") is content; the share bar
		// ("social-share") is not.
		name: "embedded-posts",
		file: "embedded-posts.html",
		must: []string{
			"Forty-one tyres and six mattresses from one ditch on Route 9",
			"Road supervisor Irene Dahl said",
		},
		mustNot: []string{"Share on Facebook", "Email this story"},
	},
	{
		// Customer reviews are a comment section.
		name: "product-reviews",
		file: "product-reviews.html",
		must: []string{
			"cut from a single piece of American black walnut",
			"Solid walnut, brass ring, cork feet",
		},
		mustNot: []string{"Customer reviews", "Beautiful piece, heavier than I expected"},
	},
	{
		// The linked card titles of a listing stay with their descriptions.
		name: "listing-linked-headings",
		file: "listing-linked-headings.html",
		must: []string{
			"Heron Lake Loop",
			"An easy eight-kilometre circuit",
			"Saddle Ridge",
			"Old Quarry Path",
		},
		mustNot: []string{"Bins", "Ridgeway Outdoors, 4 Station Road"},
	},
	{
		// No heading agrees with <title> or og:title: the page's one visible <h1> is the title.
		name:  "title-visible-h1",
		file:  "title-visible-h1.html",
		title: "Planning permission for home improvements",
		must:  []string{"called permitted development rights"},
	},
	{
		// No <h1> at all: og:title less its site-name part.
		name:  "title-site-suffix",
		file:  "title-site-suffix.html",
		title: "Why the river smells in August",
		must:  []string{"the cause is not sewage but algae"},
	},
	{
		// A headline styled as a <div> inside the content, the <title> ending in "_Site": it is the
		// title, and is not repeated as the body's first paragraph.
		name:   "styled-headline",
		file:   "styled-headline.html",
		title:  "Harbour bridge plan wins council vote after a six-hour debate on costs and tolls",
		must:   []string{"approved the harbour bridge plan on Tuesday night", "a free crossing for buses and bicycles"},
		counts: map[string]int{"Harbour bridge plan wins council vote": 1},
	},
	{
		// A documentation page: its code, note and table stay; the "Was this page helpful?"
		// widget, the edit link, the table of contents and the previous/next links go.
		name: "docs-feedback-widget",
		file: "docs-feedback-widget.html",
		must: []string{
			"Tideflow retries a failed task according to the retry policy of its workflow.",
			"max_attempts: 5",
			"Errors not listed in retry_on fail the task at once",
			"Longest delay between attempts",
			"Make tasks idempotent",
		},
		mustNot: []string{"Was this page helpful?", "Edit this page", "Table of contents", "Previous: Concepts", "Made with Material"},
	},
	{
		// A recipe post: the recipe card stays whole; the ad label in Spanish ("Publicidad"),
		// the jump and print links, the share box, the author's bio, related posts, comments
		// and the subscribe box go.
		name: "recipe-card-es",
		file: "recipe-card-es.html",
		must: []string{
			"El secreto está en pochar bien la patata",
			"Usad patatas de tipo monalisa o agria",
			"1 kg de patatas",
			"Preparación: 15 min",
			"Cuaja la tortilla en una sartén",
		},
		mustNot: []string{"Publicidad", "Saltar a la receta", "Imprimir receta", "Compartir", "Soy Marta",
			"Relacionado", "Croquetas de jamón", "La hice ayer", "Deja un comentario", "Suscríbete", "Aviso legal"},
	},
	{
		// "Subscribe to our Telegram channel" after the story goes; the story's own last line,
		// which links a channel by its name as a source, stays. So do the photo credit and the
		// inline "read also" teaser.
		name: "follow-us-trailing",
		file: "follow-us-trailing.html",
		must: []string{
			"Мост длиной 320 метров соединил центр города с северными кварталами",
			"оставят для пешеходов и велосипедистов",
			"Видео первого проезда по мосту опубликовал канал «Вуокса live».",
		},
		mustNot: []string{"Подписывайтесь на наш", "Читайте также", "Фото: пресс-служба", "Поделиться", "Популярное"},
	},
	{
		// A "related news" box inside the story body (Vietnamese, its class names no known word):
		// its links go as a link list, and its title with them, not left over the next paragraph.
		name: "related-box-title",
		file: "related-box-title.html",
		must: []string{
			"Theo kế hoạch, các tuyến mới sẽ kết nối khu vực trung tâm",
			"Đại diện Sở cho biết, việc phát triển xe buýt điện",
		},
		mustNot: []string{"Tin liên quan", "Xe buýt điện đầu tiên lăn bánh", "Chia sẻ", "Đọc nhiều"},
	},
	{
		// A forum post's user panel (rank, post count, join date) and signature are not the post.
		name: "forum-user-info",
		file: "forum-user-info.html",
		must: []string{
			"my waterfall pump trips the garden circuit breaker",
			"test it on its own with a plug-in RCD",
			"so the motor it is",
		},
		mustNot: []string{"Posts:", "Joined:", "Two ponds, eleven koi", "Please read the pond pump FAQ"},
	},
	{
		// An inline element inside a sentence is a part of it, whatever its class says ("meta",
		// "popup", "tooltip", "timestamp", "promo", "social"): the sentence is kept whole. The
		// navigation, byline row, share bar, related box and footer around it still go.
		name: "class-word-inline",
		file: "class-word-inline.html",
		must: []string{
			"KHARTOUM, Sudan — Fighting between the army and a paramilitary group spread",
			"A spokesman for the paramilitary group said its fighters had taken the palace",
			"the WFP had stopped deliveries in mid-May after two of its warehouses were looted, and that hospitals were running short",
			`and "nowhere safe to go", as the ceasefire`,
		},
		mustNot: []string{"By Amal Osman", "12 May", "Facebook", "Email", "Related", "Ceasefire talks stall", "Africa", "All rights reserved"},
	},
	{
		// The same in German, with "dateline", "author" and "badge" on inline elements.
		name: "class-word-inline-de",
		file: "class-word-inline-de.html",
		must: []string{
			"HUSUM, Nordfriesland – Die neue Elektrofähre der Reederei",
			"Nach Angaben des Betreibers spart das Schiff",
			"die Überfahrt dauert mit 55 Minuten nicht länger als bisher.",
			"Bei Sturm bleibt die alte Fähre",
		},
		mustNot: []string{"Von Jens Harms", "3. April 2024", "Teilen", "Halligen Energie", "Impressum", "Start"},
	},
	{
		// A documentation chapter whose sections are named after their titles ("sharing-over-http")
		// and a test report's section with "Ads" in its class: every section is kept. The table
		// of contents, related pages, share links and footer go.
		name: "class-word-sections",
		file: "class-word-sections.html",
		must: []string{
			"Once a repository holds work worth keeping",
			"Sharing over HTTP\n\nThe simplest way to share a repository",
			"Tokens can be limited to one repository and revoked at any time.",
			"Sharing over SSH\n\nWhen every user has an account on the server",
			"Benchmark results\n\nIn our tests the server reached twelve hundred clones",
		},
		mustNot: []string{"Table of contents", "Related pages", "Hooks on the server", "Share on X", "Built with Sphinx"},
	},
	{
		// A Spanish guide whose sections are named "search", "print" and "tags": each is a
		// section of the body, not chrome. The masthead, breadcrumbs, newsletter box and footer go.
		name: "class-word-sections-es",
		file: "class-word-sections-es.html",
		must: []string{
			"Esta guía explica cómo encontrar un libro",
			"Buscar en el catálogo\n\nEl catálogo se consulta desde cualquier ordenador",
			"Imprimir documentos\n\nLas impresoras de la planta baja",
			"Etiquetas de colores\n\nLos lomos llevan una etiqueta de color",
		},
		mustNot: []string{"Biblioteca Municipal", "Inicio", "Boletín", "Reciba cada mes", "Aviso legal"},
	},
	{
		// Ruby readings and their brackets, a tracking pixel escaped inside <noscript>, and wiki
		// edit links beside headings never reach the text; the navigation and footer go.
		name: "ruby-noscript-edit",
		file: "ruby-noscript-edit.html",
		must: []string{
			"漢字を読むのは、最初は難しく感じられます。",
			"やがて漢字から平仮名と片仮名が生まれ",
			"\n\nHistory\n\n",
			"\n\nReadings\n\n",
		},
		mustNot: []string{"かんじ", "(", "ひらがな", "facebook.com", "<img", "edit", "[", "]", "おまかせ表示", "プライバシー"},
	},
	{
		// A <title> that markup in <head> pushed into <body> is the page's title, never a
		// paragraph of the body: its site-name part does not reach the text either.
		name: "title-in-body",
		file: "title-in-body.html",
		must: []string{
			"The harbour ferry made its first crossing of the season",
			"the timetable would return to its summer pattern in April.",
		},
		mustNot: []string{"The Coastal Courier", "Market hall", "Home"},
	},
	{
		// A link whose whole text is a pilcrow, hash, section or link sign after a heading is a
		// permalink anchor, never text; the same sign in a sentence stays, the nav goes.
		name: "permalink-anchor",
		file: "permalink-anchor.html",
		must: []string{
			"\n\nItertool recipes\n\n",
			"\n\nBatching\n\n",
			"See section § above, and the note on chain for the general idea",
		},
		mustNot: []string{"¶", "recipes#", "Batching 🔗", "Docs home", "Copyright"},
	},
}

// TestRules extracts each rule's page and checks what the rule keeps and drops.
func TestRules(t *testing.T) {
	for _, tc := range ruleCases {
		t.Run(tc.name, func(t *testing.T) {
			page, err := os.ReadFile(filepath.Join(rulesDir, tc.file))
			require.NoError(t, err, "rule %s: read page", tc.name)
			if tc.rewrite != nil {
				rewritten := strings.NewReplacer(tc.rewrite...).Replace(string(page))
				require.NotEqual(t, string(page), rewritten, "rule %s: the rewrite changes the page", tc.name)
				page = []byte(rewritten)
			}
			if tc.encode != nil {
				page = encodePage(t, tc.name, page, tc.encode)
			}
			ex, err := extractor.New(tc.opts)
			require.NoError(t, err, "rule %s: options", tc.name)
			res, err := ex.Extract(context.Background(), page, extractor.Source{})
			if tc.wantErr != nil {
				require.ErrorIs(t, err, tc.wantErr, "rule %s", tc.name)
				return
			}
			require.NoError(t, err, "rule %s: extract", tc.name)
			text := res.Text()
			if tc.title != "" {
				assert.Equal(t, tc.title, res.Title, "rule %s: title", tc.name)
			}
			extractor.AssertSnippets(t, text, tc.must, tc.mustNot, "rule", tc.name)
			for s, n := range tc.counts {
				assert.Equal(t, n, strings.Count(text, s), "rule %s: %q must occur %d times", tc.name, s, n)
			}
			if tc.notes != nil {
				var notes []string
				for _, b := range res.Blocks {
					if b.Kind == extractor.KindNote {
						notes = append(notes, b.Text)
					}
				}
				if assert.Len(t, notes, len(tc.notes), "rule %s: KindNote blocks %q", tc.name, notes) {
					for i, want := range tc.notes {
						assert.True(t, strings.HasPrefix(notes[i], want), "rule %s: note %d is %q, want it to open with %q", tc.name, i, notes[i], want)
					}
				}
			}
			if tc.captions != nil {
				captions := []string{}
				for _, b := range res.Blocks {
					if b.Kind == extractor.KindCaption {
						captions = append(captions, b.Text)
					}
				}
				assert.Equal(t, tc.captions, captions, "rule %s: KindCaption blocks", tc.name)
			}
			if t.Failed() {
				t.Logf("rule %s: extracted text:\n%s", tc.name, text)
			}
		})
	}
}

// encodePage re-encodes a UTF-8 page into a legacy charset, and checks that the result is
// what the late-meta rule is about: not UTF-8, with its <meta> charset past the first 2 KB.
func encodePage(t *testing.T, rule string, page []byte, cm *charmap.Charmap) []byte {
	t.Helper()
	out, err := cm.NewEncoder().Bytes(page)
	require.NoError(t, err, "rule %s: encode page as %s", rule, cm)
	require.False(t, utf8.Valid(out), "rule %s: the encoded page must not be valid UTF-8", rule)
	if i := bytes.Index(bytes.ToLower(out), []byte("charset=")); i >= 0 {
		require.Greater(t, i, 2048, "rule %s: the page's charset must be declared after the first 2 KB", rule)
	}
	return out
}
