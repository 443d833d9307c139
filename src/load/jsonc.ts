// JSONC (comments, trailing commas) → ConfigNode with exact string locations, read
// the way CrewAI's JSON crew loader reads it.

import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { SourceString, type SourceText } from '../core/source.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { isNameKey, MAX_DEPTH, type ConfigNode, type MapEntry } from './tree.js';
import type { LoadedConfig } from './yaml.js';

export function loadJsonc(source: SourceText): LoadedConfig {
  // jsonc-parser recurses per level: refuse deep input before parsing (Python's json stops near 1000 too)
  const deep = jsonDepthOver(source.text, MAX_DEPTH);
  if (deep !== -1) {
    return { diagnostics: [{ file: source.file, ...source.lines.position(deep), message: `JSON nested deeper than ${MAX_DEPTH} levels: not read`, severity: 'error' }] };
  }
  const errors: ParseError[] = [];
  const tree = parseTree(source.text, errors, { allowTrailingComma: true, disallowComments: false });
  const diagnostics: Diagnostic[] = errors.map((e) => ({
    file: source.file,
    ...source.lines.position(e.offset),
    message: `JSON syntax error: ${printParseErrorCode(e.error)}`,
    severity: 'error' as const,
  }));
  if (errors.length > 0) return { diagnostics };
  if (!tree) {
    diagnostics.push({ file: source.file, line: 1, column: 1, message: 'empty JSON file', severity: 'warning' });
    return { diagnostics };
  }
  return { root: convert(tree, source, diagnostics), diagnostics };
}

function convert(node: JsonNode, source: SourceText, diags: Diagnostic[]): ConfigNode {
  const span = source.span(node.offset, node.offset + node.length);
  switch (node.type) {
    case 'object': {
      const entries: MapEntry[] = [];
      const seen = new Set<string>();
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (!k) continue;
        const key = String(k.value);
        const keySpan = source.span(k.offset, k.offset + k.length);
        if (seen.has(key)) {
          diags.push({ file: source.file, ...keySpan.start, message: 'duplicate key; the last one wins', severity: 'warning' });
        }
        seen.add(key);
        const keyString = k.type === 'string' && !isNameKey(key) ? new SourceString(key, source, k.offset + 1, k.offset + k.length - 1, 'json') : undefined;
        entries.push({ key, keySpan, keyString, value: v ? convert(v, source, diags) : { kind: 'scalar', value: null, span: keySpan } });
      }
      return { kind: 'map', entries, span };
    }
    case 'array':
      return { kind: 'seq', items: (node.children ?? []).map((c) => convert(c, source, diags)), span };
    case 'string':
      return {
        kind: 'str',
        value: new SourceString(String(node.value), source, node.offset + 1, node.offset + node.length - 1, 'json'),
        span,
      };
    case 'number':
    case 'boolean':
      return { kind: 'scalar', value: node.value as number | boolean, span };
    default:
      return { kind: 'scalar', value: null, span };
  }
}

/** Offset where arrays/objects nest deeper than `limit` (strings and comments skipped), or -1. */
export function jsonDepthOver(text: string, limit: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
    else if (c === 0x22) {
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2f) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? text.length : nl;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 1;
    }
  }
  return -1;
}
