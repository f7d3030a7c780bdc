package extractor

// assembleService assembles a service page. It declines every page for now: the article path stands.
func assembleService(in kindInput) ([]*block, bool) { return nil, false }
