// Which CrewAI release a project pins. Precedence: --crewai-version > a lock file (uv.lock,
// poetry.lock: what is installed) > an exact requirements pin (crewai==X) > the pyproject
// specifier > a requirements range > the newest release the catalog knows. A range is
// modelled at the newest known release inside it, because pip and uv install the newest
// allowed. Each answer says where the pin is written, so audit can point at it.

import { readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import type { Diagnostic } from '../core/diagnostics.js';
import { readSource, type SourceKind } from '../core/readSource.js';
import { displayPath, type SourceSpan, type SourceText } from '../core/source.js';
import { KNOWN_RELEASES, NEWEST_RELEASE, newestKnownRelease } from './knownReleases.js';
import { isCrewai, parseRequirement, requirementsLines } from './requirement.js';
import type { ReleaseInfo } from './types.js';
import { compareVersions, normaliseVersion, parseSpecifier, parseVersion, type Specifier } from './version.js';

type EvidenceKind = 'lock' | 'requirements-pin' | 'pyproject' | 'requirements-range';

interface Evidence {
  kind: EvidenceKind;
  /** 'uv.lock', 'poetry.lock', the requirements file's name, 'pyproject.toml' */
  source: string;
  /** display path of the file */
  file: string;
  /** the locked or exactly pinned version */
  version?: string;
  spec?: Specifier;
  /** the dependency as written (`crewai[tools]>=0.102.0,<1.0.0`, `crewai = "^0.28"`) */
  declared: string;
  location: SourceSpan;
  /** a direct URL reference: no version can be known */
  url?: string;
}

interface DirEvidence {
  items: Evidence[];
  notes: string[];
  /** files here that are unreadable or broken (exit 2) */
  diagnostics: Diagnostic[];
  /** pyproject.toml here declares a uv workspace (its uv.lock covers projects below) */
  workspaceRoot: boolean;
  /** a .git here: the walk up stops (the folder's listing says so, no stat needed) */
  repositoryRoot: boolean;
}

export interface DetectOptions {
  override?: string;
  cwd?: string;
  /** the project files of a folder when discovery already listed it (else the folder is listed here) */
  projectFilesIn?: (dir: string) => readonly string[] | undefined;
}

const NO_VERSION_NOTE = `no CrewAI version found (uv.lock, poetry.lock, requirements*.txt, pyproject.toml); modelling the newest release the catalog knows (${NEWEST_RELEASE})`;

export function detectRelease(dirs: string[], opts: DetectOptions = {}): ReleaseInfo {
  const cwd = opts.cwd ?? process.cwd();
  if (opts.override !== undefined) return fromOverride(opts.override);
  const diagnostics: Diagnostic[] = [];
  for (const dir of dirs) {
    const found = findEvidence(resolve(cwd, dir), cwd, diagnostics, opts.projectFilesIn);
    if (found) return withDiagnostics(decide(found.items, found.notes), diagnostics);
  }
  return withDiagnostics({ version: NEWEST_RELEASE, source: 'default', exact: false, notes: [NO_VERSION_NOTE] }, diagnostics);
}

function withDiagnostics(r: ReleaseInfo, diagnostics: Diagnostic[]): ReleaseInfo {
  return diagnostics.length ? { ...r, diagnostics } : r;
}

function fromOverride(text: string): ReleaseInfo {
  const version = normaliseVersion(text);
  if (!version) {
    return {
      version: NEWEST_RELEASE,
      source: '--crewai-version',
      exact: false,
      notes: [],
      error: `--crewai-version: "${text}" is not a version (expected X.Y.Z, e.g. 0.114.0)`,
    };
  }
  return { version, source: '--crewai-version', exact: true, notes: unknownReleaseNotes(version) };
}

const cache = new Map<string, DirEvidence>();
/**
 * Folders remembered at most: a monorepo's shared parents are looked up by every crew, each
 * crew's own folder once; a cache of every folder held each one's parsed pins until the run
 * ended (~2.5 KB a crew). Past this many it starts afresh (a few parents are read again).
 */
const MAX_CACHED_FOLDERS = 2000;

/**
 * Evidence from the nearest folder (walking up to a .git boundary or the file-system
 * root) that declares or locks crewai. A uv.lock further up is used only when that
 * folder is a uv workspace root, whose lock covers its members.
 */
function findEvidence(start: string, cwd: string, diagnostics: Diagnostic[], listed?: DetectOptions['projectFilesIn']): { items: Evidence[]; notes: string[] } | undefined {
  let found: { items: Evidence[]; notes: string[] } | undefined;
  for (let dir = start; ; ) {
    const here = evidenceIn(dir, cwd, listed);
    diagnostics.push(...here.diagnostics);
    if (!found && here.items.length) {
      found = { items: [...here.items], notes: [...here.notes] };
      if (here.items.some((e) => e.kind === 'lock')) return found;
    } else if (found && here.workspaceRoot) {
      const lock = here.items.filter((e) => e.kind === 'lock');
      if (lock.length) return { items: [...lock, ...found.items], notes: [...found.notes, ...here.notes] };
    }
    const parent = dirname(dir);
    if (parent === dir || here.repositoryRoot) return found;
    dir = parent;
  }
}

function read(path: string, cwd: string, kind: SourceKind, out: DirEvidence): SourceText | undefined {
  const r = readSource(path, { file: displayPath(path, cwd), kind });
  if (r.ok) return r.source;
  if (!r.missing) out.diagnostics.push(r.diagnostic);
  return undefined;
}

/** A TOML parse error at its line:column, without the source excerpt smol-toml quotes. */
function tomlError(src: SourceText, e: unknown, what: string): Diagnostic {
  const err = e as { message?: string; line?: number; column?: number };
  const reason = String(err.message ?? 'error').split('\n')[0].replace(/^Invalid TOML document:\s*/, '');
  return { file: src.file, line: err.line ?? 1, column: err.column ?? 1, message: `not valid TOML (${reason}): ${what}`, severity: 'error' };
}

function evidenceIn(dir: string, cwd: string, listed?: DetectOptions['projectFilesIn']): DirEvidence {
  const key = `${cwd}\0${dir}`;
  const known = cache.get(key);
  if (known) return known;
  if (cache.size >= MAX_CACHED_FOLDERS) cache.clear();
  const out: DirEvidence = { items: [], notes: [], diagnostics: [], workspaceRoot: false, repositoryRoot: false };
  // one listing per folder says which files are there: a monorepo walks up through the same
  // folders thousands of times, and a failed read (an exception) costs far more than a lookup.
  // A folder discovery walked is not listed again: its project files are all that is looked for.
  let listing = listed?.(dir);
  if (!listing) {
    try {
      listing = readdirSync(dir);
    } catch {
      listing = []; // not a readable directory: nothing here
    }
  }
  const present = new Set(listing);
  out.repositoryRoot = present.has('.git');
  for (const lock of ['uv.lock', 'poetry.lock']) {
    const src = present.has(lock) ? read(join(dir, lock), cwd, 'lock', out) : undefined;
    if (src) lockEvidence(src, lock, out);
  }
  const names = listing.filter((n) => /^requirements.*\.txt$/i.test(n)).sort();
  const seen = new Set<string>();
  for (const n of names) requirementsEvidence(join(dir, n), cwd, out, seen);
  const py = present.has('pyproject.toml') ? read(join(dir, 'pyproject.toml'), cwd, 'toml', out) : undefined;
  if (py) pyprojectEvidence(py, out);
  cache.set(key, out);
  return out;
}

// ---- lock files -------------------------------------------------------------------

function lockEvidence(src: SourceText, source: string, out: DirEvidence): void {
  let doc: { package?: { name?: unknown; version?: unknown }[] };
  try {
    doc = parseToml(src.text) as typeof doc;
  } catch (e) {
    out.diagnostics.push(tomlError(src, e, `${source} cannot be read by uv/poetry; the release it locks is unknown`));
    return;
  }
  const entries = (Array.isArray(doc.package) ? doc.package : []).filter((p) => typeof p.name === 'string' && isCrewai(p.name) && typeof p.version === 'string');
  if (entries.length === 0) return;
  const version = entries[0].version as string;
  const others = [...new Set(entries.map((p) => p.version as string))].filter((v) => v !== version);
  if (others.length) out.notes.push(`${src.file} locks several crewai versions (${[version, ...others].join(', ')}) for different environments; modelling the first, ${version}`);
  out.items.push({ kind: 'lock', source, file: src.file, version, declared: `crewai ${version}`, location: lockVersionSpan(src, version) });
}

/** The `version = "…"` value of the first [[package]] entry named crewai. */
function lockVersionSpan(src: SourceText, version: string): SourceSpan {
  const text = src.text;
  const headers = [...text.matchAll(/^\[\[package\]\]\s*$/gm)].map((m) => m.index);
  headers.push(text.length);
  for (let i = 0; i + 1 < headers.length; i++) {
    const block = text.slice(headers[i], headers[i + 1]);
    const name = /^name\s*=\s*["']([^"']+)["']/m.exec(block);
    if (!name || !isCrewai(name[1])) continue;
    const v = /^version\s*=\s*["']([^"']+)["']/m.exec(block);
    if (!v || v[1] !== version) continue;
    const at = headers[i] + v.index + v[0].lastIndexOf(v[1]);
    return src.span(at, at + v[1].length);
  }
  return src.span(0, 0);
}

// ---- requirements*.txt ------------------------------------------------------------

function requirementsEvidence(path: string, cwd: string, out: DirEvidence, seen: Set<string>): void {
  if (seen.has(path)) return;
  seen.add(path);
  const src = read(path, cwd, 'text', out);
  if (!src) return;
  for (const line of requirementsLines(src.text)) {
    if (line.include) {
      // -r / -c files are followed relative to the including file (cycles are cut)
      requirementsEvidence(resolve(dirname(path), line.include), cwd, out, seen);
      continue;
    }
    const req = parseRequirement(line.text);
    if (!req || !isCrewai(req.name)) continue;
    const declared = line.text.trim();
    // parseRequirement counts from the start of line.text, leading blanks included
    const at = line.offset + (req.specifier ? req.specifierOffset : line.text.length - line.text.trimStart().length);
    const location = src.span(at, at + (req.specifier || declared).length);
    out.items.push(specEvidence('requirements-range', basename(path), src.file, req.specifier, declared, location, req.url));
  }
}

// ---- pyproject.toml ---------------------------------------------------------------

type Toml = Record<string, unknown>;
const table = (x: unknown): Toml => (x && typeof x === 'object' && !Array.isArray(x) ? (x as Toml) : {});

function pyprojectEvidence(src: SourceText, out: DirEvidence): void {
  let doc: Toml;
  try {
    doc = parseToml(src.text) as Toml;
  } catch (e) {
    out.diagnostics.push(tomlError(src, e, 'pip, uv and CrewAI cannot read it; its dependencies were not read'));
    return;
  }
  const project = table(doc.project);
  const tool = table(doc.tool);
  out.workspaceRoot = table(tool.uv).workspace !== undefined;
  // [project].dependencies first; optional dependencies and dependency groups after
  const pep508: unknown[] = [
    ...(Array.isArray(project.dependencies) ? project.dependencies : []),
    ...Object.values(table(project['optional-dependencies'])).flat(),
    ...Object.values(table(doc['dependency-groups'])).flat(),
  ];
  for (const d of pep508) {
    if (typeof d !== 'string') continue;
    const req = parseRequirement(d);
    if (!req || !isCrewai(req.name)) continue;
    const at = stringLiteralOffset(src.text, d);
    const location = at === undefined ? src.span(0, 0) : src.span(at + req.specifierOffset, at + (req.specifier ? req.specifierOffset + req.specifier.length : d.length));
    out.items.push(specEvidence('pyproject', 'pyproject.toml', src.file, req.specifier, d.trim(), location, req.url));
  }
  const poetry = table(tool.poetry);
  const poetryTables: [string, unknown][] = [['tool.poetry.dependencies', poetry.dependencies]];
  for (const [group, def] of Object.entries(table(poetry.group))) poetryTables.push([`tool.poetry.group.${group}.dependencies`, table(def).dependencies]);
  for (const [header, deps] of poetryTables) {
    for (const [name, value] of Object.entries(table(deps))) {
      if (!isCrewai(name)) continue;
      const first = Array.isArray(value) ? value[0] : value;
      const spec = typeof first === 'string' ? first : typeof table(first).version === 'string' ? (table(first).version as string) : '';
      const url = ['git', 'path', 'url'].map((k) => table(first)[k]).find((x) => typeof x === 'string') as string | undefined;
      const location = poetryLocation(src, header, name, spec);
      out.items.push(specEvidence('pyproject', 'pyproject.toml', src.file, spec, `${name} = "${spec}"`, location, url));
    }
  }
}

/** Offset of the characters of a TOML string literal's value, skipping commented-out lines. */
function stringLiteralOffset(text: string, value: string): number | undefined {
  for (const quote of ['"', "'"]) {
    const needle = quote + value + quote;
    for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) {
      const lineStart = text.lastIndexOf('\n', i) + 1;
      if (!text.slice(lineStart, i).includes('#')) return i + 1;
    }
  }
  return undefined;
}

/** The `crewai = …` entry of a Poetry table: the version string when there is one, else the key. */
function poetryLocation(src: SourceText, header: string, name: string, spec: string): SourceSpan {
  const text = src.text;
  const escaped = header.replace(/\./g, '\\s*\\.\\s*"?').replace(/"\?$/, '');
  const head = new RegExp(`^\\s*\\[\\s*${escaped}"?\\s*\\]`, 'm').exec(text);
  const from = head ? head.index + head[0].length : 0;
  const next = text.slice(from).search(/^\s*\[/m);
  const body = text.slice(from, next === -1 ? text.length : from + next);
  const key = new RegExp(`^\\s*["']?${name.replace(/[.]/g, '\\.')}["']?\\s*=`, 'mi').exec(body);
  if (!key) return src.span(from, from);
  const keyAt = from + key.index + key[0].search(/\S/);
  if (spec) {
    const lineEnd = text.indexOf('\n', keyAt);
    const rest = text.slice(keyAt, lineEnd === -1 ? text.length : lineEnd);
    const i = rest.indexOf(spec);
    if (i !== -1) return src.span(keyAt + i, keyAt + i + spec.length);
  }
  return src.span(keyAt, keyAt + name.length);
}

// ---- deciding ---------------------------------------------------------------------

function specEvidence(kind: EvidenceKind, source: string, file: string, specText: string, declared: string, location: SourceSpan, url?: string): Evidence {
  const spec = url ? undefined : parseSpecifier(specText);
  const exact = spec?.exact && normaliseVersion(spec.exact) ? spec.exact : undefined;
  const finalKind: EvidenceKind = kind === 'requirements-range' && exact ? 'requirements-pin' : kind;
  return { kind: finalKind, source, file, spec, version: exact, declared, location, url };
}

const RANK: Record<EvidenceKind, number> = { lock: 0, 'requirements-pin': 1, pyproject: 2, 'requirements-range': 3 };

function decide(evidence: Evidence[], dirNotes: string[]): ReleaseInfo {
  const notes = [...dirNotes];
  const ordered = [...evidence].sort((a, b) => RANK[a.kind] - RANK[b.kind]);
  for (const e of ordered.filter((x) => x.url)) notes.push(`${e.file} installs crewai from ${e.url}: its version cannot be known statically`);
  for (const e of ordered.filter((x) => !x.url && !x.spec && !x.version)) notes.push(`${e.file}: cannot read the crewai specifier "${e.declared}"; ignored`);
  const usable = ordered.filter((e) => e.version || (e.spec && !e.url));
  const chosen = usable[0];
  if (!chosen) return { version: NEWEST_RELEASE, source: 'default', exact: false, notes: [...notes, NO_VERSION_NOTE] };

  const declaredSpec = usable.find((e) => e !== chosen && e.kind !== 'lock' && e.spec && !e.spec.any);
  if (chosen.version) {
    const version = normaliseVersion(chosen.version) ?? chosen.version;
    if (declaredSpec && !declaredSpec.spec!.matches(chosen.version)) {
      notes.push(
        chosen.kind === 'lock'
          ? `${chosen.file} locks crewai ${chosen.version}, which ${declaredSpec.file} (${declaredSpec.declared}) does not allow; modelling the lock, which is what is installed (run \`uv lock\` / \`poetry lock\` to refresh it)`
          : `${chosen.file} pins crewai ${chosen.version}, which ${declaredSpec.file} (${declaredSpec.declared}) does not allow; modelling the pin`,
      );
    }
    notes.push(...unknownReleaseNotes(version));
    return { version, source: chosen.source, location: chosen.location, declared: declaredSpec?.declared ?? (chosen.kind === 'lock' ? undefined : chosen.declared), exact: true, notes };
  }

  const pick = newestKnownRelease(chosen.spec);
  if (pick) {
    notes.push(
      `${chosen.file} requires ${chosen.declared}: modelling ${pick}, the newest release crewtel knows that satisfies it, because pip/uv resolve the newest allowed; commit a lock file or pin crewai==X.Y.Z for an exact answer`,
    );
    return { version: pick, source: chosen.source, location: chosen.location, declared: chosen.declared, exact: false, notes };
  }
  notes.push(`${chosen.file} requires ${chosen.declared}, which no release crewtel knows satisfies; modelling ${NEWEST_RELEASE}, the newest it knows`);
  return { version: NEWEST_RELEASE, source: chosen.source, location: chosen.location, declared: chosen.declared, exact: false, notes };
}

/** A pinned release the catalog does not list is still modelled, by its number. */
function unknownReleaseNotes(version: string): string[] {
  if (KNOWN_RELEASES.some((r) => compareVersions(r, version) === 0)) return [];
  const v = parseVersion(version);
  if (!v) return [];
  const below = [...KNOWN_RELEASES].filter((r) => compareVersions(r, version) < 0).sort(compareVersions).pop();
  if (compareVersions(version, NEWEST_RELEASE) > 0) {
    return [`crewai ${version} is newer than every release crewtel knows (newest ${NEWEST_RELEASE}); it is modelled as behaving like ${NEWEST_RELEASE}`];
  }
  return [`crewai ${version} is not in crewtel's list of releases; the catalog compares version numbers, so it is modelled like the releases around it${below ? ` (nearest below: ${below})` : ''}`];
}

