// The messages between the page and its workers, declared once. Each worker
// answers the requests listed for it here; rpc.js carries them (one client,
// one dispatcher) and refuses a type that is not declared, so adding a
// request is: a line here, a handler in the worker's table, a call through
// its client.
//
// On the wire (rpc.js):
//   request   {id, type, params}
//   progress  {id, progress}                  any number, before the reply
//   reply     {id, ok: true, result}
//   failure   {id, ok: false, error: {name, code, message}}

/**
 * The coordinating worker (worker.js).
 *   init     {workers?} -> {workers}
 *            starts the module and the pool of annotators (workers: its
 *            size; default one per core)
 *   analyze  {files: [{name, bytes: ArrayBuffer}], corrections?} (the buffers
 *            transferred; corrections: the project's list, applied by the core)
 *            -> progress {phase, done, total, documents?, slice?, part?} (Phase
 *               below; documents: [{name, error}] once, as annotating starts;
 *               slice: [first, count] as each slice is annotated; part, while
 *               linking: 'names', 'quotes' (done counts articles, after one
 *               step for names) or 'links')
 *            -> {json, pieces}: json, a Blob of the analyze JSON exactly as
 *               the core wrote it; pieces, the same JSON in parts the page
 *               parses one a task: [{path: [key] or [key, subkey], append,
 *               bytes}], bytes a UTF-8 Uint8Array (transferred), append true
 *               when it extends the list before it (documents a few dozen a
 *               piece, other lists a few thousand)
 *   correct  {corrections} -> {changes, ms}: the last analysed batch with this
 *            list of corrections in place of its own (the whole list: an undo
 *            is the list without its last entry); only the stages it touches
 *            run again. changes: the JSON text of what changed (AnalysedBatch
 *            .correct in presslens.mjs: indices, documents, and the cross-batch
 *            keys that changed, and "corrections", each correction's outcome);
 *            ms: how long the core took, the JSON included
 *   json     {} -> {json}: the last batch's whole analyze JSON, as corrected
 *            (a Blob of the core's bytes), for Export JSON after a correction
 *   search   {query, context?, limit?} -> {query, total, matched, hits, facets}:
 *            keyword in context over the last analysed batch (SEARCH_DEFAULTS
 *            apply); the query may carry filters (type:, article:, outlet:, date:)
 *   graph    {format: 'graphml'|'gexf'|'json'} -> {text}: the last batch's
 *            co-occurrence graph in that format (the core's export)
 *   links    {source, target} -> {source, target, sentences: [{document, start, end}]}:
 *            every sentence of the last batch naming both graph nodes
 *   ready    {} -> {}: once the module and every annotator are instantiated
 *            and warmed up (or warming stopped because work arrived)
 *   readProject   {file: Blob} -> {name, created, modified, view, corrections,
 *            notes, files: [{name, size, blob: Blob}]}: a project file
 *            (.presslens) read and checked by
 *            project-format.js; one this version cannot open fails with code
 *            'invalid_project' and a message that says why
 *   writeProject  {project: {name, created, modified, corrections, notes,
 *            view}, files: [{name, blob: Blob}]} -> {file: Blob}: the project
 *            file, the files in the order given
 */
export const Coordinator = requests('coordinator', [
  'init',
  'analyze',
  'correct',
  'json',
  'search',
  'graph',
  'links',
  'ready',
  'readProject',
  'writeProject',
]);

/**
 * An annotator of the pool (annotator.js), started by the coordinator.
 *   init      {assets: {wasmBinary, icuData, nerModel}} -> {}
 *   annotate  {inputs} -> {annotations}: the core's second stage; both are the
 *             core's JSON text, passed on unparsed
 *   ready     {} -> {}: once the module is instantiated and warmed up
 */
export const Annotator = requests('annotator', ['init', 'annotate', 'ready']);

/**
 * The network's layout worker (network-layout.js).
 *   layout  {nodes: [{id, size}], edges: [{source, target}], options}
 *           -> {positions: {nodeId: {x, y}}} (options: cose's numeric settings)
 */
export const Layout = requests('layout', ['layout']);

/** The steps an analysis reports, in order ('reading' and 'parsing' are the page's own). */
export const Phase = Object.freeze({
  READING: 'reading',
  CLEANING: 'cleaning',
  ANNOTATING: 'annotating',
  LINKING: 'linking',
  WRITING: 'writing',
  SENDING: 'sending',
  PARSING: 'parsing',
});

/**
 * The page's own error codes; a failure from the core keeps the core's code
 * (invalid_argument, icu_failure, out_of_memory, ...).
 */
export const ErrorCode = Object.freeze({
  CANCELLED: 'cancelled', // Cancel, or a newer batch replaced this one
  WORKER: 'worker', // a worker could not start or stopped
  USAGE: 'usage', // a request the worker does not answer, or out of order
  ASSET_MISSING: 'asset_missing', // a file of the module could not be fetched
  BROWSER_UNSUPPORTED: 'browser_unsupported', // the browser lacks what the module needs (WebAssembly SIMD)
  INTERNAL: 'internal', // anything unexpected
});

/** What the Search view asks for: characters of context either side, and hits shown at most. */
export const SEARCH_DEFAULTS = Object.freeze({ context: 60, limit: 500 });

function requests(worker, types) {
  return Object.freeze({ worker, types: Object.freeze([...types]) });
}
