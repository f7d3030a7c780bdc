package cli

import (
	"fmt"
	"strings"
)

// choice is a flag value that accepts one of a fixed set of names, such as --format. It
// implements [flag.Value]; T is the string type the flag is stored in.
type choice[T ~string] struct {
	v     *T
	names []T
}

// newChoice returns a choice bound to v, which it sets to def; names are the values accepted,
// in the order the error message lists them.
func newChoice[T ~string](v *T, def T, names ...T) choice[T] {
	*v = def
	return choice[T]{v: v, names: names}
}

// String implements [flag.Value].
func (c choice[T]) String() string {
	if c.v == nil {
		return ""
	}
	return string(*c.v)
}

// Set implements [flag.Value], accepting only the names of c.
func (c choice[T]) Set(s string) error {
	for _, n := range c.names {
		if string(n) == s {
			*c.v = n
			return nil
		}
	}
	return fmt.Errorf("must be %s", orList(c.names))
}

// orList spells names as a list for a message: "a", "a or b", "a, b or c".
func orList[T ~string](names []T) string {
	if len(names) == 0 {
		return ""
	}
	s := make([]string, len(names))
	for i, n := range names {
		s[i] = string(n)
	}
	last := len(s) - 1
	if last == 0 {
		return s[0]
	}
	return strings.Join(s[:last], ", ") + " or " + s[last]
}
