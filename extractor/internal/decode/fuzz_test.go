package decode

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzDecode decodes arbitrary bytes: valid UTF-8 out, and valid UTF-8 in is returned as it is.
func FuzzDecode(f *testing.F) {
	files, err := filepath.Glob("../../../testdata/pages/*/input.html")
	if err != nil {
		f.Fatal(err)
	}
	for i, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		if len(b) <= 256<<10 {
			f.Add(b, []string{"", "text/html; charset=utf-8", "text/html; charset=windows-1251", "text/html; charset=bogus"}[i%4])
		}
	}
	f.Add([]byte("<p>caf\xe9 cr\xe8me br\xfbl\xe9e</p>"), "")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"), "")
	f.Fuzz(func(t *testing.T, page []byte, contentType string) {
		out, err := Text(page, contentType)
		if err != nil {
			return
		}
		if !utf8.Valid(out) {
			t.Fatalf("output is not valid UTF-8: %q", out)
		}
		// Valid UTF-8 is kept as it is, but for a 7-bit page with ISO-2022-JP escapes.
		if utf8.Valid(page) && !hasUTF16BOM(page) && !hasUTF8BOM(page) && !isISO2022JP(page) && string(out) != string(page) {
			t.Fatalf("valid UTF-8 changed: %q -> %q", page, out)
		}
	})
}
