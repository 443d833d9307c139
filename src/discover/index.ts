// Finds the files that can define crews under the paths the user gave: CrewAI YAML
// configs, JSON crews, declarative flows, Python, pyproject. Skips vendored and
// generated folders and whatever .gitignore ignores. Parses nothing.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { readSource } from '../core/readSource.js';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { Diagnostic } from '../core/diagnostics.js';
import { displayPath } from '../core/source.js';

export const SKIPPED_DIRS = ['node_modules', '.venv', 'venv', '.git', '__pycache__', 'dist', 'build', '.tox', '.mypy_cache', 'site-packages', '.pytest_cache', '.ruff_cache'];

export interface DiscoveredFiles {
  /** absolute directories that were scanned (a file argument contributes its directory) */
  roots: string[];
  /** YAML files that may be crew configs or declarative flows (absolute) */
  yamlFiles: string[];
  /** JSON/JSONC files that may be JSON crews (absolute) */
  jsonFiles: string[];
  pythonFiles: string[];
  pyprojectFiles: string[];
  /** files named explicitly on the command line */
  explicitFiles: Set<string>;
  /** folders given as PATH, walked below */
  walkedRoots: string[];
  /**
   * for folders below walkedRoots that hold any: the names of project files in them
   * (isProjectFileName), whatever their type. Later stages ask this instead of listing the
   * folder again (project roots, release evidence).
   */
  projectFiles: Map<string, string[]>;
  diagnostics: Diagnostic[];
}

/** Files that mark the top folder of a Python project. */
export const PROJECT_MARKERS: ReadonlySet<string> = new Set(['pyproject.toml', 'setup.py', 'setup.cfg', 'requirements.txt', 'Pipfile', 'uv.lock', 'poetry.lock', '.git']);

/** A name that says something about a folder's project: a marker, or a requirements file (release evidence). */
export const isProjectFileName = (name: string): boolean => PROJECT_MARKERS.has(name) || /^requirements.*\.txt$/i.test(name);

/**
 * The project files in `dir` as discovery saw them, or undefined when discovery may not have
 * listed it: outside the folders it walked, inside a folder it skips, or when a file named on
 * the command line may sit in a folder the walk did not enter (a linked folder).
 */
export function projectFilesIn(discovered: Pick<DiscoveredFiles, 'walkedRoots' | 'projectFiles' | 'explicitFiles'>, dir: string): readonly string[] | undefined {
  if (discovered.explicitFiles.size > 0) return undefined;
  const root = discovered.walkedRoots.find((r) => dir === r || dir.startsWith(r + sep));
  if (root === undefined) return undefined;
  if (dir !== root && dir.slice(root.length + 1).split(sep).some((part) => SKIPPED.has(part))) return undefined;
  return discovered.projectFiles.get(dir) ?? [];
}

const CONFIG_YAML = /\.(ya?ml)$/i;
const CONFIG_JSON = /\.(jsonc?)$/i;

/** Does a YAML path look like a crew config or a declarative flow? (content decides later) */
export function isCrewYamlCandidate(path: string): boolean {
  const parts = path.split(/[\\/]/);
  const name = parts[parts.length - 1].toLowerCase();
  if (!CONFIG_YAML.test(name)) return false;
  if (parts.slice(0, -1).some((p) => p.toLowerCase() === 'config')) return true;
  return /(^|[_.-])(agents?|agentes|tasks?|tarefas|tareas|flow)([_.-]|\.ya?ml$)/.test(name);
}

/** JSON crews: crew.json(c), *_crew.json(c), or a JSON file next to an agents/ folder. */
export function isCrewJsonCandidate(path: string): boolean {
  const name = basename(path).toLowerCase();
  if (!CONFIG_JSON.test(name)) return false;
  if (/(^|[_.-])crew\.jsonc?$/.test(name)) return true;
  const parent = basename(dirname(path)).toLowerCase();
  if (parent === 'agents' || name === 'package.json' || name === 'tsconfig.json') return false;
  return existsSync(join(dirname(path), 'agents'));
}

export async function discover(paths: string[], cwd: string): Promise<DiscoveredFiles> {
  const out: DiscoveredFiles = {
    roots: [],
    yamlFiles: [],
    jsonFiles: [],
    pythonFiles: [],
    pyprojectFiles: [],
    explicitFiles: new Set(),
    walkedRoots: [],
    projectFiles: new Map(),
    diagnostics: [],
  };
  const seen = new Set<string>();
  // candidates are judged on the path below the scanned folder's parent, so that a
  // folder named `config` above the project does not make every YAML file a candidate
  const add = (abs: string, explicit: boolean, base = dirname(abs)) => {
    const rel = relative(base, abs);
    if (seen.has(abs)) return;
    seen.add(abs);
    if (explicit) out.explicitFiles.add(abs);
    const name = basename(abs);
    if (name === 'pyproject.toml') out.pyprojectFiles.push(abs);
    else if (extname(name) === '.py') out.pythonFiles.push(abs);
    else if (CONFIG_YAML.test(name) && (explicit || isCrewYamlCandidate(rel))) out.yamlFiles.push(abs);
    else if (CONFIG_JSON.test(name) && (explicit || isCrewJsonCandidate(abs))) out.jsonFiles.push(abs);
  };

  for (const p of paths.length ? paths : ['.']) {
    const abs = resolve(cwd, p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      out.diagnostics.push({ file: displayPath(abs, cwd), line: 0, column: 0, message: 'no such file or directory', severity: 'error' });
      continue;
    }
    if (!st.isFile() && !st.isDirectory()) {
      out.diagnostics.push({ file: displayPath(abs, cwd), line: 0, column: 0, message: 'not a regular file or directory (a FIFO, socket or device is never read)', severity: 'error' });
      continue;
    }
    if (st.isFile()) {
      out.roots.push(dirname(abs));
      add(abs, true);
      await addCrewCode(dirname(abs), add);
      continue;
    }
    out.roots.push(abs);
    out.walkedRoots.push(abs);
    await addCrewCode(abs, add);
    const entries = walkFiles(
      abs,
      (dir, code) => out.diagnostics.push({ file: displayPath(dir, cwd), line: 0, column: 0, message: `cannot read folder (${code}): the crews in it are not audited`, severity: 'error' }),
      out.projectFiles,
    );
    const gitignores = entries.filter((e) => basename(e) === '.gitignore');
    const ignored = gitignoreFilter(gitignores);
    for (const e of entries.sort()) {
      if (basename(e) === '.gitignore' || ignored(e)) continue;
      add(e, false, dirname(abs));
    }
  }
  return out;
}

/**
 * A config folder (or a file in one) given on its own still belongs to a crew whose
 * Python (crew.py beside config/, tools/) decides share_crew, tools and membership.
 */
async function addCrewCode(dir: string, add: (abs: string, explicit: boolean) => void): Promise<void> {
  let home = dir;
  if (/^(agents|tasks)$/i.test(basename(home)) && basename(dirname(home)).toLowerCase() === 'config') home = dirname(home);
  if (basename(home).toLowerCase() !== 'config') return;
  home = dirname(home);
  const code = [...listFiles(home), ...listFiles(join(home, 'tools'))].filter((f) => f.endsWith('.py'));
  for (const f of code.sort()) add(f, false);
}

const WANTED = /\.(ya?ml|jsonc?|py)$/i;
const SKIPPED = new Set(SKIPPED_DIRS);

/**
 * Every candidate file below `root`: an explicit stack, not recursion (no depth limit
 * needed), symbolic links never followed, only regular files (a FIFO named uv.lock is not
 * even listed), any byte in a name (a folder whose name holds a newline is walked too).
 */
function walkFiles(root: string, unreadable: (dir: string, code: string) => void, projectFiles: Map<string, string[]>): string[] {
  const out: string[] = [];
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'error';
      // vanished meanwhile: nothing to say; no permission: a crew there is not seen, say so
      if (code !== 'ENOENT' && code !== 'ENOTDIR') unreadable(dir, code);
      continue;
    }
    for (const e of entries) {
      if (isProjectFileName(e.name)) {
        const names = projectFiles.get(dir);
        if (names) names.push(e.name);
        else projectFiles.set(dir, [e.name]);
      }
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIPPED.has(e.name)) stack.push(path);
      } else if (WANTED.test(e.name) || e.name === 'pyproject.toml' || e.name === '.gitignore') {
        // a link to a regular file is read (the reader checks again); links to folders are not followed
        if (e.isFile() || (e.isSymbolicLink() && isRegular(path))) out.push(path);
      }
    }
  }
  return out;
}

function isRegular(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(dir, e.name));
  } catch {
    return [];
  }
}

/** A predicate over absolute paths from every .gitignore found (each applies below its folder). */
function gitignoreFilter(files: string[]): (abs: string) => boolean {
  const rules: { dir: string; ig: Ignore }[] = [];
  for (const f of files) {
    // an unreadable .gitignore (or a FIFO by that name) only means nothing is ignored by it
    const r = readSource(f, { file: f, kind: 'text' });
    if (r.ok) rules.push({ dir: dirname(f), ig: ignore().add(r.source.text) });
  }
  if (rules.length === 0) return () => false;
  return (abs) =>
    rules.some(({ dir, ig }) => {
      if (!abs.startsWith(dir + sep)) return false;
      const rel = relative(dir, abs).split(sep).join('/');
      return rel !== '' && ig.ignores(rel);
    });
}
