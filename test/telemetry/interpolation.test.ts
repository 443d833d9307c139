// --inputs and interpolation timing (spec e): Crew Created records the raw template;
// task agent_role is recorded after kickoff fills {placeholders} (default since 0.186.0);
// formatted_* and crew_tasks_output descriptions after (share mode).
import { describe, expect, it } from 'vitest';
import { parseKickoffInputs } from '../../src/telemetry/inputs.js';
import { interpolateOnly } from '../../src/telemetry/interpolate.js';
import { simulate, type SimulatedSpan } from '../../src/telemetry/simulate.js';
import { researchCrew, str } from './crews.js';

const INPUTS = { topic: 'AI agents', customer: 'Alice Smith' };
/** `inputs` null: no inputs at all */
const spansAt = (version: string, shareCrew: boolean, inputs: Record<string, unknown> | ReadonlyMap<string, unknown> | null = INPUTS) =>
  simulate({ crews: [researchCrew()], flows: [], version, shareCrew, inputs: inputs ?? undefined });
const find = (spans: SimulatedSpan[], name: string, nth = 0) => spans.filter((s) => s.name === name)[nth];
const value = (s: SimulatedSpan, key: string) => s.attributes.find((a) => a.key === key)?.value;
const objects = (s: SimulatedSpan, key: string) => JSON.parse(String(value(s, key))) as Record<string, unknown>[];

describe('interpolation timing with --inputs', () => {
  it('1.15.17: Crew Created keeps the raw template, Task Created/Execution agent_role is filled', () => {
    const { spans } = spansAt('1.15.17', false);
    const created = find(spans, 'Crew Created');
    expect(objects(created, 'crew_agents')[0].role).toBe('{topic} Senior Data Researcher');
    expect(objects(created, 'crew_tasks')[0].agent_role).toBe('{topic} Senior Data Researcher');
    for (const name of ['Task Created', 'Task Execution']) {
      const a = find(spans, name).attributes.find((x) => x.key === 'agent_role')!;
      expect(a).toMatchObject({ value: 'AI agents Senior Data Researcher', interpolated: 'after', fromUser: true });
    }
  });

  it('0.186.0 fills agent_role too (it is new there); 0.114.0 has no agent_role on task spans', () => {
    expect(value(find(spansAt('0.186.0', false).spans, 'Task Created'), 'agent_role')).toBe('AI agents Senior Data Researcher');
    expect(find(spansAt('0.114.0', false).spans, 'Task Created').attributes.map((a) => a.key)).not.toContain('agent_role');
  });

  it('share mode: formatted_* and crew_tasks_output are filled; crew_tasks, goal, backstory stay raw; crew_inputs is json.dumps', () => {
    const { spans } = spansAt('1.15.17', true);
    const task = find(spans, 'Task Created');
    expect(value(task, 'formatted_description')).toBe('Research AI agents for Alice Smith.');
    expect(value(task, 'formatted_expected_output')).toBe('A list with 10 bullet points about AI agents.');
    const created = find(spans, 'Crew Created');
    expect(objects(created, 'crew_agents')[0].goal).toBe('Uncover cutting-edge developments in {topic}');
    expect(objects(created, 'crew_tasks')[0].description).toBe('Research {topic} for {customer}.');
    expect(value(created, 'crew_inputs')).toBe('{"topic": "AI agents", "customer": "Alice Smith"}');
    const exec = find(spans, 'Crew Execution');
    expect(objects(exec, 'crew_tasks')[0].description).toBe('Research {topic} for {customer}.');
    expect(objects(exec, 'crew_tasks_output')[0].description).toBe('Research AI agents for Alice Smith.');
  });

  it('the MD5 keys use the raw strings whatever the inputs', () => {
    const a = find(spansAt('1.15.17', false).spans, 'Crew Created');
    const b = find(spansAt('1.15.17', false, { topic: 'something else', customer: 'Bob' }).spans, 'Crew Created');
    expect(value(a, 'crew_key')).toBe(value(b, 'crew_key'));
    expect(value(find(spansAt('1.15.17', false).spans, 'Task Created'), 'task_key')).toBe(value(find(spansAt('1.15.17', false, null).spans, 'Task Created'), 'task_key'));
  });

  it('values are inserted with Python str(): dicts and lists in repr, True/False/None, float repr', () => {
    const inputs = parseKickoffInputs('{"topic": {"b": 1, "a": [true, null, 1.0, "it\'s"]}, "customer": 1e-7}');
    expect(inputs.ok).toBe(true);
    const { spans } = spansAt('1.15.17', true, inputs.ok ? inputs.inputs : undefined);
    const task = find(spans, 'Task Created');
    expect(value(task, 'agent_role')).toBe(`{'b': 1, 'a': [True, None, 1.0, "it's"]} Senior Data Researcher`);
    expect(value(task, 'formatted_description')).toBe(`Research {'b': 1, 'a': [True, None, 1.0, "it's"]} for 1e-07.`);
    expect(value(find(spans, 'Crew Created'), 'crew_inputs')).toBe('{"topic": {"b": 1, "a": [true, null, 1.0, "it\'s"]}, "customer": 1e-07}');
  });

  it('a placeholder without an input: CrewAI would raise; the text stays unfilled and a note says so', () => {
    const result = spansAt('1.15.17', false, { topic: 'AI' });
    expect(value(find(result.spans, 'Task Created'), 'agent_role')).toBe('AI Senior Data Researcher');
    const shared = spansAt('1.15.17', true, { topic: 'AI' });
    expect(value(find(shared.spans, 'Task Created'), 'formatted_description')).toBe('Research {topic} for {customer}.');
    expect(shared.notes.some((n) => n.includes('{customer}') && n.includes('KeyError'))).toBe(true);
  });

  it('without --inputs, the inputs found in the project are used (and said so)', () => {
    const crew = researchCrew({ inputs: { values: { topic: str('Robotics', 'main.py'), customer: str('ACME', 'main.py') } } });
    const result = simulate({ crews: [crew], flows: [], version: '1.15.17', shareCrew: true });
    expect(value(find(result.spans, 'Task Created'), 'agent_role')).toBe('Robotics Senior Data Researcher');
    expect(find(result.spans, 'Crew Created').attributes.find((a) => a.key === 'crew_inputs')).toMatchObject({ value: '{"topic": "Robotics", "customer": "ACME"}', source: 'crew.inputs' });
    expect(result.notes.some((n) => n.includes('kickoff inputs found in the project'))).toBe(true);
    // --inputs wins over the project's
    const cli = simulate({ crews: [crew], flows: [], version: '1.15.17', inputs: { topic: 'X', customer: 'Y' } });
    expect(value(find(cli.spans, 'Task Created'), 'agent_role')).toBe('X Senior Data Researcher');
  });

  it('no inputs at all: crew_inputs is a placeholder when the crew has {placeholders}, {} otherwise (1.7.0+), omitted before 1.7.0', () => {
    const withPlaceholders = find(spansAt('1.15.17', true, null).spans, 'Crew Created');
    expect(value(withPlaceholders, 'crew_inputs')).toBe('<json of the kickoff inputs>');
    const plainCrew = researchCrew();
    for (const a of plainCrew.agents) a.role = str(a.role!.value.replace('{topic} ', '')), (a.goal = str('g')), (a.backstory = str('b'));
    for (const t of plainCrew.tasks) (t.description = str('d')), (t.expectedOutput = str('o'));
    const at = (v: string) => find(simulate({ crews: [plainCrew], flows: [], version: v, shareCrew: true }).spans, 'Crew Created');
    expect(value(at('1.7.0'), 'crew_inputs')).toBe('{}');
    expect(at('1.6.1').attributes.map((a) => a.key)).not.toContain('crew_inputs');
  });
});

describe('interpolateOnly (STR @ 1.15.17)', () => {
  const m = (o: Record<string, unknown>) => new Map(Object.entries(o));

  it('replaces every occurrence of each {name} with str(value)', () => {
    expect(interpolateOnly('{a} and {a} and {b_1-x}', m({ a: 1, 'b_1-x': 'y' })).value).toBe('1 and 1 and y');
  });

  it('leaves text alone without inputs and leaves braces that are not placeholders', () => {
    expect(interpolateOnly('{topic}', undefined).value).toBe('{topic}');
    expect(interpolateOnly('{topic}', new Map()).value).toBe('{topic}');
    expect(interpolateOnly('JSON {"k": 1} and {1abc} and {topic}', m({ topic: 'T' })).value).toBe('JSON {"k": 1} and {1abc} and T');
  });

  it('replaces sequentially over the variables of the original text, as CrewAI loops', () => {
    // {a} → "{b}", then {b} → "X": CrewAI's loop replaces the inserted {b} too
    expect(interpolateOnly('{a} {b}', m({ a: '{b}', b: 'X' })).value).toBe('X X');
    expect(interpolateOnly('{a}', m({ a: '{b}', b: 'X' })).value).toBe('{b}');
  });

  it('reports the first missing name (KeyError in CrewAI)', () => {
    expect(interpolateOnly('{a} {missing}', m({ a: 1 }))).toEqual({ value: '{a} {missing}', missing: 'missing' });
  });
});

describe('parseKickoffInputs', () => {
  it('keeps key order (integer-like keys included) and Python number types', () => {
    const r = parseKickoffInputs('{"b": 1, "2": 2.50, "a": 12345678901234567890}');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([...r.inputs.keys()]).toEqual(['b', '2', 'a']);
  });

  it('rejects bad JSON and non-objects with a message that says where', () => {
    const bad = parseKickoffInputs('{"topic": }');
    expect(bad).toMatchObject({ ok: false });
    expect(!bad.ok && bad.message).toMatch(/not valid JSON \(ValueExpected at line 1, column 11\)/);
    expect(parseKickoffInputs('["a"]')).toMatchObject({ ok: false, message: expect.stringMatching(/expected a JSON object/) });
    expect(parseKickoffInputs('{"a": 1} // c')).toMatchObject({ ok: false });
  });
});
