//go:build !linux

package extractor

import "time"

// threadTime is the wall clock where the thread's CPU clock is not read (see the Linux one).
func threadTime() time.Duration { return time.Duration(time.Now().UnixNano()) }
