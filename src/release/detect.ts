// Which CrewAI release a project pins: --crewai-version, else the lock file (uv.lock,
// poetry.lock), else an exact requirements pin, else the newest known release inside
// the pyproject/requirements range, else the newest release the catalog knows.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { displayPath, SourceText, type SourceSpan } from '../core/source.js';
import { KNOWN_RELEASES, NEWEST_RELEASE } from './knownReleases.js';
import type { ReleaseInfo } from './types.js';
import { compareVersions, parseSpecifier, parseVersion, type Specifier } from './version.js';

interface Evidence {
  source: string;
  file: string;
  version?: string;
  spec?: Specifier;
  declared?: string;
  location?: SourceSpan;
}

export interface DetectOptions {
  override?: string;
  cwd?: string;
}

export function detectRelease(dirs: string[], opts: DetectOptions = {}): ReleaseInfo {
  const cwd = opts.cwd ?? process.cwd();
  if (opts.override) {
    const v = parseVersion(opts.override);
    return { version: v ? v.release.join('.') : opts.override, source: '--crewai-version', notes: [] };
  }
  for (const dir of dirs) {
    const evidence = findEvidence(dir, cwd);
    if (evidence.length) return decide(evidence);
  }
  return { version: NEWEST_RELEASE, source: 'default', notes: [`no CrewAI version found in a lock file, requirements or pyproject.toml; modelling the newest release crewtel knows (${NEWEST_RELEASE})`] };
}

const cache = new Map<string, Evidence[]>();

/** Evidence from the nearest folder (walking up to a .git boundary) that has any. */
function findEvidence(start: string, cwd: string): Evidence[] {
  let dir = start;
  for (;;) {
    let found = cache.get(dir);
    if (!found) {
      found = evidenceIn(dir, cwd);
      cache.set(dir, found);
    }
    if (found.length) return found;
    const parent = dirname(dir);
    if (parent === dir || existsSync(join(dir, '.git'))) return [];
    dir = parent;
  }
}

function read(path: string, cwd: string): SourceText | undefined {
  try {
    return new SourceText(displayPath(path, cwd), readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function evidenceIn(dir: string, cwd: string): Evidence[] {
  const out: Evidence[] = [];
  for (const lock of ['uv.lock', 'poetry.lock']) {
    const src = read(join(dir, lock), cwd);
    if (src) out.push(...lockEvidence(src, lock));
  }
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((n) => /^requirements.*\.txt$/i.test(n)).sort();
  } catch {
    return out;
  }
  for (const n of names) {
    const src = read(join(dir, n), cwd);
    if (src) out.push(...requirementsEvidence(src));
  }
  const py = read(join(dir, 'pyproject.toml'), cwd);
  if (py) out.push(...pyprojectEvidence(py));
  return out;
}

function lockEvidence(src: SourceText, source: string): Evidence[] {
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(src.text) as Record<string, unknown>;
  } catch {
    return [];
  }
  const pkgs = (doc.package as { name?: string; version?: string }[] | undefined) ?? [];
  const crewai = pkgs.find((p) => p.name?.toLowerCase() === 'crewai');
  if (!crewai?.version) return [];
  // locate the version line of the crewai entry
  const at = /^name\s*=\s*"crewai"\s*\r?\n(?:.*\r?\n)*?version\s*=\s*"([^"]+)"/m.exec(src.text);
  const offset = at ? at.index + at[0].lastIndexOf(at[1]) : 0;
  return [{ source, file: src.file, version: crewai.version, location: src.span(offset, offset + crewai.version.length) }];
}

const REQ_LINE = /^\s*crewai(?:\[[^\]]*\])?\s*((?:[<>=!~^]=?|===)[^;#\s]*(?:\s*,\s*[<>=!~]=?[^;#\s,]*)*)?/i;

function requirementsEvidence(src: SourceText): Evidence[] {
  const out: Evidence[] = [];
  let offset = 0;
  for (const line of src.text.split('\n')) {
    const m = REQ_LINE.exec(line);
    if (m && !/^\s*crewai[-_]/i.test(line)) out.push(specEvidence('requirements.txt', src, m[1] ?? '', offset + line.indexOf('crewai')));
    offset += line.length + 1;
  }
  return out;
}

function pyprojectEvidence(src: SourceText): Evidence[] {
  let doc: Record<string, any>;
  try {
    doc = parseToml(src.text) as Record<string, any>;
  } catch {
    return [];
  }
  const out: Evidence[] = [];
  const deps: unknown[] = [...(doc.project?.dependencies ?? []), ...Object.values(doc.project?.['optional-dependencies'] ?? {}).flat()];
  for (const d of deps) {
    if (typeof d !== 'string') continue;
    const m = /^\s*crewai(?:\[[^\]]*\])?\s*(\(?[^;]*?\)?)\s*(;.*)?$/i.exec(d);
    if (!m || /^\s*crewai[-_]/i.test(d)) continue;
    out.push(specEvidence('pyproject.toml', src, m[1].replace(/[()]/g, ''), src.text.indexOf(d)));
  }
  const poetry = doc.tool?.poetry?.dependencies?.crewai;
  if (poetry) {
    const spec = typeof poetry === 'string' ? poetry : typeof poetry.version === 'string' ? poetry.version : '';
    const at = /^crewai\s*=/m.exec(src.text);
    out.push(specEvidence('pyproject.toml', src, spec, at ? at.index : 0));
  }
  return out;
}

function specEvidence(source: string, src: SourceText, spec: string, offset: number): Evidence {
  const trimmed = spec.trim();
  const parsed = parseSpecifier(trimmed);
  const lineEnd = src.text.indexOf('\n', offset);
  const location = src.span(Math.max(0, offset), lineEnd === -1 ? src.text.length : lineEnd);
  return { source, file: src.file, spec: parsed, declared: trimmed || '(any version)', version: parsed?.exact, location };
}

function newestMatching(spec: Specifier | undefined): string | undefined {
  const candidates = KNOWN_RELEASES.filter((r) => !spec || spec.matches(r));
  return candidates.sort((a, b) => compareVersions(b, a))[0];
}

function decide(evidence: Evidence[]): ReleaseInfo {
  const notes: string[] = [];
  const lock = evidence.find((e) => e.source.endsWith('.lock') && e.version);
  const declared = evidence.find((e) => !e.source.endsWith('.lock'));
  if (lock) {
    if (declared?.spec && !declared.spec.matches(lock.version!)) {
      notes.push(`${lock.file} locks crewai ${lock.version}, which ${declared.file} (${declared.declared}) does not allow; using the lock, which is what is installed`);
    }
    return { version: normalise(lock.version!), source: lock.source, location: lock.location, declared: declared?.declared, notes };
  }
  const pinned = evidence.find((e) => e.version);
  if (pinned) return { version: normalise(pinned.version!), source: pinned.source, location: pinned.location, declared: pinned.declared, notes };
  const ranged = evidence[0];
  const pick = newestMatching(ranged.spec);
  if (pick) {
    notes.push(`${ranged.file} allows crewai ${ranged.declared}; modelling ${pick}, the newest release crewtel knows in that range (what pip/uv would install); pin a version or commit a lock file for an exact answer`);
    return { version: pick, source: ranged.source, location: ranged.location, declared: ranged.declared, notes };
  }
  notes.push(`${ranged.file} requires crewai ${ranged.declared}, which no release crewtel knows satisfies; modelling ${NEWEST_RELEASE}`);
  return { version: NEWEST_RELEASE, source: ranged.source, location: ranged.location, declared: ranged.declared, notes };
}

function normalise(v: string): string {
  const p = parseVersion(v);
  return p ? p.release.join('.') + (p.pre ? `${p.pre[0]}${p.pre[1]}` : '') : v;
}
