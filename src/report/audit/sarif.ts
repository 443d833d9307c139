// SARIF 2.1.0 for GitHub code scanning: one rule per detector/config rule, results
// with regions from the finding's line/column, partialFingerprints from the finding's
// line-independent fingerprint, values masked as everywhere else.
import type { Finding, RuleMeta, Severity } from '../../assess/types.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import type { AuditReport } from './report.js';
import { ruleExplanation } from '../../rules/explain.js';
import { formatRuleMarkdown } from '../rules/markdown.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { high: 'error', medium: 'warning', low: 'note' };
const INFO_URI = 'https://github.com/crewtel/crewtel';

function rule(r: RuleMeta) {
  const x = ruleExplanation(r.id);
  const what = r.category === 'config' ? 'a setting or release behaviour that widens what CrewAI telemetry sends' : `${r.entity ?? r.category} in a string CrewAI telemetry can carry`;
  return {
    id: r.id,
    name: r.id.replace(/[/-](\w)/g, (_m, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
    shortDescription: { text: r.description },
    fullDescription: { text: x ? x.detects : `${r.description}: ${what}.` },
    ...(x ? { helpUri: x.helpUri } : {}),
    // each rule's own help, from the same data as `crewtel rules <id>` and docs/rules/<id>.md
    help: x
      ? { text: `${x.why}\n\nHow to fix it and how to accept it: ${x.helpUri}`, markdown: formatRuleMarkdown(x, { brief: true }) }
      : { text: `${r.description}. Accept it with '# crewtel-ignore ${r.id} -- reason'.` },
    defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
    properties: {
      tags: x?.tags ?? ['privacy', r.category, ...(r.entity ? [r.entity] : [])],
      // GitHub code scanning shows High/Medium/Low from this score instead of Error/Warning
      'security-severity': x?.securitySeverity ?? (r.defaultSeverity === 'high' ? '8.0' : r.defaultSeverity === 'medium' ? '5.5' : '3.0'),
    },
  };
}

/** A relative path as a URI reference: each segment percent-encoded (spaces, #, ? and % would break it). */
export function pathToUri(file: string): string {
  return file
    .split('/')
    .map((seg) => (seg === '..' || seg === '.' ? seg : encodeURIComponent(seg)))
    .join('/');
}

function region(line: number, column: number, endLine?: number, endColumn?: number) {
  const startLine = Math.max(1, line);
  const startColumn = Math.max(1, column);
  if (endLine === undefined || endColumn === undefined) return { startLine, startColumn };
  const end = Math.max(startLine, endLine);
  // SARIF's endColumn is exclusive, like the finding's; an empty region still needs endColumn >= startColumn
  return { startLine, startColumn, endLine: end, endColumn: end === startLine ? Math.max(startColumn, endColumn) : Math.max(1, endColumn) };
}

function notification(d: Diagnostic) {
  return {
    level: d.severity === 'error' ? ('error' as const) : ('warning' as const),
    message: { text: d.message },
    ...(d.file
      ? { locations: [{ physicalLocation: { artifactLocation: { uri: pathToUri(d.file), uriBaseId: '%SRCROOT%' }, ...(d.line > 0 ? { region: region(d.line, d.column) } : {}) } }] }
      : {}),
  };
}

const SUPPRESSED_BY = { inline: 'crewtel-ignore comment', baseline: 'crewtel baseline', config: 'crewtel config' } as const;

function result(f: Finding, ruleIndex: number) {
  const where = f.exposure === 'default' ? 'sent by default' : f.exposure === 'share_crew' ? 'sent with share_crew' : 'not sent by telemetry';
  const text = f.category === 'config' ? f.message : `${f.entity} ${f.match} in ${f.field} (${where}${f.attributes.length ? `: ${f.attributes.join(', ')}` : ''})`;
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: pathToUri(f.file), uriBaseId: '%SRCROOT%' },
          region: region(f.line, f.column, f.endLine, f.endColumn),
        },
      },
    ],
    partialFingerprints: { 'crewtelFindingHash/v2': f.fingerprint },
    // accepted findings stay in the log, marked: code scanning shows them as dismissed, with the reason
    ...(f.suppressed
      ? {
          suppressions: [
            {
              kind: f.suppressed.kind === 'inline' ? ('inSource' as const) : ('external' as const),
              status: 'accepted' as const,
              justification: `${SUPPRESSED_BY[f.suppressed.kind]}${f.suppressed.reason ? `: ${f.suppressed.reason}` : ''}`,
            },
          ],
        }
      : {}),
    properties: { severity: f.severity, exposure: f.exposure, field: f.field, attributes: f.attributes, confidence: f.confidence },
  };
}

export function sarifLog(r: AuditReport) {
  const used = new Set([...r.findings, ...r.suppressed].map((f) => f.ruleId));
  const rules = [...r.rules, ...[...used].filter((id) => !r.rules.some((x) => x.id === id)).map((id) => ({ id, category: 'config' as const, description: id, defaultSeverity: 'medium' as const }))];
  const index = new Map(rules.map((x, i) => [x.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'crewtel', version: r.tool.version, semanticVersion: r.tool.version, informationUri: INFO_URI, rules: rules.map(rule) } },
        // parse errors: GitHub shows them as tool notifications of the upload
        invocations: [{ executionSuccessful: r.errors.length === 0, toolExecutionNotifications: r.errors.map(notification) }],
        columnKind: 'utf16CodeUnits',
        results: [...r.findings, ...r.suppressed].map((f) => result(f, index.get(f.ruleId)!)),
        properties: { crewaiVersion: r.crewaiVersion, crewaiVersionSource: r.crewaiVersionSource, summary: r.summary },
      },
    ],
  };
}

export function formatAuditSarif(r: AuditReport): string {
  return JSON.stringify(sarifLog(r), null, 2);
}
