// What differs between two copies of an article (web/diff.js): paragraphs
// aligned, then words within a changed paragraph.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paragraphsOf, textDiff, wordDiff } from '../../web/diff.js';

const base = 'First paragraph stays.\n\nThe minister said the talks would resume on Monday.\n\nLast words here.';

test('identical copies differ in nothing', () => {
  assert.deepEqual(textDiff(base, base), { changes: [], same: 3 });
});

test('a changed word is the only part marked in its paragraph', () => {
  const copy = base.replace('on Monday', 'on Tuesday');
  const { changes, same } = textDiff(base, copy);
  assert.equal(same, 2);
  assert.equal(changes.length, 1);
  assert.equal(changes[0].kind, 'changed');
  const marked = changes[0].parts.filter((p) => p.kind !== 'same');
  assert.deepEqual(marked, [
    { text: 'Monday.', kind: 'removed' },
    { text: 'Tuesday.', kind: 'added' },
  ]);
  // Joining the parts gives back either text.
  const side = (kind) =>
    changes[0].parts
      .filter((p) => p.kind !== kind)
      .map((p) => p.text)
      .join('');
  assert.equal(side('added'), paragraphsOf(base)[1]);
  assert.equal(side('removed'), paragraphsOf(copy)[1]);
});

test('a paragraph added or cut is reported whole', () => {
  const added = textDiff(base, base.replace('Last words', 'An editor adds a line.\n\nLast words'));
  assert.deepEqual(added.changes, [{ kind: 'added', text: 'An editor adds a line.' }]);
  const cut = textDiff(base, 'First paragraph stays.\n\nLast words here.');
  assert.deepEqual(cut.changes, [{ kind: 'removed', text: 'The minister said the talks would resume on Monday.' }]);
});

test('spaces alone are no change', () => {
  assert.ok(wordDiff('a  b c', 'a b c').every((p) => p.kind === 'same'));
});
