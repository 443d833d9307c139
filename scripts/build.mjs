#!/usr/bin/env node
// Builds the shipped CLI: one CommonJS bundle, dist/crewtel.cjs. Modules a command does
// not need (the pipeline for --help, the Python parser for YAML-only projects) are
// only initialised when imported. bin/crewtel loads the bundle through a V8 code cache
// (see there). Type checking is `tsc --noEmit`, run before this.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
rmSync(join(root, 'dist'), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/crewtel.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // prefer packages' ESM builds (jsonc-parser's UMD build does dynamic requires)
  mainFields: ['module', 'main'],
  legalComments: 'linked',
  logLevel: 'warning',
});
// the parse pool's worker (src/load/parallel): loaders only, started for large trees
await build({
  absWorkingDir: root,
  entryPoints: ['src/load/parallel/worker.ts'],
  outfile: 'dist/parse-worker.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  mainFields: ['module', 'main'],
  legalComments: 'linked',
  logLevel: 'warning',
});
