// YAML flow collections nested past the limit are refused before the yaml library parses them;
// the count of brackets that lets most files skip the scan must not change that answer.
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH } from '../../src/load/tree.js';
import { flowDepthOver } from '../../src/load/yaml.js';

const nested = (depth: number) => `a: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;

describe('flowDepthOver', () => {
  it('refuses flow nesting past the limit, wherever the brackets are', () => {
    expect(flowDepthOver(nested(MAX_DEPTH), MAX_DEPTH)).toBe(-1);
    expect(flowDepthOver(nested(MAX_DEPTH + 1), MAX_DEPTH)).toBeGreaterThan(0);
    expect(flowDepthOver(`b: x\na: ${'{k: '.repeat(MAX_DEPTH + 1)}1${'}'.repeat(MAX_DEPTH + 1)}\n`, MAX_DEPTH)).toBeGreaterThan(0);
  });

  it('reads many brackets that do not nest as fine, and few as fine without a scan', () => {
    expect(flowDepthOver(`a: [${'[1], '.repeat(MAX_DEPTH * 2)}[1]]\n`, MAX_DEPTH)).toBe(-1);
    expect(flowDepthOver('goal: Research {topic} for {company}\n', MAX_DEPTH)).toBe(-1);
  });
});
