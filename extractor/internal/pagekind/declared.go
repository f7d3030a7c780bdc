package pagekind

import "strings"

// declBit is one group of schema.org types a page may declare.
type declBit uint32

const (
	dProduct declBit = 1 << iota
	dOffer
	dRating
	dForum
	dQA
	dItemList
	dCollection
	dSearch
	dTech
	dFAQ
	dService
	dArticle
	dCourseJobEvent
	dHowTo
)

// declTypes maps schema.org type names, lower-cased, to their group.
var declTypes = map[string]declBit{
	"product": dProduct, "productgroup": dProduct, "individualproduct": dProduct, "productmodel": dProduct,
	"offer": dOffer, "aggregateoffer": dOffer,
	"aggregaterating": dRating, "review": dRating,
	"discussionforumposting": dForum, "comment": dForum,
	"qapage": dQA, "question": dQA, "answer": dQA,
	"itemlist": dItemList, "offercatalog": dItemList,
	"collectionpage":    dCollection,
	"searchresultspage": dSearch,
	"techarticle":       dTech, "apireference": dTech, "softwaresourcecode": dTech,
	"faqpage": dFAQ,
	"service": dService, "softwareapplication": dService, "webapplication": dService, "localbusiness": dService,
	"professionalservice": dService, "financialservice": dService,
	"article": dArticle, "newsarticle": dArticle, "blogposting": dArticle, "report": dArticle,
	"analysisnewsarticle": dArticle, "opinionnewsarticle": dArticle, "reportagenewsarticle": dArticle,
	"scholarlyarticle": dArticle, "liveblogposting": dArticle,
	"course": dCourseJobEvent, "jobposting": dCourseJobEvent, "event": dCourseJobEvent,
	"howto": dHowTo, "recipe": dHowTo,
}

// typeBits returns the group of a type name as written ("Product", "https://schema.org/Product"),
// or 0 when it is in none. Any type at all sets the bit that tells "declared something".
func typeBits(t string) declBit {
	t = strings.TrimSpace(t)
	if i := strings.LastIndexAny(t, "/:#"); i >= 0 {
		t = t[i+1:]
	}
	if t == "" || len(t) > 40 {
		return 0
	}
	var buf [40]byte
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= 0x80 {
			return declTypes[strings.ToLower(t)] | dAny
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return declTypes[string(buf[:len(t)])] | dAny // lower-cased on the stack: strings.ToLower's for ASCII
}

// dAny is set for any declared type, known to declTypes or not.
const dAny declBit = 1 << 31

// setDeclared sets the declaration features from the declared type groups and og:type.
func setDeclared(f *Features, d declBit, ogType string) {
	bits := [...]struct {
		f Feature
		d declBit
	}{
		{fDeclProduct, dProduct}, {fDeclOffer, dOffer}, {fDeclRating, dRating}, {fDeclForum, dForum},
		{fDeclQA, dQA}, {fDeclItemList, dItemList}, {fDeclCollection, dCollection}, {fDeclSearch, dSearch},
		{fDeclTech, dTech}, {fDeclFAQ, dFAQ}, {fDeclService, dService}, {fDeclArticle, dArticle},
		{fDeclCourseJobEvent, dCourseJobEvent}, {fDeclHowTo, dHowTo},
	}
	for _, b := range bits {
		if d&b.d != 0 {
			f[b.f] = 1
		}
	}
	if d == 0 {
		f[fDeclNone] = 1
	}
	og := strings.ToLower(strings.TrimSpace(ogType))
	switch {
	case strings.HasPrefix(og, "article") || og == "blog" || og == "news":
		f[fOGArticle] = 1
	case strings.HasPrefix(og, "product") || strings.HasPrefix(og, "og:product"):
		f[fOGProduct] = 1
	case og == "website" || og == "webpage":
		f[fOGWebsite] = 1
	}
}
