package block

import (
	"strings"
)

// A reply's subject line: forum software of the older kind (phpBB, FluxBB, SMF, vBulletin)
// heads each reply with a subject that is the thread's title after a reply prefix, "Re: Which
// film for a first camera?", as a mail client does. It repeats the headline in every post and
// says nothing of the reply.

// replyPrefixes are the prefixes mail and forum software of several languages set before a
// reply's subject, in lower case, with their colon: "Re:" (and German "AW:", "Antw:",
// Scandinavian "SV:", Polish "Odp:", Italian "R:", "Rif:", French "Réf :").
var replyPrefixes = []string{"re:", "aw:", "antw:", "sv:", "vs:", "odp:", "r:", "rif:", "réf:", "réf :"}

// replySubject reports whether text is headline after a reply prefix, in any case and with
// any run of spaces.
func replySubject(text, headline string) bool {
	t := strings.ToLower(strings.Join(strings.Fields(text), " "))
	h := strings.ToLower(strings.Join(strings.Fields(headline), " "))
	if h == "" {
		return false
	}
	for _, p := range replyPrefixes {
		if rest, ok := strings.CutPrefix(t, p); ok && strings.TrimSpace(rest) == h {
			return true
		}
	}
	return false
}

// DropReplySubjects drops the replies' subject lines the forum assembly kept inside the posts
// of g: a block whose text is the headline's after a reply prefix.
func DropReplySubjects(blocks []*Block, g *CardGroup, headline *Elem) {
	if headline == nil {
		return
	}
	title := ""
	for _, b := range blocks {
		if b.El == headline {
			title = b.Text
			break
		}
	}
	if title == "" {
		return
	}
	for _, b := range blocks {
		if b.Keep && !b.Note && Contains(g.Parent, b.El) && replySubject(b.Text, title) {
			b.Keep, b.Reason = false, "forum: a reply's subject line"
		}
	}
}
