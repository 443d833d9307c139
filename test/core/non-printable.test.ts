// What PyYAML refuses in a YAML file (Reader.NON_PRINTABLE): crewtel reports the first such
// character as CrewAI's load error. The search must find exactly PyYAML's first one.
import { describe, expect, it } from 'vitest';
import { firstNonPrintable } from '../../src/core/readSource.js';

/** PyYAML's rule, one code unit at a time (the reference). */
function reference(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 9 || c === 10 || c === 13 || (c >= 0x20 && c <= 0x7e) || c === 0x85 || (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd)) continue;
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
    }
    return i;
  }
  return -1;
}

describe('firstNonPrintable', () => {
  it('finds what PyYAML refuses', () => {
    expect(firstNonPrintable('role: Analyst\n')).toBe(-1);
    expect(firstNonPrintable('a\u0000b')).toBe(1);
    expect(firstNonPrintable('ok \u0085 \u00e9 \ud83d\ude00 \ufeff')).toBe(-1);
    expect(firstNonPrintable('x\u007f')).toBe(1);
    expect(firstNonPrintable('x\ufffe')).toBe(1);
    expect(firstNonPrintable('lone \ud83d here')).toBe(5);
    expect(firstNonPrintable('lone \ude00 here')).toBe(5);
    expect(firstNonPrintable('\ud83d\ud83d\ude00')).toBe(0);
  });

  it('agrees with PyYAML code unit for code unit on random text', () => {
    // code units from every range the rule distinguishes, in short random strings
    const pool = [0x00, 0x08, 0x09, 0x0a, 0x0b, 0x0d, 0x1f, 0x20, 0x41, 0x7e, 0x7f, 0x84, 0x85, 0x9f, 0xa0, 0xe9, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfeff, 0xfffd, 0xfffe, 0xffff];
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % pool.length;
    for (let n = 0; n < 5000; n++) {
      const text = String.fromCharCode(...Array.from({ length: 1 + (n % 12) }, () => pool[next()]));
      expect(firstNonPrintable(text), JSON.stringify(text)).toBe(reference(text));
    }
  });
});
