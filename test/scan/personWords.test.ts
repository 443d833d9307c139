// Lexicon lookups ignore accents both ways: a name written without its accents (common in
// ASCII-only identifiers and prose typed on an English keyboard) is still the same name.
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/scan/detectors/personWords.js';

describe('classify: accent-insensitive lexicon lookup', () => {
  it('finds an accented lexicon entry from its unaccented spelling', () => {
    // the lexicons hold these only with their accents
    expect(classify('sebastiao')).toBe('G');
    expect(classify('joao')).toBe('G');
    expect(classify('francois')).toBe('G');
    expect(classify('goncalves')).toBe('S');
    expect(classify('nunez')).toBe('S');
  });
  it('finds the entry spelled as the lexicon holds it', () => {
    expect(classify('sebastião')).toBe('G');
    expect(classify('gonçalves')).toBe('S');
  });
  it('finds an unaccented entry from an accented spelling', () => {
    // only 'zoe' is in the lexicon
    expect(classify('zoë')).toBe('G');
  });
  it('does not make an ordinary word a name by folding it', () => {
    expect(classify('analyst')).toBe('C');
    expect(classify('café')).not.toMatch(/[GS]/);
  });
});
