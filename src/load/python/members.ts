// Agent(...), Task(...) and Crew(...) calls → member definitions and crew calls, the
// same for @CrewBase methods and for plain scripts.

import { descendantsOf, type Node } from './parse.js';
import type { SourceSpan } from '../../core/source.js';
import { importedLastName, type ModuleContext } from './context.js';
import { callArguments, stringLiteral } from './literals.js';
import { argumentList, dottedOf, keywordArgument, lastName, spanOf, spreadArguments, subscriptParts } from './syntax.js';
import type { PyCrewCall, PyLiteral, PyMemberDefinition } from './types.js';

export type MemberKind = 'agent' | 'task';

/** Classes whose calls define an agent or a task (ConditionalTask is a Task). */
const MEMBER_CLASSES: Record<MemberKind, Set<string>> = {
  agent: new Set(['Agent']),
  task: new Set(['Task', 'ConditionalTask']),
};

export function memberKindOfCall(call: Node, ctx: ModuleContext): MemberKind | undefined {
  const callee = call.childForFieldName('function');
  if (!callee || call.type !== 'call') return undefined;
  const name = importedLastName(ctx, dottedOf(callee, ctx.source));
  if (MEMBER_CLASSES.agent.has(name)) return 'agent';
  if (MEMBER_CLASSES.task.has(name)) return 'task';
  return undefined;
}

export function isCrewCall(call: Node, ctx: ModuleContext): boolean {
  const callee = call.childForFieldName('function');
  return call.type === 'call' && Boolean(callee) && importedLastName(ctx, dottedOf(callee!, ctx.source)) === 'Crew';
}

/** The first call in a subtree (document order) that `match` accepts. */
export function firstCall(node: Node | null, match: (call: Node) => boolean): Node | undefined {
  return node ? descendantsOf(node, ['call']).find(match) : undefined;
}

const CONFIG_ATTRIBUTE: Record<MemberKind, string> = { agent: 'agents_config', task: 'tasks_config' };

/** `self.agents_config["researcher"]` (as config= or as a ** spread) → the key and where it is written. */
function configKey(argList: Node | null, kind: MemberKind, ctx: ModuleContext): Pick<PyMemberDefinition, 'configKey' | 'configKeySource'> {
  const candidates = [keywordArgument(argList, 'config', ctx.source), ...spreadArguments(argList)];
  for (const node of candidates) {
    const sub = node && subscriptParts(node);
    if (!sub || lastName(dottedOf(sub.object, ctx.source)) !== CONFIG_ATTRIBUTE[kind]) continue;
    const key = sub.key.type === 'string' ? stringLiteral(sub.key, ctx.source) : undefined;
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
export function memberDefinition(method: string, kind: MemberKind, call: Node | undefined, fallback: SourceSpan, ctx: ModuleContext): PyMemberDefinition {
  if (!call) return { method, kwargs: {}, location: fallback };
  const argList = argumentList(call);
  const { kwargs, spreads } = callArguments(argList, ctx.source);
  const callee = call.childForFieldName('function');
  return {
    method,
    ...(callee ? { callee: dottedOf(callee, ctx.source) } : {}),
    ...(spreads.length ? { spreads } : {}),
    ...configKey(argList, kind, ctx),
    kwargs,
    ...(kind === 'task' ? taskRefs(kwargs) : {}),
    location: spanOf(call, ctx.source),
  };
}

export function crewCall(call: Node, ctx: ModuleContext): PyCrewCall {
  return { kwargs: callArguments(argumentList(call), ctx.source).kwargs, location: spanOf(call, ctx.source) };
}
