// Network: the co-occurrence graph (names that share sentences), drawn with
// Cytoscape.js (vendored, loaded when the page is idle) and laid out in a
// worker. The most mentioned names are labelled at every zoom, as many as
// fit without overlapping; the others show theirs on hover and focus. Find a
// name to see its neighbourhood; filter by type, mentions, shared sentences,
// date range and articles; every link is also in a list the keyboard
// reaches, and each opens the sentences it comes from. Export as PNG (with
// labels and a legend), GraphML or GEXF.

import { downloadBlob, el, plural, TYPE_NAMES, TYPES, typeBadge, typeLegend } from '../dom.js';
import { clusterHref, docHref } from '../model.js';
import { Layout } from '../protocol.js';
import { RpcClient } from '../rpc.js';
import { startWorker } from '../workers.js';
import { LABEL, labelWidth, placeLabels, startingPositions, subgraph } from './network-graph.js';
import { sortableTable } from './table.js';

const settings = {
  types: new Set(TYPES),
  minMentions: null, // chosen per batch (below)
  minSentences: null,
  maxNodes: 120,
  maxEdges: 500,
  dateFrom: '',
  dateTo: '',
  articles: '',
};

// The force-directed layout's settings (Cytoscape's "cose").
// A cooling factor of 0.98 settles in about 340 iterations (0.99: 690), with
// much the same picture.
const LAYOUT = {
  randomize: false,
  nodeRepulsion: 60000,
  idealEdgeLength: 90,
  edgeElasticity: 60,
  nodeOverlap: 12,
  gravity: 0.6,
  numIter: 800,
  coolingFactor: 0.98,
};

let cytoscapeModule = null;
const loadCytoscape = () => (cytoscapeModule ??= import('../vendor/cytoscape.esm.min.mjs').then((m) => m.default));

// The layout runs in a worker (network-layout.js): hundreds of iterations
// over every pair of nodes would hold the main thread for a second or more.
let layoutClient = null;
let layoutBroken = false; // e.g. the library is missing: lay out in the page instead

function startLayoutWorker() {
  if (layoutClient || layoutBroken) return layoutClient;
  try {
    const worker = startWorker('./network-layout.js', 'presslens-network-layout');
    layoutClient = new RpcClient(worker, Layout, {
      onBroken: () => {
        layoutBroken = true;
        layoutClient = null;
      },
    });
  } catch {
    layoutBroken = true;
  }
  return layoutClient;
}

/** Positions {id: {x, y}} for the nodes, or null when the worker cannot lay them out. */
async function layoutInWorker(nodes, edges) {
  const client = startLayoutWorker();
  if (!client) return null;
  try {
    return (await client.request('layout', { nodes, edges, options: LAYOUT })).positions;
  } catch {
    return null;
  }
}

// The graph's colours are the page's (style.css): they follow its light or
// dark scheme, and a drawn graph is restyled when the scheme changes.
function palette() {
  const css = getComputedStyle(document.documentElement);
  const colour = (name) => css.getPropertyValue(name).trim();
  return {
    PER: colour('--per-edge'),
    ORG: colour('--org-edge'),
    LOC: colour('--loc-edge'),
    MISC: colour('--misc-edge'),
    text: colour('--text'),
    muted: colour('--muted'),
    surface: colour('--surface'),
    line: colour('--faint'),
    accent: colour('--accent'),
  };
}

let shown = null; // the graph on the page, if any
globalThis.matchMedia?.('(prefers-color-scheme: dark)').addEventListener('change', () => {
  if (shown && !shown.destroyed()) shown.style(graphStyle(shown.zoom()));
});

const MIN_ZOOM = 0.1;
const MAX_ZOOM = 4;

/** {zoom, pan} that show every node in a `width` x `height` box. */
function fitted(positions, nodes, width, height, padding = 30) {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const { id, size } of nodes) {
    const p = positions[id];
    if (!p) continue;
    x1 = Math.min(x1, p.x - size / 2);
    x2 = Math.max(x2, p.x + size / 2);
    y1 = Math.min(y1, p.y - size / 2);
    y2 = Math.max(y2, p.y + size / 2);
  }
  if (!(x2 > x1) || !(y2 > y1)) return { zoom: 1, pan: { x: width / 2, y: height / 2 } };
  // Room under the lowest nodes for their labels.
  const zoom = Math.min(
    MAX_ZOOM,
    Math.max(MIN_ZOOM, Math.min((width - 2 * padding) / (x2 - x1), (height - 2 * padding - LABEL.height) / (y2 - y1))),
  );
  return { zoom, pan: { x: (width - zoom * (x1 + x2)) / 2, y: (height - LABEL.height - zoom * (y1 + y2)) / 2 } };
}

/**
 * Loads the library and starts the layout worker ahead of time (when the
 * page is idle), and draws a small made-up graph out of sight: the first
 * real drawing then runs code the browser has already optimised.
 */
export async function preloadNetwork() {
  startLayoutWorker();
  let cytoscape;
  try {
    cytoscape = await loadCytoscape();
  } catch {
    return;
  }
  preemptInlineStyle();
  const container = el('div', { class: 'network-warmup', 'aria-hidden': 'true' });
  document.body.append(container);
  const nodes = Array.from({ length: 30 }, (_, i) => ({
    data: { id: `n${i}`, label: `Name ${i}`, type: TYPES[i % 4], size: 12 + i, rank: 30 - i },
    position: { x: 40 * (i % 6), y: 40 * Math.floor(i / 6) },
    classes: i % 2 ? '' : 'labelled',
  }));
  const edges = nodes.slice(1).map((n, i) => ({ data: { id: `e${i}`, source: 'n0', target: n.data.id, width: 1 } }));
  const cy = cytoscape({
    container,
    elements: [...nodes, ...edges],
    style: graphStyle(1),
    layout: { name: 'preset', fit: true },
  });
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  await frame();
  cy.style(graphStyle(1.5));
  await frame();
  cy.destroy();
  container.remove();
}

// Cytoscape adds an inline <style> (which the page's CSP refuses) unless an
// element with this id exists; style.css carries its one rule.
function preemptInlineStyle() {
  if (!document.getElementById('__________cytoscape_stylesheet')) {
    document.head.append(el('meta', { id: '__________cytoscape_stylesheet', name: 'presslens-network' }));
  }
}

// Labels keep their size on screen: the style's sizes are divided by the zoom.
// Values come from data and selectors, not functions: much quicker to apply.
function graphStyle(zoom) {
  const colours = palette();
  const px = (n) => n / zoom;
  return [
    {
      selector: 'node',
      style: {
        'background-color': colours.line,
        width: 'data(size)',
        height: 'data(size)',
        'font-family': 'system-ui, sans-serif',
        'font-size': px(LABEL.size),
        color: colours.text,
        'text-background-color': colours.surface,
        'text-background-opacity': 0.85,
        'text-background-padding': px(1),
        'text-valign': 'bottom',
        'text-margin-y': px(LABEL.gap),
        'text-wrap': 'ellipsis',
        'text-max-width': px(LABEL.maxWidth - 4),
        'min-zoomed-font-size': 0,
      },
    },
    ...TYPES.map((type) => ({ selector: `node[type = "${type}"]`, style: { 'background-color': colours[type] } })),
    // The more mentioned a node, the higher it sits: its label is drawn over lesser nodes.
    { selector: 'node', style: { 'z-index': 'data(rank)' } },
    { selector: 'node.labelled, node.hover, node.focus', style: { label: 'data(label)' } },
    // A label over, right of or left of its node, where under it there was no room.
    { selector: 'node.label-top', style: { 'text-valign': 'top', 'text-margin-y': px(-LABEL.gap) } },
    {
      selector: 'node.label-right',
      style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': px(LABEL.gap) },
    },
    {
      selector: 'node.label-left',
      style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': px(-LABEL.gap) },
    },
    { selector: 'node.hover, node.focus', style: { 'z-index': 100000, 'text-background-opacity': 1 } },
    {
      selector: 'edge',
      style: { width: 'data(width)', 'line-color': colours.line, opacity: 0.5, 'curve-style': 'haystack' },
    },
    { selector: '.faded', style: { opacity: 0.12 } },
    {
      selector: 'node.focus',
      style: { 'border-width': px(3), 'border-color': colours.text, 'font-weight': 'bold' },
    },
    { selector: 'edge.near', style: { 'line-color': colours.accent, opacity: 0.9 } },
    { selector: 'edge.chosen', style: { 'line-color': colours.accent, opacity: 1, width: px(5), 'z-index': 5 } },
  ];
}

// ---------------------------------------------------------------- view --

const nodeName = (model, id) =>
  model.clusterById.get(id)?.name ?? model.graph.nodes.find((n) => n.id === id)?.label ?? id;

/** A sentence with the two names marked (from the article's mentions). */
function sentenceWithNames(doc, span, ids) {
  const marks = doc.entities
    .filter((e) => e.start >= span.start && e.end <= span.end && ids.includes(e.cluster ?? `${e.type}:${e.text}`))
    .sort((a, b) => a.start - b.start);
  const out = [];
  let at = span.start;
  for (const m of marks) {
    if (m.start < at) continue;
    out.push(doc.text.slice(at, m.start), el('mark', { class: 'kwic-match' }, doc.text.slice(m.start, m.end)));
    at = m.end;
  }
  out.push(doc.text.slice(at, span.end));
  return el('a', { class: 'kwic-link', href: docHref(doc, span) }, el('span', { class: 'kwic' }, out));
}

export function renderNetwork(panel, model, params, { analyser } = {}) {
  if (!model.graph.nodes.length) {
    return panel.replaceChildren(el('p', { class: 'muted' }, 'No two names share a sentence in these articles.'));
  }
  settings.focus = params[0] ? decodeURIComponent(params[0]) : null;
  const maxWeight = Math.max(1, ...model.graph.edges.map((e) => e.sentences));
  // A dense graph starts with the links of two sentences or more, and the
  // names mentioned more than once (a hairball helps nobody).
  settings.minSentences ??= model.graph.edges.length > 150 && maxWeight > 1 ? 2 : 1;
  settings.minMentions ??= model.graph.nodes.length > 300 ? 2 : 1;

  const canvas = el('div', {
    class: 'network-canvas',
    role: 'img',
    'aria-label': 'Co-occurrence network: the same names and links are listed below the picture',
  });
  const side = el('aside', { class: 'network-side', 'aria-live': 'polite' });
  const summary = el('p', { class: 'table-count network-summary' });
  const linksHolder = el('section', { class: 'network-links-list', 'aria-label': 'Links shown' });
  let cy = null;
  let current = null; // {nodes, edges} drawn

  // --- controls
  const names = [...model.graph.nodes].sort((a, b) => b.mentions - a.mentions);
  const datalist = el(
    'datalist',
    { id: 'network-names' },
    names.slice(0, 500).map((n) => el('option', { value: n.label })),
  );
  const find = el('input', {
    type: 'search',
    class: 'filter',
    list: 'network-names',
    placeholder: 'Find a name',
    'aria-label': 'Find a name and show who it appears with',
  });
  const findForm = el(
    'form',
    {
      class: 'network-find',
      role: 'search',
      onsubmit: (event) => {
        event.preventDefault();
        const wanted = find.value.trim().toLowerCase();
        if (!wanted) return setFocus(null);
        const node =
          names.find((n) => n.label.toLowerCase() === wanted) ??
          names.find((n) => n.label.toLowerCase().includes(wanted));
        if (node) setFocus(node.id);
        else summary.textContent = `No name “${find.value}” in the network.`;
      },
    },
    find,
    el('button', { type: 'submit', class: 'button small' }, 'Show neighbourhood'),
    datalist,
  );
  const number = (label, key, max) =>
    el(
      'label',
      { class: 'range' },
      label,
      el('input', {
        type: 'number',
        min: 1,
        max,
        value: settings[key],
        class: 'number',
        onchange: (e) => {
          settings[key] = Math.max(1, Number(e.target.value) || 1);
          draw();
        },
      }),
    );
  const dates = model.documents
    .map((d) => (d.date ?? '').slice(0, 10))
    .filter(Boolean)
    .sort();
  const dateInput = (key, label) =>
    el('input', {
      type: 'date',
      value: settings[key],
      min: dates[0],
      max: dates.at(-1),
      'aria-label': label,
      onchange: (e) => {
        settings[key] = e.target.value;
        draw();
      },
    });
  let articlesTimer = 0;
  const filters = el(
    'div',
    { class: 'view-bar network-bar' },
    el(
      'div',
      { class: 'chips', role: 'group', 'aria-label': 'Kinds of names shown' },
      TYPES.map((type) =>
        el(
          'label',
          { class: `chip t-${type}` },
          el('input', {
            type: 'checkbox',
            checked: settings.types.has(type),
            onchange: (e) => {
              if (e.target.checked) settings.types.add(type);
              else settings.types.delete(type);
              draw();
            },
          }),
          TYPE_NAMES[type],
        ),
      ),
    ),
    number('Names mentioned at least ', 'minMentions', 1000),
    number('Links of at least ', 'minSentences', Math.max(1, maxWeight)),
    el('span', { class: 'sub' }, 'shared sentences'),
    dates.length
      ? el(
          'span',
          { class: 'range' },
          'Articles from ',
          dateInput('dateFrom', 'Articles from'),
          ' to ',
          dateInput('dateTo', 'Articles to'),
        )
      : null,
    el(
      'label',
      { class: 'range' },
      'Articles matching ',
      el('input', {
        type: 'search',
        class: 'filter narrow',
        value: settings.articles,
        placeholder: 'title, file or outlet',
        oninput: (e) => {
          clearTimeout(articlesTimer);
          articlesTimer = setTimeout(() => {
            settings.articles = e.target.value;
            draw();
          }, 250);
        },
      }),
    ),
  );
  const download = (format, type) => async () => {
    try {
      downloadBlob(`presslens-network.${format}`, new Blob([await analyser.graph(format)], { type }));
    } catch (error) {
      summary.textContent = `Could not export: ${error.message}`;
    }
  };
  const actions = el(
    'div',
    { class: 'view-bar network-actions' },
    findForm,
    el('button', { type: 'button', class: 'button small', onclick: () => fit() }, 'Fit'),
    el('button', { type: 'button', class: 'button small', onclick: () => cy && exportPng(cy, current) }, 'Export PNG'),
    analyser &&
      el(
        'button',
        { type: 'button', class: 'button small', onclick: download('graphml', 'application/xml') },
        'GraphML',
      ),
    analyser &&
      el('button', { type: 'button', class: 'button small', onclick: download('gexf', 'application/xml') }, 'GEXF'),
  );

  function setFocus(id) {
    settings.focus = id;
    const hash = id ? `#network/${encodeURIComponent(id)}` : '#network';
    history.replaceState(null, '', hash);
    panel.dataset.route = hash; // the view follows its own change; no new render
    draw();
  }

  // --- side panel: a name, or a link's sentences
  function idleSide() {
    side.replaceChildren(
      el(
        'p',
        { class: 'muted' },
        'Click a name to see who it appears with, a line to read the sentences behind it. Scroll to zoom, drag to move.',
      ),
      typeLegend(),
      el('p', { class: 'sub network-key' }, 'A circle’s size: mentions. A line’s width: sentences naming both.'),
    );
  }

  function nameSide(id) {
    const cluster = model.clusterById.get(id);
    const links = (current?.edges ?? []).filter((e) => e.source === id || e.target === id).slice(0, 12);
    side.replaceChildren(
      el(
        'h4',
        {},
        el('a', { href: clusterHref(id) }, nodeName(model, id)),
        ' ',
        typeBadge(cluster?.type ?? id.split(':')[0]),
      ),
      cluster &&
        el(
          'p',
          { class: 'sub' },
          `${plural(cluster.mentions ?? 0, 'mention')} in ${plural(cluster.documents?.length ?? 0, 'article')}`,
        ),
      settings.focus !== id
        ? el(
            'button',
            { type: 'button', class: 'button small', onclick: () => setFocus(id) },
            'Show only its neighbourhood',
          )
        : el(
            'button',
            { type: 'button', class: 'button small', onclick: () => setFocus(null) },
            'Back to the whole network',
          ),
      el(
        'ul',
        { class: 'network-links' },
        links.map((e) => {
          const other = e.source === id ? e.target : e.source;
          return el(
            'li',
            {},
            el(
              'button',
              { type: 'button', class: 'link-button', onclick: () => selectNode(other) },
              nodeName(model, other),
            ),
            ' ',
            el(
              'button',
              { type: 'button', class: 'link-button sub', onclick: () => openLink(e) },
              plural(e.sentences, 'sentence'),
            ),
          );
        }),
      ),
    );
  }

  let linkToken = 0;
  async function openLink(e) {
    const mine = ++linkToken;
    cy?.edges().removeClass('chosen');
    cy?.edges(`[source = "${cssEscape(e.source)}"][target = "${cssEscape(e.target)}"]`).addClass('chosen');
    const title = `${nodeName(model, e.source)} and ${nodeName(model, e.target)}`;
    const list = el('ol', { class: 'kwic-list link-sentences', 'aria-busy': 'true' });
    side.replaceChildren(
      el('h4', {}, title),
      el('p', { class: 'sub' }, `${plural(e.sentences, 'sentence')} name both`),
      list,
    );
    let sentences;
    try {
      sentences = analyser ? (await analyser.links(e.source, e.target)).sentences : e.edge.examples;
    } catch {
      sentences = e.edge.examples; // the first three, from the batch's JSON
    }
    if (mine !== linkToken) return;
    const documents = current?.documents;
    const shownSentences = sentences.filter((s) => !documents || documents.has(model.byName.get(s.document)?.index));
    list.replaceChildren(
      ...shownSentences.map((s) => {
        const doc = model.byName.get(s.document);
        return el(
          'li',
          {},
          doc ? sentenceWithNames(doc, s, [e.source, e.target]) : s.document,
          el('span', { class: 'sub hit-doc' }, doc?.title || s.document),
        );
      }),
    );
    list.removeAttribute('aria-busy');
  }

  function selectNode(id) {
    if (!cy) return;
    const node = cy.getElementById(id);
    if (node.empty()) return nameSide(id);
    const near = node.closedNeighborhood();
    cy.batch(() => {
      cy.elements().addClass('faded').removeClass('focus near chosen');
      near.removeClass('faded');
      node.addClass('focus');
      node.connectedEdges().addClass('near');
    });
    placeAllLabels();
    nameSide(id);
  }

  // --- the list of links the keyboard reaches (and a screen reader reads)
  function drawLinkList() {
    const rows = current.edges;
    const table = sortableTable({
      columns: [
        {
          key: 'a',
          label: 'Name',
          value: (e) => nodeName(model, e.source).toLowerCase(),
          cell: (e) =>
            el(
              'button',
              { type: 'button', class: 'link-button', onclick: () => selectNode(e.source) },
              nodeName(model, e.source),
            ),
        },
        {
          key: 'b',
          label: 'Appears with',
          value: (e) => nodeName(model, e.target).toLowerCase(),
          cell: (e) =>
            el(
              'button',
              { type: 'button', class: 'link-button', onclick: () => selectNode(e.target) },
              nodeName(model, e.target),
            ),
        },
        {
          key: 'sentences',
          label: 'Sentences',
          numeric: true,
          value: (e) => e.sentences,
          cell: (e) =>
            el(
              'button',
              {
                type: 'button',
                class: 'link-button',
                onclick: () => openLink(e),
                'aria-label': `Read the ${plural(e.sentences, 'sentence')} naming ${nodeName(model, e.source)} and ${nodeName(model, e.target)}`,
              },
              String(e.sentences),
            ),
        },
        {
          key: 'articles',
          label: 'Articles',
          numeric: true,
          value: (e) => e.edge.documents,
          cell: (e) => String(e.edge.documents),
        },
      ],
      rows,
      sort: { key: 'sentences', descending: true },
      filterText: (e) => `${nodeName(model, e.source)} ${nodeName(model, e.target)}`,
      filterLabel: 'Filter the links by name',
      page: 50, // the picture is what this view is for; the list grows on request
      caption: 'Links shown in the network',
      emptyText: 'No link passes the filters.',
    });
    linksHolder.replaceChildren(
      el('h3', { class: 'network-list-heading' }, `The ${plural(rows.length, 'link')} shown`),
      el('div', { class: 'view-bar' }, table.search, table.count),
      el('div', { class: 'table-wrap' }, table.table),
    );
  }

  // --- labels: as many of the most mentioned as fit, at every zoom
  let placing = 0;
  let hovered = null;
  let styledZoom = 1;
  function placeAllLabels() {
    if (!cy || cy.destroyed()) return;
    const zoom = cy.zoom();
    // Labels keep their size on screen: restyled when the zoom has moved (a
    // restyle touches every element; panning does not need one).
    if (Math.abs(zoom / styledZoom - 1) > 0.01) {
      cy.style(graphStyle(zoom));
      styledZoom = zoom;
    }
    const ordered = current.nodes.map((n) => {
      const node = cy.getElementById(n.id);
      const p = node.renderedPosition();
      return { id: n.id, label: n.label, x: p.x, y: p.y, radius: (node.data('size') * zoom) / 2 };
    });
    const forced = new Set([hovered, ...cy.nodes('.focus').map((n) => n.id())].filter(Boolean));
    const { placed } = placeLabels(ordered, { width: canvas.clientWidth, height: canvas.clientHeight }, forced);
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const place = placed.get(node.id());
        node.toggleClass('labelled', place !== undefined);
        for (const other of ['top', 'right', 'left']) node.toggleClass(`label-${other}`, place === other);
      });
    });
    // What is drawn may sit a few px off the estimate (fonts, rounding): a
    // label whose drawn box still meets a more mentioned name's loses it.
    const drawn = [];
    const meets = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    for (const n of ordered) {
      if (!placed.has(n.id)) continue;
      const node = cy.getElementById(n.id);
      const box = node.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      if (!forced.has(n.id) && drawn.some((other) => meets(box, other))) {
        node.removeClass('labelled label-top label-right label-left');
        placed.delete(n.id);
        continue;
      }
      drawn.push(box);
    }
    canvas.dataset.labels = String(placed.size);
  }
  const schedulePlacing = () => {
    if (placing) return;
    placing = requestAnimationFrame(() => {
      placing = 0;
      placeAllLabels();
    });
  };

  function fit() {
    if (!cy || !current) return;
    const positions = {};
    cy.nodes().forEach((n) => (positions[n.id()] = n.position()));
    const view = fitted(
      positions,
      current.nodes.map((n) => ({ id: n.id, size: cy.getElementById(n.id).data('size') })),
      canvas.clientWidth,
      canvas.clientHeight,
    );
    cy.viewport(view);
    placeAllLabels();
  }

  let drawn = 0; // the latest draw(); an older one still laying out gives up
  async function draw() {
    const mine = ++drawn;
    performance.mark('network:draw');
    canvas.dataset.state = 'laying-out'; // then 'drawn' (or 'failed'): for tests
    current = subgraph(model, settings);
    const { nodes, edges } = current;
    const focus = settings.focus && nodes.some((n) => n.id === settings.focus) ? settings.focus : null;
    const counts =
      `${plural(nodes.length, 'name')}, ${plural(edges.length, 'link')}` +
      (focus
        ? ` around ${nodeName(model, focus)}`
        : model.graph.nodes.length > nodes.length
          ? ` (of ${model.graph.nodes.length.toLocaleString('en')} names)`
          : '');
    summary.textContent = `${counts} · laying out…`;
    drawLinkList();
    if (focus) nameSide(focus);
    else idleSide();
    if (!nodes.length) {
      cy?.destroy();
      cy = null;
      canvas.replaceChildren(el('p', { class: 'muted network-empty' }, 'No name passes these filters.'));
      summary.textContent = counts;
      canvas.dataset.state = 'drawn';
      canvas.dataset.labels = '0';
      return;
    }
    const maxMentions = Math.max(1, ...nodes.map((n) => n.mentions));
    const maxSentences = Math.max(1, ...edges.map((e) => e.sentences));
    const size = (n) => 10 + 30 * Math.sqrt(n.mentions / maxMentions);
    let cytoscape;
    let positions;
    try {
      [cytoscape, positions] = await Promise.all([
        loadCytoscape(),
        layoutInWorker(
          nodes.map((n) => ({ id: n.id, size: size(n) })),
          edges.map((e) => ({ source: e.source, target: e.target })),
        ),
      ]);
    } catch {
      canvas.replaceChildren(
        el('p', { class: 'doc-error' }, 'The network library is missing from this build of the site.'),
      );
      summary.textContent = counts;
      canvas.dataset.state = 'failed';
      return;
    }
    if (mine !== drawn) return;
    performance.mark('network:laid-out');
    summary.textContent = counts;
    cy?.destroy();
    canvas.replaceChildren();
    preemptInlineStyle();
    const view = positions
      ? fitted(
          positions,
          nodes.map((n) => ({ id: n.id, size: size(n) })),
          canvas.clientWidth || 800,
          canvas.clientHeight || 600,
        )
      : {};
    const start = positions ? null : startingPositions(nodes); // laid out here (below), from the same start
    cy = cytoscape({
      container: canvas,
      elements: [
        ...nodes.map((n, i) => ({
          data: { id: n.id, label: n.label, type: n.type, size: size(n), mentions: n.mentions, rank: nodes.length - i },
          position: (positions ?? start)[n.id],
        })),
        ...edges.map((e, i) => ({
          data: {
            id: `e${i}`,
            source: e.source,
            target: e.target,
            weight: e.sentences,
            width: 0.6 + 4 * Math.sqrt(e.sentences / maxSentences),
          },
        })),
      ],
      style: graphStyle((styledZoom = view.zoom ?? 1)),
      layout: { name: 'preset', fit: false },
      ...view,
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
    });
    const edgeOf = new Map(edges.map((e, i) => [`e${i}`, e]));
    cy.on('viewport', schedulePlacing);
    cy.on('mouseover', 'node', (event) => {
      hovered = event.target.id();
      event.target.addClass('hover');
      schedulePlacing();
    });
    cy.on('mouseout', 'node', (event) => {
      hovered = null;
      event.target.removeClass('hover');
      schedulePlacing();
    });
    cy.on('tap', 'node', (event) => selectNode(event.target.id()));
    cy.on('tap', 'edge', (event) => openLink(edgeOf.get(event.target.id())));
    cy.on('tap', (event) => {
      if (event.target !== cy) return;
      cy.elements().removeClass('faded focus near chosen');
      placeAllLabels();
      if (settings.focus) nameSide(settings.focus);
      else idleSide();
    });
    panel.network = shown = cy; // for tests and the console
    performance.mark('network:created');
    const done = () => {
      if (mine !== drawn) return;
      if (focus) cy.getElementById(focus).addClass('focus');
      placeAllLabels();
      canvas.dataset.state = 'drawn';
    };
    if (positions) {
      done();
    } else {
      // Without the worker, the layout runs here, a few iterations a frame.
      const running = cy.layout({ ...LAYOUT, name: 'cose', animate: true, refresh: 3, fit: true, padding: 24 });
      running.one('layoutstop', done);
      running.run();
    }
  }

  // On a phone the filters fold away, so that the picture comes first.
  const phone = globalThis.matchMedia?.('(max-width: 600px)').matches;
  panel.replaceChildren(
    actions,
    el('details', { class: 'network-filters', open: !phone }, el('summary', {}, 'Filters'), filters),
    summary,
    el('div', { class: 'network-layout' }, canvas, side),
    linksHolder,
  );
  draw();
}

const cssEscape = (value) => value.replace(/["\\]/g, '\\$&');

// ------------------------------------------------------------ export --

const EXPORT = { width: 2000, height: 1400, scale: 1, padding: 60, legend: 44 };

/**
 * The whole graph as a PNG: nodes, links, the labels that fit at this size
 * (the same rule as on screen), a legend of the kinds of names and a line
 * saying what was drawn; drawn on a canvas of our own.
 */
function exportPng(cy, current) {
  const colours = palette();
  const { width, height, padding, legend } = EXPORT;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const g = canvas.getContext('2d');
  g.fillStyle = colours.surface;
  g.fillRect(0, 0, width, height);
  const positions = {};
  cy.nodes().forEach((n) => (positions[n.id()] = n.position()));
  const sized = current.nodes.map((n) => ({ id: n.id, size: cy.getElementById(n.id).data('size') }));
  const view = fitted(positions, sized, width - 2 * padding, height - 2 * padding - legend, 0);
  const at = (p) => ({ x: padding + view.pan.x + view.zoom * p.x, y: padding + view.pan.y + view.zoom * p.y });
  g.strokeStyle = colours.line;
  g.globalAlpha = 0.5;
  cy.edges().forEach((e) => {
    const a = at(e.source().position());
    const b = at(e.target().position());
    g.lineWidth = e.data('width') * Math.max(1, view.zoom);
    g.beginPath();
    g.moveTo(a.x, a.y);
    g.lineTo(b.x, b.y);
    g.stroke();
  });
  g.globalAlpha = 1;
  const screen = current.nodes.map((n) => {
    const node = cy.getElementById(n.id);
    const p = at(node.position());
    return { id: n.id, label: n.label, type: n.type, x: p.x, y: p.y, radius: (node.data('size') * view.zoom) / 2 };
  });
  for (const n of screen) {
    g.fillStyle = colours[n.type] ?? colours.line;
    g.beginPath();
    g.arc(n.x, n.y, Math.max(2, n.radius), 0, 2 * Math.PI);
    g.fill();
  }
  const { boxes } = placeLabels(screen, { width, height: height - legend });
  const byId = new Map(screen.map((n) => [n.id, n]));
  g.font = LABEL.font;
  g.textAlign = 'center';
  g.textBaseline = 'middle';
  for (const box of boxes) {
    const n = byId.get(box.id);
    g.fillStyle = colours.surface;
    g.globalAlpha = 0.85;
    g.fillRect(box.x1, box.y1, box.x2 - box.x1, box.y2 - box.y1);
    g.globalAlpha = 1;
    g.fillStyle = colours.text;
    g.fillText(fitText(g, n.label, labelWidth(n.label) - 4), (box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2);
  }
  // The legend: the kinds of names, then what the sizes mean.
  g.textAlign = 'left';
  g.font = '16px system-ui, sans-serif';
  let x = padding;
  const y = height - legend / 2;
  for (const type of TYPES) {
    g.fillStyle = colours[type];
    g.beginPath();
    g.arc(x + 8, y, 8, 0, 2 * Math.PI);
    g.fill();
    g.fillStyle = colours.text;
    g.fillText(TYPE_NAMES[type], x + 22, y);
    x += 40 + g.measureText(TYPE_NAMES[type]).width;
  }
  g.fillStyle = colours.muted;
  g.fillText(
    `Circle size: mentions · line width: sentences naming both · ${plural(current.nodes.length, 'name')}, ${plural(current.edges.length, 'link')} · Presslens`,
    x + 10,
    y,
  );
  canvas.toBlob((blob) => downloadBlob('presslens-network.png', blob), 'image/png');
}

function fitText(g, text, width) {
  if (g.measureText(text).width <= width) return text;
  let cut = text.length;
  while (cut > 1 && g.measureText(`${text.slice(0, cut)}…`).width > width) cut--;
  return `${text.slice(0, cut)}…`;
}
