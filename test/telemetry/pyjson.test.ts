// json.dumps / str() exactly as Python writes them (expected strings produced with CPython 3.11).
import { describe, expect, it } from 'vitest';
import { PyNumber, pyFloatRepr, pyJsonDumps, pyRepr, pyStr } from '../../src/telemetry/pyjson.js';

describe('pyJsonDumps = json.dumps defaults', () => {
  it('separators, ensure_ascii escapes (DEL, U+2028, astral pairs), control characters', () => {
    const v = { a: 'é\x7f\u2028😀"\\\n\t\x01', b: [1, 2.5, new PyNumber('1e16', true), 1e-5, 0.0001, new PyNumber('-0.0', true), true, null], c: {} };
    expect(pyJsonDumps(v)).toBe('{"a": "\\u00e9\\u007f\\u2028\\ud83d\\ude00\\"\\\\\\n\\t\\u0001", "b": [1, 2.5, 1e+16, 1e-05, 0.0001, -0.0, true, null], "c": {}}');
  });

  it('a Map keeps its key order; PyNumber keeps the Python type', () => {
    expect(pyJsonDumps(new Map<string, unknown>([['2', 1], ['1', new PyNumber('1.0', true)], ['big', new PyNumber('12345678901234567890', false)]]))).toBe(
      '{"2": 1, "1": 1.0, "big": 12345678901234567890}',
    );
  });
});

describe('Python float repr and str()', () => {
  it.each([
    [0.1 + 0.2, '0.30000000000000004'],
    [1e16, '1e+16'],
    [1.5e-7, '1.5e-07'],
    [100, '100.0'],
    [123456789012345678, '1.2345678901234568e+17'],
    [0.0001, '0.0001'],
    [-2.5, '-2.5'],
  ])('%s → %s', (n, s) => {
    expect(pyFloatRepr(n)).toBe(s);
  });

  it('str(dict) is repr with quote choice and escapes', () => {
    const v = new Map<string, unknown>([
      ['a', [new PyNumber('1.0', true), "it's", 'say "hi"', 'x\ny', '\xa0', null, true]],
      ['n', new PyNumber('1e22', true)],
      ['k', 123456789.123],
    ]);
    expect(pyStr(v)).toBe(`{'a': [1.0, "it's", 'say "hi"', 'x\\ny', '\\xa0', None, True], 'n': 1e+22, 'k': 123456789.123}`);
    expect(pyStr('plain text')).toBe('plain text');
    expect(pyRepr(false)).toBe('False');
  });
});
