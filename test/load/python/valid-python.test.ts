// Valid Python is never reported as broken: every .py file that CPython parses (the
// shared tool python-roles.py says which) gets no syntax diagnostic from crewtel's
// parser. Over ../shared/corpus (in CI), and over CrewAI's own source when a mirror of
// it is on this machine (CREWAI_MIRROR, default /work/.mirror/crewAIInc+crewAI/repo).
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePython } from '../../../src/load/python/index.js';

const SHARED = resolve(__dirname, '../../../../shared');
const ROLES_TOOL = join(SHARED, 'tools/python-roles.py');
const CORPUS = join(SHARED, 'corpus');
const MIRROR = process.env.CREWAI_MIRROR ?? '/work/.mirror/crewAIInc+crewAI/repo';
const CREWAI_TAG = '1.15.17';
const hasPython = spawnSync('python3', ['--version']).status === 0;

const run = promisify(execFile);

/**
 * The files CPython parses under root, with crewtel's syntax diagnostics for each. Asynchronous, and
 * yielding between files: a worker that blocks for a minute misses vitest's RPC deadline and fails the run.
 */
async function falseErrors(root: string): Promise<{ files: number; errors: string[] }> {
  const truth = JSON.parse((await run('python3', [ROLES_TOOL, root], { encoding: 'utf8', maxBuffer: 1 << 28 })).stdout) as { parses: string[] };
  const errors: string[] = [];
  for (const [i, rel] of truth.parses.entries()) {
    if (i % 10 === 0) await new Promise((r) => setImmediate(r));
    const text = readFileSync(join(root, rel), 'utf8');
    const f = parsePython(rel, text);
    for (const d of f.diagnostics) errors.push(`${rel}:${d.line}:${d.column} ${d.message}`);
  }
  return { files: truth.parses.length, errors };
}

/** The .py files of a tag, written under dir (a mirror may lack large binaries, so no `git archive`). */
function extractPython(gitDir: string, tag: string, dir: string): void {
  const listing = execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '-z', tag], { maxBuffer: 1 << 28 }).toString('utf8');
  const files = listing
    .split('\0')
    .map((line) => /^\d+ blob ([0-9a-f]+)\t(.*\.py)$/.exec(line))
    .filter((m): m is RegExpExecArray => Boolean(m));
  const out = execFileSync('git', ['--git-dir', gitDir, 'cat-file', '--batch'], { input: files.map((m) => m[1]).join('\n') + '\n', maxBuffer: 1 << 30 });
  let at = 0;
  for (const m of files) {
    const header = out.subarray(at, out.indexOf(10, at)).toString('utf8');
    const size = Number(header.split(' ')[2]);
    const start = out.indexOf(10, at) + 1;
    const target = join(dir, m[2]);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, out.subarray(start, start + size));
    at = start + size + 1;
  }
}

describe.skipIf(!hasPython || !existsSync(ROLES_TOOL) || !existsSync(CORPUS))('valid Python in ../shared/corpus', () => {
  it('no syntax error on any file CPython parses', async () => {
    const { files, errors } = await falseErrors(CORPUS);
    expect(files).toBeGreaterThan(100);
    expect(errors).toEqual([]);
  }, 900_000);
});

describe.skipIf(!hasPython || !existsSync(ROLES_TOOL) || !existsSync(MIRROR))(`valid Python in CrewAI ${CREWAI_TAG}'s own source`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'crewtel-crewai-src-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('no syntax error on any file CPython parses', async () => {
    extractPython(MIRROR, CREWAI_TAG, dir);
    const { files, errors } = await falseErrors(dir);
    expect(files).toBeGreaterThan(1200);
    expect(errors).toEqual([]);
    // ~1,300 files, 15 MB: minutes on a loaded machine; this is not a speed test
  }, 900_000);
});
