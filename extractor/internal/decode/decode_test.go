package decode

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
)

func encode(t *testing.T, enc encoding.Encoding, s string) string {
	t.Helper()
	out, err := enc.NewEncoder().String(s)
	require.NoError(t, err)
	return out
}

func TestDecode(t *testing.T) {
	const (
		ru = "Река поднялась на четыре метра за ночь, и к утру нижний город оказался под водой."
		fr = "Le café crème du marché coûte deux euros après la crue."
		ja = "川の水位は一晩で四メートル上昇した。"
	)
	cp1251 := encode(t, charmap.Windows1251, ru)
	tests := []struct {
		name        string
		page        string
		contentType string
		want        string // in the output
		wantErr     error
	}{
		{"utf-8", "<p>" + ru, "", ru, nil},
		{"utf-8 declared windows-1251", `<meta charset="windows-1251"><p>` + ru, "", ru, nil},
		{"windows-1251 declared", `<meta charset="windows-1251"><p>` + cp1251, "", ru, nil},
		{"windows-1251 declared utf-8 in meta", `<meta charset="utf-8"><p>` + cp1251, "", ru, nil},
		{"windows-1251 declared utf-8 in header", "<p>" + cp1251, "text/html; charset=UTF-8", ru, nil},
		{"windows-1251 declared latin-1", "<p>" + cp1251, "text/html; charset=iso-8859-1", ru, nil},
		{"windows-1251 undeclared", "<p>" + cp1251, "", ru, nil},
		{"KOI8-R undeclared", "<p>" + encode(t, charmap.KOI8R, ru), "", ru, nil},
		{"windows-1252 undeclared", "<p>" + encode(t, charmap.Windows1252, fr), "", fr, nil},
		{"windows-1252 declared utf-8", `<meta charset="utf-8"><p>` + encode(t, charmap.Windows1252, fr), "", fr, nil},
		{"utf-8 with a windows-1252 paragraph", "<p>" + ru + "<p>" + encode(t, charmap.Windows1252, fr), "", fr, nil},
		{"utf-8 with a windows-1252 paragraph, utf-8 part", "<p>" + ru + "<p>" + encode(t, charmap.Windows1252, fr), "", ru, nil},
		{"shift_jis declared", `<meta charset="shift_jis"><p>` + encode(t, japanese.ShiftJIS, ja), "", ja, nil},
		{"header wins over meta", `<meta charset="utf-8"><p>` + encode(t, japanese.ShiftJIS, ja), "text/html; charset=Shift_JIS", ja, nil},
		{"late meta", "<!--" + strings.Repeat("x", 4000) + `--><meta charset="shift_jis"><p>` + encode(t, japanese.ShiftJIS, ja), "", ja, nil},
		{"a few stray bytes", "<p>over\xffnight</p>", "", "overÿnight", nil},
		{"utf-8 with a run of one junk byte", `<meta charset="utf-8"><a href="/a` + strings.Repeat("\xe6", 400) + `">x</a><p>` + ru, "", ru, nil},
		{"windows-1252 with a dash line", "<p>" + encode(t, charmap.Windows1252, fr) + "<p>" + strings.Repeat("\x97", 20), "", fr, nil},
		{"utf-8 BOM", "\xef\xbb\xbf<p>" + ru, "", "<p>" + ru, nil},
		{"empty", "", "", "", ErrEmpty},
		{"whitespace", " \r\n\t ", "", "", ErrEmpty},
		{"gzip", "\x1f\x8b\x08\x00\x00\x00\x00\x00", "", "", ErrNotHTML},
		{"control bytes", strings.Repeat("\x01\x02\x03<p>", 50), "", "", ErrNotHTML},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := Text([]byte(tt.page), tt.contentType)
			if tt.wantErr != nil {
				assert.True(t, errors.Is(err, tt.wantErr), "got %v, want %v", err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Contains(t, string(out), tt.want)
		})
	}
}

// TestDecodeSource checks what decodePage says decided the encoding, and the name it gives.
func TestDecodeSource(t *testing.T) {
	const (
		ru = "Река поднялась на четыре метра за ночь, и к утру нижний город оказался под водой."
		ja = "川の水位は一晩で四メートル上昇した。"
		pl = "Źródło przy starym młynie znów ma czystą wodę, a mieszkańcy wsi świętowali w sobotę. Sołtys podziękował wszystkim, którzy pomagali społecznie."
	)
	tests := []struct {
		name, page, contentType string
		encoding, source        string
	}{
		{"ascii", "<p>plain text", "", "utf-8", SourceDefault},
		{"utf-8 undeclared", "<p>" + ru, "", "utf-8", SourceDetected},
		{"utf-8 declared", `<meta charset="utf-8"><p>` + ru, "", "utf-8", SourceMeta},
		{"utf-8 declared in header", "<p>" + ru, "text/html; charset=utf-8", "utf-8", SourceHTTP},
		{"utf-8 declared windows-1251", `<meta charset="windows-1251"><p>` + ru, "", "utf-8", SourceDetected},
		{"ascii declared windows-1251", `<meta charset="windows-1251"><p>plain`, "", "utf-8", SourceMeta},
		{"utf-8 BOM", "\xef\xbb\xbf<p>" + ru, "", "utf-8", SourceBOM},
		{"utf-16 BOM", "\xff\xfe<\x00p\x00>\x00a\x00", "", "utf-16le", SourceBOM},
		{"windows-1251 in header", "<p>" + encode(t, charmap.Windows1251, ru), "text/html; charset=windows-1251", "windows-1251", SourceHTTP},
		{"windows-1251 undeclared", "<p>" + encode(t, charmap.Windows1251, ru), "", "windows-1251", SourceDetected},
		{"windows-1251 declared utf-8", `<meta charset="utf-8"><p>` + encode(t, charmap.Windows1251, ru), "", "windows-1251", SourceDetected},
		{"windows-1252 declared, bytes agree", `<meta charset="iso-8859-1"><p>` + encode(t, charmap.Windows1252, "Le café crème du marché coûte deux euros après la crue."), "", "windows-1252", SourceMeta},
		{"few stray bytes", "<p>over\xffnight</p>", "", "windows-1252", SourceDetected},
		{"iso-2022-jp undeclared", "<p>" + encode(t, japanese.ISO2022JP, ja), "", "iso-2022-jp", SourceDetected},
		{"iso-2022-jp declared", `<meta charset="iso-2022-jp"><p>` + encode(t, japanese.ISO2022JP, ja), "", "iso-2022-jp", SourceMeta},
		{"shift_jis declared", `<meta charset="shift_jis"><p>` + encode(t, japanese.ShiftJIS, ja), "", "shift_jis", SourceMeta},
		{"shift_jis in upper-case http-equiv", `<META HTTP-EQUIV="Content-Type" CONTENT="text/html; Charset=Shift_JIS"><p>` + encode(t, japanese.ShiftJIS, ja), "", "shift_jis", SourceMeta},
		{"shift_jis undeclared", "<p>" + encode(t, japanese.ShiftJIS, ja), "", "shift_jis", SourceDetected},
		{"iso-8859-2 undeclared", "<p>" + encode(t, charmap.ISO8859_2, pl), "", "iso-8859-2", SourceDetected},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Page([]byte(tt.page), tt.contentType)
			require.NoError(t, err)
			assert.Equal(t, tt.encoding, d.Encoding)
			assert.Equal(t, tt.source, d.Source)
			assert.True(t, utf8.Valid(d.Text), "output is UTF-8")
		})
	}
}

// TestDetectLegacyLang checks the evidence for Hungarian text without ő and ű, whose bytes
// read the same in windows-1252 and windows-1250: its letters (á é í ó ö ü together are
// Hungarian, no Western language has them all) choose windows-1250, and the page's
// lang="hu" adds to the score of the candidates that serve Hungarian, and of no other.
func TestDetectLegacyLang(t *testing.T) {
	const hu = "Az öreg híd újra nyitva áll, és a város örül. A hídon át sétáló emberek köszönik a munkát."
	d, err := Page([]byte("<html><p>"+encode(t, charmap.Windows1250, hu)), "")
	require.NoError(t, err)
	assert.Equal(t, "windows-1250", d.Encoding)
	assert.Contains(t, string(d.Text), hu)

	sample := legacySample([]byte("<p>" + encode(t, charmap.Windows1250, hu)))
	for _, c := range legacyCandidates {
		serves := slices.ContainsFunc(c.langs, func(l *language) bool { return l.serves("hu") })
		if serves {
			assert.Greater(t, c.score(sample, "hu"), c.score(sample, ""), c.name)
		} else {
			assert.Equal(t, c.score(sample, "hu"), c.score(sample, ""), c.name)
		}
	}
	assert.Equal(t, "hu", pageLang([]byte(`<html lang="hu-HU">`)))
	assert.Equal(t, "pt", pageLang([]byte(`<!doctype html><HTML class="x" LANG='pt-BR'><p>`)))
	assert.Equal(t, "", pageLang([]byte(`<html><p lang="de">`)))
}
