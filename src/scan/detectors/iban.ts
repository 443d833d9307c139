import type { Detector } from '../types.js';
import { validIban } from '../validators/iban.js';

export const detectIban: Detector = {
  id: 'pii/iban',
  entity: 'IBAN_CODE',
  category: 'pii',
  description: 'IBAN (per-country length and mod-97 check)',
  quick: /[A-Z]{2}\d\d/,
  patterns: [{ name: 'iban', regex: /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b/g, score: 0.95 }],
  context: ['iban', 'bank', 'account', 'transfer', 'konto', 'cuenta', 'conta', 'compte'],
  validate: validIban,
  examples: {
    match: ['GB82 WEST 1234 5698 7654 32', 'DE89370400440532013000', 'FR1420041010050500013M02606'],
    noMatch: ['GB82 WEST 1234 5698 7654 33', 'DE12345678901234567890', 'US12 3456 7890'],
  },
};
