package extractor

import (
	"context"

	"github.com/pithdev/pith/extractor/internal/assemble"
	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/confidence"
	"github.com/pithdev/pith/extractor/internal/meta"
	"github.com/pithdev/pith/extractor/internal/pagekind"
	"golang.org/x/net/html"
)

// run holds the state of one extraction; it is made per call, so an Extractor can be shared.
type run struct {
	opts Options
	src  Source
	// features, when set, receives the confidence model's inputs (pith's training of the model).
	features *confidence.Features
}

func newRun(e *Extractor, src Source) *run { return &run{opts: e.opts, src: src} }

// trace is what the stages decided for one page: every block with its keep/drop decision
// and reason, the chosen container and the title. Extract turns it into a Result; an
// explain report shows it whole.
type trace struct {
	blocks []*block.Block
	// hidden are the blocks of hidden elements, apart from blocks (see block.SegmentPage); a
	// kind's assembly may have kept some.
	hidden   []*block.Block
	kept     []*block.Block
	title    string
	headline *block.Elem // the title's heading element, if the page has one
	// shownTitle is the title as the reader is given it (see shownTitle): title is as the
	// page's text has it, to find the headline's element.
	shownTitle string
	top        *block.Elem // the chosen content container, nil when no block voted
	facts      *meta.Facts // the page's metadata facts, gathered once for the title and finish
	// ldBody holds the paragraphs of the JSON-LD articleBody when no block was kept (see
	// lastResort); it is then the body, and Result.BodySource says so.
	ldBody []string
	// pageType is the page's kind: Options.PageType when set, else pith's judgement.
	pageType PageType
	// page holds the facts of the whole page that several stages and the explain report
	// read (its prose, how often each text occurs), computed once after segmenting.
	page pageFacts
	// assembled is the kind whose assembly (assemble_<kind>.go, kinds.go) made the kept
	// blocks, or "" when the article path's result stands as it was.
	assembled PageType
	// articleChars is the runes the article path kept (after the arbiter), before a kind's
	// assembly; the confidence stage compares the result with it.
	articleChars int
	// opinion is the second opinion on every block: the arbiter used it; the confidence
	// stage reads it.
	opinion opinion
	// kind is the classifier's verdict that set pageType, with its evidence (probability of
	// each kind, the features that decided); nil when Options.PageType overrode it.
	kind *pagekind.Verdict
}

// decide runs the stages after parsing: segment, metadata facts, title, score, assemble, the
// second opinion and its arbiter, and the last resorts (the JSON-LD body, the best run of prose).
//
// A page that comes out empty while its hidden text outweighs its shown text (see
// block.HiddenOutweighs) is decided again with its hidden blocks shown: it hid its content until a
// script runs.
func (r *run) decide(ctx context.Context, doc *html.Node) (*trace, error) {
	blocks, hidden, err := block.SegmentPage(ctx, doc)
	if err != nil {
		return nil, err
	}
	t, err := r.decideBlocks(ctx, doc, blocks, hidden)
	if err != nil || len(t.kept) > 0 || len(t.ldBody) > 0 || !block.HiddenOutweighs(blocks, hidden) {
		return t, err
	}
	if blocks, hidden, err = block.SegmentPage(ctx, doc); err != nil {
		return nil, err
	}
	return r.decideBlocks(ctx, doc, block.Unveil(blocks, hidden), nil)
}

// decideBlocks runs the stages after segmenting on the page's shown and hidden blocks.
func (r *run) decideBlocks(ctx context.Context, doc *html.Node, blocks, hidden []*block.Block) (*trace, error) {
	t := &trace{blocks: blocks, facts: meta.Collect(doc), pageType: r.opts.PageType}
	if t.pageType == "" {
		v := judgeKind(doc, r.src.URL, t.facts)
		t.kind, t.pageType = &v, pageTypeOf(v.Kind)
	}
	titles := t.facts.Titles(r.src.URL)
	t.title = pickTitle(titles, t.blocks, t.pageType, r.src.URL)
	t.headline = findHeadline(t.blocks, t.title)
	t.shownTitle = shownTitle(t.title, t.headline, titles, t.pageType)
	t.page = measurePage(t.blocks)
	t.top = block.Score(t.blocks, t.headline, t.page.prose)
	if t.top != nil {
		t.kept = assembleArticle(t.blocks, t.top, t.headline, t.page, r.opts.KeepCaptions)
	}
	t.opinion = judge(t.blocks, t.page, false)
	t.kept = arbitrate(t.blocks, t.kept, t.opinion, t.page, t.headline, r.opts.Favor)
	if storyOverrides(t, r.src.URL) || t.pageType == PageForum && t.kind != nil && block.ReaderComments(t.kept, t.headline) != nil {
		// An unsure listing or forum verdict beside a story, or a story with its readers'
		// comments under it (not a thread's posts): an article, whatever the classifier said.
		t.pageType = PageArticle
	}
	t.articleChars = block.KeptChars(t.kept)
	if kept, ok := assembleKind(t.pageType, assemble.Input{Doc: doc, Blocks: t.blocks, Hidden: hidden, Top: t.top,
		Headline: t.headline, Repeats: t.page.repeats, Article: t.kept, Facts: t.facts}); ok {
		t.kept, t.assembled = kept, t.pageType
	}
	t.hidden = hidden
	t.kept = dropMediaURLs(t.kept)
	t.kept = dropGalleryCounters(t.kept)
	t.kept = dropRatingScales(t.kept)
	if t.pageType != PageArticle {
		// A news story may end with its wire's copyright notice, which is part of the story.
		t.kept = dropCopyrightLines(t.kept)
	}
	t.kept = dropEndBoxes(t.kept)
	if t.pageType == PageArticle || t.pageType == PageDocumentation {
		t.kept = dropCallsToAction(t.kept)
		t.kept = dropTaxonomyLines(t.kept)
		t.kept = dropNewsletterPlugs(t.kept)
		t.kept = dropFollowPlugs(t.kept)
		t.kept = dropTrailingTeasers(t.kept, r.src.URL)
	} else if t.pageType == PageCollection || t.pageType == PageListing {
		t.kept = dropIndexPromos(t.kept)
	}
	t.kept = dropWidthCopies(t.kept, t.page.repeats)
	t.kept = dropCopies(t.kept, t.page.repeats)
	t.lastResort(r.src.URL)
	return t, ctx.Err()
}

// extract runs the stages and builds the Result from the kept blocks.
func (r *run) extract(ctx context.Context, doc *html.Node) (*Result, error) {
	t, err := r.decide(ctx, doc)
	if err != nil {
		return nil, err
	}
	res := r.result(t, doc)
	if len(res.Blocks) == 0 {
		// No body: the page's title and metadata still come back, with the error.
		return res, ErrNoContent
	}
	return res, nil
}

// result builds the Result of a decided page: the kept blocks (or the JSON-LD body), the
// comments, the metadata and the confidence.
func (r *run) result(t *trace, doc *html.Node) *Result {
	res := &Result{Title: resultTitle(t.shownTitle, t.pageType), URL: r.src.URL, Blocks: make([]Block, 0, len(t.kept)+len(t.ldBody))}
	for _, b := range t.kept {
		res.Blocks = append(res.Blocks, Block{Kind: Kind(b.Kind), Text: b.Text, Level: b.Level, Ordered: b.Ordered, node: b.El.Node})
	}
	if len(t.ldBody) > 0 {
		res.BodySource = BodySourceJSONLD
	}
	res.PageType = t.pageType
	for _, p := range t.ldBody {
		res.Blocks = append(res.Blocks, Block{Kind: KindParagraph, Text: p})
	}
	if r.opts.KeepComments && len(res.Blocks) > 0 {
		comments := block.ReadComments(doc, t.kept)
		if comments == nil {
			// Comments no class names, that the article path dropped after their title.
			comments = block.TitledComments(t.blocks)
		}
		res.Comments = commentsOf(comments)
	}
	finish(res, doc, r.src, t.facts)
	if (t.pageType == PageArticle || t.pageType == PageDocumentation) && len(t.ldBody) == 0 {
		// The author's bio at the end of a story, found by the author's name, which the
		// metadata has only now.
		if start, end := authorBio(t.kept, res.Metadata.Authors); start < end {
			for _, b := range t.kept[start:end] {
				b.Keep, b.Reason = false, "the author's bio at the end of the body"
			}
			t.kept = append(t.kept[:start:start], t.kept[end:]...)
			res.Blocks = append(res.Blocks[:start:start], res.Blocks[end:]...)
		}
	}
	r.setConfidence(t, res)
	return res
}
