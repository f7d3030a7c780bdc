package meta

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestVisibleNames checks what a line shown on the page must look like to be a name.
func TestVisibleNames(t *testing.T) {
	assert.True(t, plausibleName("Julian K. Arni", true), "a name")
	assert.True(t, plausibleName("3i Global", true), "a company's name may open with a digit")
	assert.False(t, plausibleName("#review #tech #zig", true), "tags")
	assert.False(t, plausibleName("Dec. 19", true), "a month and day")
	assert.Equal(t, []string{"Jane Doe"}, cleanAuthors([]string{"04/09/2024 By Jane Doe"}, true), "a date, then a lead-in")
	assert.Equal(t, []string{"Jane Doe"}, cleanAuthors([]string{"Written By | Jane Doe"}, true), "the lead-in apart")
}

// TestDateLineAuthors checks the name beside the page's date, and the lines that are a list.
func TestDateLineAuthors(t *testing.T) {
	dl := dateLine{story: true, published: "2025-12-17"}
	assert.Equal(t, []string{"Priya Raman"}, dl.authors([]string{"Dec 17, 2025 · Priya Raman", "Nov 25, 2025 · Priya Raman"}))
	assert.Nil(t, dl.authors([]string{"Dec 18, 2025 · Priya Raman"}), "another day than the page's")
	assert.Nil(t, dl.authors([]string{"Dec 17, 2025 · Technology"}), "one word is a section")
	assert.Nil(t, dl.authors([]string{"Dec 17, 2025 | Valley Courier", "Nov 25, 2025 | Harbor Tribune"}), "a list of cards")
	assert.Nil(t, dateLine{published: "2025-12-17"}.authors([]string{"Dec 17, 2025 · Priya Raman"}), "not a story")
}
