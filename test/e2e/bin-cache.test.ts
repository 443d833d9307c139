// bin/crewtel's V8 code cache: written per user and command, never required, and a
// damaged cache file does not break a run.
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crewtel } from '../helpers/cli.js';

describe('code cache', () => {
  it('is written under XDG_CACHE_HOME, and a damaged one is rejected and rewritten', () => {
    const home = mkdtempSync(join(tmpdir(), 'crewtel-cache-'));
    const first = crewtel(['rules', '--format', 'json'], { env: { XDG_CACHE_HOME: home } });
    expect(first.code).toBe(0);
    const dir = join(home, 'crewtel');
    const files = readdirSync(dir).filter((f) => f.endsWith('-rules.v8cache'));
    expect(files).toHaveLength(1);
    writeFileSync(join(dir, files[0]), 'not a v8 cache');
    const again = crewtel(['rules', '--format', 'json'], { env: { XDG_CACHE_HOME: home } });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual(JSON.parse(first.stdout));
  });

  it('CREWTEL_NO_CACHE=1 writes nothing', () => {
    const home = mkdtempSync(join(tmpdir(), 'crewtel-nocache-'));
    expect(crewtel(['--version'], { env: { XDG_CACHE_HOME: home, CREWTEL_NO_CACHE: '1' } }).code).toBe(0);
    expect(existsSync(join(home, 'crewtel'))).toBe(false);
  });
});
