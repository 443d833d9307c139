// Agents and tasks outside any crew (ProjectModel.outside): how preview, audit and their
// reports name them, in one place so every output says the same thing.

import type { Crew } from './types.js';

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** "3 agents and 1 task" */
export function membersText(c: Pick<Crew, 'agents' | 'tasks'>): string {
  return [c.agents.length ? count(c.agents.length, 'agent') : '', c.tasks.length ? count(c.tasks.length, 'task') : ''].filter(Boolean).join(' and ') || 'nothing';
}

/** Over several groups: "3 agents and 1 task". */
export function totalMembersText(groups: Crew[]): string {
  return membersText({ agents: groups.flatMap((g) => g.agents), tasks: groups.flatMap((g) => g.tasks) });
}

/** The JSON entry of one group (preview and audit `outsideCrews[]`). */
export function outsideEntry(c: Crew, version: string) {
  return {
    id: c.id,
    name: c.name,
    hypothetical: true as const,
    agents: c.agents.map((a) => a.key),
    tasks: c.tasks.map((t) => t.key),
    shareCrew: c.shareCrew.value,
    crewaiVersion: c.release?.version ?? version,
    files: c.files,
  };
}

/** Preview's note for one group. */
export function outsideNote(c: Crew): string {
  return (
    `${membersText(c)} defined in the project's Python ${c.agents.length + c.tasks.length === 1 ? 'is' : 'are'} used by no crew crewtel resolved: ` +
    `shown as the hypothetical crew ${c.id}, in the spans that would carry them if a crew crewtel cannot see uses them ` +
    `(a standalone Agent.kickoff() sends no role, goal or backstory)`
  );
}

/** Audit's summary line: "2 agents defined outside any crew were scanned as if used (…)". */
export function outsideScannedLine(groups: Crew[]): string {
  const agents = groups.flatMap((g) => g.agents).length;
  const tasks = groups.flatMap((g) => g.tasks).length;
  const one = agents + tasks === 1;
  return `${totalMembersText(groups)} defined outside any crew ${one ? 'was' : 'were'} scanned as if used (no crew crewtel resolved uses ${one ? 'it' : 'them'}; findings one severity step lower)`;
}
