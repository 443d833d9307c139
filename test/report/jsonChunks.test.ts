// The JSON report is written in pieces; joined they must be exactly JSON.stringify(v, null, 2).
import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/core/jsonChunks.js';

const shapes: unknown[] = [
  {
    a: 1,
    b: [1, 2, { c: 'line\nbreak', d: undefined, e: () => 1 }],
    empty: [],
    none: {},
    nil: null,
    holes: [undefined, null, () => 2, Symbol('s')],
    date: new Date(0),
    map: new Map([[1, 2]]),
    text: 'ü "quoted" \u2028 \\ tab\t',
    nested: [[[]], [{}], [[{ deep: [1, { x: 'y\n' }] }]]],
    bare: Object.assign(Object.create(null), { z: 1 }),
    boxed: new String('s'),
    custom: { toJSON: () => ({ q: [1] }) },
  },
  [],
  {},
  [1, [2, [3, [4]]]],
  'plain',
  5,
  null,
];

describe('jsonChunks', () => {
  for (const depth of [0, 1, 2, 3, 6]) {
    it(`joins to JSON.stringify's text (walking ${depth} levels)`, () => {
      for (const v of shapes) expect([...jsonChunks(v, depth)].join('')).toBe(JSON.stringify(v, null, 2));
    });
  }

  it('hands a large report on in several pieces, none of them the whole text', () => {
    const report = { findings: Array.from({ length: 5000 }, (_, i) => ({ ruleId: 'pii/email', file: `crew_${i}/agents.yaml`, line: i })) };
    const pieces = [...jsonChunks(report)];
    const whole = JSON.stringify(report, null, 2);
    expect(pieces.join('')).toBe(whole);
    expect(pieces.length).toBeGreaterThan(5);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(whole.length / 4);
  });
});
