package extractor

// assembleProduct assembles a product page. It declines every page for now: the article path stands.
func assembleProduct(in kindInput) ([]*block, bool) { return nil, false }
