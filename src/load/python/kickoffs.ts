// kickoff(...) calls and the inputs they pass, when those are visible statically: a dict
// literal, dict(k=...), or a name assigned one earlier in the function or module.

import type { Node } from './parse.js';
import { lookup, type ModuleContext, type Scope } from './context.js';
import { callArguments } from './literals.js';
import { argumentList, dottedOf, spanOf, textOf } from './syntax.js';
import type { PyKickoff, PyLiteral } from './types.js';

const KICKOFF_METHODS = new Set(['kickoff', 'kickoff_async', 'akickoff', 'kickoff_for_each', 'kickoff_for_each_async', 'akickoff_for_each']);
const FOR_EACH = /for_each/;

/** The kickoffs of a `receiver.kickoff…(...)` call; undefined when the call is something else. */
export function kickoffsOf(call: Node, scope: Scope, ctx: ModuleContext): PyKickoff[] | undefined {
  const callee = call.childForFieldName('function');
  const property = callee?.type === 'attribute' ? callee.childForFieldName('attribute') : null;
  if (!callee || !property) return undefined;
  const method = textOf(property, ctx.source);
  if (!KICKOFF_METHODS.has(method)) return undefined;
  const object = callee.childForFieldName('object');
  const receiver = object ? dottedOf(object, ctx.source) : undefined;
  const location = spanOf(call, ctx.source);
  const { args, kwargs } = callArguments(argumentList(call), ctx.source);
  const written = kwargs.inputs ?? args[0];
  const inputs = written && resolve(written, scope);
  if (FOR_EACH.test(method) && inputs?.kind === 'list') {
    // one kickoff per inputs dict, each keeping its own strings
    return inputs.items.map((item) => ({ inputs: resolve(item, scope), method, receiver, location }));
  }
  return [{ inputs, method, receiver, location }];
}

/** A name bound to a literal earlier, and `dict(k="v")`, as the literal they stand for. */
function resolve(lit: PyLiteral, scope: Scope | undefined): PyLiteral {
  if (lit.kind === 'name' && /^[A-Za-z_]\w*$/.test(lit.text)) {
    const bound = lookup(scope, lit.text);
    return bound && (bound.kind === 'dict' || bound.kind === 'list' || bound.kind === 'call') ? resolve(bound, undefined) : lit;
  }
  if (lit.kind === 'call' && lit.callee === 'dict' && lit.args.length === 0) {
    return { kind: 'dict', entries: Object.entries(lit.kwargs).map(([key, value]) => ({ key, value })), location: lit.location };
  }
  return lit;
}
