// A large report is written as it is made, never held: into a pipe whose reader is slow (the
// pipe fills, crewtel waits for it instead of queueing the rest in memory) and with -o FILE
// (held up to a megabyte, then written as it comes). Both must give exactly what a redirect gives.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, closeSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JS generator shared with the benchmark
import { writeMonorepo } from '../../scripts/bench-trees.mjs';
import { BIN, cleanEnv, REPO } from '../helpers/cli.js';

let dir: string;
let tree: string;
const args = () => [BIN, 'audit', tree, '--format', 'json', '--fail-on', 'never'];
const env = cleanEnv({ CREWTEL_NO_CACHE: '1' });

/** The report as a plain redirect into a file writes it. */
function redirected(): string {
  const out = join(dir, 'redirected.json');
  const fd = openSync(out, 'w');
  try {
    expect(spawnSync(process.execPath, args(), { cwd: REPO, env, stdio: ['ignore', fd, 'pipe'] }).status).toBe(0);
  } finally {
    closeSync(fd);
  }
  return readFileSync(out, 'utf8');
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'crewtel-large-output-'));
  tree = join(dir, 'mono');
  // ~1.5 MB of JSON: more than a pipe holds and more than -o holds before it writes
  writeMonorepo(tree, 450);
});

describe('a large report', () => {
  it('reaches a slow reader through a pipe complete and in order', async () => {
    const expected = redirected();
    expect(expected.length).toBeGreaterThan(1 << 20);
    const child = spawn(process.execPath, args(), { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
    // read nothing for a while: the pipe fills and crewtel has to wait for it
    child.stdout.pause();
    await new Promise((done) => setTimeout(done, 1500));
    const parts: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => parts.push(b));
    child.stdout.resume();
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(code).toBe(0);
    expect(Buffer.concat(parts).toString('utf8')).toBe(expected);
  }, 60_000);

  it('is written with -o exactly as to stdout', () => {
    const expected = redirected();
    const out = join(dir, 'out.json');
    expect(spawnSync(process.execPath, [...args(), '-o', out], { cwd: REPO, env }).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(expected);
  }, 60_000);

  it('-o replaces the file only once the report is complete: a run that dies half-way leaves the old one', () => {
    const expected = redirected();
    const out = join(dir, 'kept', 'out.json');
    mkdirSync(join(dir, 'kept'));
    writeFileSync(out, 'the previous report\n');
    // a file-size limit between what -o holds in memory (1 MB) and the whole report: the kernel stops the run
    const cut = spawnSync('bash', ['-c', `ulimit -f 1200; exec "${process.execPath}" "$@"`, 'bash', ...args(), '-o', out], { cwd: REPO, env });
    expect(cut.status).not.toBe(0);
    expect(readFileSync(out, 'utf8')).toBe('the previous report\n');
    // a complete run puts the whole report there, and leaves no temporary file beside it
    expect(spawnSync(process.execPath, [...args(), '-o', out], { cwd: REPO, env }).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(expected);
    expect(readdirSync(join(dir, 'kept')).filter((f) => f.endsWith('.crewtel-tmp') && !f.includes(String(cut.pid)))).toEqual([]);
  }, 60_000);

  it('-o through a symbolic link writes the file it points to and keeps the link', () => {
    const expected = redirected();
    const target = join(dir, 'target.json');
    const link = join(dir, 'link.json');
    writeFileSync(target, '');
    symlinkSync(target, link);
    expect(spawnSync(process.execPath, [...args(), '-o', link], { cwd: REPO, env }).status).toBe(0);
    expect(readlinkSync(link)).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe(expected);
  }, 60_000);

  it('-o into a missing folder is still a usage error (exit 2) that names the file', () => {
    const r = spawnSync(process.execPath, [...args(), '-o', join(dir, 'missing', 'out.json')], { cwd: REPO, env, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/-o .*missing\/out\.json: cannot write: the folder does not exist/);
  }, 60_000);
});
