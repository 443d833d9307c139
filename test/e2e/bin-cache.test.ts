// bin/crewtel's V8 code cache: written per user and command, never required, and a
// damaged cache file does not break a run.
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, crewtel } from '../helpers/cli.js';

describe('code cache', () => {
  it('is written under XDG_CACHE_HOME, and a damaged one is rejected and rewritten', () => {
    const home = mkdtempSync(join(tmpdir(), 'crewtel-cache-'));
    const first = crewtel(['rules', '--format', 'json'], { env: { XDG_CACHE_HOME: home } });
    expect(first.code).toBe(0);
    const dir = join(home, 'crewtel');
    const files = readdirSync(dir).filter((f) => /-rules(-json)?\.v8cache$/.test(f));
    expect(files).toHaveLength(1);
    writeFileSync(join(dir, files[0]), 'not a v8 cache');
    const again = crewtel(['rules', '--format', 'json'], { env: { XDG_CACHE_HOME: home } });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual(JSON.parse(first.stdout));
  });

  it('a run that writes its cache keeps the three builds written last and removes older ones', () => {
    const home = mkdtempSync(join(tmpdir(), 'crewtel-cache-prune-'));
    const dir = join(home, 'crewtel');
    mkdirSync(dir, { mode: 0o700 });
    const build = (i: number) => String(i).repeat(24);
    const now = Date.now() / 1000;
    // four earlier builds, build 1 the oldest; a writer's leftover; a file that is not a cache
    for (let i = 1; i <= 4; i++) {
      for (const name of [`${build(i)}-audit-json.v8cache`, `${build(i)}-rules.v8cache`]) {
        writeFileSync(join(dir, name), 'x', { mode: 0o600 });
        utimesSync(join(dir, name), now - 86400 * (10 - i), now - 86400 * (10 - i));
      }
    }
    writeFileSync(join(dir, `${build(9)}-rules.v8cache.123.tmp`), 'x', { mode: 0o600 });
    utimesSync(join(dir, `${build(9)}-rules.v8cache.123.tmp`), now - 7200, now - 7200);
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    expect(crewtel(['rules'], { env: { XDG_CACHE_HOME: home } }).code).toBe(0);
    const left = readdirSync(dir).sort();
    expect(left.filter((f) => f.startsWith(build(1)))).toEqual([]);
    for (const i of [2, 3, 4]) expect(left.filter((f) => f.startsWith(build(i)))).toHaveLength(2);
    expect(left.some((f) => f.endsWith('.tmp'))).toBe(false);
    expect(left).toContain('notes.txt');
    // and this build's own cache is there
    expect(left.filter((f) => /^[0-9a-f]{24}-rules\.v8cache$/.test(f) && ![2, 3, 4].some((i) => f.startsWith(build(i))))).toHaveLength(1);
  });

  it('CREWTEL_NO_CACHE=1 writes nothing', () => {
    const home = mkdtempSync(join(tmpdir(), 'crewtel-nocache-'));
    expect(crewtel(['--version'], { env: { XDG_CACHE_HOME: home, CREWTEL_NO_CACHE: '1' } }).code).toBe(0);
    expect(existsSync(join(home, 'crewtel'))).toBe(false);
  });

  const cacheFile = (home: string) => {
    const dir = join(home, 'crewtel');
    return join(dir, readdirSync(dir).find((f) => /-rules(-json)?\.v8cache$/.test(f))!);
  };

  it('a cache damaged past its header is caught by its checksum (no V8 abort) and rewritten', () => {
    const home = mkdtempSync(join(tmpdir(), 'crewtel-cache-'));
    const first = crewtel(['rules', '--format', 'json'], { env: { XDG_CACHE_HOME: home } });
    const path = cacheFile(home);
    const bytes = readFileSync(path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(home, 'crewtel')).mode & 0o777).toBe(0o700);
    for (let i = 200; i < bytes.length; i += 97) bytes[i] ^= 0x5a;
    writeFileSync(path, bytes, { mode: 0o600 });
    const again = crewtel(['rules', '--format', 'json'], { env: { XDG_CACHE_HOME: home } });
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(first.stdout);
    expect(readFileSync(path).equals(bytes)).toBe(false);
  });

  it('a FIFO at the cache path, a folder others can write, a relative XDG_CACHE_HOME: no cache, no hang', () => {
    const home = mkdtempSync(join(tmpdir(), 'crewtel-cache-'));
    crewtel(['rules'], { env: { XDG_CACHE_HOME: home } });
    const path = cacheFile(home);
    rmSync(path);
    expect(spawnSync('mkfifo', ['-m', '600', path]).status).toBe(0);
    expect(crewtel(['rules'], { env: { XDG_CACHE_HOME: home } }).code).toBe(0);

    const open = mkdtempSync(join(tmpdir(), 'crewtel-cache-'));
    mkdirSync(join(open, 'crewtel'));
    chmodSync(join(open, 'crewtel'), 0o777);
    expect(crewtel(['rules'], { env: { XDG_CACHE_HOME: open } }).code).toBe(0);
    expect(readdirSync(join(open, 'crewtel'))).toEqual([]);

    const project = mkdtempSync(join(tmpdir(), 'crewtel-proj-'));
    const fakeHome = mkdtempSync(join(tmpdir(), 'crewtel-home-'));
    expect(crewtel(['rules'], { cwd: project, env: { XDG_CACHE_HOME: 'rel-cache', HOME: fakeHome } }).code).toBe(0);
    expect(readdirSync(project)).toEqual([]);
    expect(crewtel(['rules'], { env: { XDG_CACHE_HOME: '', HOME: '/proc/self' } }).code).toBe(0);
  });

  it('gives up instead of hanging when HOME is under /proc (a pseudo file system)', () => {
    // spawnSync's timeout only stops a hang from blocking the suite; a run takes well under a second
    for (const home of ['/proc', '/proc/self']) {
      const r = spawnSync(process.execPath, [BIN, '--version'], { env: { ...cleanEnv(), HOME: home, XDG_CACHE_HOME: '' }, encoding: 'utf8', timeout: 60_000 });
      expect(r.signal).toBeNull();
      expect(r.status).toBe(0);
    }
  });

  it('a missing bundle is an internal error with exit 2, never 1 (which CI and pre-commit read as findings)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crewtel-nobundle-'));
    mkdirSync(join(dir, 'bin'));
    copyFileSync(BIN, join(dir, 'bin', 'crewtel'));
    copyFileSync(join(dirname(BIN), 'package.json'), join(dir, 'bin', 'package.json'));
    writeFileSync(join(dir, 'package.json'), '{"type": "module"}');
    const r = spawnSync(process.execPath, [join(dir, 'bin', 'crewtel'), 'audit', '.'], { env: cleanEnv(), encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/internal error: .*crewtel\.cjs is missing/);
  });
});
