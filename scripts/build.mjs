#!/usr/bin/env node
// Builds the shipped CLI: one CommonJS bundle, dist/crewtel.cjs. Modules a command does
// not need (the pipeline for --help, the Python parser for YAML-only projects) are
// only initialised when imported. bin/crewtel loads the bundle through a V8 code cache
// (see there). Type checking is `tsc --noEmit`, run before this.
import { build } from 'esbuild';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
rmSync(join(root, 'dist'), { recursive: true, force: true });
// Data as JSON.parse of a string instead of an object literal: V8 parses JSON several times
// faster than the same data as JavaScript, and the code cache holds one string instead of the
// literal's boilerplate (libphonenumber's metadata, the telemetry catalog's data files).
const jsonAsString = {
  name: 'json-as-string',
  setup(b) {
    const parsed = (data) => `JSON.parse(${JSON.stringify(JSON.stringify(data))})`;
    b.onLoad({ filter: /\.json$/ }, (a) => ({ contents: `module.exports = ${parsed(JSON.parse(readFileSync(a.path, 'utf8')))}`, loader: 'js' }));
    // libphonenumber-js ships its metadata as `export default {…}` (a .json.js file). It is parsed
    // when libphonenumber first reads it, which is when a text has a phone-shaped run of digits:
    // most small crews have none, and the parse cost 1.5 ms at every start (a getter per
    // top-level key; libphonenumber only reads the keys).
    b.onLoad({ filter: /libphonenumber-js[\\/]metadata\.\w+\.json\.js$/ }, (a) => {
      const text = readFileSync(a.path, 'utf8');
      const at = text.indexOf('export default ');
      if (at < 0) return undefined;
      const data = JSON.parse(text.slice(at + 'export default '.length).trim().replace(/;$/, ''));
      const getters = Object.keys(data).map((k) => `get ${JSON.stringify(k)}() { return data()[${JSON.stringify(k)}]; }`);
      return { contents: `let parsedData; const data = () => (parsedData ??= ${parsed(data)});\nexport default { ${getters.join(', ')} };`, loader: 'js' };
    });
  },
};

// commander requires child_process at load, for executable subcommands crewtel has none of:
// loading it (with net, dgram and the socket bindings it pulls in) cost ~2 ms at every start.
// Its import in commander resolves to a module that loads it on first use.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (a) => (/[\\/]commander[\\/]/.test(a.importer) ? { path: 'lazy-child-process', namespace: 'lazy' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "let m; const load = () => (m ??= require('node:child_process')); module.exports = new Proxy({}, { get: (_, k) => load()[k], has: (_, k) => k in load() });",
      loader: 'js',
    }));
  },
};

// chalk detects colour support for its default instances when it loads (tty, os, environment:
// ~1.5 ms at every start); crewtel only makes its own Chalk with the level it decided
// (cli/io.ts colorWanted), so chalk gets a detector that says "no colour".
const noColorDetection = {
  name: 'no-color-detection',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, (a) => (/[\\/]chalk[\\/]/.test(a.importer) ? { path: 'no-color-detection', namespace: 'no-color' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'no-color' }, () => ({ contents: 'export default { stdout: false, stderr: false };', loader: 'js' }));
  },
};

// options both bundles share: the CLI and the parse pool's worker
const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // prefer packages' ESM builds (jsonc-parser's UMD build does dynamic requires)
  mainFields: ['module', 'main'],
  // web-tree-sitter's ESM build loads itself with import() and import.meta, which a CommonJS
  // bundle run through vm.Script (bin/crewtel) cannot do; its CommonJS build uses require
  alias: { 'web-tree-sitter': './node_modules/web-tree-sitter/web-tree-sitter.cjs' },
  legalComments: 'linked',
  // a smaller bundle reads, hashes and deserialises faster at every start (1.8 MB to ~1.3 MB);
  // identifiers are kept, so stack traces in crash reports stay readable
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  // parse.ts reads import.meta.url only when __dirname is missing (ESM, the sources under vitest)
  logOverride: { 'empty-import-meta': 'silent' },
  plugins: [jsonAsString, lazyChildProcess, noColorDetection],
};
await build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/crewtel.cjs' });
// The bundle is made pure ASCII, so that bin/crewtel reads it as latin1: a copy, where UTF-8
// decoding 1.3 MB cost ~3 ms at every start. esbuild escapes strings but leaves the few regular
// expression literals with non-ASCII characters (CJK cue words) as written; an escape \uXXXX per
// UTF-16 unit means the same there (and in strings, templates and comments).
const cli = join(root, 'dist/crewtel.cjs');
let text = readFileSync(cli, 'utf8');
// Each module's initialiser counts itself (__crewtelInits, read by src/cli/main.ts modulesInitialized):
// bin/crewtel writes its code cache again when a run initialised more modules than the run that wrote it.
const INIT = 'return fn&&(res=';
if (text.split(INIT).length !== 2 || !text.includes('var __esm=')) throw new Error("build: esbuild's module initialiser changed: update the module count in scripts/build.mjs");
// after the "use strict" directive, which must stay the bundle's first statement
const STRICT = '"use strict";';
if (!text.startsWith(STRICT)) throw new Error('build: the bundle no longer starts with "use strict": update scripts/build.mjs');
text = `${STRICT}var __crewtelInits=0;${text.slice(STRICT.length).replace(INIT, 'return fn&&(__crewtelInits++,res=')}`;
for (const raw of text.match(/String\.raw`(?:[^`\\]|\\.)*`/g) ?? []) {
  if (/[^\x00-\x7f]/.test(raw)) throw new Error(`build: a String.raw template with non-ASCII text (escaping would change it): ${raw.slice(0, 80)}`);
}
writeFileSync(cli, text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
// the parse pool's worker (src/load/parallel): loaders only, started for large trees
await build({ ...common, entryPoints: ['src/load/parallel/worker.ts'], outfile: 'dist/parse-worker.cjs' });
// The Python parser's WebAssembly (tree-sitter runtime + grammar) ships beside the bundle,
// which loads it from its own folder: no node_modules at run time, no native build.
for (const wasm of ['web-tree-sitter/web-tree-sitter.wasm', 'tree-sitter-python/tree-sitter-python.wasm']) {
  copyFileSync(join(root, 'node_modules', wasm), join(root, 'dist', wasm.split('/')[1]));
}
