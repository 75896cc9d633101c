// A worker that lays the network out (Cytoscape's force-directed "cose",
// headless), so that the page's main thread only draws the result. It
// answers the Layout requests of protocol.js.

import { Layout } from './protocol.js';
import { serve } from './rpc.js';
import cytoscape from './vendor/cytoscape.esm.min.mjs';
import { layOut } from './views/network-graph.js';

const layout = (graph) => layOut(cytoscape, graph);

// A first layout, of a made-up graph, while nobody waits: the next one (the
// user's) then runs optimised code.
setTimeout(() => {
  const nodes = Array.from({ length: 40 }, (_, i) => ({ id: `n${i}`, size: 12 + (i % 9) * 3 }));
  const edges = nodes
    .flatMap((n, i) => [
      { source: n.id, target: `n${(i + 1) % 40}` },
      { source: n.id, target: `n${(i * 7 + 3) % 40}` },
    ])
    .filter((e) => e.source !== e.target);
  layout({ nodes, edges, options: { randomize: false, numIter: 800 } });
}, 0);

serve(Layout, {
  layout: (graph) => ({ positions: layout(graph) }),
});
