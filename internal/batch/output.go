package batch

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/parquet-go/parquet-go"
)

// output receives the records, unit by unit: begin, the unit's records, then end once all of
// them are written. Only the writer goroutine calls it.
type output interface {
	// done reports whether u was fully written by an earlier run (for --resume).
	done(u *unit) bool
	begin(u *unit) error
	write(rec *Record) error
	// end is called when every record of u is written and u was read to its end.
	end(u *unit) error
	// flush pushes buffered records out (to a pipe, for instance).
	flush() error
	close() error
}

// Encoder writes records in one format to one stream: JSON Lines (one object per line, each
// written whole) or Parquet. It is not safe for concurrent use.
type Encoder interface {
	// Write writes one record.
	Write(rec *Record) error
	// Flush pushes buffered records out (Parquet keeps them to the end of a row group).
	Flush() error
	// Close writes what is buffered, ends the format and closes the stream.
	Close() error
}

// NewEncoder returns an encoder of format ([FormatJSONL], or "" for it, or [FormatParquet])
// writing to w, which it closes when closed.
func NewEncoder(format string, w io.WriteCloser) (Encoder, error) {
	switch format {
	case "", FormatJSONL, FormatParquet:
		return newEncoder(format, w, 0), nil
	}
	return nil, fmt.Errorf("unknown output format %q: want %s or %s", format, FormatJSONL, FormatParquet)
}

// encoder is an Encoder that also tells how much it has written.
type encoder interface {
	Encoder
	// offset is the number of bytes written so far, flushed ones only, or -1 when unknown.
	offset() int64
}

// openOutput opens the run's output: stdout, a file (with its .done log) or a folder.
func openOutput(r *run) (output, error) {
	c := r.cfg
	if c.OutputDir != "" {
		if err := os.MkdirAll(c.OutputDir, 0o755); err != nil {
			return nil, err
		}
		return &dirOutput{dir: c.OutputDir, format: c.Format}, nil
	}
	if c.Output == "" {
		return &streamOutput{enc: newEncoder(c.Format, nopCloser{c.Stdout}, 0)}, nil
	}
	return openFileOutput(c.Output, c.Format, c.Resume)
}

// newEncoder returns an encoder of format writing to w, whose first start bytes are already written.
func newEncoder(format string, w io.WriteCloser, start int64) encoder {
	if format == FormatParquet {
		return newParquetEncoder(w)
	}
	cw := &countingWriter{w: w, n: start}
	return &jsonlEncoder{w: w, cw: cw, bw: bufio.NewWriterSize(cw, 256<<10)}
}

// streamOutput writes every record to one stream: stdout, or a file with a done log.
type streamOutput struct {
	enc encoder
	log *doneLog // nil for stdout
}

func (o *streamOutput) done(u *unit) bool { return o.log != nil && o.log.has(u.key) }
func (o *streamOutput) begin(*unit) error { return nil }
func (o *streamOutput) write(rec *Record) error {
	return o.enc.Write(rec)
}
func (o *streamOutput) flush() error { return o.enc.Flush() }

// end flushes the records of u and, with a done log, records u as done at the current offset.
func (o *streamOutput) end(u *unit) error {
	if err := o.enc.Flush(); err != nil {
		return err
	}
	if o.log == nil || u.key == "" {
		return nil
	}
	return o.log.add(u.key, o.enc.offset())
}

func (o *streamOutput) close() error {
	err := o.enc.Close()
	if o.log != nil {
		if cerr := o.log.close(); err == nil {
			err = cerr
		}
	}
	return err
}

// dirOutput writes one file per unit into a folder: NAME.jsonl or NAME.parquet, written as
// NAME.EXT.part and renamed when the unit is complete, so that a file under its final name
// is always whole (which is what --resume checks).
type dirOutput struct {
	dir, format string
	cur         encoder
	part, final string
}

func (o *dirOutput) path(u *unit) string {
	return filepath.Join(o.dir, u.outName+"."+o.format)
}

func (o *dirOutput) done(u *unit) bool {
	fi, err := os.Stat(o.path(u))
	return err == nil && fi.Mode().IsRegular()
}

func (o *dirOutput) begin(u *unit) error {
	o.final = o.path(u)
	o.part = o.final + ".part"
	f, err := os.Create(o.part)
	if err != nil {
		return err
	}
	o.cur = newEncoder(o.format, f, 0)
	return nil
}

func (o *dirOutput) write(rec *Record) error { return o.cur.Write(rec) }

func (o *dirOutput) end(*unit) error {
	err := o.cur.Close()
	o.cur = nil
	if err != nil {
		return err
	}
	return os.Rename(o.part, o.final)
}

func (o *dirOutput) flush() error {
	if o.cur == nil {
		return nil
	}
	return o.cur.Flush()
}

// close closes the file of an unfinished unit, leaving it under its .part name.
func (o *dirOutput) close() error {
	if o.cur == nil {
		return nil
	}
	err := o.cur.Close()
	o.cur = nil
	return err
}

// jsonlEncoder writes one JSON object per line. Lines are whole: each is encoded in memory
// first, and the file is cut back to the last flushed unit on --resume.
type jsonlEncoder struct {
	w   io.WriteCloser
	cw  *countingWriter
	bw  *bufio.Writer
	buf bytes.Buffer
}

func (e *jsonlEncoder) Write(rec *Record) error {
	e.buf.Reset()
	enc := json.NewEncoder(&e.buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(rec); err != nil {
		return err
	}
	_, err := e.bw.Write(e.buf.Bytes())
	return err
}

func (e *jsonlEncoder) Flush() error  { return e.bw.Flush() }
func (e *jsonlEncoder) offset() int64 { return e.cw.n }

func (e *jsonlEncoder) Close() error {
	err := e.bw.Flush()
	if cerr := e.w.Close(); err == nil {
		err = cerr
	}
	return err
}

// parquetRowGroupRows and parquetRowGroupBytes bound a Parquet row group, which is held in
// memory until written: whichever comes first.
const (
	parquetRowGroupRows  = 10_000
	parquetRowGroupBytes = 64 << 20
)

// parquetEncoder writes a Parquet file of [Record] rows, zstd-compressed.
type parquetEncoder struct {
	w      io.WriteCloser
	pw     *parquet.GenericWriter[Record]
	rows   []Record
	inRG   int   // rows in the current row group
	rgSize int64 // approximate bytes of text in the current row group
}

func newParquetEncoder(w io.WriteCloser) *parquetEncoder {
	return &parquetEncoder{
		w:  w,
		pw: parquet.NewGenericWriter[Record](w, parquet.Compression(&parquet.Zstd)),
	}
}

func (e *parquetEncoder) Write(rec *Record) error {
	e.rows = append(e.rows, *rec)
	e.inRG++
	e.rgSize += int64(len(rec.Text) + len(rec.Markdown) + len(rec.Title) + len(rec.Description) + 256)
	if len(e.rows) >= 64 {
		if err := e.writeRows(); err != nil {
			return err
		}
	}
	if e.inRG >= parquetRowGroupRows || e.rgSize >= parquetRowGroupBytes {
		return e.flushRowGroup()
	}
	return nil
}

func (e *parquetEncoder) writeRows() error {
	if len(e.rows) == 0 {
		return nil
	}
	_, err := e.pw.Write(e.rows)
	clear(e.rows)
	e.rows = e.rows[:0]
	return err
}

func (e *parquetEncoder) flushRowGroup() error {
	if err := e.writeRows(); err != nil {
		return err
	}
	e.inRG, e.rgSize = 0, 0
	return e.pw.Flush()
}

// Flush does not cut a row group (that would make many small ones): Parquet is read whole
// once closed, so there is nothing to push out early.
func (e *parquetEncoder) Flush() error { return nil }

func (e *parquetEncoder) offset() int64 { return -1 }

func (e *parquetEncoder) Close() error {
	err := e.writeRows()
	if cerr := e.pw.Close(); err == nil {
		err = cerr
	}
	if cerr := e.w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("parquet: %w", err)
	}
	return nil
}

// countingWriter counts the bytes written through it.
type countingWriter struct {
	w io.Writer
	n int64
}

// Write implements io.Writer.
func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// nopCloser is a writer whose Close does nothing (stdout belongs to the caller).
type nopCloser struct{ io.Writer }

// Close implements io.Closer.
func (nopCloser) Close() error { return nil }
