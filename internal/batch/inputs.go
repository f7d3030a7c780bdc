package batch

import (
	"bufio"
	"context"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"strings"

	"github.com/pithdev/pith/internal/fetch"
)

// stdinArg names standard input on the command line; stdinName names it in output records.
const (
	stdinArg  = "-"
	stdinName = "<stdin>"
)

// item is one record on its way from the reader through a worker to the writer, or the end
// marker of a unit.
type item struct {
	seq uint64
	u   *unit
	end bool // the end of u: u.records items of u came before it
	Page
	// more holds the records read after the item's own from its member, written after it.
	more []Record
	// abandoned is a URL whose fetch the run's stop cut short, or that was not fetched: it
	// is not written, and its unit is not done, so that --resume fetches it.
	abandoned bool
}

// unit is one input as far as output and --resume are concerned: a WARC or JSON Lines file, a
// folder, an HTML file, a URL, or standard input. Its records are written before those of the next unit.
type unit struct {
	index   int    // place among the units written, -1 until the first item is sent
	name    string // as given (a path, "<stdin>")
	key     string // absolute path (a URL as given) for --resume; "" for stdin, never skipped
	outName string // the output file's name with --output-dir, without extension
	records int    // items sent, set by the reader before the end marker
	// complete is false when the unit was not read to its end (the run was interrupted).
	complete bool

	// The writer's state. abandoned: an item of the unit was abandoned, the unit is not done.
	begun, endSeen, abandoned bool
	written                   int
}

// producer reads the inputs in order and sends their records down the pipe.
type producer struct {
	*run
	p     *pipe
	ctx   context.Context
	units int
	names map[string]int // output names given so far, to make them unique
}

// produce reads every input; it returns early when ctx is done.
func (r *run) produce(ctx context.Context, p *pipe) {
	pr := &producer{run: r, p: p, ctx: ctx, names: map[string]int{}}
	for _, in := range r.cfg.Inputs {
		if !pr.input(in, true) {
			return
		}
	}
	for _, l := range r.cfg.Lists {
		if !pr.list(l) {
			return
		}
	}
}

// input reads one input: "-", "@LIST" (when lists are allowed), a folder or a file. It
// returns false when reading must stop.
func (pr *producer) input(arg string, lists bool) bool {
	if lists && len(arg) > 1 && arg[0] == '@' {
		return pr.list(arg[1:])
	}
	if arg == stdinArg {
		return pr.stdin()
	}
	u := pr.newUnit(arg)
	if fetch.IsURL(arg) {
		if pr.alreadyDone(u) {
			return true
		}
		return pr.pages(u, urlPage(arg))
	}
	fi, err := os.Stat(arg)
	if err != nil {
		return pr.failUnit(u, err)
	}
	if pr.alreadyDone(u) {
		return true
	}
	if fi.IsDir() {
		return pr.folder(u, arg)
	}
	return pr.file(u, arg)
}

// list reads the inputs listed in the file at path, one per line; blank lines and lines
// starting with '#' are ignored. Listed inputs are paths and URLs: a list does not name other
// lists.
func (pr *producer) list(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return pr.failUnit(pr.newUnit("@"+path), err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		if !pr.input(line, false) {
			return false
		}
	}
	if err := sc.Err(); err != nil {
		return pr.failUnit(pr.newUnit("@"+path), err)
	}
	return true
}

// newUnit makes the unit of an input named as given.
func (pr *producer) newUnit(name string) *unit {
	pr.n.inputs.Add(1)
	u := &unit{index: -1, name: name}
	if name == stdinArg {
		u.name = stdinName
	} else if fetch.IsURL(name) {
		u.key = name
	} else if abs, err := filepath.Abs(name); err == nil {
		u.key = abs
	} else {
		u.key = name
	}
	base := OutputName(name)
	pr.names[base]++
	if k := pr.names[base]; k > 1 {
		base = fmt.Sprintf("%s-%d", base, k)
	}
	u.outName = base
	return u
}

// OutputName is the --output-dir file name of an input, without extension: its base name
// less the extensions pith knows (".warc.gz" and so on), "stdin" for standard input.
func OutputName(name string) string {
	if name == stdinArg {
		return "stdin"
	}
	base := filepath.Base(strings.TrimPrefix(name, "@"))
	base = strings.TrimSuffix(base, ".gz")
	for _, ext := range []string{".warc", ".arc", ".jsonl", ".ndjson", ".json", ".html", ".htm", ".xhtml", ".txt"} {
		if strings.HasSuffix(strings.ToLower(base), ext) {
			base = base[:len(base)-len(ext)]
			break
		}
	}
	if base == "" || base == "." || base == string(filepath.Separator) {
		base = "input"
	}
	return base
}

// alreadyDone reports whether u was fully written by an earlier run (with --resume), and
// counts it.
func (pr *producer) alreadyDone(u *unit) bool {
	if !pr.cfg.Resume || u.key == "" || !pr.out.done(u) {
		return false
	}
	pr.n.resumed.Add(1)
	return true
}

// failUnit writes one error record for an input that could not be read and ends its unit.
func (pr *producer) failUnit(u *unit, err error) bool {
	if !pr.send(&item{u: u, Page: *pr.eng.FailedInput(u.name, err)}) {
		return false
	}
	return pr.endUnit(u)
}

// pages sends the pages of an input as the records of its unit, then ends the unit. It
// returns false when reading must stop.
func (pr *producer) pages(u *unit, pages iter.Seq[*Page]) bool {
	for p := range pages {
		if pr.ctx.Err() != nil || !pr.acquire() {
			p.Release()
			return false
		}
		if !pr.sendHeld(&item{u: u, Page: *p}) {
			return false
		}
	}
	return pr.endUnit(u)
}

// acquire takes a slot for one record; false means reading must stop.
func (pr *producer) acquire() bool {
	select {
	case pr.p.slots <- struct{}{}:
		return true
	case <-pr.ctx.Done():
		return false
	}
}

// send takes a slot and sends a record of its unit.
func (pr *producer) send(it *item) bool {
	if !pr.acquire() {
		return false
	}
	return pr.sendHeld(it)
}

// number gives u its place among the units written, when it sends its first item. Units
// skipped by --resume send none, so the writer sees the places in order without gaps.
func (pr *producer) number(u *unit) {
	if u.index < 0 {
		u.index = pr.units
		pr.units++
	}
}

// sendHeld sends a record whose slot is already taken.
func (pr *producer) sendHeld(it *item) bool {
	pr.number(it.u)
	it.seq = pr.p.seq
	pr.p.seq++
	it.u.records++
	select {
	case pr.p.jobs <- it:
		return true
	case <-pr.ctx.Done():
		// The record was counted but will not be written: the unit stays incomplete.
		it.Release()
		return false
	}
}

// endUnit sends the end marker of a unit read to its end.
func (pr *producer) endUnit(u *unit) bool {
	u.complete = true
	pr.number(u)
	it := &item{seq: pr.p.seq, u: u, end: true}
	pr.p.seq++
	select {
	case pr.p.jobs <- it:
		return true
	case <-pr.ctx.Done():
		return false
	}
}

// stdin reads standard input, recognising what it holds.
func (pr *producer) stdin() bool {
	return pr.pages(pr.newUnit(stdinArg), pr.eng.ReadStream(stdinName, pr.cfg.Stdin))
}

// file reads one file given as an input.
func (pr *producer) file(u *unit, path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return pr.failUnit(u, err)
	}
	return pr.pages(u, pr.eng.ReadFile(path, f))
}

// folder reads the HTML files under dir, one unit.
func (pr *producer) folder(u *unit, dir string) bool {
	return pr.pages(u, pr.eng.ReadFolder(dir))
}
