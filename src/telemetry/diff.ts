// --diff: what share_crew adds over the default mode. Spans only share mode sends
// (Crew Execution) are kept whole; for the others, the attributes share mode adds or
// writes differently (crew_agents gains goal/backstory/…, listed in innerKeysAdded).
import type { SimulatedAttribute, SimulatedSpan } from './simulate.js';

export function shareCrewAdditions(withShare: SimulatedSpan[], withoutShare: SimulatedSpan[]): SimulatedSpan[] {
  const pool = [...withoutShare];
  const out: SimulatedSpan[] = [];
  for (const s of withShare) {
    const i = pool.findIndex((d) => d.name === s.name && d.subject === s.subject && d.trigger === s.trigger);
    if (i === -1) {
      out.push(s);
      continue;
    }
    const base = pool.splice(i, 1)[0];
    const before = new Map(base.attributes.map((a) => [a.key, a]));
    const added: SimulatedAttribute[] = [];
    for (const a of s.attributes) {
      const b = before.get(a.key);
      if (b && b.value === a.value) continue;
      const innerKeysAdded = b ? newInnerKeys(b.value, a.value) : undefined;
      added.push(innerKeysAdded?.length ? { ...a, innerKeysAdded } : a);
    }
    if (added.length) out.push({ ...s, attributes: added });
  }
  return out;
}

/** Keys present in the objects of a JSON list attribute in share mode but not in default mode. */
function newInnerKeys(before: unknown, after: unknown): string[] | undefined {
  const keys = (v: unknown): Set<string> | undefined => {
    if (typeof v !== 'string' || !v.startsWith('[')) return undefined;
    try {
      const list = JSON.parse(v) as unknown[];
      return new Set(list.flatMap((o) => (o && typeof o === 'object' && !Array.isArray(o) ? Object.keys(o) : [])));
    } catch {
      return undefined;
    }
  };
  const b = keys(before);
  const a = keys(after);
  if (!a || !b) return undefined;
  return [...a].filter((k) => !b.has(k));
}
