import { relative as pathRelative } from 'node:path';

// Source text, positions, and strings that remember where each character came from.
// Every location crewtel reports is computed here, so that a finding inside a folded
// YAML block scalar, an escaped JSON string or a Python literal still points at the
// matched characters themselves.

export interface Position {
  line: number; // 1-based
  column: number; // 1-based, UTF-16 code units
}

export interface SourceSpan {
  file: string; // as given to the loader (relative to cwd, `/` separators)
  start: Position;
  end: Position; // exclusive end column, like SARIF endColumn
}

/** Maps offsets in a text to 1-based line/column. */
export class LineIndex {
  private readonly starts: number[];

  constructor(text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) starts.push(i + 1);
    }
    this.starts = starts;
  }

  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
  }

  get lineCount(): number {
    return this.starts.length;
  }
}

/** A loaded file: its text (BOM removed, so columns match what editors show) and line index. */
export class SourceText {
  readonly text: string;
  private index?: LineIndex;

  constructor(
    readonly file: string,
    raw: string,
  ) {
    const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    // Python reads text files with universal newlines: a lone CR ends a line (old Mac files).
    // Same length, so offsets are unchanged and lines count the way editors show them.
    this.text = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
  }

  get lines(): LineIndex {
    this.index ??= new LineIndex(this.text);
    return this.index;
  }

  span(from: number, to: number): SourceSpan {
    return { file: this.file, start: this.lines.position(from), end: this.lines.position(to) };
  }
}

/**
 * How the characters of a value are written in the source; decides how the aligner
 * reads escapes. `plain` covers YAML plain and block scalars (folding only).
 */
export type QuoteStyle = 'plain' | 'yaml-double' | 'yaml-single' | 'json' | 'python' | 'python-raw' | 'env';

/**
 * A user-authored string and where each of its characters came from.
 * `locate(i, j)` gives the source range of `value.slice(i, j)`.
 */
/**
 * The alignment computed last (see SourceString.offsetMap). One, not one per string: a map
 * takes 4 bytes a character, and kept on every string with a match they were the largest
 * thing assess added on a large tree; the matches of one string are located one after another.
 */
let lastAligned: { of: SourceString; map: Int32Array } | undefined;

export class SourceString {
  constructor(
    readonly value: string,
    readonly source: SourceText,
    /** offset of the first character of the value's text in the source (after any quote) */
    readonly start: number,
    /** offset just past the value's text in the source (before any closing quote) */
    readonly end: number,
    readonly style: QuoteStyle = 'plain',
  ) {
    flattened(value);
  }

  get file(): string {
    return this.source.file;
  }

  /** Source span of value[from, to). */
  locate(from = 0, to = this.value.length): SourceSpan {
    const map = this.offsetMap();
    const a = from < map.length ? map[from] : this.end;
    // The end is just past the last character of the slice, in source terms.
    const last = to - 1 >= from && to - 1 < map.length ? map[to - 1] + this.sourceWidth(map[to - 1]) : a;
    return this.source.span(a, Math.max(a, last));
  }

  /** Source span of the whole value. */
  get span(): SourceSpan {
    return this.source.span(this.start, this.end);
  }

  private sourceWidth(offset: number): number {
    const t = this.source.text;
    if (this.style === 'plain' || this.style === 'python-raw' || this.style === 'env') return 1;
    const c = t[offset];
    if (this.style === 'yaml-single') return c === "'" && t[offset + 1] === "'" ? 2 : 1;
    if (c !== '\\') return 1;
    return escapeAt(t, offset, this.style)?.width ?? 1;
  }

  private offsetMap(): Int32Array {
    if (lastAligned?.of !== this) lastAligned = { of: this, map: alignValue(this.source.text, this.start, this.end, this.value, this.style) };
    return lastAligned.map;
  }
}

const WS = new Set([' ', '\t', '\r', '\n']);

interface Escape {
  width: number;
  text: string;
}

/** Decodes the escape sequence at `offset` (which holds a backslash). */
function escapeAt(t: string, offset: number, style: QuoteStyle): Escape | undefined {
  const n = t[offset + 1];
  if (n === undefined) return undefined;
  const simple: Record<string, string> = {
    n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', "'": "'",
    '0': '\0', a: '\x07', v: '\v', e: '\x1b', ' ': ' ', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
  };
  const hexLen = n === 'x' ? 2 : n === 'u' ? 4 : n === 'U' ? 8 : 0;
  if (hexLen) {
    const hex = t.slice(offset + 2, offset + 2 + hexLen);
    if (/^[0-9a-fA-F]+$/.test(hex) && hex.length === hexLen) {
      return { width: 2 + hexLen, text: String.fromCodePoint(parseInt(hex, 16)) };
    }
  }
  if (n === '\n' || n === '\r') {
    // line continuation: the backslash, the break and (YAML) the next line's indentation vanish
    let w = 2;
    if (n === '\r' && t[offset + 2] === '\n') w++;
    if (style === 'yaml-double') while (t[offset + w] === ' ' || t[offset + w] === '\t') w++;
    return { width: w, text: '' };
  }
  if (style === 'python' && /[0-7]/.test(n)) {
    const m = /^[0-7]{1,3}/.exec(t.slice(offset + 1, offset + 4))!;
    return { width: 1 + m[0].length, text: String.fromCharCode(parseInt(m[0], 8)) };
  }
  if (n in simple) return { width: 2, text: simple[n] };
  // unknown escape: Python keeps the backslash, others drop it
  return style === 'python' ? { width: 1, text: '\\' } : { width: 2, text: n };
}

/**
 * Greedy alignment of a decoded value against its source text: for each character
 * of the value, the source offset it came from. Folding (line breaks that became
 * spaces, dropped indentation) is handled by skipping source whitespace; escapes are
 * decoded in place. Robust by construction: a character that cannot be aligned maps
 * to the current source position rather than failing.
 */
export function alignValue(src: string, start: number, end: number, value: string, style: QuoteStyle): Int32Array {
  const out = new Int32Array(value.length);
  let p = start;
  let i = 0;
  const limit = Math.max(end, start);
  while (i < value.length) {
    const c = value[i];
    if (p >= limit) {
      out[i++] = Math.max(start, limit - 1);
      continue;
    }
    const s = src[p];
    if (style !== 'plain' && style !== 'python-raw' && style !== 'env' && s === '\\' && style !== 'yaml-single') {
      const esc = escapeAt(src, p, style);
      if (esc) {
        if (esc.text === '') {
          p += esc.width;
          continue;
        }
        if (value.startsWith(esc.text, i)) {
          for (let k = 0; k < esc.text.length; k++) out[i + k] = p;
          i += esc.text.length;
          p += esc.width;
          continue;
        }
      }
    }
    if (style === 'yaml-single' && s === "'" && src[p + 1] === "'" && c === "'") {
      out[i++] = p;
      p += 2;
      continue;
    }
    if (s === c) {
      out[i++] = p++;
      continue;
    }
    // surrogate pairs and other multi-unit characters compare unit by unit above;
    // here the value has a folded break or the source has indentation to skip
    if ((c === ' ' || c === '\n') && (s === '\n' || s === '\r')) {
      out[i++] = p;
      p = s === '\r' && src[p + 1] === '\n' ? p + 2 : p + 1;
      continue;
    }
    if (WS.has(s)) {
      p++;
      continue;
    }
    // Could not align (e.g. a comment line inside a plain multi-line scalar): search ahead.
    const found = src.indexOf(c, p);
    if (found !== -1 && found < limit) {
      p = found;
      continue;
    }
    out[i++] = p;
  }
  return out;
}

let flattenSink = 0;

/**
 * The string, stored by V8 as one piece from now on. A string built by concatenation (a
 * folded YAML scalar line by line, a field path) is otherwise kept as a chain of its parts,
 * 32 bytes a link, for as long as it is held: on a 30,000-crew tree the chains of the values
 * and field paths the model keeps were ~20% of its memory.
 */
export function flattened(s: string): string {
  // reading a character of a concatenated string flattens it in place (the result is kept
  // so that the read is never optimised away)
  flattenSink ^= s.charCodeAt(0) | 0;
  return s;
}

/** A string synthesised by crewtel (not written by the user), e.g. a default tool name. */
export function syntheticString(value: string, file = '<builtin>'): SourceString {
  const src = new SourceText(file, value);
  return new SourceString(value, src, 0, value.length, 'plain');
}

/** Path for reports: relative to cwd with `/` separators. */
export function displayPath(absOrRel: string, cwd = process.cwd()): string {
  const path = absOrRel.startsWith('/') || /^[A-Za-z]:[\\/]/.test(absOrRel) ? relativeTo(cwd, absOrRel) : absOrRel;
  return path.split('\\').join('/');
}

function relativeTo(from: string, to: string): string {
  return pathRelative(from, to) || '.';
}

/**
 * A single-line string whose location is known only as a span (an identifier such as
 * a Python class or method name): offsets map column by column from the span start.
 */
export class InlineString extends SourceString {
  constructor(
    value: string,
    private readonly at: SourceSpan,
  ) {
    super(value, new SourceText(at.file, value), 0, value.length, 'plain');
  }

  override get file(): string {
    return this.at.file;
  }

  override locate(from = 0, to = this.value.length): SourceSpan {
    const { line, column } = this.at.start;
    return { file: this.at.file, start: { line, column: column + from }, end: { line, column: column + Math.max(from, to) } };
  }

  override get span(): SourceSpan {
    return this.locate();
  }
}

/** Adjacent literals joined into one value ("a" "b" in Python): each slice maps into its own piece. */
export class JoinedString extends SourceString {
  constructor(private readonly pieces: SourceString[]) {
    super(pieces.map((p) => p.value).join(''), pieces[0].source, pieces[0].start, pieces[pieces.length - 1].end, pieces[0].style);
  }

  override locate(from = 0, to = this.value.length): SourceSpan {
    const start = this.pieceAt(from);
    const end = this.pieceAt(Math.max(from, to - 1));
    const a = start.piece.locate(start.offset, start.offset);
    const b = end.piece.locate(end.offset, end.offset + 1);
    // pieces may come from different files (a constant imported from another module)
    return { file: a.file, start: a.start, end: b.file === a.file ? b.end : a.end };
  }

  override get file(): string {
    return this.pieces[0].file;
  }

  override get span(): SourceSpan {
    return this.locate();
  }

  /** The pieces' run-time values (`{expr}` fields of f-strings), with their offsets in this value. */
  runtimeParts(): { from: number; to: number; part: RuntimePart }[] {
    const out: { from: number; to: number; part: RuntimePart }[] = [];
    let at = 0;
    for (const p of this.pieces) {
      if (p instanceof RuntimePart) out.push({ from: at, to: at + p.value.length, part: p });
      else if (p instanceof JoinedString) for (const r of p.runtimeParts()) out.push({ from: at + r.from, to: at + r.to, part: r.part });
      at += p.value.length;
    }
    return out;
  }

  private pieceAt(i: number): { piece: SourceString; offset: number } {
    let rest = i;
    for (const piece of this.pieces) {
      if (rest < piece.value.length) return { piece, offset: rest };
      rest -= piece.value.length;
    }
    const last = this.pieces[this.pieces.length - 1];
    return { piece: last, offset: last.value.length };
  }
}

/** value[from, to) of another string, locating through it. */
export class SliceString extends SourceString {
  constructor(
    private readonly parent: SourceString,
    private readonly from: number,
    to: number,
  ) {
    super(parent.value.slice(from, to), parent.source, parent.start, parent.end, parent.style);
  }

  override get file(): string {
    return this.parent.file;
  }

  override locate(from = 0, to = this.value.length): SourceSpan {
    return this.parent.locate(this.from + from, this.from + to);
  }

  override get span(): SourceSpan {
    return this.locate();
  }
}

/**
 * A value known only at run time inside a string built in code: an f-string field
 * `{patient_data}` or a `.format()` argument crewtel cannot follow. Shown as `{expr}`
 * (the preview) and never scanned as text; located at the expression.
 */
export class RuntimePart extends InlineString {
  constructor(
    readonly expression: string,
    readonly where: SourceSpan,
  ) {
    super(`{${expression}}`, where);
  }
}

/** The run-time parts of a string (none for a plain literal). */
export function runtimePartsOf(s: SourceString): { from: number; to: number; part: RuntimePart }[] {
  if (s instanceof RuntimePart) return [{ from: 0, to: s.value.length, part: s }];
  return s instanceof JoinedString ? s.runtimeParts() : [];
}
