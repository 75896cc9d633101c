// What differs between two copies of one article: paragraphs aligned first
// (a longest common subsequence of whole paragraphs), then, in a paragraph
// that changed, the words. Syndicated copies differ in a line or two, so
// both steps stay small; a paragraph too long to compare word by word is
// shown whole.

const MAX_WORD_CELLS = 250_000; // words(a) x words(b) of one paragraph pair: beyond, shown whole

export function paragraphsOf(text) {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Longest common subsequence of `a` and `b` (arrays compared with ===): pairs [i, j]. */
function lcsPairs(a, b) {
  const n = a.length;
  const m = b.length;
  const table = new Uint32Array((n + 1) * (m + 1));
  const at = (i, j) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[at(i, j)] =
        a[i] === b[j] ? table[at(i + 1, j + 1)] + 1 : Math.max(table[at(i + 1, j)], table[at(i, j + 1)]);
    }
  }
  const pairs = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (table[at(i + 1, j)] >= table[at(i, j + 1)]) i++;
    else j++;
  }
  return pairs;
}

/** Words and the spaces between them, so that joining them gives the text back. */
export const tokens = (text) => text.match(/\s+|[^\s]+/g) ?? [];

/**
 * The words of `a` and `b` as one sequence of parts {text, kind}: kind
 * 'same', 'removed' (only in a) or 'added' (only in b).
 */
export function wordDiff(a, b) {
  const x = tokens(a);
  const y = tokens(b);
  if (x.length * y.length > MAX_WORD_CELLS) {
    return [
      { text: a, kind: 'removed' },
      { text: b, kind: 'added' },
    ];
  }
  const pairs = lcsPairs(x, y);
  const parts = [];
  const push = (text, kind) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += text;
    else parts.push({ text, kind });
  };
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...pairs, [x.length, y.length]]) {
    push(x.slice(i, pi).join(''), 'removed');
    push(y.slice(j, pj).join(''), 'added');
    if (pi < x.length) push(x[pi], 'same');
    i = pi + 1;
    j = pj + 1;
  }
  // A change of spaces only is no change.
  return parts.map((p) => (p.kind !== 'same' && !p.text.trim() ? { ...p, kind: 'same' } : p));
}

/**
 * The paragraphs that differ between `base` and `copy` (two texts):
 * [{kind: 'removed'|'added', text} | {kind: 'changed', parts}], in order,
 * and how many paragraphs are the same.
 */
export function textDiff(base, copy) {
  const a = paragraphsOf(base);
  const b = paragraphsOf(copy);
  const pairs = lcsPairs(a, b);
  const changes = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...pairs, [a.length, b.length]]) {
    const removed = a.slice(i, pi);
    const added = b.slice(j, pj);
    // Paragraphs replaced one for one are compared word by word.
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++) changes.push({ kind: 'changed', parts: wordDiff(removed[k], added[k]) });
    for (const text of removed.slice(paired)) changes.push({ kind: 'removed', text });
    for (const text of added.slice(paired)) changes.push({ kind: 'added', text });
    i = pi + 1;
    j = pj + 1;
  }
  return { changes, same: pairs.length };
}
