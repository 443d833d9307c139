// Is telemetry really off? For each of the three switches: the value CrewAI would see,
// where it comes from (process environment, the project's .env, code) with the
// precedence CrewAI's own .env loading gives (spec i.6), whether the modelled release
// reads the variable at all (spec b), and whether the value counts (only `true`).
import { basename } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import type { SourceSpan } from '../core/source.js';
import { findProjectDotenv, resolveDotenv, type DotenvEntry } from '../load/dotenv.js';
import type { LoadedProject } from '../model/project.js';
import { TELEMETRY_SINCE } from '../release/knownReleases.js';
import { compareVersions } from '../release/version.js';
import { analyseCodeEnvironment, type CodeDotenvLoad, type CodeSwitch } from './codeSwitches.js';
import { counts, LIBRARY_DOTENV_SINCE, SDK_CHECK_GUARANTEED_SINCE, sdkCounts, TELEMETRY_SWITCHES } from './switches.js';

export { codeSwitches, codeSwitchFindings, type CodeSwitch } from './codeSwitches.js';

export type ProjectKind = 'classic' | 'json-or-declarative';
export type ValueSource = 'process' | '.env' | 'code' | null;
/** how the project's .env reaches os.environ: not at all, only for unset variables, or replacing the shell's */
export type DotenvMode = 'not-loaded' | 'fill' | 'override';

export interface Shadowed {
  source: Exclude<ValueSource, null>;
  value?: string;
  location?: string;
  why: string;
}

/** A variable as CrewAI would see it. Values of variables other than the three switches are never reported. */
export interface ResolvedVariable {
  value: string | null;
  source: ValueSource;
  location?: string;
  /** set in code from an expression crewtel cannot evaluate */
  unknown?: boolean;
  /** the code assignment that set it, when source is 'code' */
  code?: CodeSwitch;
  shadowed: Shadowed[];
}

export interface VariableState {
  name: string;
  /** the three switches are not secrets, so their values are shown */
  value: string | null;
  source: ValueSource;
  /** file:line:col when the value comes from .env or code */
  location?: string;
  honoured: boolean;
  reason: string;
  firstRelease: string;
  /** does the modelled release read this variable at all */
  readByRelease: boolean;
  /** does the value pass CrewAI's test (lower-cased equals "true"); null when unset */
  valueCounts: boolean | null;
  /** other values of the same variable that lose (the shell's under override=True, .env's under override=False, …) */
  shadowed: Shadowed[];
}

export interface EvaluateInput {
  version: string;
  processEnv: Record<string, string | undefined>;
  /** the project's .env, parsed */
  dotenv?: { file: string; entries: DotenvEntry[] };
  /** telemetry switches set in the project's Python */
  codeSwitches?: CodeSwitch[];
  /** other variables set in the project's Python */
  codeOthers?: CodeSwitch[];
  dotenvLoads?: CodeDotenvLoad[];
  projectKind: ProjectKind;
}

export interface TelemetryEvaluation {
  telemetry: 'enabled' | 'disabled';
  disabledBy: string[];
  variables: VariableState[];
  /** false before 0.5.5: the release has no telemetry */
  present: boolean;
  dotenvMode: DotenvMode;
  /** the precedence crewtel assumed, in words */
  precedence: string;
  /** one of CrewAI's own switch tests is true when `import crewai` runs (what the Scarf pixel consulted) */
  disabledAtImport: boolean;
  /** every variable of the process environment, .env and code, as CrewAI would see it (for channels; values stay in memory) */
  environment: Map<string, ResolvedVariable>;
}

const at = (s: SourceSpan) => `${s.file}:${s.start.line}:${s.start.column}`;
const truthy = (v: string | undefined) => v !== undefined && ['1', 'true', 't', 'yes', 'y'].includes(v.toLowerCase());

interface DotenvLoading {
  mode: DotenvMode;
  /** the precedence assumed, for notes */
  precedence: string;
  /** who loads the .env, for the reason of a value that comes from it */
  how: string;
}

function dotenvMode(input: EvaluateInput): DotenvLoading {
  const { version, projectKind, processEnv } = input;
  // a load_dotenv("other.env") reads another file; only calls that find the project's .env count
  const loads = (input.dotenvLoads ?? []).filter((l) => l.effect !== 'ignored' && (l.path === undefined || basename(l.path) === '.env'));
  const overriding = loads.find((l) => l.override && l.effect === 'applies');
  if (truthy(processEnv.PYTHON_DOTENV_DISABLED)) {
    return { mode: 'not-loaded', how: '', precedence: 'PYTHON_DOTENV_DISABLED is set: python-dotenv (≥ 1.2) loads no .env file, so only the shell and code count' };
  }
  if (projectKind === 'json-or-declarative') {
    return {
      mode: 'override',
      how: '`crewai run` of a JSON crew / declarative flow loads it with override=True',
      precedence: 'JSON crew / declarative flow: `crewai run` loads ./.env with override=True before importing crewai, so .env wins over the shell',
    };
  }
  if (overriding) {
    return {
      mode: 'override',
      how: `load_dotenv(override=True) at ${at(overriding.location)} loads it`,
      precedence: `classic project, but load_dotenv(override=True) at ${at(overriding.location)} runs before CrewAI reads the switches: .env wins over the shell`,
    };
  }
  const library = compareVersions(version, LIBRARY_DOTENV_SINCE) >= 0;
  if (library || loads.length) {
    const how = [
      library ? "CrewAI's own load_dotenv() at import (when python-dotenv finds the file: a virtualenv inside the project, as uv creates)" : '',
      ...loads.map((l) => `load_dotenv() at ${at(l.location)}`),
    ].filter(Boolean);
    return {
      mode: 'fill',
      how: `loaded by ${how.join(' and by ')}`,
      precedence: `classic crew/flow project: the shell wins over .env (python-dotenv override=False); .env is loaded by ${how.join(' and by ')}`,
    };
  }
  return { mode: 'not-loaded', how: '', precedence: `classic project on CrewAI ${version}, which does not load .env itself (before ${LIBRARY_DOTENV_SINCE}), and the project does not call load_dotenv(): .env is not read` };
}

function resolveAll(input: EvaluateInput, mode: DotenvMode): Map<string, ResolvedVariable> {
  const { processEnv } = input;
  const fileValues = input.dotenv ? resolveDotenv(input.dotenv.entries, processEnv, mode === 'override') : new Map();
  const code = [...(input.codeSwitches ?? []), ...(input.codeOthers ?? [])];
  const names = new Set<string>([...Object.keys(processEnv).filter((k) => processEnv[k] !== undefined), ...fileValues.keys(), ...code.map((c) => c.variable), ...TELEMETRY_SWITCHES.map((s) => s.name)]);
  const out = new Map<string, ResolvedVariable>();
  for (const name of names) {
    const shell = processEnv[name];
    const file = fileValues.get(name);
    const fileLoc = file ? at(file.entry.location) : undefined;
    const r: ResolvedVariable = { value: null, source: null, shadowed: [] };
    if (file && mode === 'override') {
      Object.assign(r, { value: file.value, source: '.env', location: fileLoc });
      if (shell !== undefined) r.shadowed.push({ source: 'process', value: shell, why: '.env replaces it (loaded with override=True)' });
    } else if (shell !== undefined) {
      Object.assign(r, { value: shell, source: 'process' });
      if (file) r.shadowed.push({ source: '.env', value: file.value, location: fileLoc, why: mode === 'fill' ? 'the shell wins (python-dotenv override=False)' : '.env is not loaded' });
    } else if (file && mode === 'fill') {
      Object.assign(r, { value: file.value, source: '.env', location: fileLoc });
    } else if (file) {
      r.shadowed.push({ source: '.env', value: file.value, location: fileLoc, why: '.env is not loaded' });
    }
    for (const c of code.filter((x) => x.variable === name)) {
      if (c.effect !== 'applies') continue;
      if (c.kind === 'setdefault' && r.source !== null) {
        r.shadowed.push({ source: 'code', value: c.value, location: at(c.location), why: 'os.environ.setdefault does nothing: the variable is already set' });
        continue;
      }
      if (r.source !== null) r.shadowed.push({ source: r.source, value: r.value ?? undefined, location: r.location, why: `replaced by the assignment at ${at(c.location)}` });
      Object.assign(r, { value: c.value ?? null, source: 'code', location: at(c.location), unknown: c.value === undefined, code: c });
    }
    out.set(name, r);
  }
  return out;
}

function describeSource(r: ResolvedVariable, loading: DotenvLoading): string {
  if (r.source === 'process') return 'set in the process environment';
  if (r.source === '.env') return `read from ${r.location}: ${loading.how}`;
  return r.code ? `set in code at ${r.location}: ${r.code.reason}` : `set in code at ${r.location}`;
}

export function evaluateTelemetry(input: EvaluateInput): TelemetryEvaluation {
  const { version } = input;
  const loading = dotenvMode(input);
  const { mode, precedence } = loading;
  const environment = resolveAll(input, mode);
  const present = compareVersions(version, TELEMETRY_SINCE) >= 0;
  const variables: VariableState[] = [];
  const disabledBy: string[] = [];
  let disabledAtImport = false;

  for (const sw of TELEMETRY_SWITCHES) {
    const r = environment.get(sw.name)!;
    const readByRelease = compareVersions(version, sw.firstRelease) >= 0;
    const value = r.value;
    const valueCounts = value === null ? null : counts(value);
    // code assignments that did not (fully) take: they explain why a `true` is not honoured
    const notTaken = (input.codeSwitches ?? []).filter((c) => c.variable === sw.name && c.effect !== 'applies');
    const setBeforeImport = r.source === 'process' || r.source === '.env' || (r.source === 'code' && !r.code?.afterImport);
    let honoured = false;
    let reason: string;

    if (!present) reason = `CrewAI ${version} has no telemetry (introduced in ${TELEMETRY_SINCE})`;
    else if (r.unknown) reason = `set in code at ${r.location} from an expression crewtel cannot evaluate`;
    else if (value === null) reason = 'not set';
    else if (!readByRelease) {
      reason = `CrewAI ${version} does not read ${sw.name} (first read in ${sw.firstRelease})`;
      if (sw.name === 'OTEL_SDK_DISABLED' && sdkCounts(value)) {
        reason += setBeforeImport
          ? '; the OpenTelemetry SDK (≥ 1.24.0) disables the provider CrewAI builds when the variable is set before import, but whether that SDK is installed depends on the environment'
          : '; set after import, so not even the OpenTelemetry SDK sees it';
      }
    } else if (!counts(value)) {
      reason = `only the string true (any case, no spaces) disables telemetry; ${JSON.stringify(value)} does not`;
      if (sw.name === 'OTEL_SDK_DISABLED' && sdkCounts(value)) {
        if (setBeforeImport && compareVersions(version, SDK_CHECK_GUARANTEED_SINCE) >= 0) {
          honoured = true;
          reason = `CrewAI's own test fails on the spaces, but CrewAI ${version} requires opentelemetry-sdk ≥ 1.30, which strips them and builds a disabled provider when the variable is set before import`;
        } else if (setBeforeImport) {
          reason += '; the OpenTelemetry SDK ≥ 1.24.0 would strip the spaces and disable its provider, but this release does not guarantee that SDK';
        }
      }
    } else {
      honoured = true;
      reason = describeSource(r, loading);
    }
    if (!honoured && present) {
      for (const c of notTaken) {
        if (c.value !== undefined && counts(c.value)) reason += `; ${sw.name}=${JSON.stringify(c.value)} at ${at(c.location)} does not take: ${c.summary}`;
      }
    }
    if (honoured) {
      disabledBy.push(sw.name);
      if (setBeforeImport && counts(value!)) disabledAtImport = true;
    }
    variables.push({ name: sw.name, value, source: r.source, location: r.location, honoured, reason, firstRelease: sw.firstRelease, readByRelease, valueCounts, shadowed: r.shadowed });
  }

  return {
    telemetry: !present || disabledBy.length ? 'disabled' : 'enabled',
    disabledBy,
    variables,
    present,
    dotenvMode: mode,
    precedence,
    disabledAtImport,
    environment,
  };
}

// ---- the project-level entry point (reads the .env; everything else is above) --------

export interface TelemetryState extends TelemetryEvaluation {
  projectKind: ProjectKind;
  /** the .env that was read (display path) */
  dotenvFile?: string;
  dotenv: DotenvEntry[];
  codeSwitches: CodeSwitch[];
  codeOthers: CodeSwitch[];
  dotenvLoads: CodeDotenvLoad[];
  diagnostics: Diagnostic[];
}

export function projectKind(project: LoadedProject): ProjectKind {
  const { crews, flows } = project.model;
  if (crews.length + flows.length === 0) return 'classic';
  return crews.every((c) => c.kind !== 'yaml') && flows.every((f) => f.kind === 'declarative') ? 'json-or-declarative' : 'classic';
}

export function telemetryState(project: LoadedProject, processEnv: Record<string, string | undefined>, cwd = process.cwd()): TelemetryState {
  const version = project.release.version;
  const start = project.discovered.roots[0] ?? cwd;
  const { found, diagnostics } = findProjectDotenv(start, cwd);
  const kind = projectKind(project);
  const code = analyseCodeEnvironment(project.python, version, { hasFlows: project.model.flows.length > 0 });
  const evaluation = evaluateTelemetry({
    version,
    processEnv,
    dotenv: found ? { file: found.parsed.file, entries: found.parsed.entries } : undefined,
    codeSwitches: code.switches,
    codeOthers: code.others,
    dotenvLoads: code.dotenvLoads,
    projectKind: kind,
  });
  return {
    ...evaluation,
    projectKind: kind,
    dotenvFile: found?.parsed.file,
    dotenv: found?.parsed.entries ?? [],
    codeSwitches: code.switches,
    codeOthers: code.others,
    dotenvLoads: code.dotenvLoads,
    diagnostics,
  };
}
