// The walk over a module's statements, in source order, with the scope each runs in:
// definitions go to the class/function readers, assignments bind literal values, and
// every call is offered to the kickoff, environment and script-crew readers.

import type { SyntaxNode } from '@lezer/common';
import { classInfo, classKinds, isCrewClass } from './classes.js';
import { classScope, functionScope, type ModuleContext, type Scope } from './context.js';
import { crewClass } from './crewClasses.js';
import { envCall, environAssignment } from './env.js';
import { flowClass } from './flows.js';
import { kickoffsOf } from './kickoffs.js';
import { evalLiteral } from './literals.js';
import { crewCall, isCrewCall, memberDefinition, memberKindOfCall } from './members.js';
import { assignmentParts, decoratorsOf, definedNode, methodsOf, spanOf, textOf } from './syntax.js';
import { toolClass, toolDecorator, toolFunction } from './tools.js';

export function walkBody(body: SyntaxNode | null, scope: Scope, ctx: ModuleContext): void {
  for (let c = body?.firstChild ?? null; c; c = c.nextSibling) statement(c, scope, ctx);
}

function statement(stmt: SyntaxNode, scope: Scope, ctx: ModuleContext): void {
  const def = definedNode(stmt);
  if (def?.name === 'ClassDefinition') return classStatement(stmt, def, scope, ctx);
  if (def?.name === 'FunctionDefinition') return functionStatement(stmt, def, scope, ctx);
  if (stmt.name === 'ImportStatement') return; // read beforehand (imports.ts)
  if (stmt.getChild('Body') || stmt.getChild('MatchBody')) return compound(stmt, scope, ctx);
  if (stmt.name === 'AssignStatement') assignment(stmt, scope, ctx);
  else if (stmt.name === 'ReturnStatement') returned(stmt, scope, ctx);
  forEachCall(stmt, (call) => onCall(call, scope, ctx));
}

/** if/for/while/try/with/match: headers are expressions, bodies are statements in the same scope. */
function compound(stmt: SyntaxNode, scope: Scope, ctx: ModuleContext): void {
  for (let c = stmt.firstChild; c; c = c.nextSibling) {
    if (c.name === 'Body') walkBody(c, scope, ctx);
    else if (c.name === 'MatchBody' || c.name === 'MatchClause') compound(c, scope, ctx);
    else forEachCall(c, (call) => onCall(call, scope, ctx));
  }
}

function classStatement(stmt: SyntaxNode, cls: SyntaxNode, scope: Scope, ctx: ModuleContext): void {
  const info = classInfo(cls, decoratorsOf(stmt, ctx.source), ctx);
  const methods = methodsOf(info.body, ctx.source);
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
  // class-level statements run with the class; methods are functions (kickoffs, env switches)
  walkBody(info.body, classScope(scope, crew || scope.inCrewClass), ctx);
}

function functionStatement(stmt: SyntaxNode, fn: SyntaxNode, scope: Scope, ctx: ModuleContext): void {
  const nameNode = fn.getChild('VariableName');
  const name = nameNode ? textOf(nameNode, ctx.source) : '';
  const tool = toolDecorator(decoratorsOf(stmt, ctx.source), ctx);
  // a crew class's @tool methods are its toolMethods, not @tool functions
  if (tool && !(scope.kind === 'class' && scope.inCrewClass)) ctx.facts.toolFunctions.push(toolFunction(fn, nameNode, name, tool, ctx));
  walkBody(fn.getChild('Body'), functionScope(scope, name), ctx);
}

function assignment(stmt: SyntaxNode, scope: Scope, ctx: ModuleContext): void {
  const parts = assignmentParts(stmt);
  if (!parts) return;
  const value = evalLiteral(parts.value, ctx.source);
  for (const target of parts.targets) {
    if (target.name === 'VariableName') scope.values.set(textOf(target, ctx.source), value);
    else if (target.name === 'MemberExpression') environAssignment(target, value, stmt, scope, ctx);
  }
  const first = parts.targets[0];
  if (!first || scope.inCrewClass) return;
  // `researcher = Agent(...)` and `self.researcher = Agent(...)` in scripts and plain classes
  const variable = first.name === 'VariableName' ? textOf(first, ctx.source) : first.name === 'MemberExpression' && first.lastChild?.name === 'PropertyName' ? textOf(first.lastChild, ctx.source) : undefined;
  if (variable) looseMember(variable, parts.value, ctx);
}

/** `def researcher(): return Agent(...)` outside crew classes: named after the function. */
function returned(stmt: SyntaxNode, scope: Scope, ctx: ModuleContext): void {
  const value = stmt.firstChild?.nextSibling;
  if (value && scope.functionName && !scope.inCrewClass) looseMember(scope.functionName, value, ctx);
}

function looseMember(method: string, value: SyntaxNode, ctx: ModuleContext): void {
  const kind = value.name === 'CallExpression' ? memberKindOfCall(value, ctx) : undefined;
  if (!kind) return;
  const def = memberDefinition(method, kind, value, spanOf(value, ctx.source), ctx);
  (kind === 'agent' ? ctx.facts.looseAgents : ctx.facts.looseTasks).push(def);
}

function onCall(call: SyntaxNode, scope: Scope, ctx: ModuleContext): void {
  const kickoffs = kickoffsOf(call, scope, ctx);
  if (kickoffs) {
    ctx.facts.kickoffs.push(...kickoffs);
    return;
  }
  if (envCall(call, scope, ctx)) return;
  if (!scope.inCrewClass && isCrewCall(call, ctx)) ctx.facts.looseCrews.push(crewCall(call, ctx));
}

/** Nodes whose insides belong to another reader (a definition inside a recovered statement). */
const OWN_SCOPE = new Set(['FunctionDefinition', 'ClassDefinition', 'DecoratedStatement', 'Body']);

/** Every call inside a statement or expression, outer calls first, without entering nested definitions. */
function forEachCall(node: SyntaxNode, visit: (call: SyntaxNode) => void): void {
  const cursor = node.cursor();
  let depth = 0;
  for (;;) {
    if (cursor.name === 'CallExpression') visit(cursor.node);
    if ((depth === 0 || !OWN_SCOPE.has(cursor.name)) && cursor.firstChild()) {
      depth++;
      continue;
    }
    // the next node: a sibling, or a sibling of an ancestor, never leaving `node`
    for (;;) {
      if (depth === 0) return;
      if (cursor.nextSibling()) break;
      cursor.parent();
      depth--;
    }
  }
}
