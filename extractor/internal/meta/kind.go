package meta

// Types returns the @type values of every item of the page's JSON-LD, as written, in the
// order the items were found: what the page declares itself to be, for the page-kind
// classifier. Microdata itemtypes are not here.
func (fs *Facts) Types() []string {
	var out []string
	for _, n := range fs.ld.nodes {
		switch t := n["@type"].(type) {
		case string:
			out = append(out, t)
		case []any:
			for _, e := range t {
				if s, ok := e.(string); ok {
					out = append(out, s)
				}
			}
		}
	}
	return out
}

// OGType returns the page's og:type, as written, or "".
func (fs *Facts) OGType() string { return fs.f.metaValue("og:type") }
