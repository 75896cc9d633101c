// The analysed batch, indexed for the views: documents by name, clusters by
// id, every mention of a cluster, quotes grouped by speaker. Built once per
// batch; the views only read it. Every key of the analyze JSON is there
// (docs/output.md); an empty list means none.

export const docHref = (doc, span) =>
  `#reader/${encodeURIComponent(doc.name)}` + (span ? `/${span.start}-${span.end}` : '');
export const clusterHref = (id) => `#entity/${encodeURIComponent(id)}`;

const idNumber = (id) => Number(id.slice(1));
const edgeKey = (e) => (e.source < e.target ? `${e.source} ${e.target}` : `${e.target} ${e.source}`);

/**
 * Applies what the worker's correct() answered to `batch` (the parsed
 * analyze JSON), in place: the documents that changed (a whole document,
 * or its stage-3 keys), the clusters and graph nodes and edges set or
 * removed, and the other keys that changed whole (protocol.js, correct).
 */
export function applyChanges(batch, changes) {
  changes.indices.forEach((index, i) => Object.assign(batch.documents[index], changes.documents[i]));
  if (changes.clusters) {
    const byId = new Map(batch.clusters.map((c) => [c.id, c]));
    for (const id of changes.clusters.removed) byId.delete(id);
    for (const c of changes.clusters.set) byId.set(c.id, c);
    batch.clusters = [...byId.values()].sort((a, b) => idNumber(a.id) - idNumber(b.id));
  }
  if (changes.graph) {
    const g = changes.graph;
    const nodes = new Map(batch.graph.nodes.map((n) => [n.id, n]));
    for (const id of g.removed_nodes) nodes.delete(id);
    for (const n of g.nodes) nodes.set(n.id, n);
    const edges = new Map(batch.graph.edges.map((e) => [edgeKey(e), e]));
    for (const [a, b] of g.removed_edges) edges.delete(`${a} ${b}`);
    for (const e of g.edges) edges.set(edgeKey(e), e);
    batch.graph = {
      nodes: [...nodes.values()],
      // As the core orders them: most shared sentences, then most articles.
      edges: [...edges.values()].sort((a, b) => b.sentences - a.sentences || b.documents - a.documents),
    };
  }
  for (const key of ['passages', 'claims', 'keyphrases', 'timeline', 'stories', 'corrections']) {
    if (key in changes) batch[key] = changes[key];
  }
}

function removedShare(blocks) {
  let removed = 0;
  let removedChars = 0;
  let chars = 0;
  for (const block of blocks) {
    chars += block.text.length;
    if (!block.kept) {
      removed++;
      removedChars += block.text.length;
    }
  }
  return { removed, blocks: blocks.length, share: chars ? removedChars / chars : 0 };
}

export class Model {
  constructor(batch, json) {
    this.batch = batch;
    this.json = json; // exactly what the core returned, for "Export JSON"
    this.documents = batch.documents;
    this.documents.forEach((doc, index) => (doc.index = index));
    this.byName = new Map(this.documents.map((d) => [d.name, d]));
    this.failed = this.documents.filter((d) => d.error);
    this.clusters = batch.clusters;
    this.clusterById = new Map(this.clusters.map((c) => [c.id, c]));
    this.#indexMentionsAndQuotes();
    this.graph = batch.graph;
    // Syndicated copies are one story each; the passages between copies of
    // one story are told by the story, not pair by pair.
    this.stories = batch.stories ?? [];
    const storyOf = new Map();
    this.stories.forEach((story, i) => story.documents.forEach((m) => storyOf.set(m.document, i)));
    const sameStory = (p) =>
      storyOf.has(p.a?.document) &&
      storyOf.get(p.a?.document) === storyOf.get(p.b?.document) &&
      p.a.document !== p.b.document;
    this.passages = batch.passages.filter((p) => !sameStory(p));
    this.storyPassages = batch.passages.length - this.passages.length;
    // Figures given by more than one passage: the ones worth comparing.
    this.figures = batch.claims.filter((group) => group.claims.length > 1);
    this.keyphrases = batch.keyphrases;
    this.timeline = batch.timeline;
  }

  #indexMentionsAndQuotes() {
    this.mentions = new Map(); // cluster id -> [{doc, entity}]
    this.speakers = new Map(); // speaker key -> {key, name, cluster, quotes: [{doc, quote}]}
    this.quoteCount = 0;
    for (const doc of this.documents) {
      doc.stats = removedShare(doc.blocks);
      for (const entity of doc.entities) {
        const id = entity.cluster;
        if (!id) continue;
        let list = this.mentions.get(id);
        if (!list) this.mentions.set(id, (list = []));
        list.push({ doc, entity });
      }
      for (const quote of doc.quotes) {
        this.quoteCount++;
        const key = quote.speaker_cluster ?? (quote.speaker ? `said:${quote.speaker}` : '');
        let group = this.speakers.get(key);
        if (!group) {
          const cluster = quote.speaker_cluster ? this.clusterById.get(quote.speaker_cluster) : null;
          group = { key, name: cluster?.name ?? quote.speaker ?? null, cluster, quotes: [] };
          this.speakers.set(key, group);
        }
        group.quotes.push({ doc, quote });
      }
    }
  }

  /**
   * The model after a correction: `changes` is what the worker's correct()
   * answered (the documents and keys that changed). The documents are
   * updated in place; the new model indexes them again. Its `json` is null:
   * Export JSON asks the worker for the corrected bytes.
   */
  corrected(changes) {
    applyChanges(this.batch, changes);
    return new Model(this.batch, null);
  }

  /** What became of each correction ([{index, op, status, message}]; empty when none). */
  get outcomes() {
    return this.batch.corrections ?? [];
  }

  /** Quotes whose speaker is the cluster `id`. */
  quotesBy(id) {
    return this.speakers.get(id)?.quotes ?? [];
  }

  /** Clusters that share sentences with `id`, strongest first (from the graph). */
  neighbours(id) {
    const out = [];
    for (const edge of this.graph.edges) {
      const other = edge.source === id ? edge.target : edge.target === id ? edge.source : null;
      if (other && this.clusterById.has(other)) out.push({ cluster: this.clusterById.get(other), edge });
    }
    return out.sort((a, b) => b.edge.sentences - a.edge.sentences);
  }
}
