// crewtel's own settings (.crewtel.yaml or [tool.crewtel] in pyproject.toml): the same
// keys in both places. Unknown keys are errors: a typo must not silently disable a gate.
import * as z from 'zod/mini';

const severity = z.enum(['high', 'medium', 'low']);

export const configSchema = z.strictObject({
  'fail-on': z.optional(z.enum(['high', 'medium', 'low', 'never'])),
  'crewai-version': z.optional(z.string()),
  disable: z.optional(z.array(z.string())),
  severity: z.optional(z.record(z.string(), severity)),
  allowlist: z.optional(
    z.strictObject({
      values: z.optional(z.array(z.string())),
      regexes: z.optional(z.array(z.string())),
      paths: z.optional(z.array(z.string())),
    }),
  ),
});

export type CrewtelConfig = z.infer<typeof configSchema>;
