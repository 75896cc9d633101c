// The files a Presslens module needs, fetched relative to this script (the
// site works from any sub-path), and the module made from them. The
// coordinating worker fetches them once and hands copies to the pool.

import { checkBrowserSupport } from './browser-support.js';
import createModule from './presslens_core.mjs';
import { createPresslens } from './presslens.mjs';

async function fetchBytes(name, { optional = false } = {}) {
  const response = await fetch(new URL(`./${name}`, import.meta.url));
  if (optional && response.status === 404) return undefined;
  if (!response.ok) {
    throw Object.assign(new Error(`could not load ${name} (HTTP ${response.status})`), { code: 'asset_missing' });
  }
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * {wasmBinary, icuData, nerModel, speakerModel}: the module's code, ICU's data,
 * the entity and speaker models (optional).
 */
export async function fetchAssets() {
  checkBrowserSupport();
  const [wasmBinary, icuData, nerModel, speakerModel] = await Promise.all([
    fetchBytes('presslens_core.wasm'),
    fetchBytes('icudt72l.dat'),
    fetchBytes('ner.bin', { optional: true }),
    fetchBytes('speakers.bin', { optional: true }),
  ]);
  return { wasmBinary, icuData, nerModel, speakerModel };
}

/** A Presslens instance (presslens.mjs) on its own module, from fetchAssets()'s bytes. */
export function instantiate({ wasmBinary, icuData, nerModel, speakerModel }) {
  return createPresslens({ factory: createModule, wasmBinary, icuData, nerModel, speakerModel });
}
