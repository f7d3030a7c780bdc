package render

import (
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/pithdev/pith/extractor/internal/view"
)

// ExplainHTML writes x as a self-contained HTML report (see extractor.Explanation.WriteHTML):
// a summary, then every block in document order, coloured by decision, with its features and
// the rule that decided it. Page text, URL and class names are escaped by html/template and
// never become links; the report has no scripts and loads nothing.
func ExplainHTML(w io.Writer, x *view.Explanation) error {
	return explainTemplate.Execute(w, x)
}

// ExplainJSON writes x to w as indented JSON, with a final newline; HTML characters are not
// escaped (no \u003e in tag paths).
func ExplainJSON(w io.Writer, x *view.Explanation) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(x)
}

// previewRunes is how much of a dropped block's text its folded summary line shows.
const previewRunes = 90

// explainFuncs are the helpers of explainTemplate.
var explainFuncs = template.FuncMap{
	"preview": func(s string) string {
		if utf8.RuneCountInString(s) <= previewRunes {
			return s
		}
		r := []rune(s)[:previewRunes]
		return strings.TrimRight(string(r), " ") + "…"
	},
	"pct": func(f float64) string { return fmt.Sprintf("%.0f%%", 100*f) },
	"num": func(f float64) string { return fmt.Sprintf("%.1f", f) },
	"dur": func(d time.Duration) string { return d.Round(time.Microsecond).String() },
	"notes": func(bs []view.ExplainedBlock) []view.ExplainedBlock {
		var out []view.ExplainedBlock
		for _, b := range bs {
			if b.Decision == view.DecisionNote {
				out = append(out, b)
			}
		}
		return out
	},
}

// explainTemplate is the report. It holds no <script>, no event handler attributes and no
// URL attributes other than #b<index> anchors; keep it that way (extractor's TestExplainHTMLSafe).
var explainTemplate = template.Must(template.New("explain").Funcs(explainFuncs).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>pith explain: {{or .Title "(no title)"}}</title>
<style>
body{margin:0;background:#fafafa;color:#1d1d1f;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif}
.wrap{max-width:1240px;margin:0 auto;padding:16px 20px 40px}
header.summary{background:#fff;border:1px solid #ddd;border-radius:8px;padding:14px 20px;margin-bottom:18px}
.tool{margin:0;color:#666;font-size:13px;letter-spacing:.04em;text-transform:uppercase}
h1{margin:4px 0 10px;font-size:22px;line-height:1.25}
h2{font-size:15px;margin:14px 0 6px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:0}
dt{color:#666}
dd{margin:0;overflow-wrap:anywhere}
code{font:13px/1.4 ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;overflow-wrap:anywhere}
.pill{display:inline-block;border-radius:10px;padding:0 8px;font-size:13px;font-weight:600;margin-right:6px}
.pill.kept{background:#d8efd9;color:#1b5e20}.pill.note{background:#ffe6b3;color:#7a4500}.pill.dropped{background:#e6e6e6;color:#444}
ul.notes{margin:0;padding-left:20px}
ul.notes a{color:#7a4500}
.legend{margin:12px 0 0;font-size:13px;color:#555}
.block{display:block;margin:5px 0;border-left:6px solid;border-radius:4px;padding:5px 12px}
.block.kept{background:#edf7ee;border-color:#2e7d32}
.block.note{background:#fff5e0;border-color:#e09400}
.block.dropped{background:#f1f1f1;border-color:#b0b0b0;color:#555;padding:3px 12px}
.block.dropped summary{cursor:pointer;font-size:13px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.block.dropped[open] summary{white-space:normal}
.head{font-size:13px;color:#555}
.idx{font-variant-numeric:tabular-nums;color:#888;display:inline-block;min-width:2.6em}
.dec{font-weight:700;text-transform:uppercase;font-size:11px;letter-spacing:.05em}
.kept .dec{color:#1b5e20}.note .dec{color:#7a4500}.dropped .dec{color:#666}
.kind{color:#444}
.reason{font-style:italic}
.preview{color:#777;margin-left:6px}
.text{margin:2px 0 3px;white-space:pre-wrap;overflow-wrap:anywhere}
.k-heading .text{font-weight:700;font-size:16px}
.feat{margin:1px 0;font-size:12px;line-height:1.35;color:#555;display:flex;flex-wrap:wrap;gap:1px 14px}
.feat code{font-size:12px}
.feat b{font-weight:600;color:#333}
.sigs{color:#666}
.tok{background:#fff;border:1px solid #ddd;border-radius:3px;padding:0 4px;margin-right:-10px;font:11px/1.5 ui-monospace,"DejaVu Sans Mono",monospace}
footer{color:#777;font-size:12px;margin-top:24px}
</style>
</head>
<body>
<div class="wrap">
<header class="summary">
<p class="tool">pith explain</p>
<h1>{{or .Title "(no title found)"}}</h1>
<dl>
{{- if .URL}}
<dt>URL</dt><dd><code>{{.URL}}</code></dd>
{{- end}}
{{- if .PageType}}
<dt>Page kind</dt><dd>{{.PageType}}{{if .PageTypeEvidence}}: {{.PageTypeEvidence}}{{end}}; {{if .Assembly}}assembled as {{.Assembly}}{{else}}the article path's result{{end}}</dd>
{{- end}}
<dt>Confidence</dt><dd>{{num .Confidence}}{{range .ConfidenceReasons}}<br>{{.}}{{end}}</dd>
{{- if .Encoding}}
<dt>Encoding</dt><dd>{{.Encoding}} ({{.EncodingSource}})</dd>
{{- end}}
<dt>Container</dt><dd>{{if .Container}}<code>{{.Container}}</code> (score {{num .ContainerScore}}){{else}}none found: nothing kept{{end}}</dd>
{{- if .BodySource}}
<dt>Body</dt><dd>from the page's {{.BodySource}} articleBody: no text block was kept</dd>
{{- end}}
<dt>Blocks</dt><dd><span class="pill kept">{{.Kept}} kept</span>{{with notes .Blocks}}<span class="pill note">{{len .}} of them as {{if eq (len .) 1}}a note{{else}}notes{{end}}</span>{{end}}<span class="pill dropped">{{.Dropped}} dropped</span> of {{len .Blocks}} text blocks</dd>
<dt>Time</dt><dd>{{dur .Duration}}</dd>
</dl>
{{- with notes .Blocks}}
<h2>Correction and update notes</h2>
<ul class="notes">
{{- range .}}
<li><a href="#b{{.Index}}">{{preview .Text}}</a></li>
{{- end}}
</ul>
{{- end}}
<p class="legend"><span class="pill kept">kept</span> body text <span class="pill note">note</span> kept as a correction or update note <span class="pill dropped">dropped</span> left out, folded: click to open</p>
</header>
<main>
{{- range .Blocks}}
{{- if eq .Decision "dropped"}}
<details class="block dropped k-{{.Kind}}" id="b{{.Index}}"><summary><span class="idx">#{{.Index}}</span> <span class="dec">dropped</span> <span class="kind">{{.Kind}}</span> · <span class="reason">{{.Reason}}</span> <span class="preview">{{preview .Text}}</span></summary>
<p class="text">{{.Text}}</p>
{{template "features" .}}
</details>
{{- else}}
<section class="block {{.Decision}} k-{{.Kind}}" id="b{{.Index}}">
<div class="head"><span class="idx">#{{.Index}}</span> <span class="dec">{{.Decision}}</span> <span class="kind">{{.Kind}}</span> · <span class="reason">{{.Reason}}</span></div>
<p class="text">{{.Text}}</p>
{{template "features" .}}
</section>
{{- end}}
{{- end}}
</main>
<footer>Made by pith explain. Page text is shown as text only: nothing from the page runs or loads.</footer>
</div>
</body>
</html>
{{define "features" -}}
<div class="feat"><span><b>{{.Chars}}</b> chars</span><span><b>{{pct .LinkDensity}}</b> links</span><span>repeats <b>×{{.Repeats}}</b></span>{{if .Score}}<span title="content score of the element this block's text votes for, usually its parent">score <b>{{num .Score}}</b></span>{{end}}<span>{{if .InContainer}}inside{{else}}outside{{end}} the container</span><code>{{.TagPath}}</code></div>
{{- with .Evidence}}
<div class="feat why">matched: {{.}}</div>
{{- end}}
{{- if or .Classes .Signals}}
<div class="feat">{{range .Classes}}<span class="tok">{{.}}</span>{{end}}{{with .Signals}}<span class="sigs">signals: {{range $i, $s := .}}{{if $i}}; {{end}}{{$s}}{{end}}</span>{{end}}</div>
{{- end}}
{{- end}}
`))
