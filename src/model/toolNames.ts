// crewai_tools class → the name CrewAI sends, resolved the way the JSON crew loader
// resolves tool strings: as given, with `Tool` appended, snake_case → PascalCase+Tool.

import { CREWAI_TOOL_NAMES, type ToolNameEntry } from '../telemetry/data/crewaiToolNames.js';

const byClass = new Map(CREWAI_TOOL_NAMES.map((e) => [e.class, e]));

export function crewaiToolName(ref: string): ToolNameEntry | undefined {
  const name = ref.trim();
  const pascal = name
    .split(/[_\s-]+/)
    .filter(Boolean)
    .map((p) => p[0].toUpperCase() + p.slice(1))
    .join('');
  return byClass.get(name) ?? byClass.get(`${name}Tool`) ?? byClass.get(`${pascal}Tool`) ?? byClass.get(pascal);
}

export const builtinTools: readonly ToolNameEntry[] = CREWAI_TOOL_NAMES.filter((e) => e.builtin);

export function builtinTool(className: string): ToolNameEntry {
  const e = byClass.get(className);
  if (!e) throw new Error(`unknown built-in tool ${className}`);
  return e;
}
