// `crewtel audit` end to end: the built binary on fixtures, checking exit codes,
// JSON fields, exact locations and masking.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crewtel, crewtelJson, FIXTURES, REPO } from '../helpers/cli.js';

const EXAMPLE = 'fixtures/example-crew';
const AGENTS = `${EXAMPLE}/src/support_desk/config/agents.yaml`;
const TASKS = `${EXAMPLE}/src/support_desk/config/tasks.yaml`;
const TOOL = `${EXAMPLE}/src/support_desk/tools/calendar_tool.py`;

/** 1-based line/column of a needle in a file, computed independently of crewtel. */
function posOf(file: string, needle: string, nth = 0) {
  const text = readFileSync(join(REPO, file), 'utf8');
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`${needle} not in ${file}`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1, endColumn: before[before.length - 1].length + 1 + needle.length };
}

interface Json {
  findings: { ruleId: string; entity?: string; file: string; line: number; column: number; endLine: number; endColumn: number; field: string; exposure: string; severity: string; attributes: string[]; match: string; category: string }[];
  errors: { file: string; line: number; column: number; message: string }[];
  crews: { root: string; shareCrew: boolean; shareCrewSource: string | null }[];
  summary: { files: number; crews: number; findings: number; bySeverity: Record<string, number> };
  crewaiVersion: string;
  crewaiVersionSource: string;
}

describe('audit on the bundled example crew', () => {
  const run = crewtelJson<Json>(['audit', EXAMPLE]);
  const { json } = run;
  const find = (pred: (f: Json['findings'][number]) => boolean) => json.findings.find(pred);

  it('exits 1 (high findings) with the contract fields', () => {
    expect(run.code).toBe(1);
    expect(json.crewaiVersion).toBe('1.15.17');
    expect(json.crewaiVersionSource).toBe('uv.lock');
    expect(json.crews).toEqual([expect.objectContaining({ root: 'fixtures/example-crew/src/support_desk', shareCrew: true, shareCrewSource: `${EXAMPLE}/src/support_desk/crew.py:41` })]);
    expect(json.errors).toEqual([]);
    expect(json.summary.findings).toBe(json.findings.length);
  });

  it('locates an email inside a folded block scalar at the matched text', () => {
    const f = find((x) => x.entity === 'EMAIL_ADDRESS')!;
    const p = posOf(AGENTS, 'maria.garcia@acme-support.io');
    expect(f).toMatchObject({ file: AGENTS, line: p.line, column: p.column, endLine: p.line, endColumn: p.endColumn, field: 'agents.triage_agent.backstory', exposure: 'share_crew', severity: 'high', category: 'pii' });
    expect(f.attributes).toContain('Crew Created/crew_agents[].backstory');
    expect(f.match).not.toContain('maria.garcia');
  });

  it('finds the phone number and the person in the backstory', () => {
    const phone = find((x) => x.entity === 'PHONE_NUMBER')!;
    expect(phone).toMatchObject({ file: AGENTS, ...pick(posOf(AGENTS, '+44 20 7946 0958')) });
    const person = find((x) => x.entity === 'PERSON' && x.file === AGENTS)!;
    expect(person).toMatchObject(pick(posOf(AGENTS, 'Maria Garcia')));
  });

  it('reports a person in a custom tool name as sent by default', () => {
    const f = find((x) => x.entity === 'PERSON' && x.file === TOOL)!;
    expect(f).toMatchObject({ exposure: 'default', severity: 'high', ...pick(posOf(TOOL, 'Maria Garcia')) });
    expect(f.attributes.some((a) => a.startsWith('Tool Usage/tool_name'))).toBe(true);
  });

  it('finds the GitHub token and the Luhn-valid card, not the order number or event date', () => {
    expect(find((x) => x.ruleId.startsWith('secret/') && x.file === AGENTS)).toMatchObject(pick(posOf(AGENTS, 'ghp_')));
    expect(find((x) => x.entity === 'CREDIT_CARD')).toMatchObject({ file: TASKS, ...pick(posOf(TASKS, '4111 1111 1111 1111')) });
    const orderLine = posOf(TASKS, 'ORD-2024-118834').line;
    expect(json.findings.filter((x) => x.file === TASKS && x.line === orderLine && x.category !== 'config')).toEqual([]);
  });

  it('flags the {customer_name} placeholder in the role: its value reaches agent_role by default', () => {
    const f = find((x) => x.ruleId === 'config/interpolated-default-attribute')!;
    expect(f).toMatchObject({ file: AGENTS, severity: 'high', ...pick(posOf(AGENTS, '{customer_name}')) });
    expect(f.attributes).toContain('Task Created/agent_role');
  });

  it('flags share_crew=True where it is set', () => {
    expect(find((x) => x.ruleId === 'config/share-crew')).toMatchObject({ file: `${EXAMPLE}/src/support_desk/crew.py`, line: 41 });
  });

  it('masks every matched value unless --show-values', () => {
    const raw = crewtel(['audit', EXAMPLE, '--format', 'json']).stdout + crewtel(['audit', EXAMPLE]).stdout;
    for (const secret of ['maria.garcia@acme-support.io', '7946 0958', 'ghp_1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R', '4111 1111 1111 1111', 'Jane Doe']) {
      expect(raw).not.toContain(secret);
    }
    const shown = crewtel(['audit', EXAMPLE, '--format', 'json', '--show-values']).stdout;
    expect(shown).toContain('maria.garcia@acme-support.io');
  });

  it('--fail-on never exits 0; --fail-on low still exits 1', () => {
    expect(crewtel(['audit', EXAMPLE, '--fail-on', 'never']).code).toBe(0);
    expect(crewtel(['audit', EXAMPLE, '--fail-on', 'low']).code).toBe(1);
  });
});

describe('audit of a config folder or a single file', () => {
  it('a config/ folder still reads the crew.py beside it (share_crew, tools)', () => {
    const { json } = crewtelJson<Json>(['audit', `${EXAMPLE}/src/support_desk/config`]);
    expect(json.crews[0]).toMatchObject({ shareCrew: true, shareCrewSource: `${EXAMPLE}/src/support_desk/crew.py:41` });
    expect(json.findings.some((f) => f.entity === 'EMAIL_ADDRESS' && f.exposure === 'share_crew' && f.severity === 'high')).toBe(true);
  });
  it('a single file reports findings in that file only', () => {
    const { json } = crewtelJson<Json>(['audit', AGENTS]);
    const files = new Set(json.findings.filter((f) => !f.ruleId.startsWith('advisory/')).map((f) => f.file));
    expect([...files]).toEqual([AGENTS]);
    expect(json.findings.some((f) => f.entity === 'PHONE_NUMBER')).toBe(true);
  });
});

describe('audit on clean and broken input', () => {
  it('a crew with only job titles has no PII findings and exits 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crewtel-clean-'));
    cpSync(join(FIXTURES, 'model-layouts/split'), join(dir, 'split'), { recursive: true });
    const r = crewtelJson<Json>(['audit', dir]);
    expect(r.json.findings.filter((f) => f.category !== 'config')).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('broken files beside good ones: the good ones are audited, errors have file:line:col, exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crewtel-broken-'));
    cpSync(join(FIXTURES, 'example-crew'), join(dir, 'good'), { recursive: true });
    cpSync(join(FIXTURES, 'model-layouts/broken'), join(dir, 'broken'), { recursive: true });
    const r = crewtelJson<Json>(['audit', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.json.findings.some((f) => f.entity === 'EMAIL_ADDRESS')).toBe(true);
    expect(r.json.errors.some((e) => e.file === 'broken/config/agents.yaml' && e.line >= 3 && e.column >= 1)).toBe(true);
    const table = crewtel(['audit', '.'], { cwd: dir });
    expect(table.code).toBe(2);
    expect(table.stderr).toMatch(/broken\/config\/agents\.yaml:\d+:\d+: error: /);
    expect(table.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('a path that does not exist exits 2 with a message naming it', () => {
    const r = crewtel(['audit', 'no/such/dir']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no/such/dir');
  });

  it('bad arguments exit 2', () => {
    expect(crewtel(['audit', EXAMPLE, '--fail-on', 'sometimes']).code).toBe(2);
    expect(crewtel(['audit', EXAMPLE, '--format', 'xml']).code).toBe(2);
  });

  it('writes the report to --output and nothing to stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crewtel-out-'));
    const out = join(dir, 'report.json');
    const r = crewtel(['audit', EXAMPLE, '--format', 'json', '--output', out]);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).findings.length).toBeGreaterThan(0);
    writeFileSync(out, '');
  });
});

function pick(p: { line: number; column: number }) {
  return { line: p.line, column: p.column };
}

describe('rules', () => {
  it('lists detectors and config rules with stable ids, as table and json', () => {
    const r = crewtelJson<{ id: string; category: string; description: string }[]>(['rules']);
    expect(r.code).toBe(0);
    const ids = r.json.map((x) => x.id);
    expect(ids).toEqual(expect.arrayContaining(['pii/email', 'pii/person', 'secret/github-token', 'config/share-crew', 'advisory/global-tracer-provider']));
    expect(new Set(ids).size).toBe(ids.length);
    expect(crewtel(['rules']).stdout).toMatch(/^pii\/email\s+EMAIL_ADDRESS\s+Email address$/m);
  });
});
