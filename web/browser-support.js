// What the browser must offer before any module is fetched: the core is
// compiled with WebAssembly SIMD (see cmake/PresslensOptions.cmake), which
// every current browser runs (Chrome and Edge 91, Firefox 89, Safari 16.4).
// An older one gets a clear message instead of a compile error.

// The smallest module that uses SIMD: (func (result v128) i32.const 0 i8x16.splat).
const SIMD_PROBE = new Uint8Array([
  0x00,
  0x61,
  0x73,
  0x6d,
  0x01,
  0x00,
  0x00,
  0x00, // "\0asm", version 1
  0x01,
  0x05,
  0x01,
  0x60,
  0x00,
  0x01,
  0x7b, // types: () -> v128
  0x03,
  0x02,
  0x01,
  0x00, // functions: one of type 0
  0x0a,
  0x08,
  0x01,
  0x06,
  0x00,
  0x41,
  0x00,
  0xfd,
  0x0f,
  0x0b, // code: i32.const 0, i8x16.splat, end
]);

/** Whether this WebAssembly engine validates SIMD code. */
export function hasWasmSimd(wasm = globalThis.WebAssembly) {
  return Boolean(wasm?.validate?.(SIMD_PROBE));
}

/** Throws an error with code `browser_unsupported` when the core cannot run here. */
export function checkBrowserSupport(wasm = globalThis.WebAssembly) {
  if (typeof wasm?.validate !== 'function') {
    throw Object.assign(new Error('this browser cannot run WebAssembly, which Presslens needs'), {
      code: 'browser_unsupported',
    });
  }
  if (!hasWasmSimd(wasm)) {
    throw Object.assign(
      new Error(
        'this browser lacks WebAssembly SIMD, which Presslens needs: ' +
          'use Chrome or Edge 91+, Firefox 89+ or Safari 16.4+',
      ),
      { code: 'browser_unsupported' },
    );
  }
}
