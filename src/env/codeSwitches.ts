// Telemetry switches set in the project's own Python (os.environ[...] = ..., setdefault,
// putenv, load_dotenv), judged against when the modelled release reads them (spec b):
// before 0.130.0 a switch set after `import crewai` is not (fully) seen, and os.putenv
// never changes os.environ, which is what CrewAI reads.
import type { SourceSpan } from '../core/source.js';
import { commonPrefixLength } from '../core/arrays.js';
import type { PyEnvAssignment, PythonFacts } from '../load/python/types.js';
import { TELEMETRY_SINCE } from '../release/knownReleases.js';
import { compareVersions } from '../release/version.js';
import { counts, sdkCounts, SWITCH_NAMES, TELEMETRY_SWITCHES, timingAt } from './switches.js';

/**
 * applies: CrewAI sees the value for every span; partial: some spans are still sent
 * with the value from before this line; ignored: CrewAI never sees it.
 */
export type CodeSwitchEffect = 'applies' | 'partial' | 'ignored';

export interface CodeSwitch {
  variable: string;
  /** the value when it is a string literal */
  value?: string;
  kind: Exclude<PyEnvAssignment['kind'], 'load_dotenv'>;
  location: SourceSpan;
  /** runs after crewai is imported (directly, or through a project module that imports it) */
  afterImport: boolean;
  moduleLevel: boolean;
  effect: CodeSwitchEffect;
  /** why it does not (fully) apply */
  cause?: SwitchCause;
  /** effect === 'applies' */
  effective: boolean;
  reason: string;
  /** the reason in a few words, for the variable it sets */
  summary: string;
}

export type SwitchCause = 'timing' | 'not-read' | 'putenv' | 'no-telemetry';

/** A load_dotenv(...) call in the project. */
export interface CodeDotenvLoad {
  location: SourceSpan;
  /** the path argument when literal; undefined = python-dotenv's search from the calling file */
  path?: string;
  override: boolean;
  afterImport: boolean;
  effect: CodeSwitchEffect;
}

export interface CodeEnvironment {
  switches: CodeSwitch[];
  /** other variables set in code (names only matter to channels; values are never reported) */
  others: CodeSwitch[];
  dotenvLoads: CodeDotenvLoad[];
}

/** Module names a file may be imported as (src/pkg/crew.py → pkg.crew, crew, src.pkg.crew). */
function moduleNames(file: string): string[] {
  const parts = file.replace(/\.py$/, '').split('/');
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) out.push(parts.slice(i).join('.').replace(/\.__init__$/, ''));
  return out;
}

/** Where each file first imports crewai, directly or through a project module that does. */
export function crewaiImportSites(python: PythonFacts[]): Map<string, SourceSpan | undefined> {
  const importsCrewai = new Map<string, boolean>();
  for (const f of python) importsCrewai.set(f.file, Boolean(f.crewaiImport));
  const byModule = new Map<string, PythonFacts[]>();
  for (const f of python) {
    for (const m of moduleNames(f.file)) {
      const list = byModule.get(m);
      if (list) list.push(f);
      else byModule.set(m, [f]);
    }
  }
  // the module an import names is the one nearest the importing file (as load/python's resolver
  // picks it): in a checkout of many projects, another project's `crew.py` is not this one's
  const target = (name: string, from: PythonFacts): PythonFacts | undefined => {
    const candidates = byModule.get(name);
    if (!candidates || candidates.length < 2) return candidates?.[0];
    const dir = from.file.split('/').slice(0, -1);
    let best = candidates[0];
    let bestCommon = -1;
    for (const c of candidates) {
      const common = commonPrefixLength(dir, c.file.split('/').slice(0, -1));
      if (common > bestCommon) (best = c), (bestCommon = common);
    }
    return best;
  };
  const viaProject = (f: PythonFacts) => (f.moduleImports ?? []).filter((i) => importsCrewai.get(target(i.module, f)?.file ?? ''));
  // import chains inside a project are short; a fixed number of rounds reaches a fixpoint
  for (let round = 0; round < 6; round++) {
    for (const f of python) if (!importsCrewai.get(f.file) && viaProject(f).length) importsCrewai.set(f.file, true);
  }
  const out = new Map<string, SourceSpan | undefined>();
  for (const f of python) {
    const sites = [f.crewaiImport, ...viaProject(f).map((i) => i.location)].filter((x): x is SourceSpan => Boolean(x));
    sites.sort((a, b) => a.start.line - b.start.line || a.start.column - b.start.column);
    out.set(f.file, sites[0]);
  }
  return out;
}

const before = (a: SourceSpan, b: SourceSpan) => a.start.line < b.start.line || (a.start.line === b.start.line && a.start.column < b.start.column);

function runsAfterImport(a: PyEnvAssignment, importAt: SourceSpan | undefined): boolean {
  if (!importAt) return false;
  // a statement inside a function runs when the function is called, i.e. after the module's imports
  return a.moduleLevel ? before(importAt, a.location) : true;
}

interface Judgement {
  effect: CodeSwitchEffect;
  reason: string;
  cause?: SwitchCause;
  summary?: string;
}

/** How the modelled release treats a value that appears in os.environ at this point of the program. */
function judgeTiming(version: string, afterImport: boolean, hasFlows: boolean): Judgement {
  const { timing } = timingAt(version);
  if (timing === 'per-operation') {
    return afterImport
      ? { effect: 'applies', reason: `CrewAI ${version} checks the switches before every span (since 0.130.0), so this works from here on; spans that ended before this line ran stay queued and are still exported` }
      : { effect: 'applies', reason: `runs before \`import crewai\`, and CrewAI ${version} checks the switches before every span` };
  }
  if (!afterImport) return { effect: 'applies', reason: `runs before \`import crewai\`, so CrewAI ${version} sees it when telemetry starts` };
  switch (timing) {
    case 'import':
      return {
        effect: 'partial',
        cause: 'timing',
        summary: `it runs after \`import crewai\`, and CrewAI ${version} reads the switch at import for crew, task and flow spans`,
        reason: `CrewAI ${version} reads the switch once, when telemetry starts at \`import crewai\` (0.105.0 – 0.120.x); this runs after the import, so it is ignored for crew, task and flow spans (only tool spans re-read it). Set it before the import or in the environment`,
      };
    case 'per-crew':
      return hasFlows
        ? {
            effect: 'partial',
            cause: 'timing',
            summary: `it runs after \`import crewai\`, and CrewAI ${version} reads the switch for flow spans at import`,
            reason: `CrewAI ${version} reads the switch when each Crew is built, but flow spans use a Telemetry object built at import: crews built after this line are covered, this project's flow spans are not`,
          }
        : { effect: 'applies', reason: `CrewAI ${version} reads the switch when each Crew is built (0.79.0 – 0.102.0): crews built after this line are covered` };
    case 'per-instance':
      return {
        effect: 'partial',
        cause: 'timing',
        summary: `it runs after \`import crewai\`, and CrewAI ${version} re-reads the switch only at the next Telemetry() construction`,
        reason: `CrewAI ${version} re-reads the switch only when something constructs Telemetry() again (0.121.0 – 0.126.x, e.g. the next tool use); spans emitted before that still go out`,
      };
    default:
      return { effect: 'ignored', cause: 'not-read', reason: `CrewAI ${version} does not check telemetry switches` };
  }
}

function judgeSwitch(a: PyEnvAssignment, version: string, afterImport: boolean, hasFlows: boolean): Judgement {
  const def = TELEMETRY_SWITCHES.find((s) => s.name === a.variable)!;
  if (compareVersions(version, TELEMETRY_SINCE) < 0) return { effect: 'ignored', cause: 'no-telemetry', reason: `CrewAI ${version} has no telemetry (introduced in ${TELEMETRY_SINCE})` };
  if (a.kind === 'putenv') {
    return { effect: 'ignored', cause: 'putenv', summary: 'os.putenv does not change os.environ, which CrewAI reads', reason: 'os.putenv only changes the environment handed to child processes; os.environ, which CrewAI reads, keeps its old value. Use os.environ[...] = ... instead' };
  }
  if (compareVersions(version, def.firstRelease) < 0) {
    let reason = `CrewAI ${version} does not read ${def.name} at all (first read in ${def.firstRelease})`;
    if (def.name === 'OTEL_SDK_DISABLED' && a.value !== undefined && sdkCounts(a.value)) {
      reason += afterImport
        ? '; the OpenTelemetry SDK reads it only when the provider is built at import, which is before this line'
        : '; the OpenTelemetry SDK (≥ 1.24.0) still disables its provider when it is set before import, depending on the installed SDK version';
    }
    return { effect: 'ignored', cause: 'not-read', summary: `CrewAI ${version} does not read ${def.name}`, reason };
  }
  const j = judgeTiming(version, afterImport, hasFlows);
  if (a.value === undefined) j.reason = `set from an expression crewtel cannot evaluate; ${j.reason}`;
  else if (!counts(a.value)) j.reason = `the value ${JSON.stringify(a.value)} does not count (only the string true, any case, no spaces); ${j.reason}`;
  if (a.kind === 'setdefault') j.reason += '; os.environ.setdefault does nothing when the variable is already set';
  return j;
}

/** Variables other than the switches are read when their channel acts (kickoff, export), after any import. */
function otherVariable(a: PyEnvAssignment): Judgement {
  return a.kind === 'putenv'
    ? { effect: 'ignored', cause: 'putenv', reason: 'os.putenv does not change os.environ, which CrewAI reads' }
    : { effect: 'applies', reason: 'set in code before CrewAI acts on it' };
}

/** Every environment assignment in the project's Python, judged for the modelled release. */
export function analyseCodeEnvironment(python: PythonFacts[], version: string, opts: CodeEnvironmentOptions = {}): CodeEnvironment {
  const imports = opts.importSites ?? crewaiImportSites(python);
  const out: CodeEnvironment = { switches: [], others: [], dotenvLoads: [] };
  for (const f of python) {
    const importAt = imports.get(f.file);
    for (const a of f.envAssignments) {
      const afterImport = runsAfterImport(a, importAt) || (!importAt && a.afterCrewaiImport);
      if (a.kind === 'load_dotenv') {
        const j = judgeTiming(version, afterImport, Boolean(opts.hasFlows));
        out.dotenvLoads.push({ location: a.location, path: a.dotenvPath, override: Boolean(a.override), afterImport, effect: j.effect });
        continue;
      }
      const isSwitch = SWITCH_NAMES.has(a.variable);
      const j = isSwitch ? judgeSwitch(a, version, afterImport, Boolean(opts.hasFlows)) : otherVariable(a);
      const entry: CodeSwitch = {
        variable: a.variable,
        value: a.value,
        kind: a.kind,
        location: a.location,
        afterImport,
        moduleLevel: a.moduleLevel,
        effect: j.effect,
        cause: j.cause,
        effective: j.effect === 'applies',
        reason: j.reason,
        summary: j.summary ?? j.reason,
      };
      (isSwitch ? out.switches : out.others).push(entry);
    }
  }
  return out;
}

/** The telemetry switches set in code (kept for callers that only need those). */
export interface CodeEnvironmentOptions {
  hasFlows?: boolean;
  /** where each module first imports crewai, when already known (a large tree's batches keep only these) */
  importSites?: Map<string, SourceSpan | undefined>;
}

export function codeSwitches(python: PythonFacts[], version: string, opts: CodeEnvironmentOptions = {}): CodeSwitch[] {
  return analyseCodeEnvironment(python, version, opts).switches;
}

export interface CodeSwitchFinding {
  ruleId: 'config/switch-after-import' | 'config/switch-not-read' | 'config/switch-putenv';
  severity: 'high' | 'medium' | 'low';
  variable: string;
  location: SourceSpan;
  message: string;
}

/**
 * Findings for audit: a switch that would disable telemetry but that the modelled release
 * does not (fully) see. A switch whose value does not count is reported by env, not here.
 */
export function codeSwitchFindings(switches: CodeSwitch[], version: string): CodeSwitchFinding[] {
  const out: CodeSwitchFinding[] = [];
  for (const s of switches) {
    if (s.effect === 'applies' || (s.value !== undefined && !counts(s.value))) continue;
    const where = `${s.variable} set here`;
    if (s.cause === 'putenv') out.push({ ruleId: 'config/switch-putenv', severity: 'high', variable: s.variable, location: s.location, message: `${where} with os.putenv does not reach CrewAI: ${s.reason}` });
    else if (s.cause === 'not-read') out.push({ ruleId: 'config/switch-not-read', severity: 'high', variable: s.variable, location: s.location, message: `${where}: ${s.reason}` });
    else if (s.cause === 'timing') out.push({ ruleId: 'config/switch-after-import', severity: 'high', variable: s.variable, location: s.location, message: `${where} runs after \`import crewai\` on CrewAI ${version}: ${s.reason}` });
  }
  return out;
}
