package extractor

import (
	"context"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/render"
	"github.com/pithdev/pith/extractor/internal/view"
	"golang.org/x/net/html"
)

// Decision says what the extractor did with one block of a page.
type Decision string

// The decisions an [ExplainedBlock] can carry.
const (
	// DecisionKept is a block kept as part of the body.
	DecisionKept Decision = "kept"
	// DecisionNote is a block kept as a correction, update or editor's note ([KindNote]).
	DecisionNote Decision = "note"
	// DecisionDropped is a block left out of the result.
	DecisionDropped Decision = "dropped"
)

// Explanation tells why each text block of a page was kept or dropped. [Extractor.Explain]
// makes it; [Explanation.WriteHTML] renders it as a report, and it marshals to JSON as is.
type Explanation struct {
	// Title is the headline the extractor chose.
	Title string `json:"title"`
	// URL is the page URL, as given in [Source].
	URL string `json:"url,omitempty"`
	// Container is the tag path of the element chosen as the content container
	// ("body>div.site>main>article>section.gh-content"), empty when none was found.
	Container string `json:"container,omitempty"`
	// ContainerScore is the content score the container won with.
	ContainerScore float64 `json:"container_score"`
	// Duration is how long decoding, parsing and deciding took.
	Duration time.Duration `json:"duration_ns"`
	// Kept is the number of blocks kept, notes included.
	Kept int `json:"kept"`
	// Dropped is the number of blocks dropped.
	Dropped int `json:"dropped"`
	// Notes are the texts of the kept correction and update notes, in page order.
	Notes []string `json:"notes,omitempty"`
	// BodySource is [BodySourceJSONLD] when no block of the page was kept and the body is
	// its JSON-LD articleBody (Kept then counts its paragraphs), as in [Result.BodySource].
	BodySource string `json:"body_source,omitempty"`
	// PageType is the page's kind, as in [Result.PageType]; PageTypeEvidence says what decided
	// it (the classifier's probability and its strongest features, or the option that set it,
	// or the story that outweighed an unsure verdict), and Assembly which kind's assembly made
	// the kept blocks ("" when the article path's result stands).
	PageType         PageType `json:"page_type,omitempty"`
	PageTypeEvidence string   `json:"page_type_evidence,omitempty"`
	Assembly         PageType `json:"assembly,omitempty"`
	// Confidence is the result's confidence, as in [Result.Confidence], and ConfidenceReasons
	// the features that moved it most, each with its effect ("text the page repeats: -0.08").
	Confidence        float64  `json:"confidence"`
	ConfidenceReasons []string `json:"confidence_reasons,omitempty"`
	// Encoding and EncodingSource are the encoding the page was read in and what decided it,
	// as in [Result.Encoding]; empty from [Extractor.ExplainNode].
	Encoding       string `json:"encoding,omitempty"`
	EncodingSource string `json:"encoding_source,omitempty"`
	// Blocks are all the page's text blocks, kept or not, in document order.
	Blocks []ExplainedBlock `json:"blocks"`
}

// ExplainedBlock is one text block of a page with the features the extractor looked at
// and the rule that decided it.
type ExplainedBlock struct {
	// Index is the block's position among all the page's blocks, from 0: the shown blocks in
	// document order, then the blocks of hidden elements (a closed accordion, a tab not shown).
	Index int `json:"index"`
	// Kind is what the block is: a paragraph, heading, list item, ...; [KindNote] for a kept note.
	Kind Kind `json:"kind"`
	// Text is the block's text, whitespace collapsed.
	Text string `json:"text"`
	// Decision says whether the block was kept as body, kept as a note or dropped.
	Decision Decision `json:"decision"`
	// Reason is the rule that decided ("content", "inside a form", "mostly links", ...).
	Reason string `json:"reason"`
	// Evidence is what matched for that rule, when its name does not say it all: the class
	// word, tag or role of the chrome ancestor ("div.related-posts: class word \"related\";
	// ..."), the link density and the threshold it crossed, how often the text occurs.
	Evidence string `json:"evidence,omitempty"`
	// Chars is the length of the text in characters (runes).
	Chars int `json:"chars"`
	// LinkDensity is the share of the text inside links, from 0 to 1.
	LinkDensity float64 `json:"link_density"`
	// Repeats is how many blocks of the page have exactly this text, this one included.
	Repeats int `json:"repeats"`
	// Score is the content score of the element the block's text voted for (usually its
	// parent), 0 when that element was not scored.
	Score float64 `json:"score"`
	// InContainer is true when the block sits inside the chosen container.
	InContainer bool `json:"in_container"`
	// TagPath is the path of tags from <body> to the block's element, each with its first
	// class ("body>div.site>main>article>p").
	TagPath string `json:"tag_path"`
	// Classes are the class and id tokens of the block's element and its ancestors, nearest
	// first, without repeats; ids start with '#'. At most 12 are listed.
	Classes []string `json:"classes,omitempty"`
	// Signals are what the block's element and its ancestors say about it, one entry per
	// element that says something, nearest first: "form.validate: form",
	// "aside.article-sidebar: chrome", "article.article: content-class+article+chrome-class".
	// The names: article-body (itemprop=articleBody), content-class, note-class, article
	// (<article>, <main>), chrome (<nav>, <aside>, <footer>, an ARIA landmark), chrome-class
	// (nav, share, related, newsletter, ... in class or id), comments, form, header, caption.
	Signals []string `json:"signals,omitempty"`
}

// Explain decodes and parses page like [Extractor.Extract] and tells, block by block, what
// the extractor kept and dropped and why. A page with no content is not an error here: the
// Explanation then has Kept == 0. Otherwise it returns the errors Extract returns: [ErrEmpty],
// [ErrNotHTML], [ErrTooLarge], [ErrTooManyNodes], an error matching [ErrTimeout] past
// [Options.Timeout], ctx's error when ctx is done first. It is safe for concurrent use.
func (e *Extractor) Explain(ctx context.Context, page []byte, src Source) (*Explanation, error) {
	start := time.Now()
	ctx, cancel := e.budget(ctx)
	defer cancel()
	doc, d, err := e.decodeParse(ctx, page, src)
	if err != nil {
		return nil, err
	}
	x, err := e.explain(ctx, doc, src, start)
	if x != nil {
		x.Encoding, x.EncodingSource = d.Encoding, d.Source
	}
	return x, err
}

// ExplainNode explains an already parsed document like [Extractor.Explain]; Duration then
// counts the deciding stages only. The tree is only read, never changed. [Options.MaxNodes]
// and [Options.Timeout] apply as in [Extractor.ExtractNode].
func (e *Extractor) ExplainNode(ctx context.Context, doc *html.Node, src Source) (*Explanation, error) {
	start := time.Now()
	if err := e.checkTree(doc); err != nil {
		return nil, err
	}
	ctx, cancel := e.budget(ctx)
	defer cancel()
	return e.explain(ctx, doc, src, start)
}

// explain runs the deciding stages on doc and describes every block.
func (e *Extractor) explain(ctx context.Context, doc *html.Node, src Source, start time.Time) (*Explanation, error) {
	if ctx.Err() != nil {
		return nil, ctxError(ctx)
	}
	r := newRun(e, src)
	t, err := r.decide(ctx, doc)
	if err != nil {
		return nil, stageError(ctx, err)
	}
	x := &Explanation{Title: t.title, URL: src.URL, PageType: t.pageType, Assembly: t.assembled,
		PageTypeEvidence: kindEvidence(t, e.opts.PageType), Blocks: make([]ExplainedBlock, 0, len(t.blocks)+len(t.hidden))}
	res := r.result(t, doc)
	x.Confidence = round3(res.Confidence)
	for _, c := range explainConfidence(t, res) {
		x.ConfidenceReasons = append(x.ConfidenceReasons, fmt.Sprintf("%s: %+.3f", c.Feature.About(), c.Effect))
	}
	if len(t.ldBody) > 0 {
		x.BodySource, x.Kept = BodySourceJSONLD, len(t.ldBody)
	}
	if t.top != nil && t.top.Node != nil {
		x.Container, x.ContainerScore = view.TagPath(t.top.Node), round3(t.top.Score)
		if x.Container == "" {
			x.Container = "(the whole document)"
		}
	}
	// The hidden blocks follow the shown ones (their indexes do too).
	for _, b := range slices.Concat(t.blocks, t.hidden) {
		eb := explainBlock(b, t.top)
		eb.Repeats = t.page.repeats[b.Text]
		if eb.Decision == DecisionDropped {
			eb.Evidence = evidence(b, t.top, t.page.prose, eb.Repeats)
		}
		switch eb.Decision {
		case DecisionDropped:
			x.Dropped++
		case DecisionNote:
			x.Notes = append(x.Notes, b.Text)
			x.Kept++
		default:
			x.Kept++
		}
		x.Blocks = append(x.Blocks, eb)
	}
	x.Duration = time.Since(start)
	return x, nil
}

// explainBlock describes one block; Repeats is filled by the caller.
func explainBlock(b *block.Block, top *block.Elem) ExplainedBlock {
	eb := ExplainedBlock{
		Index:       b.Index,
		Kind:        Kind(b.Kind),
		Text:        b.Text,
		Decision:    DecisionDropped,
		Reason:      b.Reason,
		Chars:       b.Chars,
		LinkDensity: round3(b.LinkDensity()),
		InContainer: top != nil && block.Contains(top, b.El),
		TagPath:     view.TagPath(b.El.Node),
		Classes:     view.ClassTokens(b.El.Node),
		Signals:     signalNames(b.El),
	}
	if v := block.Voter(b); v != nil {
		eb.Score = round3(v.Score)
	}
	switch {
	case b.Keep && b.Note:
		eb.Decision = DecisionNote
	case b.Keep:
		eb.Decision = DecisionKept
	}
	if eb.Reason == "" {
		// decide leaves reasons empty when no container was found at all.
		eb.Reason = "no content container found on the page"
	}
	return eb
}

// round3 rounds x to three decimals, so that the JSON shows 0.333, not 0.3333333333333333.
func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// signalLabels name the signals shown in an explanation, in the order they are listed.
var signalLabels = []struct {
	sig  block.Signal
	name string
}{
	{block.SigStrongContent, "article-body"},
	{block.SigContent, "content-class"},
	{block.SigNote, "note-class"},
	{block.SigArticle, "article"},
	{block.SigChrome, "chrome"},
	{block.SigBoiler, "chrome-class"},
	{block.SigAmbiguous, "ambiguous-class"},
	{block.SigComments, "comments"},
	{block.SigForm, "form"},
	{block.SigHeader, "header"},
	{block.SigCaption, "caption"},
	{block.SigCallToAction, "call-to-action-class"},
}

// signalNames lists the signals of e and its ancestors, nearest first, one entry per element
// as "tag.class: name+name".
func signalNames(e *block.Elem) []string {
	var out []string
	for ; e != nil && e.Node != nil; e = e.Parent {
		if e.Sig == 0 || e.Node.Type != html.ElementNode {
			continue
		}
		var names []string
		for _, l := range signalLabels {
			if e.Sig&l.sig != 0 {
				names = append(names, l.name)
			}
		}
		out = append(out, view.TagLabel(e.Node)+": "+strings.Join(names, "+"))
	}
	return out
}

// WriteJSON writes x to w as indented JSON, with a final newline. HTML characters are not
// escaped (no \u003e in tag paths). The keys are those of the json tags of [Explanation] and
// [ExplainedBlock]; Duration is in nanoseconds.
func (x *Explanation) WriteJSON(w io.Writer) error {
	if err := render.ExplainJSON(w, x.view()); err != nil {
		return fmt.Errorf("extractor: explain json: %w", err)
	}
	return nil
}

// WriteHTML writes x as a self-contained HTML report: a summary (title, container, counts,
// notes, timing), then every block in document order, coloured by decision, with its
// features and the rule that decided it. Dropped blocks are folded in a <details> element.
//
// The report is safe to open: it has no scripts and loads nothing (its Content-Security-Policy
// forbids every load but its own inline style); page text, URL and class names are escaped by
// [html/template] and never become links. The only links are anchors within the report.
func (x *Explanation) WriteHTML(w io.Writer) error {
	if err := render.ExplainHTML(w, x.view()); err != nil {
		return fmt.Errorf("extractor: explain report: %w", err)
	}
	return nil
}

// view returns x as its renderers see it. A new top-level field of the report is copied
// here (and declared in view.Explanation).
func (x *Explanation) view() *view.Explanation {
	v := &view.Explanation{
		Title:             x.Title,
		URL:               x.URL,
		Container:         x.Container,
		ContainerScore:    x.ContainerScore,
		Duration:          x.Duration,
		Kept:              x.Kept,
		Dropped:           x.Dropped,
		Notes:             x.Notes,
		BodySource:        x.BodySource,
		PageType:          string(x.PageType),
		PageTypeEvidence:  x.PageTypeEvidence,
		Assembly:          string(x.Assembly),
		Confidence:        x.Confidence,
		ConfidenceReasons: x.ConfidenceReasons,
		Encoding:          x.Encoding,
		EncodingSource:    x.EncodingSource,
		Blocks:            make([]view.ExplainedBlock, len(x.Blocks)),
	}
	if x.Blocks == nil {
		v.Blocks = nil
	}
	for i, b := range x.Blocks {
		v.Blocks[i] = view.ExplainedBlock{Index: b.Index, Kind: view.Kind(b.Kind), Text: b.Text,
			Decision: string(b.Decision), Reason: b.Reason, Evidence: b.Evidence, Chars: b.Chars,
			LinkDensity: b.LinkDensity, Repeats: b.Repeats, Score: b.Score, InContainer: b.InContainer,
			TagPath: b.TagPath, Classes: b.Classes, Signals: b.Signals}
	}
	return v
}
