/** Python worth parsing mentions CrewAI, tools or environment switches (the rest is only read). */
export const PY_RELEVANT = /crewai|BaseTool|@tool|environ|putenv|load_dotenv|Flow\b/;

/**
 * The dotted names a Python file may be imported by, shortest first: every suffix of its path, up
 * to eight parts (`prompts`, `helpdesk.prompts`, `src.helpdesk.prompts`; a package's `__init__`
 * is the package).
 */
export function moduleNames(abs: string): string[] {
  const parts = abs.replace(/\.py$/, '').split(/[\\/]/).filter(Boolean);
  if (parts[parts.length - 1] === '__init__') parts.pop();
  const out: string[] = [];
  for (let i = parts.length - 1; i >= Math.max(0, parts.length - 8); i--) out.push(parts.slice(i).join('.'));
  return out;
}
