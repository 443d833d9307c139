// How a word reads to the PERSON detector, from the lexicons: a given name, a family
// name, an ordinary word (title words, verbs, places, products) or unknown. Shared by the
// prose and identifier finders.
import { AMBIGUOUS_GIVEN, GIVEN_NAMES, NAME_PARTICLES, NOT_SURNAMES, SURNAMES } from '../lexicons/names.js';
import { COMMON_WORDS } from '../lexicons/words.js';

/** G given name, A given name that is also a word (Will, Grace), S family name, W family name that is a word (Baker), C ordinary word, U unknown. */
export type NameClass = 'G' | 'A' | 'S' | 'W' | 'C' | 'U';

const ASCII = /^[\x00-\x7f]*$/;
/** without accents (João → Joao); ASCII is returned as is, without normalising */
const fold = (s: string) => (ASCII.test(s) ? s : s.normalize('NFD').replace(/\p{M}+/gu, ''));
// lexicon lookups ignore accents both ways: Joao finds João, Jose finds José. Only the
// entries with accents need a folded copy: every other entry folds to itself.
const foldedAccented = new Map<ReadonlySet<string>, Set<string>>();
/** an entry with a character beyond ASCII, in the entries joined one per line */
const ACCENTED_ENTRY = /^.*[^\x00-\x7f].*$/gm;
function has(set: ReadonlySet<string>, lower: string): boolean {
  if (set.has(lower)) return true;
  let f = foldedAccented.get(set);
  if (!f) {
    // the few accented entries picked out of thousands by one regex over them all, one per line
    // (a test per entry cost ~2 ms of a one-crew audit); no entry holds a line break
    f = new Set(([...set].join('\n').match(ACCENTED_ENTRY) ?? []).map(fold));
    foldedAccented.set(set, f);
  }
  const key = fold(lower);
  return f.has(key) || (key !== lower && set.has(key));
}

const classCache = new Map<string, NameClass>();
export function classify(lower: string): NameClass {
  let c = classCache.get(lower);
  if (c) return c;
  // Jean-Pierre, Ana-Maria (given names joined), Smith-Jones (judged by the first part)
  const parts = lower.split('-').filter(Boolean);
  const head = parts[0] ?? lower;
  const common = has(COMMON_WORDS, lower) || has(NOT_SURNAMES, lower);
  if (parts.length > 1 && parts.every((p) => has(GIVEN_NAMES, p) || has(AMBIGUOUS_GIVEN, p))) c = 'G';
  else if (has(AMBIGUOUS_GIVEN, head)) c = 'A';
  else if (has(GIVEN_NAMES, head)) c = common ? 'A' : 'G';
  else if (has(SURNAMES, head) && !NAME_PARTICLES.has(head)) c = common ? 'W' : 'S';
  else c = common ? 'C' : 'U';
  if (classCache.size > 50_000) classCache.clear();
  classCache.set(lower, c);
  return c;
}
