package extractor

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
)

// sniffBytes is how much of the page the charset and binary sniffers look at.
const sniffBytes = 1024

// decode turns page bytes into UTF-8 text. It follows the WHATWG order (BOM, the
// Content-Type charset, <meta charset>, then content sniffing) through
// charset.DetermineEncoding, and rejects inputs that are empty or clearly binary.
func decode(page []byte, contentType string) ([]byte, error) {
	if len(bytes.TrimSpace(page)) == 0 {
		return nil, ErrEmpty
	}
	if err := sniffBinary(page); err != nil {
		return nil, err
	}
	enc, name, _ := charset.DetermineEncoding(page, contentType)
	if name == "utf-8" {
		if hasUTF8BOM(page) {
			page = page[3:]
		}
		if utf8.Valid(page) {
			return page, nil
		}
		// A page declared as UTF-8 but written in another encoding (often windows-1252 or -1251):
		// fall back to sniffing without the declared charset.
		if alt, altName, _ := charset.DetermineEncoding(page, "text/html"); altName != "utf-8" {
			enc, name = alt, altName
		} else {
			return bytes.ToValidUTF8(page, []byte("\uFFFD")), nil
		}
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), page)
	if err != nil {
		return nil, &DecodeError{Charset: name, Err: err}
	}
	return out, nil
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
	if control*10 > len(head) || bytes.IndexByte(head, 0) >= 0 && control*50 > len(head) {
		return fmt.Errorf("%w: binary data", ErrNotHTML)
	}
	return nil
}
