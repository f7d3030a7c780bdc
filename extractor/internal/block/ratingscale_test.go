package block

import "testing"

func TestIsRatingScale(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"1 of 5 stars2 of 5 stars3 of 5 stars4 of 5 stars5 of 5 stars", true},
		{"5 Sterne4 Sterne3 Sterne2 Sterne1 Stern", true},
		{"5 звёзд 4 звезды 3 звезды 2 звезды 1 звезда", false}, // the words change: not read
		{"1 étoile 2 étoiles 3 étoiles 4 étoiles 5 étoiles", true},
		{"5 estrellas 4 estrellas 3 estrellas 2 estrellas 1 estrellas", true},
		{"1 star 2 stars 3 stars", true},
		{"1 2 3 4 5", false},
		{"1 of 5 stars", false},
		{"1 star 2 stars", false},
		{"1 star 3 stars 5 stars", false},
		{"3 beds 2 baths 1,958 sq ft", false},
		{"1 cup flour 2 cups sugar 3 cups milk", false},
		{"2024 was a good year, 2025 better", false},
		{"Rated 4.5 of 5 stars", false},
	} {
		if got := IsRatingScale(tc.text); got != tc.want {
			t.Errorf("IsRatingScale(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
