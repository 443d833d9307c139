// SARIF 2.1.0 for GitHub code scanning: one rule per detector/config rule, results
// with regions from the finding's line/column, partialFingerprints from the finding's
// line-independent fingerprint, values masked as everywhere else.
import type { Finding, RuleMeta, Severity } from '../../assess/types.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import type { AuditReport } from './report.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { high: 'error', medium: 'warning', low: 'note' };
const INFO_URI = 'https://github.com/crewtel/crewtel';

function rule(r: RuleMeta) {
  const what = r.category === 'config' ? 'a setting or release behaviour that widens what CrewAI telemetry sends' : `${r.entity ?? r.category} in a string CrewAI telemetry can carry`;
  return {
    id: r.id,
    name: r.id.replace(/[/-](\w)/g, (_m, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
    shortDescription: { text: r.description },
    fullDescription: { text: `${r.description}: ${what}.` },
    help: {
      text: `${r.description}. Remove the value from the field, move it to run-time inputs that are not interpolated into default attributes, or accept it with '# crewtel-ignore ${r.id} -- reason'.`,
      markdown: `**${r.description}**\n\nRemove the value, or accept it with \`# crewtel-ignore ${r.id} -- reason\` on the line above.`,
    },
    defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
    properties: { tags: ['privacy', r.category, ...(r.entity ? [r.entity] : [])] },
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
    partialFingerprints: { 'crewtelFindingHash/v1': f.fingerprint },
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
