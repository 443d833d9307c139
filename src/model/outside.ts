// Agents and tasks outside any crew (ProjectModel.outside): how preview, audit and their
// reports name them, in one place so every output says the same thing.

import type { Crew } from './types.js';

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** "3 agents and 1 task" */
export function membersText(c: Pick<Crew, 'agents' | 'tasks'>): string {
  return countsText({ agents: c.agents.length, tasks: c.tasks.length });
}

/** The agents and tasks of several groups, counted (audit JSON `summary.outsideCrews`). */
export function memberCounts(groups: Crew[]): { agents: number; tasks: number } {
  return { agents: groups.reduce((n, g) => n + g.agents.length, 0), tasks: groups.reduce((n, g) => n + g.tasks.length, 0) };
}

const countsText = ({ agents, tasks }: { agents: number; tasks: number }): string =>
  [agents ? count(agents, 'agent') : '', tasks ? count(tasks, 'task') : ''].filter(Boolean).join(' and ') || 'nothing';

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
  const counts = memberCounts(groups);
  const one = counts.agents + counts.tasks === 1;
  return `${countsText(counts)} defined outside any crew ${one ? 'was' : 'were'} scanned as if used (no crew crewtel resolved uses ${one ? 'it' : 'them'}; findings one severity step lower)`;
}
