import { jsonChunks } from '../../core/jsonChunks.js';
import type { AuditReport } from './report.js';

/**
 * The contract's JSON shape (cli-contract.md, `audit --format json`), as JSON.stringify(…, null, 2)
 * in pieces: a large report is written without being held as one string.
 */
export function auditJsonChunks(r: AuditReport): Generator<string> {
  const out = {
    tool: r.tool,
    crewaiVersion: r.crewaiVersion,
    crewaiVersionSource: r.crewaiVersionSource,
    notes: r.notes,
    crews: r.crews,
    ...(r.outsideCrews ? { outsideCrews: r.outsideCrews } : {}),
    findings: r.findings.map(({ suppressed: _s, ...f }) => f),
    // accepted findings, each with suppressed: {kind: inline|baseline|config, reason}
    suppressed: r.suppressed,
    failOn: r.failOn,
    failOnAdvisories: r.failOnAdvisories,
    errors: r.errors.map(({ file, line, column, message }) => ({ file, line, column, message })),
    warnings: r.warnings.map(({ file, line, column, message }) => ({ file, line, column, message })),
    summary: r.summary,
  };
  return jsonChunks(out);
}
