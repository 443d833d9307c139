// Release ranges in the catalog: `since` inclusive, `until` exclusive (the first
// release without it), plain X.Y.Z strings as the spec gives them.
import { compareVersions } from '../release/version.js';

export interface ReleaseRange {
  since?: string;
  until?: string;
}

export function inRange(version: string, range: ReleaseRange | undefined): boolean {
  if (!range) return true;
  if (range.since && compareVersions(version, range.since) < 0) return false;
  if (range.until && compareVersions(version, range.until) >= 0) return false;
  return true;
}
