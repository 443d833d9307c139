// Import statements: which local names stand for which imported names (so aliases such
// as `from crewai import Agent as CrewAgent` or `import os as _os` are recognised), the
// first module-level crewai import, every module-level import, and crewai_tools classes.

import type { SourceSpan, SourceText } from '../../core/source.js';
import { descendantsOf, namedChildrenOf, type Node } from './parse.js';
import { dottedOf, spanOf, textOf } from './syntax.js';
import type { PyModuleSymbols } from './types.js';

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
  /** for cross-module resolution: every binding an import makes, and star imports */
  bindings: PyModuleSymbols['imports'];
  starImports: string[];
}

interface ImportStatement {
  /** module of `from m import …`, absolute (relative imports resolved against the file) */
  from?: string;
  /** `import a.b as c` → [{ name: "a.b", alias: "c" }]; `from m import x as y` → [{ name: "x", alias: "y" }] */
  items: { name: string; alias?: string }[];
}

function readImport(stmt: Node, source: SourceText, packageParts: string[]): ImportStatement {
  const items: ImportStatement['items'] = [];
  let from: string | undefined;
  const moduleAt = stmt.type === 'import_from_statement' ? stmt.childForFieldName('module_name')?.startIndex : undefined;
  if (stmt.type === 'import_from_statement') {
    const module = stmt.childForFieldName('module_name');
    if (module?.type === 'relative_import') {
      const prefix = namedChildrenOf(module).find((c) => c.type === 'import_prefix');
      const rest = namedChildrenOf(module).find((c) => c.type === 'dotted_name');
      const dots = prefix ? textOf(prefix, source).replace(/\s+/g, '').length : 1;
      from = relativeModule(packageParts, dots, rest ? dottedOf(rest, source).split('.') : []);
    } else from = module ? dottedOf(module, source) : '';
  }
  for (const c of namedChildrenOf(stmt)) {
    if (c.type === 'wildcard_import') items.push({ name: '*' });
    else if (c.type === 'aliased_import') {
      const name = c.childForFieldName('name');
      const alias = c.childForFieldName('alias');
      if (name) items.push({ name: dottedOf(name, source), alias: alias ? textOf(alias, source) : undefined });
    } else if (c.type === 'dotted_name' && c.startIndex !== moduleAt) {
      items.push({ name: dottedOf(c, source) });
    }
  }
  return { from, items };
}

/** `from ..x import y` in src/pkg/sub/mod.py → "src.pkg.x" */
function relativeModule(packageParts: string[], dots: number, rest: string[]): string {
  const base = packageParts.slice(0, Math.max(0, packageParts.length - (dots - 1)));
  return [...base, ...rest].join('.');
}

/** Import statements whose code never runs: under `if TYPE_CHECKING:`. */
function typeCheckingOnly(stmt: Node, source: SourceText): boolean {
  for (let p = stmt.parent; p; p = p.parent) {
    if (p.type !== 'block' || p.parent?.type !== 'if_statement') continue;
    const cond = p.parent.childForFieldName('condition');
    if (cond && /^(typing\.)?TYPE_CHECKING$/.test(dottedOf(cond, source)) && p.parent.childForFieldName('consequence')?.startIndex === p.startIndex) return true;
  }
  return false;
}

/** Imports inside a function body run when it is called, not at module import. */
function insideFunction(stmt: Node): boolean {
  for (let p = stmt.parent; p; p = p.parent) if (p.type === 'function_definition' || p.type === 'lambda') return true;
  return false;
}

const CREWAI_MODULE = /^crewai(_tools)?(\.|$)/;
const IMPORT_TYPES = ['import_statement', 'import_from_statement'];

/**
 * Every import statement of the file. Aliases are collected from all of them (an import
 * inside a function names things too); crewaiImport and moduleImports only from those
 * that run when the module is imported.
 */
export function readImports(root: Node, source: SourceText): ImportFacts {
  const names = new ImportedNames();
  const facts: ImportFacts = { names, moduleImports: [], crewaiToolsImports: {}, bindings: [], starImports: [] };
  const packageParts = source.file.replace(/\\/g, '/').split('/').slice(0, -1).filter((p) => p && p !== '.' && p !== '..');
  // imports are statements (the grammar puts them nowhere else)
  const statements = descendantsOf(root, IMPORT_TYPES);
  for (const stmt of statements) {
    const imp = readImport(stmt, source, packageParts);
    const location = spanOf(stmt, source);
    const atImport = !insideFunction(stmt) && !typeCheckingOnly(stmt, source);
    const modules: string[] = [];
    if (imp.from !== undefined) {
      modules.push(imp.from);
      for (const item of imp.items) {
        if (item.name === '*') {
          facts.starImports.push(imp.from);
          continue;
        }
        names.addName(item.alias ?? item.name, `${imp.from}.${item.name}`);
        facts.bindings.push({ local: item.alias ?? item.name, module: imp.from, name: item.name, location });
        // `from pkg import crew` imports the submodule pkg.crew when there is one (module names are lower case)
        if (/^[a-z_][a-z0-9_]*$/.test(item.name) && !CREWAI_MODULE.test(imp.from)) modules.push(imp.from ? `${imp.from}.${item.name}` : item.name);
        if (/^crewai_tools(\.|$)/.test(imp.from)) facts.crewaiToolsImports[item.alias ?? item.name] = item.name;
      }
    } else {
      for (const item of imp.items) {
        modules.push(item.name);
        if (item.alias) {
          names.addModule(item.alias, item.name);
          facts.bindings.push({ local: item.alias, module: item.name, location });
        } else {
          const head = item.name.split('.')[0];
          names.addModule(head, head);
          facts.bindings.push({ local: head, module: head, location });
        }
      }
    }
    if (!atImport) continue;
    if (!facts.crewaiImport && modules.some((m) => CREWAI_MODULE.test(m))) facts.crewaiImport = { offset: stmt.startIndex, span: location };
    for (const module of modules) if (module) facts.moduleImports.push({ module, location });
  }
  return facts;
}

