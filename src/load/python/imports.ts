// Import statements: which local names stand for which imported names (so aliases such
// as `from crewai import Agent as CrewAgent` or `import os as _os` are recognised), the
// first module-level crewai import, every module-level import, and crewai_tools classes.

import type { SyntaxNode, Tree } from '@lezer/common';
import type { SourceSpan, SourceText } from '../../core/source.js';
import { dottedOf, spanOf, textOf } from './syntax.js';

/** Local names → the dotted names they were imported as. */
export class ImportedNames {
  /** `from m import n as l` → l → "m.n" */
  private readonly names = new Map<string, string>();
  /** `import a.b as l` → l → "a.b"; `import a.b` binds `a` → "a" */
  private readonly modules = new Map<string, string>();

  addName(local: string, qualified: string): void {
    this.names.set(local, qualified);
  }

  addModule(local: string, module: string): void {
    this.modules.set(local, module);
  }

  /**
   * The imported name behind a dotted expression: `CrewAgent` → `crewai.Agent`,
   * `_os.environ` → `os.environ`. Names that were not imported come back unchanged,
   * so a star import or a re-export still matches on its last segment.
   */
  resolve(dotted: string): string {
    const dot = dotted.indexOf('.');
    const head = dot === -1 ? dotted : dotted.slice(0, dot);
    const rest = dot === -1 ? '' : dotted.slice(dot);
    const q = this.names.get(head) ?? this.modules.get(head);
    return q ? q + rest : dotted;
  }

  /** was `local` bound by an import (from any module)? */
  isImported(local: string): boolean {
    return this.names.has(local) || this.modules.has(local);
  }
}

export interface ImportFacts {
  names: ImportedNames;
  /** offset and span of the first module-level crewai import */
  crewaiImport?: { offset: number; span: SourceSpan };
  moduleImports: { module: string; location: SourceSpan }[];
  crewaiToolsImports: Record<string, string>;
}

interface ImportStatement {
  /** module of `from m import …`, absolute (relative imports resolved against the file) */
  from?: string;
  /** `import a.b as c` → [{ name: "a.b", alias: "c" }]; `from m import x as y` → [{ name: "x", alias: "y" }] */
  items: { name: string; alias?: string }[];
}

function readImport(stmt: SyntaxNode, source: SourceText, packageParts: string[]): ImportStatement {
  const isFrom = stmt.firstChild?.name === 'from';
  const items: ImportStatement['items'] = [];
  let c = stmt.firstChild?.nextSibling ?? null;
  let from: string | undefined;
  if (isFrom) {
    // lezer splits `..a.b` into dots and names; dots before the first name make it relative
    let dots = 0;
    const parts: string[] = [];
    for (; c && c.name !== 'import'; c = c.nextSibling) {
      if (c.name === 'VariableName') parts.push(textOf(c, source));
      else if (parts.length === 0 && c.name === '.') dots++;
      else if (parts.length === 0 && c.name === '...') dots += 3;
    }
    from = dots > 0 ? relativeModule(packageParts, dots, parts) : parts.join('.');
    c = c?.nextSibling ?? null;
  }
  // the imported names: `a.b as c, d` / `(x as y, z)` / `*`
  let current: string[] = [];
  let alias: string | undefined;
  let afterAs = false;
  const flush = () => {
    if (current.length) items.push({ name: current.join('.'), alias });
    current = [];
    alias = undefined;
    afterAs = false;
  };
  for (; c; c = c.nextSibling) {
    if (c.name === ',') flush();
    else if (c.name === 'as') afterAs = true;
    else if (c.name === 'VariableName') {
      if (afterAs) alias = textOf(c, source);
      else current.push(textOf(c, source));
    } else if (c.name === '*') current.push('*');
  }
  flush();
  return { from, items };
}

/** `from ..x import y` in src/pkg/sub/mod.py → "src.pkg.x" */
function relativeModule(packageParts: string[], dots: number, rest: string[]): string {
  const base = packageParts.slice(0, Math.max(0, packageParts.length - (dots - 1)));
  return [...base, ...rest].join('.');
}

/** Import statements whose code never runs: under `if TYPE_CHECKING:`. */
function typeCheckingOnly(stmt: SyntaxNode, source: SourceText): boolean {
  for (let p = stmt.parent; p; p = p.parent) {
    if (p.name !== 'Body' || p.parent?.name !== 'IfStatement') continue;
    const cond = p.parent.firstChild?.nextSibling;
    const firstBody = p.parent.getChild('Body');
    if (cond && /^(typing\.)?TYPE_CHECKING$/.test(dottedOf(cond, source)) && firstBody && firstBody.from === p.from) return true;
  }
  return false;
}

/** Imports inside a function body run when it is called, not at module import. */
function insideFunction(stmt: SyntaxNode): boolean {
  for (let p = stmt.parent; p; p = p.parent) if (p.name === 'FunctionDefinition' || p.name === 'LambdaExpression') return true;
  return false;
}

const CREWAI_MODULE = /^crewai(_tools)?(\.|$)/;

/**
 * Every import statement of the file. Aliases are collected from all of them (an import
 * inside a function names things too); crewaiImport and moduleImports only from those
 * that run when the module is imported.
 */
export function readImports(tree: Tree, source: SourceText): ImportFacts {
  const names = new ImportedNames();
  const facts: ImportFacts = { names, moduleImports: [], crewaiToolsImports: {} };
  const packageParts = source.file.replace(/\\/g, '/').split('/').slice(0, -1).filter((p) => p && p !== '.');
  const cursor = tree.cursor();
  do {
    if (cursor.name !== 'ImportStatement') continue;
    const stmt = cursor.node;
    const imp = readImport(stmt, source, packageParts);
    const location = spanOf(stmt, source);
    const atImport = !insideFunction(stmt) && !typeCheckingOnly(stmt, source);
    const modules: string[] = [];
    if (imp.from !== undefined) {
      modules.push(imp.from);
      for (const item of imp.items) {
        if (item.name === '*') continue;
        names.addName(item.alias ?? item.name, `${imp.from}.${item.name}`);
        // `from pkg import crew` imports the submodule pkg.crew when there is one (module names are lower case)
        if (/^[a-z_][a-z0-9_]*$/.test(item.name) && !CREWAI_MODULE.test(imp.from)) modules.push(imp.from ? `${imp.from}.${item.name}` : item.name);
        if (/^crewai_tools(\.|$)/.test(imp.from)) facts.crewaiToolsImports[item.alias ?? item.name] = item.name;
      }
    } else {
      for (const item of imp.items) {
        modules.push(item.name);
        if (item.alias) names.addModule(item.alias, item.name);
        else names.addModule(item.name.split('.')[0], item.name.split('.')[0]);
      }
    }
    if (!atImport) continue;
    if (!facts.crewaiImport && modules.some((m) => CREWAI_MODULE.test(m))) facts.crewaiImport = { offset: stmt.from, span: location };
    for (const module of modules) if (module) facts.moduleImports.push({ module, location });
  } while (cursor.next());
  return facts;
}
