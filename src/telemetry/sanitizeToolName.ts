// Tool names as each CrewAI release sends them (spec f): raw, casefolded, or
// sanitized (NFKD, ASCII only, snake_case, 64 characters with a SHA-256 suffix).
import { createHash } from 'node:crypto';
import { compareVersions } from '../release/version.js';

const MAX = 64;

function sanitizeSteps(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[^\x00-\x7f]/g, '')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/['"]/g, '')
    .replace(/[^a-zA-Z0-9]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** CrewAI's sanitize_tool_name at 1.10.1+ (hash suffix when over 64 characters). */
export function sanitizeToolName(name: string): string {
  const s = sanitizeSteps(name);
  if (s.length <= MAX) return s;
  const hash = createHash('sha256').update(s, 'utf8').digest('hex').slice(0, 8);
  return `${s.slice(0, MAX - 9).replace(/_+$/, '')}_${hash}`;
}

/** 1.9.0 – 1.10.0: the same steps, then plain truncation. */
function sanitizeTruncate(name: string): string {
  return sanitizeSteps(name).slice(0, MAX).replace(/_+$/, '');
}

/** Python's str.casefold for what tool names contain (ß → ss; otherwise lower-case). */
function casefold(name: string): string {
  return name.toLowerCase().replace(/ß/g, 'ss');
}

export type ToolNameUse = 'tools_names' | 'tool_name';

/** The tool name as `version` sends it, in a `tools_names` list or as a tool span's `tool_name`. */
export function toolNameAt(name: string, version: string, use: ToolNameUse): string {
  if (compareVersions(version, '1.10.1') >= 0) return sanitizeToolName(name);
  if (compareVersions(version, '1.9.0') >= 0) return sanitizeTruncate(name);
  if (compareVersions(version, '0.27.0') >= 0 && use === 'tools_names') return casefold(name);
  return name;
}
