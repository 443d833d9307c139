// Every detector's own examples are tests: each `match` example must produce a match
// of that detector covering the example; each `noMatch` example none of that entity.
import { describe, expect, it } from 'vitest';
import { detectors } from '../../src/scan/detectors/index.js';
import { scanText } from '../../src/scan/scanText.js';

describe.each(detectors.map((d) => [d.id, d] as const))('%s', (_id, d) => {
  it('has positive and negative examples', () => {
    expect(d.examples.match.length).toBeGreaterThan(0);
    expect(d.examples.noMatch.length).toBeGreaterThan(0);
  });
  it.each(d.examples.match)('finds %s', (example) => {
    const text = `Note: ${example} (end)`;
    const at = text.indexOf(example);
    const hits = scanText(text, { kind: 'prose' }).filter((m) => m.ruleId === d.id);
    expect(hits.length, `no ${d.id} match in ${JSON.stringify(text)}`).toBeGreaterThan(0);
    // the match lies within the example (it may leave out a cue word such as "SSN")
    expect(hits.some((m) => m.start >= at && m.end <= at + example.length)).toBe(true);
  });
  it.each(d.examples.noMatch)('does not fire on %s', (example) => {
    const hits = scanText(`Note: ${example} (end)`, { kind: 'prose' }).filter((m) => m.entity === d.entity && m.ruleId === d.id);
    expect(hits).toEqual([]);
  });
});

describe('registry', () => {
  it('rule ids are unique and namespaced', () => {
    const ids = detectors.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(pii|secret)\/[a-z0-9-]+$/);
  });

  it('every entity of the contract has a detector', () => {
    const covered = new Set(detectors.map((d) => d.entity));
    for (const e of ['PERSON', 'EMAIL_ADDRESS', 'PHONE_NUMBER', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'IP_ADDRESS', 'STREET_ADDRESS', 'DATE_OF_BIRTH', 'NATIONAL_ID', 'PASSPORT', 'CRYPTO_WALLET', 'URL_CREDENTIALS', 'SECRET']) {
      expect(covered.has(e as never), e).toBe(true);
    }
  });

  it('patterns are global regexes and quick checks are not (test() must not keep state)', () => {
    for (const d of detectors) {
      expect(d.description.length, d.id).toBeGreaterThan(5);
      for (const p of d.patterns) expect(p.regex.global, `${d.id} ${p.name}`).toBe(true);
      if (d.quick) expect(d.quick.global || d.quick.sticky, d.id).toBe(false);
      expect(d.patterns.length > 0 || d.find !== undefined, d.id).toBe(true);
    }
  });

  it("a pattern's quick check passes every text its pattern matches (examples, and each match on its own)", () => {
    for (const d of detectors) {
      for (const p of d.patterns) {
        if (!p.quick) continue;
        expect(p.quick.global || p.quick.sticky || p.quick.unicode, `${d.id} ${p.name}`).toBe(false);
        for (const example of [...d.examples.match, ...d.examples.noMatch]) {
          p.regex.lastIndex = 0;
          for (const m of example.matchAll(p.regex)) {
            expect(p.quick.test(example), `${d.id} ${p.name}: ${example}`).toBe(true);
            expect(p.quick.test(m[0]), `${d.id} ${p.name}: ${m[0]}`).toBe(true);
          }
        }
      }
    }
  });

  it('street-address patterns behind a quick check still find their own kind of address', () => {
    const street = detectors.find((d) => d.id === 'pii/street-address')!;
    const found = (text: string, name: string) => {
      const p = street.patterns.find((x) => x.name === name)!;
      p.regex.lastIndex = 0;
      return (!p.quick || p.quick.test(text)) && p.regex.test(text);
    };
    expect(found('Avda. Diagonal 640, 08017 Barcelona', 'romance-street')).toBe(true);
    expect(found('Praça da Sé 12', 'romance-street')).toBe(true);
    expect(found('Münchner Strasse 4', 'german-street')).toBe(true);
    expect(found('Lindenallee 12', 'german-street')).toBe(true);
    expect(found('3 Allée des Tilleuls', 'french-number-first')).toBe(true);
    expect(found('Flat No. 7, Shanti Nagar, MG Road', 'indian-society')).toBe(true);
    expect(found('上海市浦东新区世纪大道100号', 'chinese-address')).toBe(true);
  });

  it('a match example is still found when the quick check runs first (the quick check never hides a match)', () => {
    for (const d of detectors) for (const example of d.examples.match) if (d.quick) expect(d.quick.test(example), `${d.id}: ${example}`).toBe(true);
  });
});
