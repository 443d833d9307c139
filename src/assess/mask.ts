// Masking: enough shape to recognise what was found, never the value. Applied once,
// in assess, so no formatter can print a raw value by mistake.
import type { Entity } from '../scan/types.js';

const KNOWN_PREFIX = /^(sk-ant-|sk-proj-|sk-|sk_live_|sk_test_|rk_live_|rk_test_|ghp_|gho_|ghu_|ghs_|ghr_|github_pat_|xox[baprs]-|AKIA|ASIA|AIza|eyJ|-----BEGIN|0x|bc1)/;

function star(s: string): string {
  return s.replace(/[^\s@.\-_/:]/g, '*');
}

/** Keeps the first character of each part; never more than 4 meaningful characters. */
export function maskValue(value: string, entity?: Entity): string {
  if (value.length === 0) return '';
  if (value.length < 4) return '*'.repeat(value.length);
  if (entity === 'EMAIL_ADDRESS' && value.includes('@')) {
    const [local, domain] = value.split('@');
    const dot = domain.lastIndexOf('.');
    const host = dot > 0 ? domain.slice(0, dot) : domain;
    const tld = dot > 0 ? domain.slice(dot) : '';
    return `${local[0]}${'*'.repeat(Math.max(3, local.length - 1))}@${host[0]}${'*'.repeat(Math.max(3, host.length - 1))}${tld.length <= 4 ? tld : '.***'}`;
  }
  if (entity === 'SECRET' || entity === 'URL_CREDENTIALS' || entity === 'CRYPTO_WALLET') {
    const prefix = KNOWN_PREFIX.exec(value)?.[0] ?? '';
    return `${prefix.slice(0, 12)}${'*'.repeat(Math.max(6, Math.min(12, value.length - prefix.length)))}`;
  }
  if (entity === 'PERSON') {
    return value
      .split(/(\s+)/)
      .map((part) => (/^\s+$/.test(part) ? part : `${[...part][0]}${'*'.repeat(Math.max(2, [...part].length - 1))}`))
      .join('');
  }
  // digits and the rest: keep separators, hide everything but the last 2 characters of long values
  const digits = value.replace(/\D/g, '');
  if (digits.length >= 8) {
    let seen = 0;
    const keepFrom = value.length - 2;
    return [...value].map((c, i) => (/\d|[A-Za-z]/.test(c) && i < keepFrom ? (seen++, '*') : /\s|[-./]/.test(c) ? c : i >= keepFrom ? c : '*')).join('');
  }
  return star(value);
}
