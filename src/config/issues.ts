// zod issues → messages a user can act on. zod/mini ships no message locale (every
// issue says "Invalid input"), so the wording is ours: what is wrong, at which key,
// and what would be right.
import { ALLOWLIST_KEYS, CONFIG_KEYS } from './schema.js';

export interface ConfigIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  values?: unknown[];
  keys?: string[];
}

export function issuePath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((p) => (typeof p === 'number' ? p : String(p)));
}

/** `allowlist.values[1]`, or `(top level)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(top level)';
}

const EXPECTED: Record<string, string> = {
  array: 'a list',
  string: 'a string',
  object: 'a mapping (a table in TOML)',
  record: 'a mapping of rule ids to severities',
  number: 'a number',
  boolean: 'true or false',
};

const VERSION_KEY = 'crewai-version';

/** One message per problem; `key` is set when the problem is an unknown key (located at the key, not the value). */
export function describeIssue(issue: ConfigIssue): { message: string; key?: string }[] {
  const where = formatPath(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known: readonly string[] = issue.path.length === 0 ? CONFIG_KEYS : issue.path[0] === 'allowlist' ? ALLOWLIST_KEYS : [];
      return (issue.keys ?? []).map((key) => ({
        key,
        message: `${issue.path.length ? `${where}: ` : ''}unknown key "${key}"${known.length ? ` (expected one of ${known.join(', ')})` : ''}`,
      }));
    }
    case 'invalid_value':
      return [{ message: `${where}: must be one of ${(issue.values ?? []).map(String).join(', ')}` }];
    case 'invalid_type': {
      if (issue.path.length === 1 && issue.path[0] === VERSION_KEY && issue.expected === 'string') {
        // YAML 1.1 reads 1.15 as a number (and 1.10 as 1.1): the version must be quoted
        return [{ message: `${where}: must be a quoted version string, e.g. "1.15.17"` }];
      }
      return [{ message: `${where}: must be ${EXPECTED[issue.expected ?? ''] ?? issue.expected ?? 'another type'}` }];
    }
    case 'custom':
      return [{ message: `${where}: ${issue.message}` }];
    default:
      return [{ message: `${where}: ${issue.message}` }];
  }
}
