// `crewtel audit`: config → load → assess (policy) → suppressions → baseline → report.
// Loaded only when the command runs.
import { statSync } from 'node:fs';
import { complete, coverageLine, sumCoverage } from '../../model/coverage.js';
import { assessBatches, assessedWhole, type Assessed } from '../../assess/batches.js';
import type { AssessOptions } from '../../assess/index.js';
import { discover } from '../../discover/index.js';
import { fileCount, splitUnits, wantsUnits, type UnitBatch } from '../../model/units.js';
import type { ReleaseInfo } from '../../release/types.js';
import { dirname, relative, resolve, sep } from 'node:path';
import { applyBaseline, readBaseline, writeBaseline } from '../../assess/baseline.js';
import { assess } from '../../assess/index.js';
import { gatingFindings, isAdvisory, makePolicy, unknownRulePatterns } from '../../assess/policy.js';
import { maskReasons } from '../../assess/reasons.js';
import { applySuppressions, readRelative, type SuppressResult } from '../../assess/suppress.js';
import type { Finding } from '../../assess/types.js';
import { loadConfig, type LoadedConfig } from '../../config/load.js';
import { maskDiagnostic } from '../../assess/maskText.js';
import { formatDiagnostic, type Diagnostic } from '../../core/diagnostics.js';
import { loadProject, type LoadedProject, type LoadOptions } from '../../model/project.js';
import { formatAuditGithub } from '../../report/audit/github.js';
import { auditJsonChunks } from '../../report/audit/json.js';
import { formatAuditMarkdown } from '../../report/audit/markdown.js';
import type { AuditReport } from '../../report/audit/report.js';
import { formatAuditSarif } from '../../report/audit/sarif.js';
import { formatAuditTable } from '../../report/audit/table.js';
import { formatAuditConcise } from '../../report/audit/concise.js';
import { parseVersion } from '../../release/version.js';
import { VERSION } from '../../version.js';
import type { AuditOptions } from '../commands/audit.js';
import { makeIo, UsageError, type Io } from '../io.js';
import { wrap } from '../../report/text/layout.js';
import { allRules } from '../rules.js';
import { memberCounts, outsideEntry, outsideScannedLine } from '../../model/outside.js';

// json is written in pieces (runAudit)
const FORMATTERS: Record<string, (r: AuditReport, io: Io) => string> = {
  sarif: (r) => formatAuditSarif(r),
  markdown: (r) => formatAuditMarkdown(r),
  github: (r) => formatAuditGithub(r),
  concise: (r, io) => formatAuditConcise(r, io.color),
  table: (r, io) => formatAuditTable(r, io.color, { width: io.width, verbose: io.options.verbose }),
};

/** What crewtel recognises as a crew, for the message when it finds none. */
const LOOKS_FOR =
  'a crew.py with @CrewBase, config/agents.yaml + tasks.yaml (or <crew>_agents.yaml, config/agents/*.yaml), ' +
  'crew.jsonc, a declarative flow.yaml, a Flow class, or a Crew(...) built in a Python script';

export async function runAudit(paths: string[], opts: AuditOptions): Promise<number> {
  const io = makeIo(opts);
  const data = await auditData(paths, opts, io);
  if (typeof data === 'number') return data;
  const { report, errors, warnings, inline, release, failing, failOnUnresolved } = data;
  if (opts.format === 'html') {
    const { auditHtml } = await import('./report.js');
    io.out(auditHtml({ ...data, project: data.project! }, opts));
  } else if (opts.format === 'json') io.outPieces(auditJsonChunks(report));
  else io.out(FORMATTERS[opts.format ?? 'table'](report, io));
  io.flush();
  const machine = opts.format === 'json' || opts.format === 'sarif';
  for (const e of errors) io.err(formatDiagnostic(e));
  if (opts.verbose) {
    const { project } = data;
    if (data.batches) io.err(`crewtel: assessed in ${data.batches} batches of top-level folders (a large tree; the report is the same as one whole run's)`);
    if (project?.pool) io.err(`crewtel: parsed ahead on ${project.pool.workers} worker thread(s) and the main thread: ${project.pool.fromWorkers} + ${project.pool.onMain} file(s); ${project.pool.inPlace} parsed in place`);
    for (const w of warnings) io.err(formatDiagnostic(w));
    for (const u of inline.unused) io.err(formatDiagnostic(u));
  }
  if (!machine && !opts.quiet) for (const n of release.notes) io.err(io.color.dim(`note: ${n}`));
  if (errors.length > 0) return 2;
  const coverage = report.summary.coverage;
  if (failOnUnresolved && coverage && !complete(coverage)) {
    if (!opts.quiet) io.err(`crewtel: ${coverageLine(coverage)}; --fail-on-unresolved makes that a failure (each reference is a warning: --verbose)`);
    return 1;
  }
  return failing.length > 0 ? 1 : 0;
}

/** What audit found, before it is printed (`crewtel report` builds its page from it too). */
export interface AuditData {
  report: AuditReport;
  /** a whole run's project (always for the HTML report; absent when a large tree was assessed in batches) */
  project?: LoadedProject;
  errors: Diagnostic[];
  warnings: Diagnostic[];
  inline: SuppressResult;
  release: LoadedProject['release'];
  failOn: string;
  kept: Finding[];
  /** --fail-on-unresolved / fail-on-unresolved: a reference crewtel could not follow fails the gate */
  failOnUnresolved: boolean;
  /** what fails the gate: at or above failOn, advisories only with --fail-on-advisories (or the config's) */
  failing: Finding[];
  /** set when the tree was assessed in batches (model/units.ts) */
  batches?: number;
}

/** What audit found, with the whole run's project (the HTML report draws from it). */
export type WholeAuditData = AuditData & { project: LoadedProject };

/** auditData for a caller that reads the project: never assessed in batches. */
export async function wholeAuditData(paths: string[], opts: AuditOptions, io: Io): Promise<WholeAuditData | number> {
  const data = await auditData(paths, opts, io, { wholeProject: true });
  if (typeof data === 'number') return data;
  if (!data.project) throw new Error('a whole run was asked for, and none was made');
  return { ...data, project: data.project };
}

/** Runs the audit pipeline; a number is an exit code when it stopped early (bad config, --write-baseline). */
export async function auditData(paths: string[], opts: AuditOptions, io: Io, use: { wholeProject?: boolean } = {}): Promise<AuditData | number> {
  const cwd = process.cwd();
  if (opts.crewaiVersion !== undefined && !parseVersion(opts.crewaiVersion)) {
    throw new UsageError(`--crewai-version ${opts.crewaiVersion}: not a version (expected X.Y.Z, e.g. 1.15.17)`);
  }
  if (opts.baseline && opts.writeBaseline) throw new UsageError('--baseline and --write-baseline cannot be used together');

  // config: --config FILE, else found walking up from the first PATH; flags win over it
  const cfg = loadConfig(opts.config, paths[0] ?? '.', cwd);
  const cfgErrors = cfg.diagnostics.filter((d) => d.severity === 'error').map(maskDiagnostic);
  if (cfgErrors.length) {
    for (const d of cfgErrors) io.err(formatDiagnostic(d));
    return 2;
  }
  const configWarnings = [...cfg.diagnostics, ...unknownRuleWarnings(cfg)].map(maskDiagnostic);
  if (!opts.quiet) for (const w of configWarnings) io.err(formatDiagnostic(w));
  const failOn = opts.failOn ?? cfg.config['fail-on'] ?? 'high';
  const configDir = cfg.file ? dirname(resolve(cwd, cfg.file)) : cwd;
  const policy = makePolicy(cfg.config, { pathForGlobs: (file) => relative(configDir, resolve(cwd, file)).split(sep).join('/') });

  const loadOpts = { crewaiVersion: opts.crewaiVersion ?? cfg.config['crewai-version'], shareCrew: opts.shareCrew, cwd };
  const assessOpts = { showValues: Boolean(opts.showValues), policy };
  const found = await assessTree(paths, loadOpts, assessOpts, Boolean(use.wholeProject) || opts.format === 'html');
  const { release, project } = found;
  const all = found.findings;
  // diagnostics quote keys and references: masked like values unless --show-values
  const diagnostics = opts.showValues ? found.diagnostics : found.diagnostics.map(maskDiagnostic);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.filter((d) => d.severity === 'warning');

  // a CI step pointed at the wrong folder must not stay green forever
  if (found.crews.length === 0 && found.flows === 0 && !opts.allowEmpty) {
    for (const e of errors) io.err(formatDiagnostic(e));
    const where = (paths.length ? paths : ['.']).join(', ');
    io.err(`crewtel: no CrewAI crew or flow found under ${where}`);
    // a project that imports crewai but whose crews crewtel cannot follow: say what was not seen
    if (found.crewaiImport) {
      const { at, files } = found.crewaiImport;
      const more = files > 1 ? ` and ${files - 1} more file${files > 2 ? 's' : ''}` : '';
      io.err(`  crewai is imported at ${at.file}:${at.start.line}:${at.start.column}${more},`);
      io.err(wrap('but no crew could be modelled from the files (agents and tasks built in ways crewtel does not follow statically): nothing was audited.', 80, '  ', '  ').join('\n'));
    }
    const hint = `crewtel looks for ${LOOKS_FOR}; node_modules, virtualenvs and .gitignored files are skipped. Pass the project folder, or --allow-empty where finding none is fine (e.g. a monorepo job).`;
    io.err(wrap(hint, 80, '  ', '  ').join('\n'));
    return 2;
  }

  const scope = pathScope(paths, cwd);
  const inScope = all.filter((f) => scope(f.file) || isAdvisory(f));
  const accepted = inScope.filter((f) => f.suppressed);
  const inline = applySuppressions({
    findings: inScope.filter((f) => !f.suppressed),
    files: found.suppressFiles.filter(scope),
    values: found.values,
    ...(found.unmarked ? { read: unmarkedOrRead(found.unmarked, cwd) } : {}),
  });
  if (opts.writeBaseline) {
    const written = writeBaseline(opts.writeBaseline, inline.kept);
    if ('error' in written) throw new UsageError(`--write-baseline: ${written.error}`);
    if (!opts.quiet) io.err(`crewtel: wrote ${written.count} finding fingerprint(s) to ${opts.writeBaseline} (no values, no line numbers)`);
    // a baseline written past unreadable files is incomplete: say so with exit 2
    for (const e of errors) io.err(formatDiagnostic(e));
    return errors.length > 0 ? 2 : 0;
  }
  let kept = inline.kept;
  let baselined: Finding[] = [];
  if (opts.baseline) {
    const known = readBaseline(opts.baseline);
    if ('error' in known) throw new UsageError(`--baseline ${opts.baseline}: ${known.error}`);
    ({ kept, baselined } = applyBaseline(kept, known));
  }

  const failOnAdvisories = Boolean(opts.failOnAdvisories ?? cfg.config['fail-on-advisories']);
  const failing = gatingFindings(kept, failOn, failOnAdvisories);
  const outside = found.outside;
  const summary = {
    ...summarize(kept, found.fileCount, found.crews.length),
    coverage: sumCoverage(found.crews.map((c) => c.coverage)),
    ...(outside.length ? { outsideCrews: memberCounts(outside) } : {}),
  };
  const failOnUnresolved = opts.failOnUnresolved ?? cfg.config['fail-on-unresolved'] ?? false;
  summary.suppressed = inline.suppressed.length;
  summary.baselined = baselined.length;
  summary.accepted = accepted.length;
  summary.advisories = kept.filter(isAdvisory).length;
  summary.failing = failing.length;
  const report: AuditReport = {
    tool: { name: 'crewtel', version: VERSION },
    crewaiVersion: release.version,
    // a version pinned in crewtel's config reaches the loader as an override: name the file it came from
    crewaiVersionSource: !opts.crewaiVersion && cfg.config['crewai-version'] && release.source === '--crewai-version' && cfg.file ? cfg.file : release.source,
    notes: release.notes,
    crews: found.crews.map((c) => ({
      root: c.id,
      name: c.name,
      shareCrew: c.shareCrew,
      shareCrewSource: c.shareCrewSource,
      crewaiVersion: c.version ?? release.version,
      coverage: c.coverage,
    })),
    ...(outside.length ? { outsideCrews: outside.map((c) => outsideEntry(c, release.version)), outsideLine: outsideScannedLine(outside) } : {}),
    findings: kept,
    suppressed: maskReasons([...accepted, ...inline.suppressed, ...baselined], Boolean(opts.showValues)),
    errors,
    warnings,
    rules: allRules(),
    failOn,
    failOnAdvisories,
    summary,
    failOnUnresolved,
  };
  return { report, project, errors, warnings, inline, release, failOn, kept, failing, failOnUnresolved, ...(found.batches ? { batches: found.batches } : {}) };
}

/**
 * The tree's findings: one whole run, or, for a large tree, its top-level folders a batch at a
 * time (bounded memory, same result; assess/batches.ts), unless a batch reaches outside itself.
 */
async function assessTree(paths: string[], loadOpts: LoadOptions, assessOpts: AssessOptions, whole: boolean): Promise<Assessed> {
  const cwd = loadOpts.cwd ?? process.cwd();
  const discovered = await discover(paths, cwd);
  const batches = !whole && wantsUnits(fileCount(discovered)) ? splitUnits(discovered) : undefined;
  if (batches) {
    const load = (b: UnitBatch, top?: ReleaseInfo) => loadProject(paths, { ...loadOpts, discovered: b.discovered, unit: b.scope, topRelease: top });
    // loaded here: node:v8 is not otherwise needed by a YAML-only project
    const { withBoundedHeapGrowth } = await import('../../core/heapGrowth.js');
    const done = await withBoundedHeapGrowth(() => assessBatches(batches, load, assessOpts, { roots: discovered.roots, load: loadOpts, cwd }));
    if (!('conflict' in done)) return done;
    if (process.env.CREWTEL_UNITS === '1') process.stderr.write(`crewtel: whole run: ${done.conflict}\n`);
  }
  const project = await loadProject(paths, { ...loadOpts, discovered });
  return assessedWhole(project, assess(project, assessOpts));
}

/** Suppressions read a finding's file for markers: not one known to hold none. */
function unmarkedOrRead(unmarked: (file: string) => boolean, cwd: string): (file: string) => string | undefined {
  const read = readRelative(cwd);
  return (file) => (unmarked(file) ? '' : read(file));
}

/** disable/severity entries that match no rule: a typo there would silently change nothing. */
function unknownRuleWarnings(cfg: LoadedConfig): Diagnostic[] {
  if (!cfg.file) return [];
  const ids = allRules().map((r) => r.id);
  return unknownRulePatterns(cfg.config, ids).map(({ path, pattern }) => {
    const key = typeof path[path.length - 1] === 'string' && path.length > 1 ? String(path[path.length - 1]) : undefined;
    const at = cfg.locate?.(key ? path.slice(0, -1) : path, key) ?? { line: 1, column: 1 };
    return { file: cfg.file!, ...at, message: `${path[0]}: no rule matches "${pattern}" (see crewtel rules)`, severity: 'warning' as const };
  });
}

/**
 * Which files a run reports on. A single file given as PATH is audited for that file only
 * (its crew's code still informs the model); folders cover everything below them.
 */
function pathScope(paths: string[], cwd: string): (file: string) => boolean {
  const files = new Set<string>();
  const dirs: string[] = [];
  for (const p of paths.length ? paths : ['.']) {
    const abs = resolve(cwd, p);
    try {
      if (statSync(abs).isFile()) files.add(abs);
      else dirs.push(abs);
    } catch {
      dirs.push(abs);
    }
  }
  if (files.size === 0) return () => true;
  return (file) => {
    const abs = resolve(cwd, file);
    return files.has(abs) || dirs.some((d) => abs === d || abs.startsWith(d + sep));
  };
}

export function summarize(findings: Finding[], files: number, crews: number): AuditReport['summary'] {
  const bySeverity = { high: 0, medium: 0, low: 0 };
  for (const f of findings) bySeverity[f.severity]++;
  return { files, crews, findings: findings.length, bySeverity, suppressed: 0, baselined: 0 };
}
