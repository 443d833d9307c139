// Agent and task entries are checked field by field without zod when every field has one
// plain type (schemas.ts); that shortcut must never accept what zod refuses, for any field
// and any kind of value YAML can hold.
import { describe, expect, it } from 'vitest';
import { SourceText } from '../../src/core/source.js';
import { toPlain, type ConfigNode } from '../../src/load/tree.js';
import { loadYaml } from '../../src/load/yaml.js';
import { agentConfigSchema, KNOWN_AGENT_KEYS, KNOWN_TASK_KEYS, taskConfigSchema, validateEntry } from '../../src/model/schemas.js';

const VALUES = ['Analyst', '"quoted"', '1', '-3', '1.5', '9007199254740993', '.inf', '.nan', 'true', 'no', 'null', '~', '[]', '[a, 1]', '{}', '{model: gpt-4o}', '{python: tools.X}', '{model: 3}', '2024-01-01', '|\n    block'];

function entry(key: string, value: string): ConfigNode {
  const root = loadYaml(new SourceText('agents.yaml', `x:\n  ${key}: ${value}\n  role: Analyst\n`)).root;
  if (root?.kind !== 'map') throw new Error('not a map');
  return root.entries[0].value;
}

describe('validateEntry', () => {
  for (const [what, schema, keys] of [['agent', agentConfigSchema, KNOWN_AGENT_KEYS], ['task', taskConfigSchema, KNOWN_TASK_KEYS]] as const) {
    it(`reports a type error exactly when zod refuses the ${what} entry, for every field and kind of value`, () => {
      let refused = 0;
      for (const key of keys) {
        for (const value of VALUES) {
          const node = entry(key, value);
          const zodAccepts = schema.safeParse(toPlain(node)).success;
          const errors = validateEntry(node, schema, keys, what, 'agents.yaml').filter((d) => d.severity === 'error');
          expect(errors.length === 0, `${key}: ${value}`).toBe(zodAccepts);
          if (!zodAccepts) refused++;
        }
      }
      expect(refused).toBeGreaterThan(100);
    });
  }

  it('a __proto__ key is left to zod (a plain copy would take it as the prototype)', () => {
    const node = entry('__proto__', '{role: 5}');
    const zodAccepts = agentConfigSchema.safeParse(toPlain(node)).success;
    expect(validateEntry(node, agentConfigSchema, KNOWN_AGENT_KEYS, 'agent', 'agents.yaml').some((d) => d.severity === 'error')).toBe(!zodAccepts);
  });
});
