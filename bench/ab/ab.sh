#!/usr/bin/env bash
# A/B speed of pith's working tree against an earlier commit, in one process (see main.go.txt):
#
#   bench/ab/ab.sh REV [ROUNDS] [PAGES-GLOB]     # default 30 rounds over ScrapingHub's pages
#
# It copies REV's extractor under the module path github.com/pithdev/pithold into a temporary
# directory, builds main.go.txt there against both, and runs it. Two runs of the same build read
# within about 1% of each other (new/old) on a 2-core machine shared with other work.
set -euo pipefail
rev=${1:?usage: ab.sh REV [ROUNDS] [PAGES-GLOB]}
rounds=${2:-30}
root=$(cd "$(dirname "$0")/../.." && pwd)
glob=${3:-$root/testdata/bench/scrapinghub/html/*.html.gz}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/old" "$tmp/ab"
git -C "$root" archive "$rev" extractor go.mod go.sum | tar -x -C "$tmp/old"
sed -i 's#^module github.com/pithdev/pith$#module github.com/pithdev/pithold#' "$tmp/old/go.mod"
grep -rl 'github.com/pithdev/pith/' --include='*.go' "$tmp/old" | xargs sed -i 's#github.com/pithdev/pith/#github.com/pithdev/pithold/#g'
cp "$(dirname "$0")/main.go.txt" "$tmp/ab/main.go"
cat > "$tmp/ab/go.mod" <<MOD
module pithab

go 1.26

require (
	github.com/pithdev/pith v0.0.0
	github.com/pithdev/pithold v0.0.0
)

replace github.com/pithdev/pith => $root

replace github.com/pithdev/pithold => $tmp/old
MOD
(cd "$tmp/ab" && go mod tidy >/dev/null 2>&1 && go build -o ab .)
"$tmp/ab/ab" -pages "$glob" -rounds "$rounds"
