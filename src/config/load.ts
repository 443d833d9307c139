// Finds and validates crewtel's config: --config FILE, else the nearest .crewtel.yaml
// (or .crewtel.yml) or pyproject.toml with a [tool.crewtel] table, walking up from the
// first PATH and stopping at the repository root (a folder holding .git) or the
// filesystem root. In one folder .crewtel.yaml wins over pyproject.toml (and we say so).
// Errors and warnings are values with file:line:col.
import { statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parse as parseToml, TomlError } from 'smol-toml';
import type { Diagnostic } from '../core/diagnostics.js';
import { pathExists, readSource } from '../core/readSource.js';
import { displayPath, type SourceText, type Position } from '../core/source.js';
import { getEntry, nodeAt, toPlain, type ConfigNode } from '../load/tree.js';
import { loadYaml } from '../load/yaml.js';
import { configSchema, type CrewtelConfig } from './schema.js';
import { describeIssue, issuePath, type ConfigIssue } from './issues.js';
import { locateToml } from './tomlLocate.js';
import { compareText } from '../core/compare.js';

export interface LoadedConfig {
  config: CrewtelConfig;
  /** the file the settings came from, relative to cwd */
  file?: string;
  /** errors (the run must exit 2) and warnings */
  diagnostics: Diagnostic[];
  /** where a setting is written (a value at `path`, or the key `key` below it), for later warnings */
  locate?: (path: (string | number)[], key?: string) => Position;
}

const TOOL_TABLE = /^[ \t]*\[[ \t]*tool[ \t]*\.[ \t]*["']?crewtel(?![\w-])/m;

export function hasCrewtelTable(pyprojectText: string): boolean {
  return TOOL_TABLE.test(pyprojectText);
}

interface Found {
  file: string;
  /** a pyproject.toml [tool.crewtel] in the same folder that the YAML file shadows */
  shadowed?: string;
}

export function findConfigFile(start: string): Found | undefined {
  let dir = resolve(start);
  try {
    if (!statSync(dir).isDirectory()) dir = dirname(dir);
  } catch {
    return undefined;
  }
  for (;;) {
    const py = join(dir, 'pyproject.toml');
    const pyHasTable = pathExists(py) && hasCrewtelTable(readText(py));
    for (const name of ['.crewtel.yaml', '.crewtel.yml']) {
      const yaml = join(dir, name);
      // anything by that name counts (a FIFO or a folder is then reported, never read)
      if (pathExists(yaml)) return { file: yaml, shadowed: pyHasTable ? py : undefined };
    }
    if (pyHasTable) return { file: py };
    const parent = dirname(dir);
    if (parent === dir || pathExists(join(dir, '.git'))) return undefined;
    dir = parent;
  }
}

/** The text of a pyproject.toml, or '' when it cannot be read (release detection reports why). */
function readText(path: string): string {
  const r = readSource(path, { file: path, kind: 'toml' });
  return r.ok ? r.source.text : '';
}

export function loadConfig(explicit: string | undefined, start: string, cwd: string): LoadedConfig {
  const found = explicit ? { file: resolve(cwd, explicit) } : findConfigFile(start);
  if (!found) return { config: {}, diagnostics: [] };
  const path = found.file;
  const file = displayPath(path, cwd);
  const warnings: Diagnostic[] = [];
  if (found.shadowed) {
    const shadowed = displayPath(found.shadowed, cwd);
    const line = readText(found.shadowed).split('\n').findIndex((l) => TOOL_TABLE.test(l)) + 1;
    warnings.push({ file: shadowed, line: Math.max(1, line), column: 1, message: `[tool.crewtel] is ignored: ${file} in the same folder takes precedence`, severity: 'warning' });
  }
  const read = readSource(path, { file, kind: path.endsWith('.toml') ? 'toml' : 'yaml' });
  if (!read.ok) {
    const d = read.diagnostic;
    return { config: {}, file, diagnostics: [{ ...d, message: read.missing ? 'cannot read config file (no such file)' : d.line ? d.message : `cannot read config file: ${d.message.replace(/^cannot read file:? ?/, '')}` }] };
  }
  const source = read.source;
  const loaded = path.endsWith('.toml') ? fromToml(source, basename(path) === 'pyproject.toml') : fromYaml(source);
  const diagnostics = [...warnings, ...loaded.diagnostics].sort((a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column);
  return { ...loaded, file, diagnostics };
}

function fromYaml(source: SourceText): Omit<LoadedConfig, 'file'> {
  const file = source.file;
  const loaded = loadYaml(source);
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) return { config: {}, diagnostics: errors };
  // the loader's "empty file" warning speaks about CrewAI; an empty crewtel config is simply no settings
  const warnings = loaded.diagnostics.filter((d) => d.severity === 'warning' && !d.message.startsWith('empty YAML file'));
  const root = loaded.root;
  if (root && root.kind !== 'map') {
    return { config: {}, diagnostics: [{ file, ...root.span.start, message: 'invalid crewtel config: expected a mapping of settings (fail-on, disable, severity, allowlist, crewai-version)', severity: 'error' }] };
  }
  const res = configSchema().safeParse(toPlain(root) ?? {});
  if (res.success) return { config: res.data, diagnostics: warnings, locate: (path, key) => yamlPosition(root, path, key) };
  return {
    config: {},
    diagnostics: [
      ...warnings,
      ...(res.error.issues as ConfigIssue[]).flatMap((issue) =>
        describeIssue(issue).map(({ message, key }) => ({
          file,
          ...yamlPosition(root, issue.path, key),
          message: `invalid crewtel config: ${message}`,
          severity: 'error' as const,
        })),
      ),
    ],
  };
}

/** The value at the issue's path, or for an unknown key the key itself. */
function yamlPosition(root: ConfigNode | undefined, path: readonly PropertyKey[], key: string | undefined): Position {
  const at = nodeAt(root, path);
  if (key !== undefined) {
    const entry = getEntry(at, key);
    if (entry) return entry.keySpan.start;
  }
  return at?.span.start ?? root?.span.start ?? { line: 1, column: 1 };
}

function fromToml(source: SourceText, isPyproject: boolean): Omit<LoadedConfig, 'file'> {
  const file = source.file;
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(source.text) as Record<string, unknown>;
  } catch (e) {
    const line = e instanceof TomlError ? e.line : 1;
    const column = e instanceof TomlError ? e.column : 1;
    return { config: {}, diagnostics: [{ file, line, column, message: `TOML syntax error: ${(e as Error).message.split('\n')[0]}`, severity: 'error' }] };
  }
  const tool = (doc.tool as Record<string, unknown> | undefined)?.crewtel;
  // a standalone crewtel.toml given with --config may hold the keys at the top level
  const inTable = tool !== undefined || isPyproject;
  const section = tool ?? (isPyproject ? undefined : doc);
  if (section === undefined) {
    return { config: {}, diagnostics: [{ file, line: 1, column: 1, message: 'no [tool.crewtel] table in this file', severity: 'error' }] };
  }
  const label = inTable ? 'invalid [tool.crewtel]' : 'invalid crewtel config';
  const table = inTable ? ['tool', 'crewtel'] : [];
  const res = configSchema().safeParse(section);
  if (res.success) return { config: res.data, diagnostics: [], locate: (path, key) => locateToml(source.text, table, path, key) };
  return {
    config: {},
    diagnostics: (res.error.issues as ConfigIssue[]).flatMap((issue) =>
      describeIssue(issue).map(({ message, key }) => ({
        file,
        ...locateToml(source.text, table, issuePath(issue.path), key),
        message: `${label}: ${message}`,
        severity: 'error' as const,
      })),
    ),
  };
}
