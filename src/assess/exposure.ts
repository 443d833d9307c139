// How far a user-authored string travels: which attributes carry it at the modelled
// release, whether that needs share_crew, and so how severe a match in it is.

import type { Crew, FieldSlot } from '../model/types.js';
import { slotExposure } from '../telemetry/exposure.js';
import type { Exposure, Severity } from './types.js';

export interface FieldExposure {
  exposure: Exposure;
  attributes: string[];
  /** severity of a confident match in this field */
  severity: Severity;
}

export function fieldExposure(slot: FieldSlot, version: string, crew: Crew | undefined): FieldExposure {
  if (slot === 'other') return { exposure: 'not_emitted', attributes: [], severity: 'low' };
  const exp = slotExposure(slot, version);
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
