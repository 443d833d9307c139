// Python's json.dumps and str()/repr() for the values CrewAI puts in telemetry, so the
// preview shows the exact bytes CrewAI sends:
//   json.dumps defaults: ", " and ": " separators, ensure_ascii=True (every code unit
//   outside ' '..'~' escaped as \uXXXX, including DEL; astral characters as surrogate
//   pairs), float repr, NaN/Infinity spelled as Python does.
//   str(value) is what kickoff interpolation inserts: strings as is, True/False/None,
//   and Python repr for dicts and lists (single-quoted strings).
//
// Values: string, number, boolean, null/undefined (None), arrays (list), plain objects
// or Maps (dict; a Map keeps key order exactly, a plain object reorders integer-like
// keys as JavaScript does), and PyNumber for a number whose Python type JSON text
// fixes (1.0 is a float, 10**20 an exact int).

/** A number with its Python type, as parsed from JSON text ("1.0" → float, "12345678901234567890" → int). */
export class PyNumber {
  constructor(
    /** the JSON number text */
    readonly text: string,
    readonly isFloat: boolean,
  ) {}

  repr(): string {
    if (!this.isFloat) return BigInt(this.text).toString();
    return pyFloatRepr(Number(this.text));
  }
}

/** json.dumps(value) with CrewAI's (= Python's default) settings. */
export function pyJsonDumps(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof PyNumber) return value.isFloat ? floatJson(Number(value.text)) : value.repr();
  if (typeof value === 'number') return Number.isInteger(value) ? intText(value) : floatJson(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'string') return asciiJsonString(value);
  if (Array.isArray(value)) return `[${value.map(pyJsonDumps).join(', ')}]`;
  if (value instanceof Map) return `{${[...value].map(([k, v]) => `${asciiJsonString(String(k))}: ${pyJsonDumps(v)}`).join(', ')}}`;
  if (typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${asciiJsonString(k)}: ${pyJsonDumps(v)}`)
      .join(', ')}}`;
  }
  return asciiJsonString(String(value));
}

function floatJson(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  return pyFloatRepr(n);
}

function intText(n: number): string {
  // integers beyond 2**53 already lost precision in JavaScript; print without exponent
  return Math.abs(n) < 1e21 ? String(n) : BigInt(n).toString();
}

/** JSON string with ensure_ascii: only ' '..'~' (minus " and \) stay literal. */
function asciiJsonString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c === 0x08) out += '\\b';
    else if (c === 0x0c) out += '\\f';
    else if (c < 0x20 || c > 0x7e) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += s[i];
  }
  return `${out}"`;
}

/** Python float.__repr__: shortest round-trip digits; exponent form below 1e-4 and from 1e16. */
export function pyFloatRepr(n: number): string {
  if (Number.isNaN(n)) return 'nan';
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
  if (n === 0) return Object.is(n, -0) ? '-0.0' : '0.0';
  const [mantissa, expText] = n.toExponential().split('e');
  const exp = Number(expText);
  const sign = n < 0 ? '-' : '';
  const digits = mantissa.replace('-', '').replace('.', '');
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return `${sign}${digits}${'0'.repeat(exp + 1 - digits.length)}.0`;
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

/** Python str(value), as kickoff interpolation inserts it (interpolate_only: str(inputs[var])). */
export function pyStr(value: unknown): string {
  if (typeof value === 'string') return value;
  return pyRepr(value);
}

/** Python repr(value) for JSON-like values. */
export function pyRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (value instanceof PyNumber) return value.repr();
  if (typeof value === 'number') return Number.isInteger(value) ? intText(value) : pyFloatRepr(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'string') return pyStrRepr(value);
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(', ')}]`;
  if (value instanceof Map) return `{${[...value].map(([k, v]) => `${pyRepr(k)}: ${pyRepr(v)}`).join(', ')}}`;
  if (typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${pyStrRepr(k)}: ${pyRepr(v)}`)
      .join(', ')}}`;
  }
  return pyStrRepr(String(value));
}

// str.isprintable() is false for categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs (except ' ')
const NOT_PRINTABLE = /[\p{C}\p{Z}]/u;

/** repr(str): single quotes unless the text has ' and no ", escapes for \, the quote and non-printables. */
function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch !== ' ' && NOT_PRINTABLE.test(ch)) {
      if (cp <= 0xff) out += `\\x${cp.toString(16).padStart(2, '0')}`;
      else if (cp <= 0xffff) out += `\\u${cp.toString(16).padStart(4, '0')}`;
      else out += `\\U${cp.toString(16).padStart(8, '0')}`;
    } else out += ch;
  }
  return out + quote;
}
