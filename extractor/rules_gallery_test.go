package extractor

import (
	"testing"

	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/stretchr/testify/assert"
)

func TestDropGalleryCounters(t *testing.T) {
	testKindPages(t, []kindPage{{
		// The slideshow's counters go; a sentence that holds the same words stays.
		name: "gallery-counter", file: "gallery-counter.html",
		must:    []string{"Work began on Monday", "where Image 4 of the survey shows", "keep clear of the southern arm"},
		mustNot: []string{"Image 1 of 3", "Image 3 of 3"},
	}})
}

func TestIsGalleryCounter(t *testing.T) {
	for _, s := range []string{"Image 3 of 5", " Photo 12 of 40 ", "Slide 2/9", "Bild 2 von 12", "Фото 1 из 8", "Foto 3 de 10", "Immagine 1 di 4"} {
		assert.True(t, block.IsGalleryCounter(s), s)
	}
	for _, s := range []string{"Image 3 of 5 shows the harbour", "3 of 5", "Image of the week", "Photo 3 of", "Image 3 from 5",
		"Фото 1 of 8"} {
		assert.False(t, block.IsGalleryCounter(s), s)
	}
}
