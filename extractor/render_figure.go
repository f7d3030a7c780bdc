package extractor

import (
	"strings"

	"github.com/pithdev/pith/extractor/internal/urls"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// caption writes a figure caption: with [RenderOptions.Images], the figure's images first,
// one per line, then the caption in italics.
func (w *mdWriter) caption(b Block) {
	if w.opts.Images {
		var imgs []string
		for _, im := range b.markupOf().images {
			if src := urls.Safe(w.base, im.src, false); src != "" {
				imgs = append(imgs, "!["+escapeMarkdown(im.alt, false)+"]("+mdURL(src)+")")
			}
		}
		w.block(strings.Join(imgs, "\n"))
	}
	var sb strings.Builder
	w.delimited(&sb, "*", b.inlines())
	w.block(escapeLineStart(sb.String()))
}

// figure renders a figure caption as <figure>: with [RenderOptions.Images], the figure's
// images, then the <figcaption>.
func (hw *htmlWriter) figure(b Block) *html.Node {
	fig := newElem(atom.Figure)
	if hw.opts.Images {
		for _, im := range b.markupOf().images {
			if src := urls.Safe(hw.base, im.src, false); src != "" {
				fig.AppendChild(imgNode(src, im.alt))
			}
		}
	}
	fig.AppendChild(hw.inlineElem(atom.Figcaption, b))
	return fig
}
