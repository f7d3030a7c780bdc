package block

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// galleryCounterWords are the two words of a slideshow's counter, lower-cased, by language:
// the noun that names the slide (Noun: "image", "photo", "slide") and the word between its
// number and the count (Of: "of", "von", "из"). A block whose whole text is "Image 3 of 5"
// (or "3 of 5 photos" in no language here: the noun comes first in every table) is the
// gallery's control, never something to read (see IsGalleryCounter).
var galleryCounterWords = []struct {
	Lang     string
	Noun, Of []string
}{
	{Lang: "en", Noun: []string{"image", "photo", "picture", "slide", "gallery image"}, Of: []string{"of"}},
	{Lang: "de", Noun: []string{"bild", "foto"}, Of: []string{"von", "aus"}},
	{Lang: "fr", Noun: []string{"image", "photo", "diapositive"}, Of: []string{"sur", "de"}},
	{Lang: "es", Noun: []string{"imagen", "foto", "diapositiva"}, Of: []string{"de"}},
	{Lang: "it", Noun: []string{"immagine", "foto"}, Of: []string{"di", "su"}},
	{Lang: "pt", Noun: []string{"imagem", "foto"}, Of: []string{"de"}},
	{Lang: "nl", Noun: []string{"afbeelding", "foto"}, Of: []string{"van"}},
	{Lang: "pl", Noun: []string{"zdjęcie", "obraz"}, Of: []string{"z"}},
	{Lang: "ru", Noun: []string{"фото", "изображение", "слайд"}, Of: []string{"из"}},
	{Lang: "uk", Noun: []string{"фото", "зображення", "слайд"}, Of: []string{"з", "із"}},
	{Lang: "tr", Noun: []string{"fotoğraf", "resim"}, Of: []string{"/"}},
	{Lang: "id", Noun: []string{"foto", "gambar"}, Of: []string{"dari"}},
	{Lang: "vi", Noun: []string{"ảnh", "hình"}, Of: []string{"trên", "/"}},
}

// IsGalleryCounter reports whether text is a slideshow's counter alone: a noun of
// galleryCounterWords, a number, the word of the same language between the number and the
// count (or a slash), and the count ("Image 3 of 5", "Bild 2 von 12", "Фото 1 из 8",
// "Photo 4/9").
func IsGalleryCounter(text string) bool {
	t := strings.TrimSpace(text)
	if len(t) > maxGalleryCounterBytes || t == "" || !unicode.IsDigit(lastRune(t)) {
		return false // most blocks: no lower-cased copy made
	}
	t = strings.ToLower(t)
	for _, l := range galleryCounterWords {
		for _, n := range l.Noun {
			rest, ok := strings.CutPrefix(t, n+" ")
			if !ok {
				continue
			}
			num, rest := cutDigits(strings.TrimSpace(rest))
			if num == "" {
				continue
			}
			rest = strings.TrimSpace(rest)
			if after, ok := strings.CutPrefix(rest, "/"); ok {
				return isDigits(strings.TrimSpace(after))
			}
			for _, of := range l.Of {
				if after, ok := strings.CutPrefix(rest, of+" "); ok && isDigits(strings.TrimSpace(after)) {
					return true
				}
			}
		}
	}
	return false
}

// cutDigits splits s after its leading ASCII digits.
func cutDigits(s string) (digits, rest string) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return s[:i], s[i:]
}

// isDigits reports whether s is one or more ASCII digits.
func isDigits(s string) bool {
	d, rest := cutDigits(s)
	return d != "" && rest == ""
}

// lastRune is the last rune of s (utf8.RuneError for "").
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
