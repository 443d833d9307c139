// PEP 440 versions and specifiers, and Poetry constraints, as real CrewAI projects write them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KNOWN_RELEASES, NEWEST, newestKnownRelease } from '../../src/release/knownReleases.js';
import { compareVersions, normaliseVersion, parseSpecifier, parseVersion } from '../../src/release/version.js';

const matches = (spec: string, v: string) => {
  const s = parseSpecifier(spec);
  if (!s) throw new Error(`not a specifier: ${spec}`);
  return s.matches(v);
};

describe('parsing versions', () => {
  it.each([
    ['1.2.3', [1, 2, 3]],
    ['0.1.14', [0, 1, 14]],
    ['v0.28.5', [0, 28, 5]],
    ['1.14.3a1', [1, 14, 3]],
    ['0.28.5.post1', [0, 28, 5]],
    ['1.0.0rc2', [1, 0, 0]],
    ['2.0.dev3', [2, 0]],
    ['1!2.0', [2, 0]],
  ])('%s', (text, release) => {
    expect(parseVersion(text)?.release).toEqual(release);
  });

  it('reads pre, post, dev and local parts, with the spellings pip accepts', () => {
    expect(parseVersion('1.14.3a1')).toMatchObject({ pre: ['a', 1] });
    expect(parseVersion('1.14.3-alpha.1')).toMatchObject({ pre: ['a', 1] });
    expect(parseVersion('1.0c1')).toMatchObject({ pre: ['rc', 1] });
    expect(parseVersion('0.28.5.post1')).toMatchObject({ post: 1 });
    expect(parseVersion('0.28.5-1')).toMatchObject({ post: 1 });
    expect(parseVersion('1.0.dev2')).toMatchObject({ dev: 2 });
    expect(parseVersion('1.0+local.7')).toMatchObject({ local: 'local.7' });
  });

  it('rejects what is not a version', () => {
    for (const bad of ['', 'foo', '1.2.x', 'latest', '1..2', '>=1.0']) expect(parseVersion(bad)).toBeUndefined();
  });

  it('normalises to the form crewtel reports', () => {
    expect(normaliseVersion('0.114')).toBe('0.114.0');
    expect(normaliseVersion('v1.14.3-alpha.1')).toBe('1.14.3a1');
    expect(normaliseVersion('0.28.5-1')).toBe('0.28.5.post1');
    expect(normaliseVersion('nope')).toBeUndefined();
  });
});

describe('ordering', () => {
  it('orders dev < pre < final < post, numerically per part', () => {
    const ordered = ['1.0.dev1', '1.0a1.dev1', '1.0a1', '1.0a2', '1.0b1', '1.0rc1', '1.0', '1.0.post1.dev1', '1.0.post1', '1.0.1', '1.10', '2!0.1'];
    for (let i = 0; i + 1 < ordered.length; i++) expect(compareVersions(ordered[i], ordered[i + 1]), `${ordered[i]} < ${ordered[i + 1]}`).toBe(-1);
  });

  it('compares release numbers as numbers and pads with zeros', () => {
    expect(compareVersions('0.100.0', '0.99.9')).toBe(1);
    expect(compareVersions('1.0', '1.0.0')).toBe(0);
    expect(compareVersions('1.14.3a1', '1.14.3')).toBe(-1);
    expect(compareVersions('0.28.5.post1', '0.28.5')).toBe(1);
  });

  it('is a total order over the known releases (antisymmetric and transitive)', () => {
    const arb = fc.constantFrom(...KNOWN_RELEASES, '1.14.3a1', '0.28.5.post1', '1.0.dev1', '1.0rc1');
    fc.assert(
      fc.property(arb, arb, arb, (a, b, c) => {
        expect(compareVersions(a, b) + compareVersions(b, a)).toBe(0);
        if (compareVersions(a, b) <= 0 && compareVersions(b, c) <= 0) expect(compareVersions(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });
});

describe('PEP 440 specifiers', () => {
  it.each([
    ['>=0.76.9,<1.0.0', '0.102.0', true],
    ['>=0.76.9,<1.0.0', '1.0.0', false],
    ['>= 0.76.9, < 1.0.0', '0.102.0', true],
    ['== 0.28.8', '0.28.8', true],
    ['==0.28.8', '0.28.8.post1', false],
    ['!=0.114.0', '0.114.0', false],
    ['!=0.114.0', '0.117.0', true],
    ['<=0.114.0', '0.114.0', true],
    ['>0.114.0', '0.114.0', false],
    ['>0.114.0', '0.114.0.post1', false],
    ['<1.15.0', '1.15.0rc1', false],
    ['<1.15.0rc2', '1.15.0rc1', true],
    ['~=0.114', '0.203.1', true],
    ['~=0.114', '1.0.0', false],
    ['~=0.114.0', '0.114.9', true],
    ['~=0.114.0', '0.115.0', false],
    ['==1.2.*', '1.2.9', true],
    ['==1.2.*', '1.3.0', false],
    ['!=1.2.*', '1.3.0', true],
    ['===1.0', '1.0', true],
    ['===1.0', '1.0.0', false],
    ['==1.0', '1.0.0', true],
    ['', '0.5.5', true],
  ])('%j allows %s: %s', (spec, v, ok) => {
    expect(matches(spec, v)).toBe(ok);
  });

  it('knows an exact pin', () => {
    expect(parseSpecifier('==0.28.8')?.exact).toBe('0.28.8');
    expect(parseSpecifier('==0.28.8, !=0.28.7')?.exact).toBe('0.28.8');
    expect(parseSpecifier('==0.28.*')?.exact).toBeUndefined();
    expect(parseSpecifier('>=0.28')?.exact).toBeUndefined();
  });

  it('rejects what is not a specifier', () => {
    for (const bad of ['>=', 'abc', '~=1', '>=1.0.*', '>>1.0']) expect(parseSpecifier(bad), bad).toBeUndefined();
  });
});

describe('Poetry constraints', () => {
  it.each([
    ['^0.28', '0.28.8', true],
    ['^0.28', '0.30.0', false],
    ['^0.102.0', '0.102.9', true],
    ['^0.102.0', '0.105.0', false],
    ['^1.2', '1.15.17', true],
    ['^1.2', '2.0.0', false],
    ['^0.0.3', '0.0.4', false],
    ['^0.0', '0.0.9', true],
    ['^0.0', '0.1.0', false],
    ['~0.28', '0.28.8', true],
    ['~0.28', '0.29.0', false],
    ['~1', '1.9.0', true],
    ['~1.2.3', '1.2.9', true],
    ['~1.2.3', '1.3.0', false],
    ['0.51.1', '0.51.1', true],
    ['0.51.1', '0.51.2', false],
    ['*', '1.15.17', true],
    ['>=1.0 <2.0', '1.5.0', true],
    ['>=1.0 <2.0', '2.0.0', false],
    ['^0.28 || ^0.30', '0.30.11', true],
    ['^0.28 || ^0.30', '0.29.0', false],
  ])('%j allows %s: %s', (spec, v, ok) => {
    expect(matches(spec, v)).toBe(ok);
  });

  it('a bare Poetry version is an exact pin', () => {
    expect(parseSpecifier('0.51.1')?.exact).toBe('0.51.1');
  });
});

describe('known releases', () => {
  it('lists every release the spec names, newest 1.15.17', () => {
    for (const r of ['0.5.5', '0.76.9', '0.79.0', '0.108.0', '0.114.0', '0.130.0', '0.134.0', '0.140.0', '0.165.0', '0.165.1', '1.14.2', '1.14.3', '1.15.14', '1.15.15', '1.15.17']) {
      expect(KNOWN_RELEASES).toContain(r);
    }
    expect(NEWEST).toBe('1.15.17');
    expect([...KNOWN_RELEASES].sort(compareVersions).pop()).toBe(NEWEST);
  });

  it('models a range at the newest known stable release inside it', () => {
    expect(newestKnownRelease(parseSpecifier('>=0.102.0,<1.0.0'))).toBe('0.203.1');
    expect(newestKnownRelease(parseSpecifier('^0.28'))).toBe('0.28.8');
    expect(newestKnownRelease(parseSpecifier('>=1.14.3a1,<1.14.4'))).toBe('1.14.3');
    expect(newestKnownRelease(parseSpecifier('>=9'))).toBeUndefined();
  });
});
