// Environment switches set from code: os.environ[...] = ..., setdefault, update,
// os.putenv, load_dotenv(...); with whether they run at import and after crewai's import.

import type { Node } from './parse.js';
import { lookup, type ModuleContext, type Scope } from './context.js';
import { callArguments, evalLiteral } from './literals.js';
import { argumentList, dottedOf, lastName, spanOf, subscriptParts } from './syntax.js';
import type { PyEnvAssignment, PyLiteral } from './types.js';

type Extra = Pick<PyEnvAssignment, 'dotenvPath' | 'override'>;

function record(ctx: ModuleContext, scope: Scope, at: Node, variable: string, value: PyLiteral | undefined, kind: PyEnvAssignment['kind'], extra: Extra = {}): void {
  const importAt = ctx.crewaiImportAt;
  // a function body runs when called, which is after the module (and its imports) loaded
  const afterCrewaiImport = importAt === undefined ? false : scope.moduleLevel ? importAt < at.startIndex : true;
  ctx.facts.envAssignments.push({
    variable,
    value: value?.kind === 'string' ? value.value.value : undefined,
    kind,
    ...extra,
    location: spanOf(at, ctx.source),
    afterCrewaiImport,
    moduleLevel: scope.moduleLevel,
  });
}

/** A literal string, or a name bound to one earlier (`KEY = "X"; os.environ[KEY] = …`). */
function stringValue(lit: PyLiteral | undefined, scope: Scope): string | undefined {
  if (lit?.kind === 'name') lit = lookup(scope, lit.text) ?? lit;
  return lit?.kind === 'string' ? lit.value.value : undefined;
}

const resolved = (ctx: ModuleContext, node: Node) => ctx.names.resolve(dottedOf(node, ctx.source));

/** `os.environ["X"] = value` (any alias of os.environ); `stmt` is the whole assignment. */
export function environAssignment(target: Node, value: PyLiteral, stmt: Node, scope: Scope, ctx: ModuleContext): void {
  const sub = subscriptParts(target);
  if (!sub || resolved(ctx, sub.object) !== 'os.environ') return;
  const variable = stringValue(evalLiteral(sub.key, ctx.source), scope);
  if (variable !== undefined) record(ctx, scope, stmt, variable, resolveValue(value, scope), 'environ-set');
}

function resolveValue(value: PyLiteral | undefined, scope: Scope): PyLiteral | undefined {
  return value?.kind === 'name' ? (lookup(scope, value.text) ?? value) : value;
}

/** setdefault / update / putenv / load_dotenv calls; true when the call was one of them. */
export function envCall(call: Node, scope: Scope, ctx: ModuleContext): boolean {
  const callee = call.childForFieldName('function');
  if (!callee) return false;
  const name = resolved(ctx, callee);
  const args = () => callArguments(argumentList(call), ctx.source);
  switch (name) {
    case 'os.environ.setdefault':
    case 'os.putenv': {
      const a = args();
      const variable = stringValue(a.args[0], scope);
      if (variable !== undefined) record(ctx, scope, call, variable, resolveValue(a.args[1], scope), name === 'os.putenv' ? 'putenv' : 'setdefault');
      return true;
    }
    case 'os.environ.update': {
      const a = args();
      const d = resolveValue(a.args[0], scope);
      for (const e of d?.kind === 'dict' ? d.entries : []) {
        const variable = e.keySource ? e.key : /^[A-Za-z_]\w*$/.test(e.key) ? stringValue(lookup(scope, e.key), scope) : undefined;
        if (variable !== undefined) record(ctx, scope, call, variable, resolveValue(e.value, scope), 'environ-set');
      }
      for (const [k, v] of Object.entries(a.kwargs)) record(ctx, scope, call, k, resolveValue(v, scope), 'environ-set');
      return true;
    }
  }
  if (lastName(name) === 'load_dotenv') {
    const a = args();
    const path = a.kwargs.dotenv_path ?? a.args[0];
    const override = a.kwargs.override;
    record(ctx, scope, call, '*', undefined, 'load_dotenv', {
      dotenvPath: stringValue(path, scope),
      override: override?.kind === 'bool' ? override.value : false,
    });
    return true;
  }
  return false;
}
