// preview shows values as CrewAI would send them; the ones that look like personal data
// or secrets are masked with the same detectors and the same masking as audit, unless
// --show-values. JSON-list attributes (crew_agents, crew_tasks) are masked leaf by leaf
// and encoded again like Python's json.dumps, so escaped text (\u00e9) is seen too.
import type { PreviewReport } from '../report/preview/report.js';
import { scanText } from '../scan/scanText.js';
import { pyJsonDumps } from '../telemetry/pyjson.js';
import { maskValue } from './mask.js';

const IDENTIFIER = /^[A-Za-z0-9_.-]+$/;

export class TextMasker {
  private readonly cache = new Map<string, string>();
  /** how many values were masked */
  count = 0;

  /** The text with every detected value masked in place. */
  text(text: string): string {
    if (text.trim().length < 3) return text;
    let out = this.cache.get(text);
    if (out === undefined) {
      out = maskMatches(text);
      this.cache.set(text, out);
    }
    if (out !== text) this.count++;
    return out;
  }

  /** A JSON-encoded attribute value: masked leaf by leaf, re-encoded only when something changed. */
  json(text: string): string {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return this.text(text);
    }
    let changed = false;
    const walk = (v: unknown): unknown => {
      if (typeof v === 'string') {
        const m = this.text(v);
        if (m !== v) changed = true;
        return m;
      }
      if (Array.isArray(v)) return v.map(walk);
      if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
      return v;
    };
    const masked = walk(parsed);
    return changed ? pyJsonDumps(masked) : text;
  }
}

function maskMatches(text: string): string {
  const matches = scanText(text, { kind: IDENTIFIER.test(text) ? 'identifier' : 'prose' }).sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const m of matches) {
    if (m.start < pos) continue;
    out += text.slice(pos, m.start) + maskValue(m.text, m.entity);
    pos = m.end;
  }
  return out + text.slice(pos);
}

/** Masks user values, span triggers and conditions, and notes (they quote kickoff inputs). Returns how many values were masked. */
export function maskPreview(report: PreviewReport): number {
  const masker = new TextMasker();
  for (const span of report.spans) {
    span.trigger = masker.text(span.trigger);
    if (span.condition) span.condition = masker.text(span.condition);
    for (const a of span.attributes) {
      if (a.condition) a.condition = masker.text(a.condition);
      if (!a.fromUser || typeof a.value !== 'string') continue;
      a.value = /^[[{]/.test(a.value) ? masker.json(a.value) : masker.text(a.value);
    }
  }
  report.notes = report.notes.map((n) => masker.text(n));
  return masker.count;
}
