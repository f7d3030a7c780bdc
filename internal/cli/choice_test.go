package cli

import (
	"flag"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestChoice checks the generic enum flag: the default, accepted names, the message for any
// other value (it lists the names), and the value left alone after a rejected one.
func TestChoice(t *testing.T) {
	type color string
	tests := []struct {
		name    string
		names   []color
		args    []string
		want    color
		wantErr string
	}{
		{name: "default", names: []color{"red", "green"}, args: nil, want: "red"},
		{name: "first name", names: []color{"red", "green"}, args: []string{"-c", "red"}, want: "red"},
		{name: "last name", names: []color{"red", "green", "blue"}, args: []string{"-c=blue"}, want: "blue"},
		{name: "last given wins", names: []color{"red", "green"}, args: []string{"-c", "green", "-c", "red"}, want: "red"},
		{name: "one name", names: []color{"red"}, args: []string{"-c", "blue"}, want: "red", wantErr: "must be red"},
		{name: "two names", names: []color{"red", "green"}, args: []string{"-c", "blue"}, want: "red", wantErr: "must be red or green"},
		{name: "four names", names: []color{"red", "green", "blue", "grey"}, args: []string{"-c", "pink"}, want: "red", wantErr: "must be red, green, blue or grey"},
		{name: "case matters", names: []color{"red", "green"}, args: []string{"-c", "RED"}, want: "red", wantErr: "must be red or green"},
		{name: "empty value", names: []color{"red", "green"}, args: []string{"-c="}, want: "red", wantErr: "must be red or green"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got color
			fs := flag.NewFlagSet("test", flag.ContinueOnError)
			fs.SetOutput(io.Discard)
			fs.Var(newChoice(&got, tt.names[0], tt.names...), "c", "")
			err := fs.Parse(tt.args)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), `for flag -c: `+tt.wantErr)
			} else {
				require.NoError(t, err)
			}
			assert.Equal(t, tt.want, got)
			assert.Equal(t, string(tt.names[0]), fs.Lookup("c").DefValue, "the default, as usage shows it")
		})
	}
}

// TestChoiceZero checks that a zero choice, as package flag makes to tell a default, is "".
func TestChoiceZero(t *testing.T) {
	assert.Equal(t, "", choice[string]{}.String())
}
