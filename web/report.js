// A report of chosen findings as one self-contained HTML file: it opens
// offline in any browser, without Presslens. The styles are inline, there is
// no script, nothing is fetched (its own Content-Security-Policy forbids
// it), links to the articles' addresses are plain text, and every piece of
// article or user text is escaped. Plain JavaScript, no DOM (tested under
// node: tests/js/report.test.mjs).

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text) => String(text ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);

const TYPE_NAMES = { PER: 'Person', ORG: 'Organisation', LOC: 'Place', MISC: 'Other' };

const STYLE = `
:root { color-scheme: light dark; --text: #1c2430; --muted: #5d6878; --border: #dde2e8; --quote: #fff8c5; --note: #eef3ff; }
@media (prefers-color-scheme: dark) { :root { --text: #e3e8ef; --muted: #a2adbb; --border: #2d3541; --quote: #37321a; --note: #1f2a44; } body { background: #12161c; } }
body { max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: var(--text); font: 16px/1.55 Georgia, 'Times New Roman', serif; }
h1 { font-size: 1.7rem; margin-bottom: 0.2rem; }
h2 { margin-top: 2.2rem; padding-bottom: 0.2rem; border-bottom: 1px solid var(--border); font-size: 1.25rem; }
h3 { margin-bottom: 0.2rem; font-size: 1.1rem; }
.meta, .source, .sub { color: var(--muted); font-size: 0.9rem; }
.type { font-size: 0.8rem; font-weight: normal; color: var(--muted); }
ol, ul { padding-left: 1.2rem; }
li { margin-bottom: 1rem; }
blockquote { margin: 0.2rem 0; padding: 0.3rem 0.7rem; border-left: 3px solid #d4a72c; background: var(--quote); }
.sentence { margin: 0.3rem 0; }
.note { margin: 0.3rem 0; padding: 0.3rem 0.7rem; border-radius: 4px; background: var(--note); white-space: pre-wrap; }
.note::before { content: 'Note: '; font-weight: bold; }
.gone { color: var(--muted); font-style: italic; }
code { font-size: 0.85rem; }
footer { margin-top: 3rem; color: var(--muted); font-size: 0.85rem; }
@media print { body { margin: 0; max-width: none; } }
`;

const line = (label, value) => (value ? `${label}${escapeHtml(value)}` : '');

function source(record) {
  const parts = [
    record.title ? `<cite>${escapeHtml(record.title)}</cite>` : null,
    record.outlet && escapeHtml(record.outlet),
    record.date && escapeHtml(record.date),
    `<code>${escapeHtml(record.document)}</code>`,
  ].filter(Boolean);
  const url = record.url ? `<br>${escapeHtml(record.url)}` : '';
  return `<p class="source">${parts.join(' · ')}${url}</p>`;
}

const note = (text) => (text && text.trim() ? `<p class="note">${escapeHtml(text)}</p>` : '');

/** The sentence with the quoted words marked, when they are in it. */
function sentence(record) {
  if (!record.sentence || record.sentence === record.quote) return '';
  const at = record.sentence.indexOf(record.quote);
  const body =
    at === -1
      ? escapeHtml(record.sentence)
      : escapeHtml(record.sentence.slice(0, at)) +
        `<mark>${escapeHtml(record.quote)}</mark>` +
        escapeHtml(record.sentence.slice(at + record.quote.length));
  return `<p class="sentence">${body}</p>`;
}

function quoteItem(record, { speaker = true, text = '' } = {}) {
  const who = speaker
    ? `<p class="sub">${escapeHtml(record.speaker ?? 'No speaker found')}${line(', ', record.cue)}</p>`
    : '';
  const words = record.kind === 'indirect' ? escapeHtml(record.quote) : `“${escapeHtml(record.quote)}”`;
  return `<li>${who}<blockquote>${words}</blockquote>${sentence(record)}${source(record)}${note(text)}</li>`;
}

function identitySection({ identity, quotes, text }) {
  const aliases = identity.aliases.filter((a) => a !== identity.name);
  const facts = [
    TYPE_NAMES[identity.type] ?? identity.type,
    `${identity.mentions} mention${identity.mentions === 1 ? '' : 's'} in ${identity.articles} article${identity.articles === 1 ? '' : 's'}`,
    quotes.length ? `${quotes.length} quote${quotes.length === 1 ? '' : 's'}` : null,
  ].filter(Boolean);
  return [
    `<article><h3>${escapeHtml(identity.name)} <span class="type">${escapeHtml(facts.join(' · '))}</span></h3>`,
    aliases.length ? `<p class="sub">Also called: ${escapeHtml(aliases.join(' · '))}</p>` : '',
    identity.roles.length ? `<p class="sub">Roles: ${escapeHtml(identity.roles.join(' · '))}</p>` : '',
    note(text),
    quotes.length ? `<ol>${quotes.map((q) => quoteItem(q, { speaker: false })).join('')}</ol>` : '',
    '</article>',
  ].join('');
}

function articleItem({ article, text }) {
  return `<li><h3>${escapeHtml(article.title ?? article.document)}</h3>${source(article)}${note(text)}</li>`;
}

/** What a note recorded, for one whose quote, article or identity is not in the analysis any more. */
function goneItem({ note: recorded }) {
  const what =
    recorded.on === 'quote'
      ? `“${escapeHtml(recorded.quote ?? '')}” (${escapeHtml(recorded.document)})`
      : recorded.on === 'article'
        ? escapeHtml(recorded.title ?? recorded.document)
        : escapeHtml(recorded.name);
  return `<li><p class="gone">${what}: no longer found in the analysis</p>${note(recorded.text)}</li>`;
}

const section = (title, items) =>
  items.length ? `<section><h2>${escapeHtml(title)}</h2>${items.join('')}</section>` : '';

/**
 * The report's HTML. report: {project, generated (ISO time), articles (how
 * many in the project), identities: [{identity, quotes, text}], quotes:
 * [{record, text}], articles_chosen: [{article, text}], gone: [{note}]}.
 */
export function buildReport({
  project,
  generated,
  articles,
  identities = [],
  quotes = [],
  chosenArticles = [],
  gone = [],
}) {
  const title = `${project} — findings`;
  const date = generated.slice(0, 10);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Presslens">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(project)}</h1>
<p class="meta">Findings chosen in Presslens on ${escapeHtml(date)}, from a project of ${articles} article${articles === 1 ? '' : 's'}. Quotes are as printed in the articles; the sentence each stands in follows it.</p>
</header>
${section('People, organisations and places', identities.map(identitySection))}
${quotes.length ? section('Quotes', [`<ol>${quotes.map(({ record, text }) => quoteItem(record, { text })).join('')}</ol>`]) : ''}
${chosenArticles.length ? section('Articles', [`<ul>${chosenArticles.map(articleItem).join('')}</ul>`]) : ''}
${gone.length ? section('Notes on findings no longer in the analysis', [`<ul>${gone.map(goneItem).join('')}</ul>`]) : ''}
<footer>Made with Presslens, which analysed the articles on the reporter's own computer. The articles' text belongs to their publishers.</footer>
</body>
</html>
`;
}
