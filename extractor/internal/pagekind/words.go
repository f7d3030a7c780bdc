package pagekind

import (
	"strings"

	"github.com/pithdev/pith/extractor/internal/dom"
)

// The words of page text the classifier reads: whole texts of links and buttons, one table
// per kind of action, keyed by language.

// ctaWords are the calls to action of a landing page.
var ctaWords = []dom.Words{
	{Lang: "en", Words: []string{"get started", "sign up", "sign up free", "book a demo", "request a demo", "get a demo",
		"contact us", "contact sales", "talk to sales", "learn more", "free trial", "start free trial",
		"start your free trial", "try for free", "try it free", "get a quote", "request a quote", "get in touch",
		"schedule a call", "schedule a consultation", "book now", "get started for free", "start now", "see pricing",
		"view pricing", "explore", "discover more", "find out more"}},
	{Lang: "de", Words: []string{"jetzt starten", "kontakt", "kontaktieren sie uns", "mehr erfahren", "demo anfordern", "kostenlos testen"}},
	{Lang: "fr", Words: []string{"en savoir plus", "contactez-nous", "demander une démo", "essai gratuit", "commencer"}},
	{Lang: "es", Words: []string{"más información", "contáctanos", "contacto", "prueba gratis", "empezar"}},
}

// moreWords lead from a card to the page it is a teaser of.
var moreWords = []dom.Words{
	{Lang: "en", Words: []string{"read more", "continue reading", "read more »", "read more ›", "read more →", "more",
		"view details", "see details", "view course", "apply now", "view job", "see more", "load more", "show more",
		"next page", "older posts", "newer posts", "view all"}},
	{Lang: "de", Words: []string{"weiterlesen", "mehr lesen", "mehr anzeigen", "alle anzeigen"}},
	{Lang: "fr", Words: []string{"lire la suite", "voir plus", "voir tout"}},
	{Lang: "es", Words: []string{"leer más", "ver más", "ver todo"}},
}

// cartWords put a product in the cart.
var cartWords = []dom.Words{
	{Lang: "en", Words: []string{"add to cart", "add to bag", "add to basket", "buy now", "buy it now", "add to wishlist",
		"add to wish list", "in stock", "out of stock", "quick view", "quick shop", "select options", "choose options",
		"notify me", "compare"}},
	{Lang: "de", Words: []string{"in den warenkorb", "jetzt kaufen", "auf lager", "merken"}},
	{Lang: "fr", Words: []string{"ajouter au panier", "acheter", "en stock"}},
	{Lang: "es", Words: []string{"añadir al carrito", "agregar al carrito", "comprar", "en stock"}},
}

// replyWords are the actions on a post of a thread.
var replyWords = []dom.Words{
	{Lang: "en", Words: []string{"reply", "quote", "report", "report post", "permalink", "reply with quote", "multi-quote",
		"upvote", "downvote", "share", "like", "helpful", "add a comment", "post reply", "new topic", "new thread",
		"accepted answer", "answer", "follow", "flag", "edit", "unread"}},
	{Lang: "de", Words: []string{"antworten", "zitieren", "melden", "neues thema"}},
	{Lang: "fr", Words: []string{"répondre", "citer", "signaler", "nouveau sujet"}},
	{Lang: "es", Words: []string{"responder", "citar", "reportar", "nuevo tema"}},
}

// Actions, indexes of walker.actions.
const (
	actCTA = iota
	actMore
	actCart
	actReply
	actionCount
)

// actionWords maps each word of the tables above to its action; built once, never written after.
var actionWords = func() map[string]int {
	m := map[string]int{}
	for a, table := range [actionCount][]dom.Words{actCTA: ctaWords, actMore: moreWords, actCart: cartWords, actReply: replyWords} {
		for _, w := range dom.AllWords(table) {
			if _, ok := m[w]; !ok {
				m[w] = a
			}
		}
	}
	return m
}()

// maxActionBytes is the longest text read as an action: a link's text longer than this is
// a title, not an action.
const maxActionBytes = 32

// action returns the action a link's or button's whole text t names, or -1. t is trimmed.
func action(t string) int {
	if len(t) > maxActionBytes {
		return -1
	}
	var buf [maxActionBytes]byte
	lower := buf[:0]
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= 0x80 {
			a, ok := actionWords[strings.ToLower(t)]
			if !ok {
				return -1
			}
			return a
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower = append(lower, c)
	}
	if len(lower) == 0 || actionShapes[lower[0]]&(1<<len(lower)) == 0 {
		return -1 // no action opens with this letter and is this long: no map lookup
	}
	if a, ok := actionWords[string(lower)]; ok {
		return a
	}
	return -1
}

// actionShapes[c] has bit n set when a word of actionWords written in ASCII opens with c and
// is n bytes long: most texts of links are no action, and this tells so without a map
// lookup. (A word with a letter beyond ASCII is looked up by action's other way.)
var actionShapes = func() (s [256]uint64) {
	for w := range actionWords {
		ascii := true
		for i := 0; i < len(w); i++ {
			ascii = ascii && w[i] < 0x80
		}
		if ascii && len(w) > 0 && len(w) <= maxActionBytes {
			s[w[0]] |= 1 << len(w)
		}
	}
	return s
}()
