// Static facts from one Python file, read with a real parser (@lezer/python) and never
// executed: @CrewBase classes, flows, tools, script crews, kickoff inputs, env switches.
// Loaded lazily (the model stage imports it only for projects with Python files).

import { SourceText } from '../../core/source.js';
import { moduleScope, type ModuleContext } from './context.js';
import { readImports } from './imports.js';
import { parseModule } from './parse.js';
import type { PythonFacts } from './types.js';
import { walkBody } from './walk.js';

export { memberRef } from './members.js';

export function parsePython(file: string, text: string): PythonFacts {
  const source = new SourceText(file, text);
  const facts: PythonFacts = {
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
    diagnostics: [],
  };
  try {
    const { tree, firstError } = parseModule(source.text);
    if (firstError) {
      // lezer recovers from errors, so everything around the broken statement is still read
      const at = source.lines.position(firstError.from);
      facts.diagnostics.push({ file, ...at, message: 'Python syntax error; the rest of the file is read as far as possible', severity: 'error' });
    }
    const imports = readImports(tree, source);
    facts.crewaiImport = imports.crewaiImport?.span;
    facts.moduleImports = imports.moduleImports;
    facts.crewaiToolsImports = imports.crewaiToolsImports;
    const ctx: ModuleContext = { source, facts, names: imports.names, crewaiImportAt: imports.crewaiImport?.offset, flowClassNames: new Set(), toolClassNames: new Set() };
    walkBody(tree.topNode, moduleScope(), ctx);
  } catch (e) {
    // a reader bug must not take the whole run down: keep what was read, say what happened
    facts.diagnostics.push({ file, line: 1, column: 1, message: `crewtel could not read all of this Python file (${e instanceof Error ? e.message : String(e)})`, severity: 'error' });
  }
  return facts;
}
