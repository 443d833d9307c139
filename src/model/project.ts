// discover → load → model: everything preview, audit and env need to know about the
// projects under the given paths. The only stage with file-system access besides
// discover/; it reads each file once.

import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import { displayPath, InlineString, SourceString, SourceText } from '../core/source.js';
import { discover, type DiscoveredFiles } from '../discover/index.js';
import { loadJsonc } from '../load/jsonc.js';
import type { PyLiteral, PythonFacts } from '../load/python/types.js';
import { loadYaml } from '../load/yaml.js';
import type { ParseJob } from '../load/parallel/jobs.js';
import type { Prefetched } from '../load/parallel/pool.js';
import { workerCount } from '../load/parallel/size.js';
import { PY_RELEVANT } from '../load/python/relevant.js';
import { detectRelease } from '../release/detect.js';
import type { ReleaseInfo } from '../release/types.js';
import { buildCrew, type BuiltCrew } from './buildCrew.js';
import { classifyConfig } from './classify.js';
import { buildDeclarativeFlow, buildJsonCrew } from './jsonCrews.js';
import { addFactsToToolContext, emptyToolContext } from './tools.js';
import type { Crew, FieldString, Flow, ProjectModel } from './types.js';
import { groupYamlCrews, type LoadedDoc } from './yamlCrews.js';

export interface LoadOptions {
  crewaiVersion?: string;
  shareCrew?: boolean;
  cwd?: string;
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
}


export async function loadProject(paths: string[], opts: LoadOptions = {}): Promise<LoadedProject> {
  const cwd = opts.cwd ?? process.cwd();
  const discovered = await discover(paths, cwd);
  const diagnostics: Diagnostic[] = [...discovered.diagnostics];
  // large trees: every core reads and parses ahead; results are taken below in this stage's order
  const jobs = parseJobs(discovered, cwd);
  const prefetched = workerCount(jobs.length) > 0 ? await (await import('../load/parallel/pool.js')).prefetch(jobs) : undefined;
  const files = new Set<string>();
  const docs = new Map<string, LoadedDoc | undefined>();

  const readText = (abs: string): SourceText | undefined => {
    const file = displayPath(abs, cwd);
    try {
      const text = readFileSync(abs, 'utf8');
      files.add(file);
      return new SourceText(file, text);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') diagnostics.push({ file, line: 0, column: 0, message: `cannot read file (${code ?? 'error'})`, severity: 'error' });
      return undefined;
    }
  };

  const readDoc = (abs: string): LoadedDoc | undefined => {
    if (docs.has(abs)) return docs.get(abs);
    const source = readText(abs);
    let doc: LoadedDoc | undefined;
    if (source) {
      const loaded = prefetched?.config(abs, source) ?? (/\.jsonc?$/i.test(abs) ? loadJsonc(source) : loadYaml(source));
      diagnostics.push(...loaded.diagnostics);
      doc = { abs, file: source.file, root: loaded.root, kind: classifyConfig(loaded.root, abs) };
      if (!loaded.root && loaded.diagnostics.some((d) => d.severity === 'error')) doc.kind = 'unknown';
    }
    docs.set(abs, doc);
    return doc;
  };

  // Python first: @CrewBase classes say which config files belong to which crew.
  const python = await loadPython(discovered.pythonFiles, readText, diagnostics, prefetched);
  const ctx = emptyToolContext();
  for (const f of python) addFactsToToolContext(ctx, f);

  const built: BuiltCrew[] = [];
  const flows: Flow[] = [];
  const strings: FieldString[] = [];
  const claimed = new Set<string>();

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
      built.push(
        buildCrew(
          {
            id,
            root: pyDir,
            name: cls.className,
            kind: 'yaml',
            agentDocs: agentDoc ? [agentDoc] : [],
            taskDocs: taskDoc ? [taskDoc] : [],
            pyAgents: cls.agents,
            pyTasks: cls.tasks,
            pyCrew: cls.crew,
            codeFile: facts.file,
          },
          ctx,
        ),
      );
    }
    for (const flow of facts.flowClasses) flows.push(pythonFlow(flow, facts.file, strings));
    built.push(...scriptCrews(facts, pyDir, cwd, ctx));
  }

  for (const abs of discovered.yamlFiles) readDoc(abs);
  for (const abs of discovered.jsonFiles) readDoc(abs);

  const unclaimed = [...docs.values()].filter((d): d is LoadedDoc => Boolean(d) && !claimed.has(d!.abs));
  for (const group of groupYamlCrews(unclaimed, cwd)) {
    built.push(buildCrew({ ...group, kind: 'yaml' }, ctx));
  }
  for (const doc of unclaimed) {
    if (doc.kind === 'json-crew' && basename(dirname(doc.abs)) !== 'agents') built.push(buildJsonCrew(doc, readDoc, ctx, cwd));
    if (doc.kind === 'flow' && doc.root) {
      const f = buildDeclarativeFlow(doc, readDoc, ctx, cwd);
      flows.push(f.flow);
      strings.push(...f.strings);
      built.push(...f.crews);
    }
  }

  const crews: Crew[] = [];
  const seenIds = new Set<string>();
  for (const b of built) {
    if (seenIds.has(b.crew.id)) continue;
    seenIds.add(b.crew.id);
    crews.push(b.crew);
    strings.push(...b.strings);
    diagnostics.push(...b.diagnostics);
  }
  attachKickoffInputs(python, crews, strings, cwd);
  for (const facts of python) strings.push(...unattachedToolNames(facts, strings));

  const release = assignReleases(crews, discovered, opts, cwd);
  if (opts.shareCrew !== undefined) {
    for (const c of crews) c.shareCrew = { value: opts.shareCrew, origin: 'cli' };
  }

  const model: ProjectModel = {
    roots: discovered.roots.map((r) => displayPath(r, cwd)),
    projectId: readProjectId(discovered.roots[0], cwd),
    crews,
    flows,
    files: [...files].sort(),
    strings: dedupeStrings(strings),
    diagnostics: dedupeDiagnostics(diagnostics),
  };
  return { model, release, python, discovered, pool: prefetched?.stats() };
}

/**
 * Crews built in plain scripts: `researcher = Agent(role=…)`, `Crew(agents=[researcher],
 * tasks=[t1], share_crew=True)`, fields passed one by one.
 */
function scriptCrews(facts: PythonFacts, pyDir: string, cwd: string, ctx: ReturnType<typeof emptyToolContext>): BuiltCrew[] {
  const names = (lit: PyLiteral | undefined) => (lit?.kind === 'list' ? lit.items.flatMap((i) => (i.kind === 'name' ? [i.text] : [])) : []);
  return facts.looseCrews.map((call, i) => {
    const agentVars = names(call.kwargs.agents);
    const taskVars = names(call.kwargs.tasks);
    const pyTasks = facts.looseTasks.filter((t) => taskVars.length === 0 || taskVars.includes(t.method));
    const pyAgents = facts.looseAgents.filter((a) => agentVars.length === 0 || agentVars.includes(a.method));
    const rel = displayPath(relative(cwd, resolve(cwd, facts.file)) || '.', cwd);
    return buildCrew(
      { id: facts.looseCrews.length > 1 ? `${rel}#${i + 1}` : rel, root: pyDir, name: basename(facts.file, '.py'), kind: 'yaml', agentDocs: [], taskDocs: [], pyAgents, pyTasks, pyCrew: call, codeFile: facts.file },
      ctx,
    );
  });
}

async function loadPython(
  files: string[],
  readText: (abs: string) => SourceText | undefined,
  diagnostics: Diagnostic[],
  prefetched: Prefetched | undefined,
): Promise<PythonFacts[]> {
  const sources = files.map((abs) => ({ abs, s: readText(abs) })).filter((x): x is { abs: string; s: SourceText } => Boolean(x.s) && PY_RELEVANT.test(x.s!.text));
  if (sources.length === 0) return [];
  // the parser is only loaded for projects that have Python worth reading (and not parsed ahead)
  let parsePython: ((file: string, text: string) => PythonFacts) | undefined;
  const out: PythonFacts[] = [];
  for (const { abs, s } of sources) {
    let facts = prefetched?.python(abs, s);
    if (!facts) {
      parsePython ??= (await import('../load/python/index.js')).parsePython;
      facts = parsePython(s.file, s.text);
    }
    diagnostics.push(...facts.diagnostics);
    out.push(facts);
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
function unattachedToolNames(facts: PythonFacts, strings: FieldString[]): FieldString[] {
  const attached = new Set(strings.filter((s) => s.slot === 'tool.name').map((s) => s.value));
  const out: FieldString[] = [];
  for (const c of facts.toolClasses) {
    if (c.name && !attached.has(c.name)) out.push({ field: `tools.${c.className}.name`, slot: 'tool.name', value: c.name });
  }
  for (const f of facts.toolFunctions) {
    const name = f.name ?? new InlineString(f.functionName, f.location);
    if (![...attached].some((a) => a.file === name.file && a.start === name.start && a.value === name.value)) {
      out.push({ field: `tools.${f.functionName}.name`, slot: 'tool.name', value: name });
    }
  }
  return out;
}

function assignReleases(crews: Crew[], discovered: DiscoveredFiles, opts: LoadOptions, cwd: string): ReleaseInfo {
  const cache = new Map<string, ReleaseInfo>();
  const releaseFor = (dir: string): ReleaseInfo => {
    const known = cache.get(dir);
    if (known) return known;
    const r = detectRelease([dir], { override: opts.crewaiVersion, cwd });
    cache.set(dir, r);
    return r;
  };
  for (const c of crews) c.release = releaseFor(c.root);
  if (opts.crewaiVersion || crews.length === 0) return releaseFor(discovered.roots[0] ?? cwd);
  // the release most crews pin (a monorepo may pin several; each crew keeps its own)
  const counts = new Map<string, { n: number; r: ReleaseInfo }>();
  for (const c of crews) {
    const e = counts.get(c.release!.version) ?? { n: 0, r: c.release! };
    e.n++;
    counts.set(c.release!.version, e);
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
    if (existsSync(path)) {
      const text = readFileSync(path, 'utf8');
      const m = /^\s*project_id\s*=\s*(["'])([^"'\n]*)\1/m.exec(text);
      if (!m || !/^\s*\[tool\.crewai\]/m.test(text) || !m[2].trim()) return undefined;
      const start = m.index + m[0].indexOf(m[1]) + 1;
      return new SourceString(m[2], new SourceText(displayPath(path, cwd), text), start, start + m[2].length, 'plain');
    }
    const parent = dirname(dir);
    if (parent === dir || existsSync(join(dir, '.git'))) return undefined;
    dir = parent;
  }
  return undefined;
}

function dedupeStrings(strings: FieldString[]): FieldString[] {
  const seen = new Set<string>();
  return strings.filter((s) => {
    const k = `${s.value.file}:${s.value.start}:${s.value.end}:${s.field}:${s.crewId ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function dedupeDiagnostics(items: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return items.filter((d) => {
    const k = `${d.file}:${d.line}:${d.column}:${d.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
