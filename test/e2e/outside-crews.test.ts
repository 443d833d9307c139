// Agents and tasks no crew uses: scanned as a hypothetical crew, never listed twice, absent when every agent is in a crew.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crewtelAsync } from '../helpers/cli.js';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'crewtel-outside-'));
  writeFileSync(join(dir, 'requirements.txt'), 'crewai==1.15.17\n');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const AGENTS = `from crewai import Agent

researcher = Agent(role="Researcher", goal="Find facts", backstory="You research.")

def make_mailer():
    return Agent(
        role="Mailer",
        goal="Send mail",
        backstory="Write to maria.gonzalez@acme-corp.com when done.",
    )
`;
const CREW = `from crewai import Crew, Task
from agents import researcher

t = Task(description="Research", expected_output="Notes", agent=researcher)
crew = Crew(agents=[researcher], tasks=[t])
`;

describe('agents outside any crew', () => {
  it('are scanned at the exact file:line:col and reported as outside any crew', async () => {
    const dir = project({ 'agents.py': AGENTS, 'main.py': CREW });
    const r = await crewtelAsync(['audit', '--format', 'json', '--fail-on', 'never', '.'], { cwd: dir });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const email = out.findings.find((f: { ruleId: string }) => f.ruleId === 'pii/email');
    expect(email).toMatchObject({ file: 'agents.py', line: 9, column: 29, outsideCrew: '.#(outside crews)', crews: [], severity: 'low' });
    expect(email.message).toContain('defined outside any crew');
    // the crew's agent is not listed again outside
    expect(out.outsideCrews).toEqual([expect.objectContaining({ id: '.#(outside crews)', agents: ['make_mailer'], tasks: [], hypothetical: true })]);
    expect(out.summary.crews).toBe(1);
    expect(out.summary.outsideCrews).toEqual({ agents: 1, tasks: 0 });
    const table = await crewtelAsync(['audit', '.'], { cwd: dir, env: { COLUMNS: '200' } });
    expect(table.stdout).toContain('1 agent defined outside any crew was scanned as if used');
  });

  it('preview shows them in hypothetical spans, not as a crew', async () => {
    const dir = project({ 'agents.py': AGENTS, 'main.py': CREW });
    const r = await crewtelAsync(['preview', '--format', 'json', '--share-crew', '.'], { cwd: dir });
    const out = JSON.parse(r.stdout);
    expect(out.crews.map((c: { id: string }) => c.id)).toEqual(['main.py']);
    const created = out.spans.filter((s: { name: string }) => s.name === 'Crew Created');
    const outside = created.find((s: { crewId: string }) => s.crewId === '.#(outside crews)');
    expect(outside.hypothetical).toBe(true);
    const agents = JSON.parse(outside.attributes.find((a: { key: string }) => a.key === 'crew_agents').value);
    expect(agents.map((a: { role: string }) => a.role)).toEqual(['Mailer']);
    expect(created.find((s: { crewId: string }) => s.crewId === 'main.py').hypothetical).toBeUndefined();
  });

  it('a project whose agents are all in crews has no such group', async () => {
    const dir = project({ 'agents.py': 'from crewai import Agent\n\nresearcher = Agent(role="Researcher", goal="g", backstory="b")\n', 'main.py': CREW });
    const audit = JSON.parse((await crewtelAsync(['audit', '--format', 'json', '--fail-on', 'never', '.'], { cwd: dir })).stdout);
    expect(audit.outsideCrews).toBeUndefined();
    expect(audit.summary.outsideCrews).toBeUndefined();
    const preview = JSON.parse((await crewtelAsync(['preview', '--format', 'json', '.'], { cwd: dir })).stdout);
    expect(preview.outsideCrews).toBeUndefined();
    expect(preview.spans.some((s: { hypothetical?: boolean }) => s.hypothetical)).toBe(false);
  });
});
