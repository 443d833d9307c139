// node build-variant.mjs OUTDIR [json]: builds /work/main's CLI like scripts/build.mjs into OUTDIR/{bin,dist}
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
const [out, ...flags] = process.argv.slice(2);
const root = '/work/main';
mkdirSync(join(out, 'dist'), { recursive: true });
cpSync(join(root, 'bin'), join(out, 'bin'), { recursive: true });
const plugins = [];
if (flags.includes('json')) plugins.push({ name: 'json-parse', setup(b) {
  b.onLoad({ filter: /metadata\.max\.json\.js$/ }, (a) => { const t = readFileSync(a.path, 'utf8'); const obj = t.slice(t.indexOf('export default ') + 15).trim().replace(/;$/, ''); JSON.parse(obj); return { contents: `export default JSON.parse(${JSON.stringify(obj)})`, loader: 'js' }; });
  b.onLoad({ filter: /\.json$/ }, (a) => { const t = readFileSync(a.path, 'utf8'); JSON.parse(t); return { contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(t)))})`, loader: 'js' }; });
} });
await build({ absWorkingDir: root, bundle: true, format: 'cjs', platform: 'node', target: 'node20', mainFields: ['module', 'main'], alias: { 'web-tree-sitter': './node_modules/web-tree-sitter/web-tree-sitter.cjs' }, legalComments: 'linked', logLevel: 'error', minifyWhitespace: true, minifySyntax: true, entryPoints: ['src/cli/main.ts'], outfile: join(out, 'dist/crewtel.cjs'), plugins });
for (const f of ['parse-worker.cjs', 'web-tree-sitter.wasm', 'tree-sitter-python.wasm']) copyFileSync(join(root, 'dist', f), join(out, 'dist', f));
