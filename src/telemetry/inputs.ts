// Parses `--inputs` JSON into the Python values kickoff would receive: objects keep
// their key order (a Map), numbers keep their Python type (1.0 is a float, 10**20 an
// exact int), so crew_inputs and interpolated text come out as CrewAI writes them.
import { getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { PyNumber } from './pyjson.js';
import type { KickoffInputs } from './interpolate.js';

export type ParsedInputs = { ok: true; inputs: KickoffInputs } | { ok: false; message: string };

export function parseKickoffInputs(text: string): ParsedInputs {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length || !root) {
    const e = errors[0];
    const where = e ? position(text, e.offset) : '';
    return { ok: false, message: `not valid JSON (${e ? printParseErrorCode(e.error) : 'empty'}${where})` };
  }
  if (root.type !== 'object') return { ok: false, message: 'expected a JSON object of input names to values, e.g. {"topic": "AI"}' };
  return { ok: true, inputs: toValue(root, text) as Map<string, unknown> };
}

function toValue(node: Node, text: string): unknown {
  switch (node.type) {
    case 'object': {
      const out = new Map<string, unknown>();
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (k && v) out.set(String(k.value), toValue(v, text));
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map((c) => toValue(c, text));
    case 'number': {
      const raw = text.slice(node.offset, node.offset + node.length);
      return new PyNumber(raw, /[.eE]/.test(raw));
    }
    default:
      return getNodeValue(node);
  }
}

function position(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return ` at line ${before.length}, column ${before[before.length - 1].length + 1}`;
}
