// SARIF 2.1.0 for GitHub code scanning, checked against the official JSON schema
// (../shared/spec/sarif-schema-2.1.0.json, draft-07) and against what code scanning
// needs: rules with help and default levels, ruleIndex, relative URIs with %SRCROOT%,
// regions from the finding, partialFingerprints, masked values.
import { describe, expect, it } from 'vitest';
import { formatAuditSarif, pathToUri, sarifLog } from '../../src/report/audit/sarif.js';
import { ADVISORY, finding, PHONE, RAW, report } from './sample.js';
import { hasSarifSchema, sarifValidator as validator } from './sarifSchema.js';

const multiLine = finding({ line: 4, column: 5, endLine: 5, endColumn: 3, field: 'agents.dispatcher.backstory', fingerprint: 'c'.repeat(32) });
const spaced = finding({ file: 'my crews/a#1/agents.yaml', fingerprint: 'd'.repeat(32) });
const full = report([finding(), PHONE, ADVISORY, multiLine, spaced], {
  errors: [{ file: 'src/broken/config/tasks.yaml', line: 3, column: 7, message: 'YAML syntax error: bad indentation', severity: 'error' }],
});

describe('SARIF output', () => {
  it.skipIf(!hasSarifSchema)('validates against the SARIF 2.1.0 schema: with findings, errors, and with nothing', () => {
    const validate = validator();
    for (const r of [full, report([])]) {
      const log = JSON.parse(formatAuditSarif(r));
      expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    }
  });

  it('has one rule per detector and config rule, with help and a default level, and results that index them', () => {
    const log = sarifLog(full);
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'crewtel', version: '0.1.0', informationUri: expect.stringMatching(/^https:\/\//) });
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['pii/email', 'pii/phone', 'secret/openai-api-key', 'config/share-crew', 'advisory/otel-baggage']));
    for (const rule of run.tool.driver.rules) {
      expect(rule.help.text.length).toBeGreaterThan(10);
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
    }
    for (const res of run.results) expect(run.tool.driver.rules[res.ruleIndex].id).toBe(res.ruleId);
  });

  it.skipIf(!hasSarifSchema)('the schema check catches a URI with a space (so the encoding above is tested, not assumed)', () => {
    const log = JSON.parse(formatAuditSarif(report([finding()])));
    log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'my crews/agents.yaml';
    expect(validator()(log)).toBe(false);
  });

  it('maps severity to level and the finding to a relative, percent-encoded location with its region', () => {
    const [email, phone, advisory, multi, space] = sarifLog(full).runs[0].results;
    expect([email.level, phone.level, advisory.level]).toEqual(['error', 'warning', 'note']);
    expect(email.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'src/demo/config/agents.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 2, startColumn: 24, endLine: 2, endColumn: 44 },
    });
    expect(multi.locations[0].physicalLocation.region).toEqual({ startLine: 4, startColumn: 5, endLine: 5, endColumn: 3 });
    expect(space.locations[0].physicalLocation.artifactLocation.uri).toBe('my%20crews/a%231/agents.yaml');
    expect(pathToUri('../other/x y.yaml')).toBe('../other/x%20y.yaml');
  });

  it('carries the line-independent fingerprint as partialFingerprints', () => {
    const results = sarifLog(full).runs[0].results;
    expect(results.map((r) => r.partialFingerprints['crewtelFindingHash/v2'])).toEqual([finding().fingerprint, PHONE.fingerprint, ADVISORY.fingerprint, 'c'.repeat(32), 'd'.repeat(32)]);
  });

  it('reports unreadable files as tool notifications and marks the run unsuccessful', () => {
    const inv = sarifLog(full).runs[0].invocations[0];
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.toolExecutionNotifications[0]).toMatchObject({ level: 'error', message: { text: 'YAML syntax error: bad indentation' } });
    expect(sarifLog(report([finding()])).runs[0].invocations[0].executionSuccessful).toBe(true);
  });

  it('prints only the masked match', () => {
    const text = formatAuditSarif(full);
    expect(text).toContain('o***@h*******.***');
    for (const raw of RAW) expect(text).not.toContain(raw);
  });
});
