package decode

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/transform"
)

// sniffBytes is how much of the page the charset and binary sniffers look at.
const sniffBytes = 1024

// What decided the encoding a page was read in (extractor's Result.EncodingSource).
const (
	// SourceBOM: the page starts with a UTF-8 or UTF-16 byte order mark.
	SourceBOM = "bom"
	// SourceHTTP: the charset of the Content-Type header ([Source.ContentType]).
	SourceHTTP = "http"
	// SourceMeta: a <meta charset> or <meta http-equiv=Content-Type> of the page.
	SourceMeta = "meta"
	// SourceDetected: pith read it from the bytes, when nothing declared an encoding
	// or the bytes contradict the declaration (valid UTF-8 declared as something else, a
	// legacy encoding declared as UTF-8 or windows-1252).
	SourceDetected = "detected"
	// SourceDefault: nothing declared an encoding and the page is all ASCII, read as
	// UTF-8 (every ASCII-compatible encoding reads it alike).
	SourceDefault = "default"
)

// Decoded is the decode stage's output.
type Decoded struct {
	// Text is the page's text in UTF-8.
	Text []byte
	// Encoding is the WHATWG name of the encoding the page was read in.
	Encoding string
	// Source is what decided the encoding: a Source* value.
	Source string
}

// Sentinel errors of the decode stage; package extractor exports them as its own.
var (
	// ErrEmpty: the input has no bytes, or only whitespace.
	ErrEmpty = errors.New("extractor: empty input")
	// ErrNotHTML: the input does not look like HTML (binary data, an image, a PDF, a gzip stream).
	ErrNotHTML = errors.New("extractor: input is not html")
)

// CharsetError reports that the input could not be read in the encoding it names.
type CharsetError struct {
	// Charset is the encoding that was tried.
	Charset string
	// Err is the underlying error.
	Err error
}

// Error implements error.
func (e *CharsetError) Error() string {
	return fmt.Sprintf("extractor: decode %s: %v", e.Charset, e.Err)
}

// Unwrap returns the underlying error.
func (e *CharsetError) Unwrap() error { return e.Err }

// Text turns page bytes into UTF-8 text, and rejects inputs that are empty or clearly binary.
// It is [Page] for callers that want only the text.
func Text(page []byte, contentType string) ([]byte, error) {
	d, err := Page(page, contentType)
	return d.Text, err
}

// decodePage turns page bytes into UTF-8 text, and rejects inputs that are empty or clearly
// binary. A BOM decides the encoding; then valid UTF-8 is taken as UTF-8 whatever the page
// declares (a 7-bit page with ISO-2022-JP escapes is ISO-2022-JP). Other pages are Decoded
// with their declared encoding (the Content-Type charset, else <meta charset>), except that a
// page declared as UTF-8 or windows-1252 (latin-1), or not declared, is checked against its
// bytes: mostly UTF-8 with a few stray bytes is repaired byte by byte, and legacy bytes are
// Decoded as the encoding they look like (see [detectLegacy]). Browsers trust the declaration
// and show mojibake; an extractor wants the text.
func Page(page []byte, contentType string) (Decoded, error) {
	if len(bytes.TrimSpace(page)) == 0 {
		return Decoded{}, ErrEmpty
	}
	if err := sniffBinary(page); err != nil {
		return Decoded{}, err
	}
	if hasUTF8BOM(page) {
		page = page[3:]
		if utf8.Valid(page) {
			return Decoded{Text: page, Encoding: "utf-8", Source: SourceBOM}, nil
		}
	}
	if hasUTF16BOM(page) {
		enc, name, _ := charset.DetermineEncoding(page, contentType)
		return decodeWith(enc, name, page, SourceBOM)
	}
	enc, name, source := declaredEncoding(page, contentType)
	// Valid UTF-8 with any non-ASCII text is UTF-8 whatever the page or header claims: no
	// legacy encoding produces it by chance. This also catches pages that declare
	// windows-1251 or latin-1 and were saved as UTF-8.
	if utf8.Valid(page) {
		if isISO2022JP(page) {
			if name != "iso-2022-jp" {
				source = SourceDetected
			}
			return decodeWith(japanese.ISO2022JP, "iso-2022-jp", page, source)
		}
		return Decoded{Text: page, Encoding: "utf-8", Source: utf8Source(page, name, source)}, nil
	}
	st := scanBytes(page)
	switch {
	case enc != nil && name != "utf-8" && name != "windows-1252" && !st.surelyUTF8():
		return decodeWith(enc, name, page, source)
	case st.mostlyUTF8():
		return Decoded{Text: repairUTF8(page, st.legacy()), Encoding: "utf-8", Source: SourceDetected}, nil
	}
	legacy := detectLegacy(page, st)
	if name != legacy.name {
		source = SourceDetected
	}
	return decodeWith(legacy.enc, legacy.name, page, source)
}

// utf8Source says what decided that a valid UTF-8 page is UTF-8: its declaration when it
// declares UTF-8 or the page is all ASCII (which every ASCII-compatible encoding reads
// alike), the default when it declares nothing and is all ASCII, else the bytes.
func utf8Source(page []byte, declared, source string) string {
	if declared == "utf-8" {
		return source
	}
	switch ascii := isASCII(page); {
	case declared != "" && ascii && asciiCompatible(declared):
		return source
	case declared == "" && ascii:
		return SourceDefault
	}
	return SourceDetected
}

// asciiCompatible reports whether the encoding named reads ASCII bytes as ASCII.
func asciiCompatible(name string) bool {
	return !strings.HasPrefix(name, "utf-16") && name != "iso-2022-jp" && name != "replacement"
}

// isASCII reports whether b has only 7-bit bytes, looking at eight at a time.
func isASCII(b []byte) bool {
	for ; len(b) >= 8; b = b[8:] {
		if binary.LittleEndian.Uint64(b)&0x8080808080808080 != 0 {
			return false
		}
	}
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isISO2022JP reports whether a 7-bit page switches to JIS X 0208 with ISO-2022-JP escape
// sequences (ESC $ B, ESC $ @): valid UTF-8 and ASCII as bytes, Japanese as text.
func isISO2022JP(page []byte) bool {
	if bytes.IndexByte(page, 0x1b) < 0 || !isASCII(page) {
		return false
	}
	return bytes.Contains(page, []byte("\x1b$B")) || bytes.Contains(page, []byte("\x1b$@"))
}

// declaredEncoding returns the encoding named by the Content-Type charset or, failing that,
// by a <meta> tag in the first [metaScanBytes] of the page, its WHATWG name and the
// EncodingSource* value of where it was named; nil if none is named or known.
func declaredEncoding(page []byte, contentType string) (encoding.Encoding, string, string) {
	if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
		if enc, name := charset.Lookup(params["charset"]); enc != nil {
			return enc, name, SourceHTTP
		}
	}
	// charset.DetermineEncoding reads <meta charset> only in the first 1024 bytes; many pages
	// put it later, after long comments or scripts.
	if label := metaCharset(page[:min(len(page), metaScanBytes)]); label != "" {
		if enc, name := charset.Lookup(label); enc != nil {
			return enc, name, SourceMeta
		}
	}
	return nil, "", ""
}

// decodeWith decodes page from enc, whose WHATWG name is name, to UTF-8; source says what
// chose enc.
func decodeWith(enc encoding.Encoding, name string, page []byte, source string) (Decoded, error) {
	out, _, err := transform.Bytes(enc.NewDecoder(), page)
	if err != nil {
		return Decoded{}, &CharsetError{Charset: name, Err: err}
	}
	return Decoded{Text: out, Encoding: name, Source: source}, nil
}

// metaScanBytes is how far into the page a late <meta charset> is looked for.
const metaScanBytes = 64 << 10

// metaCharset finds the charset named by a <meta charset> or <meta http-equiv content> tag.
// It looks at each '<' of head for "<meta" in any case, and lowers only the tags it finds.
func metaCharset(head []byte) string {
	for i := 0; ; {
		j := bytes.IndexByte(head[i:], '<')
		if j < 0 {
			return ""
		}
		i += j + 1
		if len(head)-i < 4 || head[i]|0x20 != 'm' || head[i+1]|0x20 != 'e' || head[i+2]|0x20 != 't' || head[i+3]|0x20 != 'a' {
			continue
		}
		i += 4
		end := bytes.IndexByte(head[i:], '>')
		if end < 0 {
			return ""
		}
		tag := bytes.ToLower(head[i : i+end])
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
