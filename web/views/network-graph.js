// What the network view draws, without drawing it: the part of the graph
// that passes the filters (types, mentions, shared sentences, a date range,
// a set of articles, or one name's neighbourhood), recounted for the
// articles chosen; where the nodes go; and which labels fit without
// overlapping.

/** Each node's mentions per article, for recounting over a set of articles (built once per batch). */
function mentionsByDocument(model) {
  if (model.networkMentions) return model.networkMentions;
  const out = new Map(); // node id -> Map(document index -> mentions)
  for (const doc of model.documents) {
    for (const entity of doc.entities) {
      const id = entity.cluster ?? `${entity.type}:${entity.text}`;
      let counts = out.get(id);
      if (!counts) out.set(id, (counts = new Map()));
      counts.set(doc.index, (counts.get(doc.index) ?? 0) + 1);
    }
  }
  return (model.networkMentions = out);
}

/** The documents the filters keep (a Set of indices), or null for all of them. */
export function chosenDocuments(model, { dateFrom, dateTo, articles }) {
  const text = (articles ?? '').trim().toLowerCase();
  if (!dateFrom && !dateTo && !text) return null;
  const kept = new Set();
  for (const doc of model.documents) {
    if (doc.error) continue;
    const day = (doc.date ?? '').slice(0, 10);
    if ((dateFrom || dateTo) && !day) continue;
    if (dateFrom && day < dateFrom) continue;
    if (dateTo && day > dateTo) continue;
    if (text) {
      const haystack = [doc.title, doc.name, doc.source, doc.credit].filter(Boolean).join(' ').toLowerCase();
      if (!haystack.includes(text)) continue;
    }
    kept.add(doc.index);
  }
  return kept;
}

/**
 * The nodes and edges to draw: [{id, label, type, mentions}] ranked by
 * mentions, and [{source, target, sentences, edge}] strongest first.
 * settings: {types: Set, minMentions, minSentences, maxNodes, maxEdges,
 * dateFrom, dateTo, articles, focus}.
 */
export function subgraph(model, settings) {
  const documents = chosenDocuments(model, settings);
  const byDoc = documents ? mentionsByDocument(model) : null;
  const count = (id, total) => {
    if (!documents) return total;
    let n = 0;
    for (const [doc, k] of byDoc.get(id) ?? []) if (documents.has(doc)) n += k;
    return n;
  };
  const nodes = [];
  const nodeById = new Map();
  for (const n of model.graph.nodes) {
    if (!settings.types.has(n.type)) continue;
    const mentions = count(n.id, n.mentions);
    if (mentions < Math.max(1, settings.minMentions)) continue;
    const node = { id: n.id, label: n.label, type: n.type, mentions };
    nodes.push(node);
    nodeById.set(n.id, node);
  }
  const edges = [];
  for (const e of model.graph.edges) {
    if (!nodeById.has(e.source) || !nodeById.has(e.target)) continue;
    let sentences = e.sentences;
    if (documents) {
      sentences = 0;
      for (const [doc, k] of e.by_document ?? []) if (documents.has(doc)) sentences += k;
    }
    if (sentences >= Math.max(1, settings.minSentences))
      edges.push({ source: e.source, target: e.target, sentences, edge: e });
  }
  edges.sort((a, b) => b.sentences - a.sentences);
  nodes.sort((a, b) => b.mentions - a.mentions);

  if (settings.focus && nodeById.has(settings.focus)) {
    // One name and those it shares sentences with (the strongest, if many).
    const near = edges.filter((e) => e.source === settings.focus || e.target === settings.focus);
    const kept = new Set([
      settings.focus,
      ...near.slice(0, settings.maxNodes - 1).flatMap((e) => [e.source, e.target]),
    ]);
    return finish(
      nodes.filter((n) => kept.has(n.id)),
      edges,
      settings,
      documents,
    );
  }
  const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
  // A name without a link says nothing here, unless links of one sentence are shown.
  const ranked = settings.minSentences > 1 ? nodes.filter((n) => linked.has(n.id)) : nodes;
  return finish(ranked.slice(0, settings.maxNodes), edges, settings, documents);
}

function finish(nodes, edges, settings, documents) {
  const kept = new Set(nodes.map((n) => n.id));
  const among = edges.filter((e) => kept.has(e.source) && kept.has(e.target));
  // Around one name, its own links come first: the cap must not cut a neighbour off from it.
  const focus = settings.focus;
  const ordered = focus
    ? [
        ...among.filter((e) => e.source === focus || e.target === focus),
        ...among.filter((e) => e.source !== focus && e.target !== focus),
      ]
    : among;
  const shownEdges = ordered.slice(0, settings.maxEdges);
  return { nodes, edges: shownEdges, documents };
}

// ------------------------------------------------------------- labels --

const LABEL_FONT = '12px system-ui, sans-serif';
export const LABEL = Object.freeze({
  font: LABEL_FONT,
  size: 12, // px on screen, whatever the zoom
  maxWidth: 170, // px: longer names end in an ellipsis
  gap: 3, // px between the node and its label
  height: 16, // px: the label's box (font and background)
  margin: 4, // px kept clear around each label (what is drawn may sit a few px off the estimate)
});

let measureContext = null;
const widths = new Map();

/** A label's width in px at LABEL.font (measured once per text). */
export function labelWidth(text) {
  let width = widths.get(text);
  if (width === undefined) {
    measureContext ??= (
      globalThis.OffscreenCanvas ? new OffscreenCanvas(1, 1) : document.createElement('canvas')
    ).getContext('2d');
    measureContext.font = LABEL_FONT;
    width = Math.min(LABEL.maxWidth, Math.ceil(measureContext.measureText(text).width) + 4);
    widths.set(text, width);
  }
  return width;
}

// The most mentioned names are labelled even over other nodes (their labels
// still never overlap): they are the ones a reader looks for first.
const ALWAYS_LABELLED = 5;

// Where a label may sit, in the order tried: under its node, over it, to its right, to its left.
export const LABEL_PLACES = ['bottom', 'top', 'right', 'left'];

/**
 * Which nodes get a label, and where: the most mentioned first, each in the
 * first place (LABEL_PLACES) where its label overlaps no label already
 * placed and no node more mentioned than its own (it may cover lesser
 * ones: the most mentioned names sit in the thick of the graph; the first
 * ALWAYS_LABELLED may cover any node), inside the view. nodes: [{id, label, x, y, radius}] in screen px, most mentioned
 * first; forced: ids labelled whatever they cover (the focused name, the
 * one under the pointer). Returns {placed: Map id -> place, boxes}.
 */
export function placeLabels(nodes, { width, height }, forced = new Set()) {
  const boxes = [];
  const placed = new Map();
  const overlapsBox = (b) =>
    boxes.some(
      (o) =>
        b.x1 < o.x2 + LABEL.margin &&
        o.x1 < b.x2 + LABEL.margin &&
        b.y1 < o.y2 + LABEL.margin &&
        o.y1 < b.y2 + LABEL.margin,
    );
  // Nodes come most mentioned first: those before `self` outrank it.
  const overlapsNode = (b, self) => {
    for (let i = 0; i < self; i++) {
      const c = nodes[i];
      if (c.x + c.radius > b.x1 && c.x - c.radius < b.x2 && c.y + c.radius > b.y1 && c.y - c.radius < b.y2) return true;
    }
    return false;
  };
  const boxAt = (n, place) => {
    const w = labelWidth(n.label);
    const h = LABEL.height;
    const gap = LABEL.gap;
    if (place === 'bottom')
      return { x1: n.x - w / 2, x2: n.x + w / 2, y1: n.y + n.radius + gap, y2: n.y + n.radius + gap + h };
    if (place === 'top')
      return { x1: n.x - w / 2, x2: n.x + w / 2, y1: n.y - n.radius - gap - h, y2: n.y - n.radius - gap };
    if (place === 'right')
      return { x1: n.x + n.radius + gap, x2: n.x + n.radius + gap + w, y1: n.y - h / 2, y2: n.y + h / 2 };
    return { x1: n.x - n.radius - gap - w, x2: n.x - n.radius - gap, y1: n.y - h / 2, y2: n.y + h / 2 };
  };
  const inside = (b) => b.x1 >= 0 && b.x2 <= width && b.y1 >= 0 && b.y2 <= height;
  nodes.forEach((n) => {
    if (!forced.has(n.id)) return;
    const box = { id: n.id, place: 'bottom', ...boxAt(n, 'bottom') };
    boxes.push(box);
    placed.set(n.id, 'bottom');
  });
  nodes.forEach((n, i) => {
    if (placed.has(n.id)) return;
    for (const place of LABEL_PLACES) {
      const box = { id: n.id, place, ...boxAt(n, place) };
      if (!inside(box) || overlapsBox(box) || (i >= ALWAYS_LABELLED && overlapsNode(box, i))) continue;
      boxes.push(box);
      placed.set(n.id, place);
      return;
    }
  });
  return { placed, boxes };
}

/**
 * Where the force-directed layout starts: the nodes on a sunflower spiral,
 * in the order given (most mentioned first, so in the middle). Cytoscape's
 * "cose" pushes apart two nodes that start at one point in a random
 * direction: started with every node at the origin (where Cytoscape's
 * default puts them), the picture (and so
 * which names got labels) changed each time the same network was drawn.
 */
export function startingPositions(nodes, spacing = 40) {
  const turn = Math.PI * (3 - Math.sqrt(5)); // the golden angle
  const positions = {};
  nodes.forEach((n, i) => {
    const r = spacing * Math.sqrt(i + 0.5);
    positions[n.id] = { x: r * Math.cos(i * turn), y: r * Math.sin(i * turn) };
  });
  return positions;
}

/**
 * The graph laid out by Cytoscape's "cose", headless (the layout worker's
 * work; `cytoscape` is the library). nodes: [{id, size}], edges: [{source,
 * target}]. Returns {id: {x, y}}: the same graph gives the same positions.
 */
export function layOut(cytoscape, { nodes, edges, options }) {
  const start = startingPositions(nodes);
  const cy = cytoscape({
    headless: true,
    styleEnabled: true, // node sizes count in the layout
    elements: [
      ...nodes.map((n) => ({ data: { id: n.id, size: n.size }, position: start[n.id] })),
      ...edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target } })),
    ],
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
    layout: { name: 'preset', fit: false }, // the default ("null") puts every node at the origin
  });
  try {
    cy.layout({ ...options, randomize: false, name: 'cose', animate: false, fit: false }).run();
    const positions = {};
    cy.nodes().forEach((node) => (positions[node.id()] = { ...node.position() }));
    return positions;
  } finally {
    cy.destroy();
  }
}
