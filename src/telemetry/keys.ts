// The MD5 keys CrewAI computes (spec c; base_agent.py, task.py, crew.py @ 1.15.17):
//   agent.key = md5("role|goal|backstory"), task.key = md5("description|expected_output"),
//   crew.key  = md5("|".join(agent keys in crew.agents order + task keys in crew.tasks order)),
// always over the ORIGINAL strings (_original_role or role …), never the interpolated
// ones, UTF-8 encoded, hex digest. Deterministic, so crewtel shows the exact value sent.
//
// Missing values: role, goal, backstory, description and expected_output are required
// `str` fields in CrewAI; an agent or task without one fails validation before any
// kickoff, and "|".join() would raise on None anyway. So there is no Python value to
// imitate: when the model does not know a field (set in Python code crewtel could not
// read, from_repository, …) the key is unknown and these functions return undefined;
// the preview shows a placeholder instead of a wrong hash. An empty string is a real
// value and is hashed as such.
import { hexDigest } from '../core/hash.js';
import type { Agent, Task } from '../model/types.js';

const md5Hex = (s: string): string => hexDigest('md5', s);

export function agentKey(a: Agent): string | undefined {
  if (a.role === undefined || a.goal === undefined || a.backstory === undefined) return undefined;
  return md5Hex([a.role.value, a.goal.value, a.backstory.value].join('|'));
}

export function taskKey(t: Task): string | undefined {
  if (t.description === undefined || t.expectedOutput === undefined) return undefined;
  return md5Hex([t.description.value, t.expectedOutput.value].join('|'));
}

/** crew.key from the crew's agents (in crew.agents order, see crewAgentOrder) and tasks. */
export function crewKey(agents: Agent[], tasks: Task[]): string | undefined {
  const keys = [...agents.map(agentKey), ...tasks.map(taskKey)];
  if (keys.some((k) => k === undefined)) return undefined;
  return md5Hex(keys.join('|'));
}

/** Which of an agent's / task's key fields the model lacks (for the placeholder text). */
export function missingKeyFields(x: Agent | Task): string[] {
  if ('maxIter' in x) {
    const a = x as Agent;
    return (['role', 'goal', 'backstory'] as const).filter((f) => a[f] === undefined);
  }
  const t = x as Task;
  return [t.description === undefined ? 'description' : '', t.expectedOutput === undefined ? 'expected_output' : ''].filter(Boolean);
}
