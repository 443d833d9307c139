// Shared by the Python loader tests: compact spans, and the literal under a kwarg.

import type { SourceSpan, SourceString } from '../../../src/core/source.js';
import type { PyLiteral } from '../../../src/load/python/types.js';

/** `line:col-line:col` of a span (end exclusive, as reported). */
export const at = (s: SourceSpan): string => `${s.start.line}:${s.start.column}-${s.end.line}:${s.end.column}`;

/** Where value[from, to) of a string is written. */
export const where = (s: SourceString | undefined, from?: number, to?: number): string => (s ? at(s.locate(from, to)) : 'undefined');

/** Where the first occurrence of `part` inside the string's value is written. */
export function whereIs(s: SourceString | undefined, part: string): string {
  if (!s) return 'undefined';
  const i = s.value.indexOf(part);
  if (i < 0) throw new Error(`${JSON.stringify(part)} not in ${JSON.stringify(s.value)}`);
  return where(s, i, i + part.length);
}

export function str(lit: PyLiteral | undefined): SourceString {
  if (lit?.kind !== 'string') throw new Error(`expected a string literal, got ${lit?.kind}`);
  return lit.value;
}

/** A readable shape of a literal: strings as values, calls as callee(args), names as text. */
export function shape(lit: PyLiteral | undefined): unknown {
  if (!lit) return undefined;
  switch (lit.kind) {
    case 'string':
      return lit.value.value;
    case 'bool':
    case 'number':
      return lit.value;
    case 'none':
      return null;
    case 'list':
      return lit.items.map(shape);
    case 'dict':
      return Object.fromEntries(lit.entries.map((e) => [e.key, shape(e.value)]));
    case 'call':
      return { call: lit.callee, ...(lit.args.length ? { args: lit.args.map(shape) } : {}), ...Object.fromEntries(Object.entries(lit.kwargs).map(([k, v]) => [k, shape(v)])) };
    case 'name':
      return { name: lit.text };
    case 'unknown':
      return { unknown: lit.text };
    case 'attribute':
    case 'subscript':
      return { name: lit.text };
    case 'binop':
      return { unknown: lit.text };
    case 'fstring':
      return { fstring: lit.parts.map((p) => (p.kind === 'text' ? p.value.value : `{${p.text}}`)).join('') };
  }
}

export function item(lit: PyLiteral | undefined, i: number): PyLiteral {
  if (lit?.kind !== 'list') throw new Error(`expected a list literal, got ${lit?.kind}`);
  return lit.items[i];
}

export function kwarg(lit: PyLiteral | undefined, name: string): PyLiteral {
  if (lit?.kind !== 'call') throw new Error(`expected a call literal, got ${lit?.kind}`);
  return lit.kwargs[name];
}

/** Where a literal is written (for a string: its characters, without quotes). */
export const locationOf = (lit: PyLiteral): SourceSpan => (lit.kind === 'string' ? lit.value.span : lit.location);
