// Where a key path sits in a TOML text. smol-toml gives values without positions, so
// a validation issue is placed by reading the text: table headers ([tool.crewtel],
// [tool.crewtel.allowlist]), dotted keys, inline tables and array elements. It is a
// locator for messages, not a parser: when unsure it falls back to the nearest
// enclosing key or table header.
import { LineIndex, type Position } from '../core/source.js';

const BARE_OR_QUOTED = String.raw`(?:"[^"]*"|'[^']*'|[A-Za-z0-9_-]+)`;
const DOTTED = String.raw`${BARE_OR_QUOTED}(?:\s*\.\s*${BARE_OR_QUOTED})*`;
const HEADER = new RegExp(String.raw`^\s*\[\[?\s*(${DOTTED})\s*\]\]?`);
const KEY_VALUE = new RegExp(String.raw`^\s*(${DOTTED})\s*=\s*`);

function splitKey(dotted: string): string[] {
  const parts: string[] = [];
  const re = new RegExp(BARE_OR_QUOTED, 'g');
  for (const m of dotted.matchAll(re)) parts.push(m[0].replace(/^["']|["']$/g, ''));
  return parts;
}

function isPrefix(a: string[], b: string[]): boolean {
  return a.length <= b.length && a.every((x, i) => x === b[i]);
}

/**
 * @param table the table the settings live in (['tool', 'crewtel'] or [] for a top-level file)
 * @param path the path below that table; a trailing number is an array index
 * @param key an unknown key below `path` (the position is then the key's, not a value's)
 */
export function locateToml(text: string, table: string[], path: (string | number)[], key?: string): Position {
  const index = typeof path[path.length - 1] === 'number' ? (path[path.length - 1] as number) : undefined;
  const names = path.filter((p): p is string => typeof p === 'string');
  const target = [...table, ...names, ...(key !== undefined ? [key] : [])];
  const lines = new LineIndex(text);
  let header: string[] = [];
  let best = { depth: -1, offset: 0 };
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const h = HEADER.exec(line);
    if (h) {
      header = splitKey(h[1]);
      if (isPrefix(header, target) && header.length > best.depth) best = { depth: header.length, offset: lineStart + line.indexOf('[') };
    } else {
      const kv = KEY_VALUE.exec(line);
      if (kv) {
        const keyPath = [...header, ...splitKey(kv[1])];
        if (isPrefix(keyPath, target) && keyPath.length > best.depth) {
          const keyOffset = lineStart + kv[0].length - kv[0].trimStart().length;
          const valueOffset = lineStart + kv[0].length;
          best = refine(text, keyPath, target, key !== undefined, index, keyOffset, valueOffset);
        }
      }
    }
    lineStart += line.length + 1;
  }
  return best.depth < 0 ? { line: 1, column: 1 } : lines.position(best.offset);
}

/** Inside an inline table or array on the matched line: go further down the path where the text allows. */
function refine(text: string, keyPath: string[], target: string[], wantKey: boolean, index: number | undefined, keyOffset: number, valueOffset: number) {
  if (keyPath.length === target.length) {
    if (wantKey) return { depth: keyPath.length, offset: keyOffset };
    return { depth: keyPath.length, offset: index !== undefined ? (arrayElement(text, valueOffset, index) ?? valueOffset) : valueOffset };
  }
  // an inline table: { values = [...], paths = [...] }
  if (text[valueOffset] === '{') {
    const end = text.indexOf('\n', valueOffset);
    const rest = text.slice(valueOffset, end < 0 ? undefined : end);
    const next = target[keyPath.length];
    const m = new RegExp(String.raw`[{,]\s*["']?${next.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}["']?\s*=\s*`).exec(rest);
    if (m) {
      const k = valueOffset + m.index + m[0].slice(1).search(/\S/) + 1;
      const v = valueOffset + m.index + m[0].length;
      return refine(text, [...keyPath, next], target, wantKey, index, k, v);
    }
  }
  return { depth: keyPath.length, offset: valueOffset };
}

/** Offset of element `n` of the array starting at `start` (a '['), across lines; strings and nested brackets respected. */
function arrayElement(text: string, start: number, n: number): number | undefined {
  if (text[start] !== '[') return undefined;
  let depth = 0;
  let count = -1;
  let expectElement = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (expectElement && !/\s/.test(c) && c !== ']') {
      count++;
      if (count === n) return i;
      expectElement = false;
    }
    if (c === '"' || c === "'") {
      const triple = text.startsWith(c.repeat(3), i);
      const close = triple ? text.indexOf(c.repeat(3), i + 3) : findClose(text, i + 1, c);
      if (close < 0) return undefined;
      i = close + (triple ? 2 : 0);
    } else if (c === '[' || c === '{') {
      depth++;
      if (depth === 1) expectElement = true;
    } else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) return undefined;
    } else if (c === ',' && depth === 1) expectElement = true;
  }
  return undefined;
}

function findClose(text: string, from: number, quote: string): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\' && quote === '"') i++;
    else if (text[i] === quote) return i;
    else if (text[i] === '\n') return -1;
  }
  return -1;
}
