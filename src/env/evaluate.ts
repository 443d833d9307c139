// Is telemetry really off? The three switches, where each value comes from (process
// environment, the project's .env, code), whether the modelled release reads the
// variable, and whether the value counts (spec b, i.6).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { displayPath, SourceText, type SourceSpan } from '../core/source.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { parseDotenv, type DotenvEntry } from '../load/dotenv.js';
import type { PyEnvAssignment, PythonFacts } from '../load/python/types.js';
import type { LoadedProject } from '../model/project.js';
import { compareVersions } from '../release/version.js';
import { inRange } from '../telemetry/versionRange.js';
import { CHECK_TIMING, counts, TELEMETRY_SWITCHES } from './switches.js';

export type ValueSource = 'process' | '.env' | 'code' | null;

export interface VariableState {
  name: string;
  value: string | null;
  source: ValueSource;
  location?: string;
  honoured: boolean;
  reason: string;
}

export interface TelemetryState {
  telemetry: 'enabled' | 'disabled';
  disabledBy: string[];
  variables: VariableState[];
  /** the project's .env files that were read */
  dotenvFiles: string[];
  dotenv: DotenvEntry[];
  codeSwitches: CodeSwitch[];
  diagnostics: Diagnostic[];
  projectKind: 'classic' | 'json-or-declarative';
}

export interface CodeSwitch {
  variable: string;
  value?: string;
  kind: PyEnvAssignment['kind'];
  location: SourceSpan;
  /** runs after crewai is imported (directly or through a project module) */
  afterImport: boolean;
  effective: boolean;
  reason: string;
}

function readDotenv(dirs: string[], cwd: string): { entries: DotenvEntry[]; files: string[]; diagnostics: Diagnostic[] } {
  const entries: DotenvEntry[] = [];
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const dir of dirs) {
    const path = join(dir, '.env');
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') diagnostics.push({ file: displayPath(path, cwd), line: 0, column: 0, message: `cannot read .env (${code})`, severity: 'error' });
      continue;
    }
    const parsed = parseDotenv(new SourceText(displayPath(path, cwd), text));
    entries.push(...parsed.entries);
    diagnostics.push(...parsed.diagnostics);
    files.push(displayPath(path, cwd));
  }
  return { entries, files, diagnostics };
}

/** Module names a file defines (src/pkg/crew.py → pkg.crew, crew). */
function moduleNames(file: string): string[] {
  const parts = file.replace(/\.py$/, '').split('/');
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) out.push(parts.slice(i).join('.'));
  return out.map((m) => m.replace(/\.__init__$/, ''));
}

/** Where each file first imports crewai, directly or through a project module that does. */
function effectiveCrewaiImports(python: PythonFacts[]): Map<string, SourceSpan | undefined> {
  const importsCrewai = new Map<string, boolean>();
  for (const f of python) importsCrewai.set(f.file, Boolean(f.crewaiImport));
  const byModule = new Map<string, PythonFacts>();
  for (const f of python) for (const m of moduleNames(f.file)) if (!byModule.has(m)) byModule.set(m, f);
  // propagate a few rounds (import chains are short)
  for (let round = 0; round < 4; round++) {
    for (const f of python) {
      if (importsCrewai.get(f.file)) continue;
      if ((f.moduleImports ?? []).some((i) => importsCrewai.get(byModule.get(i.module)?.file ?? ''))) importsCrewai.set(f.file, true);
    }
  }
  const out = new Map<string, SourceSpan | undefined>();
  for (const f of python) {
    const direct = f.crewaiImport;
    const viaProject = (f.moduleImports ?? []).find((i) => importsCrewai.get(byModule.get(i.module)?.file ?? ''));
    const candidates = [direct, viaProject?.location].filter((x): x is SourceSpan => Boolean(x));
    candidates.sort((a, b) => a.start.line - b.start.line || a.start.column - b.start.column);
    out.set(f.file, candidates[0]);
  }
  return out;
}

export function codeSwitches(python: PythonFacts[], version: string): CodeSwitch[] {
  const imports = effectiveCrewaiImports(python);
  const timing = CHECK_TIMING.find((t) => inRange(version, t.releases))?.timing ?? 'import';
  const out: CodeSwitch[] = [];
  for (const f of python) {
    const importAt = imports.get(f.file);
    for (const a of f.envAssignments) {
      if (a.kind === 'load_dotenv') continue;
      if (!TELEMETRY_SWITCHES.some((s) => s.name === a.variable)) continue;
      const after = a.moduleLevel
        ? Boolean(importAt && (importAt.start.line < a.location.start.line || (importAt.start.line === a.location.start.line && importAt.start.column < a.location.start.column)))
        : Boolean(importAt) || a.afterCrewaiImport;
      let effective = true;
      let reason: string;
      if (timing === 'per-operation') reason = `CrewAI ${version} checks the switches before every span (since 0.130.0), so setting it here works`;
      else if (!after) reason = `set before crewai is imported: CrewAI ${version} sees it`;
      else if (timing === 'import') {
        effective = false;
        reason = `CrewAI ${version} reads the switch once, at \`import crewai\` (0.105.0–0.120.x); this runs after the import and does nothing for crew, task and flow spans`;
      } else if (timing === 'per-crew') {
        reason = `CrewAI ${version} reads the switch when each Crew is built: crews built after this line are covered, flow spans (read at import) are not`;
      } else {
        reason = `CrewAI ${version} re-reads the switch at the next Telemetry() construction; spans emitted before that still go out`;
      }
      if (a.kind === 'setdefault') reason += '; setdefault does nothing when the variable is already set in the environment';
      out.push({ variable: a.variable, value: a.value, kind: a.kind, location: a.location, afterImport: after, effective, reason });
    }
  }
  return out;
}

function projectKind(project: LoadedProject): TelemetryState['projectKind'] {
  const crews = project.model.crews;
  return crews.length > 0 && crews.every((c) => c.kind !== 'yaml') ? 'json-or-declarative' : 'classic';
}

export function telemetryState(project: LoadedProject, processEnv: NodeJS.ProcessEnv, cwd = process.cwd()): TelemetryState {
  const version = project.release.version;
  const dotenv = readDotenv(project.discovered.roots, cwd);
  const kind = projectKind(project);
  const code = codeSwitches(project.python, version);
  const variables: VariableState[] = [];
  const disabledBy: string[] = [];
  for (const sw of TELEMETRY_SWITCHES) {
    const fromProcess = processEnv[sw.name];
    const fromFile = [...dotenv.entries].reverse().find((e) => e.key === sw.name);
    const fromCode = [...code].reverse().find((c) => c.variable === sw.name && c.value !== undefined);
    // classic projects: the shell wins over .env (override=False); JSON crews and
    // declarative flows run under `crewai run`, which loads .env with override=True
    let value: string | null = null;
    let source: ValueSource = null;
    let location: string | undefined;
    if (kind === 'json-or-declarative' && fromFile) [value, source, location] = [fromFile.value, '.env', `${fromFile.location.file}:${fromFile.location.start.line}`];
    else if (fromProcess !== undefined) [value, source] = [fromProcess, 'process'];
    else if (fromFile) [value, source, location] = [fromFile.value, '.env', `${fromFile.location.file}:${fromFile.location.start.line}`];
    if (fromCode && fromCode.kind !== 'setdefault') [value, source, location] = [fromCode.value!, 'code', `${fromCode.location.file}:${fromCode.location.start.line}`];
    else if (fromCode && value === null) [value, source, location] = [fromCode.value!, 'code', `${fromCode.location.file}:${fromCode.location.start.line}`];
    const read = compareVersions(version, sw.firstRelease) >= 0;
    let honoured = false;
    let reason: string;
    if (value === null) reason = 'not set';
    else if (!read) {
      reason = `CrewAI ${version} does not read ${sw.name} (first read in ${sw.firstRelease})`;
      if (sw.name === 'OTEL_SDK_DISABLED' && value.trim().toLowerCase() === 'true') {
        reason += '; the OpenTelemetry SDK ≥ 1.24.0 honours it if set before import, which depends on the installed SDK version';
      }
    } else if (!counts(value)) {
      reason = 'only the string true (any case, no spaces) disables telemetry';
      if (sw.name === 'OTEL_SDK_DISABLED' && value.trim().toLowerCase() === 'true' && source !== 'code') {
        honoured = true;
        reason = "CrewAI's own check fails on the spaces, but the OpenTelemetry SDK strips them and disables its tracer provider when the variable is set before import";
      }
    } else if (source === 'code' && fromCode && !fromCode.effective) {
      reason = fromCode.reason;
    } else {
      honoured = true;
      reason = source === '.env' ? `read from ${location}${kind === 'classic' ? ' when python-dotenv finds it (a virtualenv inside the project, as uv creates)' : ' by `crewai run` (override=True)'}` : 'set';
    }
    if (honoured) disabledBy.push(sw.name);
    variables.push({ name: sw.name, value, source, location, honoured, reason });
  }
  return {
    telemetry: disabledBy.length ? 'disabled' : 'enabled',
    disabledBy,
    variables,
    dotenvFiles: dotenv.files,
    dotenv: dotenv.entries,
    codeSwitches: code,
    diagnostics: dotenv.diagnostics,
    projectKind: kind,
  };
}
