// Crews built by hand for the telemetry tests: every field the catalog reads is set
// explicitly, so the tests pin telemetry behaviour, not the YAML/Python loaders.
import { syntheticString } from '../../src/core/source.js';
import type { Agent, Crew, Flow, Task, Tool } from '../../src/model/types.js';

export const str = (value: string, file = 'config/agents.yaml') => syntheticString(value, file);

export function agent(key: string, fields: Partial<Omit<Agent, 'role' | 'goal' | 'backstory'>> & { role?: string; goal?: string; backstory?: string }): Agent {
  const { role, goal, backstory, ...rest } = fields;
  return {
    key,
    file: 'config/agents.yaml',
    role: role === undefined ? undefined : str(role),
    goal: goal === undefined ? undefined : str(goal),
    backstory: backstory === undefined ? undefined : str(backstory),
    tools: [],
    allowDelegation: false,
    allowCodeExecution: false,
    multimodal: false,
    verbose: false,
    maxIter: 25,
    maxRpm: null,
    maxRetryLimit: 2,
    memory: false,
    ...rest,
  };
}

export function task(key: string, fields: Partial<Omit<Task, 'description' | 'expectedOutput'>> & { description?: string; expectedOutput?: string }): Task {
  const { description, expectedOutput, ...rest } = fields;
  return {
    key,
    file: 'config/tasks.yaml',
    description: description === undefined ? undefined : str(description, 'config/tasks.yaml'),
    expectedOutput: expectedOutput === undefined ? undefined : str(expectedOutput, 'config/tasks.yaml'),
    context: [],
    tools: [],
    asyncExecution: false,
    humanInput: false,
    ...rest,
  };
}

export function crew(fields: Partial<Crew> & { agents: Agent[]; tasks: Task[] }): Crew {
  return {
    id: 'src/research',
    root: '/project/src/research',
    kind: 'yaml',
    name: 'Research',
    process: { value: 'sequential', origin: 'default' },
    memory: { value: false, origin: 'default' },
    shareCrew: { value: false, origin: 'default' },
    tracing: { value: null, origin: 'default' },
    files: [],
    ...fields,
  };
}

/** A crewai_tools class: its name is CrewAI's, not the user's. */
export const serper: Tool = { kind: 'crewai_tools', name: 'Search the internet with Serper', ref: 'SerperDevTool' };
/** A BaseTool subclass in the project: the user wrote its name. */
export const archive: Tool = { kind: 'custom_class', name: 'Archive Lookup (Internal)', nameSource: str('Archive Lookup (Internal)', 'tools/custom_tool.py'), ref: 'ArchiveLookupTool' };
/** An @tool("Word Counter") function. */
export const wordCounter: Tool = { kind: 'decorator', name: 'Word Counter', nameSource: str('Word Counter', 'tools/custom_tool.py'), ref: 'word_counter' };

export const RESEARCHER = {
  role: '{topic} Senior Data Researcher',
  goal: 'Uncover cutting-edge developments in {topic}',
  backstory: 'A seasoned researcher at Café Zürich who knows {topic}.',
};
export const ANALYST = {
  role: 'Reporting Analyst',
  goal: 'Create detailed reports based on {topic} data analysis',
  backstory: 'A meticulous analyst with a keen eye for detail.',
};
export const RESEARCH_TASK = { description: 'Research {topic} for {customer}.', expectedOutput: 'A list with 10 bullet points about {topic}.' };
export const REPORT_TASK = { description: 'Review the context and expand each topic into a full section.', expectedOutput: 'A fully fledged report in markdown.' };

/**
 * The crew most tests use: a delegating researcher with a built-in crewai_tools tool
 * and a custom tool, an analyst without tools, {placeholders} in role/goal/backstory and
 * task texts, and a task with context. Listed analyst-first on purpose: crew.agents
 * order for @CrewBase crews follows the tasks (researcher first).
 */
export function researchCrew(extra: Partial<Crew> = {}): Crew {
  const researcher = agent('researcher', { ...RESEARCHER, allowDelegation: true, llm: 'openai/gpt-4o-mini', tools: [serper, archive] });
  const analyst = agent('reporting_analyst', { ...ANALYST, llm: 'gpt-4o' });
  return crew({
    agents: [analyst, researcher],
    tasks: [
      task('research_task', { ...RESEARCH_TASK, agent: 'researcher', tools: [wordCounter] }),
      task('reporting_task', { ...REPORT_TASK, agent: 'reporting_analyst', context: ['research_task'] }),
    ],
    ...extra,
  });
}

export function flow(name: string, methods: string[], suppressFlowEvents = false): Flow {
  return { name, file: 'main.py', kind: 'python', suppressFlowEvents, methods: methods.map((m) => ({ name: m })) };
}
