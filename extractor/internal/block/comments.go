package block

import (
	"strings"
	"unicode/utf8"

	"github.com/pithdev/pith/extractor/internal/dates"
	"github.com/pithdev/pith/extractor/internal/dom"
	"github.com/pithdev/pith/extractor/internal/view"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The comment stage reads the page's comment sections apart from the body. A section is an
// element whose class or id names comments (SigComments: #comments, .comment-list,
// #disqus_thread, .replies, .reviews); its items are the elements whose class names one
// comment (commentItemWords: li.comment, li.post, div.reply), or, failing that, the items of
// its lists. In an item, class words say which parts are the author, the date and the text
// (commentPartWords); what is left, less the item's chrome (reply links, votes, avatars), is
// the text. Sections or items that hold kept body blocks are content (a forum thread whose
// replies are the page), not comments.

// commentRole is what a part of a comment item is, by the last word of one of its class names.
type commentRole uint8

const (
	roleNone   commentRole = iota
	roleItem               // one comment
	roleName               // the commenter's name alone (.fn)
	roleAuthor             // the author box (.comment-author, cite)
	roleDate               // the date (.comment-date, .timestamp)
	roleText               // the comment's text (.comment-content, .reply-body)
	roleChrome             // meta, reply links, votes, avatars, headers: not text
)

// commentItemWords end the class name of one comment ("comment", "dsq-comment", "reply").
// A plural ("comments", "replies") names the section, not an item.
var commentItemWords = dom.TokenSet("comment", "reply", "post", "review", "response", "answer")

// commentPartWords map the last word of a class name inside a comment item to its role.
var commentPartWords = map[string]commentRole{
	"fn": roleName, "nickname": roleName, "username": roleName,
	"author": roleAuthor, "user": roleAuthor, "name": roleAuthor, "cite": roleAuthor, "byline": roleAuthor,
	"date": roleDate, "time": roleDate, "timestamp": roleDate, "published": roleDate, "metadata": roleDate, "permalink": roleDate,
	"content": roleText, "text": roleText, "body": roleText, "message": roleText,
	"meta": roleChrome, "header": roleChrome, "footer": roleChrome, "link": roleChrome, "links": roleChrome,
	"actions": roleChrome, "action": roleChrome, "avatar": roleChrome, "says": roleChrome, "vote": roleChrome,
	"votes": roleChrome, "likes": roleChrome, "like": roleChrome, "button": roleChrome, "buttons": roleChrome,
	"edit": roleChrome, "flag": roleChrome, "report": roleChrome, "count": roleChrome, "menu": roleChrome,
	"share": roleChrome, "toolbar": roleChrome, "form": roleChrome, "respond": roleChrome, "badge": roleChrome,
}

// ReadComments returns the comments of the page's comment sections, in page order. kept are
// the body's blocks: a section or item that holds one of them is content, not a comment.
func ReadComments(doc *html.Node, kept []*Block) []view.Comment {
	body := make(map[*html.Node]bool, 4*len(kept))
	for _, b := range kept {
		for n := b.El.Node; n != nil && !body[n]; n = n.Parent {
			body[n] = true
		}
	}
	cr := &commentReader{body: body, classes: classCache{}}
	cr.findSections(doc)
	return cr.out
}

// commentReader gathers the comments of one page.
type commentReader struct {
	body    map[*html.Node]bool // the kept blocks' nodes and their ancestors
	classes classCache
	out     []view.Comment
}

// skipped reports whether an element holds nothing a comment reader reads.
func skipped(n *html.Node) bool {
	return SkipTags.Has(n.DataAtom) || IsHidden(n) || n.DataAtom == atom.Form
}

// findSections walks the tree for comment sections. A section that holds body blocks is
// walked on (a page wrapper named "comments-open" holds the real section), but not a post
// that is body.
func (cr *commentReader) findSections(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || skipped(c) {
			continue
		}
		if cr.isWidget(c) {
			continue // a sidebar's "recent comments" box lists other pages' comments
		}
		section := cr.isSection(c)
		switch {
		case cr.body[c] && section && classRole(c) == roleItem:
			// A post that is body (a forum thread's): what it holds is its parts.
		case cr.body[c] || !section:
			cr.findSections(c)
		default:
			before := len(cr.out)
			cr.items(c, 0)
			if len(cr.out) == before {
				cr.listItems(c, 0)
			}
		}
	}
}

// isWidget reports whether an element is page chrome that may list comments but holds no
// comment section of the page: an <aside>, <nav> or <footer>, a complementary or navigation
// role, or an element whose class or id names a sidebar, a widget or a box of recent or
// latest items (see widgetWords). Its "recent comments" are other pages' comments.
func (cr *commentReader) isWidget(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Aside, atom.Nav, atom.Footer:
		return !cr.body[n]
	}
	if r := strings.ToLower(dom.Attr(n, "role")); r == "complementary" || r == "navigation" {
		return !cr.body[n]
	}
	found := false
	for _, a := range n.Attr {
		if a.Key == "class" || a.Key == "id" {
			EachClassWord(a.Val, func(w []byte) {
				if widgetWords[string(w)] {
					found = true
				}
			})
		}
	}
	return found && !cr.body[n]
}

// widgetWords are class and id words of sidebar boxes that list recent comments or posts.
var widgetWords = dom.TokenSet("sidebar", "widget", "widgets", "recent", "recentcomments", "latest", "latestcomments")

// isSection reports whether an element's class or id names a comment section.
func (cr *commentReader) isSection(n *html.Node) bool {
	var s Signal
	for _, a := range n.Attr {
		if a.Key == "class" || a.Key == "id" {
			s |= cr.classes.Lookup(a.Val)
		}
	}
	return s&SigComments != 0
}

// items reads the comment items under n, named by class, at depth.
func (cr *commentReader) items(n *html.Node, depth int) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || skipped(c) {
			continue
		}
		if isReply(c, roleItem) {
			cr.add(c, depth, roleItem)
			cr.items(c, depth+1)
			continue
		}
		cr.items(c, depth)
	}
}

// listItems reads the <li> of the lists under n as comments, for a section whose items have
// no class of their own; a list inside an item holds its replies.
func (cr *commentReader) listItems(n *html.Node, depth int) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || skipped(c) {
			continue
		}
		if c.DataAtom == atom.Li {
			cr.add(c, depth, roleNone)
			cr.listItems(c, depth+1)
			continue
		}
		cr.listItems(c, depth)
	}
}

// add reads one item and keeps it when it has text that is not all links, and holds no
// body block. stop is the role of the elements that are nested comments (not its text).
func (cr *commentReader) add(item *html.Node, depth int, stop commentRole) {
	if cr.body[item] {
		return
	}
	p := commentParts{stop: stop}
	p.find(item)
	root := item
	if p.text != nil {
		root = p.text
	}
	t := commentText{stop: stop, skip: map[*html.Node]bool{p.author: true, p.name: true, p.date: true}}
	t.walk(root, root == item)
	t.flush()
	date := p.dateISO()
	if d, ok := leadDateLine(t.paras); ok && date == "" {
		// "<cite>Jane</cite> on March 3, 2013 1:37 pm", then the comment: the line is its date.
		date, t.paras = d, t.paras[1:]
	}
	text := strings.Join(t.paras, "\n\n")
	if text == "" || 2*t.links > t.chars {
		return
	}
	cr.out = append(cr.out, view.Comment{Author: p.authorName(), Date: date, Text: text, Depth: depth})
}

// leadDateLine returns the date of a comment's first paragraph when it is a date line and
// nothing else ("on March 3, 2013 1:37 pm", "3. März 2013 um 10 Uhr"), no longer than
// maxCommentDateChars, and a paragraph follows it: a comment's date in no element of its own.
func leadDateLine(paras []string) (string, bool) {
	if len(paras) < 2 || utf8.RuneCountInString(paras[0]) > maxCommentDateChars || !dates.IsDateOnly(paras[0]) {
		return "", false
	}
	return dates.Normalize(paras[0])
}

// classRole returns the role a class name of n gives it, by the name's last word ("comment"
// -> roleItem, "comment-author" -> roleAuthor); roleNone when no name says. The first class
// name with a role decides.
func classRole(n *html.Node) commentRole {
	for name := range strings.FieldsSeq(dom.Attr(n, "class")) {
		w := LastWord(name)
		if commentItemWords[w] {
			return roleItem
		}
		if r, ok := commentPartWords[w]; ok {
			return r
		}
	}
	return roleNone
}

// tagRole returns the role an element's tag gives it inside a comment item.
func tagRole(n *html.Node) commentRole {
	switch n.DataAtom {
	case atom.Cite:
		return roleAuthor
	case atom.Time:
		return roleDate
	case atom.Header, atom.Footer, atom.Button, atom.Nav:
		return roleChrome
	}
	return roleNone
}

// LastWord returns the last run of letters of a class name, lower-cased: "comment-author"
// -> "author", "dsq-comment-123" -> "comment", "commentBody" -> "body".
func LastWord(name string) string {
	end := len(name)
	for end > 0 && !isASCIILetter(name[end-1]) {
		end--
	}
	start := end
	for start > 0 && isASCIILetter(name[start-1]) {
		start--
		if 'A' <= name[start] && name[start] <= 'Z' && start > 0 && 'a' <= name[start-1] && name[start-1] <= 'z' {
			break // a camelCase boundary: "commentBody" -> "Body"
		}
	}
	return strings.ToLower(name[start:end])
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// isReply reports whether c, inside an item, is a comment of its own: an element named as an
// item when items are named, an <li> when they are list items.
func isReply(c *html.Node, stop commentRole) bool {
	if stop == roleItem {
		return dom.BlockTags.Has(c.DataAtom) && classRole(c) == roleItem
	}
	return c.DataAtom == atom.Li
}

// commentParts are the parts of one comment item found by class: the first of each role, and
// the innermost text part ("comment-content" inside "comment-body").
type commentParts struct {
	stop                     commentRole
	name, author, date, text *html.Node
}

// find walks n's descendants, not into replies, and notes the parts.
func (p *commentParts) find(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || skipped(c) || isReply(c, p.stop) {
			continue
		}
		r := classRole(c)
		if r == roleNone {
			r = tagRole(c)
		}
		switch {
		case r == roleName && p.name == nil:
			p.name = c
		case r == roleAuthor && p.author == nil:
			p.author = c
		case r == roleDate && p.date == nil:
			p.date = c
		case r == roleText && (p.text == nil || isAncestor(p.text, c)):
			p.text = c
		}
		p.find(c)
	}
}

// isAncestor reports whether a is a proper ancestor of n.
func isAncestor(a, n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p == a {
			return true
		}
	}
	return false
}

// authorName returns the commenter's name: the name element's text, else the author box's,
// or "" when it is too long to be a name.
func (p *commentParts) authorName() string {
	n := p.name
	if n == nil {
		n = p.author
	}
	if n == nil {
		return ""
	}
	s := visibleText(n)
	if utf8.RuneCountInString(s) > maxCommentAuthorChars {
		return ""
	}
	return s
}

// dateISO returns the comment's date in ISO 8601: a <time datetime> in the date part or the
// author box, else a date written in the date part's text.
func (p *commentParts) dateISO() string {
	for _, n := range []*html.Node{p.date, p.author} {
		if n == nil {
			continue
		}
		if t := findTime(n); t != nil {
			if d, ok := dates.Normalize(dom.Attr(t, "datetime")); ok {
				return d
			}
		}
	}
	if p.date != nil {
		for _, s := range []string{dom.Attr(p.date, "datetime"), dom.Attr(p.date, "title"), visibleText(p.date)} {
			if d, ok := dates.Normalize(s); ok {
				return d
			}
		}
	}
	return ""
}

// visibleText returns the text under n that a reader sees, whitespace collapsed: not that of
// scripts, styles or hidden elements.
func visibleText(n *html.Node) string {
	var sb strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				sb.WriteString(c.Data)
			case c.Type == html.ElementNode && !SkipTags.Has(c.DataAtom) && !IsHidden(c):
				// A block, or a line break, is words apart from what is beside it, with white
				// space between their tags in the page or not: "<p>Ann</p><p>May 2</p>" reads
				// "Ann May 2".
				apart := dom.BlockTags.Has(c.DataAtom) || c.DataAtom == atom.Br
				if apart {
					sb.WriteByte(' ')
				}
				walk(c)
				if apart {
					sb.WriteByte(' ')
				}
			}
		}
	}
	walk(n)
	return dom.Collapse(sb.String())
}

// findTime returns n or its first descendant <time> element, or nil.
func findTime(n *html.Node) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == atom.Time {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if t := findTime(c); t != nil {
			return t
		}
	}
	return nil
}

// commentText gathers the paragraphs of a comment's text.
type commentText struct {
	stop         commentRole
	skip         map[*html.Node]bool // the author and date parts
	paras        []string
	buf          strings.Builder
	chars, links int
	inLink       int
}

// walk gathers the text under n, less the parts of other roles; whole says n is the whole
// item (no text part was found), where tags name parts too (<header>, <cite>, <time>).
func (t *commentText) walk(n *html.Node, whole bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			t.text(c.Data)
			continue
		case html.ElementNode:
		default:
			continue
		}
		if skipped(c) || t.skip[c] || c.DataAtom == atom.Img {
			continue
		}
		if isReply(c, t.stop) {
			continue // a comment of its own
		}
		r := classRole(c)
		if r == roleNone && whole {
			r = tagRole(c)
		}
		if r != roleNone && r != roleText && r != roleItem {
			continue // author, date, chrome
		}
		if c.DataAtom == atom.Br {
			t.text(" ")
			continue
		}
		block := dom.BlockTags.Has(c.DataAtom)
		if block {
			t.flush()
		}
		if c.DataAtom == atom.A {
			t.inLink++
		}
		t.walk(c, whole)
		if c.DataAtom == atom.A {
			t.inLink--
		}
		if block {
			t.flush()
		}
	}
}

// text adds a run of text to the pending paragraph.
func (t *commentText) text(s string) {
	t.buf.WriteString(s)
	n := utf8.RuneCountInString(strings.TrimSpace(s))
	t.chars += n
	if t.inLink > 0 {
		t.links += n
	}
}

// flush ends the pending paragraph.
func (t *commentText) flush() {
	if p := dom.Collapse(t.buf.String()); p != "" {
		t.paras = append(t.paras, p)
	}
	t.buf.Reset()
}

// DropReaderComments takes the readers' comments out of an article's body: the kept blocks
// inside a comment section (see commentSectionOf) that holds neither the headline nor the
// story's first block. A blog post whose comments hold most of the page's prose is still the
// post; its comments are read apart with [Options.KeepComments]. When nothing but comments
// was kept (a thread that reads as comments), it changes nothing. It reports whether it
// dropped a block.
func DropReaderComments(kept []*Block, headline *Elem) bool {
	comments := ReaderComments(kept, headline)
	for _, b := range comments {
		b.Keep, b.Reason = false, "reader comment under the article: not its body"
	}
	return len(comments) > 0
}

// ReaderComments returns the kept blocks that are readers' comments under the story (see
// DropReaderComments), nil when there are none; it changes nothing.
func ReaderComments(kept []*Block, headline *Elem) []*Block {
	if len(kept) == 0 {
		return nil
	}
	classes := classCache{}
	first := kept[0].El
	if commentNamed(first, classes) {
		// The story is itself a post of a discussion ("ItemDiscussion", "topic-replies"):
		// the comments after it are its thread's replies.
		return nil
	}
	story := 0
	sections := make([]*Elem, len(kept))
	for i, b := range kept {
		sections[i] = commentSectionOf(b.El, headline, first, classes)
		if sections[i] == nil && b.IsProse() {
			story += b.Chars
		}
	}
	if story < MinProseChars {
		return nil
	}
	// A reply whose text sits in the same markup as the story's is a post of one thread
	// (a topic and its replies), not a comment on an article.
	storyShape := ""
	for i, b := range kept {
		if sections[i] == nil && b.IsProse() && b.El.Parent != nil && b.El.Parent.Node != nil {
			storyShape = CardShape(b.El.Parent)
			break
		}
	}
	for i, b := range kept {
		if sections[i] != nil && b.El.Parent != nil && b.El.Parent.Node != nil && strings.Contains(storyShape, " ") && CardShape(b.El.Parent) == storyShape {
			return nil
		}
	}
	var comments []*Block
	for i, b := range kept {
		if sections[i] != nil && !b.Note {
			comments = append(comments, b)
		}
	}
	return comments
}

// commentSectionOf returns the outermost ancestor of e whose class or id names comments, or
// nil. It is nil too when a comment-named ancestor holds the headline or first as well: the
// story is then one of the posts (a thread of comments, the first of which is the question).
// The page's <body> and <html> do not count ("comments-open" names the page, not a section).
func commentSectionOf(e, headline, first *Elem, classes classCache) *Elem {
	var found *Elem
	for x := e; x != nil && x.Node != nil && !IsPageRoot(x); x = x.Parent {
		if !namesComments(x, classes) {
			continue
		}
		if Contains(x, first) || headline != nil && Contains(x, headline) {
			return nil
		}
		found = x
	}
	return found
}

// namesComments reports whether an element's class or id names comments. An id that is the
// slug of the section's heading ("respond-to-review-comments") is the page's text, not a name.
func namesComments(x *Elem, classes classCache) bool {
	for _, a := range x.Node.Attr {
		if (a.Key == "class" || a.Key == "id" && !idNamesHeading(x.Node, a.Val)) && classes.Lookup(a.Val)&SigComments != 0 {
			return true
		}
	}
	return false
}

// commentNamed reports whether e or an ancestor below <body> names comments.
func commentNamed(e *Elem, classes classCache) bool {
	for x := e; x != nil && x.Node != nil && !IsPageRoot(x); x = x.Parent {
		if namesComments(x, classes) {
			return true
		}
	}
	return false
}
