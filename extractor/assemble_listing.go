package extractor

// assembleListing assembles a listing page. It declines every page for now: the article path stands.
func assembleListing(in kindInput) ([]*block, bool) { return nil, false }
