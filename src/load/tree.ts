// One tree shape for every config format (YAML, JSONC, TOML tables where needed):
// the model stage reads crews from it without knowing which format it came from.

import type { SourceSpan, SourceString } from '../core/source.js';

export type ConfigNode = MapNode | SeqNode | StrNode | ScalarNode;

export interface MapEntry {
  key: string;
  keySpan: SourceSpan;
  /** the key as user text, for scanning (YAML/JSON string keys that are not names, see isNameKey) */
  keyString?: SourceString;
  value: ConfigNode;
}

export interface MapNode {
  kind: 'map';
  entries: MapEntry[];
  span: SourceSpan;
}

export interface SeqNode {
  kind: 'seq';
  items: ConfigNode[];
  span: SourceSpan;
}

export interface StrNode {
  kind: 'str';
  value: SourceString;
  span: SourceSpan;
}

export interface ScalarNode {
  kind: 'scalar';
  value: number | boolean | null;
  span: SourceSpan;
}

/**
 * snake_case keys are names of settings and entries (`research_task`), not prose: they are
 * never scanned, so loaders keep no keyString for them (one per key was ~10% of a parsed
 * tree). A key with an @, spaces or digits-and-dashes is data someone typed (`ana@example.com:`).
 */
export function isNameKey(key: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key);
}

/** Last entry wins, as in PyYAML and Python's json module. */
export function getEntry(node: ConfigNode | undefined, key: string): MapEntry | undefined {
  if (!node || node.kind !== 'map') return undefined;
  for (let i = node.entries.length - 1; i >= 0; i--) {
    if (node.entries[i].key === key) return node.entries[i];
  }
  return undefined;
}

export function get(node: ConfigNode | undefined, key: string): ConfigNode | undefined {
  return getEntry(node, key)?.value;
}

export function getString(node: ConfigNode | undefined, key: string): SourceString | undefined {
  const v = get(node, key);
  return v?.kind === 'str' ? v.value : undefined;
}

export function getBool(node: ConfigNode | undefined, key: string): boolean | undefined {
  const v = get(node, key);
  return v?.kind === 'scalar' && typeof v.value === 'boolean' ? v.value : undefined;
}

export function getNumber(node: ConfigNode | undefined, key: string): number | null | undefined {
  const v = get(node, key);
  if (v?.kind !== 'scalar') return undefined;
  return typeof v.value === 'number' || v.value === null ? v.value : undefined;
}

/** Plain JS value of a node (strings decoded), for validation. */
export function toPlain(node: ConfigNode | undefined): unknown {
  if (!node) return undefined;
  switch (node.kind) {
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const e of node.entries) out[e.key] = toPlain(e.value);
      return out;
    }
    case 'seq':
      return node.items.map(toPlain);
    case 'str':
      return node.value.value;
    case 'scalar':
      return node.value;
  }
}

/** The node at a path of keys / indexes (for mapping validation issues back to a location). */
export function nodeAt(node: ConfigNode | undefined, path: readonly PropertyKey[]): ConfigNode | undefined {
  let cur = node;
  for (const p of path) {
    if (!cur) return undefined;
    if (cur.kind === 'map') cur = get(cur, String(p));
    else if (cur.kind === 'seq' && typeof p === 'number') cur = cur.items[p];
    else return cur;
  }
  return cur;
}

/**
 * Deepest nesting a loader accepts. PyYAML and Python's json recurse per level (Python's
 * recursion limit is 1000); CrewAI configs are a handful of levels deep. Loaders refuse
 * deeper input with an error, so every recursive walk over a tree stays shallow.
 */
export const MAX_DEPTH = 200;

/** Every string in a tree with its key path (for scanning fields crewtel does not model). */
export function* walkStrings(node: ConfigNode | undefined, path: string[] = []): Generator<{ path: string[]; value: SourceString }> {
  if (!node) return;
  if (node.kind === 'str') yield { path, value: node.value };
  else if (node.kind === 'map') for (const e of node.entries) yield* walkStrings(e.value, [...path, e.key]);
  else if (node.kind === 'seq') for (let i = 0; i < node.items.length; i++) yield* walkStrings(node.items[i], [...path, String(i)]);
}
