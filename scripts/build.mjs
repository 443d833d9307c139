#!/usr/bin/env node
// Builds the shipped CLI: one ESM bundle (dist/cli/main.js) plus chunks that load only
// when a command needs them (the Python parser, the pipeline). Bundling keeps start-up
// fast: Node resolves one file instead of hundreds. Type checking is `tsc --noEmit`.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
rmSync(join(root, 'dist'), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/main.ts'],
  outbase: 'src',
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // prefer packages' ESM builds (jsonc-parser's UMD build does dynamic requires)
  mainFields: ['module', 'main'],
  banner: { js: "import { createRequire as __crewtelRequire } from 'node:module'; const require = __crewtelRequire(import.meta.url);" },
  legalComments: 'linked',
  logLevel: 'warning',
});
