// The JSON outputs match the schemas shipped in schemas/ (the package's documented
// shapes): audit, preview and env, on the bundled fixtures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvModule from 'ajv';
import { describe, expect, it } from 'vitest';
import { crewtelAsync, REPO } from '../helpers/cli.js';

const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule) as unknown as new (o: object) => {
  compile(s: object): ((d: unknown) => boolean) & { errors?: unknown[] };
};
const validator = (name: string) => new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync(join(REPO, 'schemas', `${name}.schema.json`), 'utf8')));

const cases: [string, string[]][] = [
  ['audit', ['audit', 'fixtures/example-crew', '--format', 'json']],
  ['audit', ['audit', 'fixtures/ci-crew', '--format', 'json', '--fail-on', 'never']],
  ['preview', ['preview', 'fixtures/example-crew', '--format', 'json']],
  ['preview', ['preview', 'fixtures/example-crew', '--format', 'json', '--diff']],
  ['env', ['env', 'fixtures/example-crew', '--format', 'json']],
  ['env', ['env', 'fixtures/ci-crew', '--format', 'json']],
];

describe('shipped JSON Schemas', () => {
  for (const [schema, args] of cases) {
    it(`${args.join(' ')} matches schemas/${schema}.schema.json`, async () => {
      const r = await crewtelAsync(args);
      const validate = validator(schema);
      const doc = JSON.parse(r.stdout);
      expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    });
  }

  it('rejects what breaks the contract (a schema that cannot fail is no test)', () => {
    const validate = validator('audit');
    expect(validate({ tool: { name: 'crewtel', version: '0' }, crewaiVersion: '1', crewaiVersionSource: 'x', crews: [], findings: [{ ruleId: 'pii/email' }], suppressed: [], errors: [], warnings: [], summary: {} })).toBe(false);
  });
});
