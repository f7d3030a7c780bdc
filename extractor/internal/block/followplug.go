package block

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// socialNetworkNames are the names of the social networks a site asks its readers to follow
// it on, lower-cased, in Latin letters and in the scripts of the languages of
// followCallWords ("инстаграм", "微博", "인스타그램"). Names too short or too common to
// stand alone in prose ("X", "Threads", "LINE", "VK") are left out.
var socialNetworkNames = []string{
	"instagram", "facebook", "pinterest", "twitter", "tiktok", "youtube", "linkedin", "bluesky",
	"mastodon", "telegram", "whatsapp", "snapchat", "vk.com", "vkontakte",
	"инстаграм", "фейсбук", "ютуб", "телеграм", "вконтакте", "інстаграм", "фейсбуці", "ютуб",
	"微博", "微信", "公众号", "公眾號", "抖音", "小红书", "小紅書", "インスタ", "ツイッター", "ユーチューブ",
	"인스타그램", "유튜브", "페이스북", "카카오", "इंस्टाग्राम", "फेसबुक", "यूट्यूब",
	"انستغرام", "إنستغرام", "فيسبوك", "يوتيوب", "تويتر", "อินสตาแกรม", "เฟซบุ๊ก", "ยูทูบ",
}

// followCallWords are the calls to follow, join or find the site or the writer on a social
// network, lower-cased, by language: imperatives and invitations that speak to the reader
// ("Follow me on Pinterest", "Let's hang out on Instagram!", "Síguenos en Instagram"), not
// a verb that tells of the writer's own use of a network ("the accounts I follow"). A short
// paragraph that holds one and a network's name is the site's plug, wherever it stands in the
// body (see IsFollowPlug). They are matched inside words, as the newsletter's calls are.
var followCallWords = []struct {
	Lang  string
	Words []string
}{
	{Lang: "en", Words: []string{"follow me", "follow us", "follow along", "let's hang out", "let’s hang out", "let's connect", "let’s connect", "connect with me", "connect with us",
		"ways to connect", "find me on", "find us on", "join me on", "join us on", "check out my", "check out our", "come say hi"}},
	{Lang: "de", Words: []string{"folgen sie uns", "folge uns", "folgt uns", "folge mir", "folgt mir", "folgen sie mir", "finde uns auf", "finden sie uns auf"}},
	{Lang: "fr", Words: []string{"suivez-nous", "suivez-moi", "rejoignez-nous", "retrouvez-nous", "retrouvez-moi"}},
	{Lang: "es", Words: []string{"síguenos", "sígueme", "síganos", "encuéntranos en", "únete a nosotros"}},
	{Lang: "it", Words: []string{"seguici", "seguimi", "trovaci su"}},
	{Lang: "pt", Words: []string{"siga-nos", "siga-me", "nos siga", "me siga", "acompanhe-nos"}},
	{Lang: "nl", Words: []string{"volg ons", "volg mij", "volg me"}},
	{Lang: "pl", Words: []string{"obserwuj nas", "obserwuj mnie", "śledź nas", "dołącz do nas"}},
	{Lang: "ru", Words: []string{"подписывайтесь", "подпишитесь", "следите за нами", "присоединяйтесь"}},
	{Lang: "uk", Words: []string{"підписуйтесь", "підпишіться", "стежте за нами", "долучайтеся"}},
	{Lang: "tr", Words: []string{"takip edin", "takip et"}},
	{Lang: "id", Words: []string{"ikuti kami", "follow kami"}},
	{Lang: "vi", Words: []string{"theo dõi chúng tôi", "hãy theo dõi"}},
	{Lang: "ar", Words: []string{"تابعونا", "تابعنا"}},
	{Lang: "hi", Words: []string{"फॉलो करें", "फ़ॉलो करें", "हमसे जुड़ें"}},
	{Lang: "zh", Words: []string{"关注我们", "關注我們", "欢迎关注", "歡迎關注"}},
	{Lang: "ja", Words: []string{"フォローしてね", "フォローしてください", "フォローお願いします"}},
	{Lang: "ko", Words: []string{"팔로우", "구독해 주세요", "구독하세요"}},
	{Lang: "th", Words: []string{"ติดตามเรา", "กดติดตาม"}},
}

// followCalls are the words of every language of followCallWords.
var followCalls = func() []string {
	var all []string
	for _, l := range followCallWords {
		all = append(all, l.Words...)
	}
	return all
}()

// IsFollowPlug reports whether a paragraph's text is the site's plug for its accounts on
// social networks: at most maxPlugRunes, holding a network's name (socialNetworkNames) and a
// call to follow of followCallWords ("Want more projects? Follow me on Pinterest").
func IsFollowPlug(text string) bool {
	if utf8.RuneCountInString(text) > maxPlugRunes {
		return false
	}
	if len(text) <= maxPlugRunes && !mayHoldFolded(text, latinNetworkNames) {
		return false // ASCII, and no network's name in Latin letters: most paragraphs
	}
	t := strings.ToLower(text)
	if !containsAny(t, socialNetworkNames) || containsAny(t, toldFollows) {
		return false
	}
	return containsAny(t, followCalls)
}

// latinNetworkNames are the names of socialNetworkNames in ASCII.
var latinNetworkNames = asciiWords(socialNetworkNames)

// mayHoldFolded reports whether text, at most maxPlugRunes bytes, may hold one of words
// (lower-cased, ASCII) in any case: it holds a byte outside ASCII, or, lower-cased in ASCII,
// one of the words. It spares the lower-case copy of text and the search for every word of
// every language on the paragraphs of a page, nearly all of which are ASCII and hold none.
func mayHoldFolded(text string, words [][]byte) bool {
	var buf [maxPlugRunes]byte
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= utf8.RuneSelf {
			return true
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	t := buf[:len(text)]
	for _, w := range words {
		if bytes.Contains(t, w) {
			return true
		}
	}
	return false
}

// asciiWords returns the words of words that are all ASCII, as bytes.
func asciiWords(words []string) [][]byte {
	var out [][]byte
	for _, w := range words {
		if isASCII(w) {
			out = append(out, []byte(w))
		}
	}
	return out
}

// isASCII reports whether s holds only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// toldFollows tell of the reader's or others' follows rather than call for one ("if you
// follow me on Twitter, you know", "readers who follow us"): a paragraph that holds one is
// prose, whatever call it also holds.
var toldFollows = []string{"you follow", "who follow", "you already follow"}
