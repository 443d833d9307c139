// crew_key / agent key / task key: MD5 of the original strings (spec c), computed here
// independently with node:crypto.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { agentKey, crewKey, taskKey } from '../../src/telemetry/keys.js';
import { crewAgentOrder } from '../../src/telemetry/simulate.js';
import { agent, ANALYST, crew, REPORT_TASK, RESEARCH_TASK, RESEARCHER, researchCrew, task } from './crews.js';

const md5 = (s: string) => createHash('md5').update(Buffer.from(s, 'utf8')).digest('hex');

describe('keys', () => {
  it('agent key = md5(role|goal|backstory), UTF-8', () => {
    const a = agent('researcher', RESEARCHER);
    expect(agentKey(a)).toBe(md5(`${RESEARCHER.role}|${RESEARCHER.goal}|${RESEARCHER.backstory}`));
    // hashlib.md5('{topic} Senior Data Researcher|…Café Zürich…'.encode()).hexdigest() in Python
    expect(agentKey(a)).toBe('24022b12d628e01abf661276764f7f70');
  });

  it('task key = md5(description|expected_output)', () => {
    expect(taskKey(task('t', RESEARCH_TASK))).toBe(md5('Research {topic} for {customer}.|A list with 10 bullet points about {topic}.'));
  });

  it('crew key = md5 of the agent keys (crew.agents order) then the task keys, joined with |', () => {
    const c = researchCrew();
    const agents = crewAgentOrder(c);
    expect(agents.map((a) => a.key)).toEqual(['researcher', 'reporting_analyst']);
    const a1 = md5(`${RESEARCHER.role}|${RESEARCHER.goal}|${RESEARCHER.backstory}`);
    const a2 = md5(`${ANALYST.role}|${ANALYST.goal}|${ANALYST.backstory}`);
    const t1 = md5(`${RESEARCH_TASK.description}|${RESEARCH_TASK.expectedOutput}`);
    const t2 = md5(`${REPORT_TASK.description}|${REPORT_TASK.expectedOutput}`);
    expect(crewKey(agents, c.tasks)).toBe(md5([a1, a2, t1, t2].join('|')));
    // the order matters: the YAML order would give another key
    expect(crewKey(c.agents, c.tasks)).not.toBe(crewKey(agents, c.tasks));
  });

  it('an empty string is a value; a field the model does not know makes the key unknown (no guess)', () => {
    expect(agentKey(agent('a', { role: '', goal: '', backstory: '' }))).toBe(md5('||'));
    expect(agentKey(agent('a', { role: 'r', backstory: 'b' }))).toBeUndefined();
    expect(taskKey(task('t', { description: 'd' }))).toBeUndefined();
    const c = crew({ agents: [agent('a', { role: 'r', backstory: 'b' })], tasks: [] });
    expect(crewKey(c.agents, c.tasks)).toBeUndefined();
  });

  it('@CrewBase agent order: through tasks first, one agent per role, then the rest', () => {
    const a = agent('a', { role: 'Same', goal: 'g', backstory: 'b' });
    const b = agent('b', { role: 'Same', goal: 'other', backstory: 'b' });
    const c = agent('c', { role: 'C', goal: 'g', backstory: 'b' });
    const d = agent('d', { role: 'D', goal: 'g', backstory: 'b' });
    const yaml = crew({ agents: [a, b, c, d], tasks: [task('t1', { agent: 'd' }), task('t2', { agent: 'b' })] });
    expect(crewAgentOrder(yaml).map((x) => x.key)).toEqual(['d', 'b', 'c']);
    expect(crewAgentOrder({ ...yaml, kind: 'json' }).map((x) => x.key)).toEqual(['a', 'b', 'c', 'd']);
  });
});
