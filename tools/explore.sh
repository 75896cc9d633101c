#!/usr/bin/env bash
# Sets everything up, builds the WebAssembly site and serves the explorer on
# localhost (PORT, default 8080; 0 picks a free port).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

./emsdk_setup.sh
export NODE_PATH=/usr/share/nodejs
cmake --preset native >/dev/null && cmake --build --preset native
cmake --preset wasm >/dev/null && cmake --build --preset wasm
exec node tools/serve.mjs build/wasm/web --port "${PORT:-8080}"
