// Unicode-aware patterns (`\p{L}`, `/u`) are what a detector must use, and each costs V8
// 0.2–0.6 ms the first time it runs (it builds the property classes' tables, then compiles
// again on the second use): on a small project, most of the scan. On a text with no character
// above U+007F such a pattern has an ASCII twin that matches exactly the same and compiles in
// a tenth of the time: `\p{L}` is [A-Za-z] there, `\p{M}` nothing, `\p{N}` [0-9]. A twin is
// made only when that holds for every construct of the pattern; otherwise the pattern is its
// own twin. Detectors pick per text (`Dual.for`), so results never depend on the choice.

const ASCII_ONLY = /^[\x00-\x7f]*$/;

let twins = true;

/** Does the text hold only ASCII characters (the twins' domain)? Always no while twins are off. */
export const isAscii = (text: string): boolean => twins && ASCII_ONLY.test(text);

/** Runs `work` with every detector on its Unicode patterns only (tests compare both ways). */
export function withoutTwins<T>(work: () => T): T {
  twins = false;
  try {
    return work();
  } finally {
    twins = true;
  }
}

/** What a Unicode property stands for within ASCII text (undefined: no twin for that property). */
const ASCII_CLASS: Record<string, string> = {
  L: 'A-Za-z',
  Letter: 'A-Za-z',
  Lu: 'A-Z',
  Uppercase_Letter: 'A-Z',
  Ll: 'a-z',
  Lowercase_Letter: 'a-z',
  Lt: '',
  Lm: '',
  Lo: '',
  M: '',
  Mark: '',
  Mn: '',
  Mc: '',
  Me: '',
  N: '0-9',
  Number: '0-9',
  Nd: '0-9',
};

/**
 * The ASCII twin's source, or undefined when the pattern uses something whose meaning on ASCII
 * text is not certain to be kept: a negated property (`\P{…}`), another property, `\u{…}`, or
 * (with `i`) the two non-ASCII letters that Unicode case folding maps to ASCII (ſ → s, K → k).
 */
export function asciiSource(source: string, flags: string): string | undefined {
  if (flags.includes('v')) return undefined;
  if (flags.includes('i') && /[\u017f\u212a]/.test(source)) return undefined;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      const next = source[i + 1];
      if (next === 'P') return undefined;
      if (next === 'u' && source[i + 2] === '{') return undefined;
      if (next === 'p') {
        const close = source.indexOf('}', i);
        if (source[i + 2] !== '{' || close < 0) return undefined;
        const body = source.slice(i + 3, close).replace(/^(?:General_Category|gc)=/, '');
        const cls = ASCII_CLASS[body];
        if (cls === undefined) return undefined;
        // inside a class: its ranges; alone: a class of them (`[]` never matches, as \p{M} on ASCII)
        out += inClass ? cls : `[${cls}]`;
        i = close;
        continue;
      }
      out += ch + (next ?? '');
      i++;
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  return out;
}

/** A Unicode pattern and its ASCII twin (built on first use). */
export class Dual {
  private twin?: RegExp;
  constructor(readonly unicode: RegExp) {}

  /** the twin: the same matches on ASCII text */
  get ascii(): RegExp {
    if (!this.twin) {
      const source = asciiSource(this.unicode.source, this.unicode.flags);
      this.twin = source === undefined ? this.unicode : new RegExp(source, this.unicode.flags.replace('u', ''));
    }
    return this.twin;
  }

  /** the pattern to run on a text known to be ASCII (`isAscii`) or not */
  for(ascii: boolean): RegExp {
    return ascii ? this.ascii : this.unicode;
  }
}

export const dual = (re: RegExp): Dual => new Dual(re);
