import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadProject } from '../../src/model/project.js';
import { FIXTURES, REPO } from '../helpers/cli.js';

const layouts = join(FIXTURES, 'model-layouts');

async function load(path: string, opts = {}) {
  return loadProject([path], { cwd: REPO, ...opts });
}

describe('discovery and model', () => {
  it('pairs <crew>_agents.yaml with <crew>_tasks.yaml in one config folder', async () => {
    const { model } = await load(join(layouts, 'split'));
    const ids = model.crews.map((c) => c.id).sort();
    expect(ids).toEqual(['fixtures/model-layouts/split#fire', 'fixtures/model-layouts/split#police']);
    const fire = model.crews.find((c) => c.id.endsWith('#fire'))!;
    expect(fire.agents.map((a) => a.key)).toEqual(['fire_chief']);
    expect(fire.tasks.map((t) => t.key)).toEqual(['assess_fire']);
  });

  it('unknown keys are warnings with their location, not errors', async () => {
    const { model } = await load(join(layouts, 'split'));
    const w = model.diagnostics.find((d) => d.message.includes('"steps"'))!;
    expect(w).toMatchObject({ severity: 'warning', file: 'fixtures/model-layouts/split/config/police_tasks.yaml', line: 5, column: 3 });
    expect(model.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('merges config/agents/*.yaml into one crew with config/tasks.yaml', async () => {
    const { model } = await load(join(layouts, 'subdir'));
    expect(model.crews).toHaveLength(1);
    expect(model.crews[0].agents.map((a) => a.key).sort()).toEqual(['hr', 'sales']);
    expect(model.crews[0].tasks[0].agent).toBe('sales');
  });

  it('reads JSON crews with their agent files, share_crew and inputs', async () => {
    const { model } = await load(join(layouts, 'json-crew'));
    expect(model.crews).toHaveLength(1);
    const crew = model.crews[0];
    expect(crew.kind).toBe('json');
    expect(crew.shareCrew).toMatchObject({ value: true, origin: 'config' });
    expect(crew.shareCrew.location?.start).toEqual({ line: 14, column: 17 });
    expect(crew.agents[0].role?.value).toBe('Booking Assistant');
    expect(crew.agents[0].tools.map((t) => t.kind)).toContain('crewai_tools');
    const input = model.strings.find((s) => s.field === 'crew.inputs.guest_name')!;
    expect(input.value.value).toBe('Lucas Pereira');
    expect(input.value.locate(0, 5)).toMatchObject({ start: { line: 15, column: 30 } });
  });

  it('reads declarative flows: name, method names and inline crews', async () => {
    const { model } = await load(join(layouts, 'declarative'));
    expect(model.flows).toHaveLength(1);
    expect(model.flows[0]).toMatchObject({ name: 'ticket_router', suppressFlowEvents: true, kind: 'declarative' });
    expect(model.flows[0].methods.map((m) => m.name)).toEqual(['start', 'finish']);
    expect(model.crews).toHaveLength(1);
    expect(model.crews[0]).toMatchObject({ kind: 'inline', shareCrew: { value: true } });
    expect(model.crews[0].agents[0].role?.value).toBe('Ticket Router');
  });

  it('skips .gitignore-d folders and virtualenvs', async () => {
    const { model } = await load(layouts);
    const roles = model.crews.flatMap((c) => c.agents.map((a) => a.role?.value));
    expect(roles).not.toContain('Should Not Be Found');
    expect(model.crews.length).toBeGreaterThanOrEqual(5);
  });

  it('reports broken YAML and wrong types with file:line:col and still models the rest', async () => {
    const { model } = await load(layouts);
    const errors = model.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.some((e) => e.file === 'fixtures/model-layouts/broken/config/agents.yaml' && e.line >= 3)).toBe(true);
    const typeErr = errors.find((e) => e.file === 'fixtures/model-layouts/broken/config/tasks.yaml')!;
    expect(typeErr).toMatchObject({ line: 5, column: 20 });
    expect(typeErr.message).toMatch(/async_execution/);
    expect(model.crews.some((c) => c.id.includes('split'))).toBe(true);
  });

  it('reports a path that does not exist', async () => {
    const { model } = await loadProject([join(layouts, 'nope')], { cwd: REPO });
    expect(model.diagnostics[0]).toMatchObject({ severity: 'error', file: 'fixtures/model-layouts/nope' });
  });

  it('models a @CrewBase crew from crew.py + YAML: tools, share_crew, kickoff inputs', async () => {
    const { model } = await load(join(FIXTURES, 'example-crew'));
    expect(model.crews).toHaveLength(1);
    const crew = model.crews[0];
    expect(crew.id).toBe('fixtures/example-crew/src/support_desk');
    expect(crew.shareCrew).toMatchObject({ value: true, origin: 'code' });
    expect(crew.shareCrew.location).toMatchObject({ file: 'fixtures/example-crew/src/support_desk/crew.py', start: { line: 41, column: 24 } });
    const triage = crew.agents.find((a) => a.key === 'triage_agent')!;
    expect(triage.tools.map((t) => [t.kind, t.name])).toEqual([
      ['crewai_tools', 'Search the internet with Serper'],
      ['custom_class', 'Read Maria Garcia calendar'],
    ]);
    expect(crew.agents.find((a) => a.key === 'resolution_agent')!.allowDelegation).toBe(true);
    expect(crew.inputs?.values.customer_name.value).toBe('Jane Doe');
    expect(crew.release).toMatchObject({ version: '1.15.17', source: 'uv.lock' });
  });

  it('models crews built in plain scripts (fields passed one by one)', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'crewtel-script-'));
    writeFileSync(
      join(dir, 'app.py'),
      'from crewai import Agent, Crew, Task\nwriter = Agent(role="Writer", goal="g", backstory="b", allow_delegation=True)\nedit = Task(description="Edit {topic}.", expected_output="e", agent=writer)\ncrew = Crew(agents=[writer], tasks=[edit], share_crew=True)\n',
    );
    const { model } = await loadProject([dir], { cwd: dir });
    expect(model.crews).toHaveLength(1);
    expect(model.crews[0]).toMatchObject({ id: 'app.py', shareCrew: { value: true, origin: 'code' } });
    expect(model.crews[0].agents[0]).toMatchObject({ key: 'writer', allowDelegation: true });
    expect(model.crews[0].agents[0].role?.value).toBe('Writer');
    expect(model.crews[0].tasks[0]).toMatchObject({ key: 'edit', agent: 'writer' });
  });
  it('two crews built from one config file both read it whole (its tree is dropped after the first and parsed again)', async () => {
    const { mkdirSync, mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'crewtel-shared-config-'));
    mkdirSync(join(dir, 'config'));
    writeFileSync(join(dir, 'config', 'agents.yaml'), 'writer:\n  role: Writer\n  goal: Mail ana@example.com\n  backstory: b\n');
    writeFileSync(join(dir, 'config', 'tasks.yaml'), 'edit:\n  description: Edit {topic}.\n  expected_output: e\n  agent: writer\n');
    const crewClass = (name: string) =>
      `from crewai import Agent, Crew, Task\nfrom crewai.project import CrewBase, agent, crew, task\n\n@CrewBase\nclass ${name}:\n    agents_config = "../config/agents.yaml"\n    tasks_config = "../config/tasks.yaml"\n\n    @agent\n    def writer(self) -> Agent:\n        return Agent(config=self.agents_config["writer"])\n\n    @task\n    def edit(self) -> Task:\n        return Task(config=self.tasks_config["edit"])\n\n    @crew\n    def crew(self) -> Crew:\n        return Crew(agents=self.agents, tasks=self.tasks)\n`;
    for (const [sub, name] of [['first', 'First'], ['second', 'Second']]) {
      mkdirSync(join(dir, sub));
      writeFileSync(join(dir, sub, 'crew.py'), crewClass(name));
    }
    const { model } = await loadProject([dir], { cwd: dir });
    expect(model.crews.map((c) => c.name).sort()).toEqual(['First', 'Second']);
    for (const crew of model.crews) {
      expect(crew.agents.map((a) => [a.key, a.role?.value, a.goal?.value])).toEqual([['writer', 'Writer', 'Mail ana@example.com']]);
      expect(crew.tasks.map((t) => [t.key, t.agent])).toEqual([['edit', 'writer']]);
    }
    expect(model.strings.filter((s) => s.value.value === 'Mail ana@example.com').map((s) => s.crewId).sort()).toEqual(model.crews.map((c) => c.id).sort());
  });
});
