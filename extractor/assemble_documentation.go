package extractor

// assembleDocumentation assembles a documentation page. It declines every page for now: the article path stands.
func assembleDocumentation(in kindInput) ([]*block, bool) { return nil, false }
