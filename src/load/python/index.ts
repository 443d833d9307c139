// Static facts from one Python file, read with a real parser (tree-sitter-python through
// web-tree-sitter) and never executed: @CrewBase classes, flows, tools, script crews,
// kickoff inputs, env switches, and the names the module binds (for the resolver).
// Loaded lazily (the model stage imports it only for projects with Python files), and
// `initPythonParser()` must have resolved before `parsePython` is called.

import { SourceText } from '../../core/source.js';
import { moduleScope, type ModuleContext } from './context.js';
import { readImports } from './imports.js';
import { parseModule } from './parse.js';
import type { PythonFacts } from './types.js';
import { walkBody } from './walk.js';

export { memberRef } from './members.js';
export { initPythonParser, restoreWasmTiering } from './parse.js';

export function emptyFacts(file: string): PythonFacts {
  return {
    file,
    moduleImports: [],
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
    symbols: { values: new Map(), appends: new Map(), functions: new Map(), classes: new Map(), imports: [], starImports: [] },
    diagnostics: [],
  };
}

export function parsePython(file: string, text: string): PythonFacts {
  const source = new SourceText(file, text);
  const facts = emptyFacts(file);
  try {
    const parsed = parseModule(source.text);
    if (parsed.firstError) {
      // tree-sitter recovers from errors, so everything around the broken statement is still read
      const at = source.lines.position(parsed.firstError.index);
      facts.diagnostics.push({ file, ...at, message: parsed.firstError.message, severity: 'error' });
    }
    const imports = readImports(parsed.root, source);
    facts.crewaiImport = imports.crewaiImport?.span;
    facts.moduleImports = imports.moduleImports;
    facts.crewaiToolsImports = imports.crewaiToolsImports;
    facts.symbols.imports = imports.bindings;
    facts.symbols.starImports = imports.starImports;
    const ctx: ModuleContext = { source, facts, names: imports.names, crewaiImportAt: imports.crewaiImport?.offset, flowClassNames: new Set(), toolClassNames: new Set(), looseAt: new Set(), depth: 0 };
    walkBody(parsed.root, moduleScope(), ctx);
  } catch (e) {
    // a reader bug must not take the whole run down: keep what was read, say what happened
    facts.diagnostics.push({ file, line: 1, column: 1, message: `crewtel could not read all of this Python file (${e instanceof Error ? e.message : String(e)})`, severity: 'error' });
  }
  return facts;
}

export { outsideGroup, resolveCrewClassMembers, resolveOutsideMembers, resolveScriptCrew, siteOf, type OutsideMember, type ResolvedCrew, type UnresolvedRef } from './crews.js';
export { PythonProject } from './resolve.js';
