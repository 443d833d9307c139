// Which attributes carry a user field at a release, read from the catalog itself so a
// new release is one data change (audit's exposure and severity come from here).
//
// Labels are `Span Name/attribute_key`, with `[]` marking a JSON array: members of
// crew_agents/crew_tasks are `Crew Created/crew_agents[].role`, list values end in `[]`
// (`…/tools_names[]`, `Flow Execution/node_names[]`). Conditional attributes count
// unless their condition never holds at that release (e.g. agent_role on tool spans,
// which no call site sets); spans a release starts but never exports do not count.
import type { SourceString } from '../core/source.js';
import type { Crew, FieldSlot, Tool } from '../model/types.js';
import { configuredTools, taskTools } from './attachedTools.js';
import { catalogAt, derivationAt, type SpanAt } from './catalog/index.js';
import type { AttributeDef, InnerKeyDef, SlotRef } from './catalog/types.js';
import { inRange } from './versionRange.js';

export interface SlotExposure {
  /** attributes that carry the field whenever telemetry is on */
  default: string[];
  /** attributes that carry it only with share_crew (what share_crew adds) */
  shareCrew: string[];
}

/** Where one tool name sits in a crew: which agents list it, which tasks list it or inherit it. */
export interface ToolPlacement {
  agents: string[];
  /** tasks whose own tools include it */
  tasks: string[];
  /** tasks without tools of their own that get it from their agent (Task.check_tools) */
  inheritedBy: string[];
}

interface Carrier {
  label: string;
  shareOnly: boolean;
  def: AttributeDef | InnerKeyDef;
}

const cache = new Map<string, SlotExposure>();

export function slotExposure(slot: FieldSlot, version: string): SlotExposure {
  const cacheKey = `${slot}@${version}`;
  let hit = cache.get(cacheKey);
  if (!hit) {
    hit = { default: [], shareCrew: [] };
    for (const c of carriers(slot, version)) {
      const list = c.shareOnly ? hit.shareCrew : hit.default;
      if (!list.includes(c.label)) list.push(c.label);
    }
    hit.shareCrew = hit.shareCrew.filter((l) => !hit!.default.includes(l));
    cache.set(cacheKey, hit);
  }
  return { default: [...hit.default], shareCrew: [...hit.shareCrew] };
}

/**
 * Does kickoff fill a {placeholder} in this field before a default attribute records
 * it? (role → Task Created/Task Execution agent_role since 0.186.0; description →
 * Task Execution formatted_description in v0.35.0 – v0.36.0.)
 */
export function interpolatedAfter(slot: FieldSlot, version: string): boolean {
  // asked once per placeholder: the answer depends only on the catalog, so keep it
  const cacheKey = `${slot}@${version}`;
  let hit = interpolatedCache.get(cacheKey);
  if (hit === undefined) {
    hit = carriers(slot, version).some((c) => !c.shareOnly && c.def.interpolated === 'after');
    interpolatedCache.set(cacheKey, hit);
  }
  return hit;
}

const interpolatedCache = new Map<string, boolean>();

/** Every attribute (or inner key) of the catalog at `version` that carries `slot`. */
function carriers(slot: FieldSlot, version: string): Carrier[] {
  const out: Carrier[] = [];
  for (const span of catalogAt(version)) {
    if (span.notExportedAt) continue;
    for (const a of span.attributes) {
      const spanShare = span.gate === 'share_crew';
      if (carries(a, slot, version)) out.push({ label: `${label(span, a.key)}${a.list ? '[]' : ''}`, shareOnly: spanShare || a.gate === 'share_crew', def: a });
      for (const k of a.inner ?? []) {
        if (!carries(k, slot, version)) continue;
        out.push({
          label: `${label(span, a.key)}[].${k.key}${k.list ? '[]' : ''}`,
          shareOnly: spanShare || a.gate === 'share_crew' || k.gate === 'share_crew',
          def: k,
        });
      }
    }
  }
  return out;
}

function label(span: SpanAt, key: string): string {
  return `${span.name}/${key}`;
}

function carries(def: AttributeDef | InnerKeyDef, slot: FieldSlot, version: string): boolean {
  if (def.condition?.holds === 'never') return false;
  return (def.slots ?? []).some((s: SlotRef) => (typeof s === 'string' ? s === slot : s.slot === slot && inRange(version, s.releases)));
}

/**
 * Where the tool whose name is `name` (the user's text) sits in `crew` at `version`:
 * tasks inherit their agent's tools only where the catalog's crew_tasks tools_names
 * says the release derives them. undefined when no agent or task of the crew has it.
 */
export function toolPlacement(crew: Crew, name: SourceString, version: string): ToolPlacement | undefined {
  const isIt = (t: Tool) => t.nameSource === name || (t.kind === 'unresolved' && t.ref === name.value.trim());
  const inherits = carriers('tool.name', version).some((c) => c.def.source === 'task.tools_names' && derivationAt(c.def.derive, version) === 'inherit-agent-tools');
  const byKey = new Map(crew.agents.map((a) => [a.key, a]));
  const placement: ToolPlacement = { agents: [], tasks: [], inheritedBy: [] };
  for (const a of crew.agents) if (configuredTools(a.tools).some(isIt)) placement.agents.push(a.key);
  for (const t of crew.tasks) {
    if (configuredTools(t.tools).some(isIt)) placement.tasks.push(t.key);
    else if (inherits) {
      const got = taskTools(t, t.agent ? byKey.get(t.agent) : undefined);
      if (got.inheritedFrom && got.tools.some(isIt)) placement.inheritedBy.push(t.key);
    }
  }
  return placement.agents.length || placement.tasks.length || placement.inheritedBy.length ? placement : undefined;
}

/**
 * The exposure of one tool name placed in a crew: the slot's attributes, minus the
 * crew_agents / crew_tasks members that cannot carry it (an agent tool no task
 * inherits is not in crew_tasks; a task-only tool is not in crew_agents).
 */
export function toolNameExposure(placement: ToolPlacement, version: string): SlotExposure {
  const hit: SlotExposure = { default: [], shareCrew: [] };
  for (const c of carriers('tool.name', version)) {
    if (c.def.source === 'agent.tools_names' && placement.agents.length === 0) continue;
    if (c.def.source === 'task.tools_names' && placement.tasks.length + placement.inheritedBy.length === 0) continue;
    const list = c.shareOnly ? hit.shareCrew : hit.default;
    if (!list.includes(c.label)) list.push(c.label);
  }
  hit.shareCrew = hit.shareCrew.filter((l) => !hit.default.includes(l));
  return hit;
}
