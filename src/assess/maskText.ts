// Masking of text that is not itself a finding but can quote user text: field paths
// (they hold YAML keys: `agents.<key>.backstory`), diagnostics (`task "x" names agent "y"`).
// The same detectors decide what is personal data or a secret; each match is replaced
// by its masked form, so a CI log shows where, never what.
import type { Diagnostic } from '../core/diagnostics.js';
import { scanText } from '../scan/scanText.js';
import { maskValue } from './mask.js';

const IDENTIFIER = /^[A-Za-z0-9_-]+$/;
const cache = new Map<string, string>();

/** `text` with every detector match masked (prose scan, and each identifier-like part split into words). */
export function maskText(text: string): string {
  if (text.length < 3) return text;
  const known = cache.get(text);
  if (known !== undefined) return known;
  const ranges: { start: number; end: number; entity?: Parameters<typeof maskValue>[1] }[] = [];
  for (const m of scanText(text, { kind: 'prose' })) ranges.push({ start: m.start, end: m.end, entity: m.entity });
  // snake_case / dotted parts (`maria_garcia`) as identifiers
  let at = 0;
  for (const part of text.split(/[.\s"]/)) {
    if (part.length >= 3 && IDENTIFIER.test(part)) {
      for (const m of scanText(part, { kind: 'identifier' })) ranges.push({ start: at + m.start, end: at + m.end, entity: m.entity });
    }
    at += part.length + 1;
  }
  let out = text;
  if (ranges.length) {
    ranges.sort((a, b) => a.start - b.start || b.end - a.end);
    const merged: typeof ranges = [];
    for (const r of ranges) {
      const last = merged[merged.length - 1];
      if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
      else merged.push({ ...r });
    }
    out = '';
    let from = 0;
    for (const r of merged) {
      out += text.slice(from, r.start) + maskValue(text.slice(r.start, r.end), r.entity);
      from = r.end;
    }
    out += text.slice(from);
  }
  if (cache.size > 10_000) cache.clear();
  cache.set(text, out);
  return out;
}

/** A diagnostic whose quoted parts ("…") are masked where they hold personal data or secrets. */
export function maskDiagnostic(d: Diagnostic): Diagnostic {
  if (!d.message.includes('"')) return d;
  const message = d.message.replace(/"([^"\n]{1,2000})"/g, (_all, inner: string) => `"${maskText(inner)}"`);
  return message === d.message ? d : { ...d, message };
}

/** Free text the team wrote (a suppression's reason) can quote the value it accepts: masked like a finding's value. */
export function maskMatchesIn(text: string, showValues: boolean): string {
  return showValues || !text ? text : maskText(text);
}
