// A large tree, a batch of top-level folders at a time (model/units.ts): each batch is loaded,
// modelled and assessed by the same code as a whole run, and only what the report needs is
// kept (findings, one line per crew, files, diagnostics, the few strings a suppression marker
// needs), so memory holds one batch's model at a time. What depends on the whole tree is
// decided once all batches are in: the release the tree is reported at (a batch assessed at
// another one is assessed again at it), the release advisories and code switches, and the
// merge of findings. A batch that reaches outside itself makes the caller do a whole run.
import type { Diagnostic } from '../core/diagnostics.js';
import { compareText } from '../core/compare.js';
import type { SourceSpan, SourceString } from '../core/source.js';
import { crewCoverage, type CoverageReport } from '../model/coverage.js';
import { dedupeDiagnostics, topRelease, type LoadedProject, type LoadOptions } from '../model/project.js';
import type { Crew } from '../model/types.js';
import type { UnitBatch } from '../model/units.js';
import type { ReleaseInfo } from '../release/types.js';
import { assessRelease, assessStrings, findingTexts, finishFindings, mergeBatchFindings, type AssessOptions, type FindingTexts } from './index.js';
import { batchReleaseFacts, mergeReleaseFacts, type BatchReleaseFacts } from './releaseFindings.js';
import type { Finding } from './types.js';

/** One crew as the report lists it. */
export interface CrewLine {
  id: string;
  name: string;
  shareCrew: boolean;
  /** file:line of the share_crew setting, `--share-crew`, or null for the default */
  shareCrewSource: string | null;
  /** the release the crew is modelled at */
  version?: string;
  /** kept for the first crew of each release (what the tree's release is decided from), not for every crew */
  release?: ReleaseInfo;
  coverage: CoverageReport;
}

/** What audit reports on, from one whole run or from a tree's batches. */
export interface Assessed {
  findings: Finding[];
  crews: CrewLine[];
  outside: Crew[];
  flows: number;
  /** how many files were read */
  fileCount: number;
  /** the files whose suppression markers count: every file read, or (batches) only those that hold one */
  suppressFiles: string[];
  /** files known to hold no marker (suppressions need not read them again) */
  unmarked?: (file: string) => boolean;
  /** the model's strings in files that hold a `crewtel-ignore` marker (what suppressions need) */
  values: SourceString[];
  diagnostics: Diagnostic[];
  release: ReleaseInfo;
  /** where the tree's Python first imports crewai, and in how many files (said when no crew could be modelled) */
  crewaiImport?: { at: SourceSpan; files: number };
  /** a whole run only: the project itself (the HTML report, --verbose pool figures) */
  project?: LoadedProject;
  /** assessed in batches: how many */
  batches?: number;
}

export function crewLine(c: Crew, keepRelease = true, text: (s: string) => string = (s) => s): CrewLine {
  const { shareCrew } = c;
  return {
    id: text(c.id),
    name: text(c.name),
    shareCrew: shareCrew.value,
    shareCrewSource: shareCrew.location ? text(`${shareCrew.location.file}:${shareCrew.location.start.line}`) : shareCrew.origin === 'cli' ? '--share-crew' : null,
    version: c.release?.version,
    ...(keepRelease ? { release: c.release } : {}),
    coverage: crewCoverage(c),
  };
}

/** A whole run's project, as audit reports it. */
export function assessedWhole(project: LoadedProject, findings: Finding[]): Assessed {
  const { model } = project;
  // as for batches: a file read without a marker is not read again to look for one
  const read = new Set(model.files);
  const marked = model.markedFiles ? new Set(model.markedFiles) : read;
  return {
    findings,
    crews: model.crews.map((c) => crewLine(c)),
    outside: model.outside ?? [],
    flows: model.flows.length,
    fileCount: model.files.length,
    suppressFiles: model.markedFiles ?? model.files,
    unmarked: (file) => read.has(file) && !marked.has(file),
    values: model.strings.map((s) => s.value),
    diagnostics: model.diagnostics,
    release: project.release,
    crewaiImport: crewaiImportOf(project),
    project,
  };
}

interface BatchResult {
  findings: Finding[];
  /** `firstAgent` only on the first crew of each pass (the tree's first crew is among those) */
  crews: { line: CrewLine; pass: number; at: number; firstAgent?: SourceSpan }[];
  outside: Crew[];
  flows: number;
  files: string[];
  markedFiles: string[];
  values: SourceString[];
  diagnostics: Diagnostic[];
  release: ReleaseInfo;
  facts: BatchReleaseFacts;
  crewaiImport?: { at: SourceSpan; files: number };
}

function crewaiImportOf(project: LoadedProject): Assessed['crewaiImport'] {
  const spans = project.python.map((f) => f.crewaiImport).filter((s): s is SourceSpan => Boolean(s));
  return spans.length ? { at: spans[0], files: spans.length } : undefined;
}

/** What the batches of one tree share: finding texts, equal coverage figures as one object, the tree's reading order. */
interface Shared {
  texts: FindingTexts;
  coverage: (c: CoverageReport) => CoverageReport;
  position: (abs: string) => number;
}

function coverageSharer(): (c: CoverageReport) => CoverageReport {
  const known = new Map<string, CoverageReport>();
  return (c) => {
    const key = `${c.agents.resolved}/${c.agents.referenced} ${c.tasks.resolved}/${c.tasks.referenced} ${c.tools.resolved}/${c.tools.referenced} ${c.unresolved}`;
    const same = known.get(key);
    if (same) return same;
    if (known.size >= 10_000) known.clear();
    known.set(key, c);
    return c;
  };
}


function keep(project: LoadedProject, opts: AssessOptions, shared: Shared): BatchResult {
  const { model } = project;
  const { texts, position } = shared;
  // a crew's release (its notes, its pin's place) only for the first crew of each pass and version
  const firsts = new Set<string>();
  const passes = new Set<number>();
  const first = (c: Crew, pass: number): boolean => {
    const k = `${pass}\0${c.release?.version}`;
    return !firsts.has(k) && Boolean(firsts.add(k));
  };
  // suppressions need the strings of the files that hold a marker (their extents), loadProject noted which
  const markedFiles = model.markedFiles ?? model.files;
  const marked = new Set(markedFiles);
  return {
    findings: mergeBatchFindings(assessStrings(project, opts), texts),
    crews: model.crews.map((c) => {
      const { pass, from } = project.crewPass.get(c.id) ?? { pass: 0, from: '' };
      const line = crewLine(c, first(c, pass), texts.text);
      line.coverage = shared.coverage(line.coverage);
      const firstOfPass = !passes.has(pass) && Boolean(passes.add(pass));
      return { line, pass, at: from ? position(from) : 0, ...(firstOfPass ? { firstAgent: c.agents[0]?.location ?? undefined } : {}) };
    }),
    outside: model.outside ?? [],
    flows: model.flows.length,
    files: model.files.map(texts.text),
    markedFiles,
    values: model.strings.map((s) => s.value).filter((v) => marked.has(v.file)),
    diagnostics: model.diagnostics,
    release: project.release,
    facts: batchReleaseFacts(project),
    crewaiImport: crewaiImportOf(project),
  };
}

function mergedImport(results: BatchResult[]): Assessed['crewaiImport'] {
  const found = results.map((r) => r.crewaiImport).filter((x) => x !== undefined);
  return found.length ? { at: found[0].at, files: found.reduce((n, x) => n + x.files, 0) } : undefined;
}

/**
 * The tree's batches, assessed one at a time; `{ conflict }` when one reaches outside itself or
 * two give a crew the same id (then only a whole run is right).
 */
export async function assessBatches(
  batches: UnitBatch[],
  load: (batch: UnitBatch, topRelease?: ReleaseInfo) => Promise<LoadedProject>,
  opts: AssessOptions,
  tree: { roots: string[]; load: LoadOptions; cwd: string },
): Promise<Assessed | { conflict: string }> {
  const results: BatchResult[] = [];
  const texts = findingTexts();
  const coverage = coverageSharer();
  const shared = (batch: UnitBatch): Shared => ({ texts, coverage, position: batch.scope.position });
  for (const batch of batches) {
    const project = await load(batch);
    if (project.unitConflict) return { conflict: project.unitConflict };
    results.push(keep(project, opts, shared(batch)));
  }
  const ids = new Set<string>();
  for (const r of results) {
    for (const c of [...r.crews.map((x) => x.line), ...r.outside]) {
      if (ids.has(c.id)) return { conflict: `two batches model crew ${c.id}` };
      ids.add(c.id);
    }
  }
  // a whole run lists crews pass by pass: Python crews and JSON crews and flows in the order their
  // files are read, YAML groups by id
  const inOrder = () => results.flatMap((r) => r.crews).sort((a, b) => a.pass - b.pass || (a.pass === 1 ? compareText(a.line.id, b.line.id) : a.at - b.at));
  const release = topRelease(inOrder().map((c) => c.line), tree.roots, tree.load, tree.cwd);
  // a batch assessed at another release than the tree's is assessed again at it
  for (const [i, r] of results.entries()) {
    const differs = r.release.version !== release.version || (r.crews.length === 0 && (r.release.diagnostics?.length ?? 0) > 0);
    if (!differs) continue;
    const project = await load(batches[i], release);
    if (project.unitConflict) return { conflict: project.unitConflict };
    results[i] = keep(project, opts, shared(batches[i]));
  }
  const crews = inOrder();
  const facts = mergeReleaseFacts(results.map((r) => r.facts), { release, crewIds: crews.map((c) => c.line.id), firstAgent: crews[0]?.firstAgent });
  const findings = finishFindings([...results.flatMap((r) => r.findings), ...assessRelease(facts, opts)], texts, true);
  // files read by some batch and without a marker: suppressions treat them as empty instead of reading them again
  const read = new Set(results.flatMap((r) => r.files));
  const marked = new Set(results.flatMap((r) => r.markedFiles));
  return {
    findings,
    crews: crews.map((c) => c.line),
    outside: results.flatMap((r) => r.outside),
    flows: results.reduce((n, r) => n + r.flows, 0),
    fileCount: read.size,
    suppressFiles: [...marked].sort(),
    unmarked: (file) => read.has(file) && !marked.has(file),
    values: results.flatMap((r) => r.values),
    diagnostics: dedupeDiagnostics([...results.flatMap((r) => r.diagnostics), ...(release.diagnostics ?? [])]),
    release,
    crewaiImport: mergedImport(results),
    batches: batches.length,
  };
}
