// Detectors are data: an id, an entity, patterns with scores, context words, a
// validator, and examples that must / must not match (each example is a test).
// A detector sees only text; it knows nothing about YAML, Python or CrewAI.

export type Entity =
  | 'PERSON'
  | 'EMAIL_ADDRESS'
  | 'PHONE_NUMBER'
  | 'CREDIT_CARD'
  | 'IBAN_CODE'
  | 'US_SSN'
  | 'IP_ADDRESS'
  | 'STREET_ADDRESS'
  | 'DATE_OF_BIRTH'
  | 'NATIONAL_ID'
  | 'PASSPORT'
  | 'CRYPTO_WALLET'
  | 'URL_CREDENTIALS'
  | 'SECRET';

export interface DetectorPattern {
  name: string;
  /** must be global (g flag); capture group `value` (if any) marks the part to report */
  regex: RegExp;
  /** base score (0..1) before context and validation */
  score: number;
  /**
   * cheap test (no g flag, no Unicode property classes) that every match of `regex` passes:
   * when it fails, `regex` is not run on the text. Compiling a Unicode pattern costs ~0.5 ms
   * the first time, so a one-crew audit runs only the patterns its text could match.
   */
  quick?: RegExp;
}

/** How the text is written: prose (role, goal, description) or an identifier (tool name, method name: words joined by `_`). */
export type TextKind = 'prose' | 'identifier';

export interface ScanOptions {
  kind?: TextKind;
  /** report only matches scoring at least this (on top of each detector's own minimum) */
  minScore?: number;
}

export interface Detector {
  /** stable rule id, e.g. `pii/email`, `secret/aws-access-key` (never renamed: baselines and suppressions use it) */
  id: string;
  entity: Entity;
  category: 'pii' | 'secret';
  description: string;
  patterns: DetectorPattern[];
  /** words that, near a match (same text, within ~40 chars), raise its score */
  context?: string[];
  /** words that, just before a match, rule it out ("version 2.0.1.4" is no IP address) */
  negativeContext?: string[];
  /** matches that count only when a context word is near (ambiguous shapes) */
  needsContext?(match: string): boolean;
  /** real checks (Luhn, mod-97, check digits, libphonenumber); false drops the match */
  validate?(match: string): boolean;
  /** for detectors that are not just patterns (PERSON): find matches in text */
  find?(text: string, options: ScanOptions): RawMatch[];
  /** minimum score for a match to be reported */
  minScore?: number;
  /** cheap test (no g flag): when it fails, the detector is skipped for this text */
  quick?: RegExp;
  examples: { match: string[]; noMatch: string[] };
}

export interface RawMatch {
  start: number;
  end: number;
  score: number;
}

export interface Match {
  ruleId: string;
  entity: Entity;
  category: 'pii' | 'secret';
  /** offsets into the scanned text: [start, end) */
  start: number;
  end: number;
  /** the matched text (raw; masking happens in assess before any formatter sees it) */
  text: string;
  /** 0..1 */
  score: number;
}
