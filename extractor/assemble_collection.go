package extractor

// assembleCollection assembles a collection page. It declines every page for now: the article path stands.
func assembleCollection(in kindInput) ([]*block, bool) { return nil, false }
