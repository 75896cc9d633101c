// PDF in the page: pdf.js (vendor/pdfjs/, copied from npm's pdfjs-dist at
// build time) is loaded from the site the first time a PDF is dropped, never
// before, and its worker is started like ours (workers.js, Trusted Types).
// Each PDF becomes a "PDF text" file (pdf-text.js) that the core reads. pdf.js
// fetches a CMap (vendor/pdfjs/cmaps/, same origin) only for a font that
// needs one: CJK text encoded with a predefined CMap.
import { pdfText } from './pdf-text.js';
import { startWorker } from './workers.js';

let loading = null;
const cMapUrl = new URL('./vendor/pdfjs/cmaps/', import.meta.url).href;

function loadPdfjs() {
  loading ??= import('./vendor/pdfjs/pdf.min.mjs').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerPort = startWorker('./vendor/pdfjs/pdf.worker.min.mjs', 'pdf.js');
    return pdfjs;
  });
  return loading;
}

/**
 * The PDF's text as the bytes of a "PDF text" file (an ArrayBuffer); a PDF
 * pdf.js cannot read gives one that says why, and the core reports it for
 * that file alone.
 */
export async function pdfToTextFile(bytes) {
  const pdfjs = await loadPdfjs();
  const text = await pdfText(pdfjs, new Uint8Array(bytes), { cMapUrl });
  return new TextEncoder().encode(text).buffer;
}
