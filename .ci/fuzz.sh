#!/usr/bin/env bash
# Runs every native fuzz target in the module for a short, fixed time, one after another, in
# addition to the seed corpus that plain `go test` already runs. Fails if any target finds a
# failing input; go test saves it under <package>/testdata/fuzz/<Target>/: fix the cause and
# commit the file as a regression seed.
#
#   .ci/fuzz.sh                          # 20 s per target
#   FUZZTIME=10m .ci/fuzz.sh             # longer runs
#   FUZZPARALLEL=1 .ci/fuzz.sh           # one worker per target, on a shared machine
#   .ci/fuzz.sh ./extractor              # only the targets of some packages
#
# -fuzzminimizetime is cut from its 60 s default: minimizing every new interesting input of
# a large seed page would otherwise take most of a short run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/usr/local/go/bin:$HOME/go/bin:$PATH"

fuzztime=${FUZZTIME:-20s}
parallel=()
if [ -n "${FUZZPARALLEL:-}" ]; then
  parallel=(-parallel "$FUZZPARALLEL")
fi
pkgs=("$@")
if [ ${#pkgs[@]} -eq 0 ]; then
  pkgs=(./...)
fi

failed=()
for pkg in $(go list "${pkgs[@]}"); do
  targets=$(go test -list '^Fuzz' "$pkg" | grep '^Fuzz' || true)
  for target in $targets; do
    echo "== $pkg $target ($fuzztime)"
    log=$(mktemp)
    if go test "$pkg" -run '^$' -fuzz "^${target}\$" -fuzztime "$fuzztime" -fuzzminimizetime 5s "${parallel[@]}" 2>&1 | tee "$log"; then
      :
    elif grep -q 'context deadline exceeded' "$log" && ! grep -q 'Failing input written to' "$log"; then
      # The fuzz time ran out while the engine was minimizing a new interesting input (not a
      # failing one): go test reports the interrupted minimization as a failure, with no input.
      echo "fuzz: $target: time ran out during minimization of a passing input; not a failure"
    else
      failed+=("$pkg $target")
    fi
    rm -f "$log"
  done
done

if [ ${#failed[@]} -gt 0 ]; then
  printf 'fuzz: failing input found by %s\n' "${failed[@]}" >&2
  exit 1
fi
echo "fuzz: all targets passed"
