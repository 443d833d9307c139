// crewai_tools classes → the tool name CrewAI sends (raw and sanitised), from our vendored
// copy of shared/spec/crewai-tools-names.json (release 1.15.17; refresh by copying the spec
// file again). Lookups follow CrewAI's JSON crew loader (spec j): the reference as given,
// with `Tool` appended, and snake_case → PascalCase + `Tool`.

import entries from '../telemetry/data/crewai-tools-names.json' with { type: 'json' };

export interface CrewaiToolName {
  /** crewai_tools (or crewai) class name */
  class: string;
  /** the class's `name` default, as CrewAI reports it before sanitising */
  name: string;
  /** the name after sanitize_tool_name (1.10.1+) */
  sanitized: string;
  /** the defining file in the crewAI repository */
  module: string;
  /** a tool CrewAI attaches itself (delegation, memory, files, skills), not a crewai_tools class */
  builtin?: boolean;
}

const TOOL_NAMES: readonly CrewaiToolName[] = entries;
const byClass = new Map(TOOL_NAMES.map((e) => [e.class, e]));

const pascalCase = (snake: string) =>
  snake
    .split('_')
    .filter(Boolean)
    .map((p) => p[0].toUpperCase() + p.slice(1))
    .join('');

/** The tool name CrewAI sends for a crewai_tools class, or for a JSON crew's tool reference. */
export function crewaiToolName(className: string): CrewaiToolName | undefined {
  const ref = className.trim();
  return byClass.get(ref) ?? byClass.get(`${ref}Tool`) ?? byClass.get(`${pascalCase(ref)}Tool`);
}

/** Tools CrewAI attaches by itself (section f, "Built-in tools"). */
export const builtinTools: readonly CrewaiToolName[] = TOOL_NAMES.filter((e) => e.builtin);

/** A built-in tool by class name; the class names are crewtel's own constants, so a miss is a bug. */
export function builtinTool(className: string): CrewaiToolName {
  const e = builtinTools.find((t) => t.class === className);
  if (!e) throw new Error(`unknown built-in tool ${className}`);
  return e;
}
