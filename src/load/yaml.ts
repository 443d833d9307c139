// YAML → ConfigNode with exact source ranges for every scalar, read the way CrewAI
// reads it (PyYAML safe_load: YAML 1.1, so `yes`/`no` are booleans; the last
// duplicate key wins, which we also warn about; aliases resolve to their anchor's
// value). Input can not drive the process: nesting deeper than MAX_DEPTH and alias
// expansion past a node budget are errors, and messages never quote the source.

import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, Scalar, type Document, type Node } from 'yaml';
import { SourceString, type SourceText, type SourceSpan, type QuoteStyle } from '../core/source.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { isNameKey, MAX_DEPTH, type ConfigNode, type MapEntry } from './tree.js';

export interface LoadedConfig {
  /** undefined for an empty document */
  root?: ConfigNode;
  diagnostics: Diagnostic[];
}

/** Nodes an alias may expand to, in total per file (a billion-laughs file needs 10^9). */
export const ALIAS_NODE_BUDGET = 100_000;

/** What each of the yaml library's error codes means, in our words (its messages quote the source line). */
const CODE_MESSAGES: Record<string, string> = {
  ALIAS_PROPS: 'an alias cannot have an anchor or a tag',
  BAD_ALIAS: 'invalid alias',
  BAD_DIRECTIVE: 'invalid directive',
  BAD_DQ_ESCAPE: 'invalid escape in a double-quoted string',
  BAD_INDENT: 'bad indentation',
  BAD_PROP_ORDER: 'anchor and tag in the wrong order',
  BAD_SCALAR_START: 'a plain value cannot start with this character',
  BLOCK_AS_IMPLICIT_KEY: 'a mapping cannot start on the same line as its key (a value containing ": " needs quotes)',
  BLOCK_IN_FLOW: 'block collection inside a flow collection',
  DUPLICATE_KEY: 'duplicate key',
  IMPOSSIBLE: 'unexpected input',
  KEY_OVER_1024_CHARS: 'an implicit key longer than 1024 characters',
  MISSING_CHAR: 'a closing character is missing',
  MULTILINE_IMPLICIT_KEY: 'a key cannot span several lines (missing ":" or quotes?)',
  MULTIPLE_ANCHORS: 'several anchors on one node',
  MULTIPLE_DOCS: 'several documents in one file (CrewAI reads one)',
  MULTIPLE_TAGS: 'several tags on one node',
  NON_STRING_KEY: 'a key that is not a string',
  TAB_AS_INDENT: 'a tab used for indentation',
  TAG_RESOLVE_FAILED: 'a tag PyYAML safe_load does not know (it refuses the file)',
  UNEXPECTED_TOKEN: 'unexpected token',
  BAD_COLLECTION_TYPE: 'a tag that does not fit this collection',
};

function describe(code: string | undefined): string {
  return (code && CODE_MESSAGES[code]) ?? `invalid YAML${code ? ` (${code.toLowerCase().replace(/_/g, ' ')})` : ''}`;
}

export function loadYaml(source: SourceText): LoadedConfig {
  const diagnostics: Diagnostic[] = [];
  const tooDeep = flowDepthOver(source.text, MAX_DEPTH);
  if (tooDeep !== -1) {
    diagnostics.push({ file: source.file, ...source.lines.position(tooDeep), message: `YAML nested deeper than ${MAX_DEPTH} levels: PyYAML would exhaust Python's recursion limit; not read`, severity: 'error' });
    return { diagnostics };
  }
  let doc: Document.Parsed;
  try {
    doc = parseDocument(source.text, {
      version: '1.1',
      uniqueKeys: false,
      keepSourceTokens: false,
      prettyErrors: false,
      strict: false,
    });
  } catch (e) {
    // the yaml library recurses on some shapes; a stack overflow is a limit, not a crash
    const what = e instanceof RangeError ? `nested too deeply to read` : 'cannot be parsed';
    diagnostics.push({ file: source.file, line: 1, column: 1, message: `YAML ${what}`, severity: 'error' });
    return { diagnostics };
  }
  for (const e of doc.errors) {
    const pos = source.lines.position(e.pos[0]);
    diagnostics.push({ file: source.file, ...pos, message: `YAML syntax error: ${describe(e.code)}`, severity: 'error' });
  }
  if (doc.errors.length > 0) return { diagnostics };
  for (const w of doc.warnings) {
    const pos = source.lines.position(w.pos[0]);
    diagnostics.push({ file: source.file, ...pos, message: `YAML: ${describe(w.code)}`, severity: 'warning' });
  }
  if (doc.contents === null || doc.contents === undefined) {
    diagnostics.push({ file: source.file, line: 1, column: 1, message: 'empty YAML file (CrewAI reads it as no entries)', severity: 'warning' });
    return { diagnostics };
  }
  const state: ConvertState = { doc, source, diags: diagnostics, aliasNodes: 0, inAlias: 0, resolving: new Set(), failed: false };
  const root = convert(doc.contents as Node, state, 0);
  if (state.failed) return { diagnostics };
  return { root, diagnostics };
}

/**
 * Offset where flow collections (`[`, `{`) nest deeper than `limit`, or -1. Counted before
 * parsing, because the yaml library's memory grows with flow depth. A bracket starts a
 * flow collection only where a value can start; inside one, quotes and comments are skipped.
 */
export function flowDepthOver(text: string, limit: number): number {
  let depth = 0;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lineStart = true;
      continue;
    }
    if (depth === 0) {
      if (c === 32 || c === 9) continue;
      const prev = i > 0 ? text.charCodeAt(i - 1) : 10;
      const canStart = lineStart || ((prev === 32 || prev === 9) && /[:\-?]/.test(text[i - 2] ?? '')) || prev === 45;
      lineStart = false;
      if ((c === 0x5b || c === 0x7b) && canStart) depth = 1;
      else if (c === 0x23 && (i === 0 || prev === 32 || prev === 9 || prev === 10)) {
        const nl = text.indexOf('\n', i);
        i = nl === -1 ? text.length : nl - 1;
      }
      continue;
    }
    if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
    else if (c === 0x22 || c === 0x27) {
      // skip a quoted scalar ('' escapes a single quote; \ escapes in double quotes)
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (c === 0x22 && d === 0x5c) i++;
        else if (d === c) {
          if (c === 0x27 && text.charCodeAt(i + 1) === 0x27) i++;
          else break;
        }
      }
    } else if (c === 0x23 && /\s/.test(text[i - 1] ?? ' ')) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? text.length : nl - 1;
    }
  }
  return -1;
}

interface ConvertState {
  doc: Document.Parsed;
  source: SourceText;
  diags: Diagnostic[];
  /** nodes produced by expanding aliases so far */
  aliasNodes: number;
  inAlias: number;
  /** anchors being expanded (a recursive alias) */
  resolving: Set<Node>;
  failed: boolean;
}

function spanOf(node: Node, source: SourceText): SourceSpan {
  const r = node.range ?? [0, 0, 0];
  return source.span(r[0], r[1]);
}

function fail(state: ConvertState, node: Node, message: string): ConfigNode {
  if (!state.failed) state.diags.push({ file: state.source.file, ...spanOf(node, state.source).start, message, severity: 'error' });
  state.failed = true;
  return { kind: 'scalar', value: null, span: spanOf(node, state.source) };
}

function convert(node: Node, state: ConvertState, depth: number): ConfigNode {
  const { source } = state;
  if (state.failed) return { kind: 'scalar', value: null, span: spanOf(node, source) };
  if (depth > MAX_DEPTH) return fail(state, node, `YAML nested deeper than ${MAX_DEPTH} levels (counting aliases): not read`);
  if (state.inAlias > 0 && ++state.aliasNodes > ALIAS_NODE_BUDGET) {
    return fail(state, node, `YAML aliases expand to more than ${ALIAS_NODE_BUDGET} nodes (an alias bomb?): not read`);
  }
  if (isAlias(node)) {
    const target = node.resolve(state.doc) as Node | undefined;
    if (!target) return fail(state, node, 'YAML alias to an anchor that is not defined above it (PyYAML refuses the file)');
    if (state.resolving.has(target)) {
      // PyYAML builds a recursive structure; CrewAI cannot use one as a setting
      state.diags.push({ file: source.file, ...spanOf(node, source).start, message: 'recursive YAML alias: read as empty', severity: 'warning' });
      return { kind: 'scalar', value: null, span: spanOf(node, source) };
    }
    state.resolving.add(target);
    state.inAlias++;
    const out = convert(target, state, depth + 1);
    state.inAlias--;
    state.resolving.delete(target);
    return out;
  }
  if (isMap(node)) {
    state.resolving.add(node);
    const own: MapEntry[] = [];
    let merged: MapEntry[] = [];
    const seen = new Map<string, SourceSpan>();
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as Node | null;
      const key = keyNode && isScalar(keyNode) ? String(keyNode.value) : keyNode ? '<complex key>' : '';
      const keySpan = keyNode ? spanOf(keyNode, source) : spanOf(node, source);
      if (key === '<<' && pair.value && (isMap(pair.value) || isAlias(pair.value))) {
        // merge key: the merged mapping's entries come first (later keys override)
        const m = convert(pair.value as Node, state, depth + 1);
        if (m.kind === 'map') merged = m.entries.concat(merged);
        continue;
      }
      const prev = seen.get(key);
      if (prev) {
        state.diags.push({
          file: source.file,
          ...keySpan.start,
          message: `duplicate key (first at line ${prev.start.line}); CrewAI keeps the last one`,
          severity: 'warning',
        });
      }
      seen.set(key, keySpan);
      const value: ConfigNode = pair.value ? convert(pair.value as Node, state, depth + 1) : { kind: 'scalar', value: null, span: keySpan };
      const keyString = keyNode && isScalar(keyNode) && typeof keyNode.value === 'string' && state.inAlias === 0 && !isNameKey(key) ? scalarString(keyNode, keyNode.value, source) : undefined;
      own.push({ key, keySpan, keyString, value });
    }
    state.resolving.delete(node);
    return { kind: 'map', entries: merged.length ? merged.concat(own) : own, span: spanOf(node, source) };
  }
  if (isSeq(node)) {
    state.resolving.add(node);
    const items: ConfigNode[] = [];
    for (const item of node.items) items.push(convert(item as Node, state, depth + 1));
    state.resolving.delete(node);
    return { kind: 'seq', items, span: spanOf(node, source) };
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
