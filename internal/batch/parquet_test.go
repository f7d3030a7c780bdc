package batch_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/internal/batch"
)

// idLines is a JSON Lines input whose records carry ids of every JSON type, and one none.
func idLines(t *testing.T, dir string) string {
	t.Helper()
	ids := []string{`"a-1"`, `7`, `1.50`, `-3e2`, `{"k": [1, "x"]}`, `true`, `null`, ``}
	var lines []string
	for i, id := range ids {
		page := jsonLine(t, string(faultPage(i)))
		if id == "" {
			lines = append(lines, `{"html": `+page+`}`)
			continue
		}
		lines = append(lines, `{"id": `+id+`, "html": `+page+`}`)
	}
	path := filepath.Join(dir, "ids.jsonl")
	require.NoError(t, os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644))
	return path
}

func TestJSONLinesIDKeepsItsType(t *testing.T) {
	dir := t.TempDir()
	in := idLines(t, dir)
	out := filepath.Join(dir, "out.jsonl")
	got := runBatch(t, batch.Config{Output: out}, in)
	require.NoError(t, got.err)
	raw, err := os.ReadFile(out)
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")
	require.Len(t, lines, 8)
	want := []string{`"id":"a-1",`, `"id":7,`, `"id":1.50,`, `"id":-3e2,`, `"id":{"k":[1,"x"]},`, `"id":true,`, ``, ``}
	for i, w := range want {
		if w == "" {
			assert.NotContains(t, lines[i], `"id"`, "line %d: a null or missing id is left out", i+1)
			continue
		}
		assert.Contains(t, lines[i], w, "line %d keeps the input's JSON value", i+1)
	}
}

func TestParquetIDIsAString(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.parquet")
	got := runBatch(t, batch.Config{Output: out, Format: batch.FormatParquet}, idLines(t, dir))
	require.NoError(t, got.err)
	ids := columnValues(t, out, "id")
	assert.Equal(t, []string{"a-1", "7", "1.50", "-3e2", `{"k":[1,"x"]}`, "true", "<null>", "<null>"}, ids,
		"a string id's value, any other id's JSON text, null when there is none")
}

func TestParquetMissingValuesAreNull(t *testing.T) {
	dir := t.TempDir()
	archive, wants := testArchive(t, dir)
	out := filepath.Join(dir, "out.parquet")
	got := runBatch(t, batch.Config{Output: out, Format: batch.FormatParquet}, archive)
	require.NoError(t, got.err)

	titles := columnValues(t, out, "title")
	statuses := columnValues(t, out, "http_status")
	require.Len(t, titles, len(wants))
	for i, w := range wants {
		switch w.status {
		case batch.StatusOK:
			assert.NotEqual(t, "<null>", titles[i], "record %d has a title", i)
			assert.NotEqual(t, "", titles[i], "record %d has a title", i)
		default:
			assert.Equal(t, "<null>", titles[i], "record %d (%s) has no title: null, not an empty string", i, w.status)
		}
		if w.warcType != "response" || w.errorKind == batch.KindWARC {
			assert.Equal(t, "<null>", statuses[i], "record %d has no HTTP status: null, not 0", i)
		} else {
			assert.NotEqual(t, "<null>", statuses[i], "record %d has an HTTP status", i)
		}
	}
}

// columnValues reads one leaf column of a Parquet file, one value per row, "<null>" for a null.
func columnValues(t *testing.T, path, column string) []string {
	t.Helper()
	raw, err := os.ReadFile(path)
	require.NoError(t, err)
	pf, err := parquet.OpenFile(bytes.NewReader(raw), int64(len(raw)))
	require.NoError(t, err)
	leaf, ok := pf.Schema().Lookup(column)
	require.True(t, ok, "column %s", column)
	r := parquet.NewReader(pf)
	defer r.Close()
	rows := make([]parquet.Row, pf.NumRows())
	n, err := r.ReadRows(rows)
	if !errors.Is(err, io.EOF) {
		require.NoError(t, err)
	}
	var vals []string
	for _, row := range rows[:n] {
		for _, v := range row {
			if v.Column() != leaf.ColumnIndex {
				continue
			}
			if v.IsNull() {
				vals = append(vals, "<null>")
			} else {
				vals = append(vals, v.String())
			}
		}
	}
	return vals
}

// TestParquetSchema reads the schema of a Parquet output with a reader written here from the
// format's specification (the footer's Thrift compact encoding), not the library that wrote
// it: source and status are required, every other column is optional (nullable).
func TestParquetSchema(t *testing.T) {
	dir := t.TempDir()
	archive, _ := testArchive(t, dir)
	out := filepath.Join(dir, "out.parquet")
	require.NoError(t, runBatch(t, batch.Config{Output: out, Format: batch.FormatParquet}, archive).err)
	raw, err := os.ReadFile(out)
	require.NoError(t, err)
	fields, err := parquetTopFields(raw)
	require.NoError(t, err)

	want := map[string]string{"source": "required", "status": "required"}
	for _, name := range []string{"offset", "line", "id", "url", "warc_record_id", "warc_date", "warc_type",
		"http_status", "fetch_date", "content_type", "title", "text", "markdown", "body_source", "page_type", "confidence", "encoding", "encoding_source", "authors", "published", "modified",
		"site_name", "language", "canonical_url", "description", "image", "tags", "categories", "notes", "comments",
		"skip", "error", "error_kind"} {
		want[name] = "optional"
	}
	assert.Equal(t, want, fields, "the top-level columns and their repetition")
}

// parquetTopFields decodes the footer of a Parquet file and returns its top-level fields with
// their repetition ("required", "optional", "repeated"). It reads FileMetaData's schema list
// (field 2) of SchemaElements (3: repetition_type, 4: name, 5: num_children), skipping the rest.
func parquetTopFields(file []byte) (map[string]string, error) {
	if len(file) < 12 || !bytes.HasSuffix(file, []byte("PAR1")) {
		return nil, errors.New("not a parquet file")
	}
	n := int(binary.LittleEndian.Uint32(file[len(file)-8:]))
	if n > len(file)-8 {
		return nil, errors.New("footer length past the file")
	}
	d := &compact{b: file[len(file)-8-n : len(file)-8]}
	var elems []schemaElement
	err := d.structure(func(id int16, typ byte) error {
		if id != 2 {
			return d.skip(typ)
		}
		size, elemType := d.listHeader()
		for range size {
			if elemType != 12 {
				return errors.New("schema list of non-structs")
			}
			var e schemaElement
			err := d.structure(func(id int16, typ byte) error {
				switch id {
				case 3:
					e.repetition = int(d.zigzag())
				case 4:
					e.name = string(d.binary())
				case 5:
					e.children = int(d.zigzag())
				default:
					return d.skip(typ)
				}
				return nil
			})
			if err != nil {
				return err
			}
			elems = append(elems, e)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(elems) == 0 {
		return nil, errors.New("no schema")
	}
	// Walk the flattened tree: the root's children are the top-level fields.
	fields := map[string]string{}
	i := 1
	var walk func(top bool)
	walk = func(top bool) {
		e := elems[i]
		i++
		if top {
			fields[e.name] = []string{"required", "optional", "repeated"}[e.repetition]
		}
		for range e.children {
			walk(false)
		}
	}
	for range elems[0].children {
		walk(true)
	}
	return fields, d.err
}

// schemaElement is the part of a Parquet SchemaElement the test reads.
type schemaElement struct {
	name                 string
	repetition, children int
}

// compact decodes the Thrift compact protocol; the first error sticks.
type compact struct {
	b   []byte
	err error
}

func (d *compact) byte1() byte {
	if len(d.b) == 0 {
		d.err = errors.New("footer cut short")
		return 0
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c
}

func (d *compact) varint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = errors.New("bad varint")
		d.b = nil
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *compact) zigzag() int64 {
	v := d.varint()
	return int64(v>>1) ^ -int64(v&1)
}

func (d *compact) binary() []byte {
	n := int(d.varint())
	if n > len(d.b) {
		d.err = errors.New("string past the footer")
		d.b = nil
		return nil
	}
	s := d.b[:n]
	d.b = d.b[n:]
	return s
}

func (d *compact) listHeader() (size int, elemType byte) {
	h := d.byte1()
	size, elemType = int(h>>4), h&0x0f
	if size == 15 {
		size = int(d.varint())
	}
	return size, elemType
}

// structure reads a struct's fields, calling field for each, until its stop byte.
func (d *compact) structure(field func(id int16, typ byte) error) error {
	var last int16
	for d.err == nil {
		h := d.byte1()
		if h == 0 {
			return d.err
		}
		typ := h & 0x0f
		if delta := int16(h >> 4); delta != 0 {
			last += delta
		} else {
			last = int16(d.zigzag())
		}
		if err := field(last, typ); err != nil {
			return err
		}
	}
	return d.err
}

// skip passes over a value of the compact type typ.
func (d *compact) skip(typ byte) error {
	switch typ {
	case 1, 2: // booleans, held in the field header
	case 3:
		d.byte1()
	case 4, 5, 6:
		d.varint()
	case 7:
		if len(d.b) < 8 {
			return errors.New("double past the footer")
		}
		d.b = d.b[8:]
	case 8:
		d.binary()
	case 9, 10:
		size, elem := d.listHeader()
		for range size {
			if elem == 1 || elem == 2 { // booleans in a list take a byte each
				d.byte1()
			} else if err := d.skip(elem); err != nil {
				return err
			}
		}
	case 11:
		size := int(d.varint())
		if size > 0 {
			kv := d.byte1()
			for range size {
				if err := errors.Join(d.skip(kv>>4), d.skip(kv&0x0f)); err != nil {
					return err
				}
			}
		}
	case 12:
		return d.structure(func(_ int16, typ byte) error { return d.skip(typ) })
	default:
		return fmt.Errorf("unknown thrift type %d", typ)
	}
	return d.err
}
