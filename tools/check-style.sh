#!/usr/bin/env bash
# The house style, checked: clang-format (the root .clang-format) over the C++
# of core/, tools/, wasm_bindings/ and tests/, and Prettier (pinned in
# package.json, configured by .prettierrc.json) over the JavaScript and CSS.
# Exits non-zero and names the files when any differ; `--fix` rewrites them.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

fix=0
[[ ${1:-} == --fix ]] && fix=1

mapfile -t cpp < <(git ls-files -co --exclude-standard -- \
  'core/*.cpp' 'core/*.hpp' 'tools/*.cpp' 'tools/*.hpp' \
  'wasm_bindings/*.cpp' 'wasm_bindings/*.hpp' 'tests/*.cpp' 'tests/*.hpp')
js=('web/**/*.{js,mjs,css}' 'wasm_bindings/*.mjs' 'tests/**/*.mjs' 'tools/**/*.mjs')

status=0
if ((fix)); then
  clang-format -i "${cpp[@]}"
  npx --no-install prettier --log-level warn --write "${js[@]}"
  exit 0
fi

bad=()
for file in "${cpp[@]}"; do
  clang-format --dry-run --Werror "$file" >/dev/null 2>&1 || bad+=("$file")
done
if ((${#bad[@]})); then
  echo "clang-format: ${#bad[@]} file(s) differ from .clang-format (tools/check-style.sh --fix):"
  printf '  %s\n' "${bad[@]}"
  status=1
else
  echo "clang-format: ${#cpp[@]} C++ files formatted"
fi

if npx --no-install prettier --log-level warn --check "${js[@]}"; then
  echo "prettier: JavaScript and CSS formatted"
else
  echo "prettier: the files above differ (tools/check-style.sh --fix)"
  status=1
fi
exit $status
