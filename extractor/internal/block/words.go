package block

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pithdev/pith/extractor/internal/dom"
	"github.com/pithdev/pith/extractor/internal/view"
)

// The words of page text that the pipeline knows, one table per kind, each keyed by language
// (see [dom.Words]): adding a language is one entry per table. The metadata reader's words
// are in package meta, the words of dates in package dates. Class and id words of CMS themes
// are in signals.go: they are markup, not language.

// noteWords open correction, update, clarification and editor's notes, lower-cased. A note is
// recognised by its opening words plus punctuation right after them (see isNoteText), or by a
// class/id naming it (SigNote); the words only classify a block as a note, they never decide
// alone that a block is content.
var noteWords = []dom.Words{
	{Lang: "en", Words: []string{"correction", "corrections", "clarification", "update", "updated", "editor's note", "editors' note",
		"editor’s note", "editors’ note", "editor's note", "editorial note", "note from the editor", "erratum", "retraction"}},
	{Lang: "de", Words: []string{"korrektur", "berichtigung", "richtigstellung", "aktualisierung", "anmerkung der redaktion",
		"hinweis der redaktion", "nachtrag", "transparenzhinweis", "ergänzung"}},
	{Lang: "fr", Words: []string{"rectificatif", "mise à jour", "note de la rédaction", "ndlr", "précision", "actualisation"}},
	{Lang: "es", Words: []string{"corrección", "fe de erratas", "actualización", "nota del editor", "nota de la redacción", "aclaración", "rectificación"}},
	{Lang: "it", Words: []string{"correzione", "aggiornamento", "nota della redazione", "rettifica"}},
	{Lang: "pt", Words: []string{"correção", "atualização", "nota do editor", "errata"}},
	{Lang: "nl", Words: []string{"correctie", "rectificatie", "noot van de redactie"}},
	{Lang: "pl", Words: []string{"sprostowanie", "aktualizacja", "korekta"}},
	{Lang: "ru", Words: []string{"исправление", "обновление", "примечание редакции", "уточнение", "поправка", "от редакции", "upd"}},
	{Lang: "uk", Words: []string{"виправлення", "оновлення", "примітка редакції", "уточнення", "від редакції"}},
	{Lang: "tr", Words: []string{"düzeltme", "güncelleme", "editörün notu", "editör notu"}},
	{Lang: "id", Words: []string{"ralat", "koreksi", "pembaruan", "catatan redaksi"}},
	{Lang: "vi", Words: []string{"đính chính", "cập nhật", "ghi chú của biên tập viên"}},
	{Lang: "ar", Words: []string{"تصحيح", "تحديث", "ملاحظة المحرر", "ملاحظة التحرير"}},
	// (Not "更新" in Chinese or Japanese: "更新：2026年9月2日 10:30" is a timestamp, and no space
	// tells it from a note there.)
	{Lang: "zh", Words: []string{"更正", "勘误", "勘誤", "编者按", "編者按", "编者注", "編者註"}},
	{Lang: "ja", Words: []string{"訂正", "追記", "お詫びと訂正", "編集部注"}},
	{Lang: "ko", Words: []string{"정정", "바로잡습니다", "편집자 주", "업데이트"}},
}

// adLabelWords mark an advertising slot, in the languages of the web's larger sites: a block
// that says only this is the label of an ad whose content was not text.
var adLabelWords = []dom.Words{
	{Lang: "en", Words: []string{"advertisement", "advertisements", "advertising", "ad", "ads", "sponsored", "sponsored content"}},
	{Lang: "de", Words: []string{"anzeige", "werbung"}},
	{Lang: "fr", Words: []string{"publicité"}},
	{Lang: "es", Words: []string{"publicidad", "anuncio"}},
	{Lang: "pt", Words: []string{"publicidade"}},
	{Lang: "it", Words: []string{"pubblicità"}},
	{Lang: "nl", Words: []string{"advertentie", "reclame"}},
	{Lang: "pl, cs", Words: []string{"reklama"}},
	{Lang: "da, no", Words: []string{"reklame", "annonce"}},
	{Lang: "sv, tr", Words: []string{"reklam", "annons"}},
	{Lang: "fi", Words: []string{"mainos"}},
	{Lang: "ru", Words: []string{"реклама"}},
	{Lang: "el", Words: []string{"διαφήμιση"}},
	{Lang: "ar", Words: []string{"إعلان"}},
	{Lang: "he", Words: []string{"פרסומת"}},
	{Lang: "zh", Words: []string{"广告", "廣告"}},
	{Lang: "ja", Words: []string{"広告"}},
	{Lang: "ko", Words: []string{"광고"}},
	{Lang: "id", Words: []string{"iklan"}},
	{Lang: "vi", Words: []string{"quảng cáo"}},
	{Lang: "th", Words: []string{"โฆษณา"}},
}

// scriptNoticeWords, beside the word "JavaScript", make a short text a notice that the page
// needs scripts ("You need to enable JavaScript to run this app", "JavaScript ist deaktiviert"),
// lower-cased; see isScriptNotice. Such a notice is never content.
var scriptNoticeWords = []dom.Words{
	{Lang: "en", Words: []string{"enable", "turn on", "switch on", "activate", "allow", "required", "requires", "require",
		"disabled", "not enabled", "turned off", "needs", "need", "support"}},
	{Lang: "de", Words: []string{"aktivier", "einschalten", "erforderlich", "benötig", "deaktiviert", "erlauben", "zulassen"}},
	{Lang: "fr", Words: []string{"activ", "nécessite", "nécessaire", "désactivé", "requis", "autoriser"}},
	{Lang: "es", Words: []string{"habilit", "activ", "requiere", "necesita", "desactivado", "deshabilitado"}},
	{Lang: "it", Words: []string{"abilit", "attiv", "richiede", "necessario", "disattivato", "disabilitato"}},
	{Lang: "pt", Words: []string{"ativ", "habilit", "requer", "precisa", "desativado", "desabilitado"}},
	{Lang: "nl", Words: []string{"inschakel", "ingeschakeld", "vereist", "uitgeschakeld", "aanzetten"}},
	{Lang: "pl", Words: []string{"włącz", "wymaga", "wyłączon"}},
	{Lang: "ru", Words: []string{"включ", "требует", "отключ"}},
	{Lang: "uk", Words: []string{"увімкн", "потрібн", "вимкнен"}},
	{Lang: "ja", Words: []string{"有効", "必要"}},
	{Lang: "zh", Words: []string{"启用", "啟用", "开启", "開啟", "需要", "禁用"}},
	{Lang: "ko", Words: []string{"활성화", "필요"}},
}

// The tables flattened, as the rules use them.
var (
	NotePrefixes = dom.AllWords(noteWords)
	adLabels     = dom.WordSet(adLabelWords)
	ScriptNotice = dom.AllWords(scriptNoticeWords)
)

// sellingBoxWords open the title of a box on a product page that sells other products:
// "Frequently bought together", "You may also like", "Recently viewed". A heading or short
// line that starts with one (see sellingBoxTitle) drops its box on a product page.
var sellingBoxWords = []dom.Words{
	{Lang: "en", Words: []string{"frequently bought together", "customers also bought", "customers also viewed", "customers who bought",
		"customers who viewed", "you may also like", "you might also like", "you may also be interested", "you might be interested",
		"related products", "similar products", "similar items", "recently viewed", "complete the look", "shop the look",
		"more from this brand", "people also bought", "others also bought", "compare with similar", "sponsored products",
		"frequently purchased together", "how about these", "variations of this style", "accessories for", "choose your add-ons",
		"purchase options and add-ons", "pairs well with", "goes well with", "complete your look", "complete your set", "you may also need"}},
	{Lang: "de", Words: []string{"wird oft zusammen gekauft", "häufig zusammen gekauft", "kunden kauften auch", "kunden, die diesen artikel",
		"das könnte dir auch gefallen", "das könnte ihnen auch gefallen", "ähnliche produkte", "ähnliche artikel", "zuletzt angesehen", "passend dazu",
		"zubehör für", "passt gut zu", "vervollständige deinen look"}},
	{Lang: "fr", Words: []string{"fréquemment achetés ensemble", "souvent achetés ensemble", "vous aimerez aussi", "vous aimerez peut-être",
		"produits similaires", "articles similaires", "produits associés", "récemment consultés", "les clients ont aussi acheté",
		"accessoires pour", "à associer avec", "complétez votre look", "complétez le look"}},
	{Lang: "es", Words: []string{"comprados juntos habitualmente", "también te puede gustar", "te puede interesar", "productos relacionados",
		"productos similares", "vistos recientemente", "los clientes también compraron",
		"accesorios para", "combínalo con", "completa tu look"}},
	{Lang: "it", Words: []string{"spesso comprati insieme", "potrebbe interessarti", "ti potrebbe piacere", "prodotti correlati", "prodotti simili", "visti di recente",
		"accessori per", "abbinalo a", "completa il look"}},
	{Lang: "pt", Words: []string{"frequentemente comprados juntos", "você também pode gostar", "você pode gostar", "produtos relacionados", "produtos semelhantes", "vistos recentemente",
		"acessórios para", "complete o look"}},
	{Lang: "nl", Words: []string{"vaak samen gekocht", "misschien ook interessant", "dit vind je misschien ook leuk", "gerelateerde producten", "vergelijkbare producten", "recent bekeken",
		"accessoires voor", "maak je look compleet"}},
	{Lang: "pl", Words: []string{"często kupowane razem", "może ci się spodobać", "podobne produkty", "ostatnio oglądane", "akcesoria do", "uzupełnij stylizację"}},
	{Lang: "ru", Words: []string{"с этим товаром покупают", "часто покупают вместе", "вам может понравиться", "похожие товары", "недавно просмотренные", "вы смотрели", "аксессуары для", "дополните образ"}},
}

// SellingBoxTitles is sellingBoxWords flattened.
var SellingBoxTitles = dom.AllWords(sellingBoxWords)

// docBoxWords are the titles of the boxes of a documentation page that are not its text:
// the page's table of contents ("On this page"). A heading or short line that is one of
// them (see titleIs) drops its box on a documentation page.
var docBoxWords = []dom.Words{
	{Lang: "en", Words: []string{"on this page", "in this article", "in this page", "table of contents", "contents", "in this section", "page contents"}},
	{Lang: "de", Words: []string{"auf dieser seite", "inhaltsverzeichnis", "inhalt", "in diesem artikel"}},
	{Lang: "fr", Words: []string{"sur cette page", "table des matières", "dans cet article", "sommaire"}},
	{Lang: "es", Words: []string{"en esta página", "tabla de contenidos", "en este artículo", "contenido"}},
	{Lang: "it", Words: []string{"in questa pagina", "indice", "in questo articolo"}},
	{Lang: "pt", Words: []string{"nesta página", "índice", "neste artigo"}},
	{Lang: "ru", Words: []string{"на этой странице", "содержание", "в этой статье"}},
	{Lang: "ja", Words: []string{"目次", "このページの内容"}},
	{Lang: "zh", Words: []string{"目录", "本页内容", "在本文中"}},
}

// docWidgetWords open the lines of a documentation page's widgets: feedback, edit links,
// the links to the previous and next pages. Pager words ("previous", "next") count only
// on a line that is mostly a link (see isDocWidgetLine): "Next, add the second block:" is text.
var docWidgetWords = []dom.Words{
	{Lang: "en", Words: []string{"was this page helpful", "was this article helpful", "is this page helpful", "did this page help",
		"edit this page", "edit on github", "edit page", "improve this page", "suggest an edit", "report an issue", "report a problem",
		"give feedback", "send feedback", "rate this page"}},
	{Lang: "de", Words: []string{"war diese seite hilfreich", "war dieser artikel hilfreich", "diese seite bearbeiten", "seite bearbeiten", "feedback geben"}},
	{Lang: "fr", Words: []string{"cette page vous a-t-elle été utile", "cet article vous a-t-il été utile", "modifier cette page", "donner votre avis"}},
	{Lang: "es", Words: []string{"¿te ha resultado útil", "¿te resultó útil", "¿fue útil esta página", "editar esta página", "enviar comentarios"}},
	{Lang: "it", Words: []string{"questa pagina ti è stata utile", "modifica questa pagina"}},
	{Lang: "pt", Words: []string{"esta página foi útil", "este artigo foi útil", "editar esta página"}},
	{Lang: "ru", Words: []string{"была ли эта страница полезной", "была ли статья полезной", "редактировать страницу"}},
	{Lang: "ja", Words: []string{"このページは役に立ちましたか", "このページを編集"}},
	{Lang: "zh", Words: []string{"此页面是否有帮助", "编辑此页"}},
}

// pagerWords open the links to the previous and next pages of a manual.
var pagerWords = []dom.Words{
	{Lang: "en", Words: []string{"previous", "next", "prev", "« previous", "next »", "← previous", "next →"}},
	{Lang: "de", Words: []string{"zurück", "weiter", "vorherige", "nächste"}},
	{Lang: "fr", Words: []string{"précédent", "suivant"}},
	{Lang: "es", Words: []string{"anterior", "siguiente"}},
	{Lang: "it", Words: []string{"precedente", "successivo"}},
	{Lang: "pt", Words: []string{"anterior", "próximo"}},
	{Lang: "ru", Words: []string{"назад", "далее", "предыдущая", "следующая"}},
	{Lang: "ja", Words: []string{"前へ", "次へ"}},
	{Lang: "zh", Words: []string{"上一页", "下一页"}},
}

// The documentation tables flattened.
var (
	DocBoxTitles  = dom.WordSet(docBoxWords)
	DocWidgetOpen = dom.AllWords(docWidgetWords)
	PagerOpen     = dom.AllWords(pagerWords)
)

// endBoxWords open the boxes at the end of a body that are not the body (in Chinese and
// Japanese, written without spaces, a word opens a box before any rune, so only words that
// prose does not open with: "欢迎关注", not "关注我们", which opens "关注我们的孩子…"): appeals for money
// ("Support us", "Donate"), for subscriptions and follows ("Subscribe to our newsletter",
// "Follow us"), the author's bio ("About the author") and the press contact ("Media
// contact"), and the closing lines that ask a reader who liked the post to share or follow
// ("If you enjoyed my article, please share it", "Like this article? Subscribe"). A block that opens with one, as a whole word, among the last blocks of the body
// drops the rest of the body after it (see dropEndBoxes).
var endBoxWords = []dom.Words{
	{Lang: "en", Words: []string{"support us", "support our", "support independent", "support mission-driven", "please support", "please consider supporting",
		"donate", "make a donation", "become a patron", "become a member", "become a supporter", "buy me a coffee",
		"subscribe to", "subscribe for", "subscribe now", "subscribe today", "sign up for our newsletter", "sign up to our newsletter", "sign up for the newsletter",
		"join our newsletter", "join our mailing list", "get our newsletter", "never miss a", "follow us", "like us on",
		"about the author", "about the writer", "about the authors", "author bio", "media contact", "media contacts", "press contact", "press contacts",
		"media inquiries", "for media inquiries", "press inquiries", "media relations", "if you enjoyed this", "if you liked this", "enjoyed this article", "enjoyed this post",
		"if you enjoyed my", "enjoy the post", "enjoyed the post", "like this article", "like this post", "liked this article", "liked this post",
		"like what you're reading", "like what you’re reading", "thanks for visiting"}},
	{Lang: "de", Words: []string{"unterstützen sie uns", "unterstütze uns", "jetzt spenden", "jetzt unterstützen", "newsletter abonnieren", "abonnieren sie",
		"folgen sie uns", "folge uns", "über den autor", "über die autorin", "pressekontakt", "medienkontakt",
		"hat dir der artikel gefallen", "hat ihnen der artikel gefallen", "hat dir dieser beitrag gefallen", "hat ihnen dieser beitrag gefallen"}},
	{Lang: "fr", Words: []string{"soutenez-nous", "soutenez", "faites un don", "faire un don", "abonnez-vous", "inscrivez-vous à notre newsletter", "suivez-nous",
		"à propos de l'auteur", "à propos de l’auteur", "contact presse", "contact médias",
		"vous avez aimé cet article", "cet article vous a plu"}},
	{Lang: "es", Words: []string{"apóyanos", "haz una donación", "suscríbete", "suscríbase", "síguenos", "sobre el autor", "acerca del autor", "contacto de prensa", "contacto para medios",
		"te gustó este artículo", "si te gustó este artículo"}},
	{Lang: "it", Words: []string{"sostienici", "fai una donazione", "iscriviti alla newsletter", "abbonati", "seguici", "sull'autore", "sull’autore", "contatti stampa", "ufficio stampa",
		"ti è piaciuto questo articolo"}},
	{Lang: "pt", Words: []string{"apoie o", "apoie a", "faça uma doação", "assine a newsletter", "inscreva-se", "siga-nos", "sobre o autor", "contato para imprensa", "assessoria de imprensa",
		"gostou deste artigo", "gostou do artigo", "receba as notícias", "receba nossas notícias"}},
	{Lang: "nl", Words: []string{"steun ons", "doneer", "abonneer je", "schrijf je in voor", "volg ons", "over de auteur", "perscontact", "vond je dit artikel leuk"}},
	{Lang: "pl", Words: []string{"wesprzyj nas", "przekaż darowiznę", "zapisz się do newslettera", "obserwuj nas", "o autorze", "kontakt dla mediów", "podobał ci się ten artykuł"}},
	{Lang: "ru", Words: []string{"поддержите нас", "поддержать проект", "подпишитесь", "подписывайтесь", "об авторе", "контакты для прессы", "пресс-служба", "понравилась статья", "понравилась эта статья", "следите за нами"}},
	{Lang: "uk", Words: []string{"підтримайте нас", "підпишіться", "про автора", "сподобалася стаття", "стежте за нами"}},
	{Lang: "tr", Words: []string{"bizi takip edin", "bizi sosyal medyada takip", "bizi destekleyin", "bağış yapın", "bültenimize abone olun", "abone olun", "yazar hakkında"}},
	{Lang: "id", Words: []string{"ikuti kami", "dukung kami", "dukung jurnalisme", "berlangganan newsletter", "tentang penulis"}},
	{Lang: "vi", Words: []string{"theo dõi chúng tôi", "ủng hộ chúng tôi", "đăng ký nhận bản tin", "về tác giả"}},
	{Lang: "ar", Words: []string{"تابعونا", "تابعنا", "ادعمونا", "اشترك في النشرة", "اشترك في نشرتنا", "عن الكاتب", "نبذة عن الكاتب"}},
	{Lang: "hi", Words: []string{"हमें फॉलो करें", "हमें फ़ॉलो करें", "लेखक के बारे में"}},
	{Lang: "zh", Words: []string{"欢迎关注", "歡迎關注", "扫码关注", "掃碼關注", "订阅我们", "訂閱我們", "关于作者", "關於作者", "作者简介", "作者簡介"}},
	{Lang: "ja", Words: []string{"この記事を書いた人", "この記事が気に入ったら", "この記事が役に立ったら", "フォローしてね", "フォローお願いします", "メルマガ登録", "ニュースレターに登録", "著者プロフィール"}},
	{Lang: "ko", Words: []string{"구독하기", "뉴스레터 구독", "후원하기", "기자 소개", "저자 소개"}},
	{Lang: "th", Words: []string{"ติดตามเรา", "ติดตามข่าว", "กดติดตาม", "สมัครรับจดหมายข่าว", "เกี่ยวกับผู้เขียน"}},
}

// endBoxCloseWords close the call of an end box in the languages that put the verb last
// ("Bizi Instagram ve X'ten takip edin", "골목일보 뉴스레터 구독하기"), where the call opens
// with the site's or network's name: a block among the last of the body whose first clause
// (up to its first comma, colon or sentence end) ends with one of them, as a whole word,
// opens an end box (see closesCall).
var endBoxCloseWords = []dom.Words{
	{Lang: "tr", Words: []string{"takip edin", "takip edebilirsiniz", "abone olun", "abone olabilirsiniz", "destek olun", "bağış yapın"}},
	{Lang: "ko", Words: []string{"구독하기", "구독하세요", "구독해 주세요", "팔로우하세요", "팔로우해 주세요", "후원하기", "후원해 주세요"}},
	{Lang: "ja", Words: []string{"フォローしてね", "フォローしてください", "フォローお願いします", "ご登録ください", "登録してください", "シェアしてください", "ご支援ください"}},
	{Lang: "hi", Words: []string{"फॉलो करें", "फ़ॉलो करें", "सब्सक्राइब करें", "सदस्यता लें", "हमसे जुड़े रहें"}},
}

// moreReadingWords open the boxes of further pages after a body ("Related articles", "You
// may also like", "More from the author", "Latest posts by ..."): a list of other pages'
// titles and teasers, not the body; and the feedback widget under it ("Was this page
// helpful?"). They open a box only as its title, a short block (see
// opensEndBox), since a line of prose may open with them.
var moreReadingWords = []dom.Words{
	{Lang: "en", Words: []string{"related articles", "related posts", "related stories", "related reading", "related content", "related guides",
		"you may also like", "you might also like", "you may also be interested", "you might also be interested", "you may also enjoy", "you might also enjoy",
		"more from", "more articles", "more stories", "more posts", "latest posts by", "recent posts", "read next", "read more from", "recommended for you",
		"since you made it to the bottom", "republish our articles", "republish this article", "brought to you by", "email me when back in stock",
		"get notified when", "notify me when", "was this page helpful", "was this article helpful", "was this helpful", "did this help",
		"did you find this helpful", "rate this article", "rate this page", "popular posts", "popular articles", "popular stories", "most popular", "most read", "trending now", "trending articles", "trending stories"}},
	{Lang: "de", Words: []string{"ähnliche artikel", "verwandte artikel", "das könnte sie auch interessieren", "mehr zum thema", "weitere artikel", "mehr von", "lesen sie auch", "lies auch", "meistgelesen", "meist gelesen", "beliebte artikel", "beliebteste artikel"}},
	{Lang: "fr", Words: []string{"articles similaires", "articles liés", "à lire aussi", "vous aimerez aussi", "vous aimerez peut-être aussi", "plus de", "les plus lus", "articles populaires", "les plus populaires"}},
	{Lang: "es", Words: []string{"artículos relacionados", "te puede interesar", "también te puede interesar", "más de", "ver también", "lee también", "noticias relacionadas", "lo más leído", "los más leídos", "más leídos", "artículos populares"}},
	{Lang: "it", Words: []string{"articoli correlati", "potrebbe interessarti", "ti potrebbe interessare", "i più letti", "più letti", "articoli popolari"}},
	{Lang: "pt", Words: []string{"artigos relacionados", "você também pode gostar", "leia também", "mais lidas", "mais lidos", "artigos populares"}},
	{Lang: "nl", Words: []string{"gerelateerde artikelen", "misschien ook interessant", "lees ook", "meest gelezen", "populaire artikelen"}},
	{Lang: "pl", Words: []string{"czytaj także", "czytaj też", "zobacz też", "zobacz także", "podobne artykuły", "powiązane artykuły", "najczęściej czytane", "popularne artykuły", "najpopularniejsze"}},
	{Lang: "ru", Words: []string{"читайте также", "читайте еще", "читайте ещё", "похожие статьи", "похожие новости", "другие материалы", "самые популярные", "популярные статьи", "популярное", "самое читаемое"}},
	{Lang: "uk", Words: []string{"читайте також", "схожі статті", "популярні статті", "найпопулярніше", "найпопулярніші"}},
	{Lang: "tr", Words: []string{"ayrıca okuyun", "ilgili haberler", "ilgili yazılar", "benzer haberler", "en çok okunanlar", "popüler yazılar", "popüler haberler"}},
	{Lang: "id", Words: []string{"baca juga", "artikel terkait", "berita terkait", "terpopuler", "artikel populer", "berita populer"}},
	{Lang: "vi", Words: []string{"xem thêm", "bài viết liên quan", "tin liên quan", "đọc nhiều nhất", "bài viết phổ biến"}},
	{Lang: "ar", Words: []string{"اقرأ أيضا", "اقرأ أيضًا", "اقرأ ايضا", "مقالات ذات صلة", "أخبار ذات صلة", "مواضيع ذات صلة", "الأكثر قراءة", "الأكثر شعبية"}},
	{Lang: "hi", Words: []string{"यह भी पढ़ें", "संबंधित खबरें", "सबसे ज्यादा पढ़ी गई", "लोकप्रिय खबरें"}},
	{Lang: "zh", Words: []string{"相关阅读", "相關閱讀", "相关新闻", "相關新聞", "相关文章", "相關文章", "延伸阅读", "延伸閱讀", "推荐阅读", "推薦閱讀", "热门文章", "熱門文章", "最受欢迎", "最受歡迎", "热门推荐", "熱門推薦"}},
	{Lang: "ja", Words: []string{"関連記事", "あわせて読みたい", "合わせて読みたい", "こちらもおすすめ", "人気記事", "よく読まれている記事"}},
	{Lang: "ko", Words: []string{"관련 기사", "관련기사", "함께 보면 좋은 기사", "추천 기사", "많이 본 기사", "인기 기사"}},
	{Lang: "th", Words: []string{"อ่านเพิ่มเติม", "ข่าวที่เกี่ยวข้อง", "บทความที่เกี่ยวข้อง", "ข่าวแนะนำ", "บทความยอดนิยม", "ข่าวยอดนิยม"}},
}

// sourceTitleWords are the titles of the list of sources after a body ("References",
// "Sources"): the citations a reader looks up, not the body. Only a block whose whole text is
// one of them opens that box (see opensEndBox): prose opens with the same words.
var sourceTitleWords = []dom.Words{
	{Lang: "en", Words: []string{"references", "sources", "article sources", "bibliography", "works cited"}},
	{Lang: "de", Words: []string{"quellen", "literatur", "literaturverzeichnis", "einzelnachweise", "quellenangaben"}},
	{Lang: "fr", Words: []string{"références", "sources", "bibliographie"}},
	{Lang: "es", Words: []string{"referencias", "fuentes", "bibliografía"}},
	{Lang: "it", Words: []string{"riferimenti", "fonti", "bibliografia"}},
	{Lang: "pt", Words: []string{"referências", "fontes", "bibliografia"}},
	{Lang: "nl", Words: []string{"bronnen", "referenties", "literatuur"}},
}

// appealWords are the two halves of an appeal for money that names the site ("Support
// Circuit Notes! Donate via PayPal"): Open, the verb it opens with, and Money, a word of
// giving it holds (see opensEndBox).
var appealWords = []struct {
	Lang        string
	Open, Money []string
}{
	{Lang: "en", Open: []string{"support", "help"}, Money: []string{"donate", "donation", "donations", "patron", "patreon", "membership", "contribute", "contribution"}},
	{Lang: "de", Open: []string{"unterstützen", "unterstütze", "unterstützt"}, Money: []string{"spenden", "spende", "steady", "mitglied", "abo"}},
	{Lang: "fr", Open: []string{"soutenez", "soutenir", "aidez"}, Money: []string{"don", "dons", "abonnement", "tipeee"}},
	{Lang: "es", Open: []string{"apoya", "apoyar", "ayúdanos"}, Money: []string{"donación", "dona", "donar", "suscripción", "aporte"}},
	{Lang: "ru", Open: []string{"поддержите", "поддержать", "помогите"}, Money: []string{"донат", "пожертвование", "рублем", "подписку"}},
}

// The appeal and end-box tables flattened; built once, never written after.
var (
	EndBoxOpen  = dom.AllWords(endBoxWords)
	EndBoxClose = dom.AllWords(endBoxCloseWords)
	MoreReading = dom.AllWords(moreReadingWords)
	// SourceTitles is sourceTitleWords as a set.
	SourceTitles = dom.WordSet(sourceTitleWords)
	AppealOpen   = appealSet(func(t []string, _ []string) []string { return t })
	AppealMoney  = appealSet(func(_ []string, m []string) []string { return m })
)

// appealSet is the set of the words that pick takes from each language of appealWords.
func appealSet(pick func(open, money []string) []string) map[string]bool {
	set := map[string]bool{}
	for _, t := range appealWords {
		for _, w := range pick(t.Open, t.Money) {
			set[w] = true
		}
	}
	return set
}

// homeTitleWords are titles that only say a page is a site's home page ("Home", "Startseite"):
// the site's name is the headline there. Lower-cased.
var homeTitleWords = []dom.Words{
	{Lang: "en", Words: []string{"home", "homepage", "home page"}},
	{Lang: "de", Words: []string{"startseite"}},
	{Lang: "fr", Words: []string{"accueil"}},
	{Lang: "es", Words: []string{"inicio", "portada"}},
	{Lang: "pt", Words: []string{"início", "página inicial"}},
	{Lang: "it", Words: []string{"pagina iniziale"}},
	{Lang: "nl", Words: []string{"startpagina"}},
	{Lang: "ru", Words: []string{"главная", "главная страница"}},
}

// HomeTitles is homeTitleWords as a set.
var HomeTitles = dom.WordSet(homeTitleWords)

// IsAdLabel reports whether a block's whole text is an advertising label ("Advertisement",
// "— Publicidad —", "[Anzeige]"), in any case.
func IsAdLabel(b *Block) bool {
	if b.Kind == view.Heading {
		return false
	}
	if b.Chars > maxAdNoteChars {
		return false
	}
	t := strings.TrimFunc(b.Text, func(r rune) bool { return !unicode.IsLetter(r) })
	return b.Chars <= maxAdLabelChars && adLabels[strings.ToLower(t)] || isAdLabelWithNote(b.Text)
}

// isAdLabelWithNote reports whether text is an ad label followed by a note on who sees the
// ad, in brackets or after a dash: "Advertisement (gone after registration)", "Anzeige
// (nach der Anmeldung weg)", "Advertisement - Members don't see this ad". After a dash the
// note must name the ad again, so a paragraph "Advertising - why it works" stays.
func isAdLabelWithNote(text string) bool {
	if label, note, ok := strings.Cut(text, " ("); ok {
		return len(note) > 1 && strings.HasSuffix(note, ")") && adLabels[strings.ToLower(strings.TrimSpace(label))]
	}
	for _, dash := range []string{" - ", " – ", " — "} {
		if label, note, ok := strings.Cut(text, dash); ok {
			return adLabels[strings.ToLower(strings.TrimSpace(label))] && namesAd(note)
		}
	}
	return false
}

// namesAd reports whether one of the words of s is an ad label word ("this ad").
func namesAd(s string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if adLabels[w] {
			return true
		}
	}
	return false
}

// commentTitleWords title a comment section, lower-cased: a heading that is one of them,
// with or without a count ("Comments", "12 Comments", "Kommentare (3)"), opens the readers'
// comments under a story (see DropCommentsAfterTitle).
var commentTitleWords = []dom.Words{
	{Lang: "en", Words: []string{"comments", "comment", "responses", "replies", "reader comments", "readers' comments", "discussion"}},
	{Lang: "de", Words: []string{"kommentare", "kommentar", "leserkommentare"}},
	{Lang: "fr", Words: []string{"commentaires", "commentaire", "réactions"}},
	{Lang: "es", Words: []string{"comentarios", "comentario"}},
	{Lang: "it", Words: []string{"commenti", "commento"}},
	{Lang: "pt", Words: []string{"comentários", "comentário"}},
	{Lang: "nl", Words: []string{"reacties", "reactie"}},
	{Lang: "pl", Words: []string{"komentarze", "komentarzy", "komentarz"}},
	{Lang: "ru", Words: []string{"комментарии", "комментарий", "комментария", "комментариев"}},
	{Lang: "uk", Words: []string{"коментарі", "коментар", "коментарів"}},
	{Lang: "tr", Words: []string{"yorumlar", "yorum"}},
	{Lang: "id", Words: []string{"komentar"}},
	{Lang: "vi", Words: []string{"bình luận"}},
	{Lang: "ar", Words: []string{"التعليقات", "تعليقات", "تعليق"}},
	{Lang: "zh", Words: []string{"评论", "評論", "网友评论", "網友評論", "留言"}},
	{Lang: "ja", Words: []string{"コメント"}},
	{Lang: "ko", Words: []string{"댓글"}},
	{Lang: "th", Words: []string{"ความคิดเห็น"}},
}

// commentTitles is commentTitleWords as a set.
var commentTitles = dom.WordSet(commentTitleWords)

// taxonomyLabelWords open the line of a post's taxonomy, lower-cased, before its colon: the
// tags and categories a blog prints under (or over) the story ("Tags: Travel, Food",
// "Filed under: Guides", "Рубрика: Политика", "标签：旅行"). Not "Keywords:", which opens a
// paper's own line of key words under its abstract.
var taxonomyLabelWords = []dom.Words{
	{Lang: "en", Words: []string{"tags", "tag", "tagged", "tagged with", "tagged as", "filed under", "categories", "category", "posted in", "topics", "labels"}},
	{Lang: "de", Words: []string{"schlagwörter", "schlagworte", "stichwörter", "kategorie", "kategorien", "themen", "abgelegt unter"}},
	{Lang: "fr", Words: []string{"étiquettes", "catégorie", "catégories", "classé dans", "thèmes"}},
	{Lang: "es", Words: []string{"etiquetas", "categoría", "categorías", "archivado en", "temas"}},
	{Lang: "it", Words: []string{"etichette", "categoria", "categorie", "argomenti", "archiviato in"}},
	{Lang: "pt", Words: []string{"etiquetas", "marcadores", "categoria", "categorias", "arquivado em", "assuntos"}},
	{Lang: "nl", Words: []string{"trefwoorden", "categorie", "categorieën", "onderwerpen", "geplaatst in"}},
	{Lang: "pl", Words: []string{"tagi", "kategoria", "kategorie", "tematy"}},
	{Lang: "ru", Words: []string{"теги", "метки", "рубрика", "рубрики", "категория", "категории"}},
	{Lang: "uk", Words: []string{"теги", "мітки", "рубрика", "рубрики", "категорія", "категорії"}},
	{Lang: "tr", Words: []string{"etiketler", "kategori", "kategoriler"}},
	{Lang: "id", Words: []string{"kategori", "topik"}},
	{Lang: "vi", Words: []string{"thẻ", "chuyên mục", "danh mục"}},
	{Lang: "ar", Words: []string{"الوسوم", "وسوم", "التصنيفات", "التصنيف", "الأقسام"}},
	{Lang: "hi", Words: []string{"टैग", "टैग्स", "श्रेणी", "श्रेणियाँ", "विषय"}},
	{Lang: "zh", Words: []string{"标签", "標籤", "分类", "分類"}},
	{Lang: "ja", Words: []string{"タグ", "カテゴリー", "カテゴリ"}},
	{Lang: "ko", Words: []string{"태그", "카테고리", "분류"}},
	{Lang: "th", Words: []string{"แท็ก", "หมวดหมู่"}},
}

// taxonomyLabels is taxonomyLabelWords as a set.
var taxonomyLabels = dom.WordSet(taxonomyLabelWords)

// IsTaxonomyLine reports whether text is a post's taxonomy line: a label of
// taxonomyLabelWords, a colon (or a full-width one), and a short list of names after it that
// ends no sentence ("Tags: Employment, Health & Fitness", "Category: Personal Finance 101").
func IsTaxonomyLine(text string) bool {
	t := strings.TrimSpace(text)
	i := firstColon(t[:min(len(t), maxTaxonomyLabelBytes+len("："))])
	if i <= 0 || i > maxTaxonomyLabelBytes {
		return false
	}
	_, w := utf8.DecodeRuneInString(t[i:])
	rest := strings.TrimSpace(t[i+w:])
	if rest == "" || utf8.RuneCountInString(rest) > maxTaxonomyRunes || EndsSentence(rest) {
		return false
	}
	return taxonomyLabels[strings.ToLower(strings.TrimSpace(t[:i]))]
}

// firstColon returns the offset of the first colon or full-width colon in s, or -1.
func firstColon(s string) int {
	i := strings.IndexByte(s, ':')
	if j := strings.Index(s, "："); j >= 0 && (i < 0 || j < i) {
		return j
	}
	return i
}

// newsletterPlugWords are the two halves of a plug for the site's newsletter, lower-cased: a
// name of a newsletter (Noun) and a call to sign up for it (Call). A short paragraph that
// holds both ("Want more? Sign up for our newsletter, The Weekly, and ...", "Love movies? Our
// Watch Party newsletter ... Sign up now") is the site's plug, wherever it stands in the
// body (see IsNewsletterPlug). The calls are the reader's: imperatives and "your inbox", not
// a verb that tells of the writer's own subscriptions ("the newsletters I subscribe to"). The
// halves are matched inside words ("рассылк" in "рассылку").
var newsletterPlugWords = []struct {
	Lang       string
	Noun, Call []string
}{
	{Lang: "en", Noun: []string{"newsletter", "mailing list"}, Call: []string{"sign up", "subscribe now", "subscribe today", "subscribe to our", "subscribe for free", "subscribe here", "your inbox"}},
	{Lang: "de", Noun: []string{"newsletter"}, Call: []string{"abonnieren sie", "jetzt abonnieren", "jetzt anmelden", "melden sie sich", "ihr postfach"}},
	{Lang: "fr", Noun: []string{"newsletter", "lettre d'information", "lettre d’information", "infolettre"}, Call: []string{"inscrivez-vous", "abonnez-vous", "votre boîte"}},
	{Lang: "es", Noun: []string{"newsletter", "boletín"}, Call: []string{"suscríbete", "suscríbase", "regístrate", "tu bandeja"}},
	{Lang: "it", Noun: []string{"newsletter"}, Call: []string{"iscriviti", "abbonati", "tua casella"}},
	{Lang: "pt", Noun: []string{"newsletter", "boletim"}, Call: []string{"inscreva-se", "assine", "cadastre-se", "sua caixa"}},
	{Lang: "nl", Noun: []string{"nieuwsbrief"}, Call: []string{"schrijf je in", "abonneer je", "meld je aan", "je inbox"}},
	{Lang: "pl", Noun: []string{"newsletter"}, Call: []string{"zapisz się", "zapisz sie", "subskrybuj"}},
	{Lang: "ru", Noun: []string{"рассылк"}, Call: []string{"подпишитесь", "подписывайтесь"}},
	{Lang: "uk", Noun: []string{"розсилк"}, Call: []string{"підпишіться", "підписуйтесь"}},
	{Lang: "tr", Noun: []string{"bülten"}, Call: []string{"abone olun"}},
	{Lang: "id", Noun: []string{"newsletter", "buletin"}, Call: []string{"berlangganan sekarang", "daftar sekarang"}},
	{Lang: "vi", Noun: []string{"bản tin"}, Call: []string{"hãy đăng ký", "đăng ký ngay"}},
	{Lang: "ar", Noun: []string{"النشرة", "نشرتنا"}, Call: []string{"اشترك الآن", "اشتركوا"}},
	{Lang: "hi", Noun: []string{"न्यूज़लेटर", "न्यूजलेटर"}, Call: []string{"सब्सक्राइब करें", "साइन अप करें"}},
	{Lang: "zh", Noun: []string{"新闻通讯", "新聞通訊", "电子报", "電子報"}, Call: []string{"立即订阅", "立即訂閱", "欢迎订阅", "歡迎訂閱", "订阅我们", "訂閱我們"}},
	{Lang: "ja", Noun: []string{"ニュースレター", "メルマガ", "メールマガジン"}, Call: []string{"ご登録", "登録はこちら", "購読はこちら"}},
	{Lang: "ko", Noun: []string{"뉴스레터"}, Call: []string{"구독하기", "구독해 주세요", "신청하기"}},
	{Lang: "th", Noun: []string{"จดหมายข่าว"}, Call: []string{"สมัครรับ", "สมัครเลย"}},
}

// newsletterNouns are the Noun words of every language of newsletterPlugWords, each once.
var newsletterNouns = func() []string {
	var all []string
	for _, l := range newsletterPlugWords {
		for _, n := range l.Noun {
			if !slices.Contains(all, n) {
				all = append(all, n)
			}
		}
	}
	return all
}()

// asciiNewsletterNouns are the newsletterNouns in ASCII.
var asciiNewsletterNouns = asciiWords(newsletterNouns)

// IsNewsletterPlug reports whether a paragraph's text is a plug for the site's newsletter: at
// most maxPlugRunes, holding a newsletter's name and a call to sign up of one language of
// newsletterPlugWords.
func IsNewsletterPlug(text string) bool {
	if utf8.RuneCountInString(text) > maxPlugRunes {
		return false
	}
	if len(text) <= maxPlugRunes && !mayHoldFolded(text, asciiNewsletterNouns) {
		return false // most paragraphs: ASCII, and no newsletter's name in it
	}
	t := strings.ToLower(text)
	if !containsAny(t, newsletterNouns) {
		return false // one pass over the nouns of every language
	}
	for _, l := range newsletterPlugWords {
		if containsAny(t, l.Noun) && containsAny(t, l.Call) {
			return true
		}
	}
	return false
}

// containsAny reports whether s holds one of words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
