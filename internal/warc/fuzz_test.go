package warc_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/internal/warc"
	"github.com/pithdev/pith/internal/warc/warctest"
)

// FuzzReadMembers feeds arbitrary bytes to the member scanner and reader that batch workers
// use on .warc.gz files: no panic, the scanner and the reader always make progress (offsets
// strictly grow, so they end), and every member start gives at least one record.
func FuzzReadMembers(f *testing.F) {
	dir := f.TempDir()
	for _, name := range []string{"a.warc.gz", "a.warc"} {
		path := filepath.Join(dir, name)
		require.NoError(f, warctest.Write(path, sample()))
		b, err := os.ReadFile(path)
		require.NoError(f, err)
		f.Add(b)
		f.Add(b[:len(b)-40])
		f.Add(b[:len(b)/2])
	}
	single := filepath.Join(dir, "single.warc.gz")
	require.NoError(f, warctest.WriteSingleStream(single, sample()))
	b, err := os.ReadFile(single)
	require.NoError(f, err)
	f.Add(b)
	f.Add([]byte{0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff})

	f.Fuzz(func(t *testing.T, data []byte) {
		size := int64(len(data))
		sc := warc.NewMemberScanner(bytes.NewReader(data))
		var offs []int64
		for {
			off, err := sc.Next()
			if err != nil {
				break
			}
			if len(offs) > 0 && off <= offs[len(offs)-1] {
				t.Fatalf("member offsets do not grow: %d after %d", off, offs[len(offs)-1])
			}
			if off >= size && size > 0 {
				t.Fatalf("member offset %d past the end (%d bytes)", off, size)
			}
			offs = append(offs, off)
		}
		at := bytes.NewReader(data)
		for i, off := range offs {
			end := size
			if i+1 < len(offs) {
				end = offs[i+1]
			}
			last, n := int64(-1), 0
			for rec := range warc.ReadMembers(at, off, end, size) {
				if rec.Offset <= last || rec.Offset < off || rec.Offset >= max(end, off+1) {
					t.Fatalf("record offset %d out of order or place (member %d..%d, last %d)", rec.Offset, off, end, last)
				}
				last = rec.Offset
				if rec.Err == nil && rec.Type != "" {
					_, _ = rec.Block(1 << 20)
				}
				_ = rec.Close()
				n++
			}
			if n == 0 {
				t.Fatalf("member at %d gave no record", off)
			}
		}
	})
}
