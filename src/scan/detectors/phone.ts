// Phone numbers, validated against libphonenumber metadata: international numbers
// (+CC …) in any country, national formats for common countries.
import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/max';
import type { Detector, RawMatch } from '../types.js';

const NATIONAL: CountryCode[] = ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'BR', 'IN', 'PT', 'NL'];
const CONTEXT = /\b(phone|tel|telephone|call|mobile|cell|whatsapp|sms|fax|ring|contact|telefone|teléfono|telefono|téléphone|numero|número|handy)\b/i;

function find(text: string): RawMatch[] {
  if (!/\d[^\d\n]{0,3}\d[^\d\n]{0,3}\d[^\d\n]{0,3}\d[^\d\n]{0,3}\d[^\d\n]{0,3}\d/.test(text)) return [];
  const out = new Map<string, RawMatch>();
  const accept = (start: number, end: number, score: number) => {
    const raw = text.slice(start, end);
    const before = text[start - 1] ?? ' ';
    const after = text[end] ?? ' ';
    // part of an identifier, order number, date or version: not a phone number
    if (/[\w\-/#.:]/.test(before) && before !== '(' && !/\s/.test(before)) return;
    if (/[\w\-/]/.test(after)) return;
    if (/^\d{4}-\d{2}-\d{2}/.test(raw) || /^\d+(\.\d+){2,}$/.test(raw)) return;
    const digits = raw.replace(/\D/g, '');
    if (digits.length < 7 || /^(\d)\1+$/.test(digits)) return;
    const key = `${start}:${end}`;
    const prev = out.get(key);
    if (!prev || prev.score < score) out.set(key, { start, end, score });
  };
  const context = CONTEXT.test(text);
  for (const m of findPhoneNumbersInText(text)) {
    if (m.number.isValid()) accept(m.startsAt, m.endsAt, 0.85);
    // a possible but unassigned number (555 numbers in examples) still counts next to phone words
    else if (context && m.number.isPossible()) accept(m.startsAt, m.endsAt, 0.65);
  }
  for (const country of NATIONAL) {
    for (const m of findPhoneNumbersInText(text, { defaultCountry: country })) {
      const raw = text.slice(m.startsAt, m.endsAt);
      if (raw.trim().startsWith('+')) continue;
      // a national number needs a phone-like shape: separators or parentheses
      if (!/[\s().-]/.test(raw.trim())) continue;
      if (m.number.isValid()) accept(m.startsAt, m.endsAt, context ? 0.8 : 0.6);
      else if (context && m.number.isPossible()) accept(m.startsAt, m.endsAt, 0.6);
    }
  }
  return [...out.values()];
}

export const detectPhone: Detector = {
  id: 'pii/phone',
  entity: 'PHONE_NUMBER',
  category: 'pii',
  description: 'Phone number valid per libphonenumber metadata (international and national formats)',
  patterns: [],
  find,
  minScore: 0.6,
  examples: {
    match: ['+44 20 7946 0958', '+1 415-555-2671', 'call (415) 555-2671', 'Telefone: +55 11 98765-4321', 'phone: (555) 123-4567'],
    noMatch: ['ORD-2024-118834', '2024-03-18', 'version 1.15.17', '1234567', 'ticket #4155552671'],
  },
};
