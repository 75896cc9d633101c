#!/usr/bin/env bash
# Sets everything up, builds every preset (warnings as errors) and runs every
# test suite: the style check, native doctest (debug and ASan+UBSan), the same
# suite compiled to wasm under node, the JS wrapper and node-CLI parity tests,
# the browser tests, and every libFuzzer target for a short fixed time
# (tools/fuzz.sh; 150 s shared by the targets, docs/robustness.md).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

./emsdk_setup.sh || { echo "setup failed"; exit 1; }
export NODE_PATH=/usr/share/nodejs

step() { echo; echo "=== $*"; }
# Warnings are errors in every build the tests use (STYLE.md: errors only in CI).
build() {
  step "build $1"
  cmake --preset "$1" -DPRESSLENS_WARNINGS_AS_ERRORS=ON >/dev/null && cmake --build --preset "$1"
}

build native || exit 1
build native-release || exit 1
build wasm || exit 1
build native-asan || exit 1
build fuzz || exit 1
step "what a visit downloads (a figure, not a test)"
node tools/bench/site_size.mjs | tail -n 2

passed=0
failed=0
failures=()
suite() {
  local name=$1
  shift
  step "test $name"
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    failures+=("$name")
  fi
}

suite "style (clang-format, prettier)" bash tools/check-style.sh
suite "native doctest" ctest --preset native
suite "native doctest (ASan+UBSan)" ctest --preset native-asan
suite "wasm doctest under node" ctest --preset wasm
suite "JS wrapper and CLI parity" node --test tests/js/
suite "browser (chromium)" node --test tests/browser/
suite "fuzz (libFuzzer, ASan+UBSan)" bash tools/fuzz.sh --no-build --total 150

echo
[ ${#failures[@]} -eq 0 ] || echo "failed suites: ${failures[*]}"
echo "suites: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
