// Preloaded into the wasm command line by bench_robust (`node -r wasm_heap.cjs
// build/wasm/cli.mjs ...`): when the process ends, prints the size of the
// module's memory. A wasm memory only grows, so that is its peak.
'use strict';

const memories = [];
const instantiate = WebAssembly.instantiate;
WebAssembly.instantiate = async function (...args) {
  const result = await instantiate.apply(this, args);
  const instance = result.instance ?? result;
  for (const value of Object.values(instance.exports)) {
    if (value instanceof WebAssembly.Memory) memories.push(value);
  }
  return result;
};
process.on('exit', () => {
  for (const memory of memories) {
    process.stderr.write(`wasm-heap-bytes ${memory.buffer.byteLength}\n`);
  }
});
