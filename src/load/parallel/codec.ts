// Loader results across a worker boundary. A structured clone drops classes, so the
// strings that remember their source (SourceString and its kinds) and the texts they point
// into are written as tagged plain objects and rebuilt on the other side: the same values,
// offsets and styles, each text once. Anything else that is not plain data is refused
// (the caller then parses that file itself), so a change in a loader's result shape can
// make a run slower but never different.

import { InlineString, JoinedString, SourceString, SourceText, type SourceSpan } from '../../core/source.js';
import { interner } from '../../core/intern.js';

const TAG = '\u0000';

export class Uncodable extends Error {}

export interface Encoded {
  /** [file, text] of every SourceText the value points into, by index */
  texts: [string, string][];
  /** the file of every span (tag P), by index */
  files: string[];
  value: unknown;
}

interface Span {
  file: string;
  start: { line: number; column: number };
  end: { line: number; column: number };
}

const POSITION_KEYS = ['line', 'column'];
const SPAN_KEYS = ['file', 'start', 'end'];

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
const hasKeys = (v: Record<string, unknown>, keys: string[]): boolean => {
  const own = Object.keys(v);
  return own.length === keys.length && own.every((k, i) => k === keys[i]);
};
const isPosition = (v: unknown): boolean => isPlain(v) && hasKeys(v, POSITION_KEYS) && typeof v.line === 'number' && typeof v.column === 'number';

/**
 * A span is sent as one object of numbers: a structured clone copies the file's path into
 * every span and builds three objects for it, which made a parsed file several times its
 * size while results waited for the model stage.
 */
function isSpan(v: Record<string, unknown>): v is Record<string, unknown> & Span {
  return hasKeys(v, SPAN_KEYS) && typeof v.file === 'string' && isPosition(v.start) && isPosition(v.end);
}

/**
 * Short strings a decoded value repeats (node kinds, quote styles, keys): one instance each.
 * A clone makes a copy of each, kept as long as the model holds what was decoded.
 */
const share = interner({ maxLength: 40, maxSize: 50_000 });

export function encode(value: unknown): Encoded {
  const ids = new Map<SourceText, number>();
  const texts: [string, string][] = [];
  const fileIds = new Map<string, number>();
  const files: string[] = [];
  const fileId = (f: string): number => {
    let id = fileIds.get(f);
    if (id === undefined) {
      id = files.length;
      fileIds.set(f, id);
      files.push(f);
    }
    return id;
  };
  const textId = (t: SourceText): number => {
    let id = ids.get(t);
    if (id === undefined) {
      id = texts.length;
      ids.set(t, id);
      texts.push([t.file, t.text]);
    }
    return id;
  };
  const walk = (v: unknown, depth: number): unknown => {
    if (v === null || typeof v !== 'object') {
      if (typeof v === 'function' || typeof v === 'symbol') throw new Uncodable(typeof v);
      return v;
    }
    if (depth > 1000) throw new Uncodable('too deep');
    if (Array.isArray(v)) return v.map((x) => walk(x, depth + 1));
    if (v instanceof JoinedString) return { [TAG]: 'J', p: (v as unknown as { pieces: SourceString[] }).pieces.map((x) => walk(x, depth + 1)) };
    if (v instanceof InlineString) return { [TAG]: 'I', v: v.value, at: walk((v as unknown as { at: SourceSpan }).at, depth + 1) };
    if (v instanceof SourceString) {
      if (Object.getPrototypeOf(v) !== SourceString.prototype) throw new Uncodable('SourceString subclass');
      return { [TAG]: 'S', v: v.value, t: textId(v.source), s: v.start, e: v.end, y: v.style };
    }
    if (v instanceof SourceText) return { [TAG]: 'T', t: textId(v) };
    if (v instanceof Map) return { [TAG]: 'M', e: [...v].map(([k, x]) => [walk(k, depth + 1), walk(x, depth + 1)]) };
    if (v instanceof Set) return { [TAG]: 'E', e: [...v].map((x) => walk(x, depth + 1)) };
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) throw new Uncodable(proto?.constructor?.name ?? 'object');
    const o = v as Record<string, unknown>;
    if (isSpan(o)) return { [TAG]: 'P', f: fileId(o.file), a: o.start.line, b: o.start.column, c: o.end.line, d: o.end.column };
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) {
      if (k === TAG) throw new Uncodable('reserved key');
      out[k] = walk((v as Record<string, unknown>)[k], depth + 1);
    }
    return out;
  };
  return { value: walk(value, 0), texts, files };
}

/**
 * Rebuilds an encoded value. `primary`, when given, is the caller's own SourceText of the
 * file: strings into the same file and text point into it, as if parsed here.
 */
export function decode<T>(data: Encoded, primary?: SourceText): T {
  const texts: (SourceText | undefined)[] = [];
  const text = (id: number): SourceText => {
    let t = texts[id];
    if (!t) {
      const [file, body] = data.texts[id];
      if (primary && primary.file === file && primary.text === body) t = primary;
      else {
        t = new SourceText(file, body);
        // the text was already read once (a leading BOM removed): keep it exactly
        if (t.text !== body) (t as unknown as { text: string }).text = body;
      }
      texts[id] = t;
    }
    return t;
  };
  // the files of spans: the caller's own string where it is the same path
  const files = data.files.map((f) => (primary && primary.file === f ? primary.file : f));
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return share(v);
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map(walk);
    const o = v as Record<string, unknown>;
    switch (o[TAG]) {
      case undefined:
        break;
      case 'S':
        return new SourceString(o.v as string, text(o.t as number), o.s as number, o.e as number, share(o.y as string) as SourceString['style']);
      case 'P':
        return { file: files[o.f as number], start: { line: o.a, column: o.b }, end: { line: o.c, column: o.d } };
      case 'I':
        return new InlineString(o.v as string, walk(o.at) as SourceSpan);
      case 'J':
        return new JoinedString((o.p as unknown[]).map(walk) as SourceString[]);
      case 'T':
        return text(o.t as number);
      case 'M':
        return new Map((o.e as [unknown, unknown][]).map(([k, x]) => [walk(k), walk(x)]));
      case 'E':
        return new Set((o.e as unknown[]).map(walk));
      default:
        throw new Uncodable(`unknown tag ${String(o[TAG])}`);
    }
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(o)) out[k] = walk(o[k]);
    return out;
  };
  return walk(data.value) as T;
}
