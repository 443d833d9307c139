// Small helpers over @lezer/python syntax nodes: text, spans, decorators, class bases,
// and the first error node. Nothing here knows about CrewAI.

import type { SyntaxNode } from '@lezer/common';
import type { SourceSpan, SourceText } from '../../core/source.js';

export const textOf = (n: SyntaxNode, source: SourceText): string => source.text.slice(n.from, n.to);

/** Dotted name as written, without the whitespace Python allows around dots (`a . b` → `a.b`). */
export const dottedOf = (n: SyntaxNode, source: SourceText): string => textOf(n, source).replace(/\s+/g, '');

export const spanOf = (n: SyntaxNode, source: SourceText): SourceSpan => source.span(n.from, n.to);

export interface Decorator {
  /** dotted name as written (`agent`, `crewai.project.agent`, `listen`) */
  name: string;
  /** the argument list of `@name(...)`, when called */
  args: SyntaxNode | null;
  node: SyntaxNode;
}

export function decoratorsOf(stmt: SyntaxNode, source: SourceText): Decorator[] {
  if (stmt.name !== 'DecoratedStatement') return [];
  return stmt.getChildren('Decorator').map((d) => {
    const parts: string[] = [];
    for (let c = d.firstChild; c; c = c.nextSibling) {
      if (c.name === 'VariableName' || c.name === 'PropertyName') parts.push(textOf(c, source));
    }
    return { name: parts.join('.'), args: d.getChild('ArgList'), node: d };
  });
}

/** The class or function a (possibly decorated) statement defines. */
export function definedNode(stmt: SyntaxNode): SyntaxNode | null {
  if (stmt.name === 'ClassDefinition' || stmt.name === 'FunctionDefinition') return stmt;
  if (stmt.name !== 'DecoratedStatement') return null;
  return stmt.getChild('ClassDefinition') ?? stmt.getChild('FunctionDefinition');
}

/** Base classes as written (`Flow[State]`, `tools.BaseTool`); keyword arguments such as metaclass= are not bases. */
export function classBases(cls: SyntaxNode, source: SourceText): string[] {
  const args = cls.getChild('ArgList');
  if (!args) return [];
  const out: string[] = [];
  for (let c = args.firstChild; c; c = c.nextSibling) {
    if (c.name === '(' || c.name === ')' || c.name === ',') continue;
    if (c.name === 'VariableName' && c.nextSibling?.name === 'AssignOp') {
      c = c.nextSibling.nextSibling ?? c.nextSibling; // skip `metaclass=M`
      continue;
    }
    if (c.name === '*' || c.name === '**') continue;
    out.push(dottedOf(c, source));
  }
  return out;
}

/** `Flow[State]` → `Flow`, `a.b.C` stays. */
export const withoutSubscript = (name: string): string => name.replace(/\[.*$/s, '');

/** `a.b.C` → `C` */
export const lastName = (dotted: string): string => dotted.slice(dotted.lastIndexOf('.') + 1);

export interface MethodNode {
  name: string;
  nameNode: SyntaxNode;
  decorators: Decorator[];
  fn: SyntaxNode;
  body: SyntaxNode | null;
}

/** The methods of a class body, in source order. */
export function methodsOf(body: SyntaxNode | null, source: SourceText): MethodNode[] {
  const out: MethodNode[] = [];
  for (let c = body?.firstChild ?? null; c; c = c.nextSibling) {
    const fn = definedNode(c);
    if (fn?.name !== 'FunctionDefinition') continue;
    const nameNode = fn.getChild('VariableName');
    if (!nameNode) continue;
    out.push({ name: textOf(nameNode, source), nameNode, decorators: decoratorsOf(c, source), fn, body: fn.getChild('Body') });
  }
  return out;
}

/** Targets and value of `a = b = value` (an annotated `a: T = value` too); undefined for tuple targets or values. */
export function assignmentParts(stmt: SyntaxNode): { targets: SyntaxNode[]; value: SyntaxNode } | undefined {
  const segments: SyntaxNode[][] = [[]];
  for (let c = stmt.firstChild; c; c = c.nextSibling) {
    if (c.name === 'AssignOp') segments.push([]);
    else if (c.name !== 'TypeDef') segments[segments.length - 1].push(c);
  }
  if (segments.length < 2) return undefined;
  const valueNodes = segments.pop()!;
  if (valueNodes.length !== 1) return undefined; // `x = 1, 2`
  const targets = segments.filter((s) => s.length === 1).map((s) => s[0]);
  return { targets, value: valueNodes[0] };
}

/** `obj[key]` as a MemberExpression: its object and its key node. */
export function subscriptParts(n: SyntaxNode): { object: SyntaxNode; key: SyntaxNode } | undefined {
  if (n.name !== 'MemberExpression' || !n.getChild('[')) return undefined;
  const object = n.firstChild;
  const open = n.getChild('[');
  const key = open?.nextSibling;
  if (!object || !key || key.name === ']') return undefined;
  return { object, key };
}

/** The keyword argument node `name=` of an ArgList, and `**expr` spreads. */
export function keywordArgument(argList: SyntaxNode | null, name: string, source: SourceText): SyntaxNode | undefined {
  for (let c = argList?.firstChild ?? null; c; c = c.nextSibling) {
    if (c.name === 'VariableName' && c.nextSibling?.name === 'AssignOp' && textOf(c, source) === name) return c.nextSibling.nextSibling ?? undefined;
  }
  return undefined;
}

export function spreadArguments(argList: SyntaxNode | null): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = argList?.firstChild ?? null; c; c = c.nextSibling) {
    if (c.name === '**' && c.nextSibling) out.push(c.nextSibling);
  }
  return out;
}
