package extractor

import (
	"errors"
	"strings"
	"testing"

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
		{"utf-8 BOM", "\xef\xbb\xbf<p>" + ru, "", "<p>" + ru, nil},
		{"empty", "", "", "", ErrEmpty},
		{"whitespace", " \r\n\t ", "", "", ErrEmpty},
		{"gzip", "\x1f\x8b\x08\x00\x00\x00\x00\x00", "", "", ErrNotHTML},
		{"control bytes", strings.Repeat("\x01\x02\x03<p>", 50), "", "", ErrNotHTML},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := decode([]byte(tt.page), tt.contentType)
			if tt.wantErr != nil {
				assert.True(t, errors.Is(err, tt.wantErr), "got %v, want %v", err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Contains(t, string(out), tt.want)
		})
	}
}
