// Network: the co-occurrence graph (clusters that share sentences), drawn
// with Cytoscape.js (vendored into the site, loaded only when this view is
// opened). Zoom and drag; click a node to focus on it; filter by type and by
// how many sentences a link needs; export as PNG.

import { context, downloadBlob, el, kwic, plural, TYPE_NAMES, typeBadge } from '../dom.js';
import { clusterHref, docHref } from '../model.js';

const COLOURS = { PER: '#7c5cd6', ORG: '#1a9a9a', LOC: '#d88a14', MISC: '#8a8f6a' };
const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];
const settings = { types: new Set(['PER', 'ORG', 'LOC', 'MISC']), minSentences: null, maxNodes: 150 };

let cytoscapeModule = null;
const loadCytoscape = () => (cytoscapeModule ??= import('../vendor/cytoscape.esm.min.mjs').then((m) => m.default));

function elementsFor(model) {
  const { nodes, edges } = model.graph;
  const ranked = nodes.filter((n) => settings.types.has(n.type)).sort((a, b) => b.mentions - a.mentions);
  const kept = new Set(ranked.slice(0, settings.maxNodes).map((n) => n.id));
  const shownEdges = edges.filter((e) => e.sentences >= settings.minSentences && kept.has(e.source) && kept.has(e.target));
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
  const edges = model.graph.edges.filter((e) => e.source === id || e.target === id).sort((a, b) => b.sentences - a.sentences).slice(0, 8);
  const name = cluster?.name ?? model.graph.nodes.find((n) => n.id === id)?.label ?? id;
  return el('div', { class: 'network-focus' },
    el('h4', {}, el('a', { href: clusterHref(id) }, name), ' ', cluster && typeBadge(cluster.type)),
    cluster && el('p', { class: 'sub' }, `${plural(cluster.mentions ?? 0, 'mention')} in ${plural(cluster.documents?.length ?? 0, 'article')}`),
    el('ul', { class: 'network-links' }, edges.map((e) => {
      const otherId = e.source === id ? e.target : e.source;
      const other = model.clusterById.get(otherId);
      const example = e.examples?.[0];
      const doc = example && model.byName.get(example.document);
      return el('li', {},
        el('a', { href: clusterHref(otherId) }, other?.name ?? otherId), el('span', { class: 'sub' }, ` · ${plural(e.sentences, 'sentence')}`),
        doc && el('div', { class: 'network-example' }, kwic(context(doc.text, example.start, example.end, 0), docHref(doc, example))));
    })));
}

export function renderNetwork(panel, model) {
  if (!model.graph?.nodes?.length) {
    return panel.replaceChildren(el('p', { class: 'muted' }, model.graph ? 'No two names share a sentence in these articles.' : 'This build of the core does not compute the co-occurrence network yet.'));
  }
  const canvas = el('div', { class: 'network-canvas', role: 'img', 'aria-label': 'Co-occurrence network of people, organisations and places' });
  const side = el('aside', { class: 'network-side', 'aria-live': 'polite' }, el('p', { class: 'muted' }, 'Click a name to see who it appears with. Scroll to zoom, drag to move.'));
  const summary = el('p', { class: 'table-count' });
  const maxWeight = Math.max(1, ...model.graph.edges.map((e) => e.sentences));
  // A dense graph starts with the links of two sentences or more (a hairball helps nobody).
  settings.minSentences ??= model.graph.edges.length > 150 && maxWeight > 1 ? 2 : 1;
  const weight = el('input', { type: 'range', min: 1, max: Math.min(maxWeight, 20), value: settings.minSentences, 'aria-label': 'Fewest shared sentences for a link' });
  const weightLabel = el('span', { class: 'sub' });
  let cy = null;

  const controls = el('div', { class: 'view-bar network-bar' },
    el('div', { class: 'chips', role: 'group', 'aria-label': 'Types shown' },
      TYPES.map((type) => el('label', { class: `chip t-${type}` },
        el('input', { type: 'checkbox', checked: settings.types.has(type), onchange: (e) => { if (e.target.checked) settings.types.add(type); else settings.types.delete(type); draw(); } }),
        TYPE_NAMES[type]))),
    el('label', { class: 'range' }, 'Links of at least ', weight, weightLabel),
    el('button', { type: 'button', class: 'button small', onclick: () => cy?.fit(undefined, 30) }, 'Fit'),
    el('button', { type: 'button', class: 'button small', onclick: () => cy && exportPng(cy) }, 'Export PNG'),
    summary);
  weight.addEventListener('input', () => { settings.minSentences = Number(weight.value); draw(); });

  async function draw() {
    weightLabel.textContent = ` ${plural(settings.minSentences, 'shared sentence')}`;
    const { nodes, edges, maxMentions } = elementsFor(model);
    // Labels for the 40 most mentioned names; the others show theirs when zoomed in or focused.
    const labelFloor = nodes.length > 40 ? [...nodes].sort((a, b) => b.mentions - a.mentions)[39].mentions : 0;
    summary.textContent = `${plural(nodes.length, 'name')}, ${plural(edges.length, 'link')}` + (model.graph.nodes.length > nodes.length ? ` (of ${model.graph.nodes.length})` : '');
    let cytoscape;
    try {
      cytoscape = await loadCytoscape();
    } catch {
      canvas.replaceChildren(el('p', { class: 'doc-error' }, 'The network library is missing from this build of the site.'));
      return;
    }
    cy?.destroy();
    // Cytoscape adds an inline <style> (which the page's CSP refuses) unless
    // an element with this id exists; style.css carries its one rule.
    if (!document.getElementById('__________cytoscape_stylesheet')) {
      document.head.append(el('meta', { id: '__________cytoscape_stylesheet', name: 'presslens-network' }));
    }
    cy = cytoscape({
      container: canvas,
      elements: [
        ...nodes.map((n) => ({ data: { id: n.id, label: n.label, type: n.type, size: 12 + 30 * Math.sqrt(n.mentions / maxMentions), major: n.mentions >= labelFloor } })),
        ...edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, weight: e.sentences } })),
      ],
      style: [
        { selector: 'node', style: { 'background-color': (n) => COLOURS[n.data('type')] ?? '#888', width: 'data(size)', height: 'data(size)', label: 'data(label)', 'font-size': 11, color: '#1c2430', 'text-background-color': '#ffffff', 'text-background-opacity': 0.75, 'text-background-padding': 1, 'min-zoomed-font-size': 8, 'text-valign': 'bottom', 'text-margin-y': 3 } },
        { selector: 'node[!major]', style: { 'font-size': 8, 'min-zoomed-font-size': 11 } },
        { selector: 'edge', style: { width: (e) => 0.6 + 4 * Math.sqrt(e.data('weight') / maxWeight), 'line-color': '#9aa5b4', opacity: 0.55, 'curve-style': 'haystack' } },
        { selector: '.faded', style: { opacity: 0.12 } },
        { selector: 'node.focus', style: { 'border-width': 3, 'border-color': '#1c2430', 'font-size': 12, 'font-weight': 'bold' } },
        { selector: 'node.near', style: { 'font-size': 11, 'min-zoomed-font-size': 0 } },
        { selector: 'edge.near', style: { 'line-color': '#2454c7', opacity: 0.9 } },
      ],
      layout: { name: 'cose', animate: nodes.length > 60, randomize: false, nodeRepulsion: () => 60000, idealEdgeLength: () => 90, edgeElasticity: () => 60, nodeOverlap: 12, gravity: 0.6, numIter: 800, fit: true, padding: 24 },
      minZoom: 0.1,
      maxZoom: 4,
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
    panel.network = cy; // for tests and the console
  }

  panel.replaceChildren(controls, el('div', { class: 'network-layout' }, canvas, side));
  draw();
}

function exportPng(cy) {
  downloadBlob('presslens-network.png', cy.png({ output: 'blob', bg: '#ffffff', full: true, scale: 2 }));
}
