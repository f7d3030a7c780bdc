package view

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/net/html/atom"
)

func TestTagPathAndClasses(t *testing.T) {
	doc := parse(t, `<body class="home page"><div id="site" class=" wrap  main "><article class="post post"><p class="lead x">Text</p></article></div>`)
	p := elements(doc, atom.P)[0]
	assert.Equal(t, "body.home>div.wrap>article.post>p.lead", TagPath(p))
	assert.Equal(t, "p.lead", TagLabel(p))
	assert.Equal(t, []string{"lead", "x", "post", "#site", "wrap", "main", "home", "page"}, ClassTokens(p), "nearest first, each once")
	var sb strings.Builder
	for i := range 20 {
		sb.WriteString(" c" + string(rune('a'+i)))
	}
	deep := parse(t, `<body><p class="`+sb.String()+`">x</p>`)
	assert.Len(t, ClassTokens(elements(deep, atom.P)[0]), maxExplainClasses)
}
