// Small helpers over tree-sitter-python nodes: text, spans, decorators, class bases,
// assignments and arguments. Nothing here knows about CrewAI.

import type { SourceSpan, SourceText } from '../../core/source.js';
import { childrenOf, namedChildrenOf, type Node } from './parse.js';

export const textOf = (n: Node, source: SourceText): string => source.text.slice(n.startIndex, n.endIndex);

/** Dotted name as written, without the whitespace Python allows around dots (`a . b` → `a.b`). */
export const dottedOf = (n: Node, source: SourceText): string => textOf(n, source).replace(/\s+/g, '');

export const spanOf = (n: Node, source: SourceText): SourceSpan => source.span(n.startIndex, n.endIndex);

/** identifier, or a soft keyword used as one (`match`, `print`, `type`) */
export const isIdentifier = (n: Node | null | undefined): boolean => n?.type === 'identifier' || n?.type === 'keyword_identifier';

/** A plain dotted name (`a`, `a.b.c`)? */
export function isDotted(n: Node | null | undefined): boolean {
  for (let c: Node | null | undefined = n; c; c = c.childForFieldName('object')) {
    if (isIdentifier(c)) return true;
    if (c.type !== 'attribute') return false;
  }
  return false;
}

export interface Decorator {
  /** dotted name as written (`agent`, `crewai.project.agent`, `listen`), without call arguments */
  name: string;
  /** the argument list of `@name(...)`, when called */
  args: Node | null;
  node: Node;
}

export function decoratorsOf(stmt: Node, source: SourceText): Decorator[] {
  if (stmt.type !== 'decorated_definition') return [];
  return childrenOf(stmt)
    .filter((c) => c.type === 'decorator')
    .map((d) => {
      let expr: Node | null = namedChildrenOf(d)[0] ?? null;
      let args: Node | null = null;
      if (expr?.type === 'call') {
        args = expr.childForFieldName('arguments');
        expr = expr.childForFieldName('function');
      }
      return { name: expr ? dottedOf(expr, source) : '', args, node: d };
    });
}

/** The class or function a (possibly decorated) statement defines. */
export function definedNode(stmt: Node): Node | null {
  if (stmt.type === 'class_definition' || stmt.type === 'function_definition') return stmt;
  if (stmt.type !== 'decorated_definition') return null;
  return stmt.childForFieldName('definition');
}

/** Base classes as written (`Flow[State]`, `tools.BaseTool`); keyword arguments such as metaclass= are not bases. */
export function classBases(cls: Node, source: SourceText): string[] {
  const args = cls.childForFieldName('superclasses');
  return namedChildrenOf(args)
    .filter((c) => c.type !== 'keyword_argument' && c.type !== 'list_splat' && c.type !== 'dictionary_splat' && c.type !== 'comment')
    .map((c) => dottedOf(c, source));
}

/** `Flow[State]` → `Flow`, `a.b.C` stays. */
export const withoutSubscript = (name: string): string => name.replace(/\[.*$/s, '');

/** `a.b.C` → `C` */
export const lastName = (dotted: string): string => dotted.slice(dotted.lastIndexOf('.') + 1);

export interface MethodNode {
  name: string;
  nameNode: Node;
  decorators: Decorator[];
  fn: Node;
  body: Node | null;
}

/** The methods of a class body, in source order. */
export function methodsOf(body: Node | null, source: SourceText): MethodNode[] {
  const out: MethodNode[] = [];
  for (const c of namedChildrenOf(body)) {
    const fn = definedNode(c);
    if (fn?.type !== 'function_definition') continue;
    const nameNode = fn.childForFieldName('name');
    if (!nameNode) continue;
    out.push({ name: textOf(nameNode, source), nameNode, decorators: decoratorsOf(c, source), fn, body: fn.childForFieldName('body') });
  }
  return out;
}

/** The assignment inside an expression statement (`x = …`, `x: T = …`, `a = b = …`). */
export function assignmentOf(stmt: Node): Node | undefined {
  if (stmt.type === 'assignment') return stmt;
  if (stmt.type !== 'expression_statement') return undefined;
  const first = namedChildrenOf(stmt)[0];
  return first?.type === 'assignment' ? first : undefined;
}

/** Targets and value of `a = b = value` (an annotated `a: T = value` too); undefined without a value. */
export function assignmentParts(stmt: Node): { targets: Node[]; value: Node } | undefined {
  let a = assignmentOf(stmt);
  if (!a) return undefined;
  const targets: Node[] = [];
  for (;;) {
    const left = a.childForFieldName('left');
    const right: Node | null = a.childForFieldName('right');
    if (left && left.type !== 'pattern_list' && left.type !== 'tuple_pattern') targets.push(left);
    if (!right) return undefined; // `x: int`
    if (right.type !== 'assignment') {
      if (right.type === 'expression_list') return undefined; // `x = 1, 2`
      return { targets, value: right };
    }
    a = right;
  }
}

/** `obj[key]`: its object and its (single) key node. */
export function subscriptParts(n: Node): { object: Node; key: Node } | undefined {
  if (n.type !== 'subscript') return undefined;
  const object = n.childForFieldName('value');
  const key = n.childForFieldName('subscript');
  return object && key ? { object, key } : undefined;
}

/** The value of keyword argument `name=` of an argument_list. */
export function keywordArgument(argList: Node | null, name: string, source: SourceText): Node | undefined {
  for (const c of namedChildrenOf(argList)) {
    if (c.type !== 'keyword_argument') continue;
    const n = c.childForFieldName('name');
    if (n && textOf(n, source) === name) return c.childForFieldName('value') ?? undefined;
  }
  return undefined;
}

/** The operands of `**expr` spreads in an argument_list. */
export function spreadArguments(argList: Node | null): Node[] {
  return namedChildrenOf(argList)
    .filter((c) => c.type === 'dictionary_splat')
    .flatMap((c) => namedChildrenOf(c).slice(0, 1));
}

/** The argument_list of a call (null for `f(x for x in y)`). */
export function argumentList(call: Node): Node | null {
  const a = call.childForFieldName('arguments');
  return a?.type === 'argument_list' ? a : null;
}
