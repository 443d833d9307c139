// Kickoff input interpolation as CrewAI does it (STR interpolate_only @ 1.15.17): every
// {name} with name matching [A-Za-z_][A-Za-z0-9_-]* is replaced by str(inputs[name]);
// a missing name raises KeyError and the kickoff fails. Only runs when inputs are
// non-empty. Replacement is sequential over the variables found in the ORIGINAL text
// (Python str.replace, all occurrences), exactly as CrewAI loops.
//
// Releases before 0.114.0 used str.format(**inputs) for some fields; it differs only
// for {{ }}, format specs and attribute access, which crewtel does not model.
import { pyStr } from './pyjson.js';

export type KickoffInputs = ReadonlyMap<string, unknown>;

const VARIABLE = /\{([A-Za-z_][A-Za-z0-9_-]*)\}/g;

export interface Interpolated {
  value: string;
  /** the first {name} with no input: CrewAI raises KeyError, the kickoff fails */
  missing?: string;
}

export function interpolateOnly(text: string, inputs: KickoffInputs | undefined): Interpolated {
  if (!inputs || inputs.size === 0) return { value: text };
  if (!text) return { value: '' };
  if (!text.includes('{') && !text.includes('}')) return { value: text };
  const variables = [...text.matchAll(VARIABLE)].map((m) => m[1]);
  const missing = variables.find((v) => !inputs.has(v));
  if (missing !== undefined) return { value: text, missing };
  let result = text;
  for (const v of variables) result = result.split(`{${v}}`).join(pyStr(inputs.get(v)));
  return { value: result };
}

/** The {placeholder} names in a text, in order, without repeats. */
export function placeholderNames(text: string): string[] {
  return [...new Set([...text.matchAll(VARIABLE)].map((m) => m[1]))];
}

/** Inputs given as a plain object or a Map (a Map keeps key order exactly, see pyjson). */
export function toInputsMap(inputs: Record<string, unknown> | ReadonlyMap<string, unknown> | undefined): KickoffInputs | undefined {
  if (!inputs) return undefined;
  return inputs instanceof Map ? inputs : new Map(Object.entries(inputs));
}
