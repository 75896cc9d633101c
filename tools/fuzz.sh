#!/usr/bin/env bash
# Runs the libFuzzer targets of tests/fuzz (docs/robustness.md): builds the
# `fuzz` preset (clang, AddressSanitizer + UBSan), gathers seeds (the test
# fixtures, the sample articles, each target's kept regressions and seeds, the
# generated storms of tools/bench/robust_cases.cpp), then runs each target for
# a fixed time. An input of up to 10 KB that takes more than 1 s of processor
# time is a failure (tests/fuzz/fuzz_main.cpp), as is any crash, sanitizer
# report or hang (10 s of wall time). Exits non-zero if a target failed and
# says how to keep the input as a regression test.
#
#   tools/fuzz.sh [--time SECONDS | --total SECONDS] [--no-build] [TARGET...]
#
# --time: per target (default 30). --total: shared by the targets run (the
# test command: tools/test-all.sh). The corpus each target grows is kept in
# build/fuzz/corpus/TARGET between runs.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds=30
total=0
build=1
targets=()
while (($#)); do
  case $1 in
    --time) seconds=$2; shift 2 ;;
    --total) total=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    -h | --help) sed -n '2,16p' "$0"; exit 0 ;;
    -*) echo "fuzz.sh: unknown option $1" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done

# The per-input budget: 10 KB in under 1 s of processor time (checked by the
# target itself); a hang is caught after 10 s of wall time.
max_len=10240
export PRESSLENS_FUZZ_BUDGET=1
hang=10

if ((build)); then
  cmake --preset fuzz -DPRESSLENS_WARNINGS_AS_ERRORS=ON >/dev/null && cmake --build --preset fuzz ||
    { echo "fuzz.sh: the fuzz preset does not build"; exit 1; }
fi
out=build/fuzz
if ((${#targets[@]} == 0)); then
  mapfile -t targets < <(sed -n 's/^  \([a-z_]*\) .*/\1/p' tests/fuzz/targets.cmake)
fi
((total > 0)) && seconds=$((total / ${#targets[@]} > 5 ? total / ${#targets[@]} : 5))

# Seeds shared by every target.
common=$out/seeds/common
rm -rf "$common" && mkdir -p "$common"
find tests/fixtures -type f -exec cp -t "$common" {} +
cp web/samples/*.txt "$common"/
"$out/tests/fuzz/fuzz_storms" "$common" "$max_len" || exit 1

failed=0
for target in "${targets[@]}"; do
  binary=$out/tests/fuzz/fuzz_$target
  [[ -x $binary ]] || { echo "fuzz.sh: no target $target (tests/fuzz/targets.cmake)"; exit 2; }
  corpus=$out/corpus/$target
  artifacts=$out/artifacts/$target/
  rm -rf "$artifacts"
  mkdir -p "$corpus" "$artifacts" "tests/fuzz/regressions/$target"
  inputs=("$common" "tests/fuzz/regressions/$target")
  [[ -d tests/fuzz/seeds/$target ]] && inputs+=("tests/fuzz/seeds/$target")
  echo "--- fuzz_$target: $seconds s"
  log=$out/fuzz_$target.log
  if "$binary" -max_total_time="$seconds" -timeout="$hang" -max_len="$max_len" \
    -rss_limit_mb=2048 -artifact_prefix="$artifacts" -print_final_stats=1 \
    "$corpus" "${inputs[@]}" >"$log" 2>&1; then
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$log" | tr '\n' ' '
    echo
  else
    failed=1
    # The report without libFuzzer's own frames, each line cut short (template names run long).
    grep -E 'ERROR|ALARM|SUMMARY|fuzz check|fuzz budget|runtime error|presslens' "$log" | grep -v 'fuzzer::' |
      head -30 | cut -c1-220
    echo "fuzz_$target FAILED (log: $log). Keep the input as a regression test:"
    for artifact in "$artifacts"*; do
      [[ -f $artifact ]] && echo "  cp $artifact tests/fuzz/regressions/$target/"
    done
  fi
done
exit $failed
