import type { Detector, RawMatch } from '../types.js';

// A date counts as a date of birth only next to birth words (event dates must not fire).
const CUE = /\b(?:born(?:\s+on)?|date\s+of\s+birth|d\.?o\.?b\.?|birth\s*date|birthday|nascid[oa](?:\s+em)?|data\s+de\s+nascimento|fecha\s+de\s+nacimiento|nacid[oa](?:\s+el)?|né(?:e)?\s+le|date\s+de\s+naissance|geboren(?:\s+am)?|geburtsdatum|nato\s+il|nata\s+il|data\s+di\s+nascita)\b\s*(?:[:\-–=]|\b(?:is|was|of)\b)?\s*/gi;
const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DATE = new RegExp(
  `^(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})|(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\.?,?\\s+\\d{4})`,
  'i',
);

function find(text: string): RawMatch[] {
  const out: RawMatch[] = [];
  for (const cue of text.matchAll(CUE)) {
    const at = cue.index + cue[0].length;
    const m = DATE.exec(text.slice(at, at + 40));
    if (m) out.push({ start: at, end: at + m[0].length, score: 0.85 });
  }
  return out;
}

export const detectDateOfBirth: Detector = {
  id: 'pii/date-of-birth',
  entity: 'DATE_OF_BIRTH',
  category: 'pii',
  description: 'Date of birth (a date next to birth words)',
  patterns: [],
  find,
  examples: {
    match: ['born on 1985-04-12', 'Date of birth: 12/04/1985', 'DOB: March 3, 1979', 'nascido em 03/07/1990', 'her date of birth is 12 April 1985'],
    noMatch: ['shipped on 2024-03-18', 'the launch on March 3, 2024', 'Q3 2024 report'],
  },
};
