package extractor

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestIsNoteTextLanguages checks the note openings of the languages beyond Europe's, and the
// full-width colon and bracket of the scripts written without spaces.
func TestIsNoteTextLanguages(t *testing.T) {
	for text, want := range map[string]bool{
		"更正：本文此前版本中的数字有误，现已更正，特此说明。":                                                  true,
		"【訂正】当初、総事業費を「約150億円」としていましたが、誤りでした。":                                         true,
		"追記：記事公開後、読者の方から冬場の管理について質問をいただきました。":                                         true,
		"Düzeltme: Haberin ilk hâlinde mendireğin kırk metre uzatılacağı yazılmıştı.": true,
		"Ralat: Pada versi sebelumnya tertulis kapasitas rumah pengering satu ton.":   true,
		"تصحيح: ورد في نسخة سابقة من هذا الخبر أن المكتبة تضم عشرة آلاف كتاب.":        true,
		"정정: 기사 초판에서 요금을 2000원으로 잘못 표기했습니다. 바로잡습니다.":                                  true,
		"更正后的数据显示，全市充电桩总数已超过一万一千个，覆盖所有街道。":                                            false, // a sentence, no label
		"更新：2026年9月2日 10:30（日本時間）、東京都千代田区":                                            false, // a timestamp
		"Koreksi data dilakukan setiap bulan oleh petugas dinas di kantor desa.":      false, // no colon after the word
	} {
		assert.Equal(t, want, isNoteText(text), "isNoteText(%q)", text)
	}
}
