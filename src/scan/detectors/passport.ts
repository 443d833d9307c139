import type { Detector, RawMatch } from '../types.js';

// Passport numbers have no checksum of their own: only a number next to the word counts.
const CUE = /\b(?:passport|passaporte|pasaporte|passeport|reisepass|passaporto)(?:\s+(?:no\.?|number|n[º°o]\.?|num(?:ber|éro|ero)?|#))?\s*[:#]?\s*/gi;
const NUMBER = /^(?=[A-Z0-9]*\d)[A-Z0-9]{6,9}(?![\w])/;

function find(text: string): RawMatch[] {
  const out: RawMatch[] = [];
  for (const cue of text.matchAll(CUE)) {
    const at = cue.index + cue[0].length;
    const m = NUMBER.exec(text.slice(at, at + 12));
    if (m && !/^\d{4}$/.test(m[0])) out.push({ start: at, end: at + m[0].length, score: 0.8 });
  }
  return out;
}

export const detectPassport: Detector = {
  id: 'pii/passport',
  entity: 'PASSPORT',
  category: 'pii',
  description: 'Passport number (next to the word passport)',
  quick: /pas[sa]|reisepass/i,
  patterns: [],
  find,
  examples: { match: ['passport number 533380006', 'Passport: K8492031', 'passaporte nº FT123456'], noMatch: ['passport renewal process', 'passport office hours 2024', 'order 533380006'] },
};
