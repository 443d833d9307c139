// Python literals from @lezer/python syntax nodes, evaluated statically: strings keep
// exact source locations (prefixes, triple quotes, escapes, adjacent-literal joins).

import type { SyntaxNode } from '@lezer/common';
import { JoinedString, SourceString, type SourceText } from '../../core/source.js';
import { dottedOf, spanOf, textOf } from './syntax.js';
import type { PyLiteral } from './types.js';

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

/** A single string literal node → SourceString (undefined for bytes and for f-strings with fields). */
export function stringLiteral(node: SyntaxNode, source: SourceText): SourceString | undefined {
  const text = textOf(node, source);
  const m = /^([rRbBuUfF]{0,2})('''|"""|'|")/.exec(text);
  if (!m) return undefined;
  const prefix = m[1].toLowerCase();
  if (prefix.includes('b')) return undefined;
  if (prefix.includes('f') && node.getChild('FormatReplacement')) return undefined;
  const q = m[2];
  const from = node.from + m[0].length;
  // an unterminated literal (a syntax error) runs to the end of its node
  const closed = text.length >= m[0].length + q.length && text.endsWith(q);
  const to = Math.max(from, node.to - (closed ? q.length : 0));
  const body = source.text.slice(from, to);
  const raw = prefix.includes('r');
  let value = raw ? body : decodePythonEscapes(body);
  if (prefix.includes('f')) value = value.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
  // Python reads source with universal newlines: a CRLF inside a triple-quoted literal is "\n"
  value = value.replace(/\r\n?/g, '\n');
  return new SourceString(value, source, from, to, raw ? 'python-raw' : 'python');
}

const unknown = (node: SyntaxNode, source: SourceText): PyLiteral => ({ kind: 'unknown', text: textOf(node, source), location: spanOf(node, source) });

const MAX_DEPTH = 50;

export function evalLiteral(node: SyntaxNode | null | undefined, source: SourceText, depth = 0): PyLiteral {
  if (!node) return { kind: 'unknown', text: '', location: source.span(0, 0) };
  const location = spanOf(node, source);
  if (depth > MAX_DEPTH) return unknown(node, source);
  switch (node.name) {
    case 'String':
    case 'FormatString': {
      const s = stringLiteral(node, source);
      return s ? { kind: 'string', value: s } : unknown(node, source);
    }
    case 'ContinuedString':
      return joinedLiteral(node, source);
    case 'Boolean':
      return { kind: 'bool', value: textOf(node, source) === 'True', location };
    case 'None':
      return { kind: 'none', location };
    case 'Number':
      return numberLiteral(textOf(node, source), node, source);
    case 'UnaryExpression': {
      const op = node.firstChild;
      const operand = op?.nextSibling;
      if (op && operand?.name === 'Number' && (textOf(op, source) === '-' || textOf(op, source) === '+')) {
        return numberLiteral(textOf(op, source) + textOf(operand, source), node, source);
      }
      return unknown(node, source);
    }
    case 'ParenthesizedExpression': {
      const inner = node.firstChild?.nextSibling;
      return inner && inner.name !== ')' ? evalLiteral(inner, source, depth + 1) : unknown(node, source);
    }
    case 'ArrayExpression':
    case 'TupleExpression':
    case 'SetExpression':
      return { kind: 'list', items: sequenceItems(node).map((c) => evalLiteral(c, source, depth + 1)), location };
    case 'DictionaryExpression':
      return dictLiteral(node, source, depth);
    case 'CallExpression': {
      const callee = node.firstChild;
      const { args, kwargs } = callArguments(node.getChild('ArgList'), source, depth);
      return { kind: 'call', callee: callee ? dottedOf(callee, source) : '', args, kwargs, location };
    }
    case 'VariableName':
    case 'MemberExpression':
      return { kind: 'name', text: textOf(node, source), location };
    default:
      return unknown(node, source);
  }
}

function numberLiteral(text: string, node: SyntaxNode, source: SourceText): PyLiteral {
  const clean = text.replace(/_/g, '');
  // Python's 0o/0b/0x prefixes are what JS Number() reads; a trailing j (complex) is not a number here
  const n = /^[+-]?(0[oObBxX])/.test(clean) ? Number(clean.replace(/^([+-]?)(.*)$/, '$2')) * (clean.startsWith('-') ? -1 : 1) : Number(clean);
  return Number.isFinite(n) ? { kind: 'number', value: n, location: spanOf(node, source) } : unknown(node, source);
}

/** "a" "b" → one string whose slices locate into the right piece. */
function joinedLiteral(node: SyntaxNode, source: SourceText): PyLiteral {
  const pieces: SourceString[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.name !== 'String' && c.name !== 'FormatString') continue;
    const s = stringLiteral(c, source);
    if (!s) return unknown(node, source);
    pieces.push(s);
  }
  if (pieces.length === 0) return unknown(node, source);
  return { kind: 'string', value: pieces.length === 1 ? pieces[0] : new JoinedString(pieces) };
}

const PUNCTUATION = new Set(['[', ']', '(', ')', '{', '}', ',']);

function sequenceItems(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (PUNCTUATION.has(c.name)) continue;
    if (c.name === '*') {
      c = c.nextSibling ?? c; // `[*rest]`: not statically known, skip the operand
      continue;
    }
    out.push(c);
  }
  return out;
}

function dictLiteral(node: SyntaxNode, source: SourceText, depth: number): PyLiteral {
  const entries: { key: string; keySource?: SourceString; value: PyLiteral }[] = [];
  let key: SyntaxNode | null = null;
  let afterColon = false;
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.name === '{' || c.name === '}') continue;
    if (c.name === '**') {
      c = c.nextSibling ?? c; // `{**base}`: skip the spread operand
      continue;
    }
    if (c.name === ',') {
      key = null;
      afterColon = false;
    } else if (c.name === ':') {
      afterColon = true;
    } else if (!afterColon) {
      key = c;
    } else if (key) {
      const k = evalLiteral(key, source, depth + 1);
      entries.push({
        key: k.kind === 'string' ? k.value.value : textOf(key, source),
        keySource: k.kind === 'string' ? k.value : undefined,
        value: evalLiteral(c, source, depth + 1),
      });
      key = null;
      afterColon = false;
    }
  }
  return { kind: 'dict', entries, location: spanOf(node, source) };
}

/** Positional and keyword arguments of an ArgList (`*args` and `**kwargs` spreads are skipped). */
export function callArguments(argList: SyntaxNode | null, source: SourceText, depth = 0): { args: PyLiteral[]; kwargs: Record<string, PyLiteral> } {
  const args: PyLiteral[] = [];
  const kwargs: Record<string, PyLiteral> = {};
  let c = argList?.firstChild ?? null;
  while (c) {
    if (c.name === '(' || c.name === ')' || c.name === ',') {
      c = c.nextSibling;
      continue;
    }
    if (c.name === '*' || c.name === '**' || c.name === 'ArithOp') {
      c = c.nextSibling?.nextSibling ?? null;
      continue;
    }
    const next = c.nextSibling;
    if (c.name === 'VariableName' && next?.name === 'AssignOp') {
      const value = next.nextSibling;
      kwargs[textOf(c, source)] = evalLiteral(value, source, depth + 1);
      c = value?.nextSibling ?? null;
      continue;
    }
    args.push(evalLiteral(c, source, depth + 1));
    c = next;
  }
  return { args, kwargs };
}
