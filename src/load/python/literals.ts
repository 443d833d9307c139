// Python expressions from tree-sitter-python nodes, evaluated statically into small
// expression trees (PyLiteral): strings keep exact source locations (prefixes, triple
// quotes, escapes, adjacent-literal joins, the constant parts of f-strings); names,
// calls, subscripts, `+`/`%` and f-string fields stay as trees for the resolver.

import { JoinedString, SourceString, type SourceText } from '../../core/source.js';
import { childrenOf, namedChildrenOf, type Node } from './parse.js';
import { dottedOf, isDotted, isIdentifier, spanOf, textOf } from './syntax.js';
import type { PyFStringPart, PyLiteral } from './types.js';

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

/**
 * Decodes the escapes of a non-raw Python string body the way Python does. `\N{NAME}`
 * needs the Unicode name table, so it is kept as written (a backslash and the name).
 */
export function decodePythonEscapes(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\' || i + 1 >= body.length) {
      out += c;
      continue;
    }
    const n = body[i + 1];
    if (n === '\n') {
      i++;
      continue;
    }
    if (n === '\r') {
      i += body[i + 2] === '\n' ? 2 : 1;
      continue;
    }
    if (n in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[n];
      i++;
      continue;
    }
    const hexLen = n === 'x' ? 2 : n === 'u' ? 4 : n === 'U' ? 8 : 0;
    const hex = body.slice(i + 2, i + 2 + hexLen);
    if (hexLen && hex.length === hexLen && /^[0-9a-fA-F]+$/.test(hex) && parseInt(hex, 16) <= 0x10ffff) {
      out += String.fromCodePoint(parseInt(hex, 16));
      i += 1 + hexLen;
      continue;
    }
    const oct = /^[0-7]{1,3}/.exec(body.slice(i + 1, i + 4));
    if (oct) {
      out += String.fromCharCode(parseInt(oct[0], 8));
      i += oct[0].length;
      continue;
    }
    out += c; // unknown escape: Python keeps the backslash
  }
  return out;
}

const PREFIX = /^([rRbBuUfFtT]{0,2})('''|"""|'|")/;

/** The body [from, to) of a string node between its quotes, with its prefix. */
function stringBody(node: Node, source: SourceText): { prefix: string; from: number; to: number } | undefined {
  const text = textOf(node, source);
  const m = PREFIX.exec(text);
  if (!m) return undefined;
  const q = m[2];
  const from = node.startIndex + m[0].length;
  // an unterminated literal (a syntax error) runs to the end of its node
  const closed = text.length >= m[0].length + q.length && text.endsWith(q);
  const to = Math.max(from, node.endIndex - (closed ? q.length : 0));
  return { prefix: m[1].toLowerCase(), from, to };
}

/** The decoded value of source[from, to) of a (non-bytes) literal with this prefix. */
function piece(source: SourceText, prefix: string, from: number, to: number): SourceString {
  const body = source.text.slice(from, to);
  const raw = prefix.includes('r');
  let value = raw ? body : decodePythonEscapes(body);
  if (prefix.includes('f')) value = value.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
  // Python reads source with universal newlines: a CRLF inside a triple-quoted literal is "\n"
  value = value.replace(/\r\n?/g, '\n');
  return new SourceString(value, source, from, to, raw ? 'python-raw' : 'python');
}

const interpolations = (node: Node): Node[] => childrenOf(node).filter((c) => c.type === 'interpolation');

/** A single string literal node → SourceString (undefined for bytes and for f-strings with fields). */
export function stringLiteral(node: Node, source: SourceText): SourceString | undefined {
  const b = stringBody(node, source);
  if (!b || b.prefix.includes('b')) return undefined;
  if (b.prefix.includes('f') && interpolations(node).length) return undefined;
  return piece(source, b.prefix, b.from, b.to);
}

/** An f-string with fields: text runs between the fields, and each field's expression. */
function fstringParts(node: Node, source: SourceText, depth: number): PyFStringPart[] | undefined {
  const b = stringBody(node, source);
  if (!b || b.prefix.includes('b')) return undefined;
  const parts: PyFStringPart[] = [];
  let at = b.from;
  for (const field of interpolations(node)) {
    if (field.startIndex > at) parts.push({ kind: 'text', value: piece(source, b.prefix, at, field.startIndex) });
    const expr = field.childForFieldName('expression');
    parts.push({ kind: 'field', expr: evalLiteral(expr, source, depth + 1), text: expr ? textOf(expr, source) : '', location: spanOf(field, source) });
    at = field.endIndex;
  }
  if (b.to > at) parts.push({ kind: 'text', value: piece(source, b.prefix, at, b.to) });
  return parts;
}

const unknown = (node: Node, source: SourceText): PyLiteral => ({ kind: 'unknown', text: textOf(node, source), location: spanOf(node, source) });

const MAX_DEPTH = 50;

const SKIPPED_ITEMS = new Set(['list_splat', 'comment']);

export function evalLiteral(node: Node | null | undefined, source: SourceText, depth = 0): PyLiteral {
  if (!node) return { kind: 'unknown', text: '', location: source.span(0, 0) };
  const location = spanOf(node, source);
  if (depth > MAX_DEPTH) return unknown(node, source);
  switch (node.type) {
    case 'string': {
      const s = stringLiteral(node, source);
      if (s) return { kind: 'string', value: s };
      const parts = interpolations(node).length ? fstringParts(node, source, depth) : undefined;
      return parts ? { kind: 'fstring', parts, location } : unknown(node, source);
    }
    case 'concatenated_string':
      return joinedLiteral(node, source, depth);
    case 'true':
    case 'false':
      return { kind: 'bool', value: node.type === 'true', location };
    case 'none':
      return { kind: 'none', location };
    case 'integer':
    case 'float':
      return numberLiteral(textOf(node, source), node, source);
    case 'unary_operator': {
      const op = node.childForFieldName('operator');
      const operand = node.childForFieldName('argument');
      const sign = op ? textOf(op, source) : '';
      if (operand && (operand.type === 'integer' || operand.type === 'float') && (sign === '-' || sign === '+')) {
        return numberLiteral(sign + textOf(operand, source), node, source);
      }
      return unknown(node, source);
    }
    case 'parenthesized_expression': {
      const inner = namedChildrenOf(node).filter((c) => c.type !== 'comment');
      return inner.length === 1 ? evalLiteral(inner[0], source, depth + 1) : unknown(node, source);
    }
    case 'list':
    case 'tuple':
    case 'set':
      return { kind: 'list', items: namedChildrenOf(node).filter((c) => !SKIPPED_ITEMS.has(c.type)).map((c) => evalLiteral(c, source, depth + 1)), location };
    case 'dictionary':
      return dictLiteral(node, source, depth);
    case 'call':
      return callLiteral(node, source, depth);
    case 'identifier':
    case 'keyword_identifier':
      return { kind: 'name', text: textOf(node, source), location };
    case 'attribute': {
      if (isDotted(node)) return { kind: 'name', text: dottedOf(node, source), location };
      const attr = node.childForFieldName('attribute');
      return { kind: 'attribute', object: evalLiteral(node.childForFieldName('object'), source, depth + 1), attr: attr ? textOf(attr, source) : '', text: textOf(node, source), location };
    }
    case 'subscript': {
      const keys = node.childrenForFieldName('subscript').filter((c): c is Node => c !== null);
      const object = node.childForFieldName('value');
      if (keys.length !== 1 || !object) return unknown(node, source);
      return { kind: 'subscript', object: evalLiteral(object, source, depth + 1), key: evalLiteral(keys[0], source, depth + 1), text: textOf(node, source), location };
    }
    case 'binary_operator': {
      const op = node.childForFieldName('operator');
      const opText = op ? textOf(op, source) : '';
      if (opText !== '+' && opText !== '%') return unknown(node, source);
      return binop(node, opText, source, depth);
    }
    default:
      return unknown(node, source);
  }
}

/**
 * `a + b + c` nests to the left: the chain is walked iteratively (a long chain of `+`
 * must not recurse once per operand), operands themselves with the depth limit.
 */
function binop(node: Node, op: string, source: SourceText, depth: number): PyLiteral {
  const operands: Node[] = [];
  let n: Node | null = node;
  while (n && n.type === 'binary_operator') {
    const o = n.childForFieldName('operator');
    if (!o || textOf(o, source) !== op) break;
    const right = n.childForFieldName('right');
    if (right) operands.push(right);
    n = n.childForFieldName('left');
  }
  if (!n || operands.length > 500) return unknown(node, source);
  let acc = evalLiteral(n, source, depth + 1);
  for (let i = operands.length - 1; i >= 0; i--) {
    const right = operands[i];
    const from = n.startIndex;
    acc = { kind: 'binop', op, left: acc, right: evalLiteral(right, source, depth + 1), text: source.text.slice(from, right.endIndex), location: source.span(from, right.endIndex) };
  }
  return acc;
}

function numberLiteral(text: string, node: Node, source: SourceText): PyLiteral {
  const clean = text.replace(/_/g, '');
  // Python's 0o/0b/0x prefixes are what JS Number() reads; a trailing j (complex) is not a number here
  const n = /^[+-]?(0[oObBxX])/.test(clean) ? Number(clean.replace(/^([+-]?)(.*)$/, '$2')) * (clean.startsWith('-') ? -1 : 1) : Number(clean);
  return Number.isFinite(n) ? { kind: 'number', value: n, location: spanOf(node, source) } : unknown(node, source);
}

/** "a" "b" → one string whose slices locate into the right piece (f-string pieces → an f-string). */
function joinedLiteral(node: Node, source: SourceText, depth: number): PyLiteral {
  const parts: PyFStringPart[] = [];
  for (const c of namedChildrenOf(node)) {
    if (c.type !== 'string') continue;
    const lit = evalLiteral(c, source, depth + 1);
    if (lit.kind === 'string') parts.push({ kind: 'text', value: lit.value });
    else if (lit.kind === 'fstring') parts.push(...lit.parts);
    else return unknown(node, source);
  }
  if (parts.length === 0) return unknown(node, source);
  if (parts.some((p) => p.kind === 'field')) return { kind: 'fstring', parts, location: spanOf(node, source) };
  const pieces = parts.map((p) => (p as { value: SourceString }).value);
  return { kind: 'string', value: pieces.length === 1 ? pieces[0] : new JoinedString(pieces) };
}

function dictLiteral(node: Node, source: SourceText, depth: number): PyLiteral {
  const entries: { key: string; keySource?: SourceString; value: PyLiteral }[] = [];
  for (const c of namedChildrenOf(node)) {
    if (c.type !== 'pair') continue; // `{**base}`: not statically known
    const key = c.childForFieldName('key');
    const value = c.childForFieldName('value');
    if (!key) continue;
    const k = evalLiteral(key, source, depth + 1);
    entries.push({
      key: k.kind === 'string' ? k.value.value : textOf(key, source),
      keySource: k.kind === 'string' ? k.value : undefined,
      value: evalLiteral(value, source, depth + 1),
    });
  }
  return { kind: 'dict', entries, location: spanOf(node, source) };
}

function callLiteral(node: Node, source: SourceText, depth: number): PyLiteral {
  const callee = node.childForFieldName('function');
  const argNode = node.childForFieldName('arguments');
  const { args, kwargs, spreads } = callArguments(argNode?.type === 'argument_list' ? argNode : null, source, depth);
  const lit: PyLiteral = { kind: 'call', callee: callee ? dottedOf(callee, source) : '', args, kwargs, location: spanOf(node, source) };
  if (callee && !isDotted(callee)) lit.calleeExpr = evalLiteral(callee, source, depth + 1);
  if (spreads.length) lit.spreads = spreads;
  return lit;
}

/** Positional and keyword arguments of an argument_list (`*args` skipped, `**kwargs` kept as spreads). */
export function callArguments(argList: Node | null, source: SourceText, depth = 0): { args: PyLiteral[]; kwargs: Record<string, PyLiteral>; spreads: PyLiteral[] } {
  const args: PyLiteral[] = [];
  const kwargs: Record<string, PyLiteral> = Object.create(null);
  const spreads: PyLiteral[] = [];
  for (const c of namedChildrenOf(argList)) {
    // each read of a node's type is a call into WebAssembly
    const type = c.type;
    if (type === 'comment' || type === 'list_splat') continue;
    if (type === 'dictionary_splat') {
      const inner = namedChildrenOf(c)[0];
      if (inner) spreads.push(evalLiteral(inner, source, depth + 1));
      continue;
    }
    if (type === 'keyword_argument') {
      const name = c.childForFieldName('name');
      if (name && isIdentifier(name)) kwargs[textOf(name, source)] = evalLiteral(c.childForFieldName('value'), source, depth + 1);
      continue;
    }
    args.push(evalLiteral(c, source, depth + 1));
  }
  return { args, kwargs, spreads };
}
