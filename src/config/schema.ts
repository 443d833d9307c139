// crewtel's own settings (.crewtel.yaml or [tool.crewtel] in pyproject.toml): the same
// keys in both places. Unknown keys are errors: a typo must not silently disable a gate.
// Regexes and versions are checked here, so a bad one is reported at its file:line:col
// instead of failing later without a location.
import * as z from 'zod/mini';
import { parseVersion } from '../release/version.js';

const severity = z.enum(['high', 'medium', 'low']);

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

const regex = z.string().check(z.refine(compiles, { message: 'not a valid regular expression' }));
const version = z.string().check(z.refine((v) => parseVersion(v) !== undefined, { message: 'not a version (expected X.Y.Z, e.g. "1.15.17")' }));

// built on first use: most projects have no crewtel config, and a schema costs ~3 ms to build at start
const buildConfigSchema = () => z.strictObject({
  'fail-on': z.optional(z.enum(['high', 'medium', 'low', 'never'])),
  'fail-on-unresolved': z.optional(z.boolean()),
  'crewai-version': z.optional(version),
  disable: z.optional(z.array(z.string())),
  severity: z.optional(z.record(z.string(), severity)),
  'fail-on-advisories': z.optional(z.boolean()),
  'accept-advisories': z.optional(
    z.array(
      z.strictObject({
        rule: z.string(),
        release: z.string().check(z.refine((v) => v === '*' || parseVersion(v) !== undefined, { message: 'a CrewAI release X.Y.Z (or "*" for every release)' })),
        reason: z.optional(z.string()),
      }),
    ),
  ),
  allowlist: z.optional(
    z.strictObject({
      values: z.optional(z.array(z.string())),
      regexes: z.optional(z.array(regex)),
      paths: z.optional(z.array(z.string())),
    }),
  ),
});

let built: ReturnType<typeof buildConfigSchema> | undefined;
export const configSchema = () => (built ??= buildConfigSchema());

export type CrewtelConfig = z.infer<ReturnType<typeof buildConfigSchema>>;

/** The keys, for messages ("expected one of …"). */
export const CONFIG_KEYS = ['fail-on', 'fail-on-unresolved', 'crewai-version', 'disable', 'severity', 'fail-on-advisories', 'accept-advisories', 'allowlist'] as const;
export const ALLOWLIST_KEYS = ['values', 'regexes', 'paths'] as const;
