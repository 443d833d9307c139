// Runs every detector over one string: a cheap pre-check, patterns (or the detector's own
// finder), validators, context words, minimum scores, then overlap resolution: when two
// matches overlap, the detector earlier in the registry (the more specific one) wins, so
// an email inside URL credentials, a card number read as a phone number or an IBAN read
// as digits is reported once, as the more specific entity. Offsets are exact offsets into
// the given text.
import { detectors } from './detectors/index.js';
import type { Detector, Match, RawMatch, ScanOptions } from './types.js';
import { pushAll } from '../core/arrays.js';
import { dual, isAscii, type Dual } from './asciiTwin.js';

const DEFAULT_MIN_SCORE = 0.5;
const CONTEXT_BOOST = 0.15;
/** how far context words are looked for: before the match, and after it */
const CONTEXT_BEFORE = 48;
const CONTEXT_AFTER = 24;
const NEGATIVE_BEFORE = 16;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: string[]) => words.map((w) => escape(w).replace(/\s+/g, '\\s+')).join('|');

/** context words as whole words ("ip" must not match inside "ship") */
const contextPattern = (words: string[]) => dual(new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(words)})(?![\\p{L}])`, 'iu'));
/** negative context words ending right before the match ("version 2.0.1.4") */
const negativePattern = (words: string[]) => dual(new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(words)})\\s*$`, 'iu'));

/**
 * A detector's context patterns, built when it first has a match to judge: a Unicode,
 * case-insensitive pattern costs ~0.5 ms to build and compile, and most detectors never
 * match in a small project.
 */
class Compiled {
  private contextRe?: Dual | null;
  private negativeRe?: Dual | null;
  /** each pattern and quick check with its ASCII twin (scan/asciiTwin.ts) */
  readonly quick: Dual | undefined;
  readonly patterns: { regex: Dual; quick?: Dual; score: number }[];
  constructor(
    readonly detector: Detector,
    readonly priority: number,
  ) {
    this.quick = detector.quick && dual(detector.quick);
    this.patterns = detector.patterns.map((p) => ({ regex: dual(p.regex), ...(p.quick ? { quick: dual(p.quick) } : {}), score: p.score }));
  }
  context(ascii: boolean): RegExp | undefined {
    if (this.contextRe === undefined) this.contextRe = this.detector.context?.length ? contextPattern(this.detector.context) : null;
    return this.contextRe?.for(ascii);
  }
  negative(ascii: boolean): RegExp | undefined {
    if (this.negativeRe === undefined) this.negativeRe = this.detector.negativeContext?.length ? negativePattern(this.detector.negativeContext) : null;
    return this.negativeRe?.for(ascii);
  }
}

let compiled: Compiled[] | undefined;
function compile(): Compiled[] {
  compiled ??= detectors.map((detector, priority) => new Compiled(detector, priority));
  return compiled;
}

function raw(c: Compiled, text: string, ascii: boolean, options: ScanOptions): RawMatch[] {
  const d = c.detector;
  const out: RawMatch[] = [];
  for (const p of c.patterns) {
    if (p.quick && !p.quick.for(ascii).test(text)) continue;
    const regex = p.regex.for(ascii);
    regex.lastIndex = 0;
    for (const m of text.matchAll(regex)) {
      const value = m.groups?.value;
      const start = value !== undefined ? m.index + m[0].indexOf(value) : m.index;
      out.push({ start, end: start + (value ?? m[0]).length, score: p.score });
    }
  }
  if (d.find) pushAll(out, d.find(text, options));
  return out;
}

type Candidate = Match & { priority: number };

export function scanText(text: string, options: ScanOptions = {}): Match[] {
  if (!text) return [];
  const candidates: Candidate[] = [];
  const ascii = isAscii(text);
  for (const c of compile()) {
    const { detector: d, priority } = c;
    if (c.quick && !c.quick.for(ascii).test(text)) continue;
    const floor = Math.max(d.minScore ?? DEFAULT_MIN_SCORE, options.minScore ?? 0);
    for (const m of raw(c, text, ascii, options)) {
      if (m.end <= m.start) continue;
      const context = c.context(ascii);
      const negative = c.negative(ascii);
      const value = text.slice(m.start, m.end);
      if (d.validate && !d.validate(value)) continue;
      if (negative && negative.test(text.slice(Math.max(0, m.start - NEGATIVE_BEFORE), m.start))) continue;
      const near = context ? context.test(text.slice(Math.max(0, m.start - CONTEXT_BEFORE), Math.min(text.length, m.end + CONTEXT_AFTER))) : false;
      if (!near && d.needsContext?.(value)) continue;
      const score = Math.min(1, m.score + (near ? CONTEXT_BOOST : 0));
      if (score < floor) continue;
      candidates.push({ ruleId: d.id, entity: d.entity, category: d.category, start: m.start, end: m.end, text: value, score: Math.round(score * 100) / 100, priority });
    }
  }
  if (candidates.length > 1) candidates.sort((a, b) => a.priority - b.priority || b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Match[] = [];
  const taken = new Coverage(text.length);
  for (const c of candidates) {
    if (taken.any(c.start, c.end)) continue;
    taken.mark(c.start, c.end);
    const { priority: _priority, ...match } = c;
    kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Which offsets kept matches cover. Kept matches never overlap, so each offset is marked
 * at most once (O(n log n) in total) and each overlap test is one O(log n) range sum:
 * resolving K candidates is O(K log K + n log n), not O(K²).
 */
export class Coverage {
  private tree?: Int32Array;
  /** kept intervals while there are few (the common case: no allocation per text size) */
  private few: [number, number][] = [];

  constructor(private readonly size: number) {}

  /** work done so far, for tests that assert on growth instead of time */
  steps = 0;

  any(start: number, end: number): boolean {
    if (!this.tree) {
      for (const [s, e] of this.few) {
        this.steps++;
        if (start < e && s < end) return true;
      }
      return false;
    }
    return this.prefix(end) - this.prefix(start) > 0;
  }

  mark(start: number, end: number): void {
    if (!this.tree) {
      this.few.push([start, end]);
      if (this.few.length <= 16) return;
      this.tree = new Int32Array(this.size + 1);
      for (const [s, e] of this.few) this.addRange(s, e);
      this.few = [];
      return;
    }
    this.addRange(start, end);
  }

  private addRange(start: number, end: number): void {
    for (let p = start; p < end; p++) for (let i = p + 1; i <= this.size; i += i & -i, this.steps++) this.tree![i] += 1;
  }

  private prefix(n: number): number {
    let sum = 0;
    for (let i = n; i > 0; i -= i & -i, this.steps++) sum += this.tree![i];
    return sum;
  }
}
