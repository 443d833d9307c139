// Strings held until the report is written (field paths, finding messages) repeat across
// crews: `agents.researcher.role` in every crew of a monorepo. An interner keeps one
// instance of each text, stored as one piece.

/**
 * A function returning, for equal texts, one and the same string. The instance kept is a
 * fresh copy: a string built by concatenation is a chain of its parts (32 bytes a link),
 * and V8 only shortcuts such a chain once flattened while it is still young.
 */
export function interner(limits: { maxLength?: number; maxSize?: number } = {}): (s: string) => string {
  const seen = new Map<string, string>();
  const { maxLength = Infinity, maxSize = Infinity } = limits;
  return (s) => {
    // longer texts rarely repeat: kept as they are
    if (s.length > maxLength) return s;
    let kept = seen.get(s);
    if (kept === undefined) {
      // a long-lived interner stays bounded: it starts afresh (later equal texts are copies again)
      if (seen.size >= maxSize) seen.clear();
      // V8 concatenates strings shorter than 13 characters into flat ones; JSON round-trips any text exactly
      kept = s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
      seen.set(kept, kept);
    }
    return kept;
  };
}
