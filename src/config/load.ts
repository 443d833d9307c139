// Finds and validates crewtel's config: --config FILE, else the nearest .crewtel.yaml
// or pyproject.toml with [tool.crewtel], walking up from the first PATH to the
// repository root. Errors carry file:line:col.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse as parseToml, TomlError } from 'smol-toml';
import type { Diagnostic } from '../core/diagnostics.js';
import { displayPath, SourceText } from '../core/source.js';
import { nodeAt, toPlain } from '../load/tree.js';
import { loadYaml } from '../load/yaml.js';
import { configSchema, type CrewtelConfig } from './schema.js';

export interface LoadedConfig {
  config: CrewtelConfig;
  file?: string;
  diagnostics: Diagnostic[];
}

export function findConfigFile(start: string): string | undefined {
  let dir = resolve(start);
  try {
    if (!statSync(dir).isDirectory()) dir = dirname(dir);
  } catch {
    return undefined;
  }
  for (;;) {
    const yaml = join(dir, '.crewtel.yaml');
    if (existsSync(yaml)) return yaml;
    const yml = join(dir, '.crewtel.yml');
    if (existsSync(yml)) return yml;
    const py = join(dir, 'pyproject.toml');
    if (existsSync(py) && /^\s*\[tool\.crewtel\]/m.test(readFileSync(py, 'utf8'))) return py;
    const parent = dirname(dir);
    if (parent === dir || existsSync(join(dir, '.git'))) return undefined;
    dir = parent;
  }
}

export function loadConfig(explicit: string | undefined, start: string, cwd: string): LoadedConfig {
  const path = explicit ? resolve(cwd, explicit) : findConfigFile(start);
  if (!path) return { config: {}, diagnostics: [] };
  const file = displayPath(path, cwd);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { config: {}, file, diagnostics: [{ file, line: 0, column: 0, message: 'cannot read config file', severity: 'error' }] };
  }
  const source = new SourceText(file, text);
  if (path.endsWith('.toml')) return fromToml(source);
  const loaded = loadYaml(source);
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) return { config: {}, file, diagnostics: errors };
  const res = configSchema.safeParse(toPlain(loaded.root) ?? {});
  if (res.success) return { config: res.data, file, diagnostics: [] };
  return {
    config: {},
    file,
    diagnostics: res.error.issues.map((i) => {
      const at = nodeAt(loaded.root, i.path)?.span.start ?? { line: 1, column: 1 };
      return { file, ...at, message: `invalid crewtel config: ${i.path.join('.') || '(top level)'}: ${i.message}`, severity: 'error' as const };
    }),
  };
}

function fromToml(source: SourceText): LoadedConfig {
  const file = source.file;
  let doc: Record<string, any>;
  try {
    doc = parseToml(source.text) as Record<string, any>;
  } catch (e) {
    const line = e instanceof TomlError ? e.line : 1;
    const column = e instanceof TomlError ? e.column : 1;
    return { config: {}, file, diagnostics: [{ file, line, column, message: `TOML syntax error: ${(e as Error).message.split('\n')[0]}`, severity: 'error' }] };
  }
  const section = doc.tool?.crewtel ?? {};
  const res = configSchema.safeParse(section);
  if (res.success) return { config: res.data, file, diagnostics: [] };
  const tableLine = source.text.split('\n').findIndex((l) => /^\s*\[tool\.crewtel/.test(l)) + 1;
  return {
    config: {},
    file,
    diagnostics: res.error.issues.map((i) => {
      const key = String(i.path[0] ?? '');
      const keyLine = key ? source.text.split('\n').findIndex((l, n) => n + 1 >= tableLine && new RegExp(`^\\s*["']?${key.replace(/[-]/g, '\\-')}["']?\\s*=`).test(l)) + 1 : 0;
      return { file, line: keyLine || tableLine || 1, column: 1, message: `invalid [tool.crewtel]: ${i.path.join('.') || '(table)'}: ${i.message}`, severity: 'error' as const };
    }),
  };
}
