// Tool names as each CrewAI release sends them (spec f): raw, casefolded, or
// sanitize_tool_name (NFKD, ASCII only, snake_case, at most 64 characters — cut
// plainly in 1.9.0 – 1.10.0, with a SHA-256 suffix since 1.10.1).
import { hexDigest } from '../core/hash.js';
import type { NameTransform } from './catalog/types.js';
import { atLeast } from './versionRange.js';

const MAX_LENGTH = 64;
const HASH_SUFFIX_SINCE = '1.10.1';

/** Steps 1–9 of sanitize_tool_name (regex replacements are global and left to right, as in Python). */
function sanitizeSteps(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[^\x00-\x7f]/g, '') // encode('ascii', 'ignore')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/['"]+/g, '')
    .replace(/[^a-zA-Z0-9]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** CrewAI's sanitize_tool_name since 1.10.1: over 64 characters → 55 characters + `_` + 8 hex of SHA-256. */
export function sanitizeToolName(name: string): string {
  const s = sanitizeSteps(name);
  if (s.length <= MAX_LENGTH) return s;
  const suffix = `_${hexDigest('sha256', s).slice(0, 8)}`;
  return s.slice(0, MAX_LENGTH - suffix.length).replace(/_+$/, '') + suffix;
}

/** sanitize_tool_name in 1.9.0 – 1.10.0: the same steps, then a plain cut to 64. */
export function sanitizeToolNameTruncating(name: string): string {
  return sanitizeSteps(name).slice(0, MAX_LENGTH).replace(/_+$/, '');
}

// Full case foldings (Unicode CaseFolding.txt, status F/C) that lower() does not do.
const FOLD: Record<string, string> = {
  '\u00df': 'ss', '\u1e9e': 'ss', '\u017f': 's', '\u03c2': '\u03c3', '\u00b5': '\u03bc', '\u0149': '\u02bcn',
  '\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl', '\ufb05': 'st', '\ufb06': 'st',
  '\u0345': '\u03b9', '\u03d0': '\u03b2', '\u03d1': '\u03b8', '\u03d5': '\u03c6', '\u03d6': '\u03c0',
  '\u03f0': '\u03ba', '\u03f1': '\u03c1', '\u03f5': '\u03b5', '\u1e9b': '\u1e61',
};
const FOLDABLE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');

/** Python's str.casefold (lower-case plus the full foldings tool names could plausibly contain). */
export function casefold(name: string): string {
  return name.toLowerCase().replace(FOLDABLE, (c) => FOLD[c] ?? c);
}

/** A tool name as `version` writes it under `transform` (from the catalog entry of the attribute). */
export function applyNameTransform(name: string, transform: NameTransform, version: string): string {
  switch (transform) {
    case 'raw':
      return name;
    case 'casefold':
      return casefold(name);
    case 'sanitize':
      return atLeast(version, HASH_SUFFIX_SINCE) ? sanitizeToolName(name) : sanitizeToolNameTruncating(name);
  }
}
