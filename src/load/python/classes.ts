// What a class is to CrewAI, from its decorators and bases: a @CrewBase crew, a Flow,
// a BaseTool subclass; and its literal class attributes.

import type { Node } from './parse.js';
import { namedChildrenOf } from './parse.js';
import type { ModuleContext } from './context.js';
import { evalLiteral } from './literals.js';
import { assignmentParts, classBases, isIdentifier, type Decorator, lastName, type MethodNode, textOf, withoutSubscript } from './syntax.js';
import type { PyLiteral } from './types.js';

export interface ClassInfo {
  className: string;
  nameNode: Node | null;
  bases: string[];
  decorators: Decorator[];
  body: Node | null;
  node: Node;
}

export interface ClassKinds {
  crewBase: boolean;
  flow: boolean;
  tool: boolean;
}

const CREW_MEMBER_DECORATORS = new Set(['agent', 'task', 'crew']);

export function classInfo(cls: Node, decorators: Decorator[], ctx: ModuleContext): ClassInfo {
  const nameNode = cls.childForFieldName('name');
  return { className: nameNode ? textOf(nameNode, ctx.source) : '', nameNode, bases: classBases(cls, ctx.source), decorators, body: cls.childForFieldName('body'), node: cls };
}

/** The imported name a base or decorator stands for, without subscripts: `Flow[State]` → `Flow`. */
const resolvedLast = (ctx: ModuleContext, written: string) => lastName(ctx.names.resolve(withoutSubscript(written)));

export function classKinds(info: ClassInfo, ctx: ModuleContext): ClassKinds {
  const crewBase = info.decorators.some((d) => resolvedLast(ctx, d.name) === 'CrewBase');
  const flow = info.bases.some((b) => resolvedLast(ctx, b) === 'Flow' || ctx.flowClassNames.has(withoutSubscript(b)));
  const tool = info.bases.some((b) => {
    const base = withoutSubscript(b);
    // a subclass of a crewai_tools class is a tool too (it may override the name)
    return resolvedLast(ctx, base) === 'BaseTool' || ctx.toolClassNames.has(base) || /^crewai_tools\./.test(ctx.names.resolve(base));
  });
  return { crewBase, flow, tool: tool && !crewBase };
}

/** @CrewBase, or a plain class with @agent/@task/@crew methods (read as a crew with crewBase: false). */
export function isCrewClass(kinds: ClassKinds, methods: MethodNode[], ctx: ModuleContext): boolean {
  if (kinds.crewBase) return true;
  if (kinds.flow || kinds.tool) return false;
  return methods.some((m) => m.decorators.some((d) => CREW_MEMBER_DECORATORS.has(resolvedLast(ctx, d.name))));
}

/** `name = "…"`, `name: str = "…"` and `name: str = Field(default="…")` in a class body. */
export function classAttributes(body: Node | null, ctx: ModuleContext): Map<string, PyLiteral> {
  const out = new Map<string, PyLiteral>();
  for (const c of namedChildrenOf(body)) {
    const parts = assignmentParts(c);
    if (!parts) continue;
    let value = evalLiteral(parts.value, ctx.source);
    if (value.kind === 'call' && lastName(value.callee) === 'Field') value = value.kwargs.default ?? value.args[0] ?? value;
    for (const t of parts.targets) if (isIdentifier(t)) out.set(textOf(t, ctx.source), value);
  }
  return out;
}

/** Decorator last names of a method, resolved through import aliases. */
export function decoratorNames(decorators: Decorator[], ctx: ModuleContext): Set<string> {
  return new Set(decorators.map((d) => resolvedLast(ctx, d.name)));
}
