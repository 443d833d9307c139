// CrewAI stable releases the telemetry catalog knows: every release the spec names
// (sections b, e, f, g, h), plus releases projects commonly pin. When a project gives
// only a range, crewtel models the newest known release inside it, because that is what
// pip/uv install. Releases not listed here are still modelled when pinned exactly: the
// catalog compares version numbers, not list membership.
import { compareVersions, isPrerelease, parseVersion, type Specifier } from './version.js';

export const NEWEST_RELEASE = '1.15.17';
export const NEWEST = NEWEST_RELEASE;

/** The first release with telemetry at all (spec g). */
export const TELEMETRY_SINCE = '0.5.5';

export const KNOWN_RELEASES: readonly string[] = [
  '0.1.14', '0.5.5', '0.10.0', '0.11.0', '0.14.0', '0.14.3', '0.14.4', '0.16.0', '0.16.3', '0.19.0', '0.22.4', '0.22.5',
  '0.27.0', '0.28.0', '0.28.2', '0.28.5', '0.28.8', '0.30.11', '0.32.0', '0.35.0', '0.36.0', '0.41.0', '0.41.1',
  '0.51.0', '0.51.1', '0.55.2', '0.60.0', '0.63.0', '0.63.6', '0.65.2', '0.70.1', '0.74.0', '0.76.9', '0.79.0',
  '0.79.4', '0.80.0', '0.83.0', '0.85.0', '0.86.0', '0.95.0', '0.98.0', '0.100.0', '0.100.1', '0.102.0',
  '0.105.0', '0.108.0', '0.114.0', '0.117.0', '0.117.1', '0.118.0', '0.119.0', '0.120.0', '0.120.1', '0.121.0',
  '0.126.0', '0.130.0', '0.134.0', '0.140.0', '0.141.0', '0.148.0', '0.150.0', '0.152.0', '0.157.0', '0.159.0',
  '0.165.0', '0.165.1', '0.175.0', '0.177.0', '0.186.0', '0.186.1', '0.193.0', '0.193.2', '0.201.1', '0.203.0',
  '0.203.1', '1.0.0', '1.1.0', '1.2.1', '1.3.0', '1.4.0', '1.5.0', '1.6.1', '1.7.0', '1.8.0', '1.8.1', '1.9.0',
  '1.9.3', '1.10.0', '1.10.1', '1.11.1', '1.12.0', '1.13.0', '1.14.0', '1.14.2', '1.14.3', '1.14.4', '1.14.5',
  '1.14.7', '1.15.0', '1.15.1', '1.15.2', '1.15.9', '1.15.11', '1.15.14', '1.15.15', '1.15.16', '1.15.17',
];

/** The newest known stable release a specifier allows (pre-releases are never picked, as pip does without --pre). */
export function newestKnownRelease(spec: Specifier | undefined): string | undefined {
  let best: string | undefined;
  for (const r of KNOWN_RELEASES) {
    const v = parseVersion(r);
    if (!v || isPrerelease(v) || (spec && !spec.matches(v))) continue;
    if (!best || compareVersions(r, best) > 0) best = r;
  }
  return best;
}
