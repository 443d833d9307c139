// Python crews as people write them, end to end on the built CLI: agents and tasks in
// other modules, factories, an Agent subclass, constants, dedent/.format, f-strings;
// references crewtel cannot follow are a coverage warning; a broken script nobody
// imports is a warning, not an error.
import { describe, expect, it } from 'vitest';
import { crewtel, crewtelJson } from '../helpers/cli.js';

const IMPORTS = 'fixtures/python-imports';
const UNRELATED = 'fixtures/python-unrelated-syntax';

interface AuditJson {
  crews: { root: string; coverage: { agents: { resolved: number; referenced: number }; tasks: { resolved: number; referenced: number }; unresolved: number } }[];
  findings: { ruleId: string; file: string; line: number; column: number; endColumn: number; field: string; match: string; exposure: string; message: string }[];
  errors: { file: string; line: number; message: string }[];
  warnings: { file: string; line: number; column: number; message: string }[];
  summary: { coverage: { agents: { resolved: number; referenced: number }; unresolved: number } };
}

describe('a crew built across modules', () => {
  const { code, json } = crewtelJson<AuditJson>(['audit', IMPORTS, '--format', 'json', '--fail-on', 'never']);
  const own = json.findings.filter((f) => !f.ruleId.startsWith('advisory/'));

  it('is one crew, with no errors', () => {
    expect(code).toBe(0);
    expect(json.errors).toEqual([]);
    expect(json.crews.map((c) => c.root)).toEqual([`${IMPORTS}/src/helpdesk/crew.py`]);
  });

  it('an email in a constant imported into an agent backstory is found where it is written', () => {
    const email = own.find((f) => f.ruleId === 'pii/email');
    expect(email).toMatchObject({ file: `${IMPORTS}/src/helpdesk/prompts.py`, line: 4, column: 47, field: 'agents.writer.backstory', exposure: 'share_crew' });
    expect(email?.match).not.toContain('ines.duarte');
  });

  it('an f-string interpolating a variable into a task description is a config finding at the variable', () => {
    const f = own.find((x) => x.ruleId === 'config/runtime-value');
    expect(f).toMatchObject({ file: `${IMPORTS}/src/helpdesk/tasks.py`, line: 8, column: 46, field: 'tasks.answer.description', exposure: 'share_crew', match: '{ticket.customer_email}' });
    expect(own.filter((x) => x.ruleId === 'config/runtime-value')).toHaveLength(1);
  });

  it('an agent built from rows at run time is a coverage warning at its file:line, and counted', () => {
    expect(json.crews[0].coverage).toMatchObject({ agents: { resolved: 3, referenced: 4 }, tasks: { resolved: 2, referenced: 2 }, unresolved: 1 });
    expect(json.summary.coverage).toMatchObject({ agents: { resolved: 3, referenced: 4 }, unresolved: 1 });
    const w = json.warnings.filter((x) => /could not be resolved statically/.test(x.message));
    expect(w.map((x) => [x.file, x.line])).toEqual([[`${IMPORTS}/src/helpdesk/crew.py`, 8]]);
  });

  it('the preview shows the roles from every module: constants joined, the subclass, the factory method', () => {
    const { json: preview } = crewtelJson<{ spans: { name: string; attributes: { key: string; value: string }[] }[]; coverage: unknown }>(['preview', IMPORTS, '--format', 'json']);
    const created = preview.spans.find((s) => s.name === 'Crew Created')!;
    const agents = JSON.parse(created.attributes.find((a) => a.key === 'crew_agents')!.value) as { role: string }[];
    expect(agents.map((a) => a.role)).toEqual(['Ticket Triage', 'Helpdesk Writer', 'Helpdesk Reviewer']);
    expect(preview.coverage).toMatchObject({ agents: { resolved: 3, referenced: 4 } });
  });

  it('the table summary shows coverage below 100%; --fail-on-unresolved makes it fail the gate', () => {
    const table = crewtel(['audit', IMPORTS, '--fail-on', 'never', '--no-color']);
    expect(table.stdout).toContain('coverage: agents 3/4, tasks 2/2, tools 0/0 resolved statically');
    expect(table.code).toBe(0);
    const gate = crewtel(['audit', IMPORTS, '--fail-on', 'never', '--fail-on-unresolved', '--no-color']);
    expect(gate.code).toBe(1);
    expect(gate.stderr).toContain('--fail-on-unresolved');
  });
});

describe('a syntax error in a script no crew is built from', () => {
  it('is a warning at its file:line:col, and the run exits 0', () => {
    const { code, json } = crewtelJson<AuditJson>(['audit', UNRELATED, '--format', 'json']);
    expect(code).toBe(0);
    expect(json.errors).toEqual([]);
    expect(json.warnings.filter((w) => /syntax error/.test(w.message)).map((w) => [w.file, w.line, w.column])).toEqual([[`${UNRELATED}/notebooks/scratch_export.py`, 2, 1]]);
    expect(json.crews).toHaveLength(1);
  });

  it('in a module a crew is built from it is an error (exit 2)', () => {
    const { code, json } = crewtelJson<AuditJson>(['audit', 'fixtures/python-crew-syntax', '--format', 'json', '--fail-on', 'never']);
    expect(code).toBe(2);
    expect(json.errors.map((e) => [e.file, e.line])).toEqual([['fixtures/python-crew-syntax/crew.py', 4]]);
  });
});

describe('fail-on-unresolved in the config', () => {
  it('makes an unresolved reference fail the gate like the flag', async () => {
    const { mkdtempSync, cpSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'crewtel-unresolved-'));
    try {
      cpSync(IMPORTS, dir, { recursive: true });
      writeFileSync(join(dir, '.crewtel.yaml'), 'fail-on: never\nfail-on-unresolved: true\n');
      expect(crewtel(['audit', dir]).code).toBe(1);
      writeFileSync(join(dir, '.crewtel.yaml'), 'fail-on: never\nfail-on-unresolved: false\n');
      expect(crewtel(['audit', dir]).code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a @CrewBase class with two @crew methods', () => {
  const TWO = 'fixtures/python-two-crews';
  const root = `${TWO}/src/newsroom`;

  it('is two crews in the preview, each with the agents and tasks its own Crew(...) names', () => {
    const { code, json } = crewtelJson<{ crews: { id: string; name: string }[]; spans: { name: string; crewId?: string; attributes: { key: string; value: string }[] }[] }>(['preview', TWO, '--format', 'json']);
    expect(code).toBe(0);
    expect(json.crews.map((c) => [c.id, c.name])).toEqual([
      [`${root}#Newsroom.drafting`, 'Newsroom.drafting'],
      [`${root}#Newsroom.full_desk`, 'Newsroom.full_desk'],
    ]);
    const created = json.spans.filter((s) => s.name === 'Crew Created');
    const roles = (crewId: string) => {
      const span = created.find((s) => s.crewId === crewId)!;
      return (JSON.parse(span.attributes.find((a) => a.key === 'crew_agents')!.value) as { role: string }[]).map((a) => a.role);
    };
    // drafting: agents=[self.reporter()]; full_desk: agents=self.agents (every @agent)
    expect(roles(`${root}#Newsroom.drafting`)).toEqual(['Local Reporter']);
    expect(roles(`${root}#Newsroom.full_desk`)).toEqual(['Local Reporter', 'Fact Checker']);
  });

  it('is two crews in the audit, with their own settings and coverage', () => {
    const { code, json } = crewtelJson<{ crews: { root: string; shareCrew: boolean; coverage: { agents: { resolved: number }; tasks: { resolved: number } } }[]; findings: { ruleId: string; file: string; line: number; column: number }[]; errors: unknown[] }>(['audit', TWO, '--format', 'json', '--fail-on', 'never']);
    expect(code).toBe(0);
    expect(json.errors).toEqual([]);
    expect(json.crews.map((c) => [c.root, c.shareCrew, c.coverage.agents.resolved, c.coverage.tasks.resolved])).toEqual([
      [`${root}#Newsroom.drafting`, false, 1, 1],
      [`${root}#Newsroom.full_desk`, true, 2, 2],
    ]);
    // the reporter's email is one finding at its YAML location, though both crews carry that agent
    expect(json.findings.filter((f) => f.ruleId === 'pii/email').map((f) => [f.file, f.line, f.column])).toEqual([[`${root}/config/agents.yaml`, 4, 38]]);
  });
});

describe('task.description += f"…" on a task a function builds', () => {
  const AUG = 'fixtures/python-augmented';

  it('the appended text is scanned where it is written, its {variable} a config finding at the variable', () => {
    const { code, json } = crewtelJson<AuditJson>(['audit', AUG, '--format', 'json', '--fail-on', 'never']);
    expect(code).toBe(0);
    expect(json.errors).toEqual([]);
    const own = json.findings.filter((f) => f.field === 'tasks.task.description');
    expect(own.map((f) => [f.ruleId, f.file, f.line, f.column, f.exposure])).toEqual([
      ['config/runtime-value', `${AUG}/tasks.py`, 8, 39, 'share_crew'],
      ['pii/email', `${AUG}/tasks.py`, 8, 65, 'share_crew'],
    ]);
    expect(own[0].match).toBe('{customer_email}');
    expect(own[1].match).not.toContain('help.desk');
  });

  it('the preview description is the task text with the appended part', () => {
    const { json } = crewtelJson<{ spans: { name: string; attributes: { key: string; value: string }[] }[] }>(['preview', AUG, '--format', 'json']);
    const task = json.spans.find((s) => s.name === 'Task Created')!;
    expect(task.attributes.find((a) => a.key === 'formatted_description')!.value).toMatch(/^Answer the open ticket\. Send it to \{customer_email\} and copy /);
  });
});

describe('with open(path) as f: cfg = yaml.safe_load(f)', () => {
  const WITH = 'fixtures/python-with-open';

  it('the config is followed into Agent(**cfg["planner"]): one crew, its role in the preview, the email at its YAML line', () => {
    const { code, json } = crewtelJson<AuditJson>(['audit', WITH, '--format', 'json', '--fail-on', 'never']);
    expect(code).toBe(0);
    expect(json.crews.map((c) => c.root)).toEqual([`${WITH}/crew.py`]);
    expect(json.findings.filter((f) => f.ruleId === 'pii/email').map((f) => [f.file, f.line, f.column, f.field])).toEqual([[`${WITH}/config/agents.yaml`, 4, 57, 'agents.planner.backstory']]);
    const { json: preview } = crewtelJson<{ spans: { name: string; attributes: { key: string; value: string }[] }[] }>(['preview', WITH, '--format', 'json']);
    const created = preview.spans.find((s) => s.name === 'Crew Created')!;
    expect((JSON.parse(created.attributes.find((a) => a.key === 'crew_agents')!.value) as { role: string }[]).map((a) => a.role)).toEqual(['Trip Planner']);
  });
});
