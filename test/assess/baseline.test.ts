// Baselines: fingerprints only (no values, no line numbers), so moving a finding keeps
// it accepted and the committed file never holds what it accepts.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyBaseline, baselineText, parseBaseline, readBaseline, writeBaseline } from '../../src/assess/baseline.js';
import { findingFingerprint } from '../../src/assess/fingerprint.js';
import { finding, PHONE } from '../report/sample.js';

const RAW_EMAIL = 'ops@helpdesk.example';
const fp = (field: string, value = RAW_EMAIL, file = 'src/demo/config/agents.yaml') => findingFingerprint('pii/email', file, field, value);

describe('fingerprints', () => {
  it('depend on rule, file, field and value, never on the line', () => {
    expect(fp('agents.a.role')).toBe(fp('agents.a.role'));
    expect(fp('agents.a.role')).not.toBe(fp('agents.a.goal'));
    expect(fp('agents.a.role')).not.toBe(fp('agents.a.role', 'other@helpdesk.example'));
    expect(fp('agents.a.role')).not.toBe(fp('agents.a.role', RAW_EMAIL, 'src/other/agents.yaml'));
    expect(findingFingerprint('pii/person', 'f', 'x', 'v')).not.toBe(findingFingerprint('pii/email', 'f', 'x', 'v'));
  });
});

describe('baseline file', () => {
  const a = finding({ fingerprint: fp('agents.a.role') });
  const text = baselineText([a, PHONE, { ...a, line: 40 }]);

  it('holds rule, file and fingerprint per finding: no values, no masked values, no lines; one entry per fingerprint', () => {
    const body = JSON.parse(text);
    expect(body).toMatchObject({ tool: 'crewtel', version: 2 });
    expect(body.findings).toHaveLength(2);
    for (const e of body.findings) expect(Object.keys(e).sort()).toEqual(['file', 'fingerprint', 'ruleId']);
    expect(text).not.toContain(RAW_EMAIL);
    expect(text).not.toContain(a.match);
    expect(text).not.toMatch(/"line"|"column"/);
  });

  it('accepts a baselined finding wherever it moved, and reports a new one', () => {
    const known = parseBaseline(text);
    if ('error' in known) throw new Error(known.error);
    const moved = { ...a, line: 99, column: 3, endLine: 99, endColumn: 23 };
    const fresh = finding({ field: 'agents.b.role', fingerprint: fp('agents.b.role') });
    const { kept, baselined } = applyBaseline([moved, fresh], known);
    expect(kept).toEqual([fresh]);
    expect(baselined).toEqual([{ ...moved, suppressed: { kind: 'baseline' } }]);
  });

  it('rejects files that are not crewtel baselines, with a reason', () => {
    expect(parseBaseline('not json')).toMatchObject({ error: expect.stringMatching(/^not JSON/) });
    expect(parseBaseline('{"findings": []}')).toEqual({ error: 'not a crewtel baseline (write one with --write-baseline)' });
    expect(parseBaseline('{"tool":"crewtel","version":3,"findings":[]}')).toMatchObject({ error: expect.stringMatching(/version 3/) });
    expect(parseBaseline('{"tool":"crewtel","version":1,"findings":[{"ruleId":"x"}]}')).toEqual({ error: 'findings[0] has no fingerprint' });
  });

  it('reads and writes files, returning errors as values', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crewtel-baseline-'));
    const path = join(dir, 'baseline.json');
    expect(writeBaseline(path, [a, PHONE])).toEqual({ count: 2 });
    expect(readFileSync(path, 'utf8')).toBe(baselineText([a, PHONE]));
    expect(readBaseline(path)).toEqual(new Set([a.fingerprint, PHONE.fingerprint]));
    expect(readBaseline(join(dir, 'missing.json'))).toEqual({ error: 'no such file' });
    expect(writeBaseline(join(dir, 'no/such/dir/b.json'), [a])).toMatchObject({ error: expect.stringContaining('cannot write') });
  });
});
