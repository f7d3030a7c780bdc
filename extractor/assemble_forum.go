package extractor

// assembleForum assembles a forum page. It declines every page for now: the article path stands.
func assembleForum(in kindInput) ([]*block, bool) { return nil, false }
