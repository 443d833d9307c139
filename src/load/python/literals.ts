// Python literals from @lezer/python syntax nodes, evaluated statically: strings keep
// exact source locations (prefixes, triple quotes, escapes, adjacent-literal joins).

import type { SyntaxNode } from '@lezer/common';
import { JoinedString, SourceString, type SourceText } from '../../core/source.js';
import type { PyLiteral } from './types.js';

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

/** Decodes the escapes of a non-raw Python string body. */
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
    if (hexLen && /^[0-9a-fA-F]+$/.test(body.slice(i + 2, i + 2 + hexLen)) && body.slice(i + 2, i + 2 + hexLen).length === hexLen) {
      out += String.fromCodePoint(parseInt(body.slice(i + 2, i + 2 + hexLen), 16));
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

/** A single string literal node → SourceString (undefined for bytes and f-strings with fields). */
export function stringLiteral(node: SyntaxNode, source: SourceText): SourceString | undefined {
  const text = source.text.slice(node.from, node.to);
  const m = /^([rRbBuUfF]{0,2})('''|"""|'|")/.exec(text);
  if (!m) return undefined;
  const prefix = m[1].toLowerCase();
  if (prefix.includes('b')) return undefined;
  if (prefix.includes('f') && node.getChild('FormatReplacement')) return undefined;
  const q = m[2];
  const from = node.from + m[0].length;
  const to = Math.max(from, node.to - (text.endsWith(q) && text.length >= m[0].length + q.length ? q.length : 0));
  const body = source.text.slice(from, to);
  const raw = prefix.includes('r');
  let value = raw ? body : decodePythonEscapes(body);
  if (prefix.includes('f')) value = value.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
  // triple-quoted strings keep CRLF as written only after Python's newline translation
  value = value.replace(/\r\n/g, '\n');
  return new SourceString(value, source, from, to, raw ? 'python-raw' : 'python');
}

function span(node: SyntaxNode, source: SourceText) {
  return source.span(node.from, node.to);
}

/** The dotted text of a name or attribute (`self.agents_config`, `Process.sequential`). */
export function nodeText(node: SyntaxNode, source: SourceText): string {
  return source.text.slice(node.from, node.to);
}

export function evalLiteral(node: SyntaxNode | null, source: SourceText, depth = 0): PyLiteral {
  if (!node) return { kind: 'unknown', text: '', location: source.span(0, 0) };
  const location = span(node, source);
  if (depth > 50) return { kind: 'unknown', text: '', location };
  switch (node.name) {
    case 'String':
    case 'FormatString': {
      const s = stringLiteral(node, source);
      return s ? { kind: 'string', value: s } : { kind: 'unknown', text: nodeText(node, source), location };
    }
    case 'ContinuedString': {
      const pieces: SourceString[] = [];
      for (let c = node.firstChild; c; c = c.nextSibling) {
        if (c.name !== 'String' && c.name !== 'FormatString') continue;
        const s = stringLiteral(c, source);
        if (!s) return { kind: 'unknown', text: nodeText(node, source), location };
        pieces.push(s);
      }
      if (pieces.length === 0) return { kind: 'unknown', text: nodeText(node, source), location };
      return { kind: 'string', value: pieces.length === 1 ? pieces[0] : new JoinedString(pieces) };
    }
    case 'Boolean':
      return { kind: 'bool', value: nodeText(node, source) === 'True', location };
    case 'None':
      return { kind: 'none', location };
    case 'Number': {
      const n = Number(nodeText(node, source).replace(/_/g, ''));
      return Number.isFinite(n) ? { kind: 'number', value: n, location } : { kind: 'unknown', text: nodeText(node, source), location };
    }
    case 'ParenthesizedExpression': {
      const inner = node.firstChild?.nextSibling;
      return inner && inner.name !== ')' ? evalLiteral(inner, source, depth + 1) : { kind: 'unknown', text: nodeText(node, source), location };
    }
    case 'ArrayExpression':
    case 'TupleExpression':
    case 'SetExpression': {
      const items: PyLiteral[] = [];
      for (let c = node.firstChild; c; c = c.nextSibling) {
        if (/^[[\](){},]$/.test(c.name)) continue;
        items.push(evalLiteral(c, source, depth + 1));
      }
      return { kind: 'list', items, location };
    }
    case 'DictionaryExpression': {
      const entries: { key: string; keySource?: SourceString; value: PyLiteral }[] = [];
      let key: SyntaxNode | null = null;
      let afterColon = false;
      for (let c = node.firstChild; c; c = c.nextSibling) {
        if (c.name === '{' || c.name === '}') continue;
        if (c.name === ',') {
          key = null;
          afterColon = false;
          continue;
        }
        if (c.name === ':') {
          afterColon = true;
          continue;
        }
        if (!afterColon) key = c;
        else if (key) {
          const k = evalLiteral(key, source, depth + 1);
          const keyText = k.kind === 'string' ? k.value.value : nodeText(key, source);
          entries.push({ key: keyText, keySource: k.kind === 'string' ? k.value : undefined, value: evalLiteral(c, source, depth + 1) });
          key = null;
          afterColon = false;
        }
      }
      return { kind: 'dict', entries, location };
    }
    case 'CallExpression': {
      const callee = node.firstChild;
      const argList = node.getChild('ArgList');
      const { args, kwargs } = callArguments(argList, source, depth);
      return { kind: 'call', callee: callee ? nodeText(callee, source) : '', args, kwargs, location };
    }
    case 'VariableName':
    case 'MemberExpression':
      return { kind: 'name', text: nodeText(node, source), location };
    default:
      return { kind: 'unknown', text: nodeText(node, source), location };
  }
}

/** Positional and keyword arguments of an ArgList (`**kwargs` and `*args` are skipped). */
export function callArguments(argList: SyntaxNode | null, source: SourceText, depth = 0): { args: PyLiteral[]; kwargs: Record<string, PyLiteral> } {
  const args: PyLiteral[] = [];
  const kwargs: Record<string, PyLiteral> = {};
  if (!argList) return { args, kwargs };
  let c = argList.firstChild;
  while (c) {
    if (c.name === '(' || c.name === ')' || c.name === ',') {
      c = c.nextSibling;
      continue;
    }
    if (c.name === '*' || c.name === '**' || c.name === 'ArithOp') {
      // *args / **kwargs: skip the operand
      c = c.nextSibling?.nextSibling ?? null;
      continue;
    }
    const next = c.nextSibling;
    if (c.name === 'VariableName' && next?.name === 'AssignOp') {
      const value = next.nextSibling;
      kwargs[nodeText(c, source)] = evalLiteral(value, source, depth + 1);
      c = value?.nextSibling ?? null;
      continue;
    }
    args.push(evalLiteral(c, source, depth + 1));
    c = next;
  }
  return { args, kwargs };
}
