package meta

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPageDateOrder checks when a numeric date that both orders read is read the other way:
// only when another date of the page, written so that it reads one way only, gives that
// reading, and none gives the one read.
func TestPageDateOrder(t *testing.T) {
	numeric := timeFact{datetime: "03-11-2025"}
	cases := []struct {
		name      string
		f         pageFacts
		published string
		want      string
		reread    bool
	}{
		{"an ISO stamp gives the other reading", pageFacts{times: []timeFact{numeric, {datetime: "2025-11-03"}}}, "2025-03-11", "2025-11-03", true},
		{"a line in words gives it", pageFacts{times: []timeFact{numeric}, bareDates: []string{"November 3, 2025"}}, "2025-03-11", "2025-11-03", true},
		{"nothing settles the order", pageFacts{times: []timeFact{numeric}, bareDates: []string{"June 14, 2025"}}, "2025-03-11", "2025-03-11", false},
		{"the page also writes the day read", pageFacts{times: []timeFact{numeric, {datetime: "2025-11-03"}}, bareDates: []string{"March 11, 2025"}}, "2025-03-11", "2025-03-11", false},
		{"no numeric date reads both ways", pageFacts{times: []timeFact{{datetime: "2025-03-11"}, {datetime: "2025-11-03"}}}, "2025-03-11", "2025-03-11", false},
		{"a day past the 12th reads one way", pageFacts{times: []timeFact{{datetime: "03-14-2025"}, {datetime: "2025-14-03"}}}, "2025-03-14", "2025-03-14", false},
		{"a stamp with a time is not a numeric date", pageFacts{times: []timeFact{numeric, {datetime: "2025-11-03"}}}, "2025-03-11T10:00:00Z", "2025-03-11T10:00:00Z", false},
	}
	for _, c := range cases {
		got, reread := pageDateOrder(&c.f, c.published, false)
		assert.Equal(t, c.want, got, c.name)
		assert.Equal(t, c.reread, reread, c.name)
	}
}
