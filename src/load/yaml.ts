// YAML → ConfigNode with exact source ranges for every scalar, read the way CrewAI
// reads it (PyYAML safe_load: YAML 1.1, so `yes`/`no` are booleans; the last
// duplicate key wins, which we also warn about).

import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, Scalar, type Node } from 'yaml';
import { SourceString, type SourceText, type SourceSpan, type QuoteStyle } from '../core/source.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { ConfigNode, MapEntry } from './tree.js';

export interface LoadedConfig {
  /** undefined for an empty document */
  root?: ConfigNode;
  diagnostics: Diagnostic[];
}

export function loadYaml(source: SourceText): LoadedConfig {
  const diagnostics: Diagnostic[] = [];
  const doc = parseDocument(source.text, {
    version: '1.1',
    uniqueKeys: false,
    keepSourceTokens: false,
    prettyErrors: false,
    strict: false,
  });
  for (const e of doc.errors) {
    const pos = source.lines.position(e.pos[0]);
    diagnostics.push({ file: source.file, ...pos, message: `YAML syntax error: ${firstLine(e.message)}`, severity: 'error' });
  }
  if (doc.errors.length > 0) return { diagnostics };
  for (const w of doc.warnings) {
    const pos = source.lines.position(w.pos[0]);
    diagnostics.push({ file: source.file, ...pos, message: `YAML: ${firstLine(w.message)}`, severity: 'warning' });
  }
  if (doc.contents === null || doc.contents === undefined) {
    diagnostics.push({ file: source.file, line: 1, column: 1, message: 'empty YAML file (CrewAI reads it as no entries)', severity: 'warning' });
    return { diagnostics };
  }
  const root = convert(doc.contents as Node, source, diagnostics, 0);
  return { root, diagnostics };
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

function spanOf(node: Node, source: SourceText): SourceSpan {
  const r = node.range ?? [0, 0, 0];
  return source.span(r[0], r[1]);
}

function convert(node: Node, source: SourceText, diags: Diagnostic[], depth: number): ConfigNode {
  if (depth > 200) return { kind: 'scalar', value: null, span: spanOf(node, source) };
  if (isAlias(node)) {
    const target = node.resolve(undefined as never);
    if (target) return convert(target as Node, source, diags, depth + 1);
    return { kind: 'scalar', value: null, span: spanOf(node, source) };
  }
  if (isMap(node)) {
    const entries: MapEntry[] = [];
    const seen = new Map<string, SourceSpan>();
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as Node | null;
      const key = keyNode && isScalar(keyNode) ? String(keyNode.value) : keyNode ? String(keyNode) : '';
      const keySpan = keyNode ? spanOf(keyNode, source) : spanOf(node, source);
      if (key === '<<' && pair.value && (isMap(pair.value) || isAlias(pair.value))) {
        // merge key: splice the merged mapping's entries in (later keys override)
        const merged = convert(pair.value as Node, source, diags, depth + 1);
        if (merged.kind === 'map') entries.unshift(...merged.entries);
        continue;
      }
      const prev = seen.get(key);
      if (prev) {
        diags.push({
          file: source.file,
          ...keySpan.start,
          message: `duplicate key "${key}" (first at line ${prev.start.line}); CrewAI keeps the last one`,
          severity: 'warning',
        });
      }
      seen.set(key, keySpan);
      const value: ConfigNode = pair.value
        ? convert(pair.value as Node, source, diags, depth + 1)
        : { kind: 'scalar', value: null, span: keySpan };
      entries.push({ key, keySpan, value });
    }
    return { kind: 'map', entries, span: spanOf(node, source) };
  }
  if (isSeq(node)) {
    return {
      kind: 'seq',
      items: node.items.map((item) => convert(item as Node, source, diags, depth + 1)),
      span: spanOf(node, source),
    };
  }
  if (isScalar(node)) return convertScalar(node, source);
  return { kind: 'scalar', value: null, span: spanOf(node, source) };
}

function convertScalar(node: Scalar, source: SourceText): ConfigNode {
  const span = spanOf(node, source);
  const v = node.value;
  if (typeof v === 'string') return { kind: 'str', value: scalarString(node, v, source), span };
  if (v instanceof Date) {
    // YAML 1.1 timestamp: CrewAI would see a datetime; keep the text for scanning
    const [a, b] = node.range ?? [0, 0];
    const text = source.text.slice(a, b);
    return { kind: 'str', value: new SourceString(text, source, a, b, 'plain'), span };
  }
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return { kind: 'scalar', value: v, span };
  if (typeof v === 'bigint') return { kind: 'scalar', value: Number(v), span };
  return { kind: 'scalar', value: null, span };
}

/** The value's text range inside the source, per scalar style. */
function scalarString(node: Scalar, value: string, source: SourceText): SourceString {
  const [start, valueEnd] = node.range ?? [0, 0];
  const text = source.text;
  let style: QuoteStyle = 'plain';
  let from = start;
  let to = valueEnd;
  switch (node.type) {
    case Scalar.QUOTE_DOUBLE:
      style = 'yaml-double';
      from = start + 1;
      to = Math.max(from, valueEnd - 1);
      break;
    case Scalar.QUOTE_SINGLE:
      style = 'yaml-single';
      from = start + 1;
      to = Math.max(from, valueEnd - 1);
      break;
    case Scalar.BLOCK_FOLDED:
    case Scalar.BLOCK_LITERAL: {
      const nl = text.indexOf('\n', start);
      from = nl === -1 ? valueEnd : nl + 1;
      break;
    }
    default:
      break;
  }
  return new SourceString(value, source, from, to, style);
}
