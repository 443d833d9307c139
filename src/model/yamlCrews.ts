// Groups agents/tasks config files into crews. A @CrewBase class names its files
// (agents_config / tasks_config); files no Python claims are paired by folder and
// name: agents.yaml + tasks.yaml, fire_agents.yaml + fire_tasks.yaml,
// agents_screening.yaml + tasks_screening.yaml, config/agents/*.yaml + tasks.yaml.

import { basename, dirname, relative } from 'node:path';
import { displayPath } from '../core/source.js';
import type { ConfigNode } from '../load/tree.js';
import { pairingStem, type ConfigKind } from './classify.js';
import { compareText } from '../core/compare.js';

export interface LoadedDoc {
  abs: string;
  file: string;
  root?: ConfigNode;
  kind: ConfigKind;
}

export interface CrewGroup {
  id: string;
  root: string;
  name: string;
  agentDocs: LoadedDoc[];
  taskDocs: LoadedDoc[];
}

/** The folder that holds a config folder (src/pkg for src/pkg/config/agents.yaml). */
function configHome(abs: string): { configDir: string; home: string } {
  let dir = dirname(abs);
  // config/agents/*.yaml, config/tasks/*.yaml: the config folder is one up
  if (/^(agents|tasks)$/i.test(basename(dir)) && basename(dirname(dir)).toLowerCase() === 'config') dir = dirname(dir);
  const home = basename(dir).toLowerCase() === 'config' ? dirname(dir) : dir;
  return { configDir: dir, home };
}

export function groupYamlCrews(docs: LoadedDoc[], cwd: string): CrewGroup[] {
  const byDir = new Map<string, LoadedDoc[]>();
  for (const d of docs) {
    if (d.kind !== 'agents' && d.kind !== 'tasks') continue;
    const { configDir } = configHome(d.abs);
    const list = byDir.get(configDir) ?? [];
    list.push(d);
    byDir.set(configDir, list);
  }
  const groups: CrewGroup[] = [];
  for (const [configDir, list] of byDir) {
    const home = basename(configDir).toLowerCase() === 'config' ? dirname(configDir) : configDir;
    const stemOf = (d: LoadedDoc) => (dirname(d.abs) !== configDir ? '' : pairingStem(d.abs));
    const agentsByStem = new Map<string, LoadedDoc[]>();
    const tasksByStem = new Map<string, LoadedDoc[]>();
    for (const d of list) {
      const map = d.kind === 'agents' ? agentsByStem : tasksByStem;
      const s = stemOf(d);
      map.set(s, [...(map.get(s) ?? []), d]);
    }
    const usedAgentStems = new Set<string>();
    const multi = tasksByStem.size + agentsByStem.size > 2;
    for (const [stem, taskDocs] of tasksByStem) {
      // the agents files that define the agents these tasks name decide the pairing;
      // file names are the fallback
      const wanted = referencedAgents(taskDocs);
      let agentStems = [...agentsByStem].filter(([, docs]) => docs.some((d) => definesAny(d, wanted))).map(([s]) => s);
      if (agentStems.length === 0) {
        if (agentsByStem.has(stem)) agentStems = [stem];
        else if (agentsByStem.has('')) agentStems = [''];
        else if (agentsByStem.size === 1) agentStems = [...agentsByStem.keys()];
      }
      for (const s of agentStems) usedAgentStems.add(s);
      groups.push(makeGroup(home, stem, multi, agentStems.flatMap((s) => agentsByStem.get(s)!), taskDocs, cwd));
    }
    for (const [stem, agentDocs] of agentsByStem) {
      if (!usedAgentStems.has(stem)) groups.push(makeGroup(home, stem, multi, agentDocs, [], cwd));
    }
  }
  return groups.sort((a, b) => compareText(a.id, b.id));
}

function makeGroup(home: string, stem: string, multi: boolean, agentDocs: LoadedDoc[], taskDocs: LoadedDoc[], cwd: string): CrewGroup {
  const rootRel = displayPath(relative(cwd, home) || '.', cwd);
  const id = multi && stem ? `${rootRel}#${stem}` : rootRel;
  return { id, root: home, name: stem || basename(home), agentDocs, taskDocs };
}

function referencedAgents(taskDocs: LoadedDoc[]): Set<string> {
  const names = new Set<string>();
  for (const d of taskDocs) {
    if (d.root?.kind !== 'map') continue;
    for (const e of d.root.entries) {
      const agent = e.value.kind === 'map' ? e.value.entries.find((x) => x.key === 'agent')?.value : undefined;
      if (agent?.kind === 'str') names.add(agent.value.value);
    }
  }
  return names;
}

function definesAny(doc: LoadedDoc, names: Set<string>): boolean {
  return doc.root?.kind === 'map' && doc.root.entries.some((e) => names.has(e.key));
}
