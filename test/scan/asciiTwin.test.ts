// ASCII twins (src/scan/asciiTwin.ts): on ASCII text a detector runs the twin of each Unicode
// pattern. The findings must be the same as with the Unicode patterns alone, on every example
// of every detector, on the project's fixtures and on generated text built to reach the
// patterns' edges (names, cues, dates, phone numbers, addresses, identifiers).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asciiSource, isAscii, withoutTwins } from '../../src/scan/asciiTwin.js';
import { detectors } from '../../src/scan/detectors/index.js';
import { scanText } from '../../src/scan/scanText.js';
import { REPO } from '../helpers/cli.js';

describe('asciiSource', () => {
  it('writes each property as its ASCII letters, inside and outside a class', () => {
    expect(asciiSource('[\\p{L}\\p{M}][\\p{L}\\p{M}\'-]*', 'gu')).toBe("[A-Za-z][A-Za-z'-]*");
    expect(asciiSource('(?<![\\p{L}\\p{N}])x\\p{Lu}\\p{Ll}+', 'iu')).toBe('(?<![A-Za-z0-9])x[A-Z][a-z]+');
    // a mark never occurs in ASCII text: an empty class, which never matches
    expect(asciiSource('a\\p{M}+', 'u')).toBe('a[]+');
    expect(asciiSource('[^\\p{L}]', 'u')).toBe('[^A-Za-z]');
    // escapes are copied as they are, a bracket inside a class does not close it
    expect(asciiSource('[\\]\\p{L}][x]\\[\\p{N}', 'u')).toBe('[\\]A-Za-z][x]\\[[0-9]');
  });

  it('gives no twin where the meaning on ASCII text is not certain', () => {
    expect(asciiSource('\\P{L}', 'u')).toBeUndefined();
    expect(asciiSource('\\p{Script=Latin}', 'u')).toBeUndefined();
    expect(asciiSource('\\u{1F600}', 'u')).toBeUndefined();
    // Unicode case folding maps ſ to s and the Kelvin sign to k: not so without the u flag
    expect(asciiSource('ſ', 'iu')).toBeUndefined();
    expect(asciiSource('\u212a', 'iu')).toBeUndefined();
    expect(asciiSource('ſ', 'u')).toBe('ſ');
  });
});

/** Every ASCII line of the fixtures' YAML, JSON and Python, and of the detectors' examples. */
function texts(): string[] {
  const out: string[] = [];
  for (const d of detectors) out.push(...d.examples.match, ...d.examples.noMatch);
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ya?ml|jsonc?|py)$/.test(name)) out.push(...readFileSync(p, 'utf8').split('\n'));
    }
  };
  walk(join(REPO, 'fixtures'));
  // edges: names with and without cues, honorifics, initials, possessives, camel case, dates, numbers, addresses
  const names = ['Maria Garcia', 'Jo', 'Linda V. Yamamoto', "O'Brien", 'McDonald', 'DeShawn', 'Jean-Pierre', 'Will Smith', 'Morgan Stanley', 'Nguyen Van An', 'HR', 'OpenAI', 'Dr. Okafor'];
  const around = ['Contact {} today', 'Dear {},', 'Thanks, {}', 'assistant to {}', 'Send the final draft to {}.', "{}'s report", '{} approves it', 'You are {}, a guide', 'Ask {} before publishing', 'The account owner is {}.', 'Use {} (GDPR)', '{} AI', 'propose_{}_task', 'crew.{}'];
  for (const n of names) for (const a of around) out.push(a.replace('{}', n));
  out.push('born on 3 March 1990', 'Date of birth: 1990-03-03', 'DOB (d.o.b.) is 03/03/1990', 'born in Porto, Portugal on 1 May 1980', 'Call +1 415 555 0123', 'order 4417-2210-9931', 'tel: 020 7946 0958 2 times');
  out.push('221B Baker Street, London', '1600 Pennsylvania Avenue NW', 'Rua Augusta 100, 1100-053 Lisboa', 'Flat No. 12, Green Park Society, MG Road', 'passport number X1234567', 'Passport of the holder: 123456789');
  return [...new Set(out)].filter((t) => t && isAscii(t));
}

describe('ASCII twins', () => {
  const all = texts();

  it('cover a wide set of ASCII texts', () => {
    expect(all.length).toBeGreaterThan(500);
  });

  for (const kind of ['prose', 'identifier'] as const) {
    it(`find exactly what the Unicode patterns find (${kind} texts)`, () => {
      const options = kind === 'identifier' ? { kind } : {};
      const twins = all.map((t) => scanText(t, options));
      const unicode = withoutTwins(() => all.map((t) => scanText(t, options)));
      expect(twins).toEqual(unicode);
      // the comparison means something: the texts hold findings of many detectors
      expect(new Set(twins.flat().map((m) => m.ruleId)).size).toBeGreaterThan(kind === 'prose' ? 8 : 1);
    });
  }

  it('are not used on text with a character above U+007F (a Unicode name stays found)', () => {
    expect(isAscii('Contact Jörg today')).toBe(false);
    expect(scanText('Contact Jörg Müller today').map((m) => m.text)).toContain('Jörg Müller');
  });
});
