// JSON.stringify(value, null, 2), written piece by piece: a report on a large monorepo is
// ~100 MB of JSON, and one string of it (plus the copy made to write it) doubled the run's
// peak memory. The pieces, joined, are byte for byte what JSON.stringify returns; the top
// `depth` levels of objects and arrays are walked here, everything below them is
// stringified whole (JSON.stringify escapes line breaks inside strings, so re-indenting
// its output by replacing "\n" only touches the layout).

/** Pieces are gathered up to about this many characters before they are handed on. */
const PIECE_CHARS = 1 << 16;

export function* jsonChunks(value: unknown, depth = 2): Generator<string> {
  let buffered = '';
  for (const piece of pieces(value, '', depth)) {
    buffered += piece;
    if (buffered.length >= PIECE_CHARS) {
      yield buffered;
      buffered = '';
    }
  }
  if (buffered) yield buffered;
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
const omitted = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/** Values JSON.stringify does not walk as a plain object or array. */
function stringifiedWhole(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return true;
  if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return true;
  return v instanceof Number || v instanceof String || v instanceof Boolean;
}

function* pieces(v: unknown, indent: string, depth: number): Generator<string> {
  if (depth <= 0 || stringifiedWhole(v)) {
    const s = JSON.stringify(v, null, 2);
    yield indent ? s.replace(/\n/g, `\n${indent}`) : s;
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    if (v.length === 0) return yield '[]';
    for (let i = 0; i < v.length; i++) {
      yield `${i ? ',' : '['}\n${inner}`;
      if (omitted(v[i])) yield 'null';
      else yield* pieces(v[i], inner, depth - 1);
    }
    return yield `\n${indent}]`;
  }
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o).filter((k) => !omitted(o[k]));
  if (keys.length === 0) return yield '{}';
  for (let i = 0; i < keys.length; i++) {
    yield `${i ? ',' : '{'}\n${inner}${JSON.stringify(keys[i])}: `;
    yield* pieces(o[keys[i]], inner, depth - 1);
  }
  yield `\n${indent}}`;
}
