package view

// Document is the JSON output of a result: the keys of extractor.Result, in its order. A new
// top-level field of the JSON goes here, with its key, and is filled where the extractor
// makes the Document (extractor/render_json.go).
type Document struct {
	Title    string   `json:"title"`
	URL      string   `json:"url,omitempty"`
	Metadata Metadata `json:"metadata"`
	// Blocks are the result's blocks as it holds them (*[]extractor.Block), encoded with
	// their own keys (kind, text, level, ordered), the ones json.Unmarshal reads back into
	// a Result. They are not copied into views: the copy cost JSON output 4% of its time.
	Blocks     any       `json:"blocks"`
	Comments   []Comment `json:"comments,omitempty"`
	BodySource string    `json:"body_source,omitempty"`
	PageType   string    `json:"page_type,omitempty"`
	Confidence float64   `json:"confidence"`
	Encoding   string    `json:"encoding,omitempty"`
	EncSource  string    `json:"encoding_source,omitempty"`
}

// Metadata is extractor.Metadata with its JSON keys: the same fields in the same order, so
// that one converts to the other.
type Metadata struct {
	Authors      []string `json:"authors,omitempty"`
	Published    string   `json:"published,omitempty"`
	Modified     string   `json:"modified,omitempty"`
	SiteName     string   `json:"site_name,omitempty"`
	Language     string   `json:"language,omitempty"`
	CanonicalURL string   `json:"canonical_url,omitempty"`
	Description  string   `json:"description,omitempty"`
	Image        string   `json:"image,omitempty"`
	Tags         []string `json:"tags,omitempty"`
	Categories   []string `json:"categories,omitempty"`
	Notes        []string `json:"notes,omitempty"`
}
