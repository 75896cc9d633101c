// The HTML report of chosen findings (web/report.js): self-contained, no
// script, nothing fetched, and every piece of article or user text escaped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildReport, escapeHtml } from '../../web/report.js';

const hostile = '</style><script>alert(1)</script><img src=x onerror=alert(2)> & "q" \'a\'';

function sample() {
  const record = {
    speaker: hostile,
    quote: 'we will <b>win</b>',
    sentence: '"We will <b>win</b>," he said & left.',
    kind: 'direct',
    cue: 'said',
    title: hostile,
    date: '2015-11-17',
    outlet: 'Reuters',
    url: 'javascript:alert(3)',
    document: 'a<b>.txt',
    start: 1,
    end: 19,
  };
  return {
    project: hostile,
    generated: '2026-01-05T10:00:00.000Z',
    articles: 3,
    identities: [
      {
        identity: {
          id: 'c1',
          name: hostile,
          type: 'PER',
          aliases: [hostile, 'X'],
          roles: ['<i>minister</i>'],
          articles: 2,
          mentions: 4,
        },
        quotes: [record],
        text: `note ${hostile}`,
      },
    ],
    quotes: [{ record, text: '' }],
    chosenArticles: [
      { article: { title: hostile, document: 'a.txt', date: null, outlet: null, url: null }, text: 'x' },
    ],
    gone: [{ note: { on: 'quote', document: 'b.txt', quote: hostile, text: hostile } }],
  };
}

test('escapeHtml escapes the five characters that matter', () => {
  assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  assert.equal(escapeHtml(null), '');
  assert.equal(escapeHtml(3), '3');
});

test('the report escapes every text it shows and carries no script, no link, no request', () => {
  const html = buildReport(sample());
  assert.ok(!/<script/i.test(html));
  assert.ok(!/<img/i.test(html));
  assert.ok(!/<b>|<i>/.test(html), 'markup in the text stays text');
  // Every '<' of the text is escaped, so each tag left is the report's own: none fetches or navigates.
  const tags = html.match(/<[a-z][^>]*>/gi);
  assert.ok(tags.length > 20);
  assert.deepEqual(
    tags.filter((tag) => /\s(href|src|srcset|action|on\w+)=/i.test(tag)),
    [],
  );
  assert.deepEqual([...new Set(tags.map((tag) => tag.match(/^<([a-z0-9]+)/i)[1].toLowerCase()))].sort(), [
    'article',
    'blockquote',
    'body',
    'br',
    'cite',
    'code',
    'footer',
    'h1',
    'h2',
    'h3',
    'head',
    'header',
    'html',
    'li',
    'meta',
    'ol',
    'p',
    'section',
    'span',
    'style',
    'title',
    'ul',
  ]);
  assert.equal((html.match(/<\/style>/g) ?? []).length, 1, 'only the report closes its style');
  assert.match(
    html,
    /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';/,
  );
  assert.ok(html.includes('javascript:alert(3)'), 'an address is shown as text');
  assert.ok(html.includes(escapeHtml(hostile)));
  // A sentence that does not hold the quote's words as they are is shown whole, unmarked.
  assert.ok(html.includes('<p class="sentence">&quot;We will &lt;b&gt;win&lt;/b&gt;,&quot; he said &amp; left.</p>'));
  // Four sections: identities, quotes, articles, notes no longer found.
  assert.equal((html.match(/<section>/g) ?? []).length, 4);
});

test('a sentence holding the quote marks it; sections without findings are left out', () => {
  const report = sample();
  report.quotes[0].record = { ...report.quotes[0].record, quote: 'will win', sentence: 'We will win, he said.' };
  report.identities = [];
  report.chosenArticles = [];
  report.gone = [];
  const html = buildReport(report);
  assert.ok(html.includes('<p class="sentence">We <mark>will win</mark>, he said.</p>'));
  assert.equal((html.match(/<section>/g) ?? []).length, 1);
});
