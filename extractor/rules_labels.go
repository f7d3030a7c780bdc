package extractor

import (
	"net/url"
	"strings"

	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/dom"
	"github.com/pithdev/pith/extractor/internal/view"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// socialHosts are the social networks, messengers and news aggregators that sites ask their
// readers to follow them on.
var socialHosts = dom.TokenSet(
	"t.me", "telegram.me", "telegram.org", "wa.me", "whatsapp.com", "viber.com", "twitter.com", "x.com",
	"facebook.com", "fb.com", "instagram.com", "youtube.com", "tiktok.com", "linkedin.com", "threads.net",
	"bsky.app", "news.google.com", "dzen.ru", "vk.com", "ok.ru", "pinterest.com", "flipboard.com",
)

// platformNames are the names a "follow us" link says: the network's own, not an account's
// (a story that links a channel as its source names the channel).
var platformNames = []string{
	"telegram", "whatsapp", "viber", "twitter", "facebook", "instagram", "youtube", "tiktok", "linkedin",
	"threads", "bluesky", "google news", "vk", "вконтакте", "дзен", "dzen", "pinterest", "flipboard", "телеграм",
}

// namesPlatform reports whether a link's text names a social platform.
func namesPlatform(text string) bool {
	t := strings.ToLower(text)
	for _, p := range platformNames {
		if strings.Contains(t, p) {
			return true
		}
	}
	return false
}

// dropTrailingFollowUs drops the lines after the story that ask the reader to follow the site
// ("Subscribe to our Telegram channel", "Follow us on Google News", in any language): short
// paragraphs at the very end of the content with a link to a social network, a messenger or a
// news aggregator that names the platform.
func dropTrailingFollowUs(blocks []*block.Block) {
	seen := 0
	for i := len(blocks) - 1; i >= 0 && seen < maxFollowUsBlocks; i-- {
		b := blocks[i]
		if !b.Keep {
			continue
		}
		seen++
		// The element must hold this block's text alone, so that its links are the block's.
		if b.Kind != view.Paragraph || b.Note || b.Chars > maxFollowUsChars || b.LinkChars == 0 || b.El.Chars != b.Chars || !linksToSocial(b.El.Node) {
			return
		}
		b.Keep, b.Reason = false, "a call to follow the site on social media"
	}
}

// linksToSocial reports whether a link under n goes to a social network's host.
func linksToSocial(n *html.Node) bool {
	if n == nil {
		return false
	}
	found := false
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && !found; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.A {
				if u, err := url.Parse(strings.TrimSpace(dom.Attr(c, "href"))); err == nil {
					host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
					host = strings.TrimPrefix(host, "m.")
					found = socialHosts[host] && namesPlatform(dom.TextOf(c))
				}
			}
			walk(c)
		}
	}
	walk(n)
	return found
}

// mediaExts are the file extensions of images, video and audio: a block whose whole text is
// the address of such a file is data a page left in its markup (a shop's custom fields, a
// gallery's source list), never something to read.
var mediaExts = dom.TokenSet("jpg", "jpeg", "png", "gif", "webp", "avif", "svg", "bmp", "tif", "tiff", "ico",
	"mp4", "webm", "mov", "m4v", "mp3", "m4a", "ogg", "wav")

// isMediaURL reports whether a block's whole text is one http(s) address of an image, video or
// audio file.
func isMediaURL(b *block.Block) bool {
	if b.Kind == view.Code || b.Chars > maxMediaURLChars || strings.ContainsAny(b.Text, " \t\n") {
		return false
	}
	u, err := url.Parse(b.Text)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return false
	}
	dot := strings.LastIndexByte(u.Path, '.')
	return dot >= 0 && mediaExts[strings.ToLower(u.Path[dot+1:])]
}

// dropMediaURLs unkeeps the kept blocks whose whole text is the address of a media file.
func dropMediaURLs(kept []*block.Block) []*block.Block {
	return unkeepWhere(kept, isMediaURL, "the address of a media file, not text")
}

// unkeepWhere unkeeps the kept blocks that drop reports, with reason, and returns the rest
// (kept itself when none is dropped).
func unkeepWhere(kept []*block.Block, drop func(*block.Block) bool, reason string) []*block.Block {
	return unkeepAt(kept, func(_ int, b *block.Block) bool { return drop(b) }, reason)
}

// unkeepAt is unkeepWhere for a test that reads the block's place too: drop gets the index of
// the block in kept.
func unkeepAt(kept []*block.Block, drop func(int, *block.Block) bool, reason string) []*block.Block {
	var out []*block.Block // nil until a block is dropped: most calls drop none
	for i, b := range kept {
		if drop(i, b) {
			if out == nil {
				out = make([]*block.Block, i, len(kept)-1)
				copy(out, kept[:i])
			}
			b.Keep, b.Reason = false, reason
			continue
		}
		if out != nil {
			out = append(out, b)
		}
	}
	if out == nil {
		return kept
	}
	return out
}

// isCopyrightLine reports whether a kept block is a page's copyright line ("© 2025 Kestrel Window Cleaning |
// All Rights Reserved | Terms of Use"): short, and opening with the sign or the word, or saying
// all rights are reserved.
func isCopyrightLine(b *block.Block) bool {
	if b.Chars > maxCopyrightChars || b.Note || b.Kind == view.Code {
		return false
	}
	t := strings.TrimSpace(b.Text)
	low := strings.ToLower(t)
	return strings.HasPrefix(t, "©") || strings.HasPrefix(low, "copyright ©") || strings.HasPrefix(low, "(c) ") && strings.Contains(low, "rights") ||
		strings.Contains(low, "all rights reserved")
}

// maxCopyrightChars is the longest copyright line: a sentence or two of the footer.
const maxCopyrightChars = 200

// dropCopyrightLines unkeeps the kept copyright lines (see isCopyrightLine).
func dropCopyrightLines(kept []*block.Block) []*block.Block {
	return unkeepWhere(kept, isCopyrightLine, "the page's copyright line")
}
