// The network's layout (web/views/network-graph.js, run by the layout
// worker): the same graph is drawn the same way every time, so a reader who
// opens it again finds each name where it was, with the same labels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import cytoscape from 'cytoscape';
import { layOut, startingPositions } from '../../web/views/network-graph.js';

// A graph like a batch's: a few names linked to many, the rest in a chain.
function graph(count) {
  const nodes = Array.from({ length: count }, (_, i) => ({ id: `n${i}`, size: 10 + 30 * Math.sqrt(1 / (i + 1)) }));
  const edges = [];
  for (let i = 1; i < count; i++) {
    edges.push({ source: `n${i % 4}`, target: `n${i}` });
    if (i > 4) edges.push({ source: `n${i - 1}`, target: `n${i}` });
  }
  return { nodes, edges: edges.filter((e) => e.source !== e.target) };
}

const options = { randomize: false, nodeRepulsion: 60000, idealEdgeLength: 90, numIter: 300, coolingFactor: 0.98 };

test('the same graph is laid out the same way twice', () => {
  const { nodes, edges } = graph(60);
  const first = layOut(cytoscape, { nodes, edges, options });
  const second = layOut(cytoscape, { nodes, edges, options });
  assert.equal(Object.keys(first).length, 60);
  assert.deepEqual(second, first);
});

test('the layout starts with no two nodes in one place, the first in the middle', () => {
  const nodes = graph(200).nodes;
  const start = startingPositions(nodes);
  const places = new Set(Object.values(start).map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`));
  assert.equal(places.size, nodes.length);
  const distance = (p) => Math.hypot(p.x, p.y);
  assert.ok(distance(start.n0) < distance(start.n10));
  assert.ok(distance(start.n10) < distance(start.n199));
});
