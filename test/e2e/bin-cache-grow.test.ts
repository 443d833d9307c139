// The code cache follows what a command really compiles: primed by `audit --help` (which
// compiles almost nothing of audit), it is written again after the first real audit (one
// cache per command and output format: the help run names the format too).
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crewtel, FIXTURES } from '../helpers/cli.js';

describe('code cache coverage', () => {
  it('is rewritten when a run initialises more of the bundle than the run that wrote it (--help), and then left alone (accepted by V8)', () => {
    const home = mkdtempSync(join(tmpdir(), 'crewtel-cache-grow-'));
    const env = { XDG_CACHE_HOME: home };
    const cache = () => {
      const dir = join(home, 'crewtel');
      const files = readdirSync(dir).filter((f) => f.endsWith('-audit-json.v8cache'));
      expect(files).toHaveLength(1);
      return statSync(join(dir, files[0]));
    };
    const size = () => cache().size;
    expect(crewtel(['audit', '--format', 'json', '--help'], { env }).code).toBe(0);
    const afterHelp = size();
    const first = crewtel(['audit', join(FIXTURES, 'example-crew'), '--format', 'json', '--fail-on', 'never'], { env });
    expect(first.code).toBe(0);
    const afterAudit = size();
    expect(afterAudit).toBeGreaterThan(afterHelp * 2);
    // a rewrite is a rename onto the cache: same inode means V8 accepted the cache and it was left alone
    // (a flag changed at run time, e.g. for WebAssembly tiering, would make V8 reject it every time)
    const written = cache().ino;
    const again = crewtel(['audit', join(FIXTURES, 'example-crew'), '--format', 'json', '--fail-on', 'never'], { env });
    expect(again.stdout).toBe(first.stdout);
    expect(size()).toBe(afterAudit);
    expect(cache().ino).toBe(written);
  });

  it('a cache a large run wrote (marked so in its header) is replaced by the next small run, which is then left alone', () => {
    const home = mkdtempSync(join(tmpdir(), 'crewtel-cache-large-'));
    const env = { XDG_CACHE_HOME: home };
    const args = ['audit', join(FIXTURES, 'example-crew'), '--format', 'json', '--fail-on', 'never'];
    expect(crewtel(args, { env }).code).toBe(0);
    const dir = join(home, 'crewtel');
    const path = join(dir, readdirSync(dir).find((f) => f.endsWith('-audit-json.v8cache'))!);
    // the same cache, its header marked as a large run's: [sha256][ "ctc2", modules | 1<<31 ][V8 data]
    const body = readFileSync(path).subarray(32);
    expect(body.readUInt32LE(4) & 0x80000000).toBe(0);
    body.writeUInt32LE((body.readUInt32LE(4) | 0x80000000) >>> 0, 4);
    writeFileSync(path, Buffer.concat([createHash('sha256').update(body).digest(), body]), { mode: 0o600 });
    const marked = statSync(path).ino;
    expect(crewtel(args, { env }).code).toBe(0);
    const replaced = statSync(path).ino;
    expect(replaced).not.toBe(marked);
    expect(readFileSync(path).subarray(32).readUInt32LE(4) & 0x80000000).toBe(0);
    expect(crewtel(args, { env }).code).toBe(0);
    expect(statSync(path).ino).toBe(replaced);
  });
});
