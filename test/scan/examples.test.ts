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
});
