// Network: the co-occurrence graph (clusters that share sentences), drawn
// with Cytoscape.js (vendored into the site, loaded only when this view is
// opened). Zoom and drag; click a node to focus on it; filter by type and by
// how many sentences a link needs; export as PNG.

import { context, downloadBlob, el, kwic, plural, TYPE_NAMES, typeBadge } from '../dom.js';
import { clusterHref, docHref } from '../model.js';
import { Layout } from '../protocol.js';
import { RpcClient } from '../rpc.js';
import { startWorker } from '../workers.js';

const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];
const settings = { types: new Set(['PER', 'ORG', 'LOC', 'MISC']), minSentences: null, maxNodes: 150 };

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
    surface: colour('--surface'),
    line: colour('--faint'),
    accent: colour('--accent'),
  };
}

let shown = null; // the graph on the page, if any
globalThis.matchMedia?.('(prefers-color-scheme: dark)').addEventListener('change', () => {
  if (shown && !shown.destroyed()) shown.style(graphStyle());
});

const MIN_ZOOM = 0.1;
// Long names ("National Coalition for Syrian Revolutionary and Opposition
// Forces") end in an ellipsis rather than run over their neighbours; the
// full name is in the panel when the node is clicked.
const LABEL_MAX_WIDTH = 160;
const MINOR_LABEL_ZOOM = 11 / 8; // a minor name's 8px label reaches the 11px readable size
const MAX_ZOOM = 4;

/**
 * {zoom, pan} that show every node in `container`, with room for the labels
 * drawn below them (nodes: [{id, size, label}], label the text shown or '';
 * its width estimated from an 11px font).
 */
function fitted(positions, nodes, container, padding = 24) {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const { id, size, label } of nodes) {
    const p = positions[id];
    if (!p) continue;
    const half = Math.max(size, Math.min(label.length * 6, LABEL_MAX_WIDTH)) / 2;
    x1 = Math.min(x1, p.x - half);
    x2 = Math.max(x2, p.x + half);
    y1 = Math.min(y1, p.y - size / 2);
    y2 = Math.max(y2, p.y + size / 2 + (label ? 16 : 0));
  }
  const width = container.clientWidth || 800;
  const height = container.clientHeight || 600;
  if (!(x2 > x1) || !(y2 > y1)) return { zoom: 1, pan: { x: width / 2, y: height / 2 } };
  const zoom = Math.min(
    MAX_ZOOM,
    Math.max(MIN_ZOOM, Math.min((width - 2 * padding) / (x2 - x1), (height - 2 * padding) / (y2 - y1))),
  );
  return { zoom, pan: { x: (width - zoom * (x1 + x2)) / 2, y: (height - zoom * (y1 + y2)) / 2 } };
}

/**
 * Loads the library and starts the layout worker ahead of time (when the
 * page is idle), and draws a small made-up graph out of sight: the first
 * real drawing then runs code the browser has already optimised (cold, it
 * takes twice as long).
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
    data: { id: `n${i}`, label: `Name ${i}`, type: TYPES[i % 4], size: 12 + i, major: i % 2 === 0 },
    position: { x: 40 * (i % 6), y: 40 * Math.floor(i / 6) },
  }));
  const edges = nodes.slice(1).map((n, i) => ({ data: { id: `e${i}`, source: 'n0', target: n.data.id, width: 1 } }));
  const cy = cytoscape({
    container,
    elements: [...nodes, ...edges],
    style: graphStyle(),
    layout: { name: 'preset', fit: true },
  });
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  await frame();
  cy.nodes('[!major]').addClass('zoomed');
  await frame();
  await frame();
  cy.destroy();
  container.remove();
}

function elementsFor(model) {
  const { nodes, edges } = model.graph;
  const ranked = nodes.filter((n) => settings.types.has(n.type)).sort((a, b) => b.mentions - a.mentions);
  const kept = new Set(ranked.slice(0, settings.maxNodes).map((n) => n.id));
  const shownEdges = edges.filter(
    (e) => e.sentences >= settings.minSentences && kept.has(e.source) && kept.has(e.target),
  );
  const linked = new Set(shownEdges.flatMap((e) => [e.source, e.target]));
  const maxMentions = Math.max(1, ...ranked.map((n) => n.mentions));
  return {
    nodes: ranked.filter((n) => kept.has(n.id) && (linked.has(n.id) || settings.minSentences <= 1)),
    edges: shownEdges,
    maxMentions,
  };
}

function focusPanel(model, id) {
  const cluster = model.clusterById.get(id);
  const edges = model.graph.edges
    .filter((e) => e.source === id || e.target === id)
    .sort((a, b) => b.sentences - a.sentences)
    .slice(0, 8);
  const name = cluster?.name ?? model.graph.nodes.find((n) => n.id === id)?.label ?? id;
  return el(
    'div',
    { class: 'network-focus' },
    el('h4', {}, el('a', { href: clusterHref(id) }, name), ' ', cluster && typeBadge(cluster.type)),
    cluster &&
      el(
        'p',
        { class: 'sub' },
        `${plural(cluster.mentions ?? 0, 'mention')} in ${plural(cluster.documents?.length ?? 0, 'article')}`,
      ),
    el(
      'ul',
      { class: 'network-links' },
      edges.map((e) => {
        const otherId = e.source === id ? e.target : e.source;
        const other = model.clusterById.get(otherId);
        const example = e.examples?.[0];
        const doc = example && model.byName.get(example.document);
        return el(
          'li',
          {},
          el('a', { href: clusterHref(otherId) }, other?.name ?? otherId),
          el('span', { class: 'sub' }, ` · ${plural(e.sentences, 'sentence')}`),
          doc &&
            el(
              'div',
              { class: 'network-example' },
              kwic(context(doc.text, example.start, example.end, 0), docHref(doc, example)),
            ),
        );
      }),
    ),
  );
}

// Cytoscape adds an inline <style> (which the page's CSP refuses) unless an
// element with this id exists; style.css carries its one rule.
function preemptInlineStyle() {
  if (!document.getElementById('__________cytoscape_stylesheet')) {
    document.head.append(el('meta', { id: '__________cytoscape_stylesheet', name: 'presslens-network' }));
  }
}

// Style values come from data and selectors, not functions: much quicker to apply.
function graphStyle() {
  const colours = palette();
  return [
    {
      selector: 'node',
      style: {
        'background-color': colours.line,
        width: 'data(size)',
        height: 'data(size)',
        'font-size': 11,
        color: colours.text,
        'text-background-color': colours.surface,
        'text-background-opacity': 0.75,
        'text-background-padding': 1,
        'min-zoomed-font-size': 8,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': `${LABEL_MAX_WIDTH}px`,
      },
    },
    ...TYPES.map((type) => ({ selector: `node[type = "${type}"]`, style: { 'background-color': colours[type] } })),
    { selector: 'node[!major]', style: { 'font-size': 8, 'min-zoomed-font-size': 11 } },
    // Minor names get a label only once zoomed in far enough to read it
    // (a label is measured even when too small to draw, and that is slow).
    { selector: 'node[?major], node.zoomed, node.near', style: { label: 'data(label)' } },
    {
      selector: 'edge',
      style: { width: 'data(width)', 'line-color': colours.line, opacity: 0.55, 'curve-style': 'haystack' },
    },
    { selector: '.faded', style: { opacity: 0.12 } },
    {
      selector: 'node.focus',
      style: { 'border-width': 3, 'border-color': colours.text, 'font-size': 12, 'font-weight': 'bold' },
    },
    { selector: 'node.near', style: { 'font-size': 11, 'min-zoomed-font-size': 0 } },
    { selector: 'edge.near', style: { 'line-color': colours.accent, opacity: 0.9 } },
  ];
}

export function renderNetwork(panel, model) {
  if (!model.graph.nodes.length) {
    return panel.replaceChildren(el('p', { class: 'muted' }, 'No two names share a sentence in these articles.'));
  }
  const canvas = el('div', {
    class: 'network-canvas',
    role: 'img',
    'aria-label': 'Co-occurrence network of people, organisations and places',
  });
  const side = el(
    'aside',
    { class: 'network-side', 'aria-live': 'polite' },
    el('p', { class: 'muted' }, 'Click a name to see who it appears with. Scroll to zoom, drag to move.'),
  );
  const summary = el('p', { class: 'table-count' });
  const maxWeight = Math.max(1, ...model.graph.edges.map((e) => e.sentences));
  // A dense graph starts with the links of two sentences or more (a hairball helps nobody).
  settings.minSentences ??= model.graph.edges.length > 150 && maxWeight > 1 ? 2 : 1;
  const weight = el('input', {
    type: 'range',
    min: 1,
    max: Math.min(maxWeight, 20),
    value: settings.minSentences,
    'aria-label': 'Fewest shared sentences for a link',
  });
  const weightLabel = el('span', { class: 'sub' });
  let cy = null;

  const controls = el(
    'div',
    { class: 'view-bar network-bar' },
    el(
      'div',
      { class: 'chips', role: 'group', 'aria-label': 'Types shown' },
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
    el('label', { class: 'range' }, 'Links of at least ', weight, weightLabel),
    el('button', { type: 'button', class: 'button small', onclick: () => cy?.fit(undefined, 30) }, 'Fit'),
    el('button', { type: 'button', class: 'button small', onclick: () => cy && exportPng(cy) }, 'Export PNG'),
    summary,
  );
  weight.addEventListener('input', () => {
    settings.minSentences = Number(weight.value);
    draw();
  });

  let drawn = 0; // the latest draw(); an older one still laying out gives up
  async function draw() {
    const mine = ++drawn;
    performance.mark('network:draw');
    canvas.dataset.state = 'laying-out'; // then 'drawn' (or 'failed'): for tests
    weightLabel.textContent = ` ${plural(settings.minSentences, 'shared sentence')}`;
    const { nodes, edges, maxMentions } = elementsFor(model);
    // Labels for the 40 most mentioned names; the others show theirs when zoomed in or focused.
    const labelFloor = nodes.length > 40 ? [...nodes].sort((a, b) => b.mentions - a.mentions)[39].mentions : 0;
    const counts =
      `${plural(nodes.length, 'name')}, ${plural(edges.length, 'link')}` +
      (model.graph.nodes.length > nodes.length ? ` (of ${model.graph.nodes.length})` : '');
    summary.textContent = `${counts} · laying out…`;
    const size = (n) => 12 + 30 * Math.sqrt(n.mentions / maxMentions);
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
    preemptInlineStyle();
    cy = cytoscape({
      container: canvas,
      elements: [
        ...nodes.map((n) => ({
          data: {
            id: n.id,
            label: n.label,
            type: n.type,
            size: size(n),
            major: n.mentions >= labelFloor,
          },
          position: positions?.[n.id],
        })),
        ...edges.map((e, i) => ({
          data: {
            id: `e${i}`,
            source: e.source,
            target: e.target,
            weight: e.sentences,
            width: 0.6 + 4 * Math.sqrt(e.sentences / maxWeight),
          },
        })),
      ],
      style: graphStyle(),
      layout: { name: 'preset', fit: false },
      // The view fitted from the positions: Cytoscape's own fit measures every
      // label first, a long task on a big graph.
      ...(positions
        ? fitted(
            positions,
            nodes.map((n) => ({ id: n.id, size: size(n), label: n.mentions >= labelFloor ? n.label : '' })),
            canvas,
          )
        : {}),
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
    });
    let zoomed = false;
    cy.on('zoom', () => {
      if (zoomed === cy.zoom() >= MINOR_LABEL_ZOOM) return;
      zoomed = !zoomed;
      cy.nodes('[!major]').toggleClass('zoomed', zoomed);
    });
    cy.on('tap', 'node', (event) => {
      const node = event.target;
      const near = node.closedNeighborhood();
      cy.elements().addClass('faded').removeClass('focus near');
      near.removeClass('faded');
      near.nodes().addClass('near');
      node.addClass('focus');
      node.connectedEdges().addClass('near');
      side.replaceChildren(focusPanel(model, node.id()));
    });
    cy.on('tap', (event) => {
      if (event.target === cy) {
        cy.elements().removeClass('faded focus near');
        side.replaceChildren(el('p', { class: 'muted' }, 'Click a name to see who it appears with.'));
      }
    });
    panel.network = shown = cy; // for tests and the console
    performance.mark('network:created');
    if (positions) {
      canvas.dataset.state = 'drawn';
    } else {
      // Without the worker, the layout runs here, a few iterations a frame.
      const running = cy.layout({ ...LAYOUT, name: 'cose', animate: true, refresh: 3, fit: true, padding: 24 });
      running.one('layoutstop', () => {
        if (mine === drawn) canvas.dataset.state = 'drawn';
      });
      running.run();
    }
  }

  panel.replaceChildren(controls, el('div', { class: 'network-layout' }, canvas, side));
  draw();
}

function exportPng(cy) {
  downloadBlob('presslens-network.png', cy.png({ output: 'blob', bg: palette().surface, full: true, scale: 2 }));
}
