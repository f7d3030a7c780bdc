package batch

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// doneSuffix names the done log of an output file: OUT.done beside OUT.
const doneSuffix = ".done"

// doneLog is the done log of an output file: one JSON line per input fully written,
// {"input": ABSOLUTE-PATH, "end": OFFSET}, where OFFSET is the size of the output once that
// input's last record was written and flushed. Since the records of one input all come before
// those of the next, the output up to the last OFFSET holds exactly the inputs logged, each
// whole: --resume cuts the output back to it (dropping the records of an input that was being
// written when the run stopped) and skips the logged inputs.
type doneLog struct {
	f    *os.File
	keys map[string]bool
}

// doneEntry is one line of a done log.
type doneEntry struct {
	Input string `json:"input"`
	End   int64  `json:"end"`
}

func (l *doneLog) has(key string) bool { return l.keys[key] }

// add logs key as done with the output at offset bytes. The line is written in one call, so a
// crash leaves at worst a partial last line, which [readDoneLog] ignores.
func (l *doneLog) add(key string, offset int64) error {
	b, err := json.Marshal(doneEntry{Input: key, End: offset})
	if err != nil {
		return err
	}
	l.keys[key] = true
	_, err = l.f.Write(append(b, '\n'))
	return err
}

func (l *doneLog) close() error { return l.f.Close() }

// readDoneLog reads the done log at path: the inputs logged, the last offset, and the length
// of the log's valid lines. A missing log is empty; a partial or broken line ends the log.
func readDoneLog(path string) (keys map[string]bool, end, valid int64, err error) {
	keys = map[string]bool{}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return keys, 0, 0, nil
	}
	if err != nil {
		return nil, 0, 0, err
	}
	defer f.Close()
	br := bufio.NewReader(f)
	for {
		line, err := br.ReadBytes('\n')
		if err != nil {
			break // EOF, or a last line without its newline: partial
		}
		var e doneEntry
		if json.Unmarshal(line, &e) != nil || e.Input == "" || e.End < end {
			break
		}
		keys[e.Input], end = true, e.End
		valid += int64(len(line))
	}
	return keys, end, valid, nil
}

// openFileOutput opens the output file at path and its done log. Without resume both are
// started afresh. With resume the output is cut back to the end of the last input logged as
// done, and written on from there.
func openFileOutput(path, format string, resume bool) (output, error) {
	logPath := path + doneSuffix
	keys, end, valid := map[string]bool{}, int64(0), int64(0)
	if resume {
		var err error
		if keys, end, valid, err = readDoneLog(logPath); err != nil {
			return nil, fmt.Errorf("resume: %w", err)
		}
		if fi, err := os.Stat(path); err == nil && fi.Size() < end {
			return nil, fmt.Errorf("resume: %s has %d bytes, but its done log says %d were written: "+
				"was it changed? Remove %s to start over", path, fi.Size(), end, logPath)
		} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		} else if err != nil && end > 0 {
			return nil, fmt.Errorf("resume: %s is missing, but its done log lists written inputs: "+
				"remove %s to start over", path, logPath)
		}
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	if fi, err := f.Stat(); err == nil && !fi.Mode().IsRegular() {
		// A device or a pipe (-o /dev/null): written as a stream, nothing to resume.
		if resume {
			_ = f.Close()
			return nil, fmt.Errorf("resume: %s is not a regular file", path)
		}
		return &streamOutput{enc: newEncoder(format, f, 0)}, nil
	}
	if err := f.Truncate(end); err != nil {
		_ = f.Close()
		return nil, err
	}
	if _, err := f.Seek(end, 0); err != nil {
		_ = f.Close()
		return nil, err
	}
	if format == FormatParquet {
		// A Parquet file cannot be appended to: no done log (--resume needs --output-dir).
		return &streamOutput{enc: newEncoder(format, f, 0)}, nil
	}
	lf, err := os.OpenFile(logPath, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
	if err == nil {
		// Drop a partial last line (or, without resume, the whole log of an earlier run).
		err = lf.Truncate(valid)
	}
	if err != nil {
		_ = f.Close()
		return nil, err
	}
	return &streamOutput{enc: newEncoder(format, f, end), log: &doneLog{f: lf, keys: keys}}, nil
}
