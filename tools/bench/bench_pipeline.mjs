#!/usr/bin/env node
// The whole pipeline's speed on real articles, natively and as wasm, beside
// compromise (the JavaScript NLP library: tagging and its people, places and
// organisations) on the same texts, in the same run:
//
//   node tools/bench/bench_pipeline.mjs [--count 1000] [--copies 60] [--rounds 3]
//        [--native build/release/presslens] [--wasm build/wasm] [--no-compromise]
//        [--linking]
//
// The corpus is read at run time from ../shared/data (tools/bench/corpus.mjs:
// PolNeAR, then WCXB pages, with syndicated copies); nothing is committed.
// Prints each engine's best CPU time of the rounds (the machine is shared:
// wall time is printed too, but CPU time is the figure to compare), words
// per CPU second, and the ratios. Words are runs of non-space characters,
// counted once for all.
// Native: `presslens analyze FILE...` as a user runs it (one process, one
// thread; reading, cleaning, names, quotes, linking and the JSON), timed
// with /usr/bin/time (wall, CPU, peak memory). Wasm: the node build's
// analyze() on the same files in this process, after a warm-up batch (as
// the page's workers warm up before a drop). Compromise: nlp(text) and its
// people(), places() and organizations() for each article.
// --linking also times the third stage (linking across the articles) in the
// wasm build on the first quarter, half and all of the corpus, part by part
// (who is who; each article's quotes; the cross-index), to show its growth.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { corpusAvailable, dataDir, realCorpus, wordCount } from './corpus.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : args[at + 1];
};
const count = Number(option('--count', 1000));
const copies = Number(option('--copies', 60));
const rounds = Number(option('--rounds', 3));
const nativeCli = path.resolve(option('--native', 'build/release/presslens'));
const wasmBuild = path.resolve(option('--wasm', 'build/wasm'));
const withCompromise = !args.includes('--no-compromise');
const withLinking = args.includes('--linking');

if (!corpusAvailable()) {
  console.error(`no PolNeAR data in ${dataDir} (set PRESSLENS_DATA_DIR)`);
  process.exit(2);
}
const corpus = realCorpus({ count, copies });
const words = corpus.reduce((n, a) => n + wordCount(a.text), 0);
const bytes = corpus.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
console.log(
  `corpus: ${corpus.length} articles (${copies} syndicated copies), ${(bytes / 1e6).toFixed(2)} MB, ${words.toLocaleString('en')} words, from ${dataDir}`,
);

const results = {};
const report = (name, { cpu, wall }, extra = '') => {
  results[name] = cpu;
  console.log(
    `${name.padEnd(11)} CPU ${cpu.toFixed(2).padStart(7)} s (wall ${wall.toFixed(2)} s)  ${Math.round(words / cpu)
      .toLocaleString('en')
      .padStart(10)} words/s${extra}`,
  );
};
// CPU seconds (user + system) of this process while `work` runs, and wall seconds.
function timed(work) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  work();
  const cpu = process.cpuUsage(cpu0);
  return { cpu: (cpu.user + cpu.system) / 1e6, wall: (performance.now() - t0) / 1000 };
}
const best = (a, b) => (!a || b.cpu < a.cpu ? b : a);

// --- native
const dir = mkdtempSync(path.join(tmpdir(), 'presslens-bench-'));
try {
  const files = corpus.map((a, i) => {
    const file = path.join(dir, `${String(i).padStart(4, '0')}_${a.name.replace(/[^\w.-]/g, '_')}`);
    writeFileSync(file, a.text);
    return file;
  });
  let fastest = null;
  for (let r = 0; r < rounds; r++) {
    const run = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', nativeCli, 'analyze', ...files], {
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 1 << 26,
    });
    const line = run.stderr.toString().trim().split('\n').at(-1);
    const [wall, user, sys, rss] = line.split(' ').map(Number);
    if (run.status !== 0 || !Number.isFinite(wall)) {
      console.error(`native run failed (${run.status}): ${run.stderr.toString().slice(-400)}`);
      process.exit(1);
    }
    if (!fastest || user + sys < fastest.cpu) fastest = { wall, cpu: user + sys, rss };
  }
  report('native', fastest, `  (peak ${Math.round(fastest.rss / 1024)} MB)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// --- wasm
{
  const require = createRequire(import.meta.url);
  const { createPresslens } = await import(path.join(wasmBuild, 'node/presslens.mjs'));
  const factory = require(path.join(wasmBuild, 'node/presslens_core_node.js'));
  const web = path.join(wasmBuild, 'web');
  let module;
  const presslens = await createPresslens({
    factory: async (options) => (module = await factory(options)),
    wasmBinary: readFileSync(path.join(wasmBuild, 'node/presslens_core_node.wasm')),
    icuData: readFileSync(
      path.join(
        web,
        readdirSync(web).find((f) => /^icudt\d+l\.dat$/.test(f)),
      ),
    ),
    nerModel: readFileSync(path.join(web, 'ner.bin')),
  });
  const files = () => corpus.map((a) => ({ name: a.name, bytes: Buffer.from(a.text) }));
  presslens.analyze(files().slice(0, 20)); // warm-up
  let fastest = null;
  for (let r = 0; r < rounds; r++) {
    const input = files();
    fastest = best(
      fastest,
      timed(() => presslens.analyze(input)),
    );
  }
  report('wasm', fastest, `  (heap ${Math.round(module.HEAP8.length / 1048576)} MB)`);

  if (withLinking) {
    for (const share of [0.25, 0.5, 1]) {
      const input = files().slice(0, Math.round(corpus.length * share));
      const prepared = presslens.prepare(input);
      const n = prepared.documents.length;
      prepared.applyAnnotations(0, n, presslens.annotate(prepared.annotationInputs(0, n)));
      const parts = { names: 0, quotes: 0, links: 0 };
      let next = 'names'; // what the coming step does
      let step;
      do {
        const time = timed(() => (step = prepared.finishStep(1)));
        parts[next] += time.cpu;
        next = step.part;
      } while (!step.batch);
      step.batch.delete();
      prepared.delete();
      const total = Object.values(parts).reduce((a, b) => a + b, 0);
      console.log(
        `linking ${String(n).padStart(5)} articles: CPU ${total.toFixed(2)} s (who is who ${parts.names.toFixed(2)} s, quotes ${parts.quotes.toFixed(2)} s, the cross-index ${parts.links.toFixed(2)} s)`,
      );
    }
  }
}

// --- compromise
if (withCompromise) {
  const nlp = (await import('compromise')).default;
  const run = (list) => {
    let names = 0;
    for (const { text } of list) {
      const doc = nlp(text);
      names += doc.people().out('array').length + doc.places().out('array').length;
      names += doc.organizations().out('array').length;
    }
    return names;
  };
  run(corpus.slice(0, 20)); // warm-up
  let fastest = null;
  let names = 0;
  for (let r = 0; r < rounds; r++)
    fastest = best(
      fastest,
      timed(() => (names = run(corpus))),
    );
  const version = JSON.parse(
    readFileSync(new URL('../../node_modules/compromise/package.json', import.meta.url)),
  ).version;
  report('compromise', fastest, `  (compromise ${version}; ${names.toLocaleString('en')} names)`);
  console.log(
    `ratio (words per CPU second): native ${(results.compromise / results.native).toFixed(1)}x compromise's, wasm ${(results.compromise / results.wasm).toFixed(1)}x`,
  );
}
