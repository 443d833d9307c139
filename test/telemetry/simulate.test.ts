// A kickoff of a hand-built crew (built-in and custom tools, {placeholders}, task
// context) at 1.15.17, 0.186.0 and 0.114.0, in both modes: span names, attribute keys
// and the keys inside crew_agents / crew_tasks, pinned against crewai-telemetry.md
// (sections c, e, f, g) and CrewAI's telemetry.py at those tags.
import { describe, expect, it } from 'vitest';
import { simulate, simulateKickoff, type SimulatedSpan } from '../../src/telemetry/simulate.js';
import { agent, crew, researchCrew, str, task } from './crews.js';

const run = (version: string, shareCrew: boolean, inputs?: Record<string, unknown>) => simulateKickoff({ crews: [researchCrew()], flows: [], version, shareCrew, inputs });
const names = (spans: SimulatedSpan[]) => spans.map((s) => s.name);
const span = (spans: SimulatedSpan[], name: string) => {
  const s = spans.find((x) => x.name === name);
  if (!s) throw new Error(`no ${name} span in ${names(spans).join(', ')}`);
  return s;
};
const keys = (s: SimulatedSpan) => s.attributes.map((a) => a.key);
const value = (s: SimulatedSpan, key: string) => s.attributes.find((a) => a.key === key)?.value;
const objects = (s: SimulatedSpan, key: string) => JSON.parse(String(value(s, key))) as Record<string, unknown>[];
const innerKeys = (s: SimulatedSpan, key: string) => Object.keys(objects(s, key)[0]);
const toolNames = (spans: SimulatedSpan[]) => spans.filter((s) => s.name === 'Tool Usage').map((s) => value(s, 'tool_name'));

const COMMON = ['coding_agent', 'runtime_context'];
const CREW_CREATED_1_15 = [
  'crewai_version', 'python_version', 'crew_key', 'crew_id', 'crew_fingerprint', 'crew_process', 'crew_memory',
  'crew_number_of_tasks', 'crew_number_of_agents', 'crew_fingerprint_created_at', 'crew_agents', 'crew_tasks',
];
const SHARE_PLATFORM = ['platform', 'platform_release', 'platform_system', 'platform_version', 'cpus', 'crew_inputs'];
const AGENTS_DEFAULT = [
  'key', 'id', 'role', 'verbose?', 'max_iter', 'max_rpm', 'function_calling_llm', 'llm', 'delegation_enabled?',
  'allow_code_execution?', 'max_retry_limit', 'tools_names',
];
const AGENTS_SHARE = [
  'key', 'id', 'role', 'goal', 'backstory', 'verbose?', 'max_iter', 'max_rpm', 'i18n', 'function_calling_llm', 'llm',
  'delegation_enabled?', 'allow_code_execution?', 'max_retry_limit', 'tools_names', 'fingerprint', 'fingerprint_created_at',
];
const TASKS_DEFAULT = ['key', 'id', 'async_execution?', 'human_input?', 'agent_role', 'agent_key', 'tools_names'];
const TASKS_SHARE = [
  'key', 'id', 'description', 'expected_output', 'async_execution?', 'human_input?', 'agent_role', 'agent_key', 'context',
  'tools_names', 'fingerprint', 'fingerprint_created_at',
];
const EXEC_AGENTS = ['key', 'id', 'role', 'goal', 'backstory', 'verbose?', 'max_iter', 'max_rpm', 'i18n', 'llm', 'delegation_enabled?', 'tools_names'];
const EXEC_TASKS = ['id', 'description', 'expected_output', 'async_execution?', 'human_input?', 'agent_role', 'agent_key', 'context', 'tools_names'];

describe('1.15.17', () => {
  it('default mode: the spans of a kickoff, in order', () => {
    expect(names(run('1.15.17', false))).toEqual([
      'Environment Context',
      'Crew Created',
      'Feature Usage', // coding_agent:<name>, once per process after the first Crew Created
      'Task Created',
      'Task Execution',
      'Flow Execution', // AgentExecutor (a Flow) runs the task
      'Tool Usage', // word_counter (the task's tools replace the agent's)
      'Tool Usage', // delegate_work_to_coworker
      'Tool Usage', // ask_question_to_coworker
      'Flow Completed',
      'Task Created',
      'Task Execution',
      'Flow Execution',
      'Flow Completed',
      'Tool Usage', // the researcher's own tools, used on delegated work
      'Tool Usage',
    ]);
  });

  it('default mode: Crew Created keys and the keys inside crew_agents / crew_tasks', () => {
    const s = span(run('1.15.17', false), 'Crew Created');
    expect(keys(s)).toEqual([...COMMON, ...CREW_CREATED_1_15]);
    expect(innerKeys(s, 'crew_agents')).toEqual(AGENTS_DEFAULT);
    expect(innerKeys(s, 'crew_tasks')).toEqual(TASKS_DEFAULT);
  });

  it('share mode: Crew Created gains platform, cpus, crew_inputs and the share-only inner keys; Crew Execution is sent', () => {
    const spans = run('1.15.17', true);
    const created = span(spans, 'Crew Created');
    expect(keys(created)).toEqual([...COMMON, ...CREW_CREATED_1_15, ...SHARE_PLATFORM]);
    expect(innerKeys(created, 'crew_agents')).toEqual(AGENTS_SHARE);
    expect(innerKeys(created, 'crew_tasks')).toEqual(TASKS_SHARE);
    const exec = span(spans, 'Crew Execution');
    expect(names(spans).indexOf('Crew Execution')).toBe(names(spans).indexOf('Crew Created') + 2);
    expect(keys(exec)).toEqual([...COMMON, 'crewai_version', 'crew_key', 'crew_id', 'crew_inputs', 'crew_agents', 'crew_tasks', 'crew_output', 'crew_tasks_output']);
    expect(innerKeys(exec, 'crew_agents')).toEqual(EXEC_AGENTS);
    expect(innerKeys(exec, 'crew_tasks')).toEqual(EXEC_TASKS);
    expect(innerKeys(exec, 'crew_tasks_output')).toEqual(['id', 'description', 'output']);
  });

  it('task spans carry agent_role by default; share mode adds formatted_* and task_output', () => {
    const plain = run('1.15.17', false);
    const taskKeys = ['crewai_version', 'crew_key', 'crew_id', 'crew_fingerprint', 'task_key', 'task_id', 'task_fingerprint'];
    expect(keys(span(plain, 'Task Created'))).toEqual([...COMMON, ...taskKeys, 'task_fingerprint_created_at', 'agent_fingerprint', 'agent_role']);
    expect(keys(span(plain, 'Task Execution'))).toEqual([...COMMON, ...taskKeys, 'agent_fingerprint', 'agent_role']);
    const shared = run('1.15.17', true);
    expect(keys(span(shared, 'Task Created')).slice(-2)).toEqual(['formatted_description', 'formatted_expected_output']);
    expect(keys(span(shared, 'Task Execution')).slice(-3)).toEqual(['formatted_description', 'formatted_expected_output', 'task_output']);
  });

  it('gates: agent_role is conditional (always holds), share-only attributes are share_crew', () => {
    const t = span(run('1.15.17', true), 'Task Created');
    expect(t.attributes.find((a) => a.key === 'agent_role')).toMatchObject({ gate: 'conditional', fromUser: true, source: 'agents.researcher.role' });
    expect(t.attributes.find((a) => a.key === 'formatted_description')).toMatchObject({ gate: 'share_crew', source: 'tasks.research_task.description' });
    expect(t.attributes.find((a) => a.key === 'task_id')).toMatchObject({ gate: 'default', value: '<uuid4>', source: null, fromUser: false });
  });

  it('crew.agents follows the tasks for @CrewBase crews; values as CrewAI writes them', () => {
    const s = span(run('1.15.17', false), 'Crew Created');
    const agents = objects(s, 'crew_agents');
    expect(agents.map((a) => a.role)).toEqual(['{topic} Senior Data Researcher', 'Reporting Analyst']);
    // "openai/gpt-4o-mini" → OpenAICompletion(model="gpt-4o-mini"): LLM.__new__, lib/crewai/src/crewai/llm.py@1.15.17 ~L387-487
    expect(agents[0]).toMatchObject({ 'delegation_enabled?': true, llm: 'gpt-4o-mini', function_calling_llm: '', max_rpm: null, max_iter: 25 });
    expect(agents[0].tools_names).toEqual(['search_the_internet_with_serper', 'archive_lookup_internal']);
    expect(agents[1].tools_names).toEqual([]);
    const tasks = objects(s, 'crew_tasks');
    expect(tasks[0].tools_names).toEqual(['word_counter']);
    expect(tasks.map((t) => t.agent_role)).toEqual(['{topic} Senior Data Researcher', 'Reporting Analyst']);
    expect(tasks[1].agent_key).toBe(agents[1].key);
    expect(value(s, 'crew_number_of_agents')).toBe(2);
    expect(value(s, 'crew_memory')).toBe(false);
    expect(value(s, 'crew_process')).toBe('sequential');
  });

  it('task context: the descriptions of the context tasks, share mode only', () => {
    const tasks = objects(span(run('1.15.17', true), 'Crew Created'), 'crew_tasks');
    expect(tasks[0].context).toBeNull();
    expect(tasks[1].context).toEqual(['Research {topic} for {customer}.']);
  });

  it('JSON attributes are encoded like json.dumps: ", " / ": " separators and ensure_ascii escapes', () => {
    const raw = String(value(span(run('1.15.17', true), 'Crew Created'), 'crew_agents'));
    expect(raw).toContain('"backstory": "A seasoned researcher at Caf\\u00e9 Z\\u00fcrich who knows {topic}."');
    expect(raw).toMatch(/^\[\{"key": "[0-9a-f]{32}", "id": "<uuid4>", /);
    expect(raw).not.toMatch(/[^\x20-\x7e]/);
  });

  it('Tool Usage: configured tools sanitised, built-ins CrewAI attaches (delegation) only here, never in tools_names', () => {
    const spans = run('1.15.17', false);
    expect(toolNames(spans)).toEqual(['word_counter', 'delegate_work_to_coworker', 'ask_question_to_coworker', 'search_the_internet_with_serper', 'archive_lookup_internal']);
    const created = span(spans, 'Crew Created');
    expect(JSON.stringify(objects(created, 'crew_agents').map((a) => a.tools_names))).not.toContain('delegate');
    const custom = spans.find((s) => value(s, 'tool_name') === 'archive_lookup_internal')!;
    expect(custom.attributes.find((a) => a.key === 'tool_name')).toMatchObject({ fromUser: true, source: 'tools.ArchiveLookupTool.name' });
    const builtin = spans.find((s) => value(s, 'tool_name') === 'delegate_work_to_coworker')!;
    expect(builtin.attributes.find((a) => a.key === 'tool_name')).toMatchObject({ fromUser: false });
    expect(keys(custom)).toEqual([...COMMON, 'crewai_version', 'tool_name', 'attempts']);
  });

  it('memory on: memory tools, Feature Usage memory:* and the RecallFlow / EncodingFlow internal flows', () => {
    const spans = simulateKickoff({ crews: [researchCrew({ memory: { value: true, origin: 'code' } })], flows: [], version: '1.15.17' });
    expect(toolNames(spans)).toEqual(expect.arrayContaining(['search_memory', 'save_to_memory']));
    const features = spans.filter((s) => s.name === 'Feature Usage').map((s) => value(s, 'feature'));
    expect(features).toEqual(['coding_agent:<coding_agent>', 'memory:query', 'memory:retrieval', 'memory:save', 'memory:query', 'memory:retrieval', 'memory:save']);
    const flows = spans.filter((s) => s.name === 'Flow Execution').map((s) => value(s, 'flow_name'));
    expect(flows).toEqual(['RecallFlow', 'AgentExecutor', 'EncodingFlow', 'RecallFlow', 'AgentExecutor', 'EncodingFlow']);
    expect(value(span(spans, 'Crew Created'), 'crew_memory')).toBe(true);
  });

  it('project_id is a common attribute when pyproject has one', () => {
    const spans = simulateKickoff({ crews: [researchCrew()], flows: [], version: '1.15.17', projectId: ' 3f2c9a1e-7b4d-4e8a-9c1f-5d6e7f8a9b0c ' });
    for (const s of spans) expect(s.attributes[2]).toMatchObject({ key: 'project_id', value: '3f2c9a1e-7b4d-4e8a-9c1f-5d6e7f8a9b0c', gate: 'conditional', fromUser: true });
    expect(keys(span(simulateKickoff({ crews: [researchCrew()], flows: [], version: '1.15.13', projectId: 'x' }), 'Crew Created'))).toEqual(['coding_agent', ...CREW_CREATED_1_15]);
  });
});

describe('0.186.0', () => {
  it('default mode: no common attributes, no Environment Context / Feature Usage / internal flows; Task Created twice per task', () => {
    expect(names(run('0.186.0', false))).toEqual([
      'Crew Created',
      'Task Created',
      'Task Created',
      'Task Execution',
      'Tool Usage',
      'Tool Usage',
      'Tool Usage',
      'Task Created',
      'Task Created',
      'Task Execution',
      'Tool Usage',
      'Tool Usage',
    ]);
  });

  it('default mode: keys (crew_fingerprint next to crew_id, agent_role new on task spans, no crewai_version there)', () => {
    const spans = run('0.186.0', false);
    const created = span(spans, 'Crew Created');
    expect(keys(created)).toEqual(CREW_CREATED_1_15);
    expect(innerKeys(created, 'crew_agents')).toEqual(AGENTS_DEFAULT);
    expect(innerKeys(created, 'crew_tasks')).toEqual(TASKS_DEFAULT);
    expect(keys(span(spans, 'Task Created'))).toEqual([
      'crew_key', 'crew_id', 'crew_fingerprint', 'task_key', 'task_id', 'task_fingerprint', 'task_fingerprint_created_at', 'agent_fingerprint', 'agent_role',
    ]);
    expect(keys(span(spans, 'Task Execution'))).toEqual(['crew_key', 'crew_id', 'crew_fingerprint', 'task_key', 'task_id', 'task_fingerprint', 'agent_fingerprint', 'agent_role']);
  });

  it('share mode: same inner keys as 1.15.17, Crew Execution sent', () => {
    const spans = run('0.186.0', true);
    const created = span(spans, 'Crew Created');
    expect(keys(created)).toEqual([...CREW_CREATED_1_15, ...SHARE_PLATFORM]);
    expect(innerKeys(created, 'crew_agents')).toEqual(AGENTS_SHARE);
    expect(innerKeys(created, 'crew_tasks')).toEqual(TASKS_SHARE);
    const exec = span(spans, 'Crew Execution');
    expect(keys(exec)).toEqual(['crewai_version', 'crew_key', 'crew_id', 'crew_inputs', 'crew_agents', 'crew_tasks', 'crew_output', 'crew_tasks_output']);
    expect(innerKeys(exec, 'crew_agents')).toEqual(EXEC_AGENTS);
    expect(innerKeys(exec, 'crew_tasks')).toEqual(EXEC_TASKS);
  });

  it('tool names: tools_names casefolded, tool_name raw (before 1.9.0)', () => {
    const spans = run('0.186.0', false);
    expect(objects(span(spans, 'Crew Created'), 'crew_agents')[0].tools_names).toEqual(['search the internet with serper', 'archive lookup (internal)']);
    expect(toolNames(spans)).toEqual(['Word Counter', 'Delegate work to coworker', 'Ask question to coworker', 'Search the internet with Serper', 'Archive Lookup (Internal)']);
  });
});

describe('0.114.0', () => {
  it('default mode: fingerprints after the counts, no agent_role on task spans, Task Execution never exported', () => {
    const result = simulate({ crews: [researchCrew()], flows: [], version: '0.114.0', shareCrew: false });
    expect(names(result.spans)).toEqual(['Crew Created', 'Task Created', 'Tool Usage', 'Tool Usage', 'Tool Usage', 'Task Created', 'Tool Usage', 'Tool Usage']);
    const created = span(result.spans, 'Crew Created');
    expect(keys(created)).toEqual([
      'crewai_version', 'python_version', 'crew_key', 'crew_id', 'crew_process', 'crew_memory', 'crew_number_of_tasks',
      'crew_number_of_agents', 'crew_fingerprint', 'crew_fingerprint_created_at', 'crew_agents', 'crew_tasks',
    ]);
    expect(innerKeys(created, 'crew_agents')).toEqual(AGENTS_DEFAULT);
    expect(innerKeys(created, 'crew_tasks')).toEqual(TASKS_DEFAULT);
    expect(keys(span(result.spans, 'Task Created'))).toEqual(['crew_key', 'crew_id', 'task_key', 'task_id', 'crew_fingerprint', 'task_fingerprint', 'task_fingerprint_created_at', 'agent_fingerprint']);
    expect(result.notes.some((n) => n.startsWith('Task Execution is not sent by 0.114.0'))).toBe(true);
  });

  it('share mode: share-only inner keys and platform, but Crew Execution is never exported', () => {
    const result = simulate({ crews: [researchCrew()], flows: [], version: '0.114.0', shareCrew: true });
    expect(names(result.spans)).not.toContain('Crew Execution');
    expect(result.notes.some((n) => n.startsWith('Crew Execution is not sent by 0.114.0'))).toBe(true);
    const created = span(result.spans, 'Crew Created');
    expect(keys(created).slice(-6)).toEqual(SHARE_PLATFORM);
    expect(innerKeys(created, 'crew_agents')).toEqual(AGENTS_SHARE);
    expect(innerKeys(created, 'crew_tasks')).toEqual(TASKS_SHARE);
    expect(keys(span(result.spans, 'Task Created')).slice(-2)).toEqual(['formatted_description', 'formatted_expected_output']);
  });
});

describe('older releases (spec g)', () => {
  const agentKeysAt = (v: string, share = false) => innerKeys(span(run(v, share), 'Crew Created'), 'crew_agents');

  it('goal and backstory are default in 0.35.0 – 0.51.x, share-only from 0.55.2', () => {
    expect(agentKeysAt('0.35.0')).toEqual(['id', 'role', 'goal', 'backstory', 'verbose?', 'max_iter', 'max_rpm', 'i18n', 'llm', 'delegation_enabled?', 'tools_names']);
    expect(agentKeysAt('0.51.0')).toEqual(['key', 'id', 'role', 'goal', 'backstory', 'verbose?', 'max_iter', 'max_rpm', 'i18n', 'llm', 'delegation_enabled?', 'tools_names']);
    expect(agentKeysAt('0.55.2')).toEqual(AGENTS_DEFAULT);
  });

  it('v0.5.5: Crew Created only, with hostname and crewid, raw tool names', () => {
    const spans = run('0.5.5', true);
    expect(names(spans)).toEqual(['Crew Created']);
    expect(keys(spans[0])).toEqual([
      'crewai_version', 'python_version', 'hostname', 'crewid', 'crew_process', 'crew_language', 'crew_number_of_tasks',
      'crew_number_of_agents', 'crew_agents', 'crew_tasks', 'platform', 'platform_release', 'platform_system', 'platform_version', 'cpus',
    ]);
    expect(innerKeys(spans[0], 'crew_agents')).toEqual(['id', 'role', 'memory_enabled?', 'llm', 'delegation_enabled?', 'tools_names']);
    expect(objects(spans[0], 'crew_agents')[0].tools_names).toEqual(['Search the internet with Serper', 'Archive Lookup (Internal)']);
  });

  it('v0.35.0: Task Execution sends the filled description and output by default', () => {
    const spans = run('0.35.0', false, { topic: 'AI', customer: 'ACME' });
    const exec = span(spans, 'Task Execution');
    expect(keys(exec)).toEqual(['task_id', 'formatted_description', 'formatted_expected_output', 'output']);
    expect(exec.attributes.find((a) => a.key === 'formatted_description')).toMatchObject({ gate: 'default', value: 'Research AI for ACME.' });
    expect(names(spans)).not.toContain('Task Created');
  });

  it('1.9.0 – 1.10.0 cut long tool names; 1.10.1 adds the hash suffix', () => {
    const long = 'Call Patronus API tool for evaluation of model inputs and outputs';
    const withTool = (v: string) =>
      simulateKickoff({ crews: [crew({ agents: [agent('a', { role: 'r', goal: 'g', backstory: 'b', tools: [{ kind: 'crewai_tools', name: long, ref: 'PatronusEvalTool' }] })], tasks: [task('t', { description: 'd', expectedOutput: 'o', agent: 'a' })] })], flows: [], version: v });
    expect(toolNames(withTool('1.10.0'))).toEqual(['call_patronus_api_tool_for_evaluation_of_model_inputs_and_output']);
    expect(toolNames(withTool('1.10.1'))).toEqual(['call_patronus_api_tool_for_evaluation_of_model_inputs_a_e3ef0364']);
  });

  it('delegation tools were "co-worker" before 0.32.0', () => {
    expect(toolNames(run('0.30.11', false))).toContain('Delegate work to co-worker');
  });
});

describe('run-time names and unknowns', () => {
  const mcpCrew = () => {
    const server = ['npx', '-y', '@modelcontextprotocol/server-filesystem', '/Users/alice/Documents'].join('_');
    const researcher = agent('researcher', {
      role: 'R',
      goal: 'G',
      backstory: 'B',
      tools: [{ kind: 'mcp', name: `${server}_<tool>`, mcpServerName: server, ref: 'MCPServerStdio' }, { kind: 'unresolved', name: 'MysteryTool', ref: 'MysteryTool' }],
    });
    return crew({ agents: [researcher], tasks: [task('t', { description: 'D', expectedOutput: 'O', agent: 'researcher' })] });
  };

  it('MCP tools: only on tool spans, named <server>_<tool> with the server cut as sanitize_tool_name cuts it', () => {
    const spans = simulateKickoff({ crews: [mcpCrew()], flows: [], version: '1.15.17' });
    expect(toolNames(spans)).toEqual(['<name of MysteryTool>', 'npx_y_modelcontextprotocol_server_filesystem_users_alic_<sha256[:8]>']);
    const created = span(spans, 'Crew Created');
    expect(objects(created, 'crew_agents')[0].tools_names).toEqual(['<name of MysteryTool>']);
    const features = spans.filter((s) => s.name === 'Feature Usage').map((s) => value(s, 'feature'));
    expect(features).toEqual(['coding_agent:<coding_agent>', 'mcp:connection', 'mcp:tool_execution']);
    // agent mcps exist since 1.0.0
    expect(toolNames(simulateKickoff({ crews: [mcpCrew()], flows: [], version: '0.186.0' }))).toEqual(['<name of MysteryTool>']);
  });

  it('a key field the model does not know gives a placeholder, not a wrong hash', () => {
    const c = crew({ agents: [agent('a', { role: 'R', backstory: 'B' })], tasks: [task('t', { description: 'D', expectedOutput: 'O', agent: 'a' })] });
    const created = span(simulateKickoff({ crews: [c], flows: [], version: '1.15.17' }), 'Crew Created');
    expect(value(created, 'crew_key')).toMatch(/^<md5: /);
    expect(objects(created, 'crew_agents')[0].key).toBe('<md5: agents.a lacks goal>');
    expect(objects(created, 'crew_tasks')[0].key).toMatch(/^[0-9a-f]{32}$/);
  });

  it('a fingerprint dict in security_config is sent verbatim since 0.186.0', () => {
    const c = researchCrew({ fingerprint: { uuid: str('customer-4711'), createdAt: str('2024-01-01T00:00:00+02:00') } });
    const at = (v: string) => span(simulateKickoff({ crews: [c], flows: [], version: v }), 'Crew Created');
    expect(at('1.15.17').attributes.find((a) => a.key === 'crew_fingerprint')).toMatchObject({ value: 'customer-4711', fromUser: true });
    expect(value(at('1.15.17'), 'crew_fingerprint_created_at')).toBe('2024-01-01T00:00:00+02:00');
    expect(value(at('0.177.0'), 'crew_fingerprint')).toBe('<uuid4>');
  });

  it('hierarchical process: the manager delegates, so the delegation tools are used even without allow_delegation', () => {
    const c = researchCrew({ process: { value: 'hierarchical', origin: 'code' } });
    for (const a of c.agents) a.allowDelegation = false;
    expect(toolNames(simulateKickoff({ crews: [c], flows: [], version: '1.15.17' }))).toEqual(
      expect.arrayContaining(['delegate_work_to_coworker', 'ask_question_to_coworker', 'search_the_internet_with_serper']),
    );
  });
});
