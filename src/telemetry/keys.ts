// The MD5 keys CrewAI computes from the original (pre-interpolation) strings (spec c):
// deterministic, so crewtel shows the exact value CrewAI sends. A missing field is ''
// (CrewAI requires role/goal/backstory and description/expected_output; a config
// without them fails before kickoff, so the value only matters for previewing).
import { createHash } from 'node:crypto';
import type { Agent, Task } from '../model/types.js';

const md5 = (s: string) => createHash('md5').update(s, 'utf8').digest('hex');

export function agentKey(a: Agent): string {
  return md5(`${a.role?.value ?? ''}|${a.goal?.value ?? ''}|${a.backstory?.value ?? ''}`);
}

export function taskKey(t: Task): string {
  return md5(`${t.description?.value ?? ''}|${t.expectedOutput?.value ?? ''}`);
}

export function crewKey(agents: Agent[], tasks: Task[]): string {
  return md5([...agents.map(agentKey), ...tasks.map(taskKey)].join('|'));
}
