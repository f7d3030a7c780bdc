package extractor

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTrimSiteName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Flood waters recede in the lower town | Daily Courier", "Flood waters recede in the lower town"},
		{"Home | Daily Courier", "Home | Daily Courier"},
		{"南江市启动老旧小区改造三年行动计划_南江市人民政府", "南江市启动老旧小区改造三年行动计划"},
		{"北浜市で路面電車の延伸工事が始まる｜北浜新報", "北浜市で路面電車の延伸工事が始まる"},
		{"ข่าวน้ำท่วมในเมืองล่าสุดวันนี้|ข่าวไทย", "ข่าวน้ำท่วมในเมืองล่าสุดวันนี้"},
		{"snake_case_identifiers_explained", "snake_case_identifiers_explained"},
		{"Datenschutzerklärung | Stadtwerke", "Datenschutzerklärung | Stadtwerke"},
		{"新闻_网站", "新闻_网站"},
	} {
		assert.Equal(t, tc.want, trimSiteName(tc.in), "%q", tc.in)
	}
}
