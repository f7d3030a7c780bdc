package extractor

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pithdev/pith/extractor/internal/decode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/htmlindex"
)

var updateEncodings = flag.Bool("update-encodings", false,
	"rewrite testdata/encodings/*.html from testdata/encodings/src, encoding each in the encoding it is named after")

// TestLegacyEncodings reads pages of our own in legacy encodings, none of which declares its
// encoding (no BOM, no Content-Type charset, no <meta>): each must decode to its UTF-8 source
// exactly, in the encoding it is written in, and extract with its sentences intact.
func TestLegacyEncodings(t *testing.T) {
	srcs, err := filepath.Glob("../testdata/encodings/src/*.html")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(srcs), 10)
	for _, src := range srcs {
		name := strings.TrimSuffix(filepath.Base(src), ".html")
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile(src)
			require.NoError(t, err)
			enc, err := htmlindex.Get(name)
			require.NoError(t, err)
			path := filepath.Join("../testdata/encodings", name+".html")
			if *updateEncodings {
				out, err := enc.NewEncoder().Bytes(want)
				require.NoError(t, err)
				require.NoError(t, os.WriteFile(path, out, 0o644))
			}
			page, err := os.ReadFile(path)
			require.NoError(t, err)
			require.NotEqual(t, string(want), string(page), "the test page must not be UTF-8")

			d, err := decode.Page(page, "")
			require.NoError(t, err)
			assert.Equal(t, name, d.Encoding)
			assert.Equal(t, EncodingSourceDetected, d.Source)
			assert.Equal(t, string(want), string(d.Text))

			res, err := Extract(page, Source{URL: "https://example.org/" + name})
			require.NoError(t, err)
			assert.Equal(t, name, res.Encoding)
			assert.Equal(t, EncodingSourceDetected, res.EncodingSource)
			text := res.Text()
			for _, p := range strings.Split(string(want), "<p>")[1:] {
				sentence := p[:strings.Index(p, "</p>")]
				assert.Contains(t, text, sentence)
			}
		})
	}
}

// TestDetectLegacyShort reads one sentence or two of news in each language the detector
// knows, in its usual legacy encoding and with no declaration: a short page must come out
// intact too. Where two encodings read the text alike (Czech without š, ť, ž in ISO-8859-2
// and windows-1250, Estonian without š, ž in windows-1257 and windows-1252), the name may be
// either: the text is what is compared.
func TestDetectLegacyShort(t *testing.T) {
	cases := []struct{ enc, text string }{
		{"windows-1252", "El ayuntamiento aprobó ayer la reforma de la plaza mayor, que costará dos millones de euros y estará terminada en otoño, según el alcalde."},
		{"windows-1252", "Die Stadtverwaltung hat gestern beschlossen, den Marktplatz umzubauen. Die Arbeiten beginnen im Frühjahr und sollen zwölf Monate dauern; für Fußgänger ändert sich wenig."},
		{"windows-1252", "A câmara municipal aprovou ontem a reforma da praça principal, que custará dois milhões de euros e estará concluída no outono, disse o presidente."},
		{"windows-1252", "Il comune ha approvato ieri la riforma della piazza principale, che costerà due milioni di euro e sarà completata in autunno, perché è necessaria."},
		{"windows-1252", "Kommunen har i går vedtaget at ombygge torvet. Arbejdet begynder til foråret og varer tolv måneder, så børn og ældre får bedre plads og grønne områder."},
		{"windows-1252", "Le conseil municipal a approuvé hier la rénovation de la place du marché, qui coûtera deux millions d'euros et sera achevée à l'automne, a déclaré le maire."},
		{"windows-1251", "Городской совет вчера одобрил реконструкцию центральной площади. Работы начнутся весной и продлятся двенадцать месяцев."},
		{"windows-1251", "Міська рада вчора схвалила реконструкцію центральної площі. Роботи почнуться навесні й триватимуть дванадцять місяців, повідомив голова."},
		{"koi8-u", "Міська рада вчора схвалила реконструкцію центральної площі. Роботи почнуться навесні й триватимуть дванадцять місяців, повідомив голова."},
		{"windows-1251", "Общинският съвет вчера одобри реконструкцията на централния площад. Работите ще започнат през пролетта и ще продължат дванадесет месеца."},
		{"windows-1250", "A városi tanács tegnap jóváhagyta a főtér felújítását. A munkálatok tavasszal kezdődnek és tizenkét hónapig tartanak, közölte a polgármester."},
		{"iso-8859-2", "Městská rada včera schválila rekonstrukci hlavního náměstí. Práce začnou na jaře a potrvají dvanáct měsíců, řekl starosta města."},
		{"windows-1250", "Consiliul local a aprobat ieri renovarea pieţei centrale. Lucrările vor începe în primăvară şi vor dura douăsprezece luni, a spus primarul."},
		{"iso-8859-7", "Το δημοτικό συμβούλιο ενέκρινε χθες την ανακαίνιση της κεντρικής πλατείας. Άρχισαν ήδη οι εργασίες, που θα διαρκέσουν δώδεκα μήνες."},
		{"windows-1257", "Pilsētas dome vakar apstiprināja centrālā laukuma pārbūvi. Darbi sāksies pavasarī un ilgs divpadsmit mēnešus, paziņoja mērs."},
		{"windows-1257", "Linnavolikogu kiitis eile heaks keskväljaku ümberehituse. Tööd algavad kevadel ja kestavad kaksteist kuud, ütles linnapea."},
		{"windows-1254", "Belediye meclisi dün ana meydanın yenilenmesini onayladı. Çalışmalar ilkbaharda başlayacak ve on iki ay sürecek."},
		{"shift_jis", "市議会は昨日、中央広場の改修を承認した。工事は春に始まり、十二か月続く。"},
		{"gbk", "市议会昨天批准了中央广场的改造计划。工程将于春季开始，持续十二个月。"},
		{"big5", "市議會昨天批准了中央廣場的改造計畫。工程將於春季開始，持續十二個月。"},
		{"euc-kr", "시의회는 어제 중앙 광장의 개조 계획을 승인했다. 공사는 봄에 시작되어 열두 달 동안 계속된다."},
		{"euc-jp", "市議会は昨日、中央広場の改修を承認した。工事は春に始まり、十二か月続く。"},
		{"windows-1256", "وافق المجلس البلدي أمس على تجديد الساحة المركزية. وستبدأ الأعمال في الربيع وتستمر اثني عشر شهرا."},
		{"windows-1255", "מועצת העיר אישרה אתמול את שיפוץ הכיכר המרכזית. העבודות יתחילו באביב ויימשכו שנים עשר חודשים."},
		{"windows-874", "สภาเมืองอนุมัติการปรับปรุงจัตุรัสกลางเมื่อวานนี้ งานจะเริ่มในฤดูใบไม้ผลิและใช้เวลาสิบสองเดือน"},
	}

	for _, c := range cases {
		enc, err := htmlindex.Get(c.enc)
		require.NoError(t, err)
		page := "<html><body><p>" + c.text + "</p></body></html>"
		b, err := enc.NewEncoder().Bytes([]byte(page))
		require.NoError(t, err)
		d, err := decode.Page(b, "")
		require.NoError(t, err)
		assert.Equal(t, page, string(d.Text), c.enc)
	}
}
