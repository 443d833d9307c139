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

/**
 * Do a file's entries look like what CrewAI loads as agents or tasks? An agent entry is a
 * mapping with two of role/goal/backstory, a task entry a mapping with a description and
 * an expected_output or agent. Used for files no crew's Python points at: another tool's
 * agents.yaml, app settings in config/, a scaffold that is all comments are not crews.
 */
export function looksLikeCrewConfig(root: ConfigNode | undefined): boolean {
  if (root?.kind !== 'map') return false;
  for (const e of root.entries) {
    if (e.value.kind !== 'map') continue;
    const keys = new Set(e.value.entries.map((x) => x.key));
    if (AGENT_KEYS.filter((k) => keys.has(k)).length >= 2) return true;
    if (keys.has('description') && (keys.has('expected_output') || keys.has('agent'))) return true;
  }
  return false;
}
