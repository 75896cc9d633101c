// What a visit to the page downloads (issue 19: at most 3 MB gzip all in,
// before a PDF is dropped; pdf.js is fetched only then): every file of the
// built site compressed as `gzip -9` would, largest first, then the totals
// with and without pdf.js.
//   node tools/bench/site_size.mjs [SITE_DIR]   (default build/wasm/web)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const kBudget = 3 * 1000 * 1000;
const kLazy = 'vendor/pdfjs/'; // loaded by web/pdf-load.js when a PDF is dropped

const site = resolve(process.argv[2] ?? 'build/wasm/web');

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

let list;
try {
  list = [...files(site)].map((path) => {
    const bytes = readFileSync(path);
    const name = relative(site, path).split('\\').join('/');
    return { name, raw: statSync(path).size, gzip: gzipSync(bytes, { level: 9 }).length };
  });
} catch (error) {
  console.error(`site_size: cannot read ${site} (${error.message}); build the wasm preset first`);
  process.exit(1);
}
list.sort((a, b) => b.gzip - a.gzip);

const mb = (n) => (n / 1e6).toFixed(3).padStart(7);
console.log(`site: ${site}`);
console.log('   gzip MB   raw MB  file');
for (const f of list) console.log(`  ${mb(f.gzip)}  ${mb(f.raw)}  ${f.name}`);
const sum = (fs) => fs.reduce((n, f) => n + f.gzip, 0);
const eager = list.filter((f) => !f.name.startsWith(kLazy));
const lazy = list.filter((f) => f.name.startsWith(kLazy) && f.name.endsWith('.mjs'));
const total = sum(eager);
console.log(
  `before a PDF is dropped: ${mb(total)} MB gzip (budget ${mb(kBudget)} MB: ` +
    `${total <= kBudget ? 'within' : 'OVER'})`,
);
console.log(`pdf.js, fetched when a PDF is dropped: ${mb(sum(lazy))} MB gzip`);
