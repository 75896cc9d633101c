// Text from a PDF, with pdf.js: the reading order rebuilt from the
// coordinates of the text items (columns read one after the other, not
// interleaved), lines joined into paragraphs, words hyphenated at line ends
// rejoined. Used by the page (pdf-load.js) and by the node CLI (cli.mjs); the
// core gets the result as a "PDF text" file (docs/formats.md):
//
//   %PDF-TEXT presslens 1 pages=N
//   page 1's paragraphs, one a line \f page 2's ... (pages separated by form feeds)
//
// or, for a PDF pdf.js cannot open, "%PDF-TEXT presslens 1 error=WHY".
//
// and removes running headers, footers and page numbers itself, so that the
// page and both CLIs treat the same text the same way.

const kMarker = '%PDF-TEXT presslens 1';

/** True when `bytes` (a Uint8Array) start like a PDF file. */
export function isPdf(bytes) {
  return bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-';
}

function median(values) {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Text items (pdf.js getTextContent items) as horizontal runs of text. */
function fragments(items) {
  const runs = items
    .filter((item) => typeof item.str === 'string' && item.str.trim() !== '')
    .map((item) => {
      const [, , c, d, e, f] = item.transform;
      const size = Math.hypot(c, d) || item.height || 10;
      return { x0: e, x1: e + (item.width || item.str.length * size * 0.5), y: f, size, str: item.str };
    })
    .sort((a, b) => b.y - a.y || a.x0 - b.x0);
  // Items on one baseline...
  const lines = [];
  for (const run of runs) {
    const line = lines.find((l) => Math.abs(l.y - run.y) <= 0.3 * Math.max(l.size, run.size));
    if (line) {
      line.runs.push(run);
      line.size = Math.max(line.size, run.size);
    } else {
      lines.push({ y: run.y, size: run.size, runs: [run] });
    }
  }
  // ...split where the gap is wider than a column gutter could be a word space.
  const out = [];
  for (const line of lines) {
    line.runs.sort((a, b) => a.x0 - b.x0);
    let current = null;
    for (const run of line.runs) {
      const gap = current ? run.x0 - current.x1 : 0;
      if (current && gap <= 1.2 * line.size) {
        const space = gap > 0.15 * line.size && !current.str.endsWith(' ') && !run.str.startsWith(' ');
        current.str += (space ? ' ' : '') + run.str;
        current.x1 = Math.max(current.x1, run.x1);
      } else {
        if (current) out.push(current);
        current = { x0: run.x0, x1: run.x1, y: line.y, size: line.size, str: run.str };
      }
    }
    if (current) out.push(current);
  }
  return out.map((f) => ({ ...f, str: f.str.replace(/\s+/g, ' ').trim() }));
}

/** The x positions of the gutters between columns: wide vertical strips no text crosses. */
function gutters(frags) {
  if (frags.length < 6) return [];
  const left = Math.min(...frags.map((f) => f.x0));
  const right = Math.max(...frags.map((f) => f.x1));
  const width = Math.ceil(right - left);
  if (width <= 0 || width > 20000) return [];
  const cover = new Array(width + 1).fill(0);
  for (const f of frags) {
    for (let x = Math.floor(f.x0 - left); x < Math.ceil(f.x1 - left); x++) cover[x]++;
  }
  // A headline may cross a gutter: a strip crossed by a few runs still counts.
  const allowed = Math.max(1, Math.floor(frags.length * 0.05));
  const size = median(frags.map((f) => f.size));
  const found = [];
  let start = -1;
  for (let x = 0; x <= width; x++) {
    const empty = x < width && cover[x] <= allowed;
    if (empty && start < 0) start = x;
    if (!empty && start >= 0) {
      const middle = left + (start + x) / 2;
      const sides = [frags.filter((f) => f.x1 <= middle).length, frags.filter((f) => f.x0 >= middle).length];
      if (start > 0 && x - start >= Math.max(6, 0.8 * size) && Math.min(...sides) >= 3) found.push(middle);
      start = -1;
    }
  }
  return found;
}

/** One page's text items as paragraphs in reading order, one per line. */
export function pageParagraphs(items) {
  const frags = fragments(items);
  const bounds = gutters(frags);
  const column = (f) => {
    for (const b of bounds) {
      if (f.x0 < b - 2 && f.x1 > b + 2) return -1; // spans a gutter
    }
    return bounds.filter((b) => f.x0 >= b).length;
  };
  // Bands between runs that span the columns; in a band, column by column.
  const ordered = [];
  let band = [];
  const flush = () => {
    const columns = new Map();
    for (const f of band) {
      const c = column(f);
      if (!columns.has(c)) columns.set(c, []);
      columns.get(c).push(f);
    }
    for (const c of [...columns.keys()].sort((a, b) => a - b)) ordered.push(columns.get(c));
    band = [];
  };
  for (const f of frags) {
    if (column(f) < 0) {
      flush();
      ordered.push([f]);
    } else {
      band.push(f);
    }
  }
  flush();
  const paragraphs = [];
  for (const lines of ordered) {
    const gaps = [];
    for (let i = 1; i < lines.length; i++) gaps.push(lines[i - 1].y - lines[i].y);
    // The usual line spacing: a low quantile, as paragraph gaps only add wider ones.
    const positive = gaps.filter((g) => g > 0).sort((a, b) => a - b);
    const usual = positive[Math.floor((positive.length - 1) / 4)] || lines[0].size * 1.2;
    let text = '';
    lines.forEach((line, i) => {
      const gap = i > 0 ? lines[i - 1].y - line.y : 0;
      const sizeChange = i > 0 && Math.abs(line.size - lines[i - 1].size) > 0.15 * line.size;
      if (i > 0 && (gap > 1.45 * usual || gap < 0 || sizeChange)) {
        paragraphs.push(text);
        text = '';
      }
      text = joinLine(text, line.str);
    });
    if (text) paragraphs.push(text);
  }
  return paragraphs;
}

// Chinese and Japanese characters (ideographs, kana, their punctuation and
// full-width forms): written without spaces between words, so a line break
// next to one is no word break.
const kUnspaced = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u3000-\u303f\u30fc\uff00-\uffef]/u;

/**
 * `line` after `text`: a word hyphenated at the line end is rejoined
 * ("nego-" "tiations"); a hyphen before a capital or a digit is a real one and
 * stays ("Franco-" "German", "COVID-" "19"). No space is put where the line
 * break is next to a Chinese or Japanese character.
 */
export function joinLine(text, line) {
  if (!text) return line;
  if (kUnspaced.test(text.at(-1)) || kUnspaced.test(line[0])) return text + line;
  if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line)) return text.slice(0, -1) + line;
  if (/\p{L}-$/u.test(text) && /^[\p{Lu}\p{N}]/u.test(line)) return text + line;
  return `${text} ${line}`;
}

/**
 * The "PDF text" of a PDF's bytes (a Uint8Array), read with the pdf.js module
 * `pdfjs`. A PDF pdf.js cannot open gives "%PDF-TEXT presslens 1 error=WHY".
 * `options.cMapUrl`: where pdf.js's packed CMaps (cmaps/*.bcmap) are, ending
 * in '/': a URL in the page, a folder in node. Without them a font that uses a
 * predefined CJK CMap and no ToUnicode gives no text.
 */
export async function pdfText(pdfjs, bytes, options = {}) {
  const task = pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
    ...(options.cMapUrl ? { cMapUrl: options.cMapUrl, cMapPacked: true } : {}),
  });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy();
    const why =
      error?.name === 'PasswordException'
        ? 'it is password-protected'
        : `pdf.js could not open it (${String(error?.message ?? error).replace(/\s+/g, ' ')})`;
    return `${kMarker} error=${why}\n`;
  }
  try {
    const pages = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageParagraphs(content.items).join('\n'));
      page.cleanup();
    }
    return `${kMarker} pages=${pdf.numPages}\n${pages.join('\f')}`;
  } finally {
    await task.destroy();
  }
}
