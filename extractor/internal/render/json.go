package render

import (
	"bytes"
	"encoding/json"

	"github.com/pithdev/pith/extractor/internal/view"
)

// JSON returns d as one JSON object on one line, without a final newline; HTML characters
// are not escaped (no \u003c). The keys are the json tags of view.Document.
func JSON(d *view.Document) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(d); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}
