// Release ranges for the telemetry catalog, on purpose independent of release/version.ts
// (full PEP 440): the catalog only ever names plain X.Y.Z releases, so a numeric tuple
// compare is all it needs.
//
// A range is { since?, until? }: `since` is the FIRST release that has the thing
// (inclusive), `until` is the first release that no longer has it (exclusive). Both
// are releases as the spec names them ("first stable release containing the commit").
// A missing bound is open. So { since: '0.55.2' } = 0.55.2 and later,
// { since: '0.35.0', until: '0.55.2' } = 0.35.0 … 0.51.x.

export interface ReleaseRange {
  /** first release that has it (inclusive) */
  since?: string;
  /** first release that no longer has it (exclusive) */
  until?: string;
}

/** The newest CrewAI release the catalog describes (spec: latest tag 1.15.17). */
export const NEWEST_RELEASE = '1.15.17';

/** The first release with telemetry at all (spec g). */
export const TELEMETRY_SINCE = '0.5.5';

/** Every stable CrewAI release tag (v-prefixed and plain tags normalised), oldest first. */
export const KNOWN_RELEASES: readonly string[] = [
  '0.1.0', '0.1.1', '0.1.2', '0.1.14', '0.1.23', '0.1.32', '0.5.0', '0.5.2', '0.5.3', '0.5.5', '0.10.0', '0.11.0',
  '0.11.1', '0.11.2', '0.14.0', '0.14.3', '0.14.4', '0.16.0', '0.16.3', '0.19.0', '0.22.0', '0.22.2', '0.22.4',
  '0.22.5', '0.27.0', '0.28.0', '0.28.1', '0.28.2', '0.28.5', '0.28.7', '0.28.8', '0.30.4', '0.30.5', '0.30.8',
  '0.30.11', '0.32.0', '0.32.1', '0.32.2', '0.35.0', '0.35.3', '0.35.4', '0.35.5', '0.35.7', '0.35.8', '0.36.0',
  '0.41.0', '0.41.1', '0.51.0', '0.55.2', '0.60.0', '0.61.0', '0.63.0', '0.63.1', '0.63.2', '0.63.5', '0.63.6',
  '0.64.0', '0.65.2', '0.70.1', '0.74.0', '0.74.2', '0.75.0', '0.75.1', '0.76.0', '0.76.2', '0.76.9', '0.79.0',
  '0.79.4', '0.80.0', '0.83.0', '0.85.0', '0.86.0', '0.95.0', '0.98.0', '0.100.0', '0.102.0', '0.105.0', '0.108.0',
  '0.114.0', '0.117.0', '0.117.1', '0.118.0', '0.119.0', '0.120.0', '0.120.1', '0.121.0', '0.121.1', '0.126.0',
  '0.130.0', '0.134.0', '0.140.0', '0.141.0', '0.148.0', '0.150.0', '0.152.0', '0.157.0', '0.159.0', '0.165.0',
  '0.165.1', '0.175.0', '0.177.0', '0.186.0', '0.186.1', '0.193.0', '0.193.1', '0.193.2', '0.201.0', '0.201.1',
  '0.203.0', '0.203.1', '0.203.2', '1.0.0', '1.1.0', '1.2.0', '1.2.1', '1.3.0', '1.4.0', '1.4.1', '1.5.0', '1.6.0',
  '1.6.1', '1.7.0', '1.7.1', '1.7.2', '1.8.0', '1.8.1', '1.9.0', '1.9.1', '1.9.2', '1.9.3', '1.10.0', '1.10.1',
  '1.11.0', '1.11.1', '1.12.0', '1.12.1', '1.12.2', '1.13.0', '1.14.0', '1.14.1', '1.14.2', '1.14.3', '1.14.4',
  '1.14.5', '1.14.6', '1.14.7', '1.15.0', '1.15.1', '1.15.2', '1.15.3', '1.15.4', '1.15.5', '1.15.6', '1.15.7',
  '1.15.8', '1.15.9', '1.15.10', '1.15.11', '1.15.12', '1.15.13', '1.15.14', '1.15.15', '1.15.16', '1.15.17',
];

/**
 * The releases where something crewtel models changes: the catalog's ranges (spec g,
 * plus the inferred export/duplicate notes), the Feature Usage values, and the
 * behaviour checks in simulation (built-in tools, internal flows, name transforms).
 * A test checks that every bound the catalog and FEATURES use is listed here and is a
 * real release, so a typo cannot silently shift a range.
 */
export const RELEASE_BOUNDARIES: readonly string[] = [
  '0.5.5', '0.10.0', '0.11.0', '0.27.0', '0.28.5', '0.30.4', '0.32.0', '0.35.0', '0.41.0', '0.51.0', '0.55.2',
  '0.60.0', '0.70.1', '0.74.0', '0.95.0', '0.105.0', '0.114.0', '0.130.0', '0.186.0', '1.0.0', '1.1.0', '1.7.0',
  '1.8.0', '1.9.0', '1.10.0', '1.10.1', '1.11.1', '1.13.0', '1.14.0', '1.14.2', '1.14.7', '1.15.0', '1.15.1',
  '1.15.2', '1.15.11', '1.15.14', '1.15.15', '1.15.16', '1.15.17',
  // llm values (llmModel.ts): fc llm / default model, LLM routing and its model lists
  '0.63.0', '0.79.0', '0.108.0', '1.2.0', '1.4.1', '1.6.0', '1.6.1', '1.12.0',
];

interface Parsed {
  nums: number[];
  /** -1 pre-release / dev (before the release), 0 final, 1 post-release */
  phase: -1 | 0 | 1;
}

const RELEASE = /^\s*v?(\d+(?:\.\d+)*)(.*)$/i;

/** Leading numeric release plus a coarse phase; undefined when `v` does not start with a number. */
function parseRelease(v: string): Parsed | undefined {
  const m = RELEASE.exec(v);
  if (!m) return undefined;
  const nums = m[1].split('.').map(Number);
  const rest = m[2].replace(/\+.*$/, '').toLowerCase();
  let phase: Parsed['phase'] = 0;
  if (/^[-_.]?(post|rev|r)\d*/.test(rest) || /^-\d/.test(rest)) phase = 1;
  else if (/^[-_.]?(a|b|c|rc|alpha|beta|pre|preview|dev)/.test(rest)) phase = -1;
  return { nums, phase };
}

/**
 * Numeric tuple compare (1.10.1 > 1.9.3; 1.0 == 1.0.0). A pre-release sorts before its
 * release and a post-release after it, as PEP 440 orders them; anything finer
 * (1.0.0a1 vs 1.0.0a2) compares equal, which no catalog range depends on.
 * Unparseable strings sort before every release.
 */
export function compareReleases(a: string, b: string): number {
  const pa = parseRelease(a);
  const pb = parseRelease(b);
  if (!pa || !pb) return pa ? 1 : pb ? -1 : 0;
  const n = Math.max(pa.nums.length, pb.nums.length);
  for (let i = 0; i < n; i++) {
    const d = (pa.nums[i] ?? 0) - (pb.nums[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return pa.phase === pb.phase ? 0 : pa.phase < pb.phase ? -1 : 1;
}

/** Is `version` inside `range` (since inclusive, until exclusive)? No range = always. */
export function inRange(version: string, range: ReleaseRange | undefined): boolean {
  if (!range) return true;
  if (range.since !== undefined && compareReleases(version, range.since) < 0) return false;
  if (range.until !== undefined && compareReleases(version, range.until) >= 0) return false;
  return true;
}

/** `version` ≥ `since`: the one-sided check simulation code uses for behaviour changes. */
export function atLeast(version: string, since: string): boolean {
  return compareReleases(version, since) >= 0;
}
