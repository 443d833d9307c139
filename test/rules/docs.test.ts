// Every rule is explained: `crewtel rules <id>` prints the explanation, docs/rules/<id>.md
// is generated from the same data and committed up to date, and SARIF links each rule
// to its page with its own help and a security-severity.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleDocFiles } from '../../src/report/rules/files.js';
import { ruleExplanation, ruleExplanations } from '../../src/rules/explain.js';
import { formatRuleText } from '../../src/report/rules/text.js';
import { Chalk } from 'chalk';
import { allRules } from '../../src/cli/rules.js';
import { crewtel, crewtelAsync, REPO } from '../helpers/cli.js';
import { hasSarifSchema, sarifValidator } from '../report/sarifSchema.js';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}

describe('rule explanations', () => {
  it('exist for every rule audit can report, each with what, why, fix and accept', () => {
    const ids = ruleExplanations().map((r) => r.id);
    expect(ids).toEqual(allRules().map((r) => r.id));
    for (const r of ruleExplanations()) {
      expect(r.detects.length, r.id).toBeGreaterThan(20);
      expect(r.why.length, r.id).toBeGreaterThan(20);
      expect(r.fix.length, r.id).toBeGreaterThan(0);
      expect(r.accept.length, r.id).toBeGreaterThan(0);
      expect(Number(r.securitySeverity), r.id).toBeGreaterThan(0);
    }
  });

  it('name the spans that carry what a content rule finds', () => {
    const person = ruleExplanations().find((r) => r.id === 'pii/person')!;
    const role = person.carriedBy.find((c) => c.field === 'agent role')!;
    expect(role.byDefault).toContain('Task Created/agent_role');
    expect(person.carriedBy.find((c) => c.field === 'agent backstory')!.withShareCrew).toContain('Crew Created/crew_agents[].backstory');
  });

  it('docs/rules is what scripts/rule-docs.ts writes (run npm run docs:rules after changing rule data)', () => {
    const expected = ruleDocFiles();
    const committed = walk(join(REPO, 'docs/rules')).map((f) => relative(REPO, f).split('\\').join('/'));
    expect(committed.sort()).toEqual([...expected.keys()].sort());
    for (const [path, text] of expected) expect(readFileSync(join(REPO, path), 'utf8'), path).toBe(text);
  });
});

describe('crewtel rules <id>', () => {
  it('prints the explanation of a rule of each kind', async () => {
    for (const id of ['pii/person', 'secret/github-token', 'config/share-crew', 'config/switch-putenv', 'advisory/otel-baggage']) {
      const r = await crewtelAsync(['rules', id], { env: { COLUMNS: '80' } });
      expect(r.code, id).toBe(0);
      expect(r.stdout, id).toContain('What it detects');
      expect(r.stdout, id).toContain('Why it matters for CrewAI telemetry');
      expect(r.stdout, id).toContain('How to accept it');
      expect(r.stdout.split('\n').filter((l) => [...l].length > 80), id).toEqual([]);
    }
  });

  it('has an explanation for every other id, laid out at 80 columns (the renderer the command uses)', () => {
    const plain = new Chalk({ level: 0 });
    for (const { id } of allRules()) {
      const out = formatRuleText(ruleExplanation(id)!, plain, 80);
      expect(out, id).toMatch(/^What it detects$/m);
      expect(out, id).toMatch(/^How to fix it$/m);
      expect(out.split('\n').filter((l) => [...l].length > 80), id).toEqual([]);
    }
  });

  it('pii/person names the spans, the fix and examples that match and do not', () => {
    const out = crewtel(['rules', 'pii/person']).stdout;
    expect(out).toMatch(/Task Created\/agent_role/);
    expect(out).toMatch(/How to fix it\n/);
    expect(out).toMatch(/✘ Escalations go to Maria Garcia today/);
    expect(out).toMatch(/✔ Senior Data Researcher/);
    expect(out).toContain('crewtel-ignore pii/person -- reason');
  });

  it('an unknown id exits 2 with suggestions', () => {
    const r = crewtel(['rules', 'pii/persn']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no rule pii\/persn/);
  });
});

describe('SARIF rules', () => {
  it.skipIf(!hasSarifSchema)('have a helpUri to an existing docs/rules file, their own help, security-severity and tags; the log validates', () => {
    const r = crewtel(['audit', 'fixtures/example-crew', '--format', 'sarif']);
    const log = JSON.parse(r.stdout);
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const rules = log.runs[0].tool.driver.rules;
    expect(rules.length).toBe(allRules().length);
    const helps = new Set<string>();
    for (const x of rules) {
      const m = /\/blob\/v[^/]+\/(docs\/rules\/.+\.md)$/.exec(x.helpUri);
      expect(m, x.id).not.toBeNull();
      expect(existsSync(join(REPO, m![1])), x.helpUri).toBe(true);
      expect(Number(x.properties['security-severity'])).toBeGreaterThan(0);
      expect(x.properties.tags).toContain('privacy');
      helps.add(x.help.text);
    }
    expect(helps.size).toBeGreaterThan(rules.length / 2);
    const email = rules.find((x: any) => x.id === 'pii/email');
    expect(email.properties['security-severity']).toBe('8.0');
  });
});
