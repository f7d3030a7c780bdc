package extractor

import (
	"time"

	"golang.org/x/sys/unix"
)

// threadTime returns the CPU time the calling thread has used: unlike the wall clock it does
// not run while the thread waits for a core, so a timing on a busy machine is not inflated by
// other processes. The caller locks its goroutine to its thread (runtime.LockOSThread).
func threadTime() time.Duration {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts); err != nil {
		return time.Duration(time.Now().UnixNano())
	}
	return time.Duration(ts.Nano())
}
