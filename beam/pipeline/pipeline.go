// Package pipeline is pith batch as an Apache Beam pipeline: it matches input files, spreads
// them (and ranges of the gzip members of large .warc.gz files) over the workers, reads and
// extracts their records with the engine of pith batch (internal/batch), and writes one output
// shard per input file or range, in the same schema, JSON Lines or Parquet.
//
// The pipeline is:
//
//	MatchFiles(glob) for each input glob → Flatten → Reshuffle → ReadMatches(uncompressed)
//	  → plan: a task per file, per range of members (a large local .warc.gz) or per folder
//	  → Reshuffle → extract: read, extract and write the task's shard, emit its counts
//	  → Combine (the sum of the counts) → count: add the total to the Beam counters
//
// Each task emits the counts of its records by status; their total goes to the Beam counters
// pith/read, pith/extracted, pith/skipped and pith/failed at the end: read = extracted +
// skipped + failed.
package pipeline

import (
	"context"
	"fmt"
	"hash/fnv"
	"io"
	"iter"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"   // gs:// inputs and outputs
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // local ones
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"    // s3:// ones
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/pithdev/pith/extractor"
	"github.com/pithdev/pith/internal/batch"
)

// DefaultSplitBytes is the default size of the member ranges a large local .warc.gz is split
// into: a Common Crawl archive (about 1 GB) becomes some 16 tasks of a few thousand pages.
const DefaultSplitBytes = 64 << 20

// Options configures the pipeline. Its fields mirror the flags of pith batch.
type Options struct {
	// Inputs are globs of WARC (.warc, .warc.gz), JSON Lines and HTML files, or folders of
	// HTML files (a local path naming a folder).
	Inputs []string
	// Output is the prefix of the output shards: PREFIX-NAME-HASH[-pN].jsonl or .parquet.
	Output string
	// Format is batch.FormatJSONL (the default when empty) or batch.FormatParquet.
	Format string
	// SplitBytes is the size of the member ranges a local .warc.gz (one gzip member per
	// record) larger than it is split into; 0 means DefaultSplitBytes, -1 never splits.
	SplitBytes int64

	// Markdown, Links, Images and NoTables are pith batch's --markdown, --links, --images and
	// --no-tables.
	Markdown, Links, Images, NoTables bool
	// MaxBytes, MaxNodes, Timeout and KeepComments are pith batch's --max-bytes, --max-nodes,
	// --timeout and --keep-comments; zero means the default.
	MaxBytes     int64
	MaxNodes     int
	Timeout      time.Duration
	KeepComments bool
}

// Counters are the pipeline's Beam counters, in the namespace "pith".
var (
	readCount      = beam.NewCounter("pith", "read")
	extractedCount = beam.NewCounter("pith", "extracted")
	skippedCount   = beam.NewCounter("pith", "skipped")
	failedCount    = beam.NewCounter("pith", "failed")
)

func init() {
	register.DoFn2x1[fileio.ReadableFile, func(Task), error](&planFn{})
	register.Emitter1[Task]()
	register.DoFn3x1[context.Context, Task, func(Counts), error](&extractFn{})
	register.Emitter1[Counts]()
	register.Function2x1(addCounts)
	register.DoFn2x0[context.Context, Counts](&countFn{})
	beam.RegisterType(reflect.TypeOf((*Task)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*Counts)(nil)).Elem())
}

// Build adds the pipeline to s.
func Build(s beam.Scope, opts Options) error {
	if len(opts.Inputs) == 0 {
		return fmt.Errorf("no input")
	}
	if opts.Output == "" {
		return fmt.Errorf("no output prefix")
	}
	switch opts.Format {
	case "", batch.FormatJSONL, batch.FormatParquet:
	default:
		return fmt.Errorf("unknown output format %q: want %s or %s", opts.Format, batch.FormatJSONL, batch.FormatParquet)
	}
	if opts.SplitBytes == 0 {
		opts.SplitBytes = DefaultSplitBytes
	}
	matches := make([]beam.PCollection, 0, len(opts.Inputs))
	for _, in := range opts.Inputs {
		matches = append(matches, fileio.MatchFiles(s.Scope("match"), in))
	}
	files := beam.Reshuffle(s, beam.Flatten(s, matches...))
	readable := fileio.ReadMatches(s, files, fileio.ReadUncompressed())
	tasks := beam.ParDo(s.Scope("plan"), &planFn{SplitBytes: opts.SplitBytes}, readable)
	ex := &extractFn{
		Output: opts.Output, Format: opts.Format,
		Markdown: opts.Markdown, Links: opts.Links, Images: opts.Images, NoTables: opts.NoTables,
		MaxBytes: opts.MaxBytes, MaxNodes: opts.MaxNodes, Timeout: opts.Timeout, KeepComments: opts.KeepComments,
	}
	counts := beam.ParDo(s.Scope("extract"), ex, beam.Reshuffle(s, tasks))
	beam.ParDo0(s.Scope("count"), &countFn{}, beam.Combine(s.Scope("total"), addCounts, counts))
	return nil
}

// Task is one unit of work: an input file, a range of the gzip members of one, or a folder.
type Task struct {
	// Path is the input as matched.
	Path string
	// Folder is true for a local folder of HTML files.
	Folder bool
	// Part numbers the range of members (from 1) for a file split into ranges; 0 otherwise.
	Part int
	// Off and End bound the range of members.
	Off, End int64
}

// planFn turns a matched file into tasks: the file, its ranges of members, or a folder.
type planFn struct {
	SplitBytes int64
}

// ProcessElement implements the DoFn.
func (fn *planFn) ProcessElement(f fileio.ReadableFile, emit func(Task)) error {
	path := f.Metadata.Path
	if !local(path) {
		emit(Task{Path: path})
		return nil
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		emit(Task{Path: path, Folder: true})
		return nil
	}
	if fn.SplitBytes < 0 || f.Metadata.Size <= fn.SplitBytes {
		emit(Task{Path: path})
		return nil
	}
	file, err := os.Open(path)
	if err != nil {
		emit(Task{Path: path}) // the extraction writes its error record
		return nil
	}
	defer file.Close()
	ranges, err := batch.MemberRanges(path, file, fn.SplitBytes)
	if err != nil || len(ranges) < 2 {
		emit(Task{Path: path})
		return nil
	}
	for i, r := range ranges {
		emit(Task{Path: path, Part: i + 1, Off: r.Off, End: r.End})
	}
	return nil
}

// extractFn reads the records of a task, extracts them and writes them to the task's shard.
type extractFn struct {
	Output, Format                    string
	Markdown, Links, Images, NoTables bool
	MaxBytes                          int64
	MaxNodes                          int
	Timeout                           time.Duration
	KeepComments                      bool

	eng *batch.Engine
}

// Setup makes the engine.
func (fn *extractFn) Setup() error {
	cfg := batch.Config{
		MaxBytes: fn.MaxBytes, Markdown: fn.Markdown,
		Render:  extractor.RenderOptions{Links: fn.Links, Images: fn.Images, NoTables: fn.NoTables},
		Options: extractor.Options{MaxNodes: fn.MaxNodes, Timeout: fn.Timeout, KeepComments: fn.KeepComments},
	}
	eng, err := batch.NewEngine(cfg, func(what string, err error) {
		log.Warnf(context.Background(), "pith-beam: %s: %v", what, err)
	})
	fn.eng = eng
	return err
}

// ProcessElement implements the DoFn: it writes the task's shard, whole or not at all, and
// emits the counts of its records.
func (fn *extractFn) ProcessElement(ctx context.Context, t Task, emit func(Counts)) error {
	pages, done, err := fn.pages(ctx, t)
	if err != nil {
		return err
	}
	defer done()
	shard := ShardName(fn.Output, t, fn.Format)
	w, commit, err := createShard(ctx, shard)
	if err != nil {
		return fmt.Errorf("%s: %w", shard, err)
	}
	enc, err := batch.NewEncoder(fn.Format, w)
	if err != nil {
		_ = w.Close()
		return err
	}
	var c Counts
	for p := range pages {
		rec, more := fn.eng.Extract(ctx, p)
		for _, r := range append([]batch.Record{rec}, more...) {
			if err := enc.Write(&r); err != nil {
				_ = enc.Close()
				return fmt.Errorf("%s: %w", shard, err)
			}
			c.add(&r)
		}
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("%s: %w", shard, err)
	}
	if err := commit(); err != nil {
		return fmt.Errorf("%s: %w", shard, err)
	}
	emit(c)
	return nil
}

// pages opens the input of a task and returns its pages, and a function to call when done
// with them. A file that cannot be opened is one error record, as in pith batch.
func (fn *extractFn) pages(ctx context.Context, t Task) (iter.Seq[*batch.Page], func(), error) {
	nothing := func() {}
	if t.Folder {
		return fn.eng.ReadFolder(t.Path), nothing, nil
	}
	if !local(t.Path) {
		return fn.remote(ctx, t.Path)
	}
	f, err := os.Open(t.Path)
	if err != nil {
		return one(fn.eng.FailedInput(t.Path, err)), nothing, nil
	}
	if t.Part > 0 {
		return fn.eng.ReadMemberRange(t.Path, f, batch.MemberRange{Off: t.Off, End: t.End}), nothing, nil
	}
	return fn.eng.ReadFile(t.Path, f), nothing, nil
}

// remote copies a file of a remote file system (gs://, s3://) to a local temporary file, read
// as a local one (the WARC reader seeks to read gzip members apart): the copy streams, so a
// large archive is never held in memory.
func (fn *extractFn) remote(ctx context.Context, path string) (iter.Seq[*batch.Page], func(), error) {
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return nil, nil, err
	}
	defer fs.Close()
	rc, err := fs.OpenRead(ctx, path)
	if err != nil {
		return one(fn.eng.FailedInput(path, err)), func() {}, nil
	}
	defer rc.Close()
	tmp, err := os.CreateTemp("", "pith-beam-*")
	if err != nil {
		return nil, nil, err
	}
	cleanup := func() { _ = os.Remove(tmp.Name()) }
	if _, err := io.Copy(tmp, rc); err != nil {
		_ = tmp.Close()
		cleanup()
		return nil, nil, fmt.Errorf("%s: copy: %w", path, err)
	}
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		_ = tmp.Close()
		cleanup()
		return nil, nil, err
	}
	return fn.eng.ReadFile(path, tmp), cleanup, nil
}

// one yields one page.
func one(p *batch.Page) iter.Seq[*batch.Page] {
	return func(yield func(*batch.Page) bool) { yield(p) }
}

// ShardName is the output shard of a task: PREFIX-NAME-HASH[-pN].EXT, where NAME is the input's
// base name without its extensions and HASH a hash of its path, so that a task retried writes
// the same shard again.
func ShardName(prefix string, t Task, format string) string {
	h := fnv.New32a()
	_, _ = h.Write([]byte(t.Path))
	name := fmt.Sprintf("%s-%s-%08x", prefix, batch.OutputName(t.Path), h.Sum32())
	if t.Part > 0 {
		name += fmt.Sprintf("-p%d", t.Part)
	}
	if format == "" {
		format = batch.FormatJSONL
	}
	return name + "." + format
}

// createShard opens the shard at path for writing; commit makes it visible once written. A
// local shard is written as PATH.part and renamed; an object store's object appears whole
// when its writer closes.
func createShard(ctx context.Context, path string) (io.WriteCloser, func() error, error) {
	if local(path) {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, nil, err
		}
		f, err := os.Create(path + ".part")
		if err != nil {
			return nil, nil, err
		}
		return f, func() error { return os.Rename(path+".part", path) }, nil
	}
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return nil, nil, err
	}
	w, err := fs.OpenWrite(ctx, path)
	if err != nil {
		_ = fs.Close()
		return nil, nil, err
	}
	return w, fs.Close, nil
}

// local reports whether path is on the local file system (it has no scheme).
func local(path string) bool { return !strings.Contains(path, "://") }

// Counts counts records by status: Read = Extracted + Skipped + Failed.
type Counts struct{ Read, Extracted, Skipped, Failed int64 }

// add counts one record.
func (c *Counts) add(r *batch.Record) {
	c.Read++
	switch r.Status {
	case batch.StatusOK:
		c.Extracted++
	case batch.StatusSkip:
		c.Skipped++
	default:
		c.Failed++
	}
}

// addCounts sums two counts: the combine of the tasks' counts.
func addCounts(a, b Counts) Counts {
	return Counts{a.Read + b.Read, a.Extracted + b.Extracted, a.Skipped + b.Skipped, a.Failed + b.Failed}
}

// countFn adds the run's total counts to the Beam counters. They are added once, from the
// combined total, rather than by every task: the local runner (prism, v2.77.0) can drop the
// counter values of bundles that finish at the same moment the first time a counter is seen.
type countFn struct{}

// ProcessElement implements the DoFn.
func (countFn) ProcessElement(ctx context.Context, c Counts) {
	readCount.Inc(ctx, c.Read)
	extractedCount.Inc(ctx, c.Extracted)
	skippedCount.Inc(ctx, c.Skipped)
	failedCount.Inc(ctx, c.Failed)
}

// Totals sums the pith counters of a finished pipeline over its steps (committed values where
// the runner reports them, attempted ones otherwise). A runner that reports no metrics gives
// zeros.
func Totals(res beam.PipelineResult) Counts {
	var c Counts
	if res == nil {
		return c
	}
	for _, r := range res.Metrics().AllMetrics().Counters() {
		if r.Namespace() != "pith" {
			continue
		}
		v := r.Committed
		if v == 0 {
			v = r.Attempted
		}
		switch r.Name() {
		case "read":
			c.Read += v
		case "extracted":
			c.Extracted += v
		case "skipped":
			c.Skipped += v
		case "failed":
			c.Failed += v
		}
	}
	return c
}
