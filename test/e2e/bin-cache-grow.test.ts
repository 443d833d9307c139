// The code cache follows what a command really compiles: primed by `audit --help` (which
// compiles almost nothing of audit), it is written again after the first real audit.
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crewtel, FIXTURES } from '../helpers/cli.js';

describe('code cache coverage', () => {
  it('is rewritten when a run compiles clearly more than the run that wrote it, and then left alone', () => {
    const home = mkdtempSync(join(tmpdir(), 'crewtel-cache-grow-'));
    const env = { XDG_CACHE_HOME: home };
    const size = () => {
      const dir = join(home, 'crewtel');
      const files = readdirSync(dir).filter((f) => f.endsWith('-audit.v8cache'));
      expect(files).toHaveLength(1);
      return statSync(join(dir, files[0])).size;
    };
    expect(crewtel(['audit', '--help'], { env }).code).toBe(0);
    const afterHelp = size();
    const first = crewtel(['audit', join(FIXTURES, 'example-crew'), '--format', 'json', '--fail-on', 'never'], { env });
    expect(first.code).toBe(0);
    const afterAudit = size();
    expect(afterAudit).toBeGreaterThan(afterHelp * 2);
    const again = crewtel(['audit', join(FIXTURES, 'example-crew'), '--format', 'json', '--fail-on', 'never'], { env });
    expect(again.stdout).toBe(first.stdout);
    expect(size()).toBe(afterAudit);
  });
});
