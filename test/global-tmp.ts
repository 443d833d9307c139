// One private temporary folder for the whole test run, removed at its end: the tests make
// their fixture trees with mkdtemp(tmpdir()), and the forks (and every crewtel they start)
// inherit TMPDIR, so nothing is left behind in the machine's /tmp.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'crewtel-tests-'));
  // as /tmp is: tests that run crewtel as an unprivileged user must reach their trees
  chmodSync(dir, 0o755);
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
