import type { Detector } from '../types.js';
import { luhn } from '../validators/luhn.js';

// Issuer prefixes: Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro
// card groupings: 4-4-4-4(-3), 4-4-4-1..3 (13/14/15 digits), 4-6-4 and 4-6-5 (Amex, Diners)
const CARD_GROUPING = /^(?:4,4,4,[1-4](?:,[1-3])?|4,6,[45])$/;
const IIN = /^(4|5[1-5]|2[2-7]|3[47]|6011|65|64[4-9]|35|3[0689]|62|50|5[6-9]|6[37])/;

export const detectCreditCard: Detector = {
  id: 'pii/credit-card',
  entity: 'CREDIT_CARD',
  category: 'pii',
  description: 'Payment card number (Luhn-valid, known issuer prefix)',
  quick: /\d{4}/,
  patterns: [{ name: 'card', regex: /(?<![\w+-])(?:\d[ -]?){12,18}\d(?![\w-])/g, score: 0.9 }],
  context: ['card', 'credit', 'visa', 'mastercard', 'amex', 'payment', 'cartão', 'tarjeta', 'carte'],
  validate: (m) => {
    const d = m.replace(/\D/g, '');
    if (d.length < 13 || d.length > 19 || !IIN.test(d) || /^(\d)\1+$/.test(d)) return false;
    // grouping must look like a card: no separators, or groups of 4 (Amex 4-6-5)
    const groups = m.split(/[ -]/).map((g) => g.length);
    if (groups.length > 1 && !CARD_GROUPING.test(groups.join(','))) return false;
    return luhn(d);
  },
  examples: {
    match: ['4111 1111 1111 1111', '5500-0000-0000-0004', '378282246310005', '6011111111111117', '3782 822463 10005', '3056 9309 0259 04', '3056 930902 5904'],
    noMatch: ['WhatsApp +5521992811125', '4111 1111 1111 1112', '1234 5678 9012 3456', 'ORD-2024-118834', '2024-03-18', '41 11 11 11 11 11 11 11'],
  },
};
