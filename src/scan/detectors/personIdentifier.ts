// PERSON in identifiers: tool and method names as CrewAI sends them (read_maria_garcia_calendar,
// lookupJohnSmithProfile), split into words and judged with the name lexicons. Offsets cover
// the name as written, separators included (maria_garcia).
import type { RawMatch } from '../types.js';
import { NAME_PARTICLES } from '../lexicons/names.js';
import { classify } from './personWords.js';
import { dual, isAscii } from '../asciiTwin.js';

const IDENTIFIER_WORD = dual(/\p{Lu}?[\p{Ll}\p{M}]+|\p{Lu}+(?![\p{Ll}])|\d+/gu);

/** Words of an identifier: read_maria_garcia_calendar, lookupJohnSmith, maria-garcia. */
function identifierTokens(text: string): { lower: string; start: number; end: number }[] {
  const out: { lower: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(IDENTIFIER_WORD.for(isAscii(text)))) out.push({ lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return out;
}

const ID_CUES = new Set(['to', 'for', 'of', 'by', 'from', 'with', 'cc', 'contact', 'email', 'call', 'ask', 'notify', 'ping', 'message', 'remind']);

export function findIdentifierNames(text: string): RawMatch[] {
  const out: RawMatch[] = [];
  const toks = identifierTokens(text);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const c = classify(t.lower);
    if (c === 'C' || /^\d/.test(t.lower)) continue;
    // a name continues through particles (isabel_van_der_berg) to the next name-like word
    let j = i + 1;
    while (j < toks.length - 1 && NAME_PARTICLES.has(toks[j].lower)) j++;
    const next = toks[j];
    const n = next && !/^\d/.test(next.lower) ? classify(next.lower) : 'C';
    const prev = toks[i - 1];
    let score = 0;
    if (c === 'G') score = n === 'S' || n === 'G' ? 0.85 : (n === 'U' || n === 'W') && next.lower.length >= 3 ? 0.8 : 0;
    else if (c === 'A') score = n === 'S' ? 0.8 : 0;
    else if (c === 'S' && n === 'S') score = 0.7;
    if (score) {
      out.push({ start: t.start, end: next.end, score });
      i = j;
      continue;
    }
    // Two unknown words are not a name in an identifier: code is full of words no name list
    // has (EmailAutoResponderFlow, propose_city_route_task, multi_branch_reconciliation_audit);
    // an identifier names a person only when its words are known names.
    // a surname after an unknown word: mathilde_petrov
    if (c === 'S' && prev && classify(prev.lower) === 'U' && prev.lower.length >= 3 && !out.some((m) => m.end > prev.start)) {
      out.push({ start: prev.start, end: t.end, score: 0.7 });
      continue;
    }
    // a lone given name after a cue or between ordinary words: send_report_to_priya, get_sarah_emails
    if (c === 'G' && t.lower.length >= 3 && (n === 'C' || !next)) {
      if (prev && ID_CUES.has(prev.lower)) out.push({ start: t.start, end: t.end, score: 0.65 });
      else if (prev && classify(prev.lower) === 'C' && next && t.lower.length >= 4) out.push({ start: t.start, end: t.end, score: 0.6 });
    }
  }
  return out;
}
