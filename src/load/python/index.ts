// Static facts from one Python file, read with a real parser (@lezer/python) and
// never executed: @CrewBase classes, Flow classes, tools, kickoff inputs, env switches.

import type { SyntaxNode } from '@lezer/common';
import { parser } from '@lezer/python';
import { SourceText, type SourceSpan } from '../../core/source.js';
import { callArguments, evalLiteral, nodeText, stringLiteral } from './literals.js';
import type {
  PyCrewCall,
  PyCrewClass,
  PyEnvAssignment,
  PyFlowClass,
  PyKickoff,
  PyLiteral,
  PyMemberDefinition,
  PythonFacts,
  PyToolClass,
  PyToolFunction,
} from './types.js';

const FLOW_DECORATORS = new Set(['start', 'listen', 'router', 'persist', 'human_feedback', 'and_', 'or_']);
const ENV_SWITCH = /^(os\.)?environ$/;

interface Ctx {
  source: SourceText;
  facts: PythonFacts;
  /** literal dicts assigned to names, per scope (for kickoff(inputs=inputs)) */
  dicts: Map<string, PyLiteral>;
  moduleLevel: boolean;
  /** inside a @CrewBase class: its Agent/Task/Crew calls are members, not loose definitions */
  inCrewClass?: boolean;
}

export function parsePython(file: string, text: string): PythonFacts {
  const source = new SourceText(file, text);
  const facts: PythonFacts = {
    file,
    crewaiToolsImports: {},
    crewClasses: [],
    flowClasses: [],
    toolClasses: [],
    toolFunctions: [],
    looseAgents: [],
    looseTasks: [],
    looseCrews: [],
    kickoffs: [],
    envAssignments: [],
    diagnostics: [],
  };
  const tree = parser.parse(source.text);
  const firstError = findError(tree.topNode);
  if (firstError) {
    facts.diagnostics.push({ file, ...source.lines.position(firstError.from), message: 'Python syntax error (the rest of the file is read as far as possible)', severity: 'error' });
  }
  const ctx: Ctx = { source, facts, dicts: new Map(), moduleLevel: true };
  for (let stmt = tree.topNode.firstChild; stmt; stmt = stmt.nextSibling) statement(stmt, ctx);
  return facts;
}

function findError(node: SyntaxNode): SyntaxNode | undefined {
  const cursor = node.cursor();
  do {
    if (cursor.type.isError) return cursor.node;
  } while (cursor.next());
  return undefined;
}

const span = (n: SyntaxNode, ctx: Ctx): SourceSpan => ctx.source.span(n.from, n.to);
const text = (n: SyntaxNode, ctx: Ctx) => nodeText(n, ctx.source);

function statement(stmt: SyntaxNode, ctx: Ctx): void {
  switch (stmt.name) {
    case 'ImportStatement':
      importStatement(stmt, ctx);
      return;
    case 'DecoratedStatement':
    case 'ClassDefinition':
    case 'FunctionDefinition':
      definition(stmt, ctx);
      return;
    default:
      expressionStatement(stmt, ctx);
  }
}

function importStatement(stmt: SyntaxNode, ctx: Ctx): void {
  const names = stmt.getChildren('VariableName').map((n) => text(n, ctx));
  const isFrom = stmt.firstChild?.name === 'from';
  const module = isFrom ? text(stmt.getChildren('VariableName')[0] ?? stmt, ctx) : names[0] ?? '';
  const full = isFrom ? fromModule(stmt, ctx) : module;
  if (ctx.moduleLevel) {
    if (!ctx.facts.crewaiImport && /^crewai(\.|$)/.test(full)) ctx.facts.crewaiImport = span(stmt, ctx);
    const modules = isFrom ? [full] : importedModules(stmt, ctx);
    (ctx.facts.moduleImports ??= []).push(...modules.map((module) => ({ module, location: span(stmt, ctx) })));
  }
  if (isFrom && /^crewai_tools(\.|$)/.test(full)) {
    // from crewai_tools import A, B as C
    let c = stmt.getChild('import')?.nextSibling ?? null;
    let last: string | undefined;
    while (c) {
      if (c.name === 'VariableName') {
        const prev = c.prevSibling;
        if (prev?.name === 'as' && last) {
          delete ctx.facts.crewaiToolsImports[last];
          ctx.facts.crewaiToolsImports[text(c, ctx)] = last;
        } else {
          last = text(c, ctx);
          ctx.facts.crewaiToolsImports[last] = last;
        }
      }
      c = c.nextSibling;
    }
  }
}

/** `import a.b, c as d` → ["a.b", "c"] */
function importedModules(stmt: SyntaxNode, ctx: Ctx): string[] {
  return ctx.source.text
    .slice(stmt.from + 6, stmt.to)
    .split(',')
    .map((p) => p.trim().split(/\s+as\s+/)[0].replace(/\s+/g, ''))
    .filter(Boolean);
}

/** `from a.b import c` → "a.b" (lezer splits dotted module names into names and dots). */
function fromModule(stmt: SyntaxNode, ctx: Ctx): string {
  const imp = stmt.getChild('import');
  const end = imp ? imp.from : stmt.to;
  return ctx.source.text.slice(stmt.from + 4, end).replace(/\s+/g, '');
}

function decorators(stmt: SyntaxNode, ctx: Ctx): { name: string; node: SyntaxNode }[] {
  return stmt.getChildren('Decorator').map((d) => {
    const parts: string[] = [];
    for (let c = d.firstChild; c; c = c.nextSibling) {
      if (c.name === 'VariableName' || c.name === 'PropertyName') parts.push(text(c, ctx));
    }
    return { name: parts.join('.'), node: d };
  });
}

function definition(stmt: SyntaxNode, ctx: Ctx): void {
  const decs = stmt.name === 'DecoratedStatement' ? decorators(stmt, ctx) : [];
  const cls = stmt.name === 'ClassDefinition' ? stmt : stmt.getChild('ClassDefinition');
  const fn = stmt.name === 'FunctionDefinition' ? stmt : stmt.getChild('FunctionDefinition');
  if (cls) classDefinition(cls, decs, ctx);
  else if (fn) functionDefinition(fn, decs, ctx);
}

function baseNames(cls: SyntaxNode, ctx: Ctx): string[] {
  const args = cls.getChild('ArgList');
  if (!args) return [];
  const out: string[] = [];
  for (let c = args.firstChild; c; c = c.nextSibling) {
    if (c.name === 'VariableName' || c.name === 'MemberExpression') out.push(text(c, ctx));
    else if (c.name === 'CallExpression' || c.name === 'SubscriptExpression' || c.name === 'MemberExpression') out.push(text(c, ctx));
  }
  return out.map((b) => b.replace(/\[.*$/s, ''));
}

function classDefinition(cls: SyntaxNode, decs: { name: string }[], ctx: Ctx): void {
  const nameNode = cls.getChild('VariableName');
  const className = nameNode ? text(nameNode, ctx) : '';
  const bases = baseNames(cls, ctx);
  const body = cls.getChild('Body');
  const location = nameNode ? span(nameNode, ctx) : span(cls, ctx);
  const attrs = classAttributes(body, ctx);
  const isCrewBase = decs.some((d) => d.name === 'CrewBase' || d.name.endsWith('.CrewBase'));
  const isFlow = bases.some((b) => /(^|\.)Flow$/.test(b));
  const isTool = bases.some((b) => /(^|\.)BaseTool$/.test(b)) || ctx.facts.toolClasses.some((t) => bases.includes(t.className));

  if (isTool) {
    const name = attrs.get('name');
    ctx.facts.toolClasses.push({ className, bases, name: name?.kind === 'string' ? name.value : undefined, location } satisfies PyToolClass);
  }
  if (isFlow) {
    const methods: PyFlowClass['methods'] = [];
    for (const m of methodsOf(body, ctx)) {
      if (m.name.startsWith('__')) continue;
      methods.push({ name: m.name, decorated: m.decorators.some((d) => FLOW_DECORATORS.has(d.split('.').pop()!)), location: m.nameSpan });
    }
    const name = attrs.get('name');
    const suppress = attrs.get('suppress_flow_events');
    ctx.facts.flowClasses.push({
      className,
      bases,
      methods: methods.filter((m) => m.decorated),
      name: name?.kind === 'string' ? name.value : undefined,
      suppressFlowEvents: suppress?.kind === 'bool' ? suppress.value : false,
      location,
    });
  }
  if (isCrewBase || (!isFlow && !isTool && body && hasCrewMembers(body, ctx))) {
    crewClass(className, isCrewBase, body, attrs, location, ctx);
  }
  if (!isCrewBase && body) {
    // module-style code inside other classes: env switches and kickoffs still count
    for (const m of methodsOf(body, ctx)) functionBody(m.body, { ...ctx, moduleLevel: false, dicts: new Map() });
  }
}

function classAttributes(body: SyntaxNode | null, ctx: Ctx): Map<string, PyLiteral> {
  const out = new Map<string, PyLiteral>();
  if (!body) return out;
  for (let c = body.firstChild; c; c = c.nextSibling) {
    if (c.name !== 'AssignStatement') continue;
    const target = c.firstChild;
    const value = c.getChild('AssignOp')?.nextSibling ?? null;
    if (target?.name === 'VariableName' && value) out.set(text(target, ctx), evalLiteral(value, ctx.source));
  }
  return out;
}

interface Method {
  name: string;
  nameSpan: SourceSpan;
  decorators: string[];
  decoratorNodes: SyntaxNode[];
  body: SyntaxNode | null;
  node: SyntaxNode;
}

function methodsOf(body: SyntaxNode | null, ctx: Ctx): Method[] {
  const out: Method[] = [];
  if (!body) return out;
  for (let c = body.firstChild; c; c = c.nextSibling) {
    const fn = c.name === 'FunctionDefinition' ? c : c.name === 'DecoratedStatement' ? c.getChild('FunctionDefinition') : null;
    if (!fn) continue;
    const nameNode = fn.getChild('VariableName');
    if (!nameNode) continue;
    const decs = c.name === 'DecoratedStatement' ? decorators(c, ctx) : [];
    out.push({ name: text(nameNode, ctx), nameSpan: span(nameNode, ctx), decorators: decs.map((d) => d.name), decoratorNodes: decs.map((d) => d.node), body: fn.getChild('Body'), node: fn });
  }
  return out;
}

function hasCrewMembers(body: SyntaxNode, ctx: Ctx): boolean {
  return methodsOf(body, ctx).some((m) => m.decorators.some((d) => d === 'agent' || d === 'task' || d === 'crew'));
}

/** Every call in a subtree whose callee's last name is one of `names`. */
function* callsNamed(node: SyntaxNode | null, names: Set<string>, ctx: Ctx): Generator<SyntaxNode> {
  if (!node) return;
  const cursor = node.cursor();
  const end = node.to;
  do {
    if (cursor.from >= end) break;
    if (cursor.name === 'CallExpression') {
      const callee = cursor.node.firstChild;
      const last = callee ? text(callee, ctx).split('.').pop()! : '';
      if (names.has(last)) yield cursor.node;
    }
  } while (cursor.next());
}

function memberDefinition(m: Method, kind: 'Agent' | 'Task', ctx: Ctx): PyMemberDefinition {
  const call = callsNamed(m.body, new Set([kind]), ctx).next().value as SyntaxNode | undefined;
  const kwargs: Record<string, PyLiteral> = call ? callArguments(call.getChild('ArgList'), ctx.source).kwargs : {};
  const config = kwargs.config;
  let configKey: string | undefined;
  if (config?.kind === 'unknown' || config?.kind === 'name') {
    const k = /\[\s*(['"])(.*?)\1\s*\]\s*$/.exec(config.text);
    if (k) configKey = k[2];
  }
  return { method: m.name, configKey, kwargs, location: call ? span(call, ctx) : m.nameSpan };
}

function crewClass(className: string, crewBase: boolean, body: SyntaxNode | null, attrs: Map<string, PyLiteral>, location: SourceSpan, ctx: Ctx): void {
  const agentsConfig = attrs.get('agents_config');
  const tasksConfig = attrs.get('tasks_config');
  const cls: PyCrewClass = {
    className,
    crewBase,
    agentsConfig: agentsConfig?.kind === 'string' ? agentsConfig.value : undefined,
    tasksConfig: tasksConfig?.kind === 'string' ? tasksConfig.value : undefined,
    agents: [],
    tasks: [],
    toolMethods: [],
    location,
  };
  for (const m of methodsOf(body, ctx)) {
    const decs = new Set(m.decorators.map((d) => d.split('.').pop()!));
    if (decs.has('agent')) cls.agents.push(memberDefinition(m, 'Agent', ctx));
    else if (decs.has('task')) cls.tasks.push(memberDefinition(m, 'Task', ctx));
    else if (decs.has('tool')) cls.toolMethods.push({ name: m.name, location: m.nameSpan });
    else if (decs.has('crew')) {
      const call = callsNamed(m.body, new Set(['Crew']), ctx).next().value as SyntaxNode | undefined;
      if (call) cls.crew = { kwargs: callArguments(call.getChild('ArgList'), ctx.source).kwargs, location: span(call, ctx) } satisfies PyCrewCall;
    }
    functionBody(m.body, { ...ctx, moduleLevel: false, dicts: new Map(), inCrewClass: true });
  }
  ctx.facts.crewClasses.push(cls);
}

function functionDefinition(fn: SyntaxNode, decs: { name: string; node: SyntaxNode }[], ctx: Ctx): void {
  const nameNode = fn.getChild('VariableName');
  const functionName = nameNode ? text(nameNode, ctx) : '';
  const toolDec = decs.find((d) => d.name === 'tool' || d.name.endsWith('.tool'));
  if (toolDec) {
    const args = callArguments(toolDec.node.getChild('ArgList'), ctx.source);
    const first = args.args[0];
    ctx.facts.toolFunctions.push({
      functionName,
      name: first?.kind === 'string' ? first.value : undefined,
      location: nameNode ? span(nameNode, ctx) : span(fn, ctx),
    } satisfies PyToolFunction);
  }
  functionBody(fn.getChild('Body'), { ...ctx, moduleLevel: false, dicts: new Map() });
}

/** Statements inside a function (or a module): assignments of dicts, kickoffs, env switches, nested defs. */
function functionBody(body: SyntaxNode | null, ctx: Ctx): void {
  if (!body) return;
  for (let c = body.firstChild; c; c = c.nextSibling) statement(c, ctx);
}

function expressionStatement(stmt: SyntaxNode, ctx: Ctx): void {
  if (stmt.name === 'AssignStatement') assignment(stmt, ctx);
  // nested blocks (if/try/with/for) hold statements too
  if (/Statement$/.test(stmt.name) && stmt.name !== 'AssignStatement' && stmt.name !== 'ExpressionStatement') {
    for (const b of stmt.getChildren('Body')) functionBody(b, ctx);
  }
  scanCalls(stmt, ctx);
}

function assignment(stmt: SyntaxNode, ctx: Ctx): void {
  const target = stmt.firstChild;
  const value = stmt.getChild('AssignOp')?.nextSibling ?? null;
  if (!target || !value) return;
  const lit = evalLiteral(value, ctx.source);
  if (target.name === 'VariableName') {
    const name = text(target, ctx);
    if (lit.kind === 'dict') ctx.dicts.set(name, lit);
    if (value.name === 'CallExpression' && !ctx.inCrewClass) looseMember(name, value, ctx);
  }
  // os.environ["X"] = "v" / environ["X"] = "v"
  if (target.name === 'MemberExpression') {
    const obj = target.firstChild;
    const key = target.getChild('String');
    if (obj && key && ENV_SWITCH.test(text(obj, ctx))) {
      const k = stringLiteral(key, ctx.source);
      if (k) env(k.value, lit, 'environ-set', stmt, ctx);
    }
  }
}

function looseMember(variable: string, call: SyntaxNode, ctx: Ctx): void {
  const callee = text(call.firstChild!, ctx).split('.').pop();
  if (callee !== 'Agent' && callee !== 'Task') return;
  const { kwargs } = callArguments(call.getChild('ArgList'), ctx.source);
  const def: PyMemberDefinition = { method: variable, kwargs, location: span(call, ctx) };
  (callee === 'Agent' ? ctx.facts.looseAgents : ctx.facts.looseTasks).push(def);
}

function env(variable: string, value: PyLiteral | undefined, kind: PyEnvAssignment['kind'], stmt: SyntaxNode, ctx: Ctx, extra: Partial<PyEnvAssignment> = {}): void {
  const location = span(stmt, ctx);
  const importAt = ctx.facts.crewaiImport;
  const after = ctx.moduleLevel
    ? Boolean(importAt && (importAt.start.line < location.start.line || (importAt.start.line === location.start.line && importAt.start.column < location.start.column)))
    : Boolean(importAt);
  ctx.facts.envAssignments.push({
    variable,
    value: value?.kind === 'string' ? value.value.value : undefined,
    kind,
    location,
    afterCrewaiImport: after,
    moduleLevel: ctx.moduleLevel,
    ...extra,
  });
}

/** Calls anywhere in a statement: kickoff(inputs=…), os.environ.setdefault/update, os.putenv, load_dotenv, Crew(...) in scripts. */
function scanCalls(stmt: SyntaxNode, ctx: Ctx): void {
  const cursor = stmt.cursor();
  const end = stmt.to;
  do {
    if (cursor.from >= end) break;
    if (cursor.name === 'FunctionDefinition' || cursor.name === 'ClassDefinition') {
      // handled by definition()
      if (!cursor.nextSibling()) break;
      continue;
    }
    if (cursor.name !== 'CallExpression') continue;
    const call = cursor.node;
    const callee = call.firstChild ? text(call.firstChild, ctx).replace(/\s+/g, '') : '';
    const last = callee.split('.').pop() ?? '';
    const args = () => callArguments(call.getChild('ArgList'), ctx.source);
    if (/^(kickoff|kickoff_async|kickoff_for_each|kickoff_for_each_async|akickoff)$/.test(last) && callee.includes('.')) {
      const a = args();
      let inputs: PyLiteral | undefined = a.kwargs.inputs ?? a.args[0];
      if (inputs?.kind === 'name' && ctx.dicts.has(inputs.text)) inputs = ctx.dicts.get(inputs.text);
      if (inputs?.kind === 'list' && inputs.items[0]?.kind === 'dict') inputs = inputs.items[0];
      ctx.facts.kickoffs.push({ inputs, location: span(call, ctx) } satisfies PyKickoff);
    } else if (/(^|\.)environ\.setdefault$/.test(callee) || /(^|\.)putenv$/.test(callee)) {
      const a = args();
      const k = a.args[0];
      if (k?.kind === 'string') env(k.value.value, a.args[1], last === 'putenv' ? 'putenv' : 'setdefault', call, ctx);
    } else if (/(^|\.)environ\.update$/.test(callee)) {
      const a = args();
      const d = a.args[0];
      if (d?.kind === 'dict') for (const e of d.entries) env(e.key, e.value, 'environ-set', call, ctx);
      for (const [k, v] of Object.entries(a.kwargs)) env(k, v, 'environ-set', call, ctx);
    } else if (last === 'load_dotenv') {
      const a = args();
      const path = a.kwargs.dotenv_path ?? a.args[0];
      const override = a.kwargs.override;
      env('*', undefined, 'load_dotenv', call, ctx, {
        dotenvPath: path?.kind === 'string' ? path.value.value : undefined,
        override: override?.kind === 'bool' ? override.value : false,
      });
    } else if (last === 'Crew' && !ctx.inCrewClass) {
      ctx.facts.looseCrews.push({ kwargs: args().kwargs, location: span(call, ctx) } satisfies PyCrewCall);
    }
  } while (cursor.next());
}
