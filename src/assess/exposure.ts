// How far a user-authored string travels: which attributes carry it at the modelled
// release, whether that needs share_crew, and so how severe a match in it is.

import type { SourceString } from '../core/source.js';
import type { Crew, FieldSlot } from '../model/types.js';
import { slotExposure, toolNameExposure, toolPlacement } from '../telemetry/exposure.js';
import type { Exposure, Severity } from './types.js';

export interface FieldExposure {
  exposure: Exposure;
  attributes: string[];
  /** severity of a confident match in this field */
  severity: Severity;
  /** why the field travels further than it appears to (a tool name inherited by tasks), for the message */
  detail?: string;
}

/**
 * `value` (the user's string) lets a tool name be placed in its crew: it is in
 * crew_agents[].tools_names[] only if an agent lists it, and in crew_tasks[].tools_names[]
 * if a task lists it or inherits it from its agent (once per such task).
 */
export function fieldExposure(slot: FieldSlot, version: string, crew: Crew | undefined, value?: SourceString): FieldExposure {
  if (slot === 'other') return { exposure: 'not_emitted', attributes: [], severity: 'low' };
  const placement = slot === 'tool.name' && crew && value ? toolPlacement(crew, value, version) : undefined;
  const exp = placement ? toolNameExposure(placement, version) : slotExposure(slot, version);
  const detail = placement?.inheritedBy.length ? inheritedDetail(placement.inheritedBy) : undefined;
  return { ...levels(exp, crew), ...(detail ? { detail } : {}) };
}

function inheritedDetail(tasks: string[]): string {
  return `inherited by tasks without tools of their own (Task.check_tools), so crew_tasks[].tools_names carries it once per task: ${tasks.map((t) => `tasks.${t}`).join(', ')}`;
}

/** One step lower: what only a crew crewtel cannot see would send (agents outside any crew) is weaker evidence. */
export function lowered(s: Severity): Severity {
  return s === 'high' ? 'medium' : 'low';
}

function levels(exp: { default: string[]; shareCrew: string[] }, crew: Crew | undefined): FieldExposure {
  const out = crewLevels(exp, crew);
  return crew?.outsideCrews ? { ...out, severity: lowered(out.severity) } : out;
}

function crewLevels(exp: { default: string[]; shareCrew: string[] }, crew: Crew | undefined): FieldExposure {
  const shares = crew?.shareCrew.value ?? false;
  if (exp.default.length > 0) {
    return { exposure: 'default', attributes: shares ? unique([...exp.default, ...exp.shareCrew]) : exp.default, severity: 'high' };
  }
  if (exp.shareCrew.length > 0) {
    return { exposure: 'share_crew', attributes: exp.shareCrew, severity: shares ? 'high' : 'medium' };
  }
  return { exposure: 'not_emitted', attributes: [], severity: 'low' };
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
