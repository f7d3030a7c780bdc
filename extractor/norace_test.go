//go:build !race

package extractor_test

// raceEnabled is true when the tests run under the race detector, which makes the largest
// hostile pages too slow and too big to be worth running.
const raceEnabled = false
