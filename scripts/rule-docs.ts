// Writes docs/rules/<id>.md and docs/rules/README.md from the rule data
// (src/rules/explain.ts). Run: npm run docs:rules. test/rules/docs.test.ts fails when the
// committed files differ from what this writes.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleDocFiles } from '../src/report/rules/files.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'docs/rules');
rmSync(dir, { recursive: true, force: true });
const files = ruleDocFiles();
for (const [path, text] of files) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}
console.log(`wrote ${files.size} files under docs/rules (${readdirSync(dir).length} entries at the top)`);
