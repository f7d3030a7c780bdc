package warc_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/nlnwa/gowarc/v3"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/internal/warc"
	"github.com/pithdev/pith/internal/warc/warctest"
)

// scan returns the member offsets the scanner finds in the archive at path.
func scan(t *testing.T, path string) []int64 {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	sc := warc.NewMemberScanner(f)
	var offs []int64
	for {
		off, err := sc.Next()
		if errors.Is(err, io.EOF) {
			return offs
		}
		require.NoError(t, err)
		offs = append(offs, off)
	}
}

// readMembers reads the records of the archive at path member by member, as batch workers do,
// checking that each member ends where the next starts.
func readMembers(t *testing.T, path string) ([]*warc.Record, [][]byte) {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	fi, err := f.Stat()
	require.NoError(t, err)
	offs := scan(t, path)
	var recs []*warc.Record
	var blocks [][]byte
	for i, off := range offs {
		end := fi.Size()
		if i+1 < len(offs) {
			end = offs[i+1]
		}
		for rec := range warc.ReadMembers(f, off, end, fi.Size()) {
			var b []byte
			if rec.Err == nil {
				b, err = rec.Block(1 << 20)
				require.NoError(t, err)
			}
			require.NoError(t, rec.Close())
			recs = append(recs, rec)
			blocks = append(blocks, b)
		}
	}
	return recs, blocks
}

// sameRecords asserts that two readings of an archive agree, record by record.
func sameRecords(t *testing.T, want, got []*warc.Record, wantBlocks, gotBlocks [][]byte) {
	t.Helper()
	require.Len(t, got, len(want))
	for i := range want {
		w, g := want[i], got[i]
		assert.Equal(t, w.Offset, g.Offset, "record %d", i)
		assert.Equal(t, w.Type, g.Type, "record %d", i)
		assert.Equal(t, w.ID, g.ID, "record %d", i)
		assert.Equal(t, w.TargetURI, g.TargetURI, "record %d", i)
		assert.Equal(t, w.HTTPStatus, g.HTTPStatus, "record %d", i)
		assert.Equal(t, w.Err != nil, g.Err != nil, "record %d: %v / %v", i, w.Err, g.Err)
		assert.Equal(t, wantBlocks[i], gotBlocks[i], "record %d", i)
	}
}

func TestMembersMatchReader(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.warc.gz")
	require.NoError(t, warctest.Write(path, sample()))
	head, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.True(t, warc.PerRecordGzip(head))
	want, wantBlocks, err := readAll(t, path)
	require.NoError(t, err)
	got, gotBlocks := readMembers(t, path)
	sameRecords(t, want, got, wantBlocks, gotBlocks)
}

func TestPerRecordGzip(t *testing.T) {
	dir := t.TempDir()
	single := filepath.Join(dir, "single.warc.gz")
	require.NoError(t, warctest.WriteSingleStream(single, sample()))
	plain := filepath.Join(dir, "plain.warc")
	require.NoError(t, warctest.Write(plain, sample()))
	for _, p := range []string{single, plain} {
		head, err := os.ReadFile(p)
		require.NoError(t, err)
		assert.False(t, warc.PerRecordGzip(head), p)
	}
	assert.False(t, warc.PerRecordGzip(nil))
}

// TestMembersNestedArchive: a record whose payload is itself a .warc.gz holds gzip members
// that look like the archive's own (deflate stores incompressible data as is); the scanner
// must not split the outer record at them.
func TestMembersNestedArchive(t *testing.T) {
	dir := t.TempDir()
	inner := filepath.Join(dir, "inner.warc.gz")
	// Random bodies make the inner archive incompressible, so that deflate stores it as is.
	rng := rand.New(rand.NewPCG(1, 2))
	var innerRecs []warctest.Record
	for i := range 4 {
		body := make([]byte, 20<<10)
		for k := range body {
			body[k] = byte(rng.Uint32())
		}
		innerRecs = append(innerRecs, warctest.Response(fmt.Sprintf("https://example.com/inner/%d", i), body, "Content-Type: application/octet-stream"))
	}
	require.NoError(t, warctest.Write(inner, innerRecs))
	innerBytes, err := os.ReadFile(inner)
	require.NoError(t, err)
	outer := filepath.Join(dir, "outer.warc.gz")
	recs := []warctest.Record{
		warctest.Response("https://example.com/a", []byte(page), "Content-Type: text/html"),
		warctest.Response("https://example.com/crawl.warc.gz", innerBytes, "Content-Type: application/gzip"),
		{Type: gowarc.Resource, URL: "https://example.com/inner.warc.gz", ContentType: "application/warc", Block: innerBytes},
		warctest.Response("https://example.com/b", []byte(page), "Content-Type: text/html"),
	}
	require.NoError(t, warctest.Write(outer, recs))
	outerBytes, err := os.ReadFile(outer)
	require.NoError(t, err)
	// The test is only worth something if the inner members are there verbatim.
	first := innerBytes[:64]
	require.GreaterOrEqual(t, bytes.Count(outerBytes, first), 2, "the inner archive is stored verbatim in both records")

	want, wantBlocks, err := readAll(t, outer)
	require.NoError(t, err)
	require.Len(t, want, 4)
	got, gotBlocks := readMembers(t, outer)
	sameRecords(t, want, got, wantBlocks, gotBlocks)
}

func TestMembersTruncatedAndCorrupt(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.warc.gz")
	require.NoError(t, warctest.Write(path, sample()))
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	offs := scan(t, path)
	require.Len(t, offs, 5)

	truncated := filepath.Join(dir, "truncated.warc.gz")
	require.NoError(t, os.WriteFile(truncated, data[:len(data)-40], 0o644))
	recs, _ := readMembers(t, truncated)
	require.Len(t, recs, 5)
	assert.Error(t, recs[4].Err, "the truncated record fails")
	assert.Equal(t, "https://example.com/b", recs[4].TargetURI, "its header is salvaged")
	for _, r := range recs[:4] {
		assert.NoError(t, r.Err)
	}

	corrupt := filepath.Join(dir, "corrupt.warc.gz")
	bad := bytes.Clone(data)
	for i := offs[1] + 20; i < offs[2]-10; i++ {
		bad[i] ^= 0x5a
	}
	require.NoError(t, os.WriteFile(corrupt, bad, 0o644))
	recs, _ = readMembers(t, corrupt)
	require.Len(t, recs, 5, "the corrupt member is one record, the others are found")
	for i, r := range recs {
		if i == 1 {
			assert.Error(t, r.Err)
		} else {
			assert.NoError(t, r.Err, "record %d", i)
		}
	}
}

func TestMemberScannerEmpty(t *testing.T) {
	sc := warc.NewMemberScanner(bytes.NewReader(nil))
	_, err := sc.Next()
	assert.ErrorIs(t, err, io.EOF)
}
