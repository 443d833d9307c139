import type { Detector } from '../types.js';
import { validSsn } from '../validators/nationalIds.js';

export const detectUsSsn: Detector = {
  id: 'pii/us-ssn',
  entity: 'US_SSN',
  category: 'pii',
  description: 'US Social Security number (area/group/serial rules)',
  quick: /\d{3}[- ]?\d\d[- ]?\d{4}/,
  patterns: [
    { name: 'ssn-dashed', regex: /(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])/g, score: 0.75 },
    { name: 'ssn-spaced', regex: /(?<!\d)(?<!\d )\d{3} \d{2} \d{4}(?! ?\d)/g, score: 0.5 },
    // nine bare digits are an SSN only next to an SSN word
    { name: 'ssn-plain', regex: /(?<![\d+-]|\d[ -])\d{9}(?![\d-]|[ -]\d)/g, score: 0.45 },
  ],
  context: ['ssn', 'social security', 'social-security', 'taxpayer', 'tin'],
  validate: validSsn,
  examples: {
    match: ['536-22-8817', 'SSN 536 22 8817', 'SSN: 536228817'],
    noMatch: ['000-12-3456', '666-12-3456', '912-34-5678', '536-00-8817', '2024-03-18', 'order 536228817'],
  },
};
