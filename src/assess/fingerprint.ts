// Finding fingerprints for baselines and SARIF partialFingerprints: never line numbers
// (edits above a finding keep it) and never anything a reader could reverse.
//
// A value's fingerprint (baseline format 2) hashes rule, file, the (masked) field path,
// the entity and which match of that rule in the field it is (1st, 2nd, …), plus only
// an 8-bit digest of the value. A date of birth, an SSN or a phone number has few enough
// candidates to enumerate, so a full hash of the value would give it away (format 1 did);
// 8 bits leave 1 in 256 candidates standing, e.g. ~140 dates of birth in a century. The
// price: a changed value in the same place stays baselined with probability 1/256.
//
// Config and release findings carry no user value (a message, a version): their
// fingerprint is unchanged from format 1.

import { hexDigest } from '../core/hash.js';

const sha256 = (s: string) => hexDigest('sha256', s);

/** Format-1 fingerprint (also today's for config findings, whose "value" is public). */
export function findingFingerprint(ruleId: string, file: string, field: string, value: string): string {
  return sha256(`${ruleId}\0${file}\0${field}\0${sha256(value)}`).slice(0, 32);
}

/** Bits of the value that enter a format-2 fingerprint. */
export const VALUE_DIGEST_BITS = 8;

export function valueFingerprint(ruleId: string, file: string, field: string, entity: string, ordinal: number, value: string): string {
  const digest = sha256(`crewtel-value\0${value}`).slice(0, VALUE_DIGEST_BITS / 4);
  return sha256(`crewtel/2\0${ruleId}\0${file}\0${field}\0${entity}\0${ordinal}\0${digest}`).slice(0, 32);
}

/**
 * Format-1 fingerprints of today's findings, so that a baseline written by an older
 * crewtel still applies. Held here, never on the findings (no formatter can print one),
 * keyed by the finding's new fingerprint and location (findings are copied between stages).
 */
const legacy = new Map<string, string>();
const legacyKey = (f: { fingerprint: string; file: string; line: number; column: number }) => `${f.fingerprint}\0${f.file}:${f.line}:${f.column}`;

export function rememberLegacyFingerprint(f: { fingerprint: string; file: string; line: number; column: number }, v1: string): void {
  legacy.set(legacyKey(f), v1);
}

export function legacyFingerprint(f: { fingerprint: string; file: string; line: number; column: number }): string | undefined {
  return legacy.get(legacyKey(f));
}
