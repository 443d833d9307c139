// What the walk over one module carries: the facts being filled, import aliases, and
// the scope a statement runs in (module, class body or function).

import type { SourceText } from '../../core/source.js';
import type { ImportedNames } from './imports.js';
import { lastName } from './syntax.js';
import type { PyCallScope, PyClass, PyFunction, PyLiteral, PythonFacts } from './types.js';

export interface ModuleContext {
  source: SourceText;
  facts: PythonFacts;
  names: ImportedNames;
  /** offset of the first module-level crewai import, if any */
  crewaiImportAt?: number;
  /** classes of this file already seen to be flows / tools (their subclasses are too) */
  flowClassNames: Set<string>;
  toolClassNames: Set<string>;
  /** start offsets of the Agent/Task calls already recorded as loose definitions */
  looseAt: Set<number>;
  /** how many blocks deep the walk is (CPython refuses more than 100 indentation levels) */
  depth: number;
}

export interface Scope {
  kind: 'module' | 'class' | 'function';
  /** statements here run when the module is imported (module and class bodies outside functions) */
  moduleLevel: boolean;
  /** literal values assigned to plain names so far (for kickoff(inputs=inputs), os.environ[KEY]) */
  values: Map<string, PyLiteral>;
  /** where names not assigned here are looked up (functions see the module, not class bodies) */
  parent?: Scope;
  /** the enclosing function's name (for `def researcher(): return Agent(...)`) */
  functionName?: string;
  /** inside a crew class: its Agent/Task/Crew calls are members, not loose definitions */
  inCrewClass: boolean;
  /** the function's facts for the resolver (returns, locals, self.x, super().__init__) */
  fn?: PyFunction;
  /** the class whose body (or method) this is */
  cls?: PyClass;
}

/** The class and function a call in this scope is written in. */
export function callScope(scope: Scope): PyCallScope | undefined {
  const className = scope.cls?.name;
  const functionName = scope.fn?.name;
  return className || functionName ? { className, functionName } : undefined;
}

export function moduleScope(): Scope {
  return { kind: 'module', moduleLevel: true, values: new Map(), inCrewClass: false };
}

export function functionScope(parent: Scope, functionName: string, inCrewClass = parent.inCrewClass, fn?: PyFunction): Scope {
  let visible: Scope | undefined = parent;
  while (visible && visible.kind === 'class') visible = visible.parent;
  // a method's class is the class whose body holds it; a nested function keeps its method's class
  return { kind: 'function', moduleLevel: false, values: new Map(), parent: visible, functionName, inCrewClass, fn, cls: parent.cls };
}

export function classScope(parent: Scope, inCrewClass: boolean, cls?: PyClass): Scope {
  return { kind: 'class', moduleLevel: parent.moduleLevel, values: new Map(), parent, inCrewClass, cls };
}

export function lookup(scope: Scope | undefined, name: string): PyLiteral | undefined {
  for (let s = scope; s; s = s.parent) {
    if (s.values.has(name)) return s.values.get(name);
  }
  return undefined;
}

/** The last name of what a dotted expression was imported as: `CrewAgent` → `Agent`. */
export function importedLastName(ctx: ModuleContext, dotted: string): string {
  return lastName(ctx.names.resolve(dotted));
}
