// The SARIF 2.1.0 JSON schema (draft-07) from ../shared/spec, compiled with ajv, with
// the three string formats it uses checked too (ajv-formats is not a dependency).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AjvModule from 'ajv';
import { REPO } from '../helpers/cli.js';

export const SARIF_SCHEMA = resolve(REPO, '../shared/spec/sarif-schema-2.1.0.json');
export const hasSarifSchema = existsSync(SARIF_SCHEMA);

// ajv is CommonJS: under NodeNext typing its class is the default export's `default`
const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule) as unknown as new (o: object) => {
  addFormat(name: string, test: (s: string) => boolean): void;
  compile(s: object): ((d: unknown) => boolean) & { errors?: unknown[] };
};

/** A URI reference per RFC 3986: nothing that must be percent-encoded (spaces…), no stray %. */
const URI_REFERENCE = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;

export function sarifValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('uri-reference', (s) => URI_REFERENCE.test(s));
  ajv.addFormat('uri', (s) => URI_REFERENCE.test(s) && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s));
  ajv.addFormat('date-time', (s) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8')));
}
