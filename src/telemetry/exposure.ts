// Which attributes carry a user field at a release, read from the catalog itself so
// that a new release is one data change (audit's exposure and severity come from here).
import type { FieldSlot } from '../model/types.js';
import { compareVersions } from '../release/version.js';
import { catalogAt } from './catalog/index.js';

export interface SlotExposure {
  /** attributes that carry the field whenever telemetry is on */
  default: string[];
  /** attributes that carry it only with share_crew */
  shareCrew: string[];
}

const cache = new Map<string, SlotExposure>();

export function slotExposure(slot: FieldSlot, version: string): SlotExposure {
  const cacheKey = `${slot}@${version}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const out: SlotExposure = { default: [], shareCrew: [] };
  // slots the catalog does not name directly
  const lookup: FieldSlot = slot === 'mcp.server' ? 'tool.name' : slot;
  for (const span of catalogAt(version)) {
    if (span.emittedBy === 'none' || span.emittedBy === 'cli') continue;
    for (const a of span.attributes) {
      const label = `${span.name}/${a.key}`;
      const spanShare = span.gate === 'share_crew';
      if (a.slot === lookup) push(out, spanShare || a.gate === 'share_crew', a.json === 'list' ? `${label}[]` : label);
      for (const k of a.inner ?? []) {
        if (k.slot !== lookup) continue;
        const isList = k.key === 'tools_names';
        push(out, spanShare || k.gate === 'share_crew', `${label}[].${k.key}${isList ? '[]' : ''}`);
      }
    }
  }
  if (slot === 'mcp.server') {
    // MCP tools are attached at run time: they reach tool spans, not tools_names (spec f)
    out.default = out.default.filter((l) => !l.includes('tools_names'));
    out.shareCrew = out.shareCrew.filter((l) => !l.includes('tools_names'));
  }
  if ((slot === 'fingerprint.id' || slot === 'fingerprint.created_at') && compareVersions(version, '0.186.0') < 0) {
    // before 0.186.0 a fingerprint dict's values were not copied verbatim
    out.default = [];
    out.shareCrew = [];
  }
  cache.set(cacheKey, out);
  return out;
}

function push(out: SlotExposure, share: boolean, label: string): void {
  const list = share ? out.shareCrew : out.default;
  if (!list.includes(label)) list.push(label);
}

/** Does kickoff fill {placeholders} in this field before a default attribute records it? */
export function interpolatedAfter(slot: FieldSlot, version: string): boolean {
  for (const span of catalogAt(version)) {
    if (span.gate === 'share_crew') continue;
    for (const a of span.attributes) {
      if (a.slot === slot && a.interpolated === 'after' && a.gate !== 'share_crew') return true;
    }
  }
  return false;
}
