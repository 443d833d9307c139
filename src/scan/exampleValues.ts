// Example values: documentation that looks like data. Reserved domains (RFC 2606 / RFC 6761),
// documentation IP ranges (RFC 5737, RFC 3849), fictional phone ranges (NANP 555-0100–0199,
// Ofcom's drama numbers), all-x / all-zero placeholder secrets and the placeholder people of
// forms (John Doe, Max Mustermann, 张三). A match on one of these is still reported, so a
// reviewer sees it, but as an `example` finding at low severity: it never fails the default
// gate. The decision is on the matched value alone.
import type { Entity } from './types.js';

/** example.com/.net/.org and their subdomains, and the reserved TLDs .example, .test, .invalid, .localhost */
export function isReservedDomain(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return /(?:^|\.)example\.(?:com|net|org)$/.test(h) || /(?:^|\.)(?:example|test|invalid|localhost)$/.test(h);
}

function ipv4(text: string): number[] | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  return m ? m.slice(1).map(Number) : undefined;
}

/** 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 (RFC 5737) and 2001:db8::/32 (RFC 3849) */
export function isDocumentationIp(text: string): boolean {
  const v4 = ipv4(text.replace(/\/\d+$/, ''));
  if (v4) {
    const [a, b, c] = v4;
    return (a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113);
  }
  return /^2001:0?db8(?::|$)/i.test(text);
}

// Ofcom's numbers for drama (national significant numbers, without the leading 0)
const UK_DRAMA: [string, number, number][] = [
  ['2079460', 0, 999], ['1134960', 0, 999], ['1144960', 0, 999], ['1154960', 0, 999], ['1164960', 0, 999], ['1174960', 0, 999],
  ['1184960', 0, 999], ['1214960', 0, 999], ['1314960', 0, 999], ['1414960', 0, 999], ['1514960', 0, 999], ['1614960', 0, 999],
  ['2896496', 0, 999], ['2920180', 0, 999], ['1632960', 0, 999], ['7700900', 0, 999], ['8081570', 0, 999], ['9098790', 0, 999], ['3069990', 0, 999],
];

/** NANP 555-0100 … 555-0199 (any area code) and the UK's drama ranges */
export function isFictionalPhone(text: string): boolean {
  let d = text.replace(/\D/g, '');
  if (/^\+?1/.test(text.trim()) && d.length === 11) d = d.slice(1);
  if (d.length === 10 && /^[2-9]\d{2}55501\d{2}$/.test(d) && !text.trim().startsWith('+44')) return true;
  // UK: +44 or a national 0
  let nsn: string | undefined;
  if (/^\+?44/.test(text.replace(/[\s().-]/g, '')) && d.startsWith('44')) nsn = d.slice(2);
  else if (d.startsWith('0')) nsn = d.slice(1);
  if (!nsn || nsn.length < 9 || nsn.length > 10) return false;
  return UK_DRAMA.some(([prefix]) => nsn.startsWith(prefix) && nsn.length === prefix.length + 3);
}

/** ghp_xxxxxxxx…, AKIAXXXXXXXXXXXXXXXX, sk-000000…, <your-key>: the body is filler, not a key */
export function isPlaceholderSecret(text: string): boolean {
  const body = text.replace(/^(?:AKIA|ASIA|AIza|xox[abprs]-|(?:[A-Za-z]{2,8}[_-])+)/, '');
  const chars = body.replace(/[^A-Za-z0-9]/g, '');
  if (chars.length < 6) return false;
  const distinct = new Set(chars.toLowerCase());
  if (distinct.size === 1) return true;
  if ([...distinct].every((c) => c === 'x' || c === '0')) return true;
  // mostly filler: "xxxxxxxxxxxxxxxxxxxx1234"
  const filler = (chars.match(/x{4,}|0{6,}|\*{4,}/gi) ?? []).reduce((n, s) => n + s.length, 0);
  return filler / chars.length >= 0.75;
}

// the placeholder people of documentation and forms, in the languages the detectors cover
const PLACEHOLDER_PEOPLE = new Set(
  [
    'john doe', 'jane doe', 'richard roe', 'john q. public', 'joe bloggs', 'jane bloggs', 'max mustermann', 'erika mustermann', 'fulano de tal', 'fulano', 'beltrano', 'sicrano',
    'mario rossi', 'jan kowalski', 'jean dupont', 'juan pérez', 'juan perez', 'otto normalverbraucher', '山田太郎', '山田花子', '张三', '李四', '王五', '홍길동',
  ].map((s) => s.normalize('NFC')),
);

/** Is this matched value a documentation / placeholder value rather than real data? */
export function isExampleValue(entity: Entity, text: string): boolean {
  switch (entity) {
    case 'EMAIL_ADDRESS':
      return isReservedDomain(text.slice(text.lastIndexOf('@') + 1));
    // URL credentials stay real on a reserved host: a pasted password with the host scrubbed to
    // example.com is still a leaked password (placeholder passwords are dropped by the detector)
    case 'IP_ADDRESS':
      return isDocumentationIp(text);
    case 'PHONE_NUMBER':
      return isFictionalPhone(text);
    case 'SECRET':
      return isPlaceholderSecret(text);
    case 'PERSON':
      return PLACEHOLDER_PEOPLE.has(text.normalize('NFC').replace(/\s+/g, ' ').toLowerCase());
    default:
      return false;
  }
}
