// Which kind of CrewAI file a parsed config is: judged by content first (CrewAI does
// not care about file names: `agents_config` may point anywhere), file name second.

import { basename } from 'node:path';
import { get, getString, type ConfigNode } from '../load/tree.js';

export type ConfigKind = 'agents' | 'tasks' | 'flow' | 'json-crew' | 'unknown';

const AGENT_KEYS = ['role', 'goal', 'backstory'];
const TASK_KEYS = ['description', 'expected_output'];

export function classifyConfig(root: ConfigNode | undefined, path: string): ConfigKind {
  const name = basename(path).toLowerCase();
  if (root?.kind === 'map') {
    const schema = getString(root, 'schema')?.value;
    if (schema?.startsWith('crewai.flow/') || (get(root, 'methods')?.kind === 'map' && /flow/.test(name))) return 'flow';
    if (get(root, 'agents')?.kind === 'seq' && get(root, 'tasks')?.kind === 'seq' && /\.jsonc?$/.test(name)) return 'json-crew';
    let agentish = 0;
    let taskish = 0;
    for (const e of root.entries) {
      if (e.value.kind !== 'map') continue;
      const keys = new Set(e.value.entries.map((x) => x.key));
      if (AGENT_KEYS.some((k) => keys.has(k))) agentish++;
      if (TASK_KEYS.some((k) => keys.has(k))) taskish++;
    }
    if (agentish > taskish) return 'agents';
    if (taskish > agentish) return 'tasks';
  }
  return kindFromName(name);
}

export function kindFromName(name: string): ConfigKind {
  if (/agent/.test(name)) return 'agents';
  if (/(task|tarefa|tarea)/.test(name)) return 'tasks';
  return 'unknown';
}

/** The part of a config file name that pairs agents with tasks: fire_agents.yaml ↔ fire_tasks.yaml → "fire". */
export function pairingStem(path: string): string {
  const name = basename(path).replace(/\.(ya?ml|jsonc?)$/i, '').toLowerCase();
  return name
    .split(/[_.-]+/)
    .filter((t) => !/^(agents?|agentes|tasks?|tarefas|tareas)$/.test(t))
    .join('_');
}
