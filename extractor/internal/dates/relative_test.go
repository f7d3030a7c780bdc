package dates

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestRelative(t *testing.T) {
	now := time.Date(2025, 12, 19, 10, 30, 0, 0, time.UTC)
	for _, tc := range []struct{ line, want string }{
		{"3 days ago", "2025-12-16"},
		{"Posted 2 hours ago", "2025-12-19"},
		{"Posted 11 hours ago", "2025-12-18"},
		{"an hour ago", "2025-12-19"},
		{"2 weeks ago", "2025-12-05"},
		{"vor 2 Stunden", "2025-12-19"},
		{"Veröffentlicht vor 3 Tagen", "2025-12-16"},
		{"vor einer Woche", "2025-12-12"},
		{"il y a 3 jours", "2025-12-16"},
		{"hace 3 días", "2025-12-16"},
		{"há 2 dias", "2025-12-17"},
		{"3 giorni fa", "2025-12-16"},
		{"3 дня назад", "2025-12-16"},
		{"yesterday at 10:15", "2025-12-18"},
		{"gestern, 18:40", "2025-12-18"},
		{"3 dagen geleden", "2025-12-16"},
		{"Geplaatst: een week geleden", "2025-12-12"},
		{"gisteren om 21:10", "2025-12-18"},
		{"3 dni temu", "2025-12-16"},
		{"Dodano 5 godzin temu", "2025-12-19"},
		{"2 tygodnie temu", "2025-12-05"},
		{"för 3 dagar sedan", "2025-12-16"},
		{"for 2 dage siden", "2025-12-17"},
		{"for 12 timer siden", "2025-12-18"},
		{"3 gün önce", "2025-12-16"},
		{"godzinę temu", "2025-12-19"},
		{"3h ago", "2025-12-19"},
		{"posted 11h ago", "2025-12-18"},
		{"5d ago", "2025-12-14"},
		{"2w ago", "2025-12-05"},
		{"10min ago", "2025-12-19"},
		{"3mo ago", ""},
		{"3y ago", ""},
		{"3h", ""},
		{"1000d ago", ""},
		{"Dodano tydzień temu", "2025-12-12"},
		{"час назад", "2025-12-19"},
		{"Опубликовано день назад", "2025-12-18"},
		{"неделю назад", "2025-12-12"},
		{"godzinę", ""},
		{"час", ""},
		{"bir hafta önce", "2025-12-12"},
		{"dün 14:05", "2025-12-18"},
		{"3 maanden geleden", ""},
		{"3 lata temu", ""},
		{"3 dni", ""},
		{"2 years ago", ""},
		{"3 months ago", ""},
		{"USA TODAY", ""},
		{"3 days", ""},
		{"ago 3 days", ""},
		{"1000 days ago", ""},
	} {
		got, ok := Relative(tc.line, now)
		assert.Equal(t, tc.want, got, "%q", tc.line)
		assert.Equal(t, tc.want != "", ok, "%q", tc.line)
	}
	got, ok := Relative("3 days ago", time.Time{})
	assert.False(t, ok, "no fetch time, no relative date")
	assert.Empty(t, got)
}
