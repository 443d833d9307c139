// Runs every detector over one string: patterns, validators, context words, then
// overlap resolution (the more specific detector wins). Offsets are exact.
import { detectors } from './detectors/index.js';
import type { Detector, Match, RawMatch, ScanOptions } from './types.js';

const DEFAULT_MIN_SCORE = 0.5;
const CONTEXT_BOOST = 0.15;
const CONTEXT_WINDOW = 48;

function contextHit(text: string, start: number, end: number, words: string[] | undefined): boolean {
  if (!words?.length) return false;
  const around = text.slice(Math.max(0, start - CONTEXT_WINDOW), Math.min(text.length, end + 16)).toLowerCase();
  return words.some((w) => around.includes(w));
}

/** A negative context word as a whole word just before the match ("server" must not count as "ver"). */
function negativeHit(text: string, start: number, words: string[]): boolean {
  const before = text.slice(Math.max(0, start - 16), start).toLowerCase();
  return words.some((w) => new RegExp(`(?:^|[^\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'u').test(before));
}

function runDetector(d: Detector, text: string, options: ScanOptions): RawMatch[] {
  const out: RawMatch[] = [];
  for (const p of d.patterns) {
    p.regex.lastIndex = 0;
    for (const m of text.matchAll(p.regex)) {
      const value = m.groups?.value;
      const start = value !== undefined ? m.index + m[0].indexOf(value) : m.index;
      const end = start + (value ?? m[0]).length;
      out.push({ start, end, score: p.score });
    }
  }
  if (d.find) out.push(...d.find(text, options));
  return out;
}

export function scanText(text: string, options: ScanOptions = {}): Match[] {
  const candidates: (Match & { priority: number })[] = [];
  detectors.forEach((d, priority) => {
    for (const raw of runDetector(d, text, options)) {
      const value = text.slice(raw.start, raw.end);
      if (d.validate && !d.validate(value)) continue;
      if (d.negativeContext && negativeHit(text, raw.start, d.negativeContext)) continue;
      const hasContext = contextHit(text, raw.start, raw.end, d.context);
      if (!hasContext && d.needsContext?.(value)) continue;
      const score = Math.min(1, raw.score + (hasContext ? CONTEXT_BOOST : 0));
      if (score < (d.minScore ?? DEFAULT_MIN_SCORE)) continue;
      candidates.push({ ruleId: d.id, entity: d.entity, category: d.category, start: raw.start, end: raw.end, text: value, score, priority });
    }
  });
  candidates.sort((a, b) => a.priority - b.priority || b.score - a.score || b.end - b.start - (a.end - a.start));
  const kept: Match[] = [];
  for (const c of candidates) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    const { priority: _p, ...m } = c;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
