import type { Detector } from '../types.js';
import { luhn } from '../validators/luhn.js';

// Issuer prefixes: Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro
const IIN = /^(4|5[1-5]|2[2-7]|3[47]|6011|65|64[4-9]|35|3[0689]|62|50|5[6-9]|6[37])/;

export const detectCreditCard: Detector = {
  id: 'pii/credit-card',
  entity: 'CREDIT_CARD',
  category: 'pii',
  description: 'Payment card number (Luhn-valid, known issuer prefix)',
  patterns: [{ name: 'card', regex: /(?<![\w-])(?:\d[ -]?){12,18}\d(?![\w-])/g, score: 0.9 }],
  context: ['card', 'credit', 'visa', 'mastercard', 'amex', 'payment', 'cartão', 'tarjeta', 'carte'],
  validate: (m) => {
    const d = m.replace(/\D/g, '');
    if (d.length < 13 || d.length > 19 || !IIN.test(d) || /^(\d)\1+$/.test(d)) return false;
    // grouping must look like a card: no separators, or groups of 4 (Amex 4-6-5)
    const groups = m.split(/[ -]/);
    if (groups.length > 1 && !groups.every((g) => g.length >= 4 && g.length <= 6)) return false;
    return luhn(d);
  },
  examples: {
    match: ['4111 1111 1111 1111', '5500-0000-0000-0004', '378282246310005', '6011111111111117'],
    noMatch: ['4111 1111 1111 1112', '1234 5678 9012 3456', 'ORD-2024-118834', '2024-03-18'],
  },
};
