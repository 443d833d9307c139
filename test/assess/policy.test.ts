// The team policy from the config: disabled rules, severity overrides, allowlist,
// and the fail-on gate. The allowlist sees raw values, which never reach a report.
import { describe, expect, it } from 'vitest';
import { contentFindings } from '../../src/assess/contentFindings.js';
import { failsAt, makePolicy, NO_POLICY, unknownRulePatterns } from '../../src/assess/policy.js';
import { SourceString, SourceText } from '../../src/core/source.js';
import type { FieldString } from '../../src/model/types.js';
import { allRules } from '../../src/cli/rules.js';
import { finding, PHONE } from '../report/sample.js';

describe('makePolicy', () => {
  it('disables rules by id or glob', () => {
    const p = makePolicy({ disable: ['pii/phone', 'advisory/*'] });
    expect(p.disabled('pii/phone')).toBe(true);
    expect(p.disabled('advisory/otel-baggage')).toBe(true);
    expect(p.disabled('pii/email')).toBe(false);
    expect(makePolicy({ disable: ['*'] }).disabled('secret/jwt')).toBe(true);
  });

  it('overrides severity; an exact id wins over a glob, whatever the order written', () => {
    const p = makePolicy({ severity: { 'pii/*': 'low', 'pii/email': 'high' } });
    expect(p.severity('pii/email', 'medium')).toBe('high');
    expect(p.severity('pii/phone', 'high')).toBe('low');
    expect(p.severity('secret/jwt', 'medium')).toBe('medium');
  });

  it('allows exact values, regexes (searched) and path globs relative to the config folder', () => {
    const p = makePolicy(
      { allowlist: { values: ['ops@helpdesk.example'], regexes: ['^noreply@'], paths: ['examples/**'] } },
      { pathForGlobs: (f) => f.replace(/^sub\//, '') },
    );
    expect(p.allowed('src/a.yaml', 'ops@helpdesk.example')).toBe(true);
    expect(p.allowed('src/a.yaml', 'Ops@helpdesk.example')).toBe(false);
    expect(p.allowed('src/a.yaml', 'noreply@x.example')).toBe(true);
    expect(p.allowed('src/a.yaml', 'a.noreply@x.example')).toBe(false);
    expect(p.allowed('sub/examples/demo/agents.yaml', 'x@y.example')).toBe(true);
    expect(p.allowed('src/examples.yaml', 'x@y.example')).toBe(false);
    // config findings carry no value: only paths can allow them
    expect(makePolicy({ allowlist: { regexes: ['.*'] } }).allowed('uv.lock', '')).toBe(false);
  });

  it('names disable/severity patterns that match no rule', () => {
    const ids = allRules().map((r) => r.id);
    expect(unknownRulePatterns({ disable: ['pii/emial', 'advisory/*'], severity: { 'pii/phon': 'low', 'pii/email': 'low' } }, ids)).toEqual([
      { path: ['disable', 0], pattern: 'pii/emial' },
      { path: ['severity', 'pii/phon'], pattern: 'pii/phon' },
    ]);
  });
});

describe('failsAt', () => {
  it('fails at or above the threshold; never never fails', () => {
    expect(failsAt([PHONE], 'high')).toBe(false);
    expect(failsAt([PHONE], 'medium')).toBe(true);
    expect(failsAt([PHONE, finding()], 'high')).toBe(true);
    expect(failsAt([finding()], 'never')).toBe(false);
    expect(failsAt([], 'low')).toBe(false);
  });
});

describe('policy inside assess (before masking)', () => {
  const text = 'a:\n  role: Mail ops@helpdesk.example or dev@helpdesk.example, call +1 415-555-2671\n';
  const source = new SourceText('src/demo/config/agents.yaml', text);
  const start = text.indexOf('Mail');
  const end = text.indexOf('\n', start);
  const strings: FieldString[] = [{ field: 'agents.a.role', slot: 'agent.role', value: new SourceString(text.slice(start, end), source, start, end) }];
  const ctx = { crews: new Map(), defaultVersion: '1.15.17', showValues: false };

  it('without a policy: three findings, masked', () => {
    const all = contentFindings(strings, ctx);
    expect(all.map((f) => f.ruleId).sort()).toEqual(['pii/email', 'pii/email', 'pii/phone']);
    expect(all.map((f) => f.match).join(' ')).not.toMatch(/ops@|dev@|555-2671/);
    expect(contentFindings(strings, { ...ctx, policy: NO_POLICY })).toHaveLength(3);
  });

  it('an allowlisted raw value is accepted (kept, marked, never named) although the report only ever sees it masked', () => {
    const all = contentFindings(strings, { ...ctx, policy: makePolicy({ allowlist: { values: ['ops@helpdesk.example'] } }) });
    const accepted = all.filter((f) => f.suppressed);
    expect(accepted.map((f) => f.suppressed)).toEqual([{ kind: 'config', reason: 'allowlist.values' }]);
    expect(JSON.stringify(accepted)).not.toContain('ops@helpdesk');
    const kept = all.filter((f) => !f.suppressed);
    expect(kept.map((f) => f.column)).toEqual([expect.any(Number), expect.any(Number)]);
    expect(kept.filter((f) => f.ruleId === 'pii/email')).toHaveLength(1);
    expect(kept.find((f) => f.ruleId === 'pii/email')!.column).toBe(text.split('\n')[1].indexOf('dev@') + 1);
  });

  it('disabled rules and severity overrides apply to content findings', () => {
    const res = contentFindings(strings, { ...ctx, policy: makePolicy({ disable: ['pii/phone'], severity: { 'pii/email': 'low' } }) });
    expect(res.map((f) => `${f.ruleId}:${f.severity}`)).toEqual(['pii/email:low', 'pii/email:low']);
  });
});
