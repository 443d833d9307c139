// Agent(...), Task(...) and Crew(...) calls → member definitions and crew calls, the
// same for @CrewBase methods and for plain scripts.

import type { SyntaxNode } from '@lezer/common';
import type { SourceSpan } from '../../core/source.js';
import { importedLastName, type ModuleContext } from './context.js';
import { callArguments, stringLiteral } from './literals.js';
import { dottedOf, keywordArgument, lastName, spanOf, spreadArguments, subscriptParts } from './syntax.js';
import type { PyCrewCall, PyLiteral, PyMemberDefinition } from './types.js';

export type MemberKind = 'agent' | 'task';

/** Classes whose calls define an agent or a task (ConditionalTask is a Task). */
const MEMBER_CLASSES: Record<MemberKind, Set<string>> = {
  agent: new Set(['Agent']),
  task: new Set(['Task', 'ConditionalTask']),
};

export function memberKindOfCall(call: SyntaxNode, ctx: ModuleContext): MemberKind | undefined {
  const callee = call.firstChild;
  if (!callee || call.name !== 'CallExpression') return undefined;
  const name = importedLastName(ctx, dottedOf(callee, ctx.source));
  if (MEMBER_CLASSES.agent.has(name)) return 'agent';
  if (MEMBER_CLASSES.task.has(name)) return 'task';
  return undefined;
}

export function isCrewCall(call: SyntaxNode, ctx: ModuleContext): boolean {
  const callee = call.firstChild;
  return call.name === 'CallExpression' && Boolean(callee) && importedLastName(ctx, dottedOf(callee!, ctx.source)) === 'Crew';
}

/** The first call in a subtree (document order) that `match` accepts. */
export function firstCall(node: SyntaxNode | null, match: (call: SyntaxNode) => boolean): SyntaxNode | undefined {
  if (!node) return undefined;
  const cursor = node.cursor();
  const end = node.to;
  do {
    if (cursor.from >= end) break;
    if (cursor.name === 'CallExpression' && match(cursor.node)) return cursor.node;
  } while (cursor.next());
  return undefined;
}

const CONFIG_ATTRIBUTE: Record<MemberKind, string> = { agent: 'agents_config', task: 'tasks_config' };

/** `self.agents_config["researcher"]` (as config= or as a ** spread) → the key and where it is written. */
function configKey(argList: SyntaxNode | null, kind: MemberKind, ctx: ModuleContext): Pick<PyMemberDefinition, 'configKey' | 'configKeySource'> {
  const candidates = [keywordArgument(argList, 'config', ctx.source), ...spreadArguments(argList)];
  for (const node of candidates) {
    const sub = node && subscriptParts(node);
    if (!sub || lastName(dottedOf(sub.object, ctx.source)) !== CONFIG_ATTRIBUTE[kind]) continue;
    const key = sub.key.name === 'String' ? stringLiteral(sub.key, ctx.source) : undefined;
    if (key) return { configKey: key.value, configKeySource: key };
  }
  return {};
}

/** `self.researcher()`, `self.researcher`, `researcher` → "researcher" */
export function memberRef(lit: PyLiteral): string | undefined {
  const text = lit.kind === 'call' && lit.args.length === 0 && Object.keys(lit.kwargs).length === 0 ? lit.callee : lit.kind === 'name' ? lit.text : undefined;
  const m = text && /^(?:self\.)?([A-Za-z_]\w*)$/.exec(text.replace(/\s+/g, ''));
  return m ? m[1] : undefined;
}

function taskRefs(kwargs: Record<string, PyLiteral>): Pick<PyMemberDefinition, 'agentRef' | 'contextRefs'> {
  const out: Pick<PyMemberDefinition, 'agentRef' | 'contextRefs'> = {};
  const agent = kwargs.agent && memberRef(kwargs.agent);
  if (agent) out.agentRef = agent;
  const context = kwargs.context;
  if (context?.kind === 'list') out.contextRefs = context.items.flatMap((i) => memberRef(i) ?? []);
  return out;
}

/** A definition from an Agent/Task call; `fallback` locates a method whose call crewtel could not find. */
export function memberDefinition(method: string, kind: MemberKind, call: SyntaxNode | undefined, fallback: SourceSpan, ctx: ModuleContext): PyMemberDefinition {
  if (!call) return { method, kwargs: {}, location: fallback };
  const argList = call.getChild('ArgList');
  const { kwargs } = callArguments(argList, ctx.source);
  return {
    method,
    ...configKey(argList, kind, ctx),
    kwargs,
    ...(kind === 'task' ? taskRefs(kwargs) : {}),
    location: spanOf(call, ctx.source),
  };
}

export function crewCall(call: SyntaxNode, ctx: ModuleContext): PyCrewCall {
  return { kwargs: callArguments(call.getChild('ArgList'), ctx.source).kwargs, location: spanOf(call, ctx.source) };
}
