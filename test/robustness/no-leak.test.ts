// Personal data and secrets planted in values, keys, tags, broken lines and references:
// no command, format or flag prints one unmasked (only --show-values may).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crewtel } from '../helpers/cli.js';

const EMAIL = 'zoe.quint@example.org';
const KEY_EMAIL = 'marta.ruiz@example.net';
const SSN = '219-09-9999';
const GHP = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';
const TAG_EMAIL = 'tag.leak@example.com';
const REF_EMAIL = 'ref.leak@example.com';
const BROKEN_EMAIL = 'broken.line@example.com';
const PLANTED = [EMAIL, KEY_EMAIL, SSN, GHP, TAG_EMAIL, REF_EMAIL, BROKEN_EMAIL];

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'crewtel-leak-'));
  const files: Record<string, string> = {
    'crew/config/agents.yaml': `writer:\n  role: Writer\n  goal: Write for ${EMAIL}\n  backstory: SSN ${SSN} token ${GHP}\n  note: !${TAG_EMAIL} x\n"${KEY_EMAIL}":\n  role: R\n  goal: G\n  backstory: B\n  backstory: dup\n`,
    'crew/config/tasks.yaml': `draft:\n  description: Draft\n  expected_output: A draft\n  agent: "${REF_EMAIL}"\n  "${KEY_EMAIL}": 1\n`,
    'other/config/agents.yaml': `a:\n  role: x: ${BROKEN_EMAIL}: y\n  goal: g\n`,
    'other/config/tasks.yaml': `t:\n  description: "${BROKEN_EMAIL}\n  expected_output: e\n`,
  };
  for (const [rel, body] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), body);
  }
  return root;
}

describe('nothing planted gets out unmasked', () => {
  const root = project();
  const runs: string[] = [];
  for (const format of ['table', 'json', 'sarif', 'markdown', 'github']) {
    for (const extra of [[], ['--verbose']]) {
      const out = join(root, `out-${format}-${extra.length}.txt`);
      const r = crewtel(['audit', '.', '--format', format, '--output', out, ...extra], { cwd: root });
      runs.push(r.stdout, r.stderr);
    }
  }
  const wb = crewtel(['audit', '.', '--write-baseline', 'baseline.json', '--verbose'], { cwd: root });
  runs.push(wb.stdout, wb.stderr);
  for (const args of [['preview', '.', '--verbose'], ['preview', '.', '--format', 'json'], ['env', '.', '--verbose'], ['env', '.', '--format', 'json']]) {
    const r = crewtel(args, { cwd: root });
    runs.push(r.stderr, args[0] === 'env' ? r.stdout : '');
  }
  const files = readdirSync(root).filter((f) => f.startsWith('out-') || f === 'baseline.json').map((f) => readFileSync(join(root, f), 'utf8'));

  it('ran every format and wrote every file', () => {
    expect(files.length).toBe(11);
    expect(runs.join('').length).toBeGreaterThan(1000);
  });

  it('no planted value in stdout, stderr, --output files or the baseline', () => {
    const all = [...runs, ...files].join('\n');
    for (const v of PLANTED) expect(all, v).not.toContain(v);
    // and no local part of a planted email (masking keeps only a first letter)
    for (const v of PLANTED.filter((x) => x.includes('@'))) expect(all).not.toContain(v.split('@')[0]);
  });

  it('the planted values are found (the test can fail)', () => {
    const r = crewtel(['audit', '.', '--format', 'json', '--show-values'], { cwd: root });
    for (const v of [EMAIL, KEY_EMAIL, GHP]) expect(r.stdout).toContain(v);
  });
});
