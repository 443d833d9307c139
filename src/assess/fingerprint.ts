// Finding fingerprints for baselines and SARIF partialFingerprints: rule, file, field
// and a hash of the value, never line numbers (edits above a finding keep it) and
// never the value itself (a baseline file must not become a leak).

import { createHash } from 'node:crypto';

export function findingFingerprint(ruleId: string, file: string, field: string, value: string): string {
  const valueHash = createHash('sha256').update(value, 'utf8').digest('hex');
  return createHash('sha256').update(`${ruleId}\0${file}\0${field}\0${valueHash}`, 'utf8').digest('hex').slice(0, 32);
}
