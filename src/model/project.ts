// discover → load → model: everything preview, audit and env need to know about the
// projects under the given paths. The only stage with file-system access besides
// discover/; it reads each file once.

import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import { pathExists, readSource, type SourceKind } from '../core/readSource.js';
import { displayPath, InlineString, SourceString, SourceText } from '../core/source.js';
import { discover, PROJECT_MARKERS, projectFilesIn, type DiscoveredFiles } from '../discover/index.js';
import { loadJsonc } from '../load/jsonc.js';
import type { PyLiteral, PyMemberDefinition, PythonFacts } from '../load/python/types.js';
import type { ConfigNode } from '../load/tree.js';
import { loadYaml, type LoadedConfig } from '../load/yaml.js';
import type { ParseJob } from '../load/parallel/jobs.js';
import type { Prefetched } from '../load/parallel/pool.js';
import { workerCount } from '../load/parallel/size.js';
import { moduleNames, PY_RELEVANT } from '../load/python/relevant.js';
import { detectRelease } from '../release/detect.js';
import type { ReleaseInfo } from '../release/types.js';
import { buildCrew, type BuiltCrew } from './buildCrew.js';
import { classifyConfig, looksLikeCrewConfig } from './classify.js';
import { buildDeclarativeFlow, buildJsonCrew } from './jsonCrews.js';
import { addFactsToToolContext, emptyToolContext } from './tools.js';
import type { Crew, FieldString, Flow, ProjectModel } from './types.js';
import { groupYamlCrews, type LoadedDoc } from './yamlCrews.js';
import { commonPrefixLength, pushAll } from '../core/arrays.js';
import { interner } from '../core/intern.js';
import { compareText } from '../core/compare.js';
import type { UnitScope } from './units.js';

/** Up to this many .py files the grammar runs on V8's baseline code (see initPythonParser). */
const BASELINE_PYTHON_FILES = 40;

export interface LoadOptions {
  crewaiVersion?: string;
  shareCrew?: boolean;
  cwd?: string;
  /** already discovered (a batch of a large tree: model/units.ts); else the PATHs are walked */
  discovered?: DiscoveredFiles;
  /** set for a batch: reads and imports that leave it are noted in `unitConflict` */
  unit?: UnitScope;
  /** the top-level release, decided over the whole tree (a batch's own majority may differ) */
  topRelease?: ReleaseInfo;
}

export interface LoadedProject {
  model: ProjectModel;
  /** the release reported at top level: the override, or the one most crews pin */
  release: ReleaseInfo;
  /** Python facts per file, for env (code switches) and audit */
  python: PythonFacts[];
  discovered: DiscoveredFiles;
  /** set when worker threads parsed ahead (large trees): how the work was shared */
  pool?: ReturnType<Prefetched['stats']>;
  /** a batch only: the first thing it reaches outside itself (a whole run is needed then) */
  unitConflict?: string;
  /**
   * in which pass each crew was built (0 Python, 1 YAML groups sorted by id, 2 JSON crews and
   * flows) and from which file: what a whole run orders its crews by
   */
  crewPass: Map<string, { pass: number; from: string }>;
}


export async function loadProject(paths: string[], opts: LoadOptions = {}): Promise<LoadedProject> {
  const cwd = opts.cwd ?? process.cwd();
  const discovered = opts.discovered ?? (await discover(paths, cwd));
  let unitConflict: string | undefined;
  const conflict = (why: string): void => void (unitConflict ??= why);
  const leaves = (abs: string): void => {
    if (opts.unit && !opts.unit.contains(abs)) conflict(`reads ${displayPath(abs, cwd)}, outside its batch`);
  };
  const diagnostics: Diagnostic[] = [...discovered.diagnostics];
  // large trees: every core reads and parses ahead; results are taken below in this stage's order
  const jobs = parseJobs(discovered, cwd);
  const prefetched = !opts.unit && workerCount(jobs.length) > 0 ? await (await import('../load/parallel/pool.js')).prefetch(jobs) : undefined;
  const files = new Set<string>();
  const markedFiles = new Set<string>();
  const docs = new Map<string, LoadedDoc | undefined>();

  // what discovery listed is a regular file: read without a second stat
  const listed = new Set<string>();
  for (const list of [discovered.yamlFiles, discovered.jsonFiles, discovered.pythonFiles]) for (const f of list) listed.add(f);
  const readText = (abs: string): SourceText | undefined => {
    leaves(abs);
    const file = displayPath(abs, cwd);
    const read = readSource(abs, { file, kind: kindOf(abs), listedRegular: listed.has(abs) });
    if (read.ok) {
      files.add(file);
      if (read.source.text.includes('crewtel-ignore')) markedFiles.add(file);
      return read.source;
    }
    if (!read.missing) diagnostics.push(read.diagnostic);
    return undefined;
  };

  // what is scanned of a file's keys, taken when it is read: its tree may be dropped before they are collected
  const docKeys = new Map<LoadedDoc, FieldString[]>();
  const readDoc = (abs: string): LoadedDoc | undefined => {
    if (docs.has(abs)) return docs.get(abs);
    const source = readText(abs);
    let doc: ReadDoc | undefined;
    if (source) {
      const loaded = prefetched?.config(abs, source) ?? parseConfig(source);
      pushAll(diagnostics, loaded.diagnostics);
      doc = new ReadDoc(abs, source, loaded.root, classifyConfig(loaded.root, abs));
      if (!loaded.root && loaded.diagnostics.some((d) => d.severity === 'error')) doc.kind = 'unknown';
      if (doc.root) docKeys.set(doc, keyStrings(doc));
    }
    docs.set(abs, doc);
    return doc;
  };
  /** A crew is built from these files: their trees go (see ReadDoc). */
  const doneWith = (used: LoadedDoc[]): void => {
    for (const d of used) if (d instanceof ReadDoc) d.dropTree();
  };

  // Python first: @CrewBase classes say which config files belong to which crew. The parser's
  // WebAssembly compiles off the main thread: start it now, while the files are being read.
  const baseline = discovered.pythonFiles.length <= BASELINE_PYTHON_FILES;
  const parser = discovered.pythonFiles.length ? import('../load/python/index.js').then(async (m) => (await m.initPythonParser({ baseline }), m)) : undefined;
  parser?.catch(() => undefined);
  const python = await loadPython(discovered.pythonFiles, readText, parser, prefetched, opts.unit);
  if (python.unitConflict) conflict(python.unitConflict);
  if (parser) (await parser.catch(() => undefined))?.restoreWasmTiering();
  const ctx = emptyToolContext();
  for (const f of python) addFactsToToolContext(ctx, f);
  // the resolver follows names across the project's modules; configs the code opens itself are read like any other
  const claimed = new Set<string>();
  const project = python.length ? await pythonProject(python, cwd, (abs) => (/\.(ya?ml|jsonc?)$/i.test(abs) && pathExists(abs) ? readDoc(abs)?.root : undefined)) : undefined;

  const built: BuiltCrew[] = [];
  /** the file each crew was built from, for a batch's place in the whole tree's order */
  const sources: string[] = [];
  const builtFrom = (abs: string): void => {
    while (sources.length < built.length) sources.push(abs);
  };
  /** the definitions crews reach (see load/python/crews.ts siteOf): what is not among them is outside any crew */
  const usedSites = new Set<string>();
  const flows: Flow[] = [];
  const strings: FieldString[] = [];

  for (const facts of python) {
    const pyAbs = resolve(cwd, facts.file);
    const pyDir = dirname(pyAbs);
    const crewBases = facts.crewClasses.filter((c) => c.crewBase);
    for (const cls of crewBases) {
      const agentsPath = resolve(pyDir, cls.agentsConfig?.value ?? 'config/agents.yaml');
      const tasksPath = resolve(pyDir, cls.tasksConfig?.value ?? 'config/tasks.yaml');
      const agentDoc = readDoc(agentsPath);
      const taskDoc = readDoc(tasksPath);
      claimed.add(agentsPath);
      claimed.add(tasksPath);
      const rootRel = displayPath(relative(cwd, pyDir) || '.', cwd);
      const id = crewBases.length > 1 ? `${rootRel}#${cls.className}` : rootRel;
      const members = project?.resolveClass(facts, cls);
      for (const d of [...cls.agents, ...cls.tasks]) usedSites.add(project?.siteOf(d) ?? '');
      // one crew per @crew method; the common single-method class keeps its plain id and name
      const crewCalls = cls.crews && cls.crews.length > 1 ? cls.crews : [{ method: '', call: cls.crew }];
      for (const { method, call } of crewCalls) {
        built.push(
          buildCrew(
            {
              id: method ? `${rootRel}#${cls.className}.${method}` : id,
              root: pyDir,
              name: method ? `${cls.className}.${method}` : cls.className,
              kind: 'yaml',
              agentDocs: agentDoc ? [agentDoc] : [],
              taskDocs: taskDoc ? [taskDoc] : [],
              pyAgents: method ? crewMembers(cls.agents, call?.kwargs.agents) : cls.agents,
              pyTasks: method ? crewMembers(cls.tasks, call?.kwargs.tasks) : cls.tasks,
              pyCrew: call,
              codeFile: facts.file,
              extraFiles: members?.files,
              unresolved: members?.unresolved,
            },
            ctx,
          ),
        );
      }
      doneWith([agentDoc, taskDoc].filter((d): d is LoadedDoc => Boolean(d)));
    }
    for (const flow of facts.flowClasses) flows.push(pythonFlow(flow, facts.file, strings));
    if (project) pushAll(built, scriptCrews(facts, pyDir, cwd, ctx, project, claimed, usedSites));
    builtFrom(pyAbs);
  }

  const pythonBuilt = built.length;
  for (const abs of discovered.yamlFiles) readDoc(abs);
  for (const abs of discovered.jsonFiles) readDoc(abs);

  const unclaimed = [...docs.values()].filter((d): d is LoadedDoc => Boolean(d) && !claimed.has(d!.abs));
  for (const doc of unclaimed) {
    // no crew's Python loads it and its entries are not agents or tasks: not a crew (CrewAI never reads it)
    if ((doc.kind === 'agents' || doc.kind === 'tasks') && !/\.jsonc?$/i.test(doc.abs) && !looksLikeCrewConfig(doc.root)) {
      diagnostics.push({ file: doc.file, line: 1, column: 1, message: `not read as a CrewAI ${doc.kind} config: no entry has ${doc.kind === 'agents' ? 'role/goal/backstory' : 'a description and expected_output'}, and no crew's Python loads it`, severity: 'warning' });
      doc.kind = 'unknown';
    }
  }
  for (const doc of docs.values()) if (doc && doc.kind !== 'unknown') pushAll(strings, docKeys.get(doc) ?? []);
  docKeys.clear();
  const groups = groupYamlCrews(unclaimed, cwd);
  // a file two groups share keeps its tree until the last of them is built
  const lastUse = new Map<LoadedDoc, number>();
  groups.forEach((g, i) => [...g.agentDocs, ...g.taskDocs].forEach((d) => lastUse.set(d, i)));
  groups.forEach((group, i) => {
    built.push(buildCrew({ ...group, kind: 'yaml' }, ctx));
    doneWith([...group.agentDocs, ...group.taskDocs].filter((d) => lastUse.get(d) === i));
  });
  const groupsBuilt = built.length;
  builtFrom('');
  for (const doc of unclaimed) {
    if (doc.kind === 'json-crew' && basename(dirname(doc.abs)) !== 'agents') built.push(buildJsonCrew(doc, readDoc, ctx, cwd));
    if (doc.kind === 'flow' && doc.root) {
      const f = buildDeclarativeFlow(doc, readDoc, ctx, cwd);
      flows.push(f.flow);
      pushAll(strings, f.strings);
      pushAll(built, f.crews);
    }
    builtFrom(doc.abs);
  }

  const crews: Crew[] = [];
  const seenIds = new Set<string>();
  const crewPass: LoadedProject['crewPass'] = new Map();
  for (const [i, b] of built.entries()) {
    if (seenIds.has(b.crew.id)) continue;
    seenIds.add(b.crew.id);
    crewPass.set(b.crew.id, { pass: i < pythonBuilt ? 0 : i < groupsBuilt ? 1 : 2, from: sources[i] ?? '' });
    crews.push(b.crew);
    pushAll(strings, b.strings);
    pushAll(diagnostics, b.diagnostics);
  }
  pushAll(diagnostics, pythonDiagnostics(python, crews));
  // after every crew: what none of them reaches is modelled apart, never as a crew
  const outside = project ? outsideCrews(python, discovered, cwd, ctx, project, usedSites) : [];
  for (const b of outside) {
    pushAll(strings, b.strings);
    pushAll(diagnostics, b.diagnostics);
  }
  for (const c of crews) {
    for (const u of c.coverage?.unresolved ?? []) {
      if (!u.location.file) continue;
      diagnostics.push({ file: u.location.file, ...u.location.start, message: `${c.id}: ${u.kind} ${JSON.stringify(u.what)} could not be resolved statically (${u.why}); what it carries is not scanned`, severity: 'warning' });
    }
  }
  attachKickoffInputs(python, crews, strings, cwd);
  // what crews attach, once: a tool another module names is never one of this module's (it was a scan of every string per module)
  const attached = attachedToolNames(strings);
  for (const facts of python) pushAll(strings, unattachedToolNames(facts, attached));

  const release = assignReleases(crews, discovered, opts, cwd, outside.map((b) => b.crew));
  for (const r of new Set([release, ...crews.map((c) => c.release!)])) for (const d of r?.diagnostics ?? []) diagnostics.push(d);
  if (opts.shareCrew !== undefined) {
    for (const c of [...crews, ...outside.map((b) => b.crew)]) c.shareCrew = { value: opts.shareCrew, origin: 'cli' };
  }

  const model: ProjectModel = {
    roots: discovered.roots.map((r) => displayPath(r, cwd)),
    projectId: readProjectId(discovered.roots[0], cwd),
    crews,
    ...(outside.length ? { outside: outside.map((b) => b.crew) } : {}),
    flows,
    files: [...files].sort(),
    markedFiles: [...markedFiles].sort(),
    strings: dedupeStrings(strings),
    diagnostics: dedupeDiagnostics(diagnostics),
  };
  return { model, release, python, discovered, pool: prefetched?.stats(), crewPass, ...(unitConflict ? { unitConflict } : {}) };
}

/**
 * The @agent/@task members a @crew method's Crew(...) names: `[self.writer(), self.editor()]`
 * picks those, in that order; `self.agents` / `self.tasks` (CrewAI: every decorated member) or
 * anything crewtel cannot read as such a list keeps them all.
 */
function crewMembers(defs: PyMemberDefinition[], lit: PyLiteral | undefined): PyMemberDefinition[] {
  if (lit?.kind !== 'list') return defs;
  const picked: PyMemberDefinition[] = [];
  for (const item of lit.items) {
    const name = item.kind === 'call' && /^self\.[A-Za-z_]\w*$/.test(item.callee) ? item.callee.slice(5) : undefined;
    const def = name ? defs.find((d) => d.method === name) : undefined;
    if (!def) return defs;
    if (!picked.includes(def)) picked.push(def);
  }
  return picked;
}

/**
 * Crews built in plain scripts: `Crew(agents=[researcher], tasks=[t1], share_crew=True)`,
 * with every agent and task followed to where it is defined (imported modules, factories,
 * classes, configs the code loads; see load/python/resolve.ts).
 */
function scriptCrews(facts: PythonFacts, pyDir: string, cwd: string, ctx: ReturnType<typeof emptyToolContext>, project: PythonResolver, claimed: Set<string>, usedSites: Set<string>): BuiltCrew[] {
  return facts.looseCrews.map((call, i) => {
    const resolved = project.resolveCrew(facts, call);
    for (const f of resolved.configFiles) claimed.add(f);
    for (const site of resolved.sites) usedSites.add(site);
    const rel = displayPath(relative(cwd, resolve(cwd, facts.file)) || '.', cwd);
    return buildCrew(
      {
        id: facts.looseCrews.length > 1 ? `${rel}#${i + 1}` : rel,
        root: pyDir,
        name: basename(facts.file, '.py'),
        kind: 'yaml',
        agentDocs: [],
        taskDocs: [],
        pyAgents: resolved.agents,
        pyTasks: resolved.tasks,
        pyCrew: resolved.call,
        codeFile: facts.file,
        extraFiles: [...resolved.files, ...resolved.configFiles.map((f) => displayPath(f, cwd))],
        unresolved: resolved.unresolved,
      },
      ctx,
    );
  });
}

/** Id and name of the group of agents and tasks outside any crew (one per project). */
export const OUTSIDE_CREWS_ID = '#(outside crews)';
export const OUTSIDE_CREWS_NAME = 'agents outside any crew';

/** Files a project's own code does not ship: its tests build agents for the test. */
const isTestModule = (rel: string): boolean => /(^|\/)(tests?|testing)\//.test(rel) || /(^|\/)(test_[^/]*|[^/]*_test|conftest)\.py$/.test(rel);

/** Does `dir` hold a project file? What discovery saw in the folders it walked, else a stat per marker. */
function hasProjectMarker(dir: string, discovered: DiscoveredFiles): boolean {
  const known = projectFilesIn(discovered, dir);
  if (known) return known.some((name) => PROJECT_MARKERS.has(name));
  for (const name of PROJECT_MARKERS) if (pathExists(join(dir, name))) return true;
  return false;
}

/**
 * The project a module belongs to: the nearest folder, up to the PATH it was found under, that
 * has a project file; else the top folder below that PATH that holds it (a PATH holding several
 * projects without such files, as a checkout of many repositories), or the PATH itself.
 */
function projectRootOf(file: string, roots: string[], marked: (dir: string) => boolean): string {
  const dir = dirname(file);
  const root = roots.filter((r) => dir === r || dir.startsWith(r + sep) || file === r).sort((a, b) => b.length - a.length)[0];
  const top = root === undefined ? dir : root === file ? dirname(root) : root;
  for (let d = dir; d === top || d.startsWith(top + sep); d = dirname(d)) {
    if (marked(d)) return d;
    if (d === top) break;
  }
  return dir === top ? top : join(top, relative(top, dir).split(sep)[0]);
}

/**
 * Agents and tasks the project's Python defines (module level, factories, subclasses,
 * `self.x = Agent(…)`) that no crew crewtel resolved reaches: a crew module crewtel cannot
 * see, a standalone `Agent.kickoff()`, a factory called dynamically may still send them. One
 * hypothetical crew per project (id `<dir>#(outside crews)`), marked `outsideCrews`, so that
 * preview can show the spans that would carry them and audit scans them; never counted as a crew.
 */
function outsideCrews(python: PythonFacts[], discovered: DiscoveredFiles, cwd: string, ctx: ReturnType<typeof emptyToolContext>, project: PythonResolver, used: ReadonlySet<string>): BuiltCrew[] {
  // modules of one folder share their ancestors: each folder is checked for project files once
  const markedDirs = new Map<string, boolean>();
  const marked = (dir: string): boolean => {
    let m = markedDirs.get(dir);
    if (m === undefined) markedDirs.set(dir, (m = hasProjectMarker(dir, discovered)));
    return m;
  };
  const byRoot = new Map<string, PythonFacts[]>();
  for (const f of python) {
    const abs = resolve(cwd, f.file);
    const root = projectRootOf(abs, discovered.roots, marked);
    if (isTestModule(relative(root, abs).split(sep).join('/'))) continue;
    const modules = byRoot.get(root);
    if (modules) modules.push(f);
    else byRoot.set(root, [f]);
  }
  const out: BuiltCrew[] = [];
  for (const [root, modules] of byRoot) {
    const { members, files } = project.outside(modules, used);
    if (members.length === 0) continue;
    const { agents, tasks } = project.group(members);
    const rel = displayPath(relative(cwd, root) || '.', cwd);
    const built = buildCrew(
      {
        id: `${rel}${OUTSIDE_CREWS_ID}`,
        root,
        name: OUTSIDE_CREWS_NAME,
        kind: 'inline',
        agentDocs: [],
        taskDocs: [],
        pyAgents: agents,
        pyTasks: tasks,
        extraFiles: [...new Set([...members.map((m) => m.facts.file), ...files])],
      },
      ctx,
    );
    built.crew.outsideCrews = true;
    out.push(built);
  }
  return out;
}

/** The resolver, loaded with the parser (only for projects with Python). */
interface PythonResolver {
  resolveCrew(facts: PythonFacts, call: PythonFacts['looseCrews'][number]): import('../load/python/crews.js').ResolvedCrew;
  resolveClass(facts: PythonFacts, cls: PythonFacts['crewClasses'][number]): { files: string[]; unresolved: import('../load/python/crews.js').UnresolvedRef[] };
  siteOf(def: PyMemberDefinition): string;
  /** the agents and tasks of these modules that no crew reaches, and the files they are resolved from */
  outside(modules: PythonFacts[], used: ReadonlySet<string>): { members: { kind: 'agent' | 'task'; def: PyMemberDefinition; facts: PythonFacts }[]; files: string[] };
  group(members: { kind: 'agent' | 'task'; def: PyMemberDefinition }[]): { agents: PyMemberDefinition[]; tasks: PyMemberDefinition[] };
}

async function pythonProject(python: PythonFacts[], cwd: string, loadConfig: (abs: string) => ConfigNode | undefined): Promise<PythonResolver> {
  const { outsideGroup, PythonProject, resolveCrewClassMembers, resolveOutsideMembers, resolveScriptCrew, siteOf } = await import('../load/python/index.js');
  const project = new PythonProject(python, cwd, loadConfig);
  return {
    resolveCrew: (facts, call) => resolveScriptCrew(project, project.moduleOf(facts), call),
    resolveClass: (facts, cls) => resolveCrewClassMembers(project, project.moduleOf(facts), cls),
    siteOf,
    outside: (modules, used) => {
      const { members, files } = resolveOutsideMembers(project, modules.map((f) => project.moduleOf(f)), used);
      return { members: members.map((m) => ({ kind: m.kind, def: m.def, facts: m.module.facts })), files };
    },
    group: outsideGroup,
  };
}

async function loadPython(
  files: string[],
  readText: (abs: string) => SourceText | undefined,
  parser: Promise<typeof import('../load/python/index.js')> | undefined,
  prefetched: Prefetched | undefined,
  unit?: UnitScope,
): Promise<PythonFacts[] & { unitConflict?: string }> {
  const texts = new Map<string, SourceText | undefined>();
  const text = (abs: string) => {
    if (!texts.has(abs)) texts.set(abs, readText(abs));
    return texts.get(abs);
  };
  const relevant = files.filter((f) => {
    const s = text(f);
    return Boolean(s) && PY_RELEVANT.test(s!.text);
  });
  if (relevant.length === 0) return [];
  let unitConflict: string | undefined;
  // the parser is only loaded for projects that have Python (and only used when some is worth reading, not parsed ahead)
  let parsePython: ((file: string, text: string) => PythonFacts) | undefined;
  // then every project module those import (constants, prompts, helpers an agent is built from)
  const bySuffix = moduleIndex(files);
  const parsed = new Map<string, PythonFacts>();
  const queue = [...relevant];
  while (queue.length) {
    const abs = queue.shift()!;
    if (parsed.has(abs)) continue;
    const s = text(abs);
    if (!s) continue;
    // diagnostics are added once the crews are known (a syntax error matters where a crew is built)
    let facts = prefetched?.python(abs, s);
    if (!facts) {
      parsePython ??= (await (parser ?? import('../load/python/index.js').then(async (m) => (await m.initPythonParser(), m)))).parsePython;
      facts = parsePython(s.file, s.text);
    }
    parsed.set(abs, facts);
    const names = [...(facts.moduleImports ?? []).map((m) => m.module), ...facts.symbols.imports.map((b) => b.module), ...facts.symbols.starImports];
    for (const name of names) {
      const candidates = bySuffix.get(name);
      // a batch of a large tree: a module only another batch defines needs a whole run
      if (!candidates && unit?.otherModules.has(name)) unitConflict ??= `${s.file} imports ${name}, defined outside its batch`;
      // the resolver takes the candidate nearest the importing file (PythonProject.find): only those are read
      for (const dep of nearestModules(candidates ?? [], abs)) if (!parsed.has(dep)) queue.push(dep);
    }
  }
  return Object.assign([...parsed.values()], { unitConflict });
}

/** The candidates sharing the longest folder prefix with the importing file (PythonProject.find's choice; ties all). */
function nearestModules(candidates: string[], from: string): string[] {
  if (candidates.length < 2) return candidates;
  const dir = dirname(from).split(sep);
  let best = -1;
  let out: string[] = [];
  for (const c of candidates) {
    const common = commonPrefixLength(dir, dirname(c).split(sep));
    if (common > best) (best = common), (out = [c]);
    else if (common === best) out.push(c);
  }
  return out;
}

/** Python files by every dotted suffix of their path (`helpdesk.prompts`, `src.helpdesk.prompts`). */
function moduleIndex(files: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const abs of files) {
    for (const name of moduleNames(abs)) {
      const list = out.get(name);
      if (list) list.push(abs);
      else out.set(name, [abs]);
    }
  }
  return out;
}

/** Every file the stage reads for sure (config files a crew class names elsewhere are read in place). */
function parseJobs(discovered: DiscoveredFiles, cwd: string): ParseJob[] {
  return [
    ...discovered.pythonFiles.map((abs) => ({ kind: 'python' as const, abs, file: displayPath(abs, cwd) })),
    ...discovered.yamlFiles.map((abs) => ({ kind: 'yaml' as const, abs, file: displayPath(abs, cwd) })),
    ...discovered.jsonFiles.map((abs) => ({ kind: /\.jsonc?$/i.test(abs) ? ('jsonc' as const) : ('yaml' as const), abs, file: displayPath(abs, cwd) })),
  ];
}

/**
 * Python syntax errors are errors (exit 2) in a module a crew is built from or that sets a
 * telemetry switch; anywhere else (a notebook export, a script nobody imports) they are
 * warnings, and the result does not depend on them.
 */
function pythonDiagnostics(python: PythonFacts[], crews: Crew[]): Diagnostic[] {
  const crewFiles = new Set(crews.flatMap((c) => c.files));
  return python.flatMap((f) => {
    const matters = crewFiles.has(f.file) || f.envAssignments.length > 0 || f.crewClasses.length > 0 || f.flowClasses.length > 0;
    return f.diagnostics.map((d) => (matters || d.severity !== 'error' ? d : { ...d, severity: 'warning' as const, message: `${d.message} (no crew is built from this file, so it does not change the result)` }));
  });
}

function pythonFlow(flow: PythonFacts['flowClasses'][number], file: string, strings: FieldString[]): Flow {
  const name = flow.name?.value ?? flow.className;
  const nameSource = flow.name ?? new InlineString(flow.className, flow.location);
  strings.push({ field: `flows.${flow.className}.name`, slot: 'flow.name', value: nameSource });
  // CrewAI registers the public methods that carry a flow decorator, walking dir(): alphabetical order
  const registered = flow.methods.filter((m) => m.registered ?? m.decorated).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const m of registered) {
    strings.push({ field: `flows.${flow.className}.methods.${m.name}`, slot: 'flow.method', value: new InlineString(m.name, m.location) });
  }
  return {
    name,
    nameSource,
    file,
    kind: 'python',
    suppressFlowEvents: flow.suppressFlowEvents,
    methods: registered.map((m) => ({ name: m.name, location: m.location })),
    location: flow.location,
  };
}

/** kickoff(inputs={...}) in main.py reaches the crews defined beside or below it. */
function attachKickoffInputs(python: PythonFacts[], crews: Crew[], strings: FieldString[], cwd: string): void {
  for (const facts of python) {
    const dir = dirname(resolve(cwd, facts.file));
    for (const k of facts.kickoffs) {
      if (k.inputs?.kind !== 'dict') continue;
      const targets = crews.filter((c) => c.root === dir || c.root.startsWith(dir + sep) || dir.startsWith(c.root + sep));
      for (const crew of targets.length ? targets : crews.length === 1 ? crews : []) {
        crew.inputs ??= { values: {}, location: k.location };
        for (const e of k.inputs.entries) {
          if (e.value.kind !== 'string') continue;
          crew.inputs.values[e.key] = e.value.value;
          strings.push({ field: `crew.inputs.${e.key}`, slot: 'crew.input', value: e.value.value, crewId: crew.id });
        }
      }
    }
  }
}

/** Tool names defined in the project but not seen attached: still user text, but not known to be sent. */
/** The tool names crews carry: the strings themselves, and where each is written. */
function attachedToolNames(strings: FieldString[]): { values: Set<FieldString['value']>; places: Set<string> } {
  const values = new Set(strings.filter((s) => s.slot === 'tool.name').map((s) => s.value));
  return { values, places: new Set([...values].map((v) => `${v.file}\0${v.start}\0${v.value}`)) };
}

function unattachedToolNames(facts: PythonFacts, attached: ReturnType<typeof attachedToolNames>): FieldString[] {
  const out: FieldString[] = [];
  for (const c of facts.toolClasses) {
    if (c.name && !attached.values.has(c.name)) out.push({ field: `tools.${c.className}.name`, slot: 'tool.name', value: c.name });
  }
  for (const f of facts.toolFunctions) {
    const name = f.name ?? new InlineString(f.functionName, f.location);
    if (!attached.places.has(`${name.file}\0${name.start}\0${name.value}`)) {
      out.push({ field: `tools.${f.functionName}.name`, slot: 'tool.name', value: name });
    }
  }
  return out;
}

function assignReleases(crews: Crew[], discovered: DiscoveredFiles, opts: LoadOptions, cwd: string, outside: Crew[]): ReleaseInfo {
  const cache = new Map<string, ReleaseInfo>();
  const releaseFor = (dir: string): ReleaseInfo => {
    const known = cache.get(dir);
    if (known) return known;
    const r = detectRelease([dir], { override: opts.crewaiVersion, cwd, projectFilesIn: (d) => projectFilesIn(discovered, d) });
    cache.set(dir, r);
    return r;
  };
  for (const c of [...crews, ...outside]) c.release = releaseFor(c.root);
  if (opts.topRelease) return opts.topRelease;
  return topRelease(crews, discovered.roots, opts, cwd, releaseFor);
}

/** The release a tree is reported at: the override, else the one most crews pin (first among equals). */
export function topRelease(crews: { release?: ReleaseInfo; version?: string }[], roots: string[], opts: LoadOptions, cwd: string, releaseFor = (dir: string) => detectRelease([dir], { override: opts.crewaiVersion, cwd })): ReleaseInfo {
  if (opts.crewaiVersion || crews.length === 0) return releaseFor(roots[0] ?? cwd);
  // the release most crews pin (a monorepo may pin several; each crew keeps its own)
  const counts = new Map<string, { n: number; r: ReleaseInfo }>();
  // a crew given by its version alone comes after one of the same version with its release
  for (const c of crews) {
    const version = c.version ?? c.release!.version;
    const e = counts.get(version) ?? { n: 0, r: c.release! };
    e.n++;
    counts.set(version, e);
  }
  const top = [...counts.values()].sort((a, b) => b.n - a.n)[0].r;
  if (counts.size > 1) {
    return { ...top, notes: [...top.notes, `crews here pin ${counts.size} different CrewAI releases (${[...counts.keys()].join(', ')}); each crew is modelled at its own`] };
  }
  return top;
}

/**
 * [tool.crewai].project_id from the nearest pyproject.toml: the CLI writes it, and since
 * 1.15.14 every span carries it (a stable id across machines and users).
 */
function readProjectId(root: string | undefined, cwd: string): SourceString | undefined {
  let dir = root;
  while (dir) {
    const path = join(dir, 'pyproject.toml');
    if (pathExists(path)) {
      // a broken pyproject.toml is reported by release detection, which reads the same file
      const read = readSource(path, { file: displayPath(path, cwd), kind: 'toml' });
      if (!read.ok) return undefined;
      const text = read.source.text;
      const m = /^[ \t]*project_id[ \t]*=[ \t]*(["'])([^"'\n]*)\1/m.exec(text);
      if (!m || !/^[ \t]*\[tool\.crewai\]/m.test(text) || !m[2].trim()) return undefined;
      const start = m.index + m[0].indexOf(m[1]) + 1;
      return new SourceString(m[2], read.source, start, start + m[2].length, 'plain');
    }
    const parent = dirname(dir);
    if (parent === dir || pathExists(join(dir, '.git'))) return undefined;
    dir = parent;
  }
  return undefined;
}

/** A config file's tree, as its loader builds it (the parse pool's copy is taken once). */
function parseConfig(source: SourceText): LoadedConfig {
  return /\.jsonc?$/i.test(source.file) ? loadJsonc(source) : loadYaml(source);
}

/**
 * A config file as read. Its tree is dropped once the crews built from it are: the trees of
 * every file read at once were most of the memory this stage took on a large monorepo (~6 KB
 * for a small YAML file of ~0.5 KB). A later reader (a flow, a module that loads the same
 * file) gets the same tree, parsed again from the same text; its diagnostics were reported.
 */
class ReadDoc implements LoadedDoc {
  readonly file: string;
  private tree: ConfigNode | undefined;
  private dropped = false;

  constructor(
    readonly abs: string,
    private readonly source: SourceText,
    root: ConfigNode | undefined,
    public kind: LoadedDoc['kind'],
  ) {
    this.file = source.file;
    this.tree = root;
  }

  get root(): ConfigNode | undefined {
    if (this.dropped) {
      this.tree = parseConfig(this.source).root;
      this.dropped = false;
    }
    return this.tree;
  }

  dropTree(): void {
    if (!this.tree) return;
    this.tree = undefined;
    this.dropped = true;
  }
}

/**
 * Mapping keys are user text too (`agents.<key>`): scanned like values, in no span.
 * Iterative: loaders already cap depth, but a key walk needs no stack either way.
 */
function keyStrings(doc: LoadedDoc): FieldString[] {
  const out: FieldString[] = [];
  const prefix = doc.kind === 'agents' || doc.kind === 'tasks' ? doc.kind : basename(doc.file);
  const stack: { node: NonNullable<LoadedDoc['root']>; path: string }[] = [{ node: doc.root!, path: prefix }];
  while (stack.length) {
    const { node, path } = stack.pop()!;
    if (node.kind === 'map') {
      for (const e of node.entries) {
        const here = `${path}.${e.key}`;
        // loaders keep a keyString only for keys that are not names (tree.ts isNameKey): names are not scanned
        if (e.keyString) out.push({ field: here, slot: 'other', value: e.keyString });
        stack.push({ node: e.value, path: here });
      }
    } else if (node.kind === 'seq') {
      node.items.forEach((item, i) => stack.push({ node: item, path: `${path}[${i}]` }));
    }
  }
  return out;
}

function kindOf(abs: string): SourceKind {
  if (/\.jsonc?$/i.test(abs)) return 'json';
  if (/\.py$/i.test(abs)) return 'python';
  if (/\.toml$/i.test(abs)) return 'toml';
  return 'yaml';
}

function dedupeStrings(strings: FieldString[]): FieldString[] {
  const seen = new Set<string>();
  // held until the report is written: one instance of each path (core/intern.ts)
  const intern = interner();
  return strings.filter((s) => {
    const k = `${s.value.file}:${s.value.start}:${s.value.end}:${s.field}:${s.crewId ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    s.field = intern(s.field);
    return true;
  });
}

/** Once each, in file order (a large tree's batches are merged with this too). */
export function dedupeDiagnostics(items: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return items
    .filter((d) => {
      const k = `${d.file}:${d.line}:${d.column}:${d.message}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column);
}
