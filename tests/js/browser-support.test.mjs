// The page's check that the browser can run the SIMD-built core
// (web/browser-support.js), before any module is fetched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkBrowserSupport, hasWasmSimd } from '../../web/browser-support.js';
import { ErrorCode } from '../../web/protocol.js';

test('node 20 validates the SIMD probe, so the check lets it through', () => {
  assert.equal(hasWasmSimd(), true);
  assert.doesNotThrow(() => checkBrowserSupport());
});

test('an engine without SIMD gets a clear browser_unsupported error', () => {
  const noSimd = { validate: () => false };
  assert.equal(hasWasmSimd(noSimd), false);
  assert.throws(
    () => checkBrowserSupport(noSimd),
    (error) => {
      assert.equal(error.code, ErrorCode.BROWSER_UNSUPPORTED);
      assert.match(error.message, /WebAssembly SIMD/);
      assert.match(error.message, /Safari 16\.4/);
      return true;
    },
  );
  assert.throws(() => checkBrowserSupport({}), {
    code: ErrorCode.BROWSER_UNSUPPORTED,
    message: /cannot run WebAssembly/,
  });
});
