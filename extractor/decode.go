package extractor

import (
	"bytes"
	"fmt"
	"mime"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"
)

// sniffBytes is how much of the page the charset and binary sniffers look at.
const sniffBytes = 1024

// decode turns page bytes into UTF-8 text, and rejects inputs that are empty or clearly binary.
// A BOM decides the encoding; then valid UTF-8 is taken as UTF-8 whatever the page declares.
// Other pages are decoded with their declared encoding (the Content-Type charset, else
// <meta charset>), except that a page declared as UTF-8 or windows-1252 (latin-1), or not
// declared, is checked against its bytes: mostly UTF-8 with a few stray bytes is repaired byte
// by byte, and legacy bytes are decoded as the Cyrillic or Western encoding they look like (see
// [byteStats]). Browsers trust the declaration and show mojibake; an extractor wants the text.
func decode(page []byte, contentType string) ([]byte, error) {
	if len(bytes.TrimSpace(page)) == 0 {
		return nil, ErrEmpty
	}
	if err := sniffBinary(page); err != nil {
		return nil, err
	}
	if hasUTF8BOM(page) {
		page = page[3:]
	}
	if hasUTF16BOM(page) {
		enc, name, _ := charset.DetermineEncoding(page, contentType)
		return decodeWith(enc, name, page)
	}
	// Valid UTF-8 with any non-ASCII text is UTF-8 whatever the page or header claims: no
	// legacy encoding produces it by chance. This also catches pages that declare
	// windows-1251 or latin-1 and were saved as UTF-8.
	if utf8.Valid(page) {
		return page, nil
	}
	enc, name := declaredEncoding(page, contentType)
	st := scanBytes(page)
	switch {
	case enc != nil && name != "utf-8" && name != "windows-1252" && !st.surelyUTF8():
		return decodeWith(enc, name, page)
	case st.mostlyUTF8():
		return repairUTF8(page, st.legacy()), nil
	}
	legacy := st.legacy()
	return decodeWith(legacy, legacy.String(), page)
}

// declaredEncoding returns the encoding named by the Content-Type charset or, failing that,
// by a <meta> tag in the first [metaScanBytes] of the page; nil if none is named or known.
func declaredEncoding(page []byte, contentType string) (encoding.Encoding, string) {
	if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
		if enc, name := charset.Lookup(params["charset"]); enc != nil {
			return enc, name
		}
	}
	// charset.DetermineEncoding reads <meta charset> only in the first 1024 bytes; many pages
	// put it later, after long comments or scripts.
	if label := metaCharset(page[:min(len(page), metaScanBytes)]); label != "" {
		return charset.Lookup(label)
	}
	return nil, ""
}

// decodeWith decodes page from enc to UTF-8.
func decodeWith(enc encoding.Encoding, name string, page []byte) ([]byte, error) {
	out, _, err := transform.Bytes(enc.NewDecoder(), page)
	if err != nil {
		return nil, &DecodeError{Charset: name, Err: err}
	}
	return out, nil
}

// metaScanBytes is how far into the page a late <meta charset> is looked for.
const metaScanBytes = 64 << 10

// metaCharset finds the charset named by a <meta charset> or <meta http-equiv content> tag.
func metaCharset(head []byte) string {
	lower := bytes.ToLower(head)
	for i := 0; ; {
		j := bytes.Index(lower[i:], []byte("<meta"))
		if j < 0 {
			return ""
		}
		i += j + 5
		end := bytes.IndexByte(lower[i:], '>')
		if end < 0 {
			return ""
		}
		tag := lower[i : i+end]
		k := bytes.Index(tag, []byte("charset="))
		if k < 0 {
			continue
		}
		v := bytes.TrimLeft(tag[k+8:], "\"' ")
		stop := bytes.IndexAny(v, "\"'; />")
		if stop >= 0 {
			v = v[:stop]
		}
		if len(v) > 0 {
			return string(v)
		}
	}
}

func hasUTF16BOM(b []byte) bool {
	return bytes.HasPrefix(b, []byte{0xFE, 0xFF}) || bytes.HasPrefix(b, []byte{0xFF, 0xFE})
}

func hasUTF8BOM(b []byte) bool { return bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}) }

// binaryMagic lists signatures of common non-HTML files that crawls serve as text/html.
var binaryMagic = []struct {
	prefix string
	name   string
}{
	{"\x1f\x8b", "gzip data"},
	{"%PDF-", "a PDF document"},
	{"\x89PNG\r\n\x1a\n", "a PNG image"},
	{"\xff\xd8\xff", "a JPEG image"},
	{"GIF87a", "a GIF image"},
	{"GIF89a", "a GIF image"},
	{"PK\x03\x04", "a zip archive"},
	{"RIFF", "a RIFF (WebP, WAV or AVI) file"},
	{"\x00asm", "WebAssembly"},
	{"\x7fELF", "an ELF binary"},
	{"(\xb5/\xfd", "zstd data"},
	{"BZh", "bzip2 data"},
}

// sniffBinary returns an error wrapping [ErrNotHTML] when page starts with a known binary
// signature or its first bytes hold control characters no text page has. UTF-16 pages
// (with a BOM) contain NUL bytes and are let through.
func sniffBinary(page []byte) error {
	for _, m := range binaryMagic {
		if bytes.HasPrefix(page, []byte(m.prefix)) {
			return fmt.Errorf("%w: looks like %s", ErrNotHTML, m.name)
		}
	}
	if bytes.HasPrefix(page, []byte{0xFE, 0xFF}) || bytes.HasPrefix(page, []byte{0xFF, 0xFE}) {
		return nil
	}
	head := page[:min(len(page), sniffBytes)]
	control := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b {
			control++
		}
	}
	if control*maxControlTenth > len(head) || bytes.IndexByte(head, 0) >= 0 && control*maxControlWithNUL > len(head) {
		return fmt.Errorf("%w: binary data", ErrNotHTML)
	}
	return nil
}
