// Personal data and secrets in user-authored strings: scan each string once, place
// each match at its exact source location, and weigh it by how far the field travels.

import { maskValue } from './mask.js';
import { fieldExposure } from './exposure.js';
import { findingFingerprint, rememberLegacyFingerprint, valueFingerprint } from './fingerprint.js';
import { maskText } from './maskText.js';
import type { Finding, Severity } from './types.js';
import { NO_POLICY, type Policy } from './policy.js';
import type { Crew, FieldString } from '../model/types.js';
import { isExampleValue } from '../scan/exampleValues.js';
import { scanText } from '../scan/scanText.js';
import type { Match } from '../scan/types.js';

/** Below this score a match is reported as low, whatever the field (weak evidence). */
export const WEAK_MATCH_SCORE = 0.6;

const IDENTIFIER = /^[A-Za-z0-9_.-]+$/;

export interface ContentContext {
  crews: Map<string, Crew>;
  defaultVersion: string;
  showValues: boolean;
  policy?: Policy;
}

export function contentFindings(strings: FieldString[], ctx: ContentContext): Finding[] {
  const out: Finding[] = [];
  const policy = ctx.policy ?? NO_POLICY;
  const scanned = new Map<string, Match[]>();
  for (const fs of strings) {
    const text = fs.value.value;
    if (text.trim().length < 3) continue;
    // identifiers (tool, method and flow names without spaces) are split into words; anything else is prose
    const kind = IDENTIFIER.test(text) ? 'identifier' : 'prose';
    const cacheKey = `${kind}\0${text}`;
    let matches = scanned.get(cacheKey);
    if (!matches) {
      matches = scanText(text, { kind });
      scanned.set(cacheKey, matches);
    }
    if (matches.length === 0) continue;
    const crew = fs.crewId ? ctx.crews.get(fs.crewId) : undefined;
    const version = crew?.release?.version ?? ctx.defaultVersion;
    const exp = fieldExposure(fs.slot, version, crew, fs.value);
    // the field path holds YAML keys: masked like values, unless --show-values
    const field = ctx.showValues ? fs.field : maskText(fs.field);
    const maskedField = ctx.showValues ? maskText(fs.field) : field;
    const ordinals = new Map<string, number>();
    for (const m of matches) {
      const ordinal = (ordinals.get(m.ruleId) ?? 0) + 1;
      ordinals.set(m.ruleId, ordinal);
      if (policy.disabled(m.ruleId)) continue;
      const span = fs.value.locate(m.start, m.end);
      const allowedBy = policy.allowedBy(span.file, m.text);
      // documentation values (example.com, 192.0.2.x, 555-01xx, ghp_xxxx…) are shown, at low, and never fail the default gate
      const example = isExampleValue(m.entity, m.text);
      const severity: Severity = example ? 'low' : policy.severity(m.ruleId, m.score < WEAK_MATCH_SCORE ? 'low' : exp.severity);
      out.push({
        ruleId: m.ruleId,
        category: m.category,
        entity: m.entity,
        severity,
        confidence: round(m.score),
        file: span.file,
        line: span.start.line,
        column: span.start.column,
        endLine: span.end.line,
        endColumn: span.end.column,
        field,
        exposure: exp.exposure,
        attributes: exp.attributes,
        match: ctx.showValues ? m.text : maskValue(m.text, m.entity),
        message: (example ? `Example value (${exampleKind(m)}): ` : '') + message(m, exp.exposure, exp.attributes) + (exp.detail ? `; ${exp.detail}` : ''),
        example,
        crews: fs.crewId ? [fs.crewId] : [],
        fingerprint: valueFingerprint(m.ruleId, span.file, maskedField, m.entity ?? m.category, ordinal, m.text),
        ...(allowedBy ? { suppressed: { kind: 'config' as const, reason: allowedBy } } : {}),
      });
      rememberLegacyFingerprint(out[out.length - 1], findingFingerprint(m.ruleId, span.file, fs.field, m.text));
    }
  }
  return out;
}

function message(m: Match, exposure: string, attributes: string[]): string {
  const what = m.category === 'secret' ? 'Secret' : `Personal data (${m.entity})`;
  if (exposure === 'default') return `${what} is sent by default in ${attributes.join(', ')}`;
  if (exposure === 'share_crew') return `${what} is sent when share_crew is on, in ${attributes.join(', ')}`;
  return `${what} in a field CrewAI telemetry does not send`;
}

function exampleKind(m: Match): string {
  if (m.entity === 'EMAIL_ADDRESS') return 'reserved documentation domain';
  if (m.entity === 'IP_ADDRESS') return 'documentation address range';
  if (m.entity === 'PHONE_NUMBER') return 'number range reserved for fiction';
  if (m.entity === 'PERSON') return 'placeholder name of documentation and forms';
  return 'placeholder, not a real key';
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
