// preview masks what looks like personal data or secrets (audit's detectors and
// masking) unless --show-values: a CI log of a preview must not become the leak.
import { describe, expect, it } from 'vitest';
import { crewtel, crewtelJson } from '../helpers/cli.js';

const EXAMPLE = 'fixtures/example-crew';
// the values planted in the example, as audit finds them with --show-values
const planted: string[] = crewtelJson<{ findings: { match: string; category: string }[] }>(['audit', EXAMPLE, '--show-values', '--fail-on', 'never'])
  .json.findings.filter((f) => f.category !== 'config')
  .map((f) => f.match);

describe('preview masking', () => {
  it('finds the planted values to look for (names, email, phone, card, token)', () => {
    expect(planted.length).toBeGreaterThanOrEqual(6);
    expect(planted).toContain('Jane Doe');
  });

  for (const args of [['--format', 'json'], ['--format', 'otlp'], ['--share-crew'], ['--diff', '--format', 'json']]) {
    it(`prints no planted value in clear: preview ${args.join(' ')}`, () => {
      const r = crewtel(['preview', EXAMPLE, ...args]);
      expect(r.code).toBe(0);
      const out = r.stdout + r.stderr;
      for (const v of planted) expect(out, v).not.toContain(v);
      // Python's json.dumps escapes non-ASCII: the escaped form must not leak either
      for (const v of planted) expect(out).not.toContain(JSON.stringify(v).slice(1, -1));
    });
  }

  it('says so in one line, and in the JSON', () => {
    const table = crewtel(['preview', EXAMPLE]);
    expect(table.stdout.split('\n').filter((l) => /are masked; --show-values/.test(l))).toHaveLength(1);
    const { json } = crewtelJson(['preview', EXAMPLE]);
    expect(json.valuesMasked).toBe(true);
    expect(json.maskedValues).toBeGreaterThan(0);
    const agentRole = json.spans.flatMap((s: any) => s.attributes).find((a: any) => a.key === 'agent_role' && a.fromUser);
    expect(agentRole.value).toMatch(/J\*\*\* D\*\*\*/);
  });

  it('masks a name planted in a tool name (as CrewAI sends it)', () => {
    const out = crewtel(['preview', 'fixtures/preview-values-crew', '--format', 'json']).stdout;
    expect(out).not.toContain('read_lucia_moreno_inbox');
    expect(out).toContain('read_l***_inbox');
  });

  it('--show-values shows them', () => {
    const { json } = crewtelJson(['preview', EXAMPLE, '--show-values']);
    expect(json.valuesMasked).toBe(false);
    expect(JSON.stringify(json)).toContain('Jane Doe');
  });
});
