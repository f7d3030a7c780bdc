package view

import "time"

// Explanation is the explain report as its renderers see it: the fields and JSON keys of
// extractor.Explanation. A new top-level field of the report goes here, with its key, is
// filled in extractor/explain.go (explanationView) and shown in the summary of the HTML
// report (render/explain_html.go).
type Explanation struct {
	Title             string           `json:"title"`
	URL               string           `json:"url,omitempty"`
	Container         string           `json:"container,omitempty"`
	ContainerScore    float64          `json:"container_score"`
	Duration          time.Duration    `json:"duration_ns"`
	Kept              int              `json:"kept"`
	Dropped           int              `json:"dropped"`
	Notes             []string         `json:"notes,omitempty"`
	BodySource        string           `json:"body_source,omitempty"`
	PageType          string           `json:"page_type,omitempty"`
	PageTypeEvidence  string           `json:"page_type_evidence,omitempty"`
	Assembly          string           `json:"assembly,omitempty"`
	Confidence        float64          `json:"confidence"`
	ConfidenceReasons []string         `json:"confidence_reasons,omitempty"`
	Encoding          string           `json:"encoding,omitempty"`
	EncodingSource    string           `json:"encoding_source,omitempty"`
	Blocks            []ExplainedBlock `json:"blocks"`
}

// ExplainedBlock is one block of the report, with the fields and JSON keys of
// extractor.ExplainedBlock.
type ExplainedBlock struct {
	Index       int      `json:"index"`
	Kind        Kind     `json:"kind"`
	Text        string   `json:"text"`
	Decision    string   `json:"decision"`
	Reason      string   `json:"reason"`
	Evidence    string   `json:"evidence,omitempty"`
	Chars       int      `json:"chars"`
	LinkDensity float64  `json:"link_density"`
	Repeats     int      `json:"repeats"`
	Score       float64  `json:"score"`
	InContainer bool     `json:"in_container"`
	TagPath     string   `json:"tag_path"`
	Classes     []string `json:"classes,omitempty"`
	Signals     []string `json:"signals,omitempty"`
}

// The decisions of an [ExplainedBlock], as extractor.Decision spells them.
const (
	DecisionKept    = "kept"
	DecisionNote    = "note"
	DecisionDropped = "dropped"
)
