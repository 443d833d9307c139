// Span names, attribute keys and the keys inside crew_agents / crew_tasks for a crew
// with built-in and custom tools, placeholders and task context, at three releases in
// both modes, pinned against crewai-telemetry.md (sections c, e, f, g).
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProject, type LoadedProject } from '../../src/model/project.js';
import { simulateKickoff, type SimulatedSpan } from '../../src/telemetry/simulate.js';
import { FIXTURES, REPO } from '../helpers/cli.js';

let project: LoadedProject;
beforeAll(async () => {
  project = await loadProject([join(FIXTURES, 'telemetry-crew')], { cwd: REPO });
});

function run(version: string, shareCrew: boolean, inputs?: Record<string, unknown>): SimulatedSpan[] {
  const crews = project.model.crews.map((c) => ({ ...c, release: { version, source: 'test', notes: [] } }));
  return simulateKickoff({ crews, flows: [], version, shareCrew, inputs });
}
const keysOf = (s: SimulatedSpan | undefined) => s!.attributes.map((a) => a.key);
const span = (spans: SimulatedSpan[], name: string) => spans.find((s) => s.name === name);
const value = (s: SimulatedSpan | undefined, key: string) => s!.attributes.find((a) => a.key === key)?.value;
const inner = (s: SimulatedSpan | undefined, key: string) => JSON.parse(String(value(s, key))) as Record<string, unknown>[];
const md5 = (s: string) => createHash('md5').update(s).digest('hex');

describe('at 1.15.17', () => {
  it('default mode: span sequence', () => {
    const names = run('1.15.17', false).map((s) => s.name);
    expect(names).toEqual([
      'Crew Created',
      'Feature Usage',
      'Environment Context',
      'Feature Usage',
      'Feature Usage',
      'Task Created',
      'Task Execution',
      'Flow Execution',
      'Flow Completed',
      'Task Created',
      'Task Execution',
      'Flow Execution',
      'Flow Completed',
      ...Array(7).fill('Tool Usage'),
    ]);
  });

  it('default mode: Crew Created keys and inner keys', () => {
    const s = span(run('1.15.17', false), 'Crew Created');
    expect(keysOf(s)).toEqual([
      'crewai_version', 'python_version', 'crew_key', 'crew_id', 'crew_fingerprint', 'crew_process', 'crew_memory',
      'crew_number_of_tasks', 'crew_number_of_agents', 'crew_fingerprint_created_at', 'crew_agents', 'crew_tasks',
      'coding_agent', 'runtime_context',
    ]);
    expect(Object.keys(inner(s, 'crew_agents')[0])).toEqual([
      'key', 'id', 'role', 'verbose?', 'max_iter', 'max_rpm', 'function_calling_llm', 'llm', 'delegation_enabled?',
      'allow_code_execution?', 'max_retry_limit', 'tools_names',
    ]);
    expect(Object.keys(inner(s, 'crew_tasks')[0])).toEqual(['key', 'id', 'async_execution?', 'human_input?', 'agent_role', 'agent_key', 'tools_names']);
    expect(value(s, 'crew_memory')).toBe(true);
    expect(value(s, 'crew_number_of_agents')).toBe(2);
  });

  it('share_crew: Crew Created adds goal, backstory, description, context, platform and inputs; Crew Execution appears', () => {
    const spans = run('1.15.17', true);
    const s = span(spans, 'Crew Created');
    expect(keysOf(s)).toEqual(expect.arrayContaining(['platform', 'platform_release', 'platform_system', 'platform_version', 'cpus', 'crew_inputs']));
    expect(Object.keys(inner(s, 'crew_agents')[0])).toEqual([
      'key', 'id', 'role', 'goal', 'backstory', 'verbose?', 'max_iter', 'max_rpm', 'i18n', 'function_calling_llm', 'llm',
      'delegation_enabled?', 'allow_code_execution?', 'max_retry_limit', 'tools_names', 'fingerprint', 'fingerprint_created_at',
    ]);
    expect(Object.keys(inner(s, 'crew_tasks')[1])).toEqual([
      'key', 'id', 'description', 'expected_output', 'async_execution?', 'human_input?', 'agent_role', 'agent_key', 'context',
      'tools_names', 'fingerprint', 'fingerprint_created_at',
    ]);
    expect(inner(s, 'crew_tasks')[1].context).toEqual(['Conduct thorough research about {topic}.']);
    const exec = span(spans, 'Crew Execution');
    expect(keysOf(exec)).toEqual(['crewai_version', 'crew_key', 'crew_id', 'crew_inputs', 'crew_agents', 'crew_tasks', 'crew_output', 'crew_tasks_output', 'coding_agent', 'runtime_context']);
    expect(Object.keys(inner(exec, 'crew_tasks')[0])).toEqual(['id', 'description', 'expected_output', 'async_execution?', 'human_input?', 'agent_role', 'agent_key', 'context', 'tools_names']);
    expect(keysOf(span(spans, 'Task Created'))).toContain('formatted_description');
  });

  it('task spans carry agent_role and fingerprints by default', () => {
    const spans = run('1.15.17', false);
    expect(keysOf(span(spans, 'Task Created'))).toEqual([
      'crewai_version', 'crew_key', 'crew_id', 'crew_fingerprint', 'task_key', 'task_id', 'task_fingerprint', 'agent_fingerprint',
      'agent_role', 'task_fingerprint_created_at', 'coding_agent', 'runtime_context',
    ]);
    expect(keysOf(span(spans, 'Task Execution'))).toEqual([
      'crewai_version', 'crew_key', 'crew_id', 'crew_fingerprint', 'task_key', 'task_id', 'task_fingerprint', 'agent_fingerprint', 'agent_role', 'coding_agent', 'runtime_context',
    ]);
  });

  it('tool names are sanitised; built-in delegation and memory tools reach Tool Usage, not tools_names', () => {
    const spans = run('1.15.17', false);
    expect(inner(span(spans, 'Crew Created'), 'crew_agents')[0].tools_names).toEqual(['search_the_internet_with_serper', 'archive_lookup_internal']);
    expect(inner(span(spans, 'Crew Created'), 'crew_tasks')[0].tools_names).toEqual(['word_counter']);
    const tools = spans.filter((s) => s.name === 'Tool Usage').map((s) => value(s, 'tool_name'));
    expect(tools).toEqual([
      'search_the_internet_with_serper', 'archive_lookup_internal', 'word_counter', 'delegate_work_to_coworker', 'ask_question_to_coworker', 'search_memory', 'save_to_memory',
    ]);
  });

  it('keys are the MD5 hashes CrewAI computes from the raw strings', () => {
    const s = span(run('1.15.17', false), 'Crew Created');
    const a1 = md5('{topic} Senior Data Researcher|Uncover cutting-edge developments in {topic}|A seasoned researcher known for finding the most relevant information.');
    const a2 = md5('Reporting Analyst|Create detailed reports based on {topic} data analysis|A meticulous analyst with a keen eye for detail.');
    const t1 = md5('Conduct thorough research about {topic}.|A list with 10 bullet points about {topic}.');
    const t2 = md5('Review the context and expand each topic into a full section.|A fully fledged report in markdown.');
    expect(inner(s, 'crew_agents').map((a) => a.key)).toEqual([a1, a2]);
    expect(inner(s, 'crew_tasks').map((t) => t.key)).toEqual([t1, t2]);
    expect(value(s, 'crew_key')).toBe(md5([a1, a2, t1, t2].join('|')));
  });

  it('--inputs: Crew Created keeps the raw template, task agent_role is filled (recorded after interpolation)', () => {
    const spans = run('1.15.17', false, { topic: 'AI' });
    expect(inner(span(spans, 'Crew Created'), 'crew_agents')[0].role).toBe('{topic} Senior Data Researcher');
    expect(value(span(spans, 'Task Created'), 'agent_role')).toBe('AI Senior Data Researcher');
    const shared = run('1.15.17', true, { topic: 'AI' });
    expect(value(span(shared, 'Task Created'), 'formatted_description')).toBe('Conduct thorough research about AI.');
    expect(value(span(shared, 'Crew Created'), 'crew_inputs')).toBe('{"topic": "AI"}');
  });
});

describe('at 0.186.0', () => {
  it('no common attributes, no Feature Usage / Environment Context / executor flow spans; tool names casefolded', () => {
    const spans = run('0.186.0', false);
    expect([...new Set(spans.map((s) => s.name))]).toEqual(['Crew Created', 'Task Created', 'Task Execution', 'Tool Usage']);
    const s = span(spans, 'Crew Created');
    expect(keysOf(s)).not.toContain('coding_agent');
    expect(inner(s, 'crew_agents')[0].tools_names).toEqual(['search the internet with serper', 'archive lookup (internal)']);
    expect(spans.filter((x) => x.name === 'Tool Usage').map((x) => value(x, 'tool_name'))).toEqual([
      'Search the internet with Serper', 'Archive Lookup (Internal)', 'Word Counter', 'Delegate work to coworker', 'Ask question to coworker',
    ]);
  });

  it('Task Created has agent_role (new in 0.186.0) but no crewai_version', () => {
    const spans = run('0.186.0', false, { topic: 'AI' });
    expect(keysOf(span(spans, 'Task Created'))).toEqual([
      'crew_key', 'crew_id', 'crew_fingerprint', 'task_key', 'task_id', 'task_fingerprint', 'agent_fingerprint', 'agent_role', 'task_fingerprint_created_at',
    ]);
    expect(value(span(spans, 'Task Created'), 'agent_role')).toBe('AI Senior Data Researcher');
  });

  it('share_crew keys match 1.15.17 inside crew_agents', () => {
    const s = span(run('0.186.0', true), 'Crew Created');
    expect(Object.keys(inner(s, 'crew_agents')[0])).toContain('backstory');
  });
});

describe('at 0.114.0', () => {
  it('fingerprints exist, task spans carry no agent_role', () => {
    const spans = run('0.114.0', false);
    expect(keysOf(span(spans, 'Crew Created'))).toEqual([
      'crewai_version', 'python_version', 'crew_key', 'crew_id', 'crew_fingerprint', 'crew_process', 'crew_memory',
      'crew_number_of_tasks', 'crew_number_of_agents', 'crew_fingerprint_created_at', 'crew_agents', 'crew_tasks',
    ]);
    expect(keysOf(span(spans, 'Task Created'))).toEqual(['crew_key', 'crew_id', 'crew_fingerprint', 'task_key', 'task_id', 'task_fingerprint', 'agent_fingerprint', 'task_fingerprint_created_at']);
  });

  it('share_crew adds Crew Execution and the share-only inner keys', () => {
    const spans = run('0.114.0', true);
    expect(spans.map((s) => s.name)).toContain('Crew Execution');
    expect(Object.keys(inner(span(spans, 'Crew Created'), 'crew_tasks')[0])).toEqual([
      'key', 'id', 'description', 'expected_output', 'async_execution?', 'human_input?', 'agent_role', 'agent_key', 'context', 'tools_names', 'fingerprint', 'fingerprint_created_at',
    ]);
  });
});

describe('older history', () => {
  it('v0.51.0 sends goal and backstory by default; 0.55.2 does not', () => {
    expect(Object.keys(inner(span(run('0.51.0', false), 'Crew Created'), 'crew_agents')[0])).toContain('goal');
    expect(Object.keys(inner(span(run('0.55.2', false), 'Crew Created'), 'crew_agents')[0])).not.toContain('goal');
  });
});
