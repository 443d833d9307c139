// The walk over a module's statements, in source order, with the scope each runs in:
// definitions go to the class/function readers, assignments bind values, and every call
// is offered to the kickoff, environment and script-crew readers. Along the way it
// records what the resolver needs: module-level names, functions (their returns, locals,
// `self.x = …`, `super().__init__(…)`) and classes.

import { classInfo, classKinds, isCrewClass } from './classes.js';
import { callScope, classScope, functionScope, type ModuleContext, type Scope } from './context.js';
import { crewClass } from './crewClasses.js';
import { envCall, environAssignment } from './env.js';
import { flowClass } from './flows.js';
import { kickoffsOf } from './kickoffs.js';
import { evalLiteral } from './literals.js';
import { crewCall, isCrewCall, memberDefinition, memberKindOfCall } from './members.js';
import { descendantsOf, namedChildrenOf, type Node } from './parse.js';
import { argumentList, assignmentParts, decoratorsOf, definedNode, dottedOf, isDotted, isIdentifier, spanOf, textOf } from './syntax.js';
import { toolClass, toolDecorator, toolFunction } from './tools.js';
import type { PyClass, PyFunction, PyLiteral } from './types.js';

/** CPython refuses more than 100 indentation levels. */
const MAX_BLOCK_DEPTH = 100;

export function walkBody(body: Node | null, scope: Scope, ctx: ModuleContext): void {
  if (ctx.depth >= MAX_BLOCK_DEPTH) {
    if (!ctx.facts.diagnostics.length && body) {
      ctx.facts.diagnostics.push({ file: ctx.facts.file, ...ctx.source.lines.position(body.startIndex), message: `Python syntax error: more than ${MAX_BLOCK_DEPTH} nested blocks (CPython refuses them too); crewtel reads no deeper`, severity: 'error' });
    }
    return;
  }
  ctx.depth++;
  for (const c of namedChildrenOf(body)) statement(c, scope, ctx);
  ctx.depth--;
}

/** Parts of compound statements that hold blocks of their own. */
const CLAUSES = new Set(['elif_clause', 'else_clause', 'except_clause', 'except_group_clause', 'finally_clause', 'case_clause', 'with_clause']);

/** Statements without a block of their own (the grammar gives them no body): calls inside are read directly. */
const SIMPLE = new Set(['expression_statement', 'return_statement', 'pass_statement', 'assert_statement', 'delete_statement', 'raise_statement', 'global_statement', 'nonlocal_statement', 'break_statement', 'continue_statement', 'print_statement', 'exec_statement', 'type_alias_statement']);

function statement(stmt: Node, scope: Scope, ctx: ModuleContext): void {
  // every property of a tree-sitter node is a call into WebAssembly: the type is read once
  const type = stmt.type;
  const def = type === 'class_definition' || type === 'function_definition' || type === 'decorated_definition' ? definedNode(stmt) : null;
  const defType = def?.type;
  if (defType === 'class_definition') return classStatement(stmt, def!, scope, ctx);
  if (defType === 'function_definition') return functionStatement(stmt, def!, scope, ctx);
  switch (type) {
    case 'import_statement':
    case 'import_from_statement':
    case 'future_import_statement':
    case 'comment':
      return; // imports are read beforehand (imports.ts)
    case 'expression_statement':
      expressionStatement(stmt, scope, ctx);
      break;
    case 'return_statement':
      returned(stmt, scope, ctx);
      break;
    case 'with_statement':
      withAliases(stmt, scope, ctx);
      break;
  }
  if (!SIMPLE.has(type) && (CLAUSES.has(type) || type === 'block' || stmt.childForFieldName('body') || stmt.childForFieldName('consequence'))) return compound(stmt, scope, ctx);
  forEachCall(stmt, (call) => onCall(call, scope, ctx));
}

/** if/for/while/try/with/match: headers are expressions, blocks are statements in the same scope. */
function compound(stmt: Node, scope: Scope, ctx: ModuleContext): void {
  for (const c of namedChildrenOf(stmt)) {
    if (c.type === 'block') walkBody(c, scope, ctx);
    else if (CLAUSES.has(c.type)) compound(c, scope, ctx);
    else forEachCall(c, (call) => onCall(call, scope, ctx));
  }
}

function classStatement(stmt: Node, cls: Node, scope: Scope, ctx: ModuleContext): void {
  const info = classInfo(cls, decoratorsOf(stmt, ctx.source), ctx);
  const methods = methodsOfBody(info.body, ctx);
  const kinds = classKinds(info, ctx);
  if (kinds.tool) {
    ctx.facts.toolClasses.push(toolClass(info, ctx));
    ctx.toolClassNames.add(info.className);
  }
  if (kinds.flow) {
    ctx.facts.flowClasses.push(flowClass(info, methods, ctx));
    ctx.flowClassNames.add(info.className);
  }
  const crew = isCrewClass(kinds, methods, ctx);
  if (crew) ctx.facts.crewClasses.push(crewClass(info, kinds.crewBase, methods, ctx));
  const facts: PyClass = { name: info.className, bases: info.bases, decorators: info.decorators.map((d) => d.name), methods: new Map(), attrs: new Map(), location: spanOf(info.nameNode ?? cls, ctx.source) };
  // only classes that run at import can be imported (a class inside a function is local to it)
  if (scope.kind === 'module') ctx.facts.symbols.classes.set(info.className, facts);
  // class-level statements run with the class; methods are functions (kickoffs, env switches)
  walkBody(info.body, classScope(scope, crew || scope.inCrewClass, facts), ctx);
}

const methodsOfBody = (body: Node | null, ctx: ModuleContext) => {
  const out = [];
  for (const c of namedChildrenOf(body)) {
    const fn = definedNode(c);
    const nameNode = fn?.type === 'function_definition' ? fn.childForFieldName('name') : null;
    if (fn && nameNode) out.push({ name: textOf(nameNode, ctx.source), nameNode, decorators: decoratorsOf(c, ctx.source), fn, body: fn.childForFieldName('body') });
  }
  return out;
};

function functionStatement(stmt: Node, fn: Node, scope: Scope, ctx: ModuleContext): void {
  const nameNode = fn.childForFieldName('name');
  const name = nameNode ? textOf(nameNode, ctx.source) : '';
  const tool = toolDecorator(decoratorsOf(stmt, ctx.source), ctx);
  // a crew class's @tool methods are its toolMethods, not @tool functions
  if (tool && !(scope.kind === 'class' && scope.inCrewClass)) ctx.facts.toolFunctions.push(toolFunction(fn, nameNode, name, tool, ctx));
  const facts: PyFunction = { name, params: parameters(fn, ctx), returns: [], values: new Map(), appends: new Map(), selfAttrs: new Map(), location: spanOf(nameNode ?? fn, ctx.source) };
  if (scope.kind === 'module') ctx.facts.symbols.functions.set(name, facts);
  else if (scope.kind === 'class' && scope.cls) scope.cls.methods.set(name, facts);
  walkBody(fn.childForFieldName('body'), functionScope(scope, name, scope.inCrewClass, facts), ctx);
}

function parameters(fn: Node, ctx: ModuleContext): string[] {
  return namedChildrenOf(fn.childForFieldName('parameters')).flatMap((p) => {
    const n = isIdentifier(p) ? p : (p.childForFieldName('name') ?? namedChildrenOf(p).find((c) => isIdentifier(c)));
    return n ? [textOf(n, ctx.source)] : [];
  });
}

function expressionStatement(stmt: Node, scope: Scope, ctx: ModuleContext): void {
  const inner = namedChildrenOf(stmt)[0];
  if (inner?.type === 'assignment') assignment(stmt, scope, ctx);
  else if (inner?.type === 'augmented_assignment') augmented(inner, scope, ctx);
  else if (inner?.type === 'call') appendCall(inner, scope, ctx);
}

function assignment(stmt: Node, scope: Scope, ctx: ModuleContext): void {
  const parts = assignmentParts(stmt);
  if (!parts) return;
  const value = evalLiteral(parts.value, ctx.source);
  for (const target of parts.targets) {
    if (isIdentifier(target)) bind(scope, textOf(target, ctx.source), value, ctx);
    else if (target.type === 'subscript') environAssignment(target, value, stmt, scope, ctx);
    else if (target.type === 'attribute' && isDotted(target)) {
      const m = /^self\.([A-Za-z_]\w*)$/.exec(dottedOf(target, ctx.source));
      if (m && scope.fn) scope.fn.selfAttrs.set(m[1], value);
    }
  }
  const first = parts.targets[0];
  if (!first || scope.inCrewClass) return;
  // `researcher = Agent(...)` and `self.researcher = Agent(...)` in scripts and plain classes
  const variable = isIdentifier(first) ? textOf(first, ctx.source) : first.type === 'attribute' ? textOf(first.childForFieldName('attribute') ?? first, ctx.source) : undefined;
  if (variable) looseMember(variable, parts.value, scope, ctx);
}

/** `with open(p) as f:` binds `f` to `open(p)`, so `yaml.safe_load(f)` is followed like `f = open(p)`. */
function withAliases(stmt: Node, scope: Scope, ctx: ModuleContext): void {
  const clause = namedChildrenOf(stmt).find((c) => c.type === 'with_clause');
  for (const item of namedChildrenOf(clause)) {
    const value = item.type === 'with_item' ? item.childForFieldName('value') : null;
    if (value?.type !== 'as_pattern') continue;
    const expr = namedChildrenOf(value)[0];
    const alias = value.childForFieldName('alias');
    const target = alias && (isIdentifier(alias) ? alias : namedChildrenOf(alias).find((c) => isIdentifier(c)));
    if (expr && target && expr !== alias) bind(scope, textOf(target, ctx.source), evalLiteral(expr, ctx.source), ctx);
  }
}

/** A name bound in this scope: for the walk's own lookups and for the resolver. */
function bind(scope: Scope, name: string, value: PyLiteral, ctx: ModuleContext): void {
  scope.values.set(name, value);
  if (scope.kind === 'module') ctx.facts.symbols.values.set(name, value);
  else if (scope.kind === 'class') scope.cls?.attrs.set(name, value);
  else scope.fn?.values.set(name, value);
}

/** `x += "more"`: the value becomes `x + "more"` (as far as it is statically visible). */
function augmented(node: Node, scope: Scope, ctx: ModuleContext): void {
  const left = node.childForFieldName('left');
  const op = node.childForFieldName('operator');
  const right = node.childForFieldName('right');
  if (!left || !right || !op || textOf(op, ctx.source) !== '+=') return;
  const rhs = evalLiteral(right, ctx.source);
  const location = spanOf(node, ctx.source);
  const text = dottedOf(left, ctx.source);
  if (isIdentifier(left)) {
    const prev = scope.values.get(text) ?? { kind: 'name', text, location: spanOf(left, ctx.source) };
    bind(scope, text, { kind: 'binop', op: '+', left: prev, right: rhs, text: textOf(node, ctx.source), location }, ctx);
    if (rhs.kind === 'list') for (const item of rhs.items) addAppend(scope, text, item, ctx);
    return;
  }
  // `task.description += f"…"` on an object's attribute: kept for the resolver as the object's append
  const m = /^([A-Za-z_][\w.]*)\.([A-Za-z_]\w*)$/.exec(text);
  if (m) addAppend(scope, `${m[1]}.${m[2]}+=`, rhs, ctx);
}

/** `agents.append(a)`, `agents.extend([a, b])`, `self.agents.append(a)` */
function appendCall(call: Node, scope: Scope, ctx: ModuleContext): void {
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'attribute' || !isDotted(callee)) return;
  const m = /^(.*)\.(append|extend)$/.exec(dottedOf(callee, ctx.source));
  if (!m) return;
  const arg = namedChildrenOf(argumentList(call))[0];
  if (!arg) return;
  const value = evalLiteral(arg, ctx.source);
  if (m[2] === 'append') addAppend(scope, m[1], value, ctx);
  else if (value.kind === 'list') for (const item of value.items) addAppend(scope, m[1], item, ctx);
  else addAppend(scope, m[1], { kind: 'unknown', text: `*${value.kind === 'name' ? value.text : '…'}`, location: value.kind === 'string' ? value.value.span : value.location }, ctx);
}

function addAppend(scope: Scope, name: string, value: PyLiteral, ctx: ModuleContext): void {
  const table = scope.kind === 'module' ? ctx.facts.symbols.appends : scope.fn?.appends;
  if (!table) return;
  const list = table.get(name) ?? [];
  if (list.length < 1000) list.push(value);
  table.set(name, list);
}

/** `def researcher(): return Agent(...)` outside crew classes: named after the function. */
function returned(stmt: Node, scope: Scope, ctx: ModuleContext): void {
  const value = namedChildrenOf(stmt)[0];
  if (!value) return;
  if (scope.fn) scope.fn.returns.push(evalLiteral(value, ctx.source));
  if (scope.functionName && !scope.inCrewClass) looseMember(scope.functionName, value, scope, ctx);
}

function looseMember(method: string, value: Node, scope: Scope, ctx: ModuleContext): void {
  const kind = value.type === 'call' ? memberKindOfCall(value, ctx) : undefined;
  if (!kind) return;
  const def = memberDefinition(method, kind, value, spanOf(value, ctx.source), ctx);
  const at = callScope(scope);
  if (at) def.scope = at;
  ctx.looseAt.add(value.startIndex);
  (kind === 'agent' ? ctx.facts.looseAgents : ctx.facts.looseTasks).push(def);
}

function onCall(call: Node, scope: Scope, ctx: ModuleContext): void {
  const kickoffs = kickoffsOf(call, scope, ctx);
  if (kickoffs) {
    ctx.facts.kickoffs.push(...kickoffs);
    return;
  }
  if (envCall(call, scope, ctx)) return;
  if (scope.fn && isSuperInit(call, ctx)) scope.fn.superInit = evalLiteral(call, ctx.source);
  // an Agent(...)/Task(...) bound to no name (in a list, a dict, an argument): still a definition
  if (!scope.inCrewClass && !ctx.looseAt.has(call.startIndex)) looseMember('', call, scope, ctx);
  if (!scope.inCrewClass && isCrewCall(call, ctx)) {
    const c = crewCall(call, ctx);
    const at = callScope(scope);
    if (at) c.scope = at;
    ctx.facts.looseCrews.push(c);
  }
}

/** `super().__init__(…)`, `super(X, self).__init__(…)`, `Base.__init__(self, …)` */
function isSuperInit(call: Node, ctx: ModuleContext): boolean {
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'attribute') return false;
  const attr = callee.childForFieldName('attribute');
  if (!attr || textOf(attr, ctx.source) !== '__init__') return false;
  const object = callee.childForFieldName('object');
  return object?.type === 'call' ? dottedOf(object.childForFieldName('function') ?? object, ctx.source) === 'super' : Boolean(object && isDotted(object));
}

/** Nodes whose insides belong to another reader (a definition inside a recovered statement). */
const OWN_SCOPE = new Set(['function_definition', 'class_definition', 'decorated_definition', 'block', 'lambda']);

/** Every call inside a statement or expression, outer calls first, without entering nested definitions. */
function forEachCall(node: Node, visit: (call: Node) => void): void {
  for (const call of descendantsOf(node, ['call'], OWN_SCOPE)) visit(call);
}
