// Phone numbers, validated against libphonenumber metadata: international numbers (+CC or
// 00CC) for any country, national formats for the countries real crews are written in.
// A cheap regex finds phone-shaped runs first; only those are parsed (running
// libphonenumber's own text finder once per country was 100× slower).
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { Detector, RawMatch } from '../types.js';
import { dual, isAscii } from '../asciiTwin.js';

const NATIONAL: CountryCode[] = ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'BR', 'IN', 'PT', 'NL', 'AU', 'MX', 'BE', 'CH', 'IE', 'PL', 'SE', 'JP', 'KR', 'CN', 'IL'];
const CONTEXT = dual(/(?:^|[^\p{L}])(?:phone|tel|telephone|call|mobile|cell|whatsapp|sms|fax|ring|hotline|contact|dial|number|telefone|celular|ligue|teléfono|telefono|móvil|llame|téléphone|portable|appelez|numero|número|handy|rufnummer|cellulare|電話|电话|手机|전화|טלפון)/iu);

/** Regions whose numbers, written nationally, always start with the trunk 0 (CN, IN, BR, MX, US… do not) */
const TRUNK_ZERO = new Set<CountryCode>(['GB', 'DE', 'FR', 'NL', 'BE', 'CH', 'IE', 'SE', 'AU', 'JP', 'KR', 'IL']);
/** 'phone': the text speaks of phones; 'number': only of a "number"; false: neither */
type Context = 'phone' | 'number' | false;
const PHONE_WORD = dual(/(?:^|[^\p{L}])(?:phone|tel|telephone|call|mobile|cell|whatsapp|sms|fax|ring|hotline|dial|telefone|celular|ligue|teléfono|telefono|móvil|llame|téléphone|portable|appelez|handy|rufnummer|cellulare|電話|电话|手机|전화|טלפון)/iu);
const ID_BEFORE = dual(/(?:^|[^\p{L}])(?:part|order|serial|model|account|invoice|reference|ref|tracking|item|sku|batch|lot|ticket|case|policy|po|isbn|issn|pedido|fatura|factura|commande|bestell|artikel|rechnung)(?:[ \t]*(?:number|no\.?|nº|n°|#|id|número|numero|nummer|nr\.?))?(?:[ \t]+(?:is|was|é|es|est|ist))?[ \t]*[:#]?[ \t]*$/iu);

// Optional +CC / 00CC, optional (area), then digits with single separators. Separators are
// spaces, dots, dashes (never newlines); the run may not touch letters, digits, or an
// identifier-like neighbour (#12345, ORD-2024-…, v1.2.3).
const CANDIDATE = /(?<![\w+#./\-(])(?:\(?(?:\+|00)\d{1,3}\)?[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d(?:[ .-]?\d){5,16}(?![\w\-/]|\.\d)/g;
/** At least seven digits somewhere: cheaper than any regex for the common case of none. */
function sevenDigits(text: string): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++n >= 7) return true;
  }
  return false;
}

function shapeOk(raw: string): boolean {
  if (/^\d{4}[-./]\d{2}[-./]\d{2}$/.test(raw)) return false; // ISO date
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(raw)) return false; // IPv4
  if (/^\d{3}-\d{2}-\d{4}$/.test(raw)) return false; // the shape of a US SSN, valid or not
  if (/^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$/.test(raw)) return false; // d/m/y
  const dotted = raw.split('.');
  // version-like dotted runs: phone numbers written with dots have groups of 2–4 digits;
  // international ones may have a one-digit area (+33.1.02.90.16.87, +31.6.50120992)
  if (dotted.length > 2 && !/^\(?(?:\+|00)/.test(raw) && dotted.some((g) => g.replace(/\D/g, '').length < 2)) return false;
  return true;
}

/** Score of one phone-shaped run (0 when it is no phone number). */
function judge(raw: string, context: Context): number {
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15 || /^(\d)\1+$/.test(digits) || !shapeOk(raw)) return 0;
  if (/^\(?(?:\+|00)/.test(raw)) {
    // (+44) 20 7946 0958 and 0044 20 7946 0958 are +44 20 7946 0958
    const intl = raw.replace(/^\(?(?:\+|00)(\d{1,3})\)?/, '+$1');
    const p = parsePhoneNumberFromString(intl);
    if (p?.isValid()) return 0.85;
    // a possible but unassigned number (555 numbers in examples) still counts next to phone words
    return context === 'phone' && p?.isPossible() ? 0.65 : 0;
  }
  // a national number needs a phone-like shape: parentheses or three groups ("2024-00017" is an
  // invoice number), unless the text speaks of phones ("number: 030 12345678")
  if (!/[()]/.test(raw) && raw.split(/[ .-]/).length < (context ? 2 : 3)) return 0;
  let best = 0;
  const zero = digits.startsWith('0');
  for (const country of NATIONAL) {
    // written the way that region writes its numbers: with the trunk 0 where it has one
    // ("4417-2210-9931" is no British or German number, 01722 109931 would be)
    if (!zero && TRUNK_ZERO.has(country)) continue;
    const p = parsePhoneNumberFromString(raw, country);
    if (!p) continue;
    const valid = p.isValid();
    if (!valid && !(context === 'phone' && p.isPossible())) continue;
    if (valid) return context ? 0.8 : 0.6;
    best = 0.6;
  }
  return best;
}

function find(text: string): RawMatch[] {
  if (!sevenDigits(text)) return [];
  const out: RawMatch[] = [];
  const a = isAscii(text);
  const phoneWords = CONTEXT.for(a).test(text);
  for (const m of text.matchAll(CANDIDATE)) {
    let raw = m[0];
    // "Part number 1006 021 7526", "Order 4417-2210-9931": the number of a thing, not of a phone
    const before = text.slice(Math.max(0, m.index - 32), m.index);
    if (ID_BEFORE.for(a).test(before)) continue;
    const context: Context = !phoneWords ? false : PHONE_WORD.for(a).test(text) ? 'phone' : 'number';
    // a date, an IP address or a version as a whole: none of its parts is a phone number
    if (!shapeOk(raw)) continue;
    // "call 020 7946 0958 2 times": when the whole run is no number, drop a short trailing group
    // (never a 3–4 digit group: a card number that fails Luhn must not become a phone number)
    let score = judge(raw, context);
    const short = /^(.*\d) \d{1,2}$/.exec(raw);
    if (!score && short) {
      raw = short[1];
      score = judge(raw, context);
    }
    if (score) out.push({ start: m.index, end: m.index + raw.length, score });
  }
  return out;
}

export const detectPhone: Detector = {
  id: 'pii/phone',
  entity: 'PHONE_NUMBER',
  category: 'pii',
  description: 'Phone number valid per libphonenumber metadata (international and national formats)',
  quick: /\d/,
  patterns: [],
  find,
  minScore: 0.6,
  examples: {
    match: ['+44 20 7946 0958', '(+44) 20 7946 0958', '+1 415-555-2671', 'call (415) 555-2671', 'Telefone: +55 11 98765-4321', 'phone: (555) 123-4567', 'Ring 415.555.2671 today', '0049 30 12345678', 'Mobile: 06 12 34 56 78', 'Tel. +33.1.42.68.53.00', 'WhatsApp +31.6.50120992'],
    noMatch: ['Part number 1006 021 7526 is discontinued', 'Order 4417-2210-9931 shipped', 'Reference: 2210 4417 9931', 'The ISBN is 978-3-16-148410-0.', 'ORD-2024-118834', '2024-03-18', 'version 1.15.17', '1234567', 'ticket #4155552671', 'build 4155552671', '192.168.10.24', 'v2.10.33.4', '18/04/2024', 'Invoice 2024-00017 is paid', 'SSN 123-45-6789'],
  },
};
