// `crewtel report` (and `audit --format html`): the audit, env and a default-mode
// preview of the same project, assembled into the reviewer's page data. Everything the
// page shows is decided here or in assess/; report/html only writes markup. Loaded only
// when the command runs.
import { adviceFor, visibleTo, type CrewShare } from '../../assess/advice.js';
import { crewFlows, type CrewFlow } from '../../assess/flow.js';
import { maskMatchesIn } from '../../assess/maskText.js';
import { isAdvisory } from '../../assess/policy.js';
import { SEVERITY_RANK, type Finding, type RuleMeta } from '../../assess/types.js';
import { formatDiagnostic } from '../../core/diagnostics.js';
import type { LoadedProject } from '../../model/project.js';
import type { AuditReport } from '../../report/audit/report.js';
import type { EnvReport } from '../../report/env/report.js';
import { layoutFlow } from '../../report/html/layout.js';
import { formatHtml } from '../../report/html/page.js';
import type { AcceptedRow, AdvisoryRow, Coverage, CrewFindings, HtmlReport, PreviewCrew, TelemetrySection } from '../../report/html/report.js';
import { ruleExplanation } from '../../rules/explain.js';
import { simulate } from '../../telemetry/simulate.js';
import type { AuditOptions } from '../commands/audit.js';
import { makeIo } from '../io.js';
import { wholeAuditData, type WholeAuditData } from './audit.js';
import { envReport } from './env.js';

/** Crews drawn one by one; beyond this a table summarises them (a 3,000-crew monorepo stays a readable page). */
export const MAX_DRAWINGS = 24;
/** Crews whose default-mode spans are listed in full. */
export const MAX_PREVIEW_CREWS = 5;
/** Crews whose findings get the full table (attributes, what to do); the rest get one compact row per finding. */
export const MAX_DETAILED_CREWS = 40;

export type ReportOptions = AuditOptions;

export async function runReport(paths: string[], opts: ReportOptions): Promise<number> {
  const io = makeIo(opts);
  const data = await wholeAuditData(paths, opts, io);
  if (typeof data === 'number') return data;
  const env = envReport(data.project, process.cwd()).report;
  io.out(formatHtml(pageData(data, opts, { env, preview: true })));
  io.flush();
  for (const e of data.errors) io.err(formatDiagnostic(e));
  if (opts.verbose) for (const w of data.warnings) io.err(formatDiagnostic(w));
  if (!opts.quiet && opts.output) io.err(`crewtel: wrote ${opts.output}`);
  if (data.errors.length > 0) return 2;
  // what fails is audit's rule: at or above fail-on, advisories only with --fail-on-advisories
  return data.failing.length > 0 ? 1 : 0;
}

/** `audit --format html`: the findings part of the page, from the audit alone. */
export function auditHtml(data: WholeAuditData, opts: AuditOptions): string {
  return formatHtml(pageData(data, opts, {}));
}

// ---- how accepted findings and rule texts are read from the audit report

type Acceptance = { kind: AcceptedRow['kind']; reason?: string };

export function acceptanceOf(f: Finding, showValues: boolean): Acceptance {
  const s = f.suppressed;
  // audit masked the value a reason quotes (assess/reasons.ts); any other detector match in it is masked too
  return { kind: s?.kind ?? 'inline', reason: s?.reason ? maskMatchesIn(s.reason, showValues) : undefined };
}

export function acceptedFindings(r: AuditReport): Finding[] {
  return r.suppressed;
}

export { isAdvisory };

/** Why the rule matters, from the rule explanations behind `crewtel rules <id>` and docs/rules. */
export function ruleText(ruleId: string, rules: RuleMeta[]): string {
  return ruleExplanation(ruleId)?.why ?? rules.find((r) => r.id === ruleId)?.description ?? '';
}

// ---- the page data

function pageData(data: WholeAuditData, opts: AuditOptions, extra: { env?: EnvReport; preview?: boolean }): HtmlReport {
  const { report, project } = data;
  const { env } = extra;
  const kind: HtmlReport['kind'] = extra.preview ? 'report' : 'audit';
  const shares = new Map<string, CrewShare>(report.crews.map((c) => [c.root, { shareCrew: c.shareCrew, source: c.shareCrewSource }]));
  const names = new Map([...report.crews.map((c) => [c.root, c.name] as const), ...(report.outsideCrews ?? []).map((c) => [c.id, `${c.name} (hypothetical: no crew crewtel resolved uses them)`] as const)]);
  const accepted = acceptedFindings(report);

  const flows = kind === 'report' ? crewFlows(project.model, { version: report.crewaiVersion, findings: report.findings, accepted }) : [];
  // crews with findings first (most severe first), then the rest in discovery order
  const ranked = [...flows].sort((a, b) => weight(b) - weight(a));
  const drawn = ranked.slice(0, MAX_DRAWINGS);
  const telemetry = env ? telemetrySection(env) : undefined;
  const drawings = drawn.map((flow) => ({ flow, drawing: layoutFlow(flow, { telemetry: env?.telemetry, channels: env?.channels }) }));
  const undrawn = ranked.slice(MAX_DRAWINGS).map((f) => ({
    crewId: f.crewId,
    name: f.name,
    findings: f.findings,
    byBand: { default: bandCount(f, 'default'), share_crew: bandCount(f, 'share_crew'), never: bandCount(f, 'never') },
  }));

  const listed = kind === 'report' ? report.findings.filter((f) => !isAdvisory(f)) : report.findings;
  const order = new Map(ranked.map((f, i) => [f.crewId, i]));
  const findings = groupFindings(listed, names, shares, report.rules).sort((a, b) => (order.get(a.crewId) ?? -1) - (order.get(b.crewId) ?? -1));

  const advisories: AdvisoryRow[] = (env?.advisories ?? []).map((a) => {
    const f = report.findings.find((x) => x.ruleId === a.id) ?? accepted.find((x) => x.ruleId === a.id);
    return { id: a.id, title: a.title, severity: a.severity, fixedIn: a.fixedIn, text: a.text, reportedAt: f ? `${f.file}:${f.line}:${f.column}` : undefined };
  });

  const failing = data.failing.length > 0;
  const s = report.summary;
  const status: HtmlReport['verdict']['status'] = data.errors.length ? 'error' : failing ? 'fail' : 'pass';
  const details: string[] = [];
  if (env) details.push(telemetry!.effect);
  const sharing = report.crews.filter((c) => c.shareCrew);
  if (report.crews.length) details.push(`share_crew is ${sharing.length ? `ON in ${sharing.length} of ${report.crews.length} crew(s)${sharing[0].shareCrewSource ? ` (${sharing[0].shareCrewSource}${sharing.length > 1 ? ', …' : ''})` : ''}: goals, backstories, task descriptions and kickoff inputs are sent too` : `off in every crew (${report.crews.length})`}.`);
  if (report.outsideLine) details.push(`${report.outsideLine}.`);
  if (accepted.length) details.push(`${accepted.length} finding(s) accepted by the team (listed with their reasons below).`);
  if (data.errors.length) details.push(`${data.errors.length} file(s) could not be read: the page does not cover them.`);
  // release advisories count toward the gate only with --fail-on-advisories (or the config), as in audit
  const uncounted = report.failOnAdvisories ? 0 : (s.advisories ?? 0);
  const headline =
    status === 'error'
      ? `Incomplete: ${data.errors.length} file(s) could not be read · ${s.findings} finding(s)`
      : failing
        ? `Fails the gate (fail-on ${data.failOn}): ${s.findings} finding(s) — ${s.bySeverity.high} high, ${s.bySeverity.medium} medium, ${s.bySeverity.low} low`
        : data.failOn === 'never'
          ? `No gate (fail-on never): ${s.findings} finding(s) — ${s.bySeverity.high} high, ${s.bySeverity.medium} medium, ${s.bySeverity.low} low`
          : `Passes the gate (fail-on ${data.failOn}): ${s.findings} finding(s), none at or above ${data.failOn}${uncounted ? ` counted (${uncounted} release advisor${uncounted === 1 ? 'y' : 'ies'} count only with --fail-on-advisories)` : ''}`;

  return {
    kind,
    tool: report.tool,
    command: commandLine(),
    generated: new Date().toISOString().slice(0, 10),
    showValues: Boolean(opts.showValues),
    verdict: { status, headline, details },
    scope: {
      paths: project.model.roots.length ? project.model.roots : ['.'],
      crews: s.crews,
      files: s.files,
      crewaiVersion: report.crewaiVersion,
      crewaiVersionSource: report.crewaiVersionSource,
      crewaiVersionLocation: env?.crewaiVersionLocation ?? (project.release.location ? `${project.release.location.file}:${project.release.location.start.line}:${project.release.location.start.column}` : undefined),
      crewaiVersionExact: env?.crewaiVersionExact ?? project.release.exact ?? project.release.source !== 'default',
      notes: report.notes,
      coverage: coverage(project, data),
      summary: s,
      failOn: data.failOn,
    },
    drawings,
    undrawn,
    findings: findings.slice(0, MAX_DETAILED_CREWS),
    compactFindings: findings.slice(MAX_DETAILED_CREWS),
    accepted: accepted.map((f) => ({ finding: f, ...acceptanceOf(f, Boolean(opts.showValues)), visibleTo: visibleTo(f, shares) })),
    telemetry,
    advisories,
    preview: extra.preview ? previewData(project, drawn, Boolean(opts.showValues)) : undefined,
    errors: data.errors,
    warnings: data.warnings.length,
  };
}

const EXPOSURE_LABEL: Record<Finding['exposure'], string> = { default: 'sent by default', share_crew: 'sent only with share_crew', not_emitted: 'never sent' };

const weight = (f: CrewFlow) => f.fields.reduce((n, x) => n + x.marks.filter((m) => !m.accepted).reduce((k, m) => k + 10 ** SEVERITY_RANK[m.severity], 0), 0);
const bandCount = (f: CrewFlow, band: string) => f.fields.filter((x) => x.band === band).reduce((n, x) => n + x.count, 0);

function groupFindings(findings: Finding[], names: Map<string, string>, shares: Map<string, CrewShare>, rules: RuleMeta[]): CrewFindings[] {
  const crews = new Map<string, CrewFindings>();
  for (const f of findings) {
    const crewId = f.crews[0] ?? f.outsideCrew ?? '';
    let c = crews.get(crewId);
    if (!c) {
      c = { crewId, name: crewId ? (names.get(crewId) ?? crewId) : 'Project settings and release', counts: { high: 0, medium: 0, low: 0 }, fields: [] };
      crews.set(crewId, c);
    }
    c.counts[f.severity]++;
    let g = c.fields.find((x) => x.field === f.field);
    if (!g) {
      const setting = f.category === 'config' && /^crew\.(?!inputs\.)/.test(f.field);
      g = { field: f.field, label: setting ? 'crew setting' : EXPOSURE_LABEL[f.exposure], rows: [] };
      c.fields.push(g);
    }
    g.rows.push({ finding: f, advice: adviceFor(f, shares), rule: ruleText(f.ruleId, rules) });
  }
  return [...crews.values()];
}

function telemetrySection(env: EnvReport): TelemetrySection {
  const open = env.channels.filter((c) => c.unaffectedByTelemetrySwitches && c.state !== 'off' && c.state !== 'not-in-release');
  const working = env.variables.filter((v) => v.readByRelease).map((v) => v.name);
  const effect =
    env.telemetry === 'disabled'
      ? `Telemetry is off here (${env.disabledBy.join(', ')}): none of the spans drawn below is sent to telemetry.crewai.com from this environment.`
      : `Telemetry is ON here: every span drawn below is sent to telemetry.crewai.com. This release reads ${working.join(', ') || 'no switch'}; set one to "true" before import crewai to stop it.`;
  const others = open.length ? ` ${open.length} other channel(s) are not stopped by the telemetry switches: ${open.map((c) => c.name.replace(/\s*\(.*$/, '')).join('; ')}.` : '';
  return { telemetry: env.telemetry, disabledBy: env.disabledBy, variables: env.variables, channels: env.channels, precedence: env.precedence, effect: effect + others };
}

function coverage(project: LoadedProject, data: WholeAuditData): Coverage {
  const crews = project.model.crews;
  const tools = crews.flatMap((c) => [...c.agents.flatMap((a) => a.tools), ...c.tasks.flatMap((t) => t.tools)]);
  const unresolved = data.warnings.filter((w) => /unresolv|could not be resolved|cannot be resolved|not resolved/i.test(w.message));
  return {
    crews: crews.length,
    agents: crews.reduce((n, c) => n + c.agents.length, 0),
    tasks: crews.reduce((n, c) => n + c.tasks.length, 0),
    incompleteCrews: crews.filter((c) => c.agents.length === 0 || c.tasks.length === 0).map((c) => c.id),
    unresolvedTools: tools.filter((t) => t.kind === 'unresolved').length,
    notes: unresolved.slice(0, 20).map((w) => `${w.file}:${w.line}:${w.column}: ${w.message}`),
  };
}

/** Default-mode spans of the drawn crews; text from the user's files shown as the field it comes from unless --show-values. */
function previewData(project: LoadedProject, drawn: CrewFlow[], showValues: boolean): HtmlReport['preview'] {
  const ids = drawn.slice(0, MAX_PREVIEW_CREWS).map((f) => f.crewId);
  const crews = ids.map((id) => project.model.crews.find((c) => c.id === id)!).filter(Boolean);
  const result = simulate({ crews, flows: [], version: project.release.version, shareCrew: false, projectId: project.model.projectId?.value });
  const out: PreviewCrew[] = crews.map((c) => ({
    crewId: c.id,
    name: c.name,
    spans: result.spans
      .filter((s) => s.crewId === c.id)
      .map((s) => ({
        name: s.name,
        trigger: s.trigger,
        condition: s.condition,
        rows: s.attributes.map((a) => ({
          key: a.key,
          gate: a.condition ? `${a.gate} (${a.condition})` : a.gate,
          fromUser: a.fromUser,
          source: a.source,
          value: showValues || !a.fromUser ? shown(a.value) : maskedPreviewValue(a.value, a.source),
        })),
      })),
  }));
  return { shareCrew: false, crews: out, omitted: Math.max(0, project.model.crews.length - crews.length), notes: result.notes.filter((n) => showValues || !/=/.test(n)) };
}

const shown = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/**
 * A preview value that carries text from the user's files, without that text: a crew
 * setting (process) is shown; a JSON list (crew_agents, crew_tasks) keeps its structure,
 * keys, numbers, booleans, ids and run-time placeholders, with every other string
 * replaced; a plain string becomes the field it comes from.
 */
function maskedPreviewValue(value: unknown, source: string | null): string {
  if (source && /^crew\.(?!inputs)/.test(source)) return shown(value);
  if (typeof value === 'string' && /^[[{]/.test(value)) {
    try {
      return JSON.stringify(maskJson(JSON.parse(value), ''), null, 0).replace(/,"/g, ', "').replace(/":/g, '": ');
    } catch {
      // not JSON: masked whole below
    }
  }
  return `‹your text: ${source ?? 'config'}›`;
}

const KEEP_KEYS = new Set(['key', 'id', 'agent_key', 'agent_id', 'task_key', 'task_id']);
const RUNTIME = /^(?:<[^<>]*>|[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

function maskJson(v: unknown, key: string): unknown {
  if (Array.isArray(v)) return v.map((x) => maskJson(x, key));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, maskJson(x, k)]));
  if (typeof v === 'string' && v !== '' && !KEEP_KEYS.has(key) && !RUNTIME.test(v)) return `‹${key || 'text'}›`;
  return v;
}

/** The command line as typed, arguments quoted where a shell would need it. */
function commandLine(): string {
  const args = process.argv.slice(2).map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`));
  return ['crewtel', ...args].join(' ');
}
