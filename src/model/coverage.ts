// How much of what crews refer to was resolved statically: per crew and in total, for
// the JSON reports and the table summaries (audit, preview, env alike).

import type { Crew, CoverageCount } from './types.js';

export interface CoverageReport {
  agents: CoverageCount;
  tasks: CoverageCount;
  tools: CoverageCount;
  /** references that could not be followed */
  unresolved: number;
}

export function crewCoverage(c: Crew): CoverageReport {
  const tools = [...c.agents.flatMap((a) => a.tools), ...c.tasks.flatMap((t) => t.tools)];
  const cov = c.coverage ?? {
    agents: { resolved: c.agents.length, referenced: c.agents.length },
    tasks: { resolved: c.tasks.length, referenced: c.tasks.length },
    tools: { resolved: tools.length, referenced: tools.length },
    unresolved: [],
  };
  return { agents: cov.agents, tasks: cov.tasks, tools: cov.tools, unresolved: cov.unresolved.length };
}

export function totalCoverage(crews: Crew[]): CoverageReport {
  return sumCoverage(crews.map(crewCoverage));
}

export function sumCoverage(reports: CoverageReport[]): CoverageReport {
  const sum = (a: CoverageCount, b: CoverageCount) => ({ resolved: a.resolved + b.resolved, referenced: a.referenced + b.referenced });
  const zero = { resolved: 0, referenced: 0 };
  return reports.reduce((t, c) => ({ agents: sum(t.agents, c.agents), tasks: sum(t.tasks, c.tasks), tools: sum(t.tools, c.tools), unresolved: t.unresolved + c.unresolved }), { agents: zero, tasks: zero, tools: zero, unresolved: 0 });
}

export const complete = (c: CoverageReport): boolean => c.unresolved === 0 && c.agents.resolved === c.agents.referenced && c.tasks.resolved === c.tasks.referenced && c.tools.resolved === c.tools.referenced;

/** "coverage: agents 3/4, tasks 2/2, tools 1/1" (for summaries, shown only when below 100%). */
export function coverageLine(c: CoverageReport): string {
  const part = (name: string, n: CoverageCount) => `${name} ${n.resolved}/${n.referenced}`;
  return `coverage: ${part('agents', c.agents)}, ${part('tasks', c.tasks)}, ${part('tools', c.tools)} resolved statically`;
}
