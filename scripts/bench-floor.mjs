// The floor of the speed benchmark: what any tool reading the same tree with the same
// libraries must at least spend, in one process: crewtel's own file discovery (fast-glob +
// .gitignore), reading every discovered file, and parsing each with the library crewtel
// uses (yaml, jsonc-parser, smol-toml, tree-sitter-python through web-tree-sitter). Nothing is modelled, scanned
// or reported. scripts/bench.mjs bundles this file like the CLI and runs it on each tree.
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { parseTree } from 'jsonc-parser';
import { parse as parseToml } from 'smol-toml';
import { initPythonParser, parsePythonTree } from '../src/load/python/parse.ts';
import { discover } from '../src/discover/index.ts';
import { PY_RELEVANT } from '../src/load/python/relevant.ts';

const read = (f) => {
  try {
    return readFileSync(f, 'utf8');
  } catch {
    return undefined;
  }
};

async function main() {
  const found = await discover(process.argv.slice(2), process.cwd());
  // the grammar is initialised only when there is Python, as crewtel does
  if (found.pythonFiles.length) await initPythonParser();
  let files = 0;
  let bytes = 0;
  let nodes = 0;
  for (const f of found.pythonFiles) {
    const text = read(f);
    if (text === undefined) continue;
    files++;
    bytes += text.length;
    if (PY_RELEVANT.test(text)) nodes += parsePythonTree(text).rootNode.childCount;
  }
  for (const f of [...found.yamlFiles, ...found.jsonFiles]) {
    const text = read(f);
    if (text === undefined) continue;
    files++;
    bytes += text.length;
    if (/\.jsonc?$/i.test(f)) nodes += parseTree(text, [], { allowTrailingComma: true, disallowComments: false })?.length ?? 0;
    else nodes += parseDocument(text, { version: '1.1', uniqueKeys: false, keepSourceTokens: false, prettyErrors: false, strict: false }).errors.length;
  }
  for (const f of found.pyprojectFiles) {
    const text = read(f);
    if (text === undefined) continue;
    files++;
    bytes += text.length;
    try {
      nodes += Object.keys(parseToml(text)).length;
    } catch {
      // a broken pyproject costs its parse all the same
    }
  }
  process.stdout.write(`${JSON.stringify({ files, bytes, nodes })}\n`);
}

void main();
