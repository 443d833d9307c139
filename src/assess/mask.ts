// Masking: enough shape to recognise what was found (an email, a card, a key of some
// provider), never the value. Applied once, in assess, so no formatter can print a raw
// value by mistake. At most about four meaningful characters survive (a first letter, the
// last two digits, a provider's public prefix such as `sk-` or `ghp_`).
import type { Entity } from '../scan/types.js';

/** Public, documented prefixes that say which provider a key belongs to (they are not secret). */
const KNOWN_PREFIX = /^(?:sk-ant-(?:api|admin)\d\d-|sk-(?:proj|svcacct|admin)-|sk-|[sr]k_(?:live|test)_|gh[pousr]_|github_pat_|xox[baprs]-|AKIA|ASIA|AIza|eyJ|-----BEGIN [A-Z ]*PRIVATE KEY-----|0x|bc1|[a-z][a-z0-9+.-]*:\/\/)/;
const SEPARATOR = /[\s.\-/:()+]/;

/** The first character of each word and `***` (never more than four words' initials). */
function initials(value: string): string {
  let words = 0;
  return value.replace(/\S+/gu, (w) => (words++ < 4 ? `${[...w][0]}***` : '***'));
}

function email(value: string): string {
  const at = value.lastIndexOf('@');
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  const host = dot > 0 ? domain.slice(0, dot) : domain;
  const tld = dot > 0 ? domain.slice(dot) : '';
  return `${[...local][0] ?? ''}***@${[...host][0] ?? ''}${'*'.repeat(Math.max(3, host.length - 1))}${tld.length <= 4 ? tld : '.***'}`;
}

/** Separators kept, every other character starred except the last `keep`. */
function keepShape(value: string, keep: number): string {
  const chars = [...value];
  const from = chars.length - keep;
  return chars.map((c, i) => (SEPARATOR.test(c) ? c : i >= from ? c : '*')).join('');
}

function mask(value: string, entity: Entity | undefined): string {
  if ([...value].length < 4) return '*'.repeat(Math.max(3, [...value].length));
  switch (entity) {
    case 'EMAIL_ADDRESS':
      return value.includes('@') ? email(value) : initials(value);
    case 'PERSON':
    case 'STREET_ADDRESS':
      return initials(value);
    case 'SECRET':
    case 'URL_CREDENTIALS':
    case 'CRYPTO_WALLET':
      return `${KNOWN_PREFIX.exec(value)?.[0] ?? ''}***`;
    case 'IBAN_CODE':
      return `${value.slice(0, 2)}${keepShape(value.slice(2), 2)}`;
    case 'DATE_OF_BIRTH':
    case 'IP_ADDRESS':
      return keepShape(value, 0);
    default: {
      // cards, phones, national ids: separators and the last two characters of a long value
      const digits = value.replace(/\D/g, '').length;
      return keepShape(value, digits >= 8 ? 2 : 0);
    }
  }
}

/** The masked form of a matched value; never the value itself, nor a text that contains it. */
export function maskValue(value: string, entity?: Entity): string {
  if (value.length === 0) return '';
  const masked = mask(value, entity);
  if (masked !== value && !(value.length >= 4 && masked.includes(value))) return masked;
  // values made of separators or stars ("....", "****") survive shape-keeping masks
  const stars = '*'.repeat(Math.max(3, [...value].length) + 1);
  return stars.includes(value) ? '<masked>' : stars;
}
